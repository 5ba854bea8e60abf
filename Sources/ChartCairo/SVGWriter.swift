import ChartKit

/// Writes a `Scene` as SVG with real `<text>` elements: words a chart desk can correct in
/// Inkscape or Illustrator, that a screen reader reads and a search finds.
///
/// Text is shaped by Pango first, exactly as for the PNG (a character no installed font has is
/// the same error), and each run is placed at the scene's anchor point on its baseline with the
/// matching `text-anchor`, so an edited word stays centred or right-aligned where the layout put
/// it. Fonts are named with their fallbacks (`'Noto Sans','DejaVu Sans',sans-serif`) in one CSS
/// class per font; text is XML-escaped and control characters are never written. Ids are
/// stable: each text run and group is named after its role and its number among runs of that
/// role (`title`, `value-label-3`), clip paths `clip-1`, `clip-2`... in document order. The
/// title and alt text are the `<title>` and `<desc>`.
enum SVGWriter {
    /// The SVG bytes of `scene`.
    /// - Throws: `TextError.missingGlyphs` naming the code points no installed font has.
    static func render(_ scene: Scene) throws -> [UInt8] {
        var w = SVGWriter.State()
        try w.checkGlyphs(scene.nodes)
        w.body(scene.nodes)
        var out = SVGText()
        out.reserve(w.out.bytes.count + 1024)
        let width = scene.size.width, height = scene.size.height
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
        out.number(width); out += "\" height=\""; out.number(height)
        out += "\" viewBox=\"0 0 "; out.number(width); out += " "; out.number(height); out += "\""
        let labels = [scene.title.isEmpty ? nil : "chart-title", scene.altText.isEmpty ? nil : "chart-desc"].compactMap { $0 }
        if !labels.isEmpty { out += " role=\"img\" aria-labelledby=\"\(labels.joined(separator: " "))\"" }
        out += ">\n"
        if !scene.title.isEmpty { out += "<title id=\"chart-title\">"; out.escaped(scene.title); out += "</title>\n" }
        if !scene.altText.isEmpty { out += "<desc id=\"chart-desc\">"; out.escaped(scene.altText); out += "</desc>\n" }
        if !w.fontClasses.isEmpty {
            out += "<style>\n"
            for (font, name) in w.fontClasses.sorted(by: { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.value < $1.value }) {
                out += ".\(name){font-family:"; out.escaped(cssFamilies(font.family)); out += ";font-size:"; out.number(font.size)
                out += "px"
                if font.weight != .regular { out += ";font-weight:\(font.weight.rawValue)" }
                if font.italic { out += ";font-style:italic" }
                out += "}\n"
            }
            out += "</style>\n"
        }
        if !w.clips.isEmpty {
            out += "<defs>\n"
            for (i, r) in w.clips.enumerated() {
                out += "<clipPath id=\"clip-\(i + 1)\"><rect x=\""; out.number(r.x); out += "\" y=\""; out.number(r.y)
                out += "\" width=\""; out.number(r.width); out += "\" height=\""; out.number(r.height); out += "\"/></clipPath>\n"
            }
            out += "</defs>\n"
        }
        if let bg = scene.background {
            out += "<rect width=\""; out.number(width); out += "\" height=\""; out.number(height); out += "\""
            out.paint("fill", bg); out += "/>\n"
        }
        // Cairo's miter limit (SVG's default is 4).
        out += "<g stroke-miterlimit=\"10\">\n"
        out.bytes += w.out.bytes
        out += "</g>\n</svg>\n"
        return out.bytes
    }

    /// `Noto Sans, DejaVu Sans` -> `'Noto Sans','DejaVu Sans',sans-serif` (DejaVu Sans and the
    /// generic family added when missing, as Pango's own fallback would find them).
    static func cssFamilies(_ family: String) -> String {
        var names = family.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        if !names.contains("DejaVu Sans") { names.append("DejaVu Sans") }
        let generic: Set<String> = ["sans-serif", "serif", "monospace"]
        var css = names.map { generic.contains($0) ? $0 : "'" + $0.filter { $0 != "'" && $0 != "\\" } + "'" }
        if !names.contains(where: generic.contains) { css.append("sans-serif") }
        return css.joined(separator: ",")
    }

    /// What the writer has collected while walking the scene.
    struct State {
        var out = SVGText()
        var fontClasses: [FontSpec: String] = [:]
        var clips: [Rect] = []
        var roleCounts: [String: Int] = [:]

        /// Shapes every run with Pango (cached when the layout measured it already) so that a
        /// character no font has fails here as it does for PNG.
        func checkGlyphs(_ nodes: [SceneNode]) throws {
            for n in nodes {
                switch n {
                case .text(let t): _ = try PangoEngine.shared.measure(t.text, font: t.font)
                case .group(let g): try checkGlyphs(g.children)
                case .path: break
                }
            }
        }

        /// A stable id: the role (letters, digits and `-` kept), numbered from the second use.
        mutating func id(role: String, fallback: String) -> String {
            var base = String(role.unicodeScalars.map { s -> Character in
                (s.properties.isAlphabetic && s.isASCII) || ("0"..."9").contains(s) || s == "-" || s == "_" ? Character(s) : "-"
            })
            if base.isEmpty || !(base.first!.isLetter) { base = fallback + (base.isEmpty ? "" : "-" + base) }
            let n = (roleCounts[base] ?? 0) + 1
            roleCounts[base] = n
            return n == 1 ? base : "\(base)-\(n)"
        }

        mutating func body(_ nodes: [SceneNode]) {
            for n in nodes {
                switch n {
                case .path(let p): path(p)
                case .text(let t): text(t)
                case .group(let g):
                    out += "<g id=\"\(id(role: g.role, fallback: "group"))\""
                    if let c = g.clip {
                        clips.append(c)
                        out += " clip-path=\"url(#clip-\(clips.count))\""
                    }
                    out += ">\n"
                    body(g.children)
                    out += "</g>\n"
                }
            }
        }

        mutating func path(_ p: PathNode) {
            guard !p.commands.isEmpty, p.fill != nil || p.stroke != nil else { return }
            out += "<path d=\""
            var first = true
            for c in p.commands {
                if !first { out += " " }
                first = false
                switch c {
                case .move(let a): out += "M"; out.point(a)
                case .line(let a): out += "L"; out.point(a)
                case .curve(let a, let b, let e): out += "C"; out.point(a); out += " "; out.point(b); out += " "; out.point(e)
                case .close: out += "Z"
                }
            }
            out += "\""
            if let f = p.fill { out.paint("fill", f) } else { out += " fill=\"none\"" }
            if let s = p.stroke {
                out.paint("stroke", s.color)
                if s.width != 1 { out += " stroke-width=\""; out.number(s.width); out += "\"" }
                if !s.dash.isEmpty {
                    out += " stroke-dasharray=\""
                    for (i, d) in s.dash.enumerated() { if i > 0 { out += " " }; out.number(d) }
                    out += "\""
                }
                if s.cap != .butt { out += " stroke-linecap=\"\(s.cap.rawValue)\"" }
                if s.join != .miter { out += " stroke-linejoin=\"\(s.join.rawValue)\"" }
            }
            out += "/>\n"
        }

        mutating func text(_ t: TextRun) {
            let cls: String
            if let c = fontClasses[t.font] { cls = c } else { cls = "f\(fontClasses.count + 1)"; fontClasses[t.font] = cls }
            out += "<text id=\"\(id(role: t.role, fallback: "text"))\" class=\"\(cls)\" x=\""
            out.number(t.position.x); out += "\" y=\""; out.number(t.position.y); out += "\""
            switch t.anchor {
            case .start: break
            case .middle: out += " text-anchor=\"middle\""
            case .end: out += " text-anchor=\"end\""
            }
            out.paint("fill", t.color)
            let shown = SVGText.printable(t.text)
            if shown.first == " " || shown.last == " " || shown.contains("  ") { out += " xml:space=\"preserve\"" }
            out += ">"
            out.escaped(shown)
            out += "</text>\n"
        }
    }
}

/// UTF-8 SVG text being written, with the number, colour and escaping rules in one place.
struct SVGText {
    var bytes: [UInt8] = []

    mutating func reserve(_ n: Int) { bytes.reserveCapacity(n) }

    static func += (lhs: inout SVGText, rhs: String) { lhs.bytes.append(contentsOf: rhs.utf8) }

    /// A coordinate with at most two decimals, trailing zeros dropped (`12`, `12.5`, `-0.25`).
    mutating func number(_ v: Double) {
        var hundredths = (v * 100).rounded()
        if hundredths == 0 { hundredths = 0 }  // no "-0"
        guard hundredths.magnitude < 1e15 else { self += "0"; return }
        var n = Int64(hundredths)
        if n < 0 { bytes.append(UInt8(ascii: "-")); n = -n }
        let whole = n / 100, frac = Int(n % 100)
        bytes.append(contentsOf: String(whole).utf8)
        if frac != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(frac / 10))
            if frac % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(frac % 10)) }
        }
    }

    mutating func point(_ p: Point) {
        number(p.x); bytes.append(UInt8(ascii: " ")); number(p.y)
    }

    /// ` fill="#rrggbb"` and, when not opaque, ` fill-opacity="0.5"`.
    mutating func paint(_ attribute: String, _ c: Color) {
        func channel(_ v: Double) -> Int { Int((max(0, min(1, v)) * 255).rounded()) }
        let hex = Array("0123456789abcdef".utf8)
        self += " \(attribute)=\"#"
        for v in [channel(c.red), channel(c.green), channel(c.blue)] {
            bytes.append(hex[v >> 4]); bytes.append(hex[v & 15])
        }
        self += "\""
        if c.alpha < 1 {
            self += " \(attribute)-opacity=\""
            number(max(0, c.alpha))
            self += "\""
        }
    }

    /// `s` escaped for XML text and double-quoted attribute values (`&`, `<`, `>`, `"`), with characters
    /// XML 1.0 cannot hold dropped (see `printable`).
    mutating func escaped(_ s: String) {
        for scalar in SVGText.printable(s).unicodeScalars {
            switch scalar {
            case "&": self += "&amp;"
            case "<": self += "&lt;"
            case ">": self += "&gt;"
            case "\"": self += "&quot;"
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// `s` without control characters: tab, line feed and carriage return become spaces; other
    /// C0 and C1 controls, DEL and the non-characters U+FFFE and U+FFFF are dropped.
    static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { out.append(" ") } else if !isControl(scalar) { out.append(scalar) }
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0xFFFE || s.value == 0xFFFF
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var t = self
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
