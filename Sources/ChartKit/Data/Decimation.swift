#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pixel-aware reduction of long series before drawing (M4: Jugel et al., "M4: A
/// Visualization-Oriented Time Series Data Aggregation", VLDB 2014).
///
/// A line of a million points drawn 1,100 pixels wide puts hundreds of points in every pixel
/// column. Within one column the line only covers the vertical span from the lowest to the highest
/// of those points, entered at the first point and left at the last. Keeping exactly those four
/// points of each run of consecutive samples that fall in one column (first, minimum, maximum,
/// last, in their original order) draws the same pixels, while the path shrinks to at most four
/// points per column: a few thousand points, and a small SVG.
///
/// The reduction never reorders or invents points: every point kept is a point of the input, and
/// the first and last points of the series are always kept. It works for any x order (a column is a
/// run of consecutive samples), and keeps every point of a series that has no two consecutive
/// samples in one column, so short series are drawn exactly as given.
public enum Decimation {
    /// How a data x maps to a pixel column: `column = floor(x * scale + offset)`.
    public struct PixelColumns: Hashable, Sendable {
        /// Pixel columns per unit of x.
        public var scale: Double
        /// Pixel column of x = 0 (before the floor).
        public var offset: Double
        /// The map `column = floor(x * scale + offset)`.
        public init(scale: Double, offset: Double) { self.scale = scale; self.offset = offset }

        /// The columns of `xScale` (data to points) at `pixelsPerPoint` device pixels per point
        /// (the PNG scale factor; 1 for SVG and PDF, where one unit is one pixel).
        public init(_ xScale: LinearScale, pixelsPerPoint: Double = 1) {
            let span = xScale.domain.upperBound - xScale.domain.lowerBound
            let k = span == 0 ? 0 : (xScale.rangeEnd - xScale.rangeStart) / span
            scale = k * pixelsPerPoint
            offset = (xScale.rangeStart - xScale.domain.lowerBound * k) * pixelsPerPoint
        }

        @inline(__always)
        func column(_ x: Double) -> Int {
            // floor without a libm call; far outside any page the value is clamped so that the
            // conversion cannot trap.
            let v = min(max(x * scale + offset, -4e15), 4e15)
            let t = Int(v)
            return Double(t) > v ? t - 1 : t
        }

        /// An interval `lo...hi` of x that lies wholly in column `c`, or nil (a scale that is
        /// not positive and finite, or edges `column` does not confirm). `column` never decreases
        /// as x grows (a positive scale, an added offset, the clamp and the floor all keep the
        /// order), so when both ends are in `c`, every x between them is too. The ends start at
        /// the column's edges worked out backwards and are moved by one unit in the last place
        /// until `column` agrees; a point tested against them needs two comparisons instead of
        /// the multiply, clamp and conversions of `column`.
        func interval(of c: Int) -> (lo: Double, hi: Double)? {
            guard scale > 0, scale.isFinite, offset.isFinite, abs(c) < 1 << 50 else { return nil }
            var hi = (Double(c + 1) - offset) / scale, lo = (Double(c) - offset) / scale
            guard hi.isFinite, lo.isFinite else { return nil }
            var steps = 0
            while column(hi) > c, steps < 64 { hi = hi.nextDown; steps += 1 }
            while column(lo) < c, steps < 128 { lo = lo.nextUp; steps += 1 }
            guard lo <= hi, column(lo) == c, column(hi) == c else { return nil }
            return (lo, hi)
        }
    }

    /// The indices M4 keeps, ascending: for each run of consecutive points in one pixel column,
    /// its first, lowest, highest and last point. Points with a non-finite x or y are left out.
    /// The result has at most `4 * runs` entries, where `runs` is the number of times the column
    /// changes along the series (at most the plot's width in pixels for x in ascending order).
    ///
    /// A long series is reduced in two halves at once, split where one run ends and the next
    /// begins, so the result is exactly that of one pass.
    public static func m4Indices(x: [Double], y: [Double], columns: PixelColumns) -> [Int] {
        let n = min(x.count, y.count)
        let parts = Halves.map(n, split: { runStart(x: x, y: y, columns: columns, from: $0 / 2) }) { range in
            m4Indices(x: x, y: y, columns: columns, range: range)
        }
        return parts.count == 1 ? parts[0] : parts[0] + parts[1]
    }

    /// The first point at or after `from` that begins a run (a finite point whose column differs
    /// from that of the finite point before it), or nil when there is none.
    static func runStart(x: [Double], y: [Double], columns: PixelColumns, from: Int) -> Int? {
        let n = min(x.count, y.count)
        var previous = from - 1
        while previous >= 0, !(x[previous].isFinite && y[previous].isFinite) { previous -= 1 }
        guard previous >= 0 else { return nil }
        var col = columns.column(x[previous])
        var i = from
        while i < n {
            if x[i].isFinite && y[i].isFinite {
                let c = columns.column(x[i])
                if c != col { return i }
                col = c
            }
            i += 1
        }
        return nil
    }

    /// `m4Indices` over the points in `range` alone.
    static func m4Indices(x: [Double], y: [Double], columns: PixelColumns, range: Range<Int>) -> [Int] {
        let n = range.upperBound
        var out: [Int] = []
        out.reserveCapacity(min(n, 4096))
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                var col = Int.min
                var first = -1, lo = -1, hi = -1, last = -1
                var loY = 0.0, hiY = 0.0
                // The x interval known to be in `col` (empty until a column starts).
                var inLo = Double.infinity, inHi = -Double.infinity
                var i = range.lowerBound
                while true {
                    // Scan one run of points in one column; `i` ends at the first point of the next.
                    var c = Int.min
                    while i < n {
                        let xv = xs[i], yv = ys[i]
                        if xv >= inLo && xv <= inHi {
                            // In the column for certain: only y to look at.
                            if yv.isFinite {
                                if yv < loY { loY = yv; lo = i }
                                if yv > hiY { hiY = yv; hi = i }
                                last = i
                            }
                            i += 1
                            continue
                        }
                        if xv.isFinite && yv.isFinite {
                            c = columns.column(xv)
                            if c != col { break }
                            if yv < loY { loY = yv; lo = i }
                            if yv > hiY { hiY = yv; hi = i }
                            last = i
                        }
                        i += 1
                    }
                    if first >= 0 {
                        out.append(first)
                        let (a, b) = lo < hi ? (lo, hi) : (hi, lo)
                        if a != first { out.append(a) }
                        if b != a && b != first { out.append(b) }
                        if last != b && last != first { out.append(last) }
                    }
                    if i >= n { break }
                    col = c
                    first = i; lo = i; hi = i; last = i; loY = ys[i]; hiY = loY
                    if let span = columns.interval(of: col) { inLo = span.lo; inHi = span.hi } else { inLo = .infinity; inHi = -.infinity }
                    i += 1
                }
            }
        }
        return out
    }

    /// The points of the series to draw, in chart coordinates, reduced with M4 to at most four per
    /// pixel column run (see `m4Indices`).
    /// - Parameters:
    ///   - x: the series' x values, in data units.
    ///   - y: the series' y values, one per `x`.
    ///   - xScale: maps x values to horizontal points.
    ///   - yScale: maps y values to vertical points.
    ///   - pixelsPerPoint: device pixels per point: the PNG scale, or 1 for SVG and PDF.
    public static func m4(x: [Double], y: [Double], xScale: LinearScale, yScale: LinearScale,
                          pixelsPerPoint: Double = 1) -> [Point] {
        let keep = m4Indices(x: x, y: y, columns: PixelColumns(xScale, pixelsPerPoint: pixelsPerPoint))
        var pts: [Point] = []
        pts.reserveCapacity(keep.count)
        for i in keep { pts.append(Point(xScale(x[i]), yScale(y[i]))) }
        return pts
    }
}
