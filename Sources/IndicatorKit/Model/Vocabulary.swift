/// Whether an indicator counts what happened during a period, what stood at a date, or a rate.
public enum IndicatorKind: String, Sendable, Codable, CaseIterable {
    /// Accumulated over a period (agreements signed, FDI attracted).
    case flow
    /// Standing at a date (countries with diplomatic relations).
    case stock
    /// An amount per unit of time (US$300 million per year).
    case rate
}

/// The power of ten a value is written in ("US$ 51.53 billion" is 51.53 with scale `billion`).
public enum Scale: String, Sendable, Codable, CaseIterable {
    case one, thousand, million, billion

    /// The multiplier to base units: 1, 1e3, 1e6 or 1e9.
    public var factor: Double {
        switch self {
        case .one: 1
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        }
    }
}

/// How exactly a source states a figure.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// Stated as a plain figure.
    case exact
    /// "some", "about", "around": within a few percent either way.
    case about
    /// "nearly", "close to", "almost": a little below the figure.
    case nearly
    /// "more than", "over", "exceeding": strictly above the figure.
    case moreThan = "more-than"
    /// "at least": the figure or above.
    case atLeast = "at-least"

    /// True when the figure is not the exact value.
    public var isApproximate: Bool { self != .exact }

    /// Words placed before the number in English and Vietnamese labels.
    public func prefix(locale: NumberLocale) -> String {
        locale.data.qualifierWords[self] ?? ""
    }
}

/// The period a stated growth figure compares with.
public enum GrowthBasis: String, Sendable, Codable, CaseIterable {
    /// "compared to the previous period": the period before, between the previous two conferences.
    case previousPeriod = "previous-period"
    /// The same span one year earlier ("year on year").
    case yearOnYear = "year-on-year"
    /// A comparison period named by the source ("compared with 2017-2018").
    case statedPeriod = "stated-period"
}

/// The locale numbers and labels are written for.
public enum NumberLocale: String, Sendable, Codable, CaseIterable {
    case en, vi
}
