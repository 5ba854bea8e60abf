import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

@Suite("Periods in spec files: the CLI's forms, selected once by the compiler")
struct SpecPeriodTests {
    func resolve(_ text: String) throws -> ResolvedChart {
        let f = try ChartFile.parse(Array(text.utf8), path: Fixture.tempDir("periods") + "/c.yaml")
        return try f.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory)
    }

    @Test func everyFormReachesTheChartSpecAsWritten() throws {
        let r = try resolve("chart: bar\nindicators: [agreements]\nperiods: [21, NFAC-18, 2019-01-01..2021-12-13]\n")
        #expect(r.spec.conferences == ["21", "NFAC-18", "2019-01-01..2021-12-13"])
        // The spec layer hands over the whole dataset; the compiler selects, in time order.
        #expect(r.data.observations.count == Fixture.dataset.observations.count)
        let bars = try ChartCompiler.briefingChart(r.spec, r.data).data.panels[0].series[0].figures
        #expect(bars.compactMap(\.value) == [119, 200, 422])
    }

    @Test func aDateSelectsTheFlowEndingThatDay() throws {
        let r = try resolve("chart: line\nindicators: [agreements]\nperiods: [2016-08-13, 2023-12-18]\n")
        #expect(try ChartCompiler.briefingChart(r.spec, r.data).data.panels[0].series[0].figures.compactMap(\.value) == [119, 422])
    }

    @Test func briefingKindsTakeSpansToo() throws {
        let r = try resolve("chart: period-comparison\nindicators: [agreements]\nperiods: [2013-12-15..2016-08-13, 2021-01-01..2023-12-18]\n")
        let data = try ChartCompiler.briefingData(r.spec, r.data)
        #expect(data.panels[0].figures.compactMap(\.value) == [119, 422])
    }

    @Test func theOldNameStillWorksButNotBoth() throws {
        let r = try resolve("chart: slope\nindicators: [agreements]\nconferences: [18, 21]\n")
        #expect(r.spec.conferences == ["18", "21"])
        #expect(Fixture.errors("chart: slope\nindicators: [agreements]\nconferences: [18, 21]\nperiods: [18, 21]\n")
                == ["chart.yaml:4:10: `periods` and `conferences` name the same list; give one of them"])
    }

    @Test func aDateWindowIsTheCompilersToo() throws {
        let r = try resolve("chart: bar\nindicators: [agreements]\ndates: {from: 2019-01-01}\n")
        #expect(r.spec.dates == DateWindow(from: Day(iso: "2019-01-01")))
        #expect(try ChartCompiler.briefingChart(r.spec, r.data).data.panels[0].series[0].figures.compactMap(\.value) == [200, 422])
    }

    @Test func badPeriodsAreRefusedAtTheirPosition() {
        let e = Fixture.errors("""
        chart: bar
        indicators: [agreements]
        periods: [2021-13-01, 2023-01-01..2021-01-01, 2021-01-01..x, "NFAC 21", [18]]
        """)
        #expect(e == [
            "chart.yaml:3:11: `periods[0]` must be a date YYYY-MM-DD, found `2021-13-01`",
            "chart.yaml:3:23: `periods[1]` is a span whose start 2023-01-01 is after its end 2021-01-01",
            "chart.yaml:3:47: `periods[2]` must be a span of two dates YYYY-MM-DD..YYYY-MM-DD, found `2021-01-01..x`",
            "chart.yaml:3:62: `periods[3]` must be a conference (21, NFAC-21), a date (YYYY-MM-DD) or a span (YYYY-MM-DD..YYYY-MM-DD), found `NFAC 21`",
            "chart.yaml:3:73: `periods[4]` must be a conference (21, NFAC-21), a date (YYYY-MM-DD) or a span (YYYY-MM-DD..YYYY-MM-DD), found a list",
        ])
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\nperiods: [18, NFAC-99]\n") == [
            "chart.yaml:3:15: unknown conference `NFAC-99`; did you mean `NFAC-19`?; `indicators conferences` lists them",
        ])
        #expect(Fixture.errors("chart: bar\nindicators: [agreements]\nperiods: [1999-01-01]\n") == [
            "chart.yaml:3:10: the selection is empty: no figure of `agreements` at 1999-01-01",
        ])
    }
}
