import FuzzSupport
import IndicatorKit

/// libFuzzer entry: the dataset's strict CSV reader never crashes; what it accepts is
/// rectangular, every field has a position inside the file, and every number and date check
/// of the loader runs on every field without crashing.
func fuzzDatasetCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    let table: CSVTable
    do { table = try CSVTable(bytes: bytes, file: "f.csv") } catch {
        precondition(error.position.line >= 1 && error.position.column >= 1, "bad position \(error)")
        return 0
    }
    var lastLine = 1
    for row in table.rows {
        precondition(row.fields.count == table.header.count, "a row of \(row.fields.count) fields under \(table.header.count) columns")
        precondition(row.line > lastLine, "rows out of order")
        lastLine = row.line
        for (i, f) in row.fields.enumerated() {
            let p = table.position(row, field: i)
            precondition(p.line >= row.line && p.column >= 1, "bad position \(p)")
            for u in f.unicodeScalars {
                precondition(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value) || u == "\n", "control character U+\(u.value) accepted")
            }
            if case .success(let x) = PlainNumber.parse(f) { precondition(x.isFinite, "non-finite number from `\(f)`") }
            _ = Day(iso: f)
        }
    }
    return 0
}

runFuzzer { data, size in fuzzDatasetCSV(data, size) }
