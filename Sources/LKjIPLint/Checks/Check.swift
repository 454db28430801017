/// A check reads claims (and, where it must, the document) and reports contradictions.
/// Every check carries examples that must fire and examples that must stay quiet
/// (SwiftLint's model); one test runs them all and `lkjip-lint explain` prints them.
public protocol Check: Sendable {
    var description: RuleDescription { get }
    func run(_ context: CheckContext) -> [Diagnostic]
}

public struct RuleDescription: Sendable {
    public let id: String
    public let severity: Severity
    public let summary: Message
    public let rationale: Message
    /// The regulation or document a rule rests on, when there is one.
    public let source: String?
    /// Small drafts; `↓` marks the line (and spot) where the finding must be reported.
    public let triggering: [String]
    public let nonTriggering: [String]
    /// The pack that carries the rule's data, if any.
    public let pack: String
    /// Off unless a config's `enabled_rules`/`only_rules` or `--enable` asks for it: hints
    /// that are true but are no contradiction in the numbers (a spelling slip).
    public let optIn: Bool

    public init(id: String, severity: Severity, summary: Message, rationale: Message, source: String? = nil,
                pack: String = "core", optIn: Bool = false, triggering: [String], nonTriggering: [String]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.source = source
        self.pack = pack
        self.optIn = optIn
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

public struct CheckContext: Sendable {
    public let document: Document
    public let claims: Claims
    public let packs: RulePacks
    /// Config-level choices such as the capaian cap policy.
    public let options: LintOptions
    /// Which unit and year the report is about: the config's, else what its cover says.
    public let identity: ReportIdentity
    /// The figures bound to keys (indicator, year, measure), read once for the checks that compare them.
    public let facts: [Fact]

    public init(document: Document, claims: Claims, packs: RulePacks, options: LintOptions = LintOptions()) {
        self.document = document
        self.claims = claims
        self.packs = packs
        self.options = options
        identity = ReportIdentity.of(document, options: options)
        facts = FactExtractor.facts(claims, packs: packs, reportYear: identity.year, reportUnit: identity.unit)
    }

    public var reportYear: Int? { identity.year }
    /// Each block's figures and sentences as the claims stage read them.
    public var analysis: DocumentAnalysis { claims.analysis }
    public var reportUnit: String? { identity.unit }
}

/// All checks, in the order `lkjip-lint rules` lists them.
public enum CheckRegistry {
    public static let all: [Check] = [
        CapaianMismatchCheck(),
        CapaianCappedCheck(),
        PercentMismatchCheck(),
        TotalMismatchCheck(),
        AverageMismatchCheck(),
        FormulaMismatchCheck(),
        DivisionByZeroCheck(),
        PlaceholderCheck(),
        RoundingCheck(),
        NumberMalformedCheck(),
        CrossrefConflictCheck(),
        MislabelCheck(),
        // Domain rule packs (issue 4): data in checks/*.yml.
        WeightedScoreMismatchCheck(),
        CategoryMismatchCheck(),
        CategoryMissingCheck(),
        NumberWordMismatchCheck(),
        NumberWordSpellingCheck(),
        PeriodMismatchCheck(),
        DateMismatchCheck(),
        ListCountMismatchCheck(),
        UnitMismatchCheck(),
        StructureMissingCheck(),
        IndicatorMissingCheck(),
    ]

    public static func check(_ id: String) -> Check? { all.first { $0.description.id == id } }

    /// Rules produced by a pipeline stage rather than a check (e.g. suppression
    /// bookkeeping); listed so that `rules`, `explain`, SARIF and config validation know them.
    public static let stageRules: [RuleDescription] = [Suppressions.unusedRule]

    /// Every rule id a finding can carry, checks first.
    public static var descriptions: [RuleDescription] { all.map(\.description) + stageRules }

    public static func description(_ id: String) -> RuleDescription? { descriptions.first { $0.id == id } }
}
