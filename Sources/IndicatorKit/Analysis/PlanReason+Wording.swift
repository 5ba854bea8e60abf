extension PlanReason {
    /// The reason as a sentence fragment for notes, alt text and the brief ("a period between
    /// o-000-agreements and o-nfac20-agreements has no figure").
    ///
    /// - Parameters:
    ///   - locale: the language.
    ///   - name: how to call an observation or growth id; charts pass the figure's period
    ///     ("2019–2021") so that readers see periods, not row ids. Defaults to the id.
    public func text(_ locale: NumberLocale, name: (String) -> String = { $0 }) -> String {
        let said: Message.ReasonText
        switch self {
        case .qualifier(let ids): said = .qualifier(ids.map(name))
        case .overlap(let a, let b): said = .overlap(name(a), name(b))
        case .implied(let g): said = .implied(name(g))
        case .partialPeriod(let o): said = .partialPeriod(name(o))
        case .gap(let a, let b): said = .gap(name(a), name(b))
        case .nested(let inner, let outer): said = .nested(inner: name(inner), outer: name(outer))
        case .nonPositiveBase(let o): said = .nonPositiveBase(name(o))
        case .incompatible(let r): said = .incompatible(r)
        case .contradicted(_, let level, let baseline): said = .contradicted(level: name(level), baseline: name(baseline))
        case .samePeriod(let a, let b): said = .samePeriod(name(a), name(b))
        case .missingFigure: said = .missingFigure
        case .toImplied: said = .toImplied
        case .undefined(let r): return r
        }
        return locale.text(.reason(said))
    }
}
