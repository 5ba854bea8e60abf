/// The language an article is written in, which decides how numbers are read:
/// in English `1,100` is one thousand one hundred and `51.53` a decimal; in Vietnamese `1.246`
/// is one thousand two hundred forty-six and `57,38` a decimal.
public enum ArticleLanguage: String, Sendable, CaseIterable, Codable {
    /// English.
    case en
    /// Vietnamese.
    case vi

    /// True when a past span may start with a number word rather than digits ("năm năm qua",
    /// five past years): Vietnamese reads such spans from words, English only from digits.
    public var countsPastSpansInWords: Bool {
        switch self {
        case .en: false
        case .vi: true
        }
    }

    /// Guesses the language from its commonest function words.
    ///
    /// English names with Vietnamese diacritics ("Bùi Thanh Sơn", "đổi mới") do not make an
    /// English article Vietnamese: only words such as "của", "và", "các", "được" count.
    /// - Parameter tokens: the article's tokens.
    /// - Returns: `.vi` when Vietnamese function words outnumber English ones, else `.en`.
    public static func detect(_ tokens: [Token]) -> ArticleLanguage {
        let vi: Set<String> = ["của", "và", "các", "được", "những", "trong", "với", "cho", "đã", "là", "có", "này", "năm", "tăng", "không", "người"]
        let en: Set<String> = ["the", "and", "of", "to", "in", "with", "for", "is", "are", "has", "have", "was", "were", "that", "by"]
        var nv = 0, ne = 0
        for t in tokens where t.kind == .word {
            if vi.contains(t.lower) { nv += 1 } else if en.contains(t.lower) { ne += 1 }
        }
        return nv > ne ? .vi : .en
    }
}
