import FuzzSupport
import IndicatorKit

/// The dataset whose conference names the fuzzed text is matched against.
enum Fixture {
    static let conferences = Dataset(name: "fuzz", indicators: [], observations: [], reportedGrowth: [], conferences: [
    Conference(id: "NFAC-18", series: "NFAC", ordinal: 18, nameEN: "18th", nameVI: "18", start: Day(iso: "2016-08-21")!,
               end: Day(iso: "2016-08-21")!),
    Conference(id: "NFAC-21", series: "NFAC", ordinal: 21, nameEN: "21st", nameVI: "21", start: Day(iso: "2023-12-18")!,
               end: Day(iso: "2023-12-18")!),
], sources: [])
}

/// libFuzzer entry: period names (conference, date, span) and ISO dates never crash, and a date
/// that parses prints back as the same text (one spelling only).
func fuzzPeriod(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    if let d = Day(iso: text) {
        precondition(d.iso == text, "Day(iso:) accepted `\(text)` but prints it as `\(d.iso)`")
        precondition(Day(ordinal: d.ordinal) == d, "ordinal round trip failed for \(text)")
    }
    switch try? PeriodKey(text, in: Fixture.conferences) {
    case .span(let p)?: precondition(p.start.map { $0 <= p.end } ?? true, "span with start after end: \(text)")
    default: break
    }
    return 0
}

runFuzzer { data, size in fuzzPeriod(data, size) }
