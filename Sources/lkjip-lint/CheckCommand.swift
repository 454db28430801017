import ArgumentParser
import Foundation
import LKjIPLint

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.t("Periksa draf LKjIP (berkas, folder, atau - untuk stdin).", "Check LKjIP drafts (files, folders, or - for stdin)."))

    @Argument(help: ArgumentHelp(CLIText.t("Berkas .docx/.pdf/.md/.txt, folder, atau -.", "A .docx/.pdf/.md/.txt file, a folder, or -.")))
    var paths: [String]

    @Option(help: ArgumentHelp(CLIText.t("Format keluaran: text, json, sarif, github, html, csv, junit, docx (salinan .docx berkomentar; perlu -o).", "Output format: text, json, sarif, github, html, csv, junit, docx (a commented copy of the .docx; needs -o).")))
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp(CLIText.t("Bahasa pesan: id (Bahasa Indonesia) atau en. Bawaan: 'language' di .lkjip-lint.yml, lalu id.", "Message language: id (Bahasa Indonesia) or en. Default: 'language' in .lkjip-lint.yml, else id.")))
    var lang: Language?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(CLIText.t("Keluar dengan status 1 bila ada temuan setingkat ini atau lebih: error, warning, info, none. Bawaan: 'fail_on' di .lkjip-lint.yml, lalu error.", "Exit with status 1 on findings at this level or above: error, warning, info, none. Default: 'fail_on' in .lkjip-lint.yml, else error.")))
    var failOn: FailOn?

    @Option(name: .customLong("disable"), help: ArgumentHelp(CLIText.t("Matikan aturan (id aturan). Boleh berulang.", "Turn a rule off (rule id). Repeatable.")))
    var disabled: [String] = []

    @Option(name: .customLong("enable"), help: ArgumentHelp(CLIText.t("Nyalakan aturan yang tidak aktif bawaan (mis. numberword-spelling). Boleh berulang.", "Turn on a rule that is off by default (e.g. numberword-spelling). May repeat.")))
    var enabled: [String] = []

    @Option(name: .customLong("config"), help: ArgumentHelp(CLIText.t("Berkas konfigurasi; tanpa ini, .lkjip-lint.yml terdekat di atas setiap berkas dipakai.", "Config file; without it, the nearest .lkjip-lint.yml above each file is used.")))
    var configFile: String?

    @Option(name: .customLong("baseline"), help: ArgumentHelp(CLIText.t("Laporkan hanya temuan yang tidak tercatat di berkas baseline ini.", "Report only findings not recorded in this baseline file.")))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp(CLIText.t("Catat semua temuan sekarang ke berkas baseline ini.", "Record all current findings in this baseline file.")))
    var writeBaseline: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(CLIText.t("Tulis keluaran ke berkas ini, bukan ke stdout.", "Write the output to this file instead of stdout.")))
    var output: String?

    @Option(name: .customLong("timeout"), help: "Batas waktu per berkas dalam detik (pdftotext dan pemeriksaan); berkas yang melewatinya dilaporkan dan berkas lain tetap diperiksa. Bawaan: 300.")
    var timeout: Double = Batch.defaultTimeout

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError(CLIText.t("berikan setidaknya satu berkas atau folder", "give at least one file or folder")) }
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError(CLIText.t("--timeout harus antara 0 dan 86400 detik", "--timeout must be between 0 and 86400 seconds")) }
        for id in disabled + enabled where CheckRegistry.description(id) == nil {
            throw ValidationError(CLIText.unknownRule(id))
        }
    }

    func run() throws {
        let discovery = ConfigDiscovery()
        let explicit: LintConfig?
        let main: LintConfig
        do {
            explicit = try configFile.map { try LintConfig.load(path: $0) }
        } catch let e as ConfigError { fail(e.text(lang ?? .id)) }
        // A broken config under the first path is that file's error (reported below), not the batch's.
        main = explicit ?? (try? discovery.config(for: paths[0])) ?? LintConfig()
        let language = lang ?? main.language ?? .id
        let threshold = failOn.map { FailLevel(rawValue: $0.rawValue)! } ?? main.failOn ?? .error

        let (jobs, inputErrors) = try plan(discovery: discovery, explicit: explicit, language: language)
        // A baseline given with --write-baseline is not read, so only then may -o replace it.
        let read = jobs.map(\.path) + [configFile, writeBaseline == nil ? baseline : nil].compactMap { $0 }
            + jobs.compactMap { try? discovery.config(for: $0.path).file }
        do {
            try OutputFile.checkDistinct(outputs: [("-o", output), ("--write-baseline", writeBaseline)], inputs: read)
        } catch let e as OutputError { fail(e.text(language)) }
        let progress = (format == .text || format == .html) && ProgressLine.wanted() ? ProgressLine(language: language) : nil
        let report: (@Sendable (Int, Int) -> Void)? = progress.map { p in { @Sendable done, total in p.update(done, total) } }
        var results = inputErrors.map { FileResult(path: $0.path, document: nil, diagnostics: [], error: $0) }
            + Batch.run(jobs, timeout: timeout, progress: report)
        progress?.finish()

        if let file = writeBaseline {
            let b = Baseline.record(results, baselineFile: file)
            do { try b.write(to: file) } catch let e as OutputError { fail(e.text(language)) } catch { fail("\(file): \(error)") }
            note(language == .en ? "\(b.entries.count) finding(s) recorded in \(file)" : "\(b.entries.count) temuan dicatat di \(file)")
            results = b.filter(results).results
        } else if let file = baseline {
            let b: Baseline
            do { b = try Baseline.load(file) } catch let e as ConfigError { fail(e.text(language)) }
            let (kept, fixed) = b.filter(results)
            let hidden = results.reduce(0) { $0 + $1.diagnostics.count } - kept.reduce(0) { $0 + $1.diagnostics.count }
            note(language == .en ? "baseline \(file): \(hidden) known finding(s) hidden, \(fixed) fixed since it was recorded"
                                 : "baseline \(file): \(hidden) temuan lama disembunyikan, \(fixed) sudah diperbaiki sejak dicatat")
            results = kept
        }

        let color = format == .text && output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        guard let reporter = format.reporter(color: color) else {
            try writeReview(results, language: language)
            return try finish(results, threshold: threshold, language: language)
        }
        var text = reporter.render(results, language: language)
        if format == .text && results.count > 1 { text += FileSummaryTable.render(results, language: language) }
        if let out = output {
            do { try OutputFile.write(text, to: out) } catch let e as OutputError { fail(e.text(language)) } catch { fail("\(out): \(error)") }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        try finish(results, threshold: threshold, language: language)
    }

    /// Notes for unreadable files, then the exit status.
    func finish(_ results: [FileResult], threshold: FailLevel, language: Language) throws {
        for r in results { if let e = r.error { note(e.text(language)) } }
        if results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        if let t = threshold.threshold, results.contains(where: { $0.diagnostics.contains { $0.severity >= t } }) { throw ExitCode(1) }
    }

    /// `--format docx`: the one .docx draft's reviewed copy, written to `-o`.
    func writeReview(_ results: [FileResult], language: Language) throws {
        let en = language == .en
        guard let out = output else { fail(en ? "--format docx needs -o FILE.docx (the reviewed copy)" : "--format docx perlu -o BERKAS.docx (salinan reviu)") }
        guard results.count == 1, let r = results.first, r.path.lowercased().hasSuffix(".docx") else {
            fail(en ? "--format docx reviews exactly one .docx draft" : "--format docx hanya untuk tepat satu draf .docx")
        }
        guard r.error == nil else { return }
        do {
            let o = try DocxReview.write(r, to: out, language: language)
            note(en ? "\(o.findings) finding(s) written as comments in \(out)" + (o.inexact > 0 ? " (\(o.inexact) placed near the figure, not on it)" : "")
                    : "\(o.findings) temuan ditulis sebagai komentar di \(out)" + (o.inexact > 0 ? " (\(o.inexact) diletakkan di dekat angkanya, bukan tepat di angkanya)" : ""))
        } catch let e as InputError { fail(e.text(language)) }
    }

    /// The files to lint and the linter for each: folders walked (keeping what their
    /// config's include/exclude admit), each file under its own nearest config.
    func plan(discovery: ConfigDiscovery, explicit: LintConfig?, language: Language) throws -> ([Batch.Job], [InputError]) {
        var files: [(String, LintConfig)] = []
        var errors: [InputError] = []
        for p in paths {
            let (found, errs) = InputCollector.collect([p])
            errors += errs
            var isDir: ObjCBool = false
            let walked = FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue
            for f in found {
                // A broken config (or its rule packs) fails the files under it, not the batch.
                let c: LintConfig
                do { c = try explicit ?? discovery.config(for: f) } catch let e as ConfigError {
                    errors.append(InputError(f, Message(id: e.text(.id), en: e.text(.en))))
                    continue
                }
                if walked && !c.admits(f) { continue }
                files.append((f, c))
            }
        }
        var linters: [String: Result<Linter, InputError>] = [:]
        var jobs: [Batch.Job] = []
        for (f, c) in files {
            let key = c.file ?? ""
            if linters[key] == nil { linters[key] = linter(for: c) }
            switch linters[key]! {
            case .success(let l): jobs.append(Batch.Job(path: f, linter: l))
            case .failure(let e): errors.append(InputError(f, e.problem))
            }
        }
        return (jobs, errors)
    }

    /// The linter for a config; a pack named on the command line that does not load ends
    /// the run, one a config names fails only the files under that config.
    func linter(for config: LintConfig) -> Result<Linter, InputError> {
        var packs: RulePacks
        do { packs = try packOptions.load() } catch { fail("\(error)") }
        do {
            for dir in config.checks { try packs.add(directory: dir) }
        } catch {
            return .failure(InputError(config.file ?? "", Message(id: "\(error)", en: "\(error)")))
        }
        var selection = config.selection
        selection.disabled.subtract(enabled)
        selection.disabled.formUnion(disabled)
        return .success(Linter(packs: packs, selection: selection, options: config.options))
    }

    func note(_ s: String) {
        FileHandle.standardError.write(Data(("lkjip-lint: " + s + "\n").utf8))
    }
}
