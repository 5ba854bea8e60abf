import CCairo
@testable import ChartCairo
import Testing

/// The PNG encoder's own arithmetic against the plain definitions: Adler-32 against zlib's, the
/// one-pass Up filter of opaque rows against converting both rows and subtracting byte by byte.
@Suite struct FastPNGTests {
    /// A reproducible byte stream (a linear congruential generator's high bytes).
    static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    @Test func adlerMatchesZlib() {
        // Lengths around the 16-byte chunks and the 5,552-byte blocks; all-0xFF bytes give the
        // largest sums a block can reach.
        let lengths = [0, 1, 15, 16, 17, 31, 5551, 5552, 5553, 5552 * 3 + 7, 100_003]
        for (k, n) in lengths.enumerated() {
            for data in [Self.bytes(n, seed: UInt64(k + 1)), [UInt8](repeating: 0xFF, count: n)] {
                for start: UInt32 in [1, 0xFFF0_FFF0, 0x1234_5678] {
                    let ours = data.withUnsafeBufferPointer { FastPNG.adler32Update(start, $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, n) }
                    let zlib = data.withUnsafeBufferPointer { adler32(uLong(start), $0.baseAddress, uInt(n)) }
                    #expect(UInt(ours) == UInt(zlib), "\(n) bytes from \(start)")
                }
            }
        }
    }

    @Test func opaqueRowsAreTheUpFilterOfTheConvertedRows() {
        let width = 37, height = 3
        var words = Self.bytes(width * height * 4, seed: 7).withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        for i in words.indices { words[i] |= 0xFF00_0000 }  // opaque
        words.withUnsafeBytes { raw in
            let image = FastPNG.Pixels(data: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), width: width, height: height, stride: width * 4)
            var above = [UInt8](repeating: 0, count: width * 3), current = above
            var out = [UInt8](repeating: 0, count: width * 3 + 1)
            above.withUnsafeMutableBufferPointer { image.convert(1, opaque: true, into: $0.baseAddress!) }
            current.withUnsafeMutableBufferPointer { image.convert(2, opaque: true, into: $0.baseAddress!) }
            out.withUnsafeMutableBufferPointer { image.opaqueRow(2, minus: 1, into: $0.baseAddress!) }
            #expect(Array(out.prefix(width * 3)) == zip(current, above).map { $0 &- $1 })
            out.withUnsafeMutableBufferPointer { image.opaqueRow(2, minus: nil, into: $0.baseAddress!) }
            #expect(Array(out.prefix(width * 3)) == current)
        }
    }
}
