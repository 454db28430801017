/// How capaian above 100% is to be read. Some units cap capaian at 100% by policy
/// (the Renstra says so), others report the raw ratio; `auto` lets the checks judge
/// from the document itself.
public enum CapaianCapPolicy: String, Sendable, Codable, CaseIterable {
    case auto, capped, uncapped
}

/// Settings that change what the checks conclude, as opposed to which rules run
/// (`RuleSelection`). They come from `.lkjip-lint.yml` and reach every check through
/// `CheckContext.options`.
public struct LintOptions: Sendable, Equatable {
    public var capaianCap: CapaianCapPolicy = .auto
    /// The report year and unit, when the config states them; they win over what
    /// `ReportIdentity` reads from the cover.
    public var year: Int?
    public var unit: String?

    public init(capaianCap: CapaianCapPolicy = .auto, year: Int? = nil, unit: String? = nil) {
        self.capaianCap = capaianCap
        self.year = year
        self.unit = unit
    }
}
