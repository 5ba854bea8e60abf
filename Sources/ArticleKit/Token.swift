/// One piece of an article's text: a word, a run of digits, a symbol or a line break.
///
/// Positions are indices into ``Article/characters``; the UTF-8 byte offset of a token is
/// `article.byteOffset(ofCharacter: token.start)`.
public struct Token: Sendable, Equatable {
    /// What a token is.
    public enum Kind: Sendable, Equatable {
        /// Letters (with their diacritics), possibly joined by an apostrophe ("Vietnam’s").
        case word
        /// ASCII digits, with any `.` or `,` that sits between two digits ("1,100", "57,38").
        case number
        /// Any other single visible character ("$", "%", "/", "-", "(").
        case symbol
        /// A line break: the end of a paragraph.
        case lineBreak
    }

    /// What the token is.
    public var kind: Kind
    /// The text as written.
    public var text: String
    /// The text in lower case, for matching word lists.
    public var lower: String
    /// Index of the first character in ``Article/characters``.
    public var start: Int
    /// Index one past the last character.
    public var end: Int
    /// Whether whitespace (or a line break) comes right before the token.
    public var spaceBefore: Bool

    /// Whether the token is a word that starts with a capital letter.
    public var isCapitalized: Bool {
        kind == .word && (text.first?.isUppercase ?? false)
    }
}

/// Splits text into tokens.
public enum Tokenizer {
    /// The tokens of `characters`, in order. Whitespace is not a token; it sets `spaceBefore`.
    public static func tokenize(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var space = true
        let n = characters.count
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while i < n {
            let c = characters[i]
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                tokens.append(Token(kind: .lineBreak, text: "\n", lower: "\n", start: i, end: i + 1, spaceBefore: true))
                space = true; i += 1; continue
            }
            if c.isWhitespace { space = true; i += 1; continue }
            let start = i
            let kind: Token.Kind
            if isDigit(c) {
                i += 1
                while i < n {
                    if isDigit(characters[i]) { i += 1; continue }
                    if (characters[i] == "." || characters[i] == ","), i + 1 < n, isDigit(characters[i + 1]) { i += 2; continue }
                    break
                }
                kind = .number
            } else if c.isLetter {
                i += 1
                while i < n {
                    if characters[i].isLetter { i += 1; continue }
                    if (characters[i] == "'" || characters[i] == "’"), i + 1 < n, characters[i + 1].isLetter { i += 2; continue }
                    break
                }
                kind = .word
            } else {
                i += 1
                kind = .symbol
            }
            let text = String(characters[start..<i])
            tokens.append(Token(kind: kind, text: text, lower: text.lowercased(), start: start, end: i, spaceBefore: space))
            space = false
        }
        return tokens
    }
}
