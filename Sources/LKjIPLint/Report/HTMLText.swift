import Foundation

/// The words of the HTML report in the chosen language.
struct HTMLText {
    let language: Language
    init(_ language: Language) { self.language = language }
    var en: Bool { language == .en }

    var title: String { en ? "LKjIP figures check" : "Hasil Pemeriksaan Angka LKjIP" }
    func lead(_ s: Summary) -> String {
        en ? "\(s.files) report(s): \(s.errors) error(s), \(s.warnings) warning(s), \(s.infos) info" + (s.unreadable > 0 ? ", \(s.unreadable) unreadable" : "")
           : "\(s.files) laporan: \(s.errors) galat, \(s.warnings) peringatan, \(s.infos) info" + (s.unreadable > 0 ? ", \(s.unreadable) tidak terbaca" : "")
    }
    /// "Diperiksa 1 Desember 2026 08.40 UTC dengan lkjip-lint 0.2.0 · 2 satuan kerja".
    func meta(date: Date, units: Int) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: en ? "en_GB" : "id_ID")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = en ? "d MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH.mm 'UTC'"
        let when = f.string(from: date)
        return en ? "Checked \(when) with lkjip-lint \(ToolVersion.current) · \(units) unit(s)"
                  : "Diperiksa \(when) dengan lkjip-lint \(ToolVersion.current) · \(units) satuan kerja"
    }
    var chartByRule: String { en ? "Findings by rule" : "Temuan per aturan" }
    var chartByChapter: String { en ? "Findings by chapter" : "Temuan per bab" }
    var searchHint: String { en ? "Search findings (rule, number, word)…" : "Cari temuan (aturan, angka, kata)…" }
    var unit: String { en ? "Unit" : "Satuan kerja" }
    var year: String { en ? "Year" : "Tahun" }
    var yearWord: String { en ? "year" : "tahun" }
    var file: String { en ? "File" : "Berkas" }
    var errors: String { en ? "errors" : "galat" }
    var warnings: String { en ? "warnings" : "peringatan" }
    var infos: String { "info" }
    var rule: String { en ? "Rule" : "Aturan" }
    var level: String { en ? "Level" : "Tingkat" }
    var count: String { en ? "Count" : "Jumlah" }
    var line: String { en ? "line" : "baris" }
    var column: String { en ? "column" : "kolom" }
    var stated: String { en ? "Written" : "Tertulis" }
    var expected: String { en ? "The numbers give" : "Hasil hitungan" }
    var clean: String { en ? "No findings." : "Tidak ada temuan." }
    var frontMatter: String { en ? "Before the first chapter" : "Sebelum bab pertama" }
    func severity(_ s: Severity) -> String {
        switch s {
        case .error: return en ? "error" : "galat"
        case .warning: return en ? "warning" : "peringatan"
        case .info: return "info"
        }
    }
}
