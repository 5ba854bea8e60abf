import Foundation
import IndicatorKit

/// File-system checks for specs: reading with a size limit, and output paths that must stay in
/// the output folder, must not be symlinks and must not replace an input.
public enum SpecIO {
    /// Reads a file, refusing anything larger than `SpecGuard.maximumBytes` without reading it all.
    public static func read(_ path: String) throws -> [UInt8] {
        let pos = SourcePosition(file: path, line: 1, column: 1)
        // A FIFO or device would block or never end: refused before it is opened.
        try InputFile.checkRegular(path, maximumBytes: Int.max)
        guard let h = FileHandle(forReadingAtPath: path) else { throw DatasetError(pos, "cannot open the spec file") }
        defer { try? h.close() }
        let data = (try? h.read(upToCount: SpecGuard.maximumBytes + 1)) ?? Data()
        if data.count > SpecGuard.maximumBytes {
            throw DatasetError(pos, "the spec is larger than \(SpecGuard.maximumBytes) bytes (a chart spec is a few hundred); refused")
        }
        return [UInt8](data)
    }

    /// Why `name` cannot be an output base name, or nil when it is fine.
    public static func unsafeNameReason(_ name: String) -> String? {
        if name.hasPrefix("/") { return "is an absolute path; give a file name, outputs are written beside the spec" }
        if name.contains("/") || name.contains("\\") { return "names a folder; give a file name only, outputs are written beside the spec (no `/`, no `..`)" }
        if name == "." || name == ".." || name.hasPrefix(".") { return "must not start with `.`" }
        if name.contains(where: { $0.isNewline || $0 == "\0" }) { return "contains a control character" }
        if name.utf8.count > 120 { return "is longer than 120 bytes" }
        return nil
    }

    /// Refuses outputs that are symlinks, are not regular files, or are one of `inputs`
    /// (compared by `OutputGuard`: device and inode, links followed).
    public static func checkOutputs(_ outputs: [String], inputs: [String], at position: SourcePosition) throws {
        let fm = FileManager.default
        for o in outputs {
            if let attrs = try? fm.attributesOfItem(atPath: o) {
                let type = attrs[.type] as? FileAttributeType
                if type == .typeSymbolicLink {
                    throw DatasetError(position, "the output `\(o)` is a symbolic link; refusing to write through it", step: .writing)
                }
                if type != .typeRegular {
                    throw DatasetError(position, "the output `\(o)` exists and is not a regular file", step: .writing)
                }
            }
        }
        if let c = OutputGuard.conflict(outputs: outputs, inputs: inputs) {
            throw DatasetError(position, "the output `\(c.output)` would overwrite an input of this chart (`\(c.input)`)", step: .writing)
        }
    }
}
