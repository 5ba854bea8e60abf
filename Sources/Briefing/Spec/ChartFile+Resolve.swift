import ChartKit
import Foundation
import IndicatorKit

/// A spec checked against its dataset: the `ChartSpec` to compile, the dataset narrowed to the
/// selected figures, the theme, and the figures the chart shows (for captions and sidecars).
public struct ResolvedChart: Sendable {
    public var file: ChartFile
    public var spec: ChartSpec
    /// The dataset with only the selected figures of the charted indicators.
    public var data: Dataset
    public var theme: Theme
    /// The charted figures, per indicator in time order.
    public var figures: [Observation]
    public var datasetDirectory: String

    /// Compiles the chart.
    /// - Throws: `DatasetError` at the spec's `chart` key when ChartKit refuses it (mixed units,
    ///   no room), or the measurer's `TextError`.
    public func scene(measurer: TextMeasurer) throws -> Scene {
        do {
            return try ChartCompiler.compile(spec, data, measurer: measurer, theme: theme)
        } catch let e as ChartError {
            throw DatasetError(file.position("chart"), "while compiling the \(spec.kind.rawValue) chart: \(e)")
        } catch let e as ScaleError {
            throw DatasetError(file.position("chart"), "while computing scales: \(e)")
        }
    }
}

extension ChartFile {
    /// The dataset folder the spec names, found beside the spec or in a `Datasets/` folder of an
    /// enclosing folder; `fallback` when the spec names none.
    public func datasetDirectory(fallback: String?) throws -> String {
        let fm = FileManager.default
        guard let name = dataset else {
            guard let f = fallback else { throw DatasetError(position("dataset"), "no `dataset` in the spec and no default dataset") }
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
        throw DatasetError(position("dataset"), "no dataset `\(name)`: expected a folder Datasets/\(name) with datapackage.json")
    }

    /// Checks the spec against `dataset` and the output folder, and builds the chart to draw.
    /// - Throws: `DatasetErrors` (unknown indicator or conference with a suggestion, empty
    ///   selection, an output that is a symlink or an input).
    public func resolve(_ dataset: Dataset, datasetDirectory: String) throws -> ResolvedChart {
        var errors: [DatasetError] = []
        let ids = dataset.indicators.map(\.id)
        for (i, id) in indicators.enumerated() where dataset.indicator(id) == nil {
            errors.append(DatasetError(position("indicators[\(i)]"), "unknown indicator `\(id)`\(Suggest.hint(id, in: ids)); `indicators list` shows them all"))
        }
        var keys: [Conference] = []
        for (i, c) in conferences.enumerated() {
            if let conf = dataset.conference(c) { keys.append(conf) } else {
                errors.append(DatasetError(position("conferences[\(i)]"), "unknown conference `\(c)`\(Suggest.hint(c, in: dataset.conferences.map(\.id))); `indicators conferences` lists them"))
            }
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }

        // Select: the figures of each indicator at the conferences and within the dates.
        var data = dataset
        var kept: [Observation] = []
        // Bar and line charts take the figures they are given; the briefing kinds take the
        // conferences themselves (they derive a missing baseline from a stated growth figure).
        let briefingKind = chart != .bar && chart != .line
        let includeAlternatives = options.contains { $0.key == "include-alternatives" }
            && ChartSpecFields.json(options.first { $0.key == "include-alternatives" }!.value) as? Bool == true
        for (i, id) in indicators.enumerated() {
            var chosen = dataset.series(id, includeAlternatives: includeAlternatives)
            if !keys.isEmpty && !briefingKind {
                let picked = keys.compactMap { dataset.select(id, at: .conference($0)).observation }
                var seen = Set<String>()
                chosen = picked.filter { seen.insert($0.id).inserted }.map { var o = $0; o.preferred = true; return o }
                    .sorted { ($0.period.end, $0.period.start ?? $0.period.end) < ($1.period.end, $1.period.start ?? $1.period.end) }
            }
            if let d = dates {
                chosen = chosen.filter { o in
                    (d.from.map { (o.period.start ?? o.period.end) >= $0 } ?? true) && (d.to.map { o.period.end <= $0 } ?? true)
                }
            }
            if briefingKind && !keys.isEmpty
                && !keys.contains(where: { dataset.select(id, at: .conference($0)).observation != nil }) { chosen = [] }
            if chosen.isEmpty {
                var what: [String] = []
                if !keys.isEmpty { what.append("at " + keys.map(\.id).joined(separator: ", ")) }
                if let d = dates { what.append("between \(d.from?.iso ?? "the start") and \(d.to?.iso ?? "the end")") }
                let p = !keys.isEmpty ? position("conferences") : dates != nil ? position("dates") : position("indicators[\(i)]")
                errors.append(DatasetError(p, "the selection is empty: no figure of `\(id)` \(what.isEmpty ? "in the dataset" : what.joined(separator: " and "))"))
            }
            kept += chosen
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }
        let charted = Set(indicators)
        data.observations = dataset.observations.filter { !charted.contains($0.indicator) } + kept

        // Labels, look and the ChartSpec.
        var theme = Theme.briefing(preset)
        if let f = self.theme.font { theme.fontFamily = f }
        if let b = self.theme.baseSize { theme.base = b }
        if let c = self.theme.background { theme.background = c }
        if let c = self.theme.text { theme.text = c }
        if let c = self.theme.mutedText { theme.mutedText = c }
        if let c = self.theme.gridline { theme.gridline = c }
        if let c = self.theme.axisLine { theme.axisLine = c }
        if let p = self.theme.palette, !p.isEmpty { theme.palette = p }
        var sourceLine = source
        var extra: [(property: String, value: Any)] = []
        if !keys.isEmpty { extra.append(("conferences", keys.map(\.id))) }
        if let n = notes, ChartSpecFields.properties.contains("notes") {
            extra.append(("notes", n))
        } else if let n = notes?.joined(separator: " ") {
            let base = source ?? ChartCompiler.sourceLine(kept, dataset, locale: locale)
            sourceLine = base.isEmpty ? n : base + " " + n
        }
        let base = ChartSpec(kind: chart, indicators: indicators, title: title, subtitle: subtitle, source: sourceLine,
                             preset: preset, locale: locale)
        let spec = try ChartSpecFields.make(base, options: options, extra: extra)

        // Outputs: in the spec's folder, never through a symlink, never over an input.
        let inputs = [path] + DatasetLoader.inputFiles(directory: datasetDirectory)
        try SpecIO.checkOutputs(outputPaths, inputs: inputs, at: positions["output.name"] ?? positions["output"] ?? position("chart"))
        return ResolvedChart(file: self, spec: spec, data: data, theme: theme, figures: kept, datasetDirectory: datasetDirectory)
    }
}
