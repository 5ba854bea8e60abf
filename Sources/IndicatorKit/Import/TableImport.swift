import Foundation

/// Turns a tidy table (`indicator,period,value` and optional columns) into a dataset package that
/// the loader and `frictionless validate` both accept.
///
/// The table may be what a spreadsheet writes: UTF-8 with or without a byte-order mark, LF or
/// CRLF line ends, `,`, `;` or tab between fields, and decimal commas under the Vietnamese
/// locale. Every problem is reported as `file:line:column` with what was expected, and nothing
/// is written unless the whole table is good. The same table and options give the same bytes.
public struct TableImport {
    /// The table's columns, by the role they play.
    public enum Role: String, CaseIterable, Sendable {
        case indicator, period, value, unit, scale, qualifier, name
        case nameVI = "name_vi"
        case source, quote, note, event
    }

    /// What `indicators import` was asked to do.
    public struct Options: Sendable {
        /// The dataset's name (`[a-z0-9-]`), by default from the output folder.
        public var name: String
        /// The dataset's title.
        public var title: String
        /// The source of every figure without a `source` column: its title.
        public var sourceTitle: String
        /// Its address.
        public var sourceURL: String
        /// A local copy of the source article: figures must then quote it verbatim.
        public var sourceText: String?
        /// Number conventions of the table: `en` (decimal point) or `vi` (decimal comma).
        public var locale: NumberLocale
        /// The field separator, or nil to take it from the header line.
        public var delimiter: UInt8?
        /// Read dates as the year, quarter or month they start (`2001-01-01` as 2001).
        public var periodAs: PeriodReading.Form?
        /// The table's own column names for roles (`period` -> `year`).
        public var columns: [Role: String]
        /// The unit of every figure when the table has no `unit` column (default `count`).
        public var unit: String = ""
        /// The scale of every figure when the table has no `scale` column (default `one`).
        public var scale: String = ""

        /// Options with the dataset's name and the source's title.
        public init(name: String, title: String = "", sourceTitle: String = "", sourceURL: String = "",
                    sourceText: String? = nil, locale: NumberLocale = .en, delimiter: UInt8? = nil,
                    periodAs: PeriodReading.Form? = nil, columns: [Role: String] = [:]) {
            self.name = name; self.title = title; self.sourceTitle = sourceTitle; self.sourceURL = sourceURL
            self.sourceText = sourceText; self.locale = locale; self.delimiter = delimiter
            self.periodAs = periodAs; self.columns = columns
        }
    }

    /// The file that marks a folder as a dataset written by `indicators import`.
    public static let marker = ".indicators-dataset"
    static let markerText = "This folder was written by `indicators import`; it is replaced as a whole when the import runs again.\n"

    /// Reads the table and returns every file of the package (path relative to the folder, bytes).
    /// - Parameters:
    ///   - bytes: the table's bytes.
    ///   - file: the table's name in messages and in the dataset's notes.
    ///   - options: what was asked.
    /// - Throws: `DatasetErrors` listing every problem with `file:line:column`.
    public static func package(bytes raw: [UInt8], file: String, options: Options) throws(DatasetErrors) -> [(path: String, bytes: [UInt8])] {
        let bytes = SpreadsheetText.normalised(raw)
        let delimiter = options.delimiter ?? SpreadsheetText.delimiter(ofHeaderIn: bytes)
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes, file: file, requireRows: true, delimiter: delimiter) } catch { throw DatasetErrors([error]) }
        var reader = TableRows(table: table, options: options, delimiter: delimiter)
        reader.readHeader()
        if !reader.errors.isEmpty { throw DatasetErrors(reader.errors) }
        reader.readRows()
        if !reader.errors.isEmpty { throw DatasetErrors(reader.errors) }
        return reader.files(tableName: String(file.split(separator: "/").last ?? Substring(file)))
    }
}

/// Byte-level clean-up of what spreadsheets write, before the strict CSV reader sees it.
enum SpreadsheetText {
    /// Drops a UTF-8 byte-order mark and turns CR LF line ends into LF (columns are unchanged:
    /// the CR was the last byte of its line).
    static func normalised(_ b: [UInt8]) -> [UInt8] {
        var start = 0
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { start = 3 }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = start
        while i < b.count {
            if b[i] == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1; continue }
            out.append(b[i]); i += 1
        }
        return out
    }

    /// The separator of the header line: `;` or a tab when the line has one and no comma
    /// outside quotes, else a comma.
    static func delimiter(ofHeaderIn b: [UInt8]) -> UInt8 {
        var quoted = false, counts: [UInt8: Int] = [:]
        for x in b {
            if x == 0x0A && !quoted { break }
            if x == 0x22 { quoted.toggle() }
            if !quoted, x == 0x2C || x == 0x3B || x == 0x09 { counts[x, default: 0] += 1 }
        }
        return [0x2C, 0x3B, 0x09].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil } ?? 0x2C
    }
}
