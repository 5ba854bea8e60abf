import ArgumentParser

struct Growth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "growth", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'growth' is not implemented yet") }
}
