import ChartCairo
import ChartKit
import IndicatorKit

/// Builds a brief from a dataset and a list of conferences: the key figures table (values,
/// changes, per-year rates, from `ComparisonTable`), stated vs computed growth (the Analysis
/// layer's `GrowthCheck` verdicts), one chart per indicator with its sidecars, and the sources
/// with their quotes. Every number names the observation ids it comes from.
public enum BriefBuilder {
    /// What to brief.
    public struct Request: Sendable {
        /// The dataset's folder (for file positions in messages and the charts' sidecar specs).
        public var datasetDirectory: String
        /// Periods, at least one, in the CLI's forms: conferences (`20`, `NFAC-21`), dates
        /// (`2021-12-31`) or spans (`2019-01-01..2021-12-31`).
        public var conferences: [String]
        /// Indicator ids; empty: every indicator with a figure in at least two of the conferences
        /// (one when a single conference is asked for).
        public var indicators: [String]
        /// Language of the brief: en or vi.
        public var locale: NumberLocale
        /// Most charts drawn (the table keeps every indicator).
        public var maximumCharts: Int

        /// A request for the periods `conferences`; every indicator with figures, in English, at most 8 charts unless said otherwise.
        public init(datasetDirectory: String, conferences: [String], indicators: [String] = [], locale: NumberLocale = .en,
                    maximumCharts: Int = 8) {
            self.datasetDirectory = datasetDirectory; self.conferences = conferences; self.indicators = indicators
            self.locale = locale; self.maximumCharts = maximumCharts
        }
    }

    /// Builds the document and every chart's files (nothing is written here).
    /// - Throws: `DatasetError`/`DatasetErrors` for bad input, rendering errors otherwise.
    public static func build(_ req: Request, dataset ds: Dataset, measurer: TextMeasurer = PangoTextMeasurer()) throws -> BriefDocument {
        let L = req.locale
        let here = ErrorOrigin.option("--conferences")
        guard !req.conferences.isEmpty else { throw DatasetError(here, "give at least one conference (e.g. --conferences 20,21)", step: .selecting) }
        // Periods in the CLI's forms: conferences, dates (YYYY-MM-DD), spans (YYYY-MM-DD..YYYY-MM-DD).
        var keys: [PeriodKey] = []
        for c in req.conferences {
            let key: PeriodKey
            do { key = try PeriodKey(c, in: ds) } catch {
                let hint = c.contains("..") || Day(iso: c) != nil ? "" : "; `indicators conferences` lists the conferences"
                throw DatasetError(here, "\(error)\(Suggest.hint(c, in: ds.conferences.map(\.id)))\(hint)", step: .selecting)
            }
            if !keys.contains(key) { keys.append(key) }
        }
        var ids = req.indicators
        for id in ids where ds.indicator(id) == nil {
            throw DatasetError(.option("--indicators"),
                               "unknown indicator `\(id)`\(Suggest.hint(id, in: ds.indicators.map(\.id))); `indicators list` shows them all", step: .selecting)
        }
        if ids.isEmpty {
            let need = min(2, keys.count)
            ids = ds.indicators.map(\.id).filter { id in keys.filter { ds.select(id, at: $0).observation != nil }.count >= need }
        }
        guard !ids.isEmpty else {
            throw DatasetError(here, "no indicator has figures at \(keys.map(\.label).joined(separator: ", ")); try other conferences", step: .selecting)
        }
        let table: ComparisonTable
        do { table = try ComparisonTable(dataset: ds, indicators: ids, periods: keys) } catch {
            throw DatasetError(here, error.description, step: .selecting)
        }

        var blocks: [BriefBlock] = []
        let confNames = keys.map { k in
            guard case .conference(let c) = k else { return k.label }
            return "\(c.id) (\(c.name(L)), \(PeriodFormat.day(c.start, locale: L)))"
        }
        let title = L.text(.brief(.titleLead)) + (ds.title.isEmpty ? ds.name : ds.title) + " — " + keys.map(\.label).joined(separator: " → ")
        blocks.append(.heading(level: 1, text: title))
        blocks.append(.paragraph(L.text(.chart(.figuresReportedAt)) + (confNames.count <= 2 ? confNames.joined(separator: L.text(.chart(.and)))
                : confNames.dropLast().joined(separator: ", ") + L.text(.chart(.and)) + confNames.last!)
            + L.text(.brief(.datasetIntro(dataset: ds.name)))))

        // Key figures.
        blocks.append(.heading(level: 2, text: L.text(.brief(.keyFigures))))
        blocks.append(.table(keyFigures(table, locale: L)))
        let caveats = keyFigureNotes(table, locale: L)
        if !caveats.isEmpty { blocks.append(.bullets(caveats)) }

        // Stated vs computed growth.
        var used = Set<String>()
        for row in table.rows {
            for case .found(let o, _, let alts) in row.cells { used.insert(o.id); used.formUnion(alts.map(\.id)) }
        }
        // Only the stated growth of figures the brief uses (checking all of a large dataset's
        // growth figures made a brief's time grow with the dataset, not with the brief).
        let checks = ds.reportedGrowth.filter { used.contains($0.observation) }.map { GrowthCheck(growth: $0, in: ds) }
            .filter { c in c.level.map { used.contains($0.id) } ?? false }
        blocks.append(.heading(level: 2, text: L.text(.brief(.statedVsComputed))))
        if checks.isEmpty {
            blocks.append(.paragraph(L.text(.brief(.noStatedGrowth))))
        } else {
            blocks.append(.table(BriefTable(AnalysisReport.checksTable(checks, locale: L))))
            blocks.append(.bullets(AnalysisReport.checkNotes(checks).map { $0.replacingAll("\n    ", with: "; ") }))
            for c in checks { used.formUnion(c.inputs) }
        }

        // Charts.
        var charts: [BriefChart] = []
        let charted = table.rows.filter { r in r.cells.contains { $0.observation != nil } }.prefix(req.maximumCharts)
        if !charted.isEmpty { blocks.append(.heading(level: 2, text: L.text(.brief(.charts)))) }
        for row in charted {
            let chart = try makeChart(row: row, table: table, checks: checks, keys: keys, req: req, dataset: ds, measurer: measurer)
            blocks.append(.figure(charts.count))
            charts.append(chart)
        }

        // Sources with quotes: every observation the brief uses (the plan's figures, the
        // alternatives it names, the figures it left out, and the growth checks' inputs), and
        // every observation id a reader sees in the text (a growth check's note may name a
        // figure of a related definition): whatever id the brief shows, its quote is here.
        for row in table.plan.rows { used.formUnion(row.leftOut.map(\.observation.id)) }
        // The text's words that could be ids (runs of a-z, 0-9 and '-'), looked up once each:
        // searching the whole text for every observation id grew with the dataset times the text.
        let shown = blocks.map(\.plainText).joined(separator: "\n")
        let words = Set(shown.utf8.split { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D) }.map { String(decoding: $0, as: UTF8.self) })
        for o in ds.observations where !used.contains(o.id) && words.contains(o.id) { used.insert(o.id) }
        blocks.append(.heading(level: 2, text: L.text(.brief(.sources))))
        let obs = ds.observations.filter { used.contains($0.id) }
        var bySource: [(String, [Observation])] = []
        for o in obs {
            if let i = bySource.firstIndex(where: { $0.0 == o.source }) { bySource[i].1.append(o) } else { bySource.append((o.source, [o])) }
        }
        for (sid, list) in bySource {
            blocks.append(.paragraph(citation(ds.source(sid), id: sid, locale: L)))
            for o in list {
                let name = (ds.indicator(o.indicator)?.name(L) ?? o.indicator).capped(120)
                blocks.append(.quote(text: o.quote, attribution: "\(o.id) — \(name), \(PeriodFormat.label(o.period, locale: L)): \(AnalysisReport.text(o, locale: L))"))
            }
        }
        let growthIDs = checks.map(\.growth)
        for g in growthIDs {
            blocks.append(.quote(text: g.quote, attribution: "\(g.id) — " + L.text(.brief(.statedGrowthLead))
                + NumberFormat.percent(g.percent, decimals: g.statedDecimals, locale: L, signed: true) + " (\(citation(ds.source(g.source), id: g.source, locale: L, short: true)))"))
        }
        let date = obs.compactMap { ds.source($0.source)?.date }.max()?.iso
        let footer = "\(ds.name) · " + keys.map(\.label).joined(separator: " → ")
        return BriefDocument(title: title, footer: footer, locale: L, blocks: blocks, charts: charts, date: date)
    }

    static func citation(_ s: Source?, id: String, locale: NumberLocale, short: Bool = false) -> String {
        guard let s else { return id }
        var parts: [String] = []
        if !s.publisher.isEmpty { parts.append(s.publisher) }
        if !s.title.isEmpty { parts.append("“\(s.title)”") }
        var c = parts.joined(separator: ", ")
        if let d = s.date { c += " (\(PeriodFormat.day(d, locale: locale)))" }
        if short { return c }
        if !s.url.isEmpty { c += ", \(s.url)" } else if !s.seedFile.isEmpty { c += ", " + locale.text(.brief(.seedFile)) + "`\(s.seedFile)`" }
        return "[\(id)] " + c
    }

    /// One row per indicator and pair of consecutive conferences: both figures, the change,
    /// the per-year rates and their change (or CAGR for stocks), and the observation ids.
    static func keyFigures(_ t: ComparisonTable, locale L: NumberLocale) -> BriefTable {
        var rows: [[String]] = []
        let single = t.periods.count == 1
        for row in t.rows {
            let name = row.indicator.name(L).capped(120)
            func fig(_ i: Int) -> String {
                guard let o = row.cells[i].observation else { return L.text(.status(.gap)) }
                return AnalysisReport.text(o, locale: L) + " (" + PeriodFormat.label(o.period, locale: L) + ")"
            }
            func rate(_ i: Int) -> String { row.rates[i].map { AnalysisReport.text($0, locale: L, signed: false) } ?? "–" }
            if single {
                rows.append([name, fig(0), "–", "–", rate(0), "–", row.cells[0].observation?.id ?? "–"])
                continue
            }
            for i in 0..<(t.periods.count - 1) {
                let idsText = [row.cells[i].observation?.id ?? "–", row.cells[i + 1].observation?.id ?? "–"].joined(separator: " → ")
                switch row.changes[i] {
                case .computed(let c):
                    // The plan says what may be stated: no change where it refuses the pair, and
                    // no change of totals where only the yearly rates compare.
                    let verdict = row.verdicts[i]
                    let refused = verdict?.refusal != nil
                    let notComparable = L.text(.brief(.notComparable))
                    let totalsCompare = verdict?.measure != .perYear
                    let perYear = row.indicator.kind == .stock
                        ? "CAGR " + (refused ? "–" : c.cagr.map { AnalysisReport.text($0, locale: L) } ?? "–")
                        : "\(rate(i)) → \(rate(i + 1)) (" + (refused ? "–" : c.ratePercentChange.map { AnalysisReport.text($0, locale: L) } ?? "–") + ")"
                    rows.append([name, fig(i), fig(i + 1),
                                 refused ? notComparable : (totalsCompare ? AnalysisReport.text(c.absolute, locale: L) : L.text(.brief(.seePerYear))),
                                 refused ? notComparable : (totalsCompare ? AnalysisReport.text(c.percent, locale: L) : "–"),
                                 perYear, idsText])
                case .gap:
                    rows.append([name, fig(i), fig(i + 1), L.text(.status(.gap)), "–", "\(rate(i)) → \(rate(i + 1))", idsText])
                }
            }
        }
        let a = t.periods.first?.label ?? "", b = t.periods.count > 1 ? t.periods[1].label : ""
        let header = [L.text(.column(.indicatorAnalysed)), single ? a : L.text(.brief(.earlier)) + (t.periods.count == 2 ? " (\(a))" : ""),
                      single ? "–" : L.text(.brief(.later)) + (t.periods.count == 2 ? " (\(b))" : ""),
                      L.text(.column(.change)), L.text(.column(.percentChange)),
                      L.text(.brief(.perYearRateOrCAGR)), L.text(.brief(.observations))]
        return BriefTable(header: header, alignRight: [false, true, true, true, true, true, false], rows: rows)
    }

    /// The caveats under the key figures, from the plan: figures shown once or left out, pairs
    /// that compare only per year, pairs that do not compare at all, and gaps.
    static func keyFigureNotes(_ t: ComparisonTable, locale L: NumberLocale) -> [String] {
        var out: [String] = []
        for row in t.rows {
            let name = row.indicator.name(L).capped(120)
            for (i, cell) in row.cells.enumerated() {
                if case .missing(let reason) = cell { out.append("\(name), \(t.periods[i].label): " + L.text(.brief(.noFigure)) + " (\(reason))") }
            }
            for (i, v) in row.verdicts.enumerated() {
                guard let v else { continue }
                let pair = "\(name), \(t.periods[i].label) → \(t.periods[i + 1].label)"
                if let r = v.refusal {
                    out.append(pair + ": " + L.text(.notComparable) + r.text(L))
                } else if v.measure == .perYear {
                    out.append(pair + ": " + L.text(.brief(.onlyPerYearCompares)))
                }
                for r in v.approximations {
                    if case .gap = r { out.append(pair + ": " + r.text(L) + L.text(.brief(.comparedAsAsked))) }
                }
            }
            // A gap the chart fills with the baseline a stated growth implies.
            for slot in t.plan.row(row.indicator.id)?.slots ?? [] {
                guard let im = slot.implied, let key = slot.key else { continue }
                let value = NumberFormat.quantity(im.value, unit: row.indicator.unit, scale: im.scale, decimals: im.decimals, locale: L)
                let growth = NumberFormat.percent(im.growth.percent, decimals: im.growth.statedDecimals, locale: L, signed: true)
                out.append("\(name), \(key.label): " + L.text(.brief(.impliedBaseline(growth: growth, id: im.growth.id, value: value))))
            }
        }
        return out
    }

    static func makeChart(row: ComparisonTable.Row, table: ComparisonTable, checks: [GrowthCheck], keys: [PeriodKey],
                          req: Request, dataset ds: Dataset, measurer: TextMeasurer) throws -> BriefChart {
        let L = req.locale
        let id = row.indicator.id
        let name = id
        let found = keys.indices.filter { row.cells[$0].observation != nil }.map { keys[$0].label }
        // The chart as a typed spec: drawn from this value, and its sidecar spec written from it once.
        let kind: ChartSpec.Kind = found.isEmpty ? .bar : .periodComparison
        let specName = "\(name).spec.yaml"
        let file = ChartFile(path: "charts/" + specName, dataset: ds.name,
                             spec: ChartSpec(kind: kind, indicators: [id], preset: .a4Column, locale: L,
                                             conferences: kind == .bar ? found : keys.map(\.label)),
                             output: .init(name: name, formats: [.png, .svg, .pdf], scale: 2))
        let specText = file.yaml(comment: ["Chart `\(name)` of a brief: re-render with `indicators render` in a folder holding this file."])
        let resolved = try file.resolve(ds, datasetDirectory: req.datasetDirectory)
        let scene = try resolved.scene(measurer: measurer)
        let png = try CairoRenderer.render(scene, format: .png(scale: 2))
        let svg = try CairoRenderer.render(scene, format: .svg)
        let pdf = try CairoRenderer.render(scene, format: .pdf)

        // The exact data: the figure of each conference, or the gap.
        var csv = TextTable(columns: ["conference", "observation", "indicator", "period_start", "period_end", "days", "value", "text", "unit",
                                      "scale", "qualifier", "reported_at", "source", "quote", "match_note"].map { TextTable.Column($0, $0) })
        for (conf, sel) in zip(table.periods, row.cells) {
            switch sel {
            case .found(let o, let note, _):
                csv.rows.append([conf.label, o.id, o.indicator, o.period.start?.iso ?? "", o.period.end.iso, String(o.period.days), o.literal, AnalysisReport.text(o, locale: L),
                                 o.unit.rawValue, o.scale.rawValue, o.qualifier.rawValue, o.conference, o.source, o.quote, note ?? ""].map { TextTable.Cell($0) })
            case .missing(let reason):
                csv.rows.append([conf.label, "", id, "", "", "", "", "", "", "", "", "", "", "", "gap: " + reason].map { TextTable.Cell($0) })
            }
        }
        // The computation log: every number with its formula, the numbers put in, and the inputs.
        var log: [String] = ["# \(id): computations for the brief (\(table.periods.map(\.label).joined(separator: " → ")))", ""]
        let one = try? ComparisonTable(dataset: ds, indicators: [id], periods: table.periods)
        if let one {
            log += AnalysisReport.comparisonNotes(one, locale: L)
            log.append("")
            log += AnalysisReport.comparisonExplanations(one, locale: L)
        }
        let mine = checks.filter { $0.indicator?.id == id }
        if !mine.isEmpty {
            log.append("")
            log += AnalysisReport.checkNotes(mine)
            log += AnalysisReport.checkExplanations(mine, locale: L)
        }
        let alt = scene.altText.isEmpty ? (scene.title.isEmpty ? row.indicator.name(L) : scene.title) : scene.altText
        var files: [(name: String, bytes: [UInt8])] = [
            ("\(name).png", png), ("\(name).svg", svg), ("\(name).pdf", pdf),
            ("\(name).csv", Array(csv.render(.csv).utf8)),
            ("\(name).log.txt", Array((log.joined(separator: "\n") + "\n").utf8)),
            ("\(name).alt.txt", Array((alt + "\n").utf8)),
            (specName, Array(specText.utf8)),
        ]
        let sums = files.map { "\(SHA256.hex($0.bytes))  \($0.name)\n" }.joined()
        files.append(("\(name).sha256", Array(sums.utf8)))
        let content = SHA256.hex(Array(sums.utf8))
        let obsIDs = row.cells.compactMap { $0.observation?.id }
        let caption = (scene.title.isEmpty ? row.indicator.name(L) : scene.title) + ". "
            + L.text(.brief(.figuresLead)) + obsIDs.joined(separator: ", ") + "."
        return BriefChart(name: name, title: scene.title.isEmpty ? row.indicator.name(L) : scene.title, caption: caption,
                          altText: alt, scene: scene, files: files, contentHash: content)
    }
}
