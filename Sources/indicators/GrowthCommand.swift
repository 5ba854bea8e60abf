import ArgumentParser
import IndicatorKit

struct Growth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "growth",
        abstract: "Growth of one indicator across irregular periods, and a check of every stated growth figure.",
        discussion: """
        With an indicator: its figures with per-year rates (flows) over the real days of each \
        period, the change from each period to the next (absolute, percent, per-year rate, CAGR \
        for stocks), and each stated growth figure with its verdict (consistent, inconsistent, \
        not checkable). A step across a missing period is reported as a gap.
        With --from and --to: the change between two named periods (a conference such as 18 or \
        NFAC-21, a date YYYY-MM-DD, or a span YYYY-MM-DD..YYYY-MM-DD).
        With --all (no indicator): every stated growth figure in the dataset with its verdict.
        --explain prints each number's formula, the formula with the numbers put in, the interval \
        that rounding and qualifiers allow, and the observation ids it came from.
        """)

    @Argument(help: "Indicator id (see `indicators list`).")
    var indicator: String?

    @Flag(name: .long, help: "Check every stated growth figure in the dataset.")
    var all = false

    @Option(name: .long, help: "First period: a conference (18, NFAC-21), a date or a span.")
    var from: String?

    @Option(name: .long, help: "Second period: a conference (21, NFAC-21), a date or a span.")
    var to: String?

    @Flag(name: .long, help: "Print the formula and the inputs (observation ids) of every number.")
    var explain = false

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if indicator == nil && !all { throw ValidationError("give an indicator id, or --all to check every stated growth figure") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        if from != nil && indicator == nil { throw ValidationError("--from/--to need an indicator") }
    }

    func run() throws {
        let ds = try data.load()
        let loc = output.locale
        var sections: [AnalysisSection] = []

        guard let id = indicator else {
            let checks = ds.checkGrowth()
            emitChecks(checks, title: loc.text(.growthSection(.statedGrowthFigures)), into: &sections)
            emit(render(sections, json: AnalysisReport.growthJSON(nil, checks: checks)))
            return
        }
        guard ds.indicator(id) != nil else {
            throw unknownIndicator(id, in: ds)
        }

        if let from, let to {
            let a = try key(from, ds), b = try key(to, ds)
            let sa = ds.select(id, at: a), sb = ds.select(id, at: b)
            var notes: [String] = []
            for (k, s) in [(a, sa), (b, sb)] {
                switch s {
                case .found(let o, let note, let alts):
                    var line = "\(k.label): \(o.id) = \(AnalysisReport.text(o, locale: loc)) (\(o.period))"
                    if let note { line += "; \(note)" }
                    if !alts.isEmpty { line += "; also in the dataset: " + alts.map(\.id).joined(separator: ", ") }
                    notes.append(line)
                case .missing(let r):
                    notes.append("\(k.label): gap: \(r)")
                }
            }
            guard let oa = sa.observation, let ob = sb.observation, let ind = ds.indicator(id) else {
                sections.append(AnalysisSection(title: "\(id): \(a.label) → \(b.label)", table: nil, lines: notes))
                emit(render(sections, json: .object([("indicator", .string(id)), ("status", .string("gap")),
                                                     ("notes", .array(notes.map { .string($0) }))])))
                return
            }
            if oa.id == ob.id {
                throw CLIError.badInput("--from \(a.label) and --to \(b.label) select the same figure (\(oa.id)); choose two periods")
            }
            if (ob.period.start ?? ob.period.end) < (oa.period.start ?? oa.period.end) {
                throw CLIError.badInput("--from \(a.label) (\(oa.period)) is later than --to \(b.label) (\(ob.period)); give the earlier period first")
            }
            let change = PeriodChange(indicator: ind, from: oa, to: ob)
            let t = AnalysisReport.changesTable([change], locale: loc)
            let r = AnalysisReport.seriesTable(try pairSeries(ds, id, [oa, ob]), locale: loc)
            sections.append(AnalysisSection(title: "\(id): \(a.label) → \(b.label)", table: r, lines: []))
            sections.append(AnalysisSection(title: nil, table: t, lines: notes + AnalysisReport.changeNotes([change])))
            if explain {
                sections.append(AnalysisSection(title: "Explanation", table: nil,
                                        lines: AnalysisReport.changeExplanations([change], locale: loc)))
            }
            let csvItems = change.computations.map { ("\(oa.id) → \(ob.id)", $0, "") }
            emit(render(sections, json: .object([("indicator", .string(id)), ("change", AnalysisReport.json(change)),
                                                 ("notes", .array(notes.map { .string($0) }))]),
                        csv: AnalysisReport.computationsTable(csvItems, locale: loc)))
            return
        }

        let s = try SeriesAnalysis(dataset: ds, indicator: id)
        let name = s.indicator.name(loc)
        sections.append(AnalysisSection(title: "\(id): \(name) (\(s.indicator.kind.rawValue))",
                                table: AnalysisReport.seriesTable(s, locale: loc),
                                lines: s.observations.isEmpty ? ["no preferred figures"] : s.nested.map(\.note)))
        if !s.steps.isEmpty {
            sections.append(AnalysisSection(title: loc.text(.growthSection(.changes)),
                                    table: AnalysisReport.changesTable(s.steps, verdicts: try? ComparisonPlan(dataset: ds, indicators: [id]).rows[0].pairs,
                                                                       locale: loc),
                                    lines: AnalysisReport.changeNotes(s.steps)))
        }
        let checks = ds.checkGrowth(indicator: id)
        if all {
            emitChecks(ds.checkGrowth(), title: loc.text(.growthSection(.statedGrowthFigures)), into: &sections)
        } else if !checks.isEmpty {
            emitChecks(checks, title: loc.text(.growthSection(.statedGrowthOf(id))), into: &sections)
        }
        if explain {
            var lines = s.rates.compactMap { $0 }.map { AnalysisReport.explain($0, context: $0.inputs.joined(), locale: loc) }
            lines += AnalysisReport.changeExplanations(s.steps, locale: loc)
            sections.append(AnalysisSection(title: "Explanation", table: nil, lines: lines))
        }
        var items: [(String, Computation, String)] = []
        items += s.rates.compactMap { $0 }.map { ($0.inputs.joined(), $0, "") }
        for st in s.steps { items += st.computations.filter { $0.measure != .perYearRate }.map { ("\(st.from.id) → \(st.to.id)", $0, "") } }
        for c in (all ? ds.checkGrowth() : checks) {
            items.append((c.growth.id, c.impliedBaseline, c.verdict.rawValue))
            items += c.comparisons.map { ("\(c.growth.id) vs \($0.baseline.id)", $0.computed, $0.verdict.rawValue) }
        }
        emit(render(sections, json: AnalysisReport.growthJSON(s, checks: all ? ds.checkGrowth() : checks),
                    csv: AnalysisReport.computationsTable(items, locale: loc)))
    }

    func key(_ text: String, _ ds: Dataset) throws -> PeriodKey {
        do { return try PeriodKey(text, in: ds) } catch { throw CLIError.badInput(error.description) }
    }

    func pairSeries(_ ds: Dataset, _ id: String, _ obs: [Observation]) throws -> SeriesAnalysis {
        var s = try SeriesAnalysis(dataset: ds, indicator: id)
        s.observations = obs
        s.rates = obs.map { PeriodChange.perYearRate(of: $0, indicator: s.indicator) }
        s.steps = []
        return s
    }

    func emitChecks(_ checks: [GrowthCheck], title: String, into sections: inout [AnalysisSection]) {
        let loc = output.locale
        sections.append(AnalysisSection(title: title, table: AnalysisReport.checksTable(checks, locale: loc),
                                lines: AnalysisReport.checkNotes(checks)))
        if explain {
            sections.append(AnalysisSection(title: "Explanation", table: nil,
                                    lines: AnalysisReport.checkExplanations(checks, locale: loc)))
        }
    }

    func render(_ sections: [AnalysisSection], json: JSONValue, csv: TextTable? = nil) -> String {
        switch output.format {
        case .json: return json.render(indent: 2) + "\n"
        case .csv:
            if let csv { return csv.render(.csv) }
            return sections.compactMap(\.table).first?.render(.csv) ?? ""
        case .table, .markdown: return AnalysisSection.render(sections, markdown: output.format == .markdown)
        }
    }
}

/// A titled block of output: an optional table and lines of notes under it.
struct AnalysisSection {
    var title: String?
    var table: TextTable?
    var lines: [String]

    static func render(_ sections: [AnalysisSection], markdown: Bool) -> String {
        var out: [String] = []
        for s in sections {
            var block = ""
            if let t = s.title { block += markdown ? "### \(t)\n\n" : "\(t)\n\n" }
            if let table = s.table { block += table.render(markdown ? .markdown : .table) }
            if !s.lines.isEmpty {
                if s.table != nil { block += "\n" }
                block += s.lines.map { markdown ? "- " + $0.replacingAll("\n    ", with: "\n  ") : "  " + $0 }.joined(separator: "\n") + "\n"
            }
            out.append(block)
        }
        return out.joined(separator: "\n")
    }
}
