import Foundation
import Testing

@Suite("CLI: spec files")
struct SpecFileTests {
    func folder(_ files: [String: String]) -> String {
        let dir = NSTemporaryDirectory() + "indicators-spec-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) }
        return dir
    }

    @Test func renderRefusesLenientSyntaxWithPositionsAndExitTwo() throws {
        let dir = folder([
            "a.json": "{\"chart\": \"bar\", \"indicators\": [\"agreements\"],}\n",
            "b.yaml": "chart: bar\nindicators: [agreements]\nvalue-labels: ON\noutput: {width: 0x320}\n",
        ])
        let r = try CLI.run(["render", dir, "--dataset", CLI.bundledDataset])
        #expect(r.status == 2)
        #expect(r.stderr.contains(dir + "/a.json:1:47: invalid JSON: trailing comma before `}`"), "\(r.stderr)")
        #expect(r.stderr.contains(dir + "/b.yaml:3:15: `value-labels` must be true or false, found `ON`"), "\(r.stderr)")
        #expect(r.stderr.contains(dir + "/b.yaml:4:17: `output.width` must be a number written in decimal"), "\(r.stderr)")
        // Nothing is drawn when a spec is refused.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.json", "b.yaml"])
    }

    @Test func renderDrawsEveryPeriodForm() throws {
        // A conference ordinal and a span; a date (a flow ending that day). The SVG's description
        // (alt text) names every figure charted.
        let dir = folder([
            "forms.yaml": "chart: bar\nindicators: [agreements]\nperiods: [18, 2019-01-01..2021-12-13]\noutput: {formats: [svg]}\n",
            "date.yaml": "chart: bar\nindicators: [agreements]\nperiods: [2023-12-18]\noutput: {formats: [svg]}\n",
        ])
        let r = try CLI.run(["render", dir, "--dataset", CLI.bundledDataset])
        #expect(r.status == 0, "\(r.stderr)")
        let forms = try String(contentsOfFile: dir + "/forms.svg", encoding: .utf8)
        #expect(forms.contains(": 119 in Dec 2013 – Aug 2016; more than 200 in Jan 2019 – Dec 2021."), "\(forms.prefix(600))")
        let date = try String(contentsOfFile: dir + "/date.svg", encoding: .utf8)
        #expect(date.contains(": 422 in Jan 2021 – Dec 2023."), "\(date.prefix(600))")
    }
}
