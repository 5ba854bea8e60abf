/// A file format the renderer writes.
public enum ImageFormat: Hashable, Sendable, CustomStringConvertible {
    /// PNG at a scale factor: pixels = points x scale (1 or 2 for briefings).
    case png(scale: Double)
    /// SVG with `<text>` elements naming the fonts, 1 unit = 1 px.
    case svg
    /// SVG with text drawn as glyph outlines (no fonts needed to view it), 1 unit = 1 px.
    case svgOutlines
    /// PDF with embedded font subsets, in points.
    case pdf

    /// A format's name without its settings: what a spec's `output.formats` lists.
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        case png, svg, pdf
    }

    /// This format's kind.
    public var kind: Kind {
        switch self {
        case .png: .png
        case .svg, .svgOutlines: .svg
        case .pdf: .pdf
        }
    }

    /// The format of `kind` with its settings.
    /// - Parameters:
    ///   - kind: PNG, SVG or PDF.
    ///   - scale: pixels per point, used by PNG only.
    ///   - svgText: how SVG writes text, used by SVG only.
    public init(_ kind: Kind, scale: Double = 1, svgText: SVGTextMode = .text) {
        switch kind {
        case .png: self = .png(scale: scale)
        case .svg: self = svgText == .text ? .svg : .svgOutlines
        case .pdf: self = .pdf
        }
    }

    /// The format for a file name's extension (`.png`, `.svg`, `.pdf`, any case).
    /// - Throws: `RenderError.unknownFormat` for any other extension.
    /// - Parameters:
    ///   - path: the output file name.
    ///   - scale: pixels per point for PNG.
    ///   - svgText: how SVG writes text.
    public static func forPath(_ path: String, scale: Double = 1, svgText: SVGTextMode = .text) throws -> ImageFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { throw RenderError.unknownFormat(path) }
        guard let kind = Kind(rawValue: name[name.index(after: dot)...].lowercased()) else { throw RenderError.unknownFormat(path) }
        return ImageFormat(kind, scale: scale, svgText: svgText)
    }

    /// The format in words (`PNG at 2.0x`, `SVG`, `SVG (text as outlines)`, `PDF`), for messages.
    public var description: String {
        switch self {
        case .png(let s): "PNG at \(s)x"
        case .svg: "SVG"
        case .svgOutlines: "SVG (text as outlines)"
        case .pdf: "PDF"
        }
    }
}

/// How an SVG holds its text.
public enum SVGTextMode: String, Sendable, CaseIterable, Hashable {
    /// `<text>` elements naming the fonts: editable, searchable, read by screen readers, small.
    /// Viewers without the fonts substitute others (the default).
    case text
    /// Glyph outlines drawn by Cairo: looks the same on machines without the fonts, but the
    /// words are shapes only (the title and alt text are still `<title>` and `<desc>`).
    case outlines
}

/// Why a scene could not be drawn or written.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String)
    /// The PNG would be larger than `Scene.maximumPixels` per side, or the scale is not positive.
    case tooLarge(String)
    /// Cairo reported an error status.
    case cairo(step: String, status: String)
    /// A file operation failed.
    case io(path: String, operation: String, message: String)

    /// The failure in words: the unknown format, the size limit, Cairo's status, or the file operation.
    public var description: String {
        switch self {
        case .unknownFormat(let p): return "cannot tell the output format of '\(p)': use .png, .svg or .pdf"
        case .tooLarge(let s): return s
        case .cairo(let step, let status): return "cairo failed while \(step): \(status)"
        case .io(let p, let op, let m): return "cannot \(op) '\(p)': \(m)"
        }
    }
}
