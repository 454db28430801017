import Foundation

/// Lints many files on all cores, each with the linter its own config gives (files under
/// different `.lkjip-lint.yml` files may differ in rules and options). Results come back
/// in input order, with the report's unit and year filled in.
///
/// Each file has a wall-clock budget covering pdftotext and the lint. A file over it is
/// reported as an input error and the batch goes on; its worker thread cannot be stopped
/// from outside, so it is abandoned (no longer counted against the cores) and dies when
/// the process exits. pdftotext itself is killed at the deadline.
public enum Batch {
    public struct Job: Sendable {
        public let path: String
        public let linter: Linter
        public init(path: String, linter: Linter) {
            self.path = path
            self.linter = linter
        }
    }

    /// Generous: the slowest real report takes about a second.
    public static let defaultTimeout: TimeInterval = 300

    /// `progress(done, total)` is called on the thread that finished (or gave up on) a file.
    public static func run(_ jobs: [Job], timeout: TimeInterval = defaultTimeout,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> [FileResult] {
        let box = ResultBox(count: jobs.count)
        let cores = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let all = DispatchGroup()
        for (i, job) in jobs.enumerated() {
            cores.wait()
            all.enter()
            let finished = DispatchSemaphore(value: 0)
            let deadline = Date().addingTimeInterval(timeout)
            let worker = Thread {
                var r = job.linter.lint(path: job.path, deadline: deadline)
                if let doc = r.document { r.identity = ReportIdentity.of(doc, options: job.linter.options) }
                if let done = box.set(i, r) { progress?(done, jobs.count) }
                finished.signal()
            }
            // Deep documents recurse in places (equations, nested tables): room beyond the 512 KB default.
            worker.stackSize = 16 << 20
            worker.start()
            DispatchQueue.global().async {
                // A backstop half a second behind the file's own deadline, so that the reader
                // that ran out of time (pdftotext) says so itself when it can.
                if finished.wait(timeout: .now() + timeout + 0.5) == .timedOut,
                   let done = box.set(i, FileResult(path: job.path, document: nil, diagnostics: [], error: timedOut(job.path, timeout))) {
                    progress?(done, jobs.count)
                }
                cores.signal()
                all.leave()
            }
        }
        all.wait()
        return box.results
    }

    static func timedOut(_ path: String, _ seconds: TimeInterval) -> InputError {
        let s = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
        return InputError(path, Message(id: "pemeriksaan tidak selesai dalam \(s) detik (batas per berkas, ubah dengan --timeout); berkas dilewati",
                                        en: "linting did not finish within \(s) s (the per-file budget, see --timeout); file skipped"))
    }

    private final class ResultBox: @unchecked Sendable {
        private var slots: [FileResult?]
        private var done = 0
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        /// The first result for a slot wins (the lint or its timeout); nil when it came second.
        func set(_ i: Int, _ r: FileResult) -> Int? {
            lock.withLock {
                guard slots[i] == nil else { return nil }
                slots[i] = r
                done += 1
                return done
            }
        }
        var results: [FileResult] { lock.withLock { slots.map { $0! } } }
    }
}
