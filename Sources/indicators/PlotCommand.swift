import ArgumentParser
import ChartCairo
import ChartKit
import IndicatorKit
#if canImport(Glibc)
import Glibc
#endif

/// `indicators plot`: a chart straight from a plain CSV file, without a dataset.
struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw a bar, line or small-multiples chart from a plain CSV file.",
        discussion: """
        The CSV is read strictly (UTF-8, LF line ends, a header row, plain numbers such as 1100 or \
        -54.8); a bad row is reported as file:line:column and nothing is written (exit 2). Columns \
        default by position:
          bar              category,series,value   (e.g. indicator,period,value; series is optional)
          line             x,y
          small-multiples  panel,x,y               (one panel per value of the first column)
        A long line is reduced to the points that decide its pixels (first, lowest, highest and \
        last point of each pixel column), so a million points draw in milliseconds and the SVG stays small.
        The format follows the output's extension (or --format). Examples:
          indicators plot --csv w1.csv --kind bar --title "By period" --source "Source: ..." -o w1.png
          indicators plot --csv w2.csv --kind line --title "Random walk" -o w2.svg
          indicators plot --csv w3.csv --kind small-multiples --columns 4 --width 1600 --height 1200 -o w3.png
        """
    )

    @Option(name: .long, help: "The CSV file to chart.")
    var csv: String

    @Option(name: .long, help: "Chart kind: bar, line or small-multiples.")
    var kind: PlotKind = .line

    @Option(name: .long, help: "Column of the x values (line, small-multiples) or categories (bar).")
    var x: String?

    @Option(name: .long, help: "Column of the values.")
    var y: String?

    @Option(name: .long, help: "Bar: column that splits each category into bars (one colour each).")
    var series: String?

    @Option(name: .long, help: "Small multiples: column naming each row's panel.")
    var facet: String?

    @Option(name: .long, help: "Small multiples: panels per row (default: about a square grid).")
    var columns: Int?

    @Option(name: .long, help: "Width in points (pixels at --scale 1).")
    var width: Double = 1200

    @Option(name: .long, help: "Height in points.")
    var height: Double = 675

    @Option(name: .long, help: "Title.")
    var title: String = ""

    @Option(name: .long, help: "Subtitle.")
    var subtitle: String = ""

    @Option(name: .long, help: "Source line, at the bottom.")
    var source: String = ""

    @Option(name: .long, help: "Body text size in points (default: from the page size).")
    var fontSize: Double?

    @Flag(name: .long, inversion: .prefixedNo, help: "Bar: write each bar's value above it.")
    var valueLabels = true

    @Option(name: [.short, .long], help: "Output file: .png, .svg or .pdf.")
    var output: String

    @Option(name: .long, help: "Output format (png, svg, pdf); default: from the extension.")
    var format: String?

    @Option(name: .long, help: "PNG scale factor (pixels = points x scale).")
    var scale: Double = 1

    @Option(name: .long, help: "SVG text: text (<text> elements, editable; the default) or outlines (glyph shapes, no fonts needed).")
    var svgText: SVGTextMode = .text

    @Flag(name: .long, help: "Also write the alt text beside the output (<output>.alt.txt).")
    var altTextFile = false

    func run() throws {
        let imageFormat = try PlotRequest.imageFormat(output: output, format: format, scale: scale, svgText: svgText)
        // A line with a facet column is drawn as small multiples.
        let kind = self.kind == .line && facet != nil ? PlotKind.smallMultiples : self.kind
        let request = PlotRequest(kind: kind, xColumn: x, yColumn: y, seriesColumn: series, facetColumn: facet,
                                  gridColumns: columns, size: Size(width: width, height: height), title: title,
                                  subtitle: subtitle, source: source, fontSize: fontSize, valueLabels: valueLabels)
        try request.check()
        for (text, option) in [(title, "--title"), (subtitle, "--subtitle"), (source, "--source")] {
            try checkOptionText(text, option: option)
        }
        try OutputGuard.check(outputs: altTextFile ? [output, output + ".alt.txt"] : [output], inputs: [csv])
        if getenv("INDICATORS_SYSTEM_FONTS") == nil { PangoTextMeasurer.pinFontsForStartup() }
        let data = try PlotData.load(csv, request)
        let origin = { (e: TextError) in
            TextOrigin.describe(e, options: [("--title", title), ("--subtitle", subtitle), ("--source", source)], files: [csv])
        }
        try PlotRequest.mapErrors(textOrigin: origin) {
            let scene = try request.scene(data, measurer: PangoTextMeasurer(), format: imageFormat)
            for w in scene.warnings { warn("warning: \(w)") }
            try CairoRenderer.render(scene, format: imageFormat, to: output, altTextFile: altTextFile)
        }
    }
}

enum PlotKind: String, CaseIterable, ExpressibleByArgument {
    case bar, line
    case smallMultiples = "small-multiples"
}

/// What to draw, apart from the data.
struct PlotRequest {
    var kind: PlotKind
    var xColumn: String?
    var yColumn: String?
    var seriesColumn: String?
    var facetColumn: String?
    var gridColumns: Int?
    var size: Size
    var title = ""
    var subtitle = ""
    var source = ""
    var fontSize: Double?
    var valueLabels = true

    func check() throws {
        guard size.width.isFinite, size.height.isFinite, size.width >= 50, size.height >= 50,
              size.width <= Scene.maximumSide, size.height <= Scene.maximumSide else {
            throw CLIError.badInput("--width and --height must be between 50 and \(Int(Scene.maximumSide)) points")
        }
        if let f = fontSize, !(f.isFinite && f >= 4 && f <= 200) { throw CLIError.badInput("--font-size must be between 4 and 200 points") }
        if let c = gridColumns, c < 1 || c > 100 { throw CLIError.badInput("--columns must be between 1 and 100") }
    }

    static func imageFormat(output: String, format: String?, scale: Double, svgText: SVGTextMode = .text) throws -> ImageFormat {
        let f: ImageFormat
        do {
            if let format {
                f = try ImageFormat.forPath("x." + format.lowercased(), scale: scale, svgText: svgText)
            } else {
                f = try ImageFormat.forPath(output, scale: scale, svgText: svgText)
            }
        } catch { throw CLIError.badInput("\(error)") }
        if case .png = f {} else if scale != 1 { throw CLIError.badInput("--scale applies to PNG output only") }
        return f
    }

    /// The body text size: about 16 points on a 1200-point-wide page, smaller per panel in a grid.
    func theme() -> Theme {
        let short = min(size.width, size.height * 16 / 9)
        let base = fontSize ?? max(7, min(40, short / (kind == .smallMultiples ? 100 : 75)))
        return Theme(base: base)
    }

    /// Lays the chart out. `format` decides how finely long lines are reduced (device pixels).
    func scene(_ data: PlotData, measurer: TextMeasurer, format: ImageFormat) throws -> Scene {
        // Columns per point for reducing long lines: two per device pixel for PNG (the reduced line
        // then draws the same pixels within the goldens' tolerance, see DecimationTests), one per
        // unit for SVG (small files), and print resolution (about 300 dpi) for PDF.
        let ppp: Double
        switch format {
        case .png(let s): ppp = s * 2
        case .svg, .svgOutlines: ppp = 1
        case .pdf: ppp = 4
        }
        let theme = theme()
        switch data {
        case .bars(let series, let format):
            let panel = BriefingPanel(title: "", unit: "", format: format, figures: [], series: series)
            let data = BriefingData(title: title, subtitle: subtitle, source: source, panels: [panel],
                                    altText: PlotLayout.barAltText(title: title, series: series))
            var chart = BriefingChart(data: data, layout: .bars, theme: theme, size: size)
            chart.valueLabels = valueLabels
            return try chart.scene(measurer: measurer)
        case .line(let line):
            return try PlotLayout(theme: theme, measurer: measurer, pixelsPerPoint: ppp)
                .single(line, size: size, title: title, subtitle: subtitle, source: source)
        case .panels(let panels):
            let cols = gridColumns ?? max(1, Int((Double(panels.count)).squareRoot().rounded(.up)))
            return try PlotLayout(theme: theme, measurer: measurer, pixelsPerPoint: ppp)
                .grid(panels, columns: cols, size: size, title: title, subtitle: subtitle, source: source)
        }
    }
}

/// One line: x and y values and the names of their columns.
struct XYSeries {
    var name: String
    var x: [Double]
    var y: [Double]
    var xName: String
    var yName: String
}

/// The data of a plot, read once (the warm benchmark reuses it).
enum PlotData {
    case bars([BriefingSeries], ValueFormat)
    case line(XYSeries)
    case panels([XYSeries])

    /// Reads `path` for the request's kind. Bad input throws `DatasetError` with its position.
    static func load(_ path: String, _ r: PlotRequest) throws -> PlotData {
        switch r.kind {
        case .bar: return try bars(path, r)
        case .line:
            var names = ("x", "y")
            let t = try NumericCSV.read(path: path) { header throws(DatasetError) in
                names = (r.xColumn ?? header.first ?? "x", r.yColumn ?? (header.count > 1 ? header[1] : "y"))
                return ([names.0, names.1], nil)
            }
            return .line(XYSeries(name: "", x: t.columns[0], y: t.columns[1], xName: names.0, yName: names.1))
        case .smallMultiples:
            var names = ("panel", "x", "y")
            let t = try NumericCSV.read(path: path) { header throws(DatasetError) in
                let fn = r.facetColumn ?? header.first ?? "panel"
                let rest = header.filter { $0 != fn }
                names = (fn, r.xColumn ?? rest.first ?? "x", r.yColumn ?? (rest.count > 1 ? rest[1] : "y"))
                return ([names.1, names.2], names.0)
            }
            // One panel per name, in order of first appearance (a name may come back later).
            var order: [String] = [], ranges: [String: [Range<Int>]] = [:]
            for run in t.keyRuns {
                if ranges[run.value] == nil { order.append(run.value) }
                ranges[run.value, default: []].append(run.rows)
            }
            return .panels(order.map { name in
                var xs: [Double] = [], ys: [Double] = []
                for rr in ranges[name]! { xs += t.columns[0][rr]; ys += t.columns[1][rr] }
                return XYSeries(name: name, x: xs, y: ys, xName: names.1, yName: names.2)
            })
        }
    }

    /// Category, optional series and value columns, read with the strict general reader.
    static func bars(_ path: String, _ r: PlotRequest) throws -> PlotData {
        let t = try CSVTable(bytes: try NumericCSV.fileBytes(path, maximumBytes: InputFile.plotTable), file: path)
        func index(_ name: String?, _ fallback: Int?) throws -> Int? {
            if let name {
                guard let i = t.header.firstIndex(of: name) else {
                    throw DatasetError(t.headerPosition(0), "no column `\(name)` in the header (\(t.header.joined(separator: ", ")))\(Suggest.hint(name, in: t.header))")
                }
                return i
            }
            return fallback.flatMap { $0 < t.header.count ? $0 : nil }
        }
        let ci = try index(r.xColumn, 0)!
        let vi = try index(r.yColumn, t.header.count - 1)!
        let si = try index(r.seriesColumn, t.header.count >= 3 ? 1 : nil)
        var seriesNames: [String] = [], points: [String: [String: BriefingFigure]] = [:]
        var order: [String: [String]] = [:]   // each series' categories in file order
        // The row each (category, series) pair came from: a second row for one pair is refused.
        var rowOfPair: [String: [String: CSVTable.Row]] = [:]
        var errors: [DatasetError] = []
        var seenCats = Set<String>()
        for row in t.rows {
            let cat = row.fields[ci], ser = si.map { row.fields[$0] } ?? (t.header[vi])
            if let first = rowOfPair[ser]?[cat] {
                let what = si == nil ? "category `\(cat)`" : "category `\(cat)` and series `\(ser)`"
                errors.append(DatasetError(t.position(row, field: ci),
                    "a second row for \(what); the first is at \(t.position(first, field: ci)) (one value per bar: remove or rename one)"))
                continue
            }
            rowOfPair[ser, default: [:]][cat] = row
            // Checked while reading, before anything is laid out: a band axis has a limit.
            if seenCats.insert(cat).inserted, seenCats.count > ChartLimits.maximumCategories {
                throw DatasetError(t.position(row, field: ci), ChartError.tooManyCategories(seenCats.count, limit: ChartLimits.maximumCategories).description)
            }
            let text = row.fields[vi]
            var value: Double?
            var label = ""
            if !text.isEmpty {
                switch PlainNumber.parse(text) {
                case .success(let v):
                    value = v
                    label = NumberFormat.decimal(v, decimals: NumberFormat.decimalsOf(text), locale: .en)
                case .failure(let why):
                    errors.append(DatasetError(t.position(row, field: vi), why.message))
                    continue
                }
            }
            if points[ser] == nil { seriesNames.append(ser) }
            points[ser, default: [:]][cat] = BriefingFigure(category: cat, value: value, label: label)
            order[ser, default: []].append(cat)
        }
        if errors.count == 1 { throw errors[0] }
        if !errors.isEmpty { throw DatasetErrors(errors) }
        // Every series gets every category, in order of first appearance; a missing pair is a gap.
        var ordered: [String] = [], knownCats: Set<String> = []
        for n in seriesNames { for c in order[n]! where knownCats.insert(c).inserted { ordered.append(c) } }
        let series = seriesNames.enumerated().map { (i, n) in
            BriefingSeries(indicator: "series \(i)", name: n, figures: ordered.map { c in
                points[n]![c] ?? BriefingFigure(category: c, value: nil, label: "")
            })
        }
        return .bars(series, ValueFormat(.thousands))
    }
}

/// Numeric x-y charts: one plot, or a grid of panels, each with its own axes. Built from ChartKit's
/// public pieces (scales, ticks, scene nodes, theme); long lines go through `Decimation.m4`.
struct PlotLayout {
    let theme: Theme
    let measurer: TextMeasurer
    let pixelsPerPoint: Double

    func lineHeight(_ f: FontSpec) throws -> Double { try measurer.measure("Ấg", font: f).height }

    func run(_ s: String, _ f: FontSpec, _ p: Point, _ anchor: TextAnchor = .start, color: Color, role: String) throws -> TextRun {
        TextRun(s, font: f, position: p, anchor: anchor, color: color, metrics: try measurer.measure(s, font: f), role: role)
    }

    /// Title, subtitle and source around `rect`; returns the nodes and what is left.
    func frame(_ rect: Rect, title: String, subtitle: String, source: String) throws -> ([SceneNode], Rect) {
        var nodes: [SceneNode] = []
        var top = rect.minY, bottom = rect.maxY
        for (text, font, color, role) in [(title, theme.title, theme.text, "title"), (subtitle, theme.subtitle, theme.mutedText, "subtitle")]
        where !text.isEmpty {
            let lines = try TextWrapper.wrap(text, font: font, width: rect.width, measurer: measurer)
            if top > rect.minY { top += theme.gap * 0.6 }
            for (i, l) in lines.enumerated() {
                let m = try measurer.measure(l.isEmpty ? " " : l, font: font)
                if i > 0 { top += m.height * (theme.lineSpacing - 1) }
                nodes.append(.text(TextRun(l, font: font, position: Point(rect.minX, top + m.ascent), color: color, metrics: m, role: role)))
                top += m.height
            }
        }
        if top > rect.minY { top += theme.gap * 2 }
        if !source.isEmpty {
            let lines = try TextWrapper.wrap(source, font: theme.source, width: rect.width, measurer: measurer)
            let lh = try lineHeight(theme.source)
            var y = bottom - Double(lines.count) * lh * theme.lineSpacing
            bottom = y - theme.gap * 1.5
            for l in lines {
                let m = try measurer.measure(l.isEmpty ? " " : l, font: theme.source)
                nodes.append(.text(TextRun(l, font: theme.source, position: Point(rect.minX, y + m.ascent), color: theme.mutedText,
                                           metrics: m, role: "source")))
                y += lh * theme.lineSpacing
            }
        }
        let plot = Rect(x: rect.minX, y: top, width: rect.width, height: bottom - top)
        guard plot.height > theme.base * 4 else {
            throw ChartError.doesNotFit("title, subtitle and source leave \(Int(plot.height)) points for the plot")
        }
        return (nodes, plot)
    }

    /// A single line chart filling the page.
    func single(_ s: XYSeries, size: Size, title: String, subtitle: String, source: String) throws -> Scene {
        let m = theme.margin
        let page = Rect(x: m, y: m, width: size.width - 2 * m, height: size.height - 2 * m)
        guard page.width > 0, page.height > 0 else { throw ChartError.doesNotFit("page \(size.width) x \(size.height) is smaller than its margins") }
        var (nodes, region) = try frame(page, title: title, subtitle: subtitle, source: source)
        nodes += try panel(s, in: region, font: theme.axisLabel, xTicks: 8, yTicks: 6, axisTitles: true)
        let scene = Scene(size: size, background: theme.background, nodes: nodes, title: title,
                          altText: altText(title, [s]))
        try scene.validate()
        return scene
    }

    /// Small multiples: `columns` panels per row, each with its own title and axes.
    func grid(_ panels: [XYSeries], columns: Int, size: Size, title: String, subtitle: String, source: String) throws -> Scene {
        guard !panels.isEmpty else { throw ChartError.noData("no panels") }
        let m = theme.margin
        let page = Rect(x: m, y: m, width: size.width - 2 * m, height: size.height - 2 * m)
        guard page.width > 0, page.height > 0 else { throw ChartError.doesNotFit("page \(size.width) x \(size.height) is smaller than its margins") }
        var (nodes, region) = try frame(page, title: title, subtitle: subtitle, source: source)
        let rows = (panels.count + columns - 1) / columns
        let gapX = theme.base * 2, gapY = theme.base * 1.6
        let w = (region.width - Double(columns - 1) * gapX) / Double(columns)
        let h = (region.height - Double(rows - 1) * gapY) / Double(rows)
        guard w > theme.base * 8, h > theme.base * 6 else {
            throw ChartError.doesNotFit("\(panels.count) panels in \(columns) columns leave \(Int(w)) x \(Int(h)) points each")
        }
        let titleFont = FontSpec(family: theme.fontFamily, size: theme.base * 1.1, weight: .bold)
        let tickFont = theme.axisLabel
        let th = try lineHeight(titleFont)
        for (i, p) in panels.enumerated() {
            let cell = Rect(x: region.minX + Double(i % columns) * (w + gapX), y: region.minY + Double(i / columns) * (h + gapY),
                            width: w, height: h)
            let tm = try measurer.measure(p.name, font: titleFont)
            nodes.append(.text(TextRun(p.name, font: titleFont, position: Point(cell.minX, cell.minY + tm.ascent), color: theme.text,
                                       metrics: tm, role: "panel-title")))
            let body = Rect(x: cell.minX, y: cell.minY + th + theme.gap, width: w, height: h - th - theme.gap)
            nodes += try panel(p, in: body, font: tickFont, xTicks: max(2, Int(w / (theme.base * 5))),
                               yTicks: max(2, Int(body.height / (theme.base * 4.5))), axisTitles: false)
        }
        let scene = Scene(size: size, background: theme.background, nodes: nodes, title: title,
                          altText: altText(title.isEmpty ? "Small multiples" : title, panels))
        try scene.validate()
        return scene
    }

    /// Axes, gridlines and the line of one series inside `rect` (tick labels included).
    func panel(_ s: XYSeries, in rect: Rect, font: FontSpec, xTicks: Int, yTicks: Int, axisTitles: Bool) throws -> [SceneNode] {
        guard !s.x.isEmpty else { throw ChartError.noData("series '\(s.name)' has no points") }
        // 1. Extents in one pass over the data.
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        s.x.withUnsafeBufferPointer { xs in
            s.y.withUnsafeBufferPointer { ys in
                for i in 0..<min(xs.count, ys.count) {
                    let a = xs[i], b = ys[i]
                    if a < x0 { x0 = a }
                    if a > x1 { x1 = a }
                    if b < y0 { y0 = b }
                    if b > y1 { y1 = b }
                }
            }
        }
        guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else {
            throw ChartError.nonFiniteValue(series: s.name, category: s.xName, value: .nan)
        }
        if x0 == x1 { x0 -= 0.5; x1 += 0.5 }
        let yDomain = try LinearScale.niceDomain([y0, y1], includeZero: false, count: yTicks)
        let yFormat = ValueFormat(.thousands), xFormat = ValueFormat(.thousands)
        let yScale0 = LinearScale(domain: yDomain, range: (0, 1))
        let yt = yScale0.ticks(count: yTicks)
        let yLabels = yFormat.tickLabels(yt, decimals: yScale0.tickDecimals(count: yTicks))
        let yMetrics = try yLabels.map { try measurer.measure($0, font: font) }
        let labelWidth = yMetrics.map(\.width).max() ?? 0
        let lh = try lineHeight(font)

        // 2. The plot rectangle: tick labels left and below, axis titles when asked.
        let titleFont = theme.axisLabel
        let titleRoom = axisTitles ? try lineHeight(titleFont) + theme.gap * 0.5 : 0
        let plot = Rect(x: rect.minX + titleRoom + labelWidth + theme.gap * 0.6, y: rect.minY + lh * 0.5,
                        width: 0, height: 0)
        let plotWidth = rect.maxX - plot.minX - theme.gap
        let plotHeight = rect.maxY - plot.minY - lh - theme.gap * 0.9 - titleRoom
        guard plotWidth > theme.base * 4, plotHeight > theme.base * 2 else {
            throw ChartError.doesNotFit("tick labels leave no room for the plot of '\(s.name)'")
        }
        let area = Rect(x: plot.minX, y: plot.minY, width: plotWidth, height: plotHeight)
        let xScale = LinearScale(domain: x0...x1, range: (area.minX, area.maxX))
        let yScale = LinearScale(domain: yDomain, range: (area.maxY, area.minY))

        var grid: [SceneNode] = [], text: [SceneNode] = []
        for (k, t) in yt.enumerated() {
            let py = yScale(t)
            grid.append(.path(.polyline([Point(area.minX, py), Point(area.maxX, py)],
                                        stroke: StrokeStyle(color: theme.gridline, width: theme.gridlineWidth), role: "gridline")))
            text.append(.text(TextRun(yLabels[k], font: font, position: Point(area.minX - theme.gap * 0.6, py + yMetrics[k].ascent * 0.35),
                                      anchor: .end, color: theme.mutedText, metrics: yMetrics[k], role: "tick-label")))
        }
        // 3. x ticks inside the data's extent; labels that would overlap are left out.
        let xs0 = LinearScale(domain: x0...x1, range: (0, 1))
        let xt = xs0.ticks(count: xTicks)
        let xLabels = xFormat.tickLabels(xt, decimals: xs0.tickDecimals(count: xTicks))
        var lastRight = -Double.infinity
        for (k, t) in xt.enumerated() {
            let px = xScale(t)
            let mm = try measurer.measure(xLabels[k], font: font)
            let cx = min(max(px, area.minX - labelWidth + mm.width / 2), rect.maxX - mm.width / 2)
            if cx - mm.width / 2 < lastRight + theme.gap { continue }
            lastRight = cx + mm.width / 2
            grid.append(.path(.polyline([Point(px, area.maxY), Point(px, area.maxY + theme.gap * 0.5)],
                                        stroke: StrokeStyle(color: theme.axisLine, width: theme.gridlineWidth), role: "tick")))
            text.append(.text(TextRun(xLabels[k], font: font, position: Point(cx, area.maxY + theme.gap * 0.9 + mm.ascent),
                                      anchor: .middle, color: theme.mutedText, metrics: mm, role: "tick-label")))
        }
        if axisTitles {
            let xm = try measurer.measure(s.xName, font: titleFont)
            text.append(.text(TextRun(s.xName, font: titleFont, position: Point(area.midX, rect.maxY - xm.descent), anchor: .middle,
                                      color: theme.mutedText, metrics: xm, role: "axis-title")))
            let ym = try measurer.measure(s.yName, font: titleFont)
            text.append(.text(TextRun(s.yName, font: titleFont, position: Point(rect.minX, area.minY + ym.ascent * 0.35),
                                      color: theme.mutedText, metrics: ym, role: "axis-title")))
        }
        let axis = PathNode.polyline([Point(area.minX, area.maxY), Point(area.maxX, area.maxY)],
                                     stroke: StrokeStyle(color: theme.axisLine, width: theme.axisLineWidth), role: "axis")

        // 4. The line, reduced to what the pixels show, clipped to the plot.
        let pts = Decimation.m4(x: s.x, y: s.y, xScale: xScale, yScale: yScale, pixelsPerPoint: pixelsPerPoint)
        let lw = max(1, theme.lineWidth * 0.8)
        var marks: [SceneNode] = []
        if pts.count >= 2 {
            marks.append(.path(.polyline(pts, stroke: StrokeStyle(color: theme.color(0), width: lw, cap: .round, join: .round), role: "line")))
        } else if let p = pts.first {
            marks.append(.path(.circle(center: p, radius: lw * 1.5, fill: theme.color(0), role: "marker")))
        }
        let clip = Rect(x: area.minX - lw, y: area.minY - lw, width: area.width + 2 * lw, height: area.height + 2 * lw)
        return [.group(GroupNode(children: grid, role: "grid")), .path(axis)] + text
            + [.group(GroupNode(clip: clip, children: marks, role: "marks"))]
    }

    func altText(_ title: String, _ series: [XYSeries]) -> String {
        func f(_ v: Double) -> String { NumberFormat.decimal(v, decimals: v.rounded() == v ? 0 : 2, locale: .en) }
        var parts: [String] = [title.isEmpty ? "Line chart." : title + "."]
        for s in series.prefix(24) {
            guard let a = s.y.first, let b = s.y.last else { continue }
            var lo = a, hi = a  // one pass, not two
            s.y.withUnsafeBufferPointer { for v in $0 { if v < lo { lo = v }; if v > hi { hi = v } } }
            let name = s.name.isEmpty ? "" : "\(s.name): "
            parts.append("\(name)\(f(Double(s.y.count))) points of \(s.yName) against \(s.xName), from \(f(a)) to \(f(b)), lowest \(f(lo)), highest \(f(hi)).")
        }
        if series.count > 24 { parts.append("And \(series.count - 24) more panels.") }
        return parts.joined(separator: " ")
    }

    static func barAltText(title: String, series: [BriefingSeries]) -> String {
        var parts = [title.isEmpty ? "Bar chart." : title + "."]
        for s in series {
            let vals = s.figures.compactMap { p in p.value.map { _ in "\(p.category) \(p.label)" } }
            parts.append("\(s.name): " + vals.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}
