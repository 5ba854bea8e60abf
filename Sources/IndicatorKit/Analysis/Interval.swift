/// A closed range of values that a stated figure allows, possibly unbounded on one side.
///
/// "422" (a count) is `[422, 422]`; "48.2" is `[48.15, 48.25]` (half a unit of the last written
/// digit); "more than 200" is `[200, ∞)`; "nearly 50" is `[47.5, 50]`. An unbounded end is `nil`,
/// never an infinity, so nothing non-finite can leak into output.
public struct Interval: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Lowest allowed value; nil when unbounded below.
    public var lower: Double?
    /// Highest allowed value; nil when unbounded above.
    public var upper: Double?

    /// The values from `lower` to `upper`; a nil end is unbounded.
    public init(lower: Double?, upper: Double?) {
        self.lower = lower
        self.upper = upper
    }

    /// The one-point interval `[v, v]`.
    public static func point(_ v: Double) -> Interval { Interval(lower: v, upper: v) }

    /// How far either way a qualifier "about" reaches, and how far below its figure "nearly"
    /// reaches, as a share of the figure. A convention of this library, stated in the DocC article.
    public static let qualifierTolerance = 0.05

    /// True when both ends are bounded and equal.
    public var isPoint: Bool { lower != nil && lower == upper }

    /// True when `v` lies in the interval, with a relative slack of `tolerance` for binary noise.
    public func contains(_ v: Double, tolerance: Double = 1e-12) -> Bool {
        if let lower, v < lower - tolerance * max(1, abs(lower)) { return false }
        if let upper, v > upper + tolerance * max(1, abs(upper)) { return false }
        return true
    }

    /// True when the two intervals share at least one value (with the same slack as `contains`).
    public func overlaps(_ other: Interval, tolerance: Double = 1e-12) -> Bool {
        if let a = lower, let b = other.upper, a > b + tolerance * max(1, abs(b)) { return false }
        if let a = other.lower, let b = upper, a > b + tolerance * max(1, abs(b)) { return false }
        return true
    }

    /// Every value multiplied by a positive factor (a change of scale).
    public func scaled(by k: Double) -> Interval {
        precondition(k > 0)
        return Interval(lower: lower.map { $0 * k }, upper: upper.map { $0 * k })
    }

    /// `[a, b]`, with `-∞` or `∞` for an unbounded end.
    public var description: String {
        let l = lower.map { "\($0)" } ?? "-∞"
        let u = upper.map { "\($0)" } ?? "∞"
        return "[\(l), \(u)]"
    }

    // MARK: - From stated figures

    /// Half a unit of the last written digit: 0.5 for "111", 0.05 for "14.8".
    public static func roundingHalfWidth(decimals: Int) -> Double {
        var h = 0.5
        for _ in 0..<max(0, decimals) { h /= 10 }
        return h
    }

    /// The values a stated figure allows, from its written precision and its qualifier.
    ///
    /// - Parameters:
    ///   - value: the figure as written (in its own scale).
    ///   - decimals: digits written after the decimal point.
    ///   - qualifier: how exactly the source stated it.
    ///   - exactInteger: true for a plain count of things ("422 agreements"), which is taken as
    ///     exact rather than rounded to the unit.
    public static func stated(_ value: Double, decimals: Int, qualifier: Qualifier,
                              exactInteger: Bool = false) -> Interval {
        let h = exactInteger ? 0 : roundingHalfWidth(decimals: decimals)
        let t = qualifierTolerance
        switch qualifier {
        case .exact:
            return Interval(lower: value - h, upper: value + h)
        case .about:
            let a = (abs(value) - h) * (1 - t), b = (abs(value) + h) * (1 + t)
            return value < 0 ? Interval(lower: -b, upper: -a) : Interval(lower: a, upper: b)
        case .nearly:
            // A little short of the figure in magnitude: up to the figure (and its rounding).
            let a = (abs(value) - h) * (1 - t), b = abs(value) + h
            return value < 0 ? Interval(lower: -b, upper: -a) : Interval(lower: a, upper: b)
        case .moreThan, .atLeast:
            return Interval(lower: value, upper: nil)
        }
    }

    /// The values an observation allows, in its own scale.
    public static func of(_ o: Observation) -> Interval {
        let d = NumberFormat.decimalsOf(o.literal)
        let exactInteger = o.unit.kind == .count && o.scale == .one && d == 0
        return stated(o.value, decimals: d, qualifier: o.qualifier, exactInteger: exactInteger)
    }

    /// The percentages a stated growth figure allows ("111" -> [110.5, 111.5]).
    public static func of(_ g: ReportedGrowth) -> Interval {
        stated(g.percent, decimals: g.statedDecimals, qualifier: g.qualifier)
    }
}
