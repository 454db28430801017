import Foundation

/// Which rules run and at what severity.
public struct RuleSelection: Sendable {
    /// Opt-in rules start disabled.
    public var disabled: Set<String> = Set(CheckRegistry.descriptions.filter(\.optIn).map(\.id))
    public var severityOverrides: [String: Severity] = [:]
    public init() {}
}

/// The pipeline for one document: claims from the document, checks over the claims,
/// diagnostics in stable order.
public struct Linter: Sendable {
    public let packs: RulePacks
    public let checks: [Check]
    public var selection: RuleSelection
    public var options: LintOptions

    public init(packs: RulePacks, checks: [Check] = CheckRegistry.all, selection: RuleSelection = RuleSelection(),
                options: LintOptions = LintOptions()) {
        self.packs = packs
        self.checks = checks
        self.selection = selection
        self.options = options
    }

    public func lint(_ document: Document) -> [Diagnostic] {
        let (diagnostics, limited) = LimitHits.collecting { run(document) }
        guard !limited.isEmpty else { return diagnostics }
        // Said once per file, whatever the number of lines that were too hard for a pattern.
        let names = limited.joined(separator: "; ")
        let note = Diagnostic(rule: "input", severity: .warning, location: SourceLocation(line: 1, column: 1), message: Message(
            id: "pola regex paket aturan mencapai batas pencocokan PCRE2 pada sebagian teks, jadi kecocokan di sana terlewat: \(names) — sederhanakan polanya",
            en: "a rule pack's regex hit PCRE2's match limit on part of the text, so matches there were missed: \(names) — simplify the pattern"))
        return ([note] + diagnostics).sorted(by: Diagnostic.ordered)
    }

    private func run(_ document: Document) -> [Diagnostic] {
        let claims = ClaimExtractor.extract(document, packs: packs)
        let context = CheckContext(document: document, claims: claims, packs: packs, options: options)
        var out: [Diagnostic] = document.readerNotes.map {
            Diagnostic(rule: "input", severity: $0.severity, location: SourceLocation(line: $0.line, column: 1), message: $0.message)
        }
        for check in checks where !selection.disabled.contains(check.description.id) {
            var ds = check.run(context)
            if let s = selection.severityOverrides[check.description.id] {
                for i in ds.indices { ds[i].severity = s }
            }
            out += ds
        }
        let kept = Suppressions(document: document).apply(to: Linter.deduplicated(out), selection: selection,
                                                             knownRules: Set(checks.map(\.description.id)))
        return kept.sorted(by: Diagnostic.ordered)
    }

    /// One finding per rule and spot: two extractors reading the same claim say it once.
    static func deduplicated(_ ds: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return ds.filter { seen.insert("\($0.rule):\($0.location.line):\($0.location.column)").inserted }
    }
}

/// What linting one input gave: its document and findings, or why it could not be read.
public struct FileResult: Sendable {
    public let path: String
    public let document: Document?
    public let diagnostics: [Diagnostic]
    public let error: InputError?
    /// Unit and year, set by the batch run (from the cover, or the config).
    public var identity: ReportIdentity?

    public init(path: String, document: Document?, diagnostics: [Diagnostic], error: InputError?) {
        self.path = path
        self.document = document
        self.diagnostics = diagnostics
        self.error = error
    }

    public func count(_ s: Severity) -> Int { diagnostics.filter { $0.severity == s }.count }
}
