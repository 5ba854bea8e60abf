import ChartCairo
@testable import ChartKit
import Testing

@Suite(.serialized) struct DecimationTests {
    /// A seeded random walk of `n` points over x = 0..<n.
    static func walk(_ n: Int, seed: UInt64 = 7) -> (x: [Double], y: [Double]) {
        var state = seed
        var y = 100.0
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(n); ys.reserveCapacity(n)
        for i in 0..<n {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(state >> 11) / Double(1 << 53)
            y += (u - 0.5) * 2
            if i % 50_000 == 0 { y += 40 }  // a few spikes
            xs.append(Double(i)); ys.append(y)
        }
        return (xs, ys)
    }

    let columns = Decimation.PixelColumns(LinearScale(domain: 0...99_999, range: (10, 1010)))

    @Test func keepsTheExtremesOfEveryPixelColumn() {
        let (x, y) = Self.walk(100_000)
        let keep = Decimation.m4Indices(x: x, y: y, columns: columns)
        var byColumn: [Int: (lo: Double, hi: Double)] = [:]
        for i in x.indices {
            let c = Int((x[i] * columns.scale + columns.offset).rounded(.down))
            let e = byColumn[c] ?? (y[i], y[i])
            byColumn[c] = (min(e.lo, y[i]), max(e.hi, y[i]))
        }
        var kept: [Int: (lo: Double, hi: Double)] = [:]
        for i in keep {
            let c = Int((x[i] * columns.scale + columns.offset).rounded(.down))
            let e = kept[c] ?? (y[i], y[i])
            kept[c] = (min(e.lo, y[i]), max(e.hi, y[i]))
        }
        #expect(byColumn.count == kept.count)
        for (c, e) in byColumn {
            #expect(kept[c]?.lo == e.lo && kept[c]?.hi == e.hi, "column \(c)")
        }
    }

    @Test func keepsFirstAndLastAndOrder() {
        let (x, y) = Self.walk(100_000)
        let keep = Decimation.m4Indices(x: x, y: y, columns: columns)
        #expect(keep.first == 0)
        #expect(keep.last == 99_999)
        #expect(zip(keep, keep.dropFirst()).allSatisfy { $0 < $1 }, "indices ascend: points are never reordered")
    }

    @Test func outputSizeIsBoundedByTheColumns() {
        let (x, y) = Self.walk(1_000_000)
        let cols = Decimation.PixelColumns(LinearScale(domain: 0...999_999, range: (0, 1000)), pixelsPerPoint: 2)
        let keep = Decimation.m4Indices(x: x, y: y, columns: cols)
        #expect(keep.count <= 4 * 2001)
        #expect(keep.count > 2 * 2000, "a random walk has distinct extremes in almost every column")
        let pts = Decimation.m4(x: x, y: y, xScale: LinearScale(domain: 0...999_999, range: (0, 1000)),
                                yScale: LinearScale(domain: -1000...1000, range: (500, 0)), pixelsPerPoint: 1)
        #expect(pts.count <= 4 * 1001)
    }

    @Test func shortSeriesAreKeptWhole() {
        let x: [Double] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], y: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
        let keep = Decimation.m4Indices(x: x, y: y, columns: Decimation.PixelColumns(LinearScale(domain: 0...9, range: (0, 900))))
        #expect(keep == Array(0..<10))
    }

    @Test func unsortedXAndNonFiniteValues() {
        // x goes back and forth: each run of consecutive samples in one column is reduced on its own.
        let x: [Double] = [0, 0.1, 0.2, 0.3, 5, 5.1, 0.4, 0.5, .nan, 0.6]
        let y: [Double] = [1, 9, -3, 2, 0, 1, 7, 8, 100, .infinity]
        let keep = Decimation.m4Indices(x: x, y: y, columns: Decimation.PixelColumns(scale: 1, offset: 0))
        #expect(keep == [0, 1, 2, 3, 4, 5, 6, 7])
        let spike = Decimation.m4Indices(x: [0, 0.1, 0.2, 0.3, 0.4, 0.5], y: [1, 2, 9, 3, -4, 1],
                                          columns: Decimation.PixelColumns(scale: 1, offset: 0))
        #expect(spike == [0, 2, 4, 5])
    }

    /// A long series is reduced in two halves at once; the result is exactly one pass's, also when
    /// the middle falls inside a run, x goes back and forth, values are missing, or every point is
    /// in one column (then there is no split).
    @Test func twoHalvesGiveExactlyTheOnePassResult() {
        let n = 300_000
        let (x, y) = Self.walk(n)
        var shuffledX = x, holes = y
        var state: UInt64 = 11
        for i in stride(from: 0, to: n, by: 7) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            shuffledX[i] = Double(state >> 40)  // jumps back and forth
        }
        for i in stride(from: n / 2 - 40, to: n / 2 + 40, by: 3) { holes[i] = .nan }
        let narrow = Decimation.PixelColumns(LinearScale(domain: 0...Double(n - 1), range: (0, 0.5)))
        let cases: [(String, [Double], [Double], Decimation.PixelColumns)] = [
            ("sorted", x, y, columns), ("back and forth", shuffledX, y, columns),
            ("missing values at the middle", x, holes, columns), ("one column", x, y, narrow),
            ("wide columns", x, y, Decimation.PixelColumns(LinearScale(domain: 0...Double(n - 1), range: (0, 3)))),
        ]
        for (name, xs, ys, cols) in cases {
            let whole = Decimation.m4Indices(x: xs, y: ys, columns: cols, range: 0..<n)
            #expect(Decimation.m4Indices(x: xs, y: ys, columns: cols) == whole, "\(name)")
        }
        #expect(Decimation.runStart(x: x, y: y, columns: narrow, from: n / 2) == nil)
        if let s = Decimation.runStart(x: x, y: y, columns: columns, from: n / 2) {
            #expect(narrow.scale > 0 && columns.column(x[s]) != columns.column(x[s - 1]))
        } else {
            Issue.record("a sorted series over 1,000 columns has a run start after its middle")
        }
    }

    /// The reduced line draws the same pixels as the full one (within ChartCairo's PNG tolerance),
    /// and its SVG is a fraction of the size.
    @Test func reducedLineLooksLikeTheFullLine() throws {
        let n = 200_000
        let (x, y) = Self.walk(n)
        let size = Size(width: 1200, height: 675)
        let xs = LinearScale(domain: 0...Double(n - 1), range: (60, 1170))
        let lo = y.min()!, hi = y.max()!
        let ys = LinearScale(domain: lo...hi, range: (640, 40))
        func scene(_ pts: [Point]) -> Scene {
            let stroke = StrokeStyle(color: Color(hex: 0x0072B2), width: 1.2, cap: .round, join: .round)
            return Scene(size: size, nodes: [.group(GroupNode(clip: Rect(x: 50, y: 30, width: 1130, height: 620),
                                                              children: [.path(.polyline(pts, stroke: stroke, role: "line"))]))])
        }
        let full = scene(zip(x, y).map { Point(xs($0), ys($1)) })
        for scale in [1.0, 2.0] {
            let a = try RasterImage.decodePNG(try CairoRenderer.render(full, format: .png(scale: scale)))
            // Two columns per device pixel: fewer than 0.2% of pixels differ by more than 48/255
            // (the goldens allow 0.5%), none by more than half.
            let fine = Decimation.m4(x: x, y: y, xScale: xs, yScale: ys, pixelsPerPoint: scale * 2)
            #expect(fine.count <= 4 * 2 * 1200 * Int(scale) + 4)
            let b = try RasterImage.decodePNG(try CairoRenderer.render(scene(fine), format: .png(scale: scale)))
            let differing = a.fractionDiffering(from: b)
            #expect(differing < 0.002, "scale \(scale): \(differing * 100)% of pixels differ by more than 48/255")
            #expect(a.fractionDiffering(from: b, threshold: 128) == 0, "scale \(scale): a pixel is off by more than half")
            // Four columns per pixel: practically identical.
            let finer = Decimation.m4(x: x, y: y, xScale: xs, yScale: ys, pixelsPerPoint: scale * 4)
            let d = try RasterImage.decodePNG(try CairoRenderer.render(scene(finer), format: .png(scale: scale)))
            #expect(a.fractionDiffering(from: d) < 0.0002, "scale \(scale)")
            // One column per device pixel (plain M4, what `indicators plot` uses for PNG and SVG) is
            // still within the goldens' tolerance (0.5%): antialiased edges of the 1.2-point stroke
            // differ a little where the kept points sit.
            let plain = Decimation.m4(x: x, y: y, xScale: xs, yScale: ys, pixelsPerPoint: scale)
            let c = try RasterImage.decodePNG(try CairoRenderer.render(scene(plain), format: .png(scale: scale)))
            #expect(a.fractionDiffering(from: c) < 0.005, "scale \(scale)")
        }
        let svgFull = try CairoRenderer.render(full, format: .svg)
        let svgReduced = try CairoRenderer.render(scene(Decimation.m4(x: x, y: y, xScale: xs, yScale: ys)), format: .svg)
        #expect(svgReduced.count < 300_000, "\(svgReduced.count) bytes")
        #expect(svgReduced.count * 10 < svgFull.count, "\(svgReduced.count) vs \(svgFull.count) bytes")
    }
}

extension DecimationTests {
    /// M4 as defined, one point at a time with `column` for every point: the reference the fast
    /// path (points tested against an x interval known to be in the column) must match exactly.
    static func referenceM4(x: [Double], y: [Double], columns: Decimation.PixelColumns) -> [Int] {
        var out: [Int] = []
        var col = Int.min, first = -1, lo = -1, hi = -1, last = -1
        func flush() {
            guard first >= 0 else { return }
            out.append(first)
            let (a, b) = lo < hi ? (lo, hi) : (hi, lo)
            if a != first { out.append(a) }
            if b != a && b != first { out.append(b) }
            if last != b && last != first { out.append(last) }
        }
        for i in 0..<min(x.count, y.count) where x[i].isFinite && y[i].isFinite {
            let c = columns.column(x[i])
            if c != col {
                flush()
                col = c; first = i; lo = i; hi = i; last = i
            } else {
                if y[i] < y[lo] { lo = i }
                if y[i] > y[hi] { hi = i }
                last = i
            }
        }
        flush()
        return out
    }

    /// Random series of every shape the reduction meets: x ascending (with repeats), x in any
    /// order, x far from 0, x on column edges, non-finite x and y; several column widths.
    @Test func fastPathMatchesTheReference() {
        var state: UInt64 = 11
        func random() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for trial in 0..<60 {
            let n = 200 + Int(random() * 20_000)
            var x: [Double] = [], y: [Double] = []
            let base = [0.0, 1e9, -3e6, 1e15][trial % 4]
            let step = [1.0, 0.001, 37.5, 1e-9][trial % 4 == 3 ? 3 : Int(random() * 3)]
            var v = base
            for k in 0..<n {
                switch trial % 5 {
                case 0: v += step                                   // ascending
                case 1: v += random() < 0.3 ? 0 : step              // ascending with repeats
                case 2: v = base + random() * step * Double(n)      // any order
                case 3: v = base + (Double(k / 7) * step)           // steps landing on edges
                default: v += (random() - 0.3) * step               // mostly up, sometimes back
                }
                x.append(random() < 0.01 ? [Double.nan, .infinity, -.infinity][k % 3] : v)
                let r = random()
                if r < 0.01 {
                    y.append([Double.nan, .infinity, -.infinity][k % 3])
                } else if trial % 3 == 0 {
                    // Few levels: ties for the lowest and highest, and both zeros.
                    let level = Double(Int(random() * 5)) - 2
                    y.append(level == 0 && random() < 0.5 ? -0.0 : level)
                } else {
                    y.append((random() - 0.5) * 1000)
                }
            }
            let finite = x.filter(\.isFinite)
            guard let lo = finite.min(), let hi = finite.max(), hi > lo else { continue }
            for width in [300.0, 1100.0, 4400.0] {
                let columns = Decimation.PixelColumns(LinearScale(domain: lo...hi, range: (12.5, 12.5 + width)),
                                                      pixelsPerPoint: [1.0, 2.0, 0.5][trial % 3])
                let fast = Decimation.m4Indices(x: x, y: y, columns: columns)
                let reference = Self.referenceM4(x: x, y: y, columns: columns)
                #expect(fast == reference, "trial \(trial), width \(width): \(fast.count) vs \(reference.count) points")
            }
        }
    }

    /// The interval of a column holds only x of that column, and nearly all of it.
    @Test func columnIntervalsStayInsideTheirColumn() throws {
        let columns = Decimation.PixelColumns(LinearScale(domain: 0...999_999, range: (17.3, 1187.9)), pixelsPerPoint: 2)
        for c in [35, 36, 1000, 2375] {
            let span = try #require(columns.interval(of: c))
            #expect(columns.column(span.lo) == c && columns.column(span.hi) == c)
            #expect(columns.column(span.hi.nextUp) > c, "the upper end is the column's last x")
            #expect((span.hi - span.lo) * columns.scale > 0.999_999, "the interval spans the column")
        }
        #expect(Decimation.PixelColumns(scale: -2, offset: 0).interval(of: 3) == nil)
        #expect(Decimation.PixelColumns(scale: 0, offset: 5).interval(of: 5) == nil)
    }
}
