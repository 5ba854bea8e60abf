import Foundation
import Testing
@testable import IndicatorKit

@Suite("Dataset loader")
struct LoaderTests {
    @Test func loadsAValidDataset() throws {
        let t = TestDataset()
        defer { t.remove() }
        let ds = try DatasetLoader.load(directory: try t.write())
        #expect(ds.observations.count == 3)
        #expect(ds.indicators.map(\.id) == ["agreements", "fdi", "relations"])
        let fdi = try #require(ds.observation("o2"))
        #expect(fdi.value == 51.53 && fdi.scale == .billion && fdi.literal == "51.53")
        #expect(fdi.baseValue == 51.53e9)
        let o3 = try #require(ds.observation("o3"))
        #expect(o3.quote == "420 agreements, \"quoted\"")
        #expect(o3.qualifier == .moreThan)
        #expect(ds.reportedGrowth(for: "o3").first?.statedDecimals == 1)
        #expect(ds.series("agreements").map(\.id) == ["o1", "o3"])
        #expect(ds.reported(at: "NFAC-18").count == 2)
        #expect(ds.conference("18")?.id == "NFAC-18")
        #expect(ds.conference("nfac-17")?.id == "NFAC-17")
        #expect(ds.observations(from: Day(iso: "2017-01-01")!, to: Day(iso: "2017-12-31")!).map(\.id) == ["o3"])
    }

    /// Breaks one file, loads, and checks the message names the file, line, column and problem.
    func refuse(_ file: String, replace old: String, with new: String, expect position: String, _ words: String,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var t = TestDataset()
        defer { t.remove() }
        let text = try #require(t.files[file], sourceLocation: sourceLocation)
        #expect(text.contains(old), "fixture has no \(old)", sourceLocation: sourceLocation)
        t.files[file] = text.replacingOccurrences(of: old, with: new)
        try t.write()
        let message = try #require(t.loadError(), "expected the load to fail", sourceLocation: sourceLocation)
        let prefix = "\(t.dir)/\(file):\(position)" + (position.hasSuffix(":") ? "" : ": ")
        #expect(message.contains(prefix), "\(message)", sourceLocation: sourceLocation)
        #expect(message.contains(words), "\(message)", sourceLocation: sourceLocation)
    }

    @Test func refusesNumbersThatAreNotPlain() throws {
        try refuse("observations.csv", replace: ",119,", with: ",\"1,100\",", expect: "2:37", "no thousands separators")
        try refuse("observations.csv", replace: ",51.53,", with: ",US$ 48.2,", expect: "3:30", "without a currency")
        try refuse("observations.csv", replace: ",51.53,", with: ",22%,", expect: "3:30", "without the percent sign")
        try refuse("observations.csv", replace: ",51.53,", with: ",NaN,", expect: "3:30", "finite number")
        try refuse("observations.csv", replace: ",51.53,", with: ",inf,", expect: "3:30", "finite number")
        try refuse("observations.csv", replace: ",51.53,", with: ",NA,", expect: "3:30", "only missing value is an empty field")
        try refuse("observations.csv", replace: ",51.53,", with: ",,", expect: "3:30", "`value` is required")
        try refuse("reported_growth.csv", replace: ",20.3,", with: ",+20.3,", expect: "2:7", "without a plus sign")
    }

    @Test func refusesMalformedCSV() throws {
        try refuse("observations.csv", replace: "\"has totaled US$ 51.53 billion\"", with: "\"has totaled US$ 51.53 billion",
                   expect: "3:72", "unterminated quoted field: the quote opened at column 72 runs on to line 4")
        try refuse("observations.csv", replace: "\"420 agreements, \"\"quoted\"\"\"", with: "\"420 agreements",
                   expect: "4:", "unterminated quoted field: the quote opened here is never closed")
        try refuse("observations.csv", replace: "since December 2013,,true,", with: "since December 2013,,true,,extra",
                   expect: "2:", "expected 15 fields as in the header")
        try refuse("observations.csv", replace: "since December 2013,,true,", with: "since December 2013,,true",
                   expect: "2:", "fewer than the header")
        try refuse("observations.csv", replace: "signed 119 local", with: "signed \"119\" local", expect: "2:", "a quote inside an unquoted field")
        try refuse("observations.csv", replace: "preferred,note\n", with: "preferred,note\r", expect: "1:", "a bare CR")
        try refuse("observations.csv", replace: "true,\no2", with: "true,\n\no2", expect: "3:1", "blank line")
    }

    @Test func refusesBadUTF8EmptyAndHeaderOnly() throws {
        let t = TestDataset()
        defer { t.remove() }
        try t.write()
        let good = Array(t.files["indicators.csv"]!.utf8)
        // A byte-order mark is read past; the columns of line 1 do not count it.
        let twice = t.files["indicators.csv"]!.replacingOccurrences(of: "id,name_en,", with: "id,id,")
        try t.writeBytes("indicators.csv", [0xEF, 0xBB, 0xBF] + Array(twice.utf8))
        #expect(t.loadError()?.contains("indicators.csv:1:4: duplicate column name `id`: column 2 has the same name as column 1 (") == true,
                "\(t.loadError() ?? "")")
        // An invalid byte in "Thỏa" on line 2: column counts characters, not bytes.
        var bad = good
        let line2 = bad.firstIndex(of: 0x0A)! + 1
        let at = line2 + "agreements,Agreements signed by localities,Th".utf8.count
        bad[at] = 0xFF
        try t.writeBytes("indicators.csv", bad)
        let m = t.loadError() ?? ""
        #expect(m.contains("indicators.csv:2:46: byte 0xFF is not valid UTF-8"), "\(m)")
        try t.writeBytes("indicators.csv", [])
        #expect(t.loadError()?.contains("indicators.csv:1:1: the file is empty") == true)
        try t.writeBytes("indicators.csv", Array("id,name_en,name_vi,kind,unit,unit_label_en,unit_label_vi,per,scope,definition\n".utf8))
        #expect(t.loadError()?.contains("indicators.csv:2:1: the file has a header but no data rows") == true)
    }

    @Test func refusesDuplicatesAndUnknownReferences() throws {
        try refuse("observations.csv", replace: "o2,fdi", with: "o1,fdi", expect: "3:1", "duplicate id `o1`; first used on line 2")
        try refuse("observations.csv", replace: "o3,agreements,2016-08-21,2018-08-12,420,count,one,more-than,,web-2018,\"420 agreements, \"\"quoted\"\"\"",
                   with: "o3,agreements,2013-12-15,2016-08-13,119,count,one,exact,NFAC-18,pano-2016,signed 119 local-level cooperation agreements",
                   expect: "4:1", "duplicate row: same indicator, period, value, source and quote as line 2")
        try refuse("observations.csv", replace: "o2,fdi", with: "o2,fdl", expect: "3:4", "unknown indicator `fdl`; it is not in indicators.csv; did you mean `fdi`?")
        try refuse("observations.csv", replace: ",NFAC-18,pano-2016,\"has", with: ",NFAC-81,pano-2016,\"has", expect: "3:", "unknown conference `NFAC-81`")
        try refuse("observations.csv", replace: ",pano-2016,\"has", with: ",pano-2061,\"has", expect: "3:", "unknown source `pano-2061`")
        try refuse("observations.csv", replace: "51.53,USD,billion", with: "51.53,USD,gazillion", expect: "3:", "unknown scale `gazillion`")
        // EUR is a unit now (ISO 4217); a code that is not a currency is refused.
        try refuse("observations.csv", replace: "51.53,USD,billion", with: "51.53,EUX,billion", expect: "3:36", "`EUX` is not an ISO 4217 currency code")
        try refuse("observations.csv", replace: "51.53,USD,billion", with: "51.53,US$,billion", expect: "3:36", "unknown unit `US$`")
        try refuse("observations.csv", replace: "51.53,USD,billion", with: "51.53,count,billion", expect: "3:", "differs from indicator `fdi`'s unit `USD`")
        try refuse("observations.csv", replace: "o3,agreements,2016-08-21,2018-08-12,420,count,one,more-than",
                   with: "o3,agreements,2016-08-21,2018-08-12,420,count,one,roughly", expect: "4:", "unknown qualifier `roughly`")
        try refuse("reported_growth.csv", replace: "g1,o3", with: "g1,o9", expect: "2:4", "unknown observation `o9`")
        try refuse("indicators.csv", replace: "stock,count", with: "stack,count", expect: "4:", "unknown kind `stack`; expected one of flow, stock, rate; did you mean `stock`?")
    }

    @Test func refusesBadPeriods() throws {
        try refuse("observations.csv", replace: "o1,agreements,2013-12-15,2016-08-13", with: "o1,agreements,2016-12-15,2016-08-13",
                   expect: "2:", "the period ends (2016-08-13) before it starts (2016-12-15)")
        try refuse("observations.csv", replace: "o1,agreements,2013-12-15", with: "o1,agreements,2013-02-30",
                   expect: "2:15", "expected a date YYYY-MM-DD (a real calendar day), found `2013-02-30`")
        try refuse("observations.csv", replace: "o1,agreements,2013-12-15", with: "o1,agreements,",
                   expect: "2:15", "is a flow")
        try refuse("conferences.csv", replace: "2016-08-21,2016-08-21", with: "2016-08-21,2016-08-20", expect: "3:", "ends (2016-08-20) before it starts")
        try refuse("reported_growth.csv", replace: "2014-01-01,2016-12-31", with: "2017-01-01,2016-12-31", expect: "2:", "baseline period ends")
    }

    @Test func refusesQuotesNotInTheSeed() throws {
        try refuse("observations.csv", replace: "signed 119 local-level", with: "signed 191 local-level",
                   expect: "2:", "quote not found verbatim in seeds/a.txt")
    }

    @Test func refusesTwoPreferredFiguresForOnePeriod() throws {
        var t = TestDataset()
        defer { t.remove() }
        t.files["observations.csv"]! += "o4,agreements,2013-12-15,2016-08-13,349,count,one,exact,NFAC-18,web-2018,349 in all,,,true,\n"
        try t.write()
        let m = t.loadError() ?? ""
        #expect(m.contains("observations.csv:5:"), "\(m)")
        #expect(m.contains("two preferred figures for `agreements` over the same period (see line 2)"), "\(m)")
    }

    @Test func reportsEveryErrorInOnePass() throws {
        var t = TestDataset()
        defer { t.remove() }
        t.files["observations.csv"] = t.files["observations.csv"]!
            .replacingOccurrences(of: ",119,", with: ",1 19,")
            .replacingOccurrences(of: ",51.53,", with: ",5153%,")
        try t.write()
        let m = t.loadError() ?? ""
        #expect(m.contains("observations.csv:2:37"), "\(m)")
        #expect(m.contains("observations.csv:3:30"), "\(m)")
    }

    /// Every unit takes a scale (1.2 million people, 3 bn tonnes) except percentages.
    @Test func refusesAScaleOnPercentagesOnly() throws {
        var t = TestDataset()
        defer { t.remove() }
        t.files["observations.csv"] = t.files["observations.csv"]!.replacingOccurrences(of: "119,count,one", with: "119,count,thousand")
        try t.write()
        #expect(t.loadError() == nil)
        #expect(try DatasetLoader.load(directory: t.dir).observation("o1")?.baseValue == 119_000)
        var p = TestDataset()
        defer { p.remove() }
        p.files["indicators.csv"] = p.files["indicators.csv"]!.replacingOccurrences(of: "flow,count,agreements", with: "flow,percent,agreements")
        p.files["observations.csv"] = p.files["observations.csv"]!.replacingOccurrences(of: "119,count,one", with: "119,percent,billion")
            .replacingOccurrences(of: "420,count,one", with: "420,percent,one")
        try p.write()
        let m = try #require(p.loadError())
        #expect(m.contains("observations.csv:2:49: scale `billion` does not apply to percent"), "\(m)")
    }

    @Test func aRefusedRowIsNotReportedAgainAsAnUnknownReference() throws {
        var t = TestDataset()
        defer { t.remove() }
        t.files["observations.csv"] = t.files["observations.csv"]!.replacingOccurrences(of: ",420,", with: ",nan,")
        try t.write()
        let m = t.loadError() ?? ""
        #expect(m.contains("observations.csv:4:"), "\(m)")
        #expect(!m.contains("unknown observation"), "\(m)")
    }

    @Test func refusesHeaderThatDoesNotMatchTheSchema() throws {
        try refuse("indicators.csv", replace: "id,name_en,name_vi,kind", with: "id,name_en,name_vi,knd", expect: "1:20",
                   "expected `kind` as column 4, found `knd`")
    }
}
