import ArgumentParser

struct Conferences: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conferences", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'conferences' is not implemented yet") }
}
