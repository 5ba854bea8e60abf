import IndicatorKit

extension RenderError: LocatedError {
    /// The output path for an unknown format; nil otherwise (an `io` error names its path).
    public var origin: ErrorOrigin? { nil }

    /// `arguments` for an unknown format, `writing` for a file operation, `rendering` otherwise.
    public var step: RunStep {
        switch self {
        case .unknownFormat: .arguments
        case .io: .writing
        case .tooLarge, .cairo: .rendering
        }
    }

    /// A Cairo failure is an internal fault (exit 1); an unknown format, a page too large for PNG
    /// and a file that cannot be written are bad input (exit 2).
    public var kind: ErrorKind {
        if case .cairo = self { return .internalFault }
        return .badInput
    }
}
