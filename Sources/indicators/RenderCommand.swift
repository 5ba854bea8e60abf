import ArgumentParser
import Briefing
import ChartKit
import Foundation
import IndicatorKit

#if canImport(Glibc)
import Glibc
#endif

/// `indicators render Charts/`: re-renders every chart spec of a folder, in parallel.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render every chart spec (YAML or JSON) of a folder to its PNG/SVG/PDF outputs.",
        discussion: """
        Specs are checked first (keys, types, indicators, conferences, output names); a bad spec \
        is reported as file:line:column and nothing is drawn. Charts render in parallel. The \
        folder's chart-spec.schema.json is rewritten too. With --check nothing is written: the \
        fresh outputs are compared with the files (PNG within a pixel tolerance, SVG by text) and \
        the command exits 1 listing the stale ones.
        Example: indicators render Charts/   |   indicators render --check Charts/
        """)

    @Argument(help: "Folder of chart specs (Charts/).")
    var folder: String

    @Flag(name: .long, help: "Compare with the committed outputs instead of writing; exit 1 when any is stale.")
    var check = false

    @Option(name: .long, help: "Dataset folder for specs that name none (default: the bundled dataset).")
    var dataset: String?

    func run() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError.badInput("`\(folder)` is not a folder of chart specs")
        }
        let tty = isatty(STDERR_FILENO) == 1
        let report: Gallery.Report
        do {
            report = try Gallery.render(folder: trimmed(folder), fallbackDataset: dataset ?? DatasetLoader.bundledDatasetDirectory(),
                                        check: check) { done, total, path in
                if tty {
                    let width = 30, filled = width * done / max(1, total)
                    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                    let name = ControlCharacters.escaped(String((path.split(separator: "/").last ?? "").prefix(40)))
                    let text = "\r\(bar) \(done)/\(total) \(name)" + String(repeating: " ", count: max(0, 40 - name.count))
                    FileHandle.standardError.write(Data(text.utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                } else {
                    FileHandle.standardError.write(Data("[\(done)/\(total)] \(ControlCharacters.escaped(path))\n".utf8))
                }
            }
        } catch let e as TextError {
            // Which spec or dataset file holds the character: every spec of the folder, then the data.
            let specs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || ($0.hasSuffix(".json") && !$0.hasSuffix(".schema.json")) }
                .map { trimmed(folder) + "/" + $0 }
            let data = (dataset ?? DatasetLoader.bundledDatasetDirectory()).map { DatasetLoader.inputFiles(directory: $0) } ?? []
            throw CLIError.badInput(TextOrigin.describe(e, files: specs + data), step: .compiling)
        }
        if check {
            let stale = report.stale
            if stale.isEmpty {
                emit("\(report.files.count) outputs up to date\n")
                return
            }
            emit(stale.map { "stale: \($0)\n" }.joined())
            emit("\(stale.count) of \(report.files.count) outputs are out of date; run `indicators render \(folder)` and commit them\n")
            throw ExitCode(1)
        }
        let written = report.files.filter { $0.status == .written }
        emit(written.map { "wrote \($0.path)\n" }.joined())
        emit("\(written.count) written, \(report.files.count - written.count) unchanged\n")
    }

    func trimmed(_ s: String) -> String {
        var s = s
        while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
        return s
    }
}
