/// Writes a `BriefDocument` as CommonMark with pipe tables (`brief.md`).
public enum BriefMarkdown {
    /// The brief as CommonMark: headings, paragraphs, bullets, pipe tables, quotes, and each chart as an image link to its PNG with its alt text.
    public static func render(_ doc: BriefDocument) -> String {
        var out: [String] = []
        let L = doc.locale
        for b in doc.blocks {
            switch b {
            case .heading(let level, let text):
                out.append(String(repeating: "#", count: level) + " " + inline(text))
            case .paragraph(let text):
                out.append(inline(text))
            case .bullets(let items):
                out.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
            case .table(let t):
                var lines = ["| " + t.header.map(cell).joined(separator: " | ") + " |"]
                lines.append("| " + t.alignRight.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |")
                for r in t.rows { lines.append("| " + r.map(cell).joined(separator: " | ") + " |") }
                out.append(lines.joined(separator: "\n"))
            case .figure(let i):
                let c = doc.charts[i]
                var s = "### \(inline(c.title))\n\n"
                s += "![\(alt(c.altText))](charts/\(c.name).png)\n\n"
                s += "*\(inline(c.caption))*\n\n"
                s += L.text(.brief(.files))
                s += "[SVG](charts/\(c.name).svg) · [PDF](charts/\(c.name).pdf) · "
                s += L.text(.brief(.dataCSV)) + "(charts/\(c.name).csv) · "
                s += L.text(.brief(.computationLog)) + "(charts/\(c.name).log.txt) · "
                s += L.text(.brief(.altTextLink)) + "(charts/\(c.name).alt.txt) · "
                s += "[spec](charts/\(c.name).spec.yaml) · "
                s += L.text(.brief(.contentHash)) + " [`\(c.contentHash.prefix(16))`](charts/\(c.name).sha256)"
                out.append(s)
            case .quote(let text, let attribution):
                out.append("> “\(inline(text))”\n>\n> — \(inline(attribution))")
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Escapes what Markdown would read as markup, keeping `code` spans the builder wrote.
    static func inline(_ s: String) -> String {
        var out = ""
        var inCode = false
        for ch in s {
            if ch == "`" { inCode.toggle(); out.append(ch); continue }
            if !inCode, "\\*_[]<>|#".contains(ch) { out.append("\\") }
            if ch == "\n" { out.append(" "); continue }
            out.append(ch)
        }
        return out
    }

    static func cell(_ s: String) -> String { inline(s) }

    static func alt(_ s: String) -> String {
        String(s.map { $0 == "[" || $0 == "]" || $0 == "\n" ? " " : $0 })
    }
}
