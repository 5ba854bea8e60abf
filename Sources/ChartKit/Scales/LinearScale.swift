/// Why a scale could not be built.
public enum ScaleError: Error, Equatable, CustomStringConvertible {
    case emptyDomain(String)
    case nonFinite(String)
    case emptyRange(String)

    /// Says which scale could not be built and why.
    public var description: String {
        switch self {
        case .emptyDomain(let s): return "empty scale domain: \(s)"
        case .nonFinite(let s): return "non-finite value in scale: \(s)"
        case .emptyRange(let s): return "empty or reversed range: \(s)"
        }
    }
}

/// A continuous linear map from a domain of values to a range of points.
public struct LinearScale: Hashable, Sendable {
    /// The values mapped, in the data's unit.
    public var domain: ClosedRange<Double>
    /// Output for `domain.lowerBound` and `domain.upperBound` (may be decreasing, as for a y axis).
    public var rangeStart: Double
    /// Output for `domain.upperBound`, in points.
    public var rangeEnd: Double

    /// A scale mapping `domain` onto `range` (start and end, in points).
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = domain; self.rangeStart = range.0; self.rangeEnd = range.1
    }

    /// The position of `v` in points; values outside the domain extrapolate linearly; a one-value domain maps everything to the middle of the range.
    public func callAsFunction(_ v: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (v - domain.lowerBound) / span * (rangeEnd - rangeStart)
    }

    /// About `count` ticks inside the domain.
    public func ticks(count: Int = 5) -> [Double] { Ticks.ticks(domain.lowerBound, domain.upperBound, count: count) }

    /// Decimals for tick labels at `count` ticks.
    public func tickDecimals(count: Int = 5) -> Int { Ticks.decimals(domain.lowerBound, domain.upperBound, count: count) }

    /// The domain extended to round tick values.
    public func niced(count: Int = 5) -> LinearScale {
        let (a, b) = Ticks.nice(domain.lowerBound, domain.upperBound, count: count)
        return LinearScale(domain: a...b, range: (rangeStart, rangeEnd))
    }

    /// The domain a chart of `values` needs, niced for about `count` ticks.
    ///
    /// - `includeZero`: the domain reaches zero (required for bars, whose length encodes value).
    /// - A single value `v` (or all values equal) gives `[min(0, v), max(0, v)]`; only zeros
    ///   give `[0, 1]`. `-0` is treated as `0`.
    /// - Throws: `ScaleError` for no values or a NaN or infinite value.
    public static func niceDomain(_ values: [Double], includeZero: Bool, count: Int = 5) throws -> ClosedRange<Double> {
        guard !values.isEmpty else { throw ScaleError.emptyDomain("no values") }
        if let bad = values.first(where: { !$0.isFinite }) { throw ScaleError.nonFinite("\(bad)") }
        var lo = values.min()! + 0.0, hi = values.max()! + 0.0
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if lo == hi {
            if lo == 0 { hi = 1 } else { lo = min(lo, 0); hi = max(hi, 0) }
        }
        let (a, b) = Ticks.nice(lo, hi, count: count)
        guard a.isFinite, b.isFinite, a < b else { throw ScaleError.nonFinite("domain \(lo)...\(hi) cannot be ticked") }
        return a...b
    }
}
