#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IndicatorKit

/// How numbers on an axis or a label are written. Wraps IndicatorKit's `NumberFormat`, so the
/// chart writes numbers exactly as the rest of the product does (en: `1,100`, vi: `1.100`).
public struct ValueFormat: Hashable, Sendable, Codable {
    /// How numbers are written; the raw value is the name specs and `--format` use.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// `1100`, `0.5`: digits only.
        case plain
        /// `1,100` (en), `1.100` (vi).
        case thousands
        /// `1.1k`, `2.5 m`, `3 bn` (en); `1,1 nghìn`, `2,5 triệu`, `3 tỷ` (vi).
        case si
        /// `US$51.53 bn` (en), `51,53 tỷ USD` (vi); values in `scale`, in `currency` (US$ if nil).
        case currency
        /// `45%`.
        case percent
    }

    /// How numbers are written.
    public var kind: Kind
    /// The language and number conventions (separators, scale words).
    public var locale: NumberLocale
    /// For `currency` and `thousands`: the scale the values are written in (billions).
    public var scale: Scale
    /// For `currency`: the ISO 4217 code of the money (`USD` when nil).
    public var currencyCode: String?

    /// Creates a format.
    /// - Parameters:
    ///   - kind: how numbers are written.
    ///   - locale: the language and number conventions.
    ///   - scale: for `currency` and `thousands`, the scale values are written in.
    ///   - currency: for `currency`, the money's currency (US dollars when nil).
    public init(_ kind: Kind, locale: NumberLocale = .en, scale: Scale = .one, currency: Currency? = nil) {
        self.kind = kind; self.locale = locale; self.scale = scale
        self.currencyCode = currency?.code == "USD" ? nil : currency?.code
    }

    /// The default format for an indicator's unit.
    public static func forUnit(_ unit: MeasureUnit, scale: Scale, locale: NumberLocale) -> ValueFormat {
        switch unit.kind {
        case .currency: ValueFormat(.currency, locale: locale, scale: scale, currency: unit.currency)
        case .percent: ValueFormat(.percent, locale: locale)
        case .percentagePoints, .count, .index, .other: ValueFormat(.thousands, locale: locale, scale: scale)
        }
    }

    /// Writes `value` with `decimals` digits after the separator. Non-finite values give `–`.
    public func format(_ value: Double, decimals: Int) -> String {
        let v = value + 0.0
        switch kind {
        case .plain: return NumberFormat.decimal(v, decimals: decimals, locale: locale, grouping: false)
        case .thousands: return NumberFormat.quantity(v, unit: .count, scale: scale, decimals: decimals, locale: locale)
        case .currency:
            let c = currencyCode.flatMap { Currency(code: $0) } ?? Currency(code: "USD")!
            return NumberFormat.money(v, currency: c, scale: scale, decimals: decimals, locale: locale)
        case .percent: return NumberFormat.percent(v, decimals: decimals, locale: locale)
        case .si: return tickLabels([v], decimals: decimals)[0]
        }
    }

    /// Labels for axis ticks: precision follows the tick step (`decimals`), and for `si` every
    /// tick shares the prefix chosen for the largest magnitude (`0`, `0.5k`, `1k`, `1.5k`).
    public func tickLabels(_ ticks: [Double], decimals: Int) -> [String] {
        guard kind == .si else { return ticks.map { format($0, decimals: decimals) } }
        let top = ticks.map { abs($0 * scale.factor) }.max() ?? 0
        let (power, shown): (Int, Scale) =
            top >= 1e9 ? (9, .billion) : top >= 1e6 ? (6, .million) : top >= 1e3 ? (3, .thousand) : (0, .one)
        let word = locale.data.tickScaleWords[shown] ?? ""
        let scalePower = scale == .billion ? 9 : scale == .million ? 6 : scale == .thousand ? 3 : 0
        let shift = power - scalePower  // decimal places the point moves left
        var d = min(12, max(0, decimals + shift))
        if ticks.count >= 2 {
            // The step after moving the point decides the decimals: 500 as 0.5k needs one.
            var step = abs(ticks[1] - ticks[0]) * scale.factor
            for _ in 0..<power { step /= 10 }
            if step > 0 { d = min(12, max(0, Int(-(log10(step) + 1e-9).rounded(.down)))) }
        }
        return ticks.map { t in
            var v = t
            if shift > 0 { for _ in 0..<shift { v /= 10 } } else if shift < 0 { for _ in 0..<(-shift) { v *= 10 } }
            if t == 0 { return "0" }
            return NumberFormat.decimal(v + 0.0, decimals: d, locale: locale) + word
        }
    }

    /// `value` written short, for labels that do not fit at full length: about three significant
    /// digits, with a scale word past ten thousand (`4,178.293` → `4,178`, `1,234,567` → `1.2 m`,
    /// `US$4,178.293 bn` → `US$4,178 bn`, `US$1,234,567` → `US$1.2 m`, `45.25%` → `45%`).
    public func compact(_ value: Double) -> String {
        let v = value + 0.0
        func digits(_ x: Double) -> Int { abs(x) >= 100 ? 0 : 1 }
        switch kind {
        case .percent: return NumberFormat.percent(v, decimals: abs(v) >= 10 ? 0 : 1, locale: locale)
        case .currency:
            let c = currencyCode.flatMap { Currency(code: $0) } ?? Currency(code: "USD")!
            let base = v * scale.factor
            let s: Scale = abs(base) >= 1e9 ? .billion : abs(base) >= 1e6 ? .million : .one
            let x = base / s.factor
            return NumberFormat.money(x, currency: c, scale: s, decimals: s == .one ? 0 : digits(x), locale: locale)
        case .plain, .thousands, .si:
            let base = v * scale.factor
            if abs(base) < 1e4 { return NumberFormat.decimal(base, decimals: abs(base) >= 100 ? 0 : (base.rounded() == base ? 0 : 1), locale: locale) }
            let shown: Scale = abs(base) >= 1e9 ? .billion : abs(base) >= 1e6 ? .million : .thousand
            let x = base / shown.factor
            return NumberFormat.decimal(x, decimals: digits(x), locale: locale) + (locale.data.tickScaleWords[shown] ?? "")
        }
    }
}
