import Foundation
import Testing
@testable import IndicatorKit

/// Zero and negative baselines, qualifiers, missing periods, unit changes, irregular lengths:
/// every result says what it is and why.
@Suite struct AnalysisEdgeCaseTests {
    typealias F = AnalysisFixtures
    let p1 = F.span("2013-12-15", "2016-08-13"), p2 = F.span("2021-01-01", "2023-12-18")

    @Test func flowsAreComparedPerYearOverRealDays() throws {
        let c = PeriodChange(indicator: F.fdi, from: F.obs("f18", "fdi", p1, 51.53, unit: .usd, scale: .billion),
                             to: F.obs("f21", "fdi", p2, 48.2, unit: .usd, scale: .billion))
        #expect(p1.days == 973)  // Dec 2013 – Aug 2016 is 2.66 years, not 3
        // Calendar years: 2013-12-15 to 2016-08-14 is 31 months and 30 of July–August's 31 days;
        // 2021-01-01 to 2023-12-19 is 35 months and 18 of December's 31 days.
        let r1 = try #require(c.fromRate?.value), r2 = try #require(c.toRate?.value)
        #expect(abs(r1 - 51.53 / ((31 + 30.0 / 31) / 12)) < 1e-12)
        #expect(abs(r2 - 48.2 / ((35 + 18.0 / 31) / 12)) < 1e-12)
        #expect(abs(c.ratePercentChange!.value! - (r2 / r1 - 1) * 100) < 1e-9)
        #expect(abs(c.percent.value! - (48.2 / 51.53 - 1) * 100) < 1e-9)
        #expect(c.notes.contains { $0.contains("differ in length") })
        #expect(c.fromRate!.inputs == ["f18"])
        #expect(c.percent.inputs == ["f18", "f21"])
        #expect(c.percent.formula == "(b − a) / a × 100")
        #expect(c.percent.working(.en).hasSuffix("= -6.46%"))
        #expect(c.cagr == nil)
    }

    @Test func stocksUseCAGROverElapsedDays() throws {
        let c = PeriodChange(indicator: F.stock, from: F.obs("r21", "relations", .instant(F.day("2021-12-14")), 189),
                             to: F.obs("r23", "relations", .instant(F.day("2023-08-29")), 192))
        #expect(c.elapsedDays == 623)
        let g = try #require(c.cagr?.value)
        // 2021-12-14 to 2023-08-29: 20 months to 2023-08-14, then 15 of 31 days.
        #expect(c.elapsed.months == 20 && c.elapsed.days == 15 && c.elapsed.monthLength == 31)
        let expected: Double = (pow(192.0 / 189.0, 1 / ((20 + 15.0 / 31) / 12)) - 1) * 100
        #expect(abs(g - expected) < 1e-9)
        #expect(c.fromRate == nil && c.rateChange == nil)
        #expect(c.cagr?.outcome == .value(g, .exact))
    }

    @Test func zeroBaselineIsUndefinedNotInfinite() {
        let c = PeriodChange(indicator: F.flow, from: F.obs("z", "agreements", p1, 0), to: F.obs("b", "agreements", p2, 5))
        guard case .undefined(let why) = c.percent.outcome else { Issue.record("expected undefined, got \(c.percent.outcome)"); return }
        #expect(why.contains("zero"))
        #expect(c.absolute.value == 5)
        #expect(c.ratePercentChange?.outcome.status == "undefined")
        #expect(AnalysisReport.text(c.percent, locale: .en) == "undefined")
        #expect(AnalysisReport.text(c.percent, locale: .vi) == "không xác định")
        let s = PeriodChange(indicator: F.stock, from: F.obs("z", "relations", .instant(p1.end), 0),
                             to: F.obs("b", "relations", .instant(p2.end), 5))
        #expect(s.cagr?.outcome.status == "undefined")
    }

    @Test func negativeBaselineIsUndefined() {
        let c = PeriodChange(indicator: F.flow, from: F.obs("n", "agreements", p1, -4), to: F.obs("b", "agreements", p2, 5))
        guard case .undefined(let why) = c.percent.outcome else { Issue.record("expected undefined"); return }
        #expect(why.contains("negative"))
    }

    @Test func sameDateStockHasNoCAGR() {
        let d = F.day("2021-12-14")
        let c = PeriodChange(indicator: F.stock, from: F.obs("a", "relations", .instant(d), 189), to: F.obs("b", "relations", .instant(d), 190))
        #expect(c.cagr?.outcome.status == "undefined")
        #expect(c.cagr?.outcome.reason.contains("same date") == true)
    }

    @Test func qualifiersMakeResultsApproximateAndOneSided() throws {
        let c = PeriodChange(indicator: F.flow, from: F.obs("a20", "agreements", p1, 200, qualifier: .moreThan),
                             to: F.obs("b", "agreements", p2, 661))
        guard case .value(let v, .approximate(let why)) = c.percent.outcome else { Issue.record("expected approximate"); return }
        #expect(abs(v - 230.5) < 1e-9)
        #expect(why.contains("more than 200"))
        let b = try #require(c.percent.bounds)
        #expect(abs(b.upper! - 230.5) < 1e-9)      // at most +230.5%: the baseline may be larger than 200
        #expect(AnalysisReport.text(c.percent, locale: .en) == "≤ +230.5%")
        let n = PeriodChange(indicator: F.flow, from: F.obs("a", "agreements", p1, 45), to: F.obs("b", "agreements", p2, 50, qualifier: .nearly))
        #expect(n.percent.outcome.isApproximate)
        #expect(n.percent.bounds?.upper.map { abs($0 - (50.0 / 45 - 1) * 100) < 1e-9 } == true)
        #expect(AnalysisReport.text(n.percent, locale: .en).hasPrefix("≤ "))
    }

    @Test func unitChangeInsideASeriesIsIncompatible() {
        let c = PeriodChange(indicator: F.fdi, from: F.obs("a", "fdi", p1, 51.53, unit: .usd, scale: .billion),
                             to: F.obs("b", "fdi", p2, 48, unit: .count))
        #expect(c.percent.outcome.status == "incompatible")
        #expect(c.absolute.outcome.status == "incompatible")
        #expect(c.percent.outcome.reason.contains("unit changes"))
        #expect(AnalysisReport.text(c.percent, locale: .en) == "incompatible")
    }

    @Test func flowWithoutStartIsIncompatible() {
        let c = PeriodChange(indicator: F.flow, from: F.obs("a", "agreements", .instant(p1.end), 3), to: F.obs("b", "agreements", p2, 5))
        #expect(c.percent.outcome.status == "incompatible")
    }

    @Test func growthRatesPerMonthAreCompounded() throws {
        let o = F.obs("m", "growth-m", p1, 1, unit: .percent)
        let r = try #require(PeriodChange.perYearRate(of: o, indicator: F.monthlyGrowth))
        #expect(r.measure == .annualisedGrowth)
        let expected: Double = (pow(1.01, 12.0) - 1) * 100
        #expect(abs(r.value! - expected) < 1e-9)
        let aid = F.obs("aid", "aid-m", p1, 300, unit: .usd, scale: .million, qualifier: .about)
        let ra = try #require(PeriodChange.perYearRate(of: aid, indicator: F.monthlyAid))
        #expect(ra.value == 3600)
        #expect(ra.outcome.isApproximate)
        #expect(GrowthMath.annualise(-120, per: .month) == nil)
    }

    @Test func missingPeriodInASeriesIsAGapNotAChange() throws {
        let ds = F.dataset()
        let s = try SeriesAnalysis(dataset: ds, indicator: "fdi")
        #expect(s.observations.map(\.id) == ["f18", "f19", "f21"])
        #expect(s.steps[0].percent.outcome.status == "exact")
        guard case .gap(let why) = s.steps[1].percent.outcome else { Issue.record("expected a gap, got \(s.steps[1].percent.outcome)"); return }
        #expect(why.contains("NFAC-20"))
        #expect(s.steps[1].ratePercentChange?.outcome.status == "gap")
        // the per-year rates of the single periods are still there
        #expect(s.rates[2]?.value != nil)
        #expect(AnalysisReport.text(s.steps[1].percent, locale: .en) == "gap")
    }

    @Test func datesWithAHoleAreAGap() {
        let a = F.obs("a", "agreements", F.span("2010-01-01", "2010-12-31"), 10)
        let b = F.obs("b", "agreements", F.span("2012-01-01", "2012-12-31"), 12)
        let c = F.obs("c", "agreements", F.span("2013-01-01", "2013-12-31"), 12)
        let ds = Dataset(name: "t", indicators: [F.flow], observations: [a, b, c])
        #expect(SeriesAnalysis.missingPeriod(between: a, and: b, indicator: F.flow, in: ds) != nil)
        #expect(SeriesAnalysis.missingPeriod(between: b, and: c, indicator: F.flow, in: ds) == nil)
    }

    @Test func comparisonSelectsByConferenceTwinAndMarksGaps() throws {
        let ds = F.dataset()
        let keys = try ["18", "20", "21"].map { try PeriodKey($0, in: ds) }
        let t = try ComparisonTable(dataset: ds, indicators: ["fdi", "relations", "agreements"], periods: keys)
        let fdi = t.rows[0]
        #expect(fdi.cells[1] == .missing(reason: "no fdi figure reported at NFAC-20"))
        #expect(fdi.changes.allSatisfy { if case .gap = $0 { true } else { false } })
        // relations r21 was reported at DC-31, held with NFAC-20
        guard case .found(let o, let note, _) = t.rows[1].cells[1] else { Issue.record("expected a figure"); return }
        #expect(o.id == "r21")
        #expect(note?.contains("DC-31") == true)
        let table = AnalysisReport.comparisonTable(t, locale: .vi)
        #expect(table.rows[0][4].text == "thiếu kỳ")
        #expect(AnalysisReport.comparisonExplanations(t, locale: .en).contains { $0.contains("inputs: a20, a21") })
    }

    @Test func periodKeysParseConferencesDatesAndSpans() throws {
        let ds = F.dataset()
        #expect(try PeriodKey("21", in: ds) == .conference(ds.conference("NFAC-21")!))
        #expect(try PeriodKey("NFAC-18", in: ds).label == "NFAC-18")
        #expect(try PeriodKey("2021-12-14", in: ds) == .date(F.day("2021-12-14")))
        #expect(try PeriodKey("2019-01-01..2021-12-13", in: ds) == .span(F.span("2019-01-01", "2021-12-13")))
        #expect(throws: AnalysisError.self) { try PeriodKey("99", in: ds) }
        #expect(throws: AnalysisError.self) { try PeriodKey("2021-12-31..2021-01-01", in: ds) }
        #expect(throws: AnalysisError.self) { try SeriesAnalysis(dataset: ds, indicator: "nope") }
    }

    @Test func spanSelectionFallsBackToLargestOverlapWithANote() {
        let ds = F.dataset()
        guard case .found(let o, let note, _) = ds.select("fdi", at: .span(F.span("2014-01-01", "2016-12-31"))) else {
            Issue.record("expected a figure"); return
        }
        #expect(o.id == "f18")
        #expect(note?.contains("overlaps it most") == true)
        #expect(ds.select("fdi", at: .span(F.span("1990-01-01", "1991-01-01"))).observation == nil)
    }

    @Test func vietnameseNumberFormats() {
        let c = PeriodChange(indicator: F.fdi, from: F.obs("f18", "fdi", p1, 51.53, unit: .usd, scale: .billion),
                             to: F.obs("f21", "fdi", p2, 48.2, unit: .usd, scale: .billion))
        #expect(AnalysisReport.text(c.percent, locale: .vi) == "-6,5%")
        #expect(AnalysisReport.text(c.absolute, locale: .vi) == "-3,33 tỷ USD")
        #expect(AnalysisReport.text(c.absolute, locale: .en) == "-US$3.33 bn")
        #expect(AnalysisReport.text(c.toRate!, locale: .vi, signed: false) == "16,26 tỷ USD/năm")  // 48.2 over 35 months and 18 days (2.965 calendar years)
        #expect(c.percent.working(.vi) == "(48,2 − 51,53) / 51,53 × 100 = -6,46%")
    }

    @Test func jsonHasNoNonFiniteNumbersAndCarriesInputs() {
        let ds = F.dataset()
        let s = try! SeriesAnalysis(dataset: ds, indicator: "fdi")
        let text = AnalysisReport.growthJSON(s, checks: ds.checkGrowth()).render()
        #expect(!text.contains("inf") && !text.contains("nan"))
        #expect(text.contains("\"inputs\":[\"f18\",\"f19\"]"))
        #expect(text.contains("\"status\":\"gap\""))
    }
}
