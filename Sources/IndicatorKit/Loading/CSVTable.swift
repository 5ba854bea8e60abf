/// A strict RFC 4180 reader that keeps the position of every field.
///
/// Why not a CSV library from the package list: yaslab/CSV.swift 2.5.2 reads an unterminated
/// quote to the end of the file and appends a stray quote to the field (its reader marks the
/// case `// ERROR?`), and its errors (`CSVError.unicodeDecoding`, `.cannotReadHeaderRow`) carry no
/// line or column. The dataset promises `file:line:column` for every refusal, so this reader
/// works on bytes and reports the first deviation with its position.
///
/// Accepted: UTF-8 with or without a byte-order mark, LF or CR LF line ends (RFC 4180 uses CR LF;
/// a line end inside a quoted field is read as LF), `"` quoting with `""` escapes. Refused, with
/// the position: invalid UTF-8, a bare CR, control characters (U+0000 to U+001F other than line
/// ends, including TAB; U+007F to U+009F) anywhere in the file, blank lines, ragged rows, and a
/// header that names one column twice.
public struct CSVTable: Sendable {
    /// The file name used in error positions.
    public let file: String
    /// Column names of the first line, in order.
    public let header: [String]
    /// Data rows (the header excluded), in file order.
    public let rows: [Row]
    /// The raw bytes, kept so that positions are worked out only when an error needs one.
    let bytes: [UInt8]
    /// Where the header starts: 3 after a byte-order mark, else 0.
    let bodyStart: Int
    /// The field separator: a comma, or `;` for tables from spreadsheets set to a decimal comma.
    let delimiter: UInt8

    /// One data row: its fields as text and where it starts.
    public struct Row: Sendable {
        /// The row's fields, unquoted, one per header column.
        public let fields: [String]
        /// 1-based line on which the row starts.
        public let line: Int
        /// Byte offset of the start of the row's line.
        let lineStart: Int
    }

    /// Parses `bytes` read from `file` (the name used in error messages).
    /// - Parameters:
    ///   - requireRows: refuse a file with a header and no data rows.
    ///   - delimiter: the field separator, a comma (0x2C) or, for `indicators import`, `;` (0x3B).
    /// - Throws: `DatasetError` naming the line and column of the first malformed byte.
    public init(bytes: [UInt8], file: String, requireRows: Bool = true, delimiter: UInt8 = 0x2C) throws(DatasetError) {
        self.file = file
        self.bytes = bytes
        self.delimiter = delimiter
        let start = CSVTable.hasBOM(bytes) ? 3 : 0
        bodyStart = start
        func fail(_ offset: Int, _ line: Int, _ lineStart: Int, _ message: String) -> DatasetError {
            DatasetError(SourcePosition(file: file, line: line,
                                        column: CSVTable.column(bytes, lineStart: lineStart, offset: offset)), message)
        }
        if bytes.count <= start {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1),
                               "the file is empty; expected a header row naming the columns")
        }
        if let (bad, why) = CSVTable.firstForbiddenByte(bytes) {
            let (line, lineStart) = CSVTable.lineOf(bytes, offset: bad)
            throw fail(bad, line, lineStart, why)
        }
        // Every CR is now followed by LF: a line end is LF, or CR LF read as one.

        var headerFields: [String]? = nil
        var records: [Row] = []
        records.reserveCapacity(CSVTable.lineCount(bytes))
        var fields: [String] = []
        var line = 1, lineStart = start
        var rowLine = 1, rowLineStart = start
        var i = start
        let n = bytes.count
        var atRecordStart = true

        func finishRecord() throws(DatasetError) {
            if let e = headerFields?.count, fields.count != e {
                let k = fields.count > e ? e : fields.count - 1
                let off = CSVTable.fieldOffset(bytes, lineStart: rowLineStart, field: k, delimiter: delimiter)
                let which = fields.count > e ? "found \(fields.count) fields, \(fields.count - e) more than" : "found \(fields.count), \(e - fields.count) fewer than"
                let (fl, fls) = CSVTable.lineOf(bytes, offset: off, from: (rowLine, rowLineStart))
                throw fail(off, fl, fls, "expected \(e) fields as in the header; \(which) the header")
            }
            if headerFields == nil {
                headerFields = fields
            } else {
                records.append(Row(fields: fields, line: rowLine, lineStart: rowLineStart))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while i < n {
            if atRecordStart {
                rowLine = line; rowLineStart = lineStart
                if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    throw fail(i, line, lineStart, "blank line; expected a row with \(headerFields?.count ?? 0) fields (remove empty lines)")
                }
                atRecordStart = false
            }
            // One field starts at i.
            let fieldStart = i
            var value: String
            if bytes[i] == 0x22 { // quoted
                var buf: [UInt8] = []
                var j = i + 1
                var closed = false
                while j < n {
                    let b = bytes[j]
                    if b == 0x22 {
                        if j + 1 < n, bytes[j + 1] == 0x22 { buf.append(0x22); j += 2; continue }
                        closed = true; j += 1; break
                    }
                    if b == 0x0D { j += 1; continue }       // CR LF inside quotes: the LF follows
                    if b == 0x0A { line += 1; lineStart = j + 1 }
                    buf.append(b); j += 1
                }
                if !closed {
                    throw fail(i, rowLine, rowLineStart, "unterminated quoted field: the quote opened here is never closed")
                }
                value = String(decoding: buf, as: UTF8.self)
                i = j
                if i < n, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    if line != rowLine {
                        // The quote most likely never closed: a later quote ended it lines below.
                        let startColumn = CSVTable.column(bytes, lineStart: rowLineStart, offset: fieldStart)
                        throw fail(fieldStart, rowLine, rowLineStart,
                                   "unterminated quoted field: the quote opened at column \(startColumn) runs on to line \(line), where text follows a quote (is the closing quote missing?)")
                    }
                    throw fail(i, line, lineStart, "expected \(delimiter == 0x2C ? "a comma" : "`;`") or the end of the line after the closing quote")
                }
            } else {
                var j = i
                while j < n {
                    let b = bytes[j]
                    if b == delimiter || b == 0x0A || b == 0x0D { break }
                    if b == 0x22 { throw fail(j, line, lineStart, "a quote inside an unquoted field; quote the whole field and double the inner quotes (\"\")") }
                    j += 1
                }
                value = String(decoding: bytes[i..<j], as: UTF8.self)
                i = j
            }
            fields.append(value)
            if i >= n { break }
            if bytes[i] == delimiter {
                i += 1
                if i >= n { fields.append("") }
                continue
            }
            // A line end: LF or CR LF.
            try finishRecord()
            i += bytes[i] == 0x0D ? 2 : 1
            line += 1; lineStart = i
            atRecordStart = true
        }
        if !fields.isEmpty { try finishRecord() }

        guard let header = headerFields else {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1), "the file is empty; expected a header row")
        }
        self.header = header
        rows = records
        // One name, one column: a second column of the same name would make every reader pick one.
        var firstColumn: [String: Int] = [:]
        for (k, name) in header.enumerated() {
            if let first = firstColumn[name] {
                throw DatasetError(headerPosition(k),
                                   "duplicate column name `\(name)`: column \(k + 1) has the same name as column \(first + 1) (\(headerPosition(first))); rename one")
            }
            firstColumn[name] = k
        }
        if requireRows, rows.isEmpty {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }
    }

    /// The position of field `index` of `row` (1-based line and character column).
    public func position(_ row: Row, field index: Int) -> SourcePosition {
        let off = CSVTable.fieldOffset(bytes, lineStart: row.lineStart, field: index, delimiter: delimiter)
        // A quoted field may span lines: count lines up to its offset.
        let (line, ls) = CSVTable.lineOf(bytes, offset: off, from: (row.line, row.lineStart))
        return SourcePosition(file: file, line: line, column: CSVTable.column(bytes, lineStart: ls, offset: off))
    }

    /// The position of header column `index`.
    public func headerPosition(_ index: Int) -> SourcePosition {
        position(Row(fields: [], line: 1, lineStart: bodyStart), field: index)
    }

    /// Byte offset where field `index` of the well-formed record starting at `lineStart` begins
    /// (the last field's start when the record has fewer). Found again from the bytes, so rows
    /// need not keep their offsets.
    static func fieldOffset(_ bytes: [UInt8], lineStart: Int, field index: Int, delimiter: UInt8 = 0x2C) -> Int {
        var i = lineStart, k = 0
        let n = bytes.count
        while k < index && i < n {
            // Skip one field.
            if bytes[i] == 0x22 {
                i += 1
                while i < n {
                    if bytes[i] == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 { i += 2; continue }
                        i += 1; break
                    }
                    i += 1
                }
            }
            while i < n, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            guard i < n, bytes[i] == delimiter else { return fieldStartBefore(bytes, lineStart: lineStart, end: i, delimiter: delimiter) }
            i += 1
            k += 1
        }
        return i
    }

    /// Start of the last field that ends at `end` (used for a row with too few fields).
    static func fieldStartBefore(_ bytes: [UInt8], lineStart: Int, end: Int, delimiter: UInt8 = 0x2C) -> Int {
        var i = lineStart, last = lineStart
        while i < end {
            if bytes[i] == 0x22 {
                i += 1
                while i < end, !(bytes[i] == 0x22 && !(i + 1 < end && bytes[i + 1] == 0x22)) {
                    i += bytes[i] == 0x22 ? 2 : 1
                }
                i += 1
                continue
            }
            if bytes[i] == delimiter { last = i + 1 }
            i += 1
        }
        return last
    }

    /// 1-based column in characters (Unicode scalars) of byte `offset` on the line starting at
    /// `lineStart`; a byte-order mark at the start of the file is not a column.
    static func column(_ bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        var c = 1
        var k = lineStart == 0 && hasBOM(bytes) ? 3 : lineStart
        while k < offset && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { c += 1 }
            k += 1
        }
        return c
    }

    /// The 1-based line holding byte `offset`, and the offset where that line starts, counted
    /// from a known line start (the file's start by default).
    static func lineOf(_ bytes: [UInt8], offset: Int, from known: (line: Int, start: Int) = (1, 0)) -> (Int, Int) {
        var line = known.line, ls = known.start
        var k = known.start
        while k < min(offset, bytes.count) {
            if bytes[k] == 0x0A { line += 1; ls = k + 1 }
            k += 1
        }
        return (line, ls)
    }

    /// Number of LF bytes: an upper bound on the rows, to reserve them at once.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in b.baseAddress.map { NumericCSV.lineEnds($0, b.count) } ?? 0 }
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    static func hex(_ b: UInt8) -> String {
        let d = Array("0123456789ABCDEF")
        return String([d[Int(b >> 4)], d[Int(b & 15)]])
    }

    /// The first byte the reader refuses whatever its place (invalid UTF-8, a bare CR, a control
    /// character) and why; nil when there is none. One pass, no allocation.
    static func firstForbiddenByte(_ b: [UInt8]) -> (Int, String)? {
        b.withUnsafeBufferPointer { p in firstForbiddenByte(p) }
    }

    /// `firstForbiddenByte` over a buffer (plot's numeric reader maps its file).
    static func firstForbiddenByte(_ b: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
        var i = 0
        let n = b.count
        func control(_ v: UInt32) -> String {
            "control character \(ControlCharacters.name(v)) in the data; text may hold no control characters (a tab, escape or NUL is often pasted by accident): remove it"
        }
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c >= 0x20 && c != 0x7F || c == 0x0A { i += 1; continue }
                if c == 0x0D {
                    if i + 1 < n, b[i + 1] == 0x0A { i += 2; continue }
                    return (i, "carriage return not followed by a line feed (a bare CR); expected LF or CR LF line ends")
                }
                return (i, control(UInt32(c)))
            }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; cp = UInt32(c & 0x1F); min = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; cp = UInt32(c & 0x0F); min = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; cp = UInt32(c & 0x07); min = 0x10000 }
            else { return (i, notUTF8(c)) }
            if i + need >= n { return (i, notUTF8(c)) }
            for k in 1...need {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return (i, notUTF8(c)) }
                cp = (cp << 6) | UInt32(cc & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return (i, notUTF8(c)) }
            if cp <= 0x9F { return (i, control(cp)) }   // C1 controls, U+0080 to U+009F
            i += need + 1
        }
        return nil
    }

    static func notUTF8(_ c: UInt8) -> String {
        "byte 0x\(hex(c)) is not valid UTF-8; the file must be encoded in UTF-8"
    }
}
