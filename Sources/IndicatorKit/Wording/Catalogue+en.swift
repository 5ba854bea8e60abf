/// English: `1,100.5`, `US$51.53 bn`, `Dec 2013`, and the English text of every message.
extension LocaleData {
    /// The English locale data and catalogue.
    public static let english: LocaleData = LocaleData(
        decimalSeparator: ".", groupSeparator: ",",
        scaleWords: [.one: "", .thousand: " k", .million: " m", .billion: " bn"],
        tickScaleWords: [.one: "", .thousand: "k", .million: " m", .billion: " bn"],
        scaleNames: EnglishCatalogue.scaleNames,
        qualifierWords: [.exact: "", .about: "about ", .nearly: "nearly ", .moreThan: "more than ", .atLeast: "at least "],
        month: { "\(EnglishCatalogue.months[$0.month - 1]) \($0.year)" },
        day: { "\($0.day) \(EnglishCatalogue.months[$0.month - 1]) \($0.year)" },
        money: { n, currency, scaleWord in
            n.hasPrefix("-") ? "-" + currency.prefixEN + n.dropFirst() + scaleWord : currency.prefixEN + n + scaleWord
        },
        currencyUnit: { currency, scale in
            let sym = currency.prefixEN.hasSuffix(" ") ? String(currency.prefixEN.dropLast()) : currency.prefixEN
            return scale == .one ? sym : sym + " " + EnglishCatalogue.scaleNames[scale]!.dropLast()
        },
        text: EnglishCatalogue.text)
}

/// The English text of every ``Message``.
enum EnglishCatalogue {
    static let scaleNames: [Scale: String] = [.one: "", .thousand: "thousand ", .million: "million ", .billion: "billion "]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    @Sendable static func text(_ m: Message) -> String {
        switch m {
        case .perSuffix(let per):
            switch per {
            case .year: "/yr"
            case .quarter: "/quarter"
            case .month: "/month"
            }
        case .pointsSuffix: " pp"
        case .yearsLength(let y): "\(y) yrs"
        case .column(let c): column(c)
        case .status(let s):
            switch s {
            case .undefined: "undefined"
            case .gap: "gap"
            case .incompatible: "incompatible"
            }
        case .verdict(let v): v.label
        case .compares(let measure):
            switch measure {
            case .levels: "totals"
            case .perYear: "per-year rates (periods differ in length)"
            case .points: "percentage points"
            case .stated: "stated growth"
            }
        case .notComparable: "not comparable: "
        case .approximate: "approximate: "
        case .reason(let r): reason(r)
        case .chart(let c): chart(c)
        case .brief(let b): brief(b)
        case .importedFigures(let table): "Figures imported from \(table)"
        case .notPreferred: "  (not preferred)"
        case .statedGrowthLead: "stated growth: "
        case .growthSection(let s):
            switch s {
            case .statedGrowthFigures: "Stated growth figures"
            case .changes: "Change from each period to the next"
            case .statedGrowthOf(let id): "Stated growth of \(id)"
            }
        }
    }

    static func chart(_ c: Message.Chart) -> String {
        switch c {
        case .noFigure: "no figure"
        case .noRate: "no rate"
        case .notAvailable: "n/a"
        case .about: "about "
        case .atLeast: "at least "
        case .up: "up"
        case .down: "down"
        case .and: " and "
        case .perYearUnit: " per year"
        case .yearlyRate: " (yearly rate)"
        case .ownScales: "Each panel has its own unit and scale."
        case .indexed:
            "The indicators have different units: each line is indexed to 100 at the first period; labels give the actual values."
        case .perYearNote: "Each period's total is divided by its real length in years, so periods of different length compare."
        case .slopeRatesNote:
            "The periods differ in length: each flow is drawn as its yearly rate (“/yr”), the total divided by the period's length in years."
        case .perYearChangeNote:
            "“/yr”: the change of the yearly rate, because the periods differ in length; the totals are not compared."
        case .pointsNote: "“pp”: change in percentage points."
        case .openMarkers:
            "Open markers: figures stated as “nearly”, “more than” or “about”, or implied by a stated growth figure; each point sits at the middle of its period."
        case .impliedDrawn: "“about”: a value implied by a stated growth figure, not a reported one."
        case .impliedHatched: "Outlined and hatched: a value implied by a stated growth figure, not a reported one."
        case .partialNote: "A figure marked “part” covers only part of its period."
        case .noChange(let name, let from, let to, let reason): "No change shown for \(name), \(from) → \(to): \(reason)."
        case .shownOnce(let asked, let shownAt): "\(asked) reports the same figure as \(shownAt): shown once."
        case .leftOutPart(let name, let part, let whole): "\(name): the figure for \(part) is part of \(whole) and is left out."
        case .thatFigure: "another figure"
        case .figuresReportedAt: "Figures reported at "
        case .yearlyRateSubtitle: "Yearly rate of each period"
        case .growthSubtitle: "Change between consecutive periods"
        case .growthTitle: "Change on the previous period"
        case .growthAxis(let points, let shown):
            (shown ? "Change on the period shown before" : "Change on the previous period") + (points ? ", percentage points" : ", %")
        case .growthSubtitleShown: "Change from each period shown to the next"
        case .periodOf(let c): "\(c) period"
        case .lighterBars(let changes):
            changes ? "Lighter bars: changes that are only a bound (≥, ≤) or an estimate (~), from figures stated as “more than”, “nearly” or “about”."
                    : "Lighter bars: figures stated as “more than”, “nearly” or “about”."
        case .totalsOfUnequalPeriods(let name, let lengths):
            "\(name): totals of periods of different length (\(lengths)); a per-year chart compares their yearly rates."
        case .caveat(let name, let reason): "\(name): \(reason)."
        case .pointsLeftOut(let name):
            "\(name) is measured in percent: its changes are in percentage points and are not drawn on this percent-change axis."
        case .figureIn(let figure, let period): "\(figure) in \(period)"
        case .changeWhen(let from, let to): " in \(to) on \(from)"
        case .yearlyRateChange(let name, let change): "\(name): yearly rate \(change)"
        case .statedChange(let name, let change): "\(name) \(change), as reported"
        case .largestChange(let name, _, let label): "\(name): the largest change, \(label)"
        case .unjoinedNote:
            "Points are not joined where two periods do not compare (totals of periods of different length, or a missing period between them); each point sits at the middle of its period, the faint band shows the period."
        case .unjoinedNoteNoBands:
            "Points are not joined where two periods do not compare (totals of periods of different length, or a missing period between them)."
        case .labelsLeftOut(let n):
            n == 1 ? "1 label left out for lack of room; the alt text gives every value."
                   : "\(n) labels left out for lack of room; the alt text gives every value."
        case .unitPercent: "percent"
        case .unitPoints: "percentage points"
        case .unitIndex: "index"
        case .unitNumber: "number"
        case .sourcesLead(let count): count > 1 ? "Sources: " : "Source: "
        case .moreSources(let n): "; and \(n) more"
        }
    }

    static func brief(_ b: Message.Brief) -> String {
        switch b {
        case .titleLead: "Briefing: "
        case .datasetIntro(let name):
            ". Dataset `\(name)`. Every number below names the dataset rows (observation ids) it comes from; per-year rates use the real length of each period."
        case .keyFigures: "Key figures"
        case .statedVsComputed: "Stated vs computed growth"
        case .charts: "Charts"
        case .sources: "Sources"
        case .noStatedGrowth: "No growth figure is stated for these figures."
        case .statedGrowthLead: "stated growth "
        case .seedFile: "seed file "
        case .notComparable: "not comparable"
        case .seePerYear: "see per year"
        case .earlier: "Earlier"
        case .later: "Later"
        case .perYearRateOrCAGR: "Per-year rate (% change) or CAGR"
        case .observations: "Observations"
        case .noFigure: "no figure"
        case .onlyPerYearCompares: "the periods differ in length, so only the per-year rates compare"
        case .comparedAsAsked: " (compared as asked)"
        case .impliedBaseline(let growth, let id, let value):
            "the source's \(growth) on the previous period (\(id)) implies about \(value); the chart draws it hatched, as implied, not reported"
        case .figuresLead: "Figures: "
        case .files: "Files: "
        case .dataCSV: "[data (CSV)]"
        case .computationLog: "[computation log]"
        case .altTextLink: "[alt text]"
        case .contentHash: "content hash"
        case .altTextLead: "Alt text: "
        }
    }

    static func reason(_ r: Message.ReasonText) -> String {
        switch r {
        case .qualifier(let n): "\(n.joined(separator: " and ")) \(n.count == 1 ? "is" : "are") stated as “more than”, “nearly” or “about”"
        case .overlap(let a, let b): "the periods \(a) and \(b) overlap"
        case .implied(let g): "one end is implied by the stated growth \(g)"
        case .partialPeriod(let o): "\(o) covers only part of its period"
        case .gap(let a, let b): "a period between \(a) and \(b) has no figure"
        case .nested(let inner, let outer): "\(inner) lies inside \(outer)"
        case .nonPositiveBase(let o): "the baseline \(o) is zero or negative"
        case .incompatible(let r): r
        case .contradicted(let level, let baseline):
            "the growth stated for \(level) contradicts the figure for \(baseline): the two reports count differently"
        case .samePeriod(let a, let b): "\(a) and \(b) are for the same period"
        case .missingFigure: "one of the periods has no figure"
        case .toImplied: "no change is computed towards an implied value"
        }
    }

    static func column(_ c: Message.Column) -> String {
        switch c {
        case .id, .code: "Id"
        case .from: "From"
        case .to: "To"
        case .period: "Period"
        case .qualifier: "Qualifier"
        case .value: "Value"
        case .unit: "Unit"
        case .scale: "Scale"
        case .preferred: "Preferred"
        case .conference: "Conference"
        case .statedGrowth, .statedGrowthCheck: "Stated growth"
        case .source: "Source"
        case .quote: "Quote"
        case .periodNote: "Period note"
        case .note: "Note"
        case .series: "Series"
        case .name: "Name"
        case .start: "Start"
        case .end: "End"
        case .figures: "Figures"
        case .indicator, .indicatorAnalysed: "Indicator"
        case .kind: "Kind"
        case .periods: "Periods"
        case .latest: "Latest"
        case .reportedAt: "Reported at"
        case .level: "Level"
        case .stated: "Stated"
        case .impliedBaseline: "Implied baseline"
        case .datasetBaseline: "Dataset baseline"
        case .computed: "Computed"
        case .verdict: "Verdict"
        case .observation: "Observation"
        case .days: "Days"
        case .perYear: "Per year"
        case .change: "Change"
        case .percentChange: "% change"
        case .perYearRateChange: "Per-year rate change"
        case .percentChangeOfPerYearRate: "% change of per-year rate"
        case .whatCompares: "What compares"
        case .periodOf: "period"
        case .perYearOf: "/yr"
        case .deltaOf: "Δ "
        case .percentPerYearRateOf: "%/yr-rate "
        }
    }
}
