/// `--format github`: workflow commands that GitHub Actions shows as annotations.
public struct GitHubReporter: Reporter {
    public init() {}

    /// Escaping per the workflow-command rules: data escapes %, CR, LF; properties also : and ,.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func render(_ results: [FileResult], language: Language) -> String {
        var out = ""
        for r in results {
            if let e = r.error {
                out += "::error file=\(GitHubReporter.property(r.path))::\(GitHubReporter.data(e.problem.text(language)))\n"
                continue
            }
            for d in r.diagnostics {
                let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
                out += "::\(level) file=\(GitHubReporter.property(r.path)),line=\(d.location.line),col=\(d.location.column),title=\(GitHubReporter.property(d.rule))::\(GitHubReporter.data(d.message.text(language)))\n"
            }
        }
        return out
    }
}
