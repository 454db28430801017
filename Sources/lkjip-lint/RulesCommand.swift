import ArgumentParser
import Foundation
import LKjIPLint

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.t("Daftar aturan beserta tingkat dan paketnya.", "List the rules with their severity and pack."))
    @Option(help: ArgumentHelp(CLIText.t("Bahasa: id atau en.", "Language: id or en."))) var lang: Language = CLIText.language

    func run() throws {
        // The id column as wide as the longest id: an id is never cut (--disable needs it whole).
        let width = CheckRegistry.descriptions.map(\.id.count).max() ?? 0
        for d in CheckRegistry.descriptions {
            print("\(d.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(d.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) [\(d.pack)]\(d.optIn ? (lang == .en ? " (opt-in)" : " (tidak aktif bawaan)") : "") \(d.summary.text(lang))")
        }
    }
}
