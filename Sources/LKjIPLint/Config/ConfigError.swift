/// A config file that cannot be used. Always names the file, and the line and key when
/// there is one; the CLI prints it and exits 2.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let key: String?
    public let problem: Message

    public init(file: String, line: Int? = nil, key: String? = nil, _ problem: Message) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public func text(_ language: Language) -> String {
        let place = file + (line.map { ":\($0)" } ?? "")
        let key = self.key.map { language == .en ? "key '\($0)': " : "kunci '\($0)': " } ?? ""
        return "\(place): \(key)\(problem.text(language))"
    }

    public var description: String { text(.id) }
}
