import ChartCairo
import ChartKit
import Foundation
import IndicatorKit
import Testing
@testable import Briefing

/// Each error knows its origin (file position, option, spec key), the step that failed, and
/// whether it is bad input (exit 2) or an internal fault (exit 1).
@Suite("Error model: origin, step, kind")
struct ErrorModelTests {
    @Test func aSpecErrorNamesItsKeyAndTheSelectingStep() throws {
        let p = Fixture.specFile("chart: bar\nindicators: [agreements, agrements]\n")
        let file = try ChartFile.load(path: p)
        #expect(throws: DatasetErrors.self) { try file.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory) }
        do { _ = try file.resolve(Fixture.dataset, datasetDirectory: Fixture.datasetDirectory) } catch let e as DatasetErrors {
            let first = try #require(e.errors.first)
            #expect(first.origin == .specKey("indicators[1]", SourcePosition(file: p, line: 2, column: 26)))
            #expect(first.step == .selecting)
            #expect(first.kind == .badInput)
            #expect(first.description.hasPrefix("\(p):2:26: unknown indicator `agrements`"))
        }
    }

    @Test func aBriefOptionErrorNamesTheOptionNotAFilePosition() throws {
        let req = BriefBuilder.Request(datasetDirectory: Fixture.datasetDirectory, conferences: ["99"])
        do {
            _ = try BriefBuilder.build(req, dataset: Fixture.dataset)
            Issue.record("conference 99 was accepted")
        } catch let e as DatasetError {
            #expect(e.origin == .option("--conferences"))
            #expect(e.step == .selecting)
            #expect(e.description.hasPrefix("--conferences: "), "\(e.description)")
        }
    }

    @Test func aCairoFailureIsAnInternalFaultAndAFileErrorBadInput() {
        #expect(RenderError.cairo(step: "finishing the PDF", status: "out of memory").kind == .internalFault)
        #expect(RenderError.cairo(step: "x", status: "y").step == .rendering)
        #expect(RenderError.io(path: "/x", operation: "write", message: "read-only").kind == .badInput)
        #expect(RenderError.io(path: "/x", operation: "write", message: "read-only").step == .writing)
        #expect(ChartError.mixedUnits(["a", "b"]).kind == .badInput)
        #expect(TextError.missingGlyphs(text: "x", codePoints: [0x10FFFD]).step == .compiling)
    }

    @Test func movingAPositionKeepsTheSpecKey() {
        var e = DatasetError(.specKey("chart", SourcePosition(file: "a.yaml", line: 1, column: 8)), "bad", step: .compiling)
        e.position.line = 3
        #expect(e.origin == .specKey("chart", SourcePosition(file: "a.yaml", line: 3, column: 8)))
        #expect(e.description == "a.yaml:3:8: bad")
    }
}
