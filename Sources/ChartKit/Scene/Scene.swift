/// A backend-independent display list: what to draw, in points, with no Cairo in it.
///
/// Charts compile to a `Scene`; `ChartCairo.CairoRenderer` draws it into PNG, SVG or PDF. Tests
/// inspect it directly (`nodes(role:)`) or as text (`dump()`).
public struct Scene: Sendable {
    /// The page size in points. PNG output multiplies it by the scale factor.
    public var size: Size
    /// Painted over the whole page first; nil leaves it transparent.
    public var background: Color?
    /// What to draw, in painting order (later nodes cover earlier ones).
    public var nodes: [SceneNode]
    /// Document title (PDF metadata).
    public var title: String
    /// The date written as the PDF creation and modification date (the dataset's date), so the
    /// same input gives the same bytes. Nil writes a fixed date.
    public var date: String?
    /// Things the layout gave up on (a label that did not fit and was left out), for the caller.
    public var warnings: [String]
    /// Alt text for the image: written beside it and embedded (PNG iTXt "Description", SVG
    /// `<desc>`, PDF subject). Empty for none.
    public var altText: String
    /// Labels the layout moved, shrank or dropped, and why.
    public var fitReport: FitReport

    /// A scene of `size` points; by default an empty white page with no title, date, warnings or alt text.
    public init(size: Size, background: Color? = .white, nodes: [SceneNode] = [], title: String = "",
                date: String? = nil, warnings: [String] = [], altText: String = "", fitReport: FitReport = FitReport()) {
        self.size = size; self.background = background; self.nodes = nodes; self.title = title
        self.date = date; self.warnings = warnings; self.altText = altText; self.fitReport = fitReport
    }

    /// Every node in drawing order, groups flattened (the group itself comes before its children).
    public var allNodes: [SceneNode] {
        var out: [SceneNode] = []
        func walk(_ ns: [SceneNode]) {
            for n in ns {
                out.append(n)
                if case .group(let g) = n { walk(g.children) }
            }
        }
        walk(nodes)
        return out
    }

    /// All text runs, in drawing order.
    public var texts: [TextRun] {
        allNodes.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    /// All paths, in drawing order.
    public var paths: [PathNode] {
        allNodes.compactMap { if case .path(let p) = $0 { p } else { nil } }
    }

    /// Text runs with the given role.
    public func texts(role: String) -> [TextRun] { texts.filter { $0.role == role } }

    /// Paths with the given role.
    public func paths(role: String) -> [PathNode] { paths.filter { $0.role == role } }
}

/// One item of a scene.
public enum SceneNode: Sendable {
    /// A filled and/or stroked outline.
    case path(PathNode)
    /// One measured line of text.
    case text(TextRun)
    /// Several nodes, optionally clipped.
    case group(GroupNode)
}

/// One segment of a path.
public enum PathCommand: Hashable, Sendable {
    /// Starts a new subpath at the point.
    case move(Point)
    /// A straight line to the point.
    case line(Point)
    /// A cubic Bézier curve: two control points, then the end point.
    case curve(Point, Point, Point)
    /// A straight line back to the subpath's start, closing it.
    case close

    var points: [Point] {
        switch self {
        case .move(let p), .line(let p): [p]
        case .curve(let a, let b, let c): [a, b, c]
        case .close: []
        }
    }
}

/// How a path's outline is drawn.
public struct StrokeStyle: Hashable, Sendable {
    /// How open ends of a stroke look: cut flat at the end, rounded, or squared past it.
    public enum Cap: String, Sendable { case butt, round, square }
    /// How corners of a stroke look: sharp, rounded or cut off.
    public enum Join: String, Sendable { case miter, round, bevel }
    /// The line's colour.
    public var color: Color
    /// Line width in points.
    public var width: Double
    /// Dash pattern in points (on, off, on, ...); empty for a solid line.
    public var dash: [Double]
    /// How open ends look.
    public var cap: Cap
    /// How corners look.
    public var join: Join

    /// A stroke `width` points wide; solid, flat-ended and mitred unless said otherwise.
    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// A filled and/or stroked path.
public struct PathNode: Hashable, Sendable {
    /// The outline: moves, lines, curves and closes, in points.
    public var commands: [PathCommand]
    /// Colour inside the outline; nil for no fill.
    public var fill: Color?
    /// How the outline is drawn; nil for no outline.
    public var stroke: StrokeStyle?
    /// What the path is for (`bar`, `gridline`, `axis`, `line`, `marker`); used by tests and dumps.
    public var role: String

    /// A path from `commands`; with neither `fill` nor `stroke` it draws nothing.
    public init(_ commands: [PathCommand], fill: Color? = nil, stroke: StrokeStyle? = nil, role: String = "") {
        self.commands = commands; self.fill = fill; self.stroke = stroke; self.role = role
    }

    /// A closed rectangle.
    public static func rect(_ r: Rect, fill: Color?, stroke: StrokeStyle? = nil, role: String = "") -> PathNode {
        PathNode([.move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
                  .line(Point(r.minX, r.maxY)), .close], fill: fill, stroke: stroke, role: role)
    }

    /// An open polyline.
    public static func polyline(_ points: [Point], stroke: StrokeStyle, role: String = "") -> PathNode {
        var cmds: [PathCommand] = []
        for (i, p) in points.enumerated() { cmds.append(i == 0 ? .move(p) : .line(p)) }
        return PathNode(cmds, stroke: stroke, role: role)
    }

    /// A circle drawn with four Bézier arcs.
    public static func circle(center c: Point, radius r: Double, fill: Color?, stroke: StrokeStyle? = nil,
                              role: String = "") -> PathNode {
        let k = 0.5522847498 * r
        return PathNode([
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ], fill: fill, stroke: stroke, role: role)
    }

    /// The bounding box of the path's points (control points included).
    public var bounds: Rect? {
        let pts = commands.flatMap(\.points)
        guard let f = pts.first else { return nil }
        var x0 = f.x, x1 = f.x, y0 = f.y, y1 = f.y
        for p in pts { x0 = min(x0, p.x); x1 = max(x1, p.x); y0 = min(y0, p.y); y1 = max(y1, p.y) }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

/// Horizontal placement of a text run relative to its anchor point.
public enum TextAnchor: String, Sendable {
    /// The anchor is at the text's left end, its middle, or its right end.
    case start, middle, end
}

/// One line of text, already measured and broken by the layout. The renderer draws it on a
/// single line with the same font, so it takes the space the measurer reported.
public struct TextRun: Hashable, Sendable {
    /// The characters to draw, on one line.
    public var text: String
    /// The font the text was measured in and is drawn in.
    public var font: FontSpec
    /// The anchor point, on the baseline.
    public var position: Point
    /// Whether `position` is the text's start, middle or end.
    public var anchor: TextAnchor
    /// Text colour.
    public var color: Color
    /// What the text is for (`title`, `tick-label`, `value-label`, `source`); used by tests and dumps.
    public var role: String
    /// The metrics the layout measured; the box the text occupies is `bounds`.
    public var metrics: TextMetrics

    /// A line of text drawn at `position` (on the baseline), with the metrics it was measured with.
    public init(_ text: String, font: FontSpec, position: Point, anchor: TextAnchor = .start,
                color: Color, metrics: TextMetrics, role: String = "") {
        self.text = text; self.font = font; self.position = position; self.anchor = anchor
        self.color = color; self.metrics = metrics; self.role = role
    }

    /// The box the text occupies: its advance width by its ascent plus descent.
    public var bounds: Rect {
        let x: Double
        switch anchor {
        case .start: x = position.x
        case .middle: x = position.x - metrics.width / 2
        case .end: x = position.x - metrics.width
        }
        return Rect(x: x, y: position.y - metrics.ascent, width: metrics.width, height: metrics.ascent + metrics.descent)
    }
}

/// A group of nodes, optionally clipped to a rectangle.
public struct GroupNode: Sendable {
    /// Nothing of the children is drawn outside this rectangle; nil for no clipping.
    public var clip: Rect?
    /// The grouped nodes, in painting order.
    public var children: [SceneNode]
    /// What the group holds (`marks`, `grid`, `hatching`); used by tests and dumps.
    public var role: String

    /// A group of `children`, clipped to `clip` when given.
    public init(clip: Rect? = nil, children: [SceneNode], role: String = "") {
        self.clip = clip; self.children = children; self.role = role
    }
}
