import Foundation
import Testing
import IndicatorKit
@testable import ChartKit

/// Change labels computed from a qualified figure say which bound they are, as the analysis
/// tables do: 119 -> "more than 200" is at least +68%, "more than 200" -> 422 at most +111%.
@Suite("Change labels keep their bounds")
struct ChangeLabelTests {
    static let dataset: Dataset = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try! DatasetLoader.load(directory: url.path + "/Datasets/local-diplomacy")
    }()

    @Test func periodComparisonLabelsAreBounds() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"], conferences: ["18", "20", "21"])
        let data = try ChartCompiler.briefingData(spec, Self.dataset)
        let changes = data.panels[0].changes.compactMap { $0?.text }
        #expect(changes.count == 2)
        #expect(changes[0].hasPrefix("≥ +68"), "\(changes)")
        #expect(changes[1].hasPrefix("≤ +111"), "\(changes)")
    }

    @Test func growthBarsOfExactFiguresHaveNoPrefix() throws {
        let spec = ChartSpec(kind: .growth, indicators: ["fdi"], conferences: ["18", "19", "21"])
        let data = try ChartCompiler.briefingData(spec, Self.dataset)
        let labels = data.panels[0].figures.map(\.label)
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { !$0.hasPrefix("≥") && !$0.hasPrefix("≤") && !$0.hasPrefix("~") }, "\(labels)")
    }
}
