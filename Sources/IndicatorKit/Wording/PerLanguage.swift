/// A value written once per language: an indicator's or conference's name, a unit's noun.
///
/// Read it with the language as subscript (`names[locale]`); this subscript and
/// ``NumberLocale/data`` are the only places that branch on the language.
public struct PerLanguage<Value: Sendable>: Sendable {
    /// The English value.
    public var en: Value
    /// The Vietnamese value.
    public var vi: Value

    /// A value with its English and Vietnamese forms.
    public init(en: Value, vi: Value) { self.en = en; self.vi = vi }

    /// The value in `locale`'s language.
    public subscript(_ locale: NumberLocale) -> Value {
        switch locale {
        case .en: en
        case .vi: vi
        }
    }
}
