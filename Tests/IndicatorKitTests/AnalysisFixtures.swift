@testable import IndicatorKit

/// Small in-memory datasets and builders for the analysis tests.
enum AnalysisFixtures {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func span(_ a: String, _ b: String) -> Period { Period(start: day(a), end: day(b)) }

    static func obs(_ id: String, _ indicator: String, _ period: Period, _ value: Double, literal: String? = nil,
                    unit: MeasureUnit = .count, scale: Scale = .one, qualifier: Qualifier = .exact,
                    conference: String = "", preferred: Bool = true) -> Observation {
        Observation(id: id, indicator: indicator, period: period, value: value, literal: literal ?? shortest(value),
                    unit: unit, scale: scale, qualifier: qualifier, conference: conference, preferred: preferred)
    }

    static func shortest(_ v: Double) -> String {
        let s = "\(v)"
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    static let flow = Indicator(id: "agreements", nameEN: "Agreements", nameVI: "Thỏa thuận", kind: .flow, unit: .count)
    static let broad = Indicator(id: "agreements-broad", nameEN: "Agreements incl. MoUs", nameVI: "Thỏa thuận (kể cả MoU)",
                                 kind: .flow, unit: .count)
    static let fdi = Indicator(id: "fdi", nameEN: "FDI", nameVI: "FDI", kind: .flow, unit: .usd)
    static let stock = Indicator(id: "relations", nameEN: "Diplomatic relations", nameVI: "Quan hệ ngoại giao", kind: .stock, unit: .count)
    static let monthlyGrowth = Indicator(id: "growth-m", nameEN: "Monthly growth", nameVI: "Tăng trưởng tháng", kind: .rate,
                                         unit: .percent, per: .month)
    static let monthlyAid = Indicator(id: "aid-m", nameEN: "Aid per month", nameVI: "Viện trợ mỗi tháng", kind: .rate,
                                      unit: .usd, per: .month)

    static let conferences: [Conference] = [
        Conference(id: "NFAC-18", series: "NFAC", ordinal: 18, nameEN: "18th", nameVI: "18", start: day("2016-08-21"), end: day("2016-08-21")),
        Conference(id: "NFAC-19", series: "NFAC", ordinal: 19, nameEN: "19th", nameVI: "19", start: day("2018-08-12"), end: day("2018-08-12")),
        Conference(id: "NFAC-20", series: "NFAC", ordinal: 20, nameEN: "20th", nameVI: "20", start: day("2021-12-13"), end: day("2021-12-13")),
        Conference(id: "DC-31", series: "DC", ordinal: 31, nameEN: "31st DC", nameVI: "31", start: day("2021-12-15"), end: day("2021-12-18")),
        Conference(id: "NFAC-21", series: "NFAC", ordinal: 21, nameEN: "21st", nameVI: "21", start: day("2023-12-18"), end: day("2023-12-18")),
        Conference(id: "DC-32", series: "DC", ordinal: 32, nameEN: "32nd DC", nameVI: "32", start: day("2023-12-19"), end: day("2023-12-23")),
    ]

    /// A replica of the agreements chain: 349 (2013-2016) → 420 (+20.3%) → 661 (+57.38%) on the
    /// broad definition, "more than 200" (2019-2021) → 422 (+111%) on the narrow one, FDI with
    /// no figure at NFAC-20, and two stocks.
    static func dataset() -> Dataset {
        let p18 = span("2013-12-15", "2016-08-13"), p19 = span("2016-08-21", "2018-08-12")
        let p20 = span("2019-01-01", "2021-12-13"), p21 = span("2021-01-01", "2023-12-18")
        let observations = [
            obs("a18", "agreements", p18, 119, conference: "NFAC-18"),
            obs("b18", "agreements-broad", p18, 349, conference: "NFAC-18"),
            obs("b19", "agreements-broad", p19, 420, conference: "NFAC-19"),
            obs("a20", "agreements", p20, 200, qualifier: .moreThan, conference: "NFAC-20"),
            obs("b20", "agreements-broad", p20, 661, conference: "NFAC-20"),
            obs("a21", "agreements", p21, 422, conference: "NFAC-21"),
            obs("f18", "fdi", p18, 51.53, unit: .usd, scale: .billion, conference: "NFAC-18"),
            obs("f19", "fdi", p19, 60.28, unit: .usd, scale: .billion, conference: "NFAC-19"),
            obs("f21", "fdi", p21, 48.2, unit: .usd, scale: .billion, conference: "NFAC-21"),
            obs("r21", "relations", .instant(day("2021-12-14")), 189, conference: "DC-31"),
            obs("r23", "relations", .instant(day("2023-08-29")), 192),
        ]
        let growth = [
            ReportedGrowth(id: "g-a21", observation: "a21", percent: 111, literal: "111", baselinePeriod: p20, baselineObservation: "a20"),
            ReportedGrowth(id: "g-b20", observation: "b20", percent: 57.38, literal: "57.38", basis: .statedPeriod, baselineObservation: "b19"),
            ReportedGrowth(id: "g-b19", observation: "b19", percent: 20.3, literal: "20.3", basis: .statedPeriod, baselinePeriod: span("2013-12-15", "2016-08-21")),
            ReportedGrowth(id: "g-f21", observation: "f21", percent: 22, literal: "22"),
            ReportedGrowth(id: "g-f19", observation: "f19", percent: 34.92, literal: "34.92", basis: .statedPeriod, baselinePeriod: span("2013-12-15", "2016-08-21")),
            ReportedGrowth(id: "g-r23", observation: "r23", percent: -50, literal: "-50", baselineObservation: "r21"),
        ]
        return Dataset(name: "test", indicators: [flow, broad, fdi, stock], observations: observations,
                       reportedGrowth: growth, conferences: conferences)
    }
}
