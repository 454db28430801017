import ArgumentParser
import Foundation
import LKjIPLint

/// `review DRAFT.docx -o DRAFT-reviu.docx`: `check --format docx` under the name a
/// reviewer looks for, with the output named after the draft when -o is left out.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CLIText.t("Tulis salinan draf .docx dengan setiap temuan sebagai komentar Word pada angkanya.", "Write a copy of a .docx draft with each finding as a Word comment on its figure."))

    @Argument(help: ArgumentHelp(CLIText.t("Draf .docx yang diperiksa (tidak diubah).", "The .docx draft to check (left unchanged).")))
    var path: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(CLIText.t("Salinan berkomentar. Bawaan: <draf>-reviu.docx di folder yang sama.", "The commented copy. Default: <draft>-reviu.docx in the same folder.")))
    var output: String?

    @Option(help: ArgumentHelp(CLIText.t("Bahasa komentar: id (Bahasa Indonesia) atau en.", "Comment language: id (Bahasa Indonesia) or en.")))
    var lang: Language?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(CLIText.t("Keluar dengan status 1 bila ada temuan setingkat ini atau lebih: error, warning, info, none.", "Exit with status 1 on findings at this level or above: error, warning, info, none.")))
    var failOn: FailOn?

    @Option(name: .customLong("disable"), help: ArgumentHelp(CLIText.t("Matikan aturan (id aturan). Boleh berulang.", "Turn a rule off (rule id). Repeatable.")))
    var disabled: [String] = []

    @Option(name: .customLong("config"), help: ArgumentHelp(CLIText.t("Berkas konfigurasi .lkjip-lint.yml.", "The .lkjip-lint.yml config file.")))
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
