import ArgumentParser

/// An option value that is one word of a fixed set: an enum with string raw values.
///
/// ArgumentParser's default descriptions of such a value (the default shown in the help, the
/// list of allowed values) go through `String(describing:)` and generic interpolation, whose
/// dynamic casts make the Swift runtime look for conformances by scanning all of the binary's
/// 6,200 conformance records, once per type and protocol: for `plot`'s three such options
/// about 3.5 of the 43 million instructions of a whole chart (callgrind). These members give
/// the same strings straight from the raw values, so the help text is unchanged.
public protocol ArgumentEnum: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentEnum {
    /// The raw value, as ArgumentParser shows it.
    public var defaultValueDescription: String { rawValue }
    /// Every raw value, in declaration order.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    /// None: a value's description is its raw value.
    public static var allValueDescriptions: [String: String] { [:] }
}
