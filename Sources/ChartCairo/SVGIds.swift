/// Cairo names each surface in an SVG after a process-wide counter (`id="surface12"`), so the
/// second chart drawn in a process would differ from the first. Renumbering those ids in order
/// of first appearance makes the bytes depend on the scene alone. (Glyph, clip and pattern ids
/// are counted per document and are already stable.)
enum SVGIds {
    static let families = ["surface", "image"]

    static func renumber(_ bytes: [UInt8]) -> [UInt8] {
        var maps: [String: [String: String]] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        let famBytes = families.map { ($0, Array($0.utf8)) }
        var i = 0
        let n = bytes.count
        outer: while i < n {
            let c = bytes[i]
            // Ids appear as id="X", xlink:href="#X" and url(#X).
            if (c == quote || c == hash) && i + 1 < n {
                for (fam, f) in famBytes {
                    let start = i + 1
                    guard start + f.count < n, bytes[start..<(start + f.count)].elementsEqual(f) else { continue }
                    var j = start + f.count
                    while j < n, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
                    guard j > start + f.count, j < n, bytes[j] == quote || bytes[j] == UInt8(ascii: ")") else { continue }
                    let old = String(decoding: bytes[(start + f.count)..<j], as: UTF8.self)
                    var map = maps[fam, default: [:]]
                    let new = map[old] ?? String(map.count + 1)
                    map[old] = new
                    maps[fam] = map
                    out.append(c)
                    out.append(contentsOf: f)
                    out.append(contentsOf: Array(new.utf8))
                    i = j
                    continue outer
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
