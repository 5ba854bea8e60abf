import ChartKit
import Foundation
import IndicatorKit

/// Where a character that no font can draw came from: an option, or `file:line:column` in an
/// input file, so that a missing-glyph error says what to fix, not only which code point.
enum TextOrigin {
    /// The missing-glyph error with the origin of its first code point appended.
    /// - Parameters:
    ///   - options: option names and their values, searched first (`--title`, ...).
    ///   - files: input files searched in order (each read up to its usual cap).
    static func describe(_ error: TextError, options: [(name: String, value: String?)] = [], files: [String] = []) -> String {
        guard case .missingGlyphs(_, let codePoints) = error, let cp = codePoints.first,
              let where_ = locate(cp, options: options, files: files) else { return error.description }
        return "\(error.description); \(TextError.name(cp)) comes from \(where_)"
    }

    /// The first option or file position holding `codePoint`, or nil.
    static func locate(_ codePoint: UInt32, options: [(name: String, value: String?)], files: [String]) -> String? {
        for (name, value) in options where value?.unicodeScalars.contains(where: { $0.value == codePoint }) == true {
            return name
        }
        for file in files {
            guard let bytes = try? InputFile.read(file, maximumBytes: InputFile.datasetTable),
                  let text = String(validating: bytes, as: UTF8.self) else { continue }
            var line = 1, column = 0
            for u in text.unicodeScalars {
                if u == "\n" { line += 1; column = 0; continue }
                if u.value != 0xFEFF || line > 1 || column > 0 { column += 1 }
                if u.value == codePoint { return "\(file):\(line):\(column)" }
            }
        }
        return nil
    }
}
