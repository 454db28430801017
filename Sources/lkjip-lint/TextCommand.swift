import ArgumentParser
import Foundation
import LKjIPLint

struct TextView: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Cetak tampilan teks berkas: baris yang dirujuk oleh temuan.")
    @Argument(help: "Berkas laporan.") var path: String
    @Flag(name: .customLong("numbered"), help: "Beri nomor baris.") var numbered = false
    @Flag(name: .customLong("blocks"), help: "Tampilkan pembagian blok (paragraf, daftar, tabel, rumus) hasil pembacaan.") var blocks = false

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
