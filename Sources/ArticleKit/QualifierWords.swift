/// Words that qualify a figure ("nearly", "more than", "gần", "hơn"), read as the dataset's
/// qualifiers: `about`, `nearly`, `more-than`, `at-least`, `less-than`, `at-most`; a plain
/// number is `exact`.
public enum QualifierWords {
    /// A qualifier read before a number.
    public struct Reading: Sendable, Equatable {
        /// The qualifier as the `qualifier` column writes it.
        public var qualifier: String
        /// Index of the first token of the qualifying words.
        public var first: Int
    }

    /// Phrases, as lowercased token sequences, longest first within each qualifier.
    static let table: [([String], String)] = [
        // more-than
        (["more", "than"], "more-than"), (["over"], "more-than"), (["above"], "more-than"), (["exceeding"], "more-than"),
        (["in", "excess", "of"], "more-than"), (["upwards", "of"], "more-than"), (["greater", "than"], "more-than"),
        (["tới", "hơn"], "more-than"), (["lên", "tới", "hơn"], "more-than"), (["hơn"], "more-than"), (["trên"], "more-than"),
        (["vượt"], "more-than"), (["vượt", "quá"], "more-than"),
        // at-least
        (["at", "least"], "at-least"), (["no", "fewer", "than"], "at-least"), (["no", "less", "than"], "at-least"),
        (["ít", "nhất"], "at-least"), (["tối", "thiểu"], "at-least"), (["không", "dưới"], "at-least"),
        // nearly
        (["nearly"], "nearly"), (["close", "to"], "nearly"), (["almost"], "nearly"), (["neared"], "nearly"),
        (["nearing"], "nearly"), (["just", "under"], "nearly"), (["gần"], "nearly"), (["suýt"], "nearly"),
        (["xấp", "xỉ"], "nearly"),
        // about
        (["about"], "about"), (["some"], "about"), (["around"], "about"), (["approximately"], "about"),
        (["roughly"], "about"), (["an", "estimated"], "about"), (["estimated", "at"], "about"), (["estimated"], "about"),
        (["an", "estimate", "of"], "about"), (["circa"], "about"), (["approx", "."], "about"),
        (["khoảng"], "about"), (["ước", "đạt"], "about"), (["ước", "tính"], "about"), (["ước"], "about"),
        (["chừng"], "about"), (["khoảng", "chừng"], "about"),
        // less-than / at-most
        (["less", "than"], "less-than"), (["fewer", "than"], "less-than"), (["under"], "less-than"),
        (["below"], "less-than"), (["dưới"], "less-than"), (["chưa", "đến"], "less-than"), (["chưa", "tới"], "less-than"),
        (["at", "most"], "at-most"), (["up", "to"], "at-most"), (["no", "more", "than"], "at-most"),
        (["tối", "đa"], "at-most"), (["nhiều", "nhất"], "at-most"),
    ]

    /// The qualifier written right before token `i` (the first token of the amount, or of its
    /// currency sign). "Over" and "trên" count only right before the amount ("over 30 items",
    /// not "over the past two years").
    /// - Returns: the qualifier and where its words start, or nil for an exact figure.
    public static func before(_ tokens: [Token], at i: Int) -> Reading? {
        var best: Reading? = nil
        var bestLength = 0
        for (words, q) in table {
            let start = i - words.count
            guard start >= 0, words.count > bestLength else { continue }
            if words.enumerated().allSatisfy({ tokens[start + $0.offset].lower == $0.element && tokens[start + $0.offset].kind != .lineBreak }) {
                best = Reading(qualifier: q, first: start); bestLength = words.count
            }
        }
        // "a total of", "đạt" and similar words between a qualifier and the number are not read here.
        return best
    }
}
