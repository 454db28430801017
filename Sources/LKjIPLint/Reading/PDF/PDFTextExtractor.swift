import CSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs poppler's `pdftotext -layout` on a PDF and returns its text, pages separated by
/// form feeds. The text goes to a pipe (nothing is written next to the input); the
/// child is killed after a timeout or at the file's deadline, its output is capped, and
/// it dies with the linter.
enum PDFTextExtractor {
    static let timeout: TimeInterval = 60
    static let maxOutputBytes = 256 * 1024 * 1024

    /// `deadline` is the file's whole budget (`--timeout`): pdftotext gets no more than
    /// what is left of it, and never more than `timeout`.
    static func extract(path: String, timeout: TimeInterval = timeout, deadline: Date? = nil) throws -> String {
        try checkMagic(path)
        guard let tool = executable("pdftotext") else {
            throw InputError(path, Message(id: "pdftotext (poppler-utils) tidak terpasang; pasang dengan: apt-get install poppler-utils",
                                           en: "pdftotext (poppler-utils) is not installed; install it with: apt-get install poppler-utils"))
        }
        // A path starting with "-" would read as an option.
        let arg = path.hasPrefix("-") ? "./" + path : path
        let child: Child
        do { child = try Child(tool, ["pdftotext", "-layout", "-enc", "UTF-8", arg, "-"]) } catch {
            throw InputError(path, Message(id: "pdftotext tidak dapat dijalankan: \(error)", en: "pdftotext could not be started: \(error)"))
        }
        // Read both pipes while the child runs, so a large output cannot fill a pipe and deadlock.
        let stdout = PipeCollector(child.stdout, cap: maxOutputBytes)
        let stderr = PipeCollector(child.stderr, cap: 64 * 1024)
        let own = Date().addingTimeInterval(timeout)
        let limit = deadline.map { min($0, own) } ?? own
        var timedOut = false
        var status: Int32?
        while true {
            status = child.poll()
            if status != nil { break }
            if Date() > limit || stdout.overflowed { timedOut = !stdout.overflowed; child.kill(); status = child.wait(); break }
            usleep(5_000)
        }
        let text = stdout.finish(), message = String(decoding: stderr.finish(), as: UTF8.self)
        if timedOut {
            if let deadline, deadline <= own {
                throw InputError(path, Message(id: "batas waktu per berkas habis saat pdftotext membaca PDF; PDF terlalu rumit atau rusak (ubah dengan --timeout)",
                                               en: "the per-file time budget ran out while pdftotext read the PDF; the PDF is too complex or corrupt (see --timeout)"))
            }
            throw InputError(path, Message(id: "pdftotext tidak selesai dalam \(Int(timeout)) detik; PDF terlalu rumit atau rusak",
                                           en: "pdftotext did not finish within \(Int(timeout)) s; the PDF is too complex or corrupt"))
        }
        if stdout.overflowed {
            throw InputError(path, Message(id: "teks PDF terlalu besar (lebih dari \(maxOutputBytes / 1_048_576) MB)",
                                           en: "the PDF's text is too large (more than \(maxOutputBytes / 1_048_576) MB)"))
        }
        if status != 0 { throw failure(path, status: status ?? -1, stderr: message) }
        return String(decoding: text, as: UTF8.self)
    }

    static func failure(_ path: String, status: Int32, stderr: String) -> InputError {
        let lower = stderr.lowercased()
        if lower.contains("password") || lower.contains("encrypt") || status == 3 {
            return InputError(path, Message(id: "PDF ini terenkripsi atau dilindungi kata sandi; simpan ulang tanpa kata sandi, lalu ulangi",
                                            en: "this PDF is encrypted or password-protected; save it again without a password and retry"))
        }
        let detail = stderr.split(separator: "\n").first.map(String.init) ?? "kode \(status)"
        return InputError(path, Message(id: "PDF rusak atau tidak dapat dibaca (\(detail))",
                                        en: "the PDF is corrupt or unreadable (\(detail))"))
    }

    static func checkMagic(_ path: String) throws {
        let head = try FileHead.read(path, count: 1024)
        if head.range(of: Data("%PDF-".utf8)) == nil {
            throw InputError(path, Message(id: "berkas ini bukan PDF (tidak berawalan %PDF-)", en: "this file is not a PDF (no %PDF- header)"))
        }
    }

    /// The tool on PATH, or nil.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

}

/// pdftotext as a child in its own process group that dies with the linter (CSpawn sets
/// the parent-death signal): Foundation's Process left it running when the linter was killed.
private final class Child {
    let pid: pid_t
    let stdout: FileHandle
    let stderr: FileHandle
    private var status: Int32?

    struct SpawnError: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    init(_ tool: String, _ argv: [String]) throws {
        var outFDs: [Int32] = [0, 0], errFDs: [Int32] = [0, 0]
        guard lkjip_pipe_cloexec(&outFDs) == 0 else { throw SpawnError(code: errno) }
        guard lkjip_pipe_cloexec(&errFDs) == 0 else {
            let e = errno
            close(outFDs[0]); close(outFDs[1])
            throw SpawnError(code: e)
        }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        let pid = lkjip_spawn(tool, &cArgs, outFDs[1], errFDs[1])
        let spawnErrno = errno
        close(outFDs[1]); close(errFDs[1])
        guard pid > 0 else {
            close(outFDs[0]); close(errFDs[0])
            throw SpawnError(code: spawnErrno)
        }
        self.pid = pid
        stdout = FileHandle(fileDescriptor: outFDs[0], closeOnDealloc: true)
        stderr = FileHandle(fileDescriptor: errFDs[0], closeOnDealloc: true)
    }

    /// The exit status once the child has ended (a signal gives 128 + its number).
    func poll() -> Int32? { reap(WNOHANG) }

    func wait() -> Int32 { reap(0) ?? -1 }

    private func reap(_ flags: Int32) -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        let r = waitpid(pid, &raw, flags)
        if r == 0 { return nil }
        if r < 0 { status = errno == EINTR ? nil : -1; return status }
        let signal = raw & 0x7F
        status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
        return status
    }

    /// The whole group, at once: pdftotext spawns nothing, but a wrapper script might.
    func kill() {
        if status == nil { _ = Glibc.kill(-pid, SIGKILL) }
    }

    deinit {
        if status == nil { kill(); _ = wait() }
    }
}

/// Drains a pipe on a background thread, keeping at most `cap` bytes.
private final class PipeCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var overflow = false

    init(_ handle: FileHandle, cap: Int) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                if data.count + chunk.count > cap { overflow = true } else { data.append(chunk) }
                lock.unlock()
            }
            done.signal()
        }
    }

    var overflowed: Bool {
        lock.lock(); defer { lock.unlock() }
        return overflow
    }

    func finish() -> Data {
        done.wait()
        lock.lock(); defer { lock.unlock() }
        return data
    }
}
