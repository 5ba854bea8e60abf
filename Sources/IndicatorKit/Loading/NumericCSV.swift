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
        /// The key column's text shared by the run's rows.
        public let value: String
        /// Row indices (0-based, data rows only).
        public let rows: Range<Int>
        /// 1-based line of the run's first row.
        public let line: Int
    }

    /// The file name used in error positions.
    public let file: String
    /// Column names of the first line, in order.
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

    /// Which columns to read, chosen from the header: the names of the number columns and of an
    /// optional key column (a panel or series name, kept as runs).
    public typealias ColumnChoice = ([String]) throws(DatasetError) -> (numeric: [String], key: String?)

    /// Reads `path` and parses it.
    /// - Parameters:
    ///   - file: the name used in error messages (default: `path`).
    ///   - numeric: header names of the columns to read as numbers.
    ///   - key: header name of a text column kept as runs (a panel or series name), or nil.
    /// - Throws: `DatasetError` with `file:line:column` for an unreadable file or the first bad row.
    public static func read(path: String, file: String? = nil, numeric: [String], key: String? = nil) throws(DatasetError) -> NumericCSV {
        try read(path: path, file: file) { _ throws(DatasetError) in (numeric, key) }
    }

    /// Reads `path`, choosing the columns once the header is known (for defaults by position).
    /// The file is mapped, not copied: a 16 MB file costs no 16 MB buffer. Its pages are mapped
    /// as each reading thread reaches them (not populated up front on one thread, which was
    /// slower). Only a regular file
    /// of at most `maximumBytes` is read (a FIFO or device is refused before it is read).
    /// - Parameter parallel: read a large file's two halves on two threads (the result is the same).
    public static func read(path: String, file: String? = nil, parallel: Bool = true,
                            maximumBytes: Int = InputFile.plotNumeric,
                            columns choose: ColumnChoice) throws(DatasetError) -> NumericCSV {
        let name = file ?? path
        let (fd, size) = try InputFile.open(path, file: name, maximumBytes: maximumBytes)
        defer { close(fd) }
        if size == 0 { return try parse(UnsafeBufferPointer(start: nil, count: 0), file: name, parallel: parallel, choose) }
        guard let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
            let bytes = try fileBytes(path, file: name, maximumBytes: maximumBytes)
            return try bytes.withUnsafeBufferPointer { b throws(DatasetError) in try parse(b, file: name, parallel: parallel, choose) }
        }
        defer { munmap(m, size) }
        // Ask for the whole file at once: pages the kernel has dropped from its cache are then
        // read in one go while the rows are parsed, instead of a fault and a small read-ahead at a
        // time. A W2 file out of the cache: 56.6 -> 46.3 ms median; in the cache: no change.
        _ = madvise(m, size, MADV_WILLNEED)
        return try parse(UnsafeBufferPointer(start: m.assumingMemoryBound(to: UInt8.self), count: size), file: name,
                         parallel: parallel, choose)
    }

    /// The bytes of the regular file at `path`, read in one go.
    /// - Throws: `DatasetError` at `file:1:1` when it cannot be read, is not a regular file or
    ///   is larger than `maximumBytes`.
    public static func fileBytes(_ path: String, file: String? = nil, maximumBytes: Int = InputFile.plotNumeric) throws(DatasetError) -> [UInt8] {
        try InputFile.read(path, file: file, maximumBytes: maximumBytes)
    }

    /// Parses CSV `bytes` read from `file`.
    /// - Throws: `DatasetError` naming the line and column of the first problem.
    public init(bytes: [UInt8], file: String, numeric: [String], key: String? = nil) throws(DatasetError) {
        try self.init(bytes: bytes, file: file) { _ throws(DatasetError) in (numeric, key) }
    }

    /// Parses CSV `bytes` read from `file`, choosing the columns once the header is known.
    /// - Throws: `DatasetError` naming the line and column of the first problem.
    public init(bytes: [UInt8], file: String, columns choose: ColumnChoice) throws(DatasetError) {
        self = try bytes.withUnsafeBufferPointer { b throws(DatasetError) in
            try NumericCSV.parse(b, file: file, parallel: true, choose)
        }
    }

    init(file: String, header: [String], rowCount: Int, columns: [[Double]], names: [String], keyRuns: [KeyRun]) {
        self.file = file; self.header = header; self.rowCount = rowCount; self.columns = columns
        self.names = names; self.keyRuns = keyRuns
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, parallel: Bool,
                      _ choose: ColumnChoice) throws(DatasetError) -> NumericCSV {
        // 1. The header: the first line, read by the strict general reader.
        let n = bytes.count
        var headerEnd = 0
        while headerEnd < n, bytes[headerEnd] != 0x0A { headerEnd += 1 }
        let headerTable = try CSVTable(bytes: Array(bytes[0..<min(n, headerEnd + 1)]), file: file, requireRows: false)
        let header = headerTable.header
        let (numeric, key) = try choose(header)
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
        let start = min(n, headerEnd + 1)
        if start >= n {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }

        // 2. Rows.
        // A row takes at least one byte per separator and per number ("0,0\n"): the arrays reserve
        // that many rows of address space, and only the pages the rows fill are ever touched (no
        // counting pass over the file).
        let width = numeric.count
        let capacity = (n - start) / max(1, ncols + width) + 1
        var runs: [KeyRun] = []
        var rows = 0
        var sawUnusualByte = false
        var problem: DatasetError?

        // The rows go straight into the result arrays (no copy), written by pointer.
        let columns = NumericCSV.columnArrays(width, capacity: capacity) { out in
            let b = bytes
            guard n > start, let p = b.baseAddress else { return 0 }
            let slots = UnsafeMutablePointer<Int>.allocate(capacity: max(1, ncols))
            defer { slots.deallocate() }
            for c in 0..<ncols { slots[c] = slot[c] }
            let pow10 = UnsafeMutablePointer<Double>.allocate(capacity: 23)
            defer { pow10.deallocate() }
            var e = 1.0
            for k in 0...22 { pow10[k] = e; e *= 10 }
            // The current key run: its first row, line and value, and where its key bytes are.
            var runStart = 0, runLine = 0, runValue: String? = nil
            var runKeyStart = -1, runKeyLength = 0
            var i = start
            var line = 2
            // A large file without a key column is read in two halves at once: a second thread
            // takes the rows after the line end nearest the middle (fast path only), this thread
            // the rows before it. The helper first counts the line ends before the middle and
            // writes its rows into the result arrays from that row on; it is right when every row
            // of the first half is one line, which this thread checks. If either half meets
            // anything unusual (a quote, a bad number, a row over two lines), the helper's rows are
            // dropped and this thread reads on from where it is, writing over them, so errors and
            // their positions are exactly those of the sequential read.
            // Numbers starting at or before the last line end need no end checks (`LineEndAhead`).
            var lastLineEnd = n - 1
            while lastLineEnd >= start, p[lastLineEnd] != 0x0A { lastLineEnd -= 1 }
            var limit = n
            var helper: SecondHalf? = nil
            if parallel, keyIndex < 0, n - start >= 4 << 20 {
                var mid = start + (n - start) / 2
                while mid < n, p[mid] != 0x0A { mid += 1 }
                if mid + 1 < n, let h = SecondHalf.start(p, firstRowsFrom: start, from: mid + 1, to: n, lastLineEnd: lastLineEnd,
                                                         slots: slots, ncols: ncols, into: out, capacity: capacity, pow10: pow10) {
                    limit = mid + 1
                    helper = h
                }
            }
            var slowRows = 0
            while true {
            while i < limit {
                let rowStart = i
                var key = (start: -1, end: -1)
                let ok = rows < capacity && NumericCSV.fastRow(p, &i, n, lastLineEnd: lastLineEnd, slots: slots, ncols: ncols,
                                                              pow10: pow10, into: out, row: rows, key: &key,
                                                              sawUnusualByte: &sawUnusualByte)
                var keyValue: String? = nil
                var lines = 1
                if ok {
                    if key.start >= 0 {
                        let len = key.end - key.start
                        if runKeyStart < 0 || len != runKeyLength || memcmp(p + key.start, p + runKeyStart, len) != 0 {
                            keyValue = String(decoding: UnsafeBufferPointer(start: p + key.start, count: len), as: UTF8.self)
                            runKeyStart = key.start; runKeyLength = len
                        }
                    }
                } else {
                    // The general path for this row: the strict reader decides, with its own message.
                    slowRows += 1
                    do throws(DatasetError) {
                        let (vals, k, next, spanned) = try NumericCSV.slowRow(b, rowStart: rowStart, line: line, headerEnd: start,
                                                                             file: file, slot: slot, width: width, keyIndex: keyIndex)
                        precondition(rows < capacity, "NumericCSV: more rows than the bytes allow")
                        for j in 0..<width { out[j][rows] = vals[j] }
                        keyValue = k
                        runKeyStart = -1
                        lines = spanned
                        i = next
                    } catch {
                        problem = error
                        helper?.join()
                        return rows
                    }
                }
                if let kv = keyValue, kv != runValue {
                    if let rv = runValue { runs.append(KeyRun(value: rv, rows: runStart..<rows, line: runLine)) }
                    runStart = rows; runLine = line; runValue = kv
                }
                rows &+= 1
                line &+= lines
            }
            guard let h = helper else { break }
            helper = nil
            h.join()
            if h.complete, slowRows == 0, i == limit, rows == h.firstRow {
                rows += h.rows
                line += h.rows
                if h.sawUnusualByte { sawUnusualByte = true }
                i = n
            }
            limit = n
            }
            if let rv = runValue { runs.append(KeyRun(value: rv, rows: runStart..<rows, line: runLine)) }
            return rows
        }
        if let problem { throw problem }
        // A text field held a byte the fast path does not judge: the general reader's check decides.
        if sawUnusualByte, let (bad, why) = CSVTable.firstForbiddenByte(bytes) {
            let all = Array(bytes)
            let (line, lineStart) = CSVTable.lineOf(all, offset: bad)
            throw DatasetError(SourcePosition(file: file, line: line, column: CSVTable.column(all, lineStart: lineStart, offset: bad)), why)
        }
        if rows == 0 {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }
        return NumericCSV(file: file, header: header, rowCount: rows, columns: columns, names: numeric,
                          keyRuns: keyIndex >= 0 ? runs : [])
    }

    /// `width` arrays of `capacity` doubles, filled in place by `fill` (which returns the row count),
    /// their memory backed by huge pages where the kernel offers them (a million rows fault 8 MB
    /// per column in 4 KB pages otherwise).
    static func columnArrays(_ width: Int, capacity: Int,
                             _ fill: (UnsafeMutablePointer<UnsafeMutablePointer<Double>>) -> Int) -> [[Double]] {
        let pointers = UnsafeMutablePointer<UnsafeMutablePointer<Double>>.allocate(capacity: max(1, width))
        defer { pointers.deallocate() }
        var rows = 0
        func nest(_ k: Int) -> [[Double]] {
            if k == width { rows = fill(pointers); return [] }
            var inner: [[Double]] = []
            let array = [Double](unsafeUninitializedCapacity: max(1, capacity)) { buf, count in
                let base = buf.baseAddress!
                adviseHugePages(UnsafeMutableRawPointer(base), buf.count * 8)
                pointers[k] = base
                inner = nest(k + 1)
                count = rows
            }
            return [array] + inner
        }
        if width == 0 { rows = fill(pointers); return [] }
        return nest(0)
    }

    /// The rows after `from`, read on a thread of their own with the fast path only, straight
    /// into the result arrays: from row `firstRow`, the number of line ends between
    /// `firstRowsFrom` and `from` (the first half's rows when each is one line). It borrows the
    /// caller's buffers, which the caller keeps until `join()` returns.
    final class SecondHalf: @unchecked Sendable {
        let p: UnsafePointer<UInt8>
        let firstRowsFrom: Int, from: Int, to: Int, lastLineEnd: Int, ncols: Int, capacity: Int
        let slots: UnsafePointer<Int>
        let pow10: UnsafePointer<Double>
        let out: UnsafePointer<UnsafeMutablePointer<Double>>
        var firstRow = 0
        var rows = 0
        var complete = false
        var sawUnusualByte = false
        private var thread: JoinableThread?

        private init(_ p: UnsafePointer<UInt8>, firstRowsFrom: Int, from: Int, to: Int, lastLineEnd: Int,
                     slots: UnsafePointer<Int>, ncols: Int, into out: UnsafePointer<UnsafeMutablePointer<Double>>,
                     capacity: Int, pow10: UnsafePointer<Double>) {
            self.p = p; self.firstRowsFrom = firstRowsFrom; self.from = from; self.to = to; self.lastLineEnd = lastLineEnd
            self.slots = slots; self.ncols = ncols; self.out = out; self.capacity = capacity; self.pow10 = pow10
        }

        /// Starts reading `from..<to`; nil when no thread could be started.
        static func start(_ p: UnsafePointer<UInt8>, firstRowsFrom: Int, from: Int, to: Int, lastLineEnd: Int,
                          slots: UnsafePointer<Int>, ncols: Int, into out: UnsafePointer<UnsafeMutablePointer<Double>>,
                          capacity: Int, pow10: UnsafePointer<Double>) -> SecondHalf? {
            let h = SecondHalf(p, firstRowsFrom: firstRowsFrom, from: from, to: to, lastLineEnd: lastLineEnd,
                               slots: slots, ncols: ncols, into: out, capacity: capacity, pow10: pow10)
            guard let thread = JoinableThread({ h.run() }) else { return nil }
            h.thread = thread
            return h
        }

        /// Waits for the rows (call once).
        func join() {
            thread?.join()
        }

        func run() {
            firstRow = NumericCSV.lineEnds(p + firstRowsFrom, from &- firstRowsFrom)
            // Locals, not properties, in the loop: the optimiser keeps them in registers.
            let p = self.p, slots = self.slots, out = self.out, pow10 = self.pow10
            let ncols = self.ncols
            guard firstRow <= capacity else { return }
            let room = capacity &- firstRow
            var i = from, r = 0
            let n = to, lastLineEnd = self.lastLineEnd
            var key = (start: -1, end: -1), unusual = false
            defer { rows = r; sawUnusualByte = unusual }
            while i < n {
                guard r < room, NumericCSV.fastRow(p, &i, n, lastLineEnd: lastLineEnd, slots: slots, ncols: ncols, pow10: pow10,
                                                   into: out, row: firstRow &+ r, key: &key, sawUnusualByte: &unusual) else { return }
                r &+= 1
            }
            complete = true
        }
    }

    /// The number of line feeds in `count` bytes at `p`: 64 byte-wide counters, each adding up
    /// to 255 blocks of 64 bytes before they are summed, a loop the compiler vectorises (about
    /// 20 GB/s; a plain count runs at 4, Swift's SIMD64 operations at a tenth of that).
    static func lineEnds(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var total = 0, i = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { lanes in
            while count &- i >= 64 {
                let blocks = min(255, (count &- i) / 64)
                for k in 0..<64 { lanes[k] = 0 }
                for b in 0..<blocks {
                    let q = p + (i &+ 64 &* b)
                    for k in 0..<64 { lanes[k] &+= q[k] == 0x0A ? 1 : 0 }
                }
                for k in 0..<64 { total &+= Int(lanes[k]) }
                i &+= 64 &* blocks
            }
        }
        while i < count {
            if p[i] == 0x0A { total &+= 1 }
            i &+= 1
        }
        return total
    }

    static func adviseHugePages(_ p: UnsafeMutableRawPointer, _ bytes: Int) {
        #if os(Linux)
        let huge = 2 << 20
        let a = (Int(bitPattern: p) + huge - 1) & ~(huge - 1), b = (Int(bitPattern: p) + bytes) & ~(huge - 1)
        if b > a { _ = madvise(UnsafeMutableRawPointer(bitPattern: a), b - a, 14 /* MADV_HUGEPAGE */) }
        #endif
    }

    /// One row by the fast path from `i` (unquoted fields, plain numbers, the header's field
    /// count, then a line end or the end of the bytes), its numbers written at `row` of `out` and
    /// the key field's bounds (slot -2) into `key`; false when the row needs the strict reader
    /// (`i` is then somewhere in the row). The same code for both halves of a parallel read.
    @inline(__always)
    static func fastRow(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ n: Int, lastLineEnd: Int, slots: UnsafePointer<Int>,
                        ncols: Int, pow10: UnsafePointer<Double>, into out: UnsafePointer<UnsafeMutablePointer<Double>>,
                        row: Int, key: inout (start: Int, end: Int), sawUnusualByte: inout Bool) -> Bool {
        var c = 0
        while c < ncols {
            let s = slots[c]
            if s >= 0 {
                let v = i <= lastLineEnd ? plainNumber(p, &i, n, pow10, LineEndAhead.self) : plainNumber(p, &i, n, pow10)
                if v.isNaN { return false }
                out[s][row] = v
            } else {
                let a = i
                while i < n {
                    let ch = p[i]
                    if ch == 0x2C || ch == 0x0A { break }
                    if ch == 0x22 { return false }
                    if ch == 0x0D { break }
                    if ch >= 0x80 || ch < 0x20 || ch == 0x7F { sawUnusualByte = true }
                    i &+= 1
                }
                if s == -2 { key = (a, i) }
            }
            if c == ncols &- 1 {
                if i < n {
                    if p[i] == 0x0D, i &+ 1 < n, p[i &+ 1] == 0x0A { i &+= 1 }
                    if p[i] != 0x0A { return false }
                    i &+= 1
                }
            } else {
                if i >= n || p[i] != 0x2C || i &+ 1 >= n { return false }
                i &+= 1
            }
            c &+= 1
        }
        return true
    }

    /// A plain number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) at `i`, moving `i` past it; NaN when the
    /// bytes there are not one (the caller then hands the row to the strict reader).
    ///
    /// With `Bounds == LineEndAhead` the caller promises a line end at or after `i` and before
    /// `n`: every run of digits stops at it, so no position is compared with `n` (two instructions of
    /// about ten per digit; the digit loops are the time of a million-row file).
    @inline(__always)
    static func plainNumber<Bounds: ScanBounds>(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ n: Int, _ pow10: UnsafePointer<Double>,
                                                _: Bounds.Type = Checked.self) -> Double {
        @inline(__always) func within(_ j: Int) -> Bool { !Bounds.checked || j < n }
        let start = i
        var j = i
        let negative = within(j) && p[j] == 0x2D
        if negative { j += 1 }
        guard within(j) else { return .nan }
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        var d = p[j] &- 0x30
        guard d < 10 else { return .nan }
        // Positions only grow up to `n`, so the steps need no overflow checks (`&+`).
        if d == 0 {
            j &+= 1
            if within(j), p[j] &- 0x30 < 10 { return .nan }  // a leading zero
        } else {
            let first = j
            repeat {
                mantissa = mantissa &* 10 &+ UInt64(d)
                j &+= 1
                if !within(j) { break }
                d = p[j] &- 0x30
            } while d < 10
            digits = j &- first
        }
        if within(j), p[j] == 0x2E {
            j &+= 1
            let f0 = j
            while within(j) {
                d = p[j] &- 0x30
                if d >= 10 { break }
                mantissa = mantissa &* 10 &+ UInt64(d)
                j &+= 1
            }
            fraction = j &- f0
            guard fraction > 0 else { return .nan }
            digits &+= fraction
        }
        if within(j), p[j] | 0x20 == 0x65 {  // e or E: an exponent, read by the exact path
            j += 1
            if within(j), p[j] == 0x2B || p[j] == 0x2D { j += 1 }
            let e0 = j
            while within(j), p[j] &- 0x30 < 10 { j += 1 }
            guard j > e0 else { return .nan }
            i = j
            return exactValue(p + start, j - start)
        }
        i = j
        if digits <= 19, mantissa < (1 << 53), fraction <= 22 {
            // Both operands are exact doubles: one correctly rounded division (Clinger's fast path).
            var v = Double(Int64(bitPattern: mantissa))
            if fraction > 0 { v /= pow10[fraction] }
            return negative ? (v == 0 ? 0 : -v) : v
        }
        return exactValue(p + start, j - start)
    }

    /// Whether `plainNumber` compares positions with the end of the bytes (`Checked`) or relies on
    /// a line end ahead (`LineEndAhead`); resolved at compile time.
    protocol ScanBounds { static var checked: Bool { get } }
    enum Checked: ScanBounds { static var checked: Bool { true } }
    enum LineEndAhead: ScanBounds { static var checked: Bool { false } }

    /// The correctly rounded value of a long literal (more than 15 to 19 significant digits) or
    /// one with an exponent; NaN (the strict reader then says why) when it overflows, or when it
    /// underflows to 0 or a denormal.
    @inline(never)
    static func exactValue(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double {
        let text = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        guard let x = Double(text), x.isFinite else { return .nan }
        if x == 0 || abs(x) < Double.leastNormalMagnitude {
            let mantissa = text.prefix { $0 != "e" && $0 != "E" }
            if mantissa.contains(where: { $0 >= "1" && $0 <= "9" }) { return .nan }
            return 0
        }
        return x
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
