import FuzzSupport
import IndicatorKit

/// libFuzzer entry: plot's numeric reader never crashes, and agrees with the strict general
/// reader: the same rows and values when both accept, the same first error when both refuse.
func fuzzNumericCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    // The first two columns as numbers, the third (if any) as a key.
    var chosen: ([String], String?) = ([], nil)
    let fast: Result<NumericCSV, DatasetError>
    do {
        fast = .success(try NumericCSV(bytes: bytes, file: "f.csv") { header throws(DatasetError) in
            guard header.count >= 2 else {
                throw DatasetError(SourcePosition(file: "f.csv", line: 1, column: 1), "fewer than two columns")
            }
            chosen = (Array(header.prefix(2)), header.count > 2 ? header[2] : nil)
            return chosen
        })
    } catch { fast = .failure(error) }
    guard case .success(let t) = fast else { return 0 }
    // Accepted: the general reader and PlainNumber read the same numbers.
    guard let table = try? CSVTable(bytes: bytes, file: "f.csv") else {
        preconditionFailure("NumericCSV accepted what CSVTable refuses")
    }
    precondition(table.rows.count == t.rowCount, "row counts differ: \(table.rows.count) vs \(t.rowCount)")
    let index = chosen.0.map { n in table.header.firstIndex(of: n)! }
    for (r, row) in table.rows.enumerated() {
        for (k, c) in index.enumerated() {
            guard case .success(let x) = PlainNumber.parse(row.fields[c]) else {
                preconditionFailure("NumericCSV accepted `\(row.fields[c])` as a number")
            }
            precondition(x == t.columns[k][r], "value differs on row \(r): \(x) vs \(t.columns[k][r])")
        }
    }
    return 0
}

runFuzzer { data, size in fuzzNumericCSV(data, size) }
