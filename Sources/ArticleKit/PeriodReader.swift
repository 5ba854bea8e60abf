import IndicatorKit

/// Finds the period phrases of a sentence and reads each as days, relative to the day the
/// figures were stated, following the period rules of `Datasets/README.md`:
///
/// - a period never ends after the day it was stated ("from 2021 to 2023" said on 2023-12-18
///   ends on 2023-12-18), except an explicit calendar year ("in 2023"), which is the whole year;
/// - "since <event or month>" starts on the event's first day (the calendar's event in that month);
/// - "in the past N years" counts back N years from the statement, except in December, when a
///   year-end report means the calendar years (2021-2023 up to the statement);
/// - year ranges run from 1 January of the first year.
public enum PeriodReader {
    /// The period phrases of a sentence and the tokens that are parts of dates or durations.
    public struct Scan: Sendable {
        /// The phrases, in text order.
        public var phrases: [PeriodPhrase] = []
        /// Number tokens inside period phrases and dates, with their role (`date` or `duration`).
        public var timeRoles: [Int: Role] = [:]
    }

    static let yearWords: Set<String> = ["year", "years", "năm"]
    static let monthWords: Set<String> = ["month", "months", "tháng"]

    /// Scans the sentence for period phrases.
    /// - Parameters:
    ///   - article: the article.
    ///   - sentence: the sentence to scan.
    ///   - context: the dates and events the phrases are read against.
    /// - Returns: the phrases and the time tokens.
    public static func scan(_ article: Article, _ sentence: Sentence, _ context: PeriodContext) -> Scan {
        var scan = Scan()
        let tokens = article.tokens
        let stated = context.statementDate
        var i = sentence.first
        func w(_ k: Int) -> String? { k >= sentence.first && k <= sentence.last && tokens[k].kind == .word ? tokens[k].lower : nil }
        func t(_ k: Int) -> Token? { k >= sentence.first && k <= sentence.last ? tokens[k] : nil }
        func year(_ k: Int) -> Int? { t(k).flatMap(DateExpression.isYear) }
        func label(_ a: Int, _ b: Int) -> String { article.text(tokens: a, b) }
        func cap(_ d: Day) -> (Day, String) {
            d > stated ? (stated, " (a period never ends after the day it is stated)") : (d, "")
        }
        func add(_ kind: PeriodPhrase.Kind, _ a: Int, _ b: Int, _ start: Day?, _ end: Day, _ note: String) {
            scan.phrases.append(PeriodPhrase(kind: kind, first: a, last: b, start: start, end: end, note: note))
        }
        func markDates(_ a: Int, _ b: Int, _ role: Role = .date) {
            for k in a...b where tokens[k].kind == .number { scan.timeRoles[k] = scan.timeRoles[k] ?? role }
        }
        func dateAt(_ k: Int) -> DateExpression? {
            guard k <= sentence.last, let d = DateExpression.read(tokens, at: k, defaultYear: stated.year), d.last <= sentence.last else { return nil }
            return d
        }
        func firstOfYear(_ y: Int) -> Day { Day(year: y, month: 1, day: 1)! }
        func lastOfYear(_ y: Int) -> Day { Day(year: y, month: 12, day: 31)! }
        /// A cardinal in digits or words at k: (value, last token).
        func count(_ k: Int) -> (Int, Int)? {
            guard let tk = t(k) else { return nil }
            if tk.kind == .number, let v = Int(tk.text), v > 0, v < 1000 { return (v, k) }
            if let r = NumberWords.cardinal(tokens, at: k, language: article.language), r.last <= sentence.last {
                let v = r.value.intValue
                return v > 0 ? (v, r.last) : nil
            }
            return nil
        }
        func pastSpan(_ first: Int, _ n: Int, _ unitWord: String, _ last: Int) {
            let isYears = yearWords.contains(unitWord) || unitWord.hasPrefix("decade")
            let years = unitWord.hasPrefix("decade") ? n * 10 : n
            let text = label(first, last)
            if isYears {
                if context.isYearEnd {
                    let s = firstOfYear(stated.year - years + 1)
                    add(.past, first, last, s, stated,
                        "'\(text)', stated on \(stated.iso) at year end: read as the calendar \(years == 1 ? "year \(stated.year)" : "years \(stated.year - years + 1)–\(stated.year)") up to \(stated.iso), as year-end reports count whole years")
                } else {
                    let s = stated.adding(years: -years)
                    add(.past, first, last, s, stated, "'\(text)' counted back \(years) year\(years == 1 ? "" : "s") from \(stated.iso)")
                }
            } else {
                let s = stated.adding(months: -n)
                add(.past, first, last, s, stated, "'\(text)' counted back \(n) month\(n == 1 ? "" : "s") from \(stated.iso)")
            }
        }

        while i <= sentence.last {
            let tok = tokens[i]
            let lw = tok.kind == .word ? tok.lower : ""
            // --- since <date | event>
            if lw == "since" || (lw == "kể" && w(i + 1) == "từ") || (lw == "từ" && (w(i + 1) == "sau" || w(i + 1) == "hội")) {
                var j = i + 1
                if lw == "kể" { j += 1 }
                if w(j) == "the" || w(j) == "sau" { j += 1 }
                if let d = dateAt(j) {
                    var start = d.start
                    var note: String
                    if d.precision == .month {
                        if let e = context.calendar.firstEvent(year: d.start.year, month: d.start.month) {
                            start = e.start
                            note = "'\(label(i, d.last))' read as since \(e.id) (\(e.nameEN)), held \(e.start.iso), the event of that month; to \(stated.iso)"
                        } else {
                            note = "'\(label(i, d.last))': the month only, read from its first day; to \(stated.iso)"
                        }
                    } else {
                        note = "'\(label(i, d.last))': from \(start.iso) to \(stated.iso)"
                    }
                    markDates(d.first, d.last)
                    add(.since, i, d.last, start, stated, note + context.statementNote)
                    i = d.last + 1; continue
                }
                if let y = year(j), !(t(j + 1)?.text == "-" || t(j + 1)?.text == "–") {
                    markDates(j, j)
                    add(.since, i, j, firstOfYear(y), stated, "'\(label(i, j))': from 1 January \(y) to \(stated.iso)" + context.statementNote)
                    i = j + 1; continue
                }
                if let (ev, last) = event(article, sentence, at: j, context.calendar) {
                    add(.since, i, last, ev.start, stated,
                        "'\(label(i, last))' read as since \(ev.id) (\(ev.nameEN)), first day \(ev.start.iso); to \(stated.iso)" + context.statementNote)
                    i = last + 1; continue
                }
            }
            // --- year ranges: from 2021 to 2023, between 2019 and 2021, từ năm 2019 đến 2021, 2019 - 2021, 2016-20
            do {
                var j = i
                var opener = false
                if lw == "from" || lw == "between" || lw == "từ" { j += 1; opener = true; if w(j) == "năm" { j += 1 } }
                if let y1 = year(j) {
                    var k = j + 1
                    var y2: Int? = nil
                    if let sep = t(k), sep.text == "-" || sep.text == "–" || sep.text == "—" || (opener && ["to", "until", "till", "through", "and", "đến", "tới"].contains(sep.lower)) {
                        k += 1
                        if w(k) == "năm" { k += 1 }
                        if let yy = year(k) { y2 = yy }
                        else if let tt = t(k), tt.kind == .number, tt.text.count == 2, let v = Int(tt.text), !tt.spaceBefore {
                            let full = (y1 / 100) * 100 + v
                            if full > y1 { y2 = full }
                        }
                    }
                    if let y2, y2 > y1 {
                        var a = opener ? i : j
                        if a > sentence.first, ["đoạn", "the", "in", "for", "during", "over"].contains(tokens[a - 1].lower) {
                            a -= tokens[a - 1].lower == "đoạn" && a - 2 >= sentence.first && tokens[a - 2].lower == "giai" ? 2 : 1
                        }
                        var last = k
                        if w(k + 1) == "period" { last = k + 1 }
                        markDates(j, k)
                        let isTerm = w(k + 1) == "term" || w(a - 1) == "kỳ"
                        if !isTerm {
                            let (end, why) = cap(lastOfYear(y2))
                            var note = "'\(label(a, last))', stated on \(stated.iso): \(y1)-01-01 to \(end.iso)\(why)"
                            if tokens[a].lower == "giai" || w(last) == "period" {
                                note += "; a review period named by years is read from 1 January of its first year (uncertain: reports also name review periods by the years they mostly cover)"
                            }
                            add(.yearRange, a, last, firstOfYear(y1), end, note + context.statementNote)
                        }
                        i = last + 1; continue
                    }
                }
            }
            // --- the past N years / months; trong N năm qua
            if lw == "the", let p = w(i + 1), p == "past" || p == "last" {
                var k = i + 2
                var n = 1
                if let (v, last) = count(k) { n = v; k = last + 1 }
                if let u = w(k), yearWords.contains(u) || monthWords.contains(u) || u.hasPrefix("decade") {
                    let plural = u.hasSuffix("s")
                    if plural == (n > 1) || (n == 1 && !plural) {
                        var a = i
                        if let pw = w(i - 1), ["in", "over", "during", "for", "within", "throughout"].contains(pw) { a = i - 1 }
                        if k - 1 >= i + 2 { for q in (i + 2)...(k - 1) where tokens[q].kind == .number { scan.timeRoles[q] = .duration } }
                        pastSpan(a, n, u, k)
                        i = k + 1; continue
                    }
                }
            }
            if article.language.countsPastSpansInWords || tok.kind == .number {
                // N năm qua / trong N năm qua / trong năm qua
                var n: Int? = nil
                var k = i
                if let (v, last) = count(i), tok.kind == .number || article.language.countsPastSpansInWords { n = v; k = last + 1 }
                else if lw == "năm" || lw == "tháng" { n = 1 }
                if let n, let u = w(k), (u == "năm" || u == "tháng"), let q = w(k + 1), q == "qua" || q == "vừa" || (q == "gần" && w(k + 2) == "đây") {
                    var a = i
                    if w(i - 1) == "trong" { a = i - 1 }
                    var last = k + 1
                    if q == "vừa", w(k + 2) == "qua" { last = k + 2 }
                    if q == "gần" { last = k + 2 }
                    if k > i { for q2 in i..<k where tokens[q2].kind == .number { scan.timeRoles[q2] = .duration } }
                    pastSpan(a, n, u == "năm" ? "years" : "months", last)
                    i = last + 1; continue
                } else if lw == "năm" || lw == "tháng", let q = w(i + 1), q == "qua", n == 1 {
                    var a = i
                    if w(i - 1) == "trong" { a = i - 1 }
                    pastSpan(a, 1, lw == "năm" ? "years" : "months", i + 1)
                    i = i + 2; continue
                }
            }
            // --- in the first N months of 2023; N tháng đầu năm 2023
            if lw == "first" || (tok.kind == .number && w(i + 1) == "tháng" && w(i + 2) == "đầu") {
                var k = lw == "first" ? i + 1 : i
                if let (n, last) = count(k), n <= 12, let m = w(last + 1), monthWords.contains(m) {
                    k = last + 2
                    var y = stated.year
                    var end = k - 1
                    if w(k) == "of" { k += 1; if w(k) == "the", w(k + 1) == "year" { end = k + 1 } else if let yy = year(k) { y = yy; end = k } }
                    else if w(k) == "đầu", w(k + 1) == "năm" { end = k + 1; if let yy = year(k + 2) { y = yy; end = k + 2 } else if w(k + 2) == "nay" { end = k + 2 } }
                    var a = lw == "first" ? i : i
                    if lw == "first", w(i - 1) == "the" { a = i - 1; if w(i - 2) == "in" || w(i - 2) == "during" { a = i - 2 } }
                    if lw != "first", w(i - 1) == "trong" { a = i - 1 }
                    let (e, why) = cap(Day(year: y, month: n, day: Day.daysIn(month: n, year: y))!)
                    markDates(a, end)
                    scan.timeRoles[lw == "first" ? i + 1 : i] = .duration
                    add(.months, a, end, firstOfYear(y), e, "'\(label(a, end))': \(y)-01-01 to \(e.iso)\(why)" + context.statementNote)
                    i = end + 1; continue
                }
            }
            // --- in 2023; năm 2023; in December 2013
            if ["in", "during", "for", "throughout", "năm"].contains(lw) || (lw == "trong" && w(i + 1) == "năm") {
                var j = i + 1
                if lw == "trong" { j += 1 }
                if w(j) == "the", w(j + 1) == "year" { j += 2 }
                if let y = year(j), !(t(j + 1)?.text == "-" || t(j + 1)?.text == "–") || year(j + 2) == nil {
                    markDates(j, j)
                    var note: String
                    if y == stated.year {
                        note = "calendar year \(y) as labelled by the source, stated on \(stated.iso) before the year ended: the value is an estimate or a year-to-date figure"
                    } else if y > stated.year {
                        note = "calendar year \(y), after the statement (\(stated.iso)): a target or forecast"
                    } else {
                        note = "calendar year \(y)"
                    }
                    add(.calendarYear, i, j, firstOfYear(y), lastOfYear(y), note)
                    i = j + 1; continue
                }
                if lw != "năm", let d = dateAt(j), d.precision == .month {
                    markDates(d.first, d.last)
                    let (e, why) = cap(d.end)
                    add(.months, i, d.last, d.start, e, "'\(label(i, d.last))': \(d.start.iso) to \(e.iso)\(why)")
                    i = d.last + 1; continue
                }
            }
            // --- earlier this year, this year, năm nay; last year, năm ngoái
            if (lw == "this" && w(i + 1) == "year") || (lw == "năm" && w(i + 1) == "nay") {
                var a = i
                if let p = w(i - 1), ["earlier", "early", "đầu"].contains(p) { a = i - 1 }
                if a > sentence.first, w(a - 1) == "từ" { a -= 1 }
                add(.thisYear, a, i + 1, firstOfYear(stated.year), stated,
                    "'\(label(a, i + 1))', stated on \(stated.iso): \(stated.year)-01-01 to \(stated.iso)" + context.statementNote)
                i += 2; continue
            }
            if (lw == "last" && w(i + 1) == "year" && !(w(i - 1) == "the")) || (lw == "năm" && (w(i + 1) == "ngoái" || (w(i + 1) == "trước" && t(i - 1)?.kind != .number))) {
                let y = stated.year - 1
                add(.lastYear, i, i + 1, firstOfYear(y), lastOfYear(y), "'\(label(i, i + 1))', stated on \(stated.iso): calendar year \(y)")
                i += 2; continue
            }
            // --- as of today, so far, to date, đến nay; as of <date>, tính đến <date>
            do {
                let todayPhrases: [[String]] = [
                    ["as", "of", "today"], ["as", "at", "today"], ["so", "far"], ["to", "date"], ["up", "to", "now"],
                    ["until", "now"], ["thus", "far"], ["as", "of", "now"], ["cho", "đến", "nay"], ["tính", "đến", "nay"],
                    ["đến", "nay"], ["tới", "nay"], ["hiện", "nay"], ["hiện", "tại"], ["đến", "thời", "điểm", "này"],
                ]
                if let p = todayPhrases.first(where: { ph in ph.enumerated().allSatisfy { w(i + $0.offset) == $0.element } }) {
                    let last = i + p.count - 1
                    add(.asOf, i, last, nil, stated, "'\(label(i, last))': standing at \(stated.iso), the day it was stated" + context.statementNote)
                    i = last + 1; continue
                }
                var j: Int? = nil
                if (lw == "as" && (w(i + 1) == "of" || w(i + 1) == "at")) { j = i + 2 }
                if lw == "by" { j = i + 1 }
                if lw == "tính" && w(i + 1) == "đến" { j = w(i + 2) == "hết" ? i + 3 : i + 2 }
                if let j, let d = dateAt(j) {
                    markDates(d.first, d.last)
                    add(.asOf, i, d.last, nil, d.end, "'\(label(i, d.last))': standing at \(d.end.iso)")
                    i = d.last + 1; continue
                }
            }
            // --- a dated day: on September 16th, 2021; (April 15-16, 2021); ngày 13/12/2021
            if let d = dateAt(i) {
                markDates(d.first, d.last)
                if d.precision == .day {
                    add(.day, i, d.last, d.start, d.end, "'\(label(i, d.last))': \(d.start == d.end ? d.start.iso : d.start.iso + " to " + d.end.iso)")
                }
                i = d.last + 1; continue
            }
            i += 1
        }
        return scan
    }

    /// An event named by its ordinal and name ("the 31st Diplomatic Conference", "Hội nghị
    /// Ngoại giao lần thứ 31") starting at token `j`, looked up in the calendar.
    static func event(_ article: Article, _ sentence: Sentence, at j: Int, _ calendar: EventCalendar) -> (EventCalendar.Event, Int)? {
        let tokens = article.tokens
        guard j <= sentence.last else { return nil }
        // English: <ordinal> <Capitalized words>
        var ordinal: Int? = nil
        var k = j
        if tokens[j].kind == .number, let v = Int(tokens[j].text), j + 1 <= sentence.last,
           ["st", "nd", "rd", "th"].contains(tokens[j + 1].lower), !tokens[j + 1].spaceBefore {
            ordinal = v; k = j + 2
        } else if let r = NumberWords.ordinal(tokens, at: j, language: .en) {
            ordinal = r.value.intValue; k = r.last + 1
        }
        if let ordinal {
            var words: [String] = []
            var last = k - 1
            while k <= sentence.last, tokens[k].kind == .word, tokens[k].isCapitalized || ["of", "on"].contains(tokens[k].lower) {
                if tokens[k].isCapitalized { words.append(tokens[k].lower); last = k }
                k += 1
            }
            guard !words.isEmpty, let e = calendar.event(ordinal: ordinal, nameWords: words) else { return nil }
            return (e, last)
        }
        // Vietnamese: <words> lần thứ <N>
        var words: [String] = []
        k = j
        while k + 2 <= sentence.last, tokens[k].kind == .word, k - j < 8 {
            if tokens[k].lower == "lần", tokens[k + 1].lower == "thứ" {
                var n: Int? = nil
                var last = k + 2
                if tokens[k + 2].kind == .number { n = Int(tokens[k + 2].text) }
                else if let r = NumberWords.ordinal(tokens, at: k + 1, language: .vi) { n = r.value.intValue; last = r.last }
                guard let n, let e = calendar.event(ordinal: n, nameWords: words) else { return nil }
                return (e, last)
            }
            words.append(tokens[k].lower)
            k += 1
        }
        return nil
    }
}

