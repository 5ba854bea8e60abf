import IndicatorKit

/// Finds an article's date in its first lines: a short line that holds a full date
/// ("2016-08-13", "December 14, 2021 - 07:08", "Thứ Ba, 14/12/2021 07:08").
public enum Dateline {
    /// The date of the first short line (at most 60 characters) among the first eight lines that
    /// holds a date with day, month and year, or nil.
    public static func find(_ article: Article) -> Day? {
        let tokens = article.tokens
        var lineStart = 0
        var lines = 0
        var k = 0
        while k <= tokens.count, lines < 8 {
            if k == tokens.count || tokens[k].kind == .lineBreak {
                if k > lineStart {
                    let chars = tokens[k - 1].end - tokens[lineStart].start
                    if chars <= 60 {
                        for i in lineStart..<k {
                            if let d = DateExpression.read(tokens, at: i, defaultYear: 0), d.precision == .day, d.yearWritten, d.last < k {
                                return d.start
                            }
                        }
                    }
                    lines += 1
                }
                lineStart = k + 1
            }
            k += 1
        }
        return nil
    }
}
