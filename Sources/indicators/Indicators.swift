import ArgumentParser
import Foundation
import IndicatorKit

@main
struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Sourced indicators, growth across irregular periods, and briefing-ready charts.",
        discussion: """
        Exit status: 0 on success, 2 for bad input (data, arguments or specs; the message names \
        file:line:column), 1 for an internal fault.
        """,
        subcommands: [
            List.self, Show.self, Conferences.self, Validate.self,
            Growth.self, Compare.self,
            Chart.self, Render.self, Brief.self,
            Plot.self, BenchWarm.self, Extract.self, Import.self,
        ]
    )

    /// Runs the command and maps errors to exit statuses: 2 for bad input, 1 for internal faults.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let e as DatasetErrors {
            warn(e.description)
            warn("\(e.errors.count) error\(e.errors.count == 1 ? "" : "s"); nothing was written")
            Foundation.exit(2)
        } catch let e as DatasetError {
            warn(e.description)
            Foundation.exit(2)
        } catch let e as CLIError {
            warn("error: \(e.description)")
            if case .badInput = e { Foundation.exit(2) }
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(0) { exit(withError: error) }
            if error is ExitCode { exit(withError: error) }
            // Usage errors (unknown option, bad value) are bad input.
            let message = fullMessage(for: error)
            if code == .validationFailure || code == ExitCode(64) {
                warn(message)
                Foundation.exit(2)
            }
            warn(message.isEmpty ? "internal error: \(error)" : message)
            Foundation.exit(code.rawValue == 0 ? 0 : 1)
        }
    }
}
