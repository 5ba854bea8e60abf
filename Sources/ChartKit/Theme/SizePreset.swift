/// Page sizes for briefings. Sizes are in layout units; PNG output at scale 1 has one pixel per
/// unit. Each preset also has a real size (`realSize`), the size it is printed or projected at,
/// from which the legibility floors of its text follow (`Theme.textFloor`).
public enum SizePreset: String, Sendable, Codable, CaseIterable {
    /// 16:9 slide, 1920 x 1080, projected as a 13.33 x 7.5 inch slide (960 x 540 pt).
    case slide
    /// 16:9 slide, 1280 x 720, projected as a 13.33 x 7.5 inch slide (960 x 540 pt).
    case smallSlide = "small-slide"
    /// Half an A4 page in landscape orientation: 595 x 421 points (210 x 148.5 mm), printed at that size.
    case a4Half = "a4-half"
    /// A figure across the text column of an A4 page, as the brief places its charts: 483 x 400
    /// points (170.4 x 141.1 mm), printed at that size: tall enough for a plot under a two-line
    /// title and the notes the comparison plan adds.
    case a4Column = "a4-column"
    /// 1080 x 1080, for social posts and square slide panels, seen at 7.5 x 7.5 inches (540 x 540 pt).
    case square

    /// The layout size (units; pixels at PNG scale 1).
    public var size: Size {
        switch self {
        case .slide: Size(width: 1920, height: 1080)
        case .smallSlide: Size(width: 1280, height: 720)
        case .a4Half: Size(width: 595.28, height: 420.94)
        case .a4Column: Size(width: 483.28, height: 400)
        case .square: Size(width: 1080, height: 1080)
        }
    }

    /// The size the chart is seen at, in points (1/72 inch): the printed size of the print
    /// presets, a 13.33-inch-wide slide for the slide presets.
    public var realSize: Size {
        Size(width: size.width * pointsPerUnit, height: size.height * pointsPerUnit)
    }

    /// Real points per layout unit: 1 for print presets, 0.5 for a 1920-wide slide.
    public var pointsPerUnit: Double {
        switch self {
        case .slide: 0.5
        case .smallSlide: 0.75
        case .a4Half, .a4Column: 1
        case .square: 0.5
        }
    }

    /// The body text size in layout units, chosen for the preset's real viewing size: a slide
    /// seen across a room, a printed half page read at arm's length.
    public var baseFontSize: Double {
        switch self {
        case .slide: 26
        case .smallSlide: 18
        case .a4Half: 8.5
        case .a4Column: 8.5
        case .square: 24
        }
    }
}
