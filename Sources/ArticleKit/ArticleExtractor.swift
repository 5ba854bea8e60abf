import Foundation
import IndicatorKit

/// Reads every number of an article and proposes each figure as a ``Candidate``: value, unit,
/// scale, qualifier, role, period (relative to the article's date) and a verbatim quote.
public enum ArticleExtractor {
    /// Verbs that make a number a flow over the period a passage is about ("signed 119
    /// agreements", "attracted", "attended"); a number without one (a count of provinces in a
    /// standing mechanism) is read as a stock at the statement date.
    static let flowVerbs: Set<String> = [
        "signed", "sign", "attracted", "attract", "totaled", "totalled", "totalling", "totaling", "poured", "recognized",
        "recognised", "re-recognized", "licensed", "organized", "organised", "received", "reached", "reaching", "disbursed",
        "released", "visited", "attended", "approved", "drawn", "participated", "mobilized", "mobilised", "exported",
        "imported", "invested", "registered", "conducted", "held", "hosted", "welcomed", "trained", "sent", "made",
        "granted", "achieved", "earned", "collected", "raised", "paid", "carried", "implemented", "launched", "built",
        "ký", "kết", "thu", "hút", "đạt", "tổ", "chức", "tiếp", "nhận", "cấp", "phép", "đón", "giải", "ngân", "vận",
        "động", "công", "đầu", "tư", "xuất", "khẩu", "tham",
    ]
    /// Capitalized nouns that name an event ("the Forum"), looked up in earlier sentences for its date.
    static let eventNouns: Set<String> = [
        "forum", "exhibition", "conference", "summit", "workshop", "seminar", "festival", "fair", "meeting", "dialogue",
        "expo", "ceremony", "congress", "session", "webinar",
    ]
    /// Words after a value that make it a rate per year.
    static let perYear: [[String]] = [
        ["per", "year"], ["a", "year"], ["each", "year"], ["every", "year"], ["annually"], ["per", "annum"], ["yearly"],
        ["mỗi", "năm"], ["hằng", "năm"], ["hàng", "năm"], ["/", "năm"], ["một", "năm"],
    ]

    /// The day the article's figures were stated: the article date, or the day before when it
    /// reports an event held "yesterday" ("hôm qua").
    /// - Returns: the day, and a note for `period_note` when it differs from the article date.
    public static func statementDate(_ article: Article, articleDate: Day) -> (Day, String) {
        for s in article.sentences {
            let words = article.tokens[s.range].filter { $0.kind == .word }.map(\.lower)
            let yesterday = words.contains("yesterday") || zip(words, words.dropFirst()).contains { $0 == "hôm" && $1 == "qua" }
            let event = words.contains { ["held", "said", "statement", "told", "opened", "closed", "diễn", "khai", "bế", "tổ"].contains($0) }
            if yesterday && event {
                let d = articleDate.adding(days: -1)
                return (d, "; statement date \(d.iso): the article, dated \(articleDate.iso), reports an event held 'yesterday'")
            }
        }
        return (articleDate, "")
    }

    /// Extracts the candidates of an article.
    /// - Parameters:
    ///   - article: the article.
    ///   - date: the article's date.
    ///   - calendar: events with known dates, for "since the 31st Diplomatic Conference".
    ///   - includeAll: whether to include numbers that are not figures (ordinals, dates, …).
    /// - Returns: the candidates in text order.
    public static func extract(_ article: Article, date: Day, calendar: EventCalendar = EventCalendar(), includeAll: Bool = false) -> [Candidate] {
        let (stated, statedNote) = statementDate(article, articleDate: date)
        let context = PeriodContext(articleDate: date, statementDate: stated, statementNote: statedNote, calendar: calendar)
        let tokens = article.tokens
        let scans = article.sentences.map { PeriodReader.scan(article, $0, context) }
        var contextPhrase: PeriodPhrase? = nil
        var contextFromQuestion = false
        var out: [Candidate] = []

        for (si, sentence) in article.sentences.enumerated() {
            let scan = scans[si]
            if sentence.isQuestion {
                contextPhrase = scan.phrases.first { $0.kind != .day && $0.kind != .asOf }
                contextFromQuestion = true
            } else if let since = scan.phrases.first(where: { $0.kind == .since }) {
                contextPhrase = since
                contextFromQuestion = false
            }
            func w(_ k: Int) -> String? { k >= sentence.first && k <= sentence.last && tokens[k].kind == .word ? tokens[k].lower : nil }
            var found: [Candidate] = []
            var quoteSpans: [ClosedRange<Int>] = []
            for m in MentionFinder.find(article, sentence) {
                var notes = m.notes
                var amountFirst = m.first
                var currency: UnitWords.Reading? = nil
                if m.form == .digits || m.form == .words, let c = UnitWords.currencyBefore(tokens, number: m.first), c.first >= sentence.first {
                    currency = c; amountFirst = c.first
                }
                var qualifier = "exact"
                var spanFirst = amountFirst
                if let q = QualifierWords.before(tokens, at: amountFirst), q.first >= sentence.first {
                    qualifier = q.qualifier; spanFirst = q.first
                }
                if m.form == .listCount { qualifier = "at-least" }
                var lastUsed = m.last
                var scale: ScaleWords.Reading? = nil
                if m.form == .digits || m.form == .words, let s = ScaleWords.read(tokens, at: m.last + 1, afterMoney: currency != nil), s.last <= sentence.last {
                    scale = s; lastUsed = s.last
                    if !s.note.isEmpty { notes.append(s.note) }
                }
                var unit = currency?.unit ?? "count"
                if m.form == .digits || m.form == .words, let u = UnitWords.unitAfter(tokens, at: lastUsed + 1), u.last <= sentence.last {
                    if currency == nil || u.unit == currency!.unit { unit = u.unit }
                    lastUsed = u.last
                }
                if m.form == .fraction { unit = "percent" }
                var value = m.value * (scale?.factor ?? 1)
                // A rate: "US$ 300 million per year".
                var isRate = false
                if let p = perYear.first(where: { ph in ph.enumerated().allSatisfy { lastUsed + 1 + $0.offset <= sentence.last && tokens[lastUsed + 1 + $0.offset].lower == $0.element } }) {
                    isRate = true
                    notes.append("a rate per year ('\(article.text(tokens: lastUsed + 1, lastUsed + p.count))')")
                    lastUsed += p.count
                }
                let earlier = found.contains { c in
                    c.role.isFigure && c.token < m.first && !(c.token..<m.first).contains { tokens[$0].text == "," || tokens[$0].text == ";" }
                }
                let role = RoleClassifier.classify(m, article, sentence, timeRole: scan.timeRoles[m.first], unit: unit,
                                                   hasScale: scale != nil, qualifier: qualifier, earlierFigureInClause: earlier)
                if role == .growth, RoleClassifier.changeSign(m, article, sentence) == -1 {
                    value = -value
                    notes.append("a fall, written negative")
                }
                if role == .growth {
                    // Widen the quote to the change words ("an increase of", "tăng") and the comparison.
                    var j = spanFirst - 1
                    while j >= sentence.first, j >= spanFirst - 4, tokens[j].text != "," {
                        if ChangeWords.rise.contains(tokens[j].lower) || ChangeWords.fall.contains(tokens[j].lower) {
                            spanFirst = j
                            if j - 1 >= sentence.first, ["an", "a"].contains(tokens[j - 1].lower) { spanFirst = j - 1 }
                        }
                        j -= 1
                    }
                    var k = lastUsed + 1
                    var after: [String] = []
                    while k <= sentence.last, tokens[k].text != ",", tokens[k].text != ";", tokens[k].text != "." || k < sentence.last, after.count < 10 {
                        if tokens[k].text == "(" { break }
                        after.append(tokens[k].lower); k += 1
                    }
                    let basis = ChangeWords.basis(after)
                    if !basis.isEmpty {
                        notes.append("basis: \(basis)")
                        if after.first == "compared" || after.first == "so" || after.first == "year" { lastUsed = k - 1 }
                    }
                }
                let literal: String
                switch m.form {
                case .partOf: literal = tokens[m.first].text
                default: literal = article.text(tokens: m.first, m.last)
                }
                quoteSpans.append(spanFirst...lastUsed)
                var c = Candidate(
                    article: article.name, byteOffset: article.byteOffsets[tokens[m.first].start], literal: literal,
                    value: m.form == .date ? nil : value, unit: role.isFigure ? unit : "", scale: role.isFigure ? (scale?.scale ?? "one") : "",
                    qualifier: role.isFigure ? qualifier : "", periodStart: nil, periodEnd: nil, periodLabel: "", periodNote: "",
                    quote: "", role: role, note: notes.joined(separator: "; "), token: m.first)
                if role.isFigure {
                    let flow = isRate || (contextFromQuestion && contextPhrase != nil) || clauseHasFlowVerb(article, sentence, m.first)
                    assignPeriod(&c, m, article, sentence, si, scans, contextPhrase, contextFromQuestion, isFlow: flow, stated: stated, statedNote: statedNote)
                }
                found.append(c)
            }
            // Quotes: each figure's clause, cut before the next figure and after the previous one
            // ("have signed 119 agreements" | "and 230 memorandums").
            let figureSpans = quoteSpans.indices.filter { found[$0].role.isFigure }.map { quoteSpans[$0] }
            for idx in found.indices {
                let span = quoteSpans[idx]
                var lo = sentence.first, hi = sentence.last
                if let prev = figureSpans.last(where: { $0.upperBound < span.lowerBound }) {
                    lo = prev.upperBound + 1
                    if let and = (lo..<span.lowerBound).last(where: { ["and", "và", "while"].contains(tokens[$0].lower) }) { lo = and }
                }
                if let next = figureSpans.first(where: { $0.lowerBound > span.upperBound }) {
                    hi = next.lowerBound - 1
                    if let and = ((span.upperBound + 1)..<max(span.upperBound + 1, next.lowerBound)).first(where: { ["and", "và", "while"].contains(tokens[$0].lower) }) { hi = and - 1 }
                }
                found[idx].quote = QuoteFinder.quote(article, sentence, first: span.lowerBound, last: span.upperBound, within: lo...hi).0
            }
            // A stated change describes the level before it in the sentence.
            for idx in found.indices where found[idx].role == .growth {
                if let level = found[..<idx].last(where: { $0.role == .level }), continues(article, from: level.token, to: found[idx].token) {
                    let link = "change of the level at byte \(level.byteOffset) ('\(level.literal)')"
                    found[idx].note = found[idx].note.isEmpty ? link : link + "; " + found[idx].note
                    found[idx].periodStart = level.periodStart
                    found[idx].periodEnd = level.periodEnd
                    found[idx].periodLabel = level.periodLabel
                    found[idx].periodNote = "the period of the level it describes: " + level.periodNote
                } else {
                    let none = "no level stated before it in the sentence"
                    found[idx].note = found[idx].note.isEmpty ? none : none + "; " + found[idx].note
                }
            }
            out += found.filter { includeAll || $0.role.isFigure }
        }
        return out
    }

    /// Whether a stated change at token `change` continues the clause of the level at token
    /// `level`: no comma between them, or the part after the last comma opens with the change
    /// words (", an increase of 111 percent", ", tăng 57,38%", ", down 11%"), not with a new
    /// subject (", attracting FDI increasing by 14.8%").
    static func continues(_ article: Article, from level: Int, to change: Int) -> Bool {
        let tokens = article.tokens
        guard let comma = (level..<change).last(where: { tokens[$0].text == "," || tokens[$0].text == ";" }) else { return true }
        var k = comma + 1
        while k < change, ["an", "a", "with", "representing", "which", "is", "was", "là", "với"].contains(tokens[k].lower) { k += 1 }
        return k < change && (ChangeWords.rise.contains(tokens[k].lower) || ChangeWords.fall.contains(tokens[k].lower))
    }

    /// Whether the comma-separated part of the sentence holding token `i` has a verb of flow.
    static func clauseHasFlowVerb(_ article: Article, _ s: Sentence, _ i: Int) -> Bool {
        let tokens = article.tokens
        var a = i, b = i
        while a > s.first, ![",", ";"].contains(tokens[a - 1].text) { a -= 1 }
        while b < s.last, ![",", ";"].contains(tokens[b + 1].text) { b += 1 }
        return (a...b).contains { tokens[$0].kind == .word && flowVerbs.contains(tokens[$0].lower) }
    }

    /// Gives a figure its period: a phrase of its own sentence (the nearest), else the date of
    /// an event the sentence names ("attended the Forum"), else the period the passage is about
    /// (a question's "since the 31st Diplomatic Conference", an answer's "Since December 2013"),
    /// else a stock standing at the statement date.
    static func assignPeriod(_ c: inout Candidate, _ m: Mention, _ article: Article, _ s: Sentence, _ si: Int, _ scans: [PeriodReader.Scan],
                             _ contextPhrase: PeriodPhrase?, _ contextFromQuestion: Bool, isFlow: Bool, stated: Day, statedNote: String) {
        let tokens = article.tokens
        func distance(_ p: PeriodPhrase) -> Int { p.last < m.first ? m.first - p.last : p.first - m.last }
        let own = scans[si].phrases.filter { !($0.first...$0.last).overlaps(m.first...m.last) }
        func apply(_ p: PeriodPhrase, _ how: String) {
            c.periodLabel = article.text(tokens: p.first, p.last)
            if p.kind == .day && !isFlow {
                c.periodStart = nil; c.periodEnd = p.end
                c.periodNote = how + p.note + "; a count standing on that day"
            } else {
                c.periodStart = p.start; c.periodEnd = p.end
                c.periodNote = how + p.note
            }
        }
        defer {
            if !statedNote.isEmpty, !c.periodNote.contains(statedNote) { c.periodNote += statedNote }
        }
        if let p = own.min(by: { distance($0) < distance($1) }) {
            apply(p, "")
            return
        }
        // An event the sentence names, dated in an earlier sentence.
        let named = (s.first...s.last).filter { k in
            tokens[k].isCapitalized && eventNouns.contains(tokens[k].lower) && k > s.first && tokens[k - 1].lower == "the"
        }
        if let k = named.min(by: { abs($0 - m.first) < abs($1 - m.first) }) {
            let noun = tokens[k].text
            for j in stride(from: si - 1, through: 0, by: -1) {
                let prev = article.sentences[j]
                guard (prev.first...prev.last).contains(where: { tokens[$0].text == noun }),
                      let day = scans[j].phrases.last(where: { $0.kind == .day }) else { continue }
                apply(day, "'the \(noun)' is dated in an earlier sentence: ")
                c.periodLabel = article.text(tokens: day.first, day.last)
                return
            }
        }
        if let p = contextPhrase, isFlow {
            apply(p, contextFromQuestion ? "the question this answers is about '\(article.text(tokens: p.first, p.last))': "
                                         : "the passage is about '\(article.text(tokens: p.first, p.last))': ")
            c.periodLabel = article.text(tokens: p.first, p.last)
            return
        }
        c.periodStart = nil
        c.periodEnd = stated
        c.periodLabel = ""
        c.periodNote = "no period stated for it: read as standing at \(stated.iso), the day it was stated; check"
    }
}
