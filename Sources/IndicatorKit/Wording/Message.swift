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

    // MARK: Charts
    /// A phrase of a chart.
    case chart(Chart)

    // MARK: Briefs
    /// A phrase of a brief (`indicators brief`).
    case brief(Brief)

    // MARK: Import
    /// The title of a dataset imported from a table: `Figures imported from x.csv`.
    case importedFigures(table: String)

    // MARK: Command line
    /// After an observation that is not the preferred one: `  (not preferred)`.
    case notPreferred
    /// Before a stated growth figure under an observation: `stated growth: `.
    case statedGrowthLead
    /// A section of `indicators growth`.
    case growthSection(GrowthSection)

    /// Phrases of charts: notes, titles, labels, alt text.
    public enum Chart: Sendable {
        /// A panel slot without a figure; a bar without a value.
        case noFigure, noRate, notAvailable
        /// Before a figure implied by a stated growth: `about `.
        case about
        /// Before a one-sided change: `at least `.
        case atLeast
        /// The direction of a change in a title.
        case up, down
        /// Between the last two items of a list: ` and `.
        case and
        /// After a rate's unit: ` per year`.
        case perYearUnit
        /// After a panel's name in alt text of a per-year chart: ` (yearly rate)`.
        case yearlyRate
        // Notes under charts.
        case ownScales, indexed, perYearNote, slopeRatesNote, perYearChangeNote, pointsNote, openMarkers, impliedDrawn, impliedHatched,
             partialNote
        /// "No change shown for FDI, 2013–2016 → 2016–2019: <reason>."
        case noChange(name: String, from: String, to: String, reason: String)
        /// "DC-32 reports the same figure as NFAC-21: shown once."
        case shownOnce(asked: String, shownAt: String)
        /// "FDI: the figure for 2019 is part of 2016–2020 and is left out."
        case leftOutPart(name: String, part: String, whole: String)
        /// A figure the chart does not name: `another figure`.
        case thatFigure
        /// Before a list of conferences: `Figures reported at `.
        case figuresReportedAt
        case yearlyRateSubtitle, growthSubtitle, growthTitle
        /// A growth chart over periods the user named: `Change from each period shown to the next`.
        case growthSubtitleShown
        /// The axis of a growth chart, in percent or percentage points; `shown`: periods the user
        /// named (not necessarily consecutive).
        case growthAxis(points: Bool, shown: Bool)
        /// Under bars drawn lighter: figures stated with a qualifier, or (`changes`) changes that
        /// are only a bound or an estimate.
        case lighterBars(changes: Bool)
        /// A conference's own period when its dates are not known: `NFAC-20 period`.
        case periodOf(conference: String)
        /// Under bars of periods of different length: `FDI: totals of periods of 2.7 and 2.0 years; …`.
        case totalsOfUnequalPeriods(name: String, lengths: String)
        /// A caveat on one indicator: `FDI: <reason>.`
        case caveat(name: String, reason: String)
        /// "FDI is measured in percent: its changes are in percentage points and are not drawn …"
        case pointsLeftOut(name: String)
        /// A figure and its period: `422 in 2021–2023`.
        case figureIn(figure: String, period: String)
        /// When a change happened: ` in 2019–2021 on 2016–2018`.
        case changeWhen(from: String, to: String)
        /// A title on the change of yearly rates: `FDI: yearly rate up 12% in …`.
        case yearlyRateChange(name: String, change: String)
        /// A title on a stated growth: `FDI up 12% in …, as reported`.
        case statedChange(name: String, change: String)
        /// A growth chart's title on its largest change.
        case largestChange(name: String, up: Bool, label: String)
        /// Under a line chart whose points are not all joined.
        case unjoinedNote
        /// The same for small multiples, which draw no period bands.
        case unjoinedNoteNoBands
        /// Under a chart that left out labels for lack of room.
        case labelsLeftOut(Int)
        /// Units in subtitles and on axes.
        case unitPercent, unitPoints, unitIndex, unitNumber
        /// Before the source line: `Source: ` or `Sources: `.
        case sourcesLead(count: Int)
        /// After three sources: `; and 2 more`.
        case moreSources(Int)
    }

    /// Phrases of briefs: headings, the introduction, table headers, captions, file links.
    public enum Brief: Sendable {
        /// Before the dataset's title: `Briefing: `.
        case titleLead
        /// After the conferences of the introduction: `. Dataset `x`. Every number below …`.
        case datasetIntro(dataset: String)
        /// Section headings.
        case keyFigures, statedVsComputed, charts, sources
        /// When no stated growth figure concerns the brief's figures.
        case noStatedGrowth
        /// Before a stated growth figure in a quote's attribution: `stated growth `.
        case statedGrowthLead
        /// Before a source's seed file: `seed file `.
        case seedFile
        /// A key figure cell of a refused pair: `not comparable`.
        case notComparable
        /// A key figure cell where only the per-year rates compare: `see per year`.
        case seePerYear
        /// Key figures headers.
        case earlier, later, perYearRateOrCAGR, observations
        /// A caveat of a period without a figure: `no figure`.
        case noFigure
        /// A caveat of a pair whose periods differ in length.
        case onlyPerYearCompares
        /// After a pair of named periods that skips one: ` (compared as asked)`.
        case comparedAsAsked
        /// A gap filled by a stated growth's implied baseline.
        case impliedBaseline(growth: String, id: String, value: String)
        /// Before a chart caption's observation ids: `Figures: `.
        case figuresLead
        /// Before a chart's file links: `Files: `.
        case files
        /// File links under a chart.
        case dataCSV, computationLog, altTextLink, contentHash
        /// Before a chart's alt text in the PDF: `Alt text: `.
        case altTextLead
    }

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
