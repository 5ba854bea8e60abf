import IndicatorKit

/// Alt text written from the chart model, so that it says exactly what the chart shows: every
/// figure drawn, the change marks the plan allows between them, and the notes.
public enum AltText {
    /// "Title. International agreements: 119 in 2016–2018; more than 200 in 2019–2021 (≥ +68%);
    /// 422 in 2021–2023 (≤ +111%). Notes."
    static func text(title: String, kind: ChartSpec.Kind, panels: [BriefingPanel], notes: [String], locale L: NumberLocale) -> String {
        var parts = [title.hasSuffix(".") ? title : title + "."]
        for p in panels {
            if kind == .growth {
                for f in p.figures { parts.append(f.category.plainSpaces.split(separator: "\n").joined(separator: ", ") + ": " + f.label + ".") }
                continue
            }
            var items: [String] = []
            for (i, f) in p.figures.enumerated() where f.value != nil {
                var item = L.text(.chart(.figureIn(figure: f.label, period: f.category.plainSpaces.firstLine)))
                if i > 0, i - 1 < p.changes.count, let m = p.changes[i - 1], p.figures[i - 1].value != nil { item += " (\(m.text))" }
                items.append(item)
            }
            // A slope's one change joins its two ends.
            if kind == .slope, items.count == 2, let m = p.changes.first ?? nil, !items[1].hasSuffix(")") { items[1] += " (\(m.text))" }
            guard !items.isEmpty else { continue }
            let rate = kind == .perYear ? L.text(.chart(.yearlyRate)) : ""
            // A chart of one indicator titled with its name does not say the name twice.
            let name = panels.count == 1 && title == p.title && rate.isEmpty ? "" : "\(p.title)\(rate): "
            parts.append(name + items.joined(separator: "; ") + ".")
        }
        parts += notes
        return parts.joined(separator: " ").trimmingTrailingSpace()
    }
}

extension AltText {
    /// Alt text of series sharing one axis (bar, line): every figure drawn, series by series,
    /// then the notes. No change is stated: these kinds draw none.
    static func text(title: String, series: [BriefingSeries], notes: [String], locale L: NumberLocale) -> String {
        var parts = [title.hasSuffix(".") ? title : title + "."]
        for s in series {
            let items = s.figures.filter { $0.value != nil }.map { f in
                L.text(.chart(.figureIn(figure: f.label, period: f.category.plainSpaces.firstLine)))
            }
            if !items.isEmpty { parts.append("\(s.name): " + items.joined(separator: "; ") + ".") }
        }
        return (parts + notes).joined(separator: " ").trimmingTrailingSpace()
    }
}

extension String {
    /// No-break spaces (kept in axis labels so "Dec 2013" never splits) as plain spaces.
    var plainSpaces: String { String(unicodeScalars.map { $0 == "\u{00A0}" ? " " : Character($0) }) }
}
