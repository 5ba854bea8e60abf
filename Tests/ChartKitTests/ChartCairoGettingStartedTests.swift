import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The code of `ChartCairo.docc/GettingStarted.md`, compiled and run from the package root, and
/// the article kept identical to it.
@Suite("ChartCairo getting-started article")
struct ChartCairoGettingStartedTests {
    @Test func articleCodeRuns() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(Repository.root)
        // article: begin
        let dataset = try DatasetLoader.load(directory: "Datasets/local-diplomacy")
        let spec = ChartSpec(kind: .bar, indicators: ["agreements"], preset: .slide)
        let scene = try ChartCompiler.compile(spec, dataset, measurer: PangoTextMeasurer())
        let png = try CairoRenderer.render(scene, format: .png(scale: 2))
        let svg = try CairoRenderer.render(scene, format: .svg)
        let pdfPath = NSTemporaryDirectory() + "agreements-\(UUID().uuidString).pdf"
        try CairoRenderer.render(scene, format: .pdf, to: pdfPath, altTextFile: true)
        // article: end
        defer { try? FileManager.default.removeItem(atPath: pdfPath); try? FileManager.default.removeItem(atPath: pdfPath + ".alt.txt") }
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let image = try RasterImage.decodePNG(png)
        #expect(image.width == Int(scene.size.width * 2) && image.height == Int(scene.size.height * 2))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(FileManager.default.contents(atPath: pdfPath)?.prefix(5) == Data("%PDF-".utf8))
        #expect(FileManager.default.fileExists(atPath: pdfPath + ".alt.txt"))
    }

    @Test func articleShowsTheTestedCode() throws {
        let article = Repository.path("Sources/ChartCairo/ChartCairo.docc/GettingStarted.md")
        #expect(try ArticleSnippets.swiftBlocks(inArticle: article) == ArticleSnippets.regions(inSource: #filePath))
    }
}
