import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

@Suite("The Charts/ gallery")
struct GalleryTests {
    /// Fails when a committed output in Charts/ is out of date: run `indicators render Charts/`.
    @Test func committedGalleryIsUpToDate() throws {
        let report = try Gallery.render(folder: Fixture.chartsDirectory, fallbackDataset: Fixture.datasetDirectory, check: true)
        #expect(report.stale == [], "stale outputs; run `indicators render Charts/` and commit them")
        #expect(report.files.count >= 29)
    }

    @Test func galleryHasEveryChartTypeInBothLanguages() throws {
        let specs = try Gallery.specs(in: Fixture.chartsDirectory)
        var seen = Set<String>()
        for p in specs {
            let f = try ChartFile.load(path: p)
            seen.insert("\(f.chart.rawValue)/\(f.locale.rawValue)")
        }
        for k in ChartSpec.Kind.allCases.map(\.rawValue) {
            #expect(seen.contains("\(k)/en"), "no English spec for \(k)")
            #expect(seen.contains("\(k)/vi"), "no Vietnamese spec for \(k)")
        }
        #expect(specs.contains { $0.hasSuffix(".json") }, "one spec is JSON")
    }

    @Test func checkFindsStaleAndMissingOutputs() throws {
        let dir = Fixture.tempDir("gallery")
        for name in ["agreements-bar.en.yaml", "agreements-bar.en.png", "agreements-bar.en.svg", "fdi-line.en.json"] {
            try FileManager.default.copyItem(atPath: Fixture.chartsDirectory + "/" + name, toPath: dir + "/" + name)
        }
        // The spec says `dataset: local-diplomacy`, found from the fallback's folder name.
        var report = try Gallery.render(folder: dir, fallbackDataset: Fixture.datasetDirectory, check: true)
        #expect(report.stale.map { SpecPath.fileName($0) } == ["fdi-line.en.png", "fdi-line.en.svg", "chart-spec.schema.json"])
        // Change a title: both outputs of that spec go stale.
        let spec = dir + "/agreements-bar.en.yaml"
        let text = try String(contentsOfFile: spec, encoding: .utf8).replacingOccurrences(of: "per review period", with: "per period")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        report = try Gallery.render(folder: dir, fallbackDataset: Fixture.datasetDirectory, check: true)
        #expect(report.stale.map { SpecPath.fileName($0) }.prefix(2) == ["agreements-bar.en.png", "agreements-bar.en.svg"])
        // Writing brings everything up to date; a second run writes nothing.
        _ = try Gallery.render(folder: dir, fallbackDataset: Fixture.datasetDirectory, check: false)
        report = try Gallery.render(folder: dir, fallbackDataset: Fixture.datasetDirectory, check: false)
        #expect(report.files.allSatisfy { $0.status == .unchanged })
    }

    @Test func pngComparisonToleratesAFewPixels() throws {
        let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.chartsDirectory + "/agreements-bar.en.png")))
        let other = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.chartsDirectory + "/agreements-bar.vi.png")))
        #expect(Gallery.equivalent(png, png, format: .png))
        #expect(!Gallery.equivalent(png, other, format: .png))
    }

    @Test func aBadSpecStopsTheGalleryBeforeDrawing() throws {
        let dir = Fixture.tempDir("bad")
        _ = Fixture.specFile("chart: bar\nindicators: [agreements]\n", name: "a.yaml", in: dir)
        _ = Fixture.specFile("chart: bar\nindicators: [agrements]\n", name: "b.yaml", in: dir)
        #expect(throws: DatasetErrors.self) {
            try Gallery.render(folder: dir, fallbackDataset: Fixture.datasetDirectory, check: false)
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/a.png"))
        // Two specs writing the same file are refused too.
        let dir2 = Fixture.tempDir("dup")
        _ = Fixture.specFile("chart: bar\nindicators: [agreements]\noutput: {name: same}\n", name: "a.yaml", in: dir2)
        _ = Fixture.specFile("chart: line\nindicators: [fdi]\noutput: {name: same}\n", name: "b.yaml", in: dir2)
        #expect(throws: DatasetErrors.self) {
            try Gallery.render(folder: dir2, fallbackDataset: Fixture.datasetDirectory, check: false)
        }
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let p = Fixture.specFile("chart: line\nindicators: [fdi]\nlocale: vi\npreset: a4-half\noutput: {formats: [png, svg, pdf]}\n")
        let f = try ChartFile.load(path: p)
        let r = try f.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
        let a = try Gallery.outputs(r), b = try Gallery.outputs(r)
        #expect(a.count == 3)
        for (x, y) in zip(a, b) { #expect(x.bytes == y.bytes, "\(x.path)") }
    }

    /// `output.svg-text` chooses how a spec's SVG writes text, like `--svg-text` on the command line.
    @Test func aSpecChoosesHowSVGWritesText() throws {
        func svg(_ output: String) throws -> String {
            let p = Fixture.specFile("chart: bar\nindicators: [agreements]\noutput: {formats: [svg]\(output)}\n")
            let r = try ChartFile.load(path: p).resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
            return String(decoding: try #require(Gallery.outputs(r).first).bytes, as: UTF8.self)
        }
        let text = try svg(""), outlines = try svg(", svg-text: outlines"), explicit = try svg(", svg-text: text")
        #expect(text.contains("<text") && explicit == text)
        #expect(!outlines.contains("<text") && outlines.contains("<title>"), "outlines: glyph shapes, the title still readable")
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\noutput: {svg-text: paths}\n")
                == ["chart.yaml:3:20: unknown output.svg-text `paths` (one of `text`, `outlines`)"])
    }
}
