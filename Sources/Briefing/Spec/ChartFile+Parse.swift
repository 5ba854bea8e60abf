import ChartKit
import IndicatorKit

extension ChartFile {
    /// The keys a spec may have at the top level, in the order the schema lists them.
    public static var topLevelKeys: [String] {
        ["$schema", "dataset", "chart", "indicators", "conferences", "dates", "title", "subtitle", "notes", "source",
         "preset", "locale", "theme", "output"] + ChartSpecFields.passThrough.map(\.key)
    }
    public static let themeKeys = ["font", "base-size", "background", "text", "muted-text", "gridline", "axis-line", "palette"]
    public static let outputKeys = ["name", "formats", "scale", "width"]
    public static let dateKeys = ["from", "to"]

    /// Reads and parses a spec file.
    public static func load(path: String) throws -> ChartFile {
        let bytes = try SpecIO.read(path)
        return try parse(bytes, path: path)
    }

    /// Parses spec text (YAML or JSON). Checks keys, types and ranges, not the dataset.
    /// - Throws: `DatasetErrors` with every problem found, each at its line and column.
    public static func parse(_ bytes: [UInt8], path: String) throws -> ChartFile {
        let root = try SpecParser.parse(bytes, file: path)
        var r = SpecReader(file: path)
        guard case .map(let pairs, _) = root else {
            throw DatasetErrors([DatasetError(root.position, "expected a mapping of keys (chart, indicators, ...), found \(root.typeName)")])
        }
        var spec = ChartFile(path: path, dataset: nil, chart: ChartSpec.Kind.allCases[0], indicators: [], conferences: [],
                             dates: nil, title: nil, subtitle: nil, notes: nil, source: nil, preset: .slide, locale: .en,
                             theme: ThemeOverrides(), outputName: SpecPath.stem(path), formats: [.png, .svg], scale: 1,
                             options: [], positions: [:])
        var seenChart = false, seenIndicators = false
        var width: (Double, SourcePosition)?
        for (key, keyPos, value) in pairs {
            spec.positions[key] = value.position
            switch key {
            case "$schema": _ = r.string(value, key)
            case "dataset": spec.dataset = r.string(value, key)
            case "chart":
                seenChart = true
                if let k = r.choice(value, key, ChartSpecFields.kinds) { spec.chart = ChartSpec.Kind(rawValue: k)! }
            case "indicators":
                seenIndicators = true
                spec.indicators = r.strings(value, key, positions: &spec.positions)
                if spec.indicators.isEmpty, r.isListOrScalar(value) { r.fail(value.position, "`indicators` is empty; name at least one indicator id (`indicators list` shows them)") }
            case "conferences":
                spec.conferences = r.strings(value, key, positions: &spec.positions)
                if spec.conferences.isEmpty, r.isListOrScalar(value) { r.fail(value.position, "`conferences` is empty; leave the key out to chart every period") }
            case "dates": spec.dates = r.dates(value)
            case "title": spec.title = r.string(value, key)
            case "subtitle": spec.subtitle = r.string(value, key)
            case "notes":
                var ps: [String: SourcePosition] = [:]
                let n = r.strings(value, key, positions: &ps)
                if !n.isEmpty { spec.notes = n }
            case "source": spec.source = r.string(value, key)
            case "preset":
                if let p = r.choice(value, key, SizePreset.allCases.map(\.rawValue)) { spec.preset = SizePreset(rawValue: p)! }
            case "locale":
                if let l = r.choice(value, key, NumberLocale.allCases.map(\.rawValue)) { spec.locale = NumberLocale(rawValue: l)! }
            case "theme": spec.theme = r.theme(value)
            case "output":
                guard let out = r.map(value, key) else { continue }
                for (k, kp, v) in out {
                    spec.positions["output.\(k)"] = v.position
                    switch k {
                    case "name":
                        if let n = r.string(v, "output.name") { spec.outputName = n }
                    case "formats":
                        var ps: [String: SourcePosition] = [:]
                        let fs = r.strings(v, "output.formats", positions: &ps)
                        var formats: [Format] = []
                        for (i, f) in fs.enumerated() {
                            let p = ps["output.formats[\(i)]"] ?? v.position
                            if let fm = Format(rawValue: f.lowercased()) {
                                if !formats.contains(fm) { formats.append(fm) }
                            } else {
                                r.fail(p, "unknown output format `\(f)`\(Suggest.hint(f, in: Format.allCases.map(\.rawValue))); use png, svg or pdf")
                            }
                        }
                        if fs.isEmpty && r.isListOrScalar(v) { r.fail(v.position, "`output.formats` is empty; give png, svg or pdf") }
                        if !formats.isEmpty { spec.formats = formats }
                    case "scale":
                        if let s = r.number(v, "output.scale", in: scaleRange) { spec.scale = s }
                    case "width":
                        if let w = r.number(v, "output.width", in: widthRange) { width = (w, v.position) }
                    default: r.unknownKey(k, kp, in: "output", outputKeys)
                    }
                }
            default:
                if let f = ChartSpecFields.passThrough.first(where: { $0.key == key }) {
                    if r.check(value, field: f) { spec.options.append((key, value)) }
                } else {
                    r.unknownKey(key, keyPos, in: nil, topLevelKeys)
                }
            }
        }
        let top = SourcePosition(file: path, line: 1, column: 1)
        if !seenChart { r.fail(top, "missing key `chart`; one of \(ChartSpecFields.kinds.map { "`\($0)`" }.joined(separator: ", "))") }
        if !seenIndicators { r.fail(top, "missing key `indicators`; a list of indicator ids (`indicators list` shows them)") }
        if let (w, p) = width {
            let s = w / spec.preset.size.width
            if spec.positions["output.scale"] != nil {
                r.fail(p, "give `output.width` or `output.scale`, not both")
            } else if !scaleRange.contains(s) {
                r.fail(p, "`output.width` \(Int(w)) px is a scale of \(s) for the \(spec.preset.rawValue) preset; the scale must be within \(scaleRange.lowerBound)...\(scaleRange.upperBound)")
            } else {
                spec.scale = s
            }
        }
        if let p = spec.positions["output.name"] {
            if let why = SpecIO.unsafeNameReason(spec.outputName) { r.fail(p, "output name `\(spec.outputName)` \(why)") }
        }
        if !r.errors.isEmpty { throw DatasetErrors(r.errors) }
        return spec
    }
}

/// Typed access to spec values that records every problem instead of stopping at the first.
struct SpecReader {
    let file: String
    var errors: [DatasetError] = []

    init(file: String) { self.file = file }

    mutating func fail(_ p: SourcePosition, _ message: String) { errors.append(DatasetError(p, message)) }

    mutating func unknownKey(_ key: String, _ p: SourcePosition, in parent: String?, _ known: [String]) {
        let place = parent.map { " in `\($0)`" } ?? ""
        let hint = Suggest.nearest(key, in: known).map { ", did you mean `\($0)`?" }
            ?? "; expected one of " + known.filter { $0 != "$schema" }.map { "`\($0)`" }.joined(separator: ", ")
        fail(p, "unknown key `\(key)`\(place)\(hint)")
    }

    func isListOrScalar(_ v: SpecValue) -> Bool {
        if case .map = v { return false }
        if case .scalar(_, let k, _) = v, k == .bool || k == .float { return false }
        return true
    }

    mutating func string(_ v: SpecValue, _ key: String) -> String? {
        guard case .scalar(let s, let k, let p) = v, k != .null else {
            fail(v.position, "`\(key)` must be text, found \(v.typeName)")
            return nil
        }
        if k == .string, s.isEmpty { fail(p, "`\(key)` is empty; leave the key out for the default") ; return nil }
        return s
    }

    mutating func choice(_ v: SpecValue, _ key: String, _ allowed: [String]) -> String? {
        guard let s = string(v, key) else { return nil }
        if allowed.contains(s) { return s }
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        let hint = Suggest.nearest(s, in: allowed).map { "; did you mean `\($0)`?" } ?? ""
        fail(v.position, "unknown \(key) `\(s)`\(hint) (one of \(list))")
        return nil
    }

    mutating func number(_ v: SpecValue, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard case .scalar(let s, let k, let p) = v, k == .int || k == .float, let d = Double(s), d.isFinite else {
            fail(v.position, "`\(key)` must be a number, found \(v.typeName)")
            return nil
        }
        guard range.contains(d) else {
            fail(p, "`\(key)` is \(s); it must be within \(clean(range.lowerBound))...\(clean(range.upperBound))")
            return nil
        }
        return d
    }

    func clean(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    /// A list of text items, or one item (`indicators: agreements`).
    mutating func strings(_ v: SpecValue, _ key: String, positions: inout [String: SourcePosition]) -> [String] {
        switch v {
        case .scalar(let s, let k, let p):
            guard k == .string || k == .int else { fail(p, "`\(key)` must be a list, found \(v.typeName)"); return [] }
            positions["\(key)[0]"] = p
            return [s]
        case .list(let items, _):
            var out: [String] = []
            for (i, item) in items.enumerated() {
                guard case .scalar(let s, let k, let p) = item, k == .string || k == .int else {
                    fail(item.position, "item \(i + 1) of `\(key)` must be text, found \(item.typeName)")
                    continue
                }
                positions["\(key)[\(out.count)]"] = p
                out.append(s)
            }
            return out
        case .map:
            fail(v.position, "`\(key)` must be a list, found a mapping")
            return []
        }
    }

    mutating func map(_ v: SpecValue, _ key: String) -> [(key: String, keyPosition: SourcePosition, value: SpecValue)]? {
        guard case .map(let pairs, _) = v else {
            fail(v.position, "`\(key)` must be a mapping of keys, found \(v.typeName)")
            return nil
        }
        return pairs
    }

    mutating func dates(_ v: SpecValue) -> ChartFile.DateRange? {
        guard let pairs = map(v, "dates") else { return nil }
        var range = ChartFile.DateRange()
        for (k, kp, value) in pairs {
            guard ChartFile.dateKeys.contains(k) else { unknownKey(k, kp, in: "dates", ChartFile.dateKeys); continue }
            guard let s = string(value, "dates.\(k)") else { continue }
            guard let d = Day(iso: s) else { fail(value.position, "`dates.\(k)` must be a date YYYY-MM-DD, found `\(s)`"); continue }
            if k == "from" { range.from = d } else { range.to = d }
        }
        if let a = range.from, let b = range.to, a > b { fail(v.position, "`dates.from` \(a) is after `dates.to` \(b)") }
        if range.from == nil && range.to == nil && errors.isEmpty { fail(v.position, "`dates` needs `from`, `to` or both") }
        return range
    }

    mutating func color(_ v: SpecValue, _ key: String) -> Color? {
        guard let s = string(v, key) else { return nil }
        var hex = Substring(s)
        if hex.first == "#" { hex = hex.dropFirst() }
        guard hex.count == 6, let n = UInt32(hex, radix: 16) else {
            fail(v.position, "`\(key)` must be a colour like \"#1A1A1A\", found `\(s)`")
            return nil
        }
        return Color(hex: n)
    }

    mutating func theme(_ v: SpecValue) -> ChartFile.ThemeOverrides {
        var t = ChartFile.ThemeOverrides()
        guard let pairs = map(v, "theme") else { return t }
        for (k, kp, value) in pairs {
            switch k {
            case "font": t.font = string(value, "theme.font")
            case "base-size": t.baseSize = number(value, "theme.base-size", in: 4...72)
            case "background": t.background = color(value, "theme.background")
            case "text": t.text = color(value, "theme.text")
            case "muted-text": t.mutedText = color(value, "theme.muted-text")
            case "gridline": t.gridline = color(value, "theme.gridline")
            case "axis-line": t.axisLine = color(value, "theme.axis-line")
            case "palette":
                guard case .list(let items, _) = value, !items.isEmpty else {
                    fail(value.position, "`theme.palette` must be a non-empty list of colours like \"#0072B2\"")
                    continue
                }
                t.palette = items.compactMap { color($0, "theme.palette") }
            default: unknownKey(k, kp, in: "theme", ChartFile.themeKeys)
            }
        }
        return t
    }

    /// Checks a pass-through value against the type reflection found.
    mutating func check(_ v: SpecValue, field f: ChartSpecFields.Field) -> Bool {
        let before = errors.count
        switch f.jsonType {
        case "boolean":
            if case .scalar(_, .bool, _) = v {} else { fail(v.position, "`\(f.key)` must be true or false, found \(v.typeName)") }
        case "number", "integer":
            if case .scalar(_, let k, _) = v, k == .int || (k == .float && f.jsonType == "number") {} else {
                fail(v.position, "`\(f.key)` must be \(f.jsonType == "integer" ? "a whole number" : "a number"), found \(v.typeName)")
            }
        case "string":
            if let allowed = f.allowed { _ = choice(v, f.key, allowed) } else { _ = string(v, f.key) }
        case "array":
            var ps: [String: SourcePosition] = [:]
            _ = strings(v, f.key, positions: &ps)
        default: break
        }
        return errors.count == before
    }
}
