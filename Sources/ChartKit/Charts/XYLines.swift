import IndicatorKit

/// One series of an x-y chart: its values in drawing order. On a time axis `x` holds day
/// ordinals (days since 1970-01-01, fractional; `XYSeries.time(of:)` gives a period's middle).
public struct XYSeries: Sendable {
    /// The name in the legend (several series in a panel) or the panel's title (small multiples).
    public var name: String
    public var x: [Double]
    public var y: [Double]

    /// A series of `x` and `y` values (the same count).
    public init(name: String, x: [Double], y: [Double]) {
        self.name = name; self.x = x; self.y = y
    }

    /// The lowest and highest x and y of a series.
    public typealias Extent = (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double))

    /// The lowest and highest x and y, in one pass (on two cores for a long series). NaN is
    /// passed over; an infinite value becomes a bound (`XYChart` refuses non-finite bounds), and a
    /// series without points gives infinite bounds.
    public func extent() -> Extent {
        let xs = x, ys = y
        let parts = Halves.map(min(x.count, y.count)) { range in
            xs.withUnsafeBufferPointer { xb in
                ys.withUnsafeBufferPointer { yb in
                    var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
                    for i in range {
                        let a = xb[i], b = yb[i]
                        if a < x0 { x0 = a }
                        if a > x1 { x1 = a }
                        if b < y0 { y0 = b }
                        if b > y1 { y1 = b }
                    }
                    return (x0, x1, y0, y1)
                }
            }
        }
        let r = parts.dropFirst().reduce(parts[0]) { (Swift.min($0.0, $1.0), Swift.max($0.1, $1.1), Swift.min($0.2, $1.2), Swift.max($0.3, $1.3)) }
        return ((r.0, r.1), (r.2, r.3))
    }

    /// Where a period's value sits on a time axis, as a day ordinal: the middle of the period, or
    /// the end of the day of an instant (`TimeAxis.position`).
    public static func time(of period: Period) -> Double {
        let end = Double(period.end.ordinal + 1)
        return ((period.start.map { Double($0.ordinal) } ?? end) + end) / 2
    }
}

/// One panel of an x-y chart: a title (small multiples) and the series sharing its axes.
public struct XYPanel: Sendable {
    public var title: String
    public var series: [XYSeries]

    /// A panel of `series` under `title` (empty for a chart of one panel).
    public init(title: String = "", series: [XYSeries]) { self.title = title; self.series = series }
}

/// Numeric lines, as `indicators plot` draws them: one plot or a grid of panels, each with its
/// own value axis and an x axis of numbers or of time, several series per panel told apart by
/// colour and a legend. Long series are reduced to what the pixels show (`Decimation.m4`), so a
/// million points draw in milliseconds. The frame, value axis, bottom-axis ticks and label
/// placement are the ones every ChartKit chart uses; every text run goes through a `LabelPlacer`.
public struct XYChart: Sendable {
    /// What the x values are.
    public enum XAxis: Sendable, Hashable {
        /// Plain numbers, with thousands grouping ("250,000").
        case number
        /// Day ordinals; ticks at years ("1960", never "1,960") or months.
        case time
    }

    public var title = ""
    public var subtitle = ""
    public var source = ""
    /// Axis titles, drawn on a chart of one panel: the x column's name under the x axis, the y
    /// column's name above the value axis.
    public var xName = ""
    public var yName = ""
    public var panels: [XYPanel]
    public var xAxis = XAxis.number
    /// Panels per row; nil gives about a square grid.
    public var columns: Int?
    public var theme: Theme
    public var size: Size
    /// Pixel columns per layout unit for reducing long series (the PNG scale, 1 for SVG).
    public var pixelsPerPoint = 1.0
    public var yFormat = ValueFormat(.thousands)
    public var locale = NumberLocale.en

    /// A chart of `panels` on a page of `size`.
    public init(panels: [XYPanel], theme: Theme, size: Size) {
        self.panels = panels; self.theme = theme; self.size = size
    }

    /// The body text size for a page: about 16 points on a 1200-point-wide page, smaller per
    /// panel in a grid; `fontSize` when given.
    public static func theme(for size: Size, grid: Bool, fontSize: Double? = nil) -> Theme {
        let short = min(size.width, size.height * 16 / 9)
        return Theme(base: fontSize ?? max(7, min(40, short / (grid ? 100 : 75))))
    }

    /// The font of a small-multiples panel's title.
    static func panelTitleFont(_ theme: Theme) -> FontSpec {
        FontSpec(family: theme.fontFamily, size: theme.base * 1.1, weight: .bold)
    }

    /// The fonts a chart of `theme` sets its text in: value and axis labels always, the title,
    /// subtitle and source when it has them, panel titles for small multiples, the legend for
    /// several series. A measurer can find them while the data is still being read.
    public static func fonts(theme: Theme, title: Bool, subtitle: Bool, source: Bool, panels: Bool, legend: Bool) -> [FontSpec] {
        [theme.axisLabel] + (title ? [theme.title] : []) + (subtitle ? [theme.subtitle] : []) + (source ? [theme.source] : [])
            + (panels ? [panelTitleFont(theme)] : []) + (legend ? [theme.legend] : [])
    }

    /// Lays the chart out.
    /// - Throws: `ChartError` (no data, a non-finite value, too many series or panels, no room),
    ///   `ScaleError`, or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        guard !panels.isEmpty else { throw ChartError.noData("no panels") }
        if panels.count > ChartLimits.maximumPanels {
            throw ChartError.doesNotFit("\(panels.count) panels, more than the \(ChartLimits.maximumPanels) a chart takes; chart fewer panels")
        }
        let setter = TextSetter(measurer: measurer, theme: theme)
        // Each series' extents, once: the axes and the alt text both read them.
        let extents = panels.map { $0.series.map { $0.extent() } }
        // Colours: several series in a panel are told apart (one colour per name, the same in
        // every panel, refused past the palette); one series per panel takes the first colour.
        let names = panels.flatMap { $0.series.map(\.name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let several = panels.contains { $0.series.count > 1 }
        let colors = several ? try theme.colors(for: names) : names.map { _ in theme.color(0) }
        let colorOf = Dictionary(zip(names, colors), uniquingKeysWith: { a, _ in a })
        let legend = several ? zip(names, colors).map { LegendItem(name: $0.capped(), color: $1) } : []
        let (frameNodes, region) = try ChartFrame(setter: setter, theme: theme, size: size)
            .layout(title: title.capped(), subtitle: subtitle.capped(), legend: legend, source: source.capped())
        var placer = LabelPlacer(setter: setter)
        let page = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for case .text(let t) in frameNodes { placer.fixed(t, within: page) }
        var nodes: [SceneNode] = frameNodes.filter { if case .text = $0 { false } else { true } }

        if panels.count == 1 {
            nodes += try panel(panels[0], extents: extents[0], in: region, colorOf: colorOf, xTicks: 8, yTicks: 6, axisTitles: true,
                               setter: setter, placer: &placer)
        } else {
            let cols = min(panels.count, columns ?? max(1, Int(Double(panels.count).squareRoot().rounded(.up))))
            let rows = (panels.count + cols - 1) / cols
            let gapX = theme.base * 2, gapY = theme.base * 1.6
            let w = (region.width - Double(cols - 1) * gapX) / Double(cols)
            let h = (region.height - Double(rows - 1) * gapY) / Double(rows)
            guard w > theme.base * 8, h > theme.base * 6 else {
                throw ChartError.doesNotFit("\(panels.count) panels in \(cols) columns leave \(Int(w)) x \(Int(h)) points each; use fewer columns or a larger page")
            }
            let titleFont = XYChart.panelTitleFont(theme)
            let th = try setter.lineHeight(titleFont)
            for (i, p) in panels.enumerated() {
                let cell = Rect(x: region.minX + Double(i % cols) * (w + gapX), y: region.minY + Double(i / cols) * (h + gapY),
                                width: w, height: h)
                let name = try BriefingChart.shorten(p.title.capped(), font: titleFont, width: w, setter: setter)
                let m = try setter.metrics(name, titleFont)
                placer.fixed(TextRun(name, font: titleFont, position: Point(cell.minX, cell.minY + m.ascent), color: theme.text,
                                     metrics: m, role: "panel-title"), within: cell)
                let body = Rect(x: cell.minX, y: cell.minY + th + theme.gap, width: w, height: h - th - theme.gap)
                nodes += try panel(p, extents: extents[i], in: body, colorOf: colorOf, xTicks: max(2, Int(w / (theme.base * 5))),
                                   yTicks: max(2, Int(body.height / (theme.base * 4.5))), axisTitles: false,
                                   setter: setter, placer: &placer)
            }
        }
        let scene = Scene(size: size, background: theme.background, nodes: nodes + placer.runs.map(SceneNode.text),
                          title: title.capped(), warnings: placer.report.dropped.map { "label left out: \($0.role) \"\($0.text)\" (\($0.reason))" },
                          altText: altText(extents: extents), fitReport: placer.report)
        try scene.validate()
        return scene
    }

    /// Axes, gridlines and the lines of one panel inside `rect`.
    func panel(_ p: XYPanel, extents: [XYSeries.Extent], in rect: Rect, colorOf: [String: Color], xTicks: Int, yTicks: Int, axisTitles: Bool,
               setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        let label = p.title.isEmpty ? (p.series.first?.name ?? "") : p.title
        guard p.series.contains(where: { !$0.x.isEmpty && !$0.y.isEmpty }) else {
            throw ChartError.noData("series '\(label.capped())' has no points")
        }
        // 1. Extents, in one pass over each series.
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        for e in extents {
            x0 = min(x0, e.x.lower); x1 = max(x1, e.x.upper); y0 = min(y0, e.y.lower); y1 = max(y1, e.y.upper)
        }
        guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else {
            throw ChartError.nonFiniteValue(series: label.capped(), category: xName.capped(), value: .nan)
        }
        if x0 == x1 { x0 -= xAxis == .time ? 180 : 0.5; x1 += xAxis == .time ? 180 : 0.5 }
        let domain = try LinearScale.niceDomain([y0, y1], includeZero: false, count: yTicks)
        let axis = ValueAxis(domain: domain, format: yFormat, count: yTicks)
        let font = theme.axisLabel
        let lh = try setter.lineHeight(font)

        // 2. The plot area: value labels left, x labels below, axis titles when asked.
        var top = rect.minY
        if axisTitles, !yName.isEmpty {
            let name = try BriefingChart.shorten(yName.capped(), font: font, width: rect.width, setter: setter)
            let m = try setter.metrics(name, font)
            placer.fixed(TextRun(name, font: font, position: Point(rect.minX, top + m.ascent), color: theme.mutedText,
                                 metrics: m, role: "axis-title"), within: rect)
            top += lh + theme.gap * 0.5
        }
        let xTitle = axisTitles && !xName.isEmpty
        let left = rect.minX + (try axis.labelWidth(setter)) + theme.gap * 0.6
        let area = Rect(x: left, y: top + lh * 0.5, width: rect.maxX - left - theme.gap,
                        height: rect.maxY - top - lh * 1.5 - theme.gap * 0.9 - (xTitle ? lh + theme.gap * 0.5 : 0))
        guard area.width > theme.base * 4, area.height > theme.base * 2 else {
            throw ChartError.doesNotFit("tick labels leave no room for the plot of '\(label.capped())'; use a larger page or fewer panels")
        }
        var timeScale: TimeScale?
        let xScale: LinearScale
        if xAxis == .time {
            let pad = max(15, (x1 - x0) / 30)
            let ts = TimeScale(from: Day(ordinal: Int((x0 - pad).rounded(.down))), through: Day(ordinal: Int((x1 + pad).rounded(.up))),
                               range: (area.minX, area.maxX))
            timeScale = ts
            xScale = LinearScale(domain: ts.lower...ts.upper, range: (area.minX, area.maxX))
        } else {
            xScale = LinearScale(domain: x0...x1, range: (area.minX, area.maxX))
        }
        let yScale = LinearScale(domain: domain, range: (area.maxY, area.minY))

        // 3. Axes: gridlines and value labels, a baseline, ticks along the bottom.
        var nodes: [SceneNode] = []
        for n in try axis.nodes(setter, y: yScale, plot: area, labelRight: area.minX - theme.gap * 0.6) {
            if case .text(let t) = n { placer.fixed(t, within: rect) } else { nodes.append(n) }
        }
        let baseY = domain.contains(0) ? yScale(0) : area.maxY
        nodes.append(.path(.polyline([Point(area.minX, baseY), Point(area.maxX, baseY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "axis")))
        if let timeScale {
            nodes += try TimeAxis.draw(timeScale, plot: area, within: rect, locale: locale, theme: theme, setter: setter, placer: &placer)
        } else {
            let unit = LinearScale(domain: x0...x1, range: (0, 1))
            let ticks = unit.ticks(count: xTicks)
            let labels = ValueFormat(.thousands, locale: locale).tickLabels(ticks, decimals: unit.tickDecimals(count: xTicks))
            nodes += try BottomAxis.draw(zip(ticks, labels).map { (x: xScale($0), label: $1) }, plot: area, within: rect,
                                         theme: theme, setter: setter, placer: &placer, role: "tick-label", nudge: true)
        }
        if xTitle {
            let name = try BriefingChart.shorten(xName.capped(), font: font, width: area.width, setter: setter)
            let m = try setter.metrics(name, font)
            placer.fixed(TextRun(name, font: font, position: Point(area.midX, rect.maxY - m.descent), anchor: .middle,
                                 color: theme.mutedText, metrics: m, role: "axis-title"), within: rect)
        }

        // 4. The lines, reduced to what the pixels show, clipped to the plot.
        let lw = max(1, theme.lineWidth * 0.8)
        var marks: [SceneNode] = []
        for s in p.series {
            let color = colorOf[s.name] ?? theme.color(0)
            let pts = Decimation.m4(x: s.x, y: s.y, xScale: xScale, yScale: yScale, pixelsPerPoint: pixelsPerPoint)
            if pts.count >= 2 {
                marks.append(.path(.polyline(pts, stroke: StrokeStyle(color: color, width: lw, cap: .round, join: .round), role: "line")))
            } else if let pt = pts.first {
                marks.append(.path(.circle(center: pt, radius: lw * 1.5, fill: color, role: "marker")))
            }
        }
        let clip = Rect(x: area.minX - lw, y: area.minY - lw, width: area.width + 2 * lw, height: area.height + 2 * lw)
        return nodes + [.group(GroupNode(clip: clip, children: marks, role: "marks"))]
    }

    /// The alt text, from each series' extents (`extents[panel][series]`): per series the number
    /// of points, the first and last value, the lowest and highest (the first 24 series; names
    /// capped like every chart text). The scene carries it (`Scene.altText`).
    func altText(extents: [[XYSeries.Extent]]) -> String {
        func f(_ v: Double) -> String { NumberFormat.decimal(v, decimals: v.rounded() == v ? 0 : 2, locale: .en) }
        let what = (yName.isEmpty ? "" : " of \(yName.capped())") + (xName.isEmpty ? "" : " against \(xName.capped())")
        var parts: [String] = [title.isEmpty ? (panels.count > 1 ? "Small multiples." : "Line chart.") : title.capped() + "."]
        let all = zip(panels, extents).flatMap { p, e in
            zip(p.series, e).map { (p.series.count == 1 && !p.title.isEmpty ? p.title : $0.name, $0, $1) }
        }
        for (name, s, extent) in all.prefix(24) {
            guard let a = s.y.first, let b = s.y.last else { continue }
            let e = extent.y
            let lo = min(a, e.lower), hi = max(a, e.upper)
            let named = name.isEmpty ? "" : "\(name.capped()): "
            parts.append("\(named)\(f(Double(s.y.count))) points\(what), from \(f(a)) to \(f(b)), lowest \(f(lo)), highest \(f(hi)).")
        }
        if all.count > 24 { parts.append("And \(all.count - 24) more series.") }
        return parts.joined(separator: " ")
    }
}
