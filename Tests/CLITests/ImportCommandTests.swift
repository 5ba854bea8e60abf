import Foundation
import Testing

/// `indicators import`: every period form, spreadsheet variant, unit kind and refusal; both
/// validators on every package it writes.
@Suite("CLI: import", .serialized) struct ImportCommandTests {
    static func csvRows(_ path: String) -> [[String: String]] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines = text.split(separator: "\n").map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            var fields: [String] = [], cur = "", quoted = false
            var chars = Array(line), i = 0
            while i < chars.count {
                let c = chars[i]
                if c == "\"" { if quoted, i + 1 < chars.count, chars[i + 1] == "\"" { cur.append("\""); i += 1 } else { quoted.toggle() } }
                else if c == ",", !quoted { fields.append(cur); cur = "" } else { cur.append(c) }
                i += 1
            }
            fields.append(cur)
            chars = []
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    @Test func everyPeriodFormIsReadAndNoted() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("t.csv", """
        indicator,period,value
        yearly,2023,545
        quarterly,2023-Q1,100
        monthly,2024-02,29
        stock,2023-03-31,189
        interval,2021-01-01/2023-12-18,48.2
        range,2019-2021,200

        """)
        let r = try s.importTable("t.csv", to: "ds", ["--source-url", "https://example.org/t.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(s.dir + "/ds/observations.csv")
        let byInd = Dictionary(uniqueKeysWithValues: rows.map { ($0["indicator"]!, $0) })
        let expected: [String: (String, String, String)] = [
            "yearly": ("2023-01-01", "2023-12-31", "the calendar year"),
            "quarterly": ("2023-01-01", "2023-03-31", "the quarter Q1"),
            "monthly": ("2024-02-01", "2024-02-29", "the month"),
            "stock": ("", "2023-03-31", "a date: the figure stands at 2023-03-31 (a stock)"),
            "interval": ("2021-01-01", "2023-12-18", "the ISO interval"),
            "range": ("2019-01-01", "2021-12-31", "the years 2019 to 2021"),
        ]
        for (ind, (start, end, words)) in expected {
            let o = try #require(byInd[ind], "\(ind)")
            #expect(o["period_start"] == start && o["period_end"] == end, "\(ind): \(o)")
            #expect(o["period_note"]?.contains(words) == true, "\(ind): \(o["period_note"] ?? "")")
        }
        let kinds = Dictionary(uniqueKeysWithValues: Self.csvRows(s.dir + "/ds/indicators.csv").map { ($0["id"]!, $0["kind"]!) })
        #expect(kinds["stock"] == "stock" && kinds["yearly"] == "flow")
        #expect(try Validators.bothAccept(s.dir + "/ds"))
        // A calendar year's total is its per-year rate.
        let g = try CLI.run(["growth", "yearly", "--dataset", s.dir + "/ds"])
        #expect(g.stdout.contains("545"), "\(g.stdout)")
    }

    @Test func datesCanStandForTheYearQuarterOrMonthTheyStart() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("t.csv", "indicator,period,value\na,2020-01-01,1\na,2021-01-01,2\n")
        let r = try s.importTable("t.csv", to: "ds", ["--period-as", "year"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.csvRows(s.dir + "/ds/observations.csv").map { $0["period_end"]! } == ["2020-12-31", "2021-12-31"])
        try s.write("u.csv", "indicator,period,value\na,2020-01-01,1\na,2021-03-05,2\n")
        let bad = try s.importTable("u.csv", to: "du", ["--period-as", "year"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("u.csv:3:3: `2021-03-05` does not start a year"), "\(bad.stderr)")
    }

    @Test func spreadsheetVariantsGiveTheSameDataset() throws {
        let s = ImportScratch(); defer { s.remove() }
        let plain = "indicator,period,value,unit,scale\nfdi,2021,31.15,USD,billion\nfdi,2022,27.72,USD,billion\n"
        let variants: [(String, [UInt8], [String])] = [
            ("plain", Array(plain.utf8), []),
            ("bom", [0xEF, 0xBB, 0xBF] + Array(plain.utf8), []),
            ("crlf", Array(plain.replacingOccurrences(of: "\n", with: "\r\n").utf8), []),
            ("bom-crlf", [0xEF, 0xBB, 0xBF] + Array(plain.replacingOccurrences(of: "\n", with: "\r\n").utf8), []),
            ("semicolon-vi", Array("indicator;period;value;unit;scale\r\nfdi;2021;31,15;USD;billion\r\nfdi;2022;27,72;USD;billion\r\n".utf8), ["--locale", "vi"]),
            ("semicolon-explicit", Array("indicator;period;value;unit;scale\nfdi;2021;31,15;USD;billion\nfdi;2022;27,72;USD;billion\n".utf8), ["--locale", "vi", "--delimiter", ";"]),
        ]
        var reference: Data?
        for (name, bytes, args) in variants {
            try FileManager.default.createDirectory(atPath: s.dir + "/" + name, withIntermediateDirectories: true)
            try s.write(name + "/t.csv", bytes)
            let r = try CLI.run(["import", "t.csv", "--to", "ds"] + args, cwd: s.dir + "/" + name)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let obs = FileManager.default.contents(atPath: s.dir + "/\(name)/ds/observations.csv")
            if let reference { #expect(obs == reference, "\(name) differs") } else { reference = obs }
            #expect(try Validators.bothAccept(s.dir + "/\(name)/ds"), "\(name)")
        }
        #expect(String(decoding: reference ?? Data(), as: UTF8.self).contains(",31.15,USD,billion,"))
        // A BOM does not shift columns: the error is at the column a spreadsheet shows.
        try s.write("bad.csv", [0xEF, 0xBB, 0xBF] + Array("indicator,period,value\nfdi,20x1,1\n".utf8))
        let bad = try s.importTable("bad.csv", to: "bad")
        #expect(bad.stderr.contains("bad.csv:2:5: cannot read `20x1` as a period"), "\(bad.stderr)")
        // Decimal commas without --locale vi are refused, and dots under it.
        try s.write("c.csv", "indicator;period;value\nfdi;2021;31,15\n")
        #expect(try s.importTable("c.csv", to: "c").stderr.contains("c.csv:2:10: expected a plain number with a dot for decimals, found `31,15`; a decimal comma needs --locale vi"))
        try s.write("d.csv", "indicator;period;value\nfdi;2021;31.15\n")
        #expect(try s.importTable("d.csv", to: "d", ["--locale", "vi"]).stderr.contains("d.csv:2:10: expected a number with a decimal comma (--locale vi)"))
    }

    @Test func everyUnitKindWithScales() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("t.csv", """
        indicator,period,value,unit,scale,name,name_vi
        fdi,2023,36.61,USD,billion,FDI registered,Vốn FDI đăng ký
        budget,2023,1700.5,VND,billion,State budget revenue,Thu ngân sách
        firms,2023,217.7,count,thousand,New enterprises,Doanh nghiệp thành lập mới
        unemployment,2023,2.28,percent,,Unemployment rate,Tỷ lệ thất nghiệp
        gap,2023,0.4,pp,,Rate gap,Chênh lệch
        cpi,2023,103.25,index,,Consumer prices,Chỉ số giá tiêu dùng
        rice,2023,43.5,tonnes,million,Rice output,Sản lượng lúa
        people,2023-12-31,100.3,people,million,Population,Dân số

        """)
        let r = try s.importTable("t.csv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Validators.bothAccept(s.dir + "/ds"))
        let inds = Dictionary(uniqueKeysWithValues: Self.csvRows(s.dir + "/ds/indicators.csv").map { ($0["id"]!, $0) })
        #expect(inds["unemployment"]?["kind"] == "rate" && inds["unemployment"]?["per"] == "year")
        #expect(inds["rice"]?["unit_label_en"] == "tonnes" && inds["rice"]?["unit_label_vi"] == "tấn")
        let list = try CLI.run(["list", "--dataset", s.dir + "/ds", "--format", "csv"])
        #expect(list.status == 0, "\(list.stderr)")
        func show(_ id: String, _ locale: String = "en") throws -> String {
            try CLI.run(["show", id, "--dataset", s.dir + "/ds", "--locale", locale]).stdout
        }
        #expect(try show("fdi").contains("US$36.61 bn"))
        #expect(try show("budget").contains("VND 1,700.5 bn"))
        #expect(try show("budget", "vi").contains("1.700,5 tỷ đồng"))
        #expect(try show("firms").contains("217.7 k"))
        #expect(try show("unemployment").contains("2.28%"))
        #expect(try show("gap").contains("0.4 pp"))
        #expect(try show("gap", "vi").contains("0,4 điểm %"))
        #expect(try show("cpi").contains("103.25"))
        #expect(try show("rice").contains("43.5 m"))
        #expect(try show("people", "vi").contains("100,3 triệu"))
    }

    @Test func eventsBecomeAnEventSeriesOfTheDataset() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("t.csv", "indicator,period,value,event\nvisits,2019-2021,20,PRES-35\nvisits,2022-2024,31,PRES-36\n")
        let r = try s.importTable("t.csv")
        #expect(r.status == 0, "\(r.stderr)")
        let events = Self.csvRows(s.dir + "/ds/conferences.csv")
        #expect(events.map { $0["id"]! } == ["PRES-35", "PRES-36"])
        #expect(events.map { $0["series"]! } == ["PRES", "PRES"] && events.map { $0["ordinal"]! } == ["35", "36"])
        #expect(try Validators.bothAccept(s.dir + "/ds"))
        let c = try CLI.run(["compare", "--dataset", s.dir + "/ds", "--indicators", "visits", "--conferences", "PRES-35,PRES-36"])
        #expect(c.status == 0, "\(c.stderr)")
        // An event given by name gets an id, and keeps its name for charts and briefs.
        try s.write("n.csv", "indicator,period,value,event\nvisits,2016-2020,12,12th Party Congress\nvisits,2021-2025,15,13th Party Congress\n")
        #expect(try s.importTable("n.csv", to: "dn").status == 0)
        let named = Self.csvRows(s.dir + "/dn/conferences.csv")
        #expect(named.map { $0["id"]! } == ["12TH-PARTY-CONGRESS", "13TH-PARTY-CONGRESS"])
        #expect(named.map { $0["name_en"]! } == ["12th Party Congress", "13th Party Congress"])
        #expect(try Validators.bothAccept(s.dir + "/dn"))
        let b = try CLI.run(["brief", "--dataset", s.dir + "/dn", "--periods", "12TH-PARTY-CONGRESS,13TH-PARTY-CONGRESS", "--no-pdf", "-o", s.dir + "/bn"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(try String(contentsOfFile: s.dir + "/bn/brief.md", encoding: .utf8).contains("13th Party Congress"))
    }

    @Test func anArticleSourceNeedsVerbatimQuotes() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("article.txt", "Localities signed 422 agreements in the past three years.\n")
        try s.write("t.csv", "indicator,period,value,quote\nagreements,2021-2023,422,signed 422 agreements\n")
        let ok = try s.importTable("t.csv", to: "ds", ["--source-file", "article.txt"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try Validators.bothAccept(s.dir + "/ds"))
        #expect(Self.csvRows(s.dir + "/ds/sources.csv").first?["kind"] == "article")
        try s.write("u.csv", "indicator,period,value,quote\nagreements,2021-2023,422,signed 423 agreements\nagreements,2018-2020,200,\n")
        let bad = try s.importTable("u.csv", to: "du", ["--source-file", "article.txt"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("u.csv:2:26: quote not found verbatim"), "\(bad.stderr)")
        #expect(bad.stderr.contains("u.csv:3:26: the source is an article"), "\(bad.stderr)")
        // A data table needs no quotes.
        try s.write("v.csv", "indicator,period,value\nagreements,2021-2023,422\n")
        #expect(try s.importTable("v.csv", to: "dv").status == 0)
        #expect(Self.csvRows(s.dir + "/dv/sources.csv").first?["kind"] == "table")
    }

    @Test func sameTableSameBytesAndItReplacesOnlyItsOwnFolder() throws {
        let s = ImportScratch(); defer { s.remove() }
        try s.write("t.csv", "indicator,period,value\na,2023,1\na,2024,2\n")
        #expect(try s.importTable("t.csv").status == 0)
        let first = s.snapshot()
        #expect(first.keys.contains(".indicators-dataset") && first.keys.contains("datapackage.json"))
        #expect(try s.importTable("t.csv").status == 0)
        #expect(s.snapshot() == first)
        // A folder it did not write is never replaced.
        try FileManager.default.createDirectory(atPath: s.dir + "/mine", withIntermediateDirectories: true)
        try s.write("mine/notes.txt", "keep me")
        let r = try s.importTable("t.csv", to: "mine")
        #expect(r.status == 2)
        #expect(r.stderr.contains("is not a dataset (no .indicators-dataset in it)"), "\(r.stderr)")
        #expect(s.snapshot("mine") == ["notes.txt": Data("keep me".utf8)])
        // The output is never the input, nor a folder holding it.
        let guardRun = try CLI.run(["import", "t.csv", "--to", ".", "--name", "here"], cwd: s.dir)
        #expect(guardRun.status == 2)
        #expect(guardRun.stderr.contains("holds the input"), "\(guardRun.stderr)")
    }

    /// Every refusal names file:line:column, exits 2 and writes nothing.
    @Test func refusalsArePositionedAndWriteNothing() throws {
        let cases: [(String, String, [String], String)] = [
            ("missing", "indicator,when,value\na,2023,1\n", [], "t.csv:1:1: missing column `period`"),
            ("unknown column", "indicator,period,value,colour\na,2023,1,red\n", [], "t.csv:1:24: unknown column `colour`"),
            ("bad period", "indicator,period,value\na,2023-13,1\n", [], "t.csv:2:3: `2023-13` has month 13"),
            ("backward range", "indicator,period,value\na,2021-2019,1\n", [], "t.csv:2:3: the year range `2021-2019` does not run forward"),
            ("bad interval", "indicator,period,value\na,2023-12-31/2023-01-01,1\n", [], "t.csv:2:3: the interval `2023-12-31/2023-01-01` ends before it starts"),
            ("not a date", "indicator,period,value\na,2023-02-30,1\n", [], "t.csv:2:3: `2023-02-30` is not a real calendar date"),
            ("thousands", "indicator,period,value\na,2023,\"1,100\"\n", [], "t.csv:2:8: expected a plain number with a dot for decimals and no thousands separators"),
            ("empty value", "indicator,period,value\na,2023,\n", [], "t.csv:2:8: expected a plain number"),
            ("unit", "indicator,period,value,unit\na,2023,1,US$\n", [], "t.csv:2:10: unknown unit `US$`"),
            ("currency", "indicator,period,value,unit\na,2023,1,EUX\n", [], "t.csv:2:10: `EUX` is not an ISO 4217 currency code; did you mean `EUR`?"),
            ("scale on percent", "indicator,period,value,unit,scale\na,2023,1,percent,million\n", [], "t.csv:2:18: scale `million` does not apply to percent"),
            ("bad scale", "indicator,period,value,scale\na,2023,1,lakh\n", [], "t.csv:2:10: unknown scale `lakh`"),
            ("qualifier", "indicator,period,value,qualifier\na,2023,1,roughly\n", [], "t.csv:2:10: unknown qualifier `roughly`"),
            ("negative count", "indicator,period,value\na,2023,-1\n", [], "t.csv:2:8: a count cannot be negative"),
            ("twice", "indicator,period,value\na,2023,1\na,2023,2\n", [], "t.csv:3:3: a second figure for `a` over 2023 (the first is on line 2)"),
            ("two units", "indicator,period,value,unit\na,2023,1,USD\na,2024,1,VND\n", [], "t.csv:3:10: `a` is in USD on line 2 but in VND here"),
            ("two kinds", "indicator,period,value\na,2023,1\na,2024-12-31,1\n", [], "t.csv:3:3: `a` has spans (a flow) from line 2 but a date here"),
            ("irregular percent", "indicator,period,value,unit\na,2021-01-01/2021-02-03,1,percent\n", [], "t.csv:2:1: `a` is a percentage over periods of irregular length"),
            ("event", "indicator,period,value,event\na,2023,1,—\n", [], "t.csv:2:10: cannot make an event id from `—`"),
            ("no indicator", "indicator,period,value\n,2023,1\n", [], "t.csv:2:1: `indicator` is empty"),
            ("ragged", "indicator,period,value\na,2023\n", [], "t.csv:2:"),
            ("column map", "indicator,period,value\na,2023,1\n", ["--column", "value=amount"], "--column value=amount: the table has no column `amount`"),
        ]
        for (name, table, args, message) in cases {
            let s = ImportScratch(); defer { s.remove() }
            try s.write("t.csv", table)
            let r = try s.importTable("t.csv", to: "ds", args)
            #expect(r.status == 2, "\(name): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(message), "\(name): \(r.stderr)")
            #expect(r.stderr.contains("nothing was written") || name == "ragged", "\(name): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: s.dir + "/ds"), "\(name): a folder was written")
        }
    }

    /// A real public table shipped by Debian's python3-vega-datasets (and PyPI's vega_datasets):
    /// Iowa's net electricity generation by source, 2001-2017, imported, checked by both
    /// validators, and made into a brief.
    @Test func aRealPublicTableBecomesABrief() throws {
        let table = "/usr/lib/python3/dist-packages/vega_datasets/_data/iowa-electricity.csv"
        #expect(FileManager.default.fileExists(atPath: table), "install python3-vega-datasets (.ci/setup test does)")
        let s = ImportScratch(); defer { s.remove() }
        let r = try CLI.run(["import", table, "--to", s.dir + "/iowa",
                             "--column", "indicator=source", "--column", "period=year", "--column", "value=net_generation",
                             "--period-as", "year", "--unit", "megawatt-hours", "--scale", "thousand",
                             "--source-title", "Iowa net electricity generation by source (vega_datasets)"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("51 figures of 3 indicators"), "\(r.stdout)")
        #expect(try Validators.bothAccept(s.dir + "/iowa"))
        let b = try CLI.run(["brief", "--dataset", s.dir + "/iowa", "--periods", "2001-01-01..2001-12-31,2017-01-01..2017-12-31",
                             "--no-pdf", "-o", s.dir + "/brief"])
        #expect(b.status == 0, "\(b.stderr)")
        let md = try String(contentsOfFile: s.dir + "/brief/brief.md", encoding: .utf8)
        #expect(md.contains("Renewables"))
        #expect(md.contains("21,933"), "the 2017 renewables figure, 21,933 thousand MWh")
        #expect(FileManager.default.fileExists(atPath: s.dir + "/brief/charts/renewables.png"))
    }
}
