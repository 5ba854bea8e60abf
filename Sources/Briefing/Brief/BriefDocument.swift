import ChartKit
import IndicatorKit

/// The content of a brief as blocks, written once and set twice: as Markdown (`brief.md`) and
/// as an A4 PDF (`brief.pdf`), so the two cannot say different things.
public enum BriefBlock: Sendable {
    /// A heading: level 1 is the brief's title, 2 a section, 3 a subsection.
    case heading(level: Int, text: String)
    /// A paragraph of running text.
    case paragraph(String)
    /// A bulleted list, one string per item.
    case bullets([String])
    /// A table of text cells.
    case table(BriefTable)
    /// A chart: index into `BriefDocument.charts`.
    case figure(Int)
    /// A verbatim quote with its attribution.
    case quote(text: String, attribution: String)
}

/// A table of text cells.
public struct BriefTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// Per column: whether its cells are right-aligned (numbers).
    public var alignRight: [Bool]
    /// The rows, one text per column.
    public var rows: [[String]]

    /// A table with one `alignRight` flag per `header` column.
    public init(header: [String], alignRight: [Bool], rows: [[String]]) {
        self.header = header; self.alignRight = alignRight; self.rows = rows
    }

    /// The people-facing text of a result table: its titles, alignment and cell texts.
    public init(_ t: TextTable) {
        header = t.columns.map(\.title)
        alignRight = t.columns.map(\.alignRight)
        rows = t.rows.map { $0.map(\.text) }
    }
}

/// One chart of a brief with its sidecars.
public struct BriefChart: Sendable {
    /// File base name in `charts/` (`agreements`).
    public var name: String
    /// The chart's title as drawn.
    public var title: String
    /// The line printed under the chart in the brief (what it shows, from which rows).
    public var caption: String
    /// Alt text of the chart, also written as its `.alt.txt` sidecar.
    public var altText: String
    /// The chart, drawn into the PDF page as vectors and into its PNG, SVG and PDF files.
    public var scene: Scene
    /// File name (in `charts/`) -> bytes: PNG, SVG, PDF, CSV, log, alt text, spec, hash list.
    public var files: [(name: String, bytes: [UInt8])]
    /// SHA-256 of the chart's hash list, which names the hash of every other file of the chart.
    public var contentHash: String
}

/// A whole brief: its blocks in reading order, the charts they show, and what the PDF needs
/// (footer, date). `BriefBuilder.build` makes one; `BriefMarkdown` and `BriefPDF` set it.
public struct BriefDocument: Sendable {
    /// The brief's title (`Briefing: <dataset> — 18 → 20 → 21`).
    public var title: String
    /// Printed at the foot of every PDF page with the page number.
    public var footer: String
    /// The language the brief is written in.
    public var locale: NumberLocale
    /// The content, in reading order.
    public var blocks: [BriefBlock]
    /// The charts that `figure` blocks point at, by index.
    public var charts: [BriefChart]
    /// The latest source date, used as the PDF's date (no clock time anywhere).
    public var date: String?
}

extension BriefBlock {
    /// The block's words as a reader sees them (no markup): headings, paragraphs, bullets,
    /// table cells and quotes; empty for a figure.
    public var plainText: String {
        switch self {
        case .heading(_, let t), .paragraph(let t): t
        case .bullets(let items): items.joined(separator: "\n")
        case .table(let t): (t.header + t.rows.flatMap { $0 }).joined(separator: "\n")
        case .figure: ""
        case .quote(let text, let attribution): text + "\n" + attribution
        }
    }
}
