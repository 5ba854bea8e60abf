import IndicatorKit

/// Briefing charts drawn in panels: period comparison and per-year columns, small multiples of
/// lines, diverging growth bars, and slope charts. Every text run goes through a `LabelPlacer`,
/// so no two overlap; what it had to move, shrink or drop is in `scene.fitReport`.
public struct BriefingChart: Sendable {
    /// How the panels are drawn: one file per layout under Charts/ places its marks.
    public enum Layout: Sendable {
        /// Period comparison and per-year: a panel of columns per indicator, with change labels.
        case columns
        /// Small multiples: a panel with one line per indicator, on a shared time axis.
        case lines
        /// Growth: one panel of horizontal bars diverging from zero.
        case diverging
        /// Slope: every indicator from its first to its last figure.
        case slope
        /// Bar: grouped bars of several series over shared categories and one value axis.
        case bars
        /// Line: several series over time on one value axis, named by direct labels.
        case line
    }

    /// What the chart shows: titles, notes, panels with their figures and changes.
    public var data: BriefingData
    /// How the panels are drawn (columns, lines, diverging bars, slope, bars, line).
    public var layout: Layout
    /// Type sizes, colours and line widths.
    public var theme: Theme
    /// The page size in points.
    public var size: Size
    /// Reference lines and callouts, each for one panel (by index) or, with a nil panel, for all.
    public var annotations: [(panel: Int?, annotation: ChartAnnotation)]
    /// Lines of the tallest panel title (at most 2), set by `scene(measurer:)`.
    var titleLines = 1
    /// Small multiples: the room right of every plot for end labels, the same in every panel so
    /// that the shared period axis lines up.
    var lineRightRoom = 0.0
    /// Small multiples: the width of the widest value-axis label of any panel.
    var lineLeftRoom = 0.0
    /// Column headers of a slope chart (the two periods); nil takes the first panel's categories.
    public var slopeHeaders: [String]?
    /// The colour of each panel, keyed by its indicator (`Theme.colors`), set by `scene(measurer:)`.
    var panelColors: [Color] = []
    /// Bars and line: the colour of each series of the panel.
    var seriesColors: [Color] = []
    /// Bars and line: write each value next to its mark.
    public var valueLabels = true
    /// Line: extend the value axis to zero (the honest default for counts and amounts).
    public var includeZero = true
    /// Bars: the label of a missing value ("n/a").
    public var missingLabel = "n/a"

    /// A chart of `data` drawn as `layout` on a page of `size` points.
    public init(data: BriefingData, layout: Layout, theme: Theme, size: Size,
                annotations: [(panel: Int?, annotation: ChartAnnotation)] = [], slopeHeaders: [String]? = nil) {
        self.data = data; self.layout = layout; self.theme = theme; self.size = size
        self.annotations = annotations; self.slopeHeaders = slopeHeaders
    }

    static let positive = Color(hex: 0x0072B2)
    static let negative = Color(hex: 0xD55E00)

    /// Lays the chart out. A chart that had to leave labels out says so in a note on the chart
    /// (laid out with it), besides the fit report.
    /// - Throws: `ChartError` (no data, too many categories or series, no room), `ScaleError`,
    ///   or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        // 1. Data: finite values, something to draw, within the limits, checked before any layout.
        for p in data.panels {
            for s in p.drawnSeries {
                for f in s.figures {
                    if let v = f.value, !v.isFinite { throw ChartError.nonFiniteValue(series: s.name, category: f.category, value: v) }
                }
            }
        }
        guard data.panels.contains(where: { $0.drawnSeries.contains { $0.figures.contains { $0.value != nil } } }) else {
            throw ChartError.noData("no values to draw")
        }
        try ChartLimits.check(data, layout: layout)
        // Crowding degrades in one order (ChartLimits): 1. numbers written short, 2. labels left
        // out with a note, 3. an error naming a preset that fits.
        var chart = self
        var scene: Scene
        do {
            scene = try chart.layOut(measurer: measurer, extraNotes: [])
            var shortened: [FitEntry] = []
            if scene.fitReport.entries.contains(where: { Self.valueRoles.contains($0.role) && $0.action != .moved }) {
                let drawn = Set(scene.texts.map(\.text) + scene.fitReport.entries.map(\.text))
                let (compact, entries) = chart.withCompactLabels(reporting: drawn)
                if !entries.isEmpty {
                    chart = compact; shortened = entries
                    scene = try chart.layOut(measurer: measurer, extraNotes: [])
                }
            }
            var extra: [String] = []
            for _ in 0..<3 {
                let note = ChartLimits.droppedNote(scene.fitReport, locale: data.locale)
                if note.map({ [$0] }) ?? [] == extra { break }
                extra = note.map { [$0] } ?? []
                scene = try chart.layOut(measurer: measurer, extraNotes: extra)
            }
            scene.fitReport.entries.insert(contentsOf: shortened, at: 0)
        } catch ChartError.doesNotFit(let why) {
            throw ChartError.doesNotFit(why + fittingPreset(measurer: measurer))
        }
        return scene
    }

    /// Roles of labels that write a value (the ones the short number form applies to).
    static let valueRoles: Set<String> = ["value-label", "end-label"]

    /// The chart with every value label written in the short form (`ValueFormat.compact`), and a
    /// fit entry for each label in `reporting` (the labels drawn or reported) it changed. A label
    /// keeps its qualifier ("nearly US$6.13 bn" becomes "nearly US$6.1 bn"); only the number in
    /// it is rewritten, and only when the short form is shorter.
    func withCompactLabels(reporting: Set<String>) -> (BriefingChart, [FitEntry]) {
        var chart = self
        var entries: [FitEntry] = []
        func compact(_ f: BriefingFigure, _ format: ValueFormat) -> BriefingFigure {
            guard let v = f.value, let r = Self.numberPhrase(f, format) else { return f }
            let short = format.compact(v)
            guard short.count < f.label[r].count else { return f }
            var g = f
            g.label = f.label.replacingCharacters(in: r, with: short)
            if reporting.contains(f.label) || reporting.contains(f.label.capped()) { entries.append(FitEntry(text: g.label, role: "value-label", action: .shrunk,
                                    reason: "number written short (was “\(f.label.capped(40))”) for lack of room")) }
            return g
        }
        for (i, p) in chart.data.panels.enumerated() {
            chart.data.panels[i].figures = p.figures.map { compact($0, p.format) }
            for (k, s) in p.series.enumerated() { chart.data.panels[i].series[k].figures = s.figures.map { compact($0, p.format) } }
        }
        return (chart, entries)
    }

    /// Where the figure's value, with its unit, is written in its label (after a qualifier such
    /// as "about"), or nil when the label does not write it with `format`.
    static func numberPhrase(_ f: BriefingFigure, _ format: ValueFormat) -> Range<String.Index>? {
        guard let v = f.value else { return nil }
        for d in (0...4).reversed() {
            if let r = f.label.range(of: format.format(v, decimals: d)) { return r }
        }
        return nil
    }

    /// "; it fits at the slide preset" when a larger preset lays the chart out, else a hint.
    func fittingPreset(measurer: TextMeasurer) -> String {
        let area = size.width * size.height
        for preset in SizePreset.allCases.sorted(by: { $0.size.width * $0.size.height < $1.size.width * $1.size.height })
        where preset.size.width * preset.size.height > area * 1.01 {
            var larger = self
            larger.size = preset.size
            larger.theme.base = preset.baseFontSize; larger.theme.pointsPerUnit = preset.pointsPerUnit
            if (try? larger.layOut(measurer: measurer, extraNotes: [])) != nil { return "; it fits at the \(preset.rawValue) preset" }
        }
        return "; no preset holds it: chart fewer indicators or periods"
    }

    /// One layout pass with `extraNotes` above the source line.
    func layOut(measurer: TextMeasurer, extraNotes: [String]) throws -> Scene {
        let setter = TextSetter(measurer: measurer, theme: theme)

        // 2. Frame: title, subtitle, legend (series sharing a plot); notes and source at the bottom.
        var chart = self
        let shared = layout == .slope || layout == .bars || layout == .line
        chart.panelColors = try theme.colors(for: data.panels.enumerated().map { $0.element.indicator ?? "panel \($0.offset)" },
                                             shared: layout == .slope)
        if let p = data.panels.first, layout == .bars || layout == .line {
            chart.seriesColors = try theme.colors(for: p.drawnSeries.enumerated().map { $0.element.indicator ?? "series \($0.offset)" },
                                                  shared: shared)
        }
        var legend: [LegendItem] = []
        if layout == .bars, let p = data.panels.first, p.drawnSeries.count > 1 {
            legend = zip(p.drawnSeries, chart.seriesColors).map { LegendItem(name: $0.name, color: $1) }
        }
        let foot = (data.notes + extraNotes + (data.source.isEmpty ? [] : [data.source])).map { $0.capped() }.joined(separator: "\n")
        let (frameNodes, region) = try ChartFrame(setter: setter, theme: theme, size: size)
            .layout(title: data.title, subtitle: data.subtitle, legend: legend, source: foot)
        var placer = LabelPlacer(setter: setter)
        let page = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for case .text(let t) in frameNodes { placer.fixed(t, within: page) }
        let marks: [SceneNode] = frameNodes.filter { if case .text = $0 { false } else { true } }

        // 3. Panels, each in its indicator's colour.
        if layout == .columns || layout == .lines {
            let w = PanelGrid(count: data.panels.count, region: region, gap: theme.gap * 3).rect(0).width
            chart.titleLines = try data.panels.map { p in
                min(2, try TextWrapper.wrap(p.title.capped(), font: theme.directLabel, width: w, measurer: measurer).count)
            }.max() ?? 1
        }
        if layout == .lines {
            let w = PanelGrid(count: data.panels.count, region: region, gap: theme.gap * 3).rect(0).width
            let widest = try data.panels.compactMap { p in p.figures.last { $0.value != nil } }
                .map { try setter.metrics($0.label, theme.valueLabel).width }.max() ?? 0
            chart.lineRightRoom = min(widest + theme.gap, w * 0.4)
            for p in data.panels {
                let values = p.figures.compactMap(\.value)
                let d = try LinearScale.niceDomain(values.isEmpty ? [0] : values, includeZero: true, count: 3)
                chart.lineLeftRoom = max(chart.lineLeftRoom, try ValueAxis(domain: d, format: p.format, count: 3).labelWidth(setter))
            }
        }
        return try chart.drawPanels(setter: setter, region: region, placer: &placer, marks: marks)
    }

    func drawPanels(setter: TextSetter, region: Rect, placer: inout LabelPlacer, marks: [SceneNode]) throws -> Scene {
        var marks = marks
        switch layout {
        case .columns, .lines:
            let grid = PanelGrid(count: data.panels.count, region: region, gap: theme.gap * 3)
            var shared: TimeScaleDomain?
            if layout == .lines {
                let periods = data.panels.flatMap { $0.figures.compactMap(\.period) }
                guard let a = periods.map({ $0.start ?? $0.end }).min(), let b = periods.map(\.end).max() else {
                    throw ChartError.noData("small multiples need dated figures")
                }
                shared = TimeScaleDomain(first: a, last: b)
            }
            // Columns need height for their labels: when the grid's rows leave a panel too short,
            // the panels go side by side in one row instead.
            let grids = layout == .columns && grid.rows > 1
                ? [grid, PanelGrid(count: data.panels.count, region: region, gap: theme.gap * 3, columns: data.panels.count)] : [grid]
            let start = (placer, marks)
            for (g, grid) in grids.enumerated() {
                do {
                    (placer, marks) = start
                    for (i, panel) in data.panels.enumerated() {
                        let rect = grid.rect(i)
                        let ann = annotations.filter { $0.panel == nil || $0.panel == i }.map(\.annotation)
                        if layout == .columns {
                            marks += try columns(panel, index: i, rect: rect, setter: setter, placer: &placer, annotations: ann)
                        } else {
                            marks += try lines(panel, index: i, rect: rect, domain: shared!, showTime: grid.isBottom(i),
                                               setter: setter, placer: &placer, annotations: ann)
                        }
                    }
                    break
                } catch ChartError.doesNotFit(let why) where g + 1 < grids.count {
                    _ = why
                }
            }
        case .diverging:
            marks += try diverging(data.panels[0], rect: region, setter: setter, placer: &placer)
        case .slope:
            marks += try slope(rect: region, setter: setter, placer: &placer)
        case .bars:
            let ann = annotations.map(\.annotation)
            marks += try groupedBars(data.panels[0], rect: region, setter: setter, placer: &placer, annotations: ann)
        case .line:
            let ann = annotations.map(\.annotation)
            marks += try multiLine(data.panels[0], rect: region, setter: setter, placer: &placer, annotations: ann)
        }

        let nodes = marks + placer.runs.map(SceneNode.text)
        let warnings = placer.report.dropped.map { "label left out: \($0.role) \"\($0.text)\" (\($0.reason))" }
        let scene = Scene(size: size, background: theme.background, nodes: nodes, title: data.title.capped(), warnings: warnings,
                          altText: data.altText.capped(ChartLimits.maximumAltTextLength), fitReport: placer.report)
        try scene.validate()
        return scene
    }

    // MARK: Panel header

    /// The panel title (up to two lines, shortened with "…") and unit line; returns the top of
    /// what is left.
    func header(_ panel: BriefingPanel, rect: Rect, setter: TextSetter, placer: inout LabelPlacer) throws -> Double {
        var top = rect.minY
        guard !panel.title.isEmpty else { return top }
        let font = theme.directLabel
        var pad = 0.0
        var lines = try TextWrapper.wrap(panel.title.capped(), font: font, width: rect.width, measurer: setter.measurer)
        if lines.count > 2 {
            lines = [lines[0], try Self.shorten(lines[1...].joined(separator: " "), font: font, width: rect.width, setter: setter)]
        }
        let lh = try setter.lineHeight(font)
        for l in lines {
            let l2 = try Self.shorten(l, font: font, width: rect.width, setter: setter)
            let m = try setter.metrics(l2, font)
            placer.fixed(TextRun(l2, font: font, position: Point(rect.minX, top + m.ascent), color: theme.text, metrics: m,
                                 role: "panel-title"), within: rect)
            top += lh * theme.lineSpacing
        }
        // Panels side by side keep their plots level: every header is as tall as the tallest.
        pad = Double(max(0, titleLines - lines.count)) * lh * theme.lineSpacing
        if !panel.unit.isEmpty {
            let uf = theme.axisLabel
            let u = try Self.shorten(panel.unit, font: uf, width: rect.width, setter: setter)
            let m = try setter.metrics(u, uf)
            placer.fixed(TextRun(u, font: uf, position: Point(rect.minX, top + m.ascent), color: theme.mutedText, metrics: m,
                                 role: "panel-unit"), within: rect)
            top += m.height
        }
        return top + pad + theme.gap
    }

    /// `text` cut to fit `width`, ending in "…" when cut: whole words when some fit, else the
    /// longest run of characters (found by bisection, so a long name costs a few measurements).
    static func shorten(_ text: String, font: FontSpec, width: Double, setter: TextSetter) throws -> String {
        let text = text.capped()
        if try setter.metrics(text, font).width <= width { return text }
        var words = text.split(separator: " ").map(String.init)
        if words.count > 1 {
            // The most words that fit, by bisection over the word count.
            var lo = 0, hi = words.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if try setter.metrics(words.prefix(mid).joined(separator: " ") + "…", font).width <= width { lo = mid } else { hi = mid - 1 }
            }
            if lo >= 1 { words = Array(words.prefix(lo)); return words.joined(separator: " ") + "…" }
        }
        let chars = Array(text)
        var lo = 0, hi = chars.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if try setter.metrics(String(chars.prefix(mid)) + "…", font).width <= width { lo = mid } else { hi = mid - 1 }
        }
        return String(chars.prefix(lo)) + "…"
    }

    // MARK: Columns (period comparison, per-year)

    func columns(_ panel: BriefingPanel, index: Int, rect: Rect, setter: TextSetter, placer: inout LabelPlacer,
                 annotations: [ChartAnnotation]) throws -> [SceneNode] {
        let top = try header(panel, rect: rect, setter: setter, placer: &placer)
        let values = panel.figures.compactMap(\.value) + annotations.compactMap { $0.kind == .referenceLine ? $0.value : nil }
        let domain = try LinearScale.niceDomain(values.isEmpty ? [0] : values, includeZero: true, count: 4)
        let axis = ValueAxis(domain: domain, format: panel.format, count: 4)
        let plotX = rect.minX + (try axis.labelWidth(setter)) + theme.gap
        guard rect.maxX - plotX > theme.base * 3 else { throw ChartError.doesNotFit("panel \"\(panel.title.capped(60))\" is too narrow") }
        let band = BandScale(domain: panel.figures.indices.map(String.init), range: (plotX, rect.maxX), paddingInner: 0.3,
                             paddingOuter: 0.15)
        // Category labels: wrapped to the band's step.
        var catFont = theme.categoryLabel
        catFont.size = max(catFont.size * 0.9, theme.textFloor)
        var catLines: [[String]] = []
        for f in panel.figures { catLines.append(try TextWrapper.wrap(f.category.capped(), font: catFont, width: band.step * 0.96, measurer: setter.measurer)) }
        let catLH = try setter.lineHeight(catFont)
        let catHeight = Double(catLines.map(\.count).max() ?? 1) * catLH * theme.lineSpacing + theme.gap * 0.6
        let vlh = try setter.lineHeight(theme.valueLabel)
        let room = 3 * vlh + theme.gap
        let plot = Rect(x: plotX, y: top + room, width: rect.maxX - plotX, height: rect.maxY - top - room - catHeight)
        guard plot.height > theme.base * 2 else { throw ChartError.doesNotFit("panel \"\(panel.title.capped(60))\" has no room for bars") }
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))
        var nodes: [SceneNode] = []
        for case let n in try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap * 0.6) {
            if case .text(let t) = n { placer.fixed(t, within: rect) } else { nodes.append(n) }
        }
        let zeroY = y(0)
        let accent = panelColors[index]
        let earlier = Color(red: 0.62, green: 0.66, blue: 0.70)
        var barTops: [Double] = []
        var labelTops: [Double] = []
        for (i, f) in panel.figures.enumerated() {
            let x0 = band.start(at: i), w = band.bandwidth, cx = x0 + w / 2
            let isLast = i == panel.figures.lastIndex { $0.value != nil }
            let color = isLast || f.derived ? accent : earlier
            guard let v = f.value else {
                barTops.append(zeroY); labelTops.append(zeroY)
                try placer.place(f.label, font: theme.axisLabel, color: theme.mutedText, role: "value-label",
                                 candidates: [.init(point: Point(cx, zeroY - theme.gap * 0.4), anchor: .middle)], within: rect)
                continue
            }
            let vy = y(v)
            let r = Rect(x: x0, y: min(vy, zeroY), width: w, height: max(abs(zeroY - vy), 0.5))
            nodes += Self.bar(r, color: color, derived: f.derived, approximate: f.approximate, theme: theme)
            placer.block(r)
            barTops.append(min(vy, zeroY))
            let m = try setter.metrics(f.label, theme.valueLabel)
            var lines = [f.label]
            if m.width > band.step * 0.98, let r = Self.numberPhrase(f, panel.format), r.lowerBound > f.label.startIndex {
                // Too wide for its slot: the qualifier over the number ("about" over "US$39.5 bn")
                // before any shrinking; a number is never split from its unit.
                lines = [String(f.label[..<r.lowerBound].reversed().drop { $0 == " " }.reversed()), String(f.label[r.lowerBound...])]
                placer.note(f.label, role: "value-label", reason: "set on two lines to fit its bar's width", action: .moved)
            }
            var baseY = min(vy, zeroY) - theme.gap * 0.4 - m.descent
            var topY = barTops.last!
            var placedLines = 0
            for line in lines.reversed() {
                let above = Point(cx, baseY)
                let run = try placer.place(line, font: theme.valueLabel, color: theme.text, role: "value-label",
                                           candidates: [.init(point: above, anchor: .middle),
                                                        .init(point: Point(cx, above.y - vlh), anchor: .middle, why: "raised above a neighbouring label")],
                                           within: rect)
                guard let run else {
                    // A qualifier never stands without its number: the label goes whole or not at all.
                    if lines.count > 1 { placer.dropWhole(f.label, placedRuns: placedLines); topY = barTops.last! }
                    break
                }
                placedLines += 1
                topY = min(topY, run.bounds.minY); baseY = run.position.y - vlh
            }
            labelTops.append(topY)
        }
        // Change labels between bars, above the higher of the two value labels.
        var cf = theme.valueLabel
        cf.weight = .bold
        for (i, mark) in panel.changes.enumerated() where i + 1 < panel.figures.count {
            guard let mark else { continue }
            let text = mark.text
            let cx = band.start(at: i + 1) - band.step * 0.15
            let topY = min(labelTops[i], labelTops[i + 1]) - theme.gap * 0.3
            let v = mark.value
            let color = (v < 0 ? Self.negative : Self.positive).readable(on: theme.background)
            let m = try setter.metrics(text, cf)
            let base = topY - m.descent
            _ = try placer.place(text, font: cf, color: color, role: "change-label",
                                 candidates: [.init(point: Point(cx, base), anchor: .middle),
                                              .init(point: Point(cx, base - vlh * 0.8), anchor: .middle, why: "raised clear of the value labels"),
                                              .init(point: Point(cx, (barTops[i] + zeroY) / 2), anchor: .middle, why: "set between the bars")],
                                 within: rect)
        }
        nodes.append(.path(.polyline([Point(plot.minX, zeroY), Point(plot.maxX, zeroY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))
        // Category labels.
        for (i, lines) in catLines.enumerated() {
            let cx = band.start(at: i) + band.bandwidth / 2
            for (li, line) in lines.enumerated() {
                let baseline = plot.maxY + theme.gap * 0.6 + Double(li) * catLH * theme.lineSpacing
                try placer.place(line, font: catFont, color: theme.text, role: "category-label",
                                 candidates: [.init(point: Point(cx, baseline), anchor: .middle, top: true)], within: rect)
            }
        }
        nodes += try annotate(annotations, panel: panel, plot: plot, y: y, band: band, rect: rect, setter: setter, placer: &placer)
        return nodes
    }

    /// A bar: filled, or for a derived value outlined and hatched.
    static func bar(_ r: Rect, color: Color, derived: Bool, approximate: Bool = false, theme: Theme) -> [SceneNode] {
        if approximate && !derived {
            // A figure stated as "more than", "nearly" or "about" (or a change that is only a
            // bound): a lighter bar with the series' outline, never drawn like an exact one.
            let light = Color(red: (color.red + theme.background.red * 1.5) / 2.5, green: (color.green + theme.background.green * 1.5) / 2.5,
                              blue: (color.blue + theme.background.blue * 1.5) / 2.5)
            return [.path(.rect(r, fill: light, stroke: StrokeStyle(color: color, width: max(1, theme.base * 0.08)), role: "bar-approximate"))]
        }
        guard derived else { return [.path(.rect(r, fill: color, role: "bar"))] }
        var hatch: [SceneNode] = []
        let step = max(4, theme.base * 0.4)
        var k = -r.height
        while k < r.width {
            hatch.append(.path(.polyline([Point(r.minX + k, r.maxY), Point(r.minX + k + r.height, r.minY)],
                                         stroke: StrokeStyle(color: Color(red: color.red, green: color.green, blue: color.blue, alpha: 0.45),
                                                             width: max(0.75, theme.base * 0.05)), role: "hatch")))
            k += step
        }
        return [.path(.rect(r, fill: theme.background, role: "bar-derived")),
                .group(GroupNode(clip: r, children: hatch, role: "hatching")),
                .path(.rect(r, fill: nil, stroke: StrokeStyle(color: color, width: max(1, theme.base * 0.08), dash: [theme.base * 0.3, theme.base * 0.2]),
                            role: "bar-outline"))]
    }

    func annotate(_ anns: [ChartAnnotation], panel: BriefingPanel, plot: Rect, y: LinearScale, band: BandScale?, rect: Rect,
                  setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        var nodes: [SceneNode] = []
        var font = theme.axisLabel
        font.italic = true
        for a in anns {
            switch a.kind {
            case .referenceLine:
                guard let v = a.value, v >= y.domain.lowerBound, v <= y.domain.upperBound else {
                    placer.note(a.text, role: "reference-line", reason: "its value is outside the panel's scale")
                    continue
                }
                let py = y(v)
                nodes.append(.path(.polyline([Point(plot.minX, py), Point(plot.maxX, py)],
                                             stroke: StrokeStyle(color: theme.text, width: theme.axisLineWidth, dash: [theme.base * 0.3, theme.base * 0.2]),
                                             role: "reference-line")))
                try placer.place(a.text, font: font, color: theme.text, role: "reference-label",
                                 candidates: [.init(point: Point(plot.maxX, py - theme.gap * 0.3), anchor: .end),
                                              .init(point: Point(plot.maxX, py + theme.gap * 0.3), anchor: .end, top: true, why: "set below its line"),
                                              .init(point: Point(plot.minX + theme.gap, py - theme.gap * 0.3), anchor: .start, why: "set at the left end")],
                                 within: rect)
            case .callout:
                var cx = plot.midX
                if let p = a.period, let band, let i = panel.figures.firstIndex(where: { $0.category.hasPrefix(p) }) {
                    cx = band.start(at: i) + band.bandwidth / 2
                }
                try placer.place(a.text, font: font, color: theme.text, role: "callout",
                                 candidates: [.init(point: Point(cx, plot.minY), anchor: .middle, top: true),
                                              .init(point: Point(plot.minX + theme.gap, plot.minY), anchor: .start, top: true, why: "moved to the top left"),
                                              .init(point: Point(plot.maxX, plot.minY), anchor: .end, top: true, why: "moved to the top right")],
                                 within: rect)
            }
        }
        return nodes
    }

    // MARK: Lines (small multiples)

    func lines(_ panel: BriefingPanel, index: Int, rect: Rect, domain: TimeScaleDomain, showTime: Bool, setter: TextSetter,
               placer: inout LabelPlacer, annotations: [ChartAnnotation]) throws -> [SceneNode] {
        let top = try header(panel, rect: rect, setter: setter, placer: &placer)
        let values = panel.figures.compactMap(\.value)
        let vdomain = try LinearScale.niceDomain(values.isEmpty ? [0] : values, includeZero: true, count: 3)
        let axis = ValueAxis(domain: vdomain, format: panel.format, count: 3)
        let plotX = rect.minX + max(lineLeftRoom, try axis.labelWidth(setter)) + theme.gap * 0.6
        let last = panel.figures.last { $0.value != nil }
        let endFont = theme.valueLabel
        let rightRoom = lineRightRoom
        let axisH = showTime ? try setter.lineHeight(theme.axisLabel) + theme.gap : try setter.lineHeight(theme.axisLabel) * 0.5
        let vlh = try setter.lineHeight(endFont)
        let plot = Rect(x: plotX, y: top + vlh * 0.5, width: rect.maxX - rightRoom - plotX, height: rect.maxY - top - vlh * 0.5 - axisH)
        guard plot.height > theme.base, plot.width > theme.base * 2 else {
            throw ChartError.doesNotFit("panel \"\(panel.title.capped(60))\" is too small for a line")
        }
        let x = TimeAxis.scale([Period(start: domain.first, end: domain.last)], range: (plot.minX, plot.maxX))!
        let y = LinearScale(domain: vdomain, range: (plot.maxY, plot.minY))
        var nodes: [SceneNode] = []
        for n in try axis.nodes(setter, y: y, plot: plot, labelRight: plot.minX - theme.gap * 0.4) {
            if case .text(let t) = n { placer.fixed(t, within: rect) } else { nodes.append(n) }
        }
        nodes.append(.path(.polyline([Point(plot.minX, y(max(vdomain.lowerBound, 0))), Point(plot.maxX, y(max(vdomain.lowerBound, 0)))],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "baseline")))
        let color = panelColors[index]
        var run: [Point] = []
        var markers: [SceneNode] = []
        var endPoint: Point?
        func flush() {
            if run.count >= 2 {
                nodes.append(.path(.polyline(run, stroke: StrokeStyle(color: color, width: theme.lineWidth, cap: .round, join: .round), role: "line")))
            }
            run = []
        }
        var previous: BriefingFigure?
        for f in panel.figures {
            guard let v = f.value, let p = f.period else { flush(); previous = nil; continue }
            // A gap, or totals of periods of different length, break the line (`TimeAxis.joins`).
            if !TimeAxis.joins(previous, f) { flush() }
            previous = f
            // The middle of the period: an annual figure for 2017 sits on 2017, not on 2018.
            let pt = Point(TimeAxis.position(of: p, on: x), y(v))
            run.append(pt)
            let open = f.derived || f.approximate
            markers.append(.path(.circle(center: pt, radius: theme.markerRadius, fill: open ? theme.background : color,
                                         stroke: open ? StrokeStyle(color: color, width: theme.lineWidth * 0.6) : nil,
                                         role: f.derived ? "marker-derived" : (f.approximate ? "marker-approximate" : "marker"))))
            endPoint = pt
        }
        flush()
        nodes += markers
        if let last, let e = endPoint {
            try placer.place(last.label, font: endFont, color: color.readable(on: theme.background), role: "end-label",
                             candidates: [.init(point: Point(e.x + theme.markerRadius + theme.gap * 0.4, e.y + vlh * 0.3), anchor: .start),
                                          .init(point: Point(e.x, e.y - theme.markerRadius - theme.gap * 0.3), anchor: .end, why: "set above its point"),
                                          .init(point: Point(e.x, e.y + theme.markerRadius + theme.gap * 0.3), anchor: .end, top: true, why: "set below its point")],
                             within: rect)
        }
        if showTime {
            nodes += try TimeAxis.draw(x, plot: plot, within: rect, locale: data.locale, theme: theme, setter: setter, placer: &placer)
        }
        nodes += try annotate(annotations, panel: panel, plot: plot, y: y, band: nil, rect: rect, setter: setter, placer: &placer)
        return nodes
    }

    // MARK: Diverging bars (growth)

    func diverging(_ panel: BriefingPanel, rect: Rect, setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        var top = rect.minY
        if !panel.unit.isEmpty {
            let unit = panel.unit.capped()
            let m = try setter.metrics(unit, theme.axisLabel)
            placer.fixed(TextRun(unit, font: theme.axisLabel, position: Point(rect.minX, top + m.ascent), color: theme.mutedText,
                                 metrics: m, role: "panel-unit"), within: rect)
            top += m.height + theme.gap
        }
        let figs = panel.figures.filter { $0.value != nil }
        let values = figs.compactMap(\.value)
        let domain = try LinearScale.niceDomain(values + [0], includeZero: true, count: 5)
        let catFont = theme.categoryLabel
        let labelCol = rect.width * 0.38
        let vf = theme.valueLabel
        let widest = try figs.map { try setter.metrics($0.label, vf).width }.max() ?? 0
        let axisH = try setter.lineHeight(theme.axisLabel) + theme.gap
        let plotX0 = rect.minX + labelCol + theme.gap + (domain.lowerBound < 0 ? widest + theme.gap * 0.5 : 0)
        let plotX1 = rect.maxX - widest - theme.gap * 0.5
        guard plotX1 - plotX0 > theme.base * 3 else { throw ChartError.doesNotFit("growth labels leave no room for bars") }
        let plot = Rect(x: plotX0, y: top, width: plotX1 - plotX0, height: rect.maxY - top - axisH)
        let x = LinearScale(domain: domain, range: (plot.minX, plot.maxX))
        let n = Double(max(1, figs.count))
        let rowH = plot.height / n
        let barH = min(rowH * 0.62, theme.base * 1.4)
        var nodes: [SceneNode] = []
        // Gridlines and tick labels along the bottom.
        let ticks = x.ticks(count: 5)
        let tl = panel.format.tickLabels(ticks, decimals: x.tickDecimals(count: 5))
        for (t, l) in zip(ticks, tl) {
            let px = x(t)
            if t != 0 {
                nodes.append(.path(.polyline([Point(px, plot.minY), Point(px, plot.maxY)],
                                             stroke: StrokeStyle(color: theme.gridline, width: theme.gridlineWidth), role: "gridline")))
            }
            try placer.place(l.replacingMinus(), font: theme.axisLabel, color: theme.mutedText, role: "tick-label",
                             candidates: [.init(point: Point(px, plot.maxY + theme.gap * 0.5), anchor: .middle, top: true)],
                             within: rect, shrink: false)
        }
        let zx = x(0)
        for (i, f) in figs.enumerated() {
            let v = f.value!
            let cy = plot.minY + rowH * (Double(i) + 0.5)
            let px = x(v)
            let r = Rect(x: min(px, zx), y: cy - barH / 2, width: max(abs(px - zx), 0.5), height: barH)
            let color = v < 0 ? Self.negative : Self.positive
            nodes += Self.bar(r, color: color, derived: f.derived, approximate: f.approximate, theme: theme)
            placer.block(r)
            let m = try setter.metrics(f.label, vf)
            let base = cy + m.ascent - m.height / 2
            let tc = color.readable(on: theme.background)
            if v >= 0 {
                try placer.place(f.label, font: vf, color: tc, role: "value-label",
                                 candidates: [.init(point: Point(r.maxX + theme.gap * 0.4, base), anchor: .start)], within: rect)
            } else {
                try placer.place(f.label, font: vf, color: tc, role: "value-label",
                                 candidates: [.init(point: Point(r.minX - theme.gap * 0.4, base), anchor: .end)], within: rect)
            }
            // Row label, wrapped into the label column, vertically centred on the bar.
            var lines = try TextWrapper.wrap(f.category.capped(), font: catFont, width: labelCol, measurer: setter.measurer)
            let lh = try setter.lineHeight(catFont)
            let maxLines = max(1, Int(rowH / (lh * theme.lineSpacing)))
            if lines.count > maxLines {
                let kept = Array(lines.prefix(maxLines))
                lines = kept.dropLast() + [try Self.shorten(lines[(maxLines - 1)...].joined(separator: " "), font: catFont, width: labelCol, setter: setter)]
                placer.note(f.category.capped(), role: "category-label", reason: "shortened to \(maxLines) line(s) to fit its row")
            }
            let blockH = Double(lines.count) * lh * theme.lineSpacing
            for (li, l) in lines.enumerated() {
                try placer.place(l, font: catFont, color: theme.text, role: "category-label",
                                 candidates: [.init(point: Point(rect.minX, cy - blockH / 2 + Double(li) * lh * theme.lineSpacing), anchor: .start, top: true)],
                                 within: rect)
            }
        }
        // The zero line, emphasised, over the bars.
        nodes.append(.path(.polyline([Point(zx, plot.minY - theme.gap * 0.3), Point(zx, plot.maxY)],
                                     stroke: StrokeStyle(color: theme.text, width: theme.axisLineWidth * 2.5), role: "zero-line")))
        return nodes
    }

    // MARK: Slope

    func slope(rect: Rect, setter: TextSetter, placer: inout LabelPlacer) throws -> [SceneNode] {
        struct End { var a: Double; var b: Double; var la: String; var lb: String; var name: String; var color: Color; var change: String? }
        var ends: [End] = []
        for (i, p) in data.panels.enumerated() {
            let figs = p.figures.filter { $0.value != nil }
            guard let f = figs.first, let l = figs.last, figs.count >= 2 else {
                placer.note(p.title, role: "slope-line", reason: "fewer than two figures")
                continue
            }
            // The change between the ends is the comparison plan's (nil where it allows none).
            let ch = p.changes.first.flatMap { $0?.text }
            ends.append(End(a: f.value!, b: l.value!, la: f.label.capped(), lb: l.label.capped(), name: p.title.capped(), color: panelColors[i], change: ch))
        }
        guard !ends.isEmpty else { throw ChartError.noData("a slope chart needs two figures of an indicator") }
        let indexed = Set(data.panels.map(\.unit)).count > 1
        if indexed, let bad = ends.first(where: { $0.a <= 0 }) {
            // An index to 100 at a zero or negative start would turn a fall into a rise.
            throw ChartError.doesNotFit("“\(bad.name.capped(60))” starts at \(bad.la): a zero or negative start cannot be indexed to 100; draw these indicators as small-multiples")
        }
        let ya = ends.map { indexed ? 100 : $0.a }, yb = ends.map { indexed ? ($0.a != 0 ? $0.b / $0.a * 100 : 100) : $0.b }
        let headers = slopeHeaders ?? {
            let p = data.panels[0].figures.filter { $0.value != nil }
            return [p.first?.category ?? "", p.last?.category ?? ""]
        }()
        let vf = theme.valueLabel, nf = theme.axisLabel
        let vlh = try setter.lineHeight(vf), nlh = try setter.lineHeight(nf)
        let leftW = min(rect.width * 0.22, try ends.map { try setter.metrics($0.la, vf).width }.max() ?? 0)
        let rightTexts = ends.map { $0.lb + ($0.change.map { "  \($0)" } ?? "") }
        let rightW = min(rect.width * 0.38, max(try rightTexts.map { try setter.metrics($0, vf).width }.max() ?? 0,
                                               try ends.map { try setter.metrics($0.name, nf).width }.max() ?? 0))
        let hh = try setter.lineHeight(theme.categoryLabel) + theme.gap
        let x0 = rect.minX + leftW + theme.gap, x1 = rect.maxX - rightW - theme.gap
        let plot = Rect(x: x0, y: rect.minY + hh + vlh, width: x1 - x0, height: rect.height - hh - vlh * 2 - nlh)
        guard plot.width > theme.base * 3, plot.height > theme.base * 2 else { throw ChartError.doesNotFit("labels leave no room for the slopes") }
        let domain = try LinearScale.niceDomain(ya + yb, includeZero: !indexed, count: 4)
        let y = LinearScale(domain: domain, range: (plot.maxY, plot.minY))
        var nodes: [SceneNode] = []
        for (k, hx) in [x0, x1].enumerated() {
            nodes.append(.path(.polyline([Point(hx, plot.minY - vlh * 0.5), Point(hx, plot.maxY + vlh * 0.5)],
                                         stroke: StrokeStyle(color: theme.gridline, width: theme.axisLineWidth), role: "slope-axis")))
            try placer.place(headers[min(k, headers.count - 1)], font: theme.categoryLabel, color: theme.text, role: "column-header",
                             candidates: [.init(point: Point(hx, rect.minY), anchor: .middle, top: true),
                                          .init(point: Point(hx, rect.minY), anchor: k == 0 ? .start : .end, top: true, why: "kept inside the page")],
                             within: rect)
        }
        // Labels at both ends, spread apart vertically so none overlap.
        let la = LabelPlacer.spread(ya.map { y($0) }, height: vlh * 1.1 + 1, lo: rect.minY + hh, hi: rect.maxY)
        let lb = LabelPlacer.spread(yb.map { y($0) + nlh / 2 }, height: (vlh + nlh + 1.5) * 1.08 + 1, lo: rect.minY + hh, hi: rect.maxY + nlh)
        for (i, e) in ends.enumerated() {
            let pa = Point(x0, y(ya[i])), pb = Point(x1, y(yb[i]))
            nodes.append(.path(.polyline([pa, pb], stroke: StrokeStyle(color: e.color, width: theme.lineWidth * 1.3, cap: .round), role: "slope")))
            nodes.append(.path(.circle(center: pa, radius: theme.markerRadius, fill: e.color, role: "marker")))
            nodes.append(.path(.circle(center: pb, radius: theme.markerRadius, fill: e.color, role: "marker")))
            let tc = e.color.readable(on: theme.background)
            let ma = try setter.metrics(e.la, vf)
            if abs(la[i] - pa.y) > 0.5 { placer.note(e.la, role: "end-label", reason: "moved \(Int(abs(la[i] - pa.y).rounded())) pt to clear a neighbour", action: .moved) }
            try placer.place(e.la, font: vf, color: tc, role: "end-label",
                             candidates: [.init(point: Point(x0 - theme.gap * 0.6, la[i] - ma.height / 2 + ma.ascent), anchor: .end)], within: rect)
            let top = lb[i] - (vlh + 1.5 + nlh) / 2
            if abs(lb[i] - (pb.y + nlh / 2)) > 0.5 { placer.note(rightTexts[i], role: "end-label", reason: "moved \(Int(abs(lb[i] - pb.y - nlh / 2).rounded())) pt to clear a neighbour", action: .moved) }
            try placer.place(rightTexts[i], font: vf, color: tc, role: "end-label",
                             candidates: [.init(point: Point(x1 + theme.gap * 0.6, top), anchor: .start, top: true)], within: rect)
            let name = try Self.shorten(e.name, font: nf, width: rightW, setter: setter)
            try placer.place(name, font: nf, color: theme.mutedText, role: "series-label",
                             candidates: [.init(point: Point(x1 + theme.gap * 0.6, top + vlh + 1.5), anchor: .start, top: true)], within: rect)
        }
        return nodes
    }
}

/// The first and last day small multiples share.
public struct TimeScaleDomain: Sendable {
    /// The first day shown (the start of the earliest period).
    public var first: Day
    /// The last day shown (the end of the latest period).
    public var last: Day
}

/// Panels in a grid that follows the region's shape: columns first, then rows.
struct PanelGrid {
    let count: Int
    let region: Rect
    let gap: Double
    let columns: Int
    let rows: Int

    /// A grid of `count` panels in `columns` columns (nil: from the region's shape).
    init(count: Int, region: Rect, gap: Double, columns wanted: Int? = nil) {
        self.count = count; self.region = region; self.gap = gap
        let aspect = region.width / max(region.height, 1)
        var c = wanted ?? Int((Double(count) * aspect / 1.3).squareRoot().rounded(.up))
        c = min(max(1, c), max(1, count))
        let r = (count + c - 1) / c
        columns = (count + r - 1) / r
        rows = r
    }

    func rect(_ i: Int) -> Rect {
        let w = (region.width - gap * Double(columns - 1)) / Double(columns)
        let h = (region.height - gap * Double(rows - 1)) / Double(rows)
        let c = i % columns, r = i / columns
        return Rect(x: region.minX + Double(c) * (w + gap), y: region.minY + Double(r) * (h + gap), width: w, height: h)
    }

    /// True when no panel sits below panel `i`.
    func isBottom(_ i: Int) -> Bool { i + columns >= count }
}

extension LabelPlacer {
    /// Records a change made before placement (a label shortened or spread).
    mutating func note(_ text: String, role: String, reason: String, action: FitEntry.Action = .dropped) {
        appendEntry(FitEntry(text: text, role: role, action: action == .dropped && reason.hasPrefix("shortened") ? .shrunk : action, reason: reason))
    }
}
