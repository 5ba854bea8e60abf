import IndicatorKit

/// Builds the chart model of the kinds whose series share one axis (bar, line) from a dataset:
/// one panel with a series per indicator (or, bars grouped by indicator, per period), figures
/// selected like the other kinds (every figure, or those at the named conferences).
enum SeriesChartBuilder {
    /// The model of a bar or line spec.
    /// - Throws: `ChartError` (unknown indicator, mixed units, no data).
    static func build(_ spec: ChartSpec, _ dataset: Dataset) throws -> BriefingData {
        let locale = spec.locale
        // Select once, through the comparison plan.
        let plan = try ChartCompiler.plan(spec, dataset)
        let indicators = plan.rows.map(\.indicator)
        for row in plan.rows where !row.slots.contains(where: \.hasValue) {
            throw ChartError.noData("indicator '\(row.indicator.id)' has no figures")
        }
        let units = Set(indicators.map { ChartCompiler.unitKey($0) })
        if units.count > 1 { throw ChartError.mixedUnits(indicators.map { "\($0.id): \(ChartCompiler.unitKey($0))" }) }
        let observations = plan.rows.flatMap(\.observations)
        let scale = ChartCompiler.commonScale(observations)
        var notes = (spec.notes ?? []) + plan.rows.flatMap { BriefingBuilder.leftOutNotes($0, locale) }
        var series: [BriefingSeries] = []
        var unjoined = false
        for row in plan.rows {
            var figures: [BriefingFigure] = []
            for (i, slot) in row.slots.enumerated() where slot.hasValue || spec.kind == .bar {
                var f = BriefingBuilder.levelFigure(slot, row: row, scale: scale, locale)
                // A line joins two points only where the plan compares them (`BriefingBuilder.joins`).
                if spec.kind == .line, i > 0 {
                    f.joinsPrevious = BriefingBuilder.joins(row.pairs[i - 1], row.slots[i - 1], slot)
                    if !f.joinsPrevious && row.slots[i - 1].hasValue { unjoined = true }
                }
                figures.append(f)
            }
            if spec.kind == .bar {
                // Bars in time order, whatever order the periods were asked in.
                figures = figures.enumerated().sorted { ($0.element.period?.end.ordinal ?? 0, $0.offset) < ($1.element.period?.end.ordinal ?? 0, $1.offset) }
                    .map(\.element)
            }
            series.append(BriefingSeries(indicator: row.indicator.id, name: row.indicator.name(locale), figures: figures))
        }
        notes += plan.rows.flatMap { caveats($0, locale) }
        if spec.kind == .bar, series.contains(where: { $0.figures.contains { $0.approximate && !$0.derived && $0.value != nil } }) {
            notes.append(locale.text(.chart(.lighterBars(changes: false))))
        }
        if unjoined {
            notes.append(locale.text(.chart(.unjoinedNote)))
        }
        if spec.kind == .bar && spec.grouping == .byIndicator {
            // One series per period (in time order), one group per indicator.
            var periods: [(end: Int, label: String)] = []
            for s in series {
                for f in s.figures where !periods.contains(where: { $0.label == f.category }) {
                    periods.append((f.period?.end.ordinal ?? 0, f.category))
                }
            }
            periods = periods.enumerated().sorted { ($0.element.end, $0.offset) < ($1.element.end, $1.offset) }.map(\.element)
            series = periods.map { p in
                BriefingSeries(indicator: "period " + p.label, name: p.label.plainSpaces, figures: series.map { s in
                    var f = s.figures.first { $0.category == p.label } ?? BriefingFigure(category: s.name, value: nil, label: "")
                    f.category = s.name
                    return f
                })
            }
        }
        let format = ValueFormat(spec.format ?? ValueFormat.forUnit(indicators[0].unit, scale: scale, locale: locale).kind,
                                 locale: locale, scale: scale, currency: indicators[0].unit.currency)
        let panel = BriefingPanel(title: "", unit: "", format: format, figures: [],
                                  indicator: indicators.count == 1 ? indicators[0].id : nil, series: series)
        let title = spec.title ?? ChartCompiler.defaultTitle(indicators, locale: locale)
        let subtitle = spec.subtitle ?? ChartCompiler.defaultSubtitle(indicators[0], scale: scale, figures: observations, locale: locale)
        let source = spec.source ?? ChartCompiler.sourceLine(observations, dataset, locale: locale)
        return BriefingData(title: title, subtitle: subtitle, notes: notes, source: source, panels: [panel],
                            altText: AltText.text(title: title, series: series, notes: notes, locale: locale), locale: locale)
    }

    /// What a reader of bars or lines must know that the marks do not say, from the plan: totals of
    /// periods of different length side by side, pairs that do not compare (a missing period
    /// between them, one inside the other, a contradicted report), overlapping periods.
    static func caveats(_ row: ComparisonPlan.Row, _ L: NumberLocale) -> [String] {
        let name = row.indicator.name(L)
        var out: [String] = []
        if row.pairs.contains(where: { $0.measure == .perYear }) {
            let lengths = row.slots.compactMap { $0.observation?.period }.filter { $0.start != nil }
                .map { PeriodFormat.length($0, locale: L) }
            out.append(L.text(.chart(.totalsOfUnequalPeriods(name: name, lengths: lengths.joined(separator: ", ")))))
        }
        let say = BriefingBuilder.reasonInPeriods(row, L)
        for pair in row.pairs {
            if let r = pair.refusal {
                switch r {
                case .missingFigure, .toImplied, .samePeriod: continue
                default: out.append(L.text(.chart(.caveat(name: name, reason: say(r)))))
                }
            }
            for r in pair.approximations {
                if case .overlap = r { out.append(L.text(.chart(.caveat(name: name, reason: say(r))))) }
                if case .gap = r { out.append(L.text(.chart(.caveat(name: name, reason: say(r))))) }
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}
