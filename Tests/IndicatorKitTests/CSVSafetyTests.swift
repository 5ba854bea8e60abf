import Foundation
import Testing
@testable import IndicatorKit

/// CSV written by the tool cannot run as a spreadsheet formula; genuine numbers stay numbers.
@Suite("CSV output safety")
struct CSVOutputSafetyTests {
    @Test func formulaLeadingTextGetsAQuoteMark() {
        for cell in ["=1+2", "+1", "-", "-x", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "+34.92%", "-1e", "-1.", "--1"] {
            #expect(TextTable.neutralisedFormula(cell) == "'" + cell, "\(cell)")
        }
        for cell in ["-54.8", "-1", "0", "2.0e2", "-2.5E-3", "1e+5", "abc", "", "a=b", "'x"] {
            #expect(TextTable.neutralisedFormula(cell) == cell, "\(cell)")
        }
    }

    @Test func renderedCSVNeutralisesTextCellsOnly() {
        var t = TextTable(columns: [.init("a", "A"), .init("b", "B")])
        t.rows = [[.init("=cmd|' /C calc'!A0"), .number("-3", -3)], [.init("-54.8"), .init("@x,y")]]
        #expect(t.render(.csv) == "a,b\n'=cmd|' /C calc'!A0,-3\n-54.8,\"'@x,y\"\n")
    }
}
