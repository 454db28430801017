import ArgumentParser
import Foundation
import LKjIPLint

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.t("Jelaskan satu aturan: uraian, sumber, dan contohnya.", "Explain one rule: description, source and examples."))
    @Argument(help: ArgumentHelp(CLIText.t("Id aturan, mis. capaian-mismatch.", "Rule id, e.g. capaian-mismatch."))) var rule: String
    @Option(help: ArgumentHelp(CLIText.t("Bahasa: id atau en.", "Language: id or en."))) var lang: Language = CLIText.language

    func run() throws {
        guard let d = CheckRegistry.description(rule) else { fail(CLIText.unknownRule(rule)) }
        let en = lang == .en
        print("\(d.id) (\(d.severity.rawValue))\n\n\(d.summary.text(lang))\n\n\(d.rationale.text(lang))")
        if let s = d.source { print("\n" + (en ? "Source: " : "Sumber: ") + s) }
        print("\n" + (en ? "Pack: " : "Paket: ") + d.pack)
        print("\n" + (en ? "Examples that fire (↓ marks the spot):" : "Contoh yang memicu temuan (↓ menandai tempatnya):"))
        for e in d.triggering { print("  ---\n" + e.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")) }
        print(en ? "Examples that stay quiet:" : "Contoh yang tidak memicu temuan:")
        for e in d.nonTriggering { print("  ---\n" + e.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")) }
    }
}
