import IndicatorKit

/// Turns a `ChartSpec` and a dataset into a `Scene`, in named steps:
/// select (indicators and their figures) -> normalise (one unit, one scale) -> label (titles,
/// value labels with qualifiers, source line) -> lay out (`BarChart` or `LineChart`).
public enum ChartCompiler {
    /// Compiles a spec against a dataset.
    /// - Throws: `ChartError` (unknown indicator, mixed units, no data, no room), `ScaleError`,
    ///   or the measurer's `TextError` (a character no installed font has).
    public static func compile(_ spec: ChartSpec, _ dataset: Dataset, measurer: TextMeasurer,
                               theme: Theme? = nil) throws -> Scene {
        var theme = theme ?? Theme.briefing(spec.preset)
        // One colour per indicator in every chart of the dataset: keyed by its place in the dataset.
        if theme.colors.order.isEmpty { theme.colors = ColorAssignment(order: dataset.indicators.map(\.id)) }
        if spec.kind.isBriefing {
            var scene = try briefingChart(spec, dataset, theme: theme).scene(measurer: measurer)
            scene.date = latestSourceDate(spec, dataset)?.iso
            return scene
        }
        let data = try chartData(spec, dataset)
        var scene: Scene
        switch spec.kind {
        case .bar:
            scene = try BarChart(data: data, theme: theme, size: spec.preset.size, valueLabels: spec.valueLabels,
                                 missingLabel: spec.locale == .vi ? "không có" : "n/a").scene(measurer: measurer)
        case .line:
            scene = try LineChart(data: data, theme: theme, size: spec.preset.size, valueLabels: spec.valueLabels,
                                  includeZero: spec.includeZero ?? true, locale: spec.locale).scene(measurer: measurer)
        default:
            throw ChartError.noData("kind \(spec.kind.rawValue) is drawn by BriefingChart")
        }
        scene.altText = altText(data, locale: spec.locale)
        scene.date = latestSourceDate(spec, dataset)?.iso
        return scene
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
        let data = try briefingData(spec, dataset)
        let layout: BriefingChart.Layout
        switch spec.kind {
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
        return BriefingChart(data: data, layout: layout, theme: theme ?? Theme.briefing(spec.preset), size: spec.preset.size,
                             annotations: anns, slopeHeaders: headers)
    }

    /// Alt text for a bar or line chart: the title and each series' first and last figure.
    static func altText(_ data: ChartData, locale: NumberLocale) -> String {
        var parts = [data.title + "."]
        for s in data.series {
            let pts = s.points.filter { $0.value != nil }
            guard let a = pts.first, let b = pts.last else { continue }
            if pts.count == 1 {
                parts.append("\(s.name): \(a.label) (\(a.category)).")
            } else {
                parts.append(locale == .vi ? "\(s.name): từ \(a.label) (\(a.category)) đến \(b.label) (\(b.category))."
                                           : "\(s.name): from \(a.label) (\(a.category)) to \(b.label) (\(b.category)).")
            }
        }
        return parts.joined(separator: " ")
    }

    /// The normalised data a spec charts: series, labels, number format, source line.
    public static func chartData(_ spec: ChartSpec, _ dataset: Dataset) throws -> ChartData {
        let locale = spec.locale
        // Select once, through the comparison plan: each figure at most once, parts of a period
        // left out when the whole is there, the periods asked when there are any.
        let plan = try plan(spec, dataset)
        let indicators = plan.rows.map(\.indicator)
        let figures = plan.rows.map(\.observations)
        for (i, f) in zip(indicators, figures) where f.isEmpty { throw ChartError.noData("indicator '\(i.id)' has no figures") }
        for f in figures.joined() where !f.value.isFinite {
            throw ChartError.nonFiniteValue(series: f.indicator, category: f.id, value: f.value)
        }

        // Normalise: one unit for the one axis, and the most common scale among the figures.
        let units = Set(indicators.map { unitKey($0) })
        if units.count > 1 {
            throw ChartError.mixedUnits(indicators.map { "\($0.id): \(unitKey($0))" })
        }
        let scale = commonScale(figures.flatMap { $0 })
        let unit = indicators[0].unit
        func value(_ o: Observation) -> Double { o.baseValue / scale.factor }
        func label(_ o: Observation) -> String { NumberFormat.observation(o, locale: locale, qualifier: true) }
        func periodLabel(_ o: Observation) -> String { PeriodFormat.label(o.period, locale: locale) }

        var series: [DataSeries] = []
        if spec.kind == .bar && spec.grouping == .byIndicator {
            // One series per period (in time order), one group per indicator.
            var periods: [Period] = []
            for o in figures.joined().sorted(by: { ($0.period.end, $0.period.start ?? $0.period.end) < ($1.period.end, $1.period.start ?? $1.period.end) })
            where !periods.contains(o.period) { periods.append(o.period) }
            for p in periods {
                let pts = zip(indicators, figures).map { (ind, f) -> DataPoint in
                    if let o = f.first(where: { $0.period == p }) {
                        return DataPoint(category: ind.name(locale), period: p, value: value(o), label: label(o))
                    }
                    return DataPoint(category: ind.name(locale), period: p, value: nil, label: "")
                }
                series.append(DataSeries(name: PeriodFormat.label(p, locale: locale), points: pts))
            }
        } else if spec.kind == .bar {
            // One group per period; indicators missing a period get a gap, not a zero.
            var periods: [Period] = []
            for o in figures.joined().sorted(by: { ($0.period.end, $0.period.start ?? $0.period.end) < ($1.period.end, $1.period.start ?? $1.period.end) })
            where !periods.contains(o.period) { periods.append(o.period) }
            for (ind, f) in zip(indicators, figures) {
                let pts = periods.map { p -> DataPoint in
                    if let o = f.first(where: { $0.period == p }) {
                        return DataPoint(category: periodLabel(o), period: p, value: value(o), label: label(o))
                    }
                    return DataPoint(category: PeriodFormat.label(p, locale: locale), period: p, value: nil, label: "")
                }
                series.append(DataSeries(name: ind.name(locale), points: pts))
            }
        } else {
            // Lines: each indicator's figures in time order, broken where the plan refuses the
            // pair (a missing period, a part of a period) or where totals of periods of different
            // length meet: a line between them would compare what does not compare.
            for row in plan.rows {
                var pts: [DataPoint] = []
                for (i, slot) in row.slots.enumerated() {
                    guard let o = slot.observation else { continue }
                    if i > 0, !BriefingBuilder.joins(row.pairs[i - 1], row.slots[i - 1], slot), !pts.isEmpty {
                        pts.append(DataPoint(category: "gap", period: nil, value: nil, label: ""))
                    }
                    pts.append(DataPoint(category: periodLabel(o), period: o.period, value: value(o), label: label(o)))
                }
                series.append(DataSeries(name: row.indicator.name(locale), points: pts))
            }
        }

        let title = spec.title ?? defaultTitle(indicators, locale: locale)
        let subtitle = spec.subtitle ?? defaultSubtitle(indicators[0], scale: scale, figures: Array(figures.joined()), locale: locale)
        let source = spec.source ?? sourceLine(Array(figures.joined()), dataset, locale: locale)
        let format = ValueFormat(spec.format ?? ValueFormat.forUnit(unit, scale: scale, locale: locale).kind,
                                 locale: locale, scale: scale, currency: unit.currency)
        return ChartData(title: title, subtitle: subtitle, source: source, format: format, series: series)
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
        let and = locale == .vi ? " và " : " and "
        return names.dropLast().joined(separator: ", ") + and + names.last!
    }

    /// What the values of `ind` at `scale` are, for a subtitle or an axis: `US$ billion`,
    /// `tỷ đồng`, `percent`, `percentage points`, `index (2015 = 100)`, `million tonnes`, or a
    /// count's noun (`agreements`).
    public static func unitPhrase(_ ind: Indicator, scale: Scale, locale: NumberLocale) -> String {
        let vi = locale == .vi
        let label = vi ? ind.unitLabelVI : ind.unitLabelEN
        let scaleWord = vi ? ["one": "", "thousand": "nghìn ", "million": "triệu ", "billion": "tỷ "][scale.rawValue]!
                           : ["one": "", "thousand": "thousand ", "million": "million ", "billion": "billion "][scale.rawValue]!
        switch ind.unit.kind {
        case .currency:
            let c = ind.unit.currency!
            if vi { return scaleWord + c.suffixVI }
            let sym = c.prefixEN.hasSuffix(" ") ? String(c.prefixEN.dropLast()) : c.prefixEN
            return scale == .one ? sym : sym + " " + scaleWord.dropLast()
        case .percent: return vi ? "phần trăm" : "percent"
        case .percentagePoints: return vi ? "điểm phần trăm" : "percentage points"
        case .index: return (vi ? "chỉ số" : "index") + (label.isEmpty ? "" : " (\(label))")
        case .count, .other:
            let noun = label.isEmpty ? (vi ? "số lượng" : "number") : label
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
            let more = sources.count - 3
            line += locale == .vi ? "; và \(more) nguồn khác" : "; and \(more) more"
        }
        let lead = locale == .vi ? "Nguồn: " : (sources.count > 1 ? "Sources: " : "Source: ")
        return lead + line + "."
    }

    static func latestSourceDate(_ spec: ChartSpec, _ dataset: Dataset) -> Day? {
        let ids = Set(spec.indicators.flatMap { dataset.series($0, includeAlternatives: spec.includeAlternatives).map(\.source) })
        return ids.compactMap { dataset.source($0)?.date }.max()
    }
}
