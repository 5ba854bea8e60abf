/// Number formatting for people, in English and Vietnamese.
///
/// English groups thousands with a comma and uses a decimal point (`1,100`, `51.53`);
/// Vietnamese groups with a dot and uses a decimal comma (`1.100`, `51,53`). Money is written
/// `US$51.53 bn` in English and `51,53 tỷ USD` in Vietnamese. Rounding is half away from zero on
/// the decimal digits, so the same value always gives the same text; `-0` is written `0`.
public enum NumberFormat {
    /// Formats `value` with exactly `decimals` digits after the separator and grouped thousands.
    /// Non-finite values are written as an en dash, never as `inf` or `nan`.
    public static func decimal(_ value: Double, decimals: Int = 0, locale: NumberLocale = .en,
                               grouping: Bool = true) -> String {
        guard value.isFinite else { return "–" }
        let d = max(0, min(decimals, 12))
        var (intDigits, fracDigits, negative) = digits(value, decimals: d)
        if grouping { intDigits = group(intDigits, separator: locale.data.groupSeparator) }
        let point = locale.data.decimalSeparator
        let body = fracDigits.isEmpty ? intDigits : intDigits + point + fracDigits
        return negative ? "-" + body : body
    }

    /// Formats a share in percent (`111` -> `111%`), with a sign when `signed` (`+111%`, `−36.2%`).
    public static func percent(_ value: Double, decimals: Int = 0, locale: NumberLocale = .en,
                               signed: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        var s = decimal(value, decimals: decimals, locale: locale)
        if signed, !s.hasPrefix("-"), s.contains(where: { $0.isNumber && $0 != "0" }) { s = "+" + s }
        return s + "%"
    }

    /// Formats an amount of money in US dollars at a scale: `US$51.53 bn`, `51,53 tỷ USD`.
    public static func usd(_ value: Double, scale: Scale, decimals: Int, locale: NumberLocale = .en) -> String {
        money(value, currency: Currency(code: "USD")!, scale: scale, decimals: decimals, locale: locale)
    }

    /// Formats an amount of money in any ISO 4217 currency at a scale: the currency's label
    /// before the number in English (`US$51.53 bn`, `VND 1,200 bn`), after the number and the
    /// scale word in Vietnamese (`51,53 tỷ USD`, `1.200 tỷ đồng`).
    public static func money(_ value: Double, currency: Currency, scale: Scale, decimals: Int,
                             locale: NumberLocale = .en) -> String {
        locale.data.money(decimal(value, decimals: decimals, locale: locale), currency, scaleWord(scale, locale: locale))
    }

    /// The word written after a number at a scale, with its leading space: ` bn`, ` triệu`; empty
    /// for `one`.
    public static func scaleWord(_ scale: Scale, locale: NumberLocale) -> String {
        locale.data.scaleWords[scale] ?? ""
    }

    /// Formats a value in its unit at its scale, with the number of decimals it was stated with:
    /// money with its currency label, percent with `%`, percentage points with `pp` (`điểm %`),
    /// anything else as a number and its scale word (the caller adds a count's noun).
    public static func quantity(_ value: Double, unit: MeasureUnit, scale: Scale, decimals: Int,
                                locale: NumberLocale = .en) -> String {
        switch unit.kind {
        case .currency: return money(value, currency: unit.currency!, scale: scale, decimals: decimals, locale: locale)
        case .percent: return percent(value, decimals: decimals, locale: locale)
        case .percentagePoints: return decimal(value, decimals: decimals, locale: locale) + locale.text(.pointsSuffix)
        case .count, .index, .other: return decimal(value, decimals: decimals, locale: locale) + scaleWord(scale, locale: locale)
        }
    }

    /// An observation's value as written for people, with its stated precision, optionally
    /// preceded by its qualifier ("nearly US$700 bn", "hơn 230").
    public static func observation(_ o: Observation, locale: NumberLocale = .en, qualifier: Bool = false) -> String {
        let q = qualifier ? o.qualifier.prefix(locale: locale) : ""
        return q + quantity(o.value, unit: o.unit, scale: o.scale, decimals: decimalsOf(o.literal), locale: locale)
    }

    /// Digits after the decimal point in a literal ("51.53" -> 2, "1100" -> 0).
    public static func decimalsOf(_ literal: String) -> Int { ReportedGrowth.decimals(of: literal) }

    // MARK: - Digits

    /// Splits a finite value into integer digits, fraction digits and sign after rounding half
    /// away from zero to `decimals` places. Works on the shortest round-trip decimal text of the
    /// value, so 0.125 rounds as written (0.13) and 1.005 is not turned into 1.00 by binary noise.
    static func digits(_ value: Double, decimals: Int) -> (String, String, Bool) {
        var text = shortestDecimal(abs(value))
        // text is [digits].[digits] with no exponent
        var intPart: [UInt8], frac: [UInt8]
        if let dot = text.firstIndex(of: ".") {
            intPart = Array(text[..<dot].utf8); frac = Array(text[text.index(after: dot)...].utf8)
        } else { intPart = Array(text.utf8); frac = [] }
        let zero = UInt8(ascii: "0")
        var roundUp = false
        if frac.count > decimals {
            roundUp = frac[decimals] >= UInt8(ascii: "5")
            frac = Array(frac[0..<decimals])
        } else {
            frac += [UInt8](repeating: zero, count: decimals - frac.count)
        }
        var all = intPart + frac
        if roundUp {
            var i = all.count - 1
            while i >= 0 {
                if all[i] == UInt8(ascii: "9") { all[i] = zero; i -= 1 } else { all[i] += 1; break }
            }
            if i < 0 { all.insert(UInt8(ascii: "1"), at: 0) }
        }
        let intCount = all.count - decimals
        var ints = String(decoding: all[0..<intCount], as: UTF8.self)
        let fracs = String(decoding: all[intCount...], as: UTF8.self)
        while ints.count > 1, ints.hasPrefix("0") { ints.removeFirst() }
        if ints.isEmpty { ints = "0" }
        text = ints + fracs
        let isZero = text.allSatisfy { $0 == "0" }
        return (ints, fracs, value < 0 && !isZero)
    }

    /// The shortest decimal text that reads back as `v` (v >= 0), without an exponent.
    static func shortestDecimal(_ v: Double) -> String {
        let s = "\(v)"  // Swift prints the shortest round-trip form, maybe with an exponent
        guard let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
        }
        let mantissa = String(s[..<e])
        let exponent = Int(s[s.index(after: e)...]) ?? 0
        var digits = mantissa.replacingAll(".", with: "")
        let pointAt = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
        if pointAt <= 0 { return "0." + String(repeating: "0", count: -pointAt) + digits }
        if pointAt >= digits.count { digits += String(repeating: "0", count: pointAt - digits.count); return digits }
        let idx = digits.index(digits.startIndex, offsetBy: pointAt)
        return String(digits[..<idx]) + "." + String(digits[idx...])
    }

    static func group(_ digits: String, separator: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }
}
