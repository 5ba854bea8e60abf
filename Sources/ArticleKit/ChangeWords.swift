/// Words that make a percentage a stated change ("up 22 percent compared to the previous
/// period", "tăng 57,38% so với giai đoạn 2017 - 2018") or a share ("accounting for 30%").
public enum ChangeWords {
    /// Words before a percentage that say it rose.
    static let rise: Set<String> = [
        "up", "increase", "increased", "increases", "increasing", "rise", "rose", "rises", "rising", "risen", "grew", "grow",
        "grows", "growing", "growth", "gain", "gained", "gains", "jump", "jumped", "jumps", "climbed", "climb", "surged",
        "surge", "higher", "expanded", "tăng", "trưởng", "thêm",
    ]
    /// Words before a percentage that say it fell: the figure is written negative.
    static let fall: Set<String> = [
        "down", "decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declines", "declining", "fall",
        "fell", "falls", "falling", "fallen", "drop", "dropped", "drops", "lower", "shrank", "shrink", "contracted",
        "reduction", "giảm", "sụt", "hạ",
    ]
    /// Words after a percentage that make it a comparison.
    static let comparison: [[String]] = [
        ["compared", "to"], ["compared", "with"], ["year", "on", "year"], ["year", "-", "on", "-", "year"], ["y", "/", "y"],
        ["yoy"], ["over", "the", "same", "period"], ["from", "a", "year", "earlier"], ["so", "với"], ["so", "cùng", "kỳ"],
        ["on", "the", "previous"], ["from", "the", "previous"], ["over", "the", "previous"], ["against", "the"],
    ]
    /// Words around a percentage that make it a share of a whole.
    static let share: Set<String> = ["accounting", "accounts", "accounted", "account", "share", "chiếm", "proportion", "tỷ", "tỉ"]

    /// What a stated change is compared with, read from the words after it.
    /// - Returns: `previous-period`, `year-on-year`, `stated-period` or empty when not said.
    public static func basis(_ words: [String]) -> String {
        let text = " " + words.joined(separator: " ") + " "
        if text.contains(" previous period ") || text.contains(" previous term ") || text.contains(" kỳ trước ") || text.contains(" giai đoạn trước ") { return "previous-period" }
        if text.contains(" year on year ") || text.contains(" year - on - year ") || text.contains(" y / y ") || text.contains(" yoy ")
            || text.contains(" same period ") || text.contains(" cùng kỳ ") || text.contains(" a year earlier ") || text.contains(" last year ")
            || text.contains(" năm trước ") || text.contains(" năm ngoái ") { return "year-on-year" }
        if text.contains(" giai đoạn ") || text.contains(" period ") { return "stated-period" }
        let hasYear = words.contains { $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if hasYear { return "stated-period" }
        return ""
    }
}
