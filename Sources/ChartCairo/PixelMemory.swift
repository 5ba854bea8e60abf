import CCairo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pixels of a PNG in a fresh anonymous mapping of their own, advised as huge pages on Linux.
///
/// A 1600 x 1200 chart is 7.7 MB of pixels: in 4 KB pages that is about 1,900 page faults as
/// Cairo paints the background (a few milliseconds of kernel time, a tenth of the whole run),
/// against four with 2 MB pages. Fresh anonymous memory reads as zero, as Cairo's own surfaces
/// start (transparent black). The mapping must outlive the surfaces drawing into it: call
/// `release()` after `cairo_surface_destroy`.
final class PixelMemory: @unchecked Sendable {
    let width: Int, height: Int, stride: Int
    private let mapping: UnsafeMutableRawPointer
    private let mappedBytes: Int
    /// The first pixel (row 0); rows are `stride` bytes apart.
    let pixels: UnsafeMutableRawPointer
    private var released = false

    /// Memory for an ARGB32 surface of `width` x `height` pixels, or nil when the system refuses it.
    init?(width: Int, height: Int) {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
        guard stride > 0, width > 0, height > 0 else { return nil }
        let bytes = stride * height
        let huge = 2 << 20
        // Whole huge pages from a 2 MB boundary: a page that runs past the mapping's end would fall
        // back to 4 KB pages.
        let rounded = (bytes + huge - 1) & ~(huge - 1)
        let length = rounded + huge
        guard let m = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), m != MAP_FAILED else {
            return nil
        }
        let aligned = (Int(bitPattern: m) + huge - 1) & ~(huge - 1)
        #if os(Linux)
        _ = madvise(UnsafeMutableRawPointer(bitPattern: aligned), rounded, 14 /* MADV_HUGEPAGE */)
        #endif
        self.width = width; self.height = height; self.stride = stride
        mapping = m; mappedBytes = length
        pixels = UnsafeMutableRawPointer(bitPattern: aligned)!
    }

    /// A new image surface drawing into `rows` of this memory, its row 0 being `rows.lowerBound`
    /// (the caller destroys it before `release()`; a failure is an error surface, see
    /// `cairo_surface_status`).
    func surface(rows: Range<Int>) -> OpaquePointer {
        cairo_image_surface_create_for_data((pixels + rows.lowerBound * stride).assumingMemoryBound(to: UInt8.self),
                                            CAIRO_FORMAT_ARGB32, Int32(width), Int32(rows.count), Int32(stride))
    }

    /// The pixels, for the encoder (after every surface drawing into them is flushed).
    var image: FastPNG.Pixels {
        FastPNG.Pixels(data: UnsafePointer(pixels.assumingMemoryBound(to: UInt8.self)), width: width, height: height, stride: stride)
    }

    /// Unmaps the memory; the surface drawing into it must be destroyed first.
    func release() {
        guard !released else { return }
        released = true
        munmap(mapping, mappedBytes)
    }

    deinit { release() }
}
