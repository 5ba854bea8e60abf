import Foundation

/// An ISO 4217 currency and how amounts in it are written in English and Vietnamese.
///
/// The codes are Foundation's `Locale.commonISOCurrencyCodes` (the current ISO 4217 list).
/// The common currencies of the region have the labels people use (`US$51.53 bn`,
/// `51,53 tỷ USD`, `VND 1,200 bn`, `1.200 tỷ đồng`); any other code is written before the number
/// in English (`CHF 12 m`) and after it in Vietnamese (`12 triệu CHF`).
public struct Currency: Hashable, Sendable {
    /// The ISO 4217 code.
    public let code: String
    /// Written before the number in English, e.g. `US$` (no space) or `VND ` (with one).
    public let prefixEN: String
    /// Written after the number (and its scale word) in Vietnamese, e.g. `USD`, `đồng`.
    public let suffixVI: String

    /// The currency for an ISO 4217 code; labels from the table of usual labels, else the code.
    public init?(code: String) {
        guard Currency.isKnown(code) else { return nil }
        self.code = code
        let usual = Currency.usualLabels[code]
        self.prefixEN = usual?.en ?? code + " "
        self.suffixVI = usual?.vi ?? code
    }

    /// The current ISO 4217 codes, sorted.
    public static let codes: [String] = Locale.commonISOCurrencyCodes.sorted()
    private static let codeSet = Set(codes)

    /// True when `code` is a current ISO 4217 currency code.
    public static func isKnown(_ code: String) -> Bool { codeSet.contains(code) }

    /// The labels analysts write for the currencies they meet most often.
    static let usualLabels: [String: (en: String, vi: String)] = [
        "USD": ("US$", "USD"),
        "VND": ("VND ", "đồng"),
        "EUR": ("€", "euro"),
        "GBP": ("£", "bảng Anh"),
        "JPY": ("¥", "yên"),
        "CNY": ("CN¥", "nhân dân tệ"),
        "KRW": ("₩", "won"),
        "AUD": ("A$", "AUD"),
        "SGD": ("S$", "SGD"),
        "THB": ("THB ", "baht"),
        "INR": ("₹", "rupee"),
    ]
}
