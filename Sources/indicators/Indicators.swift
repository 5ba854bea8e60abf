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
        version: ToolkitVersion.current,
        subcommands: commands
    )

    /// The commands; the benchmark harness only in a build with the `Benchmarks` trait.
    static var commands: [any ParsableCommand.Type] {
        var list: [any ParsableCommand.Type] = [
            List.self, Show.self, Conferences.self, Validate.self,
            Growth.self, Compare.self,
            Chart.self, Render.self, Brief.self,
            Plot.self, Extract.self, Import.self,
        ]
        #if BENCHMARKS
        list.append(BenchWarm.self)
        #endif
        return list
    }

    /// Runs the command; an error ends the process through `ExitStatus` (2 bad input, 1 internal).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.exit(reporting: error)
        }
    }
}
