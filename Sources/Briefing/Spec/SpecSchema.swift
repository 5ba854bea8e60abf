import IndicatorKit

/// The JSON Schema of chart specs (`Charts/chart-spec.schema.json`), generated from the key
/// table the parser reads with (`ChartFile.keys`: name, description, default and type of every
/// key), so the two cannot drift: `indicators render` writes it and `indicators render --check`
/// fails when the committed file differs.
public enum SpecSchema {
    /// The schema's file name in a gallery folder.
    public static let fileName = "chart-spec.schema.json"

    /// The schema as JSON text (two-space indentation, a final newline).
    public static func text() -> String { json().render(indent: 2) + "\n" }

    /// The schema as a JSON value.
    static func json() -> JSONValue {
        let root = SpecType.object(ChartFile.keys.map(\.info))
        guard case .object(let body) = root.schema(description: nil, defaultValue: nil) else { return .null }
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(fileName)),
            ("title", .string("Indicators chart spec")),
            ("description", .string("One chart: data selection, chart type, labels, preset, locale, theme and output files. YAML or JSON.")),
        ] + body)
    }
}
