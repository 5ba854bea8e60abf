/// Reads typed fields out of one CSV row, recording a positioned error for each bad field and
/// returning nil for it, so that one pass reports every problem in the row.
///
/// Missing values: only an empty field is missing, and only in an optional column. `NA`, `n/a`,
/// `-`, `null`, `NaN` and the like are not missing markers; in a numeric or date column they are
/// errors, in a text column they are text.
struct FieldReader {
    let table: CSVTable
    let row: CSVTable.Row
    let columns: ColumnIndex
    var errors: [DatasetError] = []

    init(table: CSVTable, row: CSVTable.Row, columns: ColumnIndex) {
        self.table = table; self.row = row; self.columns = columns
    }

    func position(_ column: String) -> SourcePosition {
        table.position(row, field: columns[column] ?? 0)
    }

    mutating func fail(_ column: String, _ message: String) {
        errors.append(DatasetError(position(column), message))
    }

    func raw(_ column: String) -> String {
        guard let i = columns[column], i < row.fields.count else { return "" }
        return row.fields[i]
    }

    /// Free text. Required text must not be empty.
    mutating func text(_ column: String, required: Bool = false) -> String {
        let v = raw(column)
        if required, v.allSatisfy(\.isWhitespace) { fail(column, "`\(column)` is required; expected text, found an empty field") }
        return v
    }

    /// An identifier: lowercase letters, digits and hyphens (conference ids may use capitals).
    mutating func identifier(_ column: String, required: Bool = true, allowUpper: Bool = false) -> String? {
        let v = raw(column)
        if v.isEmpty {
            if required { fail(column, "`\(column)` is required; expected an id, found an empty field") }
            return nil
        }
        let ok = v.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || s == "-" || (allowUpper && s >= "A" && s <= "Z")
        }
        if !ok {
            fail(column, "expected an id of \(allowUpper ? "letters" : "lowercase letters"), digits and hyphens, found `\(v)`")
            return nil
        }
        return v
    }

    /// One of an enumeration's raw values.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type, required: Bool = true) -> T?
    where T.RawValue == String {
        let v = raw(column)
        if v.isEmpty {
            if required { fail(column, "`\(column)` is required; expected one of \(T.allCases.map { $0.rawValue }.joined(separator: ", "))") }
            return nil
        }
        if let t = T(rawValue: v) { return t }
        let names = T.allCases.map(\.rawValue)
        fail(column, "unknown \(column) `\(v)`; expected one of \(names.joined(separator: ", "))\(Suggest.hint(v, in: names))")
        return nil
    }

    /// A unit from the unit registry (`MeasureUnit(rawValue:)`): an ISO 4217 code, `count`,
    /// `percent`, `pp`, `index` or a lowercase unit id.
    mutating func unit(_ column: String) -> MeasureUnit? {
        let v = raw(column)
        if let problem = MeasureUnit.problem(v) { fail(column, v.isEmpty ? "`\(column)` is required; \(problem)" : problem); return nil }
        return MeasureUnit(rawValue: v)
    }

    /// An ISO date `YYYY-MM-DD`.
    mutating func date(_ column: String, required: Bool) -> Day? {
        let v = raw(column)
        if v.isEmpty {
            if required { fail(column, "`\(column)` is required; expected a date YYYY-MM-DD, found an empty field") }
            return nil
        }
        if let d = Day(iso: v) { return d }
        fail(column, "expected a date YYYY-MM-DD (a real calendar day), found `\(v)`")
        return nil
    }

    /// `true` or `false`.
    mutating func boolean(_ column: String) -> Bool? {
        switch raw(column) {
        case "true": return true
        case "false": return false
        case "": fail(column, "`\(column)` is required; expected true or false"); return nil
        case let v: fail(column, "expected true or false, found `\(v)`"); return nil
        }
    }

    /// A plain decimal number; see `PlainNumber.parse`.
    mutating func number(_ column: String, required: Bool = true) -> (Double, String)? {
        let v = raw(column)
        if v.isEmpty {
            if required { fail(column, "`\(column)` is required; expected a plain number such as 1100 or 51.53, found an empty field") }
            return nil
        }
        switch PlainNumber.parse(v) {
        case .success(let x): return (x, v)
        case .failure(let why): fail(column, why.message); return nil
        }
    }

    /// A whole number.
    mutating func integer(_ column: String, required: Bool) -> Int? {
        let v = raw(column)
        if v.isEmpty {
            if required { fail(column, "`\(column)` is required; expected a whole number") }
            return nil
        }
        if let n = Int(v), String(n) == v { return n }
        fail(column, "expected a whole number, found `\(v)`")
        return nil
    }
}

/// A table's column names -> positions. A linear search: with a dozen short names, comparing
/// them is cheaper than hashing the name on each of the ~25 lookups per row.
struct ColumnIndex {
    let names: [String]

    init(_ header: [String]) { names = header }

    subscript(_ name: String) -> Int? { names.firstIndex(of: name) }
}

/// The one number syntax the dataset accepts: an optional minus, digits without grouping or
/// leading zeros, an optional dot and digits, and an optional exponent (`1100`, `51.53`, `-54.8`,
/// `0.5`, `2.0e2`, `5E-3`), as the Table Schema `number` type allows. A number too large for a
/// double, or too small to keep its precision (it would read as 0 or a denormal), is refused.
public enum PlainNumber {
    /// Why a field is not a plain number; `message` says what was expected.
    public struct Problem: Error, Sendable { public let message: String }

    /// Parses `s`, or says why it is not a plain number.
    public static func parse(_ s: String) -> Result<Double, Problem> {
        // The common case first: `-?[1-9][0-9]*(\.[0-9]+)?` of at most 15 digits is exact in a double.
        if let x = simple(s) { return .success(x) }
        func no(_ m: String) -> Result<Double, Problem> { .failure(Problem(message: m)) }
        let lower = s.lowercased()
        if s != s.trimmingWhitespace() { return no("expected a plain number, found `\(s)` with spaces around it") }
        if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lower) {
            return no("expected a finite number, found `\(s)`")
        }
        if ["na", "n/a", "null", "none", "-", "--", "?", "missing"].contains(lower) {
            return no("expected a number, found `\(s)`; the only missing value is an empty field, and `value` may not be missing")
        }
        if s.contains("%") { return no("expected a plain number, found `\(s)`; write it without the percent sign (the unit column says percent)") }
        if s.contains("$") || lower.contains("usd") || lower.contains("us") {
            return no("expected a plain number, found `\(s)`; write it without a currency (the unit column says USD)")
        }
        if s.contains(",") { return no("expected a plain number with a dot for decimals and no thousands separators, found `\(s)` (write 1100, not 1,100)") }
        if s.contains(" ") { return no("expected a plain number, found `\(s)`; remove the spaces") }
        var chars = Substring(s)
        if chars.first == "+" { return no("expected a plain number, found `\(s)`; write it without a plus sign") }
        if chars.first == "-" { chars = chars.dropFirst() }
        // The exponent, if any: e or E, an optional sign, digits.
        var mantissa = chars
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = chars[..<e]
            var exponent = chars[chars.index(after: e)...]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            if exponent.isEmpty || !exponent.allSatisfy({ $0 >= "0" && $0 <= "9" }) {
                return no("expected a plain number such as 1100, 51.53 or 2.0e2, found `\(s)`")
            }
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let digitsOK = parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }
        if !digitsOK { return no("expected a plain number such as 1100 or 51.53, found `\(s)`") }
        if parts[0].count > 1, parts[0].first == "0" { return no("expected a plain number, found `\(s)` with a leading zero") }
        guard let x = Double(s), x.isFinite else {
            return no("the number `\(s)` is too large: a number must lie within ±1.8e308")
        }
        let nonZero = mantissa.contains { $0 >= "1" && $0 <= "9" }
        if nonZero && (x == 0 || abs(x) < Double.leastNormalMagnitude) {
            return no("the number `\(s)` is too small to keep: it would read as \(x == 0 ? "0" : "a denormal without full precision"); the smallest is about 2.2e-308")
        }
        return .success(x == 0 ? 0 : x)
    }
}

extension PlainNumber {
    static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// The value of a short plain decimal (`1100`, `-54.8`, `0.5`), or nil for anything else
    /// (which `parse` then judges in full).
    static func simple(_ s: String) -> Double? {
        var u = Substring(s).utf8[...]
        let negative = u.first == UInt8(ascii: "-")
        if negative { u = u.dropFirst() }
        guard let first = u.first, first >= 0x30, first <= 0x39, u.count <= 16 else { return nil }
        if first == 0x30, u.count > 1, u.dropFirst().first != UInt8(ascii: ".") { return nil }
        var mantissa = 0, digits = 0, fraction = -1
        for c in u {
            if c == UInt8(ascii: ".") {
                guard fraction < 0, digits > 0 else { return nil }
                fraction = 0
                continue
            }
            guard c >= 0x30, c <= 0x39 else { return nil }
            mantissa = mantissa * 10 + Int(c - 0x30)
            digits += 1
            if fraction >= 0 { fraction += 1 }
        }
        guard digits <= 15, fraction != 0 else { return nil }
        // Both operands are exact doubles: one correctly rounded division.
        let x = Double(mantissa) / powersOfTen[max(0, fraction)]
        return x == 0 ? 0 : (negative ? -x : x)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
