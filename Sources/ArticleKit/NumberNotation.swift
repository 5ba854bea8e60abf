import Foundation

/// Reads a number written in digits, the way the article's language writes it.
///
/// | written | en | vi |
/// | --- | --- | --- |
/// | `1,100` | 1100 (comma groups thousands) | 1.1 (comma is the decimal mark) |
/// | `51.53` | 51.53 | 51.53 (a dot followed by other than three digits can only be a decimal point) |
/// | `1.246` | 1.246 | 1246 (dot groups thousands) |
/// | `57,38` | 57.38 (a comma followed by other than three digits can only be a decimal mark) | 57.38 |
public enum NumberNotation {
    /// A number read from digits.
    public struct Reading: Sendable, Equatable {
        /// The value as a plain decimal.
        public var value: Decimal
        /// How an unusual notation was read, for the output's note; empty when the notation is the
        /// language's usual one.
        public var note: String
    }

    /// Reads `literal` (digits with `.` or `,` between digit groups) in `language`.
    /// - Returns: the value, or nil when the literal is not a number.
    public static func read(_ literal: String, language: ArticleLanguage) -> Reading? {
        let chars = Array(literal)
        guard let f = chars.first, f.isASCII, f.isNumber else { return nil }
        let seps = chars.enumerated().filter { $0.element == "." || $0.element == "," }
        if seps.isEmpty { return Decimal(string: literal).map { Reading(value: $0, note: "") } }
        let (group, decimal): (Character, Character) = language == .en ? (",", ".") : (".", ",")
        // Usual notation: digit groups of three after the first, then at most one decimal mark.
        func usual() -> Decimal? {
            let parts = literal.split(separator: decimal, omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return nil }
            let intPart = parts[0].split(separator: group, omittingEmptySubsequences: false)
            guard let head = intPart.first, (1...3).contains(head.count) || intPart.count == 1 else { return nil }
            guard intPart.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            if parts.count == 2, parts[1].contains(group) { return nil }
            let plain = intPart.joined() + (parts.count == 2 ? "." + parts[1] : "")
            return Decimal(string: plain)
        }
        if let v = usual() { return Reading(value: v, note: "") }
        // A single mark followed by other than three digits can only be a decimal mark, whichever
        // language's it is ("51.53" in a Vietnamese text, "1,5" in an English one).
        if seps.count == 1 {
            let at = seps[0].offset
            let mark = seps[0].element
            if chars.count - at - 1 != 3, mark != decimal,
               let v = Decimal(string: String(chars[..<at]) + "." + String(chars[(at + 1)...])) {
                return Reading(value: v, note: "'\(literal)' read with '\(mark)' as the decimal mark")
            }
        }
        return nil
    }

    /// `value` as a plain decimal: no grouping, a dot as the decimal mark, no exponent.
    public static func plain(_ value: Decimal) -> String {
        var v = value
        var r = Decimal()
        NSDecimalRound(&r, &v, 10, .plain)
        return NSDecimalNumber(decimal: r).stringValue
    }
}
