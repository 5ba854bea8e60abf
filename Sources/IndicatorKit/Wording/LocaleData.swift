/// Everything a language writes: number separators, scale words, month names, money, qualifier
/// words, and the text of every ``Message``.
///
/// One value per language lives in that language's catalogue file (`Catalogue+en.swift`,
/// `Catalogue+vi.swift`); ``NumberLocale/data`` picks it. Formatting code reads these fields
/// instead of asking which language it writes.
public struct LocaleData: Sendable {
    /// Between the integer and the fraction digits: `.` in English, `,` in Vietnamese.
    public var decimalSeparator: String
    /// Between groups of three integer digits: `,` in English, `.` in Vietnamese.
    public var groupSeparator: String
    /// The word written after a number at a scale, with its leading space (` bn`, ` triệu`);
    /// empty for `one`.
    public var scaleWords: [Scale: String]
    /// The scale word on axis ticks (`1.5k`, `2 bn`, `2 tỷ`); empty for `one`.
    public var tickScaleWords: [Scale: String]
    /// The scale as a word before a unit's noun, with its trailing space (`billion `, `tỷ `);
    /// empty for `one`.
    public var scaleNames: [Scale: String]
    /// The words placed before a qualified number (`nearly `, `hơn `); empty for `exact`.
    public var qualifierWords: [Qualifier: String]
    /// A month of a year: `Dec 2013`, `12/2013`.
    public var month: @Sendable (Day) -> String
    /// A day: `5 Dec 2013`, `5/12/2013`.
    public var day: @Sendable (Day) -> String
    /// An amount of money from its formatted number (maybe with a leading `-`), its currency and
    /// its scale word: `US$51.53 bn`, `51,53 tỷ USD`.
    public var money: @Sendable (_ number: String, _ currency: Currency, _ scaleWord: String) -> String
    /// A currency at a scale as a unit for a subtitle or an axis: `US$ billion`, `tỷ đồng`.
    public var currencyUnit: @Sendable (_ currency: Currency, _ scale: Scale) -> String
    /// The text of a message.
    public var text: @Sendable (Message) -> String
}

extension NumberLocale {
    /// The language's separators, words and message catalogue. Adding a language is adding a
    /// case here and a `Catalogue+xx.swift` file that defines its ``LocaleData``.
    public var data: LocaleData {
        switch self {
        case .en: .english
        case .vi: .vietnamese
        }
    }

    /// The text of `message` in this language.
    public func text(_ message: Message) -> String { data.text(message) }
}
