import Foundation
import Testing

/// Careless and hostile data through the built binary (issue 12): what is read, what is refused
/// with its position, and what reaches a terminal or an SVG.
@Suite("CLI: careless and hostile data", .serialized)
struct HostileInputTests {
    /// Writes `bytes` as `name` in a fresh folder and returns its path.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = NSTemporaryDirectory() + "indicators-data-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
        return dir + "/" + name
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

    @Test func plotRefusesAmbiguousBarData() throws {
        let two = try Self.file("two.csv", Array("cat,value,value\na,1,2\nb,3,4\n".utf8))
        defer { Self.remove(two) }
        for kind in ["bar", "line"] {
            let r = try CLI.run(["plot", "--csv", two, "--kind", kind, "-o", two + ".svg"])
            #expect(r.status == 2, "\(kind): \(r.stderr)")
            #expect(r.stderr.contains("two.csv:1:11: duplicate column name `value`: column 3 has the same name as column 2"), "\(r.stderr)")
        }
        let dup = try Self.file("dup.csv", Array("cat,series,value\na,s,1\nb,s,2\na,t,3\na,s,4\n".utf8))
        defer { Self.remove(dup) }
        let r = try CLI.run(["plot", "--csv", dup, "--kind", "bar", "-o", dup + ".svg"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("dup.csv:5:1: a second row for category `a` and series `s`; the first is at \(dup):2:1"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dup + ".svg"))
    }

    @Test func plotReadsBOMCRLFAndExponentsAndRefusesUnderflow() throws {
        let good = try Self.file("good.csv", [0xEF, 0xBB, 0xBF] + Array("x,y\r\n1,2.0e2\r\n2,-5E-1\r\n3,150\r\n".utf8))
        defer { Self.remove(good) }
        let r = try CLI.run(["plot", "--csv", good, "-o", good + ".svg", "--alt-text-file"])
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOfFile: good + ".svg.alt.txt", encoding: .utf8)
        #expect(alt.contains("3 points of y against x, from 200 to 150, lowest -0.50, highest 200"), "\(alt)")
        let tiny = "0." + String(repeating: "0", count: 399) + "1"
        let bad = try Self.file("tiny.csv", Array("x,y\n1,2\n2,\(tiny)\n".utf8))
        defer { Self.remove(bad) }
        let u = try CLI.run(["plot", "--csv", bad, "-o", bad + ".svg"])
        #expect(u.status == 2)
        #expect(u.stderr.contains("tiny.csv:3:3: the number `\(tiny)` is too small to keep"), "\(u.stderr)")
    }

    @Test func datasetAcceptsBOMAndCRLFAndRefusesControlCharactersWithPosition() throws {
        let dir = try CLI.copyOfDataset()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/observations.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(to: URL(fileURLWithPath: path))
        let ok = try CLI.run(["validate", dir])
        #expect(ok.status == 0, "\(ok.stderr)")
        // A NUL and an escape sequence pasted into a note.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var broken = lines.map(String.init)
        broken[2] = broken[2].replacingOccurrences(of: "Stock as at", with: "Stock\u{0} as at\u{1B}]0;x\u{7}")
        try broken.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 2)
        #expect(r.stderr.range(of: #"observations\.csv:3:\d+: control character U\+0000 \(NUL\) in the data"#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func messagesShowControlCharactersEscaped() throws {
        let r = try CLI.run(["show", "agr\u{1B}]0;pwned\u{7}eements"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("agr\\u{1B}]0;pwned\\u{7}eements"), "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let g = try CLI.run(["growth", "x\u{1B}[2J"])
        #expect(g.status == 2)
        #expect(!g.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func controlCharactersNeverReachAnSVG() throws {
        let csv = try Self.file("l.csv", Array("x,y\n1,2\n2,3\n".utf8))
        defer { Self.remove(csv) }
        let p = try CLI.run(["plot", "--csv", csv, "--title", "Sales\u{1B}[31m", "-o", csv + ".svg"])
        #expect(p.status == 2)
        #expect(p.stderr.contains("--title holds control character U+001B (ESC) at character 6"), "\(p.stderr)")
        let c = try CLI.run(["chart", "--indicator", "agreements", "--note", "a\u{7}b", "-o", csv + ".svg"])
        #expect(c.status == 2)
        #expect(c.stderr.contains("--note holds control character U+0007 (BEL) at character 2"), "\(c.stderr)")
        // A spec whose title holds an escape ("\e" in YAML): refused before anything is drawn.
        let dir = (csv as NSString).deletingLastPathComponent
        try Data("chart: bar\nindicators: [agreements]\ntitle: \"Agreements\\e[5m\"\noutput: {formats: [svg]}\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/t.yaml"))
        let r = try CLI.run(["render", dir])
        #expect(r.status == 2, "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("U+001B"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/t.svg"))
    }
}

/// Messages that say what to fix (issue 12).
@Suite("CLI: messages", .serialized)
struct MessageTests {
    @Test func chartAndGrowthSuggestTheNearestIndicator() throws {
        let c = try CLI.run(["chart", "--indicator", "agrements", "-o", NSTemporaryDirectory() + "x-\(UUID().uuidString).png"])
        #expect(c.status == 2)
        #expect(c.stderr.contains("unknown indicator `agrements`; did you mean `agreements`?"), "\(c.stderr)")
        let g = try CLI.run(["growth", "fdl"])
        #expect(g.status == 2)
        #expect(g.stderr.contains("unknown indicator `fdl`; did you mean `fdi`?"), "\(g.stderr)")
    }

    @Test func aCharacterNoFontHasNamesWhereItCameFrom() throws {
        let csv = try HostileInputTests.file("pua.csv", Array("cat,value\na,1\nb\u{10FFFD},2\n".utf8))
        defer { HostileInputTests.remove(csv) }
        let r = try CLI.run(["plot", "--csv", csv, "--kind", "bar", "-o", csv + ".png"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no installed font has a glyph for U+10FFFD in \"b\u{10FFFD}\"; U+10FFFD comes from \(csv):3:2"), "\(r.stderr)")
        let t = try CLI.run(["plot", "--csv", csv, "--kind", "bar", "--source", "x \u{10FFFD}", "-o", csv + ".png"])
        #expect(t.stderr.contains("U+10FFFD comes from --source"), "\(t.stderr)")
        #expect(!FileManager.default.fileExists(atPath: csv + ".png"))
    }

    @Test func emojiAreDrawnWithTheColourEmojiFont() throws {
        let csv = try HostileInputTests.file("emoji.csv", Array("cat,value\nHà Nội 🎉,3\nĐà Nẵng 🏖️,5\n".utf8))
        defer { HostileInputTests.remove(csv) }
        for ext in ["png", "svg", "pdf"] {
            let r = try CLI.run(["plot", "--csv", csv, "--kind", "bar", "--title", "Visits 🌏", "-o", csv + "." + ext])
            #expect(r.status == 0, "\(ext): \(r.stderr)")
        }
        // Without a font for them the run would stop with "no installed font has a glyph"; the SVG
        // keeps them as text.
        let svg = try String(contentsOfFile: csv + ".svg", encoding: .utf8)
        #expect(svg.contains("Visits 🌏"), "\(svg.prefix(400))")
    }
}
