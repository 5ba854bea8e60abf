import Foundation
import Testing
import IndicatorKit
@testable import ChartKit
import TestSupport

/// Change labels computed from a qualified figure say which bound they are, as the analysis
/// tables do: 119 -> "more than 200" is at least +68%, "more than 200" -> 422 at most +111%.
@Suite("Change labels keep their bounds")
struct ChangeLabelTests {
    static var dataset: Dataset { Repository.bundledDataset }

    @Test func periodComparisonLabelsAreBounds() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"], conferences: ["18", "20", "21"])
        let data = try ChartCompiler.briefingData(spec, Self.dataset)
        let changes = data.panels[0].changes.compactMap { $0?.text }
        #expect(changes.count == 2)
        // NFAC-18's 119 covers 973 days, NFAC-20's "more than 200" 1,078: the lengths differ by
        // more than 5%, so the change is of the yearly rates, a lower bound because of "more than".
        let perYear = (200.0 / 1078) / (119.0 / 973) * 100 - 100
        #expect(changes[0].hasPrefix("≥ +") && changes[0].hasSuffix("%/yr"), "\(changes)")
        let drawn = Double(changes[0].dropFirst(3).dropLast(4)) ?? 0
        #expect(abs(drawn - perYear) <= 1, "\(changes[0]) against \(perYear)")
        // 2019-2021 and 2021-2023 are about as long: the totals compare, an upper bound.
        #expect(changes[1] == "≤ +111%", "\(changes)")
    }

    @Test func growthBarsOfExactFiguresHaveNoPrefix() throws {
        let spec = ChartSpec(kind: .growth, indicators: ["fdi"], conferences: ["18", "19", "21"])
        let data = try ChartCompiler.briefingData(spec, Self.dataset)
        let labels = data.panels[0].figures.map(\.label)
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { !$0.hasPrefix("≥") && !$0.hasPrefix("≤") && !$0.hasPrefix("~") }, "\(labels)")
    }
}
