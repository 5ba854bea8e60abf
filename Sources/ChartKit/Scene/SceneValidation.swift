/// A scene that must not be drawn.
public enum SceneError: Error, Equatable, CustomStringConvertible {
    /// A coordinate, size or colour component is NaN or infinite.
    case nonFinite(String)
    /// The page is empty or larger than `Scene.maximumSide`.
    case badSize(width: Double, height: Double)

    /// Says what is wrong with the scene: the non-finite number or the page size out of range.
    public var description: String {
        switch self {
        case .nonFinite(let what): return "non-finite number in the scene: \(what)"
        case .badSize(let w, let h):
            return "page size \(w) x \(h) points is outside 1...\(Int(Scene.maximumSide)) points per side"
        }
    }
}

extension Scene {
    /// The largest page side accepted, in points (about 3.5 m at 72 points per inch). PNG output
    /// further limits the side in pixels (`maximumPixels`), after the scale factor.
    public static let maximumSide: Double = 10_000
    /// The largest PNG side in pixels (Cairo's own limit is 32767).
    public static let maximumPixels: Int = 16_384

    /// Checks that every number in the scene is finite and the size is in range.
    /// - Throws: `SceneError` naming the first offending node.
    public func validate() throws {
        guard size.width.isFinite, size.height.isFinite, size.width >= 1, size.height >= 1,
              size.width <= Scene.maximumSide, size.height <= Scene.maximumSide else {
            throw SceneError.badSize(width: size.width, height: size.height)
        }
        if let b = background, !b.isFinite { throw SceneError.nonFinite("background colour") }
        try Scene.validate(nodes)
    }

    static func validate(_ nodes: [SceneNode]) throws {
        for n in nodes {
            switch n {
            case .path(let p):
                for c in p.commands where !c.points.allSatisfy(\.isFinite) {
                    throw SceneError.nonFinite("path '\(p.role)' point in \(c)")
                }
                if let f = p.fill, !f.isFinite { throw SceneError.nonFinite("path '\(p.role)' fill") }
                if let s = p.stroke {
                    guard s.color.isFinite, s.width.isFinite, s.width >= 0, s.dash.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                        throw SceneError.nonFinite("path '\(p.role)' stroke")
                    }
                }
            case .text(let t):
                guard t.position.isFinite, t.font.size.isFinite, t.font.size > 0, t.color.isFinite,
                      t.metrics.width.isFinite, t.metrics.ascent.isFinite, t.metrics.descent.isFinite else {
                    throw SceneError.nonFinite("text '\(t.role)' \"\(t.text)\"")
                }
            case .group(let g):
                if let c = g.clip, !c.isFinite { throw SceneError.nonFinite("group '\(g.role)' clip") }
                try validate(g.children)
            }
        }
    }
}
