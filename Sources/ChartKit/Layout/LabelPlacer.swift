/// What the label placer did to one label that could not go where it was first asked.
public struct FitEntry: Sendable, Hashable, CustomStringConvertible {
    /// What happened to the label: moved off its first place, set in a smaller size, or left out.
    public enum Action: String, Sendable, Hashable { case moved, shrunk, dropped }
    /// The label's text.
    public var text: String
    /// The label's role (`value-label`, `end-label`, ...), as in the scene.
    public var role: String
    /// What the placer did.
    public var action: Action
    /// Why, in words (what it would have overlapped, or that it did not fit).
    public var reason: String

    /// `<action> <role> "<text>": <reason>`.
    public var description: String { "\(action.rawValue) \(role) \"\(text)\": \(reason)" }
}

/// Every label that was moved, shrunk or dropped while laying a chart out, in placement order.
public struct FitReport: Sendable, Hashable {
    /// One entry per label that was moved, shrunk or dropped.
    public var entries: [FitEntry]
    /// A report of `entries`; empty by default.
    public init(entries: [FitEntry] = []) { self.entries = entries }
    /// Whether every label went where it was first asked.
    public var isEmpty: Bool { entries.isEmpty }
    /// The labels that were left out.
    public var dropped: [FitEntry] { entries.filter { $0.action == .dropped } }
    /// One line per entry, or "every label placed as asked".
    public var text: String {
        entries.isEmpty ? "every label placed as asked" : entries.map(\.description).joined(separator: "\n")
    }
}

/// Places text runs so that no two overlap. Deterministic: candidates are tried in the order
/// given, at full size, then at 85% and 70%; a label that fits nowhere is dropped. Every
/// departure from the first candidate at full size goes into the fit report.
struct LabelPlacer {
    let setter: TextSetter
    /// Boxes already taken (text and marks that labels must not cover).
    private(set) var taken: [Rect] = []
    private(set) var report = FitReport()
    var runs: [TextRun] = []
    /// Space kept between two labels.
    var padding: Double = 0.5

    init(setter: TextSetter) { self.setter = setter }

    mutating func appendEntry(_ e: FitEntry) { report.entries.append(e) }

    /// Marks a box as taken (a bar, a legend swatch).
    mutating func block(_ r: Rect) { taken.append(r) }

    func isFree(_ r: Rect, within bounds: Rect) -> Bool {
        guard bounds.contains(r, tolerance: 0.5) else { return false }
        let p = Rect(x: r.x - padding, y: r.y - padding, width: r.width + 2 * padding, height: r.height + 2 * padding)
        return !taken.contains { $0.intersects(p) }
    }

    /// A candidate position: the anchor point for the run, and its anchor. `baselineFromTop`
    /// places `point.y` as the top of the text box instead of its baseline.
    struct Candidate {
        var point: Point
        var anchor: TextAnchor
        var top: Bool = false
        var why: String = ""
    }

    /// Places `text` at the first free candidate; returns the run or nil when dropped.
    @discardableResult
    mutating func place(_ text: String, font: FontSpec, color: Color, role: String, candidates: [Candidate],
                        within bounds: Rect, shrink: Bool = true) throws -> TextRun? {
        guard !text.isEmpty else { return nil }
        let text = text.capped()
        // Shrinking stops at the legibility floor of the label's kind (8 pt, 7 pt for notes).
        let floor = setter.theme.floor(forRole: role)
        let factors: [Double] = shrink ? [1, 0.85, 0.7] : [1]
        var tried = Set<Double>()
        for f in factors {
            var ft = font
            ft.size = f == 1 ? font.size : max(font.size * f, floor)
            guard tried.insert(ft.size).inserted else { continue }
            let m = try setter.metrics(text, ft)
            for (ci, c) in candidates.enumerated() {
                let y = c.top ? c.point.y + m.ascent : c.point.y
                let run = TextRun(text, font: ft, position: Point(c.point.x, y), anchor: c.anchor, color: color, metrics: m, role: role)
                if isFree(run.bounds, within: bounds) {
                    if ft.size < font.size {
                        report.entries.append(FitEntry(text: text, role: role, action: .shrunk,
                                                       reason: "no room at full size; set at \(Int((ft.size / font.size * 100).rounded()))%"))
                    } else if ci > 0 {
                        report.entries.append(FitEntry(text: text, role: role, action: .moved,
                                                       reason: c.why.isEmpty ? "its first position was taken" : c.why))
                    }
                    taken.append(run.bounds)
                    runs.append(run)
                    return run
                }
            }
        }
        report.entries.append(FitEntry(text: text, role: role, action: .dropped,
                                       reason: "it overlaps other text or leaves its area at every position and size"))
        return nil
    }

    /// Takes back the last `placedRuns` runs (the lines of one label placed so far) after the
    /// label's next line was dropped, so that the report's last entry names the whole label.
    mutating func dropWhole(_ text: String, placedRuns: Int) {
        var takenBack: [String] = []
        for _ in 0..<placedRuns { takenBack.append(runs.removeLast().text); taken.removeLast() }
        if let i = report.entries.indices.last, report.entries[i].action == .dropped { report.entries[i].text = text }
        // A line taken back was not placed after all: its "moved"/"shrunk" entry goes too, so the
        // report says only what the scene holds.
        for line in takenBack {
            if let j = report.entries.indices.dropLast().last(where: { report.entries[$0].text == line && report.entries[$0].action != .dropped }) {
                report.entries.remove(at: j)
            }
        }
    }

    /// Places a run that layout has already positioned; dropped (and reported) if it overlaps.
    @discardableResult
    mutating func fixed(_ run: TextRun, within bounds: Rect) -> Bool {
        if isFree(run.bounds, within: bounds) {
            taken.append(run.bounds); runs.append(run); return true
        }
        report.entries.append(FitEntry(text: run.text, role: run.role, action: .dropped,
                                       reason: "it would overlap other text"))
        return false
    }

    /// Spreads labels wanted at `ys` (centres) so that none are closer than `height`, inside
    /// `lo...hi`, moving each as little as possible (in order). Returns the new centres.
    static func spread(_ ys: [Double], height: Double, lo: Double, hi: Double) -> [Double] {
        let order = ys.indices.sorted { (ys[$0], $0) < (ys[$1], $1) }
        var pos = order.map { ys[$0] }
        let n = pos.count
        guard n > 0 else { return [] }
        // Forward pass: push down; backward pass: pull up from the bottom edge.
        pos[0] = max(pos[0], lo + height / 2)
        for i in 1..<max(1, n) where n > 1 { pos[i] = max(pos[i], pos[i - 1] + height) }
        if pos[n - 1] > hi - height / 2 {
            pos[n - 1] = hi - height / 2
            var i = n - 2
            while i >= 0 { pos[i] = min(pos[i], pos[i + 1] - height); i -= 1 }
        }
        var out = ys
        for (k, idx) in order.enumerated() { out[idx] = pos[k] }
        return out
    }
}
