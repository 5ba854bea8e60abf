import ArgumentParser
import IndicatorKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare indicators across conference periods: values, changes and per-year rates.",
        discussion: """
        Indicators are rows, periods are columns. For each period: the figure (with its \
        qualifier), its span and, for flows, the per-year rate over the real days of the span. For \
        each pair of consecutive periods: the change, the percent change, the percent change of the \
        per-year rate (flows) and the CAGR over the elapsed days (stocks). A period with no figure \
        is a gap; notes under the table give every cell's observation id and every reason.
        Example: indicators compare --indicators agreements,fdi,unesco-titles --conferences 18,21
        """)

    @Option(name: .long, parsing: .upToNextOption, help: "Indicator ids, comma-separated (agreements,fdi,unesco-titles).")
    var indicators: [String] = []

    @Option(name: [.long, .customLong("periods")], parsing: .upToNextOption,
            help: "Periods, comma-separated: conferences (18,21 or NFAC-18), dates (2021-12-14) or spans (2019-01-01..2021-12-13).")
    var conferences: [String] = []

    @Flag(name: .long, help: "Print the formula and the inputs (observation ids) of every number.")
    var explain = false

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if splitList(conferences).isEmpty { throw ValidationError("give --conferences (e.g. 18,21) or --periods") }
    }

    func run() throws {
        let ds = try data.load()
        let loc = output.locale
        var keys: [PeriodKey] = []
        for k in splitList(conferences) {
            do { keys.append(try PeriodKey(k, in: ds)) } catch { throw CLIError.badInput(error.description) }
        }
        for (i, k) in keys.enumerated() where keys[..<i].contains(where: { $0.label == k.label }) {
            throw CLIError.badInput("period `\(k.label)` is given twice in --conferences; give each period once")
        }
        var ids = splitList(indicators)
        if ids.isEmpty {
            // Every indicator with a figure in at least two of the periods.
            ids = ds.indicators.map(\.id).filter { id in keys.filter { ds.select(id, at: $0).observation != nil }.count >= min(2, keys.count) }
        }
        for id in ids where ds.indicator(id) == nil {
            throw unknownIndicator(id, in: ds)
        }
        let table: ComparisonTable
        do { table = try ComparisonTable(dataset: ds, indicators: ids, periods: keys) } catch { throw CLIError.badInput(error.description) }

        switch output.format {
        case .json:
            emit(AnalysisReport.comparisonJSON(table).render(indent: 2) + "\n")
        case .csv:
            emit(AnalysisReport.comparisonTable(table, locale: loc).render(.csv))
        case .table, .markdown:
            let md = output.format == .markdown
            var sections = [AnalysisSection(title: nil, table: AnalysisReport.comparisonTable(table, locale: loc),
                                            lines: AnalysisReport.comparisonNotes(table, locale: loc))]
            if explain {
                sections.append(AnalysisSection(title: "Explanation", table: nil,
                                                lines: AnalysisReport.comparisonExplanations(table, locale: loc)))
            }
            emit(AnalysisSection.render(sections, markdown: md))
        }
    }

    func splitList(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
