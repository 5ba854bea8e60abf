import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

@Suite("The typed spec: key table, generated schema, writer")
struct SpecKeyTableTests {
    /// Every property of a schema object, depth first, with its dotted name.
    static func properties(_ schema: [String: Any], prefix: String = "") -> [(String, [String: Any])] {
        var out: [(String, [String: Any])] = []
        let props = schema["properties"] as? [String: Any] ?? [:]
        for (name, value) in props.sorted(by: { $0.key < $1.key }) {
            guard let p = value as? [String: Any] else { continue }
            out.append((prefix + name, p))
            out += properties(p, prefix: prefix + name + ".")
            if let items = p["items"] as? [String: Any] { out += properties(items, prefix: prefix + name + "[].") }
        }
        return out
    }

    /// Whether a schema fragment says what type its value has.
    static func isTyped(_ p: [String: Any]) -> Bool {
        if p["type"] != nil || p["enum"] != nil { return true }
        if let alts = p["oneOf"] as? [[String: Any]] { return !alts.isEmpty && alts.allSatisfy(isTyped) }
        return false
    }

    @Test func everyKeyIsTypedAndDescribedInTheSchema() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SpecSchema.text().utf8)) as? [String: Any])
        let all = Self.properties(schema)
        #expect(all.count >= 35, "\(all.map(\.0))")
        for (name, p) in all {
            #expect(Self.isTyped(p), "`\(name)` has no type in the schema")
            #expect((p["description"] as? String)?.isEmpty == false, "`\(name)` has no description")
        }
        // The keys that had no type or were missing before: annotations, each of their fields, periods.
        let names = Set(all.map(\.0))
        for n in ["annotations", "annotations[].kind", "annotations[].value", "annotations[].text", "periods", "dates.from", "output.width"] {
            #expect(names.contains(n), "\(n)")
        }
        let ann = try #require(all.first { $0.0 == "annotations" }?.1)
        #expect(ann["type"] as? String == "array")
        #expect(((ann["items"] as? [String: Any])?["required"] as? [String]) == ["kind", "text"])
        // Defaults sit beside their keys.
        let byName = Dictionary(uniqueKeysWithValues: all)
        #expect(byName["preset"]?["default"] as? String == "slide")
        #expect(byName["value-labels"]?["default"] as? Bool == true)
        #expect(byName["output.formats"]?["default"] as? [String] == ["png", "svg"])
    }

    @Test func theGeneratedSchemaIsTheCommittedFile() throws {
        let committed = try String(contentsOfFile: Fixture.chartsDirectory + "/" + SpecSchema.fileName, encoding: .utf8)
        #expect(SpecSchema.text() == committed, "run `indicators render Charts/` and commit the schema")
    }

    @Test func keyNamesAreTheFileFormatNotSwiftNames() {
        let names = ChartFile.topLevelKeys
        #expect(names.contains("value-labels") && names.contains("number-format") && names.contains("include-alternatives"))
        #expect(!names.contains("valueLabels") && !names.contains("format") && !names.contains("includeAlternatives"))
        #expect(Set(names).count == names.count)
    }

    @Test func noReflectionInSources() throws {
        let root = Fixture.packageRoot + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        for f in files {
            let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
            #expect(!text.contains("Mirror(" + "reflecting"), "\(f) uses reflection")
            #expect(!text.contains("Int(s) ?? (Double(s)"), "\(f) coerces values")
        }
    }

    /// A spec with every key set away from its default.
    static let everything = """
    dataset: local-diplomacy
    chart: line
    indicators: [agreements, agreements-broad]
    periods: [18, NFAC-20, 2023-12-18, 2019-01-01..2021-12-13]
    dates: {from: 2013-01-01, to: 2024-12-31}
    title: "Agreements: all of them"
    subtitle: Counts
    notes: ["First note", "Second: with a colon"]
    source: Own count
    preset: a4-half
    locale: vi
    grouping: by-indicator
    value-labels: false
    number-format: thousands
    include-zero: false
    include-alternatives: true
    annotations:
      - kind: reference-line
        indicator: agreements
        value: 250.5
        text: Target
      - kind: callout
        period: "2021–2023"
        text: "yes"
    theme:
      font: Noto Sans
      base-size: 12
      background: "#FFFFFF"
      text: "#1A1A1A"
      muted-text: "#555555"
      gridline: "#DDDDDD"
      axis-line: "#333333"
      palette: ["#0072B2", "#E69F00"]
    output:
      name: every-key
      formats: [pdf, png]
      width: 1190

    """

    @Test func everyKeyReadsIntoItsTypedProperty() throws {
        let f = try ChartFile.parse(Array(Self.everything.utf8), path: "x/every.yaml")
        let s = f.spec
        #expect(f.dataset == "local-diplomacy")
        #expect(s.kind == .line && s.indicators == ["agreements", "agreements-broad"])
        #expect(s.conferences == ["18", "NFAC-20", "2023-12-18", "2019-01-01..2021-12-13"])
        #expect(s.dates == DateWindow(from: Day(iso: "2013-01-01"), to: Day(iso: "2024-12-31")))
        #expect(s.title == "Agreements: all of them" && s.subtitle == "Counts" && s.source == "Own count")
        #expect(s.notes == ["First note", "Second: with a colon"])
        #expect(s.preset == .a4Half && s.locale == .vi && s.grouping == .byIndicator)
        #expect(s.valueLabels == false && s.format == .thousands && s.includeZero == false && s.includeAlternatives == true)
        #expect(s.annotations == [
            ChartAnnotation(kind: .referenceLine, indicator: "agreements", value: 250.5, text: "Target"),
            ChartAnnotation(kind: .callout, period: "2021–2023", text: "yes"),
        ])
        #expect(f.theme.font == "Noto Sans" && f.theme.baseSize == 12 && f.theme.palette?.count == 2)
        #expect(f.theme.background == Color(hex: 0xFFFFFF) && f.theme.axisLine == Color(hex: 0x333333))
        #expect(f.output == ChartFile.Output(name: "every-key", formats: [.pdf, .png], scale: nil, width: 1190))
        #expect(abs(f.scale - 2) < 0.001)
    }

    @Test func theWriterWritesWhatTheParserReadsBack() throws {
        let f = try ChartFile.parse(Array(Self.everything.utf8), path: "x/every.yaml")
        let text = f.yaml(comment: ["written back"])
        #expect(text.hasPrefix("# written back\n"))
        let g = try ChartFile.parse(Array(text.utf8), path: "x/every.yaml")
        #expect(g.spec == f.spec)
        #expect(g.theme == f.theme)
        #expect(g.output == f.output)
        #expect(g.dataset == f.dataset)
        // Text that YAML 1.1 would read as something else is quoted; the old name is not written.
        #expect(text.contains("text: \"yes\""))
        #expect(text.contains("periods: [\"18\", NFAC-20, \"2023-12-18\", \"2019-01-01..2021-12-13\"]"))
        #expect(!text.contains("conferences"))
        // Defaults are left out.
        let minimal = ChartFile(path: "m.yaml", spec: ChartSpec(kind: .bar, indicators: ["fdi"]))
        #expect(minimal.yaml() == "chart: bar\nindicators: [fdi]\n")
    }

    @Test func annotationsAreTypedAndChecked() {
        let e = Fixture.errors("""
        chart: period-comparison
        indicators: [agreements]
        annotations:
          - kind: reference-lines
            text: a
          - kind: reference-line
            value: "250"
            text: b
          - kind: callout
            indicator: fdl
          - kind: reference-line
            text: c
          - 7
        """)
        #expect(e == [
            "chart.yaml:4:11: unknown annotations[0].kind `reference-lines`; did you mean `reference-line`? (one of `reference-line`, `callout`)",
            "chart.yaml:7:12: `annotations[1].value` must be a number written in decimal (like 2 or 0.5), found `250`",
            "chart.yaml:9:5: missing key `text` in `annotations[2]`",
            "chart.yaml:13:5: `annotations[4]` must be a mapping of keys, found `7` (a whole number)",
            "chart.yaml:10:16: `annotations[2].indicator` `fdl` is not charted; give one of the `indicators`",
            "chart.yaml:11:5: `annotations[3]` is a reference-line and needs a `value`",
        ])
    }
}
