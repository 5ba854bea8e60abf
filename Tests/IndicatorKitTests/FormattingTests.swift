import Testing
import PropertyBased
@testable import IndicatorKit

@Suite("Number and period formatting")
struct FormattingTests {
    @Test func englishAndVietnameseNumbers() {
        #expect(NumberFormat.usd(51.53, scale: .billion, decimals: 2, locale: .en) == "US$51.53 bn")
        #expect(NumberFormat.usd(51.53, scale: .billion, decimals: 2, locale: .vi) == "51,53 tỷ USD")
        #expect(NumberFormat.usd(300, scale: .million, decimals: 0, locale: .vi) == "300 triệu USD")
        #expect(NumberFormat.decimal(1100, locale: .en) == "1,100")
        #expect(NumberFormat.decimal(1100, locale: .vi) == "1.100")
        #expect(NumberFormat.decimal(300_000, locale: .en) == "300,000")
        #expect(NumberFormat.decimal(1_234_567.891, decimals: 2, locale: .vi) == "1.234.567,89")
        #expect(NumberFormat.decimal(999, locale: .en) == "999")
        #expect(NumberFormat.percent(111, locale: .en, signed: true) == "+111%")
        #expect(NumberFormat.percent(-54.8, decimals: 1, locale: .vi, signed: true) == "-54,8%")
        #expect(NumberFormat.percent(0, decimals: 1, signed: true) == "0.0%")
    }

    @Test func roundingIsHalfAwayFromZeroOnTheWrittenDigits() {
        #expect(NumberFormat.decimal(0.125, decimals: 2) == "0.13")
        #expect(NumberFormat.decimal(1.005, decimals: 2) == "1.01")
        #expect(NumberFormat.decimal(-2.5, decimals: 0) == "-3")
        #expect(NumberFormat.decimal(9.999, decimals: 2) == "10.00")
        #expect(NumberFormat.decimal(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.decimal(-0.0) == "0")
        #expect(NumberFormat.decimal(1e-7, decimals: 8) == "0.00000010")
        #expect(NumberFormat.decimal(1.5e16) == "15,000,000,000,000,000")
    }

    @Test func nonFiniteIsNeverPrintedAsInfOrNaN() {
        #expect(NumberFormat.decimal(.nan) == "–")
        #expect(NumberFormat.decimal(.infinity) == "–")
        #expect(NumberFormat.percent(-.infinity) == "–")
    }

    @Test func qualifiersInBothLanguages() {
        let o = Observation(id: "x", indicator: "visits", period: .instant(Day(iso: "2023-12-18")!), value: 50,
                            unit: .count, qualifier: .nearly)
        #expect(NumberFormat.observation(o, locale: .en, qualifier: true) == "nearly 50")
        #expect(NumberFormat.observation(o, locale: .vi, qualifier: true) == "gần 50")
    }

    @Test func groupedDigitsReadBackToTheRoundedValue() async {
        await propertyCheck(count: 300, input: Gen.int(in: -2_000_000_000...2_000_000_000)) { n in
            let s = NumberFormat.decimal(Double(n), locale: .en)
            #expect(Int(s.split(separator: ",").joined()) == n)
            let v = NumberFormat.decimal(Double(n), locale: .vi)
            #expect(Int(v.split(separator: ".").joined()) == n)
        }
    }

    @Test func periodLabels() {
        let p = Period(start: Day(iso: "2013-12-15"), end: Day(iso: "2016-08-13")!)
        #expect(PeriodFormat.label(p) == "Dec 2013 – Aug 2016")
        #expect(PeriodFormat.label(p, locale: .vi) == "12/2013 – 8/2016")
        #expect(PeriodFormat.length(p) == "2.7 yrs")
        let y = Period(start: Day(iso: "2021-01-01"), end: Day(iso: "2023-12-31")!)
        #expect(PeriodFormat.label(y) == "2021–2023")
        #expect(PeriodFormat.label(.instant(Day(iso: "2021-12-14")!)) == "Dec 2021")
    }
}

@Suite("Calendar days")
struct DayTests {
    @Test func parsesOnlyRealISODates() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-2-1") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
        #expect(Day(iso: " 2023-01-01") == nil)
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "2000-03-01")!.ordinal - Day(iso: "2000-02-28")!.ordinal == 2)
    }

    @Test func ordinalRoundTrips() async {
        await propertyCheck(count: 500, input: Gen.int(in: -200_000...2_900_000)) { n in
            let d = Day(ordinal: n)
            #expect(d.ordinal == n)
            #expect(Day(iso: d.iso) == d)
            #expect(Day(ordinal: n + 1) > d)
        }
    }

    @Test func periodLengthCountsRealDaysAndCalendarYears() {
        let p = Period(start: Day(iso: "2013-12-15"), end: Day(iso: "2016-08-13")!)
        #expect(p.days == 973)
        // 31 whole months (to 2016-07-15), then 30 of the 31 days to 2016-08-15.
        #expect(abs(p.years - (31 + 30.0 / 31) / 12) < 1e-12)
        #expect(Period.instant(Day(iso: "2020-01-01")!).days == 0)
    }
}

@Suite("CSV reader")
struct CSVTableTests {
    func table(_ s: String) throws -> CSVTable { try CSVTable(bytes: Array(s.utf8), file: "t.csv") }

    @Test func readsQuotedFieldsAcrossLines() throws {
        let t = try table("a,b\n\"x, \"\"y\"\"\nz\",2\n3,\n")
        #expect(t.header == ["a", "b"])
        #expect(t.rows[0].fields == ["x, \"y\"\nz", "2"])
        #expect(t.rows[1].fields == ["3", ""])
        #expect(t.rows[1].line == 4)
        #expect(t.position(t.rows[1], field: 1).description == "t.csv:4:3")
    }

    @Test func fileWithoutFinalNewline() throws {
        let t = try table("a,b\n1,2")
        #expect(t.rows.count == 1 && t.rows[0].fields == ["1", "2"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        do {
            _ = try table("tên,giá\nThỏa thuận,\"1\"x\n")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "t.csv:2:15: expected a comma or the end of the line after the closing quote")
        }
    }

    @Test func randomRowsRoundTripThroughQuoting() async {
        let field = Gen.oneOf(Gen.letterOrNumber.string(of: 0...6), Gen.always("a,b"), Gen.always("\"q\""), Gen.always("x\ny"), Gen.always("Việt"))
        await propertyCheck(count: 200, input: field.array(of: 1...5)) { fields in
            func esc(_ s: String) -> String {
                "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
            }
            let header = (0..<fields.count).map { "c\($0)" }.joined(separator: ",")
            let text = header + "\n" + fields.map(esc).joined(separator: ",") + "\n"
            let t = try? CSVTable(bytes: Array(text.utf8), file: "p.csv")
            #expect(t?.rows.first?.fields == fields)
        }
    }
}
