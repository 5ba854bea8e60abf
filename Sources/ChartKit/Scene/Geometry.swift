#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point in the chart's coordinate space, in points (1/72 inch), y growing downwards.
public struct Point: Hashable, Sendable {
    /// Horizontal coordinate in points, from the left edge of the page.
    public var x: Double
    /// Vertical coordinate in points, from the top edge of the page.
    public var y: Double
    /// The point at (`x`, `y`) points.
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    /// Whether both coordinates are finite (no NaN or infinity).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

/// A width and a height in points.
public struct Size: Hashable, Sendable, Codable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// A size of `width` by `height` points.
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle in points.
public struct Rect: Hashable, Sendable {
    /// Left edge in points.
    public var x: Double
    /// Top edge in points.
    public var y: Double
    /// Width in points (the right edge is `x + width`).
    public var width: Double
    /// Height in points (the bottom edge is `y + height`).
    public var height: Double

    /// The rectangle with top-left corner (`x`, `y`) and the given size, in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// Left edge.
    public var minX: Double { x }
    /// Top edge.
    public var minY: Double { y }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }
    /// Whether the origin and size are all finite.
    public var isFinite: Bool { x.isFinite && y.isFinite && width.isFinite && height.isFinite }

    /// True when the two rectangles share interior area (touching edges do not count).
    public func intersects(_ o: Rect) -> Bool {
        minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY
    }

    /// True when `o` lies inside this rectangle, with `tolerance` points of slack.
    public func contains(_ o: Rect, tolerance: Double = 0.01) -> Bool {
        o.minX >= minX - tolerance && o.maxX <= maxX + tolerance
            && o.minY >= minY - tolerance && o.maxY <= maxY + tolerance
    }
}

/// An sRGB colour with straight (not premultiplied) alpha, components in 0...1.
public struct Color: Hashable, Sendable {
    /// Red component, 0...1.
    public var red: Double
    /// Green component, 0...1.
    public var green: Double
    /// Blue component, 0...1.
    public var blue: Double
    /// Opacity, 0 (transparent) to 1 (opaque), not premultiplied.
    public var alpha: Double

    /// A colour from sRGB components in 0...1; opaque by default.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// Whether every component is finite.
    public var isFinite: Bool { red.isFinite && green.isFinite && blue.isFinite && alpha.isFinite }

    /// `#rrggbb` or `#rrggbbaa` when not opaque.
    public var hexString: String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(red) + byte(green) + byte(blue) + (alpha < 1 ? byte(alpha) : "")
    }

    /// WCAG relative luminance.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow(((c + 0.055) / 1.055), 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }

    /// WCAG contrast ratio between two opaque colours (1...21).
    public func contrast(with o: Color) -> Double {
        let a = luminance, b = o.luminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour mixed towards black until its contrast with `background` reaches `ratio`
    /// (WCAG AA for text is 4.5), for text in a series colour.
    public func readable(on background: Color, ratio: Double = 4.5) -> Color {
        var c = self
        var k = 0
        while c.contrast(with: background) < ratio && k < 20 {
            c = Color(red: c.red * 0.9, green: c.green * 0.9, blue: c.blue * 0.9, alpha: c.alpha)
            k += 1
        }
        return c
    }

    /// Opaque white, `#ffffff`.
    public static let white = Color(hex: 0xFFFFFF)
    /// Opaque black, `#000000`.
    public static let black = Color(hex: 0x000000)
}
