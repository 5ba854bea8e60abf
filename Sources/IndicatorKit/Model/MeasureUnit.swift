import Foundation

/// The unit a value is measured in, as the dataset's `unit` column writes it.
///
/// The column is open; its values come from one registry (`MeasureUnit(rawValue:)`):
///
/// | written | kind | example |
/// | --- | --- | --- |
/// | an ISO 4217 code (`USD`, `VND`, `EUR`) | ``Kind/currency`` | US$51.53 bn, 1.200 tỷ đồng |
/// | `count` | ``Kind/count`` | 422 agreements (the noun is the indicator's unit label) |
/// | `percent` | ``Kind/percent`` | 32.1% |
/// | `pp` | ``Kind/percentagePoints`` | +1.5 pp, 1,5 điểm % |
/// | `index` | ``Kind/index`` | 104.2 (the base, "2015 = 100", is the indicator's unit label) |
/// | any other lowercase id (`tonnes`, `people`, `years`) | ``Kind/other`` | 3.2 m tonnes (the label says what one unit is) |
///
/// Every unit but percent and percentage points may be written at a ``Scale``.
public struct MeasureUnit: Hashable, Sendable, Codable, CustomStringConvertible, RawRepresentable {
    /// What kind of quantity a unit measures, which decides how its values are written.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Money in an ISO 4217 currency.
        case currency
        /// A number of things; the indicator's unit label names the thing.
        case count
        /// A share or a rate in percent.
        case percent
        /// A difference between two percentages.
        case percentagePoints = "percentage-points"
        /// Index values relative to a base; the indicator's unit label states the base.
        case index
        /// Any other unit (tonnes, people, years), named by the indicator's unit label.
        case other
    }

    /// The code as the dataset writes it (`USD`, `count`, `percent`, `pp`, `index`, `tonnes`).
    public let rawValue: String

    /// Reads a unit code, or returns nil when the registry does not accept it: three capital
    /// letters that are not an ISO 4217 currency code, or text that is not a lowercase id.
    public init?(rawValue code: String) {
        guard MeasureUnit.problem(code) == nil else { return nil }
        self.rawValue = code
    }

    private init(known code: String) { self.rawValue = code }

    /// Why `code` is not a unit, or nil when it is one.
    public static func problem(_ code: String) -> String? {
        if code.isEmpty { return "expected a unit: an ISO 4217 currency code (USD, VND), count, percent, pp, index, or a lowercase unit id such as tonnes" }
        let scalars = code.unicodeScalars
        if scalars.count == 3, scalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) {
            return Currency.isKnown(code) ? nil
                : "`\(code)` is not an ISO 4217 currency code\(Suggest.hint(code, in: Currency.codes))"
        }
        let first = scalars.first!
        let idOK = first >= "a" && first <= "z"
            && scalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        return idOK ? nil
            : "unknown unit `\(code)`; expected an ISO 4217 currency code (three capitals, e.g. USD, VND), count, percent, pp, index, or a lowercase unit id such as tonnes"
    }

    /// A number of things.
    public static let count = MeasureUnit(known: "count")
    /// US dollars.
    public static let usd = MeasureUnit(known: "USD")
    /// Percent.
    public static let percent = MeasureUnit(known: "percent")
    /// Percentage points.
    public static let percentagePoints = MeasureUnit(known: "pp")
    /// Index values (the base is the indicator's unit label).
    public static let index = MeasureUnit(known: "index")
    /// Years (a duration).
    public static let years = MeasureUnit(known: "years")

    /// A currency unit for an ISO 4217 code, or nil when the code is not one.
    public static func currency(_ code: String) -> MeasureUnit? {
        Currency.isKnown(code) ? MeasureUnit(known: code) : nil
    }

    /// What kind of quantity this unit measures.
    public var kind: Kind {
        switch rawValue {
        case "count": .count
        case "percent": .percent
        case "pp": .percentagePoints
        case "index": .index
        default: rawValue.first.map { $0.isUppercase } == true ? .currency : .other
        }
    }

    /// True for percent and percentage points, which are never written at a scale.
    public var isPercentage: Bool { kind == .percent || kind == .percentagePoints }

    /// The currency of a currency unit.
    public var currency: Currency? { kind == .currency ? Currency(code: rawValue) : nil }

    /// The unit as the dataset writes it (`USD`, `count`, `percent`, `pp`).
    public var description: String { rawValue }

    /// Decodes the unit from its dataset spelling.
    /// - Throws: `DecodingError.dataCorrupted` saying why the text is not a unit.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let u = MeasureUnit(rawValue: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: MeasureUnit.problem(s) ?? "bad unit")
        }
        self = u
    }

    /// Encodes the unit as its dataset spelling.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
