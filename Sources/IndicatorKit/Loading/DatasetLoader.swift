import Foundation

/// Loads a dataset folder (a Frictionless Tabular Data Package) and validates everything in it.
///
/// The folder holds `datapackage.json` and the CSV resources `sources`, `indicators` and
/// `observations`, optionally `conferences` and `reported_growth` (a dataset with no events and
/// no stated growth leaves them out), plus an optional `seeds/` folder with the
/// text of the articles that `sources.csv` names in `seed_file`. Every quote of such a source must
/// be found verbatim (up to runs of white space) in its article.
public enum DatasetLoader {
    /// The resources the loader reads and the columns each must have.
    public static let requiredColumns: [(resource: String, columns: [String])] = [
        ("sources", ["id", "title", "publisher", "date", "date_note", "url", "seed_file", "language"]),
        ("conferences", ["id", "series", "ordinal", "name_en", "name_vi", "start", "end", "location", "date_note", "source_url"]),
        ("indicators", ["id", "name_en", "name_vi", "kind", "unit", "unit_label_en", "unit_label_vi", "per", "scope", "definition"]),
        ("observations", ["id", "indicator", "period_start", "period_end", "value", "unit", "scale", "qualifier",
                          "conference", "source", "quote", "period_label", "period_note", "preferred", "note"]),
        ("reported_growth", ["id", "observation", "percent", "qualifier", "basis", "baseline_start", "baseline_end",
                             "baseline_observation", "source", "quote", "note"]),
    ]

    /// Resources a package may leave out: it then has no events or no stated growth figures.
    public static let optionalResources: Set<String> = ["conferences", "reported_growth"]

    /// The environment variable naming the folder that holds the bundled dataset
    /// (`$INDICATORS_DATASETS/local-diplomacy`).
    public static let datasetsVariable = "INDICATORS_DATASETS"

    /// The dataset bundled with the package: under `$INDICATORS_DATASETS`, then beside an
    /// installed binary (`<prefix>/bin/indicators` -> `<prefix>/share/indicators/Datasets`), then
    /// from the working directory or the build folder of a checkout.
    public static func bundledDatasetDirectory() -> String? {
        var candidates: [String] = []
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment[datasetsVariable], !env.isEmpty {
            candidates.append(env + "/local-diplomacy")
        }
        var installed = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let p = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") { installed = URL(fileURLWithPath: p) }
        candidates.append(installed.deletingLastPathComponent().deletingLastPathComponent().path + "/share/indicators/Datasets/local-diplomacy")
        candidates.append(fm.currentDirectoryPath + "/Datasets/local-diplomacy")
        // <package>/.build/<triple>/<config>/indicators -> <package>/Datasets/local-diplomacy
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let p = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") { exe = URL(fileURLWithPath: p) }
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.path + "/Datasets/local-diplomacy")
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0 + "/datapackage.json") }
    }

    /// Loads and validates the dataset in `directory`.
    /// - Throws: `DatasetErrors` listing every problem with `file:line:column`, or a single
    ///   `DatasetError` when a file cannot be read at all.
    public static func load(directory: String) throws -> Dataset {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let descriptorPath = dir + "/datapackage.json"
        let descriptor = try DataPackageDescriptor.read(path: descriptorPath)

        var errors: [DatasetError] = []
        var tables: [String: CSVTable] = [:]
        for (name, needed) in requiredColumns {
            guard let res = descriptor.resources[name] else {
                if optionalResources.contains(name) { continue }
                errors.append(DatasetError(SourcePosition(file: descriptorPath, line: 1, column: 1),
                                           "no resource named `\(name)`; expected resources \(requiredColumns.map(\.resource).joined(separator: ", "))\(Suggest.hint(name, in: descriptor.resources.keys))"))
                continue
            }
            let path = dir + "/" + res.path
            let bytes: [UInt8]
            do { bytes = try readBytes(path) } catch { errors.append(error); continue }
            let table: CSVTable
            do { table = try CSVTable(bytes: bytes, file: path, requireRows: !optionalResources.contains(name)) } catch { errors.append(error); continue }
            // The header must match the descriptor's schema, and hold every column the loader reads.
            if table.header != res.fields {
                let i = zip(table.header, res.fields).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(table.header.count, res.fields.count)
                let found = i < table.header.count ? "`\(table.header[i])`" : "the end of the header"
                let want = i < res.fields.count ? "`\(res.fields[i])`" : "no more columns"
                errors.append(DatasetError(table.headerPosition(i),
                    "header does not match the schema in datapackage.json: expected \(want) as column \(i + 1), found \(found)"))
                continue
            }
            let missing = needed.filter { !table.header.contains($0) }
            for col in missing {
                errors.append(DatasetError(table.headerPosition(0),
                    "missing column `\(col)`\(Suggest.hint(col, in: table.header))"))
            }
            if missing.isEmpty { tables[name] = table }
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }

        var builder = DatasetBuilder(directory: dir)
        // Each table is let go once read: its rows' strings then live on in the records only.
        builder.readSources(tables.removeValue(forKey: "sources")!)
        if let t = tables.removeValue(forKey: "conferences") { builder.readConferences(t) }
        builder.readIndicators(tables.removeValue(forKey: "indicators")!)
        builder.readObservations(tables.removeValue(forKey: "observations")!)
        if let t = tables.removeValue(forKey: "reported_growth") { builder.readReportedGrowth(t) }
        if !builder.errors.isEmpty { throw DatasetErrors(builder.errors) }
        return Dataset(name: descriptor.name, title: descriptor.title, indicators: builder.indicators,
                       observations: builder.observations, reportedGrowth: builder.growth,
                       conferences: builder.conferences, sources: builder.sources)
    }

    /// The bytes of a dataset file: a regular file of at most `InputFile.datasetTable` bytes.
    static func readBytes(_ path: String, maximumBytes: Int = InputFile.datasetTable) throws(DatasetError) -> [UInt8] {
        try InputFile.read(path, maximumBytes: maximumBytes)
    }

    /// Every file `load(directory:)` may read in `directory`: the descriptor, its resources, the
    /// seed articles, and (to be safe) every other file directly in the folder. Commands pass
    /// these to `OutputGuard` so that no output replaces one.
    public static func inputFiles(directory: String) -> [String] {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let fm = FileManager.default
        var files = [dir + "/datapackage.json"]
        if let d = try? DataPackageDescriptor.read(path: files[0]) {
            files += d.resources.values.map { dir + "/" + $0.path }.sorted()
        }
        for sub in ["", "/seeds"] {
            if let names = try? fm.contentsOfDirectory(atPath: dir + sub) {
                files += names.sorted().map { dir + sub + "/" + $0 }
            }
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}

/// The parts of `datapackage.json` the loader relies on.
struct DataPackageDescriptor {
    struct Resource { var path: String; var fields: [String] }
    var name: String
    var title: String
    var resources: [String: Resource]

    static func read(path: String) throws -> DataPackageDescriptor {
        let bytes = try DatasetLoader.readBytes(path, maximumBytes: InputFile.descriptor)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let ns = error as NSError
            let index = (ns.userInfo["NSJSONSerializationErrorIndex"] as? Int) ?? 0
            let (line, ls) = CSVTable.lineOf(bytes, offset: index)
            throw DatasetError(SourcePosition(file: path, line: line, column: CSVTable.column(bytes, lineStart: ls, offset: index)),
                               "not valid JSON; expected a Frictionless data package descriptor")
        }
        func bad(_ m: String) -> DatasetError { DatasetError(SourcePosition(file: path, line: 1, column: 1), m) }
        guard let root = json as? [String: Any] else { throw bad("expected a JSON object at the top level") }
        guard let list = root["resources"] as? [[String: Any]] else { throw bad("expected a `resources` array") }
        var resources: [String: Resource] = [:]
        for (k, r) in list.enumerated() {
            guard let name = r["name"] as? String else { throw bad("resource \(k + 1) has no `name`") }
            guard let p = r["path"] as? String else { throw bad("resource `\(name)` has no `path` string") }
            if p.hasPrefix("/") || p.split(separator: "/").contains("..") {
                throw bad("resource `\(name)` has path `\(p)`; expected a relative path inside the package")
            }
            guard let schema = r["schema"] as? [String: Any], let fields = schema["fields"] as? [[String: Any]] else {
                throw bad("resource `\(name)` has no inline `schema.fields`")
            }
            resources[name] = Resource(path: p, fields: fields.compactMap { $0["name"] as? String })
        }
        return DataPackageDescriptor(name: root["name"] as? String ?? "", title: root["title"] as? String ?? "",
                                     resources: resources)
    }
}
