import Foundation

/// Where the CLI writes a report, a baseline or an extract. Two promises: a path that is
/// (or links to) one of the inputs is refused before anything is written, and the bytes
/// reach the path through a temporary file in the same folder renamed into place, so a
/// reader never sees half a file and a failed write leaves the old one whole.
public enum OutputFile {
    /// The file an output path would write over, identified by device and inode after
    /// symlinks are followed (so a symlink or a hard link to an input is caught too).
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static func identity(_ path: String) -> Identity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// Refuses any output that names an input or another output. `outputs` pairs each
    /// option's name (for the message) with its path; "-" and nil are stdout and skipped.
    public static func checkDistinct(outputs: [(option: String, path: String?)], inputs: [String]) throws {
        var inputIDs: [Identity: String] = [:]
        for i in inputs where i != "-" {
            if let id = identity(i) { inputIDs[id] = i }
        }
        var seen: [String: String] = [:]  // standardized output path -> option
        var seenIDs: [Identity: String] = [:]
        for (option, path) in outputs {
            guard let path, path != "-" else { continue }
            let id = identity(path)
            if let id, let input = inputIDs[id] {
                let same = input == path ? "" : " (\(input))"
                throw OutputError(path: path, Message(id: "\(option) menunjuk berkas masukan\(same); keluaran tidak ditulis agar masukan tidak tertimpa",
                                                      en: "\(option) names an input file\(same); nothing written so the input is not overwritten"))
            }
            let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let other = seen[key] ?? id.flatMap({ seenIDs[$0] }) {
                throw OutputError(path: path, Message(id: "\(option) dan \(other) menunjuk berkas yang sama",
                                                      en: "\(option) and \(other) name the same file"))
            }
            seen[key] = option
            if let id { seenIDs[id] = option }
        }
    }

    /// Writes `data` to a temporary file beside `path`, then renames it over `path`.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            throw OutputError(path: path, Message(id: "folder \(dir) tidak ada; buat dulu foldernya atau pilih tempat lain",
                                                  en: "the folder \(dir) does not exist; create it first or choose another place"))
        }
        if !isDir.boolValue { throw OutputError(path: path, Message(id: "\(dir) bukan folder", en: "\(dir) is not a folder")) }
        var template = Array((dir + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw OutputError(path: path, errnoMessage(errno)) }
        let temp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        // mkstemp makes the file 0600; an output is as readable as any file the user makes.
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o777 : defaultMode
        fchmod(fd, mode)
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        let writeErrno = errno
        let closed = close(fd) == 0
        guard written, closed else { throw OutputError(path: path, errnoMessage(writeErrno)) }
        guard rename(temp, path) == 0 else { throw OutputError(path: path, errnoMessage(errno)) }
        ok = true
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// 0666 less the process umask, read once (umask can only be read by setting it).
    private static let defaultMode: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    private static func errnoMessage(_ code: Int32) -> Message {
        let reason = String(cString: strerror(code))
        return Message(id: "berkas keluaran tidak dapat ditulis (\(reason))", en: "the output file cannot be written (\(reason))")
    }
}

/// An output the CLI refuses or fails to write; the CLI exits 2.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: Message
    public init(path: String, _ problem: Message) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem.id)" }
    public func text(_ language: Language) -> String { "\(path): \(problem.text(language))" }
}
