import IndicatorKit
import Yams

/// A parsed spec value with the position it was written at: the YAML (or JSON) tree reduced to
/// what a spec needs, built with a budget on nodes and depth so that aliases cannot blow it up.
public indirect enum SpecValue: Sendable {
    case scalar(String, SpecScalarKind, SourcePosition)
    case list([SpecValue], SourcePosition)
    /// Keys in document order, each with its own position.
    case map([(key: String, keyPosition: SourcePosition, value: SpecValue)], SourcePosition)

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

/// The type YAML's core schema resolves a scalar to (a quoted scalar is always a string).
public enum SpecScalarKind: String, Sendable {
    case string = "a string", int = "a whole number", float = "a number", bool = "true or false", null = "nothing (null)"
}

/// Parses spec text into a `SpecValue` tree with positions.
public enum SpecParser {
    public static let maximumNodes = 4096

    /// Parses YAML or JSON (JSON is YAML). The raw text is checked by `SpecGuard` first.
    /// - Throws: `DatasetError` with the file, line and column of the syntax error.
    public static func parse(_ bytes: [UInt8], file: String) throws -> SpecValue {
        try SpecGuard.check(bytes, file: file)
        var text = String(decoding: bytes, as: UTF8.self)
        let isJSON = file.lowercased().hasSuffix(".json")
        // Tabs separate tokens in JSON but not in YAML's block context; outside strings a tab is
        // whitespace in JSON, inside a JSON string it is illegal, so spaces keep every column.
        if isJSON { text = String(text.map { $0 == "\t" ? " " : $0 }) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw syntaxError(e, file: file, isJSON: isJSON)
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

    static func syntaxError(_ e: YamlError, file: String, isJSON: Bool) -> DatasetError {
        let what = isJSON ? "JSON" : "YAML"
        switch e {
        case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
             .composer(let ctx, let problem, let mark, _):
            let context = ctx.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            return DatasetError(position(mark, file), "invalid \(what): \(problem)\(context)")
        case .duplicatedKeysInMapping(let dups, let ctx):
            return DatasetError(position(ctx.mark, file), "duplicate key\(dups.count == 1 ? "" : "s") \(dups.map { "`\($0)`" }.joined(separator: ", ")); each key may appear once")
        case .reader(let problem, _, _, _):
            return DatasetError(SourcePosition(file: file, line: 1, column: 1), "cannot read the \(what): \(problem)")
        default:
            return DatasetError(SourcePosition(file: file, line: 1, column: 1), "invalid \(what): \(e)")
        }
    }

    static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws -> SpecValue {
        budget -= 1
        let pos = position(node.mark, file)
        guard budget >= 0 else { throw DatasetError(pos, "the spec has more than \(maximumNodes) values (aliases expand); refused") }
        guard depth <= SpecGuard.maximumDepth else { throw DatasetError(pos, "the spec nests more than \(SpecGuard.maximumDepth) levels deep") }
        switch node {
        case .scalar(let s):
            let kind: SpecScalarKind
            if s.style != .plain && s.style != .any {
                kind = .string
            } else if node.null != nil {
                kind = .null
            } else if node.bool != nil {
                kind = .bool
            } else if node.int != nil {
                kind = .int
            } else if node.float != nil {
                kind = .float
            } else {
                kind = .string
            }
            return .scalar(s.string, kind, pos)
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
