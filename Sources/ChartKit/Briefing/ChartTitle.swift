import IndicatorKit

/// Automatic titles: a finding only when the comparison plan stands behind it and it is about
/// what the whole chart shows; otherwise a neutral label.
///
/// - One indicator: the change of the pair the chart labels last (a slope: its two ends), named
///   with both periods, when its direction is certain ("up at least 68%"); otherwise the latest
///   figure ("International agreements: 422 in 2021–2023").
/// - Several indicators: their names. A growth chart whose bars share one measure: the largest
///   change with a certain direction.
enum ChartTitle {
    static func automatic(_ spec: ChartSpec, plan: ComparisonPlan, panels: [BriefingPanel], dataset: Dataset,
                          bars: [(name: String, mark: ChangeMark, label: String)] = []) -> String {
        let L = spec.locale
        if spec.kind == .growth { return growth(bars, L) }
        guard plan.rows.count == 1, let panel = panels.first else {
            return ChartCompiler.defaultTitle(plan.rows.map(\.indicator), locale: L)
        }
        let name = panel.title
        // The pair the chart labels last, with both of its figures.
        if let i = panel.changes.lastIndex(where: { $0 != nil }), let m = panel.changes[i],
           panel.changes.count == 1 || i == panel.changes.count - 1,
           let dir = m.certainDirection, i + 1 < panel.figures.count {
            let a = panel.figures[i].category.plainSpaces.firstLine, b = panel.figures[i + 1].category.plainSpaces.firstLine
            return finding(name: name, mark: m, direction: dir, from: a, to: b, perYearKind: spec.kind == .perYear, L)
        }
        if let last = panel.figures.last(where: { $0.value != nil }) {
            return "\(name): " + L.text(.chart(.figureIn(figure: last.label, period: last.category.plainSpaces.firstLine)))
        }
        return name
    }

    /// "Agreements up at least 68% in 2019–2021 on Dec 2016 – Dec 2018".
    static func finding(name: String, mark m: ChangeMark, direction: Int, from a: String, to b: String,
                        perYearKind: Bool, _ L: NumberLocale) -> String {
        let verb = direction > 0 ? L.text(.chart(.up)) : L.text(.chart(.down))
        let bound = m.bound == .atLeast || m.bound == .atMost ? L.text(.chart(.atLeast)) : ""
        let size: String
        switch m.measure {
        case .points: size = NumberFormat.decimal(abs(m.value), decimals: 1, locale: L) + L.text(.pointsSuffix)
        default: size = BriefingBuilder.changeText(abs(m.value), L).drop { $0 == "+" }.description
        }
        let change = "\(verb) \(bound)\(size)" + L.text(.chart(.changeWhen(from: a, to: b)))
        switch m.measure {
        case .perYear: return L.text(.chart(.yearlyRateChange(name: name, change: change)))
        case .stated: return L.text(.chart(.statedChange(name: name, change: change)))
        case .levels where perYearKind: return L.text(.chart(.yearlyRateChange(name: name, change: change)))
        case .levels, .points: return "\(name) \(change)"
        }
    }

    /// A growth chart: the largest change when every bar has the same measure and a certain
    /// direction; otherwise the neutral title.
    static func growth(_ bars: [(name: String, mark: ChangeMark, label: String)], _ L: NumberLocale) -> String {
        guard Set(bars.map(\.mark.measure)).count == 1,
              let best = bars.max(by: { abs($0.mark.value) < abs($1.mark.value) }), best.mark.certainDirection != nil,
              best.mark.bound == .exact else {
            return L.text(.chart(.growthTitle))
        }
        return L.text(.chart(.largestChange(name: best.name, up: best.mark.value >= 0, label: best.label)))
    }

    /// The subtitle: the conferences the figures were reported at; for per-year and growth
    /// charts what is measured.
    static func subtitle(_ spec: ChartSpec, dataset: Dataset) -> String {
        let L = spec.locale
        var ids = (spec.conferences ?? []).map { dataset.conference($0)?.id ?? $0 }
        // A slope draws only its two ends.
        if spec.kind == .slope, ids.count > 2 { ids = [ids[0], ids[ids.count - 1]] }
        let between = ids.isEmpty ? "" : L.text(.chart(.figuresReportedAt)) + ids.joined(separator: ", ")
        switch spec.kind {
        case .perYear:
            guard !between.isEmpty else { return L.text(.chart(.yearlyRateSubtitle)) }
            return L.text(.chart(.yearlyRateSubtitle)) + "; " + between.prefix(1).lowercased() + between.dropFirst()
        case .growth: return L.text(.chart(ids.isEmpty ? .growthSubtitle : .growthSubtitleShown))
        default: return between
        }
    }
}

extension String {
    /// The text before the first line break.
    var firstLine: String { String(split(separator: "\n", omittingEmptySubsequences: false).first ?? Substring(self)) }
}
