import Foundation
import Testing

/// A scratch folder for import tests, and the two validators.
struct ImportScratch {
    let dir: String

    init() {
        dir = NSTemporaryDirectory() + "indicators-import-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    /// Writes `bytes` as `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let p = dir + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// `indicators import <table> --to <dir>/<out> args...`.
    func importTable(_ table: String, to out: String = "ds", _ args: [String] = []) throws -> CLI.Result {
        try CLI.run(["import", table, "--to", dir + "/" + out] + args, cwd: dir)
    }

    /// The bytes of every file under `out`, by relative path.
    func snapshot(_ out: String = "ds") -> [String: Data] {
        let root = dir + "/" + out
        var files: [String: Data] = [:]
        for case let p as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? [] {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                files[p] = FileManager.default.contents(atPath: root + "/" + p)
            }
        }
        return files
    }
}

enum Validators {
    /// frictionless from the venv `.ci/setup test` makes, or from PATH.
    static var frictionless: String {
        let venv = CLI.packageRoot + "/.build/test-venv/bin/frictionless"
        if FileManager.default.isExecutableFile(atPath: venv) { return venv }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/frictionless"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return venv
    }

    /// Runs `frictionless validate` on a package; status 0 when valid.
    static func frictionlessValidate(_ folder: String) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: frictionless)
        p.arguments = ["validate", folder + "/datapackage.json"]
        let out = NSTemporaryDirectory() + "fl-" + UUID().uuidString
        FileManager.default.createFile(atPath: out, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        p.standardOutput = h; p.standardError = h
        try p.run(); p.waitUntilExit(); try h.close()
        return (p.terminationStatus, String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self))
    }

    /// Both validators on a folder; they must agree, and the result is their verdict.
    static func bothAccept(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let ours = try CLI.run(["validate", folder])
        let theirs = try frictionlessValidate(folder)
        #expect((ours.status == 0) == (theirs.status == 0), "indicators validate: \(ours.status) \(ours.stderr)\nfrictionless: \(theirs.output)", sourceLocation: sourceLocation)
        return ours.status == 0 && theirs.status == 0
    }
}
