/// How bad a finding is. Order matters: `--fail-on` compares with it.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A message in Bahasa Indonesia (the default) and English (`--lang en`).
public struct Message: Sendable, Hashable {
    public let id: String
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .en ? en : id }
}

public enum Language: String, Sendable, Codable, CaseIterable {
    case id, en
}

public struct RelatedLocation: Sendable, Hashable {
    public let location: SourceLocation
    public let message: Message

    public init(_ location: SourceLocation, _ message: Message) {
        self.location = location
        self.message = message
    }
}

/// One contradiction (or leftover) found in one document.
public struct Diagnostic: Sendable {
    public let rule: String
    public var severity: Severity
    public let location: SourceLocation
    public let message: Message
    /// What the document says, as written.
    public let stated: String?
    /// What the numbers give, written in the document's style.
    public let expected: String?
    public var related: [RelatedLocation]

    public init(rule: String, severity: Severity, location: SourceLocation, message: Message,
                stated: String? = nil, expected: String? = nil, related: [RelatedLocation] = []) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.stated = stated
        self.expected = expected
        self.related = related
    }

    /// Stable output order: line, column, rule.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message.en < b.message.en
    }
}
