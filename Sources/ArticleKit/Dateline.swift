import IndicatorKit

/// An article's date as its first lines write it: a short line that holds a full date
/// ("2016-08-13", "December 14, 2021 - 07:08", "Thứ Ba, 14/12/2021 07:08"), or a lead that opens
/// with a city or a source, the date and a dash or comma before the text ("HANOI, Dec. 19 (VNA) –",
/// "Hà Nội, ngày 19/12/2023 - Sáng nay, ...", "(Chinhphu.vn) - Ngày 19/12/2023, ...").
public struct Dateline: Sendable, Equatable {
    /// The date, or nil when the dateline gives no year ("HANOI, Dec. 19 (VNA) –").
    public var date: Day?
    /// The date as written ("Dec. 19", "ngày 19/12/2023").
    public var written: String
    /// 1-based line of the date's first character.
    public var line: Int
    /// 1-based column (in characters) of the date's first character.
    public var column: Int

    /// The forms read, as examples for an error message and the documentation.
    public static let forms = [
        "HANOI, Dec. 19, 2023 (VNA) –", "Hà Nội, ngày 19/12/2023 -", "(Chinhphu.vn) - Ngày 19/12/2023,",
        "December 19, 2023", "19/12/2023", "2023-12-19",
    ]
    /// How many lines from the start are searched.
    public static let linesSearched = 8
    /// The longest line read as a line of its own that holds the date.
    static let shortLine = 60
    /// The most tokens of a lead before its date ("( Chinhphu . vn ) - Ngày").
    static let leadTokens = 8

    /// The dateline among the first ``linesSearched`` non-empty lines: the first line that is
    /// short (at most 60 characters) and holds a date with day, month and year, or that opens
    /// with a lead dateline (at most eight tokens, none a number, before a date with day and month,
    /// then, after an agency or a time such as "(VNA)" or "07:08", a dash, a comma or the end of
    /// the line).
    /// - Parameter article: the article.
    /// - Returns: the dateline, or nil when none is found.
    public static func find(_ article: Article) -> Dateline? {
        let tokens = article.tokens
        var lineStart = 0
        var lines = 0
        var lineNumber = 1
        var k = 0
        while k <= tokens.count, lines < linesSearched {
            if k == tokens.count || tokens[k].kind == .lineBreak {
                if k > lineStart {
                    if let (d, date) = inLine(article, lineStart..<k) {
                        return Dateline(date: date, written: article.text(tokens: d.first, d.last), line: lineNumber,
                                        column: column(article, tokens[d.first].start))
                    }
                    lines += 1
                }
                lineStart = k + 1
                lineNumber += 1
            }
            k += 1
        }
        return nil
    }

    /// The date of one line, if the line is a dateline.
    static func inLine(_ article: Article, _ line: Range<Int>) -> (DateExpression, Day?)? {
        let tokens = article.tokens
        let chars = tokens[line.upperBound - 1].end - tokens[line.lowerBound].start
        for i in line {
            guard let d = DateExpression.read(tokens, at: i, defaultYear: 2000), d.precision == .day, d.last < line.upperBound else { continue }
            if chars <= shortLine, d.yearWritten { return (d, d.start) }
            let lead = i - line.lowerBound <= leadTokens && !tokens[line.lowerBound..<i].contains { $0.kind == .number }
            if lead, endsLead(tokens, after: d.last, before: line.upperBound) { return (d, d.yearWritten ? d.start : nil) }
        }
        return nil
    }

    /// Whether what follows a date closes a lead dateline: an optional time ("07:08") and an
    /// optional agency in brackets ("(VNA)"), then a dash, a comma, a bar or the end of the line.
    static func endsLead(_ tokens: [Token], after last: Int, before end: Int) -> Bool {
        var k = last + 1
        if k + 2 < end, tokens[k].kind == .number, tokens[k + 1].text == ":", tokens[k + 2].kind == .number { k += 3 }
        if k < end, tokens[k].text == "(", let close = (k..<min(end, k + 8)).first(where: { tokens[$0].text == ")" }) { k = close + 1 }
        return k == end || ["-", "–", "—", ",", "|"].contains(tokens[k].text)
    }

    /// 1-based column of character `index` on its line.
    static func column(_ article: Article, _ index: Int) -> Int {
        var n = 0
        while index - n - 1 >= 0, !["\n", "\r\n", "\r", "\u{2028}", "\u{2029}"].contains(article.characters[index - n - 1]) { n += 1 }
        return n + 1
    }
}
