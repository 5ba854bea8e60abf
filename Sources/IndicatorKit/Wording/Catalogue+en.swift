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
