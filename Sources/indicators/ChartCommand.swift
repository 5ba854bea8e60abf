import ArgumentParser

struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chart", abstract: "Not yet implemented.")
    func run() throws { throw ValidationError("'chart' is not implemented yet") }
}
