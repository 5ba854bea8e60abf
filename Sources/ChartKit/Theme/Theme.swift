/// The look of a chart: fonts, type scale, colours, spacing. Every size derives from `base`,
/// the body text size, so one theme serves every preset.
public struct Theme: Hashable, Sendable {
    /// The font family list for all text (fontconfig falls back per character beyond it).
    public var fontFamily: String
    /// Body text size in points.
    public var base: Double
    public var background: Color
    public var text: Color
    public var mutedText: Color
    public var gridline: Color
    public var axisLine: Color
    public var palette: [Color]

    public init(fontFamily: String = Theme.defaultFontFamily, base: Double, background: Color = .white,
                text: Color = Color(hex: 0x1A1A1A), mutedText: Color = Color(hex: 0x595959),
                gridline: Color = Color(hex: 0xE3E3E3), axisLine: Color = Color(hex: 0x8C8C8C),
                palette: [Color] = Palette.okabeIto) {
        self.fontFamily = fontFamily; self.base = base; self.background = background; self.text = text
        self.mutedText = mutedText; self.gridline = gridline; self.axisLine = axisLine; self.palette = palette
    }

    /// Noto Sans covers every Vietnamese letter in precomposed and combining forms; it is
    /// installed by `.ci/setup` (fonts-noto-core). DejaVu Sans is the next choice.
    public static let defaultFontFamily = "Noto Sans, DejaVu Sans"

    /// The briefing theme for a preset.
    public static func briefing(_ preset: SizePreset) -> Theme { Theme(base: preset.baseFontSize) }

    // MARK: Type scale

    public var title: FontSpec { FontSpec(family: fontFamily, size: base * 1.6, weight: .bold) }
    public var subtitle: FontSpec { FontSpec(family: fontFamily, size: base * 1.0) }
    public var axisLabel: FontSpec { FontSpec(family: fontFamily, size: base * 0.8) }
    public var categoryLabel: FontSpec { FontSpec(family: fontFamily, size: base * 0.85) }
    public var valueLabel: FontSpec { FontSpec(family: fontFamily, size: base * 0.8, weight: .semibold) }
    public var legend: FontSpec { FontSpec(family: fontFamily, size: base * 0.85) }
    public var directLabel: FontSpec { FontSpec(family: fontFamily, size: base * 0.85, weight: .semibold) }
    public var source: FontSpec { FontSpec(family: fontFamily, size: base * 0.65) }

    // MARK: Spacing and strokes

    /// Outer margin.
    public var margin: Double { base * 1.4 }
    /// Gap between stacked blocks (title to subtitle, header to plot).
    public var gap: Double { base * 0.5 }
    public var gridlineWidth: Double { max(0.5, base * 0.05) }
    public var axisLineWidth: Double { max(0.75, base * 0.06) }
    public var lineWidth: Double { max(1.25, base * 0.15) }
    public var markerRadius: Double { max(2, base * 0.22) }
    /// Line spacing as a multiple of the font's ascent plus descent.
    public var lineSpacing: Double { 1.1 }

    /// The colour of series `i`, cycling through the palette.
    public func color(_ i: Int) -> Color { palette[i % palette.count] }
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
