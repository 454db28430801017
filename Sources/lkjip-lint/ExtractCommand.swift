import ArgumentParser
import Foundation
import LKjIPLint

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CLIText.t("Cetak angka yang dipahami pemeriksa (target, realisasi, capaian, anggaran, PNBP, IKPA) sebagai CSV atau JSON.", "Print the figures the linter understood (targets, results, achievement, budget, PNBP, IKPA) as CSV or JSON."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: ArgumentHelp(CLIText.t("Berkas laporan atau folder.", "Report file or folder."))) var paths: [String]
    @Option(help: ArgumentHelp(CLIText.t("Format keluaran: csv atau json.", "Output format: csv or json."))) var format: Format = .csv
    @Option(name: .customLong("config"), help: ArgumentHelp(CLIText.t("Berkas konfigurasi (untuk 'unit', 'year', dan paket aturan).", "Config file (for 'unit', 'year' and rule packs)."))) var configFile: String?
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(CLIText.t("Tulis keluaran ke berkas ini, bukan ke stdout.", "Write the output to this file instead of stdout."))) var output: String?
    @OptionGroup var packOptions: PackOptions

    func run() throws {
        let discovery = ConfigDiscovery()
        let explicit: LintConfig?
        do { explicit = try configFile.map { try LintConfig.load(path: $0) } } catch let e as ConfigError { fail(e.text(.id)) }
        let (files, errors) = InputCollector.collect(paths)
        do {
            try OutputFile.checkDistinct(outputs: [("-o", output)],
                                         inputs: files + [configFile].compactMap { $0 } + files.compactMap { try? discovery.config(for: $0).file })
        } catch let e as OutputError { fail(e.text(.id)) }
        var reports: [ExtractedReport] = errors.map { ExtractedReport(path: $0.path, unit: nil, year: nil, figures: [], error: $0.problem.id) }
        for f in files {
            do {
                let config = try explicit ?? discovery.config(for: f)
                var packs = try packOptions.load()
                for d in config.checks { try packs.add(directory: d) }
                let doc = f == "-" ? try DocumentReader.readStandardInput() : try DocumentReader.read(path: f)
                reports.append(FigureExtractor.extract(doc, packs: packs, options: config.options))
            } catch let e as ConfigError {
                // One folder's broken config fails its files, not the whole extract.
                reports.append(ExtractedReport(path: f, unit: nil, year: nil, figures: [], error: e.text(.id)))
            } catch let e as InputError {
                reports.append(ExtractedReport(path: f, unit: nil, year: nil, figures: [], error: e.problem.id))
            } catch {
                reports.append(ExtractedReport(path: f, unit: nil, year: nil, figures: [], error: "\(error)"))
            }
        }
        let text = format == .csv ? ExtractWriter.csv(reports) : ExtractWriter.json(reports)
        if let out = output {
            do { try OutputFile.write(text, to: out) } catch let e as OutputError { fail(e.text(CLIText.language)) }
        } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        for r in reports { if let e = r.error { FileHandle.standardError.write(Data("lkjip-lint: \(r.path): \(e)\n".utf8)) } }
        if reports.contains(where: { $0.error != nil }) { throw ExitCode(2) }
    }
}
