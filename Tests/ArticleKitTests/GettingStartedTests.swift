import ArticleKit
import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The code of `ArticleKit.docc/GettingStarted.md`, compiled and run, and the article kept
/// identical to it.
@Suite("ArticleKit getting-started article")
struct GettingStartedTests {
    @Test func articleCodeRuns() throws {
        // article: begin
        let text = """
            HÀ NỘI, December 18, 2023 — Localities signed 422 international agreements in 2023, \
            up 12 percent on the year before, the Ministry of Foreign Affairs said.
            """
        let article = Article(name: "example", text: text)
        let candidates = ArticleExtractor.extract(article, date: Day(iso: "2023-12-18")!)
        let rows = candidates.map { c in
            "\(c.literal) \(c.unit) \(c.period) (\(c.role)): \(c.quote)"
        }
        // article: end
        #expect(rows.contains { $0.hasPrefix("422 count 2023-01-01/2023-12-31 (level): ") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("12 percent 2023-01-01/2023-12-31 (growth): up 12 percent") }, "\(rows)")
        #expect(rows.count == candidates.count)
    }

    @Test func articleShowsTheTestedCode() throws {
        let article = Repository.path("Sources/ArticleKit/ArticleKit.docc/GettingStarted.md")
        #expect(try ArticleSnippets.swiftBlocks(inArticle: article) == ArticleSnippets.regions(inSource: #filePath))
    }
}
