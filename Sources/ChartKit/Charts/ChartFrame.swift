/// Measures and places text for a chart; every run it makes carries the metrics it was laid
/// out with.
struct TextSetter {
    let measurer: TextMeasurer
    let theme: Theme

    func run(_ s: String, _ font: FontSpec, at p: Point, anchor: TextAnchor = .start, color: Color,
             role: String) throws -> TextRun {
        TextRun(s, font: font, position: p, anchor: anchor, color: color,
                metrics: try measurer.measure(s, font: font), role: role)
    }

    func metrics(_ s: String, _ font: FontSpec) throws -> TextMetrics { try measurer.measure(s, font: font) }

    /// Height of one line of `font` (its ascent plus descent, from a probe with Vietnamese marks).
    func lineHeight(_ font: FontSpec) throws -> Double { try measurer.measure("Ấg", font: font).height }

    /// Wraps `s` to `width` and stacks the lines from `top`; returns the runs and the height used.
    /// - Parameter maxLines: at most this many lines; the last one is shortened with "…" (the full
    ///   text stays in the alt text).
    func block(_ s: String, _ font: FontSpec, x: Double, top: Double, width: Double, color: Color,
               role: String, anchor: TextAnchor = .start, maxLines: Int = .max) throws -> ([TextRun], Double) {
        guard !s.isEmpty else { return ([], 0) }
        var lines = try TextWrapper.wrap(s, font: font, width: width, measurer: measurer)
        if lines.count > maxLines {
            let rest = lines[(maxLines - 1)...].joined(separator: " ")
            lines = lines.prefix(maxLines - 1) + [try BriefingChart.shorten(rest + "…", font: font, width: width, setter: self)]
        }
        var runs: [TextRun] = []
        var y = top
        for (i, line) in lines.enumerated() {
            let m = try measurer.measure(line.isEmpty ? " " : line, font: font)
            if i > 0 { y += m.height * (theme.lineSpacing - 1) }
            runs.append(TextRun(line, font: font, position: Point(x, y + m.ascent), anchor: anchor,
                                color: color, metrics: m, role: role))
            y += m.height
        }
        return (runs, y - top)
    }
}

/// A legend entry: a colour swatch and a name.
struct LegendItem {
    var name: String
    var color: Color
}

/// The parts around the plot: title, subtitle, legend on top; source line at the bottom.
/// Returns the nodes and the rectangle left for the plot.
struct ChartFrame {
    let setter: TextSetter
    let theme: Theme
    let size: Size

    func layout(title: String, subtitle: String, legend: [LegendItem], source: String) throws
        -> (nodes: [SceneNode], plot: Rect) {
        // Every text is capped before it is measured (a megabyte title costs what 400 characters do).
        let title = title.capped(), subtitle = subtitle.capped()
        let source = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).capped() }.joined(separator: "\n")
        let legend = legend.map { LegendItem(name: $0.name.capped(), color: $0.color) }
        let m = theme.margin
        let content = Rect(x: m, y: m, width: size.width - 2 * m, height: size.height - 2 * m)
        guard content.width > 0, content.height > 0 else {
            throw ChartError.doesNotFit("page \(size.width) x \(size.height) is smaller than its margins")
        }
        var nodes: [SceneNode] = []
        var top = content.minY
        let (titleRuns, th) = try setter.block(title, theme.title, x: content.minX, top: top, width: content.width,
                                               color: theme.text, role: "title", maxLines: 3)
        nodes += titleRuns.map(SceneNode.text)
        top += th
        if !subtitle.isEmpty {
            top += th > 0 ? theme.gap * 0.6 : 0
            let (runs, h) = try setter.block(subtitle, theme.subtitle, x: content.minX, top: top, width: content.width,
                                             color: theme.mutedText, role: "subtitle", maxLines: 3)
            nodes += runs.map(SceneNode.text)
            top += h
        }
        if !legend.isEmpty {
            top += theme.gap * 1.5
            let (legendNodes, h) = try legendRows(legend, x: content.minX, top: top, width: content.width)
            nodes += legendNodes
            top += h
        }
        top += theme.gap * 2
        var bottom = content.maxY
        if !source.isEmpty {
            let lines = try TextWrapper.wrap(source, font: theme.source, width: content.width, measurer: setter.measurer)
            let lh = try setter.lineHeight(theme.source)
            let blockHeight = Double(lines.count) * lh + Double(lines.count - 1) * lh * (theme.lineSpacing - 1)
            let (runs, h) = try setter.block(source, theme.source, x: content.minX, top: bottom - blockHeight,
                                             width: content.width, color: theme.mutedText, role: "source")
            nodes += runs.map(SceneNode.text)
            bottom -= h + theme.gap * 1.5
        }
        let plot = Rect(x: content.minX, y: top, width: content.width, height: bottom - top)
        guard plot.height > theme.base * 4 else {
            throw ChartError.doesNotFit("title, legend and source leave \(Int(plot.height)) points for the plot")
        }
        return (nodes, plot)
    }

    /// Legend items flowed left to right, wrapping to new rows.
    func legendRows(_ items: [LegendItem], x: Double, top: Double, width: Double) throws -> ([SceneNode], Double) {
        let font = theme.legend
        let lh = try setter.lineHeight(font)
        let sw = lh * 0.8, gapAfterSwatch = lh * 0.35, gapBetween = lh * 1.2
        var nodes: [SceneNode] = []
        var cx = x, row = 0
        for item in items {
            let m = try setter.metrics(item.name, font)
            let w = sw + gapAfterSwatch + m.width
            if cx > x, cx + w > x + width { row += 1; cx = x }
            let rowTop = top + Double(row) * lh * theme.lineSpacing
            nodes.append(.path(.rect(Rect(x: cx, y: rowTop + (lh - sw) / 2, width: sw, height: sw), fill: item.color,
                                     role: "legend-swatch")))
            nodes.append(.text(TextRun(item.name, font: font, position: Point(cx + sw + gapAfterSwatch, rowTop + m.ascent),
                                       color: theme.text, metrics: m, role: "legend")))
            cx += w + gapBetween
        }
        return (nodes, Double(row + 1) * lh + Double(row) * lh * (theme.lineSpacing - 1))
    }
}

/// A vertical value axis: gridlines and tick labels to the left of the plot.
struct ValueAxis {
    let scale: LinearScale
    let ticks: [Double]
    let labels: [String]

    init(domain: ClosedRange<Double>, format: ValueFormat, count: Int) {
        let s = LinearScale(domain: domain, range: (0, 1))
        scale = s
        ticks = s.ticks(count: count)
        labels = format.tickLabels(ticks, decimals: s.tickDecimals(count: count))
    }

    /// The widest tick label.
    func labelWidth(_ setter: TextSetter) throws -> Double {
        try labels.map { try setter.metrics($0, setter.theme.axisLabel).width }.max() ?? 0
    }

    /// Gridlines across `plot` and labels right-aligned at `labelRight`.
    func nodes(_ setter: TextSetter, y: LinearScale, plot: Rect, labelRight: Double) throws -> [SceneNode] {
        let theme = setter.theme
        var grid: [SceneNode] = [], text: [SceneNode] = []
        for (t, label) in zip(ticks, labels) {
            let py = y(t)
            if t != 0 {
                grid.append(.path(.polyline([Point(plot.minX, py), Point(plot.maxX, py)],
                                            stroke: StrokeStyle(color: theme.gridline, width: theme.gridlineWidth),
                                            role: "gridline")))
            }
            let m = try setter.metrics(label, theme.axisLabel)
            // Centre the label's x-height on the gridline.
            let baseline = py + m.ascent * 0.35
            text.append(.text(TextRun(label, font: theme.axisLabel, position: Point(labelRight, baseline),
                                      anchor: .end, color: theme.mutedText, metrics: m, role: "tick-label")))
        }
        return [.group(GroupNode(children: grid, role: "grid"))] + text
    }
}
