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

    /// Ticks and their labels under `plot`, thinned so that labels keep a gap between them and
    /// never reach under the value axis labels (thinning is not a failure to report).
    static func draw(_ x: TimeScale, plot: Rect, within rect: Rect, locale: NumberLocale, theme: Theme,
                     setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        let font = theme.axisLabel
        let maxTicks = max(2, Int(plot.width / (try setter.metrics("0000", font).width * 2)))
        var nodes: [SceneNode] = []
        var lastRight = -Double.infinity
        for t in x.ticks(maxCount: maxTicks, locale: locale) {
            let px = x.start(of: t.day)
            let w = try setter.metrics(t.label, font).width
            if px - w / 2 < plot.minX - theme.gap * 0.3 || px - w / 2 < lastRight + theme.gap || px + w / 2 > rect.maxX { continue }
            lastRight = px + w / 2
            nodes.append(.path(.polyline([Point(px, plot.maxY), Point(px, plot.maxY + theme.gap * 0.4)],
                                         stroke: StrokeStyle(color: theme.axisLine, width: theme.gridlineWidth), role: "tick")))
            try placer.place(t.label, font: font, color: theme.mutedText, role: "time-label",
                             candidates: [.init(point: Point(px, plot.maxY + theme.gap * 0.5), anchor: .middle, top: true)],
                             within: rect, shrink: false)
        }
        return nodes
    }
}
