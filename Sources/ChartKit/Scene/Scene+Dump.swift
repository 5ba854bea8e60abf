import IndicatorKit
extension Scene {
    /// A stable, line-oriented text form of the scene for snapshots and debugging. Numbers are
    /// rounded to two decimals; text is quoted with escapes.
    public func dump() -> String {
        var out = "scene \(Scene.num(size.width))x\(Scene.num(size.height))"
        if let b = background { out += " background \(b.hexString)" }
        out += "\n"
        Scene.dump(nodes, indent: "  ", into: &out)
        for w in warnings { out += "warning \(Scene.quote(w))\n" }
        return out
    }

    static func dump(_ nodes: [SceneNode], indent: String, into out: inout String) {
        for n in nodes {
            switch n {
            case .path(let p):
                out += indent + "path \(p.role.isEmpty ? "-" : p.role)"
                if let f = p.fill { out += " fill \(f.hexString)" }
                if let s = p.stroke {
                    out += " stroke \(s.color.hexString) \(num(s.width))"
                    if !s.dash.isEmpty { out += " dash " + s.dash.map(num).joined(separator: ",") }
                }
                out += " d "
                out += p.commands.map { c -> String in
                    switch c {
                    case .move(let a): "M\(num(a.x)),\(num(a.y))"
                    case .line(let a): "L\(num(a.x)),\(num(a.y))"
                    case .curve(let a, let b, let e):
                        "C\(num(a.x)),\(num(a.y)) \(num(b.x)),\(num(b.y)) \(num(e.x)),\(num(e.y))"
                    case .close: "Z"
                    }
                }.joined(separator: " ")
                out += "\n"
            case .text(let t):
                out += indent + "text \(t.role.isEmpty ? "-" : t.role) \(quote(t.text)) at \(num(t.position.x)),\(num(t.position.y))"
                out += " \(t.anchor.rawValue) \(quote(t.font.family)) \(num(t.font.size)) w\(t.font.weight.rawValue)"
                out += " \(t.color.hexString) width \(num(t.metrics.width))\n"
            case .group(let g):
                out += indent + "group \(g.role.isEmpty ? "-" : g.role)"
                if let c = g.clip { out += " clip \(num(c.x)),\(num(c.y)) \(num(c.width))x\(num(c.height))" }
                out += "\n"
                dump(g.children, indent: indent + "  ", into: &out)
            }
        }
    }

    /// A number with at most two decimals, no trailing zeros, `-0` written `0`.
    static func num(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        let r = (v * 100).rounded() / 100
        if r == 0 { return "0" }
        let whole = Int(r.magnitude)
        let frac = Int(((r.magnitude - Double(whole)) * 100).rounded())
        var s = String(whole)
        if frac > 0 {
            var f = frac < 10 ? "0" + String(frac) : String(frac)
            if f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        return r < 0 ? "-" + s : s
    }

    /// Text in the dump is a JSON string literal.
    static func quote(_ s: String) -> String { JSONValue.quote(s) }
}
