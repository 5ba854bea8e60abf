import ChartKit
import IndicatorKit

extension ChartFile {
    /// The spec as YAML text, written from the typed value through the key table: every key
    /// that differs from its default, in the table's order. Parsing the text gives the same
    /// spec back (`ChartFile.parse`), so a brief writes the sidecar spec of each chart once, from
    /// the value it drew.
    /// - Parameter comment: lines written first, each as a `# ` comment.
    public func yaml(comment: [String] = []) -> String {
        var out = comment.map { "# " + $0 + "\n" }.joined()
        if let top = SpecKey<ChartFile>.written(ChartFile.keys, of: self) {
            SpecYAML.write(top, indent: 0, into: &out)
        }
        return out
    }
}

/// A small YAML writer for spec values: block mappings, flow lists of scalars, block lists of
/// mappings, and scalars plain only when no YAML reader could take them for anything but text.
enum SpecYAML {
    static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        guard case .object(let pairs) = value else { out += pad + scalar(value) + "\n"; return }
        for (key, v) in pairs {
            switch v {
            case .object(let inner) where !inner.isEmpty:
                out += pad + key + ":\n"
                write(v, indent: indent + 2, into: &out)
            case .array(let items) where items.contains(where: { if case .object = $0 { true } else { false } }):
                out += pad + key + ":\n"
                for item in items {
                    var block = ""
                    write(item, indent: indent + 4, into: &block)
                    // "- " takes the place of the first line's indentation.
                    out += pad + "  - " + block.dropFirst(indent + 4)
                }
            default:
                out += pad + key + ": " + scalar(v) + "\n"
            }
        }
    }

    /// A scalar or a flow list of scalars.
    static func scalar(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return isPlainSafe(s) ? s : JSONValue.quote(s)
        case .array(let items): return "[" + items.map(scalar).joined(separator: ", ") + "]"
        default: return v.render()
        }
    }

    /// Words that YAML 1.1 readers take for booleans or null.
    static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Whether `s` reads back as this text in any YAML reader when written without quotes:
    /// a letter first, then letters, digits, spaces and `-_.`, no trailing space, no reserved word.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic, s.last != " ",
              !reserved.contains(s.lowercased()) else { return false }
        return s.unicodeScalars.allSatisfy { u in
            u.properties.isAlphabetic || ("0"..."9").contains(u) || u == " " || u == "-" || u == "_" || u == "."
        } && !s.contains(" -") && !s.contains("  ")
    }
}
