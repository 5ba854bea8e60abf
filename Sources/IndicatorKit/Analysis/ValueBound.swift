/// How a computed value relates to the truth when an input is qualified: exact, the least or the
/// most the inputs allow, or an estimate. Titles and labels read this, never a printed prefix.
public enum ValueBound: Hashable, Sendable {
    /// Computed from exact figures (their rounding aside).
    case exact
    /// The least the inputs allow (`≥ +68%`: from 119 to "more than 200").
    case atLeast
    /// The most the inputs allow (`≤ +111%`: from "more than 200" to 422).
    case atMost
    /// An estimate within bounds on both sides (`~+9%`).
    case about

    /// The prefix written before the number: `≥ `, `≤ `, `~` or nothing.
    public var prefix: String {
        switch self {
        case .exact: ""
        case .atLeast: "≥ "
        case .atMost: "≤ "
        case .about: "~"
        }
    }
}

extension Computation {
    /// How the value relates to the truth: a value at the upper end of its bounds is the most
    /// the inputs allow, at the lower end the least; otherwise an estimate. Exact for exact inputs.
    public var bound: ValueBound {
        guard case .value(let v, .approximate) = outcome else { return .exact }
        if let b = bounds {
            let atUpper = b.upper.map { abs($0 - v) <= 1e-9 * max(1, abs(v)) } ?? false
            let atLower = b.lower.map { abs($0 - v) <= 1e-9 * max(1, abs(v)) } ?? false
            if atUpper && !atLower { return .atMost }
            if atLower && !atUpper { return .atLeast }
        }
        return .about
    }
}
