/// Indicators as rows and named periods (conferences, dates, spans) as columns: the figure of
/// each period, its per-year rate, and the changes between consecutive columns.
///
/// The figures are the comparison plan's (`ComparisonPlan`): a column whose figure already
/// stands in an earlier column, or is part of another column's period, is empty with the reason,
/// and each change carries the plan's verdict on what may be said of it.
public struct ComparisonTable: Hashable, Sendable {
    /// One indicator's row: a cell per period column and the changes between neighbouring columns.
    public struct Row: Hashable, Sendable {
        /// The row's indicator.
        public var indicator: Indicator
        /// The figure chosen for each column, or why there is none.
        public var cells: [Selection]
        /// The per-year rate of each column's figure (flows and rates), nil for stocks and gaps.
        public var rates: [Computation?]
        /// The change between columns `i` and `i + 1`, or the gap that prevents it.
        public var changes: [Change]
        /// The plan's comparison of columns `i` and `i + 1` (measure and verdict), nil where a
        /// column is empty.
        public var verdicts: [PlanPair?]
    }

    /// The change between two columns of a row.
    public enum Change: Hashable, Sendable {
        /// Both columns have a figure and the change is computed.
        case computed(PeriodChange)
        /// No change: a column is empty, or a period between them has no figure.
        case gap(reason: String)
    }

    /// The columns: the periods asked for, in order.
    public var periods: [PeriodKey]
    /// One row per indicator, in the order asked.
    public var rows: [Row]
    /// The plan the table shows.
    public var plan: ComparisonPlan

    /// Builds the table. Throws when an indicator id is unknown.
    public init(dataset: Dataset, indicators: [String], periods: [PeriodKey]) throws(AnalysisError) {
        self.periods = periods
        let plan = try ComparisonPlan(dataset: dataset, indicators: indicators, periods: periods)
        self.plan = plan
        rows = plan.rows.map { row in
            let cells: [Selection] = periods.map { key in
                if let slot = row.slots.first(where: { $0.key == key }), let o = slot.observation {
                    return .found(o, note: slot.matchNote, alternatives: slot.alternatives)
                }
                let selection = dataset.select(row.indicator.id, at: key)
                guard let o = selection.observation else { return selection }
                switch row.leftOut.first(where: { $0.observation.id == o.id })?.reason {
                case .sameFigure(let shownAt, _)?:
                    return .missing(reason: "\(o.id) is already the figure of \(shownAt): shown once")
                case .partOf(let outer)?:
                    return .missing(reason: "\(o.id) covers part of the period of \(outer): left out")
                case nil:
                    return selection
                }
            }
            let rates: [Computation?] = cells.map { c in
                guard row.indicator.kind != .stock, let o = c.observation else { return nil }
                return PeriodChange.perYearRate(of: o, indicator: row.indicator)
            }
            var changes: [Change] = []
            var verdicts: [PlanPair?] = []
            for i in 0..<max(0, periods.count - 1) {
                switch (cells[i], cells[i + 1]) {
                case (.found(let a, _, _), .found(let b, _, _)):
                    changes.append(.computed(PeriodChange(indicator: row.indicator, from: a, to: b)))
                    // Neighbouring slots: the plan's own pair; otherwise (a column between them is
                    // empty) the same comparison made for these two.
                    let ia = row.slots.firstIndex { $0.observation?.id == a.id }, ib = row.slots.firstIndex { $0.observation?.id == b.id }
                    if let ia, let ib, ib == ia + 1 {
                        verdicts.append(row.pairs[ia])
                    } else {
                        verdicts.append(ia.flatMap { ia in ib.map {
                            ComparisonPlan.pair(row.slots[ia], row.slots[$0], indicator: row.indicator, wholeSeries: false, dataset: dataset)
                        } })
                    }
                case (.missing(let r), _), (_, .missing(let r)):
                    changes.append(.gap(reason: r))
                    verdicts.append(nil)
                }
            }
            return Row(indicator: row.indicator, cells: cells, rates: rates, changes: changes, verdicts: verdicts)
        }
    }
}
