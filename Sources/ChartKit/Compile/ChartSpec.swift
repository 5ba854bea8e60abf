import IndicatorKit

/// What to chart: indicators, chart kind, labels, preset. Options left nil are chosen by the
/// compiler; a value set here always wins over the compiler's default.
public struct ChartSpec: Sendable, Codable, Hashable {
    /// The chart kinds; the raw value is the name specs and `--kind` use.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Bars per period (grouped when there are several indicators); lines over time.
        case bar, line
        /// One panel per indicator, one bar per period, the change labelled between bars.
        case periodComparison = "period-comparison"
        /// One panel per indicator (own unit and scale), a shared period axis.
        case smallMultiples = "small-multiples"
        /// Diverging bars of percent change between consecutive periods.
        case growth
        /// The yearly rate of each period, each period's length on its label.
        case perYear = "per-year"
        /// Two periods, one line per indicator, labelled at both ends.
        case slope

        /// Kinds built from the Analysis API in panels (`BriefingChart`).
        public var isBriefing: Bool { self != .bar && self != .line }
    }

    /// How grouped bars are arranged.
    public enum Grouping: String, Sendable, Codable, CaseIterable {
        /// One group per period, one bar per indicator.
        case byPeriod = "by-period"
        /// One group per indicator, one bar per period.
        case byIndicator = "by-indicator"
    }

    /// The chart kind.
    public var kind: Kind
    /// Indicator ids; they must share a unit (one value axis).
    public var indicators: [String]
    /// The title; nil lets the compiler write one from the indicators and periods.
    public var title: String?
    /// The line under the title; nil lets the compiler write one (units, periods), or none.
    public var subtitle: String?
    /// The source line; nil builds it from the dataset's sources of the charted figures.
    public var source: String?
    /// The page size and type sizes (slide, social, print column, ...).
    public var preset: SizePreset
    /// Language of the words and format of the numbers (en or vi).
    public var locale: NumberLocale
    /// Bar charts of several indicators: grouped by period or by indicator.
    public var grouping: Grouping
    /// Whether each bar or point carries its value as text (default true).
    public var valueLabels: Bool
    /// Axis number format; nil picks one from the unit (currency for USD, percent, thousands).
    public var format: ValueFormat.Kind?
    /// Line charts only: start the value axis at zero (bars always do). Default true.
    public var includeZero: Bool?
    /// Include figures the dataset keeps but does not prefer.
    public var includeAlternatives: Bool
    /// Briefing kinds: the conferences (`"18"`, `"NFAC-21"`), dates or spans whose figures are
    /// compared, in order; nil takes every figure of each indicator. A conference with no figure
    /// gets the baseline implied by the next figure's stated growth, drawn as derived.
    public var conferences: [String]?
    /// Notes printed above the source line, before the compiler's own notes.
    public var notes: [String]?
    /// Reference lines and text callouts.
    public var annotations: [ChartAnnotation]?
    /// Only figures whose whole period lies in this window; nil: no window.
    public var dates: DateWindow?

    /// A spec of `kind` for `indicators`; every other option has the default the property describes.
    public init(kind: Kind, indicators: [String], title: String? = nil, subtitle: String? = nil, source: String? = nil,
                preset: SizePreset = .slide, locale: NumberLocale = .en, grouping: Grouping = .byPeriod,
                valueLabels: Bool = true, format: ValueFormat.Kind? = nil, includeZero: Bool? = nil,
                includeAlternatives: Bool = false, conferences: [String]? = nil, notes: [String]? = nil,
                annotations: [ChartAnnotation]? = nil, dates: DateWindow? = nil) {
        self.conferences = conferences; self.notes = notes; self.annotations = annotations; self.dates = dates
        self.kind = kind; self.indicators = indicators; self.title = title; self.subtitle = subtitle
        self.source = source; self.preset = preset; self.locale = locale; self.grouping = grouping
        self.valueLabels = valueLabels; self.format = format; self.includeZero = includeZero
        self.includeAlternatives = includeAlternatives
    }
}

/// A reference line or a text callout drawn over a briefing chart's panels.
public struct ChartAnnotation: Sendable, Codable, Hashable {
    /// The annotation kinds; the raw value is the name specs use.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A horizontal line at `value` with `text` at its right end.
        case referenceLine = "reference-line"
        /// `text` placed near the figure of `period` (its category label), or near the top of the panel.
        case callout
    }

    /// A reference line or a callout.
    public var kind: Kind
    /// The panel's indicator id; nil applies to every panel.
    public var indicator: String?
    /// The value of a reference line, in the panel's unit and scale.
    public var value: Double?
    /// The category label a callout points at ("2021–2023").
    public var period: String?
    /// The words drawn: the reference line's label or the callout.
    public var text: String

    /// An annotation of `kind`; a reference line needs `value`, a callout may name a `period`.
    public init(kind: Kind, indicator: String? = nil, value: Double? = nil, period: String? = nil, text: String) {
        self.kind = kind; self.indicator = indicator; self.value = value; self.period = period; self.text = text
    }
}
