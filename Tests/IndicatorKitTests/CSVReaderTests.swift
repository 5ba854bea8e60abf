import Foundation
import Testing
@testable import IndicatorKit

/// What both CSV readers (the dataset's `CSVTable` and plot's `NumericCSV`) accept and refuse
/// (issue 12): BOM and CR LF accepted, bare CR, invalid UTF-8 and control characters refused with
/// their position, exponent numbers read, overflow and underflow refused, duplicate names refused.
@Suite("CSV readers: careless and hostile input")
struct CSVReaderTests {
    func table(_ text: String) throws(DatasetError) -> CSVTable { try CSVTable(bytes: Array(text.utf8), file: "t.csv") }

    func tableError(_ bytes: [UInt8]) -> String? {
        do { _ = try CSVTable(bytes: bytes, file: "t.csv"); return nil } catch { return error.description }
    }

    func numeric(_ text: String, key: String? = nil) throws(DatasetError) -> NumericCSV {
        try NumericCSV(bytes: Array(text.utf8), file: "t.csv", numeric: ["x", "y"], key: key)
    }

    func numericError(_ bytes: [UInt8], key: String? = nil) -> String? {
        do { _ = try NumericCSV(bytes: bytes, file: "t.csv", numeric: ["x", "y"], key: key); return nil } catch { return error.description }
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let t = try table("\u{FEFF}a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n")
        #expect(t.header == ["a", "b"])
        #expect(t.rows.map(\.fields) == [["1", "x\ny"], ["2", "z"]])
        #expect(t.rows.map(\.line) == [2, 4])
        #expect(t.headerPosition(1).description == "t.csv:1:3")   // the BOM is not a column
        let n = try numeric("\u{FEFF}p,x,y\r\nA,1,2\r\nB,3,4\r\n", key: "p")
        #expect(n.columns == [[1, 3], [2, 4]])
        #expect(n.keyRuns.map(\.value) == ["A", "B"])
    }

    @Test func bareCRAndInvalidUTF8AreRefusedWithTheirPosition() {
        #expect(tableError(Array("a,b\n1,x\ry\n".utf8)) == "t.csv:2:4: carriage return not followed by a line feed (a bare CR); expected LF or CR LF line ends")
        #expect(numericError(Array("x,y\n1,2\r".utf8))?.hasPrefix("t.csv:2:4: carriage return not followed by a line feed") == true)
        #expect(tableError(Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8)) == "t.csv:2:3: byte 0xC3 is not valid UTF-8; the file must be encoded in UTF-8")
        #expect(numericError(Array("p,x,y\nA".utf8) + [0xFF] + Array(",1,2\n".utf8), key: "p")?.hasPrefix("t.csv:2:2: byte 0xFF is not valid UTF-8") == true)
    }

    @Test func controlCharactersAreRefusedWithTheirPosition() {
        for (byte, name) in [(0x00, "U+0000 (NUL)"), (0x1B, "U+001B (ESC)"), (0x07, "U+0007 (BEL)"), (0x09, "U+0009 (TAB)"), (0x7F, "U+007F (DEL)")] {
            let bytes = Array("a,b\n1,xy".utf8) + [UInt8(byte)] + Array("z\n".utf8)
            #expect(tableError(bytes) == "t.csv:2:5: control character \(name) in the data; text may hold no control characters (a tab, escape or NUL is often pasted by accident): remove it")
            let key = Array("p,x,y\nxy".utf8) + [UInt8(byte)] + Array(",1,2\n".utf8)
            #expect(numericError(key, key: "p")?.hasPrefix("t.csv:2:3: control character \(name)") == true, "\(name)")
        }
        // A C1 control (U+009B, the 8-bit CSI of terminal escapes) inside quotes, on a later line.
        #expect(tableError(Array("a,b\n1,\"x\n\u{9B}31m\"\n".utf8))?.hasPrefix("t.csv:3:1: control character U+009B") == true)
    }

    @Test func exponentNumbersAreRead() throws {
        #expect(try numeric("x,y\n1,2.0e2\n2,-5E-3\n3,1e+2\n").columns[1] == [200, -0.005, 100])
        #expect(try PlainNumber.parse("2.0e2").get() == 200)
        #expect(try PlainNumber.parse("0e0").get() == 0)
        for bad in ["1e", "e5", "1.e5", "1e5.5", "1ee5", "01e5", "+1e5", "1e+-5"] {
            #expect((try? PlainNumber.parse(bad).get()) == nil, "\(bad)")
        }
    }

    @Test func overflowAndUnderflowAreRefusedWithTheirPosition() throws {
        let tiny = "0." + String(repeating: "0", count: 399) + "1"        // 1e-400 written out
        let huge = "1" + String(repeating: "0", count: 400)
        for (v, words) in [("1e400", "too large"), (huge, "too large"), ("1e-400", "too small"), (tiny, "too small"), ("4e-320", "too small to keep: it would read as a denormal")] {
            #expect(numericError(Array("x,y\n1,2\n3,\(v)\n".utf8))?.hasPrefix("t.csv:3:3: the number `\(v)` is \(words)") == true, "\(v)")
            if case .failure(let why) = PlainNumber.parse(v) { #expect(why.message.contains(words)) } else { Issue.record("\(v) accepted") }
        }
        #expect(try numeric("x,y\n1,0.000\n2,-0e5\n").columns[1] == [0, 0])
    }

    @Test func duplicateColumnNamesAreRefusedNamingBoth() {
        #expect(tableError(Array("cat,value,value\na,1,2\n".utf8))
                == "t.csv:1:11: duplicate column name `value`: column 3 has the same name as column 2 (t.csv:1:5); rename one")
        #expect(numericError(Array("x,y,y\n1,2,3\n".utf8))?.hasPrefix("t.csv:1:5: duplicate column name `y`") == true)
    }

    @Test func raggedRowsStillNameTheirField() {
        #expect(tableError(Array("a,b\n1,2,3\n".utf8))?.hasPrefix("t.csv:2:5: expected 2 fields as in the header; found 3 fields") == true)
        #expect(tableError(Array("a,b,c\n1,\"x\ny\"\n".utf8))?.hasPrefix("t.csv:2:3: expected 3 fields as in the header; found 2, 1 fewer") == true)
    }
}

extension CSVReaderTests {
    @Test func theShortcutForPlainDecimalsAgreesWithTheFullParse() throws {
        // Every string of up to 7 characters from a small alphabet, sampled with a fixed seed.
        var rng = SeededGenerator(SplitMix(seed: 12))
        let alphabet = Array("0123456789.-e")
        for _ in 0..<200_000 {
            let s = String((0..<Int.random(in: 1...7, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            guard let fast = PlainNumber.simple(s) else { continue }
            let full = try #require(Double(s), "\(s)")
            #expect(fast == full && fast.sign == (full == 0 ? .plus : full.sign), "\(s): \(fast) vs \(full)")
            #expect(try PlainNumber.parse(s).get() == fast)
        }
        #expect(PlainNumber.simple("00") == nil && PlainNumber.simple("1.") == nil && PlainNumber.simple("-") == nil)
        #expect(PlainNumber.simple("1234567890123456") == nil)   // 16 digits: the full parse rounds it
    }

    /// Loading grows linearly: four times the rows take well under sixteen times as long (a
    /// quadratic step would take 16x). Timed in CPU time of this thread (other tests running at
    /// the same time do not count), best of three, interleaved. The 1,000,000-row figures are in
    /// the README.
    @Test func loadingGrowsLinearly() throws {
        func dataset(_ rows: Int) throws -> TestDataset {
            var t = TestDataset()
            var extra = ""
            for i in 0..<rows {
                extra += "g\(i),agreements,2000-01-01,2000-12-31,\(i),count,one,exact,,web-2018,row \(i),,,false,\n"
            }
            t.files["observations.csv"]! += extra
            try t.write()
            return t
        }
        func cpuSeconds(_ t: TestDataset) throws -> Double {
            var a = timespec(), b = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
            _ = try DatasetLoader.load(directory: t.dir)
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
            return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) * 1e-9
        }
        let small = try dataset(5_000), large = try dataset(20_000)
        defer { small.remove(); large.remove() }
        var s = Double.infinity, l = Double.infinity
        for _ in 0..<3 {
            s = min(s, try cpuSeconds(small))
            l = min(l, try cpuSeconds(large))
        }
        #expect(l / s < 9, "5,000 rows: \(s) s, 20,000 rows: \(l) s of CPU")
    }
}

/// `SplitMix` (NumericCSVTests) as a `RandomNumberGenerator`.
struct SeededGenerator: RandomNumberGenerator {
    var source: SplitMix
    init(_ source: SplitMix) { self.source = source }
    mutating func next() -> UInt64 { source.next() }
}
