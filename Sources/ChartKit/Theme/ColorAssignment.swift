/// Which palette colour each indicator gets, so that one indicator keeps its colour in every
/// chart of a set or a brief. Keys are indicator ids in a fixed order (a dataset's indicator list,
/// or the order a brief passes); an indicator's colour is the palette entry at its position in
/// that order (cycling). Ids not in the order follow it, in order of first use.
public struct ColorAssignment: Hashable, Sendable {
    /// The indicator ids in the order that decides their colours.
    public var order: [String]

    /// An assignment from an ordered list of ids; empty assigns by order of first use in a chart.
    public init(order: [String] = []) { self.order = order }

    /// The colours of `ids` drawn in one chart: each id its assigned colour. When the series share
    /// one plot (`shared`), an id whose colour is already taken in this chart gets the next palette
    /// colour not yet used, so that they never share a colour; panels side by side keep their own.
    /// - Throws: `ChartError.tooManySeries` when series sharing a plot outnumber the palette's colours.
    public func colors(for ids: [String], palette: [Color], shared: Bool = true) throws -> [Color] {
        guard !palette.isEmpty else { return ids.map { _ in .black } }
        let distinct = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard distinct.count <= palette.count || !shared else {
            throw ChartError.tooManySeries(distinct.count, limit: palette.count)
        }
        var used = Set<Int>(), slot: [String: Int] = [:]
        var next = order.count
        for id in distinct {
            var i: Int
            if let k = order.firstIndex(of: id) { i = k % palette.count } else { i = next % palette.count; next += 1 }
            while shared && used.contains(i) { i = (i + 1) % palette.count }
            used.insert(i); slot[id] = i
        }
        return ids.map { palette[slot[$0]!] }
    }
}
