/// What a set of indicators can say about a set of periods, decided once by the analysis and read
/// by everything that draws or writes: charts, titles, alt text, the brief and the CLI.
///
/// For each indicator the plan chooses the figure that stands in each slot (each observation at
/// most once; a figure for part of a period left out when the whole period is there, marked when
/// it is not), and for each pair of neighbouring slots the measure that is comparable (percent
/// change of levels, of per-year rates, or percentage points; a stated growth against the
/// baseline it implies) and whether the pair is comparable, approximate or not comparable, with
/// the reasons kept as data (`PlanReason`), never as text to parse back.
public struct ComparisonPlan: Hashable, Sendable {
    /// The periods asked for, in order; nil when the plan covers each indicator's whole series.
    public var periods: [PeriodKey]?
    /// One row per indicator, in the order asked.
    public var rows: [Row]

    /// One indicator's slots and the pairs between neighbouring slots.
    public struct Row: Hashable, Sendable {
        /// The indicator of the row.
        public var indicator: Indicator
        /// The figures in order (periods asked, or the whole series in time order).
        public var slots: [PlanSlot]
        /// `pairs[i]` compares `slots[i]` with `slots[i + 1]`.
        public var pairs: [PlanPair]
        /// Figures the plan did not place in a slot, with the reason.
        public var leftOut: [LeftOutFigure]

        /// Each pair with the two slots it compares, in order.
        public var neighbours: [(PlanSlot, PlanSlot, PlanPair)] {
            pairs.indices.map { (slots[$0], slots[$0 + 1], pairs[$0]) }
        }

        /// The reported observations of the slots, in order.
        public var observations: [Observation] { slots.compactMap(\.observation) }
    }

    /// The row of an indicator.
    public func row(_ indicatorID: String) -> Row? { rows.first { $0.indicator.id == indicatorID } }
}

/// One slot of a plan row: a reported figure, a baseline implied by a stated growth figure, or
/// nothing (with the reason).
public struct PlanSlot: Hashable, Sendable {
    /// What stands in the slot.
    public enum Content: Hashable, Sendable {
        /// A figure of the dataset.
        case reported(Observation)
        /// No figure, but the next figure's stated growth implies one.
        case implied(ImpliedFigure)
        /// No figure; the reason says which period is missing.
        case missing(reason: String)
    }

    /// What fills the slot: a reported figure, an implied one, or nothing (with the reason).
    public var content: Content
    /// The period asked for, when the plan was made for named periods.
    public var key: PeriodKey?
    /// The period the slot covers: the figure's, the stated comparison period of an implied
    /// figure, or the conference's own period for a missing one (nil when unknown).
    public var period: Period?
    /// How the figure was matched when loosely (a twin conference, the overlapping period).
    public var matchNote: String?
    /// The other figures the dataset keeps for the same slot.
    public var alternatives: [Observation]
    /// True when the figure covers only part of the period asked (January to November of a year).
    public var partial: Bool
    /// The per-year rate of the slot's figure (flows and rates; an implied flow only when its
    /// period is stated); nil for stocks and missing figures.
    public var perYear: Computation?

    /// The reported observation, if any.
    public var observation: Observation? {
        if case .reported(let o) = content { return o }
        return nil
    }

    /// The implied figure, if any.
    public var implied: ImpliedFigure? {
        if case .implied(let i) = content { return i }
        return nil
    }

    /// True when the slot holds a value (reported or implied).
    public var hasValue: Bool {
        if case .missing = content { return false }
        return true
    }
}

/// A baseline implied by a stated growth figure: `level / (1 + g / 100)`.
public struct ImpliedFigure: Hashable, Sendable {
    /// The value in `scale`.
    public var value: Double
    /// The scale `value` is written in.
    public var scale: Scale
    /// The growth figure it comes from.
    public var growth: ReportedGrowth
    /// Decimals to write it with (those of the level it is implied from).
    public var decimals: Int

    /// The value in base units.
    public var baseValue: Double { value * scale.factor }
}

/// A figure of the dataset that the plan leaves out of its slots.
public struct LeftOutFigure: Hashable, Sendable {
    /// Why a figure is left out.
    public enum Reason: Hashable, Sendable {
        /// It covers part of the period of `outer`, which is in the plan.
        case partOf(outer: String)
        /// The same figure already stands for an earlier period asked (`shownAt`): a conference
        /// held in the same session reports the same figure.
        case sameFigure(shownAt: String, asked: String)
    }

    /// The figure left out.
    public var observation: Observation
    /// Why it is left out: it covers part of another figure's period, or already stands for an earlier period.
    public var reason: Reason
}

/// The comparison of two neighbouring slots.
public struct PlanPair: Hashable, Sendable {
    /// What the change compares.
    public enum Measure: String, Hashable, Sendable, Codable {
        /// Percent change of the values (stocks, rates, totals of periods of about equal length).
        case levels
        /// Percent change of the per-year rates: totals of periods whose lengths differ by more
        /// than 5%.
        case perYear = "per-year"
        /// Difference in percentage points: indicators measured in percent.
        case points
        /// The growth a source stated, against the baseline it implies.
        case stated
    }

    /// Whether the pair may be compared.
    public enum Comparability: Hashable, Sendable {
        case comparable
        /// A change can be given, but only as a bound or an estimate.
        case approximate([PlanReason])
        /// No change may be drawn or written.
        case notComparable(PlanReason)
    }

    /// What the change compares: levels, per-year rates, percentage points, or a stated growth.
    public var measure: Measure
    /// The change in the chosen measure (percent, or percentage points for `.points`); nil when
    /// the pair is not comparable.
    public var change: Computation?
    /// The percent change of the per-year rates (flows and rates), whatever the measure: what a
    /// chart of per-year rates labels.
    public var perYearChange: Computation?
    /// Compound annual growth between the two dates (stocks).
    public var cagr: Computation?
    /// Every computation between two reported figures.
    public var periodChange: PeriodChange?
    /// Whether a change may be given: exactly, only as a bound or estimate, or not at all.
    public var comparability: Comparability

    /// The change's value when the pair may be compared.
    public var value: Double? {
        if case .notComparable = comparability { return nil }
        return change?.value
    }

    /// True when the pair may be compared, exactly or approximately.
    public var isComparable: Bool {
        if case .notComparable = comparability { return false }
        return change?.value != nil
    }

    /// The reason the pair is not comparable, or nil.
    public var refusal: PlanReason? {
        if case .notComparable(let r) = comparability { return r }
        return nil
    }

    /// The reasons the pair is approximate (empty when exact or not comparable).
    public var approximations: [PlanReason] {
        if case .approximate(let r) = comparability { return r }
        return []
    }
}

/// Why a pair is approximate or not comparable. Wording in `PlanReason+Wording.swift`.
public enum PlanReason: Hashable, Sendable {
    /// A figure is stated with a qualifier ("more than 200").
    case qualifier(observations: [String])
    /// The two periods overlap: some of the flow is in both.
    case overlap(from: String, to: String)
    /// One end is a baseline implied by a stated growth figure.
    case implied(growth: String)
    /// A figure covers only part of its period.
    case partialPeriod(observation: String)
    /// A period between the two has no figure.
    case gap(from: String, to: String)
    /// One period lies inside the other.
    case nested(inner: String, outer: String)
    /// The baseline is zero or negative: a percent change from it has no meaning.
    case nonPositiveBase(observation: String)
    /// Different units or definitions (the analysis' reason).
    case incompatible(String)
    /// A source's stated growth for the later figure contradicts the levels: the two reports
    /// count differently.
    case contradicted(growth: String, level: String, baseline: String)
    /// Both figures are for the same period (alternatives).
    case samePeriod(from: String, to: String)
    /// One of the two slots has no figure.
    case missingFigure
    /// The later end is implied: no change is computed towards an estimate.
    case toImplied
    /// The computation has no value (the analysis' reason).
    case undefined(String)
}
