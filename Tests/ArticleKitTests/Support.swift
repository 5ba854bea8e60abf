import ArticleKit
import Foundation
import IndicatorKit

/// Extracts from a snippet of text, as `indicators extract` would, with a small calendar.
func extract(_ text: String, _ date: String, lang: ArticleLanguage? = nil, all: Bool = false) -> [Candidate] {
    let calendar = EventCalendar(events: [
        .init(id: "NFAC-17", nameEN: "17th National Foreign Affairs Conference", nameVI: "Hội nghị Ngoại vụ toàn quốc lần thứ 17", ordinal: 17, start: Day(iso: "2013-12-15")!),
        .init(id: "DC-28", nameEN: "28th Diplomatic Conference", nameVI: "Hội nghị Ngoại giao lần thứ 28", ordinal: 28, start: Day(iso: "2013-12-16")!),
        .init(id: "NFAC-20", nameEN: "20th National Foreign Affairs Conference", nameVI: "Hội nghị Ngoại vụ toàn quốc lần thứ 20", ordinal: 20, start: Day(iso: "2021-12-13")!),
        .init(id: "DC-31", nameEN: "31st Diplomatic Conference", nameVI: "Hội nghị Ngoại giao lần thứ 31", ordinal: 31, start: Day(iso: "2021-12-15")!),
    ])
    return ArticleExtractor.extract(Article(name: "t", text: text, language: lang), date: Day(iso: date)!, calendar: calendar, includeAll: all)
}

/// The single figure of a snippet (fails the caller's expectation with a clear count otherwise).
func one(_ text: String, _ date: String = "2023-12-18", lang: ArticleLanguage? = nil) -> Candidate? {
    let c = extract(text, date, lang: lang)
    return c.count == 1 ? c[0] : nil
}

extension Candidate {
    /// The value as a plain decimal string ("" when it has none).
    var plain: String { value.map(NumberNotation.plain) ?? "" }
}
