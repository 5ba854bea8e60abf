import ChartKit
import IndicatorKit

/// One key of a spec file, beside the property it fills: its name in the file, summary, default
/// and type (`SpecKeyInfo`, from which the JSON Schema is generated), how its value is read into
/// the typed value, and how it is written back out (for the spec files a brief writes).
/// Tables of keys (`ChartFile.keys`) are the spec format; Swift property names are not.
struct SpecKey<Target> {
    var info: SpecKeyInfo
    /// Reads `value` into the target; the `String` is the dotted key (`output.scale`) for messages.
    var read: (SpecValue, String, inout SpecReader, inout Target) -> Void
    /// The value to write, or nil when the target holds the default (the key is left out).
    var write: (Target) -> JSONValue?
    /// What a missing required key should say after "missing key `name`; ".
    var missingHint: String = ""

    init(_ name: String, _ summary: String, type: SpecType, default defaultValue: JSONValue? = nil, required: Bool = false,
         missingHint: String = "",
         read: @escaping (SpecValue, String, inout SpecReader, inout Target) -> Void,
         write: @escaping (Target) -> JSONValue?) {
        info = SpecKeyInfo(name: name, summary: summary, defaultValue: defaultValue, type: type, required: required)
        self.read = read; self.write = write; self.missingHint = missingHint
    }
}

extension SpecKey {
    /// Optional text.
    static func text(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, String?>, pattern: String? = nil) -> SpecKey {
        SpecKey(name, summary, type: .text(pattern: pattern),
                read: { v, key, r, t in if let s = r.text(v, key) { t[keyPath: path] = s } },
                write: { $0[keyPath: path].map(JSONValue.string) })
    }

    /// Required text.
    static func requiredText(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, String>) -> SpecKey {
        SpecKey(name, summary, type: .text(pattern: nil), required: true,
                read: { v, key, r, t in if let s = r.text(v, key) { t[keyPath: path] = s } },
                write: { .string($0[keyPath: path]) })
    }

    /// One word of an enumeration, with a default (nil: required).
    static func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, E>,
                                                          default d: E?, missingHint: String = "") -> SpecKey where E.RawValue == String {
        SpecKey(name, summary, type: .choice(E.allCases.map(\.rawValue)), default: d.map { .string($0.rawValue) },
                required: d == nil, missingHint: missingHint,
                read: { v, key, r, t in if let e: E = r.choice(v, key) { t[keyPath: path] = e } },
                write: { t in d.map { $0 == t[keyPath: path] } == true ? nil : .string(t[keyPath: path].rawValue) })
    }

    /// One word of an enumeration or nothing (the chart chooses).
    static func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, E?>) -> SpecKey
    where E.RawValue == String {
        SpecKey(name, summary, type: .choice(E.allCases.map(\.rawValue)),
                read: { v, key, r, t in if let e: E = r.choice(v, key) { t[keyPath: path] = e } },
                write: { $0[keyPath: path].map { .string($0.rawValue) } })
    }

    /// `true` or `false`, with a default.
    static func flag(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Bool>, default d: Bool) -> SpecKey {
        SpecKey(name, summary, type: .boolean, default: .bool(d),
                read: { v, key, r, t in if let b = r.boolean(v, key) { t[keyPath: path] = b } },
                write: { $0[keyPath: path] == d ? nil : .bool($0[keyPath: path]) })
    }

    /// `true` or `false`, or left to the chart (whose default is `d`).
    static func flag(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Bool?>, default d: Bool) -> SpecKey {
        SpecKey(name, summary, type: .boolean, default: .bool(d),
                read: { v, key, r, t in if let b = r.boolean(v, key) { t[keyPath: path] = b } },
                write: { $0[keyPath: path].map(JSONValue.bool) })
    }

    /// A number, optionally within a range.
    static func number(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Double?>, range: ClosedRange<Double>?,
                       default d: Double? = nil) -> SpecKey {
        SpecKey(name, summary, type: .number(range), default: d.map(JSONValue.number),
                read: { v, key, r, t in if let x = r.number(v, key, in: range) { t[keyPath: path] = x } },
                write: { $0[keyPath: path].map(JSONValue.number) })
    }

    /// A colour `#RRGGBB`.
    static func color(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Color?>) -> SpecKey {
        SpecKey(name, summary, type: .color,
                read: { v, key, r, t in if let c = r.color(v, key) { t[keyPath: path] = c } },
                write: { $0[keyPath: path].map { .string($0.hexString.uppercased()) } })
    }

    /// A day `YYYY-MM-DD`.
    static func date(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Day?>) -> SpecKey {
        SpecKey(name, summary, type: .date,
                read: { v, key, r, t in if let d = r.date(v, key) { t[keyPath: path] = d } },
                write: { $0[keyPath: path].map { .string($0.iso) } })
    }

    /// A list of text items (one item may be written without brackets); never empty.
    static func texts(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, [String]>, required: Bool = false,
                      missingHint: String = "", emptyHint: String) -> SpecKey {
        SpecKey(name, summary, type: .list(.text(pattern: nil), minItems: 1, single: true), required: required, missingHint: missingHint,
                read: { v, key, r, t in
                    let written = r.list(v, key, single: true)
                    let items = written.compactMap { item, itemKey in r.text(item, itemKey) }
                    if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; \(emptyHint)") }
                    t[keyPath: path] = items
                },
                write: { .array($0[keyPath: path].map(JSONValue.string)) })
    }

    /// An optional list of text items; never empty when given.
    static func texts(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, [String]?>, emptyHint: String) -> SpecKey {
        SpecKey(name, summary, type: .list(.text(pattern: nil), minItems: 1, single: true),
                read: { v, key, r, t in
                    let written = r.list(v, key, single: true)
                    let items = written.compactMap { item, itemKey in r.text(item, itemKey) }
                    if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; \(emptyHint)") }
                    if !items.isEmpty { t[keyPath: path] = items }
                },
                write: { $0[keyPath: path].map { .array($0.map(JSONValue.string)) } })
    }

    /// A list of periods (conferences, dates, spans), kept as written for the chart to select;
    /// `recordAs` names the positions of the items (`periods[0]`) whatever the key's own name.
    static func periods(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, [String]?>, recordAs: String,
                        writes: Bool = true) -> SpecKey {
        SpecKey(name, summary, type: .list(.period, minItems: 1, single: true),
                read: { v, key, r, t in
                    if t[keyPath: path] != nil {
                        r.fail(v.position, "`periods` and `conferences` name the same list; give one of them")
                        return
                    }
                    var items: [String] = []
                    let written = r.list(v, key, single: true)
                    for (item, itemKey) in written {
                        guard let p = r.period(item, itemKey) else { continue }
                        r.positions[recordAs + "[\(items.count)]"] = item.position
                        items.append(p)
                    }
                    r.positions[recordAs] = v.position
                    if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; leave the key out to chart every period") }
                    if !items.isEmpty { t[keyPath: path] = items }
                },
                write: { t in writes ? t[keyPath: path].map { .array($0.map(JSONValue.string)) } : nil })
    }

    /// A mapping read with its own key table into an optional value built from `blank`.
    static func object<Sub>(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Sub?>, blank: Sub,
                            keys: [SpecKey<Sub>]) -> SpecKey {
        SpecKey(name, summary, type: .object(keys.map(\.info)),
                read: { v, key, r, t in
                    var sub = t[keyPath: path] ?? blank
                    if r.object(v, key, keys: keys, into: &sub) { t[keyPath: path] = sub }
                },
                write: { t in t[keyPath: path].flatMap { SpecKey<Sub>.written(keys, of: $0) } })
    }

    /// A mapping read with its own key table into a value that is always there.
    static func object<Sub>(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, Sub>, keys: [SpecKey<Sub>]) -> SpecKey {
        SpecKey(name, summary, type: .object(keys.map(\.info)),
                read: { v, key, r, t in _ = r.object(v, key, keys: keys, into: &t[keyPath: path]) },
                write: { t in SpecKey<Sub>.written(keys, of: t[keyPath: path]) })
    }

    /// A list of mappings, each read with `keys` into a value built from `blank`.
    static func objects<Sub>(_ name: String, _ summary: String, _ path: WritableKeyPath<Target, [Sub]?>, blank: Sub,
                             keys: [SpecKey<Sub>]) -> SpecKey {
        SpecKey(name, summary, type: .list(.object(keys.map(\.info)), minItems: 1, single: false),
                read: { v, key, r, t in
                    var out: [Sub] = []
                    let written = r.list(v, key, single: false)
                    for (item, itemKey) in written {
                        var sub = blank
                        if r.object(item, itemKey, keys: keys, into: &sub) { out.append(sub) }
                    }
                    if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; leave the key out for none") }
                    if !out.isEmpty { t[keyPath: path] = out }
                },
                write: { t in t[keyPath: path].map { .array($0.map { SpecKey<Sub>.written(keys, of: $0) ?? .object([]) }) } })
    }

    /// The keys of `target` that differ from their defaults, as a mapping; nil when none do.
    static func written(_ keys: [SpecKey<Target>], of target: Target) -> JSONValue? {
        let pairs = keys.compactMap { k in k.write(target).map { (k.info.name, $0) } }
        return pairs.isEmpty ? nil : .object(pairs)
    }
}
