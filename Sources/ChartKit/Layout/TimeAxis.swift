import IndicatorKit

/// The rules of a time axis, written once: where a period's value sits, when a line may join
/// two figures, and the year (or month) labels along the bottom of a plot.
enum TimeAxis {
    /// The longest gap (days) between one period's end and the next one's start that a line
    /// still bridges: a year or more with no figure breaks the line.
    static let longestBridgedGap = 366

    /// True when a line may join `previous` to `next`: the model allows it (`joinsPrevious`, false
    /// for totals of periods of different length) and no year or more lies between them.
    static func joins(_ previous: BriefingFigure?, _ next: BriefingFigure) -> Bool {
        guard let previous, let a = previous.period, let b = next.period, next.joinsPrevious else { return false }
        if let s = b.start, s.ordinal - a.end.ordinal > longestBridgedGap { return false }
        return true
    }

    /// Where a period's value sits: the middle of its period (an instant at the end of its day).
    static func position(of period: Period, on x: TimeScale) -> Double {
        let (x0, x1) = x.extent(of: period)
        return (x0 + x1) / 2
    }

    /// The first and last day of the periods, padded so that markers at the ends stay inside.
    static func scale(_ periods: [Period], range: (Double, Double), padDivisor: Int = 40) -> TimeScale? {
        guard let first = periods.map({ $0.start ?? $0.end }).min(), let last = periods.map(\.end).max() else { return nil }
        let pad = max(15, (last.ordinal - first.ordinal) / padDivisor)
        return TimeScale(from: first.adding(days: -pad), through: last.adding(days: pad), range: range)
    }

    /// Ticks and their labels under `plot` (years, or months within two years), thinned by
    /// `BottomAxis`.
    static func draw(_ x: TimeScale, plot: Rect, within rect: Rect, locale: NumberLocale, theme: Theme,
                     setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        let maxTicks = try BottomAxis.maximumTicks(width: plot.width, sample: "0000", theme: theme, setter: setter)
        let ticks = x.ticks(maxCount: maxTicks, locale: locale).map { (x: x.start(of: $0.day), label: $0.label) }
        return try BottomAxis.draw(ticks, plot: plot, within: rect, theme: theme, setter: setter, placer: &placer, role: "time-label")
    }
}
