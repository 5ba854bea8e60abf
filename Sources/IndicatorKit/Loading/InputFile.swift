#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files safely: regular files only (checked before the file is opened for reading,
/// so a FIFO cannot block and `/dev/zero` cannot fill memory), and never more than a stated cap.
///
/// Every reader of the tool goes through here, each with its own documented cap:
/// dataset CSV files `datasetTable`, `datapackage.json` `descriptor`, seed articles `seedText`,
/// `plot`'s bar CSV `plotTable` and its numeric CSV `plotNumeric` (mapped, not copied).
public enum InputFile {
    /// Largest dataset CSV file (a million observation rows take about 150 MB).
    public static let datasetTable = 512 << 20
    /// Largest `datapackage.json`.
    public static let descriptor = 4 << 20
    /// Largest seed article.
    public static let seedText = 16 << 20
    /// Largest CSV that `plot --kind bar` reads (every field becomes a string).
    public static let plotTable = 64 << 20
    /// Largest CSV that `plot --kind line` or `small-multiples` reads (numbers only, mapped).
    public static let plotNumeric = 2 << 30

    /// The size in bytes of the regular file at `path`.
    /// - Parameters:
    ///   - path: the file to check; symbolic links are followed.
    ///   - file: the name used in error messages (default: `path`).
    ///   - maximumBytes: the cap; a larger file is refused.
    /// - Throws: `DatasetError` at `file:1:1` when it does not exist, is not a regular file (a
    ///   folder, FIFO, socket or device) or is larger than `maximumBytes`.
    @discardableResult
    public static func checkRegular(_ path: String, file: String? = nil, maximumBytes: Int) throws(DatasetError) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { throw problem(file ?? path, errnoText()) }
        return try checkMode(st, file ?? path, maximumBytes)
    }

    /// Opens the regular file at `path` for reading, checked before and after opening (the open
    /// does not block on a FIFO swapped in between). The caller closes the descriptor.
    /// - Returns: the descriptor and the file's size in bytes.
    /// - Throws: `DatasetError` as `checkRegular` does, or when the file cannot be opened.
    public static func open(_ path: String, file: String? = nil, maximumBytes: Int) throws(DatasetError) -> (fd: Int32, size: Int) {
        let name = file ?? path
        try checkRegular(path, file: name, maximumBytes: maximumBytes)
        let fd = openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw problem(name, errnoText()) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let e = errnoText(); close(fd); throw problem(name, e) }
        do { return (fd, try checkMode(st, name, maximumBytes)) } catch { close(fd); throw error }
    }

    /// The bytes of the regular file at `path`, at most `maximumBytes` of them.
    /// - Throws: `DatasetError` when the file is missing, not regular, too large, or unreadable.
    public static func read(_ path: String, file: String? = nil, maximumBytes: Int) throws(DatasetError) -> [UInt8] {
        let name = file ?? path
        let (fd, size) = try open(path, file: name, maximumBytes: maximumBytes)
        defer { close(fd) }
        // Read at most one byte past the cap: a file that grew since fstat is still refused.
        let limit = maximumBytes + 1
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: min(limit, max(size, 1) + 4096)) { buf, count in
            var got = 0
            while got < buf.count {
                let r = readFile(fd, buf.baseAddress! + got, buf.count - got)
                if r < 0 { if errno == EINTR { continue }; failure = errnoText(); break }
                if r == 0 { break }
                got += r
            }
            count = got
        }
        if let failure { throw problem(name, failure) }
        if bytes.count > maximumBytes { throw tooLarge(name, maximumBytes) }
        return bytes
    }

    static func checkMode(_ st: stat, _ name: String, _ maximumBytes: Int) throws(DatasetError) -> Int {
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what = type == S_IFDIR ? "a folder" : type == S_IFIFO ? "a named pipe (FIFO)"
                : type == S_IFCHR || type == S_IFBLK ? "a device" : type == S_IFSOCK ? "a socket" : "a special file"
            throw DatasetError(SourcePosition(file: name, line: 1, column: 1),
                               "not a regular file: it is \(what); expected a file on disk")
        }
        let size = Int(st.st_size)
        if size > maximumBytes { throw tooLarge(name, maximumBytes) }
        return size
    }

    static func tooLarge(_ name: String, _ maximumBytes: Int) -> DatasetError {
        DatasetError(SourcePosition(file: name, line: 1, column: 1),
                     "the file is larger than \(byteText(maximumBytes)), the limit for this input; refused")
    }

    static func problem(_ name: String, _ message: String) -> DatasetError {
        DatasetError(SourcePosition(file: name, line: 1, column: 1), "cannot read the file: \(message)")
    }

    /// "512 MiB", "4 MiB", "64 KiB".
    static func byteText(_ n: Int) -> String {
        if n >= 1 << 30, n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        if n >= 1 << 10, n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    static func errnoText() -> String {
        errno == ENOENT ? "no such file" : String(cString: strerror(errno))
    }

    private static func openFile(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, flags)
        #else
        Darwin.open(path, flags)
        #endif
    }

    private static func readFile(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, p, n)
        #else
        Darwin.read(fd, p, n)
        #endif
    }
}
