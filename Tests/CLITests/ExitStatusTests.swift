import Foundation
import Testing
import TestSupport

/// `ExitStatus` is the one mapping from errors to exit statuses: 2 for bad input with its origin
/// first in the message, 1 for an internal fault, 0 for help.
@Suite("CLI: one map from errors to exit statuses")
struct ExitStatusTests {
    @Test func anOptionErrorSaysTheOptionAndExits2() throws {
        let dir = try Repository.temporaryDirectory("exit-status")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["brief", "--conferences", "99", "--no-pdf", "-o", dir + "/brief"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("--conferences: "), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/brief"))
    }

    @Test func aUsageErrorExits2AndHelpExits0() throws {
        let bad = try CLI.run(["growth", "--no-such-option"])
        #expect(bad.status == 2, "\(bad.stderr)")
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status"))
    }
}
