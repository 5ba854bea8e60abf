import CCairo
import ChartKit
#if canImport(Glibc)
import Glibc
#endif

/// PNG encoding of an ARGB32 image surface, about ten times faster than
/// `cairo_surface_write_to_png_stream`, which lets libpng try all five row filters on every row
/// and compresses at zlib's default level (60-80% of the time of a chart).
///
/// The pixels and chunks are those Cairo writes (RGB when every pixel is opaque, else RGBA
/// un-premultiplied as Cairo does; a white bKGD). Rows use the Up filter and zlib level 1, so
/// files are somewhat larger than Cairo's.
///
/// An image is encoded in bands of rows at once, one per core, the way pigz splits a stream: each
/// band is converted, filtered and compressed as raw deflate on its own thread (every band but the
/// last ends with a full flush, so it stops on a byte boundary without ending the stream), the
/// bands' Adler-32 checksums are combined with `adler32_combine`, and the zlib header and checksum
/// are written around them. The result is one valid zlib stream; a band only loses matches
/// reaching back into the one before. The bands depend only on the height, so the same image
/// gives the same bytes on any machine.
enum FastPNG {
    /// Rows per band, about: a band is drawn and encoded as one piece of work, and several per
    /// core even out bands with more to draw than others.
    static let rowsPerBand = 128
    /// At most this many bands.
    static let maximumBands = 16

    /// The bands of an image of `height` rows: `height / rowsPerBand` of them (one to
    /// `maximumBands`), as equal as whole rows allow.
    static func bands(height: Int) -> [Range<Int>] {
        let count = max(1, min(maximumBands, height / rowsPerBand))
        return (0..<count).map { k in (k * height / count)..<((k + 1) * height / count) }
    }

    /// The PNG bytes of `image` (premultiplied ARGB32 pixels), with `text` as its description
    /// (see `assemble`), or nil when zlib fails.
    static func encode(_ image: Pixels, text: String = "") -> [UInt8]? {
        guard image.width > 0, image.height > 0 else { return nil }
        let bands = bands(height: image.height)

        // 1. Opaque? (Cairo's own test: then it writes RGB.)
        let opaque = concurrentMap(bands.count) { image.isOpaque(rows: bands[$0]) }.allSatisfy { $0 }

        // 2. Each band converted, filtered and deflated on its own thread.
        let parts = concurrentMap(bands.count) {
            Band.encode(image, rows: bands[$0], opaque: opaque, last: $0 == bands.count - 1, afterRowAbove: true)
        }
        return assemble(parts, width: image.width, height: image.height, opaque: opaque, text: text)
    }

    /// The PNG file of encoded bands, in order: signature, IHDR, an iTXt chunk `Description`
    /// holding `text` (UTF-8, uncompressed, no language tag; none when `text` is empty), bKGD
    /// (white, as Cairo writes), one IDAT with the bands' deflate data between a zlib header and
    /// the combined Adler-32, IEND. Nil when a band failed.
    static func assemble(_ bands: [Band?], width: Int, height: Int, opaque: Bool, text: String = "") -> [UInt8]? {
        var stream: [UInt8] = [0x78, 0x01]  // zlib header: deflate, 32 KB window, fastest level
        var adler = adler32(0, nil, 0)
        for band in bands {
            guard let band else { return nil }
            stream += band.deflated
            adler = adler32_combine(adler, band.adler, band.rawCount)
        }
        stream += bigEndian(UInt32(truncatingIfNeeded: adler))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(stream.count + 128)
        func chunk(_ type: String, _ body: [UInt8]) {
            png += bigEndian(UInt32(body.count))
            let start = png.count
            png += Array(type.utf8)
            png += body
            let crc = png.withUnsafeBufferPointer { crc32(0, $0.baseAddress! + start, UInt32(4 + body.count)) }
            png += bigEndian(UInt32(truncatingIfNeeded: crc))
        }
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, opaque ? 2 : 6, 0, 0, 0])
        // Keyword, NUL, compression flag and method 0, empty language tag and translated keyword.
        if !text.isEmpty { chunk("iTXt", Array("Description".utf8) + [0, 0, 0, 0, 0] + Array(text.utf8)) }
        chunk("bKGD", [0, 0xFF, 0, 0xFF, 0, 0xFF])
        chunk("IDAT", stream)
        chunk("IEND", [])
        return png
    }

    /// Adler-32 of `count` bytes at `p`, continuing from `adler` (zlib's `adler32`, same values).
    ///
    /// zlib adds byte by byte (a tenth of a chart's encoding time); this adds 16 bytes at a time
    /// in vector lanes, the way zlib-ng's SIMD versions do. Over J chunks of 16, lane l keeps the
    /// plain sum of its bytes (s1v) and, before each chunk, adds s1v into s2v; byte l of chunk j
    /// then counts J - 1 - j times in s2v, and s2 += 16 * sum(s2v) + sum((16 - l) * s1v[l])
    /// gives each byte its weight (16 (J - j) - l). Blocks of 5,552 bytes (zlib's NMAX) keep every
    /// sum inside 32 bits before it is reduced modulo 65521.
    static func adler32Update(_ adler: UInt32, _ p: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
        let base: UInt64 = 65521
        let weights = SIMD16<UInt32>(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
        var s1 = UInt64(adler & 0xFFFF), s2 = UInt64(adler >> 16)
        let raw = UnsafeRawPointer(p)
        var i = 0
        while count - i >= 16 {
            let chunks = min(347, (count - i) / 16)  // 347 * 16 = 5,552
            var s1v = SIMD16<UInt32>(), s2v = SIMD16<UInt32>()
            for c in 0..<chunks {
                let v = SIMD16<UInt32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: i + 16 * c, as: SIMD16<UInt8>.self))
                s2v &+= s1v
                s1v &+= v
            }
            let n = UInt64(16 * chunks)
            s2 = (s2 + n * s1 + 16 * UInt64(s2v.wrappedSum()) + UInt64((s1v &* weights).wrappedSum())) % base
            s1 = (s1 + UInt64(s1v.wrappedSum())) % base
            i += 16 * chunks
        }
        while i < count {
            s1 = (s1 + UInt64(p[i])) % base
            s2 = (s2 + s1) % base
            i += 1
        }
        return UInt32(s2 << 16 | s1)
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }

    /// The surface's pixels (premultiplied ARGB32, native endian), read-only.
    struct Pixels: @unchecked Sendable {
        let data: UnsafePointer<UInt8>
        let width: Int, height: Int, stride: Int

        func row(_ y: Int) -> UnsafePointer<UInt32> {
            UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
        }

        func isOpaque(rows: Range<Int>) -> Bool {
            for y in rows {
                let r = row(y)
                for x in 0..<width where r[x] >> 24 != 0xFF { return false }
            }
            return true
        }

        /// Row `y` of an opaque image as a filtered PNG row without its filter byte, written at
        /// `out`: R G B, minus the row above's when `above` is given (the Up filter, byte by byte
        /// modulo 256). One pass from the pixels: the channels are subtracted four at a time in
        /// one word and each pixel is written as one 4-byte store, the next pixel's store
        /// overwriting the fourth byte (`out` needs one byte to spare after the row).
        func opaqueRow(_ y: Int, minus above: Int?, into out: UnsafeMutablePointer<UInt8>) {
            let r = row(y)
            let o = UnsafeMutableRawPointer(out)
            if let above {
                let q = row(above)
                for x in 0..<width {
                    let a = r[x], b = q[x]
                    // Byte-wise a - b without borrows between bytes.
                    let d = ((a | 0x8080_8080) &- (b & 0x7F7F_7F7F)) ^ ((a ^ ~b) & 0x8080_8080)
                    o.storeBytes(of: (d >> 16 & 0xFF | d & 0xFF00 | (d & 0xFF) << 16).littleEndian, toByteOffset: 3 * x, as: UInt32.self)
                }
            } else {
                for x in 0..<width {
                    let a = r[x]
                    o.storeBytes(of: (a >> 16 & 0xFF | a & 0xFF00 | (a & 0xFF) << 16).littleEndian, toByteOffset: 3 * x, as: UInt32.self)
                }
            }
        }

        /// Row `y` as PNG wants it (R G B [A], straight alpha), written at `out`.
        func convert(_ y: Int, opaque: Bool, into out: UnsafeMutablePointer<UInt8>) {
            let r = row(y)
            var o = out
            if opaque {
                for x in 0..<width {
                    let p = r[x]
                    o[0] = UInt8(truncatingIfNeeded: p >> 16)
                    o[1] = UInt8(truncatingIfNeeded: p >> 8)
                    o[2] = UInt8(truncatingIfNeeded: p)
                    o += 3
                }
            } else {
                for x in 0..<width {
                    let p = r[x], a = p >> 24
                    if a == 0 { o[0] = 0; o[1] = 0; o[2] = 0; o[3] = 0 } else {
                        o[0] = UInt8(((p >> 16 & 0xFF) * 255 + a / 2) / a)
                        o[1] = UInt8(((p >> 8 & 0xFF) * 255 + a / 2) / a)
                        o[2] = UInt8(((p & 0xFF) * 255 + a / 2) / a)
                        o[3] = UInt8(a)
                    }
                    o += 4
                }
            }
        }
    }

    /// One band of rows, filtered and deflated.
    struct Band {
        /// Raw deflate data: ends with a full flush, or ends the stream for the last band.
        var deflated: [UInt8]
        /// Adler-32 of the band's filtered rows, and their length.
        var adler: uLong
        var rawCount: Int

        /// Filtered rows are handed to zlib in pieces of about this many bytes (at least one row),
        /// from one buffer that stays in the cache (a whole band would be megabytes of fresh pages
        /// to fault in).
        static let pieceBytes = 64 << 10
        /// zlib writes its output into a buffer of this many bytes at a time.
        static let sinkBytes = 64 << 10

        /// Encodes `rows` of `image`. With `afterRowAbove` the band's first row is filtered against
        /// the row above it (which must be final); without, it is written unfiltered, so a band
        /// can be encoded before the one above is drawn.
        static func encode(_ image: Pixels, rows: Range<Int>, opaque: Bool, last: Bool, afterRowAbove: Bool) -> Band? {
            let rowBytes = 1 + image.width * (opaque ? 3 : 4)
            let rowsPerPiece = max(1, pieceBytes / rowBytes)
            // One byte to spare after the last row: `opaqueRow` writes four bytes per pixel.
            let piece = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes * rowsPerPiece + 1)
            let sink = UnsafeMutablePointer<UInt8>.allocate(capacity: sinkBytes)
            // A transparent image's rows are converted into `current` and filtered against `above`.
            var above = UnsafeMutablePointer<UInt8>.allocate(capacity: opaque ? 0 : rowBytes)
            var current = UnsafeMutablePointer<UInt8>.allocate(capacity: opaque ? 0 : rowBytes)
            defer { piece.deallocate(); above.deallocate(); current.deallocate(); sink.deallocate() }
            var z = z_stream()
            guard deflateInit2_(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
            defer { deflateEnd(&z) }
            var out: [UInt8] = []
            var adler = adler32(0, nil, 0)
            // The row above the band (not written): the Up filter of the band's first row subtracts it.
            let firstFiltered = afterRowAbove ? max(1, rows.lowerBound) : rows.lowerBound + 1
            if !opaque, afterRowAbove, rows.lowerBound > 0 { image.convert(rows.lowerBound - 1, opaque: false, into: above) }
            var y = rows.lowerBound
            while y < rows.upperBound {
                // 1. A piece of rows: each converted (R G B [A], straight alpha), then filtered
                // (None for the image's first row, and for the band's first row when it does not
                // follow the row above; Up for the others: minus the row above); an opaque row in
                // one pass from the pixels.
                let count = min(rowsPerPiece, rows.upperBound - y)
                for r in 0..<count {
                    let o = piece + r * rowBytes
                    let filtered = y + r >= firstFiltered
                    o[0] = filtered ? 2 : 0
                    if opaque {
                        image.opaqueRow(y + r, minus: filtered ? y + r - 1 : nil, into: o + 1)
                        continue
                    }
                    image.convert(y + r, opaque: false, into: current)
                    if filtered {
                        for k in 0..<rowBytes - 1 { o[1 + k] = current[k] &- above[k] }
                    } else {
                        (o + 1).update(from: current, count: rowBytes - 1)
                    }
                    swap(&above, &current)
                }
                y += count
                // 2. Deflated; the last piece ends the band.
                let length = count * rowBytes
                adler = uLong(FastPNG.adler32Update(UInt32(truncatingIfNeeded: adler), piece, length))
                z.next_in = piece
                z.avail_in = uInt(length)
                let flush = y < rows.upperBound ? Z_NO_FLUSH : last ? Z_FINISH : Z_FULL_FLUSH
                repeat {
                    z.next_out = sink
                    z.avail_out = uInt(sinkBytes)
                    let status = deflate(&z, flush)
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else { return nil }
                    out.append(contentsOf: UnsafeBufferPointer(start: sink, count: sinkBytes - Int(z.avail_out)))
                } while z.avail_out == 0
                guard z.avail_in == 0 else { return nil }
            }
            return Band(deflated: out, adler: adler, rawCount: rows.count * rowBytes)
        }
    }
}
