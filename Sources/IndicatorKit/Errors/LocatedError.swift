/// Whether an error is the user's to fix or the program's.
public enum ErrorKind: Hashable, Sendable {
    /// The input (data, options, spec, output path) cannot be used; the message says what to change.
    /// The CLI exits with status 2.
    case badInput
    /// The program failed on input it accepted (a Cairo error, an unexpected state). Exit status 1.
    case internalFault
}

/// An error that knows where its cause is, which step failed and whose fault it is. Every error the
/// libraries throw conforms; the CLI maps `kind` to its exit status in one place (`ExitStatus`).
public protocol LocatedError: Error, CustomStringConvertible {
    /// The option, file position or spec key the error is about; nil when no input is to blame.
    var origin: ErrorOrigin? { get }
    /// The step of the run that failed.
    var step: RunStep { get }
    /// Bad input (exit 2) or an internal fault (exit 1).
    var kind: ErrorKind { get }
}

extension AnalysisError: LocatedError {
    /// Nil: the period or indicator text is named in the message; the caller knows the option.
    public var origin: ErrorOrigin? { nil }
    /// Always `selecting`: the analysis was asked for a period or indicator it cannot find.
    public var step: RunStep { .selecting }
    /// Always bad input.
    public var kind: ErrorKind { .badInput }
}
