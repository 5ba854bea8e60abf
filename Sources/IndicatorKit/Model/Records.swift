/// Where a record was read from: file, 1-based line and column. Used in every error message.
public struct SourcePosition: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Something measured: its names, unit and kind.
public struct Indicator: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var nameEN: String
    public var nameVI: String
    public var kind: IndicatorKind
    public var unit: MeasureUnit
    /// What one unit counts ("agreements", "visits"); empty for money and percentages.
    public var unitLabelEN: String
    public var unitLabelVI: String
    /// For rates: the time unit of the rate ("year", "month", "quarter").
    public var per: RatePer?
    /// Who the figure is about ("localities", "national").
    public var scope: String
    public var definition: String

    public init(id: String, nameEN: String, nameVI: String, kind: IndicatorKind, unit: MeasureUnit,
                unitLabelEN: String = "", unitLabelVI: String = "", per: RatePer? = nil,
                scope: String = "", definition: String = "") {
        self.id = id; self.nameEN = nameEN; self.nameVI = nameVI; self.kind = kind; self.unit = unit
        self.unitLabelEN = unitLabelEN; self.unitLabelVI = unitLabelVI; self.per = per
        self.scope = scope; self.definition = definition
    }

    public func name(_ locale: NumberLocale) -> String { locale == .vi ? nameVI : nameEN }
}

/// The time unit of a rate.
public enum RatePer: String, Sendable, Codable, CaseIterable {
    case year, quarter, month

    /// How many of this unit make a year.
    public var perYear: Double {
        switch self {
        case .year: 1
        case .quarter: 4
        case .month: 12
        }
    }
}

/// One figure as a source reported it.
public struct Observation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var indicator: String
    public var period: Period
    /// The value as written, in `scale` (51.53 for "US$ 51.53 billion").
    public var value: Double
    /// The number exactly as it appears in the CSV, kept to know its stated precision.
    public var literal: String
    public var unit: MeasureUnit
    public var scale: Scale
    public var qualifier: Qualifier
    /// Conference id the figure was reported at or for (may be empty).
    public var conference: String
    public var source: String
    public var quote: String
    /// The words the source used for the period ("in the past 3 years").
    public var periodLabel: String
    /// How the period's dates were read from the text.
    public var periodNote: String
    /// Whether this is the dataset's chosen figure where sources disagree.
    public var preferred: Bool
    public var note: String
    public var position: SourcePosition?

    public init(id: String, indicator: String, period: Period, value: Double, literal: String? = nil,
                unit: MeasureUnit, scale: Scale = .one, qualifier: Qualifier = .exact,
                conference: String = "", source: String = "", quote: String = "",
                periodLabel: String = "", periodNote: String = "", preferred: Bool = true,
                note: String = "", position: SourcePosition? = nil) {
        self.id = id; self.indicator = indicator; self.period = period; self.value = value
        self.literal = literal ?? NumberFormat.shortestDecimal(value.magnitude).withSign(value < 0); self.unit = unit; self.scale = scale
        self.qualifier = qualifier; self.conference = conference; self.source = source
        self.quote = quote; self.periodLabel = periodLabel; self.periodNote = periodNote
        self.preferred = preferred; self.note = note; self.position = position
    }

    /// The value in base units (dollars, not billions).
    public var baseValue: Double { value * scale.factor }
}

/// A growth figure stated by a source ("up 111 percent on the previous period"). It is data,
/// linked to the observation it describes, and never mixed with computed growth.
public struct ReportedGrowth: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The observation whose change this figure states.
    public var observation: String
    /// Percent, as stated (111 for "+111%", -54.8 for "down 54.8%").
    public var percent: Double
    /// The number exactly as written in the CSV, which fixes its rounding interval.
    public var literal: String
    public var qualifier: Qualifier
    public var basis: GrowthBasis
    /// The comparison period when the source names it, or the dataset infers it.
    public var baselinePeriod: Period?
    /// An observation in the dataset for the comparison period, when there is one.
    public var baselineObservation: String
    public var source: String
    public var quote: String
    public var note: String
    public var position: SourcePosition?

    public init(id: String, observation: String, percent: Double, literal: String? = nil,
                qualifier: Qualifier = .exact, basis: GrowthBasis = .previousPeriod,
                baselinePeriod: Period? = nil, baselineObservation: String = "",
                source: String = "", quote: String = "", note: String = "", position: SourcePosition? = nil) {
        self.id = id; self.observation = observation; self.percent = percent
        self.literal = literal ?? NumberFormat.shortestDecimal(percent.magnitude).withSign(percent < 0); self.qualifier = qualifier; self.basis = basis
        self.baselinePeriod = baselinePeriod; self.baselineObservation = baselineObservation
        self.source = source; self.quote = quote; self.note = note; self.position = position
    }

    /// Digits after the decimal point in the stated figure ("111" -> 0, "14.8" -> 1).
    public var statedDecimals: Int { Self.decimals(of: literal) }

    static func decimals(of literal: String) -> Int {
        guard let dot = literal.firstIndex(of: ".") else { return 0 }
        return literal[literal.index(after: dot)...].prefix { $0.isNumber }.count
    }
}

/// A conference at which figures are reported.
public struct Conference: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// Series id (`NFAC`, `DC`, `NCFA`).
    public var series: String
    public var ordinal: Int?
    public var nameEN: String
    public var nameVI: String
    public var start: Day
    public var end: Day
    public var location: String
    public var dateNote: String
    public var sourceURL: String

    public init(id: String, series: String, ordinal: Int?, nameEN: String, nameVI: String,
                start: Day, end: Day, location: String = "", dateNote: String = "", sourceURL: String = "") {
        self.id = id; self.series = series; self.ordinal = ordinal; self.nameEN = nameEN
        self.nameVI = nameVI; self.start = start; self.end = end; self.location = location
        self.dateNote = dateNote; self.sourceURL = sourceURL
    }

    public func name(_ locale: NumberLocale) -> String { locale == .vi ? nameVI : nameEN }
}

/// An article or page that figures are quoted from.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var publisher: String
    public var date: Day?
    public var dateNote: String
    public var url: String
    public var seedFile: String
    public var language: String
    /// An article (its figures carry verbatim quotes) or a data table (no quotes needed).
    public var kind: SourceKind

    public init(id: String, title: String, publisher: String, date: Day?, dateNote: String = "",
                url: String = "", seedFile: String = "", language: String = "en", kind: SourceKind = .article) {
        self.id = id; self.title = title; self.publisher = publisher; self.date = date
        self.dateNote = dateNote; self.url = url; self.seedFile = seedFile; self.language = language
        self.kind = kind
    }
}

extension String {
    func withSign(_ negative: Bool) -> String { negative ? "-" + self : self }
}
