/// Puts a scene's title and alt text into the bytes of an SVG file, deterministically, and reads
/// a PNG's description back (the PNG encoder writes it: `FastPNG.assemble`).
enum AltTextEmbedding {
    /// Reads the text of the first iTXt or tEXt chunk with `keyword`, for tests.
    static func pngText(_ bytes: [UInt8], keyword: String = "Description") -> String? {
        var i = 8
        while i + 8 <= bytes.count {
            let len = Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
            guard i + 12 + len <= bytes.count else { return nil }
            let body = Array(bytes[(i + 8)..<(i + 8 + len)])
            if type == "iTXt" || type == "tEXt", let z = body.firstIndex(of: 0), String(decoding: body[..<z], as: UTF8.self) == keyword {
                if type == "tEXt" { return String(decoding: body[(z + 1)...], as: UTF8.self) }
                // keyword\0 flag method lang\0 translated\0 text
                var k = z + 3
                while k < body.count && body[k] != 0 { k += 1 }
                k += 1
                while k < body.count && body[k] != 0 { k += 1 }
                k += 1
                return k <= body.count ? String(decoding: body[k...], as: UTF8.self) : nil
            }
            i += 12 + len
        }
        return nil
    }

    /// Inserts `<title>` and `<desc>` as the first children of the `<svg>` element.
    static func svg(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        guard !title.isEmpty || !description.isEmpty else { return bytes }
        let open = Array("<svg".utf8)
        guard let start = find(open, in: bytes, from: 0), let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return bytes }
        var insert = SVGText()
        insert += "\n"
        if !title.isEmpty { insert += "<title>"; insert.escaped(title); insert += "</title>\n" }
        if !description.isEmpty { insert += "<desc>"; insert.escaped(description); insert += "</desc>\n" }
        return Array(bytes[...close]) + insert.bytes + Array(bytes[(close + 1)...])
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
