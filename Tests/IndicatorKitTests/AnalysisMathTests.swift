import Foundation
import PropertyBased
import Testing
@testable import IndicatorKit

/// The growth maths against plain reference implementations over every combination of small
/// inputs (the swift-collections habit), and properties over random inputs.
@Suite struct AnalysisMathTests {
    // MARK: - Naive reference implementations, written independently

    enum Naive {
        static func percent(_ a: Double, _ b: Double) -> Double? { a > 0 ? b / a * 100 - 100 : nil }
        static func perYear(_ v: Double, _ years: Double) -> Double? { years > 0 ? v / years : nil }
        static func cagr(_ a: Double, _ b: Double, _ years: Double) -> Double? {
            guard a > 0, b >= 0, years > 0 else { return nil }
            if b == 0 { return -100 }
            let r = (exp(log(b / a) / years) - 1) * 100
            return r.isFinite ? r : nil  // overflow is undefined, never inf
        }
        static func implied(_ level: Double, _ g: Double) -> Double? { g > -100 ? level * 100 / (100 + g) : nil }
        static func compoundMonths(_ g: Double, _ n: Int) -> Double? {
            guard g >= -100 else { return nil }
            var f = 1.0
            for _ in 0..<n { f *= 1 + g / 100 }
            return (f - 1) * 100
        }
    }

    static let values: [Double] = [-3, -1, 0, 0.5, 1, 2, 3, 7, 10, 100, 1246]
    /// Calendar years: a year back, a day back, none, a day, a month, a quarter, a year, 2 years
    /// 11 months and 18 days (NFAC-18's period), ten years.
    static let yearCounts: [Double] = [-1, -1.0 / 365, 0, 1.0 / 365, 1.0 / 12, 0.25, 1, (35 + 18.0 / 31) / 12, 10]

    static func close(_ x: Double?, _ y: Double?, _ tol: Double = 1e-9) -> Bool {
        switch (x, y) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= tol * max(1, abs(y))
        default: return false
        }
    }

    @Test func percentChangeMatchesNaiveOnEveryPair() {
        for a in Self.values { for b in Self.values {
            #expect(Self.close(GrowthMath.percentChange(from: a, to: b), Naive.percent(a, b)), "a=\(a) b=\(b)")
        } }
    }

    @Test func perYearMatchesNaiveOnEveryPair() {
        for v in Self.values { for y in Self.yearCounts {
            #expect(Self.close(GrowthMath.perYear(v, years: y), Naive.perYear(v, y)), "v=\(v) y=\(y)")
        } }
    }

    @Test func cagrMatchesNaiveOnEveryTriple() {
        for a in Self.values { for b in Self.values { for y in Self.yearCounts {
            #expect(Self.close(GrowthMath.cagr(from: a, to: b, years: y), Naive.cagr(a, b, y)), "a=\(a) b=\(b) y=\(y)")
        } } }
    }

    @Test func impliedBaselineMatchesNaive() {
        let growths: [Double] = [-150, -100, -99.5, -54.8, 0, 14.8, 20.3, 57.38, 111]
        for l in Self.values { for g in growths {
            #expect(Self.close(GrowthMath.impliedBaseline(level: l, percent: g), Naive.implied(l, g)), "l=\(l) g=\(g)")
        } }
    }

    @Test func annualisationMatchesRepeatedCompounding() {
        let growths: [Double] = [-120, -100, -10, -0.5, 0, 0.5, 1, 2.5, 10]
        for g in growths {
            #expect(Self.close(GrowthMath.annualise(g, per: .month), Naive.compoundMonths(g, 12)), "g=\(g)")
            #expect(Self.close(GrowthMath.annualise(g, per: .quarter), Naive.compoundMonths(g, 4)), "g=\(g)")
            #expect(Self.close(GrowthMath.annualise(g, per: .year), Naive.compoundMonths(g, 1)), "g=\(g)")
        }
    }

    @Test func nothingIsEverNonFinite() {
        for a in Self.values + [.infinity, .nan, 1e308] { for b in Self.values + [.infinity, .nan, 1e-308] { for d in Self.yearCounts + [1e-300] {
            for r in [GrowthMath.percentChange(from: a, to: b), GrowthMath.perYear(a, years: d),
                      GrowthMath.cagr(from: a, to: b, years: d), GrowthMath.annualise(a, overYears: d),
                      GrowthMath.impliedBaseline(level: b, percent: a)] {
                if let r { #expect(r.isFinite, "a=\(a) b=\(b) d=\(d)") }
            }
        } } }
    }

    /// Interval results against brute force: every combination of points of the input intervals
    /// lies inside the computed interval, and its ends are reached.
    @Test func intervalMathMatchesBruteForce() {
        let intervals: [Interval] = [.point(200), Interval(lower: 199.5, upper: 200.5), Interval(lower: 0.5, upper: 3),
                                     Interval(lower: 48.15, upper: 48.25), Interval(lower: -2, upper: 5)]
        func points(_ i: Interval) -> [Double] {
            let l = i.lower!, u = i.upper!
            return (0...10).map { l + (u - l) * Double($0) / 10 }
        }
        for a in intervals where a.lower! > 0 { for b in intervals {
            let r = GrowthMath.percentChange(from: a, to: b)!
            var seen: [Double] = []
            for x in points(a) { for y in points(b) {
                let p = GrowthMath.percentChange(from: x, to: y)!
                #expect(r.contains(p, tolerance: 1e-12), "\(a) \(b) \(p)")
                seen.append(p)
            } }
            #expect(Self.close(seen.min(), r.lower)); #expect(Self.close(seen.max(), r.upper))
            let d = GrowthMath.difference(b, a)
            #expect(Self.close(d.lower, b.lower! - a.upper!)); #expect(Self.close(d.upper, b.upper! - a.lower!))
        } }
    }

    @Test func statedIntervals() {
        #expect(Interval.stated(111, decimals: 0, qualifier: .exact) == Interval(lower: 110.5, upper: 111.5))
        let fdi = Interval.stated(14.8, decimals: 1, qualifier: .exact)
        #expect(Self.close(fdi.lower, 14.75) && Self.close(fdi.upper, 14.85))
        #expect(Interval.stated(422, decimals: 0, qualifier: .exact, exactInteger: true) == .point(422))
        #expect(Interval.stated(200, decimals: 0, qualifier: .moreThan, exactInteger: true) == Interval(lower: 200, upper: nil))
        #expect(Interval.stated(50, decimals: 0, qualifier: .nearly, exactInteger: true) == Interval(lower: 47.5, upper: 50))
        let fall = Interval.stated(-54.8, decimals: 1, qualifier: .nearly)
        #expect(fall.upper! < -50 && fall.lower! <= -54.8)
        let about = Interval.stated(300, decimals: 0, qualifier: .about, exactInteger: true)
        #expect(Self.close(about.lower, 285) && Self.close(about.upper, 315))
    }

    // MARK: - Properties

    @Test func changesCompose() async {
        await propertyCheck(count: 300, input: Gen.double(in: 0.001...1e6), Gen.double(in: 0.001...1e6), Gen.double(in: 0.001...1e6)) { a, b, c in
            let g1 = GrowthMath.percentChange(from: a, to: b)!, g2 = GrowthMath.percentChange(from: b, to: c)!
            let g12 = GrowthMath.percentChange(from: a, to: c)!
            #expect(abs(GrowthMath.compose(g1, g2) - g12) <= 1e-9 * max(1, abs(g12)))
        }
    }

    @Test func cagrRoundTrips() async {
        await propertyCheck(count: 300, input: Gen.double(in: 0.01...1e9), Gen.double(in: -60...200), Gen.int(in: 1...600)) { a, g, months in
            let years = Double(months) / 12
            let b = a * pow(1 + g / 100, years)
            guard b.isFinite, b > 0 else { return }
            let back = GrowthMath.cagr(from: a, to: b, years: years)!
            #expect(abs(back - g) <= 1e-7 * max(1, abs(g)), "a=\(a) g=\(g) months=\(months)")
        }
    }

    @Test func cagrOverElapsedDaysComposes() async {
        // Growing at g a year for m1 then m2 months is growing at g a year for m1 + m2 months.
        await propertyCheck(count: 200, input: Gen.double(in: -50...100), Gen.int(in: 1...160), Gen.int(in: 1...160)) { g, m1, m2 in
            let b = pow(1 + g / 100, Double(m1) / 12), c = b * pow(1 + g / 100, Double(m2) / 12)
            #expect(abs(GrowthMath.cagr(from: 1, to: c, years: Double(m1 + m2) / 12)! - g) <= 1e-7 * max(1, abs(g)))
        }
    }

    /// A true baseline, a true growth, the growth and level stated rounded: the implied baseline
    /// interval always holds the true baseline.
    @Test func impliedBaselineRoundTripsWithinRounding() async {
        await propertyCheck(count: 500, input: Gen.double(in: 1...100_000), Gen.double(in: -90...400), Gen.int(in: 0...3), Gen.int(in: 0...2)) { base, g, gd, ld in
            let level = base * (1 + g / 100)
            let gStated = rounded(g, gd), lStated = rounded(level, ld)
            let gi = Interval.stated(gStated, decimals: gd, qualifier: .exact)
            let li = Interval.stated(lStated, decimals: ld, qualifier: .exact)
            let implied = GrowthMath.impliedBaseline(level: li, percent: gi)!
            #expect(implied.contains(base, tolerance: 1e-9), "base=\(base) g=\(g) -> \(implied)")
            // and the point estimate is inside its own interval
            #expect(implied.contains(GrowthMath.impliedBaseline(level: lStated, percent: gStated)!, tolerance: 1e-12))
        }
    }

    /// Writing the same figures in millions instead of billions changes no percentage.
    @Test func changesAreInvariantUnderUnitScaling() async {
        await propertyCheck(count: 200, input: Gen.double(in: 0.01...1000), Gen.double(in: 0.01...1000), Gen.int(in: 30...2000)) { a, b, days in
            let p1 = AnalysisFixtures.span("2010-01-01", "2012-12-31")
            let p2 = Period(start: AnalysisFixtures.day("2013-01-01"), end: AnalysisFixtures.day("2013-01-01").adding(days: days))
            let ind = AnalysisFixtures.fdi
            let bn = PeriodChange(indicator: ind,
                                  from: AnalysisFixtures.obs("x", "fdi", p1, a, unit: .usd, scale: .billion),
                                  to: AnalysisFixtures.obs("y", "fdi", p2, b, unit: .usd, scale: .billion))
            let mixed = PeriodChange(indicator: ind,
                                     from: AnalysisFixtures.obs("x", "fdi", p1, a * 1000, unit: .usd, scale: .million),
                                     to: AnalysisFixtures.obs("y", "fdi", p2, b, unit: .usd, scale: .billion))
            for (u, v) in [(bn.percent.value, mixed.percent.value), (bn.ratePercentChange?.value, mixed.ratePercentChange?.value),
                           (bn.absolute.value, mixed.absolute.value), (bn.toRate?.value, mixed.toRate?.value)] {
                #expect(Self.close(u, v, 1e-9))
            }
            let stockInd = AnalysisFixtures.stock
            let s1 = PeriodChange(indicator: stockInd, from: AnalysisFixtures.obs("x", "relations", .instant(p1.end), a),
                                  to: AnalysisFixtures.obs("y", "relations", .instant(p2.end), b))
            let s2 = PeriodChange(indicator: stockInd, from: AnalysisFixtures.obs("x", "relations", .instant(p1.end), a * 1000, scale: .one),
                                  to: AnalysisFixtures.obs("y", "relations", .instant(p2.end), b * 1000, scale: .one))
            #expect(Self.close(s1.cagr?.value, s2.cagr?.value, 1e-9))
        }
    }

    /// PeriodChange agrees with the naive formulas on every combination of small values.
    @Test func periodChangeMatchesNaiveOnEveryCombination() {
        let spans = [AnalysisFixtures.span("2013-12-15", "2016-08-13"), AnalysisFixtures.span("2016-08-21", "2018-08-12"),
                     AnalysisFixtures.span("2020-01-01", "2020-12-31")]
        // Calendar years worked out by hand with the rule in GrowthAnalysis.md: whole months,
        // then the leftover days over the length of the month they fall in.
        let periodYears: [String: Double] = [
            "2013-12-15": (31 + 30.0 / 31) / 12,   // to 2016-08-14: 31 months to 07-15, 30 of 31 days
            "2016-08-21": (23 + 23.0 / 31) / 12,   // to 2018-08-13: 23 months to 07-21, 23 of 31 days
            "2020-01-01": 1,                       // a calendar year
        ]
        let elapsedYears: [String: Double] = [
            "2016-08-13 2018-08-12": (23 + 30.0 / 31) / 12,  // 23 months to 07-13, 30 of 31 days
            "2016-08-13 2020-12-31": (52 + 18.0 / 31) / 12,  // 52 months to 12-13, 18 of 31 days
            "2018-08-12 2020-12-31": (28 + 19.0 / 31) / 12,  // 28 months to 12-12, 19 of 31 days
        ]
        for a in Self.values { for b in Self.values { for pa in spans { for pb in spans where pb.end > pa.end {
            let oa = AnalysisFixtures.obs("a", "agreements", pa, a), ob = AnalysisFixtures.obs("b", "agreements", pb, b)
            let c = PeriodChange(indicator: AnalysisFixtures.flow, from: oa, to: ob)
            #expect(Self.close(c.absolute.value, b - a))
            #expect(Self.close(c.percent.value, Naive.percent(a, b)))
            let ra = Naive.perYear(a, periodYears[pa.start!.iso]!)!, rb = Naive.perYear(b, periodYears[pb.start!.iso]!)!
            #expect(Self.close(c.fromRate?.value, ra)); #expect(Self.close(c.toRate?.value, rb))
            #expect(Self.close(c.ratePercentChange?.value, Naive.percent(ra, rb)))
            let sa = AnalysisFixtures.obs("a", "relations", .instant(pa.end), a), sb = AnalysisFixtures.obs("b", "relations", .instant(pb.end), b)
            let s = PeriodChange(indicator: AnalysisFixtures.stock, from: sa, to: sb)
            #expect(Self.close(s.cagr?.value, Naive.cagr(a, b, elapsedYears["\(pa.end) \(pb.end)"]!)))
            for comp in c.computations + s.computations {
                if let v = comp.value { #expect(v.isFinite) } else { #expect(!comp.outcome.reason.isEmpty) }
            }
        } } } }
    }
}

func rounded(_ x: Double, _ decimals: Int) -> Double {
    let k = pow(10.0, Double(decimals))
    return (x * k).rounded() / k
}
