import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing

/// Crowded inputs for the briefing charts: long Vietnamese names, 12 periods, close values,
/// a stated growth with a missing baseline, and 12 indicators of 40 points for small multiples.
enum Crowded {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let longVI = "Số thỏa thuận hợp tác quốc tế về kinh tế, văn hóa và giáo dục do chính quyền các tỉnh, thành phố trực thuộc trung ương ký kết"

    static let dataset: Dataset = {
        var inds: [Indicator] = []
        var obs: [Observation] = []
        var growth: [ReportedGrowth] = []
        var confs: [Conference] = []
        // 12 two-year periods ending at 12 conferences.
        var ends: [Day] = []
        for k in 0..<12 {
            let end = day(String(format: "%04d-08-15", 2000 + 2 * k))
            ends.append(end)
            confs.append(Conference(id: "NFAC-\(10 + k)", series: "NFAC", ordinal: 10 + k, nameEN: "Conference \(10 + k)",
                                    nameVI: "Hội nghị Ngoại vụ toàn quốc lần thứ \(10 + k)", start: end.adding(days: 5), end: end.adding(days: 5)))
        }
        func period(_ k: Int) -> Period { Period(start: k == 0 ? day("1998-08-16") : ends[k - 1].adding(days: 1), end: ends[k]) }
        // Close values, long Vietnamese names, approximate figures.
        inds.append(Indicator(id: "close", nameEN: "Cooperation agreements of every kind signed by provinces and cities with foreign partners",
                              nameVI: longVI, kind: .flow, unit: .count, unitLabelEN: "agreements", unitLabelVI: "thỏa thuận"))
        for k in 0..<12 {
            obs.append(Observation(id: "c\(k)", indicator: "close", period: period(k), value: 1000 + Double(k % 3),
                                   unit: .count, qualifier: k % 2 == 0 ? .nearly : .moreThan, conference: "NFAC-\(10 + k)", source: "s1"))
        }
        // FDI with a gap at NFAC-20 filled by a stated growth.
        inds.append(Indicator(id: "fdi", nameEN: "FDI attracted by localities",
                              nameVI: "Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút vào các địa phương", kind: .flow, unit: .usd))
        for k in [8, 9, 11] {
            obs.append(Observation(id: "f\(k)", indicator: "fdi", period: period(k), value: [8: 51.53, 9: 60.28, 11: 48.2][k]!,
                                   unit: .usd, scale: .billion, conference: "NFAC-\(10 + k)", source: "s2"))
        }
        growth.append(ReportedGrowth(id: "g-fdi", observation: "f11", percent: 22, source: "s2"))
        // Negative change and a near-zero baseline.
        inds.append(Indicator(id: "events", nameEN: "International conferences licensed", nameVI: "Hội nghị, hội thảo quốc tế được cấp phép",
                              kind: .flow, unit: .count, unitLabelEN: "events", unitLabelVI: "hội nghị"))
        for k in [9, 10, 11] {
            obs.append(Observation(id: "e\(k)", indicator: "events", period: period(k), value: [9: 2757, 10: 1246, 11: 1300][k]!,
                                   unit: .count, conference: "NFAC-\(10 + k)", source: "s1"))
        }
        // 12 indicators of 40 yearly points for the small-multiples benchmark.
        for i in 0..<12 {
            inds.append(Indicator(id: "m\(i)", nameEN: "Measure \(i) of local foreign affairs", nameVI: "Chỉ số đối ngoại địa phương số \(i)",
                                  kind: .flow, unit: i % 2 == 0 ? .count : .usd, unitLabelEN: "items", unitLabelVI: "mục"))
            for y in 0..<40 {
                let s = day(String(format: "%04d-01-01", 1984 + y)), e = day(String(format: "%04d-12-31", 1984 + y))
                obs.append(Observation(id: "m\(i)-\(y)", indicator: "m\(i)", period: Period(start: s, end: e),
                                       value: 100 + Double((y * 37 + i * 11) % 50), unit: i % 2 == 0 ? .count : .usd,
                                       scale: i % 2 == 0 ? .one : .million, source: "s1"))
            }
        }
        return Dataset(name: "crowded", title: "Crowded", indicators: inds, observations: obs, reportedGrowth: growth,
                       conferences: confs, sources: [
                           Source(id: "s1", title: "Báo cáo tổng kết công tác đối ngoại địa phương", publisher: "Bộ Ngoại giao", date: day("2023-12-20")),
                           Source(id: "s2", title: "Localities attract FDI", publisher: "Báo Quốc tế", date: day("2024-01-05")),
                           Source(id: "s3", title: "Unused source", publisher: "Nobody", date: day("2024-01-06")),
                       ])
    }()

    static let allConferences = (10..<22).map(String.init)

    /// Specs that together cover every kind with crowded inputs.
    static func specs(_ preset: SizePreset, _ locale: NumberLocale) -> [ChartSpec] {
        [
            ChartSpec(kind: .periodComparison, indicators: ["close", "fdi", "events"], preset: preset, locale: locale,
                      conferences: ["18", "19", "20", "21"]),
            ChartSpec(kind: .periodComparison, indicators: ["close"], preset: preset, locale: locale, conferences: allConferences),
            ChartSpec(kind: .smallMultiples, indicators: ["close", "fdi", "events", "m0", "m1"], preset: preset, locale: locale),
            ChartSpec(kind: .growth, indicators: ["close", "fdi", "events"], preset: preset, locale: locale, conferences: ["18", "19", "20", "21"]),
            ChartSpec(kind: .perYear, indicators: ["close", "fdi"], preset: preset, locale: locale, conferences: ["18", "19", "20", "21"]),
            ChartSpec(kind: .slope, indicators: ["close", "fdi", "events", "m0", "m1", "m2"], preset: preset, locale: locale),
            ChartSpec(kind: .slope, indicators: ["close", "fdi", "events"], preset: preset, locale: locale, conferences: ["20", "21"]),
        ]
    }
}

/// Briefing charts checked with the fake measurer: data, labels, and no overlapping text.
@Suite struct BriefingLayoutTests {
    let measurer = FakeTextMeasurer()

    static func overlaps(_ scene: Scene) -> [String] {
        let runs = scene.texts
        var out: [String] = []
        for i in runs.indices {
            for j in runs.indices where j > i && runs[i].bounds.intersects(runs[j].bounds) {
                out.append("\"\(runs[i].text)\" (\(runs[i].role)) overlaps \"\(runs[j].text)\" (\(runs[j].role))")
            }
        }
        let page = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        for r in runs where !page.contains(r.bounds, tolerance: 0.5) { out.append("\"\(r.text)\" leaves the page") }
        return out
    }

    @Test(arguments: [SizePreset.slide, .a4Half, .square, .smallSlide])
    func noTextOverlapsInCrowdedCharts(_ preset: SizePreset) throws {
        for locale in [NumberLocale.en, .vi] {
            for spec in Crowded.specs(preset, locale) {
                let scene = try ChartCompiler.compile(spec, Crowded.dataset, measurer: measurer)
                #expect(Self.overlaps(scene).isEmpty, "\(spec.kind) \(preset) \(locale): \(Self.overlaps(scene))")
                #expect(!scene.altText.isEmpty)
            }
        }
    }

    @Test func fixtureChartsHaveNoOverlapsEither() throws {
        for kind in [ChartSpec.Kind.periodComparison, .smallMultiples, .growth, .perYear, .slope] {
            for locale in [NumberLocale.en, .vi] {
                let spec = ChartSpec(kind: kind, indicators: ["agreements", "fdi", "mous"], locale: locale)
                let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
                #expect(Self.overlaps(scene).isEmpty, "\(kind) \(locale): \(Self.overlaps(scene))")
            }
        }
    }

    @Test func periodComparisonLabelsChangesAndFacetsUnits() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["fdi", "events"], conferences: ["19", "20", "21"])
        let data = try ChartCompiler.briefingData(spec, Crowded.dataset)
        #expect(data.panels.count == 2)
        #expect(data.panels[0].unit == "US$ billion")
        #expect(data.notes.contains("Each panel has its own unit and scale."))
        // The NFAC-20 gap gets the baseline implied by +22%: 48.2 / 1.22 = 39.5, drawn as derived.
        let implied = data.panels[0].figures[1]
        #expect(implied.derived)
        #expect(implied.label == "about US$39.5 bn")
        #expect(abs(implied.value! - 48.2 / 1.22) < 1e-9)
        #expect(data.panels[0].changes[1]?.text == "+22%")
        let texts = data.panels[1].changes.map { $0?.text }
        #expect(texts == ["−54.8%", "+4.3%"] || texts[0]?.hasPrefix("−55") == true)
        let scene = try ChartCompiler.compile(spec, Crowded.dataset, measurer: measurer)
        #expect(scene.paths(role: "bar-outline").count == 1)
        #expect(scene.texts(role: "change-label").map(\.text).contains("+22%"))
        #expect(scene.texts.map(\.text).contains { $0.contains("Outlined") })
    }

    @Test func approximateFiguresKeepTheirQualifier() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["visits", "agreements"])
        let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
        let labels = scene.texts(role: "value-label").map(\.text)
        #expect(labels.contains("nearly 50"))
        #expect(labels.contains("about 480"))
        #expect(labels.contains("more than 1,100"))
        let vi = try ChartCompiler.compile(ChartSpec(kind: .periodComparison, indicators: ["visits"], locale: .vi), Fixtures.dataset, measurer: measurer)
        #expect(vi.texts(role: "value-label").map(\.text).contains("gần 50"))
    }

    @Test func sourceLineCitesExactlyTheFiguresShown() throws {
        // Only s2's FDI figures and growth are shown: s1 and the unused s3 are not cited.
        let data = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["fdi"], conferences: ["19", "20", "21"]), Crowded.dataset)
        #expect(data.source.contains("Localities attract FDI"))
        #expect(!data.source.contains("Bộ Ngoại giao"))
        #expect(!data.source.contains("Unused"))
    }

    @Test func perYearLabelsCarryPeriodLength() throws {
        let data = try ChartCompiler.briefingData(ChartSpec(kind: .perYear, indicators: ["agreements"]), Fixtures.dataset)
        let cats = data.panels[0].figures.map { String($0.category.unicodeScalars.map { $0 == "\u{00A0}" ? " " : Character($0) }) }
        #expect(cats[0] == "Dec 2013 – Aug 2016\n2.7 yrs")
        #expect(cats[3] == "2021–2023\n3.0 yrs")
        let r = data.panels[0].figures[3].value!
        #expect(abs(r - 1385 / Fixtures.periods[3].years) < 1e-9)
        let vi = try ChartCompiler.briefingData(ChartSpec(kind: .perYear, indicators: ["agreements"], locale: .vi), Fixtures.dataset)
        #expect(vi.panels[0].figures[0].category == "12/2013 – 8/2016\n2,7\u{00A0}năm")
        #expect(data.panels[0].figures[0].category.contains("2.7\u{00A0}yrs"))
    }

    @Test func growthBarsDivergeAroundAnEmphasisedZero() throws {
        let spec = ChartSpec(kind: .growth, indicators: ["events", "fdi"], conferences: ["19", "20", "21"])
        let scene = try ChartCompiler.compile(spec, Crowded.dataset, measurer: measurer)
        let zero = scene.paths(role: "zero-line")
        #expect(zero.count == 1)
        let zx = zero[0].bounds!.minX
        let bars = scene.paths(role: "bar").compactMap(\.bounds)
        #expect(bars.contains { $0.maxX <= zx + 1e-6 } && bars.contains { $0.minX >= zx - 1e-6 })
        let colours = Set(scene.paths(role: "bar").compactMap(\.fill))
        #expect(colours.count == 2)
    }

    @Test func altTextSaysWhatChanged() throws {
        let data = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["agreements"]), Fixtures.dataset)
        // Every figure drawn, and between them the change the plan allows: the four periods differ
        // in length, so the changes are of the yearly rates; never the +189% of unequal totals.
        #expect(data.altText.contains("International agreements signed by localities: about 480 in Dec 2013 – Aug 2016; 712 in Aug 2016 – Dec 2018 (~+66%/yr)"), "\(data.altText)")
        #expect(data.altText.contains("1,385 in 2021–2023 (≤ −16%/yr)"), "\(data.altText)")
        #expect(!data.altText.contains("189"))
        let vi = try ChartCompiler.briefingData(ChartSpec(kind: .periodComparison, indicators: ["agreements"], locale: .vi), Fixtures.dataset)
        #expect(vi.altText.contains("khoảng 480 trong 12/2013 – 8/2016; 712 trong 8/2016 – 12/2018 (~+66%/năm)"), "\(vi.altText)")
    }

    @Test func fitReportListsMovesAndIsDeterministic() throws {
        let spec = ChartSpec(kind: .slope, indicators: ["close", "m0", "m2", "m4", "m6"], preset: .a4Half)
        let a = try ChartCompiler.compile(spec, Crowded.dataset, measurer: measurer)
        let b = try ChartCompiler.compile(spec, Crowded.dataset, measurer: measurer)
        #expect(a.dump() == b.dump())
        #expect(a.fitReport == b.fitReport)
        // Close values at both ends: labels are spread apart, and the report says which moved.
        #expect(a.fitReport.entries.contains { $0.action == .moved })
        #expect(a.fitReport.entries.allSatisfy { !$0.reason.isEmpty })
        #expect(BriefingLayoutTests.overlaps(a).isEmpty)
    }

    @Test func annotationsDrawAReferenceLineAndACallout() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"],
                             annotations: [ChartAnnotation(kind: .referenceLine, value: 1000, text: "target 1,000"),
                                           ChartAnnotation(kind: .callout, period: "2021", text: "record")])
        let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
        #expect(scene.paths(role: "reference-line").count == 1)
        #expect(scene.texts(role: "reference-label").map(\.text) == ["target 1,000"])
        #expect(scene.texts(role: "callout").map(\.text) == ["record"])
        #expect(Self.overlaps(scene).isEmpty)
    }

    @Test func specStaysCodable() throws {
        let spec = ChartSpec(kind: .slope, indicators: ["a"], conferences: ["18", "21"], notes: ["n"],
                             annotations: [ChartAnnotation(kind: .callout, text: "x")])
        let data = try JSONEncoder().encode(spec)
        #expect(try JSONDecoder().decode(ChartSpec.self, from: data) == spec)
        #expect(String(decoding: data, as: UTF8.self).contains("\"slope\""))
    }
}

/// Briefing charts through Pango and Cairo: real text, every format, goldens, speed.
@Suite(.serialized) struct BriefingRenderTests {
    let pango = PangoTextMeasurer()

    static var bundled: Dataset {
        get throws { try DatasetLoader.load(directory: DatasetLoader.bundledDatasetDirectory()!) }
    }

    static let goldenCases: [(String, ChartSpec)] = [
        ("period-comparison-slide", ChartSpec(kind: .periodComparison, indicators: ["agreements", "fdi"], conferences: ["19", "20", "21"])),
        ("small-multiples-vi-slide", ChartSpec(kind: .smallMultiples, indicators: ["agreements", "fdi", "agreements-broad", "trade-national"], locale: .vi)),
        ("growth-slide", ChartSpec(kind: .growth, indicators: ["agreements", "fdi", "agreements-broad"], conferences: ["18", "19", "20", "21"])),
        ("per-year-vi-slide", ChartSpec(kind: .perYear, indicators: ["agreements", "fdi"], locale: .vi, conferences: ["18", "20", "21"])),
        ("slope-a4", ChartSpec(kind: .slope, indicators: ["agreements-broad", "fdi", "trade"], preset: .a4Half, conferences: ["18", "19"])),
    ]

    @Test func goldensSVGAndPNG() throws {
        let ds = try Self.bundled
        for (name, spec) in Self.goldenCases {
            let scene = try ChartCompiler.compile(spec, ds, measurer: pango)
            #expect(BriefingLayoutTests.overlaps(scene).isEmpty, "\(name): \(BriefingLayoutTests.overlaps(scene))")
            let svg = try CairoRenderer.render(scene, format: .svg)
            if let golden = try Goldens.load("\(name).svg", recording: svg) {
                #expect(GoldenTests.normaliseSVG(golden) == GoldenTests.normaliseSVG(svg), "SVG \(name) changed; RECORD_GOLDENS=1 to accept")
            }
            let png = try CairoRenderer.render(scene, format: .png(scale: 1))
            if let golden = try Goldens.load("\(name).png", recording: png) {
                let diff = try RasterImage.decodePNG(png).fractionDiffering(from: RasterImage.decodePNG(golden))
                #expect(diff < 0.005, "PNG \(name): \(diff * 100)% of pixels differ; RECORD_GOLDENS=1 to accept")
            }
        }
    }

    @Test func everyKindRendersFromTheBundledDatasetInEveryFormat() throws {
        let ds = try Self.bundled
        for kind in [ChartSpec.Kind.periodComparison, .smallMultiples, .growth, .perYear, .slope] {
            for preset in [SizePreset.slide, .a4Half] {
                for locale in [NumberLocale.en, .vi] {
                    let spec = ChartSpec(kind: kind, indicators: ["agreements", "fdi", "agreements-broad"], preset: preset, locale: locale,
                                         conferences: kind == .smallMultiples ? nil : ["18", "19", "20", "21"])
                    let scene = try ChartCompiler.compile(spec, ds, measurer: pango)
                    #expect(BriefingLayoutTests.overlaps(scene).isEmpty, "\(kind) \(preset) \(locale): \(BriefingLayoutTests.overlaps(scene))")
                    for format in [ImageFormat.png(scale: 1), .svg, .pdf] {
                        let bytes = try CairoRenderer.render(scene, format: format)
                        #expect(bytes.count > 1000)
                    }
                }
            }
        }
    }

    @Test func crowdedChartsWithRealTextDoNotOverlap() throws {
        for preset in [SizePreset.slide, .a4Half] {
            for locale in [NumberLocale.en, .vi] {
                for spec in Crowded.specs(preset, locale) {
                    let scene = try ChartCompiler.compile(spec, Crowded.dataset, measurer: pango)
                    #expect(BriefingLayoutTests.overlaps(scene).isEmpty, "\(spec.kind) \(preset) \(locale): \(BriefingLayoutTests.overlaps(scene))")
                }
            }
        }
    }

    @Test func altTextIsEmbeddedInEveryFormat() throws {
        let spec = ChartSpec(kind: .periodComparison, indicators: ["agreements"], locale: .vi)
        let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: pango)
        let png = try CairoRenderer.render(scene, format: .png(scale: 1))
        #expect(CairoRenderer.pngDescription(png) == scene.altText)
        _ = try RasterImage.decodePNG(png)  // still a valid PNG
        let svg = String(decoding: try CairoRenderer.render(scene, format: .svg), as: UTF8.self)
        #expect(svg.contains("<desc id=\"chart-desc\">"))
        #expect(svg.contains("khoảng 480 trong 12/2013 – 8/2016"))
        let pdf = try CairoRenderer.render(scene, format: .pdf)
        #expect(String(decoding: pdf, as: UTF8.self).contains("/Subject"))
        #expect(try CairoRenderer.render(scene, format: .png(scale: 1)) == png)
        // The sidecar.
        let dir = NSTemporaryDirectory() + "briefing-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try CairoRenderer.render(scene, format: .png(scale: 1), to: dir + "/c.png", altTextFile: true)
        #expect(try String(contentsOfFile: dir + "/c.png.alt.txt", encoding: .utf8) == scene.altText + "\n")
    }

    @Test func twelvePanelsOfFortyPointsAreFast() throws {
        let ids = (0..<12).map { "m\($0)" }
        var spec = ChartSpec(kind: .smallMultiples, indicators: ids)
        spec.title = "Twelve measures"
        let chart = try ChartCompiler.briefingChart(spec, Crowded.dataset)
        var c = chart
        c.size = Size(width: 1600, height: 1200)
        c.theme = Theme(base: 16)
        let start = Date()
        let scene = try c.scene(measurer: pango)
        let png = try CairoRenderer.render(scene, format: .png(scale: 1))
        let elapsed = Date().timeIntervalSince(start)
        #expect(png.count > 1000)
        #expect(scene.paths(role: "marker").count == 12 * 40)
        #expect(BriefingLayoutTests.overlaps(scene).isEmpty, "\(BriefingLayoutTests.overlaps(scene))")
        #expect(elapsed < 3, "12 x 40 small multiples took \(elapsed) s")
    }
}
