import Foundation
import Testing

@Suite("CLI: growth and compare", .serialized)
struct AnalysisCommandTests {
    @Test func growthAllGivesAVerdictForEveryStatedFigure() throws {
        let r = try CLI.run(["growth", "--all", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let dataset = try String(contentsOfFile: CLI.bundledDataset + "/reported_growth.csv", encoding: .utf8)
        let ids = dataset.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(ids.count >= 13)
        for id in ids {
            #expect(r.stdout.contains(id), "no verdict for \(id)")
        }
        let table = try CLI.run(["growth", "--all"])
        #expect(table.stdout.contains("g-001-agreements"))
        #expect(table.stdout.range(of: #"g-001-agreements .*consistent"#, options: .regularExpression) != nil)
        #expect(table.stdout.range(of: #"g-nfac19-fdi .*inconsistent"#, options: .regularExpression) != nil)
        #expect(table.stdout.range(of: #"g-001-fdi .*not checkable"#, options: .regularExpression) != nil)
    }

    @Test func compareAcrossConferencesIsTraceable() throws {
        let r = try CLI.run(["compare", "--indicators", "agreements,fdi,unesco-titles", "--conferences", "18,21"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("US$51.53 bn"))
        #expect(r.stdout.contains("o-000-agreements"))
        let vi = try CLI.run(["compare", "--indicators", "fdi", "--conferences", "18,21", "--locale", "vi", "--format", "markdown"])
        #expect(vi.stdout.contains("51,53 tỷ USD"))
        #expect(vi.stdout.contains("|"))
        let json = try CLI.run(["compare", "--indicators", "agreements,fdi", "--conferences", "18,21", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((obj["periods"] as? [String]) == ["NFAC-18", "NFAC-21"])
        #expect(!json.stdout.contains("inf") && !json.stdout.contains("nan"))
    }

    @Test func explainPrintsFormulaAndInputs() throws {
        let r = try CLI.run(["growth", "diplomatic-relations", "--explain"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("^(1 / years)"))
        #expect(r.stdout.contains("189"))
        #expect(r.stdout.contains("192"))
    }

    @Test func repeatedOrReversedPeriodsAreBadInput() throws {
        let a = try CLI.run(["compare", "--indicators", "agreements,fdi", "--conferences", "18,18"])
        #expect(a.status == 2)
        #expect(a.stderr.contains("given twice"))
        let b = try CLI.run(["growth", "agreements", "--from", "21", "--to", "18"])
        #expect(b.status == 2)
        #expect(b.stderr.contains("give the earlier period first"))
    }

    @Test func nestedPeriodsAreNotChained() throws {
        let r = try CLI.run(["growth", "fdi-registered-national", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"inner\": \"o-nat-fdi-2023-11m\""))
        let t = try CLI.run(["growth", "fdi-registered-national"])
        #expect(t.stdout.range(of: #"o-nat-fdi-2022 +o-nat-fdi-2023 "#, options: .regularExpression) != nil, "\(t.stdout)")
    }

    @Test func chartScaleOutOfRangeIsBadInput() throws {
        let out = NSTemporaryDirectory() + "scale-\(UUID().uuidString).png"
        let r = try CLI.run(["chart", "--indicator", "fdi", "--kind", "bar", "--scale", "0", "-o", out])
        #expect(r.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownConferenceOrIndicatorIsBadInput() throws {
        let a = try CLI.run(["compare", "--indicators", "agreements", "--conferences", "99"])
        #expect(a.status == 2)
        #expect(a.stderr.contains("'99'"))
        let b = try CLI.run(["growth", "agrements"])
        #expect(b.status == 2)
        #expect(b.stdout.isEmpty)
    }
}
