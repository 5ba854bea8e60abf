/// Work over a long series split in two halves, one per core (the machines Indicators runs on
/// have two or more), for the passes over a million points: extents and `Decimation.m4`.
/// Shorter inputs run on the calling thread.
enum Halves {
    /// Inputs shorter than this run on the calling thread: a thread costs more than the pass.
    static let threshold = 65_536

    /// `body` over `0..<count`, or over two halves at once (`split` chooses where the second
    /// starts; nil or out of range keeps one part). Results in order: one or two.
    static func map<T>(_ count: Int, split: (Int) -> Int? = { $0 / 2 }, _ body: @escaping @Sendable (Range<Int>) -> T) -> [T] {
        guard count >= threshold, let s = split(count), s > 0, s < count else { return [body(0..<count)] }
        let parts = [0..<s, s..<count]
        return concurrentMap(2) { body(parts[$0]) }
    }
}
