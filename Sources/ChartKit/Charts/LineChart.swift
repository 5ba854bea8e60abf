import IndicatorKit

/// One or more series over time. Each value is placed at the end of its period; a period's true
/// extent is drawn as a faint bar along the value, so "Dec 2013 – Aug 2016" looks shorter than
/// "2021–2023". A missing value (`nil`) breaks the line. Series are named by direct labels at
/// their last point.
public struct LineChart: Sendable {
    public var data: ChartData
    public var theme: Theme
    public var size: Size
    public var valueLabels: Bool
    /// Draw each period's extent along its value.
    public var showPeriodExtent: Bool
    /// Extend the value axis to zero (the honest default for counts and amounts).
    public var includeZero: Bool
    public var tickCount: Int
    public var locale: NumberLocale

    public init(data: ChartData, theme: Theme, size: Size, valueLabels: Bool = true, showPeriodExtent: Bool = true,
                includeZero: Bool = true, tickCount: Int = 5, locale: NumberLocale = .en) {
        self.data = data; self.theme = theme; self.size = size; self.valueLabels = valueLabels
        self.showPeriodExtent = showPeriodExtent; self.includeZero = includeZero; self.tickCount = tickCount
        self.locale = locale
    }

    /// Lays the chart out and returns its scene.
    /// - Throws: `ChartError`, `ScaleError`, or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        // 1. Check the data: finite values, every point dated.
        try data.validate()
        let points = data.series.flatMap(\.points)
        guard !data.values.isEmpty else { throw ChartError.noData("no values in any series") }
        if let undated = points.first(where: { $0.value != nil && $0.period == nil }) {
            throw ChartError.noData("'\(undated.category)' has no period; a line chart needs dates")
        }
        let setter = TextSetter(measurer: measurer, theme: theme)
        var warnings: [String] = []

        // 2. Frame (no legend: series get direct labels).
        let frame = ChartFrame(setter: setter, theme: theme, size: size)
        let (frameNodes, region) = try frame.layout(title: data.title, subtitle: data.subtitle, legend: [], source: data.source)

        // 3. Value scale and its tick labels.
        let domain = try LinearScale.niceDomain(data.values, includeZero: includeZero, count: tickCount)
        let axis = ValueAxis(domain: domain, format: data.format, count: tickCount)
        let labelWidth = try axis.labelWidth(setter)

        // 4. Room on the right for direct labels (only when there are several series).
        let named = data.series.count > 1
        let directWidth = named ? try data.series.map { try setter.metrics($0.name, theme.directLabel).width }.max() ?? 0 : 0
        let plotX = region.minX + labelWidth + theme.gap
        let rightRoom = named ? directWidth + theme.gap * 1.5 : theme.gap * 2
        let plotWidth = region.maxX - rightRoom - plotX
        guard plotWidth > theme.base * 6 else { throw ChartError.doesNotFit("series names leave no room for the plot") }

        // 5. Time scale over whole years, and the room its labels need.
        let periods = points.compactMap(\.period)
        let first = periods.map { $0.start ?? $0.end }.min()!, last = periods.map(\.end).max()!
        let axisHeight = try setter.lineHeight(theme.axisLabel) + theme.gap * 1.5
        let valueRoom = valueLabels ? try setter.lineHeight(theme.valueLabel) + theme.gap : 0
        let plot = Rect(x: plotX, y: region.minY + valueRoom, width: plotWidth, height: region.height - valueRoom - axisHeight)
        guard plot.height > theme.base * 3 else { throw ChartError.doesNotFit("no vertical room left for the plot") }
        // A little room either side so the first and last markers and labels stay inside.
        let pad = max(15, (last.ordinal - first.ordinal) / 30)
        let x = TimeScale(from: first.adding(days: -pad), through: last.adding(days: pad), range: (plot.minX, plot.maxX))
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))

        var nodes = frameNodes
        nodes += try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap)

        // 6. Time axis: tick labels at year starts, kept inside the plot's horizontal extent.
        let tickFont = theme.axisLabel
        let maxTicks = max(2, Int(plot.width / (try setter.metrics("0000", tickFont).width * 2.2)))
        var lastRight = -Double.infinity
        for t in x.ticks(maxCount: maxTicks, locale: locale) {
            let px = x.start(of: t.day)
            let m = try setter.metrics(t.label, tickFont)
            var cx = px
            cx = min(max(cx, plot.minX - labelWidth + m.width / 2), region.maxX - m.width / 2)
            if cx - m.width / 2 < lastRight + theme.gap { continue }
            lastRight = cx + m.width / 2
            nodes.append(.path(.polyline([Point(px, plot.maxY), Point(px, plot.maxY + theme.gap * 0.5)],
                                         stroke: StrokeStyle(color: theme.axisLine, width: theme.gridlineWidth), role: "tick")))
            nodes.append(.text(TextRun(t.label, font: tickFont, position: Point(cx, plot.maxY + theme.gap * 0.9 + m.ascent),
                                       anchor: .middle, color: theme.mutedText, metrics: m, role: "tick-label")))
        }
        let baseY = domain.lowerBound <= 0 && domain.upperBound >= 0 ? y(0) : plot.maxY
        nodes.append(.path(.polyline([Point(plot.minX, baseY), Point(plot.maxX, baseY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))

        // 7. Marks: period extents, lines broken at gaps, markers; then value labels, avoiding overlaps.
        var marks: [SceneNode] = []
        var placed: [Rect] = []
        var labelNodes: [SceneNode] = []
        var ends: [(name: String, y: Double, color: Color)] = []
        for (si, s) in data.series.enumerated() {
            let color = theme.color(si)
            var runs: [[Point]] = [[]]
            var lastPoint: Point?
            for p in s.points {
                guard let v = p.value, let period = p.period else { runs.append([]); continue }
                let (x0, x1) = x.extent(of: period)
                let pt = Point(x1, y(v))
                if showPeriodExtent && x1 - x0 > 0.5 {
                    marks.append(.path(.polyline([Point(x0, pt.y), pt],
                                                 stroke: StrokeStyle(color: Color(red: color.red, green: color.green, blue: color.blue, alpha: 0.35),
                                                                     width: theme.lineWidth * 2.2, cap: .butt),
                                                 role: "period-extent")))
                }
                runs[runs.count - 1].append(pt)
                lastPoint = pt
            }
            for r in runs where r.count >= 2 {
                marks.append(.path(.polyline(r, stroke: StrokeStyle(color: color, width: theme.lineWidth, cap: .round, join: .round),
                                             role: "line")))
            }
            for r in runs { for pt in r {
                marks.append(.path(.circle(center: pt, radius: theme.markerRadius, fill: color,
                                           stroke: StrokeStyle(color: theme.background, width: theme.markerRadius * 0.4), role: "marker")))
            } }
            if let lp = lastPoint { ends.append((s.name, lp.y, color)) }
        }
        // Markers, line segments and period extents are obstacles for value labels.
        var segments: [(Point, Point)] = []
        for n in marks {
            guard case .path(let p) = n else { continue }
            if p.role == "marker", let b = p.bounds { placed.append(b) }
            if p.role == "line" {
                let pts = p.commands.flatMap(\.points)
                for k in pts.indices.dropFirst() { segments.append((pts[k - 1], pts[k])) }
            }
            if p.role == "period-extent", let b = p.bounds, let w = p.stroke?.width {
                placed.append(Rect(x: b.minX, y: b.minY - w / 2, width: b.width, height: w))
            }
        }
        if valueLabels {
            var dropped = 0
            // Labels stay above the baseline and between the tick labels and the right margin.
            let page = Rect(x: region.minX + labelWidth, y: region.minY, width: region.maxX - region.minX - labelWidth,
                            height: baseY - theme.axisLineWidth - region.minY)
            for s in data.series {
                for p in s.points {
                    guard let v = p.value, let period = p.period, !p.label.isEmpty else { continue }
                    let px = x.end(of: period.end), py = y(v)
                    let m = try setter.metrics(p.label, theme.valueLabel)
                    let gap = theme.markerRadius + theme.gap * 0.4
                    let mid = py + m.ascent * 0.35
                    let candidates: [(Point, TextAnchor)] = [
                        (Point(px, py - gap - m.descent), .middle),
                        (Point(px, py + gap + m.ascent), .middle),
                        (Point(px - gap * 0.5, py - gap - m.descent), .end),
                        (Point(px + gap * 0.5, py - gap - m.descent), .start),
                        (Point(px + gap, mid), .start),
                        (Point(px - gap, mid), .end),
                        (Point(px - gap * 0.5, py + gap + m.ascent), .end),
                        (Point(px + gap * 0.5, py + gap + m.ascent), .start),
                    ]
                    let runs = candidates.map { TextRun(p.label, font: theme.valueLabel, position: $0.0, anchor: $0.1,
                                                        color: theme.text, metrics: m, role: "value-label") }
                    let pad = theme.lineWidth
                    if let run = runs.first(where: { r in
                        let b = r.bounds
                        let padded = Rect(x: b.minX - pad, y: b.minY - pad, width: b.width + 2 * pad, height: b.height + 2 * pad)
                        return page.contains(b) && !placed.contains { $0.intersects(b) }
                            && !segments.contains { segmentIntersects($0.0, $0.1, padded) }
                    }) {
                        placed.append(run.bounds)
                        labelNodes.append(.text(run))
                    } else {
                        dropped += 1
                    }
                }
            }
            if dropped > 0 { warnings.append("\(dropped) value label(s) left out: no room without overlapping") }
        }
        nodes.append(.group(GroupNode(clip: Rect(x: plot.minX - theme.markerRadius * 3, y: region.minY,
                                                width: plot.width + theme.markerRadius * 6, height: plot.maxY - region.minY + theme.markerRadius * 3),
                                     children: marks, role: "marks")))
        nodes += labelNodes

        // 8. Direct labels at the last point of each series, pushed apart vertically.
        if named {
            let lh = try setter.lineHeight(theme.directLabel)
            var order = ends.sorted { $0.y < $1.y }
            for i in order.indices {
                let minY = i == 0 ? plot.minY + lh / 2 : order[i - 1].y + lh
                order[i].y = max(order[i].y, minY)
            }
            if let lastY = order.last?.y, lastY > plot.maxY - lh / 2 {
                let shift = lastY - (plot.maxY - lh / 2)
                for i in order.indices { order[i].y -= shift }
            }
            for e in order {
                let m = try setter.metrics(e.name, theme.directLabel)
                nodes.append(.text(TextRun(e.name, font: theme.directLabel,
                                           position: Point(plot.maxX + theme.gap * 1.5, e.y + m.ascent * 0.35),
                                           color: e.color.readable(on: theme.background), metrics: m, role: "direct-label")))
            }
        }

        let scene = Scene(size: size, background: theme.background, nodes: nodes, title: data.title, warnings: warnings)
        try scene.validate()
        return scene
    }
}

/// True when the segment a-b crosses or lies inside the rectangle (Liang-Barsky clipping).
func segmentIntersects(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
    var t0 = 0.0, t1 = 1.0
    let dx = b.x - a.x, dy = b.y - a.y
    for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
        if p == 0 {
            if q < 0 { return false }
        } else {
            let t = q / p
            if p < 0 { if t > t1 { return false }; t0 = max(t0, t) } else { if t < t0 { return false }; t1 = min(t1, t) }
        }
    }
    return t0 <= t1
}
