import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'validate' is not implemented yet") }
}
