import ArgumentParser
import Foundation
import LKjIPLint

/// `review DRAFT.docx -o DRAFT-reviu.docx`: `check --format docx` under the name a
/// reviewer looks for, with the output named after the draft when -o is left out.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tulis salinan draf .docx dengan setiap temuan sebagai komentar Word pada angkanya.")

    @Argument(help: "Draf .docx yang diperiksa (tidak diubah).")
    var path: String

    @Option(name: [.short, .customLong("output")], help: "Salinan berkomentar. Bawaan: <draf>-reviu.docx di folder yang sama.")
    var output: String?

    @Option(help: "Bahasa komentar: id (Bahasa Indonesia) atau en.")
    var lang: Language?

    @Option(name: .customLong("fail-on"), help: "Keluar dengan status 1 bila ada temuan setingkat ini atau lebih: error, warning, info, none.")
    var failOn: FailOn?

    @Option(name: .customLong("disable"), help: "Matikan aturan (id aturan). Boleh berulang.")
    var disabled: [String] = []

    @Option(name: .customLong("config"), help: "Berkas konfigurasi .lkjip-lint.yml.")
    var configFile: String?

    @OptionGroup var packOptions: PackOptions

    static func defaultOutput(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().path + "-reviu.docx"
    }

    func run() throws {
        var arguments = [path, "--format", "docx", "-o", output ?? Review.defaultOutput(path)]
        if let lang { arguments += ["--lang", lang.rawValue] }
        if let failOn { arguments += ["--fail-on", failOn.rawValue] }
        for d in disabled { arguments += ["--disable", d] }
        if let configFile { arguments += ["--config", configFile] }
        for c in packOptions.checkDirs { arguments += ["--checks", c] }
        let check = try Check.parse(arguments)
        try check.run()
    }
}
