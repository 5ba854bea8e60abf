/// A strict RFC 4180 reader that keeps the position of every field.
///
/// Why not a CSV library from the package list: yaslab/CSV.swift 2.5.2 reads an unterminated
/// quote to the end of the file and appends a stray quote to the field (its reader marks the
/// case `// ERROR?`), and its errors (`CSVError.unicodeDecoding`, `.cannotReadHeaderRow`) carry no
/// line or column. The dataset promises `file:line:column` for every refusal, so this reader
/// works on bytes, accepts exactly one form (UTF-8 without BOM, LF line ends, `"` quoting with `""`
/// escapes) and reports the first deviation with its position.
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [Row]
    /// The raw bytes, kept so that columns are counted in characters only when an error needs one.
    let bytes: [UInt8]
    let headerOffsets: [Int]

    public struct Row: Sendable {
        public let fields: [String]
        /// 1-based line on which the row starts.
        public let line: Int
        /// Byte offset of the start of the row's line, and of each field.
        let lineStart: Int
        let offsets: [Int]
    }

    /// Parses `bytes` read from `file` (the name used in error messages).
    /// - Throws: `DatasetError` naming the line and column of the first malformed byte.
    public init(bytes: [UInt8], file: String, requireRows: Bool = true) throws(DatasetError) {
        self.file = file
        self.bytes = bytes
        func fail(_ offset: Int, _ line: Int, _ lineStart: Int, _ message: String) -> DatasetError {
            DatasetError(SourcePosition(file: file, line: line,
                                        column: CSVTable.column(bytes, lineStart: lineStart, offset: offset)), message)
        }
        if bytes.isEmpty {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1),
                               "the file is empty; expected a header row naming the columns")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1),
                               "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM")
        }
        if let bad = CSVTable.firstInvalidUTF8(bytes) {
            let (line, lineStart) = CSVTable.lineOf(bytes, offset: bad)
            throw fail(bad, line, lineStart, "byte 0x\(CSVTable.hex(bytes[bad])) is not valid UTF-8; the file must be encoded in UTF-8")
        }

        var records: [Row] = []
        var fields: [String] = []
        var offsets: [Int] = []
        var line = 1, lineStart = 0
        var rowLine = 1, rowLineStart = 0
        var i = 0
        let n = bytes.count
        var atRecordStart = true
        var expected: Int? = nil

        func finishRecord(_ recLine: Int, _ recLineStart: Int) throws(DatasetError) {
            if let e = expected, fields.count != e {
                let off = fields.count > e ? offsets[e] : (offsets.last ?? recLineStart)
                let which = fields.count > e ? "found \(fields.count) fields, \(fields.count - e) more than" : "found \(fields.count), \(e - fields.count) fewer than"
                throw fail(off, recLine, recLineStart, "expected \(e) fields as in the header; \(which) the header")
            }
            if expected == nil { expected = fields.count }
            records.append(Row(fields: fields, line: recLine, lineStart: recLineStart, offsets: offsets))
            fields.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
        }

        while i < n {
            if atRecordStart {
                rowLine = line; rowLineStart = lineStart
                if bytes[i] == 0x0A {
                    throw fail(i, line, lineStart, "blank line; expected a row with \(expected ?? 0) fields (remove empty lines)")
                }
                if bytes[i] == 0x0D {
                    throw fail(i, line, lineStart, "carriage return (CR LF line end); the dataset uses LF line ends only")
                }
                atRecordStart = false
            }
            // One field starts at i.
            offsets.append(i)
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
                    if b == 0x0A { line += 1; lineStart = j + 1 }
                    if b == 0x0D { throw fail(j, line, lineStart, "carriage return inside a quoted field; the dataset uses LF line ends only") }
                    buf.append(b); j += 1
                }
                if !closed {
                    throw fail(i, rowLine, rowLineStart, "unterminated quoted field: the quote opened here is never closed")
                }
                value = String(decoding: buf, as: UTF8.self)
                i = j
                if i < n, bytes[i] != 0x2C, bytes[i] != 0x0A {
                    if bytes[i] == 0x0D { throw fail(i, line, lineStart, "carriage return (CR LF line end); the dataset uses LF line ends only") }
                    if line != rowLine {
                        // The quote most likely never closed: a later quote ended it lines below.
                        let start = CSVTable.column(bytes, lineStart: rowLineStart, offset: offsets.last ?? i)
                        throw fail(offsets.last ?? i, rowLine, rowLineStart,
                                   "unterminated quoted field: the quote opened at column \(start) runs on to line \(line), where text follows a quote (is the closing quote missing?)")
                    }
                    throw fail(i, line, lineStart, "expected a comma or the end of the line after the closing quote")
                }
            } else {
                var j = i
                while j < n, bytes[j] != 0x2C, bytes[j] != 0x0A {
                    if bytes[j] == 0x22 { throw fail(j, line, lineStart, "a quote inside an unquoted field; quote the whole field and double the inner quotes (\"\")") }
                    if bytes[j] == 0x0D { throw fail(j, line, lineStart, "carriage return (CR LF line end); the dataset uses LF line ends only") }
                    j += 1
                }
                value = String(decoding: bytes[i..<j], as: UTF8.self)
                i = j
            }
            fields.append(value)
            if i >= n { break }
            if bytes[i] == 0x2C {
                i += 1
                if i >= n { offsets.append(i); fields.append("") }
                continue
            }
            // newline
            try finishRecord(rowLine, rowLineStart)
            i += 1; line += 1; lineStart = i
            atRecordStart = true
        }
        if !fields.isEmpty { try finishRecord(rowLine, rowLineStart) }

        guard let first = records.first else {
            throw DatasetError(SourcePosition(file: file, line: 1, column: 1), "the file is empty; expected a header row")
        }
        header = first.fields
        headerOffsets = first.offsets
        rows = Array(records.dropFirst())
        if requireRows, rows.isEmpty {
            throw DatasetError(SourcePosition(file: file, line: 2, column: 1),
                               "the file has a header but no data rows; expected at least one row")
        }
    }

    /// The position of field `index` of `row` (1-based line and character column).
    public func position(_ row: Row, field index: Int) -> SourcePosition {
        let off = index < row.offsets.count ? row.offsets[index] : (row.offsets.last ?? row.lineStart)
        // A quoted field may span lines: count lines up to its offset.
        var line = row.line, ls = row.lineStart
        var k = row.lineStart
        while k < off { if bytes[k] == 0x0A { line += 1; ls = k + 1 }; k += 1 }
        return SourcePosition(file: file, line: line, column: CSVTable.column(bytes, lineStart: ls, offset: off))
    }

    /// The position of header column `index`.
    public func headerPosition(_ index: Int) -> SourcePosition {
        let off = index < headerOffsets.count ? headerOffsets[index] : 0
        return SourcePosition(file: file, line: 1, column: CSVTable.column(bytes, lineStart: 0, offset: off))
    }

    /// 1-based column in characters (Unicode scalars) of byte `offset` on the line starting at `lineStart`.
    static func column(_ bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        var c = 1
        var k = lineStart
        while k < offset && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { c += 1 }
            k += 1
        }
        return c
    }

    static func lineOf(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
        var line = 1, ls = 0
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1; ls = k + 1 }
        return (line, ls)
    }

    static func hex(_ b: UInt8) -> String {
        let d = Array("0123456789ABCDEF")
        return String([d[Int(b >> 4)], d[Int(b & 15)]])
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; cp = UInt32(c & 0x1F); min = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; cp = UInt32(c & 0x0F); min = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; cp = UInt32(c & 0x07); min = 0x10000 }
            else { return i }
            if i + need >= n { return i }
            for k in 1...need {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return i }
                cp = (cp << 6) | UInt32(cc & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += need + 1
        }
        return nil
    }
}
