import ArgumentParser
import ArticleKit
import ChartCairo
import Foundation
import IndicatorKit

extension ArticleLanguage: ArgumentEnum {}

/// `indicators extract`: proposes every figure of an article with its quote and period.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose every figure of an article (plain UTF-8 text, English or Vietnamese) as a row of a tidy table.",
        discussion: """
        Each row gives the number as written, its value, unit, scale and qualifier, the period it \
        applies to (read relative to the article's date), its role and a verbatim quote. Fill in \
        the `indicator` column and run `indicators import` on the same file. Conference names \
        ("since the 31st Diplomatic Conference") are dated from the dataset's conferences.
        """)

    @Argument(help: "The article: a plain UTF-8 text file.")
    var article: String

    @Option(name: .long, help: "The article's date (YYYY-MM-DD); needed when the text has no dateline. Default: the dateline in the first lines ('Hà Nội, ngày 19/12/2023 -', 'HANOI, Dec. 19, 2023 (VNA) –', 'December 19, 2023').")
    var date: String?

    @Option(name: .long, help: "Language of the numbers: en (1,100; 51.53) or vi (1.246; 57,38). Default: guessed from the text.")
    var lang: ArticleLanguage?

    @Option(name: .long, help: "Output format: csv, json or table.")
    var format: OutputFormat = .csv

    @Flag(name: .long, help: "Also list numbers that are not figures (ordinals, dates, durations, document numbers).")
    var all = false

    @Option(name: .long, help: "Dataset whose conferences date phrases such as 'since the 31st Diplomatic Conference'. Default: the bundled dataset, when found.")
    var dataset: String?

    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        guard format != .markdown else { throw CLIError.badInput("--format: expected csv, json or table") }
        guard let data = FileManager.default.contents(atPath: article) else {
            throw CLIError.badInput("\(article): cannot read the file")
        }
        guard let text = String(validatingUTF8Bytes: data) else {
            let (line, column) = firstInvalidUTF8(data)
            throw CLIError.badInput("\(article):\(line):\(column): expected UTF-8 text; found a byte sequence that is not UTF-8")
        }
        let name = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
        let doc = Article(name: name, text: text, language: lang)
        let day: Day
        if let date {
            guard let d = Day(iso: date) else { throw CLIError.badInput("--date: expected a date YYYY-MM-DD, found '\(date)'") }
            day = d
        } else if let line = Dateline.find(doc) {
            guard let d = line.date else {
                throw CLIError.badInput("\(article):\(line.line):\(line.column): the dateline '\(line.written)' gives no year: pass --date YYYY-MM-DD")
            }
            day = d
        } else {
            let forms = Dateline.forms.map { "'\($0)'" }.joined(separator: ", ")
            throw CLIError.badInput("\(article):1:1: expected a dateline in the first \(Dateline.linesSearched) lines, such as \(forms); none found: pass --date YYYY-MM-DD")
        }
        if let output, URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: article).standardizedFileURL {
            throw CLIError.badInput("-o \(output): the output would overwrite the article")
        }
        let candidates = ArticleExtractor.extract(doc, date: day, calendar: try calendar(), includeAll: all)
        let table = format == .table ? CandidateTable.summary(candidates) : CandidateTable.table(candidates)
        let rendered = table.render(format)
        if let output {
            try AtomicFile.write(Array(rendered.utf8), to: output)
        } else {
            emit(rendered)
        }
    }

    /// The conferences of `--dataset` (or of the bundled dataset when it is found) as a calendar.
    func calendar() throws -> EventCalendar {
        if let dataset { return EventCalendar(conferences: try DatasetLoader.load(directory: dataset).conferences) }
        guard let dir = DatasetLoader.bundledDatasetDirectory(), let ds = try? DatasetLoader.load(directory: dir) else { return EventCalendar() }
        return EventCalendar(conferences: ds.conferences)
    }

    /// Line and column (1-based, in bytes) of the first byte that breaks UTF-8.
    func firstInvalidUTF8(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = n > 0 && i + n <= bytes.count && bytes[(i + 1)..<(i + n)].allSatisfy { $0 >> 6 == 0b10 }
                && String(validatingUTF8Bytes: Data(bytes[i..<(i + n)])) != nil
            if !valid { return (line, i - lineStart + 1) }
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += n
        }
        return (line, i - lineStart + 1)
    }
}

extension String {
    /// Decodes UTF-8, or returns nil when `data` is not valid UTF-8.
    init?(validatingUTF8Bytes data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
