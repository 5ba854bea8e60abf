/// A sentence: a run of tokens within one paragraph, ended by `.`, `!`, `?` or a line break.
public struct Sentence: Sendable, Equatable {
    /// Index of the sentence in the article.
    public var index: Int
    /// Index of its first token.
    public var first: Int
    /// Index of its last token (inclusive).
    public var last: Int
    /// Index of the paragraph (line) it is in.
    public var paragraph: Int
    /// Whether it ends with a question mark (an interviewer's question).
    public var isQuestion: Bool

    /// The token indices of the sentence.
    public var range: ClosedRange<Int> { first...last }
}

/// Splits tokens into sentences.
public enum SentenceSplitter {
    /// Words after which a full stop does not end a sentence ("No. 8", "Mr. Hieu", "Maj. Gen.").
    static let abbreviations: Set<String> = [
        "no", "nos", "mr", "mrs", "ms", "dr", "st", "gen", "maj", "col", "lt", "capt", "prof", "assoc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "approx", "est", "fig", "vol", "p", "pp",
        "ts", "ths", "gs", "pgs", "ông", "bà", "tp",
    ]

    /// The sentences of `tokens`. Line breaks always end a sentence; `.`, `!`, `?` and `…` end one
    /// when a space and a capital letter, digit or quotation mark follow, and the word before a
    /// full stop is not an abbreviation or a single capital letter ("U.S.").
    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start: Int? = nil
        var paragraph = 0
        func close(_ last: Int) {
            guard let s = start, last >= s else { start = nil; return }
            var end = last
            while end > s, tokens[end].kind == .lineBreak { end -= 1 }
            let q = tokens[s...end].contains { $0.text == "?" }
            sentences.append(Sentence(index: sentences.count, first: s, last: end, paragraph: paragraph, isQuestion: q))
            start = nil
        }
        for (i, t) in tokens.enumerated() {
            if t.kind == .lineBreak {
                if let s = start { close(i - 1); _ = s }
                paragraph += 1
                continue
            }
            if start == nil { start = i }
            let stops: Set<String> = [".", "!", "?", "…"]
            let isStop = t.kind == .symbol && stops.contains(t.text)
            let closesStop = t.kind == .symbol && ["”", "\"", "’", ")"].contains(t.text) && !t.spaceBefore
                && i > 0 && stops.contains(tokens[i - 1].text)
            guard isStop || closesStop else { continue }
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            if next.kind == .lineBreak { continue }
            // A closing quotation mark or bracket right after the stop belongs to the sentence.
            if !next.spaceBefore, ["”", "\"", "’", ")"].contains(next.text) { continue }
            guard next.spaceBefore else { continue }
            let opener = next.kind == .number || next.isCapitalized || ["“", "\"", "‘", "(", "|"].contains(next.text)
            guard opener else { continue }
            if isStop, t.text == ".", i > 0 {
                let prev = tokens[i - 1]
                if prev.kind == .word, !tokens[i].spaceBefore {
                    if abbreviations.contains(prev.lower) { continue }
                    if prev.text.count == 1, prev.text.first!.isUppercase { continue }
                }
            }
            close(i)
        }
        if start != nil { close(tokens.count - 1) }
        return sentences
    }
}
