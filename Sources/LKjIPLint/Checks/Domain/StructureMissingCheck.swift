import Foundation

/// A full LKjIP without one of the chapters Permenpan-RB 53/2014 requires, or a chapter
/// without the section it must hold (Perjanjian Kinerja in Bab II), or a table of contents that
/// disagrees with the headings it lists (title or lettering).
public struct StructureMissingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "structure-missing", severity: .warning,
        summary: Message(id: "Bab wajib LKjIP (Ringkasan Eksekutif, Bab I–IV, Lampiran) atau bagian wajibnya (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) tidak ada, atau Daftar Isi tidak sesuai dengan judul yang didaftarnya.",
                         en: "A chapter an LKjIP must have (Executive Summary, Bab I–IV, Lampiran) or a section it must hold (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) is missing, or the table of contents disagrees with the headings it lists."),
        rationale: Message(id: "Daftar bab ada di paket checks/structure.yml. Hanya dokumen yang memuat paling sedikit empat bab wajib yang diperiksa (potongan draf tidak). Daftar Isi dibaca dengan pola kunci `toc` di paket: entri yang judulnya atau penomorannya berbeda dengan judul bagian di naskah (dalam bab yang sama) dilaporkan pada judul itu.",
                           en: "The chapter list lives in the pack checks/structure.yml. Only a document holding at least four of the required chapters is checked (draft excerpts are not). A table of contents (Daftar Isi) is read with the patterns of the pack's `toc` key: an entry whose heading in the body has another title or another lettering in the same chapter is reported at the heading."),
        source: "Permenpan-RB 53/2014", pack: "structure.yml",
        triggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nRencana Strategis.\n\n↓# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n↓# LAMPIRAN\n",
            // A table of contents whose entry has another title than the heading it lists.
            "DAFTAR ISI\n\nIKHTISAR EKSEKUTIF ........ i\nBAB I PENDAHULUAN ........ 1\nA. Latar Belakang ........ 1\n\n↓RINGKASAN EKSEKUTIF\n\nTeks.\n\nBAB I PENDAHULUAN\n\nA. Latar Belakang\n\nTeks.\n",
            // … or another lettering: the body has two sections lettered A.
            "DAFTAR ISI\n\nBAB III AKUNTABILITAS KINERJA\t28\nA. Capaian Kinerja\t28\nB. Realisasi Anggaran\t45\nBAB IV PENUTUP\t53\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nA. Capaian Kinerja\n\nTeks.\n\n↓A. Realisasi Anggaran\n\nTeks.\n\nBAB IV PENUTUP\n",
            "DAFTAR ISI\n\nBAB III AKUNTABILITAS KINERJA ..... 28\nA. Capaian Kinerja ..... 28\nB. Realisasi Anggaran ..... 45\nBAB IV PENUTUP ..... 53\n\nBAB III AKUNTABILITAS KINERJA\n\nA. Capaian Kinerja\n\nTeks.\n\n↓B. Capaian Kinerja Anggaran\n\nTeks.\n\nBAB IV PENUTUP\n",
        ],
        nonTriggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja.\n",
            // A table of contents that agrees with its headings; a template's "[Satuan Kerja]" ends a title,
            // a chapter's title may stand on the line after "BAB III", and a lettered list inside a section is not a heading.
            "DAFTAR ISI\n\nIKHTISAR EKSEKUTIF ........ iv\nBAB III  AKUNTABILITAS KINERJA ........ 17\nA. Capaian Kinerja [Satuan Kerja] ........ 17\nB. Realisasi Anggaran ........ 27\nLAMPIRAN ........ 35\n\n**IKHTISAR EKSEKUTIF**\n\nTeks.\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nA. Capaian Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang\n\nSasaran:\n\nA. Meningkatnya layanan.\n\nB. Realisasi Anggaran\n\nTeks.\n\nLAMPIRAN I\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let chapters = context.packs.domain.chapters
        guard !chapters.isEmpty else { return [] }
        let lines = context.document.lines
        return (chapterFindings(lines, chapters) + tocFindings(lines, chapters, context.packs.domain.tableOfContents)).sorted { $0.location.line < $1.location.line }
    }

    /// Entries of the table of contents whose heading in the body has another title or lettering.
    func tocFindings(_ lines: [String], _ chapters: [ChapterSpec], _ spec: TOCSpec?) -> [Diagnostic] {
        guard let spec, let toc = TableOfContents.read(lines, spec: spec) else { return [] }
        return toc.disagreements(lines, spec: spec, chapters: chapters).map { d in
            let what = d.lettering ? ("penomoran", "lettering") : ("judul", "title")
            var out = diag(d.heading.line, "\(what.0) di Daftar Isi '\(d.entry.text)' (baris \(d.entry.line + 1)) berbeda dengan judul di naskah '\(d.heading.text)'",
                           "the table of contents' \(what.1) '\(d.entry.text)' (line \(d.entry.line + 1)) differs from the heading '\(d.heading.text)'")
            out.related = [RelatedLocation(SourceLocation(line: d.entry.line + 1, column: 1), Message(id: "entri Daftar Isi", en: "table of contents entry"))]
            return out
        }
    }

    func chapterFindings(_ lines: [String], _ chapters: [ChapterSpec]) -> [Diagnostic] {
        // The first heading-like line for each chapter, after any table of contents (dot leaders, page numbers).
        let toc = StructureMissingCheck.toc
        // Heading candidates, found once: short non-empty lines that are not table-of-contents entries.
        let candidates = lines.indices.filter { i in
            let l = lines[i]
            return l.utf8.count <= 200 && l.contains(where: { !$0.isWhitespace }) && !toc.isMatch(l)
        }
        let headings = candidates.map { heading(lines, $0) }
        var found: [Int?] = chapters.map { ch in
            if let k = headings.firstIndex(where: { ch.match.isMatch($0) }) { return candidates[k] }
            // A PDF layout may glue a heading to the row before it: an upper-case heading
            // anywhere in a line still counts as the chapter being there.
            let loose = try? PCRE2Regex(ch.match.pattern.replacingOccurrences(of: #"^\W*"#, with: ""), options: [.caseInsensitive])
            return lines.indices.first { i in
                guard let m = loose?.firstMatch(in: lines[i]) else { return false }
                let found = lines[i].utf8Slice(m.range)
                return found == found.uppercased() && !toc.isMatch(lines[i])
            }
        }
        // A chapter must come after the one before it; an earlier mention is a cross-reference.
        for i in found.indices.dropFirst() {
            if let f = found[i], let p = found[..<i].compactMap({ $0 }).last, f < p { found[i] = nil }
        }
        guard found.compactMap({ $0 }).count >= 4 else { return [] }
        var out: [Diagnostic] = []
        for (i, ch) in chapters.enumerated() {
            let nextLine = found[(i + 1)...].compactMap { $0 }.first
            guard let start = found[i] else {
                if ch.optional && !lines.contains(where: { toc.isMatch($0) && ch.match.isMatch($0.replacingOccurrences(of: "*", with: "")) }) { continue }
                let at = nextLine ?? max(0, lines.count - 1)
                out.append(diag(at, "\(ch.name) tidak ditemukan (\(ch.source))", "\(ch.name) is missing (\(ch.source))"))
                continue
            }
            let body = lines[start..<(nextLine ?? lines.count)].joined(separator: "\n")
            for req in ch.requires where !req.match.isMatch(body) {
                out.append(diag(nextLine ?? start, "\(ch.name) tidak memuat \(req.name) (\(ch.source))", "\(ch.name) does not hold \(req.name) (\(ch.source))"))
            }
        }
        return out
    }

    /// A line with the next non-empty line after it: "BAB II" and its title are often two lines.
    static let toc = PCRE2Regex(literal: #"(?:\.{4,}|…{2,}|\t)\s*\d*\s*$|\s\d{1,3}\s*$"#)

    func heading(_ lines: [String], _ i: Int) -> String {
        let next = lines[(i + 1)..<min(lines.count, i + 3)].first { $0.contains(where: { !$0.isWhitespace }) } ?? ""
        return String((lines[i] + " " + next).filter { $0 != "*" })
    }

    func diag(_ line: Int, _ id: String, _ en: String) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: line + 1, column: 1), message: Message(id: id, en: en))
    }
}
