import Briefing
import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The code of `Briefing.docc/GettingStarted.md`, compiled and run from the package root, and the
/// article kept identical to it.
@Suite("Briefing getting-started article")
struct GettingStartedTests {
    @Test func articleCodeRuns() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(Repository.root)
        // article: begin
        let file = try ChartFile.load(path: "Charts/agreements-bar.en.yaml")
        let folder = try file.datasetDirectory(fallback: nil)
        let dataset = try DatasetLoader.load(directory: folder)
        let chart = try file.resolve(dataset, datasetDirectory: folder)
        let scene = try chart.scene(measurer: PangoTextMeasurer())
        // article: end
        // article: begin
        let request = BriefBuilder.Request(datasetDirectory: folder, conferences: ["20", "21"], indicators: ["agreements"])
        let brief = try BriefBuilder.build(request, dataset: dataset)
        let markdown = BriefMarkdown.render(brief)
        // article: end
        #expect(!scene.texts(role: "title").isEmpty)
        #expect(brief.charts.count == 1)
        #expect(markdown.hasPrefix("# "))
    }

    @Test func articleShowsTheTestedCode() throws {
        let article = Repository.path("Sources/Briefing/Briefing.docc/GettingStarted.md")
        #expect(try ArticleSnippets.swiftBlocks(inArticle: article) == ArticleSnippets.regions(inSource: #filePath))
    }
}
