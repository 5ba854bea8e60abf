import Foundation
import Testing
@testable import IndicatorKit
import TestSupport

/// Stated growth against the levels: implied baselines with their rounding intervals, and the
/// verdicts consistent / inconsistent / not checkable.
@Suite struct AnalysisGrowthCheckTests {
    typealias F = AnalysisFixtures

    func check(_ id: String, _ ds: Dataset = F.dataset()) throws -> GrowthCheck {
        try #require(ds.checkGrowth().first { $0.growth.id == id })
    }

    @Test func impliedBaselineOf422At111Percent() throws {
        let c = try check("g-a21")
        #expect(abs(c.impliedBaseline.value! - 422 / 2.11) < 1e-9)
        let b = try #require(c.impliedBaseline.bounds)
        #expect(abs(b.lower! - 422 / 2.115) < 1e-9 && abs(b.upper! - 422 / 2.105) < 1e-9)  // 199.53 to 200.48
        #expect(c.stated == Interval(lower: 110.5, upper: 111.5))
        #expect(c.impliedBaseline.inputs == ["g-a21", "a21"])
        #expect(c.impliedBaseline.formula == "level / (1 + g / 100)")
    }

    @Test func moreThan200IsConsistentAnd661UnderTheBroadDefinitionIsNot() throws {
        let c = try check("g-a21")
        #expect(c.verdict == .consistent)
        #expect(c.comparisons.first?.baseline.id == "a20")
        #expect(c.notes.contains { $0.contains("agreements-broad") && $0.contains("661") && $0.contains("inconsistent") })
    }

    @Test func disagreementBeyondRoundingIsInconsistent() throws {
        // the same 422 at +111% against 661 for the same period, as one definition
        var ds = F.dataset()
        ds.observations.append(F.obs("a20-661", "agreements", F.span("2019-01-01", "2021-12-13"), 661, conference: "NFAC-20", preferred: false))
        let c = try check("g-a21", ds)
        #expect(c.verdict == .consistent)  // the designated baseline is "more than 200"
        #expect(c.comparisons.count == 2)
        #expect(c.comparisons[1].verdict == .inconsistent)
        #expect(c.reason.contains("disagree") && c.reason.contains("a20-661"))
        // designate 661 instead
        ds.reportedGrowth[0].baselineObservation = "a20-661"
        let d = try check("g-a21", ds)
        #expect(d.verdict == .inconsistent)
        #expect(abs(d.comparisons[0].computed.value! - (422.0 / 661 - 1) * 100) < 1e-9)
    }

    @Test func fiftySevenPointThreeEightPercentOn420IsConsistent() throws {
        let c = try check("g-b20")
        #expect(c.verdict == .consistent)
        #expect(abs(c.comparisons[0].computed.value! - (661.0 / 420 - 1) * 100) < 1e-9)
        #expect(c.inputs == ["g-b20", "b20", "b19"])
    }

    @Test func statedPeriodMatchedWithinAFewDays() throws {
        // 2013-12-15..2016-08-21 stated; the dataset's figure ends 2016-08-13 (8 days earlier)
        let c = try check("g-b19")
        #expect(c.verdict == .consistent)  // 420 / 1.203 = 349.1, and 349 is in 348.98..349.27
        #expect(c.comparisons[0].matchNote?.contains("within 8 days") == true)
        let f = try check("g-f19")
        #expect(f.verdict == .inconsistent)  // 60.28 / 1.3492 = 44.68, not 51.53
        #expect(f.notes.contains { $0.contains("differ in length") })
    }

    @Test func missingPreviousPeriodIsNotCheckable() throws {
        let c = try check("g-f21")
        #expect(c.verdict == .notCheckable)
        #expect(c.reason.contains("NFAC-20"))
        #expect(c.reason.contains("implies a baseline of 39.3"))
        #expect(c.comparisons.isEmpty)
    }

    @Test func negativeGrowthOnAStock() throws {
        let c = try check("g-r23")  // 192 stated as -50% on 189: far off
        #expect(c.verdict == .inconsistent)
        #expect(abs(c.impliedBaseline.value! - 384) < 1e-9)
    }

    @Test func fallOfAHundredPercentOrMoreImpliesNoBaseline() throws {
        var ds = F.dataset()
        ds.reportedGrowth = [ReportedGrowth(id: "g", observation: "a21", percent: -100, literal: "-100")]
        let c = try check("g", ds)
        #expect(c.impliedBaseline.outcome.status == "undefined")
        #expect(c.impliedBaseline.value == nil)
    }

    @Test func zeroBaselineIsNotCheckable() throws {
        var ds = F.dataset()
        ds.observations.append(F.obs("zero", "agreements", F.span("2010-01-01", "2010-12-31"), 0))
        ds.reportedGrowth = [ReportedGrowth(id: "g", observation: "a18", percent: 10, literal: "10", baselineObservation: "zero")]
        let c = try check("g", ds)
        #expect(c.verdict == .notCheckable)
        #expect(c.reason.contains("zero"))
    }

    @Test func baselineInAnotherUnitIsNotCheckable() throws {
        var ds = F.dataset()
        ds.observations.append(F.obs("odd", "fdi", F.span("2010-01-01", "2010-12-31"), 5, unit: .count))
        ds.reportedGrowth = [ReportedGrowth(id: "g", observation: "f18", percent: 10, literal: "10", baselineObservation: "odd")]
        let c = try check("g", ds)
        #expect(c.verdict == .notCheckable)
        #expect(c.comparisons[0].computed.outcome.status == "incompatible")
    }

    @Test func yearOnYearFindsTheSameSpanAYearEarlier() throws {
        let ind = Indicator(id: "fdi-nat", nameEN: "FDI", nameVI: "FDI", kind: .flow, unit: .usd)
        let a = F.obs("y22", "fdi-nat", F.span("2022-01-01", "2022-11-20"), 25.13, unit: .usd, scale: .billion)
        let b = F.obs("y23", "fdi-nat", F.span("2023-01-01", "2023-11-20"), 28.85, unit: .usd, scale: .billion, qualifier: .nearly)
        let g = ReportedGrowth(id: "g", observation: "y23", percent: 14.8, literal: "14.8", basis: .yearOnYear)
        let ds = Dataset(name: "t", indicators: [ind], observations: [a, b], reportedGrowth: [g])
        let c = try check("g", ds)
        #expect(c.verdict == .consistent)
        #expect(c.comparisons[0].baseline.id == "y22")
        #expect(c.impliedBaseline.outcome.isApproximate)  // "nearly 28.85"
        let none = Dataset(name: "t", indicators: [ind], observations: [b], reportedGrowth: [g])
        #expect(try check("g", none).verdict == .notCheckable)
    }

    /// The bundled dataset: every stated growth figure gets a verdict with a reason.
    @Test func bundledDatasetVerdicts() throws {
        let dir = Repository.bundledDatasetDirectory
        guard FileManager.default.fileExists(atPath: dir + "/reported_growth.csv") else { return }
        let ds = try DatasetLoader.load(directory: dir)
        let checks = ds.checkGrowth()
        #expect(checks.count == ds.reportedGrowth.count)
        for c in checks { #expect(!c.reason.isEmpty, "\(c.growth.id)") }
        let v = Dictionary(uniqueKeysWithValues: checks.map { ($0.growth.id, $0.verdict) })
        if let x = v["g-001-agreements"] { #expect(x == .consistent) }
        if let x = v["g-nfac20-agreements-broad"] { #expect(x == .consistent) }
        if let x = v["g-nfac19-fdi"] { #expect(x == .inconsistent) }
        if let x = v["g-001-fdi"] { #expect(x == .notCheckable) }
        if let x = v["g-nat-trade-2021"] { #expect(x == .consistent) }
    }
}
