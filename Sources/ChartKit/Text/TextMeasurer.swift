/// The weight of a font face.
public enum FontWeight: Int, Hashable, Sendable, Codable {
    case regular = 400, medium = 500, semibold = 600, bold = 700
}

/// A font request: family (a fontconfig family list such as `"Noto Sans"`), size in points, weight.
public struct FontSpec: Hashable, Sendable {
    /// A fontconfig family list such as `"Inter, Noto Sans"`; the first installed family wins.
    public var family: String
    /// Size in points.
    public var size: Double
    /// Regular or bold.
    public var weight: FontWeight
    /// Whether the italic style is asked for.
    public var italic: Bool

    /// A font of `family` at `size` points; regular and upright unless said otherwise.
    public init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }
}

/// The size of one line of text as the drawing engine lays it out.
public struct TextMetrics: Hashable, Sendable {
    /// Advance width in points.
    public var width: Double
    /// Distance from the top of the line box to the baseline.
    public var ascent: Double
    /// Distance from the baseline to the bottom of the line box.
    public var descent: Double

    /// Metrics of a measured line: advance `width`, `ascent` above and `descent` below the baseline, in points.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }

    /// The line's height in points: ascent plus descent.
    public var height: Double { ascent + descent }
}

/// Measures text with the same engine that draws it. Layout never estimates widths itself.
///
/// `ChartCairo.PangoTextMeasurer` measures through Pango; `FakeTextMeasurer` gives fixed,
/// font-independent metrics for tests.
public protocol TextMeasurer {
    /// Measures `text` set on one line in `font`.
    /// - Throws: `TextError.missingGlyphs` when a character is in no installed font.
    func measure(_ text: String, font: FontSpec) throws -> TextMetrics
}

/// Errors raised while measuring or drawing text.
public enum TextError: Error, Equatable, CustomStringConvertible {
    /// Characters that no installed font can draw; drawing them would show empty boxes.
    case missingGlyphs(text: String, codePoints: [UInt32])

    /// Names the missing code points (`U+10FFFD`) and the text that holds them.
    public var description: String {
        switch self {
        case .missingGlyphs(let text, let cps):
            let names = cps.map { TextError.name($0) }.joined(separator: ", ")
            return "no installed font has a glyph for \(names) in \"\(text)\""
        }
    }

    /// `U+10FFFD`.
    public static func name(_ cp: UInt32) -> String {
        var h = String(cp, radix: 16, uppercase: true)
        while h.count < 4 { h = "0" + h }
        return "U+" + h
    }
}

/// A measurer for tests: every scalar is `0.55 em` wide (`0.3 em` for a space, zero for a
/// combining mark), ascent `0.8 em`, descent `0.2 em`, bold 10% wider. Scalars listed in
/// `missing` throw like an absent glyph.
public struct FakeTextMeasurer: TextMeasurer, Sendable {
    /// Code points measured as missing from every font (they throw `TextError.missingGlyphs`).
    public var missing: Set<UInt32>

    /// A fake measurer in which the code points of `missing` have no glyph.
    public init(missing: Set<UInt32> = []) { self.missing = missing }

    /// The metrics of `text` by the fixed em widths above, scaled to `font.size`.
    /// - Throws: `TextError.missingGlyphs` when `text` holds a code point of `missing`.
    public func measure(_ text: String, font: FontSpec) throws -> TextMetrics {
        var em = 0.0
        var absent: [UInt32] = []
        for s in text.unicodeScalars {
            if missing.contains(s.value) { if !absent.contains(s.value) { absent.append(s.value) }; continue }
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: break
            case .spaceSeparator: em += 0.3
            default: em += 0.55
            }
        }
        if !absent.isEmpty { throw TextError.missingGlyphs(text: text, codePoints: absent) }
        let w = em * font.size * (font.weight.rawValue >= 600 ? 1.1 : 1)
        return TextMetrics(width: w, ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}

/// Breaks text into lines no wider than a width, measuring with a `TextMeasurer`.
public enum TextWrapper {
    /// Greedy word wrap. Explicit newlines are kept; a single word wider than `width` gets a line
    /// of its own (it is not split inside the word).
    public static func wrap(_ text: String, font: FontSpec, width: Double,
                            measurer: TextMeasurer) throws -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
            var current = ""
            for w in words {
                let candidate = current.isEmpty ? String(w) : current + " " + w
                if try current.isEmpty || measurer.measure(candidate, font: font).width <= width {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(w)
                }
            }
            lines.append(current)
        }
        return lines
    }
}
