import ArgumentParser
import ChartKit
import Foundation
import IndicatorKit

/// The one place that maps errors to exit statuses and messages: 0 success, 2 bad input (data,
/// options, specs, output paths), 1 an internal fault (a Cairo failure, anything unforeseen).
/// Library errors say which they are through `LocatedError.kind`.
enum ExitStatus: Int32 {
    case success = 0
    case internalFault = 1
    case badInput = 2

    /// The status for `kind`.
    init(_ kind: ErrorKind) {
        self = kind == .badInput ? .badInput : .internalFault
    }

    /// Writes `error`'s message to standard error and ends the process with its status.
    static func exit(reporting error: Error) -> Never {
        switch error {
        case let e as DatasetErrors:
            warn(e.description)
            warn("\(e.errors.count) error\(e.errors.count == 1 ? "" : "s"); nothing was written")
            Foundation.exit(ExitStatus.badInput.rawValue)
        case let e as CLIError:
            warn("error: \(e.description)")
            Foundation.exit(ExitStatus(e.kind).rawValue)
        case let e as any LocatedError:
            warn(e is DatasetError ? e.description : "error: \(e.description)")
            Foundation.exit(ExitStatus(e.kind).rawValue)
        default:
            // ArgumentParser's own errors: help and --version (status 0), usage errors (unknown
            // option, bad value: bad input), and `ExitCode` thrown by a command on purpose.
            let code = Indicators.exitCode(for: error)
            if code == .success || error is ExitCode { Indicators.exit(withError: error) }
            let message = Indicators.fullMessage(for: error)
            if code == .validationFailure {
                warn(message)
                Foundation.exit(ExitStatus.badInput.rawValue)
            }
            warn(message.isEmpty ? "internal error: \(error)" : message)
            Foundation.exit(ExitStatus.internalFault.rawValue)
        }
    }
}

/// An error the CLI reports itself, with the option or file it is about and the failed step.
struct CLIError: LocatedError {
    /// What is wrong and what to do, written for the user.
    var message: String
    /// Bad input (exit 2) or an internal fault (exit 1).
    var kind: ErrorKind
    /// The option or file position the message is about, when one is known.
    var origin: ErrorOrigin?
    /// The step that failed.
    var step: RunStep

    /// Bad input: exit status 2.
    /// - Parameters:
    ///   - message: what is wrong and what was expected.
    ///   - origin: the option or file position it is about, when known.
    ///   - step: the failed step (the command line by default).
    static func badInput(_ message: String, origin: ErrorOrigin? = nil, step: RunStep = .arguments) -> CLIError {
        CLIError(message: message, kind: .badInput, origin: origin, step: step)
    }

    /// An internal fault: exit status 1.
    static func internalFault(_ message: String, step: RunStep) -> CLIError {
        CLIError(message: message, kind: .internalFault, origin: nil, step: step)
    }

    /// The message alone (the origin, when there is one, is already written in it).
    var description: String { message }
}

extension PlotRequest {
    /// Runs `body`, giving a character that no font has the place it came from (an option or an
    /// input file's position, found by `textOrigin`); every other error goes through unchanged to
    /// `ExitStatus`.
    static func mapErrors(textOrigin: (TextError) -> String = { $0.description }, _ body: () throws -> Void) throws {
        do { try body() } catch let e as TextError {
            throw CLIError.badInput(textOrigin(e), step: .compiling)
        }
    }
}
