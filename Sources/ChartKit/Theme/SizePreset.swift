/// Page sizes for briefings. Sizes are in points; PNG output at scale 1 has one pixel per point.
public enum SizePreset: String, Sendable, Codable, CaseIterable {
    /// 16:9 slide, 1920 x 1080.
    case slide
    /// 16:9 slide, 1280 x 720.
    case smallSlide = "small-slide"
    /// Half an A4 page in landscape orientation: 595 x 421 points (210 x 148.5 mm).
    case a4Half = "a4-half"
    /// 1080 x 1080, for social posts and square slide panels.
    case square

    public var size: Size {
        switch self {
        case .slide: Size(width: 1920, height: 1080)
        case .smallSlide: Size(width: 1280, height: 720)
        case .a4Half: Size(width: 595.28, height: 420.94)
        case .square: Size(width: 1080, height: 1080)
        }
    }

    /// The body text size in points, chosen for the preset's real viewing size: a slide seen
    /// across a room, a printed half page read at arm's length.
    public var baseFontSize: Double {
        switch self {
        case .slide: 26
        case .smallSlide: 18
        case .a4Half: 8.5
        case .square: 24
        }
    }
}
