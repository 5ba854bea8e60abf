import Testing
@testable import IndicatorKit

/// The wording catalogues: every message has a text in every language, and every language's
/// locale data is complete.
@Suite struct WordingTests {
    /// One sample of every message (and of every value of its nested keys).
    static var samples: [Message] {
        var m: [Message] = RatePer.allCases.map { .perSuffix($0) }
        m += [.pointsSuffix, .yearsLength("2.7"), .notComparable, .approximate, .notPreferred, .statedGrowthLead, .importedFigures(table: "t.csv")]
        m += Message.Column.allCases.map { .column($0) }
        m += Message.Status.allCases.map { .status($0) }
        m += Verdict.allCases.map { .verdict($0) }
        m += [PlanPair.Measure.levels, .perYear, .points, .stated].map { .compares($0) }
        m += [.statedGrowthFigures, .changes, .statedGrowthOf("g-1")].map { .growthSection($0) }
        let reasons: [Message.ReasonText] = [
            .qualifier(["a"]), .qualifier(["a", "b"]), .overlap("a", "b"), .implied("g"), .partialPeriod("a"),
            .gap("a", "b"), .nested(inner: "a", outer: "b"), .nonPositiveBase("a"), .incompatible("units differ"),
            .contradicted(level: "a", baseline: "b"), .samePeriod("a", "b"), .missingFigure, .toImplied,
        ]
        m += reasons.map { .reason($0) }
        let chart: [Message.Chart] = [
            .noFigure, .noRate, .notAvailable, .about, .atLeast, .up, .down, .and, .perYearUnit, .yearlyRate,
            .ownScales, .indexed, .perYearNote, .slopeRatesNote, .perYearChangeNote, .pointsNote, .openMarkers,
            .impliedDrawn, .impliedHatched, .partialNote, .noChange(name: "FDI", from: "2013", to: "2016", reason: "r"),
            .shownOnce(asked: "DC-32", shownAt: "NFAC-21"), .leftOutPart(name: "FDI", part: "2019", whole: "2016–2020"),
            .thatFigure, .figuresReportedAt, .yearlyRateSubtitle, .growthSubtitle, .growthTitle,
            .growthAxis(points: true, shown: false), .growthAxis(points: false, shown: true), .growthSubtitleShown,
            .periodOf(conference: "NFAC-20"), .lighterBars(changes: true), .lighterBars(changes: false), .totalsOfUnequalPeriods(name: "FDI", lengths: "2.7 yrs, 3.0 yrs"),
            .caveat(name: "FDI", reason: "r"), .pointsLeftOut(name: "FDI"),
            .figureIn(figure: "422", period: "2021–2023"), .changeWhen(from: "2016", to: "2019"),
            .yearlyRateChange(name: "FDI", change: "up 5%"), .statedChange(name: "FDI", change: "up 5%"),
            .largestChange(name: "FDI", up: true, label: "+5%"), .largestChange(name: "FDI", up: false, label: "-5%"),
            .unjoinedNote, .unjoinedNoteNoBands, .labelsLeftOut(1), .labelsLeftOut(3), .unitPercent, .unitPoints, .unitIndex, .unitNumber,
            .sourcesLead(count: 1), .sourcesLead(count: 2), .moreSources(2),
        ]
        m += chart.map { .chart($0) }
        let brief: [Message.Brief] = [
            .titleLead, .datasetIntro(dataset: "vn"), .keyFigures, .statedVsComputed, .charts, .sources, .noStatedGrowth,
            .statedGrowthLead, .seedFile, .notComparable, .seePerYear, .earlier, .later, .perYearRateOrCAGR, .observations,
            .noFigure, .onlyPerYearCompares, .comparedAsAsked, .impliedBaseline(growth: "+22%", id: "g", value: "US$39.5 bn"), .figuresLead, .files, .dataCSV, .computationLog, .altTextLink, .contentHash,
            .altTextLead,
        ]
        m += brief.map { .brief($0) }
        return m
    }

    @Test func everyMessageHasATextInEveryLanguage() {
        for locale in NumberLocale.allCases {
            for m in Self.samples {
                let text = locale.text(m)
                #expect(text.contains { !$0.isWhitespace }, "\(locale) \(m)")
            }
        }
    }

    @Test func slotsAppearInTheText() {
        for locale in NumberLocale.allCases {
            #expect(locale.text(.yearsLength("2.7")).contains("2.7"))
            #expect(locale.text(.reason(.overlap("P-one", "P-two"))).contains("P-one"))
            #expect(locale.text(.reason(.overlap("P-one", "P-two"))).contains("P-two"))
        }
    }

    @Test func everyLanguageHasCompleteLocaleData() {
        for locale in NumberLocale.allCases {
            let d = locale.data
            #expect(d.decimalSeparator != d.groupSeparator)
            for s in Scale.allCases {
                #expect(d.scaleWords[s] != nil && d.tickScaleWords[s] != nil && d.scaleNames[s] != nil, "\(locale) \(s)")
            }
            for q in Qualifier.allCases { #expect(d.qualifierWords[q] != nil, "\(locale) \(q)") }
            for month in 1...12 { #expect(!d.month(Day(year: 2020, month: month, day: 1)!).isEmpty) }
        }
    }

    @Test func namesAreReadByLanguage() {
        let names = PerLanguage(en: "Agreements", vi: "Thỏa thuận")
        #expect(names[.en] == "Agreements")
        #expect(names[.vi] == "Thỏa thuận")
    }
}
