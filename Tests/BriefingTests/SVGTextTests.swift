import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

/// Runs an installed program; nil when it is not installed. Returns its exit status and stderr.
func runTool(_ tool: String, _ args: [String]) throws -> (status: Int32, stderr: String)? {
    guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = args
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// `xmllint --noout` on an SVG file: an issue naming the file when it is not well-formed XML.
func expectWellFormedXML(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let r = try runTool("/usr/bin/xmllint", ["--noout", path]) else {
        Issue.record("xmllint is not installed (Debian package libxml2-utils; `.ci/setup test` installs it)", sourceLocation: sourceLocation)
        return
    }
    #expect(r.status == 0, "xmllint: \(path): \(r.stderr)", sourceLocation: sourceLocation)
}

@Suite("SVG with real text")
struct SVGTextTests {
    /// Every gallery chart as SVG with `<text>` and as outlines, rasterised by rsvg-convert (an
    /// independent renderer), matches the PNG within the gallery's tolerance; both are
    /// well-formed XML; the text SVG holds the chart's words and no glyph outlines.
    @Test func textAndOutlineSVGsLookLikeThePNG() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") else {
            Issue.record("rsvg-convert is not installed (Debian package librsvg2-bin; `.ci/setup test` installs it)")
            return
        }
        let dir = Fixture.tempDir("svgtext")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let specs = try Gallery.specs(in: Fixture.chartsDirectory)
        #expect(specs.count >= 14)
        for spec in specs {
            let chart = try ChartFile.load(path: spec).resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
            let scene = try chart.scene(measurer: PangoTextMeasurer())
            let name = SpecPath.stem(spec)
            let png = try RasterImage.decodePNG(try CairoRenderer.render(scene, format: .png(scale: 1)))
            for (mode, format) in [("text", ImageFormat.svg), ("outlines", .svgOutlines)] {
                let svgPath = "\(dir)/\(name).\(mode).svg", rasterPath = "\(dir)/\(name).\(mode).png"
                let svg = try CairoRenderer.render(scene, format: format)
                try AtomicFile.write(svg, to: svgPath)
                try expectWellFormedXML(svgPath)
                let r = try runTool("/usr/bin/rsvg-convert", ["--background-color", "white", svgPath, "-o", rasterPath])
                #expect(r?.status == 0, "rsvg-convert \(svgPath): \(r?.stderr ?? "")")
                let raster = try RasterImage.decodePNG(Array(try Data(contentsOf: URL(fileURLWithPath: rasterPath))))
                let off = raster.fractionDiffering(from: png, threshold: Gallery.pixelThreshold)
                #expect(off <= Gallery.maximumDifferingFraction, "\(name) \(mode): \(off * 100)% of pixels differ from the PNG")
                if mode == "text" {
                    let text = String(decoding: svg, as: UTF8.self)
                    #expect(!text.contains("<symbol") && !text.contains("<use"), "\(name): glyph outlines in text mode")
                    for run in scene.texts.prefix(8) {
                        var escaped = SVGTextProbe.escape(run.text)
                        if escaped.hasPrefix(" ") { escaped.removeFirst() }
                        #expect(text.contains(escaped), "\(name): '\(run.text)' is not in the SVG as text")
                    }
                }
            }
        }
    }

    /// Titles, alt text and labels are escaped, control characters never written, ids stable
    /// and unique, and the same scene gives the same bytes.
    @Test func textIsEscapedAndIdsAreStable() throws {
        let font = FontSpec(family: "Noto Sans", size: 14)
        let m = try PangoTextMeasurer().measure("x", font: font)
        let nasty = "R&D <b>\"quoted\"</b> 'apos' end"
        let scene = Scene(size: Size(width: 300, height: 120), nodes: [
            .text(TextRun(nasty, font: font, position: Point(10, 30), color: .black, metrics: m, role: "title")),
            .group(GroupNode(clip: Rect(x: 0, y: 40, width: 300, height: 80), children: [
                .path(.rect(Rect(x: 10, y: 50, width: 40, height: 40), fill: Color(hex: 0x0072B2, alpha: 0.5), role: "bar")),
                .text(TextRun("Thỏa thuận", font: font, position: Point(150, 70), anchor: .middle, color: .black, metrics: m, role: "value label")),
                .text(TextRun("x", font: font, position: Point(290, 70), anchor: .end, color: .black, metrics: m, role: "value label")),
            ], role: "plot")),
        ], title: "A & B <c>\u{1}\u{7F}\u{85}", altText: "Alt \u{0}with\t\"quotes\"")
        let svg = try CairoRenderer.render(scene, format: .svg)
        #expect(try CairoRenderer.render(scene, format: .svg) == svg)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<title id=\"chart-title\">A &amp; B &lt;c&gt;</title>"))
        #expect(text.contains("<desc id=\"chart-desc\">Alt with &quot;quotes&quot;</desc>"))
        #expect(text.contains(">R&amp;D &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; 'apos' end</text>"))
        #expect(!svg.contains { $0 < 0x20 && $0 != 0x0A })
        #expect(!text.contains("\u{85}") && !text.contains("\u{7F}"))
        #expect(text.contains("id=\"title\""))
        #expect(text.contains("id=\"value-label\"") && text.contains("id=\"value-label-2\""))
        #expect(text.contains("text-anchor=\"middle\"") && text.contains("text-anchor=\"end\""))
        #expect(text.contains("clip-path=\"url(#clip-1)\""))
        #expect(text.contains("font-family:'Noto Sans','DejaVu Sans',sans-serif"))
        #expect(text.contains("fill-opacity=\"0.5\""))
        let dir = Fixture.tempDir("svgesc")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.write(svg, to: dir + "/e.svg")
        try expectWellFormedXML(dir + "/e.svg")
    }

    /// A character no installed font has is the same error in text SVG as in PNG.
    @Test func missingGlyphIsAnErrorInTextMode() throws {
        let font = FontSpec(family: "Noto Sans", size: 14)
        let m = TextMetrics(width: 10, ascent: 10, descent: 3)
        let scene = Scene(size: Size(width: 100, height: 40), nodes: [
            .text(TextRun("\u{F0000}", font: font, position: Point(5, 20), color: .black, metrics: m)),
        ])
        #expect(throws: TextError.self) { try CairoRenderer.render(scene, format: .svg) }
        #expect(throws: TextError.self) { try CairoRenderer.render(scene, format: .png(scale: 1)) }
    }

    /// The committed gallery SVGs are text a person can read and well-formed XML.
    @Test func committedGallerySVGsHaveReadableWords() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixture.chartsDirectory).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(files.count >= 14)
        for f in files {
            let path = Fixture.chartsDirectory + "/" + f
            try expectWellFormedXML(path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("<text "), "\(f) has no <text> element")
            #expect(!text.contains("<symbol"), "\(f) still has glyph outlines")
        }
    }
}

/// The escaping the SVG writer applies to text content, restated for the checks above.
enum SVGTextProbe {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
