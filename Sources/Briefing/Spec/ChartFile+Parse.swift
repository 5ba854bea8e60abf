import ChartKit
import IndicatorKit

extension ChartFile {
    /// Reads and parses a spec file.
    /// - Throws: `DatasetError` when it cannot be read, or `DatasetErrors` as `parse` does.
    public static func load(path: String) throws -> ChartFile {
        let bytes = try SpecIO.read(path)
        return try parse(bytes, path: path)
    }

    /// Parses spec text (YAML, or JSON when `path` ends in `.json`) through the key table
    /// `ChartFile.keys`. Checks syntax, keys, types and ranges, not the dataset.
    /// - Throws: `DatasetErrors` with every problem found, each at its line and column, or the
    ///   `DatasetError` of a syntax error.
    public static func parse(_ bytes: [UInt8], path: String) throws -> ChartFile {
        let root = try SpecParser.parse(bytes, file: path)
        var r = SpecReader(file: path)
        guard case .map = root else {
            throw DatasetErrors([DatasetError(root.position, "expected a mapping of keys (chart, indicators, ...), found \(r.found(root))")])
        }
        var file = ChartFile(path: path, spec: ChartSpec(kind: ChartSpec.Kind.allCases[0], indicators: []))
        _ = r.object(root, "", keys: keys, into: &file)
        file.positions = r.positions
        file.checkTogether(&r)
        if !r.errors.isEmpty { throw DatasetErrors(r.errors) }
        return file
    }

    /// The checks that involve more than one key.
    func checkTogether(_ r: inout SpecReader) {
        if let d = spec.dates, let p = positions["dates"] {
            if let a = d.from, let b = d.to, a > b { r.fail(p, "`dates.from` \(a) is after `dates.to` \(b)") }
            if d.from == nil && d.to == nil && r.errors.isEmpty { r.fail(p, "`dates` needs `from`, `to` or both") }
        }
        for (i, a) in (spec.annotations ?? []).enumerated() {
            if a.kind == .referenceLine, a.value == nil, positions["annotations[\(i)].value"] == nil {
                r.fail(position("annotations[\(i)]"), "`annotations[\(i)]` is a reference-line and needs a `value`")
            }
            if let id = a.indicator, !spec.indicators.contains(id) {
                r.fail(position("annotations[\(i)].indicator"),
                       "`annotations[\(i)].indicator` `\(id)` is not charted\(Suggest.hint(id, in: spec.indicators)); give one of the `indicators`")
            }
        }
        if let w = output.width, let p = positions["output.width"] {
            let s = w / spec.preset.size.width
            if positions["output.scale"] != nil {
                r.fail(p, "give `output.width` or `output.scale`, not both")
            } else if !ChartFile.scaleRange.contains(s) {
                r.fail(p, "`output.width` \(Int(w)) px is a scale of \(s) for the \(spec.preset.rawValue) preset; the scale must be within \(ChartFile.scaleRange.lowerBound)...\(ChartFile.scaleRange.upperBound)")
            }
        }
        if let name = output.name, let p = positions["output.name"], let why = SpecIO.unsafeNameReason(name) {
            r.fail(p, "output name `\(name)` \(why)")
        }
    }
}
