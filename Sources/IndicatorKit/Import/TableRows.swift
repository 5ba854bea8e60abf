import Foundation

/// The rows of an imported table, read and checked one field at a time (errors collected with
/// their positions), then written out as the CSV files of a dataset package.
struct TableRows {
    typealias Role = TableImport.Role
    let table: CSVTable
    let options: TableImport.Options
    let delimiter: UInt8
    var errors: [DatasetError] = []
    var column: [Role: Int] = [:]

    struct Figure {
        var indicator: String
        var reading: PeriodReading
        var periodText: String
        var value: Double
        var literal: String
        var unit: MeasureUnit
        var scale: Scale
        var qualifier: Qualifier
        var source: String
        var quote: String
        var note: String
        var event: String
        var line: Int
    }
    struct IndicatorInfo {
        var id: String
        var nameEN: String
        var nameVI: String
        var unit: MeasureUnit
        var isStock: Bool
        var per: RatePer?
        var line: Int
    }
    struct SourceInfo { var id: String; var title: String; var url: String; var kind: SourceKind }

    /// Event names as the table writes them, by the id made from them.
    var eventNames: [String: String] = [:]
    var figures: [Figure] = []
    var indicators: [IndicatorInfo] = []
    var sources: [SourceInfo] = []

    init(table: CSVTable, options: TableImport.Options, delimiter: UInt8) {
        self.table = table; self.options = options; self.delimiter = delimiter
    }

    // MARK: - Reading

    mutating func readHeader() {
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var byName: [String: Int] = [:]
        for (i, h) in header.enumerated() where byName[h.lowercased()] == nil { byName[h.lowercased()] = i }
        var used: Set<Int> = []
        // Headers mapped with --column first; a header mapped to one role is not read as another.
        let mapped = Set(options.columns.values.map { $0.lowercased() })
        for role in Role.allCases {
            let wanted = options.columns[role] ?? role.rawValue
            if options.columns[role] == nil, mapped.contains(wanted.lowercased()) { continue }
            if let i = byName[wanted.lowercased()] { column[role] = i; used.insert(i) }
            else if options.columns[role] != nil {
                errors.append(DatasetError(table.headerPosition(0),
                    "--column \(role.rawValue)=\(wanted): the table has no column `\(wanted)`\(Suggest.hint(wanted, in: header))"))
            }
        }
        for role in [Role.indicator, .period, .value] where column[role] == nil && options.columns[role] == nil {
            errors.append(DatasetError(table.headerPosition(0),
                "missing column `\(role.rawValue)`; a table needs indicator, period and value columns (name yours with --column \(role.rawValue)=NAME)\(Suggest.hint(role.rawValue, in: header))"))
        }
        let known = Role.allCases.map(\.rawValue)
        for (i, h) in header.enumerated() where !used.contains(i) {
            errors.append(DatasetError(table.headerPosition(i),
                "unknown column `\(h)`; expected \(known.joined(separator: ", ")) (or map it with --column ROLE=\(h))\(Suggest.hint(h, in: known))"))
        }
    }

    func field(_ row: CSVTable.Row, _ role: Role) -> String {
        guard let i = column[role], i < row.fields.count else { return "" }
        return row.fields[i].trimmingCharacters(in: .whitespaces)
    }

    mutating func fail(_ row: CSVTable.Row, _ role: Role, _ message: String) {
        errors.append(DatasetError(table.position(row, field: column[role] ?? 0), message))
    }

    mutating func readRows() {
        var firstAt: [String: Int] = [:]
        var indicatorAt: [String: Int] = [:]
        var sourceAt: [String: Int] = [:]
        for row in table.rows {
            let before = errors.count
            // Indicator: an id, or a name that becomes one.
            let indText = field(row, .indicator)
            var indID = ""
            if indText.isEmpty { fail(row, .indicator, "`indicator` is empty; expected an id such as `gdp` or a name such as `Gross domestic product`") }
            else {
                indID = TableRows.slug(indText)
                if indID.isEmpty { fail(row, .indicator, "cannot make an id from `\(indText)`; use letters or digits") }
            }
            // Period.
            let periodText = field(row, .period)
            var reading: PeriodReading?
            switch PeriodReading.read(periodText, dateAs: options.periodAs) {
            case .success(let r): reading = r
            case .failure(let p): fail(row, .period, p.message)
            }
            // Value, in the table's number conventions.
            let valueText = field(row, .value)
            let number = TableRows.number(valueText, locale: options.locale, delimiter: delimiter)
            if case .failure(let p) = number { fail(row, .value, p.message) }
            // Unit, scale, qualifier.
            let unitText = column[.unit] == nil ? options.unit : field(row, .unit)
            var unit = MeasureUnit.count
            if !unitText.isEmpty {
                if let problem = MeasureUnit.problem(unitText) { fail(row, .unit, problem) } else { unit = MeasureUnit(rawValue: unitText)! }
            }
            var scale = Scale.one
            let scaleText = (column[.scale] == nil ? options.scale : field(row, .scale)).lowercased()
            if !scaleText.isEmpty {
                if let s = Scale(rawValue: scaleText) { scale = s }
                else { fail(row, .scale, "unknown scale `\(scaleText)`; expected one, thousand, million or billion\(Suggest.hint(scaleText, in: Scale.allCases.map(\.rawValue)))") }
            }
            if unit.isPercentage, scale != .one { fail(row, .scale, "scale `\(scale.rawValue)` does not apply to \(unit.rawValue): a percentage is written as it is") }
            var qualifier = Qualifier.exact
            let qText = field(row, .qualifier).lowercased()
            if !qText.isEmpty {
                if let q = Qualifier(rawValue: qText) { qualifier = q }
                else { fail(row, .qualifier, "unknown qualifier `\(qText)`; expected \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))\(Suggest.hint(qText, in: Qualifier.allCases.map(\.rawValue)))") }
            }
            if case .success(let v) = number, v < 0, unit.kind == .count { fail(row, .value, "a count cannot be negative, found `\(valueText)`") }
            // Source and quote.
            let sourceText = field(row, .source)
            var sourceID = "source"
            if !sourceText.isEmpty {
                sourceID = "source-" + (TableRows.slug(sourceText.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")).prefix(40))
                while sourceID.hasSuffix("-") { sourceID.removeLast() }
                if sourceAt[sourceID] == nil {
                    sourceAt[sourceID] = row.line
                    let isURL = sourceText.hasPrefix("https://") || sourceText.hasPrefix("http://")
                    if isURL, sourceText.contains(where: \.isWhitespace) { fail(row, .source, "a source address cannot hold spaces, found `\(sourceText)`") }
                    sources.append(SourceInfo(id: sourceID, title: isURL ? sourceText : sourceText, url: isURL ? sourceText : "", kind: .table))
                }
            }
            let quote = field(row, .quote)
            if sourceText.isEmpty, let article = options.sourceText {
                if quote.isEmpty { fail(row, .quote, "the source is an article (--source-file): every figure needs a `quote`, the exact words that state it") }
                else if !DatasetBuilder.collapse(article).contains(DatasetBuilder.collapse(quote)) {
                    fail(row, .quote, "quote not found verbatim in the --source-file article; expected an exact, contiguous passage")
                }
            }
            // An event: an id (`PRES-35`), or a name (`13th Party Congress`) that gets one.
            let eventText = field(row, .event)
            var event = eventText
            if !eventText.isEmpty, !TableRows.isEventID(eventText) {
                event = TableRows.slug(eventText).uppercased()
                if event.isEmpty { fail(row, .event, "cannot make an event id from `\(eventText)`; use letters or digits, e.g. `PRES-35`") }
                else { eventNames[event] = eventText }
            }
            guard errors.count == before, let reading, case .success(let v) = number else { continue }

            // One figure per indicator and period.
            let key = indID + "\u{1F}" + reading.period.description
            if let first = firstAt[key] {
                fail(row, .period, "a second figure for `\(indText)` over \(periodText) (the first is on line \(first)); keep one")
                continue
            }
            firstAt[key] = row.line
            // The indicator's name, unit and kind agree on every row.
            let isStock = reading.form == .date
            let nameEN = field(row, .name).isEmpty ? indText : field(row, .name)
            let nameVI = field(row, .nameVI).isEmpty ? nameEN : field(row, .nameVI)
            if let k = indicatorAt[indID] {
                let ind = indicators[k]
                if ind.unit != unit { fail(row, .unit, "`\(indText)` is in \(ind.unit.rawValue) on line \(ind.line) but in \(unit.rawValue) here; one indicator has one unit"); continue }
                if ind.isStock != isStock {
                    fail(row, .period, "`\(indText)` has \(ind.isStock ? "dates (a stock)" : "spans (a flow)") from line \(ind.line) but \(isStock ? "a date" : "a span") here; use one kind of period per indicator")
                    continue
                }
                if ind.per != nil, ind.per != reading.form.ratePer { indicators[k].per = nil }
            } else {
                indicatorAt[indID] = indicators.count
                indicators.append(IndicatorInfo(id: indID, nameEN: nameEN, nameVI: nameVI, unit: unit, isStock: isStock,
                                                per: reading.form.ratePer, line: row.line))
            }
            figures.append(Figure(indicator: indID, reading: reading, periodText: periodText, value: v,
                                  literal: TableRows.literal(valueText, locale: options.locale), unit: unit, scale: scale,
                                  qualifier: qualifier, source: sourceText.isEmpty ? "source" : sourceID, quote: quote,
                                  note: field(row, .note), event: event, line: row.line))
        }
        // Percentages over spans are rates per year, quarter or month: they need a regular period.
        for ind in indicators where ind.unit.isPercentage && !ind.isStock && ind.per == nil {
            errors.append(DatasetError(SourcePosition(file: table.file, line: ind.line, column: 1),
                "`\(ind.id)` is a percentage over periods of irregular length; a rate needs years, quarters or months throughout (or dates, for a level)"))
        }
    }

    // MARK: - Values

    static func number(_ text: String, locale: NumberLocale, delimiter: UInt8) -> Result<Double, PlainNumber.Problem> {
        if locale.data.decimalSeparator == "," {
            if text.contains(".") {
                return .failure(.init(message: "expected a number with a decimal comma (--locale vi), found `\(text)`; write 51,53 and no thousands separators"))
            }
            return PlainNumber.parse(text.replacingOccurrences(of: ",", with: "."))
        }
        if text.contains(","), delimiter != 0x2C, !text.contains(".") {
            return .failure(.init(message: "expected a plain number with a dot for decimals, found `\(text)`; a decimal comma needs --locale vi"))
        }
        return PlainNumber.parse(text)
    }

    static func literal(_ text: String, locale: NumberLocale) -> String {
        locale.data.decimalSeparator == "," ? text.replacingOccurrences(of: ",", with: ".") : text
    }

    /// Lowercase letters, digits and single hyphens; Vietnamese letters lose their marks (đ -> d).
    static func slug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var out = ""
        for s in folded.unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") { out.unicodeScalars.append(s) }
            else if !out.isEmpty, !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    static func isEventID(_ s: String) -> Bool {
        !s.isEmpty && !s.hasPrefix("-") && !s.hasSuffix("-") && !s.contains("--")
            && s.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
