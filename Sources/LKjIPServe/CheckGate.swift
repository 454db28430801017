import Foundation

/// Bounds how many checks run at once (one core each): up to `limit` run, up to
/// `queueLimit` more wait their turn in arrival order, and any beyond that are turned
/// away at once (the server answers 503) rather than piling up memory and latency.
final class CheckGate: @unchecked Sendable {
    let limit: Int
    let queueLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Bool, Never>] = []
    private let lock = NSLock()

    init(limit: Int, queueLimit: Int) {
        self.limit = max(1, limit)
        self.queueLimit = max(0, queueLimit)
    }

    /// True once a slot is held (the caller must `leave()`); false when the queue is full.
    func enter() async -> Bool {
        await withCheckedContinuation { c in admit(c) }
    }

    private func admit(_ c: CheckedContinuation<Bool, Never>) {
        let answer: Bool? = lock.withLock {
            if running < limit { running += 1; return true }
            if waiting.count < queueLimit { waiting.append(c); return nil }
            return false
        }
        if let answer { c.resume(returning: answer) }
    }

    /// Frees a slot, handing it straight to the longest-waiting check if there is one.
    func leave() {
        let next: CheckedContinuation<Bool, Never>? = lock.withLock {
            if waiting.isEmpty { running -= 1; return nil }
            return waiting.removeFirst()
        }
        next?.resume(returning: true)
    }

    var load: (running: Int, waiting: Int) { lock.withLock { (running, waiting.count) } }
}

/// Runs blocking work on a thread of its own and waits for it at most `seconds`. The work
/// is not abandoned on time-out (a lint cannot be interrupted); only the wait is, so the
/// client hears back while the caller's own bookkeeping finishes with the work.
enum Deadline {
    struct Expired: Error {}

    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { c in
            once.set(c)
            // Both on Dispatch, not the cooperative pool, so a busy pool cannot delay the time-out.
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { once.resume(.failure(Expired())) }
            DispatchQueue.global(qos: .userInitiated).async { once.resume(.success(work())) }
        }
    }

    private final class Once<T: Sendable>: @unchecked Sendable {
        private var continuation: CheckedContinuation<T, Error>?
        private let lock = NSLock()
        func set(_ c: CheckedContinuation<T, Error>) { lock.withLock { continuation = c } }
        func resume(_ r: Result<T, Error>) {
            let c: CheckedContinuation<T, Error>? = lock.withLock { defer { continuation = nil }; return continuation }
            c?.resume(with: r)
        }
    }
}
