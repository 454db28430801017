import ArgumentParser
import Foundation
import LKjIPLint

/// `init`: a `.lkjip-lint.yml` with every key written out and explained, most of them
/// commented out at their defaults, so a team edits a file instead of reading a manual.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CLIText.t("Tulis .lkjip-lint.yml berkomentar di folder ini (atau folder yang disebut).",
                            "Write a commented .lkjip-lint.yml in this folder (or the one given)."))

    @Argument(help: ArgumentHelp(CLIText.t("Folder tujuan. Bawaan: folder kerja.", "Target folder. Default: the working folder.")))
    var folder: String = "."

    @Flag(name: .customLong("force"), help: ArgumentHelp(CLIText.t("Timpa .lkjip-lint.yml yang sudah ada.", "Overwrite an existing .lkjip-lint.yml.")))
    var force = false

    func run() throws {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(".lkjip-lint.yml").path
        if FileManager.default.fileExists(atPath: path) && !force {
            fail(CLIText.t("\(path) sudah ada; pakai --force untuk menimpanya", "\(path) already exists; use --force to overwrite it"))
        }
        do { try OutputFile.write(Init.template(CLIText.language), to: path) } catch let e as OutputError { fail(e.text(CLIText.language)) } catch { fail("\(path): \(error)") }
        FileHandle.standardError.write(Data(("lkjip-lint: " + CLIText.t("\(path) ditulis", "\(path) written") + "\n").utf8))
    }

    static func template(_ language: Language) -> String {
        let en = language == .en
        let rules = CheckRegistry.descriptions.map(\.id)
        func c(_ id: String, _ english: String) -> String { "# " + (en ? english : id) }
        return [
            c("Konfigurasi lkjip-lint \(ToolVersion.current). Jalur di sini relatif terhadap folder berkas ini.",
              "lkjip-lint \(ToolVersion.current) configuration. Paths here are relative to this file's folder."),
            c("Berkas ini berlaku untuk setiap laporan di folder ini dan subfoldernya.", "It applies to every report in this folder and below."),
            "",
            c("Bahasa pesan: id (Bahasa Indonesia) atau en.", "Message language: id (Bahasa Indonesia) or en."),
            "language: \(en ? "en" : "id")",
            "",
            c("Status keluar 1 bila ada temuan setingkat ini atau lebih: error, warning, info, none.",
              "Exit status 1 on findings at this level or above: error, warning, info, none."),
            "fail_on: error",
            "",
            c("Satuan kerja dan tahun laporan, bila sampul tidak menyebutnya dengan jelas.",
              "The unit and report year, when the cover does not say them clearly."),
            "# unit: Kantor Imigrasi Kelas II Non TPI Contoh",
            "# year: 2024",
            "",
            c("Capaian di atas 100%: auto (ikuti dokumen), capped (dibatasi 100%), uncapped.",
              "Achievement above 100%: auto (follow the document), capped (limited to 100%), uncapped."),
            "# capaian_cap: auto",
            "",
            c("Aturan yang dimatikan (lihat 'lkjip-lint rules'). Aturan yang ada:", "Rules turned off (see 'lkjip-lint rules'). The rules are:"),
            "#   " + rules.joined(separator: ", "),
            "# disabled_rules:",
            "#   - \(rules.first ?? "placeholder")",
            "",
            c("Atau hanya aturan ini yang dijalankan:", "Or run only these rules:"),
            "# only_rules:",
            "#   - capaian-mismatch",
            "",
            c("Ubah tingkat aturan: error, warning, info.", "Change a rule's severity: error, warning, info."),
            "# severity:",
            "#   rounding: warning",
            "",
            c("Berkas yang diperiksa saat menelusuri folder (pola glob).", "Files checked when walking a folder (glob patterns)."),
            "# include:",
            "#   - \"**/*.docx\"",
            "# exclude:",
            "#   - \"arsip/**\"",
            "",
            c("Folder paket aturan tambahan (YAML).", "Folders of extra rule packs (YAML)."),
            "# checks:",
            "#   - aturan-tambahan",
            "",
        ].joined(separator: "\n")
    }
}
