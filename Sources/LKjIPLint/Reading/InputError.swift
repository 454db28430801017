/// A file the linter cannot read as a report. Always names the file; the CLI exits 2.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: Message

    public init(_ path: String, _ problem: Message) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem.id)" }
    public func text(_ language: Language) -> String { "\(path): \(problem.text(language))" }
}
