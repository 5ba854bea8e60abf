import Foundation
import Testing
import IndicatorKit
import ChartKit
import ChartCairo
import TestSupport

/// The README's library example, kept compiling and running (paths made absolute).
@Suite("README library example")
struct ReadmeExampleTests {
    @Test func libraryExampleRuns() throws {
        let out = NSTemporaryDirectory() + "readme-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: out + ".alt.txt") }

        let dataset = try DatasetLoader.load(directory: Repository.root + "/Datasets/local-diplomacy")
        let spec = ChartSpec(kind: .bar, indicators: ["agreements"], preset: .slide, locale: .vi)
        let scene = try ChartCompiler.compile(spec, dataset, measurer: PangoTextMeasurer())
        try CairoRenderer.render(scene, format: .png(scale: 2), to: out)

        let png = try #require(FileManager.default.contents(atPath: out))
        #expect(png.count > 1000)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        for o in dataset.series("agreements") {
            #expect(!PeriodFormat.label(o.period).isEmpty && !NumberFormat.observation(o, qualifier: true).isEmpty)
        }
    }
}
