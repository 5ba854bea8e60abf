import Foundation

extension TableRows {
    /// The package's files, sorted by path: the CSV resources, `datapackage.json`, the marker and
    /// the source's copy in `seeds/`.
    func files(tableName: String) -> [(path: String, bytes: [UInt8])] {
        var out: [(path: String, bytes: [UInt8])] = []
        func add(_ path: String, _ text: String) { out.append((path, Array(text.utf8))) }

        // The source: the article given with --source-file, else a copy of the table itself.
        let article = options.sourceText
        let seedText = article ?? String(decoding: SpreadsheetText.normalised(Array(table.bytes)), as: UTF8.self)
        let seedFile = "000_" + TableRows.fnv1a64(Array(seedText.utf8)) + ".txt"
        let usedSources = Set(figures.map(\.source))
        var sourceRows: [[String]] = []
        let language = options.locale.rawValue
        if usedSources.contains("source") {
            let title = options.sourceTitle.isEmpty ? tableName : options.sourceTitle
            let publisher = TableRows.host(options.sourceURL) ?? tableName
            sourceRows.append(["source", title, publisher, "", article == nil ? "A copy of the imported table `\(tableName)` is in seeds/." : "The article is in seeds/.",
                               options.sourceURL, seedFile, language, (article == nil ? SourceKind.table : .article).rawValue])
        }
        for s in sources where usedSources.contains(s.id) {
            sourceRows.append([s.id, s.title, TableRows.host(s.url) ?? tableName, "", "Named in the `source` column of `\(tableName)`; a copy of the table is in seeds/.",
                               s.url, seedFile, language, s.kind.rawValue])
        }
        add("sources.csv", TableRows.csv(DatasetSchema.columns("sources"), sourceRows))

        var indicatorRows: [[String]] = []
        for ind in indicators {
            let kind: IndicatorKind = ind.isStock ? .stock : (ind.unit.isPercentage ? .rate : .flow)
            let (en, vi) = TableRows.unitLabels(ind.unit)
            indicatorRows.append([ind.id, ind.nameEN, ind.nameVI, kind.rawValue, ind.unit.rawValue, en, vi,
                                  kind == .rate ? (ind.per?.rawValue ?? "") : "", "",
                                  "Imported from `\(tableName)` by indicators import."])
        }
        add("indicators.csv", TableRows.csv(DatasetSchema.columns("indicators"), indicatorRows))

        var ids: Set<String> = []
        var observationRows: [[String]] = []
        for f in figures {
            var id = f.indicator + "-" + TableRows.slug(f.periodText)
            if ids.contains(id) { id += "-\(f.line)" }
            ids.insert(id)
            let p = f.reading.period
            observationRows.append([id, f.indicator, p.start?.iso ?? "", p.end.iso, f.literal, f.unit.rawValue, f.scale.rawValue,
                                    f.qualifier.rawValue, f.event, f.source, f.quote, f.periodText, f.reading.note, "true",
                                    f.note.isEmpty ? "Line \(f.line) of `\(tableName)`." : f.note])
        }
        add("observations.csv", TableRows.csv(DatasetSchema.columns("observations"), observationRows))

        // Events: one row each, dated by the latest figure reported at it (the table has no dates).
        var eventOrder: [String] = []
        var eventEnd: [String: Day] = [:]
        for f in figures where !f.event.isEmpty {
            if eventEnd[f.event] == nil { eventOrder.append(f.event) }
            eventEnd[f.event] = max(eventEnd[f.event] ?? f.reading.period.end, f.reading.period.end)
        }
        var present = ["sources", "indicators", "observations"]
        if !eventOrder.isEmpty {
            let rows = eventOrder.map { e -> [String] in
                let (series, ordinal) = TableRows.seriesAndOrdinal(e)
                let d = eventEnd[e]!.iso
                let name = eventNames[e] ?? e
                return [e, series, ordinal, name, name, d, d, "",
                        "The table gives no date for this event; the date is the end of the latest figure reported at it.", ""]
            }
            add("conferences.csv", TableRows.csv(DatasetSchema.columns("conferences"), rows))
            present.append("conferences")
        }
        let title = options.title.isEmpty
            ? options.locale.text(.importedFigures(table: tableName)) : options.title
        add("datapackage.json", DatasetSchema.descriptor(
            name: options.name, title: title,
            description: "Imported with `indicators import` from `\(tableName)`: \(figures.count) figures of \(indicators.count) indicators. Each figure's period_note says how its period was read.",
            resources: present))
        add(TableImport.marker, TableImport.markerText)
        add("seeds/" + seedFile, seedText)
        return out.sorted { $0.path < $1.path }
    }

    /// The host of an http(s) address (`github.com`), or nil.
    static func host(_ url: String) -> String? {
        guard let r = url.range(of: "://") else { return nil }
        let rest = url[r.upperBound...]
        let h = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return h.isEmpty ? nil : String(h)
    }

    /// What one unit is, in English and Vietnamese, for units the registry leaves to the dataset.
    static func unitLabels(_ unit: MeasureUnit) -> (String, String) {
        guard unit.kind == .other else { return ("", "") }
        let vi = ["people": "người", "persons": "người", "tonnes": "tấn", "years": "năm", "hectares": "héc-ta",
                  "households": "hộ", "enterprises": "doanh nghiệp", "projects": "dự án", "agreements": "thỏa thuận"]
        let en = unit.rawValue.replacingOccurrences(of: "-", with: " ")
        return (en, vi[unit.rawValue] ?? en)
    }

    /// `PRES-35` -> (`PRES`, `35`); an id without a trailing number is its own series.
    static func seriesAndOrdinal(_ id: String) -> (String, String) {
        guard let dash = id.lastIndex(of: "-") else { return (id, "") }
        let tail = id[id.index(after: dash)...]
        guard !tail.isEmpty, tail.allSatisfy(\.isASCIIDigit), let n = Int(tail), n >= 1 else { return (id, "") }
        return (String(id[..<dash]), String(n))
    }

    /// RFC 4180 CSV with LF line ends; a field is quoted when it holds a comma, a quote, a line end
    /// or spaces at either end.
    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            let needs = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ")
            return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// 64-bit FNV-1a of `bytes` as 16 hex digits: a stable name for a seed file.
    static func fnv1a64(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h ^= UInt64(b); h = h &* 0x100000001b3 }
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
