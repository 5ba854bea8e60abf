import Foundation
import IndicatorKit

/// Writes a brief folder atomically: everything goes into a temporary sibling folder, which is
/// then renamed into place. An existing folder is replaced only when it is itself a brief (it
/// holds the marker file) or empty; anything else is refused. The bytes depend on the inputs only.
public enum BriefBundle {
    /// The file that marks a folder as a brief written by this tool.
    public static let marker = ".indicators-brief"
    public static let markerText = "This folder was written by `indicators brief`; it is replaced as a whole when the brief is written again.\n"

    /// Every file of the bundle, path relative to the folder -> bytes, sorted by path.
    public static func files(_ doc: BriefDocument, pdf: [UInt8]?) -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = [(marker, Array(markerText.utf8)),
                                                       ("brief.md", Array(BriefMarkdown.render(doc).utf8))]
        if let pdf { files.append(("brief.pdf", pdf)) }
        for c in doc.charts { files += c.files.map { ("charts/" + $0.name, $0.bytes) } }
        files.sort { $0.path < $1.path }
        let sums = files.filter { $0.path != marker }.map { "\(SHA256.hex($0.bytes))  \($0.path)\n" }.joined()
        files.append(("SHA256SUMS", Array(sums.utf8)))
        return files
    }

    /// Writes `files` as the folder `out`.
    /// - Throws: `DatasetError` when `out` exists and is not a brief folder, or is a symlink or a file.
    public static func write(_ files: [(path: String, bytes: [UInt8])], to out: String) throws {
        let fm = FileManager.default
        var out = out
        while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        let here = SourcePosition(file: out, line: 1, column: 1)
        if let attrs = try? fm.attributesOfItem(atPath: out) {
            let type = attrs[.type] as? FileAttributeType
            if type == .typeSymbolicLink { throw DatasetError(here, "the output folder is a symbolic link; refusing to replace it") }
            if type != .typeDirectory { throw DatasetError(here, "the output exists and is not a folder") }
            let contents = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            if !contents.isEmpty && !contents.contains(marker) {
                throw DatasetError(here, "the folder exists and is not a brief (no \(marker) in it); refusing to overwrite it — choose a new folder with -o")
            }
        }
        // A file where a folder of the path belongs: say so plainly (Foundation's error is a code).
        var above = SpecPath.directory(of: out)
        while above != "." && above != "/" {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: above, isDirectory: &isFolder) {
                if !isFolder.boolValue { throw DatasetError(here, "`\(above)` is a file, not a folder; the brief cannot be written under it") }
                break
            }
            above = SpecPath.directory(of: above)
        }
        let parent = SpecPath.directory(of: out), base = SpecPath.fileName(out)
        let pid = ProcessInfo.processInfo.processIdentifier
        let tmp = SpecPath.join(parent, ".\(base).tmp-\(pid)")
        let old = SpecPath.join(parent, ".\(base).old-\(pid)")
        try? fm.removeItem(atPath: tmp)
        do {
            try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
            for f in files {
                let p = tmp + "/" + f.path
                try fm.createDirectory(atPath: SpecPath.directory(of: p), withIntermediateDirectories: true)
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
            throw DatasetError(here, "cannot write the brief: \(error.localizedDescription)")
        }
    }
}
