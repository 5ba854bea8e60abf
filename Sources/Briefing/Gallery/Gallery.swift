import ChartCairo
import ChartKit
import Dispatch
import Foundation
import IndicatorKit

/// The chart gallery: a folder of chart specs and their rendered outputs. `render` draws every
/// spec in parallel (one task per spec, across cores); with `check`, it compares freshly
/// rendered outputs with the files on disk instead of writing (PNG with a pixel tolerance, SVG
/// and PDF by text) and reports the stale ones.
public enum Gallery {
    /// The outcome of one spec's output file.
    public enum Status: String, Sendable {
        case written, unchanged, stale, missing
    }

    /// What `render` did, or found with `check`, for each output file.
    public struct Report: Sendable {
        /// Every output file with its status, in spec order.
        public var files: [(path: String, status: Status)] = []
        /// The outputs that are out of date or missing.
        public var stale: [String] { files.filter { $0.status == .stale || $0.status == .missing }.map(\.path) }
    }

    /// Share of pixels that may differ (by more than `pixelThreshold` in a channel) before a PNG
    /// counts as stale; font rasterisers change a few edge pixels between library versions.
    public static let maximumDifferingFraction = 0.002
    /// Channel difference (0-255) above which a pixel counts as differing.
    public static let pixelThreshold = 48

    /// The spec files of a folder (`*.yaml`, `*.yml`, `*.json` except the schema), sorted.
    public static func specs(in folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw DatasetError(SourcePosition(file: folder, line: 1, column: 1), "cannot read the folder")
        }
        return names.filter { n in
            let l = n.lowercased()
            return !n.hasPrefix(".") && !l.hasSuffix(".schema.json") && (l.hasSuffix(".yaml") || l.hasSuffix(".yml") || l.hasSuffix(".json"))
        }.sorted().map { SpecPath.join(folder, $0) }
    }

    /// Parses and resolves specs against their datasets, collecting every error before anything is drawn.
    /// - Throws: `DatasetErrors` with the problems of every spec.
    public static func resolve(_ paths: [String], fallbackDataset: String?) throws -> [ResolvedChart] {
        var errors: [DatasetError] = []
        var datasets: [String: Dataset] = [:]
        var out: [ResolvedChart] = []
        var outputs: [String: String] = [:]
        for p in paths {
            do {
                let f = try ChartFile.load(path: p)
                let dir = try f.datasetDirectory(fallback: fallbackDataset)
                let ds: Dataset
                if let d = datasets[dir] { ds = d } else { ds = try DatasetLoader.load(directory: dir); datasets[dir] = ds }
                let r = try f.resolve(ds, datasetDirectory: dir)
                for o in f.outputPaths {
                    if let other = outputs[o] {
                        errors.append(DatasetError(f.position("output.name"), "the output `\(o)` is also written by \(other); give one of them another `output.name`"))
                    }
                    outputs[o] = p
                }
                out.append(r)
            } catch let e as DatasetErrors {
                errors += e.errors
            } catch let e as DatasetError {
                errors.append(e)
            }
        }
        if !errors.isEmpty { throw DatasetErrors(errors) }
        return out
    }

    /// Renders every spec of `folder` (and the schema file), in parallel.
    /// - Parameters:
    ///   - check: compare with the files on disk instead of writing them.
    ///   - progress: called after each spec (from any thread, one call at a time) with the number
    ///     done, the total and the spec's path.
    /// - Throws: `DatasetErrors` for bad specs (nothing is drawn), or the first rendering error.
    public static func render(folder: String, fallbackDataset: String?, check: Bool,
                              progress: @escaping @Sendable (Int, Int, String) -> Void = { _, _, _ in }) throws -> Report {
        let charts = try resolve(try specs(in: folder), fallbackDataset: fallbackDataset)
        let results = Locked([[(String, Status)]?](repeating: nil, count: charts.count))
        let firstError = Locked<Error?>(nil)
        let done = Locked(0)
        DispatchQueue.concurrentPerform(iterations: charts.count) { i in
            let c = charts[i]
            do {
                let r = try renderOne(c, check: check)
                results.with { $0[i] = r }
            } catch {
                firstError.with { if $0 == nil { $0 = error } }
            }
            done.with { n in
                n += 1
                progress(n, charts.count, c.file.path)
            }
        }
        if let e = firstError.value { throw e }
        var report = Report()
        for r in results.value { report.files += (r ?? []).map { (path: $0.0, status: $0.1) } }
        // The schema is an output too.
        let schemaPath = SpecPath.join(folder, SpecSchema.fileName)
        report.files.append((schemaPath, try settle(Array(SpecSchema.text().utf8), path: schemaPath, format: nil, check: check)))
        return report
    }

    /// Renders one chart to the bytes of each of its formats.
    public static func outputs(_ c: ResolvedChart, measurer: TextMeasurer = PangoTextMeasurer()) throws -> [(path: String, format: ChartFile.Format, bytes: [UInt8])] {
        let scene = try c.scene(measurer: measurer)
        return try zip(c.file.outputPaths, c.file.formats).map { path, f in
            (path, f, try CairoRenderer.render(scene, format: ImageFormat(f, scale: c.file.scale, svgText: c.file.output.svgText)))
        }
    }

    static func renderOne(_ c: ResolvedChart, check: Bool) throws -> [(String, Status)] {
        try outputs(c).map { ($0.path, try settle($0.bytes, path: $0.path, format: $0.format, check: check)) }
    }

    /// Writes `bytes` (unless unchanged) or, with `check`, compares them with the file.
    static func settle(_ bytes: [UInt8], path: String, format: ChartFile.Format?, check: Bool) throws -> Status {
        let old = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        if check {
            // Checking forgives the anti-aliasing differences of another Cairo or FreeType
            // version (PNG within a pixel tolerance); the SVG beside each PNG catches text changes.
            guard let old else { return .missing }
            let same = old == bytes || (format.map { equivalent(old, bytes, format: $0) } ?? false)
            return same ? .unchanged : .stale
        }
        // Writing keeps nothing stale: any byte that differs is written, so a committed PNG
        // always shows what the renderer draws now (a changed label is well under the tolerance).
        if old == bytes { return .unchanged }
        try AtomicFile.write(bytes, to: path)
        return .written
    }

    /// Whether two renderings show the same thing: PNGs within the pixel tolerance, SVG and
    /// PDF by their text.
    public static func equivalent(_ a: [UInt8], _ b: [UInt8], format: ChartFile.Format) -> Bool {
        switch format {
        case .png:
            guard let x = try? RasterImage.decodePNG(a), let y = try? RasterImage.decodePNG(b) else { return false }
            return x.fractionDiffering(from: y, threshold: pixelThreshold) <= maximumDifferingFraction
        case .svg, .pdf:
            return a == b
        }
    }
}

/// A value behind a lock, for results gathered from `concurrentPerform`.
final class Locked<T>: @unchecked Sendable {
    private var v: T
    private let lock = NSLock()
    init(_ v: T) { self.v = v }
    var value: T { lock.lock(); defer { lock.unlock() }; return v }
    func with<R>(_ body: (inout T) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&v) }
}
