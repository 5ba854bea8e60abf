import Foundation
import Testing
import IndicatorKit; import ChartKit; import ChartCairo; import Briefing

/// The README's library section, run: every code line of it appears below, unchanged but for the
/// text of string literals (paths here are in a scratch folder), so the README's example compiles
/// and works.
@Suite("README library section", .serialized)
struct ReadmeLibraryTests {
    static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    @Test func everyLineOfTheReadmeExampleIsHere() throws {
        let readme = try String(contentsOfFile: Self.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Library\n").dropFirst().first)
        let code = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let mine = Self.withoutLiterals(try String(contentsOfFile: #filePath, encoding: .utf8))
        let lines = code.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("//") }
        #expect(lines.count >= 9)
        for line in lines { #expect(mine.contains(Self.withoutLiterals(line)), "README line not in the test: \(line)") }
    }

    /// `"..."` literals emptied: `load(directory: "x")` -> `load(directory: "")`.
    static func withoutLiterals(_ s: String) -> String {
        var out = "", inside = false, escaped = false
        for ch in s {
            if inside && escaped { escaped = false; continue }
            if inside && ch == "\\" { escaped = true; continue }
            if ch == "\"" { inside.toggle(); out.append(ch) } else if !inside { out.append(ch) }
        }
        return out
    }

    @Test func theExampleRuns() throws {
        let work = NSTemporaryDirectory() + "readme-lib-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let datasetFolder = Self.root + "/Datasets/local-diplomacy"
        _ = datasetFolder

        let dataset = try DatasetLoader.load(directory: "\(datasetFolder)")
        let relations = dataset.series("diplomatic-relations")
        let change = PeriodChange(indicator: dataset.indicator("diplomatic-relations")!, from: relations[0], to: relations.last!)
        print(change.percent.value ?? 0, change.cagr?.value ?? 0, change.elapsed)
        let spec = ChartSpec(kind: .bar, indicators: ["agreements"], preset: .slide, locale: .vi)
        let scene = try ChartCompiler.compile(spec, dataset, measurer: PangoTextMeasurer())
        try CairoRenderer.render(scene, format: .png(scale: 2), to: "\(work)/agreements.png")
        let request = BriefBuilder.Request(datasetDirectory: "\(datasetFolder)", conferences: ["18", "21"])
        let brief = try BriefBuilder.build(request, dataset: dataset)
        try BriefBundle.write(BriefBundle.files(brief, pdf: try BriefPDF.render(brief)), to: "\(work)/brief")

        #expect(change.cagr?.value != nil)
        #expect(FileManager.default.fileExists(atPath: work + "/agreements.png"))
        #expect(FileManager.default.fileExists(atPath: work + "/brief/brief.md"))
        #expect(FileManager.default.fileExists(atPath: work + "/brief/brief.pdf"))
    }
}
