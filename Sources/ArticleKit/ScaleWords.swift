import Foundation

/// Words that multiply a number: thousand, million, billion, trillion (en); nghìn, ngàn, triệu,
/// tỷ, nghìn tỷ (vi).
///
/// The output writes values at the scales the dataset knows (`one`, `thousand`, `million`,
/// `billion`): a trillion ("nghìn tỷ") is written as thousands of billions, with a note.
public enum ScaleWords {
    /// A scale word read after a number.
    public struct Reading: Sendable, Equatable {
        /// The scale as the `scale` column writes it.
        public var scale: String
        /// What to multiply the number by to write it at `scale` (1000 for a trillion).
        public var factor: Decimal
        /// Index of the last token of the scale words.
        public var last: Int
        /// A note for unusual readings, else empty.
        public var note: String
    }

    /// The scale words of each language, longest first, as lowercased token sequences.
    static let table: [(words: [String], scale: String, factor: Decimal, note: String)] = [
        (["nghìn", "tỷ"], "billion", 1000, "'nghìn tỷ' (a thousand billion) written in billions"),
        (["ngàn", "tỷ"], "billion", 1000, "'ngàn tỷ' (a thousand billion) written in billions"),
        (["nghìn", "tỉ"], "billion", 1000, "'nghìn tỉ' (a thousand billion) written in billions"),
        (["trillion"], "billion", 1000, "a trillion written as a thousand billion"),
        (["trillions"], "billion", 1000, "a trillion written as a thousand billion"),
        (["tn"], "billion", 1000, "a trillion written as a thousand billion"),
        (["billion"], "billion", 1, ""), (["billions"], "billion", 1, ""), (["bn"], "billion", 1, ""),
        (["bln"], "billion", 1, ""), (["tỷ"], "billion", 1, ""), (["tỉ"], "billion", 1, ""),
        (["million"], "million", 1, ""), (["millions"], "million", 1, ""), (["mn"], "million", 1, ""),
        (["mln"], "million", 1, ""), (["triệu"], "million", 1, ""),
        (["thousand"], "thousand", 1, ""), (["thousands"], "thousand", 1, ""), (["nghìn"], "thousand", 1, ""),
        (["ngàn"], "thousand", 1, ""),
    ]

    /// Reads a scale word starting at token `i` ("billion", "tỷ", "nghìn tỷ"). "m" and "k" count
    /// only straight after a money amount without a space ("$300m", "US$5k").
    /// - Parameters:
    ///   - tokens: the article's tokens.
    ///   - i: where the scale word would start.
    ///   - afterMoney: whether a currency sign came before the number.
    /// - Returns: the scale, or nil.
    public static func read(_ tokens: [Token], at i: Int, afterMoney: Bool = false) -> Reading? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        for entry in table {
            guard i + entry.words.count <= tokens.count else { continue }
            if entry.words.enumerated().allSatisfy({ tokens[i + $0.offset].lower == $0.element }) {
                // "thousands of" is vague ("thousands of people"), not a scale.
                if entry.words.count == 1, entry.words[0].hasSuffix("s"), entry.words[0] != "bn" {
                    return nil
                }
                return Reading(scale: entry.scale, factor: entry.factor, last: i + entry.words.count - 1, note: entry.note)
            }
        }
        if afterMoney, !tokens[i].spaceBefore {
            switch tokens[i].lower {
            case "m": return Reading(scale: "million", factor: 1, last: i, note: "")
            case "k": return Reading(scale: "thousand", factor: 1, last: i, note: "")
            case "b": return Reading(scale: "billion", factor: 1, last: i, note: "")
            default: break
            }
        }
        return nil
    }
}
