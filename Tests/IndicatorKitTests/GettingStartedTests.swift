import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The code of `IndicatorKit.docc/GettingStarted.md`, compiled and run (from the package root,
/// as the article says), and the article kept identical to it.
@Suite("IndicatorKit getting-started article")
struct GettingStartedTests {
    @Test func articleCodeRuns() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(Repository.root)
        // article: begin
        let dataset = try DatasetLoader.load(directory: "Datasets/local-diplomacy")
        let series = try SeriesAnalysis(dataset: dataset, indicator: "agreements")
        let figures = series.observations.map { figure in
            PeriodFormat.label(figure.period) + ": " + NumberFormat.observation(figure, qualifier: true)
        }
        let changes = series.steps.map { step in
            "\(step.from.id) → \(step.to.id): " + AnalysisReport.text(step.percent, locale: .en)
        }
        // article: end
        #expect(figures.count == series.observations.count && figures.count >= 2)
        #expect(changes.count == series.steps.count && !changes.isEmpty)
        #expect(figures.contains("Jan 2019 – Dec 2021: more than 200"), "\(figures)")
        #expect(changes.last == "o-nfac20-agreements → o-001-agreements: ≤ +111.0%", "\(changes)")
    }

    @Test func articleShowsTheTestedCode() throws {
        let article = Repository.path("Sources/IndicatorKit/IndicatorKit.docc/GettingStarted.md")
        #expect(try ArticleSnippets.swiftBlocks(inArticle: article) == ArticleSnippets.regions(inSource: #filePath))
    }
}
