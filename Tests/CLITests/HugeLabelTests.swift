import Foundation
import Testing

/// A dataset whose indicator name is 1,000,000 characters long charts and briefs in seconds:
/// every title, name and label is capped at a grapheme boundary before it is measured (issue 10).
@Suite("CLI: a million-character label", .serialized)
struct HugeLabelTests {
    @Test func chartsAndBriefsStayFast() throws {
        let dir = NSTemporaryDirectory() + "indicators-huge-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let name = String(String(repeating: "Tổng kim ngạch xuất nhập khẩu ", count: 34_500).prefix(1_000_000))
        var table = "indicator,period,value,unit,name\n"
        for y in 2015...2023 { table += "trade,\(y),\(100 + y - 2015).5,USD,\"\(name)\"\n" }
        for y in 2015...2023 { table += "visits,\(y),\(50 + 2 * (y - 2015)),count,Visits\n" }
        try Data(table.utf8).write(to: URL(fileURLWithPath: dir + "/t.csv"))
        let imported = try CLI.run(["import", "t.csv", "--to", "ds", "--name", "huge", "--source-title", "Test",
                                    "--source-url", "https://example.org"], cwd: dir, timeout: 120)
        #expect(imported.status == 0, "\(imported.stderr.prefix(500))")

        for kind in ["period-comparison", "small-multiples", "growth", "per-year", "slope"] {
            let start = Date()
            let r = try CLI.run(["chart", "--dataset", "ds", "--kind", kind, "--indicator", "trade", "--indicator", "visits",
                                 "-o", "\(kind).svg"], cwd: dir, timeout: 120)
            let seconds = Date().timeIntervalSince(start)
            #expect(r.status == 0, "\(kind): \(r.stderr.prefix(500))")
            #expect(seconds < 30, "\(kind) took \(seconds) s")
            let svg = (try? String(contentsOfFile: dir + "/\(kind).svg", encoding: .utf8)) ?? ""
            #expect(svg.utf8.count < 2_000_000, "\(kind): the SVG holds the whole name (\(svg.utf8.count) bytes)")
            #expect(svg.contains("…"), "\(kind): no shortened text")
            let alt = (try? String(contentsOfFile: dir + "/\(kind).svg.alt.txt", encoding: .utf8)) ?? ""
            #expect(alt.trimmingCharacters(in: .newlines).count <= 10_000, "\(kind): alt text of \(alt.count) characters")
        }
        let start = Date()
        let brief = try CLI.run(["brief", "--dataset", "ds", "--indicators", "trade,visits",
                                 "--periods", "2015-01-01..2019-12-31,2020-01-01..2023-12-31", "-o", "out"], cwd: dir, timeout: 180)
        #expect(brief.status == 0, "\(brief.stderr.prefix(500))")
        #expect(Date().timeIntervalSince(start) < 60)
        // A message that names the label quotes it shortened, not in full.
        #expect(brief.stderr.count < 5_000)
    }
}
