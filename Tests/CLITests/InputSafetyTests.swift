import Foundation
import Testing

/// Outputs never touch inputs, and special files are refused before they are read (issue 12).
@Suite("CLI: inputs and outputs", .serialized)
struct InputSafetyTests {
    /// A fresh temporary folder, removed by the caller.
    static func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "indicators-io-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func plotRefusesToWriteOverItsInput() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = dir + "/g.csv"
        try Data("x,y\n1,2\n2,3\n".utf8).write(to: URL(fileURLWithPath: csv))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: "g.csv")
        for input in ["./g.csv", "g.csv", "link.csv", dir + "/g.csv"] {
            let r = try CLI.run(["plot", "--csv", input, "--format", "svg", "-o", "g.csv"], cwd: dir)
            #expect(r.status == 2, "\(input): \(r.stderr)")
            #expect(r.stderr.contains("the output is the input"), "\(r.stderr)")
            #expect(Self.bytes(csv) == Data("x,y\n1,2\n2,3\n".utf8))
        }
        // The alt-text file beside the output is an output too.
        try FileManager.default.copyItem(atPath: csv, toPath: dir + "/out.svg.alt.txt")
        let alt = try CLI.run(["plot", "--csv", "out.svg.alt.txt", "--alt-text-file", "-o", "out.svg"], cwd: dir)
        #expect(alt.status == 2, "\(alt.stderr)")
        #expect(alt.stderr.contains("the output is the input"), "\(alt.stderr)")
        #expect(Self.bytes(dir + "/out.svg.alt.txt") == Data("x,y\n1,2\n2,3\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["g.csv", "link.csv", "out.svg.alt.txt"])
    }

    @Test func renderRefusesToWriteThroughASymlinkedDatasetFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: CLI.bundledDataset, toPath: dir + "/ds")
        try fm.createDirectory(atPath: dir + "/charts", withIntermediateDirectories: true)
        // The dataset's observations.csv is a link to the file the spec writes.
        try fm.moveItem(atPath: dir + "/ds/observations.csv", toPath: dir + "/charts/a.svg")
        try fm.createSymbolicLink(atPath: dir + "/ds/observations.csv", withDestinationPath: "../charts/a.svg")
        let before = try #require(Self.bytes(dir + "/charts/a.svg"))
        try Data("dataset: ../ds\nchart: bar\nindicators: [agreements]\noutput: {formats: [svg]}\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/charts/a.yaml"))
        let r = try CLI.run(["render", dir + "/charts"])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("would overwrite an input of this chart"), "\(r.stderr)")
        #expect(Self.bytes(dir + "/charts/a.svg") == before)
    }

    @Test func chartAndBriefRefuseOutputsThatAreOrHoldDatasetFiles() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: CLI.bundledDataset, toPath: dir + "/ds")
        try fm.moveItem(atPath: dir + "/ds/observations.csv", toPath: dir + "/obs.svg")
        try fm.createSymbolicLink(atPath: dir + "/ds/observations.csv", withDestinationPath: dir + "/obs.svg")
        let before = try #require(Self.bytes(dir + "/obs.svg"))
        let chart = try CLI.run(["chart", "--dataset", dir + "/ds", "--indicator", "agreements", "-o", dir + "/obs.svg"])
        #expect(chart.status == 2, "\(chart.stderr)")
        #expect(chart.stderr.contains("the output is the input"), "\(chart.stderr)")
        #expect(Self.bytes(dir + "/obs.svg") == before)
        // A brief replaces its folder as a whole: a folder holding the dataset is refused.
        let brief = try CLI.run(["brief", "--dataset", dir + "/ds", "--conferences", "20,21", "-o", dir])
        #expect(brief.status == 2, "\(brief.stderr)")
        #expect(brief.stderr.contains("the output folder holds the input"), "\(brief.stderr)")
        #expect(fm.fileExists(atPath: dir + "/ds/datapackage.json"))
    }

    @Test func briefUnderAFileIsAPlainMessage() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/afile"))
        let r = try CLI.run(["brief", "--conferences", "20,21", "-o", dir + "/afile/brief"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("`\(dir)/afile` is a file, not a folder"), "\(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["afile"])
    }

    @Test func specialFilesAreRefusedBeforeTheyAreRead() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/fifo.csv", 0o600) == 0)
        for (input, what) in [("/dev/zero", "a device"), (dir + "/fifo.csv", "a named pipe"), (dir, "a folder")] {
            for kind in ["line", "bar", "small-multiples"] {
                let r = try CLI.run(["plot", "--csv", input, "--kind", kind, "-o", dir + "/out.png"], timeout: 30)
                #expect(r.status == 2, "\(input) \(kind): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains("\(input):1:1: not a regular file: it is \(what)"), "\(r.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.png"))
    }

    @Test func aFIFOInADatasetOrSpecFolderIsRefused() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: CLI.bundledDataset, toPath: dir + "/ds")
        try fm.removeItem(atPath: dir + "/ds/observations.csv")
        #expect(mkfifo(dir + "/ds/observations.csv", 0o600) == 0)
        let v = try CLI.run(["validate", dir + "/ds"], timeout: 30)
        #expect(v.status == 2, "\(v.status) \(v.stderr)")
        #expect(v.stderr.contains("ds/observations.csv:1:1: not a regular file: it is a named pipe"), "\(v.stderr)")

        try fm.createDirectory(atPath: dir + "/charts", withIntermediateDirectories: true)
        #expect(mkfifo(dir + "/charts/x.yaml", 0o600) == 0)
        let r = try CLI.run(["render", dir + "/charts"], timeout: 30)
        #expect(r.status == 2, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("charts/x.yaml:1:1: not a regular file"), "\(r.stderr)")
    }
}

/// Every CSV the tool writes is safe to open in a spreadsheet (OWASP CSV injection).
@Suite("CLI: CSV output", .serialized)
struct CSVOutputTests {
    @Test func formulaLeadingCellsAreNeutralisedAndNumbersKept() throws {
        let dir = try CLI.copyOfDataset()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/observations.csv"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let note = try #require(text.range(of: "\"Basis (registered"))
        text.replaceSubrange(note, with: "\"=HYPERLINK(\"\"http://x\"\")Basis (registered")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["show", "fdi", "--dataset", dir, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")Basis (registered"), "\(r.stdout)")
        #expect(!r.stdout.contains(",=") && !r.stdout.contains("\"=") && !r.stdout.contains(",+"))
        #expect(r.stdout.contains(",'+34.92%,"))          // stated growth is display text
        #expect(r.stdout.contains(",51.53,USD,billion,"))  // the value is a number, kept as one
        // Negative numbers stay numbers.
        let g = try CLI.run(["growth", "--all", "--format", "csv"])
        #expect(g.status == 0)
        #expect(g.stdout.range(of: #",-\d+(\.\d+)?(,|\n)"#, options: .regularExpression) != nil, "\(g.stdout)")
        #expect(!g.stdout.contains(",'-"))
    }
}
