/// An indicator's preferred figures in time order, the per-year rate of each, and the change
/// from each period to the next. A step across a missing period is a gap, never a change.
public struct SeriesAnalysis: Hashable, Sendable {
    /// The indicator analysed.
    public var indicator: Indicator
    /// Preferred observations in time order.
    public var observations: [Observation]
    /// The per-year rate of each observation (flows and rates); nil for stocks.
    public var rates: [Computation?]
    /// The change from each figure of the chain to the next. The chain is `observations`
    /// without the figures in `nested`: a figure for part of another figure's period (January to
    /// November inside the whole year) is not the period before or after it.
    public var steps: [PeriodChange]
    /// Figures whose period lies inside another figure's period, with that figure.
    public var nested: [NestedFigure]

    /// A figure for a sub-period of another figure of the same series.
    public struct NestedFigure: Hashable, Sendable {
        /// The figure for the part of the period.
        public var inner: Observation
        /// The figure whose period holds `inner`'s.
        public var outer: Observation

        /// Says which figure lies inside which, and that no change is computed between them.
        public var note: String {
            "\(inner.id) (\(inner.period)) lies inside \(outer.id) (\(outer.period)): a part of that period, so no change is computed between them"
        }
    }

    /// Analyses the preferred series of `indicatorID`.
    public init(dataset: Dataset, indicator indicatorID: String) throws(AnalysisError) {
        guard let ind = dataset.indicator(indicatorID) else { throw .unknownIndicator(indicatorID) }
        indicator = ind
        observations = dataset.series(indicatorID)
        rates = observations.map { o in
            ind.kind == .stock ? nil : PeriodChange.perYear(o, indicator: ind, scaleFactor: 1)
        }
        nested = ind.kind == .stock ? [] : SeriesAnalysis.nestedFigures(observations)
        let inner = Set(nested.map(\.inner.id))
        let chain = observations.filter { !inner.contains($0.id) }
        var steps: [PeriodChange] = []
        for (a, b) in zip(chain, chain.dropFirst()) {
            let step = PeriodChange(indicator: ind, from: a, to: b)
            if let reason = SeriesAnalysis.missingPeriod(between: a, and: b, indicator: ind, in: dataset) {
                steps.append(step.gapped(reason))
            } else {
                steps.append(step)
            }
        }
        self.steps = steps
    }

    /// The figures whose period lies inside a longer period of another figure (flows and rates).
    public static func nestedFigures(_ observations: [Observation]) -> [NestedFigure] {
        observations.compactMap { o in
            guard let s = o.period.start else { return nil }
            let outer = observations.first { p in
                guard p.id != o.id, let ps = p.period.start else { return false }
                return ps <= s && o.period.end <= p.period.end && p.period.days > o.period.days
            }
            return outer.map { NestedFigure(inner: o, outer: $0) }
        }
    }

    /// Why the step from `a` to `b` skips a period, or nil when `b` follows `a`.
    ///
    /// Only flows have gaps: a stock's CAGR is measured over the real days between its dates,
    /// whatever lies between. When both figures were reported at conferences, a session in
    /// between with no figure is a gap. Otherwise a hole between the end of `a` and the start of
    /// `b` longer than a quarter of the shorter period (and longer than 31 days) is a gap.
    public static func missingPeriod(between a: Observation, and b: Observation, indicator: Indicator,
                                     in dataset: Dataset) -> String? {
        guard indicator.kind != .stock else { return nil }
        if let i = dataset.sessionIndex(ofConference: a.conference),
           let j = dataset.sessionIndex(ofConference: b.conference), j - i > 1 {
            let skipped = dataset.conferenceSessions[(i + 1)..<j].map { $0.map(\.id).joined(separator: "/") }
            return "no \(indicator.id) figure for the period reported at \(skipped.joined(separator: ", ")) (between \(a.id) and \(b.id)): not the previous period, and the gap is not filled"
        }
        guard let bs = b.period.start else { return nil }
        let hole = bs.ordinal - a.period.end.ordinal - 1
        let shorter = min(max(a.period.days, 1), max(b.period.days, 1))
        if hole > 31, Double(hole) > 0.25 * Double(shorter) {
            return "no \(indicator.id) figure for \(a.period.end.adding(days: 1))..\(bs.adding(days: -1)) (\(hole) days between \(a.id) and \(b.id)): the gap is not filled"
        }
        return nil
    }
}
