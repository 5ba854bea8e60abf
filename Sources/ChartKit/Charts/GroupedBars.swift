/// Bar: grouped vertical bars, one group per category and one bar per series in its colour, from
/// a zero baseline, value labels above (below for negative values), a legend in the frame.
extension BriefingChart {
    func groupedBars(_ panel: BriefingPanel, rect: Rect, setter: TextSetter, placer: inout LabelPlacer,
                     annotations: [ChartAnnotation]) throws -> [SceneNode] {
        let series = panel.drawnSeries
        // Categories in order of first appearance, dated ones in time order (undated keep their place).
        var categories: [String] = [], seen = Set<String>(), ends: [String: Int] = [:]
        for s in series {
            for f in s.figures where seen.insert(f.category).inserted {
                categories.append(f.category)
                if let p = f.period { ends[f.category] = p.end.ordinal }
            }
        }
        if ends.count == categories.count {
            categories = categories.enumerated().sorted { (ends[$0.element]!, $0.offset) < (ends[$1.element]!, $1.offset) }.map(\.element)
        }
        let top = try header(panel, rect: rect, setter: setter, placer: &placer)

        // Value axis: niced, always through zero (bar length encodes the value).
        let values = series.flatMap { $0.figures.compactMap(\.value) }
            + annotations.compactMap { $0.kind == .referenceLine ? $0.value : nil }
        let domain = try LinearScale.niceDomain(values.isEmpty ? [0] : values, includeZero: true, count: 5)
        let axis = ValueAxis(domain: domain, format: panel.format, count: 5)
        let plotX = rect.minX + (try axis.labelWidth(setter)) + theme.gap
        guard rect.maxX - plotX > theme.base * 3 else {
            throw ChartError.doesNotFit("tick labels leave no room for bars; use a wider preset (slide)")
        }
        let outer = BandScale(domain: categories, range: (plotX, rect.maxX), paddingInner: 0.25, paddingOuter: 0.15)
        let inner = BandScale(domain: series.indices.map(String.init), range: (0, outer.bandwidth), paddingInner: 0.1, paddingOuter: 0)

        // Category labels wrapped to their band (at most three lines; a longer one is shortened with "…").
        let catFont = theme.categoryLabel
        let catLH = try setter.lineHeight(catFont)
        var catLines: [[String]] = []
        for c in categories {
            var lines = try TextWrapper.wrap(c.capped(), font: catFont, width: outer.step * 0.95, measurer: setter.measurer)
            if lines.count > 3 { lines = Array(lines.prefix(2)) + [lines[2...].joined(separator: " ")] }
            let fitted = try lines.map { try Self.shorten($0, font: catFont, width: outer.step * 0.98, setter: setter) }
            if fitted != lines { placer.note(c, role: "category-label", reason: "shortened with “…” to fit its band", action: .shrunk) }
            catLines.append(fitted)
        }
        let catHeight = Double(catLines.map(\.count).max() ?? 1) * catLH * theme.lineSpacing + theme.gap

        // Room above for value labels, below the baseline for labels of negative bars.
        let vlh = try setter.lineHeight(theme.valueLabel)
        let labelRoom = valueLabels ? vlh + theme.gap * 0.5 : 0
        let bottomRoom = domain.lowerBound < 0 ? labelRoom : 0
        let plot = Rect(x: plotX, y: top + labelRoom, width: rect.maxX - plotX,
                        height: rect.maxY - top - labelRoom - bottomRoom - catHeight)
        guard plot.height > theme.base * 2 else {
            throw ChartError.doesNotFit("no vertical room left for bars; use a taller preset (square) or fewer notes")
        }
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))
        var nodes: [SceneNode] = []
        for n in try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap) {
            if case .text(let t) = n { placer.fixed(t, within: rect) } else { nodes.append(n) }
        }

        // Bars first (labels must not cover any bar), then value labels.
        let zeroY = y(0)
        var labels: [(text: String, x: Double, y: Double, negative: Bool, missing: Bool)] = []
        for (si, s) in series.enumerated() {
            for f in s.figures {
                guard let ci = categories.firstIndex(of: f.category) else { continue }
                let x = outer.start(at: ci) + inner.start(at: si), cx = x + inner.bandwidth / 2
                guard let v = f.value else {
                    labels.append((missingLabel, cx, zeroY, false, true))
                    continue
                }
                let vy = y(v)
                let r = Rect(x: x, y: min(vy, zeroY), width: inner.bandwidth, height: max(abs(zeroY - vy), 0.5))
                nodes += Self.bar(r, color: seriesColors[si], derived: f.derived, approximate: f.approximate, theme: theme)
                placer.block(r)
                labels.append((f.label, cx, vy, v < 0, false))
            }
        }
        if valueLabels {
            // A label wider than its bar's slot is left out (never split from its unit, never fused
            // with its neighbour); the note on the chart says how many.
            let slot = inner.step * 1.02
            for l in labels where !l.text.isEmpty {
                var font = l.missing ? theme.axisLabel : theme.valueLabel
                if try setter.metrics(l.text, font).width > slot {
                    font.size = max(theme.textFloor, font.size * 0.7)
                    if try setter.metrics(l.text, font).width > slot {
                        placer.note(l.text, role: "value-label", reason: "wider than its bar")
                        continue
                    }
                }
                let pad = theme.gap * 0.4
                let c: [LabelPlacer.Candidate] = l.negative
                    ? [.init(point: Point(l.x, l.y + pad), anchor: .middle, top: true)]
                    : [.init(point: Point(l.x, l.y - pad - (try setter.metrics(l.text, font).descent)), anchor: .middle)]
                try placer.place(l.text, font: font, color: l.missing ? theme.mutedText : theme.text, role: "value-label",
                                 candidates: c, within: rect)
            }
        }
        nodes.append(.path(.polyline([Point(plot.minX, zeroY), Point(plot.maxX, zeroY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))

        // Category labels under the plot, centred on each group.
        let catTop = plot.maxY + bottomRoom + theme.gap * 0.6
        for (ci, lines) in catLines.enumerated() {
            let cx = outer.start(at: ci) + outer.bandwidth / 2
            for (li, line) in lines.enumerated() {
                try placer.place(line, font: catFont, color: theme.text, role: "category-label",
                                 candidates: [.init(point: Point(cx, catTop + Double(li) * catLH * theme.lineSpacing), anchor: .middle, top: true)],
                                 within: rect, shrink: false)
            }
        }
        var byCategory = panel
        byCategory.figures = categories.map { BriefingFigure(category: $0, value: nil, label: "") }
        nodes += try annotate(annotations, panel: byCategory, plot: plot, y: y, band: outer, rect: rect, setter: setter, placer: &placer)
        return nodes
    }
}
