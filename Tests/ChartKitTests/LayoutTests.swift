import ChartKit
import IndicatorKit
import Testing

/// Layout checked against the fake measurer: no Pango, exact numbers.
@Suite struct LayoutTests {
    let measurer = FakeTextMeasurer()

    func compile(_ spec: ChartSpec) throws -> Scene {
        try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
    }

    @Test func wrapsGreedilyOnSpaces() throws {
        let font = FontSpec(family: "X", size: 10)  // 5.5 per letter, 3 per space
        let lines = try TextWrapper.wrap("aaaa bbbb cccc", font: font, width: 50, measurer: measurer)
        #expect(lines == ["aaaa bbbb", "cccc"])
        #expect(try TextWrapper.wrap("a\nb", font: font, width: 500, measurer: measurer) == ["a", "b"])
        #expect(try TextWrapper.wrap("averyveryverylongword x", font: font, width: 20, measurer: measurer) == ["averyveryverylongword", "x"])
    }

    @Test func barChartHasBarsLabelsAndSource() throws {
        let scene = try compile(ChartSpec(kind: .bar, indicators: ["agreements", "mous"]))
        // Eight bars; the two of qualified figures ("about 480", "more than 1,100") drawn lighter.
        #expect(scene.paths(role: "bar").count == 6)
        #expect(scene.paths(role: "bar-approximate").count == 2)
        #expect(scene.texts(role: "title").map(\.text).joined(separator: " ")
                == "International agreements signed by localities and Memoranda signed")
        #expect(scene.texts(role: "legend").map(\.text) == ["International agreements signed by localities", "Memoranda signed"])
        // Approximate figures keep their qualifier.
        let values = scene.texts(role: "value-label").map(\.text)
        #expect(values.contains("about 480"))
        #expect(values.contains("more than 1,100"))
        #expect(scene.texts(role: "source").map(\.text).joined(separator: " ").contains("Sources: Báo Quốc tế"))
        #expect(scene.texts(role: "tick-label").map(\.text) == ["0", "200", "400", "600", "800", "1,000", "1,200", "1,400"])
    }

    @Test func barsStartAtZeroAndMatchValues() throws {
        let scene = try compile(ChartSpec(kind: .bar, indicators: ["agreements"]))
        // Exact bars and the lighter bars of qualified figures ("about 480", "more than 1,100"), left to right.
        let bars = scene.nodes.compactMap { node -> Rect? in
            guard case .path(let p) = node, p.role == "bar" || p.role == "bar-approximate" else { return nil }
            return p.bounds
        }.sorted { $0.minX < $1.minX }
        try #require(bars.count == 4)
        let baseline = scene.paths(role: "baseline")[0].bounds!.minY
        #expect(bars.allSatisfy { abs($0.maxY - baseline) < 1e-9 })
        // Heights are proportional to the values 480, 712, 1100, 1385.
        let ratio = bars[3].height / bars[0].height
        #expect(abs(ratio - 1385.0 / 480.0) < 1e-9)
    }

    @Test func nothingOverlapsOrLeavesThePage() throws {
        for preset in SizePreset.allCases {
            for spec in [ChartSpec(kind: .bar, indicators: ["agreements", "mous"], preset: preset),
                         ChartSpec(kind: .bar, indicators: ["agreements", "mous"], preset: preset, grouping: .byIndicator),
                         ChartSpec(kind: .line, indicators: ["agreements", "mous"], preset: preset),
                         ChartSpec(kind: .line, indicators: ["fdi"], preset: preset, locale: .vi)] {
                let scene = try compile(spec)
                let page = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
                let boxes = scene.texts.map(\.bounds)
                for (i, b) in boxes.enumerated() {
                    #expect(page.contains(b), "\(preset) \(spec.kind): \(scene.texts[i].text) leaves the page")
                    for j in boxes.indices where j > i {
                        #expect(!b.intersects(boxes[j]), "\(preset) \(spec.kind): '\(scene.texts[i].text)' overlaps '\(scene.texts[j].text)'")
                    }
                }
            }
        }
    }

    @Test func longTitlesWrap() throws {
        let title = String(repeating: "Số thỏa thuận quốc tế do các địa phương ký kết ", count: 3)
        let scene = try compile(ChartSpec(kind: .bar, indicators: ["agreements"], title: title))
        let lines = scene.texts(role: "title")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.bounds.maxX <= scene.size.width - Theme.briefing(.slide).margin + 0.01 })
    }

    @Test func groupingByIndicatorMakesOneSeriesPerPeriod() throws {
        let data = try ChartCompiler.briefingChart(ChartSpec(kind: .bar, indicators: ["agreements", "mous"], grouping: .byIndicator),
                                                   Fixtures.dataset).data
        let series = data.panels[0].series
        #expect(series.count == 4)
        #expect(series.allSatisfy { $0.figures.map(\.category) == ["International agreements signed by localities", "Memoranda signed"] })
    }

    @Test func mixedUnitsAreRefused() {
        #expect(throws: ChartError.mixedUnits(["agreements: count (agreements)", "fdi: USD"])) {
            try compile(ChartSpec(kind: .bar, indicators: ["agreements", "fdi"]))
        }
        #expect(throws: ChartError.self) { try compile(ChartSpec(kind: .bar, indicators: ["agreements", "visits"])) }
        #expect(throws: ChartError.unknownIndicator("nope")) { try compile(ChartSpec(kind: .bar, indicators: ["nope"])) }
    }

    @Test func scalesAreUnifiedAndLabelsKeepTheirOwn() throws {
        let data = try ChartCompiler.briefingChart(ChartSpec(kind: .line, indicators: ["fdi"]), Fixtures.dataset).data
        #expect(data.panels[0].format.scale == .billion)
        let pts = data.panels[0].series[0].figures
        #expect(pts.compactMap(\.value) == [9.5, 0.7, 12.25, 18])
        #expect(pts.filter { $0.value != nil }.map(\.label) == ["about US$9.5 bn", "US$700 m", "nearly US$12.25 bn", "US$18 bn"])
        // The four periods differ in length by more than 5%: the line is broken between each.
        #expect(pts.map(\.joinsPrevious) == [true, false, false, false])
    }

    @Test func nonFiniteValuesAreRefused() {
        for bad in [Double.nan, .infinity, -.infinity] {
            var ds = Fixtures.dataset
            ds.observations[0].value = bad
            #expect(throws: ChartError.self) {
                try ChartCompiler.compile(ChartSpec(kind: .bar, indicators: ["agreements"]), ds, measurer: measurer)
            }
            let chart = Self.chart(.bars, [BriefingSeries(indicator: nil, name: "s", figures: [BriefingFigure(category: "a", value: bad, label: "x")])])
            #expect(throws: ChartError.self) { try chart.scene(measurer: measurer) }
        }
    }

    @Test func sceneValidationCatchesNonFiniteGeometry() {
        var scene = Scene(size: Size(width: 100, height: 100))
        scene.nodes = [.path(.rect(Rect(x: 0, y: .nan, width: 10, height: 10), fill: .black, role: "bar"))]
        #expect(throws: SceneError.self) { try scene.validate() }
        scene.nodes = [.group(GroupNode(clip: Rect(x: 0, y: 0, width: .infinity, height: 1), children: []))]
        #expect(throws: SceneError.self) { try scene.validate() }
        #expect(throws: SceneError.badSize(width: 20_000, height: 10)) {
            try Scene(size: Size(width: 20_000, height: 10)).validate()
        }
        #expect(throws: SceneError.self) { try Scene(size: Size(width: .nan, height: 10)).validate() }
    }

    @Test func missingGlyphFromMeasurerPropagates() {
        let m = FakeTextMeasurer(missing: [0x10FFFD])
        #expect(throws: TextError.missingGlyphs(text: "Bad \u{10FFFD}", codePoints: [0x10FFFD])) {
            try ChartCompiler.compile(ChartSpec(kind: .bar, indicators: ["agreements"], title: "Bad \u{10FFFD}"),
                                      Fixtures.dataset, measurer: m)
        }
    }

    @Test func missingValuesAreGapsNotZeros() throws {
        // 'visits' has only the last period: by period, with agreements (same unit noun? no) -> use in-memory data.
        let bars = Self.chart(.bars, [BriefingSeries(indicator: nil, name: "a", figures: [
            BriefingFigure(category: "p1", value: 3, label: "3"), BriefingFigure(category: "p2", value: nil, label: "")])])
        let scene = try bars.scene(measurer: measurer)
        #expect(scene.paths(role: "bar").count == 1)
        #expect(scene.texts(role: "value-label").map(\.text) == ["3", "n/a"])
        let p = Fixtures.periods
        let line = Self.chart(.line, [BriefingSeries(indicator: nil, name: "a", figures: [
            BriefingFigure(category: "1", period: p[0], value: 1, label: "1"),
            BriefingFigure(category: "2", period: p[1], value: 2, label: "2"),
            BriefingFigure(category: "4", period: p[3], value: 4, label: "4", joinsPrevious: false),
        ])])
        let ls = try line.scene(measurer: measurer)
        #expect(ls.paths(role: "line").count == 1)  // 1-2 joined; 4 alone
        #expect(ls.paths(role: "marker").count == 3)
    }

    /// A one-panel chart of `series` sharing one axis.
    static func chart(_ layout: BriefingChart.Layout, _ series: [BriefingSeries]) -> BriefingChart {
        let panel = BriefingPanel(title: "", unit: "", format: ValueFormat(.thousands), figures: [], series: series)
        return BriefingChart(data: BriefingData(title: "Gaps", panels: [panel]), layout: layout, theme: .briefing(.slide),
                             size: SizePreset.slide.size)
    }

    @Test func optionsAKindDoesNotDrawAreRefusedByName() {
        #expect(throws: ChartError.unsupportedOption(kind: "slope", option: "group-by: by-indicator (bar only)")) {
            try compile(ChartSpec(kind: .slope, indicators: ["agreements"], grouping: .byIndicator))
        }
        var spec = ChartSpec(kind: .bar, indicators: ["agreements"])
        spec.includeZero = false
        #expect(throws: ChartError.self) { try compile(spec) }
    }

    @Test func barAndLineDrawNotesAndSayWhenLabelsAreLeftOut() throws {
        var spec = ChartSpec(kind: .bar, indicators: ["agreements", "mous"], preset: .a4Column)
        spec.notes = ["A note of mine."]
        let scene = try compile(spec)
        #expect(scene.texts(role: "source").map(\.text).joined(separator: " ").contains("A note of mine."))
        // The fit report is the scene's: every dropped label is missing from the scene, and the chart says how many.
        let dropped = scene.fitReport.dropped
        let shown = Set(scene.texts.map(\.text))
        #expect(dropped.allSatisfy { !shown.contains($0.text) })
        if !dropped.isEmpty {
            #expect(scene.texts(role: "source").map(\.text).joined(separator: " ").contains("\(dropped.count) label"))
        }
    }
}
