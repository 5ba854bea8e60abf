/// Puts a scene's title and alt text into the bytes of a rendered file, deterministically.
enum AltTextEmbedding {
    /// Inserts an iTXt chunk `Description` (UTF-8, uncompressed, no language tag) right after
    /// the IHDR chunk. Returns the bytes unchanged when they are not a PNG or `text` is empty.
    static func png(_ bytes: [UInt8], keyword: String = "Description", text: String) -> [UInt8] {
        guard !text.isEmpty, bytes.count > 33, Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return bytes }
        // IHDR: 8-byte signature, then length (4) type (4) data (13) crc (4) = 33 bytes.
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
        let data: [UInt8] = Array(keyword.utf8) + [0, 0, 0, 0, 0] + Array(text.utf8)
        var chunk: [UInt8] = []
        let n = UInt32(data.count)
        chunk += [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)]
        let typed = Array("iTXt".utf8) + data
        chunk += typed
        let c = crc32(typed)
        chunk += [UInt8(c >> 24), UInt8((c >> 16) & 0xFF), UInt8((c >> 8) & 0xFF), UInt8(c & 0xFF)]
        return Array(bytes[0..<ihdrEnd]) + chunk + Array(bytes[ihdrEnd...])
    }

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

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
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
