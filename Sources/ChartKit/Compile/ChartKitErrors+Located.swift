import IndicatorKit

// Where each ChartKit error stands in the error model (`LocatedError`): all are found while
// compiling a chart, and all are the input's to fix (exit status 2).

extension ChartError: LocatedError {
    /// Nil: the message names the indicator or option; a spec adds its key (`ResolvedChart`).
    public var origin: ErrorOrigin? { nil }
    /// `selecting` for an unknown indicator or missing data, `compiling` otherwise.
    public var step: RunStep {
        switch self {
        case .unknownIndicator, .noIndicators, .noData: .selecting
        default: .compiling
        }
    }
    /// Always bad input.
    public var kind: ErrorKind { .badInput }
}

extension ScaleError: LocatedError {
    /// Nil: a scale is built from data, not from one place in the input.
    public var origin: ErrorOrigin? { nil }
    /// Always `compiling`.
    public var step: RunStep { .compiling }
    /// Always bad input (the data or the requested domain cannot be scaled).
    public var kind: ErrorKind { .badInput }
}

extension SceneError: LocatedError {
    /// Nil: the page size or number comes from options or a spec the caller names.
    public var origin: ErrorOrigin? { nil }
    /// Always `compiling`: scenes are checked before anything is drawn.
    public var step: RunStep { .compiling }
    /// Always bad input (a page size out of range, a non-finite number from the data).
    public var kind: ErrorKind { .badInput }
}

extension TextError: LocatedError {
    /// Nil: the CLI finds the option or file position of the character (`TextOrigin`).
    public var origin: ErrorOrigin? { nil }
    /// Always `compiling`: text is measured while laying the chart out.
    public var step: RunStep { .compiling }
    /// Always bad input: a character no installed font can draw.
    public var kind: ErrorKind { .badInput }
}
