import IndicatorKit

/// A JSON parser that accepts exactly RFC 8259 and keeps the position of every value and key.
///
/// Hand-written because nothing at hand does both: Foundation's `JSONSerialization` gives no
/// positions, keeps the last of two equal keys without a word, and on Linux accepts more than the
/// RFC in places; Yams reads JSON as YAML, so unquoted keys, trailing commas and comments pass.
/// Refused here, each at its line and column: trailing commas, unquoted or single-quoted keys and
/// strings, comments, leading zeros, `+1`, `.5`, `NaN`, control characters and bad escapes in
/// strings, lone surrogates, text after the value, and a key written twice in one object (at the
/// duplicate, naming the first).
enum StrictJSON {
    /// Parses `bytes` (UTF-8, already checked by `SpecGuard`) into a `SpecValue` tree.
    /// - Throws: `DatasetError` at the first offending character, saying what was expected.
    static func parse(_ bytes: [UInt8], file: String, maximumNodes: Int, maximumDepth: Int) throws -> SpecValue {
        var p = Scanner(bytes: bytes, file: file, budget: maximumNodes, maximumDepth: maximumDepth)
        p.skipSpace()
        let value = try p.value(depth: 0)
        p.skipSpace()
        if p.i < bytes.count { throw p.fail("expected the end of the document after the value, found \(p.describeHere())") }
        return value
    }

    struct Scanner {
        let bytes: [UInt8]
        let file: String
        var budget: Int
        let maximumDepth: Int
        var i = 0
        var line = 1
        var column = 1

        init(bytes: [UInt8], file: String, budget: Int, maximumDepth: Int) {
            self.bytes = bytes; self.file = file; self.budget = budget; self.maximumDepth = maximumDepth
        }

        var here: SourcePosition { SourcePosition(file: file, line: line, column: column) }

        func fail(_ message: String, at p: SourcePosition? = nil) -> DatasetError {
            DatasetError(p ?? here, "invalid JSON: " + message)
        }

        /// Moves one byte on, counting lines and characters (not bytes) for columns.
        mutating func advance() {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1; column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
            // Continuation bytes of the character just left belong to it.
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: advance()
                default: return
                }
            }
        }

        /// The character at the current position, quoted for a message.
        func describeHere() -> String {
            guard i < bytes.count else { return "the end of the file" }
            var end = i + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let ch = String(decoding: bytes[i..<end], as: UTF8.self)
            switch ch {
            case "\n": return "the end of the line"
            case "\t": return "a tab"
            case "'": return "`'` (JSON strings and keys take double quotes)"
            case "/": return "`/` (JSON has no comments)"
            default: return "`\(ch)`"
            }
        }

        mutating func value(depth: Int) throws -> SpecValue {
            budget -= 1
            guard budget >= 0 else { throw DatasetError(here, "the spec has more than \(SpecParser.maximumNodes) values; refused") }
            guard depth <= maximumDepth else { throw DatasetError(here, "the spec nests more than \(maximumDepth) levels deep") }
            guard i < bytes.count else { throw fail("expected a value, found the end of the file") }
            let start = here
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .scalar(try string(), .string, start)
            default:
                // A bare word: true, false, null or a number; anything else is refused whole.
                let s = i
                while i < bytes.count, !Self.endsWord(bytes[i]) { advance() }
                let word = String(decoding: bytes[s..<i], as: UTF8.self)
                switch word {
                case "true", "false": return .scalar(word, .bool, start)
                case "null": return .scalar(word, .null, start)
                case "": throw fail("expected a value, found \(describeHere())")
                default:
                    guard let n = JSONNumberSyntax(word) else {
                        throw fail("expected a value (a string in double quotes, a number, true, false, null, an object or a list), found `\(word)`", at: start)
                    }
                    return .scalar(word, n.isWhole ? .int : .float, start)
                }
            }
        }

        static func endsWord(_ b: UInt8) -> Bool {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"),
                 UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""): true
            default: false
            }
        }

        mutating func object(depth: Int) throws -> SpecValue {
            let open = here
            advance()
            var pairs: [(key: String, keyPosition: SourcePosition, value: SpecValue)] = []
            var firstAt: [String: SourcePosition] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { advance(); return .map(pairs, open) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    let after = pairs.isEmpty ? "" : " after `,`"
                    throw fail("expected a key in double quotes\(after) in the object opened at \(open.line):\(open.column), found \(describeHere())")
                }
                let keyAt = here
                let key = try string()
                if let first = firstAt[key] {
                    throw DatasetError(keyAt, "duplicate key `\(key)` (first written at \(first.line):\(first.column)); each key may appear once")
                }
                firstAt[key] = keyAt
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected `:` after the key `\(key)`, found \(describeHere())") }
                advance()
                skipSpace()
                pairs.append((key, keyAt, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw fail("expected `,` or `}` to close the object opened at \(open.line):\(open.column), found the end of the file") }
                if bytes[i] == UInt8(ascii: "}") { advance(); return .map(pairs, open) }
                guard bytes[i] == UInt8(ascii: ",") else {
                    throw fail("expected `,` or `}` after the value of `\(key)` in the object opened at \(open.line):\(open.column), found \(describeHere())")
                }
                advance()
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { throw fail("trailing comma before `}`; remove the `,` after the last value") }
            }
        }

        mutating func array(depth: Int) throws -> SpecValue {
            let open = here
            advance()
            var items: [SpecValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { advance(); return .list(items, open) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw fail("expected `,` or `]` to close the list opened at \(open.line):\(open.column), found the end of the file") }
                if bytes[i] == UInt8(ascii: "]") { advance(); return .list(items, open) }
                guard bytes[i] == UInt8(ascii: ",") else {
                    throw fail("expected `,` or `]` after an item of the list opened at \(open.line):\(open.column), found \(describeHere())")
                }
                advance()
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { throw fail("trailing comma before `]`; remove the `,` after the last item") }
            }
        }

        /// A string in double quotes, with RFC 8259's escapes; the cursor is on the opening quote.
        mutating func string() throws -> String {
            let open = here
            advance()
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw fail("the string opened at \(open.line):\(open.column) is not closed; expected `\"`") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { advance(); break }
                if b < 0x20 {
                    throw fail(b == 0x0A ? "the string opened at \(open.line):\(open.column) is not closed before the end of the line"
                                         : "a control character (U+\(hex4(UInt32(b)))) in a string; write it as an escape such as \\n or \\u00XX")
                }
                if b == UInt8(ascii: "\\") {
                    let escAt = here
                    advance()
                    guard i < bytes.count else { throw fail("expected an escape after `\\`, found the end of the file") }
                    let e = bytes[i]
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e); advance()
                    case UInt8(ascii: "b"): out.append(0x08); advance()
                    case UInt8(ascii: "f"): out.append(0x0C); advance()
                    case UInt8(ascii: "n"): out.append(0x0A); advance()
                    case UInt8(ascii: "r"): out.append(0x0D); advance()
                    case UInt8(ascii: "t"): out.append(0x09); advance()
                    case UInt8(ascii: "u"):
                        advance()
                        var code = try hexQuad(escAt)
                        if (0xD800...0xDBFF).contains(code) {
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                                throw fail("a lone surrogate \\u\(hex4(code)); a character above U+FFFF is written as a pair \\uD8xx\\uDCxx", at: escAt)
                            }
                            advance(); advance()
                            let low = try hexQuad(escAt)
                            guard (0xDC00...0xDFFF).contains(low) else { throw fail("\\u\(hex4(code)) must be followed by a low surrogate \\uDC00...\\uDFFF", at: escAt) }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(code) {
                            throw fail("a lone surrogate \\u\(hex4(code))", at: escAt)
                        }
                        out += Array(String(Character(Unicode.Scalar(code)!)).utf8)
                    default:
                        throw fail("unknown escape \(describeHere()) after `\\`; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", at: escAt)
                    }
                    continue
                }
                let s = i
                advance()
                out += bytes[s..<i]
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hexQuad(_ at: SourcePosition) throws -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard i < bytes.count, let d = Self.hexDigit(bytes[i]) else { throw fail("expected four hexadecimal digits after \\u", at: at) }
                v = v * 16 + d
                advance()
            }
            return v
        }

        static func hexDigit(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: UInt32(b - 0x30)
            case 0x41...0x46: UInt32(b - 0x41 + 10)
            case 0x61...0x66: UInt32(b - 0x61 + 10)
            default: nil
            }
        }

        func hex4(_ v: UInt32) -> String {
            let h = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - h.count)) + h
        }
    }
}
