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
}
