import CCairo
@testable import ChartCairo
import ChartKit
import Testing

/// The PNG renderer draws an image in bands of rows at once, each band leaving out what lies
/// outside it; these tests hold it to the pixels of one plain Cairo surface with nothing left out.
@Suite(.serialized) struct RasterBandsTests {
    /// Everything that crosses band edges: a dense zigzag line (round joins), thick miter-joined
    /// and dashed lines, a curve, filled shapes, text on the edges (Vietnamese marks above the
    /// line), a clipped group and one clipped away.
    static func scene(background: Color?) -> Scene {
        let measurer = PangoTextMeasurer()
        var nodes: [SceneNode] = []
        var state: UInt64 = 3
        var zigzag: [Point] = []
        for i in 0..<4000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            zigzag.append(Point(20 + Double(i) * 0.28, 40 + Double(state >> 40) / Double(1 << 24) * 600))
        }
        nodes.append(.path(.polyline(zigzag, stroke: StrokeStyle(color: Color(hex: 0x0072B2), width: 1.2, cap: .round, join: .round))))
        nodes.append(.path(.polyline([Point(30, 100), Point(600, 170), Point(40, 175), Point(700, 500)],
                                     stroke: StrokeStyle(color: Color(hex: 0xD55E00), width: 9, join: .miter))))
        nodes.append(.path(.polyline([Point(50, 20), Point(1100, 660)],
                                     stroke: StrokeStyle(color: Color(hex: 0x333333), width: 2, dash: [7, 5]))))
        nodes.append(.path(PathNode([.move(Point(800, 30)), .curve(Point(1200, 200), Point(600, 500), Point(1000, 650))],
                                    stroke: StrokeStyle(color: Color(hex: 0x009E73), width: 3))))
        nodes.append(.path(.rect(Rect(x: 900, y: 150, width: 200, height: 30), fill: Color(hex: 0xF0E442))))
        nodes.append(.path(.circle(center: Point(300, 337), radius: 40, fill: Color(hex: 0xCC79A7))))
        for (k, y) in [40.0, 48, 168, 169, 337, 338, 506, 640].enumerated() {
            let font = FontSpec(family: Theme.defaultFontFamily, size: 10 + Double(k) * 3, weight: k % 2 == 0 ? .regular : .bold)
            let text = k % 2 == 0 ? "Hợp tác quốc tế \(k)" : "Ảnh hưởng ỹ \(k)"
            let metrics = (try? measurer.measure(text, font: font)) ?? TextMetrics(width: 0, ascent: 0, descent: 0)
            nodes.append(.text(TextRun(text, font: font, position: Point(40 + Double(k) * 120, y), color: .black, metrics: metrics)))
        }
        nodes.append(.group(GroupNode(clip: Rect(x: 100, y: 160, width: 400, height: 20),
                                      children: [.path(.rect(Rect(x: 0, y: 0, width: 1200, height: 675), fill: Color(hex: 0x56B4E9)))])))
        nodes.append(.group(GroupNode(clip: Rect(x: 100, y: 900, width: 400, height: 20),
                                      children: [.path(.rect(Rect(x: 0, y: 0, width: 1200, height: 675), fill: .black))])))
        return Scene(size: Size(width: 1200, height: 675), background: background, nodes: nodes)
    }

    /// The same scene drawn on one Cairo surface, whole, and encoded by Cairo's own PNG writer.
    static func reference(_ scene: Scene, scale: Double) throws -> RasterImage {
        let w = Int((scene.size.width * scale).rounded(.up)), h = Int((scene.size.height * scale).rounded(.up))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_scale(cr, scale, scale)
        CairoRenderer.paintBackground(scene, cr: cr)
        do {
            let text = PangoEngine.shared.layout(drawingInto: cr)
            defer { PangoEngine.shared.release(text) }
            try CairoRenderer.draw(scene.nodes, cr: cr, layout: text.layout, textAsPaths: true)
        }
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        #expect(status == CAIRO_STATUS_SUCCESS)
        return try RasterImage.decodePNG(sink.bytes)
    }

    @Test(arguments: [1.0, 2.0])
    func bandsGiveThePixelsOfOneSurface(scale: Double) throws {
        for background in [Color.white, nil] {
            let scene = Self.scene(background: background)
            let bands = try RasterImage.decodePNG(try CairoRenderer.render(scene, format: .png(scale: scale)))
            let whole = try Self.reference(scene, scale: scale)
            #expect(FastPNG.bands(height: bands.height).count > 4, "the test image is drawn in several bands")
            #expect(bands.width == whole.width && bands.height == whole.height)
            // A line cut to a band starts its edges at other points, so Cairo's scan converter steps
            // along them with other roundings: a few pixels (20 of 810,000 at scale 1, 79 of
            // 3,240,000 at scale 2, up to 8 levels off) may differ where it is crossed by something
            // drawn later; nothing else moves.
            var differing = 0, largest: UInt32 = 0
            for (a, b) in zip(bands.pixels, whole.pixels) where a != b {
                differing += 1
                for shift in stride(from: 0, through: 24, by: 8) {
                    let x = a >> UInt32(shift) & 0xFF, y = b >> UInt32(shift) & 0xFF
                    largest = max(largest, x > y ? x - y : y - x)
                }
            }
            let fraction = Double(differing) / Double(bands.pixels.count)
            #expect(fraction < 0.0002, "scale \(scale), background \(String(describing: background)): \(differing) pixels differ")
            #expect(largest <= 12, "scale \(scale): a pixel is off by \(largest) levels")
        }
    }

    /// Cutting a line to a band keeps the segments that come near it, neighbours as one sub-path.
    @Test func aLineIsCutToTheSegmentsNearTheBand() throws {
        let stroke = StrokeStyle(color: .black, width: 1, cap: .round, join: .round)
        let line = PathNode.polyline([Point(0, 0), Point(1, 100), Point(2, 0), Point(3, 300), Point(4, 310), Point(5, 100)], stroke: stroke)
        let piece = try #require(RasterRenderer.strokedLine(line, from: 200, to: 250))
        // margin 2.75 (round joins reach 0.75 widths): kept are (2,0)-(3,300) and (4,310)-(5,100);
        // (3,300)-(4,310) lies below the band.
        #expect(piece.commands == [.move(Point(2, 0)), .line(Point(3, 300)), .move(Point(4, 310)), .line(Point(5, 100))])
        // A segment 4 points below the band: past a round join's reach, within a miter's (7).
        let near = PathNode.polyline([Point(0, 100), Point(1, 225), Point(2, 254), Point(3, 256)], stroke: stroke)
        #expect(try #require(RasterRenderer.strokedLine(near, from: 200, to: 250)).commands == [.move(Point(0, 100)), .line(Point(1, 225)), .line(Point(2, 254))])
        var mitred = near
        mitred.stroke?.join = .miter
        #expect(try #require(RasterRenderer.strokedLine(mitred, from: 200, to: 250)).commands.count == 4)
        let far = try #require(RasterRenderer.strokedLine(line, from: 500, to: 600))
        #expect(far.commands.isEmpty)
        var dashed = line
        dashed.stroke?.dash = [2, 2]
        #expect(RasterRenderer.strokedLine(dashed, from: 200, to: 250) == nil, "a dash pattern would restart at each cut")
    }
}
