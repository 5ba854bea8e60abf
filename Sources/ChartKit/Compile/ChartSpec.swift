import IndicatorKit

/// What to chart: indicators, chart kind, labels, preset. Options left nil are chosen by the
/// compiler; a value set here always wins over the compiler's default.
public struct ChartSpec: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case bar, line
    }

    /// How grouped bars are arranged.
    public enum Grouping: String, Sendable, Codable, CaseIterable {
        /// One group per period, one bar per indicator.
        case byPeriod = "by-period"
        /// One group per indicator, one bar per period.
        case byIndicator = "by-indicator"
    }

    public var kind: Kind
    /// Indicator ids; they must share a unit (one value axis).
    public var indicators: [String]
    public var title: String?
    public var subtitle: String?
    /// The source line; nil builds it from the dataset's sources of the charted figures.
    public var source: String?
    public var preset: SizePreset
    public var locale: NumberLocale
    public var grouping: Grouping
    public var valueLabels: Bool
    /// Axis number format; nil picks one from the unit (currency for USD, percent, thousands).
    public var format: ValueFormat.Kind?
    /// Line charts only: start the value axis at zero (bars always do). Default true.
    public var includeZero: Bool?
    /// Include figures the dataset keeps but does not prefer.
    public var includeAlternatives: Bool

    public init(kind: Kind, indicators: [String], title: String? = nil, subtitle: String? = nil, source: String? = nil,
                preset: SizePreset = .slide, locale: NumberLocale = .en, grouping: Grouping = .byPeriod,
                valueLabels: Bool = true, format: ValueFormat.Kind? = nil, includeZero: Bool? = nil,
                includeAlternatives: Bool = false) {
        self.kind = kind; self.indicators = indicators; self.title = title; self.subtitle = subtitle
        self.source = source; self.preset = preset; self.locale = locale; self.grouping = grouping
        self.valueLabels = valueLabels; self.format = format; self.includeZero = includeZero
        self.includeAlternatives = includeAlternatives
    }
}
