/// Whether a stated growth figure agrees with the levels in the dataset.
public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// The growth computed from the levels, within the rounding and qualifiers of every figure,
    /// can equal the stated growth.
    case consistent
    /// No value within those intervals makes them agree.
    case inconsistent
    /// The dataset has no usable figure for the comparison period (the reason says why).
    case notCheckable = "not-checkable"

    /// The verdict in English words: `consistent`, `inconsistent`, `not checkable`.
    public var label: String {
        switch self {
        case .consistent: "consistent"
        case .inconsistent: "inconsistent"
        case .notCheckable: "not checkable"
        }
    }

    /// The verdict in `locale`'s language: `consistent`, `khớp`.
    public func label(_ locale: NumberLocale) -> String {
        locale.text(.verdict(self))
    }
}

/// A stated growth figure set against one figure of the dataset for its comparison period.
public struct BaselineComparison: Hashable, Sendable {
    /// The dataset's figure for the comparison period.
    public var baseline: Observation
    /// True for the figure the verdict rests on: the one the growth figure names, else the
    /// preferred one.
    public var designated: Bool
    /// How the figure was matched when not named by the growth figure.
    public var matchNote: String?
    /// The growth the two levels give, `(level / baseline − 1) × 100`, with the interval their
    /// rounding and qualifiers allow.
    public var computed: Computation
    /// Whether this comparison agrees with the stated growth.
    public var verdict: Verdict
    /// Why, with the numbers: the computed interval against the stated one.
    public var reason: String
}

/// The check of one stated growth figure: the baseline it implies, and how it compares with the
/// dataset's figures for the comparison period.
public struct GrowthCheck: Hashable, Sendable {
    /// The stated growth figure being checked.
    public var growth: ReportedGrowth
    /// The observation the growth describes.
    public var level: Observation?
    /// The indicator of `level`; nil when the level is missing.
    public var indicator: Indicator?
    /// The percentages the stated figure allows ("111" -> 110.5 to 111.5).
    public var stated: Interval
    /// `level / (1 + g / 100)`, with the interval the rounding of both figures allows.
    public var impliedBaseline: Computation
    /// One comparison per figure of the comparison period (the designated one first).
    public var comparisons: [BaselineComparison]
    /// The overall verdict: consistent when any comparison can agree.
    public var verdict: Verdict
    /// Why, in words, with the numbers of the deciding comparison.
    public var reason: String
    /// Caveats (several figures for the baseline period, an inferred period).
    public var notes: [String]

    /// Ids of every record the check uses.
    public var inputs: [String] {
        var ids = [growth.id]
        if let level { ids.append(level.id) }
        ids += comparisons.map(\.baseline.id)
        return ids
    }

    /// Checks `growth` against `dataset`.
    public init(growth g: ReportedGrowth, in dataset: Dataset) {
        growth = g
        stated = Interval.of(g)
        notes = []
        comparisons = []
        let level = dataset.observation(g.observation)
        self.level = level
        indicator = level.flatMap { dataset.indicator($0.indicator) }
        let formula = "level / (1 + g / 100)"
        guard let level, let indicator else {
            impliedBaseline = Computation(measure: .impliedBaseline,
                                          outcome: .gap(reason: "the observation \(g.observation) is not in the dataset"),
                                          unit: .percent, formula: formula, inputs: [g.id, g.observation])
            verdict = .notCheckable
            reason = "the growth figure describes \(g.observation), which is not in the dataset"
            return
        }
        let unit = ResultUnit.level(level.unit, level.scale)
        let levelI = Interval.of(level)
        let ex = GrowthCheck.exactness(level, g)
        let d = NumberFormat.decimalsOf(level.literal)
        if let b = GrowthMath.impliedBaseline(level: level.value, percent: g.percent) {
            impliedBaseline = Computation(
                measure: .impliedBaseline, outcome: .value(b, ex), unit: unit,
                bounds: GrowthMath.impliedBaseline(level: levelI, percent: stated), formula: formula,
                working: [.number(level.value, decimals: d), .text(" / (1 + "), .number(g.percent, decimals: g.statedDecimals),
                          .text(" / 100) = "), .number(b, decimals: d + 2)],
                inputs: [g.id, level.id],
                notes: ["stated \(g.literal)% allows \(GrowthCheck.describe(stated, decimals: g.statedDecimals + 1, suffix: "%")); \(level.id) allows \(GrowthCheck.describe(levelI, decimals: d + 2))"])
        } else {
            impliedBaseline = Computation(
                measure: .impliedBaseline,
                outcome: .undefined(reason: "a fall of \(g.literal)% leaves nothing: no baseline can be implied"),
                unit: unit, formula: formula, inputs: [g.id, level.id])
        }

        // The figures of the comparison period.
        let (candidates, searchNote) = GrowthCheck.candidates(for: g, level: level, indicator: indicator, in: dataset)
        for (i, (b, note)) in candidates.enumerated() {
            comparisons.append(GrowthCheck.compare(g, stated: stated, level: level, baseline: b, indicator: indicator,
                                                   designated: i == 0, matchNote: note))
        }
        guard let main = comparisons.first else {
            verdict = .notCheckable
            let implied = impliedBaseline.bounds.map { "; it implies a baseline of " + GrowthCheck.describe($0, decimals: d + 1) } ?? ""
            reason = searchNote + implied
            if let bp = g.baselinePeriod {
                notes += GrowthCheck.relatedFigures(g, stated: stated, level: level, period: bp, indicator: indicator, in: dataset)
            }
            return
        }
        verdict = main.verdict
        var r = main.reason
        let others = comparisons.dropFirst().filter { $0.verdict != main.verdict }
        if !others.isEmpty {
            r += ". The dataset's other figure(s) for this period disagree: "
                + others.map { "\(NumberFormat.observation($0.baseline, qualifier: true)) (\($0.baseline.id)) is \($0.verdict.label)" }
                    .joined(separator: ", ")
        }
        reason = r
        if let bp = g.baselinePeriod, main.baseline.period != bp {
            notes.append("the stated comparison period is \(bp); \(main.baseline.id) covers \(main.baseline.period)")
        }
        if indicator.kind == .flow, level.period.start != nil, main.baseline.period.start != nil,
           abs(level.period.days - main.baseline.period.days) * 50 > max(level.period.days, main.baseline.period.days) {
            notes.append("the two periods differ in length (\(main.baseline.period.days) and \(level.period.days) days): the stated growth compares totals, not per-year rates")
        }
        notes += GrowthCheck.relatedFigures(g, stated: stated, level: level, period: main.baseline.period, indicator: indicator, in: dataset)
    }

    /// Figures for the same comparison period under a related definition (`agreements-broad`
    /// beside `agreements`: same kind, unit and scope, ids of one family). They do not change the
    /// verdict; they show where another definition would disagree.
    static func relatedFigures(_ g: ReportedGrowth, stated: Interval, level: Observation, period: Period,
                               indicator: Indicator, in dataset: Dataset) -> [String] {
        let related = dataset.family(of: indicator).filter {
            $0.kind == indicator.kind && $0.unit == indicator.unit && $0.scope == indicator.scope
        }
        var out: [String] = []
        for r in related {
            let slack = indicator.kind == .stock ? 31 : 8
            for o in dataset.series(r.id, includeAlternatives: true) where o.period.isInstant == period.isInstant
                && abs((o.period.start ?? o.period.end).ordinal - (period.start ?? period.end).ordinal) <= slack
                && abs(o.period.end.ordinal - period.end.ordinal) <= slack {
                var other = o
                other.indicator = indicator.id  // compared as if it were the same definition
                let c = compare(g, stated: stated, level: level, baseline: other, indicator: indicator,
                                designated: false, matchNote: nil)
                out.append("under the related definition \(r.id), the same period has \(NumberFormat.observation(o, qualifier: true)) (\(o.id)): \(c.reason); that would be \(c.verdict.label). The verdict keeps the definitions apart")
            }
        }
        return out
    }

    // MARK: - Pieces

    static func exactness(_ o: Observation, _ g: ReportedGrowth) -> Exactness {
        var why: [String] = []
        if o.qualifier.isApproximate { why.append("\(o.id) is stated as \"\(NumberFormat.observation(o, qualifier: true))\"") }
        if g.qualifier.isApproximate { why.append("\(g.id) is stated as \"\(g.qualifier.prefix(locale: .en))\(g.literal)%\"") }
        return why.isEmpty ? .exact : .approximate(reason: why.joined(separator: "; "))
    }

    /// The figures that can serve as the baseline, the designated one first, each with a note on
    /// how it was matched; or none and the reason.
    static func candidates(for g: ReportedGrowth, level: Observation, indicator: Indicator,
                           in dataset: Dataset) -> ([(Observation, String?)], String) {
        let all = dataset.series(indicator.id, includeAlternatives: true).filter { $0.id != level.id }
        func samePeriod(_ b: Observation, note: String?) -> [(Observation, String?)] {
            [(b, note)] + all.filter { $0.id != b.id && $0.period == b.period }.map { ($0, "another figure for \(b.period)") }
        }
        func preferredFirst(_ c: [Observation]) -> [Observation] {
            c.filter(\.preferred) + c.filter { !$0.preferred }
        }
        if !g.baselineObservation.isEmpty {
            guard let b = dataset.observation(g.baselineObservation) else {
                return ([], "the growth figure names the baseline \(g.baselineObservation), which is not in the dataset")
            }
            return (samePeriod(b, note: nil), "")
        }
        if let bp = g.baselinePeriod {
            let exact = preferredFirst(all.filter { $0.period == bp })
            if let first = exact.first {
                return ([(first, "the figure for the stated comparison period \(bp)")]
                        + exact.dropFirst().map { ($0, "another figure for \(bp)") }, "")
            }
            // A figure whose period differs by a few days at either end (an article's date
            // against the conference's) still describes the comparison period.
            let slack = indicator.kind == .stock ? 31 : 8
            let near = preferredFirst(all.filter { o in
                o.period.isInstant == bp.isInstant
                    && abs((o.period.start ?? o.period.end).ordinal - (bp.start ?? bp.end).ordinal) <= slack
                    && abs(o.period.end.ordinal - bp.end.ordinal) <= slack
            })
            if let first = near.first {
                return (samePeriod(first, note: "no figure for exactly \(bp); \(first.period) is within \(slack) days of it at both ends"), "")
            }
            return ([], "no \(indicator.id) figure for the comparison period \(bp) in the dataset")
        }
        switch g.basis {
        case .previousPeriod, .statedPeriod:
            let series = dataset.series(indicator.id)
            let anchor = series.firstIndex { $0.id == level.id }
                ?? series.lastIndex { $0.period.end < level.period.end }.map { $0 + 1 }
            guard let i = anchor, i > 0 else {
                return ([], "no earlier \(indicator.id) figure in the dataset for the previous period")
            }
            let prev = series[i - 1]
            if let gap = SeriesAnalysis.missingPeriod(between: prev, and: level, indicator: indicator, in: dataset) {
                return ([], "the previous period has no figure: " + gap)
            }
            return (samePeriod(prev, note: "taken as the previous period: the figure before \(level.id) in the series"), "")
        case .yearOnYear:
            let s = (level.period.start ?? level.period.end), e = level.period.end
            guard let s1 = Day(year: s.year - 1, month: s.month, day: min(s.day, Day.daysIn(month: s.month, year: s.year - 1))),
                  let e1 = Day(year: e.year - 1, month: e.month, day: min(e.day, Day.daysIn(month: e.month, year: e.year - 1))) else {
                return ([], "no date a year before \(level.period)")
            }
            let target = Period(start: level.period.start == nil ? nil : s1, end: e1)
            if let b = preferredFirst(all.filter { $0.period == target }).first {
                return (samePeriod(b, note: "the same span a year earlier"), "")
            }
            return ([], "no \(indicator.id) figure for the same span a year earlier (\(target)) in the dataset")
        }
    }

    static func compare(_ g: ReportedGrowth, stated: Interval, level: Observation, baseline b: Observation,
                        indicator: Indicator, designated: Bool, matchNote: String?) -> BaselineComparison {
        let ids = [level.id, b.id]
        let f = "(level / baseline − 1) × 100"
        func fail(_ why: String, _ o: Outcome) -> BaselineComparison {
            BaselineComparison(baseline: b, designated: designated, matchNote: matchNote,
                               computed: Computation(measure: .computedGrowth, outcome: o, unit: .percent, formula: f, inputs: ids),
                               verdict: .notCheckable, reason: why)
        }
        if let why = PeriodChange.incompatibility(indicator: indicator, b, level) {
            return fail(why, .incompatible(reason: why))
        }
        let k = b.scale.factor / level.scale.factor
        let bv = b.value * k
        let bi = Interval.of(b).scaled(by: k), li = Interval.of(level)
        guard bv > 0, let computedI = GrowthMath.percentChange(from: bi, to: li),
              let pc = GrowthMath.percentChange(from: bv, to: level.value) else {
            let why = PeriodChange.baselineReason(b, bv)
            return fail(why, .undefined(reason: why))
        }
        let ex = PeriodChange.exactness(b, level)
        let db = NumberFormat.decimalsOf(b.literal) + (k == 1 ? 0 : 2), dl = NumberFormat.decimalsOf(level.literal)
        let computed = Computation(
            measure: .computedGrowth, outcome: .value(pc, ex), unit: .percent, bounds: computedI, formula: f,
            working: [.text("("), .number(level.value, decimals: dl), .text(" / "), .number(bv, decimals: db),
                      .text(" − 1) × 100 = "), .number(pc, decimals: 2), .text("%")],
            inputs: ids)
        let ok = computedI.overlaps(stated)
        let levelText = NumberFormat.observation(level, qualifier: true)
        let baseText = NumberFormat.observation(b, qualifier: true)
        let statedText = "\(g.qualifier.prefix(locale: .en))\(g.percent >= 0 ? "+" : "")\(g.literal)%"
        let dd = max(g.statedDecimals + 1, 1)
        var why = "\(levelText) against \(baseText) (\(b.id)) gives \(describe(computedI, decimals: dd, suffix: "%", signed: true)); "
            + "stated \(statedText) allows \(describe(stated, decimals: dd, suffix: "%", signed: true))"
        why += ok ? ": they overlap" : ": they do not overlap"
        return BaselineComparison(baseline: b, designated: designated, matchNote: matchNote, computed: computed,
                                  verdict: ok ? .consistent : .inconsistent, reason: why)
    }

    /// "199.53 to 200.48", "200.00" (a point), "at least 200", "at most 230.5", "any value".
    public static func describe(_ i: Interval, decimals: Int, suffix: String = "", signed: Bool = false,
                                locale: NumberLocale = .en) -> String {
        func n(_ x: Double) -> String {
            let s = NumberFormat.decimal(x, decimals: decimals, locale: locale)
            return (signed && x > 0 && s.contains(where: { $0.isNumber && $0 != "0" }) ? "+" : "") + s + suffix
        }
        switch (i.lower, i.upper) {
        case let (l?, u?): return n(l) == n(u) ? n(l) : "\(n(l)) to \(n(u))"
        case let (l?, nil): return "at least \(n(l))"
        case let (nil, u?): return "at most \(n(u))"
        case (nil, nil): return "any value"
        }
    }
}

extension Dataset {
    /// Checks every stated growth figure, in file order, or those of one indicator.
    public func checkGrowth(indicator: String? = nil) -> [GrowthCheck] {
        reportedGrowth
            .filter { g in indicator == nil || observation(g.observation)?.indicator == indicator }
            .map { GrowthCheck(growth: $0, in: self) }
    }
}
