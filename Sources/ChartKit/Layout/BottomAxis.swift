/// The labelled ticks along the bottom of a plot, for a time axis and a numeric x axis alike:
/// one tick loop that thins labels so that they keep a gap between them and never reach under the
/// value axis labels (thinning is not a failure to report).
enum BottomAxis {
    /// Draws a tick mark and places a label for each `(x, label)` that fits after the ones before it.
    /// - Parameter nudge: a label at the plot's left edge may move right by up to half its width
    ///   to stay clear of the value axis (numbers from 0); a time axis leaves such a label out.
    /// - Returns: the tick marks; the labels go into `placer`.
    static func draw(_ ticks: [(x: Double, label: String)], plot: Rect, within rect: Rect, theme: Theme,
                     setter: TextSetter, placer: inout LabelPlacer, role: String, nudge: Bool = false) throws -> [SceneNode] {
        let font = theme.axisLabel
        var nodes: [SceneNode] = []
        var lastRight = -Double.infinity
        for t in ticks {
            let w = try setter.metrics(t.label, font).width
            let cx = nudge && t.x >= plot.minX ? max(t.x, plot.minX - theme.gap * 0.3 + w / 2) : t.x
            if cx - w / 2 < plot.minX - theme.gap * 0.3 || cx - w / 2 < lastRight + theme.gap || cx + w / 2 > rect.maxX { continue }
            lastRight = cx + w / 2
            nodes.append(.path(.polyline([Point(t.x, plot.maxY), Point(t.x, plot.maxY + theme.gap * 0.4)],
                                         stroke: StrokeStyle(color: theme.axisLine, width: theme.gridlineWidth), role: "tick")))
            try placer.place(t.label, font: font, color: theme.mutedText, role: role,
                             candidates: [.init(point: Point(cx, plot.maxY + theme.gap * 0.5), anchor: .middle, top: true)],
                             within: rect, shrink: false)
        }
        return nodes
    }

    /// How many labels as wide as `sample` fit along `width` with room between them.
    static func maximumTicks(width: Double, sample: String, theme: Theme, setter: TextSetter) throws -> Int {
        max(2, Int(width / (try setter.metrics(sample, theme.axisLabel).width * 2)))
    }
}
