import ArgumentParser

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'show' is not implemented yet") }
}
