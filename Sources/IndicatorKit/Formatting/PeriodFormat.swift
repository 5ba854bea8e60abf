/// Short period labels for tables and charts: `2023`, `2021–2023`, `Dec 2013 – Aug 2016`,
/// `Dec 2021`; in Vietnamese `2023`, `2021–2023`, `12/2013 – 8/2016`, `12/2021`.
public enum PeriodFormat {
    /// A month of a year: `Dec 2013`, `12/2013`.
    public static func month(_ d: Day, locale: NumberLocale) -> String { locale.data.month(d) }

    /// A day: `5 Dec 2013`, `5/12/2013`.
    public static func day(_ d: Day, locale: NumberLocale) -> String { locale.data.day(d) }

    /// The shortest label that is still exact at month precision.
    public static func label(_ p: Period, locale: NumberLocale = .en) -> String {
        guard let s = p.start else { return month(p.end, locale: locale) }
        let wholeYears = s.month == 1 && s.day == 1 && p.end.month == 12 && p.end.day == 31
        if wholeYears { return s.year == p.end.year ? "\(s.year)" : "\(s.year)–\(p.end.year)" }
        if s.year == p.end.year && s.month == p.end.month { return month(s, locale: locale) }
        return "\(month(s, locale: locale)) – \(month(p.end, locale: locale))"
    }

    /// The length of a period in years, to one decimal: `2.7 yrs`, `2,7 năm`.
    public static func length(_ p: Period, locale: NumberLocale = .en) -> String {
        locale.text(.yearsLength(NumberFormat.decimal(p.years, decimals: 1, locale: locale)))
    }
}
