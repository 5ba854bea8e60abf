/// Line: several series over time on one value axis. Each value sits at the middle of its period,
/// with the period's extent drawn as a faint band along it; a line joins two figures only where
/// `TimeAxis.joins` allows; several series are named by direct labels at their last point.
extension BriefingChart {
    func multiLine(_ panel: BriefingPanel, rect: Rect, setter: TextSetter, placer: inout LabelPlacer,
                   annotations: [ChartAnnotation]) throws -> [SceneNode] {
        let series = panel.drawnSeries
        let top = try header(panel, rect: rect, setter: setter, placer: &placer)
        let periods = series.flatMap { $0.figures.filter { $0.value != nil }.compactMap(\.period) }
        if let undated = series.flatMap(\.figures).first(where: { $0.value != nil && $0.period == nil }) {
            throw ChartError.noData("'\(undated.category)' has no period; a line chart needs dates")
        }
        let values = series.flatMap { $0.figures.compactMap(\.value) }
            + annotations.compactMap { $0.kind == .referenceLine ? $0.value : nil }
        let domain = try LinearScale.niceDomain(values.isEmpty ? [0] : values, includeZero: includeZero, count: 5)
        let axis = ValueAxis(domain: domain, format: panel.format, count: 5)

        // Room: value axis labels left, direct labels right (several series), time labels below.
        let named = series.count > 1
        let nameFont = theme.directLabel
        let names = try series.map { try Self.shorten($0.name.capped(), font: nameFont, width: rect.width * 0.3, setter: setter) }
        let directWidth = named ? try names.map { try setter.metrics($0, nameFont).width }.max() ?? 0 : 0
        let plotX = rect.minX + (try axis.labelWidth(setter)) + theme.gap
        let plotX1 = rect.maxX - (named ? directWidth + theme.gap * 1.5 : theme.gap * 2)
        let vlh = try setter.lineHeight(theme.valueLabel)
        let axisH = try setter.lineHeight(theme.axisLabel) + theme.gap * 1.5
        let plot = Rect(x: plotX, y: top + (valueLabels ? vlh + theme.gap : vlh * 0.5), width: plotX1 - plotX,
                        height: rect.maxY - top - (valueLabels ? vlh + theme.gap : vlh * 0.5) - axisH)
        guard plot.width > theme.base * 6, plot.height > theme.base * 2 else {
            throw ChartError.doesNotFit("series names and labels leave no room for the plot; use a larger preset (slide) or small-multiples")
        }
        guard let x = TimeAxis.scale(periods, range: (plot.minX, plot.maxX), padDivisor: 30) else {
            throw ChartError.noData("a line chart needs dated figures")
        }
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))
        var nodes: [SceneNode] = []
        for n in try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap) {
            if case .text(let t) = n { placer.fixed(t, within: rect) } else { nodes.append(n) }
        }
        nodes += try TimeAxis.draw(x, plot: plot, within: rect, locale: data.locale, theme: theme, setter: setter, placer: &placer)
        let baseY = domain.lowerBound <= 0 && domain.upperBound >= 0 ? y(0) : plot.maxY
        nodes.append(.path(.polyline([Point(plot.minX, baseY), Point(plot.maxX, baseY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))

        // Marks: period extents, lines, markers; the points block labels.
        var marks: [SceneNode] = []
        var points: [[(Point, BriefingFigure)]] = []
        for (si, s) in series.enumerated() {
            let color = seriesColors[si]
            var run: [Point] = [], pts: [(Point, BriefingFigure)] = []
            var previous: BriefingFigure?
            func flush() {
                if run.count >= 2 {
                    marks.append(.path(.polyline(run, stroke: StrokeStyle(color: color, width: theme.lineWidth, cap: .round, join: .round), role: "line")))
                }
                run = []
            }
            for f in s.figures {
                guard let v = f.value, let p = f.period else { flush(); previous = nil; continue }
                if !TimeAxis.joins(previous, f) { flush() }
                let (x0, x1) = x.extent(of: p)
                let pt = Point(TimeAxis.position(of: p, on: x), y(v))
                if x1 - x0 > 0.5 {
                    marks.append(.path(.polyline([Point(x0, pt.y), Point(x1, pt.y)],
                                                 stroke: StrokeStyle(color: Color(red: color.red, green: color.green, blue: color.blue, alpha: 0.3),
                                                                     width: theme.lineWidth * 2.2, cap: .butt), role: "period-extent")))
                }
                run.append(pt); pts.append((pt, f)); previous = f
            }
            flush()
            for (pt, f) in pts {
                let open = f.derived || f.approximate
                marks.append(.path(.circle(center: pt, radius: theme.markerRadius, fill: open ? theme.background : color,
                                           stroke: open ? StrokeStyle(color: color, width: theme.lineWidth * 0.6) : nil,
                                           role: open ? "marker-approximate" : "marker")))
                let r = theme.markerRadius
                placer.block(Rect(x: pt.x - r, y: pt.y - r, width: 2 * r, height: 2 * r))
            }
            points.append(pts)
        }
        nodes.append(.group(GroupNode(children: marks, role: "marks")))

        // Direct labels at the last point of each series, spread apart vertically.
        if named {
            let lh = try setter.lineHeight(nameFont)
            let ends = points.map { $0.last?.0.y ?? plot.midY }
            let spread = LabelPlacer.spread(ends, height: lh * 1.05, lo: plot.minY, hi: plot.maxY + axisH * 0.5)
            for (si, name) in names.enumerated() where !points[si].isEmpty {
                let m = try setter.metrics(name, nameFont)
                if abs(spread[si] - ends[si]) > 0.5 {
                    placer.note(name, role: "direct-label", reason: "moved \(Int(abs(spread[si] - ends[si]).rounded())) pt to clear a neighbour", action: .moved)
                }
                try placer.place(name, font: nameFont, color: seriesColors[si].readable(on: theme.background), role: "direct-label",
                                 candidates: [.init(point: Point(plot.maxX + theme.gap * 1.5, spread[si] + m.ascent - m.height / 2), anchor: .start)],
                                 within: rect)
            }
        }
        // Value labels above their points (below when taken); those that fit nowhere are left out.
        if valueLabels {
            for (si, pts) in points.enumerated() {
                for (pt, f) in pts where !f.label.isEmpty {
                    let gap = theme.markerRadius + theme.gap * 0.3
                    try placer.place(f.label, font: theme.valueLabel, color: seriesColors[si].readable(on: theme.background),
                                     role: "value-label",
                                     candidates: [.init(point: Point(pt.x, pt.y - gap - vlh * 0.25), anchor: .middle),
                                                  .init(point: Point(pt.x, pt.y + gap), anchor: .middle, top: true, why: "set below its point")],
                                     within: rect)
                }
            }
        }
        nodes += try annotate(annotations, panel: panel, plot: plot, y: y, band: nil, rect: rect, setter: setter, placer: &placer)
        return nodes
    }
}
