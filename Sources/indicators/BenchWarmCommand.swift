#if BENCHMARKS
import ArgumentParser
import ChartCairo
import ChartKit
import IndicatorKit
#if canImport(Glibc)
import Glibc
#endif

/// `indicators bench-warm`: the benchmark workloads (Benchmarks/README.md) drawn in one process,
/// N times each, timed. Like the matplotlib warm harness, the data is read once and one untimed
/// render comes first; a timed run is the scene (layout, text measuring) plus the rendered file.
struct BenchWarm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-warm",
        abstract: "Time the benchmark charts in one process (for Benchmarks/run.py --warm).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Folder with w1.csv, w2.csv and w3.csv (Benchmarks/data).")
    var data: String

    @Option(name: .long, help: "Timed runs per chart.")
    var runs: Int = 10

    @Option(name: .long, help: "Workloads, comma-separated.")
    var only: String = "w1,w2,w3"

    @Option(name: .long, help: "Formats, comma-separated: png, svg, pdf.")
    var formats: String = "png,svg"

    @Option(name: .long, help: "Folder for the rendered files (default: a temporary folder, removed afterwards).")
    var out: String?

    @Flag(name: .long, help: "Instead: time reading w2.csv with the general CSV reader and with NumericCSV (MB/s).")
    var csvThroughput = false

    /// The workloads, with the titles and sizes of Benchmarks/peers/spec.py.
    static func request(_ w: String) -> PlotRequest? {
        switch w {
        case "w1":
            return PlotRequest(kind: .bar, size: Size(width: 1200, height: 675), title: "Engagement indicators by period",
                               subtitle: "Four indicators across three periods, grouped",
                               source: "Source: synthetic benchmark data (seed 20231218)")
        case "w2":
            return PlotRequest(kind: .line, size: Size(width: 1200, height: 675), title: "Random walk, 1,000,000 points")
        case "w3":
            return PlotRequest(kind: .smallMultiples, gridColumns: 4, size: Size(width: 1600, height: 1200))
        default: return nil
        }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }

    func run() throws {
        guard runs >= 1 else { throw CLIError.badInput("--runs must be at least 1") }
        if csvThroughput { return try throughput() }
        let dir: String
        var temporary = false
        if let out { dir = out } else {
            var template = Array("/tmp/indicators-bench-XXXXXX".utf8CString)
            guard let p = mkdtemp(&template) else { throw CLIError.internalFault("cannot create a temporary folder", step: .writing) }
            dir = String(cString: p)
            temporary = true
        }
        if getenv("INDICATORS_SYSTEM_FONTS") == nil { PangoTextMeasurer.pinFontsForStartup() }
        let measurer = PangoTextMeasurer()
        var results: [(String, [(String, [Double], Int)])] = []
        var written: [String] = []
        for w in only.split(separator: ",").map(String.init) {
            guard let request = BenchWarm.request(w) else { throw CLIError.badInput("unknown workload '\(w)'; expected w1, w2 or w3") }
            let t0 = BenchWarm.now()
            let plotData = try PlotData.load(data + "/\(w).csv", request)
            let loadMs = BenchWarm.now() - t0
            var perFormat: [(String, [Double], Int)] = []
            for f in formats.split(separator: ",").map(String.init) {
                let path = "\(dir)/indicators-warm-\(w).\(f)"
                let format = try PlotRequest.imageFormat(output: path, format: nil, scale: 1)
                var times: [Double] = []
                var size = 0
                for i in 0...runs {
                    let start = BenchWarm.now()
                    try PlotRequest.mapErrors {
                        let scene = try request.scene(plotData, measurer: measurer, format: format)
                        let bytes = try CairoRenderer.render(scene, format: format)
                        try AtomicFile.write(bytes, to: path)
                        size = bytes.count
                    }
                    if i > 0 { times.append(BenchWarm.now() - start) }  // run 0 is the untimed warm-up
                }
                written.append(path)
                perFormat.append((f, times, size))
            }
            results.append((w, perFormat + [("load", [loadMs], 0)]))
        }
        if temporary {
            for p in written { unlink(p) }
            rmdir(dir)
        }
        emit(BenchWarm.json(results, runs: runs) + "\n")
    }

    /// Median MB/s of reading x,y from w2.csv: the strict general reader (a String per field, then
    /// PlainNumber), and NumericCSV on one and on two threads.
    func throughput() throws {
        let path = data + "/w2.csv"
        let size = Double(try NumericCSV.fileBytes(path).count)
        func measure(runs: Int = runs, _ body: () throws -> Int) throws -> (Double, Int) {
            var times: [Double] = [], rows = 0
            for _ in 0..<runs {
                let t0 = BenchWarm.now()
                rows = try body()
                times.append(BenchWarm.now() - t0)
            }
            times.sort()
            return (times[times.count / 2], rows)
        }
        let table = try measure(runs: min(runs, 3)) { try CSVTable(bytes: try NumericCSV.fileBytes(path), file: path).rows.count }
        let general = try measure(runs: 1) {
            let t = try CSVTable(bytes: try NumericCSV.fileBytes(path), file: path)
            var sum = 0.0
            for row in t.rows { for f in row.fields { if case .success(let v) = PlainNumber.parse(f) { sum += v } } }
            return sum.isNaN ? 0 : t.rows.count
        }
        let one = try measure { try NumericCSV.read(path: path, parallel: false) { _ throws(DatasetError) in (["x", "y"], nil) }.rowCount }
        let two = try measure { try NumericCSV.read(path: path, parallel: true) { _ throws(DatasetError) in (["x", "y"], nil) }.rowCount }
        func mbps(_ ms: Double) -> String { NumberFormat.decimal(size / 1e6 / (ms / 1000), decimals: 0, locale: .en, grouping: false) }
        func ms(_ v: Double) -> String { NumberFormat.decimal(v, decimals: 1, locale: .en, grouping: false) }
        emit("""
        {"file": "\(path)", "bytes": \(Int(size)), "rows": \(one.1), "runs": \(runs), \
        "csvtable_strings_only": {"median_ms": \(ms(table.0)), "mb_per_s": \(mbps(table.0))}, \
        "csvtable_plainnumber": {"median_ms": \(ms(general.0)), "mb_per_s": \(mbps(general.0))}, \
        "numericcsv_1_thread": {"median_ms": \(ms(one.0)), "mb_per_s": \(mbps(one.0))}, \
        "numericcsv_2_threads": {"median_ms": \(ms(two.0)), "mb_per_s": \(mbps(two.0))}}

        """)
        _ = two.1
    }

    static func json(_ results: [(String, [(String, [Double], Int)])], runs: Int) -> String {
        func ms(_ v: Double) -> String { NumberFormat.decimal(v, decimals: 2, locale: .en, grouping: false) }
        var out = "{\"tool\": \"indicators\", \"runs\": \(runs), \"results\": {"
        out += results.map { w, fs in
            "\"\(w)\": {" + fs.map { f, times, size in
                if f == "load" { return "\"load_ms\": \(ms(times[0]))" }
                let sorted = times.sorted()
                let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2]
                    : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
                return "\"\(f)\": {\"median_ms\": \(ms(median)), \"min_ms\": \(ms(sorted[0])), \"bytes\": \(size)}"
            }.joined(separator: ", ") + "}"
        }.joined(separator: ", ")
        return out + "}}"
    }
}
#endif
