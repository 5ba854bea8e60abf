/// Output formats for tabular results.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case table, csv, json, markdown
}

/// A value in JSON output: text, a number, a boolean or null. Numbers are written in their
/// shortest round-trip form, never as `inf` or `nan` (those become null).
public enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Equal when both render to the same JSON text (object keys in order).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }
    /// Hashes the rendered JSON text, consistently with `==`.
    public func hash(into h: inout Hasher) { h.combine(render()) }

    /// Compact JSON text with keys in the order given (deterministic).
    public func render(indent: Int? = nil, level: Int = 0) -> String {
        let nl = indent == nil ? "" : "\n"
        let pad = indent.map { String(repeating: " ", count: $0 * (level + 1)) } ?? ""
        let end = indent.map { String(repeating: " ", count: $0 * level) } ?? ""
        let sep = indent == nil ? ":" : ": "
        switch self {
        case .string(let s): return JSONValue.quote(s)
        case .number(let x):
            guard x.isFinite else { return "null" }
            if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
            return "\(x)"
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let a):
            if a.isEmpty { return "[]" }
            return "[" + nl + a.map { pad + $0.render(indent: indent, level: level + 1) }.joined(separator: "," + nl) + nl + end + "]"
        case .object(let o):
            if o.isEmpty { return "{}" }
            return "{" + nl + o.map { pad + JSONValue.quote($0.0) + sep + $0.1.render(indent: indent, level: level + 1) }
                .joined(separator: "," + nl) + nl + end + "}"
        }
    }

    /// `s` as a JSON string literal (quotes, backslashes and control characters escaped).
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// A table of results that renders as aligned text, CSV, JSON or Markdown.
///
/// Each cell holds the text people read and the value machines read: the CSV and JSON outputs
/// carry the raw value (`51.53`), the table and Markdown outputs the formatted text (`US$51.53 bn`).
public struct TextTable: Sendable {
    /// A column: its key in CSV and JSON, its title in the text and Markdown tables.
    public struct Column: Sendable {
        /// Machine name: the CSV header and the JSON key.
        public var key: String
        /// Heading people read in the text and Markdown tables.
        public var title: String
        /// Whether the text table right-aligns the column (numbers).
        public var alignRight: Bool
        /// A column named `key` for machines and `title` for people.
        public init(_ key: String, _ title: String, alignRight: Bool = false) {
            self.key = key; self.title = title; self.alignRight = alignRight
        }
    }

    /// One cell: the text people read and the value machines read.
    public struct Cell: Sendable {
        /// Formatted text for the text and Markdown tables (`US$51.53 bn`).
        public var text: String
        /// Raw value for CSV and JSON (`51.53`).
        public var value: JSONValue
        /// A cell showing `text`; its machine value is `value`, or the text itself (null when empty).
        public init(_ text: String, value: JSONValue? = nil) {
            self.text = text
            self.value = value ?? (text.isEmpty ? .null : .string(text))
        }
        /// A number cell: `text` for people, `x` for machines (null when nil or not finite).
        public static func number(_ text: String, _ x: Double?) -> Cell {
            Cell(text, value: x.map { $0.isFinite ? .number($0) : .null } ?? .null)
        }
    }

    /// The columns, in output order.
    public var columns: [Column]
    /// The rows, each with one cell per column.
    public var rows: [[Cell]]

    /// A table with `columns` and, optionally, its rows.
    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns; self.rows = rows
    }

    /// The table as aligned text, CSV (RFC 4180, formula-leading cells neutralised), JSON (an array of objects) or Markdown.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return renderText()
        case .csv: return renderCSV()
        case .json: return renderJSON()
        case .markdown: return renderMarkdown()
        }
    }

    func renderText() -> String {
        var widths = columns.map { $0.title.count }
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.text.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, s in
                let fill = String(repeating: " ", count: widths[i] - s.count)
                return columns[i].alignRight ? fill + s : (i == cells.count - 1 ? s : s + fill)
            }.joined(separator: "  ")
        }
        var out = [line(columns.map(\.title)), line(widths.map { String(repeating: "-", count: $0) })]
        out += rows.map { line($0.map(\.text)) }
        return out.joined(separator: "\n") + "\n"
    }

    func renderCSV() -> String {
        func esc(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : s
        }
        func raw(_ c: Cell) -> String {
            switch c.value {
            case .null: return ""
            case .string(let s): return TextTable.neutralisedFormula(s)
            default: return c.value.render()
            }
        }
        let lines = [columns.map { esc($0.key) }.joined(separator: ",")] + rows.map { $0.map { esc(raw($0)) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV text cell made safe to open in a spreadsheet (OWASP "CSV injection"): a cell that
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so it is shown
    /// as text instead of run as a formula. A genuine number (`-54.8`, `2.0e2`) is kept as it is.
    public static func neutralisedFormula(_ s: String) -> String {
        let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
        guard let first = s.utf8.first, formulaStarts.contains(first) else { return s }
        return isPlainNumber(s) ? s : "'" + s
    }

    /// `-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?`: a number a spreadsheet reads as a number.
    static func isPlainNumber(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        func digits() -> Bool {
            var any = false
            while let c = u.first, c >= 0x30, c <= 0x39 { any = true; u = u.dropFirst() }
            return any
        }
        if u.first == UInt8(ascii: "-") { u = u.dropFirst() }
        guard digits() else { return false }
        if u.first == UInt8(ascii: ".") { u = u.dropFirst(); guard digits() else { return false } }
        if let e = u.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            u = u.dropFirst()
            if let sign = u.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { u = u.dropFirst() }
            guard digits() else { return false }
        }
        return u.isEmpty
    }

    func renderJSON() -> String {
        let arr = JSONValue.array(rows.map { row in
            .object(zip(columns, row).map { ($0.key, $1.value) })
        })
        return arr.render(indent: 2) + "\n"
    }

    func renderMarkdown() -> String {
        func esc(_ s: String) -> String {
            s.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
        }
        var out = "| " + columns.map { esc($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { esc($0.text) }.joined(separator: " | ") + " |\n" }
        return out
    }
}
