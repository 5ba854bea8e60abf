import ArgumentParser
import ChartCairo
import ChartKit
import Foundation
import IndicatorKit

extension ChartSpec.Kind: ArgumentEnum {}
extension ChartSpec.Grouping: ArgumentEnum {}
extension SizePreset: ArgumentEnum {}
extension ValueFormat.Kind: ArgumentEnum {}
extension SVGTextMode: ArgumentEnum {}

/// `indicators chart`: one bar or line chart of one or more indicators, written as PNG, SVG or PDF.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a briefing chart of indicators to a PNG, SVG or PDF file.",
        discussion: """
        The format comes from the output file's extension; the alt text is written beside it \
        (<output>.alt.txt) and embedded in the file. Kinds: period-comparison, small-multiples, growth, \
        per-year and slope draw one panel (or line) per indicator, so units never share an axis; bar and \
        line need indicators of one unit. Examples:
          indicators chart --kind period-comparison --indicator agreements --indicator fdi --conferences 20,21 -o cmp.png
          indicators chart --kind slope --indicator agreements --indicator fdi --conferences 18,21 --locale vi -o slope.svg
        """
    )

    @OptionGroup var data: DatasetOptions

    @Option(name: .long, help: "Indicator id (repeat for several; they must share a unit).")
    var indicator: [String] = []

    @Option(name: .long, help: "Chart kind: period-comparison, small-multiples, growth, per-year, slope, bar or line.")
    var kind: ChartSpec.Kind = .bar

    @Option(name: .long, help: "Size preset: slide (1920x1080), small-slide (1280x720), a4-half (595x421 pt), a4-column (483x290 pt, the brief's figure), square (1080x1080).")
    var preset: SizePreset = .slide

    @Option(name: [.short, .long], help: "Output file: .png, .svg or .pdf.")
    var output: String

    @Option(name: .long, help: "Language of names and numbers: en or vi.")
    var locale: NumberLocale = .en

    @Option(name: .long, help: "SVG text: text (<text> elements, editable; the default) or outlines (glyph shapes, no fonts needed).")
    var svgText: SVGTextMode = .text

    @Option(name: .long, help: "PNG scale factor, 0.25 to 4 (pixels = points x scale; 2 for high-density screens).")
    var scale: Double = 1

    func validate() throws {
        guard scale.isFinite, (0.25...4).contains(scale) else {
            throw ValidationError("--scale must be a number from 0.25 to 4, found \(scale)")
        }
    }

    @Option(name: .long, help: "Bars: by-period (a group per period) or by-indicator (a group per indicator).")
    var groupBy: ChartSpec.Grouping = .byPeriod

    @Option(name: .long, help: "Title (default: the indicator names).")
    var title: String?

    @Option(name: .long, help: "Subtitle (default: the unit and years).")
    var subtitle: String?

    @Option(name: .long, help: "Axis number format: plain, thousands, si, currency, percent (default: from the unit).")
    var numberFormat: ValueFormat.Kind?

    @Flag(name: .long, help: "Leave out the value labels.")
    var noValueLabels = false

    @Option(name: .long, help: "Conferences (or dates, spans) to compare, comma-separated, e.g. 18,21 or NFAC-20,NFAC-21.")
    var conferences: String?

    @Option(name: .long, help: "A note printed above the source line (repeatable).")
    var note: [String] = []

    @Flag(name: .long, help: "Print the fit report (labels moved, shrunk or dropped, and why) and the alt text.")
    var explain = false

    @Flag(name: .long, help: "Do not write <output>.alt.txt.")
    var noAltText = false

    func run() throws {
        guard !indicator.isEmpty else { throw CLIError.badInput("give at least one --indicator; `indicators list` shows them all") }
        let format: ImageFormat
        do { format = try ImageFormat.forPath(output, scale: scale, svgText: svgText) } catch { throw CLIError.badInput("\(error)") }
        if case .png = format {} else if scale != 1 { throw CLIError.badInput("--scale applies to PNG output only") }
        try checkOptionText(title, option: "--title")
        try checkOptionText(subtitle, option: "--subtitle")
        for n in note { try checkOptionText(n, option: "--note") }
        try data.checkOutputs(noAltText ? [output] : [output, output + ".alt.txt"])
        let dataset = try data.load()
        for id in indicator where dataset.indicator(id) == nil {
            throw unknownIndicator(id, in: dataset)
        }
        let spec = ChartSpec(kind: kind, indicators: indicator, title: title, subtitle: subtitle, preset: preset,
                             locale: locale, grouping: groupBy, valueLabels: !noValueLabels, format: numberFormat,
                             conferences: conferences.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } },
                             notes: note.isEmpty ? nil : note)
        let origin = { (e: TextError) in
            TextOrigin.describe(e, options: [("--title", title), ("--subtitle", subtitle)] + note.map { ("--note", $0) },
                                files: (try? data.directory()).map { DatasetLoader.inputFiles(directory: $0) } ?? [])
        }
        try PlotRequest.mapErrors(textOrigin: origin) {
            let scene = try ChartCompiler.compile(spec, dataset, measurer: PangoTextMeasurer())
            for w in scene.warnings { warn("warning: \(w)") }
            try CairoRenderer.render(scene, format: format, to: output, altTextFile: !noAltText)
            if explain {
                var out = "fit report for \(output):\n"
                out += scene.fitReport.entries.isEmpty ? "  every label placed as asked\n"
                    : scene.fitReport.entries.map { "  \($0)\n" }.joined()
                out += "alt text:\n  \(scene.altText)\n"
                emit(out)
            }
        }
    }
}
