import IndicatorKit

/// Turns a `ChartSpec` and a dataset into a `Scene`, in named steps:
/// select (indicators and their figures) -> normalise (one unit, one scale) -> label (titles,
/// value labels with qualifiers, source line) -> lay out (`BriefingChart`, one file per layout under Charts/).
public enum ChartCompiler {
    /// Compiles a spec against a dataset.
    /// - Throws: `ChartError` (unknown indicator, mixed units, no data, no room), `ScaleError`,
    ///   or the measurer's `TextError` (a character no installed font has).
    public static func compile(_ spec: ChartSpec, _ dataset: Dataset, measurer: TextMeasurer,
                               theme: Theme? = nil) throws -> Scene {
        var theme = theme ?? Theme.briefing(spec.preset)
        // One colour per indicator in every chart of the dataset: keyed by its place in the dataset.
        if theme.colors.order.isEmpty { theme.colors = ColorAssignment(order: dataset.indicators.map(\.id)) }
        try checkOptions(spec)
        var scene = try briefingChart(spec, dataset, theme: theme).scene(measurer: measurer)
        scene.date = latestSourceDate(spec, dataset)?.iso
        return scene
    }

    /// Refuses an option the spec's kind does not draw, naming it (never silently ignored).
    /// - Throws: `ChartError.unsupportedOption`.
    static func checkOptions(_ spec: ChartSpec) throws {
        func refuse(_ option: String) throws { throw ChartError.unsupportedOption(kind: spec.kind.rawValue, option: option) }
        if spec.grouping == .byIndicator && spec.kind != .bar { try refuse("group-by: by-indicator (bar only)") }
        if spec.includeZero != nil && spec.kind != .line { try refuse("include-zero (line only; bars always start at zero)") }
        if spec.format != nil && spec.kind != .bar && spec.kind != .line { try refuse("number-format (bar and line only)") }
        if !spec.valueLabels && spec.kind != .bar && spec.kind != .line { try refuse("no-value-labels (bar and line only)") }
    }

    /// The briefing data of a briefing kind (period comparison, small multiples, growth, per-year,
    /// slope): figures from the dataset, changes and rates from the Analysis API, words written.
    public static func briefingData(_ spec: ChartSpec, _ dataset: Dataset) throws -> BriefingData {
        try BriefingBuilder.build(spec, dataset)
    }

    /// The comparison plan a spec draws: its indicators over its periods (conferences, dates,
    /// spans), or over each indicator's whole series. The one selection every chart kind uses.
    /// - Throws: `ChartError` for no indicators, an unknown indicator or a period not understood.
    public static func plan(_ spec: ChartSpec, _ dataset: Dataset) throws -> ComparisonPlan {
        guard !spec.indicators.isEmpty else { throw ChartError.noIndicators }
        for id in spec.indicators where dataset.indicator(id) == nil { throw ChartError.unknownIndicator(id) }
        let asked = try spec.periodKeys(in: dataset)
        do {
            return try ComparisonPlan(dataset: dataset, indicators: spec.indicators, periods: asked.isEmpty ? nil : asked,
                                      includeAlternatives: spec.includeAlternatives, within: spec.dates.map { w in { w.contains($0) } })
        } catch {
            throw ChartError.unknownIndicator(spec.indicators.first { dataset.indicator($0) == nil } ?? "")
        }
    }

    /// The chart a briefing spec describes, before layout.
    public static func briefingChart(_ spec: ChartSpec, _ dataset: Dataset, theme: Theme? = nil) throws -> BriefingChart {
        let data = spec.kind.isBriefing ? try briefingData(spec, dataset) : try SeriesChartBuilder.build(spec, dataset)
        let layout: BriefingChart.Layout
        switch spec.kind {
        case .bar: layout = .bars
        case .line: layout = .line
        case .smallMultiples: layout = .lines
        case .growth: layout = .diverging
        case .slope: layout = .slope
        default: layout = .columns
        }
        var anns: [(panel: Int?, annotation: ChartAnnotation)] = []
        for a in spec.annotations ?? [] {
            anns.append((a.indicator.flatMap { spec.indicators.firstIndex(of: $0) }, a))
        }
        var headers: [String]?
        if spec.kind == .slope, let c = spec.conferences, c.count >= 2 {
            headers = [c.first!, c.last!].map { key in
                dataset.conference(key).map { "\($0.id), \(PeriodFormat.month($0.start, locale: spec.locale))" } ?? key
            }
        }
        var chart = BriefingChart(data: data, layout: layout, theme: theme ?? Theme.briefing(spec.preset), size: spec.preset.size,
                                  annotations: anns, slopeHeaders: headers)
        chart.valueLabels = spec.valueLabels
        chart.includeZero = spec.includeZero ?? true
        chart.missingLabel = spec.locale.text(.chart(.notAvailable))
        return chart
    }

    /// Indicators share an axis when unit and counted noun agree.
    static func unitKey(_ i: Indicator) -> String {
        i.unitLabelEN.isEmpty ? i.unit.rawValue : "\(i.unit.rawValue) (\(i.unitLabelEN))"
    }

    /// The scale most figures are written in (ties go to the larger scale).
    static func commonScale(_ figures: [Observation]) -> Scale {
        var counts: [Scale: Int] = [:]
        for o in figures { counts[o.scale, default: 0] += 1 }
        return Scale.allCases.reversed().max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .one
    }

    static func defaultTitle(_ inds: [Indicator], locale: NumberLocale) -> String {
        let names = inds.map { $0.name(locale) }
        if names.count == 1 { return names[0] }
        return names.dropLast().joined(separator: ", ") + locale.text(.chart(.and)) + names.last!
    }

    /// What the values of `ind` at `scale` are, for a subtitle or an axis: `US$ billion`,
    /// `tỷ đồng`, `percent`, `percentage points`, `index (2015 = 100)`, `million tonnes`, or a
    /// count's noun (`agreements`).
    public static func unitPhrase(_ ind: Indicator, scale: Scale, locale: NumberLocale) -> String {
        let label = ind.unitLabel(locale)
        let scaleWord = locale.data.scaleNames[scale] ?? ""
        switch ind.unit.kind {
        case .currency: return locale.data.currencyUnit(ind.unit.currency!, scale)
        case .percent: return locale.text(.chart(.unitPercent))
        case .percentagePoints: return locale.text(.chart(.unitPoints))
        case .index: return locale.text(.chart(.unitIndex)) + (label.isEmpty ? "" : " (\(label))")
        case .count, .other:
            let noun = label.isEmpty ? locale.text(.chart(.unitNumber)) : label
            return scaleWord + noun
        }
    }

    static func defaultSubtitle(_ ind: Indicator, scale: Scale, figures: [Observation], locale: NumberLocale) -> String {
        let unit = unitPhrase(ind, scale: scale, locale: locale)
        let first = figures.map { $0.period.start ?? $0.period.end }.min()
        let last = figures.map(\.period.end).max()
        var s = unit.prefix(1).uppercased() + unit.dropFirst()
        if let a = first, let b = last { s += ", " + (a.year == b.year ? "\(a.year)" : "\(a.year)–\(b.year)") }
        return s
    }

    /// "Source: Publisher, “Title” (2024-01-05); ..." from the sources of the charted figures,
    /// in order of first use; more than three are summarised.
    public static func sourceLine(_ figures: [Observation], _ dataset: Dataset, locale: NumberLocale) -> String {
        var ids: [String] = []
        for o in figures where !o.source.isEmpty && !ids.contains(o.source) { ids.append(o.source) }
        return sourceLine(ids: ids, dataset, locale: locale)
    }

    /// The source line for source ids, in the order given.
    public static func sourceLine(ids: [String], _ dataset: Dataset, locale: NumberLocale) -> String {
        let sources = ids.compactMap { dataset.source($0) }
        guard !sources.isEmpty else { return "" }
        func cite(_ s: Source) -> String {
            var parts: [String] = []
            if !s.publisher.isEmpty { parts.append(s.publisher) }
            if !s.title.isEmpty { parts.append("“\(s.title)”") }
            var c = parts.joined(separator: ", ")
            if let d = s.date { c += " (\(PeriodFormat.day(d, locale: locale)))" }
            return c
        }
        let shown = sources.prefix(3).map(cite)
        var line = shown.joined(separator: "; ")
        if sources.count > 3 {
            line += locale.text(.chart(.moreSources(sources.count - 3)))
        }
        return locale.text(.chart(.sourcesLead(count: sources.count))) + line + "."
    }

    static func latestSourceDate(_ spec: ChartSpec, _ dataset: Dataset) -> Day? {
        let ids = Set(spec.indicators.flatMap { dataset.series($0, includeAlternatives: spec.includeAlternatives).map(\.source) })
        return ids.compactMap { dataset.source($0)?.date }.max()
    }
}
