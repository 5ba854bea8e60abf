import Foundation

/// Lookup tables of a dataset (observations by id and by indicator, indicators by id and by
/// family, stated growth by observation), built on the first lookup and shared by copies of the
/// same dataset. Without them every lookup scanned all observations, so work done per indicator
/// (a brief, `growth --all`, a folder of charts) grew with the square of the dataset's size.
///
/// A dataset whose arrays are changed gets a fresh, empty index (see `Dataset`'s `didSet`s), so
/// the tables always describe the arrays they were built from.
final class DatasetIndex: @unchecked Sendable {
    struct Tables {
        var indicatorByID: [String: Int] = [:]
        var indicatorsByFamily: [Substring: [Int]] = [:]
        var observationByID: [String: Int] = [:]
        var observationsByIndicator: [String: [Int]] = [:]
        var growthByObservation: [String: [Int]] = [:]
    }

    private let lock = NSLock()
    private var built: Tables?

    /// The tables for `dataset`, built on first use (first occurrence wins for a repeated id,
    /// as a linear search would find it).
    func tables(_ dataset: Dataset) -> Tables {
        lock.lock()
        defer { lock.unlock() }
        if let t = built { return t }
        var t = Tables()
        for (i, ind) in dataset.indicators.enumerated() {
            if t.indicatorByID[ind.id] == nil { t.indicatorByID[ind.id] = i }
            t.indicatorsByFamily[Indicator.family(of: ind.id), default: []].append(i)
        }
        for (i, o) in dataset.observations.enumerated() {
            if t.observationByID[o.id] == nil { t.observationByID[o.id] = i }
            t.observationsByIndicator[o.indicator, default: []].append(i)
        }
        for (i, g) in dataset.reportedGrowth.enumerated() { t.growthByObservation[g.observation, default: []].append(i) }
        built = t
        return t
    }
}

extension Indicator {
    /// The family of an indicator id: the part before the first hyphen (`agreements` for
    /// `agreements-broad`). Indicators of one family are different definitions of one measure.
    static func family(of id: String) -> Substring { id.split(separator: "-").first ?? Substring(id) }
}

extension Dataset {
    /// The other indicators of `indicator`'s family, in file order.
    func family(of indicator: Indicator) -> [Indicator] {
        (index.tables(self).indicatorsByFamily[Indicator.family(of: indicator.id)] ?? []).map { indicators[$0] }.filter { $0.id != indicator.id }
    }
}
