import Foundation
import IndicatorKit

/// Writes a brief folder atomically: everything goes into a temporary sibling folder, which is
/// then renamed into place. An existing folder is replaced only when it is itself a brief (it
/// holds the marker file) or empty; anything else is refused. The bytes depend on the inputs only.
public enum BriefBundle {
    /// The file that marks a folder as a brief written by this tool.
    public static let marker = ".indicators-brief"
    /// The text of the marker file that makes a folder replaceable by the next `indicators brief`.
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

    /// Writes `files` as the folder `out` (atomically; see `MarkedFolder`).
    /// - Throws: `DatasetError` when `out` exists and is not a brief folder, or is a symlink or a file.
    public static func write(_ files: [(path: String, bytes: [UInt8])], to out: String) throws {
        try MarkedFolder.write(files, to: out, marker: marker, what: "brief", option: "-o")
    }
}
