/// How `indicators import` reads the text of a period column, and what it records about it.
///
/// | written | read as | kind |
/// | --- | --- | --- |
/// | `2023` | the calendar year, 2023-01-01 to 2023-12-31 | span |
/// | `2023-Q1` | the quarter, 2023-01-01 to 2023-03-31 | span |
/// | `2023-03` | the month, 2023-03-01 to 2023-03-31 | span |
/// | `2023-03-31` | the date: a figure standing at that day (a stock) | date |
/// | `2021-01-01/2023-12-18` | the ISO 8601 interval, both days included | span |
/// | `2019-2021` | the years 2019 to 2021, 2019-01-01 to 2021-12-31 | span |
///
/// Each reading is stated in words in ``note`` (the `period_note` of the written dataset).
public struct PeriodReading: Hashable, Sendable {
    /// The form the text was written in.
    public enum Form: String, Sendable, CaseIterable {
        case year, quarter, month, date, interval, yearRange = "year-range"

        /// The time unit of a regular form (a year, a quarter, a month), used as a rate's `per`.
        public var ratePer: RatePer? {
            switch self {
            case .year: .year
            case .quarter: .quarter
            case .month: .month
            default: nil
            }
        }
    }

    /// The period: a span of days, or an instant for a date.
    public let period: Period
    /// The form it was written in.
    public let form: Form
    /// How it was read, in words: "`2023-Q1` read as the quarter 2023-01-01 to 2023-03-31".
    public let note: String

    /// The forms, for error messages.
    public static let expected = "a year (2023), a quarter (2023-Q1), a month (2023-03), a date (2023-03-31), an ISO interval (2021-01-01/2023-12-18) or a year range (2019-2021)"

    /// Reads `text`, or returns the reason it is not a period.
    /// - Parameter dateAs: when set, a date names the year, quarter or month that starts on it
    ///   (`2001-01-01` as the year 2001), as tables exported from spreadsheets often write them.
    public static func read(_ text: String, dateAs: Form? = nil) -> Result<PeriodReading, PeriodProblem> {
        let t = text
        func fail(_ why: String) -> Result<PeriodReading, PeriodProblem> { .failure(PeriodProblem(message: why)) }
        func year(_ s: Substring) -> Int? { s.count == 4 && s.allSatisfy(\.isASCIIDigit) ? Int(s).flatMap { (1...9999).contains($0) ? $0 : nil } : nil }
        func span(_ a: Day, _ b: Day, _ form: Form, _ what: String) -> Result<PeriodReading, PeriodProblem> {
            .success(PeriodReading(period: Period(start: a, end: b), form: form, note: "`\(t)` read as \(what) \(a.iso) to \(b.iso)"))
        }
        func monthEnd(_ y: Int, _ m: Int) -> Day { Day(year: y, month: m, day: Day.daysIn(month: m, year: y))! }

        if t.isEmpty { return fail("the period is empty; expected \(expected)") }
        if let slash = t.firstIndex(of: "/") {
            let a = String(t[..<slash]), b = String(t[t.index(after: slash)...])
            guard let s = Day(iso: a), let e = Day(iso: b) else {
                return fail("`\(t)` is not an ISO interval of two dates; expected YYYY-MM-DD/YYYY-MM-DD, e.g. 2021-01-01/2023-12-18")
            }
            if e < s { return fail("the interval `\(t)` ends before it starts; give the earlier date first") }
            return .success(PeriodReading(period: Period(start: s, end: e), form: .interval,
                                          note: "`\(t)` read as the ISO interval \(s.iso) to \(e.iso), both days included"))
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let y = year(parts[0]) {
            return span(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!, .year, "the calendar year")
        }
        if parts.count == 2, let y = year(parts[0]) {
            let p = parts[1]
            if p.count == 2, p.first == "Q" || p.first == "q", let q = Int(p.dropFirst()), (1...4).contains(q), p.last!.isASCIIDigit {
                let m = (q - 1) * 3 + 1
                return span(Day(year: y, month: m, day: 1)!, monthEnd(y, m + 2), .quarter, "the quarter Q\(q):")
            }
            if p.count == 2, p.allSatisfy(\.isASCIIDigit), let m = Int(p) {
                guard (1...12).contains(m) else { return fail("`\(t)` has month \(p); expected a month 01 to 12") }
                return span(Day(year: y, month: m, day: 1)!, monthEnd(y, m), .month, "the month")
            }
            if let y2 = year(p) {
                guard y2 > y else { return fail("the year range `\(t)` does not run forward; write the earlier year first (2019-2021)") }
                return span(Day(year: y, month: 1, day: 1)!, Day(year: y2, month: 12, day: 31)!, .yearRange, "the years \(y) to \(y2), from")
            }
        }
        if parts.count == 3, let d = Day(iso: t) {
            switch dateAs {
            case .year?:
                guard d.month == 1, d.day == 1 else { return fail("`\(t)` does not start a year; with --period-as year every date must be a 1 January") }
                return span(d, Day(year: d.year, month: 12, day: 31)!, .year, "the calendar year (the date starts it):")
            case .quarter?:
                guard d.day == 1, [1, 4, 7, 10].contains(d.month) else { return fail("`\(t)` does not start a quarter; with --period-as quarter every date must be the 1st of January, April, July or October") }
                return span(d, monthEnd(d.year, d.month + 2), .quarter, "the quarter starting on it:")
            case .month?:
                guard d.day == 1 else { return fail("`\(t)` does not start a month; with --period-as month every date must be a 1st") }
                return span(d, monthEnd(d.year, d.month), .month, "the month starting on it:")
            default:
                return .success(PeriodReading(period: .instant(d), form: .date,
                                              note: "`\(t)` read as a date: the figure stands at \(d.iso) (a stock)"))
            }
        }
        if parts.count == 3, year(parts[0]) != nil, parts[1].count == 2, parts[2].count == 2 {
            return fail("`\(t)` is not a real calendar date")
        }
        return fail("cannot read `\(t)` as a period; expected \(expected)")
    }
}

/// Why a text is not a period.
public struct PeriodProblem: Error, Hashable, Sendable {
    /// What is wrong and what was expected.
    public let message: String
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
