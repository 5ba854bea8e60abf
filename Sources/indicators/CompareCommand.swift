import ArgumentParser

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'compare' is not implemented yet") }
}
