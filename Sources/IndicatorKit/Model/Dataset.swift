/// A validated dataset: indicators, observations, stated growth figures, conferences and sources.
///
/// Build one with `DatasetLoader.load(directory:)`; every cross-reference in it has been checked.
public struct Dataset: Sendable, Codable {
    /// The dataset's name: its folder name (`local-diplomacy`), as specs name it.
    public var name: String
    /// Human title from `datapackage.json`; empty when it has none.
    public var title: String
    /// What is measured, in the order of `indicators.csv`.
    public var indicators: [Indicator] { didSet { index = DatasetIndex() } }
    /// Every reported figure, preferred or not, in file order.
    public var observations: [Observation] { didSet { index = DatasetIndex() } }
    /// Growth percentages stated by sources; kept apart from computed growth.
    public var reportedGrowth: [ReportedGrowth] { didSet { index = DatasetIndex() } }
    /// The events figures are reported at.
    public var conferences: [Conference]
    /// The articles and tables figures are quoted from.
    public var sources: [Source]

    /// Lookups by id, built on first use (`DatasetIndex`).
    var index = DatasetIndex()

    enum CodingKeys: String, CodingKey {
        case name, title, indicators, observations, reportedGrowth, conferences, sources
    }

    /// A dataset from its parts, unchecked (the loader checks the ones it reads).
    public init(name: String, title: String = "", indicators: [Indicator], observations: [Observation],
                reportedGrowth: [ReportedGrowth] = [], conferences: [Conference] = [], sources: [Source] = []) {
        self.name = name; self.title = title; self.indicators = indicators
        self.observations = observations; self.reportedGrowth = reportedGrowth
        self.conferences = conferences; self.sources = sources
    }

    /// The indicator with id `id`, or nil.
    public func indicator(_ id: String) -> Indicator? { index.tables(self).indicatorByID[id].map { indicators[$0] } }
    /// The observation with id `id`, or nil.
    public func observation(_ id: String) -> Observation? { index.tables(self).observationByID[id].map { observations[$0] } }
    /// The source with id `id`, or nil.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// Finds a conference by id (`NFAC-21`), or by ordinal alone (`21`, `21st`) within the series
    /// that figures are reported at most often (NFAC first, then DC).
    public func conference(_ key: String) -> Conference? {
        if let c = conferences.first(where: { $0.id.lowercased() == key.lowercased() }) { return c }
        let digits = key.prefix { $0.isNumber }
        guard let n = Int(digits) else { return nil }
        for series in ["NFAC", "DC"] {
            if let c = conferences.first(where: { $0.series == series && $0.ordinal == n }) { return c }
        }
        return conferences.first { $0.ordinal == n }
    }

    /// Observations of one indicator in time order. By default only the preferred figure of each
    /// period; pass `includeAlternatives` to see the figures the dataset keeps but does not use.
    public func series(_ indicatorID: String, includeAlternatives: Bool = false) -> [Observation] {
        (index.tables(self).observationsByIndicator[indicatorID] ?? []).map { observations[$0] }
            .filter { includeAlternatives || $0.preferred }
            .sorted { a, b in
                if a.period.end != b.period.end { return a.period.end < b.period.end }
                return (a.period.start ?? a.period.end) < (b.period.start ?? b.period.end)
            }
    }

    /// All figures reported at (or for) one conference.
    public func reported(at conferenceID: String) -> [Observation] {
        observations.filter { $0.conference == conferenceID }
    }

    /// Figures whose period overlaps `[from, to]` (inclusive). With `exact`, only figures for
    /// exactly that span.
    public func observations(from: Day, to: Day, exact: Bool = false) -> [Observation] {
        observations.filter { o in
            let s = o.period.start ?? o.period.end
            return exact ? (s == from && o.period.end == to) : (s <= to && o.period.end >= from)
        }
    }

    /// Stated growth figures that describe an observation.
    public func reportedGrowth(for observationID: String) -> [ReportedGrowth] {
        (index.tables(self).growthByObservation[observationID] ?? []).map { reportedGrowth[$0] }
    }

    /// The conference ids in date order.
    public var conferencesByDate: [Conference] { conferences.sorted { ($0.start, $0.id) < ($1.start, $1.id) } }
}
