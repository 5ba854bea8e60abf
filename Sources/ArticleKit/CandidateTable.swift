import IndicatorKit

/// Writes candidates as CSV, JSON or an aligned table. The CSV columns are those of
/// `indicators extract`, then the tidy-table columns of `indicators import`, so that an analyst
/// fills in `indicator` and imports the same file.
public enum CandidateTable {
    /// The CSV and JSON columns, in order.
    public static let columns = [
        "article", "byte_offset", "literal", "value", "unit", "scale", "qualifier", "period_start", "period_end", "quote",
        "indicator", "period", "period_label", "period_note", "role", "note",
    ]

    /// The candidates as a table with every column (for CSV and JSON).
    public static func table(_ candidates: [Candidate]) -> TextTable {
        var t = TextTable(columns: columns.map { TextTable.Column($0, $0) })
        for c in candidates {
            t.rows.append([
                .init(c.article), .number(String(c.byteOffset), Double(c.byteOffset)), .init(c.literal), valueCell(c),
                .init(c.unit), .init(c.scale), .init(c.qualifier),
                .init(c.periodStart?.iso ?? ""), .init(c.periodEnd?.iso ?? ""), .init(c.quote),
                .init(""), .init(c.period), .init(c.periodLabel), .init(c.periodNote), .init(c.role.rawValue), .init(c.note),
            ])
        }
        return t
    }

    /// The value of a candidate as a number cell (a JSON number, whatever the role), or null
    /// (empty in CSV) when the number has no value.
    static func valueCell(_ c: Candidate) -> TextTable.Cell {
        guard let value = c.value else { return .number("", nil) }
        let plain = NumberNotation.plain(value)
        return .number(plain, Double(plain))
    }

    /// The candidates as an aligned table for reading in a terminal: offset, number, unit,
    /// qualifier, period, role and the start of the quote.
    public static func summary(_ candidates: [Candidate]) -> TextTable {
        var t = TextTable(columns: [
            .init("byte_offset", "Byte", alignRight: true), .init("literal", "As written"), .init("value", "Value", alignRight: true),
            .init("unit", "Unit"), .init("scale", "Scale"), .init("qualifier", "Qualifier"), .init("period", "Period"),
            .init("role", "Role"), .init("quote", "Quote"),
        ])
        for c in candidates {
            let q = c.quote.count > 60 ? String(c.quote.prefix(59)) + "…" : c.quote
            t.rows.append([
                .number(String(c.byteOffset), Double(c.byteOffset)), .init(c.literal), valueCell(c),
                .init(c.unit), .init(c.scale), .init(c.qualifier), .init(c.period), .init(c.role.rawValue), .init(q),
            ])
        }
        return t
    }
}
