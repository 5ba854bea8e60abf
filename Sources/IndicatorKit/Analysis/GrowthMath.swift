/// The growth formulas, on plain numbers, with their domains checked.
///
/// Every function returns nil outside its domain (a zero or negative baseline, no elapsed time,
/// a fall of more than 100%) instead of producing an infinity or a NaN. The analysis types turn a
/// nil into an `Outcome.undefined` with the reason. Percentages are in percent (111, not 1.11).
public enum GrowthMath {
    /// Percent change from `a` to `b`: `(b − a) / a × 100`. Nil unless `a > 0`.
    public static func percentChange(from a: Double, to b: Double) -> Double? {
        guard a > 0, a.isFinite, b.isFinite else { return nil }
        return finite((b - a) / a * 100)
    }

    /// The value per year of a flow that accumulated `value` over `years` calendar years
    /// (``Period/years``): `value / years`. Nil unless `years > 0`.
    public static func perYear(_ value: Double, years: Double) -> Double? {
        guard years > 0, years.isFinite, value.isFinite else { return nil }
        return finite(value / years)
    }

    /// Compound annual growth rate, in percent, of a stock that went from `a` to `b` in
    /// `years` calendar years (``CalendarSpan/years``): `((b / a)^(1 / years) − 1) × 100`, the
    /// same as Excel's `RRI(years, a, b)`. Nil unless `a > 0`, `b ≥ 0` and `years > 0`.
    public static func cagr(from a: Double, to b: Double, years: Double) -> Double? {
        guard a > 0, b >= 0, years > 0, years.isFinite, a.isFinite, b.isFinite else { return nil }
        return finite((pow(b / a, 1 / years) - 1) * 100)
    }

    /// A growth of `percent` per `per` (month, quarter) compounded over a year:
    /// `((1 + g/100)^n − 1) × 100` with n periods a year. Nil for a fall beyond −100%.
    public static func annualise(_ percent: Double, per: RatePer) -> Double? {
        compound(percent, times: per.perYear)
    }

    /// A growth of `percent` over `years` calendar years, as the equivalent yearly growth:
    /// `((1 + g/100)^(1 / years) − 1) × 100`. Nil unless `years > 0` and `g ≥ −100`.
    public static func annualise(_ percent: Double, overYears years: Double) -> Double? {
        guard years > 0, years.isFinite else { return nil }
        return compound(percent, times: 1 / years)
    }

    /// `((1 + g/100)^t − 1) × 100`; nil for g < −100.
    public static func compound(_ percent: Double, times t: Double) -> Double? {
        let f = 1 + percent / 100
        guard f >= 0, f.isFinite, t.isFinite else { return nil }
        return finite((pow(f, t) - 1) * 100)
    }

    /// Two successive changes as one: `((1 + g1/100)(1 + g2/100) − 1) × 100`.
    public static func compose(_ g1: Double, _ g2: Double) -> Double {
        ((1 + g1 / 100) * (1 + g2 / 100) - 1) * 100
    }

    /// The baseline that a level and its stated growth imply: `level / (1 + g/100)`.
    /// Nil when `g ≤ −100` (no baseline can fall by 100% or more and end at this level).
    public static func impliedBaseline(level: Double, percent: Double) -> Double? {
        let f = 1 + percent / 100
        guard f > 0, level.isFinite else { return nil }
        return finite(level / f)
    }

    static func finite(_ v: Double) -> Double? { v.isFinite ? v : nil }

    // MARK: - Intervals

    /// `b / a` over every `b` in `b` and every `a` in `a`, for an `a` that is strictly positive.
    /// Nil when `a` reaches zero or below.
    public static func ratio(_ b: Interval, _ a: Interval) -> Interval? {
        guard let al = a.lower, al > 0 else { return nil }
        let au = a.upper
        var lo: Double?
        if let bl = b.lower { lo = bl >= 0 ? (au.map { bl / $0 } ?? 0) : bl / al }
        var hi: Double?
        if let bu = b.upper { hi = bu >= 0 ? bu / al : (au.map { bu / $0 } ?? 0) }
        return Interval(lower: lo, upper: hi)
    }

    /// The percent changes from any value in `a` to any value in `b` (`a` strictly positive).
    public static func percentChange(from a: Interval, to b: Interval) -> Interval? {
        guard let r = ratio(b, a) else { return nil }
        return Interval(lower: r.lower.map { ($0 - 1) * 100 }, upper: r.upper.map { ($0 - 1) * 100 })
    }

    /// The differences `b − a` over both intervals.
    public static func difference(_ b: Interval, _ a: Interval) -> Interval {
        var lo: Double?, hi: Double?
        if let bl = b.lower, let au = a.upper { lo = bl - au }
        if let bu = b.upper, let al = a.lower { hi = bu - al }
        return Interval(lower: lo, upper: hi)
    }

    /// The CAGRs over `years` calendar years from any value in `a` to any value in `b`.
    public static func cagr(from a: Interval, to b: Interval, years: Double) -> Interval? {
        guard years > 0, years.isFinite, let r = ratio(b, a) else { return nil }
        let e = 1 / years
        func f(_ x: Double) -> Double { (pow(max(0, x), e) - 1) * 100 }
        return Interval(lower: r.lower.map(f), upper: r.upper.map(f))
    }

    /// The baselines implied by any level in `level` and any growth in `percent`.
    /// Nil when the growth interval reaches −100% or below.
    public static func impliedBaseline(level: Interval, percent: Interval) -> Interval? {
        let factor = Interval(lower: percent.lower.map { 1 + $0 / 100 }, upper: percent.upper.map { 1 + $0 / 100 })
        return ratio(level, factor)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif
