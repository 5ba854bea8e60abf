import IndicatorKit
import Yams

/// Finds where a YAML key is written the second time. Yams reports a duplicate key at its first
/// occurrence; a person fixing the file wants the duplicate. The first occurrence is renamed to a
/// placeholder of the same length (so no other position moves) and the text is composed again:
/// the mapping holding the placeholder then holds the duplicate, at its own position.
enum YAMLDuplicateKey {
    /// The position of the second `key` in the mapping whose first `key` is at `first`, or nil
    /// when it cannot be found (a key written with escapes, say).
    static func secondOccurrence(of key: String, firstAt first: SourcePosition, in text: String) -> SourcePosition? {
        guard !key.isEmpty, let start = offset(line: first.line, column: first.column, in: text) else { return nil }
        var scalars = Array(text.unicodeScalars)
        var i = start
        if i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" { i += 1 }
        let keyScalars = Array(key.unicodeScalars)
        guard i + keyScalars.count <= scalars.count, Array(scalars[i..<(i + keyScalars.count)]) == keyScalars else { return nil }
        let placeholder = String(repeating: "\u{E000}", count: keyScalars.count)
        scalars.replaceSubrange(i..<(i + keyScalars.count), with: placeholder.unicodeScalars)
        var altered = String.UnicodeScalarView()
        altered.append(contentsOf: scalars)
        do {
            guard let root = try Yams.compose(yaml: String(altered)) else { return nil }
            return find(key, besides: placeholder, in: root, file: first.file)
        } catch YamlError.duplicatedKeysInMapping(let keys, let ctx) where keys.contains(key) {
            // Written three times or more: the second is now the first of the rest.
            return SpecParser.position(ctx.mark, first.file)
        } catch {
            return nil
        }
    }

    /// The index in `text`'s Unicode scalars of a 1-based line and column.
    static func offset(line: Int, column: Int, in text: String) -> Int? {
        var l = 1, c = 1
        for (i, u) in text.unicodeScalars.enumerated() {
            if l == line && c == column { return i }
            if u == "\n" { l += 1; c = 1 } else { c += 1 }
        }
        return nil
    }

    static func find(_ key: String, besides placeholder: String, in node: Node, file: String) -> SourcePosition? {
        switch node {
        case .mapping(let m):
            if m.keys.contains(where: { $0.string == placeholder }),
               let k = m.keys.first(where: { $0.string == key }) {
                return SpecParser.position(k.mark, file)
            }
            for (_, v) in m { if let p = find(key, besides: placeholder, in: v, file: file) { return p } }
        case .sequence(let s):
            for v in s { if let p = find(key, besides: placeholder, in: v, file: file) { return p } }
        default: break
        }
        return nil
    }
}
