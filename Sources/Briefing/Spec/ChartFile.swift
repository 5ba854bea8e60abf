import ChartCairo
import ChartKit
import IndicatorKit

/// A chart spec file (`Charts/*.yaml`, `*.yml` or `*.json`; one schema for both): what to chart
/// from which dataset, its labels, look and output files. `ChartFile.parse` checks the shape and
/// types; `ChartFile.resolve` checks it against the dataset and the file system. Every refusal
/// is a `DatasetError` at the file, line and column of the offending key or value.
public struct ChartFile: Sendable {
    /// An output format of a spec: ChartCairo's format kinds (one list of formats).
    public typealias Format = ImageFormat.Kind

    /// A date window for the figures: those whose whole period lies inside it.
    public struct DateRange: Sendable, Hashable {
        public var from: Day?
        public var to: Day?
    }

    /// Overrides of the briefing theme.
    public struct ThemeOverrides: Sendable, Hashable {
        public var font: String?
        public var baseSize: Double?
        public var background: Color?
        public var text: Color?
        public var mutedText: Color?
        public var gridline: Color?
        public var axisLine: Color?
        public var palette: [Color]?
    }

    /// Where the spec file is (its folder is the output folder).
    public var path: String
    /// A dataset name (a folder under `Datasets/`) or a path relative to the spec file; nil: the
    /// dataset the caller passes.
    public var dataset: String?
    public var chart: ChartSpec.Kind
    public var indicators: [String]
    /// Conference ids or ordinals (`NFAC-21`, `21`); empty: every period.
    public var conferences: [String]
    public var dates: DateRange?
    public var title: String?
    public var subtitle: String?
    /// Notes printed above the source line (appended to it when ChartKit has no notes).
    public var notes: [String]?
    /// Replaces the source line built from the dataset.
    public var source: String?
    public var preset: SizePreset
    public var locale: NumberLocale
    public var theme: ThemeOverrides
    /// Output file base name (no folder, no extension); default: the spec's file name.
    public var outputName: String
    public var formats: [Format]
    /// PNG scale factor (pixels per point).
    public var scale: Double
    /// Further `ChartSpec` fields (grouping, value-labels, ...), passed through by name.
    public var options: [(key: String, value: SpecValue)]
    /// Where each key was written (`indicators`, `output.name`, `conferences[1]`).
    public var positions: [String: SourcePosition]

    public func position(_ key: String) -> SourcePosition {
        positions[key] ?? SourcePosition(file: path, line: 1, column: 1)
    }

    /// The output file paths, one per format, in the spec's folder.
    public var outputPaths: [String] {
        let dir = SpecPath.directory(of: path)
        return formats.map { SpecPath.join(dir, "\(outputName).\($0.rawValue)") }
    }

    /// The PNG scale of the 2x briefing outputs etc. is set by the caller; this is the spec's own.
    public static let scaleRange: ClosedRange<Double> = 0.25...4
    /// PNG width in pixels that `output.width` may ask for.
    public static let widthRange: ClosedRange<Double> = 200...7680
}

extension ChartFile: CustomStringConvertible {
    public var description: String { "\(path): \(chart.rawValue) of \(indicators.joined(separator: ", "))" }
}

/// Small path helpers (no Foundation needed for the checks).
enum SpecPath {
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir == "." ? name : (dir.hasSuffix("/") ? dir + name : dir + "/" + name)
    }

    /// `agreements-bar.en.yaml` -> `agreements-bar.en`.
    static func stem(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
