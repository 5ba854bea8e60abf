import IndicatorKit

/// Builds the chart model (`BriefingData`) of the panel kinds from the comparison plan: the
/// plan decides which figure stands in each slot and which pairs compare by which measure; this
/// only writes them as values, labels, change marks, notes, titles and alt text.
enum BriefingBuilder {
    /// Builds the data of a panel kind (period comparison, small multiples, growth, per-year, slope).
    static func build(_ spec: ChartSpec, _ dataset: Dataset) throws -> BriefingData {
        let L = spec.locale
        let plan = try ChartCompiler.plan(spec, dataset)
        for row in plan.rows where !row.slots.contains(where: \.hasValue) {
            throw ChartError.noData("indicator '\(row.indicator.id)' has no figures for the periods asked")
        }
        var panels: [BriefingPanel] = []
        var notes: [String] = plan.rows.flatMap { leftOutNotes($0, L) }
        var measures = Set<ChangeMark.Measure>()
        var bars: [(name: String, mark: ChangeMark, label: String)] = []
        var unjoined = false
        switch spec.kind {
        case .periodComparison, .smallMultiples:
            for row in plan.rows {
                let sc = scale(row)
                var figs = row.slots.map { levelFigure($0, row: row, scale: sc, L) }
                // Small multiples draw lines, not change labels: their lines join only where the
                // plan compares, and a note says why a line is broken.
                let marks = spec.kind == .smallMultiples ? row.pairs.map { _ in nil } : row.pairs.map { mark($0, L) }
                if spec.kind == .smallMultiples {
                    for i in figs.indices.dropFirst() { figs[i].joinsPrevious = joins(row.pairs[i - 1], row.slots[i - 1], row.slots[i]) }
                    if figs.indices.dropFirst().contains(where: { !figs[$0].joinsPrevious && figs[$0].value != nil && figs[$0 - 1].value != nil }) {
                        unjoined = true
                    }
                } else {
                    notes += refusalNotes(row, pairs: row.neighbours,
                                          figures: figs, L)
                }
                measures.formUnion(marks.compactMap { $0?.measure })
                panels.append(BriefingPanel(title: row.indicator.name(L), unit: unitLine(row.indicator, scale: sc, L),
                                            format: ValueFormat.forUnit(row.indicator.unit, scale: sc, locale: L),
                                            figures: figs, changes: marks, indicator: row.indicator.id))
            }
            if plan.rows.count > 1 { notes.append(L.text(.chart(.ownScales))) }
            if unjoined { notes.append(L.text(.chart(.unjoinedNoteNoBands))) }
        case .slope:
            // A slope's line is the change: where the two ends are totals of periods of different
            // length, every flow's line joins its yearly rates (labelled "/yr"), so that what is
            // drawn is what compares.
            let ends = plan.rows.map { row in [row.slots.first(where: \.hasValue), row.slots.last(where: \.hasValue)].compactMap { $0 } }
            let pairs = zip(plan.rows, ends).map { row, e in
                e.count == 2 && e[0] != e[1] ? ComparisonPlan.pair(e[0], e[1], indicator: row.indicator, wholeSeries: false, dataset: dataset) : nil
            }
            let rates = pairs.contains { $0?.measure == .perYear }
            for ((row, e), pair) in zip(zip(plan.rows, ends), pairs) {
                let sc = scale(row)
                let asRates = rates && row.indicator.kind == .flow
                var figs = e.map { slot -> BriefingFigure in
                    guard asRates else { return levelFigure(slot, row: row, scale: sc, L) }
                    var f = perYearFigure(slot, row: row, scale: sc, L)
                    f.category = f.category.firstLine
                    if f.value != nil { f.label += L.text(.perSuffix(.year)) }
                    return f
                }
                var marks: [ChangeMark?] = []
                if let pair {
                    marks = [mark(pair, L, perYearKind: asRates)]
                    measures.formUnion(marks.compactMap { $0?.measure })
                    notes += refusalNotes(row, pairs: [(e[0], e[1], pair)], figures: figs, L)
                } else {
                    figs = Array(figs.prefix(1))
                }
                panels.append(BriefingPanel(title: row.indicator.name(L), unit: unitLine(row.indicator, scale: sc, L, perYear: asRates),
                                            format: ValueFormat.forUnit(row.indicator.unit, scale: sc, locale: L),
                                            figures: figs, changes: marks, indicator: row.indicator.id))
            }
            if rates { notes.append(L.text(.chart(.slopeRatesNote))) }
            if Set(plan.rows.map { ChartCompiler.unitKey($0.indicator) }).count > 1 { notes.append(L.text(.chart(.indexed))) }
        case .perYear:
            for row in plan.rows {
                let sc = scale(row)
                let figs = row.slots.map { perYearFigure($0, row: row, scale: sc, L) }
                // A change only between two rates drawn (a stock has none).
                let marks = row.pairs.enumerated().map { i, pair in
                    figs[i].value != nil && figs[i + 1].value != nil ? mark(pair, L, perYearKind: true) : nil
                }
                measures.formUnion(marks.compactMap { $0?.measure })
                notes += refusalNotes(row, pairs: row.neighbours,
                                      figures: figs, L)
                panels.append(BriefingPanel(title: row.indicator.name(L), unit: unitLine(row.indicator, scale: sc, L, perYear: true),
                                            format: ValueFormat.forUnit(row.indicator.unit, scale: sc, locale: L),
                                            figures: figs, changes: marks, indicator: row.indicator.id))
            }
            if !panels.contains(where: { $0.figures.contains { $0.value != nil } }) {
                throw ChartError.noData("no per-year rate to draw: \(plan.rows.map(\.indicator.id).joined(separator: ", ")) \(plan.rows.count == 1 ? "is a stock or has" : "are stocks or have") no figures over a period; use period-comparison or small-multiples")
            }
            notes.append(L.text(.chart(.perYearNote)))
        case .growth:
            let allPoints = plan.rows.allSatisfy { $0.indicator.unit == .percent }
            var figs: [BriefingFigure] = []
            for row in plan.rows {
                if row.indicator.unit == .percent && !allPoints { notes.append(L.text(.chart(.pointsLeftOut(name: row.indicator.name(L))))); continue }
                let sc = scale(row)
                let levels = row.slots.map { levelFigure($0, row: row, scale: sc, L) }
                notes += refusalNotes(row, pairs: row.neighbours,
                                      figures: levels, L)
                for (i, pair) in row.pairs.enumerated() {
                    guard let m = mark(pair, L) else { continue }
                    measures.insert(m.measure)
                    let derived = levels[i].derived || levels[i + 1].derived
                    let label = m.text
                    bars.append((row.indicator.name(L), m, label))
                    figs.append(BriefingFigure(// The periods first: where a crowded row keeps one line, they are what tells
                    // the rows apart (the name repeats, and the alt text has it whole).
                    category: levels[i].category + " → " + levels[i + 1].category + "\n" + row.indicator.name(L),
                                               value: m.value, label: label, derived: derived, approximate: m.bound != .exact,
                                               sources: levels[i].sources + levels[i + 1].sources))
                }
            }
            guard !figs.isEmpty else { throw ChartError.noData("no change can be computed: each indicator needs two comparable figures") }
            panels.append(BriefingPanel(title: "", unit: L.text(.chart(.growthAxis(points: allPoints, shown: plan.periods != nil))),
                                        format: ValueFormat(.percent, locale: L), figures: figs))
        case .bar, .line:
            throw ChartError.noData("not a panel kind")
        }
        if measures.contains(.perYear) && spec.kind != .perYear { notes.append(L.text(.chart(.perYearChangeNote))) }
        if measures.contains(.points) { notes.append(L.text(.chart(.pointsNote))) }
        notes += markerNotes(spec.kind, panels: panels, L)

        let title = spec.title ?? ChartTitle.automatic(spec, plan: plan, panels: panels, dataset: dataset, bars: bars)
        let subtitle = spec.subtitle ?? ChartTitle.subtitle(spec, dataset: dataset)
        let allNotes = (spec.notes ?? []) + notes
        let alt = AltText.text(title: title, kind: spec.kind, panels: panels, notes: allNotes, locale: L)
        let figures = panels.flatMap(\.figures).filter { $0.value != nil }
        return BriefingData(title: title, subtitle: subtitle, notes: allNotes,
                            source: spec.source ?? sources(figures, dataset, locale: L), panels: panels,
                            altText: alt, locale: L)
    }

    // MARK: - Figures

    /// The scale most of a row's figures are written in.
    static func scale(_ row: ComparisonPlan.Row) -> Scale {
        let obs = row.observations
        return obs.isEmpty ? (row.slots.compactMap(\.implied).first?.scale ?? .one) : ChartCompiler.commonScale(obs)
    }

    static func unitLine(_ ind: Indicator, scale: Scale, _ L: NumberLocale, perYear: Bool = false) -> String {
        ChartCompiler.defaultSubtitle(ind, scale: scale, figures: [], locale: L) + (perYear ? L.text(.chart(.perYearUnit)) : "")
    }

    /// A period label that breaks only around its dash: "Dec 2013 – Aug 2016" never splits "Dec 2013".
    static func unbreakable(_ label: String) -> String {
        label.components(separatedBy: " – ").map { $0.split(separator: " ").joined(separator: "\u{00A0}") }.joined(separator: " – ")
    }

    /// The category label of a slot: its period, or the conference asked for.
    static func category(_ slot: PlanSlot, _ L: NumberLocale) -> String {
        if let p = slot.period { return unbreakable(PeriodFormat.label(p, locale: L)) }
        if case .conference(let c)? = slot.key { return unbreakable(L.text(.chart(.periodOf(conference: c.id)))) }
        return slot.key?.label ?? ""
    }

    /// A slot's level in the row's scale.
    static func levelFigure(_ slot: PlanSlot, row: ComparisonPlan.Row, scale sc: Scale, _ L: NumberLocale) -> BriefingFigure {
        let cat = category(slot, L)
        switch slot.content {
        case .reported(let o):
            return BriefingFigure(category: cat, period: slot.period, value: o.baseValue / sc.factor,
                                  label: NumberFormat.observation(o, locale: L, qualifier: true),
                                  approximate: o.qualifier.isApproximate, sources: [o.source])
        case .implied(let im):
            let v = im.baseValue / sc.factor
            return BriefingFigure(category: cat, period: slot.period, value: v,
                                  label: L.text(.chart(.about)) + NumberFormat.quantity(v, unit: row.indicator.unit, scale: sc, decimals: im.decimals, locale: L),
                                  derived: true, sources: [im.growth.source])
        case .missing:
            return BriefingFigure(category: cat, period: slot.period, value: nil, label: L.text(.chart(.noFigure)))
        }
    }

    /// A slot's per-year rate (from the plan, which takes a rate's own time unit into account),
    /// its length under its period.
    static func perYearFigure(_ slot: PlanSlot, row: ComparisonPlan.Row, scale sc: Scale, _ L: NumberLocale) -> BriefingFigure {
        var cat = category(slot, L)
        let level = levelFigure(slot, row: row, scale: sc, L)
        guard let c = slot.perYear, let r = c.value, let p = slot.period else {
            return BriefingFigure(category: cat, period: slot.period, value: nil, label: L.text(.chart(.noRate)),
                                  derived: level.derived, sources: level.sources)
        }
        if p.start != nil {
            cat += "\n" + PeriodFormat.length(p, locale: L).split(separator: " ").joined(separator: "\u{00A0}")
        }
        let value: Double
        let text: String
        switch c.unit {
        case .perYear(_, let s):
            value = r * s.factor / sc.factor
            let d = value < 10 ? 2 : (value < 100 ? 1 : 0)
            text = NumberFormat.quantity(value, unit: row.indicator.unit, scale: sc, decimals: sc == .one && value >= 10 ? 0 : d, locale: L)
        case .percent, .level:
            value = r
            text = NumberFormat.percent(r, decimals: 1, locale: L)
        }
        let q = slot.observation.map { $0.qualifier.prefix(locale: L) } ?? L.text(.chart(.about))
        return BriefingFigure(category: cat, period: p, value: value, label: q + text, derived: level.derived,
                              approximate: level.approximate, sources: level.sources)
    }

    /// Whether a line may join two neighbouring points: not across a refused pair, and not
    /// between totals of periods of different length.
    static func joins(_ pair: PlanPair, _ a: PlanSlot, _ b: PlanSlot) -> Bool {
        guard a.hasValue, b.hasValue else { return false }
        switch pair.refusal {
        case .gap?, .nested?, .incompatible?, .contradicted?, .samePeriod?, .toImplied?: return false
        default: break
        }
        if pair.measure == .perYear { return false }
        if let pa = a.period, let pb = b.period, ComparisonPlan.lengthsDiffer(pa, pb), a.period?.start != nil { return false }
        return true
    }

    // MARK: - Change marks

    /// The change mark of a pair, or nil when the plan allows none. For a chart of per-year
    /// rates (`perYearKind`) the change of the rates drawn.
    static func mark(_ pair: PlanPair, _ L: NumberLocale, perYearKind: Bool = false) -> ChangeMark? {
        guard pair.isComparable else { return nil }
        let measure: ChangeMark.Measure
        let c: Computation?
        switch (pair.measure, perYearKind) {
        case (.points, _): measure = .points; c = pair.change
        case (.stated, true): return nil
        case (_, true): measure = .levels; c = pair.perYearChange
        case (.levels, false): measure = .levels; c = pair.change
        case (.perYear, false): measure = .perYear; c = pair.change
        case (.stated, false): measure = .stated; c = pair.change
        }
        guard let c, let v = c.value, v.isFinite else { return nil }
        let prefix = c.bound.prefix
        let text: String
        switch measure {
        case .points:
            text = prefix + NumberFormat.decimal(v, decimals: 1, locale: L).signed(v) + L.text(.pointsSuffix)
        case .perYear:
            text = changeText(v, prefix: prefix, L) + L.text(.perSuffix(.year))
        case .levels, .stated:
            text = changeText(v, prefix: prefix, L)
        }
        return ChangeMark(value: v, text: text, measure: measure, approximate: !pair.approximations.isEmpty, bound: c.bound)
    }

    /// `+111%`, `≥ +68%`, `−36%`: one decimal under 10%, none above.
    static func changeText(_ v: Double, prefix: String = "", _ L: NumberLocale) -> String {
        let d = abs(v) < 10 ? 1 : 0
        return prefix + NumberFormat.percent(v, decimals: d, locale: L, signed: true).replacingMinus()
    }

    // MARK: - Notes

    static func leftOutNotes(_ row: ComparisonPlan.Row, _ L: NumberLocale) -> [String] {
        row.leftOut.map { f in
            switch f.reason {
            case .sameFigure(let shownAt, let asked):
                return L.text(.chart(.shownOnce(asked: asked, shownAt: shownAt)))
            case .partOf(let outer):
                let whole = row.slots.first { $0.observation?.id == outer }?.period.map { PeriodFormat.label($0, locale: L) } ?? outer
                return L.text(.chart(.leftOutPart(name: row.indicator.name(L), part: PeriodFormat.label(f.observation.period, locale: L), whole: whole)))
            }
        }
    }

    /// A note for each refused pair whose two ends are drawn, saying why no change is shown, and
    /// for each change drawn between overlapping periods or across a period with no figure.
    static func refusalNotes(_ row: ComparisonPlan.Row, pairs: [(PlanSlot, PlanSlot, PlanPair)], figures: [BriefingFigure],
                             _ L: NumberLocale) -> [String] {
        let say = reasonInPeriods(row, L)
        var out: [String] = []
        for (a, b, pair) in pairs where a.hasValue && b.hasValue {
            if let r = pair.refusal {
                if case .toImplied = r { continue }
                out.append(L.text(.chart(.noChange(name: row.indicator.name(L), from: category(a, L).plainSpaces,
                                                   to: category(b, L).plainSpaces, reason: say(r)))))
                continue
            }
            for r in pair.approximations {
                switch r {
                case .gap, .overlap: out.append(L.text(.chart(.caveat(name: row.indicator.name(L), reason: say(r)))))
                default: break
                }
            }
        }
        return out
    }

    /// How a chart says a plan reason: readers see the figures' periods, not row ids.
    static func reasonInPeriods(_ row: ComparisonPlan.Row, _ L: NumberLocale) -> (PlanReason) -> String {
        let periods = Dictionary(row.slots.compactMap { s in s.observation.map { ($0.id, category(s, L).plainSpaces) } },
                                 uniquingKeysWith: { a, _ in a })
        return { r in r.text(L) { periods[$0] ?? L.text(.chart(.thatFigure)) } }
    }

    /// Notes that explain open markers and implied values where the chart draws them.
    static func markerNotes(_ kind: ChartSpec.Kind, panels: [BriefingPanel], _ L: NumberLocale) -> [String] {
        if kind == .smallMultiples,
           panels.contains(where: { $0.figures.contains { ($0.derived || $0.approximate) && $0.value != nil } }) {
            return [L.text(.chart(.openMarkers))]
        }
        var out: [String] = []
        if panels.contains(where: { $0.figures.contains { $0.derived && $0.value != nil } }) {
            out.append(kind == .slope || kind == .smallMultiples ? L.text(.chart(.impliedDrawn)) : L.text(.chart(.impliedHatched)))
        }
        if kind == .periodComparison || kind == .perYear || kind == .growth,
           panels.contains(where: { $0.figures.contains { $0.approximate && !$0.derived && $0.value != nil } }) {
            out.append(L.text(.chart(.lighterBars(changes: kind == .growth))))
        }
        return out
    }

    static func sources(_ figures: [BriefingFigure], _ dataset: Dataset, locale: NumberLocale) -> String {
        var ids: [String] = []
        for f in figures { for s in f.sources where !s.isEmpty && !ids.contains(s) { ids.append(s) } }
        guard !ids.isEmpty else { return "" }
        return ChartCompiler.sourceLine(ids: ids, dataset, locale: locale)
    }
}

extension String {
    /// `-36%` -> `−36%` (a true minus sign).
    func replacingMinus() -> String { hasPrefix("-") ? "−" + dropFirst() : self }

    /// A number with its sign: `+2.1`, `−1.5`.
    func signed(_ v: Double) -> String {
        if hasPrefix("-") { return "−" + dropFirst() }
        return v > 0 && contains(where: { $0.isNumber && $0 != "0" }) ? "+" + self : self
    }

    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
