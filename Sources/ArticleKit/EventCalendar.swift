import IndicatorKit

/// Events with known dates (the dataset's conferences), so that "since the 31st Diplomatic
/// Conference" or "since December 2013" can be read as a day.
public struct EventCalendar: Sendable {
    /// An event with a known first day.
    public struct Event: Sendable, Equatable {
        /// Id, e.g. `DC-31`.
        public var id: String
        /// English name, e.g. "31st Diplomatic Conference".
        public var nameEN: String
        /// Vietnamese name, e.g. "Hội nghị Ngoại giao lần thứ 31".
        public var nameVI: String
        /// Number within its series, when it has one.
        public var ordinal: Int?
        /// First day.
        public var start: Day

        /// Creates an event.
        public init(id: String, nameEN: String, nameVI: String, ordinal: Int?, start: Day) {
            self.id = id; self.nameEN = nameEN; self.nameVI = nameVI; self.ordinal = ordinal; self.start = start
        }
    }

    /// The events, in date order.
    public var events: [Event]

    /// Creates a calendar.
    public init(events: [Event] = []) {
        self.events = events.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    /// A calendar of a dataset's conferences.
    public init(conferences: [Conference]) {
        self.init(events: conferences.map {
            Event(id: $0.id, nameEN: $0.nameEN, nameVI: $0.nameVI, ordinal: $0.ordinal, start: $0.start)
        })
    }

    static func words(_ s: String) -> Set<String> {
        Set(s.lowercased().split { !$0.isLetter }.map(String.init))
    }

    /// The event with `ordinal` whose name holds every word of `nameWords` ("diplomatic",
    /// "conference"), or nil when none or more than one does.
    public func event(ordinal: Int, nameWords: [String]) -> Event? {
        let wanted = Set(nameWords.map { $0.lowercased() }).subtracting(["the", "of", "lần", "thứ"])
        let found = events.filter { e in
            e.ordinal == ordinal && (wanted.isSubset(of: EventCalendar.words(e.nameEN)) || wanted.isSubset(of: EventCalendar.words(e.nameVI)))
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The first event held in the given month, or nil.
    public func firstEvent(year: Int, month: Int) -> Event? {
        events.first { $0.start.year == year && $0.start.month == month }
    }
}
