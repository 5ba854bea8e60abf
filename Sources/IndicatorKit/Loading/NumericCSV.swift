#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numeric columns of a large CSV file, parsed straight from its bytes.
///
/// `CSVTable` builds a `String` for every field, which is right for the dataset's small files
/// and far too slow for a million-row series. This reader accepts the same one form (UTF-8 without
/// BOM, LF line ends, RFC 4180 quoting, plain numbers such as `1100`, `-54.8` or `51.53`), reads the
/// requested number columns into `[Double]` without making strings, and keeps one optional key column
/// (a panel or series name) as runs of equal consecutive values.
///
/// It is as strict as `CSVTable` + `PlainNumber`: a row the fast path does not recognise (a quoted
/// field, a stray character, a wrong field count) is handed to `CSVTable`, so the error names the
/// same `file:line:column` with the same message, and a row that is merely unusual (a quoted number)
/// is still read.
public struct NumericCSV: Sendable {
    /// Consecutive rows that share one value of the key column.
    public struct KeyRun: Sendable, Equatable {
        public let value: String
        /// Row indices (0-based, data rows only).
        public let rows: Range<Int>
        /// 1-based line of the run's first row.
        public let line: Int
    }

    public let file: String
    public let header: [String]
    /// Number of data rows.
    public let rowCount: Int
    /// The requested numeric columns, in the order they were asked for.
    public let columns: [[Double]]
    /// The requested names of `columns`.
    public let names: [String]
    /// Runs of the key column (empty when no key column was asked for).
    public let keyRuns: [KeyRun]

    /// The values of numeric column `name`, if it was requested.
    public func column(_ name: String) -> [Double]? { names.firstIndex(of: name).map { columns[$0] } }

    /// Reads `path` and parses it.
    /// - Parameters:
    ///   - file: the name used in error messages (default: `path`).
    ///   - numeric: header names of the columns to read as numbers.
    ///   - key: header name of a text column kept as runs (a panel or series name), or nil.
    /// - Throws: `DatasetError` with `file:line:column` for an unreadable file or the first bad row.
    public static func read(path: String, file: String? = nil, numeric: [String], key: String? = nil) throws(DatasetError) -> NumericCSV {
        let name = file ?? path
        return try NumericCSV(bytes: try fileBytes(path, file: name), file: name, numeric: numeric, key: key)
    }

    /// The bytes of the file at `path`, read in one go.
    /// - Throws: `DatasetError` at `file:1:1` when it cannot be read.
    public static func fileBytes(_ path: String, file: String? = nil) throws(DatasetError) -> [UInt8] {
        do { return try readFile(path) } catch {
            throw DatasetError(SourcePosition(file: file ?? path, line: 1, column: 1), "cannot read the file: \(error.message)")
        }
    }

    /// The header row of CSV `bytes`, read by the strict reader.
    public static func header(_ bytes: [UInt8], file: String) throws(DatasetError) -> [String] {
        var end = 0
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return try CSVTable(bytes: Array(bytes[0..<min(bytes.count, end + 1)]), file: file, requireRows: false).header
    }

    struct ReadProblem: Error { let message: String }

    /// The whole file in one read (no per-line buffering).
    static func readFile(_ path: String) throws(ReadProblem) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadProblem(message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadProblem(message: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw ReadProblem(message: "it is a directory") }
        let size = Int(st.st_size)
        var failure: String?
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buf, count in
            var got = 0
            while got < size {
                let r = Glibc.read(fd, buf.baseAddress! + got, size - got)
                if r < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); break }
                if r == 0 { break }
                got += r
            }
            count = got
        }
        if let f = failure { throw ReadProblem(message: f) }
        // A file that grew since fstat (or a pipe): read the rest.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let r = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, 65536) }
            if r < 0 { if errno == EINTR { continue }; throw ReadProblem(message: String(cString: strerror(errno))) }
            if r == 0 { break }
            bytes.append(contentsOf: chunk[0..<r])
        }
        return bytes
    }

    /// Parses CSV `bytes` read from `file`.
    /// - Throws: `DatasetError` naming the line and column of the first problem.
    public init(bytes: [UInt8], file: String, numeric: [String], key: String? = nil) throws(DatasetError) {
        self.file = file
        // 1. The header: the first line, read by the strict general reader.
        let n = bytes.count
        var headerEnd = 0
        while headerEnd < n, bytes[headerEnd] != 0x0A { headerEnd += 1 }
        let headerTable = try CSVTable(bytes: Array(bytes[0..<min(n, headerEnd + 1)]), file: file, requireRows: false)
        let header = headerTable.header
        self.header = header
        func columnIndex(_ name: String) throws(DatasetError) -> Int {
            if let i = header.firstIndex(of: name) { return i }
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1),
                               "no column `\(name)` in the header (\(header.joined(separator: ", ")))\(Suggest.hint(name, in: header))")
        }
        let ncols = header.count
        // slot[c]: k >= 0 numeric column k, -1 skipped, -2 the key column.
        var slot = [Int](repeating: -1, count: ncols)
        for (k, name) in numeric.enumerated() { slot[try columnIndex(name)] = k }
        var keyIndex = -1
        if let key {
            keyIndex = try columnIndex(key)
            if slot[keyIndex] >= 0 {
                throw DatasetError(SourcePosition(file: file, line: 1, column: 1), "column `\(key)` cannot be both a key and a number")
            }
            slot[keyIndex] = -2
        }
        self.names = numeric
        let start = min(n, headerEnd + 1)
        if start >= n {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }

        // 2. Rows: at most one per line end (plus an unterminated last line).
        var capacity = 1
        bytes.withUnsafeBufferPointer { b in
            var p = b.baseAddress! + start
            let end = b.baseAddress! + n
            while p < end, let q = memchr(p, 0x0A, end - p) {
                capacity += 1
                p = UnsafePointer(q.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        let width = numeric.count
        var cols: [[Double]] = (0..<width).map { _ in [Double]() }
        for k in 0..<width { cols[k].reserveCapacity(capacity) }
        var runs: [KeyRun] = []
        var rows = 0
        var sawHighByte = false
        var problem: DatasetError?

        bytes.withUnsafeBufferPointer { b in
            let p = b.baseAddress!
            // The current key run: its first row, line and value, and where its key bytes are.
            var runStart = 0, runLine = 0, runValue: String? = nil
            var runKeyStart = -1, runKeyLength = 0
            var i = start
            var line = 2
            while i < n {
                let rowStart = i
                var ok = true
                var keyA = -1, keyB = -1
                // The fast path: unquoted fields, plain numbers, the header's field count.
                for c in 0..<ncols {
                    let s = slot[c]
                    if s >= 0 {
                        guard let (v, next) = NumericCSV.plainNumber(p, i, n) else { ok = false; break }
                        cols[s].append(v)
                        i = next
                    } else {
                        let a = i
                        while i < n {
                            let ch = p[i]
                            if ch == 0x2C || ch == 0x0A { break }
                            if ch == 0x22 || ch == 0x0D { ok = false; break }
                            if ch >= 0x80 { sawHighByte = true }
                            i += 1
                        }
                        if !ok { break }
                        if s == -2 { keyA = a; keyB = i }
                    }
                    if c == ncols - 1 {
                        if i < n {
                            if p[i] != 0x0A { ok = false; break }
                            i += 1
                        }
                    } else {
                        if i >= n || p[i] != 0x2C || i + 1 >= n { ok = false; break }
                        i += 1
                    }
                }
                var keyValue: String? = nil
                var lines = 1
                if ok {
                    if keyA >= 0 {
                        let len = keyB - keyA
                        if runKeyStart < 0 || len != runKeyLength || memcmp(p + keyA, p + runKeyStart, len) != 0 {
                            keyValue = String(decoding: UnsafeBufferPointer(start: p + keyA, count: len), as: UTF8.self)
                            runKeyStart = keyA; runKeyLength = len
                        }
                    }
                } else {
                    // The general path for this row: the strict reader decides, with its own message.
                    for k in 0..<width where cols[k].count > rows { cols[k].removeLast(cols[k].count - rows) }
                    do throws(DatasetError) {
                        let (vals, k, next, spanned) = try NumericCSV.slowRow(b, rowStart: rowStart, line: line, headerEnd: start,
                                                                             file: file, slot: slot, width: width, keyIndex: keyIndex)
                        for j in 0..<width { cols[j].append(vals[j]) }
                        keyValue = k
                        runKeyStart = -1
                        lines = spanned
                        i = next
                    } catch {
                        problem = error
                        return
                    }
                }
                if let kv = keyValue, kv != runValue {
                    if let rv = runValue { runs.append(KeyRun(value: rv, rows: runStart..<rows, line: runLine)) }
                    runStart = rows; runLine = line; runValue = kv
                }
                rows += 1
                line += lines
            }
            if let rv = runValue { runs.append(KeyRun(value: rv, rows: runStart..<rows, line: runLine)) }
        }
        if let problem { throw problem }
        if sawHighByte, let bad = CSVTable.firstInvalidUTF8(bytes) {
            let (line, lineStart) = CSVTable.lineOf(bytes, offset: bad)
            throw DatasetError(SourcePosition(file: file, line: line, column: CSVTable.column(bytes, lineStart: lineStart, offset: bad)),
                               "byte 0x\(CSVTable.hex(bytes[bad])) is not valid UTF-8; the file must be encoded in UTF-8")
        }
        if rows == 0 {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }
        self.rowCount = rows
        self.keyRuns = runs
        self.columns = cols
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowers: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { a, _ in a * 10 } }

    /// A plain number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`) at `i`, and the offset after it; nil when
    /// the bytes there are not one (the caller hands the row to the strict reader).
    @inline(__always)
    static func plainNumber(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> (Double, Int)? {
        var i = start
        var negative = false
        if i < n, p[i] == 0x2D { negative = true; i += 1 }
        guard i < n else { return nil }
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        var exact = true
        let first = p[i] &- 0x30
        guard first < 10 else { return nil }
        if first == 0 {
            i += 1
            if i < n, p[i] &- 0x30 < 10 { return nil }  // a leading zero
        } else {
            while i < n {
                let d = p[i] &- 0x30
                if d >= 10 { break }
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); digits += 1 } else { exact = false }
                i += 1
            }
        }
        if i < n, p[i] == 0x2E {
            i += 1
            let f0 = i
            while i < n {
                let d = p[i] &- 0x30
                if d >= 10 { break }
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); digits += 1; fraction += 1 } else { exact = false }
                i += 1
            }
            guard i > f0 else { return nil }
        }
        var v: Double
        if exact, mantissa < (1 << 53), fraction <= 22 {
            // Both operands are exact doubles: one correctly rounded division (Clinger's fast path).
            v = Double(mantissa)
            if fraction > 0 { v /= exactPowers[fraction] }
        } else {
            let text = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
            guard let x = Double(text), x.isFinite else { return nil }
            return (x == 0 ? 0 : x, i)
        }
        if negative { v = -v }
        return (v == 0 ? 0 : v, i)
    }

    /// One row read by `CSVTable` and `PlainNumber`: its values, key, the offset after it and
    /// the number of lines it spans. Throws the strict reader's error, moved to the row's line.
    static func slowRow(_ b: UnsafeBufferPointer<UInt8>, rowStart: Int, line: Int, headerEnd: Int, file: String,
                        slot: [Int], width: Int, keyIndex: Int) throws(DatasetError) -> ([Double], String?, Int, Int) {
        let n = b.count
        // The record's end: the first line end outside quotes.
        var j = rowStart, quoted = false, lines = 1
        while j < n {
            let ch = b[j]
            if ch == 0x22 { quoted.toggle() } else if ch == 0x0A {
                if !quoted { break }
                lines += 1
            }
            j += 1
        }
        let next = min(n, j + 1)
        var slice = Array(b[0..<headerEnd])
        slice.append(contentsOf: b[rowStart..<next])
        func moved(_ e: DatasetError) -> DatasetError {
            var e = e
            e.position.file = file
            e.position.line = e.position.line - 2 + line
            return e
        }
        let table: CSVTable
        do { table = try CSVTable(bytes: slice, file: file, requireRows: false) } catch { throw moved(error) }
        guard let row = table.rows.first else {
            throw DatasetError(SourcePosition(file: file, line: line, column: 1), "blank line; expected a row with \(slot.count) fields (remove empty lines)")
        }
        var values = [Double](repeating: 0, count: width)
        for (c, s) in slot.enumerated() where s >= 0 {
            let text = row.fields[c]
            if text.isEmpty {
                throw moved(DatasetError(table.position(row, field: c),
                                         "`\(table.header[c])` is required; expected a plain number such as 1100 or 51.53, found an empty field"))
            }
            switch PlainNumber.parse(text) {
            case .success(let x): values[s] = x
            case .failure(let why): throw moved(DatasetError(table.position(row, field: c), why.message))
            }
        }
        return (values, keyIndex >= 0 ? row.fields[keyIndex] : nil, next, lines)
    }
}
