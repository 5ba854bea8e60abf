import ChartKit
import Foundation
import IndicatorKit

/// The fields of ChartKit's `ChartSpec`, found by reflection so that fields and chart kinds added
/// to ChartKit become spec keys without a change here. A spec key is the field name in kebab
/// case (`valueLabels` -> `value-labels`), except the few that the spec file names itself.
public enum ChartSpecFields {
    /// One `ChartSpec` field as a spec key.
    public struct Field: Sendable {
        /// The `ChartSpec` property name (its coding key).
        public var property: String
        /// The spec key.
        public var key: String
        /// JSON Schema type: boolean, string, number, integer, array, or nil when unknown.
        public var jsonType: String?
        /// The allowed values of an enumeration.
        public var allowed: [String]?
    }

    /// Properties the spec file covers with keys of its own (`chart`, labels, preset, locale).
    static let ownKeys: Set<String> = ["kind", "indicators", "title", "subtitle", "source", "preset", "locale",
                                       "conferences", "notes"]
    /// Spec keys that differ from the kebab-case property name.
    static let renamed: [String: String] = ["format": "number-format"]

    /// Every stored property name of `ChartSpec`.
    public static let properties: Set<String> = {
        let probe = ChartSpec(kind: ChartSpec.Kind.allCases[0], indicators: [])
        return Set(Mirror(reflecting: probe).children.compactMap(\.label))
    }()

    /// The pass-through fields: every stored property of `ChartSpec` the spec file does not name itself.
    public static let passThrough: [Field] = {
        let probe = ChartSpec(kind: ChartSpec.Kind.allCases[0], indicators: [])
        return Mirror(reflecting: probe).children.compactMap { child -> Field? in
            guard let name = child.label, !ownKeys.contains(name) else { return nil }
            let (type, allowed) = describe(Swift.type(of: child.value))
            return Field(property: name, key: renamed[name] ?? kebab(name), jsonType: type, allowed: allowed)
        }
    }()

    /// The chart kinds ChartKit draws, as spec values.
    public static var kinds: [String] { ChartSpec.Kind.allCases.map(\.rawValue) }

    static func kebab(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    static func describe(_ t: Any.Type) -> (String?, [String]?) {
        if let o = t as? any OptionalType.Type { return describe(o.wrappedType) }
        if t == Bool.self { return ("boolean", nil) }
        if t == String.self { return ("string", nil) }
        if t == Double.self || t == Float.self { return ("number", nil) }
        if t == Int.self { return ("integer", nil) }
        if t == [String].self { return ("array", nil) }
        if let c = t as? any CaseIterable.Type { return ("string", allCases(c)) }
        return (nil, nil)
    }

    static func allCases<T: CaseIterable>(_ t: T.Type) -> [String] {
        T.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
    }

    /// Builds the `ChartSpec`: the fields the spec file names, then the pass-through options,
    /// merged through `ChartSpec`'s own `Codable` so that ChartKit's defaults and checks apply.
    /// - Throws: `DatasetError` at the option whose value `ChartSpec` refuses.
    static func make(_ base: ChartSpec, options: [(key: String, value: SpecValue)],
                     extra: [(property: String, value: Any)] = []) throws -> ChartSpec {
        guard !options.isEmpty || !extra.isEmpty else { return base }
        let encoded = try JSONEncoder().encode(base)
        guard var object = try JSONSerialization.jsonObject(with: encoded) as? [String: Any] else { return base }
        for (key, value) in options {
            guard let f = passThrough.first(where: { $0.key == key }) else { continue }
            object[f.property] = json(value)
        }
        for (p, v) in extra where properties.contains(p) { object[p] = v }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        do {
            return try JSONDecoder().decode(ChartSpec.self, from: data)
        } catch let e as DecodingError {
            let path: [CodingKey]
            var why = "\(e)"
            switch e {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
                path = c.codingPath
                why = c.debugDescription
            @unknown default: path = []
            }
            let dotted = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().dropFirst()
            let prop = path.first?.stringValue ?? ""
            let opt = options.first { o in passThrough.contains { $0.key == o.key && $0.property == prop } }
            let pos = opt?.value.position ?? options.first?.value.position ?? SourcePosition(file: "spec", line: 1, column: 1)
            throw DatasetError(pos, "ChartKit refused `\(opt?.key ?? prop)` at `\(dotted)`: \(why)")
        }
    }

    static func json(_ v: SpecValue) -> Any {
        switch v {
        case .scalar(let s, let kind, _):
            switch kind {
            case .bool: return ["true", "yes", "on"].contains(s.lowercased())
            case .int: return Int(s) ?? (Double(s) ?? 0)
            case .float: return Double(s) ?? 0
            case .null: return NSNull()
            case .string: return s
            }
        case .list(let items, _): return items.map(json)
        case .map(let pairs, _):
            var d: [String: Any] = [:]
            for p in pairs { d[p.key] = json(p.value) }
            return d
        }
    }
}

protocol OptionalType { static var wrappedType: Any.Type { get } }
extension Optional: OptionalType { static var wrappedType: Any.Type { Wrapped.self } }
