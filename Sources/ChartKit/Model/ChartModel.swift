import IndicatorKit

/// One value drawn in a briefing chart: a reported figure, a rate computed from one, or a value
/// derived from a stated growth figure (drawn outlined, labelled "about").
public struct BriefingFigure: Sendable, Hashable {
    /// The axis label ("2019–2021", "Dec 2013 – Aug 2016, 2.7 yrs", an indicator name).
    public var category: String
    /// The period the value covers; nil for a figure not tied to one (a panel of indicators).
    public var period: Period?
    /// The value in the panel's unit and scale; nil is a gap.
    public var value: Double?
    /// The value as written for people, qualifier kept ("nearly 50", "about US$39.5 bn").
    public var label: String
    /// True when the value is derived (implied baseline), not reported.
    public var derived: Bool
    /// True when the source states the value with a qualifier ("nearly", "more than", "about").
    public var approximate: Bool
    /// Ids of the sources behind this value.
    public var sources: [String]
    /// False when a line must not join this figure to the one before it (a gap, or totals of
    /// periods of different length).
    public var joinsPrevious: Bool

    /// A figure; by default reported, exact, joined to the one before and with no period or sources.
    public init(category: String, period: Period? = nil, value: Double?, label: String, derived: Bool = false,
                approximate: Bool = false, sources: [String] = [], joinsPrevious: Bool = true) {
        self.category = category; self.period = period; self.value = value; self.label = label
        self.derived = derived; self.approximate = approximate; self.sources = sources; self.joinsPrevious = joinsPrevious
    }
}

/// One indicator (or one measure) with its own unit and scale.
public struct BriefingPanel: Sendable {
    /// The panel's title: the indicator or measure name.
    public var title: String
    /// The unit line under the panel title ("Agreements", "US$ billion").
    public var unit: String
    /// How the panel's values and ticks are written (unit, scale, decimals, locale).
    public var format: ValueFormat
    /// The values, one per category, in drawing order.
    public var figures: [BriefingFigure]
    /// The indicator the panel shows (its colour key); nil for a panel of several indicators.
    public var indicator: String?
    /// The change from figure `i` to `i + 1`, nil where the comparison plan allows none.
    public var changes: [ChangeMark?]
    /// Several series sharing this panel's axes (bar: grouped bars over the figures' categories;
    /// line: one line each over their periods). Empty for a panel of one series, `figures`.
    public var series: [BriefingSeries]

    /// A panel; without `series` it draws `figures` as its one series.
    public init(title: String, unit: String, format: ValueFormat, figures: [BriefingFigure], changes: [ChangeMark?] = [],
                indicator: String? = nil, series: [BriefingSeries] = []) {
        self.title = title; self.unit = unit; self.format = format; self.figures = figures
        self.changes = changes; self.indicator = indicator; self.series = series
    }

    /// The series drawn: `series`, or the panel's own figures as one series.
    public var drawnSeries: [BriefingSeries] {
        series.isEmpty ? [BriefingSeries(indicator: indicator, name: title, figures: figures)] : series
    }
}

/// One series of a panel whose series share its axes: an indicator's figures (or, for bars
/// grouped by indicator, one period's figures), named in the legend or by a direct label.
public struct BriefingSeries: Sendable {
    /// The colour key: an indicator id (the same colour in every chart), or another stable key.
    public var indicator: String?
    /// The name in the legend or direct label.
    public var name: String
    /// The figures: for bars, one per category (matched by `category`); for lines, in time order
    /// with `period` set and `joinsPrevious` false where the line must break.
    public var figures: [BriefingFigure]

    /// A series.
    public init(indicator: String?, name: String, figures: [BriefingFigure]) {
        self.indicator = indicator; self.name = name; self.figures = figures
    }
}

/// Everything a briefing chart shows, with the words already written.
public struct BriefingData: Sendable {
    /// The chart title, a sentence that says what the chart shows.
    public var title: String
    /// The line under the title (units, periods); empty for none.
    public var subtitle: String
    /// Notes printed above the source line ("Each panel has its own scale.").
    public var notes: [String]
    /// The source line at the bottom ("Source: ...").
    public var source: String
    /// The panels, each with its own unit and scale, in reading order.
    public var panels: [BriefingPanel]
    /// Alt text, written from the analysis in the chart's language.
    public var altText: String
    /// The language of the words and the number format.
    public var locale: NumberLocale

    /// Everything a briefing chart shows; subtitle, notes, source and alt text empty by default, English.
    public init(title: String, subtitle: String = "", notes: [String] = [], source: String = "",
                panels: [BriefingPanel], altText: String = "", locale: NumberLocale = .en) {
        self.title = title; self.subtitle = subtitle; self.notes = notes; self.source = source
        self.panels = panels; self.altText = altText; self.locale = locale
    }
}

/// A change drawn between two neighbouring figures: its value, how it is written, and what it
/// measures (so that a chart never writes a change of totals where per-year rates compare).
public struct ChangeMark: Sendable, Hashable {
    /// What the change compares.
    public enum Measure: Sendable, Hashable {
        /// Percent change of the two values as drawn (equal periods, stocks, rates).
        case levels
        /// Percent change of the per-year rates (totals of periods of different length).
        case perYear
        /// Difference in percentage points (indicators measured in percent).
        case points
        /// A growth figure a source stated, against the baseline it implies.
        case stated
    }

    /// The change in percent (or percentage points for `.points`).
    public var value: Double
    /// As written on the chart ("+111%", "≥ +68%", "−12%/yr", "+2.1 pp").
    public var text: String
    /// What the change compares: levels, per-year rates, percentage points, or a stated growth.
    public var measure: Measure
    /// True when the plan rates the pair approximate (qualifier, implied value, overlap).
    public var approximate: Bool
    /// How the value relates to the truth when an input is qualified.
    public var bound: Bound

    /// Whether a change is exact, a bound, or an estimate.
    public typealias Bound = ValueBound

    /// A change of `value` percent (or points), written `text`; exact unless `bound` says otherwise.
    public init(value: Double, text: String, measure: Measure, approximate: Bool = false, bound: Bound = .exact) {
        self.value = value; self.text = text; self.measure = measure; self.approximate = approximate; self.bound = bound
    }

    /// The direction the change certainly has: +1 up, -1 down, nil when the bound leaves it open
    /// or the change is nil.
    public var certainDirection: Int? {
        switch bound {
        case .exact: return value > 0 ? 1 : (value < 0 ? -1 : nil)
        case .atLeast: return value > 0 ? 1 : nil
        case .atMost: return value < 0 ? -1 : nil
        case .about: return nil
        }
    }
}
