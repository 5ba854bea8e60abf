import Foundation
import Testing
import TestSupport

/// The project's standard: `///` on public declarations. `scripts/doc-coverage.py --min 90` fails
/// when a library target falls below 90%; this test runs it so that the share cannot slip.
@Suite("Documented public API")
struct DocCoverageTests {
    @Test func everyLibraryTargetDocumentsAtLeast90PercentOfItsPublicDeclarations() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Repository.path("scripts/doc-coverage.py"), "--root", Repository.root, "--min", "90", "--missing"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("IndicatorKit") && text.contains("ChartKit"), "\(text)")
    }
}
