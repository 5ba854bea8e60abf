import Foundation
import Testing

@Suite("CLI: data commands", .serialized)
struct DataCommandTests {
    @Test func validateAcceptsTheBundledDataset() throws {
        let r = try CLI.run(["validate", CLI.bundledDataset])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(": valid"))
        #expect(r.stdout.contains("observations"))
    }

    @Test func listShowsIndicatorsWithLatestValues() throws {
        let r = try CLI.run(["list"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("agreements"))
        #expect(r.stdout.contains("US$48.2 bn"))
        let vi = try CLI.run(["list", "--locale", "vi"])
        #expect(vi.stdout.contains("48,2 tỷ USD"))
        #expect(vi.stdout.contains("Thỏa thuận quốc tế do địa phương ký kết"))
    }

    @Test func showPrintsQuotesAndSources() throws {
        let r = try CLI.run(["show", "fdi"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("US$51.53 bn"))
        #expect(r.stdout.contains("Foreign investment in all provinces and cities has totaled US$ 51.53 billion"))
        #expect(r.stdout.contains("+22%"))
        let vi = try CLI.run(["show", "fdi", "--locale", "vi"])
        #expect(vi.stdout.contains("51,53 tỷ USD"))
    }

    @Test func formatsAreMachineReadable() throws {
        let json = try CLI.run(["show", "agreements", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { ($0["value"] as? Double) == 422 })
        let csv = try CLI.run(["conferences", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,series,ordinal,name,start,end,figures,date_note\n"))
        #expect(csv.stdout.contains("NFAC-21,NFAC,21,"))
        let md = try CLI.run(["list", "--format", "markdown"])
        #expect(md.stdout.hasPrefix("| Indicator | Name |"))
    }

    @Test func unknownIndicatorIsBadInputWithASuggestion() throws {
        let r = try CLI.run(["show", "agrements"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean `agreements`?"))
        #expect(r.stdout.isEmpty)
    }

    @Test func badOptionValueIsBadInput() throws {
        let r = try CLI.run(["list", "--format", "xml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("xml"))
    }

    @Test func brokenDatasetIsRefusedWithPositionAndExitStatus2() throws {
        let dir = try CLI.copyOfDataset()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/observations.csv"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // Turn the first value 422 into "4,22" (a thousands separator where a plain number belongs).
        let range = try #require(text.range(of: ",422,"))
        text.replaceSubrange(range, with: ",\"4,22\",")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.range(of: #"observations\.csv:\d+:\d+: expected a plain number"#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == before)
        let list = try CLI.run(["list", "--dataset", dir])
        #expect(list.status == 2)
    }

    @Test func missingDatasetFolderIsBadInput() throws {
        let r = try CLI.run(["validate", "/nonexistent/dataset"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/dataset/datapackage.json"))
    }
}
