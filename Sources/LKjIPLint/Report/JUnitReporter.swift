/// `--format junit`: the Ant/Jenkins JUnit XML that CI systems show as test reports.
/// One testsuite per file, one testcase per rule per file: a rule with errors or warnings
/// in the file fails (the findings in the failure's text); info findings are listed in the
/// testcase's output without failing it; an unreadable file is a testcase `input` in error.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ results: [FileResult], language: Language) -> String {
        let rules = CheckRegistry.descriptions.map(\.id)
        var suites = ""
        var totalTests = 0, totalFailures = 0, totalErrors = 0
        for r in results {
            var cases = ""
            var tests = 0, failures = 0, errors = 0
            if let e = r.error {
                tests = 1; errors = 1
                cases += "    <testcase classname=\"\(x(r.path))\" name=\"input\" time=\"0\">\n"
                cases += "      <error message=\"\(x(e.problem.text(language)))\" type=\"input\"/>\n    </testcase>\n"
            } else {
                let byRule = Dictionary(grouping: r.diagnostics, by: \.rule)
                for rule in rules + byRule.keys.filter({ !rules.contains($0) }).sorted() {
                    tests += 1
                    let found = byRule[rule] ?? []
                    let failing = found.filter { $0.severity >= .warning }
                    cases += "    <testcase classname=\"\(x(r.path))\" name=\"\(x(rule))\" time=\"0\""
                    guard !found.isEmpty else { cases += "/>\n"; continue }
                    cases += ">\n"
                    let lines = found.map { d in "\(r.path):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message.text(language))" }
                    if !failing.isEmpty {
                        failures += 1
                        let worst = failing.map(\.severity).max()!
                        let summary = language == .en ? "\(failing.count) finding(s)" : "\(failing.count) temuan"
                        cases += "      <failure message=\"\(x(summary))\" type=\"\(worst.rawValue)\">\(x(lines.joined(separator: "\n")))</failure>\n"
                    } else {
                        cases += "      <system-out>\(x(lines.joined(separator: "\n")))</system-out>\n"
                    }
                    cases += "    </testcase>\n"
                }
            }
            totalTests += tests; totalFailures += failures; totalErrors += errors
            suites += "  <testsuite name=\"\(x(r.path))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"0\">\n"
            suites += "    <properties>\n"
            suites += "      <property name=\"lkjip-lint.version\" value=\"\(ToolVersion.current)\"/>\n"
            if let u = r.identity?.unit { suites += "      <property name=\"unit\" value=\"\(x(u))\"/>\n" }
            if let y = r.identity?.year { suites += "      <property name=\"year\" value=\"\(y)\"/>\n" }
            suites += "    </properties>\n"
            suites += cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"lkjip-lint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + suites + "</testsuites>\n"
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
    func x(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += "&#\(u.value);"
            default: if u.value >= 0x20 && u.value != 0xFFFE && u.value != 0xFFFF { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
