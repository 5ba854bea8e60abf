import Foundation
import Testing

/// Golden files under `Tests/ChartKitTests/Goldens/`. Run with `RECORD_GOLDENS=1` to re-record
/// them after an intended change, then review the diff (and look at the PNGs).
enum Goldens {
    static let directory: String = {
        let here = #filePath
        return String(here[..<here.lastIndex(of: "/")!]) + "/Goldens"
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    static func path(_ name: String) -> String { directory + "/" + name }

    /// Returns the stored golden, or records `actual` and returns nil when recording (or when the
    /// golden does not exist yet, which also fails the test so that it is noticed).
    static func load(_ name: String, recording actual: [UInt8]) throws -> [UInt8]? {
        let p = path(name)
        if recording || !FileManager.default.fileExists(atPath: p) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(actual).write(to: URL(fileURLWithPath: p))
            if !recording { Issue.record("golden \(name) was missing and has been recorded; check it and run again") }
            return nil
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: p)))
    }
}
