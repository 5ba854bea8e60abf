import ChartCairo
import ChartKit
import IndicatorKit

/// A chart spec file (`Charts/*.yaml`, `*.yml` or `*.json`; one schema for both): what to chart
/// from which dataset, its labels, look and output files. The keys of the file are the table
/// `ChartFile.keys`; `ChartFile.parse` reads a file through it, `ChartFile.yaml` writes one,
/// `ChartFile.resolve` checks it against the dataset and the file system. Every refusal is a
/// `DatasetError` at the file, line and column of the offending key or value.
public struct ChartFile: Sendable {
    /// An output format of a spec: ChartCairo's format kinds (one list of formats).
    public typealias Format = ImageFormat.Kind

    /// Overrides of the briefing theme; nil keeps the theme's own value.
    public struct ThemeOverrides: Sendable, Hashable {
        /// Font family list (`theme.font`).
        public var font: String?
        /// Body text size in points (`theme.base-size`).
        public var baseSize: Double?
        /// Background colour (`theme.background`).
        public var background: Color?
        /// Text colour (`theme.text`).
        public var text: Color?
        /// Colour of secondary text (`theme.muted-text`).
        public var mutedText: Color?
        /// Gridline colour (`theme.gridline`).
        public var gridline: Color?
        /// Axis line colour (`theme.axis-line`).
        public var axisLine: Color?
        /// Series colours (`theme.palette`).
        public var palette: [Color]?

        /// No overrides.
        public init() {}
    }

    /// The output files: base name, formats, the PNG size (a scale or a width in pixels) and how
    /// SVG writes text.
    public struct Output: Sendable, Hashable {
        /// File base name (no folder, no extension); nil: the spec's file name.
        public var name: String?
        /// The formats to write, in order, each once.
        public var formats: [Format] = [.png, .svg]
        /// PNG scale factor (pixels per point); nil: 1, or what `width` sets.
        public var scale: Double?
        /// PNG width in pixels; sets the scale from the preset's width.
        public var width: Double?
        /// How SVG writes text: `<text>` elements (the default) or glyph outlines.
        public var svgText: SVGTextMode = .text

        /// PNG and SVG, at scale 1, named after the spec, SVG text as `<text>` elements.
        public init(name: String? = nil, formats: [Format] = [.png, .svg], scale: Double? = nil, width: Double? = nil,
                    svgText: SVGTextMode = .text) {
            self.name = name; self.formats = formats; self.scale = scale; self.width = width; self.svgText = svgText
        }
    }

    /// Where the spec file is (its folder is the output folder).
    public var path: String
    /// A dataset name (a folder under `Datasets/`) or a path relative to the spec file; nil: the
    /// dataset the caller passes.
    public var dataset: String?
    /// The chart as ChartKit compiles it: kind, indicators, periods (`conferences`, any of the
    /// CLI's period forms), date window, labels, preset, locale and options. The spec layer fills
    /// it and selects nothing itself: the compiler selects the figures from these.
    public var spec: ChartSpec
    /// Overrides of the briefing theme (`theme`).
    public var theme: ThemeOverrides
    /// The output files (`output`).
    public var output: Output
    /// Where each key was written (`indicators[0]`, `output.name`, `periods[1]`).
    public var positions: [String: SourcePosition]

    /// A spec with the defaults of every key the file leaves out.
    public init(path: String, dataset: String? = nil, spec: ChartSpec, theme: ThemeOverrides = ThemeOverrides(),
                output: Output = Output()) {
        self.path = path; self.dataset = dataset; self.spec = spec; self.theme = theme; self.output = output
        positions = [:]
    }

    /// Where `key` was written, or the top of the file.
    public func position(_ key: String) -> SourcePosition {
        positions[key] ?? SourcePosition(file: path, line: 1, column: 1)
    }

    /// The chart kind.
    public var chart: ChartSpec.Kind { spec.kind }
    /// The language of names and numbers.
    public var locale: NumberLocale { spec.locale }
    /// Output file base name: `output.name`, or the spec's file name without its extension.
    public var outputName: String { output.name ?? SpecPath.stem(path) }
    /// The formats to write.
    public var formats: [Format] { output.formats }
    /// PNG scale factor: from `output.width` over the preset's width, else `output.scale`, else 1.
    public var scale: Double { output.width.map { $0 / spec.preset.size.width } ?? output.scale ?? 1 }

    /// The output file paths, one per format, in the spec's folder.
    public var outputPaths: [String] {
        let dir = SpecPath.directory(of: path)
        return formats.map { SpecPath.join(dir, "\(outputName).\($0.rawValue)") }
    }

    /// The PNG scales a spec may ask for.
    public static let scaleRange: ClosedRange<Double> = 0.25...4
    /// PNG width in pixels that `output.width` may ask for.
    public static let widthRange: ClosedRange<Double> = 200...7680
    /// Body text sizes `theme.base-size` may ask for, in points.
    public static let baseSizeRange: ClosedRange<Double> = 4...72
}

extension ChartFile: CustomStringConvertible {
    /// `path: kind of indicators`, for logs.
    public var description: String { "\(path): \(chart.rawValue) of \(spec.indicators.joined(separator: ", "))" }
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
