import IndicatorKit

/// A window of days that a chart's figures must lie in: a figure is kept when its whole period
/// (from its start, or its day for a stock) falls between `from` and `to`, both inclusive.
public struct DateWindow: Sendable, Codable, Hashable {
    /// The first day of the window; nil: open at the start.
    public var from: Day?
    /// The last day of the window; nil: open at the end.
    public var to: Day?

    /// Creates a window; leave an end nil to keep it open.
    public init(from: Day? = nil, to: Day? = nil) {
        self.from = from; self.to = to
    }

    /// Whether the whole of `period` lies in the window.
    public func contains(_ period: Period) -> Bool {
        (from.map { (period.start ?? period.end) >= $0 } ?? true) && (to.map { period.end <= $0 } ?? true)
    }

    /// "between 2019-01-01 and the end", for messages.
    public var phrase: String { "between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")" }
}
