import ArgumentParser
import Foundation
import LKjIPLint

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, none
    var threshold: Severity? { self == .none ? nil : Severity(rawValue: rawValue) }
}

struct LKjIPLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lkjip-lint",
        abstract: "Pemeriksa angka Laporan Kinerja Instansi Pemerintah (LKjIP) / LKjIP number linter.",
        subcommands: [Check.self, Rules.self, Explain.self, TextView.self],
        defaultSubcommand: Check.self)
}

struct PackOptions: ParsableArguments {
    @Option(name: .customLong("checks"), help: "Folder paket aturan tambahan (YAML). Boleh berulang.")
    var checkDirs: [String] = []

    func load() throws -> RulePacks {
        var packs = try RulePacks.builtIn()
        for d in checkDirs { try packs.add(directory: d) }
        return packs
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("lkjip-lint: " + message + "\n").utf8))
    Foundation.exit(2)
}

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

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Daftar aturan beserta tingkat dan paketnya.")
    @Option(help: "Bahasa: id atau en.") var lang: Language = .id

    func run() throws {
        for c in CheckRegistry.all {
            let d = c.description
            print("\(d.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(d.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) [\(d.pack)] \(d.summary.text(lang))")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Jelaskan satu aturan: uraian, sumber, dan contohnya.")
    @Argument(help: "Id aturan, mis. capaian-mismatch.") var rule: String
    @Option(help: "Bahasa: id atau en.") var lang: Language = .id

    func run() throws {
        guard let c = CheckRegistry.check(rule) else { fail("aturan '\(rule)' tidak dikenal; lihat 'lkjip-lint rules'") }
        let d = c.description
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

struct TextView: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Cetak tampilan teks berkas: baris yang dirujuk oleh temuan.")
    @Argument(help: "Berkas laporan.") var path: String
    @Flag(name: .customLong("numbered"), help: "Beri nomor baris.") var numbered = false

    func run() throws {
        do {
            let doc = try DocumentReader.read(path: path)
            var out = ""
            for (i, l) in doc.lines.enumerated() { out += numbered ? "\(i + 1)\t\(l)\n" : l + "\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch let e as InputError {
            fail(e.text(.id))
        }
    }
}

/// Exit statuses: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors.
@main
enum Main {
    static func main() {
        do {
            var command = try LKjIPLintCommand.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = LKjIPLintCommand.exitCode(for: error)
            let text = LKjIPLintCommand.fullMessage(for: error)
            if status == .success {
                print(text)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((text + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
