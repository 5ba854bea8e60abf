import CCairo
import ChartCairo
import ChartKit
import IndicatorKit

/// Sets a `BriefDocument` on A4 pages through Cairo and Pango: headings, wrapped paragraphs,
/// tables with wrapped cells (split across pages with the header repeated), quotes, and each
/// chart drawn from its `Scene` as vectors. ChartCairo writes one page per file, so the
/// multi-page surface lives here.
///
/// Pango is used from one thread with a font map of its own (not ChartCairo's shared one), with
/// the same settings (no hinting, unrounded glyph positions). Same document, same bytes: the PDF
/// date is the latest source date and nothing else varies.
public enum BriefPDF {
    public static let pageWidth = 595.28
    public static let pageHeight = 841.89
    static let margin = 56.0
    static var contentWidth: Double { pageWidth - 2 * margin }

    static let family = "Noto Sans, DejaVu Sans"
    static let body = FontSpec(family: family, size: 9.5)
    static let small = FontSpec(family: family, size: 7.5)
    static let smallBold = FontSpec(family: family, size: 7.5, weight: .bold)
    static let caption = FontSpec(family: family, size: 8, italic: true)
    static let quoteFont = FontSpec(family: family, size: 9, italic: true)
    static func heading(_ level: Int) -> FontSpec {
        FontSpec(family: family, size: level == 1 ? 17 : level == 2 ? 13 : 11, weight: .bold)
    }
    static let ink = Color(hex: 0x1A1A1A), muted = Color(hex: 0x595959), rule = Color(hex: 0xC8C8C8), band = Color(hex: 0xF2F4F7)

    /// Renders the document to PDF bytes.
    public static func render(_ doc: BriefDocument) throws -> [UInt8] {
        let sink = PDFSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream(pdfWrite, closure, pageWidth, pageHeight)!
        defer { cairo_surface_destroy(surface) }
        let date = doc.date.map { $0 + "T00:00:00Z" } ?? "2000-01-01T00:00:00Z"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "indicators")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title)
        let cr = cairo_create(surface)!
        let setter = Typesetter(cr: cr, title: doc.footer)
        defer {
            setter.close()
            cairo_destroy(cr)
        }
        try setter.set(doc)
        setter.finishPage()
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw DatasetError(SourcePosition(file: "brief.pdf", line: 1, column: 1),
                               "cairo could not write the PDF: \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        return sink.bytes
    }
}

final class PDFSink { var bytes: [UInt8] = [] }

private let pdfWrite: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// Places blocks top to bottom, page after page.
final class Typesetter {
    let cr: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let layout: OpaquePointer
    var descriptions: [FontSpec: OpaquePointer] = [:]
    let title: String
    var y = BriefPDF.margin
    var page = 1
    var pageHasContent = false
    let left = BriefPDF.margin
    var bottom: Double { BriefPDF.pageHeight - BriefPDF.margin }

    init(cr: OpaquePointer, title: String) {
        self.cr = cr
        self.title = title
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)!
        let opts = cairo_font_options_create()
        cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, opts)
        cairo_font_options_destroy(opts)
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_update_context(cr, context)
        layout = pango_layout_new(context)!
    }

    func close() {
        for d in descriptions.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    // MARK: Text

    func description(_ f: FontSpec) -> OpaquePointer {
        if let d = descriptions[f] { return d }
        let d = pangoFontDescription(f)
        descriptions[f] = d
        return d
    }

    /// Configures the layout; `width` nil sets one line.
    func configure(_ text: String, _ font: FontSpec, width: Double?, alignRight: Bool = false) {
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_width(layout, width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, alignRight ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        var t = text
        t.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { pango_layout_set_text(layout, $0.baseAddress, Int32($0.count)) }
        }
    }

    /// Height of `text` set in `width`.
    func height(_ text: String, _ font: FontSpec, width: Double) -> Double {
        configure(text, font, width: width)
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return Double(h) / Double(PANGO_SCALE)
    }

    /// Natural one-line width of `text`.
    func width(_ text: String, _ font: FontSpec) -> Double {
        configure(text, font, width: nil)
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return Double(w) / Double(PANGO_SCALE)
    }

    /// Draws wrapped text with its top at (x, y); returns the height used.
    @discardableResult
    func draw(_ text: String, _ font: FontSpec, x: Double, y: Double, width: Double, color: Color = BriefPDF.ink, alignRight: Bool = false) -> Double {
        configure(text, font, width: width, alignRight: alignRight)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
        cairo_new_path(cr)
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return Double(h) / Double(PANGO_SCALE)
    }

    // MARK: Pages

    func finishPage() {
        let footY = BriefPDF.pageHeight - BriefPDF.margin / 2 - 4
        draw(title, BriefPDF.small, x: left, y: footY, width: BriefPDF.contentWidth - 40, color: BriefPDF.muted)
        draw("\(page)", BriefPDF.small, x: left, y: footY, width: BriefPDF.contentWidth, color: BriefPDF.muted, alignRight: true)
        cairo_show_page(cr)
    }

    func newPage() {
        finishPage()
        page += 1
        y = BriefPDF.margin
        pageHasContent = false
    }

    /// Starts a new page unless `h` more points fit on this one.
    func need(_ h: Double) {
        if y + h > bottom && pageHasContent { newPage() }
        pageHasContent = true
    }

    func plain(_ s: String) -> String { String(s.filter { $0 != "`" }) }

    // MARK: Blocks

    func set(_ doc: BriefDocument) throws {
        let W = BriefPDF.contentWidth
        var previousWasHeading = false
        for (i, b) in doc.blocks.enumerated() {
            switch b {
            case .heading(let level, let text):
                let f = BriefPDF.heading(level)
                let h = height(plain(text), f, width: W)
                // Keep a heading with what follows it.
                let next = i + 1 < doc.blocks.count ? doc.blocks[i + 1] : nil
                var follow = 40.0
                if case .figure = next { follow = 200 }
                y += level == 1 ? 0 : 10
                need(h + follow)
                y += draw(plain(text), f, x: left, y: y, width: W) + (level == 1 ? 8 : 5)
                previousWasHeading = true
                continue
            case .paragraph(let text):
                let h = height(plain(text), BriefPDF.body, width: W)
                need(h)
                y += draw(plain(text), BriefPDF.body, x: left, y: y, width: W) + 6
            case .bullets(let items):
                for item in items {
                    let h = height(plain(item), BriefPDF.small, width: W - 10)
                    need(h)
                    draw("•", BriefPDF.small, x: left, y: y, width: 10)
                    y += draw(plain(item), BriefPDF.small, x: left + 10, y: y, width: W - 10, color: BriefPDF.muted) + 2
                }
                y += 4
            case .table(let t):
                setTable(t)
            case .quote(let text, let attribution):
                let q = "“" + text + "”"
                let h = height(q, BriefPDF.quoteFont, width: W - 14) + height(plain(attribution), BriefPDF.small, width: W - 14) + 2
                need(h)
                let top = y
                y += draw(q, BriefPDF.quoteFont, x: left + 14, y: y, width: W - 14) + 1
                y += draw(plain(attribution), BriefPDF.small, x: left + 14, y: y, width: W - 14, color: BriefPDF.muted)
                cairo_set_source_rgba(cr, BriefPDF.rule.red, BriefPDF.rule.green, BriefPDF.rule.blue, 1)
                cairo_rectangle(cr, left + 4, top, 2, y - top)
                cairo_fill(cr)
                y += 6
            case .figure(let idx):
                let c = doc.charts[idx]
                let s = c.scene
                // At most 290 pt tall, so that two charts and their captions share a page.
                let scale = min(1, W / s.size.width, 290 / s.size.height)
                let h = s.size.height * scale
                let capH = height(plain(c.caption), BriefPDF.caption, width: W) + height(plain(c.altText), BriefPDF.small, width: W)
                    + height("x", BriefPDF.small, width: W)
                if !previousWasHeading { need(h + capH + 8) } else if y + h + capH > bottom { newPage() }
                pageHasContent = true
                cairo_save(cr)
                let x0 = left + (W - s.size.width * scale) / 2
                cairo_translate(cr, x0, y)
                cairo_scale(cr, scale, scale)
                if let bg = s.background {
                    cairo_set_source_rgba(cr, bg.red, bg.green, bg.blue, bg.alpha)
                    cairo_rectangle(cr, 0, 0, s.size.width, s.size.height)
                    cairo_fill(cr)
                }
                cairo_rectangle(cr, 0, 0, s.size.width, s.size.height)
                cairo_clip(cr)
                try drawScene(s.nodes)
                cairo_restore(cr)
                cairo_set_source_rgba(cr, BriefPDF.rule.red, BriefPDF.rule.green, BriefPDF.rule.blue, 1)
                cairo_set_line_width(cr, 0.5)
                cairo_rectangle(cr, x0, y, s.size.width * scale, h)
                cairo_stroke(cr)
                y += h + 4
                y += draw(plain(c.caption), BriefPDF.caption, x: left, y: y, width: W) + 1
                y += draw((doc.locale == .vi ? "Mô tả thay thế: " : "Alt text: ") + plain(c.altText), BriefPDF.small, x: left, y: y, width: W, color: BriefPDF.muted)
                y += draw((doc.locale == .vi ? "Tệp: charts/" : "Files: charts/") + c.name + ".{png,svg,pdf,csv,log.txt,alt.txt,spec.yaml,sha256} · SHA-256 " + String(c.contentHash.prefix(16)),
                          BriefPDF.small, x: left, y: y, width: W, color: BriefPDF.muted) + 12
            }
            previousWasHeading = false
        }
    }

    /// A table with wrapped cells; columns get widths in proportion to their natural width,
    /// with a floor, and rows that do not fit move to the next page under a repeated header.
    func setTable(_ t: BriefTable) {
        let W = BriefPDF.contentWidth
        let pad = 3.0
        let n = t.header.count
        guard n > 0 else { return }
        var natural = [Double](repeating: 0, count: n)
        for c in 0..<n {
            natural[c] = width(plain(t.header[c]), BriefPDF.smallBold)
            for r in t.rows where c < r.count { natural[c] = max(natural[c], width(plain(r[c]), BriefPDF.small)) }
            natural[c] += 2 * pad
        }
        var widths = natural
        let total = natural.reduce(0, +)
        if total > W {
            // Shrink the wide columns first: cap each at a share, then spread what is left.
            let floor = min(40.0, W / Double(n))
            var cap = W / Double(n)
            for _ in 0..<40 {
                let used = natural.map { min($0, cap) }.reduce(0, +)
                if used >= W { break }
                cap += (W - used) / Double(max(1, natural.filter { $0 > cap }.count))
                if natural.allSatisfy({ $0 <= cap }) { break }
            }
            widths = natural.map { max(floor, min($0, cap)) }
            let sum = widths.reduce(0, +)
            widths = widths.map { $0 * W / sum }
        }
        func rowHeight(_ cells: [String], _ font: FontSpec) -> Double {
            var h = 0.0
            for c in 0..<n { h = max(h, height(plain(c < cells.count ? cells[c] : ""), font, width: widths[c] - 2 * pad)) }
            return h + 2 * pad
        }
        func drawRow(_ cells: [String], _ font: FontSpec, shade: Bool) {
            let h = rowHeight(cells, font)
            if shade {
                cairo_set_source_rgba(cr, BriefPDF.band.red, BriefPDF.band.green, BriefPDF.band.blue, 1)
                cairo_rectangle(cr, left, y, widths.reduce(0, +), h)
                cairo_fill(cr)
            }
            var x = left
            for c in 0..<n {
                draw(plain(c < cells.count ? cells[c] : ""), font, x: x + pad, y: y + pad, width: widths[c] - 2 * pad,
                     alignRight: c < t.alignRight.count && t.alignRight[c])
                x += widths[c]
            }
            y += h
            cairo_set_source_rgba(cr, BriefPDF.rule.red, BriefPDF.rule.green, BriefPDF.rule.blue, 1)
            cairo_set_line_width(cr, 0.5)
            cairo_move_to(cr, left, y)
            cairo_line_to(cr, left + widths.reduce(0, +), y)
            cairo_stroke(cr)
        }
        let headerH = rowHeight(t.header, BriefPDF.smallBold)
        need(headerH + (t.rows.first.map { rowHeight($0, BriefPDF.small) } ?? 0))
        drawRow(t.header, BriefPDF.smallBold, shade: true)
        for r in t.rows {
            let h = rowHeight(r, BriefPDF.small)
            if y + h > bottom {
                newPage()
                pageHasContent = true
                drawRow(t.header, BriefPDF.smallBold, shade: true)
            }
            drawRow(r, BriefPDF.small, shade: false)
        }
        y += 10
    }

    // MARK: Scenes

    /// Draws chart nodes with the same code as the chart files, in the current transform.
    func drawScene(_ nodes: [SceneNode]) throws {
        try CairoRenderer.draw(nodes, cr: cr, layout: layout)
    }
}
