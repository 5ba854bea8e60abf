import Foundation
@testable import IndicatorKit

/// A small valid dataset written to a fresh temporary folder; tests break one file at a time.
struct TestDataset {
    let dir: String
    var files: [String: String]

    static let seedText = "PANO – Since December 2013, provinces have signed 119 local-level cooperation agreements.\nForeign investment has totaled US$ 51.53 billion.\n"

    init() {
        dir = NSTemporaryDirectory() + "indicators-test-" + UUID().uuidString
        files = [
            "sources.csv": """
            id,title,publisher,date,date_note,url,seed_file,language
            pano-2016,Local-level foreign affairs,PANO,2016-08-13,,,a.txt,en
            web-2018,An article,VNA,2018-08-10,,https://example.org/a,,zh

            """,
            "conferences.csv": """
            id,series,ordinal,name_en,name_vi,start,end,location,date_note,source_url
            NFAC-17,NFAC,17,17th National Foreign Affairs Conference,Hội nghị Ngoại vụ toàn quốc lần thứ 17,2013-12-15,2013-12-15,Hanoi,,
            NFAC-18,NFAC,18,18th National Foreign Affairs Conference,Hội nghị Ngoại vụ toàn quốc lần thứ 18,2016-08-21,2016-08-21,Hanoi,,

            """,
            "indicators.csv": """
            id,name_en,name_vi,kind,unit,unit_label_en,unit_label_vi,per,scope,definition
            agreements,Agreements signed by localities,Thỏa thuận do địa phương ký kết,flow,count,agreements,thỏa thuận,,localities,
            fdi,FDI attracted by localities,Vốn FDI,flow,USD,,,,localities,
            relations,Countries with diplomatic relations,Quan hệ ngoại giao,stock,count,countries,quốc gia,,national,

            """,
            "observations.csv": #"""
            id,indicator,period_start,period_end,value,unit,scale,qualifier,conference,source,quote,period_label,period_note,preferred,note
            o1,agreements,2013-12-15,2016-08-13,119,count,one,exact,NFAC-18,pano-2016,signed 119 local-level cooperation agreements,since December 2013,,true,
            o2,fdi,2013-12-15,2016-08-13,51.53,USD,billion,exact,NFAC-18,pano-2016,"has totaled US$ 51.53 billion",,,true,
            o3,agreements,2016-08-21,2018-08-12,420,count,one,more-than,,web-2018,"420 agreements, ""quoted""",,,true,

            """#,
            "reported_growth.csv": """
            id,observation,percent,qualifier,basis,baseline_start,baseline_end,baseline_observation,source,quote,note
            g1,o3,20.3,exact,stated-period,2014-01-01,2016-12-31,o1,web-2018,up 20.3%,

            """,
        ]
    }

    /// Writes the files (and the seed) and returns the folder.
    @discardableResult
    func write() throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/seeds", withIntermediateDirectories: true)
        try Data(Self.seedText.utf8).write(to: URL(fileURLWithPath: dir + "/seeds/a.txt"))
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        var resources: [[String: Any]] = []
        for (name, cols) in DatasetLoader.requiredColumns {
            resources.append(["name": name, "path": name + ".csv",
                              "schema": ["fields": cols.map { ["name": $0, "type": "string"] }]])
        }
        let pkg: [String: Any] = ["name": "test", "title": "Test", "resources": resources]
        try JSONSerialization.data(withJSONObject: pkg, options: [.sortedKeys]).write(to: URL(fileURLWithPath: dir + "/datapackage.json"))
        return dir
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    /// Loads and returns the error text, or nil when the load succeeds.
    func loadError() -> String? {
        do { _ = try DatasetLoader.load(directory: dir); return nil }
        catch { return "\(error)" }
    }
}
