import Foundation

/// Writes a folder of files atomically, and replaces an existing folder only when this tool wrote
/// it (it holds the tool's marker file) or when it is empty.
///
/// Everything goes into a temporary sibling folder first, which is then renamed into place, so a
/// failed run leaves the old folder as it was and no partial output. `indicators brief` and
/// `indicators import` write their folders through here.
public enum MarkedFolder {
    /// Writes `files` (paths relative to the folder, bytes) as the folder `out`.
    /// - Parameters:
    ///   - files: every file of the folder, the marker among them.
    ///   - out: the folder to write.
    ///   - marker: the file name that marks a folder as written by this tool.
    ///   - what: what the folder is, for messages ("brief", "dataset").
    ///   - option: the option that names the folder, for messages ("-o", "--to").
    /// - Throws: `DatasetError` at `out` when it exists and is not a folder of this kind, is a
    ///   symbolic link or a file, lies under a file, or cannot be written.
    public static func write(_ files: [(path: String, bytes: [UInt8])], to out: String, marker: String,
                             what: String, option: String) throws(DatasetError) {
        let fm = FileManager.default
        var out = out
        while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        let here = SourcePosition(file: out, line: 1, column: 1)
        if let attrs = try? fm.attributesOfItem(atPath: out) {
            let type = attrs[.type] as? FileAttributeType
            if type == .typeSymbolicLink { throw DatasetError(here, "the output folder is a symbolic link; refusing to replace it", step: .writing) }
            if type != .typeDirectory { throw DatasetError(here, "the output exists and is not a folder", step: .writing) }
            let contents = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            if !contents.isEmpty && !contents.contains(marker) {
                throw DatasetError(here, "the folder exists and is not a \(what) (no \(marker) in it); refusing to overwrite it — choose a new folder with \(option)", step: .writing)
            }
        }
        // A file where a folder of the path belongs: say so plainly (Foundation's error is a code).
        var above = directory(of: out)
        while above != "." && above != "/" {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: above, isDirectory: &isFolder) {
                if !isFolder.boolValue { throw DatasetError(here, "`\(above)` is a file, not a folder; the \(what) cannot be written under it", step: .writing) }
                break
            }
            above = directory(of: above)
        }
        let parent = directory(of: out), base = String(out.split(separator: "/").last ?? Substring(out))
        let pid = ProcessInfo.processInfo.processIdentifier
        let tmp = join(parent, ".\(base).tmp-\(pid)")
        let old = join(parent, ".\(base).old-\(pid)")
        try? fm.removeItem(atPath: tmp)
        do {
            try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
            for f in files {
                let p = tmp + "/" + f.path
                try fm.createDirectory(atPath: directory(of: p), withIntermediateDirectories: true)
                try Data(f.bytes).write(to: URL(fileURLWithPath: p))
            }
            if fm.fileExists(atPath: out) {
                try fm.moveItem(atPath: out, toPath: old)
                do { try fm.moveItem(atPath: tmp, toPath: out) } catch {
                    try? fm.moveItem(atPath: old, toPath: out)
                    throw error
                }
                try? fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: tmp, toPath: out)
            }
        } catch let e as DatasetError {
            try? fm.removeItem(atPath: tmp)
            throw e
        } catch {
            try? fm.removeItem(atPath: tmp)
            throw DatasetError(here, "cannot write the \(what): \(error.localizedDescription)", step: .writing)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ dir: String, _ name: String) -> String { dir == "." ? name : dir + "/" + name }
}
