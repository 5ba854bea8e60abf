#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as the file system knows it: device and inode, after following symbolic links. Two
/// paths name the same file exactly when their identities are equal, whatever links, `..` or
/// hard links lie between them.
public struct FileIdentity: Hashable, Sendable {
    /// The device the file lives on (`st_dev`).
    public let device: UInt64
    /// The file's inode number on that device (`st_ino`).
    public let inode: UInt64

    /// The identity of what `path` names (links followed), or nil when nothing is there.
    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// The one check every command makes before writing: an output never touches an input.
///
/// `chart`, `plot`, `render`, `brief` (and any later command that writes) pass their outputs and
/// the files they read; an output that is an input (by `FileIdentity`, so through any symbolic or
/// hard link), or a folder output that holds an input, is refused before anything is drawn.
public enum OutputGuard {
    /// An output that meets an input.
    public struct Conflict: Sendable, Equatable {
        /// The output path as given.
        public let output: String
        /// The input it is (or, for a folder output, holds), as given.
        public let input: String
        /// True when `output` is a folder that holds `input`.
        public let folderHoldsInput: Bool

        /// The refusal, at the output's path.
        public var error: DatasetError {
            DatasetError(SourcePosition(file: output, line: 1, column: 1), folderHoldsInput
                ? "the output folder holds the input `\(input)`; refusing to replace it (choose another output folder)"
                : "the output is the input `\(input)`; refusing to overwrite an input (choose another output path)")
        }
    }

    /// Refuses outputs that would replace or hold an input.
    /// - Parameters:
    ///   - outputs: files (or, for `brief`, a folder) the command will write; they need not exist.
    ///   - inputs: every file the command reads (links are followed).
    /// - Throws: `DatasetError` at the output's path naming the input it would replace.
    public static func check(outputs: [String], inputs: [String]) throws(DatasetError) {
        if let c = conflict(outputs: outputs, inputs: inputs) { throw c.error }
    }

    /// The first output that is, or holds, an input; nil when none does.
    public static func conflict(outputs: [String], inputs: [String]) -> Conflict? {
        var byIdentity: [FileIdentity: String] = [:]
        for input in inputs {
            if let id = FileIdentity(path: input), byIdentity[id] == nil { byIdentity[id] = input }
        }
        if byIdentity.isEmpty { return nil }
        for output in outputs {
            if let id = FileIdentity(path: output), let input = byIdentity[id] {
                return Conflict(output: output, input: input, folderHoldsInput: false)
            }
            // A folder output replaced as a whole must not hold an input.
            if isFolder(output), let outID = FileIdentity(path: output) {
                for input in inputs where holds(outID, input) {
                    return Conflict(output: output, input: input, folderHoldsInput: true)
                }
            }
        }
        return nil
    }

    /// Whether `input`, with links resolved, lies inside the folder with identity `folder`.
    static func holds(_ folder: FileIdentity, _ input: String) -> Bool {
        guard var path = resolved(input) else { return false }
        while path != "/" && !path.isEmpty {
            path = parent(path)
            if FileIdentity(path: path) == folder { return true }
        }
        return false
    }

    static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The absolute path with every symbolic link resolved, or nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
