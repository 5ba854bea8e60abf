import IndicatorKit

/// A date as an article writes it: "August 21", "September 16th, 2021", "December 2013",
/// "2016-08-13", "ngày 13/12/2021", "19/12/2023", "12/2023", "tháng 12/2013", "December 12-13, 2023".
public struct DateExpression: Sendable, Equatable {
    /// How precisely the words give the date.
    public enum Precision: Sendable, Equatable {
        /// A day ("August 21").
        case day
        /// A month ("December 2013").
        case month
    }

    /// Index of the first token.
    public var first: Int
    /// Index of the last token.
    public var last: Int
    /// First day the words cover.
    public var start: Day
    /// Last day the words cover (the same day for a single date).
    public var end: Day
    /// How precise the words are.
    public var precision: Precision
    /// Whether the year was written (otherwise it was taken from the statement date).
    public var yearWritten: Bool

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The month a word names, or nil.
    public static func month(_ word: String) -> Int? { months[word.lowercased()] }

    static func int(_ t: Token) -> Int? {
        t.kind == .number && t.text.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(t.text) : nil
    }

    static func isYear(_ t: Token) -> Int? {
        guard t.text.count == 4, let y = int(t), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// Reads a date written in figures joined by slashes that starts at token `i`: "19/12/2023",
    /// "1/5/2024", "12/2023" (a month 1-12 and a year), or "1/5" after a word for "day" or "on"
    /// ("ngày 1/5"). Such a date is one token of meaning, never a fraction or two numbers.
    /// - Parameters:
    ///   - tokens: the article's tokens.
    ///   - i: where the date would start.
    ///   - defaultYear: the year of a date written without one.
    /// - Returns: the date, or nil when no slashed date starts at `i`.
    public static func readSlashed(_ tokens: [Token], at i: Int, defaultYear: Int) -> DateExpression? {
        guard i + 1 < tokens.count, tokens[i].kind == .number, tokens[i + 1].text == "/",
              let d = read(tokens, at: i, defaultYear: defaultYear) else { return nil }
        return d
    }

    /// Reads a date starting at token `i`.
    /// - Parameters:
    ///   - tokens: the article's tokens.
    ///   - i: where the date would start.
    ///   - defaultYear: the year of a date written without one ("August 21").
    /// - Returns: the date, or nil when no date starts at `i`.
    public static func read(_ tokens: [Token], at i: Int, defaultYear: Int) -> DateExpression? {
        let n = tokens.count
        guard i < n else { return nil }
        func tok(_ k: Int) -> Token? { k < n && k >= 0 ? tokens[k] : nil }
        // Skips an ordinal suffix written onto a day ("16th").
        func afterDay(_ k: Int) -> Int {
            if let t = tok(k + 1), t.kind == .word, !t.spaceBefore, ["st", "nd", "rd", "th"].contains(t.lower) { return k + 1 }
            return k
        }
        func yearAfter(_ k: Int) -> (Int, Int)? {
            var j = k + 1
            if tok(j)?.text == "," { j += 1 }
            if let t = tok(j), let y = isYear(t) { return (y, j) }
            return nil
        }
        let t = tokens[i]
        // 2016-08-13
        if let y = isYear(t), let d1 = tok(i + 1), d1.text == "-", !d1.spaceBefore, let m = tok(i + 2).flatMap(int),
           tok(i + 2)!.text.count == 2, let d2 = tok(i + 3), d2.text == "-", !d2.spaceBefore,
           let d = tok(i + 4).flatMap(int), tok(i + 4)!.text.count == 2, let day = Day(year: y, month: m, day: d) {
            return DateExpression(first: i, last: i + 4, start: day, end: day, precision: .day, yearWritten: true)
        }
        // Month D[th][-D2][,] [YYYY] | Month YYYY
        if t.kind == .word, let m = month(t.lower), t.text.first!.isUppercase {
            var k = i + 1
            if tok(k)?.text == ".", !(tok(k)!.spaceBefore) { k += 1 }
            if let yt = tok(k), let y = isYear(yt) {
                guard let s = Day(year: y, month: m, day: 1) else { return nil }
                return DateExpression(first: i, last: k, start: s, end: Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!,
                                      precision: .month, yearWritten: true)
            }
            if let dt = tok(k), let d = int(dt), (1...31).contains(d), dt.text.count <= 2 {
                var last = afterDay(k)
                var d2 = d
                if let dash = tok(last + 1), dash.text == "-" || dash.text == "–", let e = tok(last + 2).flatMap(int), e > d, e <= 31 {
                    d2 = e; last = afterDay(last + 2)
                }
                var year = defaultYear
                var written = false
                if let (y, j) = yearAfter(last) { year = y; last = j; written = true }
                guard let s = Day(year: year, month: m, day: d), let e = Day(year: year, month: m, day: d2) else { return nil }
                return DateExpression(first: i, last: last, start: s, end: e, precision: .day, yearWritten: written)
            }
            return nil
        }
        // D[th] Month [YYYY]
        if let d = int(t), (1...31).contains(d), t.text.count <= 2 {
            let k = afterDay(i)
            if let mt = tok(k + 1), mt.kind == .word, mt.text.first!.isUppercase, let m = month(mt.lower) {
                var last = k + 1
                var year = defaultYear
                var written = false
                if let (y, j) = yearAfter(last) { year = y; last = j; written = true }
                guard let day = Day(year: year, month: m, day: d) else { return nil }
                return DateExpression(first: i, last: last, start: day, end: day, precision: .day, yearWritten: written)
            }
            // M/YYYY (a month, as "12/2023"; "tháng 12/2023" is read below)
            if (1...12).contains(d), let s1 = tok(i + 1), s1.text == "/", !s1.spaceBefore, let yt = tok(i + 2), !yt.spaceBefore,
               let y = isYear(yt), !(tok(i + 3)?.text == "/" && tok(i + 3)?.spaceBefore == false), let s = Day(year: y, month: d, day: 1) {
                return DateExpression(first: i, last: i + 2, start: s, end: Day(year: y, month: d, day: Day.daysIn(month: d, year: y))!,
                                      precision: .month, yearWritten: true)
            }
            // D/M/YYYY or D/M (day first, as Vietnamese and most non-US sources write it)
            if let s1 = tok(i + 1), s1.text == "/", !s1.spaceBefore, let mt = tok(i + 2), !mt.spaceBefore, let m = int(mt), (1...12).contains(m) {
                if let s2 = tok(i + 3), s2.text == "/", !s2.spaceBefore, let yt = tok(i + 4), !yt.spaceBefore, let y = isYear(yt) {
                    guard let day = Day(year: y, month: m, day: d) else { return nil }
                    return DateExpression(first: i, last: i + 4, start: day, end: day, precision: .day, yearWritten: true)
                }
                // Without a year, "1/5" is a fraction unless a word for "day" or "on" says it is a date.
                guard i > 0, ["ngày", "on", "hôm", "sáng", "chiều", "tối"].contains(tokens[i - 1].lower),
                      let day = Day(year: defaultYear, month: m, day: d) else { return nil }
                return DateExpression(first: i, last: i + 2, start: day, end: day, precision: .day, yearWritten: false)
            }
        }
        // Vietnamese: ngày D/M/YYYY, ngày D tháng M năm YYYY, tháng M/YYYY, tháng M năm YYYY
        if t.lower == "ngày", let dt = tok(i + 1), let d = int(dt), (1...31).contains(d) {
            if var r = read(tokens, at: i + 1, defaultYear: defaultYear) { r.first = i; return r }
            if tok(i + 2)?.lower == "tháng", let m = tok(i + 3).flatMap(int), (1...12).contains(m) {
                var last = i + 3
                var year = defaultYear
                var written = false
                if tok(i + 4)?.lower == "năm", let y = tok(i + 5).flatMap(isYear) { year = y; last = i + 5; written = true }
                guard let day = Day(year: year, month: m, day: d) else { return nil }
                return DateExpression(first: i, last: last, start: day, end: day, precision: .day, yearWritten: written)
            }
        }
        if t.lower == "tháng", let mt = tok(i + 1), let m = int(mt), (1...12).contains(m) {
            var year: Int? = nil
            var last = i + 1
            if let s = tok(i + 2), s.text == "/", !s.spaceBefore, let y = tok(i + 3).flatMap(isYear) { year = y; last = i + 3 }
            else if tok(i + 2)?.lower == "năm", let y = tok(i + 3).flatMap(isYear) { year = y; last = i + 3 }
            guard let y = year, let s = Day(year: y, month: m, day: 1) else { return nil }
            return DateExpression(first: i, last: last, start: s, end: Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!,
                                  precision: .month, yearWritten: true)
        }
        return nil
    }
}
