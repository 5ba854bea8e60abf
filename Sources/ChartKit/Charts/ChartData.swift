import IndicatorKit

/// Normalised chart data: named series of values over categories or periods, with the labels
/// already written. `ChartCompiler` builds it from a dataset; tests and library users can build
/// it directly.
public struct ChartData: Sendable {
    public var title: String
    public var subtitle: String
    /// The source line ("Source: ..."); empty for none.
    public var source: String
    /// How axis ticks are written.
    public var format: ValueFormat
    public var series: [DataSeries]

    public init(title: String, subtitle: String = "", source: String = "", format: ValueFormat,
                series: [DataSeries]) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.format = format
        self.series = series
    }

    /// Category keys in order of first appearance across series.
    public var categories: [String] {
        var seen = Set<String>(), out: [String] = []
        for s in series { for p in s.points where seen.insert(p.category).inserted { out.append(p.category) } }
        return out
    }

    /// Every defined value.
    public var values: [Double] { series.flatMap { $0.points.compactMap(\.value) } }

    /// Checks that every value is finite.
    /// - Throws: `ChartError.nonFiniteValue` naming the series and category.
    public func validate() throws {
        for s in series {
            for p in s.points {
                if let v = p.value, !v.isFinite {
                    throw ChartError.nonFiniteValue(series: s.name, category: p.category, value: v)
                }
            }
        }
    }
}

/// One named series (an indicator, or a period when bars are grouped by indicator).
public struct DataSeries: Sendable {
    public var name: String
    public var points: [DataPoint]
    public init(name: String, points: [DataPoint]) { self.name = name; self.points = points }
}

/// One value of a series.
public struct DataPoint: Sendable {
    /// The category key and label (`Dec 2013 – Aug 2016`, or an indicator name).
    public var category: String
    /// The time the value covers; needed by line charts.
    public var period: Period?
    /// The value in the chart's unit and scale; nil is a gap (drawn as a gap, never as zero).
    public var value: Double?
    /// The value label as written for people, with its qualifier ("nearly 50").
    public var label: String

    public init(category: String, period: Period? = nil, value: Double?, label: String) {
        self.category = category; self.period = period; self.value = value; self.label = label
    }
}
