import Foundation
import TestSupport

/// Runs the built `indicators` binary, which SwiftPM puts beside the test bundle.
enum CLI {
    static var packageRoot: String { Repository.root }

    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // Inside an .xctest bundle on some platforms: walk up until the binary is found.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("indicators").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return packageRoot + "/.build/debug/indicators"
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `args`. A run longer than `timeout` seconds is killed and reported as
    /// status -1 (so a hang fails its test instead of stalling the suite).
    static func run(_ args: [String], cwd: String? = nil, environment: [String: String] = [:],
                    timeout: Double = 300) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? packageRoot)
        // Files, not pipes: no risk of a full pipe blocking the child, no threads to coordinate.
        let tmp = NSTemporaryDirectory() + "cli-" + UUID().uuidString
        FileManager.default.createFile(atPath: tmp + ".out", contents: nil)
        FileManager.default.createFile(atPath: tmp + ".err", contents: nil)
        defer { try? FileManager.default.removeItem(atPath: tmp + ".out"); try? FileManager.default.removeItem(atPath: tmp + ".err") }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + ".err"))
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline { p.terminate(); timedOut = true; p.waitUntilExit(); break }
            usleep(10_000)
        }
        p.waitUntilExit()
        try out.close(); try err.close()
        let o = FileManager.default.contents(atPath: tmp + ".out") ?? Data()
        let e = FileManager.default.contents(atPath: tmp + ".err") ?? Data()
        return Result(status: timedOut ? -1 : p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    static var bundledDataset: String { Repository.bundledDatasetDirectory }

    /// A copy of the bundled dataset in a temporary folder, to break on purpose.
    static func copyOfDataset() throws -> String {
        let dir = NSTemporaryDirectory() + "indicators-cli-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: bundledDataset, toPath: dir)
        return dir
    }
}
