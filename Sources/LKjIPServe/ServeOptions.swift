import Foundation
import LKjIPLint

/// How the server runs: where it listens, what it accepts, how much it does at once.
public struct ServeOptions: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port (tests); `onRunning` hears which.
    public var port = 8080
    /// The most one request may carry, all files together (each file is at most this too).
    public var maxUploadBytes = 50 * 1_048_576
    /// Checks that run at once, one core each.
    public var concurrentChecks = ProcessInfo.processInfo.activeProcessorCount
    /// Checks that may wait for a free slot; any more are answered 503.
    public var queuedChecks = 4 * ProcessInfo.processInfo.activeProcessorCount
    /// Open connections at most; beyond that new ones wait to be accepted.
    public var maxConnections = 256
    /// The longest a check may take before the client is answered 503.
    public var checkTimeoutSeconds: Double = 120
    /// A connection that sends or receives nothing this long is closed (slow uploads).
    public var idleTimeoutSeconds: Int64 = 30
    /// Where each check makes its private folder (mode 0700), removed when the check ends.
    public var temporaryDirectory = FileManager.default.temporaryDirectory.path
    /// The linter every upload goes through: the CLI's defaults unless the operator gave a config.
    public var linter = Linter(packs: (try? RulePacks.builtIn()) ?? RulePacks())
    /// Where access-log lines go (one per request, never file contents); nil for none.
    public var accessLog: (@Sendable (String) -> Void)? = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    public init() {}

    /// Whether `host` is a loopback address, reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
