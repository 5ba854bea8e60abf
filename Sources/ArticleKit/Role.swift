/// What a number in an article is: a figure (level, growth, share, rank) or a number that is
/// not one (an ordinal, a date, a duration, a document number, a back-reference, a threshold).
public enum Role: String, Sendable, CaseIterable, Codable {
    /// An amount: a count, money, a level of something ("422 agreements", "US$ 48.2 billion").
    case level
    /// A stated change in percent ("up 22 percent", "giảm 54,8%"); a fall is negative.
    case growth
    /// A part of a whole ("30% of exports", "a fifth", "chiếm 30%").
    case share
    /// A position in a ranking ("top 10", "đứng thứ 9").
    case rank
    /// An ordinal that names something ("the 21st Conference", "lần thứ 20", "First, ...").
    case ordinal
    /// A date or a year used as a date ("in 2023", "August 21", "2016-08-13").
    case date
    /// A length of time ("the past 3 years", "5 years of implementing", "10 years ago").
    case duration
    /// A name or number of a document or thing ("Resolution No. 8", "COVID-19", "COP 28").
    case identifier
    /// A number that points back at things already named ("the two countries", "one of the").
    case reference
    /// A bound that defines what is counted ("items having export turnover exceeding 1 billion USD").
    case threshold

    /// Whether numbers with this role are figures an analyst may want as data.
    public var isFigure: Bool {
        switch self {
        case .level, .growth, .share, .rank: true
        default: false
        }
    }
}
