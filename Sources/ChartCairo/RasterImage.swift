import CCairo

/// A decoded PNG as 8-bit RGBA pixels, for comparing rendered images with a tolerance
/// (never byte for byte: PNG encoders and font rasterisers change between library versions).
public struct RasterImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Premultiplied ARGB, one `UInt32` per pixel, rows top to bottom.
    public let pixels: [UInt32]

    /// Decodes PNG bytes through Cairo.
    /// - Throws: `RenderError.cairo` when the bytes are not a PNG Cairo can read.
    public static func decodePNG(_ bytes: [UInt8]) throws -> RasterImage {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
        defer { cairo_surface_destroy(surface) }
        try CairoRenderer.check(cairo_surface_status(surface), "decoding a PNG")
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            return RasterImage(width: w, height: h, pixels: [])
        }
        var px = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<w { px[y * w + x] = row.load(fromByteOffset: x * 4, as: UInt32.self) }
        }
        return RasterImage(width: w, height: h, pixels: px)
    }

    /// The share of pixels (0...1) whose largest channel difference exceeds `threshold` (0...255);
    /// 1 when the sizes differ.
    public func fractionDiffering(from other: RasterImage, threshold: Int = 48) -> Double {
        guard width == other.width, height == other.height, !pixels.isEmpty else { return 1 }
        var count = 0
        for (a, b) in zip(pixels, other.pixels) where a != b {
            var worst = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                let d = abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF))
                worst = max(worst, d)
            }
            if worst > threshold { count += 1 }
        }
        return Double(count) / Double(pixels.count)
    }
}
