import Foundation

/// Turns the five validated CSV tables into model values, checking types, vocabularies and every
/// cross-reference. Errors are collected, not thrown, so one run reports them all.
struct DatasetBuilder {
    let directory: String
    var errors: [DatasetError] = []
    var sources: [Source] = []
    var conferences: [Conference] = []
    var indicators: [Indicator] = []
    var observations: [Observation] = []
    var growth: [ReportedGrowth] = []
    /// Seed texts with white space collapsed, by file name.
    var seedTexts: [String: String] = [:]
    /// The seed file of each source that has one, by source id (looked up once per quote).
    var seedFileOfSource: [String: String] = [:]
    /// Quotes already found in their seed (seed file, U+001F, quote): each is searched for once.
    var quotesFound: Set<String> = []
    /// Ids of observation rows that were refused for another field: a reference to one of them is
    /// not reported again as unknown (its own error already names the problem).
    var refusedObservationIDs: Set<String> = []

    init(directory: String) { self.directory = directory }

    private func columns(_ t: CSVTable) -> ColumnIndex { ColumnIndex(t.header) }

    /// Reports a repeated id at its second occurrence, naming the line of the first.
    private mutating func checkUnique(_ id: String?, _ r: inout FieldReader, seen: inout [String: Int]) {
        guard let id else { return }
        if let first = seen[id] { r.fail("id", "duplicate id `\(id)`; first used on line \(first)") }
        else { seen[id] = r.row.line }
    }

    mutating func readSources(_ t: CSVTable) {
        let cols = columns(t)
        var seen: [String: Int] = Dictionary(minimumCapacity: t.rows.count)
        for row in t.rows {
            var r = FieldReader(table: t, row: row, columns: cols)
            let id = r.identifier("id")
            checkUnique(id, &r, seen: &seen)
            let title = r.text("title", required: true)
            let publisher = r.text("publisher", required: true)
            let date = r.date("date", required: false)
            let url = r.text("url")
            let seed = r.text("seed_file")
            let language = r.text("language", required: true)
            let kind = r.raw("kind").isEmpty ? SourceKind.article : r.choice("kind", SourceKind.self)
            if url.isEmpty && seed.isEmpty { r.fail("url", "a source needs a `url` or a `seed_file`; both are empty") }
            if !url.isEmpty && !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                r.fail("url", "expected an http(s) URL, found `\(url)`")
            }
            if !seed.isEmpty {
                if seed.contains("/") { r.fail("seed_file", "expected a file name inside seeds/, found `\(seed)`") }
                else if seedTexts[seed] == nil {
                    do {
                        let bytes = try InputFile.read(directory + "/seeds/" + seed, maximumBytes: InputFile.seedText)
                        if let text = String(validating: bytes, as: UTF8.self) {
                            seedTexts[seed] = Self.collapse(text)
                        } else {
                            r.fail("seed_file", "seed file `seeds/\(seed)` is not valid UTF-8")
                        }
                    } catch {
                        r.fail("seed_file", "seed file `seeds/\(seed)`: \(error.message)")
                    }
                }
            }
            errors += r.errors
            if let id, kind != nil, r.errors.isEmpty {
                if !seed.isEmpty { seedFileOfSource[id] = seed }
                sources.append(Source(id: id, title: title, publisher: publisher, date: date,
                                      dateNote: r.raw("date_note"), url: url, seedFile: seed, language: language,
                                      kind: kind ?? .article))
            }
        }
    }

    mutating func readConferences(_ t: CSVTable) {
        let cols = columns(t)
        var seen: [String: Int] = Dictionary(minimumCapacity: t.rows.count)
        for row in t.rows {
            var r = FieldReader(table: t, row: row, columns: cols)
            let id = r.identifier("id", allowUpper: true)
            checkUnique(id, &r, seen: &seen)
            let series = r.identifier("series", allowUpper: true)
            let ordinal = r.integer("ordinal", required: false)
            let en = r.text("name_en", required: true)
            let vi = r.text("name_vi", required: true)
            let start = r.date("start", required: true)
            let end = r.date("end", required: true)
            if let s = start, let e = end, e < s {
                r.fail("end", "the conference ends (\(e)) before it starts (\(s)); expected end >= start")
            }
            errors += r.errors
            if let id, let series, let start, let end, r.errors.isEmpty {
                conferences.append(Conference(id: id, series: series, ordinal: ordinal, nameEN: en, nameVI: vi,
                                              start: start, end: end, location: r.raw("location"),
                                              dateNote: r.raw("date_note"), sourceURL: r.raw("source_url")))
            }
        }
    }

    mutating func readIndicators(_ t: CSVTable) {
        let cols = columns(t)
        var seen: [String: Int] = Dictionary(minimumCapacity: t.rows.count)
        for row in t.rows {
            var r = FieldReader(table: t, row: row, columns: cols)
            let id = r.identifier("id")
            checkUnique(id, &r, seen: &seen)
            let en = r.text("name_en", required: true)
            let vi = r.text("name_vi", required: true)
            let kind = r.choice("kind", IndicatorKind.self)
            let unit = r.unit("unit")
            let per = r.choice("per", RatePer.self, required: kind == .rate)
            let labelEN = r.raw("unit_label_en"), labelVI = r.raw("unit_label_vi")
            if let kind, kind != .rate, per != nil {
                r.fail("per", "`per` applies to rates only; a \(kind.rawValue) must leave it empty")
            }
            errors += r.errors
            if let id, let kind, let unit, r.errors.isEmpty {
                indicators.append(Indicator(id: id, nameEN: en, nameVI: vi, kind: kind, unit: unit,
                                            unitLabelEN: labelEN, unitLabelVI: labelVI,
                                            per: per, scope: r.raw("scope"), definition: r.raw("definition")))
            }
        }
    }

    mutating func readObservations(_ t: CSVTable) {
        let cols = columns(t)
        var seen: [String: Int] = Dictionary(minimumCapacity: t.rows.count)
        // A hash of each row's content -> the row's index: a repeat is checked field by field.
        var content: [Int: Int] = Dictionary(minimumCapacity: t.rows.count)
        let contentColumns = ["indicator", "period_start", "period_end", "value", "qualifier", "source", "quote"].map { cols[$0]! }
        var preferredAt: [String: Int] = [:]
        // Indicator ids -> their place in `indicators` (a dictionary of the records would copy them all).
        var byID: [String: Int] = Dictionary(minimumCapacity: indicators.count)
        for (k, ind) in indicators.enumerated() where byID[ind.id] == nil { byID[ind.id] = k }
        let sourceIDs = Set(sources.map(\.id)), conferenceIDs = Set(conferences.map(\.id))
        for (index, row) in t.rows.enumerated() {
            var r = FieldReader(table: t, row: row, columns: cols)
            let id = r.identifier("id")
            checkUnique(id, &r, seen: &seen)
            let indicatorID = r.identifier("indicator")
            var indicator: Indicator? = nil
            if let i = indicatorID {
                indicator = byID[i].map { indicators[$0] }
                if indicator == nil { r.fail("indicator", "unknown indicator `\(i)`; it is not in indicators.csv\(Suggest.hint(i, in: byID.keys))") }
            }
            let start = r.date("period_start", required: false)
            let end = r.date("period_end", required: true)
            let number = r.number("value")
            let unit = r.unit("unit")
            let scale = r.choice("scale", Scale.self)
            let qualifier = r.choice("qualifier", Qualifier.self)
            let conference = r.raw("conference")
            let source = r.raw("source")
            // Figures from an article carry its exact words; figures from a data table need none.
            let fromTable = sources.first { $0.id == source }?.kind == .table
            let quote = r.text("quote", required: !fromTable)
            let preferred = r.boolean("preferred")

            if let s = start, let e = end, e < s {
                r.fail("period_end", "the period ends (\(e)) before it starts (\(s)); expected period_end >= period_start")
            }
            if let ind = indicator {
                if let unit, unit != ind.unit {
                    r.fail("unit", "unit `\(unit.rawValue)` differs from indicator `\(ind.id)`'s unit `\(ind.unit.rawValue)`")
                }
                if ind.kind == .flow, start == nil, !r.raw("period_end").isEmpty {
                    r.fail("period_start", "`\(ind.id)` is a flow (counted over a period); expected a period_start")
                }
                if ind.kind == .stock, start != nil {
                    r.fail("period_start", "`\(ind.id)` is a stock (a figure at a date); leave period_start empty and put the date in period_end")
                }
            }
            if let (v, _) = number, v < 0, unit == .count {
                r.fail("value", "a count cannot be negative, found \(r.raw("value"))")
            }
            if let unit, let scale, unit.isPercentage, scale != .one {
                r.fail("scale", "scale `\(scale.rawValue)` does not apply to \(unit.rawValue): a percentage is written as it is, with scale `one`")
            }
            if !conference.isEmpty, !conferenceIDs.contains(conference) {
                r.fail("conference", "unknown conference `\(conference)`; it is not in conferences.csv\(Suggest.hint(conference, in: conferenceIDs))")
            }
            if source.isEmpty { r.fail("source", "`source` is required; expected a source id from sources.csv") }
            else if !sourceIDs.contains(source) {
                r.fail("source", "unknown source `\(source)`; it is not in sources.csv\(Suggest.hint(source, in: sourceIDs))")
            } else { checkQuote(quote, source: source, &r) }

            // The same figure twice under two ids is a duplicate row.
            var hasher = Hasher()
            for c in contentColumns { hasher.combine(row.fields[c]) }
            let key = hasher.finalize()
            if let first = content[key] {
                let earlier = t.rows[first]
                if contentColumns.allSatisfy({ earlier.fields[$0] == row.fields[$0] }) {
                    r.fail("id", "duplicate row: same indicator, period, value, source and quote as line \(earlier.line)")
                }
            } else { content[key] = index }
            if preferred == true {
                let pk = [r.raw("indicator"), r.raw("period_start"), r.raw("period_end")].joined(separator: "\u{1F}")
                if let first = preferredAt[pk] {
                    r.fail("preferred", "two preferred figures for `\(r.raw("indicator"))` over the same period (see line \(first)); mark one preferred=false and say why in its note")
                } else { preferredAt[pk] = row.line }
            }

            errors += r.errors
            if let id, !r.errors.isEmpty { refusedObservationIDs.insert(id) }
            if let id, let ind = indicator, let end, let (v, lit) = number, let unit, let scale, let qualifier,
               let preferred, r.errors.isEmpty {
                observations.append(Observation(
                    id: id, indicator: ind.id, period: Period(start: start, end: end), value: v, literal: lit,
                    unit: unit, scale: scale, qualifier: qualifier, conference: conference, source: source,
                    quote: quote, periodLabel: r.raw("period_label"), periodNote: r.raw("period_note"),
                    preferred: preferred, note: r.raw("note"), position: r.position("id")))
            }
        }
    }

    mutating func readReportedGrowth(_ t: CSVTable) {
        let cols = columns(t)
        var seen: [String: Int] = Dictionary(minimumCapacity: t.rows.count)
        let obsIDs = Set(observations.map(\.id)), sourceIDs = Set(sources.map(\.id))
        for row in t.rows {
            var r = FieldReader(table: t, row: row, columns: cols)
            let id = r.identifier("id")
            checkUnique(id, &r, seen: &seen)
            let obs = r.identifier("observation")
            if let o = obs, !obsIDs.contains(o), !refusedObservationIDs.contains(o) {
                r.fail("observation", "unknown observation `\(o)`; expected an id from observations.csv\(Suggest.hint(o, in: obsIDs))")
            }
            let number = r.number("percent")
            if let (p, _) = number, p <= -100 {
                r.fail("percent", "a fall of 100% or more leaves nothing; expected a percent above -100, found \(r.raw("percent"))")
            }
            let qualifier = r.choice("qualifier", Qualifier.self)
            let basis = r.choice("basis", GrowthBasis.self)
            let bs = r.date("baseline_start", required: false)
            let be = r.date("baseline_end", required: false)
            if (bs == nil) != (be == nil), !(r.raw("baseline_start").isEmpty && r.raw("baseline_end").isEmpty) {
                if r.raw("baseline_start").isEmpty || r.raw("baseline_end").isEmpty {
                    r.fail(bs == nil ? "baseline_start" : "baseline_end", "give both baseline_start and baseline_end, or neither")
                }
            }
            if let s = bs, let e = be, e < s {
                r.fail("baseline_end", "the baseline period ends (\(e)) before it starts (\(s))")
            }
            let baseObs = r.raw("baseline_observation")
            if !baseObs.isEmpty, !obsIDs.contains(baseObs), !refusedObservationIDs.contains(baseObs) {
                r.fail("baseline_observation", "unknown observation `\(baseObs)`\(Suggest.hint(baseObs, in: obsIDs))")
            }
            let source = r.raw("source")
            let quote = r.text("quote", required: true)
            if !sourceIDs.contains(source) {
                r.fail("source", "unknown source `\(source)`; it is not in sources.csv\(Suggest.hint(source, in: sourceIDs))")
            } else { checkQuote(quote, source: source, &r) }
            errors += r.errors
            if let id, let obs, let (p, lit) = number, let qualifier, let basis, r.errors.isEmpty {
                growth.append(ReportedGrowth(
                    id: id, observation: obs, percent: p, literal: lit, qualifier: qualifier, basis: basis,
                    baselinePeriod: bs.flatMap { s in be.map { Period(start: s, end: $0) } },
                    baselineObservation: baseObs, source: source, quote: quote, note: r.raw("note"),
                    position: r.position("id")))
            }
        }
    }

    /// A quote from a source with a seed file must appear in it verbatim (white space collapsed).
    private mutating func checkQuote(_ quote: String, source: String, _ r: inout FieldReader) {
        guard !quote.isEmpty, let seedFile = seedFileOfSource[source], let text = seedTexts[seedFile] else { return }
        let key = seedFile + "\u{1F}" + quote
        if quotesFound.contains(key) { return }
        if text.contains(Self.collapse(quote)) {
            quotesFound.insert(key)
        } else {
            r.fail("quote", "quote not found verbatim in seeds/\(seedFile); expected an exact, contiguous passage of the article")
        }
    }

    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for ch in s {
            if ch.isWhitespace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(ch)
        }
        return out
    }
}
