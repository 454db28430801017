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
        subcommands: [Check.self, Review.self, Extract.self, Rules.self, Explain.self, TextView.self],
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
