import Foundation

/// A full LKjIP without one of the chapters Permenpan-RB 53/2014 requires, or a chapter
/// without the section it must hold (Perjanjian Kinerja in Bab II).
public struct StructureMissingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "structure-missing", severity: .warning,
        summary: Message(id: "Bab wajib LKjIP (Ringkasan Eksekutif, Bab I–IV, Lampiran) atau bagian wajibnya (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) tidak ada.",
                         en: "A chapter an LKjIP must have (Executive Summary, Bab I–IV, Lampiran) or a section it must hold (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) is missing."),
        rationale: Message(id: "Daftar bab ada di paket checks/structure.yml. Hanya dokumen yang memuat paling sedikit empat bab wajib yang diperiksa (potongan draf tidak).",
                           en: "The chapter list lives in the pack checks/structure.yml. Only a document holding at least four of the required chapters is checked (draft excerpts are not)."),
        source: "Permenpan-RB 53/2014", pack: "structure.yml",
        triggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nRencana Strategis.\n\n↓# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n↓# LAMPIRAN\n",
        ],
        nonTriggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let chapters = context.packs.domain.chapters
        guard !chapters.isEmpty else { return [] }
        let lines = context.document.lines
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
