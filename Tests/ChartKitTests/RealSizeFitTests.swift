import ChartCairo
import ChartKit
import IndicatorKit
import Testing

/// Every chart kind at every preset in both languages, over the crowded inputs, measured with the
/// real Pango measurer (issue 10): no text under its floor at the real size, no two text runs
/// overlapping, no text outside the page, and a fit report that agrees with the scene.
@Suite struct RealSizeFitTests {
    static let measurer = PangoTextMeasurer()

    /// The crowded specs (every briefing kind) plus bar and line, and the fixture's three
    /// indicators for every kind.
    static func cases(_ preset: SizePreset, _ locale: NumberLocale) -> [(ChartSpec, Dataset)] {
        let all = Crowded.allConferences
        let crowded = Crowded.specs(preset, locale) + [
            ChartSpec(kind: .bar, indicators: ["close", "events"], preset: preset, locale: locale, conferences: all),
            ChartSpec(kind: .line, indicators: ["close", "fdi", "events"], preset: preset, locale: locale),
            ChartSpec(kind: .line, indicators: ["m0", "m1", "m2", "m3", "m4", "m5"], preset: preset, locale: locale),
        ]
        let fixture = ChartSpec.Kind.allCases.map { ChartSpec(kind: $0, indicators: ["agreements", "fdi", "mous"], preset: preset, locale: locale) }
        return crowded.map { ($0, Crowded.dataset) } + fixture.map { ($0, Fixtures.dataset) }
    }

    /// What is wrong with the fit report of `scene`: a label it says was moved or shrunk that the
    /// scene does not hold (and that was not left out later), or labels left out without the note
    /// that says how many.
    static func reportMismatches(_ scene: Scene, locale: NumberLocale) -> [String] {
        let texts = Set(scene.texts.map(\.text))
        // A label set on two lines is two runs: every word of it is in the scene.
        let words = Set(scene.texts.flatMap { $0.text.split(separator: " ").map(String.init) })
        let report = scene.fitReport
        let droppedTexts = Set(report.dropped.map(\.text))
        var out: [String] = []
        for e in report.entries where e.action != .dropped && !e.reason.hasPrefix("shortened") && !e.reason.hasPrefix("moved") {
            if !texts.contains(e.text) && !e.text.split(separator: " ").allSatisfy({ words.contains(String($0)) }) && !droppedTexts.contains(e.text) { out.append("placed but absent: \(e)") }
        }
        let n = report.dropped.count
        let foot = scene.texts.filter { $0.role == "source" }.map(\.text).joined(separator: " ")
        if n > 0 {
            let said = locale == .vi ? "\(n) nhãn" : (n == 1 ? "1 label" : "\(n) labels")
            if !foot.contains(said) { out.append("\(n) labels left out but the chart does not say so: \(foot)") }
        } else if foot.contains("left out for lack of room") || foot.contains("lược bớt") {
            out.append("a note says labels were left out but the report has none")
        }
        return out
    }

    @Test(arguments: SizePreset.allCases)
    func everyKindFitsAtRealSize(_ preset: SizePreset) throws {
        var checked = 0
        for locale in [NumberLocale.en, .vi] {
            for (spec, dataset) in Self.cases(preset, locale) {
                let what = "\(spec.kind) \(spec.indicators) \(preset) \(locale)"
                let scene: Scene
                do { scene = try ChartCompiler.compile(spec, dataset, measurer: Self.measurer) } catch let e as ChartError {
                    // Refusing is allowed only with a message that names the way out.
                    guard case .doesNotFit(let why) = e else { continue }
                    #expect(why.contains("preset") || why.contains("fewer"), "\(what): \(why)")
                    continue
                }
                checked += 1
                #expect(LegibilityTests.underFloor(scene, preset: preset).isEmpty, "\(what): \(LegibilityTests.underFloor(scene, preset: preset))")
                #expect(BriefingLayoutTests.overlaps(scene).isEmpty, "\(what): \(BriefingLayoutTests.overlaps(scene))")
                #expect(Self.reportMismatches(scene, locale: locale).isEmpty, "\(what): \(Self.reportMismatches(scene, locale: locale)) TEXTS \(scene.texts.filter { $0.role == "value-label" }.map(\.text)) REPORT \(scene.fitReport.text)")
            }
        }
        // (At a4-column, the smallest preset, three of the crowded Vietnamese charts refuse with a
        // preset that fits: their notes on skipped and overlapping periods need the room.)
        #expect(checked >= 19, "\(preset): only \(checked) charts laid out")
    }

    /// A chart that renders at a4-half renders at every larger preset.
    @Test func largerPresetsNeverFailWhereA4HalfRenders() throws {
        let larger: [SizePreset] = [.smallSlide, .slide, .square]
        for locale in [NumberLocale.en, .vi] {
            for (spec, dataset) in Self.cases(.a4Half, locale) {
                guard (try? ChartCompiler.compile(spec, dataset, measurer: Self.measurer)) != nil else { continue }
                for preset in larger {
                    var s = spec
                    s.preset = preset
                    do { _ = try ChartCompiler.compile(s, dataset, measurer: Self.measurer) } catch {
                        Issue.record("\(spec.kind) \(spec.indicators) \(spec.conferences) renders at a4-half but not at \(preset) \(locale): \(error)")
                    }
                }
            }
        }
    }
}
