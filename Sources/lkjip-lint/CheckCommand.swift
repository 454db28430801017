import ArgumentParser
import Foundation
import LKjIPLint

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Periksa draf LKjIP (berkas, folder, atau - untuk stdin).")

    @Argument(help: "Berkas .docx/.pdf/.md/.txt, folder, atau -.")
    var paths: [String]

    @Option(help: "Format keluaran: text, json, sarif, github.")
    var format: OutputFormat = .text

    @Option(help: "Bahasa pesan: id (Bahasa Indonesia) atau en.")
    var lang: Language = .id

    @Option(name: .customLong("fail-on"), help: "Keluar dengan status 1 bila ada temuan setingkat ini atau lebih: error, warning, info, none.")
    var failOn: FailOn = .error

    @Option(name: .customLong("disable"), help: "Matikan aturan (id aturan). Boleh berulang.")
    var disabled: [String] = []

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("berikan setidaknya satu berkas atau folder") }
        for id in disabled where CheckRegistry.check(id) == nil {
            throw ValidationError("aturan '\(id)' tidak dikenal; lihat 'lkjip-lint rules'")
        }
    }

    func run() throws {
        let packs: RulePacks
        do { packs = try packOptions.load() } catch { fail("\(error)") }
        var selection = RuleSelection()
        selection.disabled = Set(disabled)
        let linter = Linter(packs: packs, selection: selection)
        let (files, inputErrors) = InputCollector.collect(paths)
        let results = inputErrors.map { FileResult(path: $0.path, document: nil, diagnostics: [], error: $0) } + linter.lint(paths: files)
        let color = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        FileHandle.standardOutput.write(Data(format.reporter(color: color).render(results, language: lang).utf8))
        for r in results { if let e = r.error { FileHandle.standardError.write(Data(("lkjip-lint: " + e.text(lang) + "\n").utf8)) } }
        if results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        if let t = failOn.threshold, results.contains(where: { $0.diagnostics.contains { $0.severity >= t } }) { throw ExitCode(1) }
    }
}
