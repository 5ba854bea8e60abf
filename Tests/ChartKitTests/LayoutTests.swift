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
        #expect(scene.paths(role: "bar").count == 8)
        #expect(scene.texts(role: "title").map(\.text).joined(separator: " ")
                == "International agreements signed by localities and Memoranda signed")
        #expect(scene.texts(role: "legend").map(\.text) == ["International agreements signed by localities", "Memoranda signed"])
        // Approximate figures keep their qualifier.
        let values = scene.texts(role: "value-label").map(\.text)
        #expect(values.contains("about 480"))
        #expect(values.contains("more than 1,100"))
        #expect(scene.texts(role: "source").map(\.text).joined(separator: " ").hasPrefix("Sources: Báo Quốc tế"))
        #expect(scene.texts(role: "tick-label").map(\.text) == ["0", "200", "400", "600", "800", "1,000", "1,200", "1,400"])
    }

    @Test func barsStartAtZeroAndMatchValues() throws {
        let scene = try compile(ChartSpec(kind: .bar, indicators: ["agreements"]))
        let bars = scene.paths(role: "bar").compactMap(\.bounds)
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
        let data = try ChartCompiler.chartData(ChartSpec(kind: .bar, indicators: ["agreements", "mous"], grouping: .byIndicator),
                                               Fixtures.dataset)
        #expect(data.series.count == 4)
        #expect(data.categories == ["International agreements signed by localities", "Memoranda signed"])
    }

    @Test func mixedUnitsAreRefused() {
        #expect(throws: ChartError.mixedUnits(["agreements: count (agreements)", "fdi: USD"])) {
            try compile(ChartSpec(kind: .bar, indicators: ["agreements", "fdi"]))
        }
        #expect(throws: ChartError.self) { try compile(ChartSpec(kind: .bar, indicators: ["agreements", "visits"])) }
        #expect(throws: ChartError.unknownIndicator("nope")) { try compile(ChartSpec(kind: .bar, indicators: ["nope"])) }
    }

    @Test func scalesAreUnifiedAndLabelsKeepTheirOwn() throws {
        let data = try ChartCompiler.chartData(ChartSpec(kind: .line, indicators: ["fdi"]), Fixtures.dataset)
        #expect(data.format.scale == .billion)
        let pts = data.series[0].points
        #expect(pts.compactMap(\.value) == [9.5, 0.7, 12.25, 18])
        #expect(pts.filter { $0.value != nil }.map(\.label) == ["about US$9.5 bn", "US$700 m", "nearly US$12.25 bn", "US$18 bn"])
        // The four periods differ in length by more than 5%: the line is broken between each.
        #expect(pts.map { $0.value == nil } == [false, true, false, true, false, true, false])
    }

    @Test func nonFiniteValuesAreRefused() {
        for bad in [Double.nan, .infinity, -.infinity] {
            var ds = Fixtures.dataset
            ds.observations[0].value = bad
            #expect(throws: ChartError.self) {
                try ChartCompiler.compile(ChartSpec(kind: .bar, indicators: ["agreements"]), ds, measurer: measurer)
            }
            let data = ChartData(title: "t", format: ValueFormat(.plain),
                                 series: [DataSeries(name: "s", points: [DataPoint(category: "a", value: bad, label: "x")])])
            #expect(throws: ChartError.self) {
                try BarChart(data: data, theme: .briefing(.slide), size: SizePreset.slide.size).scene(measurer: measurer)
            }
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
        let data = ChartData(title: "Gaps", format: ValueFormat(.thousands), series: [
            DataSeries(name: "a", points: [DataPoint(category: "p1", value: 3, label: "3"), DataPoint(category: "p2", value: nil, label: "")]),
        ])
        let scene = try BarChart(data: data, theme: .briefing(.slide), size: SizePreset.slide.size).scene(measurer: measurer)
        #expect(scene.paths(role: "bar").count == 1)
        #expect(scene.texts(role: "value-label").map(\.text) == ["3", "n/a"])
        let line = LineChart(data: ChartData(title: "Gaps", format: ValueFormat(.thousands), series: [
            DataSeries(name: "a", points: [
                DataPoint(category: "1", period: Fixtures.periods[0], value: 1, label: "1"),
                DataPoint(category: "2", period: Fixtures.periods[1], value: 2, label: "2"),
                DataPoint(category: "gap", period: nil, value: nil, label: ""),
                DataPoint(category: "4", period: Fixtures.periods[3], value: 4, label: "4"),
            ]),
        ]), theme: .briefing(.slide), size: SizePreset.slide.size)
        let ls = try line.scene(measurer: measurer)
        #expect(ls.paths(role: "line").count == 1)  // 1-2 joined; 4 alone
        #expect(ls.paths(role: "marker").count == 3)
    }
}
