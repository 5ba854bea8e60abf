import ChartKit
import IndicatorKit
import Testing

/// Text stays legible at the real size of each preset, and an indicator keeps its colour.
@Suite struct LegibilityTests {
    let measurer = FakeTextMeasurer()

    /// Text smaller than its floor at the preset's real size: "role 'text' at 5.5 pt".
    static func underFloor(_ scene: Scene, preset: SizePreset) -> [String] {
        let theme = Theme.briefing(preset)
        return scene.texts.compactMap { t in
            let real = t.font.size * preset.pointsPerUnit
            let floor = theme.floor(forRole: t.role) * preset.pointsPerUnit
            return real < floor - 1e-9 ? "\(t.role) '\(t.text)' at \(real) pt (floor \(floor) pt)" : nil
        }
    }

    @Test(arguments: SizePreset.allCases)
    func noTextUnderTheFloorAtRealSize(preset: SizePreset) throws {
        for spec in [ChartSpec(kind: .bar, indicators: ["agreements", "mous"], preset: preset),
                     ChartSpec(kind: .line, indicators: ["agreements", "mous"], preset: preset),
                     ChartSpec(kind: .periodComparison, indicators: ["agreements", "fdi"], preset: preset),
                     ChartSpec(kind: .smallMultiples, indicators: ["agreements", "fdi", "mous"], preset: preset, locale: .vi),
                     ChartSpec(kind: .perYear, indicators: ["agreements"], preset: preset),
                     ChartSpec(kind: .growth, indicators: ["agreements", "fdi"], preset: preset),
                     ChartSpec(kind: .slope, indicators: ["agreements", "fdi"], preset: preset)] {
            let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
            #expect(Self.underFloor(scene, preset: preset).isEmpty, "\(preset) \(spec.kind): \(Self.underFloor(scene, preset: preset))")
        }
    }

    @Test func floorsAreRealPoints() {
        // a4-half prints at its size: 8 pt; a 1920-wide slide is projected 960 pt wide: 16 units.
        #expect(Theme.briefing(.a4Half).axisLabel.size == 8)
        #expect(Theme.briefing(.a4Half).source.size == 7)
        #expect(Theme.briefing(.slide).textFloor == 16)
        #expect(SizePreset.a4Column.realSize.width == 483.28)
    }

    @Test func anIndicatorKeepsItsColourWhateverItIsChartedWith() throws {
        func colour(of indicator: String, with others: [String]) throws -> Color? {
            let spec = ChartSpec(kind: .slope, indicators: others + [indicator])
            let scene = try ChartCompiler.compile(spec, Fixtures.dataset, measurer: measurer)
            return scene.paths(role: "slope").last?.stroke?.color
        }
        let alone = try colour(of: "fdi", with: [])
        #expect(alone != nil)
        #expect(try colour(of: "fdi", with: ["agreements"]) == alone)
        #expect(try colour(of: "fdi", with: ["mous", "agreements"]) == alone)
    }

    @Test func seriesSharingAPlotNeverShareAColour() throws {
        let palette = Palette.okabeIto
        let assignment = ColorAssignment(order: ["a", "b", "c"])
        // "c" and a 7-colour palette: index 2; with a 2-colour palette "a" and "c" clash, so "c" moves.
        let two = Array(palette.prefix(2))
        #expect(try assignment.colors(for: ["a", "c"], palette: two) == [two[0], two[1]])
        #expect(try assignment.colors(for: ["a", "c"], palette: two, shared: false) == [two[0], two[0]])
        #expect(throws: ChartError.tooManySeries(3, limit: 2)) { try assignment.colors(for: ["a", "b", "c"], palette: two) }
    }
}
