/// An indicator's preferred figures in time order, the per-year rate of each, and the change
/// from each period to the next. A step across a missing period is a gap, never a change.
public struct SeriesAnalysis: Hashable, Sendable {
    public var indicator: Indicator
    /// Preferred observations in time order.
    public var observations: [Observation]
    /// The per-year rate of each observation (flows and rates); nil for stocks.
    public var rates: [Computation?]
    /// The change from each observation to the next, `steps[i]` from `observations[i]` to
    /// `observations[i + 1]`.
    public var steps: [PeriodChange]

    /// Analyses the preferred series of `indicatorID`.
    public init(dataset: Dataset, indicator indicatorID: String) throws(AnalysisError) {
        guard let ind = dataset.indicator(indicatorID) else { throw .unknownIndicator(indicatorID) }
        indicator = ind
        observations = dataset.series(indicatorID)
        rates = observations.map { o in
            ind.kind == .stock ? nil : PeriodChange.perYear(o, indicator: ind, scaleFactor: 1)
        }
        var steps: [PeriodChange] = []
        for (a, b) in zip(observations, observations.dropFirst()) {
            let step = PeriodChange(indicator: ind, from: a, to: b)
            if let reason = SeriesAnalysis.missingPeriod(between: a, and: b, indicator: ind, in: dataset) {
                steps.append(step.gapped(reason))
            } else {
                steps.append(step)
            }
        }
        self.steps = steps
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
