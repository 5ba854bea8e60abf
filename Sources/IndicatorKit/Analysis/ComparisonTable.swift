/// Indicators as rows and named periods (conferences, dates, spans) as columns: the figure of
/// each period, its per-year rate, and the changes between consecutive columns.
public struct ComparisonTable: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var indicator: Indicator
        /// The figure chosen for each column, or why there is none.
        public var cells: [Selection]
        /// The per-year rate of each column's figure (flows and rates), nil for stocks and gaps.
        public var rates: [Computation?]
        /// The change between columns `i` and `i + 1`, or the gap that prevents it.
        public var changes: [Change]
    }

    /// The change between two columns of a row.
    public enum Change: Hashable, Sendable {
        case computed(PeriodChange)
        case gap(reason: String)
    }

    public var periods: [PeriodKey]
    public var rows: [Row]

    /// Builds the table. Throws when an indicator id is unknown.
    public init(dataset: Dataset, indicators: [String], periods: [PeriodKey]) throws(AnalysisError) {
        self.periods = periods
        var rows: [Row] = []
        for id in indicators {
            guard let ind = dataset.indicator(id) else { throw .unknownIndicator(id) }
            let cells = periods.map { dataset.select(id, at: $0) }
            let rates: [Computation?] = cells.map { c in
                guard ind.kind != .stock, let o = c.observation else { return nil }
                return PeriodChange.perYear(o, indicator: ind, scaleFactor: 1)
            }
            var changes: [Change] = []
            for i in 0..<max(0, periods.count - 1) {
                switch (cells[i], cells[i + 1]) {
                case (.found(let a, _, _), .found(let b, _, _)):
                    changes.append(.computed(PeriodChange(indicator: ind, from: a, to: b)))
                case (.missing(let r), _), (_, .missing(let r)):
                    changes.append(.gap(reason: r))
                }
            }
            rows.append(Row(indicator: ind, cells: cells, rates: rates, changes: changes))
        }
        self.rows = rows
    }
}
