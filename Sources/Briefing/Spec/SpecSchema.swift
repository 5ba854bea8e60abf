import ChartKit
import IndicatorKit

/// The JSON Schema of chart specs (`Charts/chart-spec.schema.json`), generated from the same key
/// tables the parser uses, so the two cannot drift: `indicators render` writes it and
/// `indicators render --check` fails when the committed file differs.
public enum SpecSchema {
    public static let fileName = "chart-spec.schema.json"

    public static func text() -> String { json().render(indent: 2) + "\n" }

    static func s(_ v: String) -> JSONValue { .string(v) }

    static func prop(_ type: String, _ description: String, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("type", s(type)), ("description", s(description))] + extra)
    }

    static func stringList(_ description: String) -> JSONValue {
        .object([("description", s(description)),
                 ("oneOf", .array([.object([("type", s("array")), ("items", .object([("type", .array([s("string"), s("integer")]))])), ("minItems", .number(1))]),
                                   .object([("type", .array([s("string"), s("integer")]))])]))])
    }

    static func color(_ d: String) -> JSONValue { prop("string", d, extra: [("pattern", s("^#?[0-9A-Fa-f]{6}$"))]) }

    static func json() -> JSONValue {
        var props: [(String, JSONValue)] = [
            ("$schema", prop("string", "Path or URL of this schema, for editors.")),
            ("dataset", prop("string", "Dataset name (a folder under Datasets/) or a path relative to the spec; default: the command's --dataset.")),
            ("chart", .object([("description", s("Chart type.")), ("enum", .array(ChartSpecFields.kinds.map(s)))])),
            ("indicators", stringList("Indicator ids (`indicators list`); charted together they must share a unit.")),
            ("conferences", stringList("Conferences whose figures are charted, in order: ids (NFAC-21) or ordinals (21). Default: every period.")),
            ("dates", .object([("type", s("object")), ("description", s("Only figures whose whole period lies in this window.")),
                               ("additionalProperties", .bool(false)),
                               ("properties", .object([("from", prop("string", "First day, YYYY-MM-DD.", extra: [("format", s("date"))])),
                                                       ("to", prop("string", "Last day, YYYY-MM-DD.", extra: [("format", s("date"))]))]))])),
            ("title", prop("string", "Title; default: the indicator names.")),
            ("subtitle", prop("string", "Subtitle; default: the unit and years.")),
            ("notes", stringList("Notes printed above the source line.")),
            ("source", prop("string", "Replaces the source line built from the dataset's sources.")),
            ("preset", .object([("description", s("Size preset.")), ("enum", .array(SizePreset.allCases.map { s($0.rawValue) }))])),
            ("locale", .object([("description", s("Language of names and numbers.")), ("enum", .array(NumberLocale.allCases.map { s($0.rawValue) }))])),
            ("theme", .object([("type", s("object")), ("description", s("Overrides of the briefing theme.")),
                               ("additionalProperties", .bool(false)),
                               ("properties", .object([
                                   ("font", prop("string", "Font family list, e.g. \"Noto Sans, DejaVu Sans\".")),
                                   ("base-size", prop("number", "Body text size in points.", extra: [("minimum", .number(4)), ("maximum", .number(72))])),
                                   ("background", color("Background colour, #RRGGBB.")),
                                   ("text", color("Text colour.")),
                                   ("muted-text", color("Colour of secondary text.")),
                                   ("gridline", color("Gridline colour.")),
                                   ("axis-line", color("Axis line colour.")),
                                   ("palette", .object([("type", s("array")), ("description", s("Series colours.")), ("minItems", .number(1)),
                                                        ("items", color("A series colour."))])),
                               ]))])),
            ("output", .object([("type", s("object")), ("description", s("Output files, written beside the spec.")),
                                ("additionalProperties", .bool(false)),
                                ("properties", .object([
                                    ("name", prop("string", "File base name without folder or extension; default: the spec's file name.",
                                                  extra: [("pattern", s("^[^./\\\\][^/\\\\]*$"))])),
                                    ("formats", .object([("type", s("array")), ("description", s("Formats to write.")),
                                                         ("items", .object([("enum", .array(ChartFile.Format.allCases.map { s($0.rawValue) }))])),
                                                         ("minItems", .number(1))])),
                                    ("scale", prop("number", "PNG scale factor (pixels per point).",
                                                   extra: [("minimum", .number(ChartFile.scaleRange.lowerBound)), ("maximum", .number(ChartFile.scaleRange.upperBound))])),
                                    ("width", prop("number", "PNG width in pixels (sets the scale).",
                                                   extra: [("minimum", .number(ChartFile.widthRange.lowerBound)), ("maximum", .number(ChartFile.widthRange.upperBound))])),
                                ]))])),
        ]
        for f in ChartSpecFields.passThrough {
            var o: [(String, JSONValue)] = [("description", s("ChartKit option `\(f.property)`."))]
            if let a = f.allowed { o.append(("enum", .array(a.map(s)))) } else if let t = f.jsonType { o.insert(("type", s(t)), at: 0) }
            props.append((f.key, .object(o)))
        }
        return .object([
            ("$schema", s("https://json-schema.org/draft/2020-12/schema")),
            ("$id", s("chart-spec.schema.json")),
            ("title", s("Indicators chart spec")),
            ("description", s("One chart: data selection, chart type, labels, preset, locale, theme and output files. YAML or JSON.")),
            ("type", s("object")),
            ("required", .array([s("chart"), s("indicators")])),
            ("additionalProperties", .bool(false)),
            ("properties", .object(props)),
        ])
    }
}
