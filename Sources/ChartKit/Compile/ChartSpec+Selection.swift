import IndicatorKit

extension ChartSpec {
    /// The spec's periods (`conferences`) read against `dataset`: conferences ("18", "NFAC-21"),
    /// dates (YYYY-MM-DD) and spans (YYYY-MM-DD..YYYY-MM-DD), in the order given.
    /// - Throws: `ChartError.noData` naming the first period the dataset does not have.
    public func periodKeys(in dataset: Dataset) throws -> [PeriodKey] {
        try (conferences ?? []).map { text in
            do { return try PeriodKey(text, in: dataset) } catch { throw ChartError.noData("\(error)") }
        }
    }

    /// The figures of `indicator` that a bar or line chart of this spec shows, in time order:
    /// the figure selected at each of the spec's periods (each figure once), or the indicator's
    /// whole series when the spec names no period; only those inside `dates` when it has a window.
    /// This is the one place bar and line charts select figures; spec files ask it, not the dataset.
    /// - Throws: `ChartError.noData` for a period the dataset does not have.
    public func figures(of indicator: String, in dataset: Dataset) throws -> [Observation] {
        let keys = try periodKeys(in: dataset)
        var chosen: [Observation]
        if keys.isEmpty {
            chosen = dataset.series(indicator, includeAlternatives: includeAlternatives)
        } else {
            var seen = Set<String>()
            chosen = keys.compactMap { dataset.select(indicator, at: $0).observation }.filter { seen.insert($0.id).inserted }
            chosen.sort { ($0.period.end, $0.period.start ?? $0.period.end) < ($1.period.end, $1.period.start ?? $1.period.end) }
        }
        if let window = dates { chosen = chosen.filter { window.contains($0.period) } }
        return chosen
    }
}
