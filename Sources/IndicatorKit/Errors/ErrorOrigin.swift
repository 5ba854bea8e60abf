/// Where the input behind an error came from, so that its message says what to fix.
public enum ErrorOrigin: Hashable, Sendable, CustomStringConvertible {
    /// A place in an input file (a CSV cell, a spec value, a byte of an article): `file:line:column`.
    case position(SourcePosition)
    /// A command-line option as the user types it, such as `--conferences`.
    case option(String)
    /// A key of a chart spec file (`indicators[1]`, `output.name`) and where its value is written.
    case specKey(String, SourcePosition)

    /// The file position of a `position` or `specKey` origin; nil for an option.
    public var position: SourcePosition? {
        switch self {
        case .position(let p), .specKey(_, let p): p
        case .option: nil
        }
    }

    /// `file:line:column` for a file position or spec key, the option's name for an option.
    public var description: String {
        switch self {
        case .position(let p), .specKey(_, let p): p.description
        case .option(let name): name
        }
    }
}
