import Foundation
import Testing
@testable import IndicatorKit
import TestSupport

/// Calendar-true elapsed time against pandas and Excel's RRI: the expected values in
/// `Fixtures/calendar-growth.csv` were computed with pandas' calendar arithmetic
/// (`Fixtures/make_calendar_fixture.py`), on regular yearly, quarterly and monthly grids and on
/// irregular spans.
@Suite struct CalendarGrowthTests {
    static func rows() throws -> [[String: String]] {
        let url = URL(fileURLWithPath: Repository.path("Tests/IndicatorKitTests/Fixtures/calendar-growth.csv"))
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
    }

    static func close(_ x: Double?, _ y: Double?) -> Bool {
        guard let x, let y else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(y))
    }

    let stock = Indicator(id: "s", nameEN: "Stock", nameVI: "Stock", kind: .stock, unit: .count)
    let flow = Indicator(id: "f", nameEN: "Flow", nameVI: "Flow", kind: .flow, unit: .count)

    @Test func matchesPandasAndRRI() throws {
        var stocks = 0, rri = 0, flows = 0
        for r in try Self.rows() {
            let ctx = "\(r["kind"]!) \(r["a_start"]!) \(r["a_end"]!) \(r["b_end"]!)"
            let value = { (k: String) in Double(r[k]!)! }
            if r["kind"] == "stock" {
                let a = Observation(id: "a", indicator: "s", period: .instant(Day(iso: r["a_end"]!)!), value: value("a_value"), unit: .count)
                let b = Observation(id: "b", indicator: "s", period: .instant(Day(iso: r["b_end"]!)!), value: value("b_value"), unit: .count)
                let c = PeriodChange(indicator: stock, from: a, to: b)
                #expect(Self.close(c.elapsed.years, value("years")), "\(ctx) years \(c.elapsed.years)")
                #expect(Self.close(c.cagr?.value, value("cagr")), "\(ctx) cagr \(String(describing: c.cagr?.value))")
                if let x = Double(r["rri"]!) { #expect(Self.close(c.cagr?.value, x), "\(ctx) RRI"); rri += 1 }
                stocks += 1
            } else {
                let p = Period(start: Day(iso: r["a_start"]!)!, end: Day(iso: r["a_end"]!)!)
                let o = Observation(id: "a", indicator: "f", period: p, value: value("a_value"), unit: .count)
                #expect(Self.close(p.years, value("years")), "\(ctx) years \(p.years)")
                #expect(Self.close(PeriodChange.perYearRate(of: o, indicator: flow)?.value, value("per_year")), "\(ctx) per year")
                flows += 1
            }
        }
        #expect(stocks > 40 && rri > 35 && flows > 10)
    }

    /// The three figures the issue names, stated outright.
    @Test func regularGridsGiveTheSpreadsheetAnswer() throws {
        let five = PeriodChange(indicator: stock,
                                from: Observation(id: "a", indicator: "s", period: .instant(Day(iso: "2015-12-31")!), value: 100, unit: .count),
                                to: Observation(id: "b", indicator: "s", period: .instant(Day(iso: "2020-12-31")!), value: 161.051, unit: .count))
        #expect(abs(try #require(five.cagr?.value) - 10) < 1e-9)
        let quarter = PeriodChange(indicator: stock,
                                   from: Observation(id: "a", indicator: "s", period: .instant(Day(iso: "2021-06-30")!), value: 100, unit: .count),
                                   to: Observation(id: "b", indicator: "s", period: .instant(Day(iso: "2021-09-30")!), value: 102, unit: .count))
        #expect(abs(try #require(quarter.cagr?.value) - 8.243216) < 1e-9)
        let year = Observation(id: "y", indicator: "f", period: Period(start: Day(iso: "2024-01-01")!, end: Day(iso: "2024-12-31")!), value: 545, unit: .count)
        #expect(try #require(PeriodChange.perYearRate(of: year, indicator: flow)?.value) == 545)
        // A constant quarterly flow keeps a constant per-year rate: no +0.9%, +2.0%, +3.1%.
        let quarters = [("2023-01-01", "2023-03-31"), ("2023-04-01", "2023-06-30"), ("2023-07-01", "2023-09-30"), ("2023-10-01", "2023-12-31")]
            .map { Observation(id: $0.0, indicator: "f", period: Period(start: Day(iso: $0.0)!, end: Day(iso: $0.1)!), value: 100, unit: .count) }
        for (a, b) in zip(quarters, quarters.dropFirst()) {
            #expect(PeriodChange(indicator: flow, from: a, to: b).ratePercentChange?.value == 0)
        }
    }

    @Test func spansCountWholeMonthsThenDays() {
        func span(_ a: String, _ b: String) -> CalendarSpan { CalendarSpan(from: Day(iso: a)!, to: Day(iso: b)!) }
        let s = span("2021-12-14", "2023-08-29")
        #expect((s.months, s.days, s.monthLength) == (20, 15, 31))
        #expect(s.description == "1 year, 8 months and 15 days")
        #expect(span("2015-12-31", "2020-12-31").description == "5 years")
        #expect(span("2016-02-29", "2017-02-28").months == 12)     // a month's last day stays the last
        #expect(span("2015-02-28", "2016-02-29").months == 12)
        #expect(span("2020-01-31", "2020-02-29").months == 1)
        #expect(span("2020-01-30", "2020-02-29").months == 1)      // Jan 30 + 1 month clamps to Feb 29
        #expect(span("2020-03-15", "2020-03-15").years == 0)
        #expect(span("2021-01-01", "2020-01-01").years == -1)
    }
}
