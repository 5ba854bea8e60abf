/// Every phrase the tools write for people, as a key; each language's catalogue
/// (`Catalogue+en.swift`, `Catalogue+vi.swift`) gives its text, switching over every case so that
/// the compiler refuses a catalogue with a missing translation.
///
/// Slots are associated values: names, periods and numbers already formatted for the language.
/// Read a message with ``NumberLocale/text(_:)``: `locale.text(.perSuffix(.year))`.
public enum Message: Sendable {
    // MARK: Numbers and periods
    /// After a rate's number: `/yr`, `/quarter`, `/month` (`/năm`, `/quý`, `/tháng`).
    case perSuffix(RatePer)
    /// After a change in percentage points: ` pp`, ` điểm %`.
    case pointsSuffix
    /// A period's length from its number of years: `2.7 yrs`, `2,7 năm`.
    case yearsLength(String)
    /// A table column's header.
    case column(Column)

    // MARK: Analysis
    /// The status of a computation without a value.
    case status(Status)
    /// A stated growth figure's verdict: `consistent`, `khớp`.
    case verdict(Verdict)
    /// What a pair of the comparison plan compares.
    case compares(PlanPair.Measure)
    /// Before a refused comparison's reason: `not comparable: `.
    case notComparable
    /// Before the reasons a comparison is approximate: `approximate: `.
    case approximate
    /// Why a comparison is refused or approximate, with the figures named by the caller.
    case reason(ReasonText)

    // MARK: Command line
    /// After an observation that is not the preferred one: `  (not preferred)`.
    case notPreferred
    /// Before a stated growth figure under an observation: `stated growth: `.
    case statedGrowthLead
    /// A section of `indicators growth`.
    case growthSection(GrowthSection)

    /// The status words of a computation without a value.
    public enum Status: Sendable, CaseIterable {
        case undefined, gap, incompatible
    }

    /// The sections `indicators growth` prints.
    public enum GrowthSection: Sendable {
        /// The stated growth figures of a dataset or an indicator.
        case statedGrowthFigures
        /// The changes between consecutive periods.
        case changes
        /// The stated growth of one observation or growth id.
        case statedGrowthOf(String)
    }

    /// A reason of the comparison plan, with every figure already named.
    public enum ReasonText: Sendable {
        case qualifier([String])
        case overlap(String, String)
        case implied(String)
        case partialPeriod(String)
        case gap(String, String)
        case nested(inner: String, outer: String)
        case nonPositiveBase(String)
        case incompatible(String)
        case contradicted(level: String, baseline: String)
        case samePeriod(String, String)
        case missingFigure
        case toImplied
    }

    /// Table column headers. A header that two tables translate differently is two cases.
    public enum Column: Sendable, CaseIterable {
        // indicators show
        case id, from, to, period, qualifier, value, unit, scale, preferred, conference, statedGrowth,
             source, quote, periodNote, note
        // indicators conferences
        case code, series, name, start, end, figures
        // indicators list
        case indicator, kind, periods, latest, reportedAt
        // growth checks
        case statedGrowthCheck, indicatorAnalysed, level, stated, impliedBaseline, datasetBaseline, computed,
             verdict
        // series and changes
        case observation, days, perYear, change, percentChange, perYearRateChange, percentChangeOfPerYearRate,
             whatCompares
        // comparison (followed by a period or a pair)
        case periodOf, perYearOf, deltaOf, percentPerYearRateOf
    }
}
