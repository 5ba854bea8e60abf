import Foundation
import Testing
@testable import IndicatorKit

/// One schema: the bundled `datapackage.json` states exactly the constraints `DatasetSchema`
/// writes for imported packages, so both validators read one rule book.
@Suite struct DatasetSchemaTests {
    @Test func bundledDescriptorStatesTheSameConstraints() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets/local-diplomacy/datapackage.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let resources = try #require(root["resources"] as? [[String: Any]])
        #expect(resources.compactMap { $0["name"] as? String } == DatasetSchema.resources.map(\.name))
        for r in resources {
            let name = r["name"] as! String
            let fields = ((r["schema"] as? [String: Any])?["fields"] as? [[String: Any]]) ?? []
            let expected = try #require(DatasetSchema.resources.first { $0.name == name }).fields
            #expect(fields.map { $0["name"] as? String } == expected.map(\.name), "\(name)")
            for (f, e) in zip(fields, expected) {
                #expect(f["type"] as? String == e.type, "\(name).\(e.name)")
                let mine = JSONValue.object(e.constraints).render()
                let theirs = try String(decoding: JSONSerialization.data(withJSONObject: f["constraints"] ?? [String: Any](), options: [.sortedKeys]), as: UTF8.self)
                let mineSorted = try String(decoding: JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(mine.utf8)), options: [.sortedKeys]), as: UTF8.self)
                #expect(theirs == mineSorted, "\(name).\(e.name): \(theirs) vs \(mineSorted)")
            }
        }
    }

    @Test func unitPatternIsTheRegistry() throws {
        let re = try Regex(DatasetSchema.unitPattern)
        for ok in ["USD", "VND", "EUR", "count", "percent", "pp", "index", "tonnes", "megawatt-hours"] {
            #expect(ok.wholeMatch(of: re) != nil, "\(ok)")
            #expect(MeasureUnit(rawValue: ok) != nil, "\(ok)")
        }
        for bad in ["EUX", "US$", "Tonnes", "usd ", ""] {
            #expect(bad.wholeMatch(of: re) == nil, "\(bad)")
            #expect(MeasureUnit(rawValue: bad) == nil, "\(bad)")
        }
        #expect(MeasureUnit(rawValue: "VND")?.kind == .currency)
        #expect(MeasureUnit(rawValue: "pp")?.kind == .percentagePoints)
        #expect(MeasureUnit(rawValue: "tonnes")?.kind == .other)
    }

    @Test func periodFormsReadAsStated() throws {
        func read(_ s: String, _ dateAs: PeriodReading.Form? = nil) -> PeriodReading? { try? PeriodReading.read(s, dateAs: dateAs).get() }
        #expect(read("2024")?.period.description == "2024-01-01..2024-12-31")
        #expect(read("2024-Q4")?.period.description == "2024-10-01..2024-12-31")
        #expect(read("2024-02")?.period.description == "2024-02-01..2024-02-29")
        #expect(read("2024-02-29")?.period.isInstant == true)
        #expect(read("2021-01-01/2023-12-18")?.period.days == 1082)
        #expect(read("2019-2021")?.period.years == 3)
        #expect(read("2023-04-01", .quarter)?.period.description == "2023-04-01..2023-06-30")
        #expect(read("2023-05-01", .month)?.period.description == "2023-05-01..2023-05-31")
        for bad in ["", "23", "2023-Q5", "2023-00", "2023/2024", "2023-02-30", "Q1 2023", "2023-1"] { #expect(read(bad) == nil, "\(bad)") }
    }
}
