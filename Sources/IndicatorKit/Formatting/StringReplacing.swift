extension String {
    /// Every occurrence of `target` replaced by `replacement`, without Foundation (IndicatorKit's
    /// formatting and analysis code does not import it). An empty `target` leaves the string as is.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = "", rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
