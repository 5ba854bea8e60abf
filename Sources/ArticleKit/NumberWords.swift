import Foundation

/// Numbers written as words: cardinals ("two", "twenty-five", "hai", "mười"), ordinals
/// ("first", "21st" is read elsewhere, "thứ nhất") and fractions ("a fifth", "two thirds",
/// "một nửa", "một phần năm").
public enum NumberWords {
    /// A number read from words.
    public struct Reading: Sendable, Equatable {
        /// The value.
        public var value: Decimal
        /// Index of the last token of the words.
        public var last: Int
    }

    /// A fraction read from words.
    public struct Fraction: Sendable, Equatable {
        /// The numerator.
        public var numerator: Int
        /// The denominator.
        public var denominator: Int
        /// Index of the last token.
        public var last: Int
    }

    static let enUnits: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let enTens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let enOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "firstly": 1, "secondly": 2, "thirdly": 3, "fourthly": 4, "fifthly": 5,
    ]
    /// Denominators of English fractions, singular and plural ("a fifth", "two fifths").
    static let enDenominators: [String: Int] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]
    static let viUnits: [String: Int] = [
        "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]
    /// Words after which Vietnamese "năm" means "year", not "five" ("năm nay", "năm 2023").
    static let viYearContext: Set<String> = [
        "nay", "qua", "tới", "trước", "sau", "ngoái", "học", "đó", "này", "ấy", "tài", "mới", "sau", "kế",
    ]

    /// Reads a cardinal number written in words starting at token `i`.
    ///
    /// English: units, teens, tens, hyphenated compounds ("twenty-five"), "hundred" ("two hundred
    /// and five"), "a dozen", "a hundred". Vietnamese: "một" to "chín", "mười", "mươi" tens, "lăm",
    /// "mốt", "tư" in compounds ("hai mươi lăm" = 25), "trăm". Vietnamese "năm" is five only when
    /// a noun follows that is not a year word ("năm tỉnh" = five provinces; "năm 2023", "năm nay",
    /// "5 năm" are years).
    /// - Returns: the value and the last token, or nil when no number word starts at `i`.
    public static func cardinal(_ tokens: [Token], at i: Int, language: ArticleLanguage) -> Reading? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        switch language {
        case .en: return english(tokens, i)
        case .vi: return vietnamese(tokens, i)
        }
    }

    static func word(_ tokens: [Token], _ i: Int) -> String? {
        i < tokens.count && tokens[i].kind == .word ? tokens[i].lower : nil
    }

    static func english(_ tokens: [Token], _ i: Int) -> Reading? {
        let w = tokens[i].lower
        if w == "a" || w == "an" {
            if word(tokens, i + 1) == "dozen" { return Reading(value: 12, last: i + 1) }
            if word(tokens, i + 1) == "hundred" { return Reading(value: 100, last: i + 1) }
            return nil
        }
        var value = 0
        var last = i
        if let u = enUnits[w] { value = u }
        else if let t = enTens[w] {
            value = t
            // twenty-five
            if i + 2 < tokens.count, tokens[i + 1].text == "-", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
               let u = enUnits[tokens[i + 2].lower], (1...9).contains(u) {
                value += u; last = i + 2
            }
        } else if w == "dozen" { value = 12 } else { return nil }
        if word(tokens, last + 1) == "hundred" {
            value *= 100; last += 1
            var j = last + 1
            if word(tokens, j) == "and" { j += 1 }
            if let r = english(tokens, j), r.value < 100, r.value > 0 {
                value += NSDecimalNumber(decimal: r.value).intValue; last = r.last
            }
        }
        return Reading(value: Decimal(value), last: last)
    }

    static func vietnamese(_ tokens: [Token], _ i: Int) -> Reading? {
        let w = tokens[i].lower
        var value: Int
        var last = i
        if w == "mười" { value = 10 }
        else if let u = viUnits[w] {
            value = u
            if w == "năm" {
                // "năm" alone is "year" unless a noun that is not a year word follows.
                guard let next = word(tokens, i + 1), !viYearContext.contains(next),
                      i == 0 || tokens[i - 1].kind != .number else { return nil }
                if i > 0, ["trong", "mỗi", "hằng", "hàng", "các", "những", "cả", "từ", "đến", "vào", "giai"].contains(tokens[i - 1].lower) { return nil }
            }
        } else { return nil }
        // Tens: "hai mươi", "mười lăm", then "trăm".
        if value < 10, word(tokens, last + 1) == "mươi" { value *= 10; last += 1 }
        if value >= 10, value % 10 == 0, let next = word(tokens, last + 1) {
            let tail: [String: Int] = ["một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9]
            if let u = tail[next], !(value == 10 && next == "mốt"), !(value == 10 && next == "tư") { value += u; last += 1 }
        }
        if value < 10, word(tokens, last + 1) == "trăm" {
            value *= 100; last += 1
            if let r = vietnamese(tokens, last + 1), r.value < 100 {
                value += NSDecimalNumber(decimal: r.value).intValue; last = r.last
            }
        }
        return Reading(value: Decimal(value), last: last)
    }

    /// Reads an ordinal word starting at token `i`: "first" to "twentieth", "twenty-first",
    /// "firstly"; Vietnamese "thứ nhất", "thứ hai", … (the word after "thứ").
    /// - Returns: the ordinal and the last token, or nil.
    public static func ordinal(_ tokens: [Token], at i: Int, language: ArticleLanguage) -> Reading? {
        guard let w = word(tokens, i) else { return nil }
        switch language {
        case .vi:
            guard w == "thứ", let next = word(tokens, i + 1) else { return nil }
            if next == "nhất" { return Reading(value: 1, last: i + 1) }
            if next == "tư" { return Reading(value: 4, last: i + 1) }
            if let r = vietnamese(tokens, i + 1) { return Reading(value: r.value, last: r.last) }
            return nil
        case .en:
            if let o = enOrdinals[w] { return Reading(value: Decimal(o), last: i) }
            if let t = enTens[w], i + 2 < tokens.count, tokens[i + 1].text == "-", !tokens[i + 2].spaceBefore,
               let o = enOrdinals[tokens[i + 2].lower], o < 10 {
                return Reading(value: Decimal(t + o), last: i + 2)
            }
            return nil
        }
    }

    /// Reads a fraction in words starting at token `i`: "half", "a half", "a fifth", "one
    /// third", "two thirds", "three quarters"; Vietnamese "một nửa", "nửa", "một phần năm",
    /// "hai phần ba".
    /// - Returns: the fraction and its last token, or nil.
    public static func fraction(_ tokens: [Token], at i: Int, language: ArticleLanguage) -> Fraction? {
        guard let w = word(tokens, i) else { return nil }
        switch language {
        case .vi:
            if w == "nửa" { return Fraction(numerator: 1, denominator: 2, last: i) }
            guard let n = viUnits[w] ?? (w == "mười" ? 10 : nil), n > 0 else { return nil }
            if word(tokens, i + 1) == "nửa", n == 1 { return Fraction(numerator: 1, denominator: 2, last: i + 1) }
            guard word(tokens, i + 1) == "phần", let dw = word(tokens, i + 2) else { return nil }
            let d = dw == "tư" ? 4 : dw == "mười" ? 10 : viUnits[dw]
            guard let den = d, den > n else { return nil }
            return Fraction(numerator: n, denominator: den, last: i + 2)
        case .en:
            if w == "half" { return Fraction(numerator: 1, denominator: 2, last: i) }
            let num: Int
            if w == "a" || w == "an" { num = 1 } else if let u = enUnits[w], u > 0, u < 10 { num = u } else { return nil }
            guard let dw = word(tokens, i + 1), let den = enDenominators[dw] else { return nil }
            // "one second" is time, "a second" an ordinal; "a fourth" only reads as a fraction before "of".
            if den == 2, dw != "half" { return nil }
            if (dw.hasSuffix("s")) != (num > 1) && !(num == 1 && dw == "half") { return nil }
            // "a third term", "the fifth wave" are ordinals: a fraction is followed by "of", a
            // preposition or punctuation, not by a noun.
            let after: Set<String> = ["of", "in", "on", "from", "to", "than", "compared", "since", "over", "during", "and", "or", "last", "this", "year", "so"]
            if let next = word(tokens, i + 2), !after.contains(next) { return nil }
            if num >= den { return nil }
            return Fraction(numerator: num, denominator: den, last: i + 1)
        }
    }
}
