import Foundation
import Testing

/// The installed layout `.ci/setup install` makes: `<prefix>/bin/indicators` finds
/// `<prefix>/share/indicators/Datasets/local-diplomacy` from any working folder, without the
/// repository; `INDICATORS_DATASETS` points it elsewhere; `--version` answers.
@Suite("CLI: installed layout", .serialized) struct InstallLayoutTests {
    @Test func versionIsPrinted() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3, "\(r.stdout)")
    }

    @Test func theBundledDatasetIsFoundBesideTheBinary() throws {
        let fm = FileManager.default
        let prefix = NSTemporaryDirectory() + "indicators-prefix-" + UUID().uuidString
        defer { try? fm.removeItem(atPath: prefix) }
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: prefix + "/share/indicators/Datasets", withIntermediateDirectories: true)
        try fm.copyItem(atPath: CLI.binary, toPath: prefix + "/bin/indicators")
        try fm.copyItem(atPath: CLI.bundledDataset, toPath: prefix + "/share/indicators/Datasets/local-diplomacy")
        func run(_ args: [String], env: [String: String] = [:]) throws -> (Int32, String, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: prefix + "/bin/indicators")
            p.arguments = args
            p.currentDirectoryURL = URL(fileURLWithPath: "/")
            p.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
            let out = Pipe(), err = Pipe()
            p.standardOutput = out; p.standardError = err
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
        }
        let (status, out, err) = try run(["list", "--format", "csv"])
        #expect(status == 0, "\(err)")
        #expect(out.contains("agreements"))
        // INDICATORS_DATASETS wins: a copy whose only indicator list differs.
        let other = prefix + "/other"
        try fm.createDirectory(atPath: other, withIntermediateDirectories: true)
        try fm.copyItem(atPath: CLI.bundledDataset, toPath: other + "/local-diplomacy")
        let ind = other + "/local-diplomacy/indicators.csv"
        let text = try String(contentsOfFile: ind, encoding: .utf8)
        try text.replacingOccurrences(of: "International agreements signed by localities", with: "Agreements (the other copy)")
            .write(toFile: ind, atomically: true, encoding: .utf8)
        let (s2, out2, err2) = try run(["list", "--format", "csv"], env: ["INDICATORS_DATASETS": other])
        #expect(s2 == 0, "\(err2)")
        #expect(out2.contains("Agreements (the other copy)"))
    }
}
