import ChartCairo
import ChartKit
import IndicatorKit

/// Finds a chart's fonts on a second thread while `plot` reads a large CSV file.
///
/// Pango finds each new font (every weight; sizes share one, `PangoTextMeasurer` shapes at one
/// size) with fontconfig on threads of its own and waits for them at the first measurement;
/// reading W2's 16 MB takes about 10 ms, enough to have the chart's fonts ready by then (W2 SVG
/// 1.7 ms less per run, Benchmarks/README.md; starting it before the arguments are parsed, for
/// every file, gained nothing measurable). Only for files
/// over `minimumBytes`: with a small file the thread would only stand in the way. The run
/// finishes the warm-up before it measures anything, so no two Pango calls overlap, and what is
/// drawn is the same with or without it.
final class FontWarmUp {
    /// Files smaller than this are read before a thread would have found anything.
    static let minimumBytes = 1 << 20

    private let thread: JoinableThread

    private init(_ thread: JoinableThread) { self.thread = thread }

    /// Starts finding `fonts` when the file at `path` is large enough, first pinning the fonts
    /// (`PangoTextMeasurer.pinFontsForStartup`) when `pin` is set; nil when not started (the
    /// caller then pins, if it wants to, itself). A file that cannot be read starts nothing: the
    /// read reports it.
    static func start(fonts: [FontSpec], whileReading path: String, pin: Bool) -> FontWarmUp? {
        guard !fonts.isEmpty, let size = try? InputFile.checkRegular(path, maximumBytes: InputFile.plotNumeric),
              size >= minimumBytes else { return nil }
        return JoinableThread {
            if pin { PangoTextMeasurer.pinFontsForStartup() }
            let measurer = PangoTextMeasurer()
            for font in fonts { _ = try? measurer.measure("0", font: font) }
        }.map(FontWarmUp.init)
    }

    /// Waits for the fonts (call once, before the first measurement).
    func finish() {
        thread.join()
    }
}
