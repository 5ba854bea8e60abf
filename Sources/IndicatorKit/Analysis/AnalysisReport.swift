/// Turns analysis results into tables, notes and explanations for people (English or
/// Vietnamese number formats) and into JSON for machines. The CLI only prints these.
public enum AnalysisReport {
    // MARK: - Cells

    /// A computed number as a table cell: `+20.9%`, `US$19.14 bn/yr`, `≤ +230.5%` (one-sided
    /// because an input is "more than"), `~US$39.5 bn`, or the status word when there is no value.
    public static func text(_ c: Computation, locale: NumberLocale, signed: Bool = true) -> String {
        switch c.outcome {
        case .value(let v, let ex):
            var body = number(v, unit: c.unit, decimals: decimals(c), locale: locale, signed: signed)
            let isChange = c.measure == .absoluteChange || c.measure == .perYearRateChange
            if signed, isChange, c.unit != .percent, v > 0, body.contains(where: { $0.isNumber && $0 != "0" }) { body = "+" + body }
            guard case .approximate = ex else { return body }
            return boundPrefix(c) + body
        case .undefined: return locale.text(.status(.undefined))
        case .gap: return locale.text(.status(.gap))
        case .incompatible: return locale.text(.status(.incompatible))
        }
    }

    /// How an approximate number relates to the truth: `≤ ` when it is the most the inputs allow
    /// (a baseline stated as "more than"), `≥ ` when it is the least, `~` otherwise; empty for an
    /// exact number or no number.
    public static func boundPrefix(_ c: Computation) -> String { c.bound.prefix }

    /// The cell with its raw value for CSV and JSON.
    public static func cell(_ c: Computation?, locale: NumberLocale, signed: Bool = true) -> TextTable.Cell {
        guard let c else { return TextTable.Cell("") }
        return .number(text(c, locale: locale, signed: signed), c.value)
    }

    static func decimals(_ c: Computation) -> Int {
        switch c.unit {
        case .percent: return c.measure == .cagr || c.measure == .annualisedGrowth ? 2 : 1
        case .level: return max(0, c.working.compactMap { if case .number(_, let d) = $0 { d } else { nil } }.last ?? 0)
        case .perYear(let u, _): return u == .count ? 1 : 2
        }
    }

    static func number(_ v: Double, unit: ResultUnit, decimals d: Int, locale: NumberLocale, signed: Bool) -> String {
        switch unit {
        case .percent:
            return NumberFormat.percent(v, decimals: d, locale: locale, signed: signed)
        case .level(let u, let s):
            return NumberFormat.quantity(v, unit: u, scale: s, decimals: d, locale: locale)
        case .perYear(let u, let s):
            return NumberFormat.quantity(v, unit: u, scale: s, decimals: d, locale: locale) + locale.text(.perSuffix(.year))
        }
    }

    /// An observation's value with its qualifier ("more than 200", "hơn 200").
    public static func text(_ o: Observation, locale: NumberLocale) -> String {
        NumberFormat.observation(o, locale: locale, qualifier: true)
    }

    // MARK: - Explanations

    /// One line per number: what it is, its formula, the formula with the numbers put in, the
    /// interval the inputs' rounding and qualifiers allow, its inputs and its status.
    public static func explain(_ c: Computation, context: String, locale: NumberLocale) -> String {
        var parts = ["\(context): \(c.measure.label) = \(text(c, locale: locale))"]
        if !c.formula.isEmpty { parts.append("formula: \(c.formula)") }
        let w = c.working(locale)
        if !w.isEmpty { parts.append("worked: \(w)") }
        if let b = c.bounds, c.value != nil {
            let d = decimals(c) + 1
            let suffix: String
            switch c.unit {
            case .percent: suffix = "%"
            case .level(_, let s), .perYear(_, let s): suffix = s == .one ? "" : " \(s.rawValue)"
            }
            parts.append("rounding/qualifiers allow: \(GrowthCheck.describe(b, decimals: d, suffix: suffix, signed: c.unit == .percent, locale: locale))")
        }
        parts.append("inputs: \(c.inputs.joined(separator: ", "))")
        parts.append("status: \(c.outcome.status)" + (c.outcome.reason.isEmpty ? "" : " (\(c.outcome.reason))"))
        for n in c.notes { parts.append("note: \(n)") }
        return parts.joined(separator: "\n    ")
    }

    // MARK: - JSON

    /// Every field of a computation, for `--format json`.
    public static func json(_ c: Computation) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("measure", .string(c.measure.rawValue)),
            ("status", .string(c.outcome.status)),
            ("value", c.value.map { .number($0) } ?? .null),
        ]
        switch c.unit {
        case .percent: o.append(("unit", .string("percent")))
        case .level(let u, let s): o.append(("unit", .string(u.rawValue))); o.append(("scale", .string(s.rawValue)))
        case .perYear(let u, let s): o.append(("unit", .string(u.rawValue + "/year"))); o.append(("scale", .string(s.rawValue)))
        }
        if let b = c.bounds, c.value != nil {
            o.append(("bounds", .object([("lower", b.lower.map { .number($0) } ?? .null),
                                        ("upper", b.upper.map { .number($0) } ?? .null)])))
        }
        o.append(("reason", c.outcome.reason.isEmpty ? .null : .string(c.outcome.reason)))
        o.append(("formula", .string(c.formula)))
        o.append(("worked", .string(c.working(.en))))
        o.append(("inputs", .array(c.inputs.map { .string($0) })))
        if !c.notes.isEmpty { o.append(("notes", .array(c.notes.map { .string($0) }))) }
        return .object(o)
    }

    /// An observation as a JSON object: id, indicator, start, end, days, value, literal, unit, scale,
    /// qualifier, conference and preferred.
    public static func json(_ o: Observation) -> JSONValue {
        .object([("id", .string(o.id)), ("indicator", .string(o.indicator)),
                 ("start", o.period.start.map { .string($0.iso) } ?? .null), ("end", .string(o.period.end.iso)),
                 ("days", .number(Double(o.period.days))), ("value", .number(o.value)), ("literal", .string(o.literal)),
                 ("unit", .string(o.unit.rawValue)), ("scale", .string(o.scale.rawValue)),
                 ("qualifier", .string(o.qualifier.rawValue)), ("conference", .string(o.conference)),
                 ("preferred", .bool(o.preferred))])
    }

    /// A change with all its computations, for `--format json`.
    public static func json(_ c: PeriodChange) -> JSONValue {
        .object([("from", .string(c.from.id)), ("to", .string(c.to.id)),
                 ("elapsed_days", .number(Double(c.elapsedDays))),
                 ("computations", .array(c.computations.map(json))),
                 ("notes", .array(c.notes.map { .string($0) }))])
    }

    /// A stated growth figure's check, for `--format json`.
    public static func json(_ g: GrowthCheck) -> JSONValue {
        .object([
            ("id", .string(g.growth.id)), ("observation", .string(g.growth.observation)),
            ("indicator", g.indicator.map { .string($0.id) } ?? .null),
            ("stated_percent", .number(g.growth.percent)), ("literal", .string(g.growth.literal)),
            ("qualifier", .string(g.growth.qualifier.rawValue)), ("basis", .string(g.growth.basis.rawValue)),
            ("stated_bounds", .object([("lower", g.stated.lower.map { .number($0) } ?? .null),
                                       ("upper", g.stated.upper.map { .number($0) } ?? .null)])),
            ("implied_baseline", json(g.impliedBaseline)),
            ("verdict", .string(g.verdict.rawValue)), ("reason", .string(g.reason)),
            ("comparisons", .array(g.comparisons.map { c in
                .object([("baseline", .string(c.baseline.id)), ("designated", .bool(c.designated)),
                         ("match", c.matchNote.map { .string($0) } ?? .null),
                         ("computed_growth", json(c.computed)), ("verdict", .string(c.verdict.rawValue)),
                         ("reason", .string(c.reason))])
            })),
            ("notes", .array(g.notes.map { .string($0) })),
        ])
    }

    // MARK: - Growth checks

    /// One row per stated growth figure: what it states, the baseline it implies, the dataset's
    /// baseline, the growth computed from the levels, and the verdict.
    public static func checksTable(_ checks: [GrowthCheck], locale: NumberLocale) -> TextTable {
        let L = locale
        var t = TextTable(columns: [
            .init("id", L.text(.column(.statedGrowthCheck))),
            .init("indicator", L.text(.column(.indicatorAnalysed))),
            .init("level", L.text(.column(.level)), alignRight: true),
            .init("stated", L.text(.column(.stated)), alignRight: true),
            .init("implied_baseline", L.text(.column(.impliedBaseline)), alignRight: true),
            .init("baseline", L.text(.column(.datasetBaseline)), alignRight: true),
            .init("computed", L.text(.column(.computed)), alignRight: true),
            .init("verdict", L.text(.column(.verdict))),
        ])
        for c in checks {
            let level = c.level.map { text($0, locale: L) } ?? "–"
            let stated = c.growth.qualifier.prefix(locale: L)
                + NumberFormat.percent(c.growth.percent, decimals: c.growth.statedDecimals, locale: L, signed: true)
            let implied: String
            if let b = c.impliedBaseline.bounds, let lvl = c.level {
                let d = NumberFormat.decimalsOf(lvl.literal) + 1
                let v = c.impliedBaseline.value.map { number($0, unit: c.impliedBaseline.unit, decimals: d, locale: L, signed: false) } ?? "–"
                implied = "\(v) (\(GrowthCheck.describe(b, decimals: d, locale: L).replacingAll(" to ", with: "–")))"
            } else {
                implied = text(c.impliedBaseline, locale: L)
            }
            let main = c.comparisons.first
            t.rows.append([
                TextTable.Cell(c.growth.id),
                TextTable.Cell(c.indicator?.id ?? "–"),
                TextTable.Cell(level, value: c.level.map { .number($0.value) } ?? .null),
                TextTable.Cell(stated, value: .number(c.growth.percent)),
                TextTable.Cell(implied, value: c.impliedBaseline.value.map { .number($0) } ?? .null),
                main.map { TextTable.Cell(text($0.baseline, locale: L), value: .number($0.baseline.value)) } ?? TextTable.Cell("–", value: .null),
                main.map { cell($0.computed, locale: L) } ?? TextTable.Cell("–", value: .null),
                TextTable.Cell(c.verdict.label(L), value: .string(c.verdict.rawValue)),
            ])
        }
        return t
    }

    /// The reason behind each verdict, and the notes, as lines under the table.
    public static func checkNotes(_ checks: [GrowthCheck]) -> [String] {
        checks.map { c in
            var s = "\(c.growth.id) [\(c.verdict.label)]: \(c.reason)"
            for n in c.notes { s += "\n    note: \(n)" }
            if !c.growth.note.isEmpty { s += "\n    dataset note: \(c.growth.note)" }
            return s
        }
    }

    /// The formulas behind each check.
    public static func checkExplanations(_ checks: [GrowthCheck], locale: NumberLocale) -> [String] {
        var out: [String] = []
        for c in checks {
            out.append(explain(c.impliedBaseline, context: c.growth.id, locale: locale))
            for k in c.comparisons {
                out.append(explain(k.computed, context: "\(c.growth.id) vs \(k.baseline.id)"
                                   + (k.matchNote.map { " (\($0))" } ?? ""), locale: locale))
            }
        }
        return out
    }

    // MARK: - Series

    /// The figures of a series: period, length, value and per-year rate.
    public static func seriesTable(_ s: SeriesAnalysis, locale: NumberLocale) -> TextTable {
        let L = locale
        var t = TextTable(columns: [
            .init("observation", L.text(.column(.observation))),
            .init("conference", L.text(.column(.conference))),
            .init("period", L.text(.column(.period))),
            .init("days", L.text(.column(.days)), alignRight: true),
            .init("value", L.text(.column(.value)), alignRight: true),
        ])
        let stock = s.indicator.kind == .stock
        if !stock { t.columns.append(.init("per_year", L.text(.column(.perYear)), alignRight: true)) }
        for (o, r) in zip(s.observations, s.rates) {
            var row = [
                TextTable.Cell(o.id), TextTable.Cell(o.conference),
                TextTable.Cell(PeriodFormat.label(o.period, locale: L), value: .string(o.period.description)),
                .number(o.period.isInstant ? "" : NumberFormat.decimal(Double(o.period.days), locale: L),
                        o.period.isInstant ? nil : Double(o.period.days)),
                TextTable.Cell(text(o, locale: L), value: .number(o.value)),
            ]
            if !stock { row.append(cell(r, locale: L, signed: false)) }
            t.rows.append(row)
        }
        return t
    }

    /// One row per step of the series: absolute and percent change, and the per-year rate
    /// change (flows, rates) or CAGR (stocks).
    ///
    /// With `verdicts` (the comparison plan's pairs, one per change), a last column says what
    /// compares: the totals, the per-year rates, percentage points, or nothing and why.
    public static func changesTable(_ changes: [PeriodChange], verdicts: [PlanPair]? = nil, locale: NumberLocale) -> TextTable {
        let L = locale
        var t = TextTable(columns: [
            .init("from", L.text(.column(.from))), .init("to", L.text(.column(.to))),
            .init("change", L.text(.column(.change)), alignRight: true),
            .init("percent_change", L.text(.column(.percentChange)), alignRight: true),
        ])
        let rates = changes.contains { $0.rateChange != nil }, stocks = changes.contains { $0.cagr != nil }
        if rates {
            t.columns.append(.init("per_year_change", L.text(.column(.perYearRateChange)), alignRight: true))
            t.columns.append(.init("per_year_percent_change", L.text(.column(.percentChangeOfPerYearRate)), alignRight: true))
        }
        if stocks { t.columns.append(.init("cagr", "CAGR", alignRight: true)) }
        for c in changes {
            var row = [TextTable.Cell(c.from.id), TextTable.Cell(c.to.id), cell(c.absolute, locale: L), cell(c.percent, locale: L)]
            if rates { row += [cell(c.rateChange, locale: L), cell(c.ratePercentChange, locale: L)] }
            if stocks { row.append(cell(c.cagr, locale: L)) }
            t.rows.append(row)
        }
        if let verdicts, verdicts.count == changes.count {
            t.columns.append(.init("compares", L.text(.column(.whatCompares))))
            for (i, v) in verdicts.enumerated() { t.rows[i].append(TextTable.Cell(verdict(v, locale: L))) }
        }
        return t
    }

    /// What a pair of the comparison plan allows, in words: `totals`, `per-year rates`,
    /// `percentage points`, `stated growth`, each with `(approximate: …)`, or `not comparable: …`.
    public static func verdict(_ p: PlanPair, locale L: NumberLocale) -> String {
        if let r = p.refusal { return L.text(.notComparable) + r.text(L) }
        var s = L.text(.compares(p.measure))
        let approx = p.approximations
        if !approx.isEmpty { s += " (" + L.text(.approximate) + approx.map { $0.text(L) }.joined(separator: "; ") + ")" }
        return s
    }

    /// Notes on changes: the reason of each result without a value or with an approximate value,
    /// and the notes on periods.
    public static func changeNotes(_ changes: [PeriodChange]) -> [String] {
        var out: [String] = []
        for c in changes {
            // One line per distinct status and reason, naming the measures it applies to.
            var groups: [(key: String, measures: [String])] = []
            for k in c.computations where !k.outcome.reason.isEmpty {
                let key = "\(k.outcome.status): \(k.outcome.reason)"
                if let i = groups.firstIndex(where: { $0.key == key }) { groups[i].measures.append(k.measure.label) }
                else { groups.append((key, [k.measure.label])) }
            }
            var lines = groups.map { "\($0.measures.joined(separator: ", ")): \($0.key)" }
            for n in c.notes where !lines.contains(where: { $0.hasSuffix(n) }) { lines.append(n) }
            if !lines.isEmpty { out.append("\(c.from.id) → \(c.to.id): " + lines.joined(separator: "; ")) }
        }
        return out
    }

    /// One line per change, in `locale`'s words: what was computed between which figures, with its caveats.
    public static func changeExplanations(_ changes: [PeriodChange], locale: NumberLocale) -> [String] {
        changes.flatMap { c in c.computations.map { explain($0, context: "\(c.from.id) → \(c.to.id)", locale: locale) } }
    }

    /// Every computation of a growth report as one long table (for CSV): context, measure,
    /// status, value, bounds, formula, worked formula, inputs, and the verdict for the numbers
    /// of a stated growth check (empty otherwise).
    public static func computationsTable(_ items: [(String, Computation, String)], locale: NumberLocale) -> TextTable {
        var t = TextTable(columns: [
            .init("context", "Context"), .init("measure", "Measure"), .init("status", "Status"),
            .init("value", "Value", alignRight: true), .init("text", "Text"),
            .init("lower", "Lower", alignRight: true), .init("upper", "Upper", alignRight: true),
            .init("reason", "Reason"), .init("formula", "Formula"), .init("worked", "Worked"), .init("inputs", "Inputs"), .init("verdict", "Verdict"),
        ])
        for (ctx, c, verdict) in items {
            t.rows.append(computationRow(ctx, c, verdict, locale: locale))
        }
        return t
    }

    // Kept out of the loop above: Swift 6.3.1's optimiser (CopyPropagation) crashed on the
    // inlined array literal in a release build.
    static func computationRow(_ ctx: String, _ c: Computation, _ verdict: String, locale: NumberLocale) -> [TextTable.Cell] {
        var row: [TextTable.Cell] = []
        row.reserveCapacity(12)
        row.append(TextTable.Cell(ctx))
        row.append(TextTable.Cell(c.measure.rawValue))
        row.append(TextTable.Cell(c.outcome.status))
        let valueText: String
        if let v = c.value { valueText = NumberFormat.decimal(v, decimals: 6, locale: locale, grouping: false) } else { valueText = "" }
        row.append(.number(valueText, c.value))
        row.append(TextTable.Cell(text(c, locale: locale)))
        var lower: Double? = nil, upper: Double? = nil
        if c.value != nil, let b = c.bounds { lower = b.lower; upper = b.upper }
        row.append(.number("", lower))
        row.append(.number("", upper))
        row.append(TextTable.Cell(c.outcome.reason))
        row.append(TextTable.Cell(c.formula))
        row.append(TextTable.Cell(c.working(locale)))
        row.append(TextTable.Cell(c.inputs.joined(separator: " ")))
        row.append(TextTable.Cell(verdict))
        return row
    }

    // MARK: - Comparison

    /// The comparison as a wide table: for each period its figure, span and per-year rate; for
    /// each pair of consecutive periods the change, percent change, per-year rate percent change
    /// and CAGR.
    public static func comparisonTable(_ table: ComparisonTable, locale: NumberLocale) -> TextTable {
        let L = locale
        let hasRates = table.rows.contains { $0.indicator.kind != .stock }
        let hasStocks = table.rows.contains { $0.indicator.kind == .stock }
        var cols: [TextTable.Column] = [.init("indicator", L.text(.column(.indicatorAnalysed)))]
        for p in table.periods {
            cols.append(.init("\(p.label)", p.label, alignRight: true))
            cols.append(.init("\(p.label)_period", "\(p.label) " + L.text(.column(.periodOf))))
            if hasRates { cols.append(.init("\(p.label)_per_year", "\(p.label) " + L.text(.column(.perYearOf)), alignRight: true)) }
        }
        for (a, b) in zip(table.periods, table.periods.dropFirst()) {
            let pair = "\(a.label)→\(b.label)"
            cols.append(.init("change_\(pair)", L.text(.column(.deltaOf)) + pair, alignRight: true))
            cols.append(.init("percent_change_\(pair)", "% " + pair, alignRight: true))
            if hasRates { cols.append(.init("per_year_percent_change_\(pair)", L.text(.column(.percentPerYearRateOf)) + pair, alignRight: true)) }
            if hasStocks { cols.append(.init("cagr_\(pair)", "CAGR " + pair, alignRight: true)) }
        }
        var t = TextTable(columns: cols)
        for row in table.rows {
            var cells: [TextTable.Cell] = [TextTable.Cell(row.indicator.id)]
            for (sel, rate) in zip(row.cells, row.rates) {
                switch sel {
                case .found(let o, _, _):
                    cells.append(TextTable.Cell(text(o, locale: L), value: .number(o.value)))
                    cells.append(TextTable.Cell(PeriodFormat.label(o.period, locale: L), value: .string(o.period.description)))
                    if hasRates { cells.append(cell(rate, locale: L, signed: false)) }
                case .missing:
                    cells.append(TextTable.Cell(L.text(.status(.gap)), value: .null))
                    cells.append(TextTable.Cell(""))
                    if hasRates { cells.append(TextTable.Cell("")) }
                }
            }
            for ch in row.changes {
                switch ch {
                case .computed(let c):
                    cells += [cell(c.absolute, locale: L), cell(c.percent, locale: L)]
                    if hasRates { cells.append(cell(c.ratePercentChange, locale: L)) }
                    if hasStocks { cells.append(cell(c.cagr, locale: L)) }
                case .gap:
                    let g = TextTable.Cell(L.text(.status(.gap)), value: .null)
                    cells += [g, g] + (hasRates ? [g] : []) + (hasStocks ? [g] : [])
                }
            }
            t.rows.append(cells)
        }
        return t
    }

    /// Notes under the comparison: which figure each cell is, loose matches, alternatives the
    /// dataset keeps, gaps and the reasons of results without a value.
    public static func comparisonNotes(_ table: ComparisonTable, locale: NumberLocale) -> [String] {
        var out: [String] = []
        for row in table.rows {
            for (p, sel) in zip(table.periods, row.cells) {
                switch sel {
                case .found(let o, let note, let alts):
                    var s = "\(row.indicator.id) \(p.label): \(text(o, locale: locale)) = \(o.id) (\(o.period))"
                    if let note { s += "; \(note)" }
                    if !alts.isEmpty {
                        s += "; the dataset also has " + alts.map { "\(text($0, locale: locale)) (\($0.id), \($0.period))" }.joined(separator: ", ")
                    }
                    out.append(s)
                case .missing(let r):
                    out.append("\(row.indicator.id) \(p.label): gap: \(r)")
                }
            }
            for ch in row.changes {
                if case .computed(let c) = ch {
                    out += changeNotes([c]).map { "\(row.indicator.id) " + $0 }
                }
            }
            for (i, v) in row.verdicts.enumerated() {
                guard let r = v?.refusal else { continue }
                out.append("\(row.indicator.id) \(table.periods[i].label) → \(table.periods[i + 1].label): "
                           + locale.text(.notComparable) + r.text(locale))
            }
        }
        return out
    }

    /// Every number of the comparison with its formula and inputs.
    public static func comparisonExplanations(_ table: ComparisonTable, locale: NumberLocale) -> [String] {
        var out: [String] = []
        for row in table.rows {
            for (p, r) in zip(table.periods, row.rates) {
                if let r { out.append(explain(r, context: "\(row.indicator.id) \(p.label)", locale: locale)) }
            }
            for (i, ch) in row.changes.enumerated() {
                let ctx = "\(row.indicator.id) \(table.periods[i].label) → \(table.periods[i + 1].label)"
                switch ch {
                case .computed(let c): out += c.computations.dropFirst(0).filter { $0.measure != .perYearRate }
                    .map { explain($0, context: ctx, locale: locale) }
                case .gap(let r): out.append("\(ctx): gap (\(r))")
                }
            }
        }
        return out
    }

    /// The comparison with every computation, for `--format json`.
    public static func comparisonJSON(_ table: ComparisonTable) -> JSONValue {
        .object([
            ("periods", .array(table.periods.map { .string($0.label) })),
            ("rows", .array(table.rows.map { row in
                .object([
                    ("indicator", .string(row.indicator.id)),
                    ("kind", .string(row.indicator.kind.rawValue)),
                    ("cells", .array(zip(table.periods, zip(row.cells, row.rates)).map { p, cr in
                        switch cr.0 {
                        case .found(let o, let note, let alts):
                            return .object([("period", .string(p.label)), ("observation", json(o)),
                                            ("per_year", cr.1.map(json) ?? .null),
                                            ("match_note", note.map { .string($0) } ?? .null),
                                            ("alternatives", .array(alts.map { .string($0.id) }))])
                        case .missing(let r):
                            return .object([("period", .string(p.label)), ("status", .string("gap")), ("reason", .string(r))])
                        }
                    })),
                    ("changes", .array(row.changes.map { ch in
                        switch ch {
                        case .computed(let c): return json(c)
                        case .gap(let r): return .object([("status", .string("gap")), ("reason", .string(r))])
                        }
                    })),
                ])
            })),
        ])
    }

    /// A growth report (series, changes, stated growth checks) for `--format json`.
    public static func growthJSON(_ s: SeriesAnalysis?, checks: [GrowthCheck]) -> JSONValue {
        var o: [(String, JSONValue)] = []
        if let s {
            o.append(("indicator", .string(s.indicator.id)))
            o.append(("kind", .string(s.indicator.kind.rawValue)))
            o.append(("observations", .array(zip(s.observations, s.rates).map { ob, r in
                .object([("observation", json(ob)), ("per_year", r.map(json) ?? .null)])
            })))
            o.append(("changes", .array(s.steps.map(json))))
            o.append(("nested", .array(s.nested.map { n in
                .object([("inner", .string(n.inner.id)), ("outer", .string(n.outer.id)), ("note", .string(n.note))])
            })))
        }
        o.append(("stated_growth", .array(checks.map(json))))
        return .object(o)
    }
}
