/// Elapsed time counted on the calendar: whole months, plus the days left over as a fraction of
/// the month they fall in. A calendar year is exactly 1 year, a quarter 0.25, a month 1/12.
///
/// The rule (stated with worked examples in GrowthAnalysis.md):
/// 1. Time runs from instant `a` to instant `b` (a day as an instant is its midnight; a period
///    `[start, end]` runs from `start` to the day after `end`).
/// 2. Whole months: the largest `m` with `a + m months ≤ b`. Adding months keeps the day of the
///    month, clamped to the month's length (Jan 31 + 1 month = Feb 28); a day that is the last of
///    its month steps to the last day of each month (Feb 28, 2015 + 12 months = Feb 29, 2016).
/// 3. Days left over: `b − (a + m months)`, as a fraction of the month that starts there
///    (`(a + m months)` to `(a + m + 1 months)`).
/// 4. Years = `(m + days / days in that month) / 12`.
public struct CalendarSpan: Hashable, Sendable, CustomStringConvertible {
    /// Whole months.
    public let months: Int
    /// Days left over after the whole months.
    public let days: Int
    /// Length in days of the month the leftover days fall in.
    public let monthLength: Int
    /// True when the span runs backwards (`b` before `a`); the counts are then of `b` to `a`.
    public let negative: Bool

    /// The span from instant `a` to instant `b`.
    public init(from a: Day, to b: Day) {
        let (x, y) = a <= b ? (a, b) : (b, a)
        negative = b < a
        let monthEnd = x.day == Day.daysIn(month: x.month, year: x.year)
        var m = (y.year - x.year) * 12 + (y.month - x.month)
        while m > 0 && CalendarSpan.add(months: m, to: x, monthEnd: monthEnd) > y { m -= 1 }
        let anchor = CalendarSpan.add(months: m, to: x, monthEnd: monthEnd)
        let next = CalendarSpan.add(months: m + 1, to: x, monthEnd: monthEnd)
        months = m
        days = y.ordinal - anchor.ordinal
        monthLength = next.ordinal - anchor.ordinal
    }

    /// The length in years: `(months + days / monthLength) / 12`, negative for a backward span.
    public var years: Double {
        let v = (Double(months) + (days == 0 ? 0 : Double(days) / Double(monthLength))) / 12
        return negative ? -v : v
    }

    /// `a` plus `months` calendar months: the same day of the month, clamped to the month's
    /// length, or the month's last day when `monthEnd`.
    public static func add(months: Int, to a: Day, monthEnd: Bool) -> Day {
        let total = a.year * 12 + (a.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let mo = total - y * 12 + 1
        let dim = Day.daysIn(month: mo, year: y)
        return Day(year: y, month: mo, day: monthEnd ? dim : min(a.day, dim)) ?? a
    }

    /// "5 years", "3 months", "2 years, 11 months and 18 days".
    public var description: String {
        func n(_ v: Int, _ w: String) -> String? { v == 0 ? nil : "\(v) \(w)\(v == 1 ? "" : "s")" }
        let parts = [n(months / 12, "year"), n(months % 12, "month"), n(days, "day")].compactMap { $0 }
        let body: String
        switch parts.count {
        case 0: body = "no time"
        case 1: body = parts[0]
        default: body = parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
        return negative ? "minus " + body : body
    }
}
