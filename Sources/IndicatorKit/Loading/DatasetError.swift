/// A refusal of bad input, with the place it was found: `file:line:column: message`.
public struct DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var position: SourcePosition
    public var message: String

    public init(_ position: SourcePosition, _ message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): \(message)" }
}

/// Every problem found in one dataset, in file and line order. The loader collects them all so a
/// user can fix a file in one pass instead of one error per run.
public struct DatasetErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [DatasetError]

    public init(_ errors: [DatasetError]) { self.errors = errors }

    public var description: String {
        let shown = errors.prefix(50).map(\.description)
        let more = errors.count > 50 ? ["... and \(errors.count - 50) more errors"] : []
        return (shown + more).joined(separator: "\n")
    }
}

/// Suggestions for mistyped names ("unknown indicator `agrements`; did you mean `agreements`?").
public enum Suggest {
    /// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func nearest(_ word: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)? = nil
        let w = Array(word.lowercased())
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        guard let (c, d) = best else { return nil }
        return d <= max(2, w.count / 3) ? c : nil
    }

    /// " (did you mean `x`?)" or an empty string.
    public static func hint(_ word: String, in candidates: some Sequence<String>) -> String {
        nearest(word, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
