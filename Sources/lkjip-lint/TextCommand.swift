import ArgumentParser
import Foundation
import LKjIPLint

struct TextView: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: CLIText.t("Cetak tampilan teks berkas: baris yang dirujuk oleh temuan.", "Print a file's text view: the lines findings refer to."))
    @Argument(help: ArgumentHelp(CLIText.t("Berkas laporan.", "Report file."))) var path: String
    @Flag(name: .customLong("numbered"), help: ArgumentHelp(CLIText.t("Beri nomor baris.", "Number the lines."))) var numbered = false
    @Flag(name: .customLong("blocks"), help: ArgumentHelp(CLIText.t("Tampilkan pembagian blok (paragraf, daftar, tabel, rumus) hasil pembacaan.", "Show the blocks read (paragraphs, lists, tables, formulas)."))) var blocks = false

    func run() throws {
        do {
            let doc = try DocumentReader.read(path: path)
            if blocks {
                FileHandle.standardOutput.write(Data(BlockDump.render(doc).utf8))
                return
            }
            var out = ""
            for (i, l) in doc.lines.enumerated() { out += numbered ? "\(i + 1)\t\(l)\n" : l + "\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch let e as InputError {
            fail(e.text(.id))
        }
    }
}
