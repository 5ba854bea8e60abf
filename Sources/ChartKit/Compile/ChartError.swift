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
        }
    }
}
