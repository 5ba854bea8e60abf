/// Grouped vertical bars: one group per category, one bar per series, a zero baseline, value
/// labels above the bars, a legend when there is more than one series.
public struct BarChart: Sendable {
    public var data: ChartData
    public var theme: Theme
    public var size: Size
    /// Write each bar's value above it.
    public var valueLabels: Bool
    /// About how many ticks the value axis gets.
    public var tickCount: Int
    /// The label for a missing value ("no data").
    public var missingLabel: String

    public init(data: ChartData, theme: Theme, size: Size, valueLabels: Bool = true, tickCount: Int = 5,
                missingLabel: String = "n/a") {
        self.data = data; self.theme = theme; self.size = size; self.valueLabels = valueLabels
        self.tickCount = tickCount; self.missingLabel = missingLabel
    }

    /// Lays the chart out and returns its scene.
    /// - Throws: `ChartError` (bad data, no room), `ScaleError`, or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        // 1. Check the data: finite values, something to draw.
        try data.validate()
        let categories = data.categories
        guard !categories.isEmpty, !data.series.isEmpty else { throw ChartError.noData("no categories or series") }
        let setter = TextSetter(measurer: measurer, theme: theme)
        var warnings: [String] = []

        // 2. Frame: title, subtitle, legend, source. What is left is the plot region.
        let legend = data.series.count > 1
            ? data.series.enumerated().map { LegendItem(name: $0.element.name, color: theme.color($0.offset)) } : []
        let frame = ChartFrame(setter: setter, theme: theme, size: size)
        let (frameNodes, region) = try frame.layout(title: data.title, subtitle: data.subtitle, legend: legend,
                                                    source: data.source)

        // 3. Value scale: niced, always through zero (bar length encodes the value).
        let domain = try LinearScale.niceDomain(data.values.isEmpty ? [0] : data.values, includeZero: true, count: tickCount)
        let axis = ValueAxis(domain: domain, format: data.format, count: tickCount)
        let labelWidth = try axis.labelWidth(setter)
        let plotX = region.minX + labelWidth + theme.gap
        let plotWidth = region.maxX - plotX
        guard plotWidth > theme.base * 4 else { throw ChartError.doesNotFit("tick labels leave no room for bars") }

        // 4. Category band scale, and the height the wrapped category labels need.
        let outer = BandScale(domain: categories, range: (plotX, plotX + plotWidth), paddingInner: 0.25, paddingOuter: 0.15)
        let catFont = theme.categoryLabel
        let catLineHeight = try setter.lineHeight(catFont)
        var catLines: [[String]] = []
        for c in categories {
            catLines.append(try TextWrapper.wrap(c, font: catFont, width: outer.step * 0.95, measurer: measurer))
        }
        for (c, lines) in zip(categories, catLines) {
            for l in lines where try setter.metrics(l, catFont).width > outer.step {
                throw ChartError.doesNotFit("the category label \"\(c)\" is wider than its band (\"\(l)\")")
            }
        }
        let maxLines = catLines.map(\.count).max() ?? 1
        let catHeight = Double(maxLines) * catLineHeight * theme.lineSpacing + theme.gap

        // 5. Plot rectangle: room above for the tallest value label, below for category labels.
        let valueLineHeight = try setter.lineHeight(theme.valueLabel)
        let hasNegative = domain.lowerBound < 0
        let topRoom = valueLabels ? valueLineHeight + theme.gap * 0.5 : 0
        let bottomRoom = valueLabels && hasNegative ? valueLineHeight + theme.gap * 0.5 : 0
        let plot = Rect(x: plotX, y: region.minY + topRoom, width: plotWidth,
                        height: region.height - topRoom - bottomRoom - catHeight)
        guard plot.height > theme.base * 3 else { throw ChartError.doesNotFit("no vertical room left for bars") }
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))

        // 6. Axis: gridlines and tick labels; the zero baseline is drawn after the bars.
        var nodes = frameNodes
        nodes += try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap)

        // 7. Bars and value labels.
        let inner = BandScale(domain: data.series.map(\.name), range: (0, outer.bandwidth), paddingInner: 0.1, paddingOuter: 0)
        var valueFont = theme.valueLabel
        if valueLabels {
            // Shrink value labels (down to 70%) until the widest fits its bar's slot.
            let widest = try data.series.flatMap(\.points).map { try setter.metrics($0.label, valueFont).width }.max() ?? 0
            let slot = inner.step
            if widest > slot { valueFont.size = max(valueFont.size * 0.7, valueFont.size * slot / widest, theme.textFloor) }
        }
        var showValues = valueLabels
        if valueLabels {
            let widest = try data.series.flatMap(\.points).map { try setter.metrics($0.label, valueFont).width }.max() ?? 0
            if widest > inner.step * 1.02 {
                showValues = false
                warnings.append("value labels left out: they are wider than the bars")
            }
        }
        let zeroY = y(0)
        var bars: [SceneNode] = [], labels: [SceneNode] = []
        for (si, s) in data.series.enumerated() {
            for p in s.points {
                guard let ci = categories.firstIndex(of: p.category) else { continue }
                let x = outer.start(at: ci) + inner.start(at: si)
                let cx = x + inner.bandwidth / 2
                guard let v = p.value else {
                    if showValues {
                        labels.append(.text(try setter.run(missingLabel, valueFont, at: Point(cx, zeroY - theme.gap * 0.4),
                                                           anchor: .middle, color: theme.mutedText, role: "value-label")))
                    }
                    continue
                }
                let vy = y(v)
                bars.append(.path(.rect(Rect(x: x, y: min(vy, zeroY), width: inner.bandwidth, height: abs(zeroY - vy)),
                                        fill: theme.color(si), role: "bar")))
                if showValues && !p.label.isEmpty {
                    let m = try setter.metrics(p.label, valueFont)
                    let baseline = v >= 0 ? vy - theme.gap * 0.4 - m.descent : vy + theme.gap * 0.4 + m.ascent
                    labels.append(.text(TextRun(p.label, font: valueFont, position: Point(cx, baseline), anchor: .middle,
                                                color: theme.text, metrics: m, role: "value-label")))
                }
            }
        }
        nodes.append(.group(GroupNode(children: bars, role: "bars")))
        nodes.append(.path(.polyline([Point(plot.minX, zeroY), Point(plot.maxX, zeroY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))
        nodes += labels

        // 8. Category labels under the plot, centred on each group.
        let catTop = plot.maxY + bottomRoom + theme.gap
        for (ci, lines) in catLines.enumerated() {
            let cx = outer.start(at: ci) + outer.bandwidth / 2
            for (li, line) in lines.enumerated() {
                let m = try setter.metrics(line, catFont)
                let baseline = catTop + Double(li) * catLineHeight * theme.lineSpacing + m.ascent
                nodes.append(.text(TextRun(line, font: catFont, position: Point(cx, baseline), anchor: .middle,
                                           color: theme.text, metrics: m, role: "category-label")))
            }
        }

        let scene = Scene(size: size, background: theme.background, nodes: nodes, title: data.title, warnings: warnings)
        try scene.validate()
        return scene
    }
}
