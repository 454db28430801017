import Foundation

/// Which unit's report for which year a document is, read from its cover and opening
/// sentences ("LAPORAN KINERJA … TAHUN 2024", "Laporan Kinerja Kantor Imigrasi Kelas II
/// Non TPI Kerinci Tahun 2024"); the config's `unit`/`year` win when given. Used to label
/// results in the summary table, CSV, HTML and extract output.
public struct ReportIdentity: Sendable, Equatable {
    public var unit: String?
    public var year: Int?

    public init(unit: String? = nil, year: Int? = nil) {
        self.unit = unit
        self.year = year
    }

    static let unitStart = #"(?:Kantor\s+(?:Imigrasi|Wilayah)|Lembaga\s+Pemasyarakatan|Rumah\s+Tahanan(?:\s+Negara)?|Rumah\s+Detensi\s+Imigrasi|Balai\s+Pemasyarakatan|Rumah\s+Penyimpanan\s+Benda\s+Sitaan\s+Negara|Lembaga\s+Pembinaan\s+Khusus\s+Anak|Direktorat\s+Jenderal|Sekretariat\s+Jenderal|Inspektorat\s+Jenderal|Badan)\b"#
    /// "Laporan Kinerja (LKjIP) Kantor Imigrasi Kelas I TPI Pangkalpinang Tahun 2024".
    static let sentence = PCRE2Regex(literal: #"(?i)Laporan\s+Kinerja(?:\s+Instansi\s+Pemerintah)?(?:\s*\(\s*LKj(?:IP)?\s*\))?\s+(?-i)(?<unit>"# + unitStart + #"[^.,;:()]{0,80}?)\s+(?i:tahun)\s+(?<year>20\d\d)\b"#)
    static let coverUnit = PCRE2Regex(literal: #"(?i)^\s*(?:#+\s*)?(?:\*\*)?(?<unit>"# + unitStart + #".*?)(?:\s+TAHUN\s+20\d\d)?\s*(?:\*\*)?\s*$"#)
    static let coverYear = PCRE2Regex(literal: #"(?i)\b(?:LAPORAN\s+KINERJA|LKjIP|TAHUN)\b.*?\b(20\d\d)\b"#)
    /// Cover lines that end a unit name left unfinished ("KANTOR IMIGRASI KELAS II" / "NON TPI KERINCI").
    static let unfinished = PCRE2Regex(literal: #"(?i)\bKELAS\s+[IV]+[AB]?\s*$"#)
    static let coverEnd = PCRE2Regex(literal: #"(?i)^\s*(?:#+\s*)?(?:\*\*)?\s*(?:KATA\s+PENGANTAR|DAFTAR\s+ISI|IKHTISAR\s+EKSEKUTIF|RINGKASAN\s+EKSEKUTIF|BAB\s+I\b)"#)

    /// Reads the identity from the document; `options` (from the config) overrides it.
    public static func of(_ document: Document, options: LintOptions = LintOptions()) -> ReportIdentity {
        var id = detect(document)
        if let u = options.unit { id.unit = u }
        if let y = options.year { id.year = y }
        return id
    }

    public static func detect(_ document: Document) -> ReportIdentity {
        var id = ReportIdentity()
        // The opening sentences say it in proper case; the cover only in capitals.
        for block in document.blocks.prefix(200) {
            guard let t = block.text?.text, let m = sentence.firstMatch(in: t) else { continue }
            id.unit = m.string(sentence.groupIndex("unit")!, in: t).map(tidy)
            id.year = m.string(sentence.groupIndex("year")!, in: t).flatMap { Int($0) }
            break
        }
        let cover = document.lines.prefix(60).prefix { !coverEnd.isMatch($0) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if id.year == nil {
            id.year = cover.lazy.compactMap { l in coverYear.firstMatch(in: l).flatMap { $0.string(1, in: l) }.flatMap { Int($0) } }.first
        }
        if id.unit == nil, let i = cover.firstIndex(where: { coverUnit.isMatch($0) }) {
            var unit = coverUnit.firstMatch(in: cover[i]).flatMap { $0.string(coverUnit.groupIndex("unit")!, in: cover[i]) } ?? ""
            if unfinished.isMatch(unit), i + 1 < cover.count { unit += " " + cover[i + 1] }
            id.unit = titleCased(tidy(unit))
        }
        return id
    }

    static func tidy(_ s: String) -> String {
        s.replacingOccurrences(of: "**", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "KANTOR IMIGRASI KELAS II NON TPI KERINCI" → "Kantor Imigrasi Kelas II Non TPI Kerinci":
    /// roman numerals, class letters and acronyms keep their capitals.
    static func titleCased(_ s: String) -> String {
        guard s == s.uppercased() else { return s }
        let keep: Set<String> = ["TPI", "HAM", "RI", "DKI", "DIY", "NTB", "NTT", "UPT"]
        return s.split(separator: " ").map { w -> String in
            let word = String(w)
            if keep.contains(word) || word.allSatisfy({ "IVXAB".contains($0) }) && word.count <= 4 && word != "A" { return word }
            let small = ["DAN": "dan", "DI": "di"]
            if let s = small[word] { return s }
            return word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// "Kantor Imigrasi … Kerinci, 2024" for tables and headings.
    public var label: String {
        [unit, year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
    }
}
