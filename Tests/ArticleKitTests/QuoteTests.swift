import ArticleKit
import Foundation
import Testing
import TestSupport

/// Quotes are verbatim, contiguous and within one sentence.
@Suite struct QuoteTests {
    static let seeds = Repository.bundledDatasetDirectory + "/seeds"

    @Test func everyQuoteOfTheSeedsIsInOneSentenceOfItsArticle() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.seeds).sorted() {
            let text = try String(contentsOfFile: Self.seeds + "/" + file, encoding: .utf8)
            let article = Article(name: file, text: text)
            let candidates = ArticleExtractor.extract(article, date: .init(iso: "2023-12-18")!, includeAll: true)
            #expect(!candidates.isEmpty)
            for c in candidates {
                #expect(text.contains(c.quote), "\(file): \(c.quote)")
                #expect(!c.quote.contains("\n"))
                #expect(c.quote.contains(c.literal.split(separator: " ").first.map(String.init) ?? c.literal))
                // Within one sentence: the quote lies inside the sentence of its number.
                let s = try #require(article.sentence(containing: c.token))
                let sentence = article.text(tokens: s.first, s.last)
                #expect(sentence.contains(c.quote), "\(file): \(c.quote)")
            }
        }
    }

    @Test func sentencesDoNotEndAtAbbreviationsOrDecimals() {
        let a = Article(name: "a", text: "Resolution No. 8 was issued by Mr. Son. FDI reached US$ 51.53 billion. It rose.")
        #expect(a.sentences.count == 3)
    }
}
