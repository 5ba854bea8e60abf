import IndicatorKit

/// Alt text written from the analysis: what changed, from what to what, by how much.
public enum AltText {
    /// "Agreements signed by localities rose from more than 200 in 2019–2021 to 422 in 2021–2023 (+111%)."
    /// Nil when the panel has no two figures to compare.
    static func sentence(indicator: Indicator, panel: BriefingPanel, locale: NumberLocale, perYear: Bool) -> String? {
        let figs = panel.figures.filter { $0.value != nil }.map { f -> BriefingFigure in
            var g = f
            g.category = f.category.plainSpaces
            return g
        }
        let vi = locale == .vi
        let name = indicator.name(locale)
        let rate = perYear ? (vi ? " (bình quân năm)" : " (yearly rate)") : ""
        guard figs.count >= 2, let first = figs.first, let last = figs.last, let a = first.value, let b = last.value else {
            if let f = figs.first { return vi ? "\(name)\(rate): \(f.label) trong \(f.category)." : "\(name)\(rate): \(f.label) in \(f.category)." }
            return nil
        }
        // A change from or to an implied value is not computed (the chart draws none either).
        let pct = first.derived || last.derived ? nil
            : GrowthMath.percentChange(from: a, to: b).flatMap { BriefingBuilder.changeText($0, locale: locale) }
        let tail = pct.map { " (\($0))" } ?? ""
        let cat = { (f: BriefingFigure) -> String in
            // Per-year categories carry "\n2.7 yrs": keep only the period in the sentence.
            String(f.category.split(separator: "\n").first ?? Substring(f.category))
        }
        if vi {
            let verb = b > a ? "tăng" : (b < a ? "giảm" : "giữ nguyên")
            let to = b > a ? "lên" : (b < a ? "xuống" : "ở mức")
            return "\(name)\(rate) \(verb) từ \(first.label) trong giai đoạn \(cat(first)) \(to) \(last.label) trong giai đoạn \(cat(last))\(tail)."
        }
        let verb = b > a ? "rose" : (b < a ? "fell" : "held")
        return "\(name)\(rate) \(verb) from \(first.label) in \(cat(first)) to \(last.label) in \(cat(last))\(tail)."
    }
}

extension String {
    /// No-break spaces (kept in axis labels so "Dec 2013" never splits) as plain spaces.
    var plainSpaces: String { String(unicodeScalars.map { $0 == "\u{00A0}" ? " " : Character($0) }) }
}
