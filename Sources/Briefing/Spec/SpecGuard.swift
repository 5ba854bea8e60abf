import IndicatorKit

/// Checks the raw text of a spec before any YAML parser sees it, so that hostile documents
/// (alias bombs, 10,000-deep nesting, huge files) are refused in linear time and bounded memory.
public enum SpecGuard {
    /// Largest spec file accepted, in bytes.
    public static let maximumBytes = 256 * 1024
    /// Most anchors (`&name`) and most aliases (`*name`) accepted; a chart spec needs none.
    public static let maximumAnchors = 16
    /// Most aliases (`*name`) accepted.
    public static let maximumAliases = 16
    /// Deepest nesting accepted: flow brackets plus block indentation levels.
    public static let maximumDepth = 32

    /// Refuses `bytes` when it is too big, not UTF-8, has too many anchors or aliases, or nests
    /// too deeply. One pass over the bytes; nothing is allocated per byte.
    /// - Throws: `DatasetError` naming the file, line and column of the first offending byte.
    public static func check(_ bytes: [UInt8], file: String) throws {
        func fail(_ line: Int, _ col: Int, _ msg: String) -> DatasetError {
            DatasetError(SourcePosition(file: file, line: line, column: col), msg)
        }
        guard bytes.count <= maximumBytes else {
            throw fail(1, 1, "the spec is \(bytes.count) bytes; the limit is \(maximumBytes) bytes (a chart spec is a few hundred)")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw fail(1, 1, "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM")
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            throw fail(1, 1, "the file is not valid UTF-8")
        }
        var line = 1, col = 0
        var anchors = 0, aliases = 0
        var flowDepth = 0
        var inDouble = false, inSingle = false, inComment = false
        var atLineStart = true
        var indent = 0
        var indentStack: [Int] = []      // block indentation levels of the lines seen so far
        var previous: UInt8 = UInt8(ascii: "\n")
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c & 0xC0 != 0x80 { col += 1 }   // count characters, not bytes
            if c == UInt8(ascii: "\n") {
                line += 1; col = 0; atLineStart = true; indent = 0; inComment = false
                inSingle = false   // single-quoted scalars rarely span lines in specs; be lenient
                previous = c; i += 1; continue
            }
            if atLineStart {
                if c == UInt8(ascii: " ") { indent += 1; previous = c; i += 1; continue }
                atLineStart = false
                if c != UInt8(ascii: "#") && flowDepth == 0 && !inDouble {
                    // Block structure: each deeper indentation opens one level; "- " adds one.
                    while let last = indentStack.last, last >= indent { indentStack.removeLast() }
                    indentStack.append(indent)
                    var dashes = 0, j = i
                    while j + 1 < bytes.count, bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: " ") {
                        dashes += 1; j += 2
                        while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
                    }
                    if indentStack.count + dashes > maximumDepth {
                        throw fail(line, col, "the spec nests more than \(maximumDepth) levels deep; a chart spec needs at most 4")
                    }
                }
            }
            if inComment { previous = c; i += 1; continue }
            if inDouble {
                if c == UInt8(ascii: "\\") { i += 2; col += 1; continue }
                if c == UInt8(ascii: "\"") { inDouble = false }
                previous = c; i += 1; continue
            }
            if inSingle {
                if c == UInt8(ascii: "'") { inSingle = false }
                previous = c; i += 1; continue
            }
            let separated = previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "\t")
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
            switch c {
            case UInt8(ascii: "#") where separated: inComment = true
            case UInt8(ascii: "\"") where separated || previous == UInt8(ascii: ":"): inDouble = true
            case UInt8(ascii: "'") where separated: inSingle = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth + indentStack.count > maximumDepth {
                    throw fail(line, col, "the spec nests more than \(maximumDepth) levels deep; a chart spec needs at most 4")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "&") where separated:
                anchors += 1
                if anchors > maximumAnchors {
                    throw fail(line, col, "the spec defines more than \(maximumAnchors) anchors (&name); chart specs need none")
                }
            case UInt8(ascii: "*") where separated:
                aliases += 1
                if aliases > maximumAliases {
                    throw fail(line, col, "the spec uses more than \(maximumAliases) aliases (*name); refused to guard against alias bombs")
                }
            default: break
            }
            previous = c
            i += 1
        }
    }
}
