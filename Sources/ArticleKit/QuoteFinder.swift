/// Chooses the quote for a figure: a verbatim, contiguous excerpt within one sentence that
/// holds the figure with its qualifier, unit and change words, so that the dataset loader's
/// quote check (a substring of the article, whitespace collapsed) passes.
public enum QuoteFinder {
    /// The clause around tokens `first...last`: bounded by the sentence and by `;`, then
    /// narrowed to the comma-separated parts that hold the figure, widened until it has at least
    /// `minimumWords` words. A trailing full stop is left out.
    /// - Returns: the quote and the token range it covers.
    /// - Parameter within: tokens the quote must stay inside (by default the whole sentence),
    ///   so that two figures of one sentence get a quote each.
    public static func quote(_ article: Article, _ sentence: Sentence, first: Int, last: Int, within: ClosedRange<Int>? = nil,
                             minimumWords: Int = 4) -> (String, ClosedRange<Int>) {
        let tokens = article.tokens
        func isBreak(_ k: Int, _ marks: Set<String>) -> Bool { tokens[k].kind == .symbol && marks.contains(tokens[k].text) }
        let lo = max(sentence.first, min(first, within?.lowerBound ?? sentence.first))
        let hi = min(sentence.last, max(last, within?.upperBound ?? sentence.last))
        // Clause: between semicolons (or the limits).
        var a = first, b = last
        while a > lo, !isBreak(a - 1, [";", "|"]) { a -= 1 }
        while b < hi, !isBreak(b + 1, [";", "|"]) { b += 1 }
        let clauseStart = a, clauseEnd = b
        // Comma parts: start with the ones holding the figure.
        a = first; b = last
        while a > clauseStart, !isBreak(a - 1, [",", "“", "\"", ":"]) { a -= 1 }
        while b < clauseEnd, !isBreak(b + 1, [",", "”", "\"", ":"]) { b += 1 }
        func words(_ x: Int, _ y: Int) -> Int { (x...y).filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count }
        while words(a, b) < minimumWords, a > clauseStart || b < clauseEnd {
            // Widen left first (the subject), then right.
            if a > clauseStart {
                a -= 1
                while a > clauseStart, !isBreak(a - 1, [",", "“", "\"", ":"]) { a -= 1 }
            } else {
                b += 1
                while b < clauseEnd, !isBreak(b + 1, [",", "”", "\"", ":"]) { b += 1 }
            }
        }
        // Drop punctuation at the edges (a dangling comma, the full stop, an opening quote).
        while a < first, tokens[a].kind == .symbol, ![ "$", "€", "£", "¥", "₫"].contains(tokens[a].text) { a += 1 }
        while b > last, tokens[b].kind == .symbol, !["%", ")", "”", "\""].contains(tokens[b].text) { b -= 1 }
        // No half of a bracket at either edge.
        let opens = (a...b).filter { tokens[$0].text == "(" }.count, closes = (a...b).filter { tokens[$0].text == ")" }.count
        if closes > opens, let close = (a...b).first(where: { tokens[$0].text == ")" }), close < first { a = close + 1 }
        if opens > closes, let open = (a...b).last(where: { tokens[$0].text == "(" }), open > last { b = open - 1 }
        while a < first, tokens[a].kind == .symbol, !["$", "€", "£", "¥", "₫"].contains(tokens[a].text) { a += 1 }
        while b > last, tokens[b].kind == .symbol, !["%", ")", "”", "\""].contains(tokens[b].text) { b -= 1 }
        return (article.text(tokens: a, b), a...b)
    }
}
