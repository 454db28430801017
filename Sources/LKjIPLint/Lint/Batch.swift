import Foundation

/// Lints many files on all cores, each with the linter its own config gives (files under
/// different `.lkjip-lint.yml` files may differ in rules and options). Results come back
/// in input order, with the report's unit and year filled in.
public enum Batch {
    public struct Job: Sendable {
        public let path: String
        public let linter: Linter
        public init(path: String, linter: Linter) {
            self.path = path
            self.linter = linter
        }
    }

    /// `progress(done, total)` is called on the worker thread that finished a file.
    public static func run(_ jobs: [Job], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [FileResult] {
        let box = ResultBox(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let job = jobs[i]
            var r = job.linter.lint(path: job.path)
            if let doc = r.document { r.identity = ReportIdentity.of(doc, options: job.linter.options) }
            let done = box.set(i, r)
            progress?(done, jobs.count)
        }
        return box.results
    }

    private final class ResultBox: @unchecked Sendable {
        private var slots: [FileResult?]
        private var done = 0
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ r: FileResult) -> Int { lock.withLock { slots[i] = r; done += 1; return done } }
        var results: [FileResult] { lock.withLock { slots.map { $0! } } }
    }
}
