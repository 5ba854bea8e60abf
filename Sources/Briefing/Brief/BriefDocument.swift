import ChartKit
import IndicatorKit

/// The content of a brief as blocks, written once and set twice: as Markdown (`brief.md`) and
/// as an A4 PDF (`brief.pdf`), so the two cannot say different things.
public enum BriefBlock: Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case bullets([String])
    case table(BriefTable)
    /// A chart: index into `BriefDocument.charts`.
    case figure(Int)
    /// A verbatim quote with its attribution.
    case quote(text: String, attribution: String)
}

/// A table of text cells.
public struct BriefTable: Sendable {
    public var header: [String]
    public var alignRight: [Bool]
    public var rows: [[String]]

    public init(header: [String], alignRight: [Bool], rows: [[String]]) {
        self.header = header; self.alignRight = alignRight; self.rows = rows
    }

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
    public var title: String
    public var caption: String
    public var altText: String
    public var scene: Scene
    /// File name (in `charts/`) -> bytes: PNG, SVG, PDF, CSV, log, alt text, spec, hash list.
    public var files: [(name: String, bytes: [UInt8])]
    /// SHA-256 of the chart's hash list, which names the hash of every other file of the chart.
    public var contentHash: String
}

public struct BriefDocument: Sendable {
    public var title: String
    /// Printed at the foot of every PDF page with the page number.
    public var footer: String
    public var locale: NumberLocale
    public var blocks: [BriefBlock]
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
