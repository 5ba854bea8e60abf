/// Evenly spaced bands for categories (d3 `scaleBand`): indicators, periods, or series in a group.
public struct BandScale: Hashable, Sendable {
    /// The categories, in drawing order.
    public var domain: [String]
    /// Position in points where the first band's outer padding starts.
    public var rangeStart: Double
    /// Position in points where the last band's outer padding ends.
    public var rangeEnd: Double
    /// Share of the step between bands (0...1).
    public var paddingInner: Double
    /// Space before the first and after the last band, in steps.
    public var paddingOuter: Double
    /// Where the bands sit when the outer padding leaves slack (0 left, 0.5 centre, 1 right).
    public var align: Double

    /// Bands for `domain` over `range` (points), as d3's `scaleBand`.
    /// - Parameters:
    ///   - paddingInner: the share of each step left empty between bands, clamped to 0...1.
    ///   - paddingOuter: the space before the first and after the last band, in steps.
    ///   - align: where leftover space goes, 0 (all after) to 1 (all before); 0.5 centres.
    public init(domain: [String], range: (Double, Double), paddingInner: Double = 0.2,
                paddingOuter: Double = 0.1, align: Double = 0.5) {
        self.domain = domain; self.rangeStart = range.0; self.rangeEnd = range.1
        self.paddingInner = min(max(paddingInner, 0), 1); self.paddingOuter = max(paddingOuter, 0)
        self.align = min(max(align, 0), 1)
    }

    /// Distance between the starts of neighbouring bands.
    public var step: Double {
        let n = Double(domain.count)
        return (rangeEnd - rangeStart) / max(1, n - paddingInner + paddingOuter * 2)
    }

    /// Width of one band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of the band at `index`.
    public func start(at index: Int) -> Double {
        let n = Double(domain.count)
        let first = rangeStart + (rangeEnd - rangeStart - step * (n - paddingInner)) * align
        return first + step * Double(index)
    }

    /// Start of the band for `key`, or nil when it is not in the domain.
    public func callAsFunction(_ key: String) -> Double? {
        domain.firstIndex(of: key).map(start(at:))
    }
}
