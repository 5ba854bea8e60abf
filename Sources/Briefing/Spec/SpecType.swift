import IndicatorKit

/// The type of a spec key's value: what the parser accepts and what the JSON Schema says.
public indirect enum SpecType: Sendable {
    /// Text; a plain scalar of any spelling is taken as written. `pattern` is a JSON Schema regex.
    case text(pattern: String?)
    /// A number in decimal (`2`, `0.5`, `1e3`), optionally within a range.
    case number(ClosedRange<Double>?)
    /// `true` or `false`, nothing else.
    case boolean
    /// One of the listed words.
    case choice([String])
    /// A calendar day, `YYYY-MM-DD`.
    case date
    /// A colour, `#RRGGBB`.
    case color
    /// A list of items of one type; a single item may stand for a list of one when `single`.
    case list(SpecType, minItems: Int, single: Bool)
    /// A period: a conference id or ordinal, a date, or a span of dates.
    case period
    /// A mapping with the given keys and no others.
    case object([SpecKeyInfo])

    /// The JSON Schema of a value of this type, with `description` and `default`.
    func schema(description: String?, defaultValue: JSONValue?) -> JSONValue {
        var o: [(String, JSONValue)] = []
        switch self {
        case .text(let pattern):
            o.append(("type", .string("string")))
            if let p = pattern { o.append(("pattern", .string(p))) }
        case .number(let range):
            o.append(("type", .string("number")))
            if let r = range { o += [("minimum", .number(r.lowerBound)), ("maximum", .number(r.upperBound))] }
        case .boolean:
            o.append(("type", .string("boolean")))
        case .choice(let words):
            o += [("type", .string("string")), ("enum", .array(words.map(JSONValue.string)))]
        case .date:
            o += [("type", .string("string")), ("format", .string("date")), ("pattern", .string(Self.datePattern))]
        case .color:
            o += [("type", .string("string")), ("pattern", .string("^#?[0-9A-Fa-f]{6}$"))]
        case .list(let item, let minItems, let single):
            let list: [(String, JSONValue)] = [("type", .string("array")), ("items", item.schema(description: nil, defaultValue: nil))]
                + (minItems > 0 ? [("minItems", .number(Double(minItems)))] : [])
            if single {
                o.append(("oneOf", .array([.object(list), item.schema(description: nil, defaultValue: nil)])))
            } else {
                o += list
            }
        case .period:
            o.append(("oneOf", .array([
                .object([("type", .string("integer")), ("minimum", .number(1)), ("description", .string("A conference ordinal: 18 is NFAC-18."))]),
                .object([("type", .string("string")), ("pattern", .string(Self.periodPattern)),
                         ("description", .string("A conference id (NFAC-21) or ordinal (\"21\"), a date (2021-12-31) or a span (2019-01-01..2021-12-31)."))]),
            ])))
        case .object(let keys):
            o += [("type", .string("object")), ("additionalProperties", .bool(false))]
            let required = keys.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { o.append(("required", .array(required))) }
            o.append(("properties", .object(keys.map { ($0.name, $0.schema) })))
        }
        var head: [(String, JSONValue)] = []
        if let d = description { head.append(("description", .string(d))) }
        if let d = defaultValue { head.append(("default", d)) }
        // Keep `type` first where there is one, then the description, as editors show them.
        if let t = o.first, t.0 == "type" { return .object([t] + head + o.dropFirst()) }
        return .object(head + o)
    }

    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let periodPattern = "^[A-Za-z][A-Za-z0-9_-]*$|^[1-9][0-9]*$|^[0-9]{4}-[0-9]{2}-[0-9]{2}(\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2})?$"
}

/// What the schema and the documentation say about one key: its name in the file, its meaning,
/// its default and its type.
public struct SpecKeyInfo: Sendable {
    /// The key as written in spec files (`value-labels`, not the Swift property name).
    public var name: String
    /// One sentence: what the key does.
    public var summary: String
    /// The value used when the key is left out; nil when the chart chooses (or there is none).
    public var defaultValue: JSONValue?
    /// The value's type.
    public var type: SpecType
    /// Whether the key must be given.
    public var required: Bool

    /// The key's JSON Schema.
    public var schema: JSONValue { type.schema(description: summary, defaultValue: defaultValue) }
}
