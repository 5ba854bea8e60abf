extension ComparisonPlan {
    /// Makes the plan for `indicators` over `periods` (conferences, dates, spans), or over each
    /// indicator's whole series when `periods` is nil.
    ///
    /// - Parameters:
    ///   - dataset: the validated dataset.
    ///   - indicators: indicator ids, in the order the rows should have.
    ///   - periods: the periods asked for, in order; nil for every figure of each series.
    ///   - includeAlternatives: whole series only: keep the figures the dataset does not prefer.
    ///   - window: keep only figures whose period it accepts (a chart's date window); a named
    ///     period whose figure falls outside is a missing slot.
    /// - Throws: `AnalysisError.unknownIndicator` for an id the dataset does not have.
    public init(dataset: Dataset, indicators: [String], periods: [PeriodKey]? = nil,
                includeAlternatives: Bool = false, within window: ((Period) -> Bool)? = nil) throws(AnalysisError) {
        self.periods = periods
        var rows: [Row] = []
        for id in indicators {
            guard let indicator = dataset.indicator(id) else { throw .unknownIndicator(id) }
            var (slots, leftOut) = periods.map { Self.namedSlots(indicator, $0, dataset) }
                ?? Self.seriesSlots(indicator, dataset, includeAlternatives: includeAlternatives)
            if let window {
                if periods == nil {
                    slots.removeAll { !($0.period.map(window) ?? false) }
                } else {
                    for i in slots.indices where slots[i].hasValue && !(slots[i].period.map(window) ?? false) {
                        slots[i].content = .missing(reason: "outside the chart's dates")
                        slots[i].perYear = nil
                    }
                }
            }
            var pairs: [PlanPair] = []
            for (a, b) in zip(slots, slots.dropFirst()) {
                pairs.append(Self.pair(a, b, indicator: indicator, wholeSeries: periods == nil, dataset: dataset))
            }
            rows.append(Row(indicator: indicator, slots: slots, pairs: pairs, leftOut: leftOut))
        }
        self.rows = rows
    }

    // MARK: - Slots

    /// Every figure of the series in time order, without the figures for part of another
    /// figure's period.
    static func seriesSlots(_ ind: Indicator, _ dataset: Dataset, includeAlternatives: Bool) -> ([PlanSlot], [LeftOutFigure]) {
        let all = dataset.series(ind.id, includeAlternatives: includeAlternatives)
        let nested = ind.kind == .stock ? [] : SeriesAnalysis.nestedFigures(all)
        let inner = Set(nested.map(\.inner.id))
        let slots = all.filter { !inner.contains($0.id) }.map { reportedSlot($0, ind, key: nil, note: nil, alternatives: []) }
        let leftOut = nested.map { LeftOutFigure(observation: $0.inner, reason: .partOf(outer: $0.outer.id)) }
        return (slots, leftOut)
    }

    /// The figure of each period asked: each observation at most once, a part of a period left
    /// out when its whole period is in the plan, a gap before a figure with a stated growth
    /// filled by the baseline that growth implies.
    static func namedSlots(_ ind: Indicator, _ keys: [PeriodKey], _ dataset: Dataset) -> ([PlanSlot], [LeftOutFigure]) {
        var slots: [PlanSlot] = []
        var leftOut: [LeftOutFigure] = []
        for key in keys {
            switch dataset.select(ind.id, at: key) {
            case .found(let o, let note, let alternatives):
                if let first = slots.first(where: { $0.observation?.id == o.id }) {
                    leftOut.append(LeftOutFigure(observation: o, reason: .sameFigure(shownAt: first.key?.label ?? "", asked: key.label)))
                    continue
                }
                var slot = reportedSlot(o, ind, key: key, note: note, alternatives: alternatives)
                if case .span(let p) = key, o.period != p, let s = o.period.start, let ps = p.start,
                   ps <= s, o.period.end <= p.end {
                    slot.partial = true
                }
                slots.append(slot)
            case .missing(let reason):
                slots.append(PlanSlot(content: .missing(reason: reason), key: key, period: conferencePeriod(key, dataset),
                                      matchNote: nil, alternatives: [], partial: false, perYear: nil))
            }
        }
        // A figure for part of another slot's period is left out; one for part of a period the
        // dataset has but the plan does not is marked partial.
        if ind.kind != .stock {
            let reported = slots.compactMap(\.observation)
            let nestedInSlots = SeriesAnalysis.nestedFigures(reported)
            for n in nestedInSlots {
                slots.removeAll { $0.observation?.id == n.inner.id }
                leftOut.append(LeftOutFigure(observation: n.inner, reason: .partOf(outer: n.outer.id)))
            }
            let series = dataset.series(ind.id)
            for (i, s) in slots.enumerated() {
                guard let o = s.observation, !s.partial else { continue }
                if SeriesAnalysis.nestedFigures(series + (series.contains(o) ? [] : [o])).contains(where: { $0.inner.id == o.id }) {
                    slots[i].partial = true
                }
            }
        }
        // A gap right before a figure with a stated growth gets the baseline it implies.
        for i in slots.indices.dropLast() where !slots[i].hasValue {
            guard let next = slots[i + 1].observation else { continue }
            for g in dataset.reportedGrowth(for: next.id) where g.basis != .yearOnYear {
                let check = GrowthCheck(growth: g, in: dataset)
                guard let v = check.impliedBaseline.value, v.isFinite else { continue }
                let implied = ImpliedFigure(value: v, scale: next.scale, growth: g, decimals: NumberFormat.decimalsOf(next.literal))
                slots[i].content = .implied(implied)
                if let p = g.baselinePeriod { slots[i].period = p }
                slots[i].perYear = impliedPerYear(implied, period: g.baselinePeriod, ind)
                break
            }
        }
        return (slots, leftOut)
    }

    static func reportedSlot(_ o: Observation, _ ind: Indicator, key: PeriodKey?, note: String?, alternatives: [Observation]) -> PlanSlot {
        PlanSlot(content: .reported(o), key: key, period: o.period, matchNote: note, alternatives: alternatives,
                 partial: false, perYear: PeriodChange.perYearRate(of: o, indicator: ind))
    }

    /// The period a missing slot stands for: the span or date asked; nil for a conference, whose
    /// figure's dates are unknown when it has no figure.
    static func conferencePeriod(_ key: PeriodKey, _ dataset: Dataset) -> Period? {
        switch key {
        case .conference:
            // The span between two conferences is a guess, not a figure's period: none is given.
            return nil
        case .span(let p): return p
        case .date(let d): return .instant(d)
        }
    }

    /// The per-year rate of an implied flow over its stated comparison period; nil when the
    /// period is not stated (the span between two conferences is not a figure's period).
    static func impliedPerYear(_ f: ImpliedFigure, period: Period?, _ ind: Indicator) -> Computation? {
        guard ind.kind != .stock, let period, period.start != nil else { return nil }
        let o = Observation(id: f.growth.id, indicator: ind.id, period: period, value: f.value, unit: ind.unit,
                            scale: f.scale, qualifier: .about)
        return PeriodChange.perYearRate(of: o, indicator: ind)
    }

    // MARK: - Pairs

    /// True when two flows' periods differ in length by more than 5%.
    public static func lengthsDiffer(_ a: Period, _ b: Period) -> Bool {
        guard a.start != nil, b.start != nil else { return false }
        let da = a.days, db = b.days
        return abs(da - db) * 20 > max(da, db)
    }

    /// Compares two slots of one indicator: the measure, the change, and whether it may be
    /// stated. `wholeSeries` checks for a missing period between them (figures of the whole
    /// series are consecutive periods; periods named by the user are compared as asked).
    public static func pair(_ a: PlanSlot, _ b: PlanSlot, indicator ind: Indicator, wholeSeries: Bool, dataset: Dataset) -> PlanPair {
        let defaultMeasure: PlanPair.Measure = ind.unit == .percent ? .points : .levels
        func refuse(_ r: PlanReason, measure: PlanPair.Measure = defaultMeasure, change: PeriodChange? = nil) -> PlanPair {
            PlanPair(measure: measure, change: nil, perYearChange: nil, cagr: nil, periodChange: change, comparability: .notComparable(r))
        }
        switch (a.content, b.content) {
        case (.implied(let im), .reported):
            let g = im.growth
            // The growth as the source stated it: exact unless the source qualified it ("nearly").
            let exactness: Exactness = g.qualifier.isApproximate
                ? .approximate(reason: "stated as “\(g.qualifier.prefix(locale: .en))\(g.literal)%”") : .exact
            let c = Computation(measure: .percentChange, outcome: .value(g.percent, exactness),
                                unit: .percent, bounds: Interval.of(g), formula: "stated growth", inputs: [g.id, g.observation])
            return PlanPair(measure: .stated, change: c, perYearChange: nil, cagr: nil, periodChange: nil,
                            comparability: .approximate([.implied(growth: g.id)]))
        case (.reported, .implied):
            return refuse(.toImplied)
        case (.missing, _), (_, .missing), (.implied, .implied):
            return refuse(.missingFigure)
        case (.reported(let oa), .reported(let ob)):
            let pc = PeriodChange(indicator: ind, from: oa, to: ob)
            if let reason = PeriodChange.incompatibility(indicator: ind, oa, ob) { return refuse(.incompatible(reason), change: pc) }
            if oa.period == ob.period { return refuse(.samePeriod(from: oa.id, to: ob.id), change: pc) }
            if let n = SeriesAnalysis.nestedFigures([oa, ob]).first {
                return refuse(.nested(inner: n.inner.id, outer: n.outer.id), change: pc)
            }
            if wholeSeries, SeriesAnalysis.missingPeriod(between: oa, and: ob, indicator: ind, in: dataset) != nil {
                return refuse(.gap(from: oa.id, to: ob.id), change: pc)
            }
            for g in dataset.reportedGrowth(for: ob.id) where g.basis != .yearOnYear {
                let check = GrowthCheck(growth: g, in: dataset)
                if check.comparisons.contains(where: { $0.baseline.id == oa.id && $0.verdict == .inconsistent }) {
                    return refuse(.contradicted(growth: g.id, level: ob.id, baseline: oa.id), change: pc)
                }
            }
            let measure: PlanPair.Measure
            let change: Computation?
            if ind.unit == .percent {
                measure = .points
                change = pc.absolute
            } else if ind.kind == .flow && lengthsDiffer(oa.period, ob.period) {
                measure = .perYear
                change = pc.ratePercentChange
            } else {
                measure = .levels
                change = pc.percent
            }
            guard let change, change.value != nil else {
                let base = measure == .perYear ? pc.fromRate?.value : oa.value
                let r: PlanReason = base.map { $0 <= 0 } == true ? .nonPositiveBase(observation: oa.id)
                    : .undefined(change?.outcome.reason ?? "no change is defined")
                return refuse(r, measure: measure, change: pc)
            }
            var reasons: [PlanReason] = []
            let qualified = [oa, ob].filter { $0.qualifier.isApproximate }.map(\.id)
            if !qualified.isEmpty { reasons.append(.qualifier(observations: qualified)) }
            if ind.kind == .flow, let sa = oa.period.start, let sb = ob.period.start, sb <= oa.period.end, sa <= ob.period.end {
                reasons.append(.overlap(from: oa.id, to: ob.id))
            }
            for (s, o) in [(a, oa), (b, ob)] where s.partial { reasons.append(.partialPeriod(observation: o.id)) }
            // Periods the user named are compared as asked, but a period between them with no
            // figure is said (the pair is not "the previous period").
            if !wholeSeries, SeriesAnalysis.missingPeriod(between: oa, and: ob, indicator: ind, in: dataset) != nil {
                reasons.append(.gap(from: oa.id, to: ob.id))
            }
            return PlanPair(measure: measure, change: change,
                            perYearChange: ind.unit == .percent ? nil : pc.ratePercentChange,
                            cagr: pc.cagr, periodChange: pc,
                            comparability: reasons.isEmpty ? .comparable : .approximate(reasons))
        }
    }
}
