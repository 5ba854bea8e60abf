/// Why a chart could not be built. Each case names the step and the thing that failed.
public enum ChartError: Error, Equatable, CustomStringConvertible {
    case unknownIndicator(String)
    case noIndicators
    case noData(String)
    /// Indicators in different units would share one axis.
    case mixedUnits([String])
    case nonFiniteValue(series: String, category: String, value: Double)
    /// The page is too small for the text it must hold.
    case doesNotFit(String)
    /// More series in one chart than the palette has distinct colours.
    case tooManySeries(Int, limit: Int)
    /// More categories than a band axis takes.
    case tooManyCategories(Int, limit: Int)
    /// An option the chart kind does not draw; named so that it is never silently ignored.
    case unsupportedOption(kind: String, option: String)

    /// The refusal in words: what could not be charted and what to do instead.
    public var description: String {
        switch self {
        case .unknownIndicator(let id): return "unknown indicator '\(id)'"
        case .noIndicators: return "no indicator given"
        case .noData(let s): return "no data to chart: \(s)"
        case .mixedUnits(let u):
            return "indicators in different units cannot share one axis (\(u.joined(separator: "; "))); use kind small-multiples or period-comparison, which give each unit its own panel, or chart them separately"
        case .nonFiniteValue(let s, let c, let v):
            return "while checking data: series '\(s)', '\(c)' has the non-finite value \(v)"
        case .doesNotFit(let s): return "while laying out: \(s)"
        case .tooManySeries(let n, let limit):
            return "\(n) series in one chart, more than the \(limit) distinct colours of the palette; use small-multiples (one panel each) or chart fewer indicators"
        case .tooManyCategories(let n, let limit):
            return "\(n) categories, more than the \(limit) a band axis takes; aggregate the data or use a line chart"
        case .unsupportedOption(let kind, let option):
            return "kind \(kind) does not draw \(option); leave it out or use a kind that draws it"
        }
    }
}
