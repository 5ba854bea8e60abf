import ArgumentParser
import Foundation
import IndicatorKit

/// `--dataset <dir>`: the dataset folder, the bundled `Datasets/local-diplomacy` by default.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: "Dataset folder (a Frictionless data package). Default: the bundled Datasets/local-diplomacy.")
    var dataset: String?

    /// The dataset folder this run reads: `--dataset` or the bundled one.
    func directory() throws -> String {
        guard let dir = dataset ?? DatasetLoader.bundledDatasetDirectory() else {
            throw CLIError.badInput("no --dataset given and the bundled Datasets/local-diplomacy was not found; run from the repository or pass --dataset <dir>", origin: .option("--dataset"))
        }
        return dir
    }

    /// Loads and validates the dataset; bad data is reported as `file:line:column` and exit 2.
    func load() throws -> Dataset {
        try DatasetLoader.load(directory: directory())
    }

    /// Refuses `outputs` that are (or, for a folder, hold) a file of the dataset; see `OutputGuard`.
    func checkOutputs(_ outputs: [String]) throws {
        try OutputGuard.check(outputs: outputs, inputs: DatasetLoader.inputFiles(directory: directory()))
    }
}

extension OutputFormat: ArgumentEnum {}
extension NumberLocale: ArgumentEnum {}

/// `--format` and `--locale`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Number format and names: en (1,100; US$51.53 bn) or vi (1.100; 51,53 tỷ USD).")
    var locale: NumberLocale = .en
}

/// Writes to standard output in one piece; control characters other than line feeds are shown
/// as `\u{1B}` (see `ControlCharacters.escaped`), never sent to the terminal.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(ControlCharacters.escaped(text).utf8))
}

/// Writes a message line to standard error, control characters escaped as `emit` does.
func warn(_ text: String) {
    FileHandle.standardError.write(Data(ControlCharacters.escaped(text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// The refusal of an indicator id the dataset does not have, with the nearest id as a suggestion
/// (the same `Suggest` spec files use).
func unknownIndicator(_ id: String, in dataset: Dataset) -> CLIError {
    .badInput("unknown indicator `\(id)`\(Suggest.hint(id, in: dataset.indicators.map(\.id))); `indicators list` shows them all")
}

/// Refuses option text that holds a control character (it could not be drawn, nor written to SVG).
/// - Throws: `CLIError.badInput` naming the option and the character's position.
func checkOptionText(_ value: String?, option: String) throws {
    guard let value, let (column, u) = ControlCharacters.first(in: value) else { return }
    throw CLIError.badInput("\(option) holds control character \(ControlCharacters.name(u.value)) at character \(column); remove it", origin: .option(option))
}

/// " per year" for a rate indicator's values, written as the tables write rates: `/yr` (`/năm`).
func rateSuffix(_ ind: Indicator, _ locale: NumberLocale) -> String {
    guard ind.kind == .rate, let per = ind.per else { return "" }
    return locale.text(.perSuffix(per))
}

/// An observation's value for people: qualifier, number, scale, the noun of a count
/// ("422 agreements"; money already says US$) and the time unit of a rate ("about US$300 m/yr").
func valueText(_ o: Observation, _ ind: Indicator, _ locale: NumberLocale, noun: Bool) -> String {
    let label = ind.unitLabel(locale)
    let showNoun = noun && !label.isEmpty && [.count, .other, .index].contains(ind.unit.kind)
    return NumberFormat.observation(o, locale: locale, qualifier: true) + rateSuffix(ind, locale) + (showNoun ? " \(label)" : "")
}
