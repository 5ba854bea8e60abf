/// A period named on the command line or in a query: a conference ("18", "NFAC-21"), a date
/// ("2021-12-31", a stock's as-of date) or a span ("2019-01-01..2021-12-31").
public enum PeriodKey: Hashable, Sendable, CustomStringConvertible {
    case conference(Conference)
    case date(Day)
    case span(Period)

    /// Parses `text` against the conferences of `dataset`.
    public init(_ text: String, in dataset: Dataset) throws(AnalysisError) {
        let t = text.trimmingSpaces
        if let r = t.firstRange(of: ".."), let a = Day(iso: String(t[..<r.lowerBound])), let b = Day(iso: String(t[r.upperBound...])) {
            guard a <= b else { throw .badPeriod(text, "the start \(a) is after the end \(b)") }
            self = .span(Period(start: a, end: b))
        } else if let d = Day(iso: t) {
            self = .date(d)
        } else if let c = dataset.conference(t) {
            self = .conference(c)
        } else {
            throw .badPeriod(text, "not a conference (\"18\", \"NFAC-21\"), a date (YYYY-MM-DD) or a span (YYYY-MM-DD..YYYY-MM-DD) of this dataset")
        }
    }

    /// A column heading: the conference id, the date or the span.
    public var label: String {
        switch self {
        case .conference(let c): c.id
        case .date(let d): d.iso
        case .span(let p): p.description
        }
    }

    /// The column heading, `label`: `NFAC-21`, `2021-12-31` or `2019-01-01..2021-12-31`.
    public var description: String { label }
}

/// Errors in what was asked of the analysis (not in the data).
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    case badPeriod(String, String)
    case unknownIndicator(String)

    /// The problem in words, naming the period text or indicator id.
    public var description: String {
        switch self {
        case .badPeriod(let t, let why): "'\(t)': \(why)"
        case .unknownIndicator(let id): "no indicator '\(id)' in the dataset"
        }
    }
}

/// The figure chosen for an indicator in a named period, or why there is none.
public enum Selection: Hashable, Sendable {
    /// The chosen figure, with a note when it was matched loosely (a twin conference, a nearby
    /// period), and the other figures the dataset keeps for the same period.
    case found(Observation, note: String?, alternatives: [Observation])
    /// No figure: the reason says which period is missing.
    case missing(reason: String)

    /// The chosen figure, or nil when there is none.
    public var observation: Observation? {
        if case .found(let o, _, _) = self { return o }
        return nil
    }
}

extension Dataset {
    /// Conferences grouped into sessions: conferences starting within 14 days of one another
    /// (NFAC-21 on 18 Dec 2023 and DC-32 from 19 Dec 2023) are one session. In date order.
    public var conferenceSessions: [[Conference]] {
        var sessions: [[Conference]] = []
        for c in conferencesByDate {
            if let last = sessions.last?.first, c.start.ordinal - last.start.ordinal <= 14 {
                sessions[sessions.count - 1].append(c)
            } else {
                sessions.append([c])
            }
        }
        return sessions
    }

    /// Index of the session that conference `id` belongs to.
    public func sessionIndex(ofConference id: String) -> Int? {
        conferenceSessions.firstIndex { $0.contains { $0.id == id } }
    }

    /// The figure of `indicator` for a named period.
    ///
    /// A conference matches the figures reported at it, then those reported at a conference of
    /// the same session (a DC held with the NFAC). A date matches a stock dated that day or a flow
    /// ending that day. A span matches a figure for exactly that span, then the figure whose
    /// period overlaps it most (noted). Preferred figures win; the others are listed.
    public func select(_ indicator: String, at key: PeriodKey) -> Selection {
        let all = series(indicator, includeAlternatives: true)
        func pick(_ c: [Observation], note: String?) -> Selection? {
            guard let first = c.first(where: { $0.preferred }) ?? c.first else { return nil }
            return .found(first, note: note, alternatives: c.filter { $0.id != first.id })
        }
        switch key {
        case .conference(let conf):
            if let s = pick(all.filter { $0.conference == conf.id }, note: nil) { return s }
            if let i = sessionIndex(ofConference: conf.id) {
                let twins = Set(conferenceSessions[i].map(\.id))
                let c = all.filter { twins.contains($0.conference) }
                if let first = c.first {
                    if let s = pick(c, note: "reported at \(first.conference), held with \(conf.id)") { return s }
                }
            }
            return .missing(reason: "no \(indicator) figure reported at \(conf.id)")
        case .date(let d):
            if let s = pick(all.filter { $0.period.end == d }, note: nil) { return s }
            return .missing(reason: "no \(indicator) figure dated or ending \(d)")
        case .span(let p):
            if let s = pick(all.filter { $0.period == p }, note: nil) { return s }
            let start = p.start ?? p.end
            func overlap(_ o: Observation) -> Int {
                let s = max(start, o.period.start ?? o.period.end), e = min(p.end, o.period.end)
                return e.ordinal - s.ordinal + 1
            }
            let best = all.filter { overlap($0) > 0 }.max { overlap($0) < overlap($1) }
            if let best {
                let c = all.filter { $0.period == best.period }
                return pick(c, note: "no figure for exactly \(p); using \(best.period), the period that overlaps it most")!
            }
            return .missing(reason: "no \(indicator) figure for any part of \(p)")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
