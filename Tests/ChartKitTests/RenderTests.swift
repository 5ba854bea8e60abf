import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing

@Suite(.serialized) struct RenderTests {
    let pango = PangoTextMeasurer()
    static let viTitle = "Số thỏa thuận quốc tế do các địa phương ký kết"

    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartCompiler.compile(spec, Fixtures.dataset, measurer: pango)
    }

    func tempDir() throws -> String {
        let d = NSTemporaryDirectory() + "chartkit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func pinnedFontsAreInstalled() {
        #expect(PangoTextMeasurer.resolvedFamily("Noto Sans") == "Noto Sans")
        #expect(PangoTextMeasurer.resolvedFontFile(family: "Noto Sans")?.contains("NotoSans") == true)
    }

    @Test func pangoMeasuresAndScalesLinearly() throws {
        let f = FontSpec(family: Theme.defaultFontFamily, size: 20)
        let a = try pango.measure("Agreements 1,385", font: f)
        var f2 = f; f2.size = 40
        let b = try pango.measure("Agreements 1,385", font: f2)
        #expect(a.width > 100 && a.width < 250)
        #expect(abs(b.width - 2 * a.width) < 1)
        #expect(a.ascent > 15 && a.descent > 3)
    }

    @Test func vietnameseNFCAndNFDMeasureAlike() throws {
        let nfc = Self.viTitle.precomposedStringWithCanonicalMapping
        let nfd = Self.viTitle.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        let f = FontSpec(family: Theme.defaultFontFamily, size: 40, weight: .bold)
        let a = try pango.measure(nfc, font: f), b = try pango.measure(nfd, font: f)
        #expect(abs(a.width - b.width) < 0.5, "NFC \(a.width) vs NFD \(b.width)")
        // Both render to near-identical pixels.
        var pngs: [RasterImage] = []
        for (name, title) in [("nfc", nfc), ("nfd", nfd)] {
            let s = try scene(ChartSpec(kind: .bar, indicators: ["agreements"], title: title, preset: .smallSlide, locale: .vi))
            let bytes = try CairoRenderer.render(s, format: .png(scale: 1))
            try Data(bytes).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "chartkit-title-\(name).png"))
            pngs.append(try RasterImage.decodePNG(bytes))
        }
        #expect(pngs[0].fractionDiffering(from: pngs[1]) < 0.001)
    }

    @Test func missingGlyphIsAnErrorNamingTheCodePoint() throws {
        let f = FontSpec(family: Theme.defaultFontFamily, size: 20)
        for cp: UInt32 in [0x10FFFD, 0x0378, 0x2FFFD] {  // private use, unassigned, noncharacter plane 2
            let text = "Agreements \(Character(Unicode.Scalar(cp)!))"
            #expect(throws: TextError.missingGlyphs(text: text, codePoints: [cp])) { try pango.measure(text, font: f) }
            do {
                _ = try pango.measure(text, font: f)
            } catch {
                #expect("\(error)".contains(TextError.name(cp)))
            }
        }
        // A chart with such a title is refused before anything is drawn.
        #expect(throws: TextError.self) {
            try scene(ChartSpec(kind: .bar, indicators: ["agreements"], title: "Private \u{10FFFD} use"))
        }
        // Font fallback: a script Noto Sans lacks still measures (another installed font has it).
        _ = try pango.measure("Thai ภาษาไทย", font: f)
    }

    @Test func sameInputGivesSameBytes() throws {
        let specs = [ChartSpec(kind: .bar, indicators: ["agreements", "mous"]), ChartSpec(kind: .line, indicators: ["fdi"], locale: .vi)]
        for spec in specs {
            for format in [ImageFormat.png(scale: 1), .svg, .pdf] {
                let a = try CairoRenderer.render(try scene(spec), format: format)
                let b = try CairoRenderer.render(try scene(spec), format: format)
                #expect(a == b, "\(spec.kind) \(format) differs between two renders")
            }
        }
        let pdf = String(decoding: try CairoRenderer.render(try scene(specs[0]), format: .pdf), as: UTF8.self)
        #expect(pdf.contains("/CreationDate (20240105000000Z)"))
    }

    @Test func pngScaleDoublesPixels() throws {
        let s = try scene(ChartSpec(kind: .bar, indicators: ["agreements"], preset: .smallSlide))
        let one = try RasterImage.decodePNG(try CairoRenderer.render(s, format: .png(scale: 1)))
        let two = try RasterImage.decodePNG(try CairoRenderer.render(s, format: .png(scale: 2)))
        #expect(one.width == 1280 && one.height == 720)
        #expect(two.width == 2560 && two.height == 1440)
    }

    @Test func sizesAreChecked() throws {
        let s = try scene(ChartSpec(kind: .bar, indicators: ["agreements"]))
        #expect(throws: RenderError.self) { try CairoRenderer.render(s, format: .png(scale: 9)) }
        #expect(throws: RenderError.self) { try CairoRenderer.render(s, format: .png(scale: .nan)) }
        var big = Scene(size: Size(width: 9000, height: 100))
        #expect(throws: RenderError.self) { try CairoRenderer.render(big, format: .png(scale: 2)) }
        big.size = Size(width: 10_001, height: 100)
        #expect(throws: SceneError.self) { try CairoRenderer.render(big, format: .svg) }
    }

    @Test func nonFiniteNeverReachesCairo() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for bad in [Double.nan, .infinity] {
            var s = Scene(size: Size(width: 100, height: 100))
            s.nodes = [.path(.polyline([Point(0, 0), Point(bad, 10)], stroke: StrokeStyle(color: .black, width: 1), role: "line"))]
            for format in [ImageFormat.png(scale: 1), .svg, .pdf] {
                #expect(throws: SceneError.self) { try CairoRenderer.render(s, format: format, to: dir + "/x.out") }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func atomicWriterLeavesNothingOnError() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: dir + "/chart.png") { sink in
                try sink.write([1, 2, 3])
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        // An existing file is kept as it was.
        try AtomicFile.write([9, 9], to: dir + "/chart.png")
        #expect(throws: Boom.self) { try AtomicFile.write(to: dir + "/chart.png") { _ in throw Boom() } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["chart.png"])
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/chart.png"))) == [9, 9])
        // A directory that does not exist is an I/O error, not a crash.
        #expect(throws: RenderError.self) { try AtomicFile.write([1], to: dir + "/no/such/dir/x.png") }
    }

    @Test func formatFromExtension() throws {
        #expect(try ImageFormat.forPath("a/b.PNG", scale: 2) == .png(scale: 2))
        #expect(try ImageFormat.forPath("b.svg") == .svg)
        #expect(try ImageFormat.forPath("b.pdf") == .pdf)
        #expect(throws: RenderError.self) { try ImageFormat.forPath("b.gif") }
        #expect(throws: RenderError.self) { try ImageFormat.forPath("noext") }
    }

    /// SVG and PDF output opens in independent readers (rsvg-convert, pdftoppm) when installed.
    @Test func outputsOpenInOtherTools() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let s = try scene(ChartSpec(kind: .line, indicators: ["agreements", "mous"], preset: .smallSlide, locale: .vi))
        try CairoRenderer.render(s, format: .svg, to: dir + "/c.svg")
        try CairoRenderer.render(s, format: .pdf, to: dir + "/c.pdf")
        for (tool, args) in [("/usr/bin/rsvg-convert", [dir + "/c.svg", "-o", dir + "/svg.png"]),
                             ("/usr/bin/pdftoppm", ["-png", "-r", "36", dir + "/c.pdf", dir + "/pdf"])] {
            guard FileManager.default.isExecutableFile(atPath: tool) else { continue }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = args
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(tool) failed")
        }
    }
}

/// Goldens: the scene dump (fake measurer, exact), SVG text (normalised) and PNG pixels
/// (with a tolerance). Re-record with RECORD_GOLDENS=1.
@Suite(.serialized) struct GoldenTests {
    static let cases: [(String, ChartSpec)] = [
        ("bar-slide", ChartSpec(kind: .bar, indicators: ["agreements", "mous"])),
        ("line-vi-slide", ChartSpec(kind: .line, indicators: ["fdi"], locale: .vi)),
    ]

    @Test func sceneDumps() throws {
        for (name, spec) in Self.cases {
            let dump = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: FakeTextMeasurer()).dump()
            guard let golden = try Goldens.load("\(name).scene.txt", recording: Array(dump.utf8)) else { continue }
            #expect(String(decoding: golden, as: UTF8.self) == dump, "scene \(name) changed; RECORD_GOLDENS=1 to accept")
        }
    }

    /// SVG with glyph outlines dropped and numbers rounded, so a font or Cairo update that moves
    /// nothing visibly does not fail it.
    static func normaliseSVG(_ bytes: [UInt8]) -> String {
        var s = String(decoding: bytes, as: UTF8.self)
        s = s.replacingOccurrences(of: #"<symbol[^>]*>\s*<path[^>]*/>\s*</symbol>"#, with: "<symbol/>", options: .regularExpression)
        s = s.replacingOccurrences(of: #"(\d+)\.\d+"#, with: "$1", options: .regularExpression)
        return s
    }

    @Test func svgSnapshots() throws {
        for (name, spec) in Self.cases {
            let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: PangoTextMeasurer())
            let svg = try CairoRenderer.render(scene, format: .svg)
            let norm = Self.normaliseSVG(svg)
            guard let golden = try Goldens.load("\(name).svg", recording: svg) else { continue }
            #expect(Self.normaliseSVG(golden) == norm, "SVG \(name) changed; RECORD_GOLDENS=1 to accept")
        }
    }

    @Test func pngPixels() throws {
        for (name, spec) in Self.cases {
            let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: PangoTextMeasurer())
            let png = try CairoRenderer.render(scene, format: .png(scale: 1))
            guard let golden = try Goldens.load("\(name).png", recording: png) else { continue }
            let diff = try RasterImage.decodePNG(png).fractionDiffering(from: RasterImage.decodePNG(golden))
            #expect(diff < 0.005, "PNG \(name): \(diff * 100)% of pixels differ; RECORD_GOLDENS=1 to accept")
        }
    }
}
