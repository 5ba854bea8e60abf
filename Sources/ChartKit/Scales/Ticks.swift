#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tick arithmetic shared by every scale and axis (after d3-array `ticks`, `tickIncrement`).
///
/// Ticks are computed as integers times a step, or integers divided by an inverse step, so that
/// a 0.1 step gives exactly 0.1, 0.2, 0.3 rather than 0.30000000000000004.
public enum Ticks {
    static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()
    /// The most ticks ever generated; a degenerate request gets no ticks instead of a hang.
    public static let maximumCount = 1_000

    /// A tick step `factor * 10^power` with factor 1, 2, 5 or 10, and the integer range of tick
    /// indices that falls within `[start, stop]`.
    public struct Spec: Hashable, Sendable {
        /// First and last tick index: tick i is `i * increment` or `i / inverse`.
        public let first: Double
        /// Index of the last tick (see `first`).
        public let last: Double
        /// d3's `inc`: positive is a multiplier (step >= 1), negative is minus the inverse step.
        public let increment: Double

        /// The step as a number.
        public var step: Double { increment > 0 ? increment : 1 / -increment }

        /// The decimals needed to write every tick of this step exactly.
        public var decimals: Int {
            guard increment < 0 else { return 0 }
            var k = -increment, d = 0
            while k > 1 && d < 400 { k /= 10; d += 1 }  // k is 10^n / factor
            // 10^n/2 and 10^n/5 (k rounds up to a power of ten) need n decimals; 10^n needs n.
            return d
        }

        /// The tick values, `-0` normalised to `0`.
        public var values: [Double] {
            guard last >= first else { return [] }
            let n = Int(last - first) + 1
            return (0..<n).map { i in
                let k = first + Double(i)
                return (increment > 0 ? k * increment : k / -increment) + 0.0
            }
        }
    }

    /// The tick spec for about `count` ticks in `[start, stop]` (start <= stop), or nil when the
    /// range cannot be ticked in floating point (too large, too small, not finite).
    public static func spec(_ start: Double, _ stop: Double, count: Double) -> Spec? {
        guard start.isFinite, stop.isFinite, count > 0, count.isFinite else { return nil }
        let step = (stop - start) / max(0, count)
        guard step.isFinite, step > 0 else { return nil }
        let power = floor(log10(step))
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = (start * inc).rounded(); i2 = (stop * inc).rounded()
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = (start / inc).rounded(); i2 = (stop / inc).rounded()
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        guard inc.isFinite, inc != 0, i1.isFinite, i2.isFinite else { return nil }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count: count * 2) }
        guard i2 - i1 < Double(maximumCount) else { return nil }
        return Spec(first: i1, last: i2, increment: inc)
    }

    /// About `count` nicely rounded values in `[start, stop]`, ascending (descending when
    /// `stop < start`). A zero range gives the single value; an untickable range gives none.
    public static func ticks(_ start: Double, _ stop: Double, count: Int = 5) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start + 0.0] }
        let reverse = stop < start
        guard let s = reverse ? spec(stop, start, count: Double(count)) : spec(start, stop, count: Double(count)) else { return [] }
        return reverse ? s.values.reversed() : s.values
    }

    /// d3's `tickIncrement`: the step as a signed increment (negative means an inverse step), or
    /// nil when no step can be computed.
    public static func increment(_ start: Double, _ stop: Double, count: Int) -> Double? {
        spec(min(start, stop), max(start, stop), count: Double(count))?.increment
    }

    /// The decimals to write ticks of `[start, stop]` with: label precision follows the step.
    public static func decimals(_ start: Double, _ stop: Double, count: Int = 5) -> Int {
        spec(min(start, stop), max(start, stop), count: Double(count))?.decimals ?? 0
    }

    /// Extends `[start, stop]` to multiples of the tick step, repeating until the step stops
    /// changing (d3 `linear.nice`). Returns the input when it cannot be ticked.
    public static func nice(_ start: Double, _ stop: Double, count: Int = 5) -> (Double, Double) {
        var lo = min(start, stop), hi = max(start, stop)
        var previous: Double? = nil
        for _ in 0..<10 {
            guard let step = increment(lo, hi, count: count) else { break }
            if step == previous { break }
            if step > 0 {
                lo = floor(lo / step) * step; hi = ceil(hi / step) * step
            } else {
                lo = ceil(lo * step) / step; hi = floor(hi * step) / step
            }
            previous = step
        }
        lo += 0.0; hi += 0.0
        return start <= stop ? (lo, hi) : (hi, lo)
    }
}
