import ArgumentParser
import IndicatorKit

@main
struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Sourced indicators, growth across irregular periods, and briefing-ready charts.",
        subcommands: [
            List.self, Show.self, Conferences.self, Validate.self,
            Growth.self, Compare.self,
            Chart.self,
        ]
    )
}
