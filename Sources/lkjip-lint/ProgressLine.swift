import Foundation
import LKjIPLint

/// "[12/50] memeriksa…" on stderr, only on a terminal and only once a run has taken over
/// two seconds, so quick runs, pipes and CI logs never see it.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private var last = Date.distantPast
    private var drawn = false
    private let lock = NSLock()
    private let label: String

    init(language: Language) { label = language == .en ? "checking" : "memeriksa" }

    static func wanted() -> Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(start) > 2, now.timeIntervalSince(last) > 0.1 || done == total else { return }
            last = now
            drawn = true
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(label)…".utf8))
        }
    }

    func finish() {
        lock.withLock { if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
    }
}
