import IndicatorKit

/// A linear scale over calendar days. Periods are drawn at their true extent: a period
/// `[start, end]` covers from the start of its first day to the end of its last day.
public struct TimeScale: Hashable, Sendable {
    /// Day ordinals (days since 1970-01-01); `upper` is exclusive (the day after the last day).
    public var lower: Double
    /// Day ordinal just past the domain: the day after the last day shown.
    public var upper: Double
    /// Position in points of the domain's first day's start (the left edge).
    public var rangeStart: Double
    /// Position in points of the domain's end (the right edge).
    public var rangeEnd: Double

    /// A scale from the start of `first` to the end of `last`, mapped onto `range` (points).
    public init(from first: Day, through last: Day, range: (Double, Double)) {
        lower = Double(first.ordinal); upper = Double(last.ordinal + 1)
        rangeStart = range.0; rangeEnd = range.1
    }

    /// Position of a day ordinal (fractional days allowed).
    public func position(ordinal: Double) -> Double {
        guard upper > lower else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (ordinal - lower) / (upper - lower) * (rangeEnd - rangeStart)
    }

    /// Position of the start of a day.
    public func start(of day: Day) -> Double { position(ordinal: Double(day.ordinal)) }
    /// Position of the end of a day (the start of the next).
    public func end(of day: Day) -> Double { position(ordinal: Double(day.ordinal + 1)) }

    /// The horizontal extent of a period; an instant is the end of its day.
    public func extent(of p: Period) -> (Double, Double) {
        let e = end(of: p.end)
        return (p.start.map { start(of: $0) } ?? e, e)
    }

    /// The domain widened to whole years (1 January of the first year to 1 January after the last).
    public static func yearAligned(from first: Day, through last: Day, range: (Double, Double)) -> TimeScale {
        let a = Day(year: first.year, month: 1, day: 1)!
        let b = Day(year: last.year, month: 12, day: 31)!
        return TimeScale(from: a, through: b, range: range)
    }

    /// A tick on the time axis: a day and its label.
    public struct Tick: Hashable, Sendable {
        /// The day the tick stands at (its start).
        public var day: Day
        /// The tick's text (`2021`, `Dec 2021`, `12/2021`).
        public var label: String
    }

    /// Ticks at 1 January of years, every 1, 2, 5, 10, ... years so that there are at most
    /// `maxCount`; when the domain spans less than two years, at the first of every 1, 3 or 6 months.
    public func ticks(maxCount: Int = 8, locale: NumberLocale = .en) -> [Tick] {
        guard upper > lower, maxCount > 0 else { return [] }
        let first = Day(ordinal: Int(lower.rounded(.up))), last = Day(ordinal: Int(upper.rounded(.down)))
        let years = last.year - first.year
        if years >= 2 {
            for step in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
                let y0 = ((first.year + step - 1) / step) * step
                let days = stride(from: y0, through: last.year, by: step).compactMap { Day(year: $0, month: 1, day: 1) }
                    .filter { Double($0.ordinal) >= lower && Double($0.ordinal) <= upper }
                if days.count <= maxCount { return days.map { Tick(day: $0, label: String($0.year)) } }
            }
            return []
        }
        for step in [1, 3, 6, 12] {
            var out: [Tick] = []
            var y = first.year, m = first.month
            if first.day != 1 { m += 1; if m > 12 { m = 1; y += 1 } }
            while (m - 1) % step != 0 { m += 1; if m > 12 { m = 1; y += 1 } }
            while let d = Day(year: y, month: m, day: 1), Double(d.ordinal) <= upper {
                out.append(Tick(day: d, label: PeriodFormat.month(d, locale: locale)))
                m += step; while m > 12 { m -= 12; y += 1 }
            }
            if out.count <= maxCount { return out }
        }
        return []
    }
}
