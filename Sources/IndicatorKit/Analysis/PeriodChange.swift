/// The change of one indicator from one observation to another, with everything that makes
/// periods of different length comparable.
///
/// - Every kind: absolute change `b − a` and percent change `(b − a) / a × 100`.
/// - Flows: the per-year rate of each period over its real length in days, and the absolute and
///   percent change of that rate.
/// - Stocks: the compound annual growth rate over the days elapsed between the two dates.
/// - Rates: the rate per year (amounts scale by periods a year; growth per month or quarter is
///   compounded), and its changes.
///
/// Values are expressed in the scale of `to` (US$ bn when `to` is in billions).
public struct PeriodChange: Hashable, Sendable {
    /// The indicator both figures measure.
    public var indicator: Indicator
    /// The earlier figure (the baseline).
    public var from: Observation
    /// The later figure.
    public var to: Observation
    /// The scale the level results are written in.
    public var scale: Scale
    /// `to − from`, in `scale`.
    public var absolute: Computation
    /// `(to − from) / from × 100`; undefined for a baseline of zero or less.
    public var percent: Computation
    /// Per-year rate of `from` (flows and rates); nil for stocks.
    public var fromRate: Computation?
    /// Per-year rate of `to` (flows and rates); nil for stocks.
    public var toRate: Computation?
    /// `rate(to) − rate(from)` (flows and rates).
    public var rateChange: Computation?
    /// `(rate(to) − rate(from)) / rate(from) × 100` (flows and rates).
    public var ratePercentChange: Computation?
    /// Compound annual growth over the elapsed days (stocks).
    public var cagr: Computation?
    /// Days from the date of `from` to the date of `to` (stocks), or from the end of one period
    /// to the end of the other (flows).
    public var elapsedDays: Int
    /// The same time on the calendar (whole months and leftover days); CAGR uses its years.
    public var elapsed: CalendarSpan
    /// Caveats of the pair (periods of different length, overlap, approximate figures).
    public var notes: [String]

    /// Ids of the two observations.
    public var inputs: [String] { [from.id, to.id] }

    /// Every computation in display order.
    public var computations: [Computation] {
        [absolute, percent, fromRate, toRate, rateChange, ratePercentChange, cagr].compactMap { $0 }
    }

    /// Computes the change from `from` to `to` of `indicator`.
    public init(indicator: Indicator, from a: Observation, to b: Observation) {
        self.indicator = indicator
        self.from = a
        self.to = b
        self.scale = b.scale
        self.elapsedDays = b.period.end.ordinal - a.period.end.ordinal
        self.elapsed = CalendarSpan(from: a.period.end, to: b.period.end)
        var notes: [String] = []
        let ids = [a.id, b.id]
        let levelUnit = ResultUnit.level(b.unit, b.scale)

        // Compatibility first: a unit change inside a series makes every number meaningless.
        if let reason = PeriodChange.incompatibility(indicator: indicator, a, b) {
            let o = Outcome.incompatible(reason: reason)
            absolute = Computation(measure: .absoluteChange, outcome: o, unit: levelUnit, formula: "b − a", inputs: ids)
            percent = Computation(measure: .percentChange, outcome: o, unit: .percent, formula: "(b − a) / a × 100", inputs: ids)
            self.notes = [reason]
            return
        }

        let k = a.scale.factor / b.scale.factor  // a's value in b's scale = a.value * k
        let av = a.value * k, bv = b.value
        let ai = Interval.of(a).scaled(by: k), bi = Interval.of(b)
        let exactness = PeriodChange.exactness(a, b)
        let da = max(NumberFormat.decimalsOf(a.literal), b.scale == a.scale ? 0 : 2)
        let db = NumberFormat.decimalsOf(b.literal)
        let dl = max(da, db)
        let sameScale = a.scale == b.scale
        var aTerm: [WorkingTerm] = [.number(av, decimals: da)]
        if !sameScale {
            aTerm = [.text("("), .number(a.value, decimals: NumberFormat.decimalsOf(a.literal)),
                     .text(" \(a.scale.rawValue) → \(b.scale.rawValue))")]
            notes.append("\(a.id) is in \(a.scale.rawValue)s and \(b.id) in \(b.scale.rawValue)s; both are compared in \(b.scale.rawValue)s")
        }

        // Absolute change.
        let diff = bv - av
        absolute = Computation(
            measure: .absoluteChange, outcome: .value(diff, exactness), unit: levelUnit,
            bounds: GrowthMath.difference(bi, ai), formula: "b − a",
            working: [.number(bv, decimals: db), .text(" − ")] + aTerm + [.text(" = "), .number(diff, decimals: dl)],
            inputs: ids)

        // Percent change.
        let pcFormula = "(b − a) / a × 100"
        if let pc = GrowthMath.percentChange(from: av, to: bv) {
            percent = Computation(
                measure: .percentChange, outcome: .value(pc, exactness), unit: .percent,
                bounds: GrowthMath.percentChange(from: ai, to: bi), formula: pcFormula,
                working: [.text("("), .number(bv, decimals: db), .text(" − ")] + aTerm + [.text(") / ")] + aTerm
                    + [.text(" × 100 = "), .number(pc, decimals: 2), .text("%")],
                inputs: ids)
        } else {
            percent = Computation(measure: .percentChange, outcome: .undefined(reason: PeriodChange.baselineReason(a, av)),
                                  unit: .percent, formula: pcFormula, inputs: ids)
        }

        switch indicator.kind {
        case .flow, .rate:
            let ra = PeriodChange.perYear(a, indicator: indicator, scaleFactor: k)
            let rb = PeriodChange.perYear(b, indicator: indicator, scaleFactor: 1)
            fromRate = ra
            toRate = rb
            let (rc, rpc) = PeriodChange.rateChanges(ra, rb, ids: ids, exactness: exactness,
                                                     growthRate: indicator.kind == .rate && indicator.unit.kind == .percent)
            rateChange = rc
            ratePercentChange = rpc
            if indicator.kind == .flow, let sa = a.period.start, let sb = b.period.start {
                if ComparisonPlan.lengthsDiffer(a.period, b.period) {
                    notes.append("the periods differ in length by more than 5% (\(a.period.days) and \(b.period.days) days): compare the per-year rates, not the totals")
                }
                if sb <= a.period.end && sa <= b.period.end {
                    notes.append("the periods overlap (\(a.period) and \(b.period)): some of the flow may be counted in both")
                }
            }
            cagr = nil
        case .stock:
            fromRate = nil; toRate = nil; rateChange = nil; ratePercentChange = nil
            let days = elapsedDays
            let years = elapsed.years
            let f = "((b / a)^(1 / years) − 1) × 100"
            if days <= 0 {
                let why = days == 0 ? "both figures are for the same date (\(b.period.end)): no time elapses"
                                    : "\(b.id) is dated before \(a.id)"
                cagr = Computation(measure: .cagr, outcome: .undefined(reason: why), unit: .percent, formula: f, inputs: ids)
            } else if let g = GrowthMath.cagr(from: av, to: bv, years: years) {
                cagr = Computation(
                    measure: .cagr, outcome: .value(g, exactness), unit: .percent,
                    bounds: GrowthMath.cagr(from: ai, to: bi, years: years), formula: f,
                    working: [.text("((")] + [.number(bv, decimals: db), .text(" / ")] + aTerm
                        + [.text(")^(1 / \(Self.years(elapsed))) − 1) × 100 = "), .number(g, decimals: 2), .text("%")],
                    inputs: ids,
                    notes: ["\(elapsed) elapse from \(a.period.end) to \(b.period.end) (\(Self.years(elapsed)) years)"])
            } else {
                let why = av <= 0 ? PeriodChange.baselineReason(a, av)
                    : bv < 0 ? "\(b.id) is negative: no compound rate reaches it"
                    : "the compound rate overflows: \(elapsed) is too short a span for this change"
                cagr = Computation(measure: .cagr, outcome: .undefined(reason: why), unit: .percent, formula: f, inputs: ids)
            }
        }
        self.notes = notes
    }

    /// Replaces every change (not the per-year rates of the single periods) by a gap.
    public func gapped(_ reason: String) -> PeriodChange {
        var c = self
        for kp in [\PeriodChange.absolute, \PeriodChange.percent] {
            c[keyPath: kp].outcome = .gap(reason: reason); c[keyPath: kp].bounds = nil; c[keyPath: kp].working = []
        }
        for kp in [\PeriodChange.rateChange, \PeriodChange.ratePercentChange, \PeriodChange.cagr] where c[keyPath: kp] != nil {
            c[keyPath: kp]!.outcome = .gap(reason: reason); c[keyPath: kp]!.bounds = nil; c[keyPath: kp]!.working = []
        }
        c.notes.append(reason)
        return c
    }

    // MARK: - Pieces

    /// A span's length in years as shown in workings: up to 4 decimals, trailing zeros dropped
    /// (`5`, `0.25`, `2.9597`).
    static func years(_ span: CalendarSpan) -> String {
        var s = NumberFormat.decimal(abs(span.years), decimals: 4, grouping: false)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Why two observations cannot be compared, or nil.
    static func incompatibility(indicator: Indicator, _ a: Observation, _ b: Observation) -> String? {
        if a.indicator != b.indicator {
            return "\(a.id) is \(a.indicator) and \(b.id) is \(b.indicator): different indicators"
        }
        if a.unit != b.unit {
            return "the unit changes inside the series: \(a.id) is in \(a.unit.rawValue), \(b.id) in \(b.unit.rawValue)"
        }
        if a.unit != indicator.unit || b.unit != indicator.unit {
            let odd = a.unit != indicator.unit ? a : b
            return "\(odd.id) is in \(odd.unit.rawValue) but \(indicator.id) is measured in \(indicator.unit.rawValue)"
        }
        if indicator.kind == .flow {
            for o in [a, b] where o.period.isInstant {
                return "\(o.id) is dated \(o.period.end) with no start, but \(indicator.id) is a flow over a period"
            }
        }
        for o in [a, b] where !o.value.isFinite {
            return "\(o.id) has no finite value"
        }
        return nil
    }

    static func exactness(_ obs: Observation...) -> Exactness {
        let q = obs.filter { $0.qualifier.isApproximate }
        guard !q.isEmpty else { return .exact }
        return .approximate(reason: q.map { "\($0.id) is stated as \"\(NumberFormat.observation($0, qualifier: true))\"" }
            .joined(separator: "; "))
    }

    static func baselineReason(_ a: Observation, _ av: Double) -> String {
        av == 0 ? "the baseline \(a.id) is zero: a percent change from zero is undefined"
                : "the baseline \(a.id) is negative (\(NumberFormat.decimal(av, decimals: 2))): a percent change from it has no meaning"
    }

    /// The per-year rate of a flow or a rate (annualised growth for a growth rate per month or
    /// quarter); nil for a stock.
    public static func perYearRate(of o: Observation, indicator: Indicator) -> Computation? {
        indicator.kind == .stock ? nil : perYear(o, indicator: indicator, scaleFactor: 1)
    }

    /// The per-year rate of one observation, in the scale `a.scale / scaleFactor`.
    static func perYear(_ o: Observation, indicator: Indicator, scaleFactor k: Double) -> Computation {
        let d = NumberFormat.decimalsOf(o.literal) + (k == 1 ? 0 : 2)
        let v = o.value * k
        let iv = Interval.of(o).scaled(by: k)
        let unitScale = k == 1 ? o.scale : Self.scale(o.scale.factor / k)
        let unit = ResultUnit.perYear(o.unit, unitScale)
        let ex = exactness(o)
        switch indicator.kind {
        case .flow:
            let f = "value / years"
            guard let start = o.period.start else {
                return Computation(measure: .perYearRate, outcome: .incompatible(reason: "\(o.id) has no start date: a flow needs a period"),
                                   unit: unit, formula: f, inputs: [o.id])
            }
            let span = o.period.span!
            let y = span.years
            guard let r = GrowthMath.perYear(v, years: y) else {
                return Computation(measure: .perYearRate, outcome: .undefined(reason: "\(o.id) ends before it starts"),
                                   unit: unit, formula: f, inputs: [o.id])
            }
            return Computation(
                measure: .perYearRate, outcome: .value(r, ex), unit: unit,
                bounds: Interval(lower: iv.lower.map { $0 / y }, upper: iv.upper.map { $0 / y }), formula: f,
                working: [.number(v, decimals: d), .text(" / \(years(span)) = "), .number(r, decimals: d + 2)],
                inputs: [o.id], notes: ["\(start)..\(o.period.end) is \(span) (\(years(span)) years)"])
        case .rate:
            let per = indicator.per ?? .year
            let n = per.perYear
            if indicator.unit.kind == .percent {
                let f = "((1 + g / 100)^\(NumberFormat.decimal(n)) − 1) × 100"
                guard let r = GrowthMath.annualise(v, per: per) else {
                    return Computation(measure: .annualisedGrowth, outcome: .undefined(reason: "\(o.id) falls by more than 100% per \(per.rawValue)"),
                                       unit: .percent, formula: f, inputs: [o.id])
                }
                func ann(_ x: Double?) -> Double? { x.flatMap { GrowthMath.annualise($0, per: per) } }
                return Computation(
                    measure: .annualisedGrowth, outcome: .value(r, ex), unit: .percent,
                    bounds: Interval(lower: ann(iv.lower), upper: ann(iv.upper)), formula: f,
                    working: [.text("((1 + "), .number(v, decimals: d), .text(" / 100)^\(NumberFormat.decimal(n)) − 1) × 100 = "),
                              .number(r, decimals: 2), .text("%")],
                    inputs: [o.id], notes: ["growth of \(NumberFormat.decimal(v, decimals: d))% per \(per.rawValue), compounded over \(NumberFormat.decimal(n)) \(per.rawValue)s"])
            }
            let f = "value × \(NumberFormat.decimal(n)) (\(per.rawValue)s a year)"
            let r = v * n
            return Computation(
                measure: .perYearRate, outcome: .value(r, ex), unit: unit,
                bounds: Interval(lower: iv.lower.map { $0 * n }, upper: iv.upper.map { $0 * n }), formula: f,
                working: [.number(v, decimals: d), .text(" × \(NumberFormat.decimal(n)) = "), .number(r, decimals: d)],
                inputs: [o.id])
        case .stock:
            return Computation(measure: .perYearRate, outcome: .incompatible(reason: "\(indicator.id) is a stock: it has no per-year rate"),
                               unit: unit, formula: "", inputs: [o.id])
        }
    }

    static func scale(_ factor: Double) -> Scale {
        Scale.allCases.first { $0.factor == factor } ?? .one
    }

    static func rateChanges(_ ra: Computation, _ rb: Computation, ids: [String], exactness: Exactness,
                            growthRate: Bool) -> (Computation, Computation) {
        let unit = growthRate ? ResultUnit.percent : rb.unit
        let f1 = growthRate ? "g(b) − g(a) (percentage points)" : "rate(b) − rate(a)"
        let f2 = "(rate(b) − rate(a)) / rate(a) × 100"
        let measure1: Measure = .perYearRateChange, measure2: Measure = .perYearRatePercentChange
        guard let x = ra.value, let y = rb.value else {
            let o = ra.value == nil ? ra.outcome : rb.outcome
            return (Computation(measure: measure1, outcome: o, unit: unit, formula: f1, inputs: ids),
                    Computation(measure: measure2, outcome: o, unit: .percent, formula: f2, inputs: ids))
        }
        let d = 2
        let ai = ra.bounds ?? .point(x), bi = rb.bounds ?? .point(y)
        let c1 = Computation(measure: measure1, outcome: .value(y - x, exactness), unit: unit,
                             bounds: GrowthMath.difference(bi, ai), formula: f1,
                             working: [.number(y, decimals: d), .text(" − "), .number(x, decimals: d), .text(" = "), .number(y - x, decimals: d)],
                             inputs: ids)
        let c2: Computation
        if let p = GrowthMath.percentChange(from: x, to: y) {
            c2 = Computation(measure: measure2, outcome: .value(p, exactness), unit: .percent,
                             bounds: GrowthMath.percentChange(from: ai, to: bi), formula: f2,
                             working: [.text("("), .number(y, decimals: d), .text(" − "), .number(x, decimals: d), .text(") / "),
                                       .number(x, decimals: d), .text(" × 100 = "), .number(p, decimals: 2), .text("%")],
                             inputs: ids)
        } else {
            let why = x == 0 ? "the per-year rate of \(ids[0]) is zero: a percent change from zero is undefined"
                             : "the per-year rate of \(ids[0]) is negative: a percent change from it has no meaning"
            c2 = Computation(measure: measure2, outcome: .undefined(reason: why), unit: .percent, formula: f2, inputs: ids)
        }
        return (c1, c2)
    }
}
