import Foundation

/// When a run fails: findings at or above this level exit 1 (`none`: never).
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, info, none
    public var threshold: Severity? { self == .none ? nil : Severity(rawValue: rawValue) }
}

/// `.lkjip-lint.yml`: what a report repository (or an auditor's folder) decides once
/// instead of on every command line. Paths in it are relative to the file's folder.
public struct LintConfig: Sendable {
    /// The config file, nil for the built-in defaults.
    public var file: String?
    public var onlyRules: [String]?
    public var disabledRules: [String] = []
    /// Opt-in rules to run.
    public var enabledRules: [String] = []
    public var severity: [String: Severity] = [:]
    public var failOn: FailLevel?
    public var year: Int?
    public var unit: String?
    public var capaianCap: CapaianCapPolicy?
    public var language: Language?
    public var include: [PathGlob] = []
    public var exclude: [PathGlob] = []
    /// Extra rule-pack folders, already resolved against the config's folder.
    public var checks: [String] = []

    public init() {}

    /// The folder `include`, `exclude` and `checks` are relative to.
    public var directory: String {
        file.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
            ?? FileManager.default.currentDirectoryPath
    }

    public var selection: RuleSelection {
        var s = RuleSelection()
        s.disabled.subtract(enabledRules + (onlyRules ?? []))
        s.disabled.formUnion(disabledRules)
        if let only = onlyRules {
            s.disabled.formUnion(CheckRegistry.descriptions.map(\.id).filter { !only.contains($0) })
        }
        s.severityOverrides = severity
        return s
    }

    public var options: LintOptions {
        LintOptions(capaianCap: capaianCap ?? .auto, year: year, unit: unit)
    }

    /// Whether a file found by walking a folder is to be linted. Files named on the
    /// command line are always linted, as the user asked for them by name.
    public func admits(_ path: String) -> Bool {
        let rel = relative(path)
        if !include.isEmpty && !include.contains(where: { $0.matches(rel) }) { return false }
        return !exclude.contains { $0.matches(rel) }
    }

    func relative(_ path: String) -> String {
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        let dir = directory.hasSuffix("/") ? directory : directory + "/"
        return abs.hasPrefix(dir) ? String(abs.dropFirst(dir.count)) : abs
    }
}
