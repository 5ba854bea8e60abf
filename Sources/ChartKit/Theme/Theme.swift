/// The look of a chart: fonts, type scale, colours, spacing. Every size derives from `base`,
/// the body text size, so one theme serves every preset.
public struct Theme: Hashable, Sendable {
    /// The font family list for all text (fontconfig falls back per character beyond it).
    public var fontFamily: String
    /// Body text size in points.
    public var base: Double
    /// Page background.
    public var background: Color
    /// Colour of titles, labels and values.
    public var text: Color
    /// Colour of secondary text: subtitle, axis ticks, notes, source line.
    public var mutedText: Color
    /// Colour of gridlines.
    public var gridline: Color
    /// Colour of the axis and baseline.
    public var axisLine: Color
    /// Series colours in order (Okabe–Ito by default); `colors` says which indicator gets which.
    public var palette: [Color]
    /// Real points (1/72 inch, as printed or projected) per layout unit: 1 for print, 0.5 for a
    /// 1920-unit-wide slide. The legibility floors are real sizes, so they are divided by it.
    public var pointsPerUnit: Double
    /// Which indicator gets which palette colour (the same in every chart of a set or brief).
    public var colors: ColorAssignment

    /// A theme.
    /// - Parameters:
    ///   - fontFamily: the fontconfig family list for all text.
    ///   - base: the body text size in layout units.
    ///   - background: the page colour (white by default).
    ///   - text: the colour of titles, labels and values.
    ///   - mutedText: the colour of secondary text (subtitle, ticks, notes, source).
    ///   - gridline: the colour of gridlines.
    ///   - axisLine: the colour of the axis and baseline.
    ///   - palette: series colours in order (Okabe–Ito by default).
    ///   - pointsPerUnit: real points per layout unit (see `SizePreset.pointsPerUnit`).
    ///   - colors: the colour of each indicator; by default, in order of first use in a chart.
    public init(fontFamily: String = Theme.defaultFontFamily, base: Double, background: Color = .white,
                text: Color = Color(hex: 0x1A1A1A), mutedText: Color = Color(hex: 0x595959),
                gridline: Color = Color(hex: 0xE3E3E3), axisLine: Color = Color(hex: 0x8C8C8C),
                palette: [Color] = Palette.okabeIto, pointsPerUnit: Double = 1, colors: ColorAssignment = ColorAssignment()) {
        self.fontFamily = fontFamily; self.base = base; self.background = background; self.text = text
        self.mutedText = mutedText; self.gridline = gridline; self.axisLine = axisLine; self.palette = palette
        self.pointsPerUnit = pointsPerUnit; self.colors = colors
    }

    /// Noto Sans covers every Vietnamese letter in precomposed and combining forms; it is
    /// installed by `.ci/setup` (fonts-noto-core). DejaVu Sans is the next choice.
    public static let defaultFontFamily = "Noto Sans, DejaVu Sans"

    /// The briefing theme for a preset.
    public static func briefing(_ preset: SizePreset) -> Theme {
        Theme(base: preset.baseFontSize, pointsPerUnit: preset.pointsPerUnit)
    }

    // MARK: Legibility floors

    /// The smallest size (layout units) of ticks, labels and values: 8 pt at the real size.
    public var textFloor: Double { Theme.textFloorPoints / pointsPerUnit }
    /// The smallest size (layout units) of notes and the source line: 7 pt at the real size.
    public var smallTextFloor: Double { Theme.smallTextFloorPoints / pointsPerUnit }
    /// 8 pt: the least a tick, label or value may print at.
    public static let textFloorPoints = 8.0
    /// 7 pt: the least a note or source line may print at.
    public static let smallTextFloorPoints = 7.0

    /// The floor (layout units) for text of `role`: notes and source 7 pt, everything else 8 pt.
    public func floor(forRole role: String) -> Double {
        role == "source" || role == "note" ? smallTextFloor : textFloor
    }

    func font(_ ratio: Double, floor: Double, weight: FontWeight = .regular) -> FontSpec {
        FontSpec(family: fontFamily, size: max(base * ratio, floor), weight: weight)
    }

    // MARK: Type scale

    // Every size is `base` times a ratio, never under the legibility floor of its kind of text.

    /// The chart title.
    public var title: FontSpec { font(1.6, floor: textFloor, weight: .bold) }
    /// The subtitle.
    public var subtitle: FontSpec { font(1.0, floor: textFloor) }
    /// Tick labels and unit lines.
    public var axisLabel: FontSpec { font(0.8, floor: textFloor) }
    /// Category (band) labels.
    public var categoryLabel: FontSpec { font(0.85, floor: textFloor) }
    /// Value labels.
    public var valueLabel: FontSpec { font(0.8, floor: textFloor, weight: .semibold) }
    /// Legend entries.
    public var legend: FontSpec { font(0.85, floor: textFloor) }
    /// Direct labels and panel titles.
    public var directLabel: FontSpec { font(0.85, floor: textFloor, weight: .semibold) }
    /// Notes and the source line.
    public var source: FontSpec { font(0.65, floor: smallTextFloor) }

    // MARK: Spacing and strokes

    /// Outer margin.
    public var margin: Double { base * 1.4 }
    /// Gap between stacked blocks (title to subtitle, header to plot).
    public var gap: Double { base * 0.5 }
    /// Gridline width in points: 5% of the body size, at least 0.5.
    public var gridlineWidth: Double { max(0.5, base * 0.05) }
    /// Axis line width in points: 6% of the body size, at least 0.75.
    public var axisLineWidth: Double { max(0.75, base * 0.06) }
    /// Width of a data line in points: 15% of the body size, at least 1.25.
    public var lineWidth: Double { max(1.25, base * 0.15) }
    /// Radius of a data point's marker in points: 22% of the body size, at least 2.
    public var markerRadius: Double { max(2, base * 0.22) }
    /// Line spacing as a multiple of the font's ascent plus descent.
    public var lineSpacing: Double { 1.1 }

    /// The colour of series `i`, cycling through the palette.
    public func color(_ i: Int) -> Color { palette[i % palette.count] }

    /// The colours of the indicators `ids` drawn in one chart: each its assigned colour
    /// (`colors`); series sharing a plot (`shared`) never share a colour.
    /// - Throws: `ChartError.tooManySeries` when series sharing a plot outnumber the palette's colours.
    public func colors(for ids: [String], shared: Bool = true) throws -> [Color] {
        try colors.colors(for: ids, palette: palette, shared: shared)
    }
}

/// Colour-blind-safe palettes.
public enum Palette {
    /// Okabe & Ito (2008), ordered for contrast on white; the yellow (#F0E442) is left out
    /// because it is unreadable on white, and black comes last.
    public static let okabeIto: [Color] = [
        Color(hex: 0x0072B2),  // blue
        Color(hex: 0xE69F00),  // orange
        Color(hex: 0x009E73),  // bluish green
        Color(hex: 0xD55E00),  // vermillion
        Color(hex: 0xCC79A7),  // reddish purple
        Color(hex: 0x56B4E9),  // sky blue
        Color(hex: 0x000000),  // black
    ]
}
