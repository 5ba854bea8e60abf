/// The Table Schema of a dataset package, in one place: the fields, types and constraints of each
/// resource, as `datapackage.json` states them for `frictionless validate`.
///
/// `indicators import` writes its descriptor from here, and a test checks that the bundled
/// dataset's `datapackage.json` states the same constraints, so the loader and frictionless
/// agree on what a valid package is.
public enum DatasetSchema {
    /// One column: its name, Table Schema type and constraints.
    public struct Field: Sendable {
        /// The column name.
        public let name: String
        /// The Table Schema type (`string`, `number`, `integer`, `date`, `boolean`).
        public let type: String
        /// Table Schema constraints in order (`required`, `enum`, `pattern`, ...).
        public let constraints: [(String, JSONValue)]
    }

    static let id = "^[a-z0-9-]+$"
    static let eventID = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
    static let qualifiers: JSONValue = .array(Qualifier.allCases.map { .string($0.rawValue) })

    /// `^(AED|…|ZWL|[a-z][a-z0-9-]*)$`: an ISO 4217 code or a lowercase unit id (``MeasureUnit``).
    public static var unitPattern: String {
        "^(" + Currency.codes.joined(separator: "|") + "|[a-z][a-z0-9-]*)$"
    }

    static func f(_ name: String, _ type: String = "string", required: Bool = false, unique: Bool = false,
                  pattern: String? = nil, enumerated: [String]? = nil, minimum: Int? = nil) -> Field {
        var c: [(String, JSONValue)] = []
        if required { c.append(("required", .bool(true))) }
        if unique { c.append(("unique", .bool(true))) }
        if let pattern { c.append(("pattern", .string(pattern))) }
        if let enumerated { c.append(("enum", .array(enumerated.map { .string($0) }))) }
        if let minimum { c.append(("minimum", .number(Double(minimum)))) }
        return Field(name: name, type: type, constraints: c)
    }

    /// The fields of each resource, in column order.
    public static let resources: [(name: String, fields: [Field])] = [
        ("sources", [
            f("id", required: true, unique: true, pattern: id), f("title", required: true), f("publisher", required: true),
            f("date", "date"), f("date_note"), f("url", pattern: "^https?://\\S+$"),
            f("seed_file", pattern: "^[0-9]{3}_[0-9a-f]{16}\\.txt$"), f("language", required: true, enumerated: ["en", "vi", "zh"]),
            f("kind", enumerated: SourceKind.allCases.map(\.rawValue)),
        ]),
        ("conferences", [
            f("id", required: true, unique: true, pattern: eventID), f("series", required: true, pattern: eventID),
            f("ordinal", "integer", minimum: 1), f("name_en", required: true), f("name_vi", required: true),
            f("start", "date", required: true), f("end", "date", required: true), f("location"), f("date_note"),
            f("source_url", pattern: "^https?://\\S+$"),
        ]),
        ("indicators", [
            f("id", required: true, unique: true, pattern: id), f("name_en", required: true), f("name_vi", required: true),
            f("kind", required: true, enumerated: IndicatorKind.allCases.map(\.rawValue)), f("unit", required: true, pattern: unitPattern),
            f("unit_label_en"), f("unit_label_vi"), f("per", enumerated: RatePer.allCases.map(\.rawValue)), f("scope"),
            f("definition", required: true),
        ]),
        ("observations", [
            f("id", required: true, unique: true, pattern: id), f("indicator", required: true, pattern: id),
            f("period_start", "date"), f("period_end", "date", required: true), f("value", "number", required: true),
            f("unit", required: true, pattern: unitPattern), f("scale", required: true, enumerated: Scale.allCases.map(\.rawValue)),
            f("qualifier", required: true, enumerated: Qualifier.allCases.map(\.rawValue)), f("conference", pattern: eventID),
            f("source", required: true, pattern: id), f("quote"), f("period_label"), f("period_note"),
            f("preferred", "boolean", required: true), f("note"),
        ]),
        ("reported_growth", [
            f("id", required: true, unique: true, pattern: id), f("observation", required: true, pattern: id),
            f("percent", "number", required: true), f("qualifier", required: true, enumerated: Qualifier.allCases.map(\.rawValue)),
            f("basis", required: true, enumerated: GrowthBasis.allCases.map(\.rawValue)), f("baseline_start", "date"),
            f("baseline_end", "date"), f("baseline_observation", pattern: id), f("source", required: true, pattern: id),
            f("quote", required: true), f("note"),
        ]),
    ]

    /// The column names of a resource.
    public static func columns(_ resource: String) -> [String] {
        resources.first { $0.name == resource }?.fields.map(\.name) ?? []
    }

    /// The foreign keys of a resource, leaving out references to resources the package lacks.
    static func foreignKeys(_ resource: String, present: Set<String>) -> [JSONValue] {
        let keys: [(String, String, String)]
        switch resource {
        case "observations": keys = [("indicator", "indicators", "id"), ("source", "sources", "id"), ("conference", "conferences", "id")]
        case "reported_growth": keys = [("observation", "observations", "id"), ("baseline_observation", "observations", "id"), ("source", "sources", "id")]
        default: keys = []
        }
        return keys.filter { present.contains($0.1) }.map { k in
            .object([("fields", .string(k.0)), ("reference", .object([("resource", .string(k.1)), ("fields", .string(k.2))]))])
        }
    }

    /// A complete `datapackage.json` for the resources present, with two-space indentation and a
    /// final newline (the same bytes for the same arguments).
    public static func descriptor(name: String, title: String, description: String, resources present: [String]) -> String {
        let have = Set(present)
        let list: [JSONValue] = resources.filter { have.contains($0.name) }.map { r in
            var schema: [(String, JSONValue)] = [
                ("fields", .array(r.fields.map { fd in
                    var o: [(String, JSONValue)] = [("name", .string(fd.name)), ("type", .string(fd.type))]
                    if !fd.constraints.isEmpty { o.append(("constraints", .object(fd.constraints))) }
                    return .object(o)
                })),
                ("missingValues", .array([.string("")])),
                ("primaryKey", .string("id")),
            ]
            let fks = foreignKeys(r.name, present: have)
            if !fks.isEmpty { schema.append(("foreignKeys", .array(fks))) }
            return .object([
                ("name", .string(r.name)), ("path", .string(r.name + ".csv")), ("profile", .string("tabular-data-resource")),
                ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8")),
                ("dialect", .object([("delimiter", .string(",")), ("quoteChar", .string("\"")), ("doubleQuote", .bool(true)), ("header", .bool(true))])),
                ("schema", .object(schema)),
            ])
        }
        let root: JSONValue = .object([
            ("profile", .string("tabular-data-package")), ("name", .string(name)), ("title", .string(title)),
            ("description", .string(description)), ("resources", .array(list)),
        ])
        return root.render(indent: 2) + "\n"
    }
}

/// What a source is: an article whose figures are quoted verbatim, or a data table.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    /// An article or page: every figure from it carries the exact words it was stated in.
    case article
    /// A data table (a statistics office's CSV): its figures need no quote.
    case table
}
