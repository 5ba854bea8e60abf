import ChartKit
import Foundation
import IndicatorKit

/// A spec checked against its dataset: the `ChartSpec` to compile with the whole dataset (the
/// compiler selects the figures), and the theme.
public struct ResolvedChart: Sendable {
    /// The spec file as parsed.
    public var file: ChartFile
    /// What ChartKit compiles: the file's `spec`, periods and window included.
    public var spec: ChartSpec
    /// The dataset, whole: selection is the compiler's.
    public var data: Dataset
    /// The briefing theme with the file's overrides.
    public var theme: Theme
    /// The dataset's folder.
    public var datasetDirectory: String

    /// Compiles the chart.
    /// - Throws: `DatasetError` at the spec's `chart` key when ChartKit refuses it (mixed units,
    ///   no room), or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        do {
            return try ChartCompiler.compile(spec, data, measurer: measurer, theme: theme)
        } catch let e as ChartError {
            throw DatasetError(file.origin("chart"), "while compiling the \(spec.kind.rawValue) chart: \(e)", step: .compiling)
        } catch let e as ScaleError {
            throw DatasetError(file.origin("chart"), "while computing scales: \(e)", step: .compiling)
        }
    }
}

extension ChartFile {
    /// The dataset folder the spec names, found beside the spec or in a `Datasets/` folder of an
    /// enclosing folder; `fallback` when the spec names none.
    /// - Throws: `DatasetError` at `dataset` when there is no such folder.
    public func datasetDirectory(fallback: String?) throws -> String {
        let fm = FileManager.default
        guard let name = dataset else {
            guard let f = fallback else { throw DatasetError(origin("dataset"), "no `dataset` in the spec and no default dataset", step: .reading) }
            return f
        }
        if name.contains("/") {
            let p = name.hasPrefix("/") ? name : SpecPath.join(SpecPath.directory(of: path), name)
            if fm.fileExists(atPath: p + "/datapackage.json") { return p }
        } else {
            var dir = URL(fileURLWithPath: SpecPath.directory(of: path)).standardizedFileURL
            for _ in 0..<8 {
                let p = dir.appendingPathComponent("Datasets").appendingPathComponent(name).path
                if fm.fileExists(atPath: p + "/datapackage.json") { return p }
                dir.deleteLastPathComponent()
            }
            if let f = fallback, SpecPath.fileName(f) == name { return f }
        }
        throw DatasetError(origin("dataset"), "no dataset `\(name)`: expected a folder Datasets/\(name) with datapackage.json", step: .reading)
    }

    /// Checks the spec against `dataset` and the output folder, and gives the chart to draw.
    /// Selects nothing: unknown indicators and periods are refused here with their positions, and
    /// an empty selection is found by asking the compiler for each indicator's data.
    /// - Throws: `DatasetErrors` (unknown indicator or period with a suggestion, empty
    ///   selection, an output that is a symlink or an input).
    public func resolve(_ dataset: Dataset, datasetDirectory: String) throws -> ResolvedChart {
        var errors: [DatasetError] = []
        let ids = dataset.indicators.map(\.id)
        for (i, id) in spec.indicators.enumerated() where dataset.indicator(id) == nil {
            errors.append(DatasetError(origin("indicators[\(i)]"), "unknown indicator `\(id)`\(Suggest.hint(id, in: ids)); `indicators list` shows them all", step: .selecting))
        }
        var keys: [PeriodKey] = []
        for (i, text) in (spec.conferences ?? []).enumerated() {
            do {
                keys.append(try PeriodKey(text, in: dataset))
            } catch {
                errors.append(DatasetError(origin("periods[\(i)]"), "unknown conference `\(text)`\(Suggest.hint(text, in: dataset.conferences.map(\.id))); `indicators conferences` lists them", step: .selecting))
            }
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }

        // An empty selection: an indicator with no figure in the comparison plan the compiler draws.
        let plan = try? ChartCompiler.plan(spec, dataset)
        for (i, id) in spec.indicators.enumerated() {
            if let row = plan?.row(id), !row.slots.contains(where: \.hasValue) {
                var what: [String] = []
                if !keys.isEmpty { what.append("at " + keys.map(\.label).joined(separator: ", ")) }
                if let d = spec.dates { what.append(d.phrase) }
                let p = !keys.isEmpty ? origin("periods") : spec.dates != nil ? origin("dates") : origin("indicators[\(i)]")
                errors.append(DatasetError(p, "the selection is empty: no figure of `\(id)` \(what.isEmpty ? "in the dataset" : what.joined(separator: " and "))", step: .selecting))
            }
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }

        // Outputs: in the spec's folder, never through a symlink, never over an input.
        let inputs = [path] + DatasetLoader.inputFiles(directory: datasetDirectory)
        try SpecIO.checkOutputs(outputPaths, inputs: inputs, at: positions["output.name"] ?? positions["output"] ?? position("chart"))
        return ResolvedChart(file: self, spec: spec, data: dataset, theme: resolvedTheme, datasetDirectory: datasetDirectory)
    }

    /// The briefing theme of the preset with the file's overrides.
    var resolvedTheme: Theme {
        var t = Theme.briefing(spec.preset)
        if let f = theme.font { t.fontFamily = f }
        if let b = theme.baseSize { t.base = b }
        if let c = theme.background { t.background = c }
        if let c = theme.text { t.text = c }
        if let c = theme.mutedText { t.mutedText = c }
        if let c = theme.gridline { t.gridline = c }
        if let c = theme.axisLine { t.axisLine = c }
        if let p = theme.palette, !p.isEmpty { t.palette = p }
        return t
    }
}
