import Foundation

/// A number found in an article, before its role, unit and period are read.
public struct Mention: Sendable, Equatable {
    /// How the number is written.
    public enum Form: Sendable, Equatable {
        /// In digits ("1,100", "57,38").
        case digits
        /// In words ("seven", "hai").
        case words
        /// A fraction ("a fifth", "1/5"); the value is in percent.
        case fraction
        /// A part of a whole written "61/63" before a noun (a denominator above ten): the value is
        /// the first number.
        case partOf
        /// An ordinal ("21st", "first", "thứ 9").
        case ordinal
        /// A count of the items of a list of names ("Ho Chi Minh City, Bac Ninh, ... and Hai Phong").
        case listCount
        /// A date written in figures with slashes ("19/12/2023", "12/2023"): one date, not a
        /// fraction or two numbers; it has no value.
        case date
    }

    /// How the number is written.
    public var form: Form
    /// Index of the first token of the number as written.
    public var first: Int
    /// Index of its last token.
    public var last: Int
    /// The value read from the literal (before the sign of a fall or a scale factor).
    public var value: Decimal
    /// Notes on how the literal was read.
    public var notes: [String] = []
}

/// Finds the numbers of a sentence: digits, number words, fractions, ordinals and lists of names.
public enum MentionFinder {
    /// Words after which a capitalized run is not the start of a list of names.
    static let listVerbs: Set<String> = ["are", "were", "is", "was", "have", "has", "had", "will", "đã", "đều", "sẽ", "là"]

    /// The numbers of `sentence`, in text order.
    public static func find(_ article: Article, _ sentence: Sentence) -> [Mention] {
        let tokens = article.tokens
        let lang = article.language
        var out: [Mention] = []
        var i = sentence.first
        func t(_ k: Int) -> Token? { k >= sentence.first && k <= sentence.last ? tokens[k] : nil }
        while i <= sentence.last {
            let tok = tokens[i]
            if tok.kind == .number {
                // Ordinal written with a suffix: 21st, 16th.
                if let s = t(i + 1), s.kind == .word, !s.spaceBefore, ["st", "nd", "rd", "th"].contains(s.lower) {
                    out.append(Mention(form: .ordinal, first: i, last: i + 1, value: Decimal(string: tok.text) ?? 0))
                    i += 2; continue
                }
                // 19/12/2023, 12/2023, ngày 1/5: a date, before any reading as a fraction.
                if let d = DateExpression.readSlashed(tokens, at: i, defaultYear: 2000), d.last <= sentence.last {
                    var m = Mention(form: .date, first: i, last: d.last, value: 0)
                    m.notes.append("'\(article.text(tokens: i, d.last))' read as a date")
                    out.append(m)
                    i = d.last + 1; continue
                }
                guard let r = NumberNotation.read(tok.text, language: lang) else { i += 1; continue }
                // a/b: a fraction (1/5, 1/5 of) or a part of a whole before a noun (61/63 provinces).
                if let slash = t(i + 1), slash.text == "/", !slash.spaceBefore, let b = t(i + 2), b.kind == .number, !b.spaceBefore,
                   let rb = NumberNotation.read(b.text, language: lang), rb.value > r.value, rb.value > 0,
                   !(t(i + 3)?.text == "/" && t(i + 3)?.spaceBefore == false) {
                    // "61/63 provinces" counts 61 of 63; "1/5 kim ngạch", "1/5 of" is a fifth (a small denominator).
                    if let next = t(i + 3), next.kind == .word, next.lower != "of", next.lower != "của", rb.value > 10 {
                        var m = Mention(form: .partOf, first: i, last: i, value: r.value)
                        m.notes.append("'\(tok.text)/\(b.text)' read as \(tok.text) of \(b.text)")
                        out.append(m)
                    } else {
                        var m = Mention(form: .fraction, first: i, last: i + 2, value: percent(r.value, rb.value))
                        m.notes.append("'\(tok.text)/\(b.text)' = \(NumberNotation.plain(percent(r.value, rb.value)))%")
                        out.append(m)
                    }
                    i += 3; continue
                }
                var m = Mention(form: .digits, first: i, last: i, value: r.value)
                if !r.note.isEmpty { m.notes.append(r.note) }
                out.append(m)
                i += 1; continue
            }
            if tok.kind == .word {
                if let f = NumberWords.fraction(tokens, at: i, language: lang), f.last <= sentence.last {
                    let v = percent(Decimal(f.numerator), Decimal(f.denominator))
                    var m = Mention(form: .fraction, first: i, last: f.last, value: v)
                    m.notes.append("'\(article.text(tokens: i, f.last))' = \(f.numerator)/\(f.denominator) = \(NumberNotation.plain(v))%")
                    out.append(m)
                    i = f.last + 1; continue
                }
                if let o = NumberWords.ordinal(tokens, at: i, language: lang), o.last <= sentence.last {
                    out.append(Mention(form: .ordinal, first: i, last: o.last, value: o.value))
                    i = o.last + 1; continue
                }
                if let c = NumberWords.cardinal(tokens, at: i, language: lang), c.last <= sentence.last, keepsCardinal(tokens, i, c.last, sentence) {
                    var m = Mention(form: .words, first: i, last: c.last, value: c.value)
                    m.notes.append("'\(article.text(tokens: i, c.last))' written as a word")
                    out.append(m)
                    i = c.last + 1; continue
                }
                if let l = list(article, sentence, at: i) {
                    out.append(l)
                    i = l.last + 1; continue
                }
            }
            i += 1
        }
        return out
    }

    /// `a / b` in percent, to six decimals.
    static func percent(_ a: Decimal, _ b: Decimal) -> Decimal {
        var q = a * 100 / b
        var r = Decimal()
        NSDecimalRound(&r, &q, 6, .plain)
        return r
    }

    /// Whether a cardinal word is a number here: "one" must come before a noun ("one project"),
    /// not be a pronoun ("one of", "one another", "no one").
    static func keepsCardinal(_ tokens: [Token], _ i: Int, _ last: Int, _ s: Sentence) -> Bool {
        let w = tokens[i].lower
        guard w == "one" || w == "một" else { return true }
        guard last + 1 <= s.last, tokens[last + 1].kind == .word else { return false }
        let next = tokens[last + 1].lower
        if ["another", "by", "that", "which", "who", "the", "a", "and", "or", "số", "cách", "trong"].contains(next) { return false }
        if i > s.first, ["no", "the", "any", "every", "each", "which", "this", "that"].contains(tokens[i - 1].lower) { return false }
        return true
    }

    /// A list of three or more names the sentence counts by naming them: capitalized names
    /// (one to four words each) separated by commas, the last after "and" ("và"), standing as
    /// the subject of a verb ("... Thai Nguyen and Hai Phong exceeded ..."). Lists inside a
    /// phrase ("localities of Vietnam, Laos and Cambodia, East-West ...") are not counts.
    static func list(_ article: Article, _ s: Sentence, at i: Int) -> Mention? {
        let tokens = article.tokens
        guard tokens[i].isCapitalized, i > s.first, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              !["the", "a", "an"].contains(tokens[i - 1].lower) else { return nil }
        var items: [String] = []
        var k = i
        var sawAnd = false
        while k <= s.last {
            var j = k
            while j <= s.last, tokens[j].isCapitalized, j - k < 4 { j += 1 }
            guard j > k else { return nil }
            items.append(article.text(tokens: k, j - 1))
            if sawAnd {
                // After the last item: a verb.
                guard j <= s.last, tokens[j].kind == .word, !tokens[j].isCapitalized else { return nil }
                let v = tokens[j].lower
                guard v.hasSuffix("ed") || listVerbs.contains(v) else { return nil }
                guard items.count >= 3 else { return nil }
                var m = Mention(form: .listCount, first: i, last: j - 1, value: Decimal(items.count))
                m.notes.append("count of the \(items.count) names the source lists (\(items.joined(separator: ", "))); at-least: the source does not say the list is complete")
                return m
            }
            guard j <= s.last else { return nil }
            if tokens[j].text == "," {
                j += 1
                if j <= s.last, ["and", "và"].contains(tokens[j].lower) { j += 1; sawAnd = true }
            } else if ["and", "và"].contains(tokens[j].lower) {
                j += 1; sawAnd = true
            } else { return nil }
            k = j
        }
        return nil
    }
}
