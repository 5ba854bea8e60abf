import CCairo
import ChartKit
import Dispatch

/// Draws a `Scene` into PNG bytes on two cores: the image's two bands of rows (`FastPNG.bands`)
/// are drawn at once, each into a Cairo image surface over its own rows of one `PixelMemory`,
/// then encoded at once by `FastPNG`.
///
/// Each band draws the whole scene, moved up by its first row: Cairo clips to the band, and an
/// integer move leaves every pixel's coverage as it is, so the pixels are those of one surface.
/// The bands meet only at text, which Pango shapes under the engine's lock (Pango is not
/// thread-safe); filling the outlines and everything else runs side by side.
///
/// Text is filled as glyph outlines like any path, so SVG rasterisers (rsvg, browsers), which
/// fill outlines too, give the same pixels; Cairo's glyph cache would snap glyphs to
/// quarter-pixel x and whole-pixel y positions instead.
enum RasterRenderer {
    /// The PNG of `scene` at `scale` device pixels per point.
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
        let failures = FastPNG.Shared([Error?](repeating: nil, count: bands.count))
        DispatchQueue.concurrentPerform(iterations: bands.count) { k in
            do { try draw(scene, scale: scale, into: memory, rows: bands[k]) } catch { failures.set(k, error) }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        guard let png = FastPNG.encode(memory.image) else {
            throw RenderError.cairo(step: "encoding the PNG", status: "zlib failed")
        }
        return png
    }

    /// Draws `scene` into `rows` of `memory`.
    static func draw(_ scene: Scene, scale: Double, into memory: PixelMemory, rows: Range<Int>) throws {
        guard let surface = memory.surface(rows: rows) else {
            throw RenderError.cairo(step: "creating the PNG surface", status: "no surface")
        }
        defer { cairo_surface_destroy(surface) }
        try CairoRenderer.check(cairo_surface_status(surface), "creating the PNG surface")
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_translate(cr, 0, -Double(rows.lowerBound))
        if scale != 1 { cairo_scale(cr, scale, scale) }
        if let bg = scene.background {
            cairo_set_source_rgba(cr, bg.red, bg.green, bg.blue, bg.alpha)
            cairo_paint(cr)
        }
        let (context, layout) = PangoEngine.shared.withLock { () -> (OpaquePointer, OpaquePointer) in
            let ctx = PangoEngine.makeContext(PangoEngine.shared.fontMap)
            pango_cairo_update_context(cr, ctx)
            return (ctx, pango_layout_new(ctx)!)
        }
        defer {
            PangoEngine.shared.withLock {
                g_object_unref(UnsafeMutableRawPointer(layout))
                g_object_unref(UnsafeMutableRawPointer(context))
            }
        }
        try CairoRenderer.draw(scene.nodes, cr: cr, layout: layout, textAsPaths: true, lockingText: true)
        try CairoRenderer.check(cairo_status(cr), "drawing")
        cairo_surface_flush(surface)
    }
}
