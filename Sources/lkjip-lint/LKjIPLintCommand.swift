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
        abstract: CLIText.t("Pemeriksa angka Laporan Kinerja Instansi Pemerintah (LKjIP).",
                            "Number linter for Indonesian government performance reports (LKjIP)."),
        version: "lkjip-lint \(ToolVersion.current)",
        subcommands: [Check.self, Review.self, Extract.self, Rules.self, Explain.self, TextView.self, Init.self, Serve.self],
        defaultSubcommand: Check.self)

    /// Names a first argument may be, for "maksudnya …?" on a typo.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
    }
}

struct PackOptions: ParsableArguments {
    @Option(name: .customLong("checks"), help: ArgumentHelp(CLIText.t("Folder paket aturan tambahan (YAML). Boleh berulang.", "Folder of extra rule packs (YAML). Repeatable.")))
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

/// Exit statuses: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors.
@main
enum Main {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        // A bare command shows what it can do, as linters do.
        if args.isEmpty {
            print(CLIText.localized(LKjIPLintCommand.helpMessage()))
            Foundation.exit(0)
        }
        if args == ["--version"] || args == ["-V"] {
            print("lkjip-lint \(ToolVersion.current)")
            Foundation.exit(0)
        }
        if let first = args.first, !first.hasPrefix("-"), !LKjIPLintCommand.subcommandNames.contains(first),
           !FileManager.default.fileExists(atPath: first),
           let near = CLIText.suggestion(first, among: LKjIPLintCommand.subcommandNames) {
            fail(CLIText.t("perintah atau berkas '\(first)' tidak dikenal\(CLIText.didYouMean(near))",
                           "unknown command or file '\(first)'\(CLIText.didYouMean(near))"))
        }
        do {
            var command = try LKjIPLintCommand.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = LKjIPLintCommand.exitCode(for: error)
            let text = CLIText.localized(LKjIPLintCommand.fullMessage(for: error))
            if status == .success {
                print(text)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((text + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
