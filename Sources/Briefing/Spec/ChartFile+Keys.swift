import ChartKit
import IndicatorKit

extension ChartFile {
    /// The keys of a spec file, in the order the schema lists them and the writer writes them.
    /// Each names the property it fills; this table, not the Swift names, is the file format.
    static var keys: [SpecKey<ChartFile>] {
        [
            SpecKey("$schema", "Path or URL of this schema, for editors; ignored by the tool.", type: .text(pattern: nil),
                    read: { v, key, r, _ in _ = r.text(v, key) }, write: { _ in nil }),
            .text("dataset", "Dataset name (a folder under Datasets/) or a path relative to the spec; default: the command's --dataset.", \.dataset),
            .choice("chart", "Chart type.", \.spec.kind, default: nil,
                    missingHint: "one of " + ChartSpec.Kind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")),
            .texts("indicators", "Indicator ids (`indicators list`); charted together they must share a unit.", \.spec.indicators,
                   required: true, missingHint: "a list of indicator ids (`indicators list` shows them)",
                   emptyHint: "name at least one indicator id (`indicators list` shows them)"),
            .periods("periods", "Periods whose figures are charted, in order, as the CLI's --periods takes them: conferences (18, NFAC-21), dates (2021-12-31) or spans (2019-01-01..2021-12-31). Default: every period.",
                     \.spec.conferences, recordAs: "periods"),
            .periods("conferences", "The same as `periods` (its first name); give one of the two.", \.spec.conferences,
                     recordAs: "periods", writes: false),
            .object("dates", "Only figures whose whole period lies in this window.", \.spec.dates, blank: DateWindow(), keys: [
                .date("from", "First day, YYYY-MM-DD.", \DateWindow.from),
                .date("to", "Last day, YYYY-MM-DD.", \DateWindow.to),
            ]),
            .text("title", "Title; default: the indicator names.", \.spec.title),
            .text("subtitle", "Subtitle; default: the unit and years.", \.spec.subtitle),
            .texts("notes", "Notes printed above the source line.", \.spec.notes, emptyHint: "leave the key out for none"),
            .text("source", "Replaces the source line built from the dataset's sources.", \.spec.source),
            .choice("preset", "Size preset.", \.spec.preset, default: .slide),
            .choice("locale", "Language of names and numbers.", \.spec.locale, default: .en),
            .choice("grouping", "Bar charts: one group per period (by-period) or per indicator (by-indicator).", \.spec.grouping, default: .byPeriod),
            .flag("value-labels", "Write each figure's value on its bar or point.", \.spec.valueLabels, default: true),
            .choice("number-format", "Axis number format; default: chosen from the unit (currency, percent, thousands).", \.spec.format),
            .flag("include-zero", "Line charts: start the value axis at zero (bars always do).", \.spec.includeZero, default: true),
            .flag("include-alternatives", "Also chart the figures the dataset keeps but does not prefer.", \.spec.includeAlternatives, default: false),
            .objects("annotations", "Reference lines and text callouts over a briefing chart's panels.", \.spec.annotations,
                     blank: ChartAnnotation(kind: .callout, text: ""), keys: annotationKeys),
            .object("theme", "Overrides of the briefing theme.", \.theme, keys: themeKeys),
            .object("output", "Output files, written beside the spec.", \.output, keys: outputKeys),
        ]
    }

    /// The keys of one item of `annotations`.
    static var annotationKeys: [SpecKey<ChartAnnotation>] {
        [
            .choice("kind", "reference-line: a horizontal line at `value`; callout: `text` near the figure of `period`.", \.kind,
                    default: nil, missingHint: "`reference-line` or `callout`"),
            .text("indicator", "The panel's indicator id; default: every panel.", \.indicator),
            .number("value", "Reference lines: the value, in the panel's unit and scale.", \.value, range: nil),
            .text("period", "Callouts: the category label pointed at (\"2021–2023\"); default: the top of the panel.", \.period),
            .requiredText("text", "The words drawn.", \.text),
        ]
    }

    /// The keys of `theme`.
    static var themeKeys: [SpecKey<ThemeOverrides>] {
        [
            .text("font", "Font family list, e.g. \"Noto Sans, DejaVu Sans\".", \.font),
            .number("base-size", "Body text size in points.", \.baseSize, range: baseSizeRange),
            .color("background", "Background colour, #RRGGBB.", \.background),
            .color("text", "Text colour.", \.text),
            .color("muted-text", "Colour of secondary text.", \.mutedText),
            .color("gridline", "Gridline colour.", \.gridline),
            .color("axis-line", "Axis line colour.", \.axisLine),
            SpecKey("palette", "Series colours, #RRGGBB each.", type: .list(.color, minItems: 1, single: false),
                    read: { v, key, r, t in
                        let written = r.list(v, key, single: false)
                        let colors = written.compactMap { r.color($0.0, $0.1) }
                        if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; give at least one colour like \"#0072B2\"") }
                        if !colors.isEmpty { t.palette = colors }
                    },
                    write: { $0.palette.map { .array($0.map { .string($0.hexString.uppercased()) }) } }),
        ]
    }

    /// The keys of `output`.
    static var outputKeys: [SpecKey<Output>] {
        [
            .text("name", "File base name without folder or extension; default: the spec's file name.", \.name, pattern: "^[^./\\\\][^/\\\\]*$"),
            SpecKey("formats", "Formats to write.", type: .list(.choice(Format.allCases.map(\.rawValue)), minItems: 1, single: true),
                    default: .array([.string("png"), .string("svg")]),
                    read: { v, key, r, t in
                        var formats: [Format] = []
                        let written = r.list(v, key, single: true)
                        for (item, itemKey) in written {
                            guard let f: Format = r.choice(item, itemKey) else { continue }
                            if formats.contains(f) { r.fail(item.position, "`\(f.rawValue)` is listed twice in `\(key)`") } else { formats.append(f) }
                        }
                        if written.isEmpty, r.isList(v) { r.fail(v.position, "`\(key)` is empty; give png, svg or pdf") }
                        if !formats.isEmpty { t.formats = formats }
                    },
                    write: { $0.formats == Output().formats ? nil : .array($0.formats.map { .string($0.rawValue) }) }),
            .number("scale", "PNG scale factor (pixels per point).", \.scale, range: scaleRange, default: 1),
            .number("width", "PNG width in pixels (sets the scale; give this or `scale`).", \.width, range: widthRange),
            .choice("svg-text", "SVG text as <text> elements (text: editable, searchable, small) or glyph outlines (outlines: the same on machines without the fonts).",
                    \.svgText, default: .text),
        ]
    }

    /// The top-level key names (for tests and messages).
    public static var topLevelKeys: [String] { keys.map(\.info.name) }
}
