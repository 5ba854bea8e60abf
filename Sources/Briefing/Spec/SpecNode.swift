import IndicatorKit
import Yams

/// A parsed spec value with the position it was written at: the YAML (or JSON) tree reduced to
/// what a spec needs, built with a budget on nodes and depth so that aliases cannot blow it up.
public indirect enum SpecValue: Sendable {
    /// A scalar: its text exactly as written (quotes removed), its kind, and where it starts.
    case scalar(String, SpecScalarKind, SourcePosition)
    /// A list with the position of its first character.
    case list([SpecValue], SourcePosition)
    /// Keys in document order, each with its own position.
    case map([(key: String, keyPosition: SourcePosition, value: SpecValue)], SourcePosition)

    /// Where the value starts.
    public var position: SourcePosition {
        switch self {
        case .scalar(_, _, let p), .list(_, let p), .map(_, let p): p
        }
    }

    /// What the value is, for "expected a list, found a number" messages.
    public var typeName: String {
        switch self {
        case .scalar(_, let k, _): k.rawValue
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}

/// What a scalar is, by one spelling each: a quoted scalar is a string; a plain one is null
/// (empty, `~`, `null`), a boolean (`true`, `false`), a whole number in decimal digits without a
/// leading zero, a number in JSON's spelling, or else a string. So `012`, `0x320`, `ON`, `yes`
/// and `.5` are strings, and a key that wants a number or a boolean refuses them.
public enum SpecScalarKind: String, Sendable {
    case string = "a string", int = "a whole number", float = "a number", bool = "true or false", null = "nothing (null)"

    /// The kind of an unquoted scalar written as `text`.
    public static func plain(_ text: String) -> SpecScalarKind {
        switch text {
        case "", "~", "null": return .null
        case "true", "false": return .bool
        default: break
        }
        guard let number = JSONNumberSyntax(text) else { return .string }
        return number.isWhole ? .int : .float
    }
}

/// The number grammar of RFC 8259 (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`),
/// the one spelling of numbers in both spec syntaxes.
struct JSONNumberSyntax {
    /// Whether the number has neither a fraction nor an exponent.
    let isWhole: Bool

    /// Nil when `text` is not exactly one number in that grammar.
    init?<S: StringProtocol>(_ text: S) {
        let b = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - s
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return nil }
        var whole = true
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1; whole = false
            guard digits() > 0 else { return nil }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1; whole = false
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == b.count else { return nil }
        isWhole = whole
    }
}

/// Parses spec text into a `SpecValue` tree with positions: `.json` files as strict JSON
/// (`StrictJSON`), everything else as YAML through Yams.
public enum SpecParser {
    /// Most values a spec may expand to (aliases included).
    public static let maximumNodes = 4096

    /// Parses YAML, or JSON when `file` ends in `.json`. The raw text is checked by `SpecGuard` first.
    /// - Throws: `DatasetError` with the file, line and column of the syntax error.
    public static func parse(_ bytes: [UInt8], file: String) throws -> SpecValue {
        try SpecGuard.check(bytes, file: file)
        if file.lowercased().hasSuffix(".json") {
            return try StrictJSON.parse(bytes, file: file, maximumNodes: maximumNodes, maximumDepth: SpecGuard.maximumDepth)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw syntaxError(e, text: text, file: file)
        }
        guard let node else {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1), "the spec is empty; expected a mapping with at least `chart` and `indicators`")
        }
        var budget = maximumNodes
        return try convert(node, file: file, depth: 0, budget: &budget)
    }

    static func position(_ m: Mark?, _ file: String) -> SourcePosition {
        SourcePosition(file: file, line: m?.line ?? 1, column: m?.column ?? 1)
    }

    static func syntaxError(_ e: YamlError, text: String, file: String) -> DatasetError {
        switch e {
        case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
             .composer(let ctx, let problem, let mark, _):
            let context = ctx.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            return DatasetError(position(mark, file), "invalid YAML: \(problem)\(context)")
        case .duplicatedKeysInMapping(let dups, let ctx):
            let first = position(ctx.mark, file)
            let key = dups.first ?? ""
            let at = YAMLDuplicateKey.secondOccurrence(of: key, firstAt: first, in: text) ?? first
            let firstNote = at == first ? "" : " (first written at \(first.line):\(first.column))"
            return DatasetError(at, "duplicate key `\(key)`\(firstNote); each key may appear once")
        case .reader(let problem, _, _, _):
            return DatasetError(SourcePosition(file: file, line: 1, column: 1), "cannot read the YAML: \(problem)")
        default:
            return DatasetError(SourcePosition(file: file, line: 1, column: 1), "invalid YAML: \(e)")
        }
    }

    static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws -> SpecValue {
        budget -= 1
        let pos = position(node.mark, file)
        guard budget >= 0 else { throw DatasetError(pos, "the spec has more than \(maximumNodes) values (aliases expand); refused") }
        guard depth <= SpecGuard.maximumDepth else { throw DatasetError(pos, "the spec nests more than \(SpecGuard.maximumDepth) levels deep") }
        switch node {
        case .scalar(let s):
            // Kinds by one spelling each (`SpecScalarKind.plain`), not by YAML 1.1's resolver.
            let quoted = s.style != .plain && s.style != .any
            return .scalar(s.string, quoted ? .string : SpecScalarKind.plain(s.string), pos)
        case .sequence(let seq):
            var items: [SpecValue] = []
            for n in seq { items.append(try convert(n, file: file, depth: depth + 1, budget: &budget)) }
            return .list(items, pos)
        case .mapping(let m):
            var pairs: [(key: String, keyPosition: SourcePosition, value: SpecValue)] = []
            for (k, v) in m {
                guard case .scalar(let ks) = k else { throw DatasetError(position(k.mark, file), "a key must be a plain name") }
                pairs.append((ks.string, position(k.mark, file), try convert(v, file: file, depth: depth + 1, budget: &budget)))
            }
            return .map(pairs, pos)
        case .alias(let a):
            throw DatasetError(position(a.mark, file), "unresolved alias `*\(a.anchor.rawValue)`")
        }
    }
}
