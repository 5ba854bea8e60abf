import Foundation
import Testing

/// `plot --csv` for the tables people have (issue 13): dates and periods on a time axis, years
/// written as years, several series as lines, spreadsheet bytes (BOM, CR LF) accepted.
@Suite("CLI: plot tables", .serialized)
struct PlotTableTests {
    /// Writes `csv` into a fresh folder, plots it as SVG with `args`, and returns the result, the
    /// SVG's text and the alt text.
    static func plot(_ csv: String, _ args: [String] = []) throws -> (CLI.Result, svg: String, alt: String) {
        let dir = NSTemporaryDirectory() + "indicators-plot-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/t.csv"))
        let r = try CLI.run(["plot", "--csv", "t.csv", "-o", "t.svg", "--alt-text-file"] + args, cwd: dir, timeout: 120)
        let svg = (try? String(contentsOfFile: dir + "/t.svg", encoding: .utf8)) ?? ""
        let alt = (try? String(contentsOfFile: dir + "/t.svg.alt.txt", encoding: .utf8)) ?? ""
        return (r, svg, alt)
    }

    /// The texts of the SVG's `<text>` elements.
    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
            return String(part[part.index(after: open)..<close.lowerBound])
        }
    }

    @Test func yearsAreWrittenAsYearsOnATimeAxis() throws {
        var csv = "year,value\n"
        for y in 1960...2020 { csv += "\(y),\(Double(y - 1950) * 1.5)\n" }
        let (r, svg, alt) = try Self.plot(csv)
        #expect(r.status == 0, "\(r.stderr)")
        let labels = Self.texts(svg)
        #expect(labels.contains("1960") || labels.contains("1970"), "\(labels)")
        #expect(!labels.contains { $0.contains("1,9") || $0.contains("2,0") }, "\(labels)")
        #expect(alt.contains("61 points of value against year"), "\(alt)")
    }

    @Test func periodsAndDatesGoOnATimeAxis() throws {
        let quarters = "period,value\n2021-Q1,3\n2021-Q2,4\n2021-Q3,2\n2021-Q4,5\n2022-Q1,6\n2022-Q2,7\n2022-Q3,7.5\n2022-Q4,8\n2023-Q1,9\n"
        let (q, qsvg, _) = try Self.plot(quarters)
        #expect(q.status == 0, "\(q.stderr)")
        #expect(Self.texts(qsvg).contains("2022"), "\(Self.texts(qsvg))")
        let months = "month,value\n2023-01,3\n2023-02,4\n2023-03,2\n2023-04,5\n2023-05,6\n2023-06,7\n"
        let (m, msvg, _) = try Self.plot(months)
        #expect(m.status == 0, "\(m.stderr)")
        #expect(Self.texts(msvg).contains("Mar 2023"), "\(Self.texts(msvg))")
        // Excel's bytes: a BOM and CR LF line ends; ISO dates.
        let dates = "\u{FEFF}date,value\r\n2023-01-15,3\r\n2023-02-15,4\r\n2023-03-31,2\r\n2023-05-01,5\r\n"
        let (d, dsvg, _) = try Self.plot(dates)
        #expect(d.status == 0, "\(d.stderr)")
        #expect(Self.texts(dsvg).contains("Feb 2023"), "\(Self.texts(dsvg))")
    }

    @Test func aBadPeriodIsReportedWithItsPosition() throws {
        let (r, _, _) = try Self.plot("period,value\n2023-Q1,3\n2023-Q5,4\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("t.csv:3:1"), "\(r.stderr)")
    }

    @Test func severalSeriesAreDrawnAsLines() throws {
        var csv = "year,country,gdp\n"
        for (c, base) in [("Viet Nam", 1.0), ("Thailand", 2.0), ("Malaysia", 3.0)] {
            for y in 2000...2010 { csv += "\(y),\(c),\(base + Double(y - 2000) * 0.3)\n" }
        }
        let (r, svg, alt) = try Self.plot(csv, ["--series", "country"])
        #expect(r.status == 0, "\(r.stderr)")
        let labels = Self.texts(svg)
        for c in ["Viet Nam", "Thailand", "Malaysia"] {
            #expect(labels.contains(c), "legend names \(c): \(labels)")
            #expect(alt.contains("\(c): 11 points"), "\(alt)")
        }
        // Numeric x with a series column takes the same path.
        let (n, _, nalt) = try Self.plot("x,s,y\n1,a,2\n2,a,3\n1,b,5\n2,b,4\n", ["--series", "s"])
        #expect(n.status == 0, "\(n.stderr)")
        #expect(nalt.contains("a: 2 points") && nalt.contains("b: 2 points"), "\(nalt)")
    }
}
