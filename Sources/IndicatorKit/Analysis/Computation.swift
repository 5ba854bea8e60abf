/// How exactly a computed value follows from its inputs.
public enum Exactness: Hashable, Sendable {
    /// Computed from figures stated without a qualifier. Their rounding still gives `bounds`.
    case exact
    /// An input is qualified ("nearly", "more than", "about"): the value uses the figure as
    /// written and `bounds` says how far the truth may lie from it.
    case approximate(reason: String)
}

/// The result of one computation: a number, or the reason there is none.
///
/// Never an infinity, a NaN, a silent zero or a silently filled gap.
public enum Outcome: Hashable, Sendable {
    /// A finite value.
    case value(Double, Exactness)
    /// The formula has no value here (zero or negative baseline, no elapsed time).
    case undefined(reason: String)
    /// A period the computation needs has no figure.
    case gap(reason: String)
    /// The inputs cannot be compared (a unit change inside a series, a stock against a flow).
    case incompatible(reason: String)

    /// The value when there is one.
    public var value: Double? {
        if case .value(let v, _) = self { return v }
        return nil
    }

    /// True for a value computed from a qualified input.
    public var isApproximate: Bool {
        if case .value(_, .approximate) = self { return true }
        return false
    }

    /// The status word: `exact`, `approximate`, `undefined`, `gap` or `incompatible`.
    public var status: String {
        switch self {
        case .value(_, .exact): "exact"
        case .value(_, .approximate): "approximate"
        case .undefined: "undefined"
        case .gap: "gap"
        case .incompatible: "incompatible"
        }
    }

    /// Why there is no value, or why the value is approximate; empty for an exact value.
    public var reason: String {
        switch self {
        case .value(_, .exact): ""
        case .value(_, .approximate(let r)), .undefined(let r), .gap(let r), .incompatible(let r): r
        }
    }
}

/// What a computed number measures.
public enum Measure: String, Hashable, Sendable, Codable, CaseIterable {
    case level
    case absoluteChange = "absolute-change"
    case percentChange = "percent-change"
    case perYearRate = "per-year-rate"
    case perYearRateChange = "per-year-rate-change"
    case perYearRatePercentChange = "per-year-rate-percent-change"
    case cagr
    case annualisedGrowth = "annualised-growth"
    case impliedBaseline = "implied-baseline"
    case computedGrowth = "computed-growth"

    /// A short English label.
    public var label: String {
        switch self {
        case .level: "level"
        case .absoluteChange: "change"
        case .percentChange: "% change"
        case .perYearRate: "per year"
        case .perYearRateChange: "change per year"
        case .perYearRatePercentChange: "% change per year"
        case .cagr: "CAGR"
        case .annualisedGrowth: "annualised growth"
        case .impliedBaseline: "implied baseline"
        case .computedGrowth: "computed growth"
        }
    }
}

/// The unit of a computed number.
public enum ResultUnit: Hashable, Sendable {
    /// Percent (changes, CAGR, growth).
    case percent
    /// The indicator's unit at a scale (levels, absolute changes, baselines).
    case level(MeasureUnit, Scale)
    /// The indicator's unit at a scale, per year (flow rates).
    case perYear(MeasureUnit, Scale)
}

/// One computed number with everything needed to trace it: the formula, the formula with the
/// numbers put in, the observation and growth-figure ids it came from, and the interval that the
/// rounding and qualifiers of its inputs allow.
public struct Computation: Hashable, Sendable {
    /// What was computed (absolute change, percent change, per-year rate, CAGR, ...).
    public var measure: Measure
    /// The number, or why there is none (undefined, incompatible units).
    public var outcome: Outcome
    /// The unit of the number: percent, percentage points, the indicator's unit at a scale, or per year.
    public var unit: ResultUnit
    /// The values the rounding and qualifiers of the inputs allow; nil when not computed.
    public var bounds: Interval?
    /// The formula in symbols, e.g. `(b − a) / a × 100`.
    public var formula: String
    /// The formula with the inputs put in, e.g. `(422 − 200) / 200 × 100 = 111`; render it
    /// for a locale with `working(_:)`.
    public var working: [WorkingTerm]
    /// Ids of the observations and stated growth figures the number comes from.
    public var inputs: [String]
    /// Caveats a reader must see beside the number (approximate inputs, overlapping periods).
    public var notes: [String]

    /// A computation; `bounds`, `working` and `notes` are optional.
    public init(measure: Measure, outcome: Outcome, unit: ResultUnit, bounds: Interval? = nil,
                formula: String, working: [WorkingTerm] = [], inputs: [String], notes: [String] = []) {
        self.measure = measure; self.outcome = outcome; self.unit = unit; self.bounds = bounds
        self.formula = formula; self.working = working; self.inputs = inputs; self.notes = notes
    }

    /// The number, or nil when the outcome is undefined or incompatible.
    public var value: Double? { outcome.value }

    /// The formula with the inputs put in, with numbers written for `locale`.
    public func working(_ locale: NumberLocale) -> String {
        working.map { $0.text(locale) }.joined()
    }
}

/// A piece of a worked formula: text, or a number written with a fixed number of decimals.
public enum WorkingTerm: Hashable, Sendable {
    /// Words or symbols, written as they are.
    case text(String)
    /// A number, written with `decimals` decimals in the locale's format.
    case number(Double, decimals: Int)

    /// The term as text, numbers written for `locale` (`1,100.5` or `1.100,5`).
    public func text(_ locale: NumberLocale) -> String {
        switch self {
        case .text(let s): s
        case .number(let v, let d): NumberFormat.decimal(v, decimals: d, locale: locale)
        }
    }
}
