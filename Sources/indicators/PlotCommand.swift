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
        The CSV is read strictly (UTF-8 with or without a BOM, LF or CR LF line ends, a header row, \
        plain numbers such as 1100 or -54.8); a bad row is reported as file:line:column and nothing \
        is written (exit 2). Columns default by position:
          bar              category,series,value   (e.g. indicator,period,value; series is optional)
          line             x,y                     (--series <column>: one line per value of that column)
          small-multiples  panel,x,y               (one panel per value of the first column)
        An x column of periods (2023, 2023-Q1, 2023-03, 2023-03-31) is drawn on a time axis, each \
        value at the middle of its period, with years written as years.
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

    @Option(name: .long, help: "Bar: column that splits each category into bars; line: column naming each row's series (one line and colour each).")
    var series: String?

    @Option(name: .long, help: "Line, small multiples: x as numbers or time (auto: time when the first x is a period such as 2023, 2023-Q1, 2023-03 or 2023-03-31).")
    var xAxis: PlotXAxis = .auto

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
        let request = PlotRequest(kind: kind, xColumn: x, yColumn: y, seriesColumn: series, facetColumn: facet, xAxis: xAxis,
                                  gridColumns: columns, size: Size(width: width, height: height), title: title,
                                  subtitle: subtitle, source: source, fontSize: fontSize, valueLabels: valueLabels)
        try request.check()
        for (text, option) in [(title, "--title"), (subtitle, "--subtitle"), (source, "--source")] {
            try checkOptionText(text, option: option)
        }
        try OutputGuard.check(outputs: altTextFile ? [output, output + ".alt.txt"] : [output], inputs: [csv])
        let pin = getenv("INDICATORS_SYSTEM_FONTS") == nil
        // A long line's fonts are pinned and found while its file is read (a bar chart's table is
        // small); otherwise the fonts are pinned here.
        let warmUp = kind == .bar ? nil : FontWarmUp.start(fonts: request.lineFonts, whileReading: csv, pin: pin)
        if warmUp == nil, pin { PangoTextMeasurer.pinFontsForStartup() }
        let data: PlotData
        do {
            defer { warmUp?.finish() }
            data = try PlotData.load(csv, request)
        }
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

/// How `plot` reads the x column of a line or small-multiples table.
enum PlotXAxis: String, ArgumentEnum {
    /// Time when the first x reads as a period (2023, 2023-Q1, 2023-03, 2023-03-31), else numbers.
    case auto
    case number
    case time
}

enum PlotKind: String, ArgumentEnum {
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
    var xAxis = PlotXAxis.auto
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

    /// The theme of the chart: its text sizes follow the page size.
    var theme: Theme { XYChart.theme(for: size, grid: kind == .smallMultiples, fontSize: fontSize) }

    /// The fonts a line or small-multiples chart of this request sets its text in.
    var lineFonts: [FontSpec] {
        XYChart.fonts(theme: theme, title: !title.isEmpty, subtitle: !subtitle.isEmpty, source: !source.isEmpty,
                      panels: kind == .smallMultiples, legend: seriesColumn != nil)
    }

    /// Lays the chart out through ChartKit (`BriefingChart` for bars, `XYChart` for lines).
    /// `format` decides how finely long lines are reduced (device pixels).
    func scene(_ data: PlotData, measurer: TextMeasurer, format: ImageFormat) throws -> Scene {
        switch data {
        case .bars(let series, let format):
            let panel = BriefingPanel(title: "", unit: "", format: format, figures: [], series: series)
            let data = BriefingData(title: title, subtitle: subtitle, source: source, panels: [panel],
                                    altText: Self.barAltText(title: title, series: series))
            var chart = BriefingChart(data: data, layout: .bars, theme: theme, size: size)
            chart.valueLabels = valueLabels
            return try chart.scene(measurer: measurer)
        case .lines(let panels, let axis, let xName, let yName):
            var chart = XYChart(panels: panels, theme: theme, size: size)
            chart.title = title; chart.subtitle = subtitle; chart.source = source
            chart.xName = xName; chart.yName = yName; chart.xAxis = axis; chart.columns = gridColumns
            // Columns per point for reducing long lines: one per device pixel for PNG, as for SVG
            // (the reduced line draws the full line's pixels within the goldens' tolerance: 0.2% of
            // W2's pixels differ by more than 48 levels; two per pixel gave 0.04% but stroked twice
            // the vertices, 3 ms of W2's 13, see DecimationTests and Benchmarks/README.md), one
            // per unit for SVG (small files), and print resolution (about 300 dpi) for PDF.
            switch format {
            case .png(let s): chart.pixelsPerPoint = s
            case .svg, .svgOutlines: chart.pixelsPerPoint = 1
            case .pdf: chart.pixelsPerPoint = 4
            }
            return try chart.scene(measurer: measurer)
        }
    }

    static func barAltText(title: String, series: [BriefingSeries]) -> String {
        var parts = [title.isEmpty ? "Bar chart." : title.capped() + "."]
        for s in series {
            let vals = s.figures.compactMap { p in p.value.map { _ in "\(p.category.capped()) \(p.label)" } }
            parts.append("\(s.name.capped()): " + vals.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}

/// The data of a plot, read once (the warm benchmark reuses it).
enum PlotData {
    case bars([BriefingSeries], ValueFormat)
    /// Panels of x-y series, the kind of x axis and the names of the x and y columns.
    case lines([XYPanel], XYChart.XAxis, xName: String, yName: String)

    /// Reads `path` for the request's kind. Bad input throws `DatasetError` with its position.
    static func load(_ path: String, _ r: PlotRequest) throws -> PlotData {
        if r.kind == .bar { return try bars(path, r) }
        // A first x field that reads as a period (2023, 2023-Q1, 2023-03, 2023-03-31) puts x on a
        // time axis; plain numbers with one name column at most take the fast numeric reader.
        let time: Bool
        switch r.xAxis {
        case .number: time = false
        case .time: time = true
        case .auto: time = try PlotData.firstX(path, r).map { isPeriod($0) && !isPlainNonYear($0) } ?? false
        }
        let facet = r.kind == .smallMultiples
        if time || (facet && r.seriesColumn != nil) { return try table(path, r, time: time) }
        var names = ("", "x", "y")
        let t = try NumericCSV.read(path: path) { header throws(DatasetError) in
            let key = facet ? (r.facetColumn ?? header.first ?? "panel") : r.seriesColumn
            let rest = header.filter { $0 != key }
            names = (key ?? "", r.xColumn ?? rest.first ?? "x", r.yColumn ?? (rest.count > 1 ? rest[1] : "y"))
            return ([names.1, names.2], key)
        }
        guard !names.0.isEmpty else {
            return .lines([XYPanel(series: [XYSeries(name: "", x: t.columns[0], y: t.columns[1])])], .number,
                          xName: names.1, yName: names.2)
        }
        // One series per name, in order of first appearance (a name may come back later).
        var order: [String] = [], ranges: [String: [Range<Int>]] = [:]
        for run in t.keyRuns {
            if ranges[run.value] == nil { order.append(run.value) }
            ranges[run.value, default: []].append(run.rows)
        }
        let series = order.map { name in
            var xs: [Double] = [], ys: [Double] = []
            for rr in ranges[name]! { xs += t.columns[0][rr]; ys += t.columns[1][rr] }
            return XYSeries(name: name, x: xs, y: ys)
        }
        let panels = facet ? series.map { XYPanel(title: $0.name, series: [$0]) } : [XYPanel(series: series)]
        return .lines(panels, .number, xName: names.1, yName: names.2)
    }

    /// True when `text` reads as a period (a year, quarter, month, date, interval or year range).
    static func isPeriod(_ text: String) -> Bool {
        if case .success = PeriodReading.read(text) { return true }
        return false
    }

    /// True for a plain number that is not a four-digit year ("0", "12.5", "250000").
    static func isPlainNonYear(_ text: String) -> Bool {
        guard case .success = PlainNumber.parse(text) else { return false }
        return !(text.count == 4 && text.allSatisfy { $0 >= "0" && $0 <= "9" })
    }

    /// The first data row's x field, read from the start of the file only (nil when there is none;
    /// the full read then reports the problem).
    static func firstX(_ path: String, _ r: PlotRequest) throws -> String? {
        // Only a regular file is opened (a FIFO is refused here, as the full read would).
        let (fd, _) = try InputFile.open(path, file: path, maximumBytes: InputFile.plotNumeric)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        var lines = 0, end = 0
        for i in 0..<n where buffer[i] == 0x0A { lines += 1; if lines == 2 { end = i + 1; break } }
        guard end > 0, let t = try? CSVTable(bytes: Array(buffer[..<end]), file: path), let row = t.rows.first else { return nil }
        let key = r.kind == .smallMultiples ? (r.facetColumn ?? t.header.first) : r.seriesColumn
        let rest = t.header.filter { $0 != key && $0 != r.seriesColumn }
        guard let name = r.xColumn ?? rest.first, let i = t.header.firstIndex(of: name), i < row.fields.count else { return nil }
        return row.fields[i]
    }

    /// Any line or small-multiples table, read with the strict general reader: x as numbers or as
    /// periods (each at the middle of its period), optional panel and series name columns; each
    /// series in x order.
    static func table(_ path: String, _ r: PlotRequest, time: Bool) throws -> PlotData {
        let t = try CSVTable(bytes: try NumericCSV.fileBytes(path, maximumBytes: InputFile.plotTable), file: path)
        func index(_ name: String?) throws -> Int? {
            guard let name else { return nil }
            guard let i = t.header.firstIndex(of: name) else {
                throw DatasetError(t.headerPosition(0), "no column `\(name)` in the header (\(t.header.joined(separator: ", ")))\(Suggest.hint(name, in: t.header))")
            }
            return i
        }
        let fi = r.kind == .smallMultiples ? try index(r.facetColumn ?? t.header.first) : nil
        let si = try index(r.seriesColumn)
        let rest = t.header.indices.filter { $0 != fi && $0 != si }
        guard let xi = try index(r.xColumn) ?? rest.first, let yi = try index(r.yColumn) ?? rest.dropFirst().first else {
            throw DatasetError(t.headerPosition(0), "expected an x and a y column in the header (\(t.header.joined(separator: ", ")))")
        }
        var panelOrder: [String] = [], seriesOrder: [String: [String]] = [:]
        var points: [String: [String: [(Double, Double)]]] = [:]
        var errors: [DatasetError] = []
        for row in t.rows {
            let xText = row.fields[xi], yText = row.fields[yi]
            let x: Double
            if time {
                switch PeriodReading.read(xText) {
                case .success(let p): x = XYSeries.time(of: p.period)
                case .failure(let why): errors.append(DatasetError(t.position(row, field: xi), why.message)); continue
                }
            } else {
                switch PlainNumber.parse(xText) {
                case .success(let v): x = v
                case .failure(let why): errors.append(DatasetError(t.position(row, field: xi), why.message)); continue
                }
            }
            let y: Double
            switch PlainNumber.parse(yText) {
            case .success(let v): y = v
            case .failure(let why): errors.append(DatasetError(t.position(row, field: yi), why.message)); continue
            }
            let panel = fi.map { row.fields[$0] } ?? "", series = si.map { row.fields[$0] } ?? t.header[yi]
            if points[panel] == nil { panelOrder.append(panel) }
            if points[panel]?[series] == nil { seriesOrder[panel, default: []].append(series) }
            points[panel, default: [:]][series, default: []].append((x, y))
            if errors.count >= 50 { break }
        }
        if errors.count == 1 { throw errors[0] }
        if !errors.isEmpty { throw DatasetErrors(errors) }
        let panels = panelOrder.map { panel in
            XYPanel(title: panel, series: seriesOrder[panel]!.map { name in
                let pts = points[panel]![name]!.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
                return XYSeries(name: name, x: pts.map(\.0), y: pts.map(\.1))
            })
        }
        return .lines(panels, time ? .time : .number, xName: t.header[xi], yName: t.header[yi])
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
