import ArgumentParser
import Foundation
import LKjIPLint

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Daftar aturan beserta tingkat dan paketnya.")
    @Option(help: "Bahasa: id atau en.") var lang: Language = .id

    func run() throws {
        for d in CheckRegistry.descriptions {
            print("\(d.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(d.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) [\(d.pack)]\(d.optIn ? (lang == .en ? " (opt-in)" : " (tidak aktif bawaan)") : "") \(d.summary.text(lang))")
        }
    }
}
