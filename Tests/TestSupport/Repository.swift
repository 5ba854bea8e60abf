import Foundation
import IndicatorKit

/// The repository the tests run in: its root folder, the bundled dataset and the chart specs, found
/// from this file's path (`Tests/TestSupport/Repository.swift`), so tests run from any directory.
public enum Repository {
    /// The package root: the folder holding `Package.swift`.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Datasets/local-diplomacy`: the dataset bundled with the repository.
    public static var bundledDatasetDirectory: String { root + "/Datasets/local-diplomacy" }

    /// `Charts/`: the gallery of chart specs and their committed outputs.
    public static var chartsDirectory: String { root + "/Charts" }

    /// The bundled dataset, loaded once for the whole test process (it stops the run if it does not load:
    /// every test that uses it would fail anyway).
    public static let bundledDataset: Dataset = {
        do { return try DatasetLoader.load(directory: bundledDatasetDirectory) } catch {
            fatalError("the bundled dataset does not load: \(error)")
        }
    }()

    /// A path relative to the root, such as `Tests/IndicatorKitTests/Fixtures/x.csv`.
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// A fresh empty folder in the temporary directory, named `<prefix>-<UUID>`.
    /// - Throws: the file system's error when the folder cannot be created.
    public static func temporaryDirectory(_ prefix: String = "indicators-test") throws -> String {
        let dir = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
