import Foundation

/// Finds the `.lkjip-lint.yml` that governs a file: the nearest one in the file's folder
/// or any folder above it (as SwiftLint finds `.swiftlint.yml`). Loaded configs are cached
/// per file, so a folder of fifty reports reads its config once.
public final class ConfigDiscovery: @unchecked Sendable {
    public static let fileNames = [".lkjip-lint.yml", ".lkjip-lint.yaml"]

    private var byDirectory: [String: String?] = [:]
    private var loaded: [String: LintConfig] = [:]
    private let lock = NSLock()

    public init() {}

    /// The config file for an input path (a file, a folder, or `-` for the working folder).
    public func configPath(for input: String) -> String? {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let abs = URL(fileURLWithPath: input == "-" ? "." : input).standardizedFileURL
        let start = fm.fileExists(atPath: abs.path, isDirectory: &isDir) && isDir.boolValue ? abs : abs.deletingLastPathComponent()
        return lock.withLock { nearest(start.path) }
    }

    private func nearest(_ dir: String) -> String? {
        if let known = byDirectory[dir] { return known }
        var found: String? = nil
        for name in ConfigDiscovery.fileNames {
            let candidate = (dir as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate) { found = candidate; break }
        }
        if found == nil {
            let parent = (dir as NSString).deletingLastPathComponent
            if parent != dir && !parent.isEmpty { found = nearest(parent) }
        }
        byDirectory[dir] = found
        return found
    }

    /// The config for an input, loaded once per config file; the defaults when there is none.
    public func config(for input: String) throws -> LintConfig {
        guard let path = configPath(for: input) else { return LintConfig() }
        if let c = lock.withLock({ loaded[path] }) { return c }
        let c = try LintConfig.load(path: path)
        lock.withLock { loaded[path] = c }
        return c
    }
}
