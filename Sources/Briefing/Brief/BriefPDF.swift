import ChartCairo
import ChartKit
import IndicatorKit

/// Sets a `BriefDocument` on A4 pages through Cairo and Pango: headings, wrapped paragraphs,
/// tables with wrapped cells (split across pages with the header repeated), quotes, and each
/// chart drawn from its `Scene` as vectors, on ChartCairo's `PagedDocument`. Same document,
/// same bytes: the PDF date is the latest source date and nothing else varies.
public enum BriefPDF {
    /// A4 page width in points (210 mm).
    public static let pageWidth = 595.28
    /// A4 page height in points (297 mm).
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
    /// - Throws: `TextError` for a character no installed font has (in a chart), `RenderError`
    ///   when Cairo fails (an internal fault).
    public static func render(_ doc: BriefDocument) throws -> [UInt8] {
        let pdf = PagedDocument(pageSize: Size(width: pageWidth, height: pageHeight), title: doc.title, date: doc.date)
        let setter = Typesetter(pdf: pdf, title: doc.footer)
        try setter.set(doc)
        setter.finishPage()
        return try pdf.finish()
    }
}

/// Places blocks top to bottom, page after page.
final class Typesetter {
    let pdf: PagedDocument
    let title: String
    var y = BriefPDF.margin
    var pageHasContent = false
    let left = BriefPDF.margin
    var bottom: Double { BriefPDF.pageHeight - BriefPDF.margin }

    init(pdf: PagedDocument, title: String) {
        self.pdf = pdf
        self.title = title
    }

    // MARK: Text

    /// Height of `text` set in `width`.
    func height(_ text: String, _ font: FontSpec, width: Double) -> Double {
        pdf.measure(text, font: font, width: width).height
    }

    /// Natural one-line width of `text`.
    func width(_ text: String, _ font: FontSpec) -> Double {
        pdf.measure(text, font: font, width: nil).width
    }

    /// Draws wrapped text with its top at (x, y); returns the height used.
    @discardableResult
    func draw(_ text: String, _ font: FontSpec, x: Double, y: Double, width: Double, color: Color = BriefPDF.ink, alignRight: Bool = false) -> Double {
        pdf.text(text, font: font, at: Point(x, y), width: width, color: color, alignment: alignRight ? .right : .left)
    }

    /// Fills a rectangle.
    func fill(_ r: Rect, _ color: Color) {
        pdf.draw(.rect(r, fill: color))
    }

    /// A thin rule from `a` to `b`.
    func rule(_ a: Point, _ b: Point) {
        pdf.draw(.polyline([a, b], stroke: StrokeStyle(color: BriefPDF.rule, width: 0.5)))
    }

    // MARK: Pages

    func finishPage() {
        let footY = BriefPDF.pageHeight - BriefPDF.margin / 2 - 4
        draw(title, BriefPDF.small, x: left, y: footY, width: BriefPDF.contentWidth - 40, color: BriefPDF.muted)
        draw("\(pdf.pageNumber)", BriefPDF.small, x: left, y: footY, width: BriefPDF.contentWidth, color: BriefPDF.muted, alignRight: true)
    }

    func newPage() {
        finishPage()
        pdf.newPage()
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
                fill(Rect(x: left + 4, y: top, width: 2, height: y - top), BriefPDF.rule)
                y += 6
            case .figure(let idx):
                let c = doc.charts[idx]
                let s = c.scene
                // At its real size (the a4-column preset is the text column's width), so that no
                // text falls under the legibility floors the chart was laid out for.
                let scale = min(1, W / s.size.width)
                let h = s.size.height * scale
                let capH = height(plain(c.caption), BriefPDF.caption, width: W) + height(plain(c.altText), BriefPDF.small, width: W)
                    + height("x", BriefPDF.small, width: W)
                if !previousWasHeading { need(h + capH + 8) } else if y + h + capH > bottom { newPage() }
                pageHasContent = true
                let x0 = left + (W - s.size.width * scale) / 2
                try pdf.place(s, at: Point(x0, y), scale: scale)
                pdf.draw(.rect(Rect(x: x0, y: y, width: s.size.width * scale, height: h), fill: nil,
                               stroke: StrokeStyle(color: BriefPDF.rule, width: 0.5)))
                y += h + 4
                y += draw(plain(c.caption), BriefPDF.caption, x: left, y: y, width: W) + 1
                y += draw(doc.locale.text(.brief(.altTextLead)) + plain(c.altText), BriefPDF.small, x: left, y: y, width: W, color: BriefPDF.muted)
                y += draw(doc.locale.text(.brief(.files)) + "charts/" + c.name + ".{png,svg,pdf,csv,log.txt,alt.txt,spec.yaml,sha256} · SHA-256 " + String(c.contentHash.prefix(16)),
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
            if shade { fill(Rect(x: left, y: y, width: widths.reduce(0, +), height: h), BriefPDF.band) }
            var x = left
            for c in 0..<n {
                draw(plain(c < cells.count ? cells[c] : ""), font, x: x + pad, y: y + pad, width: widths[c] - 2 * pad,
                     alignRight: c < t.alignRight.count && t.alignRight[c])
                x += widths[c]
            }
            y += h
            rule(Point(left, y), Point(left + widths.reduce(0, +), y))
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
}
