#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: into a temporary file in the target's directory, flushed, then
/// renamed over the target. On any error the temporary file is removed and the target is left
/// as it was, so a reader never sees half a chart.
public enum AtomicFile {
    /// An open temporary file that `write(to:_:)` hands to its body.
    public struct Sink {
        let fd: Int32
        let path: String

        /// Appends bytes.
        /// - Throws: `RenderError.io` on a short or failed write.
        public func write(_ bytes: [UInt8]) throws {
            var offset = 0
            try bytes.withUnsafeBytes { raw in
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw RenderError.io(path: path, operation: "write", message: AtomicFile.errorText())
                    }
                    offset += n
                }
            }
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0.write(bytes) }
    }

    /// Runs `body` with a temporary file next to `path`, then renames it to `path`. If `body`
    /// throws, or flushing or renaming fails, the temporary file is removed and the error rethrown.
    public static func write(to path: String, _ body: (Sink) throws -> Void) throws {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw RenderError.io(path: path, operation: "write", message: "no file name") }
        var attempt = 0
        var fd: Int32 = -1
        var temp = ""
        while fd < 0 {
            temp = (dir.isEmpty ? "" : dir + "/") + ".\(base).\(getpid()).\(attempt).tmp"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST && attempt < 100 { attempt += 1; continue }
                throw RenderError.io(path: path, operation: "create a temporary file for", message: errorText())
            }
        }
        do {
            try body(Sink(fd: fd, path: temp))
            if fsync(fd) != 0 { throw RenderError.io(path: temp, operation: "flush", message: errorText()) }
            let closed = close(fd)
            fd = -1
            if closed != 0 { throw RenderError.io(path: temp, operation: "close", message: errorText()) }
            if rename(temp, path) != 0 { throw RenderError.io(path: path, operation: "rename into place", message: errorText()) }
        } catch {
            if fd >= 0 { close(fd) }
            unlink(temp)
            throw error
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
