import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
import TestSupport

/// The cases of the issue "Charts and briefs that never mislead": each checks the numbers drawn,
/// the change labels, the title and the alt text against the comparison plan, or against a
/// hand calculation. Each failed on the code before the plan.
@Suite("Charts say only what the analysis stands behind")
struct ChartTruthTests {
    static var bundled: Dataset { Repository.bundledDataset }

    static func day(_ s: String) -> Day { Day(iso: s)! }

    /// A quarterly rate, a series that turns negative, a rate in percent, and a flow with a
    /// year and a part of the next year.
    static let odd: Dataset = {
        let q = [Period(start: day("2023-01-01"), end: day("2023-03-31")), Period(start: day("2023-04-01"), end: day("2023-06-30"))]
        let y = [Period(start: day("2021-01-01"), end: day("2021-12-31")), Period(start: day("2022-01-01"), end: day("2022-12-31")),
                 Period(start: day("2023-01-01"), end: day("2023-12-31"))]
        let inds = [
            Indicator(id: "aid-q", nameEN: "Aid per quarter", nameVI: "Viện trợ mỗi quý", kind: .rate, unit: .usd, per: .quarter),
            Indicator(id: "balance", nameEN: "Trade balance", nameVI: "Cán cân thương mại", kind: .flow, unit: .usd),
            Indicator(id: "visits", nameEN: "Visits", nameVI: "Chuyến thăm", kind: .flow, unit: .count, unitLabelEN: "visits", unitLabelVI: "chuyến"),
            Indicator(id: "jobless", nameEN: "Unemployment rate", nameVI: "Tỷ lệ thất nghiệp", kind: .stock, unit: .percent),
        ]
        var obs: [Observation] = []
        obs.append(Observation(id: "aq1", indicator: "aid-q", period: q[0], value: 25, unit: .usd, scale: .million, source: "s"))
        obs.append(Observation(id: "aq2", indicator: "aid-q", period: q[1], value: 30, unit: .usd, scale: .million, source: "s"))
        for (i, v) in [-5.2, -9].enumerated() {
            obs.append(Observation(id: "b\(i)", indicator: "balance", period: y[i], value: v, unit: .usd, scale: .billion, source: "s"))
        }
        obs.append(Observation(id: "v0", indicator: "visits", period: y[0], value: 100, unit: .count, source: "s"))
        obs.append(Observation(id: "v1", indicator: "visits", period: y[1], value: 100, unit: .count, source: "s"))
        obs.append(Observation(id: "v2", indicator: "visits", period: y[2], value: 130, unit: .count, source: "s"))
        obs.append(Observation(id: "v2p", indicator: "visits", period: Period(start: day("2023-01-01"), end: day("2023-09-30")),
                               value: 120, unit: .count, source: "s"))
        for (i, v) in [2.5, 2.3, 2.8].enumerated() {
            obs.append(Observation(id: "j\(i)", indicator: "jobless", period: .instant(y[i].end), value: v, unit: .percent, source: "s"))
        }
        return Dataset(name: "odd", indicators: inds, observations: obs,
                       sources: [Source(id: "s", title: "Statistics", publisher: "Office", date: day("2024-01-10"))])
    }()

    // 1. A per-year rate is not divided again by its period's length.
    @Test func perYearOfARateIsTheRateItself() throws {
        let ngo = try ChartCompiler.briefingData(ChartSpec(kind: .perYear, indicators: ["ngo-aid"]), Self.bundled)
        #expect(ngo.panels[0].figures.compactMap(\.value) == [300])
        #expect(ngo.altText.contains("about US$300 m"), "\(ngo.altText)")
        // US$25 m and US$30 m a quarter are US$100 m and US$120 m a year, whatever the quarter's days.
        let q = try ChartCompiler.briefingData(ChartSpec(kind: .perYear, indicators: ["aid-q"]), Self.odd)
        #expect(q.panels[0].figures.compactMap(\.value) == [100, 120])
        #expect(q.panels[0].changes.compactMap { $0?.text } == ["+20%"])
    }

    // 2. One figure is drawn once, even when two conferences of one session report it.
    @Test func aFigureIsDrawnOnce() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"], conferences: ["NFAC-20", "NFAC-21", "DC-32"])
        let data = try ChartCompiler.briefingData(spec, Self.bundled)
        let labels = data.panels[0].figures.map(\.label)
        #expect(labels == ["more than 200", "422"], "\(labels)")
        #expect(!data.title.contains("0.0%") && !data.altText.contains("0.0%"))
        #expect(data.notes.contains { $0.contains("DC-32") && $0.contains("NFAC-21") })
        let all = ChartSpec(kind: .periodComparison, indicators: ["agreements"],
                            conferences: Self.bundled.conferencesByDate.map(\.id))
        let allData = try ChartCompiler.briefingData(all, Self.bundled)
        #expect(allData.panels[0].figures.filter { $0.label == "more than 200" }.count == 1)
    }

    // 3. A part of a year is not joined to a whole year when the whole year is there.
    @Test func aPartOfAYearIsLeftOutWhenTheYearIsThere() throws {
        let spec = ChartSpec(kind: .smallMultiples, indicators: ["fdi-registered-national", "trade-national"])
        let data = try ChartCompiler.briefingData(spec, Self.bundled)
        let fdi = data.panels[0]
        #expect(!fdi.figures.contains { $0.category.contains("Nov") }, "\(fdi.figures.map(\.category))")
        #expect(fdi.figures.last?.joinsPrevious == true, "2022 to 2023 compares: the line joins them")
        let bars = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["fdi-registered-national"]), Self.bundled)
        #expect(bars.panels[0].changes.last??.text.contains("32") == true, "\(bars.panels[0].changes.map { $0?.text })")
        #expect(!data.title.contains("4.1") && !data.altText.contains("4.1%"))
        let odd = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["visits"]), Self.odd)
        #expect(odd.panels[0].figures.map(\.label) == ["100", "100", "130"])
        #expect(odd.notes.contains { $0.contains("left out") })
    }

    // 4. Totals of periods of unequal length are compared per year, and say so.
    @Test func unequalPeriodsCompareTheirYearlyRates() throws {
        let spec = ChartSpec(kind: .slope, indicators: ["agreements", "fdi", "unesco-titles"], conferences: ["18", "21"])
        let data = try ChartCompiler.briefingData(spec, Self.bundled)
        func expected(_ id: String) throws -> Double {
            let a = try #require(Self.bundled.select(id, at: .conference(Self.bundled.conference("18")!)).observation)
            let b = try #require(Self.bundled.select(id, at: .conference(Self.bundled.conference("21")!)).observation)
            // A hand calculation with calendar days: the yearly rates' percent change.
            return (b.baseValue / Double(b.period.days)) / (a.baseValue / Double(a.period.days)) * 100 - 100
        }
        for (panel, id) in zip(data.panels, ["agreements", "fdi", "unesco-titles"]) {
            // The slope joins the yearly rates, so the line, its labels and its change agree.
            let mark = try #require(panel.changes.first ?? nil)
            #expect(panel.figures.allSatisfy { $0.label.hasSuffix("/yr") }, "\(panel.figures.map(\.label))")
            #expect(abs(mark.value - (try expected(id))) < 1.5, "\(id): \(mark.value)")
            let rise = (panel.figures[1].value! / panel.figures[0].value! - 1) * 100
            #expect(abs(rise - mark.value) < 1e-6, "the line's rise is the labelled change")
        }
        let unesco = try #require(data.panels[2].changes.first ?? nil)
        #expect(unesco.value < 0, "13 in 3 years after 10 in 2 years is a fall per year")
        #expect(!data.altText.contains("+30%") && !data.altText.contains("−6.5%"))
        #expect(data.notes.contains { $0.contains("yearly rate") })
    }

    // 5. A negative baseline is never indexed, and gives no percent change.
    @Test func aNegativeBaselineIsNeverIndexedOrInverted() throws {
        let measurer = PangoTextMeasurer()
        #expect(throws: ChartError.self) {
            try ChartCompiler.compile(ChartSpec(kind: .slope, indicators: ["balance", "visits"]), Self.odd, measurer: measurer)
        }
        let one = try ChartCompiler.briefingData(ChartSpec(kind: .slope, indicators: ["balance"]), Self.odd)
        #expect(one.panels[0].changes.allSatisfy { $0 == nil })
        #expect(one.notes.contains { $0.contains("zero or negative") }, "\(one.notes)")
        #expect(!one.title.contains("up"))
        let bars = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["balance"]), Self.odd)
        #expect(bars.panels[0].changes.allSatisfy { $0 == nil })
    }

    // 6. A year's value sits at the middle of its year, between its tick and the next, never on
    // the next year's gridline.
    @Test func aYearsValueSitsAtTheMiddleOfItsYear() throws {
        let scene = try ChartCompiler.compile(ChartSpec(kind: .line, indicators: ["trade-national"]), Self.bundled,
                                              measurer: FakeTextMeasurer())
        let ticks = Dictionary(scene.texts(role: "time-label").compactMap { t in Int(t.text).map { ($0, t.bounds.midX) } },
                               uniquingKeysWith: { a, _ in a })
        let markers = (scene.paths(role: "marker") + scene.paths(role: "marker-approximate")).compactMap(\.bounds).map(\.midX).sorted()
        let years = Self.bundled.series("trade-national").map(\.period.end.year)
        try #require(markers.count == years.count)
        var checked = 0
        for (x, year) in zip(markers, years) {
            guard let a = ticks[year], let b = ticks[year + 1] else { continue }
            #expect(abs(x - (a + b) / 2) < (b - a) * 0.05, "\(year): \(x) between \(a) and \(b)")
            checked += 1
        }
        #expect(checked >= 5)
    }

    // 8. Headlines hold: a finding only about the one indicator drawn, with a certain direction,
    // naming both periods; a stated growth says it is stated and what it compares.
    @Test func headlinesHold() throws {
        let several = try ChartCompiler.briefingData(
            ChartSpec(kind: .periodComparison, indicators: ["agreements", "fdi", "unesco-titles"], conferences: ["18", "20", "21"]), Self.bundled)
        #expect(!several.title.contains(" up ") && !several.title.contains(" down "), "\(several.title)")
        // "more than 200" -> 422: at most +111%, and the direction is not certain from a lower bound alone.
        let agreements = try ChartCompiler.briefingData(
            ChartSpec(kind: .periodComparison, indicators: ["agreements"], conferences: ["20", "21"]), Self.bundled)
        #expect(!agreements.title.contains("at most") && !agreements.title.contains(" up "), "\(agreements.title)")
        let fdi = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["fdi"], conferences: ["18", "20", "21"]),
                                                 Self.bundled)
        #expect(fdi.title.contains("22%") && fdi.title.contains("as reported") && fdi.title.contains(" on "), "\(fdi.title)")
        let visits = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["visits"]), Self.odd)
        #expect(visits.title == "Visits up 30% in 2023 on 2022", "\(visits.title)")
    }

    // 9. A rate in percent changes in percentage points, never in percent or as a CAGR.
    @Test func percentRatesChangeInPoints() throws {
        let data = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["jobless"]), Self.odd)
        #expect(data.panels[0].changes.map { $0?.text } == ["−0.2 pp", "+0.5 pp"])
        #expect(data.title == "Unemployment rate up 0.5 pp in Dec 2023 on Dec 2022", "\(data.title)")
        #expect(!data.altText.contains("CAGR") && !data.altText.contains("%)"))
        let plan = try ComparisonPlan(dataset: Self.odd, indicators: ["jobless"])
        #expect(plan.rows[0].pairs.allSatisfy { $0.measure == .points })
    }

    /// Over every panel kind, both languages and several selections of both datasets: every
    /// change mark is the plan's (same value, none where the plan refuses), every finding in a
    /// title is a comparable pair of a one-indicator chart, and the alt text carries each mark.
    @Test(arguments: [ChartSpec.Kind.periodComparison, .smallMultiples, .perYear, .slope, .growth])
    func everyMarkAndTitleAgreesWithThePlan(kind: ChartSpec.Kind) throws {
        let bundled = Self.bundled
        var cases: [(ChartSpec, Dataset)] = []
        for locale in NumberLocale.allCases {
            for id in ["agreements", "fdi", "unesco-titles", "ngo-aid", "fdi-registered-national", "trade-national", "diplomatic-relations"] {
                cases.append((ChartSpec(kind: kind, indicators: [id], locale: locale), bundled))
                cases.append((ChartSpec(kind: kind, indicators: [id], locale: locale, conferences: ["18", "19", "20", "21"]), bundled))
            }
            cases.append((ChartSpec(kind: kind, indicators: ["agreements", "fdi"], locale: locale, conferences: ["18", "20", "21"]), bundled))
            cases.append((ChartSpec(kind: kind, indicators: ["close", "fdi"], locale: locale), Crowded.dataset))
            for id in ["visits", "jobless", "balance", "aid-q"] { cases.append((ChartSpec(kind: kind, indicators: [id], locale: locale), Self.odd)) }
        }
        var checked = 0
        for (spec, ds) in cases {
            let data: BriefingData
            do { data = try ChartCompiler.briefingData(spec, ds) } catch ChartError.noData { continue }
            let plan = try ChartCompiler.plan(spec, ds)
            if kind == .growth {
                let expected = plan.rows.flatMap { $0.pairs.filter(\.isComparable) }.count
                #expect(data.panels[0].figures.count <= expected)
                checked += data.panels[0].figures.count
                continue
            }
            for (panel, row) in zip(data.panels, plan.rows) {
                #expect(panel.indicator == row.indicator.id)
                if kind == .slope {
                    let ends = [row.slots.first(where: \.hasValue), row.slots.last(where: \.hasValue)].compactMap { $0 }
                    guard ends.count == 2, ends[0] != ends[1], let mark = panel.changes.first ?? nil else { continue }
                    let pair = ComparisonPlan.pair(ends[0], ends[1], indicator: row.indicator, wholeSeries: false, dataset: ds)
                    let drawn = pair.measure == .perYear ? pair.perYearChange : pair.change
                    #expect(pair.isComparable && (drawn?.value == mark.value || pair.perYearChange?.value == mark.value))
                    checked += 1
                    continue
                }
                #expect(panel.changes.count == row.pairs.count)
                for (mark, pair) in zip(panel.changes, row.pairs) {
                    if let mark {
                        #expect(pair.isComparable, "\(spec.indicators) \(mark.text) drawn where the plan refuses")
                        let source = kind == .perYear && pair.measure != .points ? pair.perYearChange : pair.change
                        #expect(source?.value == mark.value)
                        #expect(data.altText.contains(mark.text), "alt text lacks \(mark.text)")
                        checked += 1
                    } else if kind == .smallMultiples {
                        // Lines carry no change labels; they never join a pair the plan refuses.
                        // (A line between two negative levels is true even where no percent change is.)
                        if let i = row.pairs.firstIndex(of: pair), let r = pair.refusal, r != .nonPositiveBase(observation: row.slots[i].observation?.id ?? ""),
                           i + 1 < panel.figures.count {
                            #expect(!panel.figures[i + 1].joinsPrevious)
                            checked += 1
                        }
                        continue
                    } else if kind != .perYear {
                        #expect(!pair.isComparable || pair.measure == .stated, "\(spec.indicators): a comparable pair without a mark")
                    }
                }
            }
            let finding = spec.locale == .en ? [" up ", " down "] : [" tăng ", " giảm "]
            if finding.contains(where: { data.title.contains($0) }) {
                #expect(plan.rows.count == 1, "a finding in the title of several indicators: \(data.title)")
                #expect(data.panels[0].changes.contains { $0?.certainDirection != nil }, "\(data.title)")
            }
        }
        #expect(checked > 0)
    }
}
