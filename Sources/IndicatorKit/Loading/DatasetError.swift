/// A refusal of bad input with the place it was found and the step that found it:
/// `file:line:column: message`, or `--option: message` for a command-line option. Despite the
/// name it covers every input the tools read: the dataset, chart specs, articles, options, and
/// output paths that cannot be written.
public struct DatasetError: LocatedError, Sendable, Equatable {
    /// The file position, spec key or option the message is about.
    public var place: ErrorOrigin
    /// What is wrong and what was expected, without the origin.
    public var message: String
    /// The step that refused the input (reading by default).
    public var step: RunStep

    /// A refusal at a place in an input file.
    /// - Parameters:
    ///   - position: `file:line:column` of the bad input (line and column 1 for a whole file).
    ///   - message: what is wrong and what was expected.
    ///   - step: the step that found it; `reading` unless said otherwise.
    public init(_ position: SourcePosition, _ message: String, step: RunStep = .reading) {
        self.init(.position(position), message, step: step)
    }

    /// A refusal with any origin: a file position, a spec key or a command-line option.
    /// - Parameters:
    ///   - origin: where the bad input came from.
    ///   - message: what is wrong and what was expected.
    ///   - step: the step that found it.
    public init(_ origin: ErrorOrigin, _ message: String, step: RunStep) {
        self.place = origin
        self.message = message
        self.step = step
    }

    /// The file position of the bad input; for an option, the option's name at line 1, column 1.
    /// Setting it keeps a spec key's name and replaces an option by the position.
    public var position: SourcePosition {
        get { place.position ?? SourcePosition(file: place.description, line: 1, column: 1) }
        set {
            if case .specKey(let key, _) = place { place = .specKey(key, newValue) } else { place = .position(newValue) }
        }
    }

    /// The file position, spec key or option the message is about (never nil).
    public var origin: ErrorOrigin? { place }

    /// Always bad input.
    public var kind: ErrorKind { .badInput }

    /// `origin: message`.
    public var description: String { "\(place): \(message)" }
}

/// Every problem found in one dataset, in file and line order. The loader collects them all so a
/// user can fix a file in one pass instead of one error per run.
public struct DatasetErrors: LocatedError, Sendable {
    /// The problems, in the order they were found.
    public var errors: [DatasetError]

    /// Collects `errors` (expected not to be empty).
    public init(_ errors: [DatasetError]) { self.errors = errors }

    /// The first problem's origin.
    public var origin: ErrorOrigin? { errors.first?.origin }
    /// The first problem's step (`reading` when there is none).
    public var step: RunStep { errors.first?.step ?? .reading }
    /// Always bad input.
    public var kind: ErrorKind { .badInput }

    /// One line per problem, at most 50, then a count of the rest.
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
