import ArgumentParser
import Foundation
import LKjIPLint

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Jelaskan satu aturan: uraian, sumber, dan contohnya.")
    @Argument(help: "Id aturan, mis. capaian-mismatch.") var rule: String
    @Option(help: "Bahasa: id atau en.") var lang: Language = .id

    func run() throws {
        guard let d = CheckRegistry.description(rule) else { fail("aturan '\(rule)' tidak dikenal; lihat 'lkjip-lint rules'") }
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
