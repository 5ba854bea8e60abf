import ChartKit
import IndicatorKit

/// Reads spec values as typed values, one spelling each, recording every problem (with its
/// position and what was expected) instead of stopping at the first, and where each key was
/// written (`indicators[1]`, `output.name`) for later messages.
struct SpecReader {
    let file: String
    var errors: [DatasetError] = []
    var positions: [String: SourcePosition] = [:]

    init(file: String) { self.file = file }

    mutating func fail(_ p: SourcePosition, _ message: String) { errors.append(DatasetError(p, message)) }

    mutating func unknownKey(_ key: String, _ p: SourcePosition, in parent: String?, _ known: [String]) {
        let place = parent.map { " in `\($0)`" } ?? ""
        let hint = Suggest.nearest(key, in: known).map { ", did you mean `\($0)`?" }
            ?? "; expected one of " + known.filter { $0 != "$schema" }.map { "`\($0)`" }.joined(separator: ", ")
        fail(p, "unknown key `\(key)`\(place)\(hint)")
    }

    /// "a list", "a mapping", or a scalar as written (`ON`, `0x320`), for "found ..." messages.
    func found(_ v: SpecValue) -> String {
        guard case .scalar(let s, let k, _) = v else { return v.typeName }
        if k == .null { return k.rawValue }
        let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
        return k == .string ? "`\(shown)`" : "`\(shown)` (\(k.rawValue))"
    }

    func isList(_ v: SpecValue) -> Bool {
        if case .list = v { return true }
        return false
    }

    /// Text. A plain scalar is taken as written (`title: 2023` is "2023"); null, lists and
    /// mappings are refused, and so is an empty string (leave the key out instead).
    mutating func text(_ v: SpecValue, _ key: String) -> String? {
        guard case .scalar(let s, let k, let p) = v, k != .null else {
            fail(v.position, "`\(key)` must be text, found \(found(v))")
            return nil
        }
        if s.isEmpty { fail(p, "`\(key)` is empty; leave the key out for the default"); return nil }
        return s
    }

    /// One word of `E`'s raw values, with a suggestion for a near miss.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ v: SpecValue, _ key: String) -> E? where E.RawValue == String {
        guard let s = text(v, key) else { return nil }
        if let e = E(rawValue: s) { return e }
        let allowed = E.allCases.map(\.rawValue)
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        let hint = Suggest.nearest(s, in: allowed).map { "; did you mean `\($0)`?" } ?? ""
        fail(v.position, "unknown \(key) `\(s)`\(hint) (one of \(list))")
        return nil
    }

    /// A number in decimal (`2`, `0.5`, `1e3`): not `012`, `0x320`, `.5`, `+1` or a quoted number.
    mutating func number(_ v: SpecValue, _ key: String, in range: ClosedRange<Double>?) -> Double? {
        guard case .scalar(let s, let k, let p) = v, k == .int || k == .float, let d = Double(s), d.isFinite else {
            fail(v.position, "`\(key)` must be a number written in decimal (like 2 or 0.5), found \(found(v))")
            return nil
        }
        if let range, !range.contains(d) {
            fail(p, "`\(key)` is \(s); it must be within \(clean(range.lowerBound))...\(clean(range.upperBound))")
            return nil
        }
        return d
    }

    func clean(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    /// `true` or `false`, unquoted; not `yes`, `ON`, `True` or `1`.
    mutating func boolean(_ v: SpecValue, _ key: String) -> Bool? {
        guard case .scalar(let s, .bool, _) = v else {
            fail(v.position, "`\(key)` must be true or false, found \(found(v))")
            return nil
        }
        return s == "true"
    }

    /// A calendar day `YYYY-MM-DD`.
    mutating func date(_ v: SpecValue, _ key: String) -> Day? {
        guard let s = text(v, key) else { return nil }
        guard let d = Day(iso: s) else { fail(v.position, "`\(key)` must be a date YYYY-MM-DD, found `\(s)`"); return nil }
        return d
    }

    /// A colour `#RRGGBB` (the `#` may be left out).
    mutating func color(_ v: SpecValue, _ key: String) -> Color? {
        guard let s = text(v, key) else { return nil }
        var hex = Substring(s)
        if hex.first == "#" { hex = hex.dropFirst() }
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let n = UInt32(hex, radix: 16) else {
            fail(v.position, "`\(key)` must be a colour like \"#1A1A1A\", found `\(s)`")
            return nil
        }
        return Color(hex: n)
    }

    /// The items of a list with their dotted names (`indicators[0]`); a scalar stands for a list
    /// of one when `single`. Records each item's position.
    mutating func list(_ v: SpecValue, _ key: String, single: Bool) -> [(SpecValue, String)] {
        switch v {
        case .list(let items, _):
            let named = items.enumerated().map { ($0.element, "\(key)[\($0.offset)]") }
            for (item, name) in named { positions[name] = item.position }
            return named
        case .scalar(_, let k, _) where single && k != .null:
            positions["\(key)[0]"] = v.position
            return [(v, "\(key)[0]")]
        default:
            fail(v.position, "`\(key)` must be a list, found \(found(v))")
            return []
        }
    }

    /// A period as the CLI's `--periods` takes it: a conference ordinal (`21`) or id (`NFAC-21`),
    /// a date (`2021-12-31`) or a span (`2019-01-01..2021-12-31`). Whether the dataset has it is
    /// checked later, against the dataset.
    mutating func period(_ v: SpecValue, _ key: String) -> String? {
        guard case .scalar(let s, let k, let p) = v, k == .int || k == .string else {
            fail(v.position, "`\(key)` must be a conference (21, NFAC-21), a date (YYYY-MM-DD) or a span (YYYY-MM-DD..YYYY-MM-DD), found \(found(v))")
            return nil
        }
        if let why = PeriodSyntax.problem(s) { fail(p, "`\(key)` \(why)"); return nil }
        return s
    }

    /// A mapping read with a key table: unknown keys are refused with a suggestion, required
    /// keys are checked. Returns false when `v` is not a mapping.
    mutating func object<T>(_ v: SpecValue, _ name: String, keys: [SpecKey<T>], into target: inout T) -> Bool {
        guard case .map(let pairs, let at) = v else {
            fail(v.position, "`\(name)` must be a mapping of keys, found \(found(v))")
            return false
        }
        var seen = Set<String>()
        for (k, kp, value) in pairs {
            let dotted = name.isEmpty ? k : "\(name).\(k)"
            guard let key = keys.first(where: { $0.info.name == k }) else {
                unknownKey(k, kp, in: name.isEmpty ? nil : name, keys.map(\.info.name))
                continue
            }
            positions[dotted] = value.position
            seen.insert(k)
            key.read(value, dotted, &self, &target)
        }
        for key in keys where key.info.required && !seen.contains(key.info.name) {
            let place = name.isEmpty ? "" : " in `\(name)`"
            let hint = key.missingHint.isEmpty ? "" : "; " + key.missingHint
            fail(name.isEmpty ? SourcePosition(file: file, line: 1, column: 1) : at, "missing key `\(key.info.name)`\(place)\(hint)")
        }
        return true
    }
}

/// The spelling of a period in a spec, checked before any dataset is read.
enum PeriodSyntax {
    /// Why `text` is not a period, or nil when it is one.
    static func problem(_ text: String) -> String? {
        if let r = text.firstRange(of: "..") {
            let a = String(text[..<r.lowerBound]), b = String(text[r.upperBound...])
            guard let from = Day(iso: a), let to = Day(iso: b) else {
                return "must be a span of two dates YYYY-MM-DD..YYYY-MM-DD, found `\(text)`"
            }
            return from <= to ? nil : "is a span whose start \(from) is after its end \(to)"
        }
        if text.first?.isNumber == true && text.contains("-") {
            return Day(iso: text) == nil ? "must be a date YYYY-MM-DD, found `\(text)`" : nil
        }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return text.first == "0" ? "must be a conference ordinal in decimal without a leading zero (like 18), found `\(text)`" : nil
        }
        let id = text.first.map { $0.isASCII && $0.isLetter } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return id ? nil : "must be a conference (21, NFAC-21), a date (YYYY-MM-DD) or a span (YYYY-MM-DD..YYYY-MM-DD), found `\(text)`"
    }
}
