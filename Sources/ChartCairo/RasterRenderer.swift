import CCairo
import ChartKit

/// Draws a `Scene` into PNG bytes on all cores: the image's bands of rows (`FastPNG.bands`) are
/// drawn at once, each into a Cairo image surface over its own rows of one `PixelMemory`, and
/// encoded by `FastPNG`.
///
/// Each band draws the scene moved up by its first row, leaving out what lies wholly outside it
/// (`nodes(_:from:to:)`): Cairo clips to the band, and an integer move leaves every pixel's
/// coverage as it is, so the pixels are those of one surface, except that a line cut to a band
/// may leave a rare edge pixel a few levels off (`RasterBandsTests`). The bands meet only at text, which
/// Pango shapes under the engine's lock (Pango is not thread-safe); filling the outlines and
/// everything else runs side by side. On an opaque background every pixel is opaque, so each band
/// is encoded as soon as it is drawn (its first row unfiltered); otherwise the encoder first looks
/// at all the pixels (transparent ones make an RGBA file).
///
/// Text is filled as glyph outlines like any path, so SVG rasterisers (rsvg, browsers), which
/// fill outlines too, give the same pixels; Cairo's glyph cache would snap glyphs to
/// quarter-pixel x and whole-pixel y positions instead.
enum RasterRenderer {
    /// The PNG of `scene` at `scale` device pixels per point, its alt text in an iTXt chunk
    /// `Description`.
    /// - Throws: `RenderError` (size, memory, Cairo, zlib), `TextError` (a glyph no font has).
    static func png(_ scene: Scene, scale: Double) throws -> [UInt8] {
        guard scale.isFinite, scale > 0, scale <= 8 else { throw RenderError.tooLarge("PNG scale \(scale) is outside 0...8") }
        let pw = Int((scene.size.width * scale).rounded(.up)), ph = Int((scene.size.height * scale).rounded(.up))
        guard pw <= Scene.maximumPixels, ph <= Scene.maximumPixels else {
            throw RenderError.tooLarge("PNG of \(pw) x \(ph) pixels exceeds the maximum of \(Scene.maximumPixels) per side")
        }
        guard let memory = PixelMemory(width: pw, height: ph) else {
            throw RenderError.cairo(step: "allocating \(pw) x \(ph) pixels", status: "out of memory")
        }
        defer { memory.release() }
        let bands = FastPNG.bands(height: ph)
        let opaque = (scene.background?.alpha ?? 0) >= 1
        let drawn = concurrentMap(bands.count) { k in
            Result { () throws -> FastPNG.Band? in
                try draw(scene, scale: scale, into: memory, rows: bands[k])
                return opaque ? FastPNG.Band.encode(memory.image, rows: bands[k], opaque: true,
                                                    last: k == bands.count - 1, afterRowAbove: false) : nil
            }
        }
        let encoded = try drawn.map { try $0.get() }
        let png = opaque ? FastPNG.assemble(encoded, width: pw, height: ph, opaque: true, text: scene.altText)
            : FastPNG.encode(memory.image, text: scene.altText)
        guard let png else { throw RenderError.cairo(step: "encoding the PNG", status: "zlib failed") }
        return png
    }

    /// Draws `scene` into `rows` of `memory`.
    static func draw(_ scene: Scene, scale: Double, into memory: PixelMemory, rows: Range<Int>) throws {
        let surface = memory.surface(rows: rows)
        defer { cairo_surface_destroy(surface) }
        try CairoRenderer.check(cairo_surface_status(surface), "creating the PNG surface")
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_translate(cr, 0, -Double(rows.lowerBound))
        if scale != 1 { cairo_scale(cr, scale, scale) }
        CairoRenderer.paintBackground(scene, cr: cr)
        let text = PangoEngine.shared.layout(drawingInto: cr)
        defer { PangoEngine.shared.release(text) }
        let visible = nodes(scene.nodes, from: Double(rows.lowerBound) / scale, to: Double(rows.upperBound) / scale)
        try CairoRenderer.draw(visible, cr: cr, layout: text.layout, textAsPaths: true)
        try CairoRenderer.check(cairo_status(cr), "drawing")
        cairo_surface_flush(surface)
    }

    /// `nodes` without those lying wholly above `top` or below `bottom` (in points), with a
    /// generous margin: a text run's font size above and below its line, five stroke widths (miter
    /// joins) and two points around a path, every control point of a curve. Groups keep their
    /// order and clip; a group clipped outside the band is left out.
    static func nodes(_ nodes: [SceneNode], from top: Double, to bottom: Double) -> [SceneNode] {
        func overlaps(_ lo: Double, _ hi: Double) -> Bool { hi >= top && lo <= bottom }
        var kept: [SceneNode] = []
        kept.reserveCapacity(nodes.count)
        for n in nodes {
            switch n {
            case .group(var g):
                if let c = g.clip, !overlaps(c.y, c.y + c.height) { continue }
                g.children = Self.nodes(g.children, from: top, to: bottom)
                kept.append(.group(g))
            case .text(let t):
                let size = t.font.size
                if overlaps(t.position.y - t.metrics.ascent - size, t.position.y + t.metrics.descent + size) { kept.append(n) }
            case .path(let p):
                if let piece = strokedLine(p, from: top, to: bottom) {
                    if !piece.commands.isEmpty { kept.append(.path(piece)) }
                    continue
                }
                var lo = Double.infinity, hi = -Double.infinity
                for c in p.commands {
                    switch c {
                    case .move(let a), .line(let a): lo = min(lo, a.y); hi = max(hi, a.y)
                    case .curve(let a, let b, let e): lo = min(lo, a.y, b.y, e.y); hi = max(hi, a.y, b.y, e.y)
                    case .close: break
                    }
                }
                let margin = 2 + 5 * (p.stroke?.width ?? 0)
                if lo.isFinite, overlaps(lo - margin, hi + margin) { kept.append(n) }
            }
        }
        return kept
    }

    /// How far a stroke's ink can reach from its path, in line widths: five for miter joins
    /// (Cairo's miter limit of 10 lets a spike reach 5 widths), else 0.75 (half a width for round
    /// and bevel joins and round caps, the corner of a square cap at 0.71).
    static func reach(of stroke: StrokeStyle) -> Double {
        stroke.join == .miter ? 5 : 0.75
    }

    /// A solid stroked polyline (no fill, no dash; moves and lines only) cut to the segments that
    /// come near the band from `top` to `bottom`, runs of neighbouring segments kept as one
    /// sub-path; nil for any other path. A left-out segment lies wholly more than the stroke's reach (`reach(of:)`)
    /// and two points above or below the band, and so do the join or cap where a run now ends, so
    /// the stroke covers the band as before: one stroke of a million points reduced to a
    /// few thousand would otherwise be built again, whole, for every band it crosses. (Cairo steps
    /// along the cut edges from other starting points, so a rare edge pixel may round a level or
    /// two differently.)
    static func strokedLine(_ p: PathNode, from top: Double, to bottom: Double) -> PathNode? {
        guard p.fill == nil, let stroke = p.stroke, stroke.dash.isEmpty else { return nil }
        let margin = 2 + reach(of: stroke) * stroke.width
        var commands: [PathCommand] = []
        var previous: Point? = nil
        var inRun = false
        for c in p.commands {
            switch c {
            case .move(let a):
                previous = a
                inRun = false
            case .line(let b):
                guard let a = previous else { return nil }
                if max(a.y, b.y) >= top - margin && min(a.y, b.y) <= bottom + margin {
                    if !inRun { commands.append(.move(a)); inRun = true }
                    commands.append(.line(b))
                } else {
                    inRun = false
                }
                previous = b
            case .curve, .close:
                return nil
            }
        }
        var piece = p
        piece.commands = commands
        return piece
    }
}
