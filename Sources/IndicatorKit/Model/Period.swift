/// The time an observation covers: an inclusive span of days for a flow or a rate, or a single
/// day for a stock ("189 countries as of December 2021").
public struct Period: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First day, inclusive. Nil for a point-in-time stock.
    public let start: Day?
    /// Last day, inclusive; for a stock, the date of the figure.
    public let end: Day

    /// A span from `start` to `end`, both inclusive; a nil `start` makes a stock's single day.
    public init(start: Day?, end: Day) {
        self.start = start
        self.end = end
    }

    /// The single day a stock stands at.
    public static func instant(_ day: Day) -> Period { Period(start: nil, end: day) }

    /// Whether this is a stock's single day rather than a span.
    public var isInstant: Bool { start == nil }

    /// Inclusive length in days (a one-day span has length 1). Zero for an instant.
    public var days: Int {
        guard let start else { return 0 }
        return end.ordinal - start.ordinal + 1
    }

    /// The calendar length, from the first day's midnight to the midnight after the last day
    /// (see ``CalendarSpan``); nil for an instant.
    public var span: CalendarSpan? {
        guard let start else { return nil }
        return CalendarSpan(from: start, to: end.adding(days: 1))
    }

    /// Length in calendar years: a calendar year is 1, a quarter 0.25, a month 1/12; other spans
    /// count whole months plus the leftover days (``CalendarSpan``). Zero for an instant.
    public var years: Double { span?.years ?? 0 }

    /// `YYYY-MM-DD..YYYY-MM-DD` for a span, `YYYY-MM-DD` for an instant.
    public var description: String {
        guard let start else { return end.iso }
        return "\(start.iso)..\(end.iso)"
    }
}
