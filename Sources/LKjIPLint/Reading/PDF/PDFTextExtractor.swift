import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs poppler's `pdftotext -layout` on a PDF and returns its text, pages separated by
/// form feeds. The text goes to a pipe (nothing is written next to the input); the
/// child is killed after a timeout, and its output is capped.
enum PDFTextExtractor {
    static let timeout: TimeInterval = 60
    static let maxOutputBytes = 256 * 1024 * 1024

    static func extract(path: String, timeout: TimeInterval = timeout) throws -> String {
        try checkMagic(path)
        guard let tool = executable("pdftotext") else {
            throw InputError(path, Message(id: "pdftotext (poppler-utils) tidak terpasang; pasang dengan: apt-get install poppler-utils",
                                           en: "pdftotext (poppler-utils) is not installed; install it with: apt-get install poppler-utils"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // A path starting with "-" would read as an option.
        let arg = path.hasPrefix("-") ? "./" + path : path
        process.arguments = ["-layout", "-enc", "UTF-8", arg, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw InputError(path, Message(id: "pdftotext tidak dapat dijalankan: \(error.localizedDescription)",
                                           en: "pdftotext could not be started: \(error.localizedDescription)"))
        }
        // Read both pipes while the child runs, so a large output cannot fill a pipe and deadlock.
        let stdout = PipeCollector(out.fileHandleForReading, cap: maxOutputBytes)
        let stderr = PipeCollector(err.fileHandleForReading, cap: 64 * 1024)
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline || stdout.overflowed { timedOut = !stdout.overflowed; stop(process); break }
            usleep(5_000)
        }
        process.waitUntilExit()
        let text = stdout.finish(), message = String(decoding: stderr.finish(), as: UTF8.self)
        if timedOut {
            throw InputError(path, Message(id: "pdftotext tidak selesai dalam \(Int(timeout)) detik; PDF terlalu rumit atau rusak",
                                           en: "pdftotext did not finish within \(Int(timeout)) s; the PDF is too complex or corrupt"))
        }
        if stdout.overflowed {
            throw InputError(path, Message(id: "teks PDF terlalu besar (lebih dari \(maxOutputBytes / 1_048_576) MB)",
                                           en: "the PDF's text is too large (more than \(maxOutputBytes / 1_048_576) MB)"))
        }
        let status = process.terminationStatus
        if status != 0 { throw failure(path, status: status, stderr: message) }
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

    static func stop(_ process: Process) {
        process.terminate()
        let pid = process.processIdentifier
        usleep(200_000)
        if process.isRunning { _ = kill(pid, SIGKILL) }
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
