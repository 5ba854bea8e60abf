import CCairo
import ChartKit
#if canImport(Glibc)
import Glibc
#endif

/// The one Pango font map and measuring context of the process, created on first use and
/// shared by the measurer and the renderer so that text is measured by the engine that draws it.
/// Pango is not thread-safe: every use goes through `withLock`.
final class PangoEngine: @unchecked Sendable {
    static let shared = PangoEngine()

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let measureContext: OpaquePointer
    private let measureLayout: OpaquePointer
    private var mutex = pthread_mutex_t()
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    private var cache: [MeasureKey: TextMetrics] = [:]
    private var goodScalars = Set<UInt32>()

    struct MeasureKey: Hashable { var text: String; var font: FontSpec }

    private init() {
        PangoEngine.engineCreated = true
        pthread_mutex_init(&mutex, nil)
        fontMap = pango_cairo_font_map_new()
        measureContext = PangoEngine.makeContext(fontMap)
        measureLayout = pango_layout_new(measureContext)
    }

    /// A context with resolution-independent metrics (no hinting, no rounding), so widths are
    /// the same at any PNG scale and in vector output.
    static func makeContext(_ fontMap: UnsafeMutablePointer<PangoFontMap>) -> OpaquePointer {
        let ctx = pango_font_map_create_context(fontMap)!
        let opts = cairo_font_options_create()
        cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(ctx, opts)
        cairo_font_options_destroy(opts)
        pango_context_set_round_glyph_positions(ctx, 0)
        return ctx
    }

    /// A Pango context and layout for text drawn into `cr` (made under the lock; give them back
    /// with `release`).
    func layout(drawingInto cr: OpaquePointer) -> (context: OpaquePointer, layout: OpaquePointer) {
        withLock {
            let ctx = PangoEngine.makeContext(fontMap)
            pango_cairo_update_context(cr, ctx)
            return (ctx, pango_layout_new(ctx)!)
        }
    }

    /// Frees what `layout(drawingInto:)` made (under the lock).
    func release(_ text: (context: OpaquePointer, layout: OpaquePointer)) {
        withLock {
            g_object_unref(UnsafeMutableRawPointer(text.layout))
            g_object_unref(UnsafeMutableRawPointer(text.context))
        }
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }

    /// The Pango description of a font spec (cached; call with the lock held).
    ///
    /// While the fonts are pinned it names only the first family, at the weight of the face
    /// fontconfig would pick in every family of the list (`pinnedFaceWeight`: semibold is the
    /// bold face when there is no semibold one): fontconfig's configuration then holds nothing but the pinned families, so
    /// the fallback after the first is the same and the same face is drawn, and the description
    /// is the one Pango makes of the font it loads. Pango measures every new font's metrics with
    /// that description (`pango_fc_font_get_metrics`); with the whole family list, or a weight
    /// the face does not have, each was a second fontconfig pattern, matched and sorted on two
    /// new threads.
    func description(_ f: FontSpec) -> OpaquePointer {
        if let d = descriptions[f] { return d }
        var family = f.family, weight = f.weight.rawValue
        let families = f.family.split(separator: ",").map { $0.trimmingSpaces() }
        if PangoEngine.pinned, let first = families.first {
            family = first
            weight = PangoEngine.pinnedFaceWeight(weight, families: families)
        }
        let d = pangoFontDescription(family: family, weight: weight, italic: f.italic)
        descriptions[f] = d
        return d
    }

    // MARK: One shaping size

    /// The size every font is shaped at, in points; text of another size is shaped at this
    /// size and scaled (`scale(of:)`): metrics are multiplied and drawing is done under a scaled
    /// transform. With hinting off and unrounded glyph positions, Pango's layout scales exactly
    /// with the font size (to 1/1024 of a point at this size, finer than at the real size), so
    /// nothing moves; but each size of a font was a font of its own to Pango, matched by
    /// fontconfig on two new threads, measured, and given its HarfBuzz font: about 0.2 ms per
    /// size and weight at start-up, a tenth of a small chart's time.
    static let shapingSize = 64.0

    /// A wrap width of `points` in Pango units, kept inside what Pango takes: -1 (no wrapping, as
    /// Pango reads any negative width) for a negative width or NaN.
    static func pangoUnits(_ points: Double) -> Int32 {
        let units = (points * Double(PANGO_SCALE)).rounded(.down)
        guard units >= 0 else { return -1 }
        return Int32(min(Double(Int32.max), units))
    }

    /// How much larger `font` is than the shaping size (1 at the shaping size).
    static func scale(of font: FontSpec) -> Double { font.size / shapingSize }

    /// Sets `text` in `font` on `layout` (lock held): one line (scene text runs), or wrapped at
    /// words (characters when a word is too long) in `wrapWidth` points. The layout is set at
    /// the shaping size: read it with `metrics(_:scale:)` and draw it with `show(_:cr:scale:asPath:)`.
    func configure(_ layout: OpaquePointer, _ text: String, _ font: FontSpec, wrapWidth: Double? = nil, alignRight: Bool = false) {
        if PangoEngine.pinned && !PangoEngine.isPinnedFamily(font.family) { unpin() }
        pango_layout_set_font_description(layout, description(font))
        let scale = PangoEngine.scale(of: font)
        pango_layout_set_width(layout, wrapWidth.map { PangoEngine.pangoUnits($0 / scale) } ?? -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, alignRight ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        var t = text
        t.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { pango_layout_set_text(layout, $0.baseAddress, Int32($0.count)) }
        }
        // A character outside the pinned fonts: load the system configuration and shape again,
        // so fallback fonts are found exactly as without the shortcut.
        if PangoEngine.pinned && pango_layout_get_unknown_glyphs_count(layout) > 0 {
            unpin()
            pango_layout_set_font_description(layout, description(font))
            pango_layout_context_changed(layout)
        }
    }

    // MARK: Start-up shortcut: the pinned fonts only, until something else is needed

    /// True while fontconfig's current configuration holds only the pinned families' files.
    nonisolated(unsafe) static var pinned = false
    static let pinnedFamilies: Set<String> = ["Noto Sans", "DejaVu Sans"]

    /// Makes fontconfig's current configuration one with only the faces of Noto Sans and DejaVu
    /// Sans from their Debian folders, before Pango or fontconfig are first used. Loading the
    /// system configuration parses about 60 XML files, and every font size then sorts all
    /// installed fonts (about 450): 15-20 ms of a chart's start-up. The faces come from
    /// fontconfig's cache of each folder (`fc-cache`), filtered by family with a `selectfont`
    /// rule, so no font file is opened; scanning the 17 files with FreeType instead cost 32
    /// million instructions, 40% of a chart. Text in any other family, or with a character these
    /// fonts lack, switches to the system configuration at once, so what is drawn does not
    /// change. Returns false (and changes nothing) when a family is missing or the engine
    /// already exists.
    static func pinFonts() -> Bool {
        guard !engineCreated, !pinned else { return pinned }
        guard let config = FcConfigCreate() else { return false }
        let accept = pinnedFamilies.sorted().map { "<acceptfont><pattern><patelt name=\"family\"><string>\($0)</string></patelt></pattern></acceptfont>" }
        // Accept rules win over reject rules; the empty pattern rejects every other face.
        // The cache folders are the system configuration's (Debian's fonts.conf).
        let rules = "<?xml version=\"1.0\"?><fontconfig><cachedir>/var/cache/fontconfig</cachedir><cachedir prefix=\"xdg\">fontconfig</cachedir>"
            + "<selectfont>\(accept.joined())<rejectfont><pattern/></rejectfont></selectfont></fontconfig>"
        var ok = rules.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: rules.utf8.count + 1) { FcConfigParseAndLoadFromMemory(config, $0, 0) } } != 0
        for dir in ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu"] where ok {
            ok = dir.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: dir.utf8.count + 1) { name in
                // Only from a valid cache: scanning the Noto folder's 270 files would cost far more
                // than loading the system configuration.
                guard let cache = FcDirCacheLoad(name, config, nil) else { return false }
                FcDirCacheUnload(cache)
                return FcConfigAppFontAddDir(config, name) != 0
            } }
        }
        // Both families must be there, as the system configuration would have them.
        var families = Set<String>()
        var weights: [String: Set<Double>] = [:]
        if ok, let set = FcConfigGetFonts(config, FcSetApplication) {
            for k in 0..<Int(set.pointee.nfont) {
                let face = set.pointee.fonts[k]
                var fcWeight = 0.0
                let weight = FcPatternGetDouble(face, FC_WEIGHT, 0, &fcWeight) == FcResultMatch ? fcWeight : nil
                var value: UnsafeMutablePointer<FcChar8>?
                var n: Int32 = 0
                while FcPatternGetString(face, FC_FAMILY, n, &value) == FcResultMatch, let v = value {
                    let family = String(cString: v)
                    families.insert(family)
                    if let weight { weights[family, default: []].insert(weight) }
                    n += 1
                }
            }
        }
        guard ok, pinnedFamilies.isSubset(of: families), FcConfigSetCurrent(config) != 0 else {
            FcConfigDestroy(config)
            return false
        }
        pinnedWeights = weights.mapValues { $0.sorted() }
        FcConfigDestroy(config)  // the current configuration holds its own reference
        pinned = true
        return true
    }

    nonisolated(unsafe) static var engineCreated = false

    /// The weights of the pinned families' faces on fontconfig's scale (80 regular, 200 bold), by
    /// family name (faces with a weight range, variable fonts, are left out).
    nonisolated(unsafe) static var pinnedWeights: [String: [Double]] = [:]

    /// The weight (100-900) of the face fontconfig picks for `weight` in each of `families`: the
    /// nearest on fontconfig's own scale (semibold, 180, is the bold face, 200, when there is no
    /// semibold one), when every family gives the same one and none is a tie; else `weight`
    /// itself, and fontconfig decides as usual.
    static func pinnedFaceWeight(_ weight: Int, families: [String], faces table: [String: [Double]] = pinnedWeights) -> Int {
        let wanted = FcWeightFromOpenTypeDouble(Double(weight))
        var picked: Int? = nil
        for family in families {
            guard let faces = table[family], !faces.isEmpty else { return weight }
            let distances = faces.map { abs($0 - wanted) }
            let best = distances.min()!
            guard distances.filter({ $0 == best }).count == 1 else { return weight }
            let face = Int(FcWeightToOpenTypeDouble(faces[distances.firstIndex(of: best)!]).rounded())
            if let p = picked, p != face { return weight }
            picked = face
        }
        return picked ?? weight
    }

    static func isPinnedFamily(_ family: String) -> Bool {
        family.split(separator: ",").allSatisfy { pinnedFamilies.contains($0.trimmingSpaces()) }
    }

    /// Back to the system configuration, with every family of a font spec named again (lock held).
    func unpin() {
        guard PangoEngine.pinned else { return }
        PangoEngine.pinned = false
        for d in descriptions.values { pango_font_description_free(d) }
        descriptions.removeAll()
        guard let system = FcInitLoadConfigAndFonts() else { return }
        FcConfigSetCurrent(system)
        FcConfigDestroy(system)
        // The Cairo font map is a PangoFcFontMap on Linux: tell it the configuration changed.
        pango_fc_font_map_config_changed(OpaquePointer(fontMap))
    }

    /// Logical metrics of the first line of `layout` (lock held), for text of `scale` times the
    /// shaping size (`scale(of:)`).
    static func metrics(_ layout: OpaquePointer, scale: Double) -> TextMetrics {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let s = Double(PANGO_SCALE) / scale
        let baseline = Double(pango_layout_get_baseline(layout)) / s
        let top = Double(logical.y) / s, bottom = Double(logical.y + logical.height) / s
        return TextMetrics(width: Double(logical.width) / s, ascent: baseline - top, descent: bottom - baseline)
    }

    /// The width and height of all of `layout`'s lines, in points (lock held).
    static func size(_ layout: OpaquePointer, scale: Double) -> Size {
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        let s = Double(PANGO_SCALE) / scale
        return Size(width: Double(w) / s, height: Double(h) / s)
    }

    /// Shows `layout` with its top-left corner at the current point of `cr`, `scale` times the
    /// shaping size, or adds its outlines to the current path (`asPath`; Cairo keeps the path
    /// when the scaled transform is undone). Lock held.
    static func show(_ layout: OpaquePointer, cr: OpaquePointer, scale: Double, asPath: Bool) {
        // Text of no size draws nothing (a zero scale would leave Cairo in an error state).
        guard scale > 0, scale.isFinite else { return }
        var x = 0.0, y = 0.0
        cairo_get_current_point(cr, &x, &y)
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, scale, scale)
        cairo_move_to(cr, 0, 0)
        if asPath { pango_cairo_layout_path(cr, layout) } else { pango_cairo_show_layout(cr, layout) }
        cairo_restore(cr)
    }

    /// Measures one line; throws when a character is in no installed font.
    func measure(_ text: String, font: FontSpec) throws -> TextMetrics {
        try withLock {
            let key = MeasureKey(text: text, font: font)
            if let m = cache[key] { return m }
            configure(measureLayout, text, font)
            if pango_layout_get_unknown_glyphs_count(measureLayout) > 0 {
                let missing = missingScalars(text, font: font)
                if !missing.isEmpty { throw TextError.missingGlyphs(text: text, codePoints: missing) }
                configure(measureLayout, text, font)
            }
            let m = PangoEngine.metrics(measureLayout, scale: PangoEngine.scale(of: font))
            cache[key] = m
            return m
        }
    }

    /// The scalars of `text` that no font draws, each tried on its own (lock held).
    func missingScalars(_ text: String, font: FontSpec) -> [UInt32] {
        var out: [UInt32] = []
        for s in text.unicodeScalars where !goodScalars.contains(s.value) && !out.contains(s.value) {
            if s.properties.isWhitespace { continue }
            configure(measureLayout, String(s), font)
            if pango_layout_get_unknown_glyphs_count(measureLayout) > 0 { out.append(s.value) } else { goodScalars.insert(s.value) }
        }
        return out
    }
}

/// Measures text through Pango with the same font map and settings `CairoRenderer` draws with.
public struct PangoTextMeasurer: TextMeasurer, Sendable {
    /// A measurer on the process's shared Pango font map.
    public init() {}

    /// Start-up shortcut for short-lived processes (`indicators plot`): until text needs another
    /// family or a character they lack, fontconfig holds only the pinned fonts (Noto Sans, DejaVu
    /// Sans) instead of loading the system configuration. The output is the same. Call before the
    /// first measurement; it affects every Pango font map made afterwards in the process.
    /// - Returns: whether the shortcut is on.
    @discardableResult
    public static func pinFontsForStartup() -> Bool { PangoEngine.pinFonts() }

    /// The advance width, ascent and descent of `text` set in `font` by Pango, in points.
    /// - Throws: `TextError.missingGlyphs` when no installed font can draw a character of `text`.
    public func measure(_ text: String, font: FontSpec) throws -> TextMetrics {
        try PangoEngine.shared.measure(text, font: font)
    }

    /// The file of the font fontconfig picks first for `family` (to check that the pinned
    /// fonts are installed), or nil.
    public static func resolvedFontFile(family: String) -> String? { fontconfigMatch(family, FC_FILE) }

    /// The family name fontconfig resolves `family` to.
    public static func resolvedFamily(_ family: String) -> String? { fontconfigMatch(family, FC_FAMILY) }

    /// A string property (`FC_FILE`, `FC_FAMILY`) of the font fontconfig matches for `family`.
    static func fontconfigMatch(_ family: String, _ property: String) -> String? {
        guard let pat = FcNameParse(family) else { return nil }
        defer { FcPatternDestroy(pat) }
        FcConfigSubstitute(nil, pat, FcMatchPattern)
        FcDefaultSubstitute(pat)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pat, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, property, 0, &value) == FcResultMatch, let v = value else { return nil }
        return String(cString: v)
    }
}

/// A new Pango font description for a font spec at the shaping size (the caller owns it).
func pangoFontDescription(family: String, weight: Int, italic: Bool) -> OpaquePointer {
    let d = pango_font_description_new()!
    pango_font_description_set_family(d, family)
    pango_font_description_set_weight(d, PangoWeight(rawValue: UInt32(weight)))
    pango_font_description_set_style(d, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    pango_font_description_set_absolute_size(d, PangoEngine.shapingSize * Double(PANGO_SCALE))
    return d
}
