import ArgumentParser
import IndicatorKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset folder: CSV syntax, types, vocabularies, references, quotes.",
        discussion: "Prints a summary and exits 0 when the dataset is valid; otherwise lists every problem as file:line:column and exits 2.")

    @Argument(help: "The dataset folder holding datapackage.json.")
    var directory: String

    func run() throws {
        let ds = try DatasetLoader.load(directory: directory)
        emit("""
        \(directory): valid
          \(ds.indicators.count) indicators, \(ds.observations.count) observations \
        (\(ds.observations.filter(\.preferred).count) preferred), \(ds.reportedGrowth.count) stated growth figures, \
        \(ds.conferences.count) conferences, \(ds.sources.count) sources

        """)
    }
}
