/// Where a record was read from: file, 1-based line and column. Used in every error message.
public struct SourcePosition: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as given to the reader (or an option's name, for an error about an option).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column: the field for a CSV error, the character for text.
    public var column: Int

    /// A position at `line` and `column` (both 1-based) of `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }

    /// `file:line:column`, as compilers and editors write it.
    public var description: String { "\(file):\(line):\(column)" }
}

/// Something measured: its names, unit and kind.
public struct Indicator: Hashable, Sendable, Codable, Identifiable {
    /// Short memorable id (`agreements`, `fdi`), used in options, specs and observations.
    public var id: String
    /// Short, chart-friendly English name.
    public var nameEN: String
    /// Vietnamese name with diacritics.
    public var nameVI: String
    /// Flow (accumulated over a period), stock (standing at a date) or rate (amount per time unit).
    public var kind: IndicatorKind
    /// Unit of the values before scale: a currency, a count, percent, percentage points, an index.
    public var unit: MeasureUnit
    /// What one unit counts ("agreements", "visits"); empty for money and percentages.
    public var unitLabelEN: String
    /// The Vietnamese `unitLabelEN` ("thỏa thuận"); empty for money and percentages.
    public var unitLabelVI: String
    /// For rates: the time unit of the rate ("year", "month", "quarter").
    public var per: RatePer?
    /// Who the figure is about ("localities", "national").
    public var scope: String
    /// What is counted, and caveats on comparability.
    public var definition: String

    /// An indicator; labels, rate unit, scope and definition are optional (empty or nil).
    public init(id: String, nameEN: String, nameVI: String, kind: IndicatorKind, unit: MeasureUnit,
                unitLabelEN: String = "", unitLabelVI: String = "", per: RatePer? = nil,
                scope: String = "", definition: String = "") {
        self.id = id; self.nameEN = nameEN; self.nameVI = nameVI; self.kind = kind; self.unit = unit
        self.unitLabelEN = unitLabelEN; self.unitLabelVI = unitLabelVI; self.per = per
        self.scope = scope; self.definition = definition
    }

    /// The indicator's name in each language.
    public var names: PerLanguage<String> { PerLanguage(en: nameEN, vi: nameVI) }
    /// The indicator's name in `locale`'s language.
    public func name(_ locale: NumberLocale) -> String { names[locale] }
    /// What one unit counts, in `locale`'s language ("agreements"); empty for money and percentages.
    public func unitLabel(_ locale: NumberLocale) -> String { PerLanguage(en: unitLabelEN, vi: unitLabelVI)[locale] }
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
    /// Stable unique id (`o-001`), cited by reported growth and in chart sidecars.
    public var id: String
    /// Id of the indicator the figure measures.
    public var indicator: String
    /// The period a flow or rate covers, or the single day a stock stands at.
    public var period: Period
    /// The value as written, in `scale` (51.53 for "US$ 51.53 billion").
    public var value: Double
    /// The number exactly as it appears in the CSV, kept to know its stated precision.
    public var literal: String
    /// The unit of `value`; always the indicator's unit.
    public var unit: MeasureUnit
    /// Multiplier of `value` (one, thousand, million, billion).
    public var scale: Scale
    /// How the source qualified the figure: exact, about, nearly, more than, at least.
    public var qualifier: Qualifier
    /// Conference id the figure was reported at or for (may be empty).
    public var conference: String
    /// Id of the source that reported the figure.
    public var source: String
    /// The source's exact words holding the figure; empty only for a source of kind `table`.
    public var quote: String
    /// The words the source used for the period ("in the past 3 years").
    public var periodLabel: String
    /// How the period's dates were read from the text.
    public var periodNote: String
    /// Whether this is the dataset's chosen figure where sources disagree.
    public var preferred: Bool
    /// Judgement calls, translations, conflicts and caveats.
    public var note: String
    /// Where the row was read (`observations.csv:12:1`); nil for figures built in code.
    public var position: SourcePosition?

    /// An observation. `literal` defaults to the shortest decimal that reads back as `value`.
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
    /// Stable unique id.
    public var id: String
    /// The observation whose change this figure states.
    public var observation: String
    /// Percent, as stated (111 for "+111%", -54.8 for "down 54.8%").
    public var percent: Double
    /// The number exactly as written in the CSV, which fixes its rounding interval.
    public var literal: String
    /// How the source qualified the percentage (exact, about, more than, ...).
    public var qualifier: Qualifier
    /// What the percentage compares with: the previous period, the year before, or a named period.
    public var basis: GrowthBasis
    /// The comparison period when the source names it, or the dataset infers it.
    public var baselinePeriod: Period?
    /// An observation in the dataset for the comparison period, when there is one.
    public var baselineObservation: String
    /// Id of the source that stated the growth.
    public var source: String
    /// Verbatim, contiguous excerpt of the source holding the percentage.
    public var quote: String
    /// Implied baseline, consistency checks, caveats.
    public var note: String
    /// Where the row was read (`reported_growth.csv:3:1`); nil for figures built in code.
    public var position: SourcePosition?

    /// A reported growth figure. `literal` defaults to the shortest decimal that reads back as `percent`.
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
    /// Event id: a series and an ordinal (`NFAC-18`, `DC-31`), or any id of letters, digits and hyphens.
    public var id: String
    /// Series id (`NFAC`, `DC`, `NCFA`).
    public var series: String
    /// Number of the conference within its series (18 for the 18th); nil when it has none.
    public var ordinal: Int?
    /// English name.
    public var nameEN: String
    /// Vietnamese name with diacritics.
    public var nameVI: String
    /// First day.
    public var start: Day
    /// Last day, on or after `start`.
    public var end: Day
    /// City where it was held; empty when not known.
    public var location: String
    /// How the dates were established, and conflicts between sources.
    public var dateNote: String
    /// Page that confirms the dates.
    public var sourceURL: String

    /// A conference held from `start` to `end` (inclusive).
    public init(id: String, series: String, ordinal: Int?, nameEN: String, nameVI: String,
                start: Day, end: Day, location: String = "", dateNote: String = "", sourceURL: String = "") {
        self.id = id; self.series = series; self.ordinal = ordinal; self.nameEN = nameEN
        self.nameVI = nameVI; self.start = start; self.end = end; self.location = location
        self.dateNote = dateNote; self.sourceURL = sourceURL
    }

    /// The conference's name in each language.
    public var names: PerLanguage<String> { PerLanguage(en: nameEN, vi: nameVI) }
    /// The conference's name in `locale`'s language.
    public func name(_ locale: NumberLocale) -> String { names[locale] }
}

/// An article or page that figures are quoted from.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    /// Stable short id (lowercase letters, digits, hyphens).
    public var id: String
    /// Headline of the article or page.
    public var title: String
    /// Outlet or site that published it.
    public var publisher: String
    /// Publication date; nil when not known to the day (`dateNote` says why).
    public var date: Day?
    /// How the date was established or why it is missing; other provenance remarks.
    public var dateNote: String
    /// Address of the page; at least one of `url` and `seedFile` is given.
    public var url: String
    /// File name of the verbatim copy in the dataset's `seeds/`; quotes must be substrings of it.
    public var seedFile: String
    /// Language of the quoted text: `en`, `vi` or `zh`.
    public var language: String
    /// An article (its figures carry verbatim quotes) or a data table (no quotes needed).
    public var kind: SourceKind

    /// A source; by default an English article.
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
