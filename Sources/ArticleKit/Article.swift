import IndicatorKit

/// An article read for figures: its text split into characters, tokens and sentences.
public struct Article: Sendable {
    /// The file name without its extension (the `article` column of the output).
    public var name: String
    /// The text, decoded from UTF-8.
    public var text: String
    /// The text as grapheme clusters; token positions index this array.
    public let characters: [Character]
    /// UTF-8 byte offset of each character, plus one entry for the end of the text.
    public let byteOffsets: [Int]
    /// The text's tokens.
    public let tokens: [Token]
    /// The text's sentences, in order.
    public let sentences: [Sentence]
    /// The language numbers are read in.
    public var language: ArticleLanguage

    /// Reads an article.
    /// - Parameters:
    ///   - name: the file name without its extension.
    ///   - text: the article text.
    ///   - language: the language, or nil to guess it from the text.
    public init(name: String, text: String, language: ArticleLanguage? = nil) {
        self.name = name
        self.text = text
        let chars = Array(text)
        characters = chars
        var offsets: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        var b = 0
        for c in chars { offsets.append(b); b += c.utf8.count }
        offsets.append(b)
        byteOffsets = offsets
        let toks = Tokenizer.tokenize(chars)
        tokens = toks
        sentences = SentenceSplitter.split(toks)
        self.language = language ?? ArticleLanguage.detect(toks)
    }

    /// The text of characters `start..<end`, exactly as written.
    public func slice(_ start: Int, _ end: Int) -> String { String(characters[start..<end]) }

    /// The text of tokens `first...last`, exactly as written (spaces included).
    public func text(tokens first: Int, _ last: Int) -> String { slice(tokens[first].start, tokens[last].end) }

    /// The sentence that holds token `index`.
    public func sentence(containing index: Int) -> Sentence? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if index < s.first { hi = mid - 1 } else if index > s.last { lo = mid + 1 } else { return s }
        }
        return nil
    }
}
