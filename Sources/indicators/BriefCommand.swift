import ArgumentParser
import Briefing
import ChartKit
import Foundation
import IndicatorKit

/// `indicators brief`: a folder an analyst can attach or send.
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a briefing bundle: brief.md, brief.pdf (A4), and each chart as PNG (2x), SVG and PDF with its sidecars.",
        discussion: """
        The folder holds brief.md (key figures with changes and per-year rates, stated vs computed \
        growth with verdicts, the charts with captions and alt text, the sources with quotes), \
        brief.pdf with the same content on A4 pages, charts/ with each chart and beside it its \
        exact data (.csv), computation log (.log.txt), alt text (.alt.txt), spec (.spec.yaml) and \
        hash list (.sha256), and SHA256SUMS for every file. It is written into a temporary folder \
        and renamed into place; an existing folder is replaced only if it is a brief.
        Example: indicators brief --conferences 20,21 -o brief/
        """)

    @OptionGroup var data: DatasetOptions

    @Option(name: [.long, .customLong("periods")], parsing: .upToNextOption, help: "Periods, comma-separated: conferences (20,21 or NFAC-20), dates (2021-12-14) or spans (2019-01-01..2021-12-13).")
    var conferences: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Indicator ids, comma-separated (default: every indicator with figures at two of the conferences).")
    var indicators: [String] = []

    @Option(name: [.short, .long], help: "Output folder.")
    var output: String

    @Option(name: .long, help: "Language of names and numbers: en or vi.")
    var locale: NumberLocale = .en

    @Flag(name: .long, help: "Leave out brief.pdf.")
    var noPDF = false

    func run() throws {
        guard let dir = data.dataset ?? DatasetLoader.bundledDatasetDirectory() else {
            throw CLIError.badInput("no --dataset given and the bundled Datasets/local-diplomacy was not found", origin: .option("--dataset"))
        }
        try data.checkOutputs([output])
        let ds = try data.load()
        let req = BriefBuilder.Request(datasetDirectory: dir, conferences: split(conferences), indicators: split(indicators), locale: locale)
        do {
            let doc = try BriefBuilder.build(req, dataset: ds)
            let pdf = noPDF ? nil : try BriefPDF.render(doc)
            let files = BriefBundle.files(doc, pdf: pdf)
            try BriefBundle.write(files, to: output)
            emit("wrote \(output): \(files.count) files, \(doc.charts.count) \(doc.charts.count == 1 ? "chart" : "charts")\n")
        } catch let e as TextError {
            throw CLIError.badInput(TextOrigin.describe(e, files: DatasetLoader.inputFiles(directory: dir)), step: .compiling)
        }
    }

    func split(_ v: [String]) -> [String] {
        v.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
