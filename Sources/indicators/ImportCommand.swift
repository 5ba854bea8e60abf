import ArgumentParser
import Foundation
import IndicatorKit

/// `indicators import`: a tidy table of your own into a dataset package.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a tidy table (indicator,period,value, ...) into a dataset package both validators accept.",
        discussion: """
        The table needs columns indicator, period and value, and may have unit, scale, qualifier, \
        name, name_vi, source, quote, note and event (--column ROLE=NAME maps your own headers). \
        Periods: 2023, 2023-Q1, 2023-03, 2023-03-31 (a date: a stock), 2021-01-01/2023-12-18 (an \
        ISO interval), 2019-2021 (a year range); each reading is recorded in period_note. Units: an \
        ISO 4217 code (USD, VND), count, percent, pp, index, or a lowercase unit id (people, tonnes). \
        UTF-8 with or without BOM, CRLF, and `;` with decimal commas (--locale vi) are accepted. \
        Problems are listed as file:line:column and nothing is written. The folder is written \
        atomically and replaced only if an earlier import wrote it; the same table gives the same bytes.
        Example: indicators import gdp.csv --to Datasets/gdp --source-url https://example.org/gdp.csv
        """)

    @Argument(help: "The table (CSV).")
    var table: String

    @Option(name: .long, help: "The dataset folder to write.")
    var to: String

    @Option(name: .long, help: "Dataset name: lowercase letters, digits, hyphens (default: from the folder).")
    var name: String?

    @Option(name: .long, help: "Dataset title.")
    var title: String = ""

    @Option(name: .long, help: "Title of the source the figures come from (default: the table's file name).")
    var sourceTitle: String = ""

    @Option(name: .long, help: "Address of the source (a table's or page's URL).")
    var sourceURL: String = ""

    @Option(name: .long, help: "A local copy of the source article (UTF-8 text): every figure must quote it verbatim.")
    var sourceFile: String?

    @Option(name: .long, help: "Number conventions of the table: en (51.53) or vi (51,53).")
    var locale: NumberLocale = .en

    @Option(name: .long, help: "Field separator: , ; or tab (default: from the header line).")
    var delimiter: String?

    @Option(name: .long, help: "Read dates as the year, quarter or month they start: year, quarter or month.")
    var periodAs: String?

    @Option(name: .long, help: "Map a role to your table's header: ROLE=HEADER, e.g. period=year (repeatable).")
    var column: [String] = []

    @Option(name: .long, help: "Unit of every figure when the table has no unit column (USD, VND, count, percent, pp, index, tonnes, ...).")
    var unit: String = ""

    @Option(name: .long, help: "Scale of every figure when the table has no scale column: one, thousand, million or billion.")
    var scale: String = ""

    func validate() throws {
        if !sourceURL.isEmpty, sourceFile != nil { throw ValidationError("give --source-url or --source-file, not both") }
        if !sourceURL.isEmpty, !(sourceURL.hasPrefix("https://") || sourceURL.hasPrefix("http://")) || sourceURL.contains(" ") {
            throw ValidationError("--source-url must be an http(s) address without spaces, found `\(sourceURL)`")
        }
    }

    func run() throws {
        var folder = to
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        var options = TableImport.Options(name: name ?? "", title: title, sourceTitle: sourceTitle, sourceURL: sourceURL, locale: locale)
        let base = String(folder.split(separator: "/").last ?? "dataset")
        options.name = name ?? TableImportNames.datasetName(from: base)
        if options.name.isEmpty || !options.name.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }) {
            throw CLIError.badInput("--name `\(options.name)`: expected lowercase letters, digits and hyphens")
        }
        options.unit = unit
        options.scale = scale
        if !unit.isEmpty, let problem = MeasureUnit.problem(unit) { throw CLIError.badInput("--unit: \(problem)") }
        if !scale.isEmpty, Scale(rawValue: scale) == nil { throw CLIError.badInput("--scale `\(scale)`: expected one, thousand, million or billion") }
        if let d = delimiter {
            switch d {
            case ",": options.delimiter = 0x2C
            case ";": options.delimiter = 0x3B
            case "tab", "\t", "\\t": options.delimiter = 0x09
            default: throw CLIError.badInput("--delimiter `\(d)`: expected , ; or tab")
            }
        }
        if let p = periodAs {
            guard let f = PeriodReading.Form(rawValue: p), f.ratePer != nil else {
                throw CLIError.badInput("--period-as `\(p)`: expected year, quarter or month")
            }
            options.periodAs = f
        }
        for c in column {
            let parts = c.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let role = TableImport.Role(rawValue: parts[0]), !parts[1].isEmpty else {
                throw CLIError.badInput("--column `\(c)`: expected ROLE=HEADER with ROLE one of \(TableImport.Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.columns[role] = parts[1]
        }
        var inputs = [table]
        if let sourceFile {
            let bytes = try InputFile.read(sourceFile, maximumBytes: InputFile.seedText)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw DatasetError(SourcePosition(file: sourceFile, line: 1, column: 1), "the source article is not UTF-8 text")
            }
            options.sourceText = text
            inputs.append(sourceFile)
        }
        // The output never replaces or holds an input (OutputGuard: by device and inode).
        try OutputGuard.check(outputs: [folder], inputs: inputs)
        let bytes = try InputFile.read(table, maximumBytes: InputFile.datasetTable)
        let files = try TableImport.package(bytes: bytes, file: table, options: options)
        // Check the package with the loader before it replaces anything.
        let scratch = NSTemporaryDirectory() + "indicators-import-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: scratch)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try MarkedFolder.write(files, to: scratch, marker: TableImport.marker, what: "dataset", option: "--to")
        let dataset: Dataset
        do { dataset = try DatasetLoader.load(directory: scratch) } catch {
            throw CLIError.internalFault("the written package does not load (\(error)); please report this with the table", step: .writing)
        }
        try MarkedFolder.write(files, to: folder, marker: TableImport.marker, what: "dataset", option: "--to")
        emit("""
        \(folder): \(dataset.observations.count) figures of \(dataset.indicators.count) indicators\
        \(dataset.conferences.isEmpty ? "" : ", \(dataset.conferences.count) events")
          check it: indicators validate \(folder)   (or: frictionless validate \(folder)/datapackage.json)
          use it:   indicators list --dataset \(folder)

        """)
    }
}

/// Names the import derives from what it is given.
enum TableImportNames {
    /// A dataset name from a folder name: lowercase letters, digits and single hyphens.
    static func datasetName(from folder: String) -> String {
        var out = ""
        for s in folder.lowercased().unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") { out.unicodeScalars.append(s) }
            else if !out.isEmpty, !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
