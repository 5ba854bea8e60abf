import Foundation
import Testing

/// The loader and `frictionless validate` agree on the bundled dataset and on copies broken in
/// the ways the open model allows or refuses.
@Suite("Validators agree", .serialized) struct SchemaAgreementTests {
    func copy(_ edit: (String) throws -> Void) throws -> String {
        let dir = try CLI.copyOfDataset()
        try edit(dir)
        return dir
    }

    func replace(_ dir: String, _ file: String, _ old: String, _ new: String) throws {
        let p = dir + "/" + file
        let text = try String(contentsOfFile: p, encoding: .utf8)
        #expect(text.contains(old), "\(file) has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: p, atomically: true, encoding: .utf8)
    }

    @Test func bundledDatasetIsValidForBoth() throws {
        #expect(try Validators.bothAccept(CLI.bundledDataset))
    }

    @Test func theOpenModelIsTheSameForBoth() throws {
        // Accepted by both: another currency with a scale, another unit, a new event series.
        let ok = try copy { d in
            try replace(d, "indicators.csv", "fdi,FDI attracted by localities", "fdi,FDI attracted by localities")
            try replace(d, "conferences.csv", "NFAC-15,NFAC,15,", "PRES-15,PRES,15,")
        }
        defer { try? FileManager.default.removeItem(atPath: ok) }
        #expect(try Validators.bothAccept(ok))
        // Refused by both: a code that is not ISO 4217, a unit that is not an id.
        for (old, new) in [(",flow,count,agreements,", ",flow,EUX,agreements,"), (",flow,count,agreements,", ",flow,Tonnes,agreements,")] {
            let bad = try copy { d in
                try replace(d, "indicators.csv", old, new)
                // The observations of that indicator keep their unit: refused for that too.
            }
            defer { try? FileManager.default.removeItem(atPath: bad) }
            #expect(try !Validators.bothAccept(bad), "\(new)")
        }
    }
}
