import Testing
@testable import IndicatorKit

@Suite("Numeric CSV")
struct NumericCSVTests {
    func parse(_ text: String, _ numeric: [String] = ["x", "y"], key: String? = nil) throws(DatasetError) -> NumericCSV {
        try NumericCSV(bytes: Array(text.utf8), file: "t.csv", numeric: numeric, key: key)
    }

    /// The error's `file:line:column: message`, or nil when the text parses.
    func error(_ text: String, _ numeric: [String] = ["x", "y"], key: String? = nil) -> String? {
        do { _ = try parse(text, numeric, key: key); return nil } catch { return error.description }
    }

    @Test func readsColumnsByName() throws {
        let t = try parse("y,label,x\n1.5,a,10\n-2,b,20\n0.25,\"c, d\",30\n")
        #expect(t.header == ["y", "label", "x"])
        #expect(t.rowCount == 3)
        #expect(t.column("x") == [10, 20, 30])
        #expect(t.column("y") == [1.5, -2, 0.25])
        #expect(t.keyRuns.isEmpty)
    }

    @Test func lastLineWithoutLineEnd() throws {
        let t = try parse("x,y\n1,2\n3,4")
        #expect(t.columns == [[1, 3], [2, 4]])
    }

    @Test func valuesMatchTheStandardParser() throws {
        let literals = ["0", "-0", "1100", "51.53", "-54.8", "0.5", "0.1", "0.3", "99.0550", "999999", "123456.789012",
                        "9007199254740993", "12345678901234567890123", "0.000000000000000000000001234",
                        "3.141592653589793238462643383279", "1.7976931348623157", "-0.0001", "100000000000000000000000"]
        var text = "x,y\n"
        for (i, l) in literals.enumerated() { text += "\(i),\(l)\n" }
        let t = try parse(text)
        for (i, l) in literals.enumerated() {
            let expected = Double(l)! == 0 ? 0 : Double(l)!
            #expect(t.columns[1][i] == expected, "\(l)")
            #expect(t.columns[1][i].sign == expected.sign, "\(l): -0 is read as 0")
        }
    }

    @Test func randomDecimalsRoundTrip() throws {
        var rng = SplitMix(seed: 20231218)
        var text = "x,y\n"
        var expected: [Double] = []
        for i in 0..<5000 {
            let intDigits = Int(rng.next() % 9)
            var s = rng.next() % 2 == 0 ? "-" : ""
            s += intDigits == 0 ? "0" : String(1 + rng.next() % 9) + String((0..<intDigits).map { _ in Character(String(rng.next() % 10)) })
            let frac = Int(rng.next() % 14)
            if frac > 0 { s += "." + String((0..<frac).map { _ in Character(String(rng.next() % 10)) }) }
            text += "\(i),\(s)\n"
            let d = Double(s)!
            expected.append(d == 0 ? 0 : d)
        }
        let t = try parse(text)
        #expect(t.columns[1] == expected)
        #expect(t.columns[0] == (0..<5000).map(Double.init))
    }

    @Test func keyColumnAsRuns() throws {
        let t = try parse("panel,x,y\nA,0,1\nA,1,2\nB,0,3\n\"C, quoted\",0,4\nA,5,5\n", key: "panel")
        #expect(t.keyRuns == [
            NumericCSV.KeyRun(value: "A", rows: 0..<2, line: 2),
            NumericCSV.KeyRun(value: "B", rows: 2..<3, line: 4),
            NumericCSV.KeyRun(value: "C, quoted", rows: 3..<4, line: 5),
            NumericCSV.KeyRun(value: "A", rows: 4..<5, line: 6),
        ])
        #expect(t.columns == [[0, 1, 0, 0, 5], [1, 2, 3, 4, 5]])
    }

    @Test func quotedNumbersAreStillNumbers() throws {
        let t = try parse("x,y\n\"1.5\",2\n3,\"4\"\n")
        #expect(t.columns == [[1.5, 3], [2, 4]])
    }

    @Test func badNumbersNameLineAndColumn() {
        #expect(error("x,y\n1,2\n3,abc\n") == "t.csv:3:3: expected a plain number such as 1100 or 51.53, found `abc`")
        #expect(error("x,y\n1,2\n3,1,100\n")?.hasPrefix("t.csv:3:5: expected 2 fields as in the header; found 3 fields") == true)
        #expect(error("x,y\n1,2\n3,01\n") == "t.csv:3:3: expected a plain number, found `01` with a leading zero")
        #expect(error("x,y\n1,2\n4,\n") == "t.csv:3:3: `y` is required; expected a plain number such as 1100 or 51.53, found an empty field")
        #expect(error("x,y\n1,1e\n")?.hasPrefix("t.csv:2:3: expected a plain number such as 1100, 51.53 or 2.0e2") == true)
        #expect(error("x,y\n1,NaN\n") == "t.csv:2:3: expected a finite number, found `NaN`")
        #expect(error("x,y\n1,2.\n")?.hasPrefix("t.csv:2:3: expected a plain number") == true)
        #expect(error("x,y\n1,+2\n")?.hasPrefix("t.csv:2:3: expected a plain number, found `+2`; write it without a plus sign") == true)
        #expect(error("x,y\n1,1,100\n")?.hasPrefix("t.csv:2:5: expected 2 fields") == true)
        #expect(error("x,y\n1\n")?.hasPrefix("t.csv:2:1: expected 2 fields as in the header; found 1, 1 fewer than") == true)
    }

    @Test func structuralErrorsNameLineAndColumn() {
        #expect(error("x,y\r1,2\n")?.hasPrefix("t.csv:1:4: carriage return not followed by a line feed") == true)
        #expect(error("x,y\n1,2\r3,4\n")?.hasPrefix("t.csv:2:4: carriage return not followed by a line feed") == true)
        #expect(error("x,y\n1,2\n\n3,4\n")?.hasPrefix("t.csv:3:1: blank line") == true)
        #expect(error("x,y\n1,2 \n")?.hasPrefix("t.csv:2:3: expected a plain number, found `2 ` with spaces around it") == true)
        #expect(error("x,y\n1,\"2\n")?.hasPrefix("t.csv:2:3: unterminated quoted field") == true)
        #expect(error("x,y\n") == "t.csv:2:1: the file has a header but no data rows; expected at least one row")
        #expect(error("") == "t.csv:1:1: the file is empty; expected a header row naming the columns")
        #expect(error("\u{FEFF}x,x\n1,2\n")?.hasPrefix("t.csv:1:3: duplicate column name `x`") == true)
        #expect(error("x,z\n1,2\n")?.hasPrefix("t.csv:1:1: no column `y` in the header (x, z)") == true)
        // Columns count characters, not bytes: `é` is one column.
        #expect(error("p,x,y\né,1,2\né,1,z\n", key: "p") == "t.csv:3:5: expected a plain number such as 1100 or 51.53, found `z`")
    }

    @Test func invalidUTF8InATextColumn() {
        var bytes = Array("p,x,y\nA,1,2\n".utf8)
        bytes += [0x41, 0xFF, 0x2C, 0x31, 0x2C, 0x32, 0x0A]
        do {
            _ = try NumericCSV(bytes: bytes, file: "t.csv", numeric: ["x", "y"], key: "p")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "t.csv:3:2: byte 0xFF is not valid UTF-8; the file must be encoded in UTF-8")
        }
    }

    @Test func sameMessagesAsTheGeneralReader() throws {
        // A structural error found by the fast path is the general reader's own message.
        let text = "x,y\n1,2\n3,\"4\"5\n"
        let general: String
        do { _ = try CSVTable(bytes: Array(text.utf8), file: "t.csv"); general = "" } catch { general = error.description }
        #expect(!general.isEmpty)
        #expect(error(text) == general)
    }

    @Test func readsAFile() throws {
        let path = "/tmp/numeric-csv-test-\(UInt32.random(in: 0...UInt32.max)).csv"
        var text = "x,y\n"
        for i in 0..<100_000 { text += "\(i),\(Double(i) * 0.25)\n" }
        try AtomicWrite.write(text, to: path)
        defer { AtomicWrite.remove(path) }
        let t = try NumericCSV.read(path: path, numeric: ["x", "y"])
        #expect(t.rowCount == 100_000)
        #expect(t.columns[1][99_999] == 24_999.75)
        do { _ = try NumericCSV.read(path: path + ".missing", numeric: ["x"]) ; Issue.record("expected an error") } catch {
            #expect(error.description.hasPrefix(path + ".missing:1:1: cannot read the file"))
        }
    }
}

extension NumericCSVTests {
    /// A file large enough to be read in two halves on two threads gives the same columns, and the
    /// same first error, as the sequential read.
    @Test func parallelReadMatchesSequential() throws {
        let path = "/tmp/numeric-csv-parallel-\(UInt32.random(in: 0...UInt32.max)).csv"
        defer { AtomicWrite.remove(path) }
        var lines = ["x,y"]
        for i in 0..<400_000 { lines.append("\(i),\(i % 1000).\(i % 7)5") }
        try AtomicWrite.write(lines.joined(separator: "\n") + "\n", to: path)
        func read(_ parallel: Bool) throws(DatasetError) -> NumericCSV {
            try NumericCSV.read(path: path, parallel: parallel) { _ throws(DatasetError) in (["x", "y"], nil) }
        }
        let a = try read(true), b = try read(false)
        #expect(a.rowCount == 400_000 && a.columns == b.columns)
        #expect(a.columns[1][399_999] == 999.55)
        // Without a final line end the last number ends the file (read with end checks).
        try AtomicWrite.write(lines.joined(separator: "\n") + "12345", to: path)
        let c = try read(true), d = try read(false)
        #expect(c.rowCount == 400_000 && c.columns == d.columns && c.columns[0] == a.columns[0]
                && c.columns[1] == a.columns[1].dropLast() + [999.5512345])
        try AtomicWrite.write(lines.joined(separator: "\n") + "\n", to: path)
        // A bad value late in the file (in the second half) and one early (in the first).
        for bad in [350_000, 1_000] {
            var broken = lines
            broken[bad + 1] = "\(bad),1,5"
            try AtomicWrite.write(broken.joined(separator: "\n") + "\n", to: path)
            var messages: [String] = []
            for parallel in [true, false] {
                do { _ = try read(parallel); Issue.record("expected an error") } catch { messages.append(error.description) }
            }
            #expect(messages.count == 2 && messages[0] == messages[1])
            #expect(messages.first?.hasPrefix("\(path):\(bad + 2):") == true, "\(messages)")
        }
    }

    /// The second thread writes its rows where it expects the first half to end (one row per
    /// line end); files where that is wrong, or where its half is unusual, read as sequentially.
    @Test func parallelReadHandlesRowsThatAreNotOneLine() throws {
        let path = "/tmp/numeric-csv-parallel-lines-\(UInt32.random(in: 0...UInt32.max)).csv"
        defer { AtomicWrite.remove(path) }
        func read(_ parallel: Bool) throws(DatasetError) -> NumericCSV {
            try NumericCSV.read(path: path, parallel: parallel) { _ throws(DatasetError) in (["x", "y"], nil) }
        }
        let rows = (0..<400_000).map { "\($0),\($0 % 1000).\($0 % 7)5,n" }
        var variants: [(String, [String], String)] = []
        // A note over two lines early on: the first half has one row fewer than line ends.
        var quoted = rows
        quoted[100] = "100,100.05,\"two\nlines\""
        variants.append(("a row over two lines in the first half", quoted, "\n"))
        // A quoted field in the second half: the helper stops there.
        var late = rows
        late[300_000] = "300000,\"1.5\",n"
        variants.append(("a quoted number in the second half", late, "\n"))
        // Windows line ends: one line feed per row as before.
        variants.append(("CRLF", rows, "\r\n"))
        for (name, lines, end) in variants {
            try AtomicWrite.write((["x,y,note"] + lines).joined(separator: end) + end, to: path)
            var results: [Result<[[Double]], DatasetError>] = []
            for parallel in [true, false] {
                do throws(DatasetError) { results.append(.success(try read(parallel).columns)) } catch { results.append(.failure(error)) }
            }
            switch (results[0], results[1]) {
            case (.success(let a), .success(let b)): #expect(a == b && a[0].count == 400_000, "\(name)")
            case (.failure(let a), .failure(let b)): #expect(a.description == b.description, "\(name)")
            default: Issue.record("\(name): the parallel and sequential reads disagree: \(results)")
            }
        }
    }

    /// `text` parsed from memory where digits follow its last byte: a read past the end would
    /// take them into the last number.
    func parseBeforeDigits(_ text: String, parallel: Bool = false) throws(DatasetError) -> NumericCSV {
        let bytes = Array(text.utf8) + Array("98765".utf8)
        return try bytes.withUnsafeBufferPointer { b throws(DatasetError) in
            try NumericCSV.parse(UnsafeBufferPointer(rebasing: b[0..<(b.count - 5)]), file: "t.csv", parallel: parallel) { _ throws(DatasetError) in
                (["x", "y"], nil)
            }
        }
    }

    /// The second thread of a large read also stops its last number at the end of the bytes.
    @Test func secondHalfStopsAtTheEndOfTheBytes() throws {
        var text = "x,y"
        for i in 0..<330_000 { text += "\n\(i),\(i % 977).25" }
        #expect(text.utf8.count > 4 << 20)
        for last in ["\n", ""] {
            let t = try parseBeforeDigits(text + "\n7,1234" + last, parallel: true)
            #expect(t.rowCount == 330_001 && t.columns[1].last == 1234 && t.columns[0][329_999] == 329_999, "then \(last.debugDescription)")
        }
    }

    /// Numbers of every length of whole and fraction digits, each as the last row with and
    /// without a final line end: the rows before the last line end are read without end checks; a
    /// number that ends the file is read with them.
    @Test func numbersOfEveryLengthReadAlikeBeforeAndAfterTheLastLineEnd() throws {
        var rng = SplitMix(seed: 7)
        for whole in 1...21 {
            for fraction in 0...21 {
                var s = String(1 + rng.next() % 9) + String((1..<whole).map { _ in Character(String(rng.next() % 10)) })
                if fraction > 0 { s += "." + String((0..<fraction).map { _ in Character(String(rng.next() % 10)) }) }
                let expected = Double(s)!
                for negative in [false, true] {
                    let literal = (negative ? "-" : "") + s
                    for last in ["\n", "\r\n", ""] {
                        let t = try parseBeforeDigits("x,y\n\(literal),\(s)\n\(s),\(literal)\(last)")
                        let signed = negative ? -expected : expected
                        #expect(t.columns[0] == [signed, expected], "\(literal) then \(last.debugDescription)")
                        #expect(t.columns[1] == [expected, signed], "\(literal) then \(last.debugDescription)")
                    }
                }
            }
        }
        for literal in ["0", "0.25", "-0.5", "1e5", "2.5E-3", "12345678901234567890123"] {
            for last in ["\n", ""] {
                let t = try parseBeforeDigits("x,y\n1,\(literal)\n2,\(literal)\(last)")
                #expect(t.columns[1] == [Double(literal)!, Double(literal)!], "\(literal) then \(last.debugDescription)")
            }
        }
        // What the grammar refuses reads the same way on either side of the last line end.
        for bad in ["01", "1.", "-", "1e", "1.2.3", "12a"] {
            let early = error("x,y\n1,\(bad)\n2,3\n"), late = error("x,y\n2,3\n1,\(bad)")
            #expect(early != nil && late != nil, "\(bad)")
            #expect(early?.dropFirst("t.csv:2:".count) == late?.dropFirst("t.csv:3:".count), "\(bad)")
        }
    }

    @Test func lineEndsAreCounted() {
        var bytes = [UInt8](repeating: 0x41, count: 70_000)
        var expected = 0
        var state: UInt64 = 5
        for k in bytes.indices {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            if state >> 60 == 0 { bytes[k] = 0x0A; expected += 1 }
        }
        for count in [0, 1, 63, 64, 65, 64 * 255, 64 * 255 + 1, 70_000] {
            let plain = bytes.prefix(count).filter { $0 == 0x0A }.count
            #expect(bytes.withUnsafeBufferPointer { NumericCSV.lineEnds($0.baseAddress!, count) } == plain, "\(count) bytes")
        }
        #expect(expected > 4000)
    }
}

/// A small seeded generator, so failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

#if canImport(Glibc)
import Glibc
#endif

enum AtomicWrite {
    static func write(_ text: String, to path: String) throws {
        guard let f = fopen(path, "w") else { throw DatasetError(SourcePosition(file: path, line: 1, column: 1), "cannot write") }
        var t = text
        t.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
    }
    static func remove(_ path: String) { unlink(path) }
}
