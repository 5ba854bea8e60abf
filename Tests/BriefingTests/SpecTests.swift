import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

@Suite("Chart spec parsing and validation")
struct SpecTests {
    let good = """
    chart: bar
    indicators: [agreements]
    title: Agreements
    output:
      formats: [png, svg]
    """

    @Test func aGoodSpecResolves() throws {
        #expect(Fixture.errors(good) == [])
        let p = Fixture.specFile(good)
        let f = try ChartFile.load(path: p)
        let r = try f.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
        #expect(r.spec.kind == .bar)
        #expect(r.spec.title == "Agreements")
        #expect(f.outputPaths.map { SpecPath.fileName($0) } == ["chart.png", "chart.svg"])
        // The compiler selects: every preferred figure of the indicator, one bar each.
        let data = try ChartCompiler.briefingChart(r.spec, r.data).data
        #expect(data.panels[0].series.map { $0.figures.count } == [3])
    }

    @Test func unknownKeysSuggestTheNearest() {
        let e = Fixture.errors("""
        chart: bar
        indicators: [agreements]
        titel: Agreements
        output:
          widht: 1280
        """)
        #expect(e == [
            "chart.yaml:3:1: unknown key `titel`, did you mean `title`?",
            "chart.yaml:5:3: unknown key `widht` in `output`, did you mean `width`?",
        ])
    }

    @Test func jsonPositionsAreRight() {
        let e = Fixture.errors("""
        {
        \t"chart": "bar",
          "indicators": ["agrements"],
          "output": {"formats": ["png"], "scael": 2}
        }
        """, name: "chart.json")
        #expect(e == [
            "chart.json:4:34: unknown key `scael` in `output`, did you mean `scale`?",
        ])
        let e2 = Fixture.errors("""
        {
          "chart": "bar",
          "indicators": ["agrements"]
        }
        """, name: "chart.json")
        #expect(e2 == ["chart.json:3:18: unknown indicator `agrements`; did you mean `agreements`?; `indicators list` shows them all"])
    }

    @Test func jsonSyntaxErrorsHavePositions() {
        let e = Fixture.errors("{\n  \"chart\": \"bar\",\n  \"indicators\": [\"fdi\"\n}\n", name: "bad.json")
        #expect(e.count == 1)
        #expect(e[0].hasPrefix("bad.json:4:1: invalid JSON"))
    }

    @Test func wrongTypes() {
        let e = Fixture.errors("""
        chart: [bar]
        indicators: {a: 1}
        value-labels: maybe
        output:
          scale: big
        """)
        #expect(e == [
            "chart.yaml:1:8: `chart` must be text, found a list",
            "chart.yaml:2:13: `indicators` must be a list, found a mapping",
            "chart.yaml:3:15: `value-labels` must be true or false, found `maybe`",
            "chart.yaml:5:10: `output.scale` must be a number written in decimal (like 2 or 0.5), found `big`",
        ])
    }

    @Test func unknownValuesSuggestTheNearest() {
        let e = Fixture.errors("""
        chart: lines
        indicators: [agreements]
        preset: slid
        locale: vn
        """)
        #expect(e.count == 3)
        #expect(e[0].hasPrefix("chart.yaml:1:8: unknown chart `lines`; did you mean `line`?"))
        #expect(e[1].hasPrefix("chart.yaml:3:9: unknown preset `slid`; did you mean `slide`?"))
        #expect(e[2].hasPrefix("chart.yaml:4:9: unknown locale `vn`; did you mean `en`?") || e[2].hasPrefix("chart.yaml:4:9: unknown locale `vn`; did you mean `vi`?"))
    }

    @Test func unknownIndicatorAndConference() {
        let e = Fixture.errors("""
        chart: bar
        indicators: [agreements, fdl]
        conferences: [NFAC-21, NFAC21]
        """)
        #expect(e == [
            "chart.yaml:2:26: unknown indicator `fdl`; did you mean `fdi`?; `indicators list` shows them all",
            "chart.yaml:3:24: unknown conference `NFAC21`; did you mean `NFAC-21`?; `indicators conferences` lists them",
        ])
    }

    @Test func emptySelections() {
        #expect(Fixture.errors("chart: bar\nindicators: []\n") == [
            "chart.yaml:2:13: `indicators` is empty; name at least one indicator id (`indicators list` shows them)",
        ])
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\nconferences: [NFAC-15]\n") == [
            "chart.yaml:3:14: the selection is empty: no figure of `agreements` at NFAC-15",
        ])
        #expect(Fixture.errors("chart: bar\nindicators: [fdi]\ndates: {from: 2030-01-01}\n") == [
            "chart.yaml:3:8: the selection is empty: no figure of `fdi` between 2030-01-01 and the end",
        ])
        #expect(Fixture.errors("title: x\n") == [
            "chart.yaml:1:1: missing key `chart`; one of `bar`, `line`" + Fixture.kindList,
            "chart.yaml:1:1: missing key `indicators`; a list of indicator ids (`indicators list` shows them)",
        ])
    }

    @Test func sizesOutOfRange() {
        let e = Fixture.errors("""
        chart: bar
        indicators: [agreements]
        theme:
          base-size: 400
        output:
          width: 100000
        """)
        #expect(e == [
            "chart.yaml:4:14: `theme.base-size` is 400; it must be within 4...72",
            "chart.yaml:6:10: `output.width` is 100000; it must be within 200...7680",
        ])
        let s = Fixture.errors("chart: bar\nindicators: [agreements]\noutput: {scale: 0}\n")
        #expect(s == ["chart.yaml:3:17: `output.scale` is 0; it must be within 0.25...4"])
    }

    @Test func outputsMustStayInTheFolder() throws {
        for (name, why) in [("../x", "names a folder"), ("/tmp/x", "is an absolute path"), ("a/b", "names a folder"), (".hidden", "must not start with `.`")] {
            let e = Fixture.errors("chart: bar\nindicators: [agreements]\noutput:\n  name: \"\(name)\"\n")
            #expect(e.count == 1)
            #expect(e.first?.hasPrefix("chart.yaml:4:9: output name `\(name)` \(why)") == true, "\(e)")
        }
        // A symlink where an output would go.
        let dir = Fixture.tempDir("symlink")
        try FileManager.default.createSymbolicLink(atPath: dir + "/chart.png", withDestinationPath: "/etc/passwd")
        let e = Fixture.errors("chart: bar\nindicators: [agreements]\n", in: dir)
        #expect(e.count == 1)
        #expect(e.first?.contains("is a symbolic link; refusing to write through it") == true)
        // A symlinked folder does not hide an input: the dataset's own files are inputs.
        let ds = Fixture.tempDir("ds")
        try FileManager.default.removeItem(atPath: ds)
        try FileManager.default.copyItem(atPath: Fixture.datasetDirectory, toPath: ds)
        FileManager.default.createFile(atPath: ds + "/figure.png", contents: Data())
        let link = Fixture.tempDir("link") + "/d"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: ds)
        let p = Fixture.specFile("chart: bar\nindicators: [agreements]\noutput: {name: figure, formats: [png]}\n", in: link)
        let f = try ChartFile.load(path: p)
        #expect(throws: DatasetError.self) { try f.resolve(Fixture.dataset, datasetDirectory: ds) }
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var doc = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = "bcdefghijklmnopqrstuvwxyz".map(String.init)
        var prev = "a"
        for n in names.prefix(20) {
            doc += "\(n): &\(n) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
            prev = n
        }
        let start = ContinuousClock.now
        let e = Fixture.errors(doc)
        #expect(ContinuousClock.now - start < .milliseconds(500))
        #expect(e.count == 1)
        #expect(e.first?.contains("aliases (*name); refused to guard against alias bombs") == true, "\(e)")
        // Few aliases, but each expanding: the node budget stops the walk.
        let small = "a: &a [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]\nb: &b [" + Array(repeating: "*a", count: 16).joined(separator: ",") + "]\nc: [*b, *b, *b]\n"
        let e2 = Fixture.errors(small)
        #expect(e2.count == 1)
        #expect(e2.first?.contains("aliases") == true, "\(e2)")
    }

    @Test func deepNestingIsRefusedQuickly() {
        let start = ContinuousClock.now
        let flow = "chart: bar\nindicators: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let e = Fixture.errors(flow)
        #expect(e.count == 1)
        #expect(e.first?.hasPrefix("chart.yaml:2:") == true)
        #expect(e.first?.contains("nests more than 32 levels deep") == true, "\(e)")
        // 10,000 levels of block nesting, one more space each: ~50 MB, so cut at 200 KB.
        var block = ""
        for i in 0..<10_000 where block.utf8.count < 200_000 { block += String(repeating: " ", count: i) + "- \n" }
        let e2 = Fixture.errors(block)
        #expect(e2.first?.contains("nests more than 32 levels deep") == true || e2.first?.contains("bytes") == true, "\(e2)")
        let dashes = "x: " + String(repeating: "- ", count: 10_000) + "1\n"
        let e3 = Fixture.errors(dashes)
        #expect(e3.count == 1)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func hugeFilesAreRefusedUnread() {
        let big = "title: \"" + String(repeating: "x", count: 300_000) + "\"\n"
        let e = Fixture.errors(big)
        #expect(e == ["chart.yaml:1:1: the spec is larger than 262144 bytes (a chart spec is a few hundred); refused"])
    }

    @Test func chartOptionsReachChartSpec() throws {
        let p = Fixture.specFile("chart: bar\nindicators: [agreements, fdi]\ngrouping: by-indicator\nvalue-labels: false\nnumber-format: plain\ninclude-zero: false\n")
        let f = try ChartFile.load(path: p)
        #expect(f.spec.grouping == .byIndicator && f.spec.valueLabels == false && f.spec.format == .plain && f.spec.includeZero == false)
        let r = try f.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
        #expect(r.spec.grouping == .byIndicator)
        #expect(r.spec.valueLabels == false)
        #expect(r.spec.format == .plain)
        #expect(r.spec.includeZero == false)
        let e = Fixture.errors("chart: bar\nindicators: [agreements]\ngrouping: by-perod\n")
        #expect(e.first?.hasPrefix("chart.yaml:3:11: unknown grouping `by-perod`; did you mean `by-period`?") == true, "\(e)")
    }

    @Test func schemaListsEveryKeyTheParserKnows() throws {
        let data = Data(SpecSchema.text().utf8)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let props = try #require(obj["properties"] as? [String: Any])
        #expect(Set(props.keys) == Set(ChartFile.topLevelKeys))
        let output = try #require((props["output"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(output.keys) == Set(ChartFile.outputKeys.map(\.info.name)))
        let theme = try #require((props["theme"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(theme.keys) == Set(ChartFile.themeKeys.map(\.info.name)))
    }
}

extension Fixture {
    static var kindList: String {
        ChartSpec.Kind.allCases.dropFirst(2).map { ", `\($0.rawValue)`" }.joined()
    }
}
