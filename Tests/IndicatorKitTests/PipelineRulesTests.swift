import Foundation
import Testing
import TestSupport

/// The structural rules of the pipeline (ARCHITECTURE.md), checked over the source tree so that
/// a change that breaks one fails here: Cairo and Pango only in ChartCairo, no reflection, and no
/// language branches outside the wording catalogue.
@Suite struct PipelineRulesTests {
    /// Every Swift file under `Sources/`, with its path relative to the repository.
    static func sources() throws -> [(path: String, text: String)] {
        let root = Repository.root + "/Sources"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.sorted().map { ("Sources/" + $0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
    }

    @Test func cairoOnlyInChartCairo() throws {
        let offenders = try Self.sources().filter { $0.text.contains("import CCairo") && !$0.path.hasPrefix("Sources/ChartCairo/") }
        #expect(offenders.map(\.path) == [])
    }

    @Test func noReflection() throws {
        #expect(try Self.sources().filter { $0.text.contains("Mirror(") }.map(\.path) == [])
    }

    @Test func noLanguageBranchesOutsideTheCatalogue() throws {
        let offenders = try Self.sources().filter { f in
            !f.path.hasPrefix("Sources/IndicatorKit/Wording/") && (f.text.contains("== .vi") || f.text.contains("!= .vi"))
        }
        #expect(offenders.map(\.path) == [])
    }
}
