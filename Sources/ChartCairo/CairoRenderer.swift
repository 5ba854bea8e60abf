import CCairo
import ChartKit
#if canImport(Glibc)
import Glibc
#endif

/// Draws a `Scene` through Cairo and Pango into PNG, SVG or PDF bytes or files.
///
/// The same scene gives the same bytes: PDF dates come from `scene.date` (or a fixed date),
/// SVG ids are numbered in document order, and nothing random or time-dependent is written.
public enum CairoRenderer {
    /// The PDF date written when the scene has none.
    public static let fixedDate = "2000-01-01T00:00:00Z"

    /// Renders `scene` and writes it atomically to `path`.
    /// - Throws: `SceneError` (NaN, infinite, bad size), `RenderError` (Cairo, size, I/O),
    ///   `TextError` (a glyph no font has).
    public static func render(_ scene: Scene, format: ImageFormat, to path: String) throws {
        let bytes = try render(scene, format: format)
        try AtomicFile.write(bytes, to: path)
    }

    /// Renders `scene` to `path` and writes its alt text beside it (`<path>.alt.txt`), both atomically.
    public static func render(_ scene: Scene, format: ImageFormat, to path: String, altTextFile: Bool) throws {
        try render(scene, format: format, to: path)
        if altTextFile && !scene.altText.isEmpty {
            try AtomicFile.write(Array((scene.altText + "\n").utf8), to: path + ".alt.txt")
        }
    }

    /// The alt text embedded in PNG bytes (iTXt or tEXt chunk `Description`), for checks.
    public static func pngDescription(_ bytes: [UInt8]) -> String? { AltTextEmbedding.pngText(bytes) }

    /// Renders `scene` to the bytes of a file in `format`.
    public static func render(_ scene: Scene, format: ImageFormat) throws -> [UInt8] {
        // 1. Refuse what Cairo must never see: non-finite numbers, absurd sizes.
        try scene.validate()
        if format == .svg { return try SVGWriter.render(scene) }
        if case .png(let s) = format { return try RasterRenderer.png(scene, scale: s) }
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let w = scene.size.width, h = scene.size.height

        // 2. The surface for the format: PDF, or SVG with text as outlines (PNG and text SVG
        // returned above).
        let surface: OpaquePointer
        if format == .pdf {
            surface = CairoSurfaces.pdf(sink: sink, size: scene.size, title: scene.title, subject: scene.altText, date: scene.date)
        } else {
            surface = cairo_svg_surface_create_for_stream(writeToSink, closure, w, h)
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        }
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating the \(format) surface")

        // 3. Draw: text as glyphs, so the PDF keeps real, searchable text.
        let cr = cairo_create(surface)!
        do {
            defer { cairo_destroy(cr) }
            paintBackground(scene, cr: cr)
            let text = PangoEngine.shared.layout(drawingInto: cr)
            defer { PangoEngine.shared.release(text) }
            try draw(scene.nodes, cr: cr, layout: text.layout)
            try check(cairo_status(cr), "drawing")
        }

        // 4. Finish and collect the bytes.
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "finishing the \(format) file")
        return format == .pdf ? sink.bytes
            : AltTextEmbedding.svg(SVGIds.renumber(sink.bytes), title: scene.title, description: scene.altText)
    }

    /// Paints the scene's background, if it has one, over the whole surface of `cr`.
    static func paintBackground(_ scene: Scene, cr: OpaquePointer) {
        guard let bg = scene.background else { return }
        cairo_set_source_rgba(cr, bg.red, bg.green, bg.blue, bg.alpha)
        cairo_paint(cr)
    }

    /// Draws scene nodes into a Cairo context in its current transform, shaping text with
    /// `layout` (a PangoLayout for that context). Used by the file renderers and by
    /// `PagedDocument`. `textAsPaths` fills text as outlines (raster output) instead of showing
    /// glyphs (vector output, where the PDF keeps real, searchable text). Each text run takes the
    /// Pango engine's lock (Pango is not thread-safe; the raster renderer's bands draw at once and
    /// meet only there); paths are drawn without it. Call it without holding the lock.
    /// - Throws: `TextError.missingGlyphs` naming the code points no installed font has.
    static func draw(_ nodes: [SceneNode], cr: OpaquePointer, layout: OpaquePointer, textAsPaths: Bool = false) throws {
        for n in nodes {
            switch n {
            case .group(let g):
                cairo_save(cr)
                if let c = g.clip {
                    cairo_rectangle(cr, c.x, c.y, c.width, c.height)
                    cairo_clip(cr)
                }
                try draw(g.children, cr: cr, layout: layout, textAsPaths: textAsPaths)
                cairo_restore(cr)
            case .path(let p):
                drawPath(p, cr: cr)
            case .text(let t):
                try PangoEngine.shared.withLock { try setText(t, cr: cr, layout: layout, asPath: textAsPaths) }
                if textAsPaths { cairo_fill(cr) }
                cairo_new_path(cr)
            }
        }
    }

    /// Shapes `t` and shows it, or adds its outlines to the current path (`asPath`: the caller
    /// fills them); the Pango engine's lock held.
    static func setText(_ t: TextRun, cr: OpaquePointer, layout: OpaquePointer, asPath: Bool) throws {
        PangoEngine.shared.configure(layout, t.text, t.font)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            let missing = PangoEngine.shared.missingScalars(t.text, font: t.font)
            throw TextError.missingGlyphs(text: t.text, codePoints: missing)
        }
        let scale = PangoEngine.scale(of: t.font)
        let m = PangoEngine.metrics(layout, scale: scale)
        let x: Double
        switch t.anchor {
        case .start: x = t.position.x
        case .middle: x = t.position.x - m.width / 2
        case .end: x = t.position.x - m.width
        }
        cairo_set_source_rgba(cr, t.color.red, t.color.green, t.color.blue, t.color.alpha)
        cairo_move_to(cr, x, t.position.y - m.ascent)
        PangoEngine.show(layout, cr: cr, scale: scale, asPath: asPath)
    }

    /// Fills and/or strokes one path in the context's current transform.
    static func drawPath(_ p: PathNode, cr: OpaquePointer) {
        cairo_new_path(cr)
        for c in p.commands {
            switch c {
            case .move(let a): cairo_move_to(cr, a.x, a.y)
            case .line(let a): cairo_line_to(cr, a.x, a.y)
            case .curve(let a, let b, let e): cairo_curve_to(cr, a.x, a.y, b.x, b.y, e.x, e.y)
            case .close: cairo_close_path(cr)
            }
        }
        if let f = p.fill {
            cairo_set_source_rgba(cr, f.red, f.green, f.blue, f.alpha)
            if p.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let s = p.stroke {
            cairo_set_source_rgba(cr, s.color.red, s.color.green, s.color.blue, s.color.alpha)
            cairo_set_line_width(cr, s.width)
            cairo_set_line_cap(cr, s.cap == .round ? CAIRO_LINE_CAP_ROUND : s.cap == .square ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
            cairo_set_line_join(cr, s.join == .round ? CAIRO_LINE_JOIN_ROUND : s.join == .bevel ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_MITER)
            s.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    static func check(_ status: cairo_status_t, _ step: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(step: step, status: String(cString: cairo_status_to_string(status)))
        }
    }

    /// `2024-01-05` -> `2024-01-05T00:00:00Z`; nil -> the fixed date.
    static func pdfDate(_ day: String?) -> String {
        guard let d = day, d.count == 10 else { return fixedDate }
        return d + "T00:00:00Z"
    }
}

/// Collects what Cairo writes.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// Cairo surfaces that write into a `ByteSink`.
enum CairoSurfaces {
    /// A PDF surface with deterministic metadata: `date` (`YYYY-MM-DD`, nil for the fixed date)
    /// as creation and modification date, creator `indicators`, and the title and subject when
    /// not empty. The sink must outlive the surface.
    static func pdf(sink: ByteSink, size: Size, title: String, subject: String, date: String?) -> OpaquePointer {
        let surface = cairo_pdf_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        let stamp = CairoRenderer.pdfDate(date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "indicators")
        if !title.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        if !subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        return surface
    }
}

private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
