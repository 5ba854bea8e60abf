/// Decides what a number is: a figure (level, growth, share, rank) or an ordinal, a date, a
/// duration, a document number, a back-reference or a threshold.
public enum RoleClassifier {
    /// Words after which a number names a document or a thing ("Resolution No. 8", "Directive 15").
    static let identifierWords: Set<String> = [
        "no", "number", "resolution", "directive", "decree", "decision", "circular", "article", "clause", "chapter",
        "section", "law", "conclusion", "cop", "covid", "g", "room", "route", "highway", "page", "item", "phase",
        "số", "nghị", "quyết", "chỉ", "thị", "điều", "khoản", "chương", "comment", "comments", "version", "level",
    ]
    /// Nouns that make "the two ..." point back at things already named.
    static let referenceNouns: Set<String> = [
        "sides", "countries", "nations", "parties", "documents", "leaders", "governments", "delegations", "ministers",
        "men", "women", "organizations", "organisations", "companies", "partners", "bên", "nước",
    ]
    /// Units of time: a number before one is a duration.
    static let timeUnits: Set<String> = [
        "year", "years", "month", "months", "day", "days", "week", "weeks", "decade", "decades", "hour", "hours",
        "minute", "minutes", "năm", "tháng", "ngày", "tuần", "thập", "giờ", "phút", "quý",
    ]

    /// The role of a mention, from the words around it.
    /// - Parameters:
    ///   - m: the mention.
    ///   - article: the article.
    ///   - sentence: its sentence.
    ///   - timeRole: the role the period reader gave its tokens, if any.
    ///   - unit: the unit read next to it (`percent`, a currency, or `count`).
    ///   - hasScale: whether a scale word follows it.
    ///   - earlierFigureInClause: whether another figure comes before it in the same clause.
    /// - Returns: the role.
    public static func classify(_ m: Mention, _ article: Article, _ sentence: Sentence, timeRole: Role?,
                                unit: String, hasScale: Bool, qualifier: String, earlierFigureInClause: Bool) -> Role {
        let tokens = article.tokens
        func w(_ k: Int) -> String? { k >= sentence.first && k <= sentence.last && tokens[k].kind == .word ? tokens[k].lower : nil }
        func t(_ k: Int) -> Token? { k >= sentence.first && k <= sentence.last ? tokens[k] : nil }
        let prev = w(m.first - 1)
        if m.form == .date { return .date }
        if let timeRole { return timeRole }
        let rankWords: Set<String> = ["ranked", "ranks", "rank", "ranking", "đứng", "xếp", "hạng", "top"]
        if m.form == .ordinal {
            if let p = prev, rankWords.contains(p) { return .rank }
            if let p = w(m.first - 2), w(m.first - 1) == "thứ", rankWords.contains(p) { return .rank }
            return .ordinal
        }
        // Vietnamese "thứ 9" in digits: an ordinal, or a rank after "đứng"/"xếp".
        if prev == "thứ" {
            if let p = w(m.first - 2), rankWords.contains(p) { return .rank }
            return .ordinal
        }
        if prev == "top" { return .rank }
        if m.form == .listCount { return .level }
        // Identifiers: "No. 8", "Directive 15", "COP 28", "COVID-19", "Comment (0)".
        if let p = t(m.first - 1) {
            if p.kind == .word, identifierWords.contains(p.lower) || (p.text.count >= 2 && p.text.allSatisfy { $0.isUppercase } && unit == "count" && !hasScale && !["US", "USD", "VND", "EUR"].contains(p.text)) {
                if !p.text.allSatisfy({ $0.isUppercase }) || m.form == .digits { return .identifier }
            }
            if p.text == ".", let pp = w(m.first - 2), pp == "no" { return .identifier }
            if p.text == "-", !p.spaceBefore, !tokens[m.first].spaceBefore, let pp = t(m.first - 2), pp.kind == .word { return .identifier }
            if p.text == "(", let pp = w(m.first - 2), identifierWords.contains(pp) { return .identifier }
            if p.text == "#" { return .identifier }
        }
        if let n = t(m.last + 1), n.text == ":", !n.spaceBefore, let n2 = t(m.last + 2), n2.kind == .number, !n2.spaceBefore { return .date }
        if let p = t(m.first - 1), p.text == ":", !p.spaceBefore, let pp = t(m.first - 2), pp.kind == .number { return .date }
        // A bare year is a date.
        if m.form == .digits, let y = DateExpression.isYear(tokens[m.first]), y > 0, unit == "count", !hasScale, qualifier == "exact" {
            return .date
        }
        // Durations: "5 years", "nearly 35 years of", "10 years ago", "3 to 5 years", "half of the term".
        var k = m.last + 1
        if let n = t(k), n.text == "-", !n.spaceBefore { k += 1 }
        if let u = w(k), timeUnits.contains(u), unit == "count", !hasScale { return .duration }
        if let to = w(m.last + 1), to == "to" || to == "or" || to == "đến", let n = t(m.last + 2), n.kind == .number || NumberWords.enUnits[n.lower] != nil,
           let u = w(m.last + 3), timeUnits.contains(u) { return .duration }
        if m.form == .fraction, w(m.last + 1) == "of", let n = w(m.last + 2) == "the" ? w(m.last + 3) : w(m.last + 2),
           ["term", "year", "month", "period", "decade", "century", "tenure"].contains(n) { return .duration }
        // Back-references: "the two countries", "one of the".
        if m.form == .words {
            if prev == "the", let n = w(m.last + 1), referenceNouns.contains(n) { return .reference }
            if w(m.last + 1) == "of", w(m.last + 2) == "the" || w(m.last + 2) == "them" { return .reference }
        }
        // A bound on what is counted: "30 items having export turnover exceeding 1 billion USD".
        if earlierFigureInClause, qualifier != "exact" {
            // The cue ("having", "whose", "có") stands between the earlier figure's noun and the
            // bound, with the bound's own noun in between ("having export turnover exceeding").
            var j = m.first - 3
            while j >= sentence.first, j >= m.first - 8, tokens[j].text != "," {
                if let x = w(j), ["having", "whose", "worth", "có"].contains(x) { return .threshold }
                j -= 1
            }
        }
        if unit == "percent" || unit == "pp" {
            if isChange(m, article, sentence) { return .growth }
            return .share
        }
        if m.form == .fraction { return .share }
        return .level
    }

    /// Whether a percentage is a stated change: a word of rise or fall shortly before it, or a
    /// comparison ("compared to", "so với", "year on year") right after it.
    public static func isChange(_ m: Mention, _ article: Article, _ sentence: Sentence) -> Bool {
        changeSign(m, article, sentence) != nil
    }

    /// +1 for a rise, -1 for a fall, nil when the percentage is not a stated change.
    public static func changeSign(_ m: Mention, _ article: Article, _ sentence: Sentence) -> Int? {
        let tokens = article.tokens
        var j = m.first - 1
        var steps = 0
        while j >= sentence.first, steps < 5 {
            let t = tokens[j]
            if t.text == "," || t.text == ";" { break }
            if t.kind == .word {
                if ChangeWords.fall.contains(t.lower) { return -1 }
                if ChangeWords.rise.contains(t.lower) { return 1 }
                if ChangeWords.share.contains(t.lower) { return nil }
            }
            j -= 1; steps += 1
        }
        // Comparison after the unit: "22 percent compared to the previous period".
        var k = m.last + 1
        while k <= sentence.last, k <= m.last + 3, tokens[k].kind != .word || ["percent", "per", "cent", "phần", "trăm", "percentage", "points"].contains(tokens[k].lower) { k += 1 }
        for phrase in ChangeWords.comparison {
            if phrase.enumerated().allSatisfy({ k + $0.offset <= sentence.last && tokens[k + $0.offset].lower == $0.element }) { return 1 }
        }
        return nil
    }
}
