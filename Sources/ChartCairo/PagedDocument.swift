import CCairo
import ChartKit

/// A multi-page PDF laid out by its caller: pages, wrapped text, rules and bands, and whole
/// scenes drawn as vectors at a place on the page. The brief's PDF is set with it, so Cairo and
/// Pango stay inside ChartCairo.
///
/// Text is shaped by the same Pango font map and settings as the charts (no hinting, unrounded
/// glyph positions). Same calls, same bytes: the PDF dates come from `date` and nothing else
/// varies. Not thread-safe: use one document from one thread (other documents and charts may
/// render at the same time).
public final class PagedDocument {
    /// Horizontal alignment of wrapped text in its width.
    public enum Alignment: Sendable { case left, right }

    /// The size of every page, in points.
    public let pageSize: Size
    /// The 1-based number of the page being drawn.
    public private(set) var pageNumber = 1

    private let sink = ByteSink()
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let pango: (context: OpaquePointer, layout: OpaquePointer)
    private var layout: OpaquePointer { pango.layout }
    private var finished = false

    /// Starts a document on its first page.
    /// - Parameters:
    ///   - pageSize: the page size in points (A4 is 595.28 x 841.89).
    ///   - title: the PDF title metadata.
    ///   - date: `YYYY-MM-DD` written as the creation and modification date; nil writes
    ///     `CairoRenderer.fixedDate`.
    public init(pageSize: Size, title: String, date: String?) {
        self.pageSize = pageSize
        surface = CairoSurfaces.pdf(sink: sink, size: pageSize, title: title, subject: "", date: date)
        let cr = cairo_create(surface)!
        self.cr = cr
        pango = PangoEngine.shared.layout(drawingInto: cr)
    }

    deinit {
        PangoEngine.shared.release(pango)
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    // MARK: Text

    /// The most characters of one text block; longer text is cut with "…" at a grapheme boundary
    /// before Pango lays it out, so a megabyte name costs what a long paragraph does.
    public static let maximumTextLength = ChartLimits.maximumAltTextLength

    /// The size of `text` set in `font`: wrapped at word (or, failing that, character)
    /// boundaries in `width`, or on one line when `width` is nil.
    public func measure(_ text: String, font: FontSpec, width: Double?) -> Size {
        PangoEngine.shared.withLock {
            PangoEngine.shared.configure(layout, text.capped(Self.maximumTextLength), font, wrapWidth: width, alignRight: false)
            return PangoEngine.size(layout, scale: PangoEngine.scale(of: font))
        }
    }

    /// Draws `text` wrapped in `width` with its top-left corner at `origin`.
    /// - Returns: the height used, in points.
    @discardableResult
    public func text(_ text: String, font: FontSpec, at origin: Point, width: Double, color: Color,
                     alignment: Alignment = .left) -> Double {
        PangoEngine.shared.withLock {
            PangoEngine.shared.configure(layout, text.capped(Self.maximumTextLength), font, wrapWidth: width, alignRight: alignment == .right)
            cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
            cairo_move_to(cr, origin.x, origin.y)
            let scale = PangoEngine.scale(of: font)
            PangoEngine.show(layout, cr: cr, scale: scale, asPath: false)
            cairo_new_path(cr)
            return PangoEngine.size(layout, scale: scale).height
        }
    }

    // MARK: Shapes and scenes

    /// Draws a path (a rule, a band, a frame) in page coordinates.
    public func draw(_ path: PathNode) {
        CairoRenderer.drawPath(path, cr: cr)
    }

    /// Draws `scene` with its top-left corner at `origin`, scaled by `scale`, clipped to its
    /// size, over its background.
    /// - Throws: `TextError.missingGlyphs` naming the code points no installed font has.
    public func place(_ scene: Scene, at origin: Point, scale: Double) throws {
        try scene.validate()
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, origin.x, origin.y)
        cairo_scale(cr, scale, scale)
        if let bg = scene.background {
            cairo_set_source_rgba(cr, bg.red, bg.green, bg.blue, bg.alpha)
            cairo_rectangle(cr, 0, 0, scene.size.width, scene.size.height)
            cairo_fill(cr)
        }
        cairo_rectangle(cr, 0, 0, scene.size.width, scene.size.height)
        cairo_clip(cr)
        try CairoRenderer.draw(scene.nodes, cr: cr, layout: layout)
    }

    // MARK: Pages and the file

    /// Ends the current page and starts the next one.
    public func newPage() {
        cairo_show_page(cr)
        pageNumber += 1
    }

    /// Ends the last page and returns the PDF's bytes. The document cannot be drawn on afterwards.
    /// - Throws: `RenderError.cairo` when Cairo failed at any point (an internal fault, not bad input).
    public func finish() throws -> [UInt8] {
        precondition(!finished, "PagedDocument.finish() called twice")
        finished = true
        try CairoRenderer.check(cairo_status(cr), "drawing the PDF")
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        try CairoRenderer.check(cairo_surface_status(surface), "finishing the PDF")
        return sink.bytes
    }
}
