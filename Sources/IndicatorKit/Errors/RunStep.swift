/// The step of a run in which an error was found; a message or a log can say which one failed.
public enum RunStep: String, Hashable, Sendable, CaseIterable {
    /// Reading the command line (options and their values).
    case arguments
    /// Reading and checking input files: the dataset's CSV and JSON, chart specs, articles.
    case reading
    /// Choosing the figures to show: indicators, periods and conferences named in options or specs.
    case selecting
    /// Turning the chosen figures into a chart: scales, layout, text measured against the fonts.
    case compiling
    /// Drawing a scene through Cairo and Pango into PNG, SVG or PDF bytes.
    case rendering
    /// Writing output files and folders.
    case writing
}
