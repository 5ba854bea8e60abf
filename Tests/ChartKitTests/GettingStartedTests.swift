import ChartKit
import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The code of `ChartKit.docc/GettingStarted.md`, compiled and run from the package root, and
/// the article kept identical to it.
@Suite("ChartKit getting-started article")
struct GettingStartedTests {
    @Test func articleCodeRuns() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(Repository.root)
        // article: begin
        let dataset = try DatasetLoader.load(directory: "Datasets/local-diplomacy")
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"], conferences: ["18", "20", "21"])
        let scene = try ChartCompiler.compile(spec, dataset, measurer: FakeTextMeasurer())
        let title = scene.texts(role: "title").map(\.text).joined(separator: " ")
        let bars = scene.paths(role: "bar").count
        let listing = scene.dump()
        // article: end
        #expect(!title.isEmpty)
        // One bar per conference; "more than 200" is drawn lighter (role bar-approximate).
        #expect(bars == 2 && scene.paths(role: "bar-approximate").count == 1, "\(listing)")
        #expect(listing.hasPrefix("scene "))
    }

    @Test func articleShowsTheTestedCode() throws {
        let article = Repository.path("Sources/ChartKit/ChartKit.docc/GettingStarted.md")
        #expect(try ArticleSnippets.swiftBlocks(inArticle: article) == ArticleSnippets.regions(inSource: #filePath))
    }
}
