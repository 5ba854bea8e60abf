import IndicatorKit

/// What a chart can hold, checked before any layout, and what it says when it had to leave
/// labels out. Crowding degrades in this order: value labels shrink (down to the legibility
/// floor), then labels that still do not fit are left out and a note on the chart says how
/// many, then layout fails with an error naming a kind or preset that fits.
public enum ChartLimits {
    /// The most categories a band axis takes (bars, columns, diverging rows): past it, no label
    /// could be read at any preset, so the chart is refused before layout.
    public static let maximumCategories = 100
    /// The most panels of one chart.
    public static let maximumPanels = 48
    /// The most characters of a title, subtitle, note, name or label; longer text is shortened
    /// with "…" at a grapheme boundary before it is measured (the full text stays in the alt text).
    public static let maximumTextLength = 400
    /// The most characters of a chart's alt text; longer alt text is shortened with "…".
    public static let maximumAltTextLength = 10_000

    /// Refuses data past the limits.
    /// - Throws: `ChartError.tooManyCategories` or `ChartError.doesNotFit` naming the limit.
    static func check(_ data: BriefingData, layout: BriefingChart.Layout) throws {
        if data.panels.count > maximumPanels {
            throw ChartError.doesNotFit("\(data.panels.count) panels, more than the \(maximumPanels) a chart takes; chart fewer indicators")
        }
        guard layout != .line, layout != .lines, layout != .slope else { return }
        for p in data.panels {
            var categories = Set<String>()
            for s in p.drawnSeries { for f in s.figures { categories.insert(f.category) } }
            if categories.count > maximumCategories {
                throw ChartError.tooManyCategories(categories.count, limit: maximumCategories)
            }
        }
    }

    /// The note a chart carries when labels were left out, or nil when none were.
    static func droppedNote(_ report: FitReport, locale: NumberLocale) -> String? {
        let n = report.dropped.count
        guard n > 0 else { return nil }
        return locale.text(.chart(.labelsLeftOut(n)))
    }
}

extension String {
    /// The text cut to `limit` characters (grapheme clusters, so a letter keeps its marks),
    /// ending in "…" when cut. Walks at most `limit` characters, so a megabyte of text costs no
    /// more than a short one.
    public func capped(_ limit: Int = ChartLimits.maximumTextLength) -> String {
        var end = startIndex, n = 0
        while end < endIndex, n < limit { formIndex(after: &end); n += 1 }
        guard end < endIndex, n > 0 else { return self }
        return String(self[..<index(before: end)]) + "…"
    }
}
