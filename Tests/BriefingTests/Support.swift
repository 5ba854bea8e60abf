import Foundation
import IndicatorKit
@testable import Briefing
import TestSupport

/// Shared fixtures: the bundled dataset (loaded once), temporary folders, spec helpers.
enum Fixture {
    static var packageRoot: String { Repository.root }
    static var datasetDirectory: String { Repository.bundledDatasetDirectory }
    static var chartsDirectory: String { Repository.chartsDirectory }
    static var dataset: Dataset { Repository.bundledDataset }

    static func tempDir(_ name: String = "t") -> String {
        try! Repository.temporaryDirectory("briefing-\(name)")
    }

    /// Writes `text` to a spec file in a fresh folder and returns its path.
    static func specFile(_ text: String, name: String = "chart.yaml", in dir: String? = nil) -> String {
        let d = dir ?? tempDir("spec")
        let p = d + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }

    /// Parses and resolves a spec against the bundled dataset; returns the error messages
    /// (`file:line:column: message`) or an empty list.
    static func errors(_ text: String, name: String = "chart.yaml", in dir: String? = nil) -> [String] {
        let p = specFile(text, name: name, in: dir)
        do {
            let f = try ChartFile.load(path: p)
            _ = try f.resolve(dataset, datasetDirectory: datasetDirectory)
            return []
        } catch let e as DatasetErrors {
            return e.errors.map { strip($0.description, p) }
        } catch let e as DatasetError {
            return [strip(e.description, p)]
        } catch {
            return ["other: \(error)"]
        }
    }

    /// `/tmp/.../chart.yaml:3:5: ...` -> `chart.yaml:3:5: ...`.
    static func strip(_ s: String, _ path: String) -> String {
        s.hasPrefix(path) ? SpecPath.fileName(path) + s.dropFirst(path.count) : s
    }
}
