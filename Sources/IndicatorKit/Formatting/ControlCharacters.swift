/// Control characters (U+0000 to U+001F, U+007F to U+009F): how the tool names, finds and shows
/// them. Data files refuse them at load (`CSVTable`), scenes refuse them before drawing (an SVG
/// may not hold them), and messages show any that reach a terminal as `\u{1B}`, so that ESC, OSC,
/// BEL or NUL in a name or an argument can never drive the terminal.
public enum ControlCharacters {
    /// Whether `u` is a control character (C0, DEL or C1).
    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value)
    }

    /// "U+001B (ESC)": the code point, and the usual name of the ones people meet.
    public static func name(_ value: UInt32) -> String {
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0B: "VT",
                                       0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI", 0x9D: "OSC"]
        let hexDigits = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hexDigits.count)) + hexDigits
        return names[value].map { "\(code) (\($0))" } ?? code
    }

    /// The first control character of `text` other than those in `allowed`, with its 1-based
    /// position in characters (Unicode scalars); nil when there is none.
    public static func first(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> (column: Int, scalar: Unicode.Scalar)? {
        var column = 0
        for u in text.unicodeScalars {
            column += 1
            if isControl(u) && !allowed.contains(u) { return (column, u) }
        }
        return nil
    }

    /// `text` with every control character but line feed written as `\u{XX}` (a backslash
    /// itself is left alone): safe to print to a terminal.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isControl(u) && u != "\n" {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
