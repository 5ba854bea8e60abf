import Foundation
import IndicatorKit
import ChartKit
import Testing
@testable import Briefing

@Suite("Briefing bundles")
struct BriefTests {
    /// One brief for the suite (building it renders every chart and the PDF).
    static let brief: (doc: BriefDocument, files: [(path: String, bytes: [UInt8])]) = {
        let req = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["18", "20", "21"])
        let doc = try! BriefBuilder.build(req, dataset: Fixture.dataset)
        let pdf = try! BriefPDF.render(doc)
        return (doc, BriefBundle.files(doc, pdf: pdf))
    }()

    func file(_ path: String) -> [UInt8]? { Self.brief.files.first { $0.path == path }?.bytes }
    func text(_ path: String) -> String { String(decoding: file(path) ?? [], as: UTF8.self) }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// The brief's numbers, charts, alt texts and headings agree: each chart's heading is its
    /// title, its alt text starts with that title, every change drawn is the plan's and is in the
    /// alt text, and the key-figures table never writes a change of totals the plan refuses.
    @Test func headingsChartsAltTextAndTableAgree() throws {
        let md = text("brief.md")
        let keys = try ["18", "20", "21"].map { try PeriodKey($0, in: Fixture.dataset) }
        for c in Self.brief.doc.charts {
            #expect(md.contains("### \(c.title)\n"), "heading of \(c.name)")
            #expect(c.scene.title == c.title)
            #expect(c.altText.hasPrefix(c.title))
            let spec = ChartSpec(kind: .periodComparison, indicators: [c.name], preset: .a4Column, conferences: keys.map(\.label))
            let data = try ChartCompiler.briefingData(spec, Fixture.dataset)
            #expect(data.title == c.title)
            let plan = try ChartCompiler.plan(spec, Fixture.dataset)
            for (mark, pair) in zip(data.panels[0].changes, plan.rows[0].pairs) {
                guard let mark else { #expect(!pair.isComparable || pair.measure == .stated); continue }
                #expect(pair.isComparable && c.altText.contains(mark.text))
            }
        }
        // Agreements NFAC-18 -> NFAC-20: 973 and 1,078 days, so the table gives no change of totals.
        let row = try #require(md.split(separator: "\n").first { $0.contains("o-000-agreements → o-nfac20-agreements") })
        #expect(row.contains("see per year") && !row.contains("+68"), "\(row)")
    }

    @Test func bundleHasEveryFileAndSidecar() throws {
        let paths = Set(Self.brief.files.map(\.path))
        for p in ["brief.md", "brief.pdf", "SHA256SUMS", BriefBundle.marker] { #expect(paths.contains(p), "\(p)") }
        #expect(!Self.brief.doc.charts.isEmpty)
        for c in Self.brief.doc.charts {
            for ext in ["png", "svg", "pdf", "csv", "log.txt", "alt.txt", "spec.yaml", "sha256"] {
                #expect(paths.contains("charts/\(c.name).\(ext)"), "charts/\(c.name).\(ext)")
            }
            // PNG at 2x: an a4-column chart (the brief's figure, placed at its real size) is 483 pt wide.
            let png = try #require(file("charts/\(c.name).png"))
            let img = try ChartCairoImage.decode(png)
            #expect(img.width == Int((SizePreset.a4Column.size.width * 2).rounded(.up)))
            // The hash list names every sidecar with its true hash, and the content hash is its hash.
            let sums = text("charts/\(c.name).sha256")
            for line in sums.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                let name = String(parts[1].dropFirst())
                #expect(SHA256.hex(file("charts/" + name) ?? []) == String(parts[0]), "\(name)")
            }
            #expect(SHA256.hex(Array(sums.utf8)) == c.contentHash)
            // The spec sidecar is a valid spec that draws the same chart.
            let spec = try ChartFile.parse(file("charts/\(c.name).spec.yaml")!, path: "charts/\(c.name).spec.yaml")
            #expect(spec.formats == [.png, .svg, .pdf])
            #expect(spec.scale == 2)
            // It was written once from the typed spec the chart was drawn from: parsed back and
            // compiled, it draws the very same scene.
            let again = try spec.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory).scene(measurer: PangoTextMeasurer())
            #expect(again.dump() == c.scene.dump(), "\(c.name)")
        }
        // SHA256SUMS covers every file but itself and the marker.
        let all = text("SHA256SUMS")
        #expect(all.split(separator: "\n").count == Self.brief.files.count - 2)
    }

    @Test func markdownHasTheSectionsAndTracesFiguresToRows() throws {
        let md = text("brief.md")
        for h in ["# Briefing:", "## Key figures", "## Stated vs computed growth", "## Charts", "## Sources"] {
            #expect(md.contains(h), "\(h)")
        }
        // Every observation id in the key figures table is a dataset row, and every figure's quote is in Sources.
        let ids = Fixture.dataset.observations.map(\.id).filter { md.contains($0) }
        #expect(ids.count >= 4)
        for id in ids {
            let o = try #require(Fixture.dataset.observation(id))
            #expect(md.contains(o.quote.prefix(40)), "quote of \(id)")
        }
        // Stated growth with its verdict (agreements: +111% stated for 2021-2023 on >200 in 2019-2021).
        #expect(md.contains("consistent"))
        #expect(md.contains("+111%"))
        // Charts with alt text and links to the sidecars.
        for c in Self.brief.doc.charts {
            #expect(md.contains("](charts/\(c.name).png)"))
            #expect(md.contains("(charts/\(c.name).csv)"))
            #expect(!c.altText.isEmpty)
        }
        // The CSV sidecar holds the exact rows.
        let c = try #require(Self.brief.doc.charts.first { $0.name == "agreements" })
        let csv = String(decoding: c.files.first { $0.name == "agreements.csv" }!.bytes, as: UTF8.self)
        #expect(csv.hasPrefix("conference,observation,indicator,period_start,period_end,days,value,"))
        for o in Fixture.dataset.series("agreements") where o.conference == "NFAC-21" { #expect(csv.contains(o.id)) }
    }

    @Test func pdfIsA4AndMultiPage() throws {
        let pdf = text("brief.pdf")
        #expect(pdf.hasPrefix("%PDF-"))
        #expect(pdf.contains("/MediaBox [ 0 0 595.28 841.89 ]") || pdf.contains("/MediaBox [0 0 595.28 841.89]"))
        let pages = pdf.components(separatedBy: "/Type /Page\n").count - 1 + pdf.components(separatedBy: "/Type /Page ").count - 1
        #expect(pages >= 2)
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let req = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["18", "20", "21"])
        let doc = try BriefBuilder.build(req, dataset: Fixture.dataset)
        let again = BriefBundle.files(doc, pdf: try BriefPDF.render(doc))
        #expect(again.map(\.path) == Self.brief.files.map(\.path))
        for (a, b) in zip(again, Self.brief.files) { #expect(a.bytes == b.bytes, "\(a.path)") }
    }

    @Test func writingIsAtomicAndRefusesOtherFolders() throws {
        let parent = Fixture.tempDir("out")
        let out = parent + "/brief"
        try BriefBundle.write(Self.brief.files, to: out)
        #expect(FileManager.default.fileExists(atPath: out + "/brief.md"))
        // Writing again replaces a brief folder; nothing is left behind.
        try BriefBundle.write(Self.brief.files, to: out + "/")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["brief"])
        // A folder that is not a brief is refused and left alone.
        let other = parent + "/notes"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: other + "/mine.txt", contents: Data("keep".utf8))
        #expect(throws: DatasetError.self) { try BriefBundle.write(Self.brief.files, to: other) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["mine.txt"])
        // A symlink is refused.
        try FileManager.default.createSymbolicLink(atPath: parent + "/link", withDestinationPath: out)
        #expect(throws: DatasetError.self) { try BriefBundle.write(Self.brief.files, to: parent + "/link") }
    }

    @Test func periodsTakeTheCLIsForms() throws {
        // A date (the flow ending that day) and a span, as `--periods` takes them.
        let req = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["2016-08-13", "2019-01-01..2021-12-13"],
                                       indicators: ["agreements"])
        let doc = try BriefBuilder.build(req, dataset: Fixture.dataset)
        let chart = try #require(doc.charts.first)
        let sidecar = try #require(chart.files.first { $0.name == "agreements.spec.yaml" })
        let spec = try ChartFile.parse(sidecar.bytes, path: "charts/agreements.spec.yaml")
        #expect(spec.spec.conferences == ["2016-08-13", "2019-01-01..2021-12-13"])
        let csv = String(decoding: try #require(chart.files.first { $0.name == "agreements.csv" }).bytes, as: UTF8.self)
        #expect(csv.contains("o-000-agreements") && csv.contains("o-nfac20-agreements"), "\(csv)")
        let bad = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["2021-02-30"])
        #expect(throws: DatasetError.self) { try BriefBuilder.build(bad, dataset: Fixture.dataset) }
    }

    @Test func unknownConferenceIsBadInput() {
        let req = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["NFAC-2l"])
        #expect(throws: DatasetError.self) { try BriefBuilder.build(req, dataset: Fixture.dataset) }
    }
}

import ChartCairo
enum ChartCairoImage {
    static func decode(_ b: [UInt8]) throws -> RasterImage { try RasterImage.decodePNG(b) }
}
