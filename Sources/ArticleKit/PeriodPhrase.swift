import IndicatorKit

/// A phrase that says when a figure applies, read as an inclusive span of days
/// (`start` nil: a stock standing at `end`).
public struct PeriodPhrase: Sendable, Equatable {
    /// What kind of phrase it is.
    public enum Kind: Sendable, Equatable {
        /// "since December 2013", "since the 31st Diplomatic Conference", "kể từ ...".
        case since
        /// "in the past 3 years", "over the past two years", "trong 3 năm qua".
        case past
        /// "from 2021 to 2023", "giai đoạn 2019 - 2021", "the 2016-20 period".
        case yearRange
        /// "in 2023", "năm 2023".
        case calendarYear
        /// "in December 2013", "in the first 11 months of 2023".
        case months
        /// "earlier this year", "this year", "năm nay".
        case thisYear
        /// "last year", "năm ngoái".
        case lastYear
        /// "as of today", "so far", "as of December 20, 2023", "đến nay".
        case asOf
        /// A dated day or days ("on September 16th, 2021", "(April 15-16, 2021)").
        case day
    }

    /// The kind of phrase.
    public var kind: Kind
    /// Index of the phrase's first token.
    public var first: Int
    /// Index of its last token.
    public var last: Int
    /// First day, or nil for a stock ("as of").
    public var start: Day?
    /// Last day, or the as-of day of a stock.
    public var end: Day
    /// How the words were read, for `period_note`.
    public var note: String
}

/// What the period phrases are read against: the article's date, the day the figures were
/// stated, and the known events.
public struct PeriodContext: Sendable {
    /// The date of the article.
    public var articleDate: Day
    /// The day the figures were stated: the article date, or the day before when the article
    /// reports an event held "yesterday".
    public var statementDate: Day
    /// Why the statement date differs from the article date, or empty.
    public var statementNote: String
    /// Events with known dates.
    public var calendar: EventCalendar

    /// Creates a context.
    public init(articleDate: Day, statementDate: Day? = nil, statementNote: String = "", calendar: EventCalendar = EventCalendar()) {
        self.articleDate = articleDate
        self.statementDate = statementDate ?? articleDate
        self.statementNote = statementNote
        self.calendar = calendar
    }

    /// Whether the statement falls in December, when reports speak of whole calendar years
    /// ("in the past 3 years" at a conference on 18 Dec 2023 = 2021-2023).
    public var isYearEnd: Bool { statementDate.month == 12 }
}
