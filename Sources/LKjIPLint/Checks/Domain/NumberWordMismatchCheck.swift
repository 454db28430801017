import Foundation

/// `5 (lima)` must say the same number twice: `2 (tiga)` is a slip in one of them.
public struct NumberWordMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "numberword-mismatch", severity: .warning,
        summary: Message(id: "Angka dan kata bilangan dalam kurung tidak sama, mis. 2 (tiga).",
                         en: "A figure and the number word in brackets after it differ, e.g. 2 (tiga)."),
        rationale: Message(id: "Kata bilangan sampai triliun dibaca dengan kosakata paket checks/numberwords.yml. Salah eja yang masih terbaca (sertus) bukan selisih; itu petunjuk terpisah (numberword-spelling).",
                           en: "Number words up to triliun are read with the vocabulary of the pack checks/numberwords.yml. A misspelling a reader still reads (sertus) is not a mismatch; it is a separate hint (numberword-spelling)."),
        source: "Pedoman Umum Ejaan Bahasa Indonesia", pack: "numberwords.yml",
        triggering: [
            "Kantor ini memiliki 2 (↓tiga) sasaran kegiatan.\n",
            "Jumlah pegawai sebanyak 34 (↓tiga puluh lima) orang.\n",
            "Anggaran sebesar Rp 1.500.000 (↓satu juta lima ribu rupiah).\n",
        ],
        nonTriggering: [
            "Kantor ini memiliki 3 (tiga) sasaran kegiatan dan 21 (dua puluh satu) pegawai.\n",
            "Berjumlah 111 (sertus sebelas) pulau.\n",
            "Anggaran sebesar Rp 1.500.000 (satu juta lima ratus ribu rupiah) dan 120 (seratus dua puluh) layanan.\n",
            "Lihat tabel 3 (terlampir).\n",
        ])

    static let pattern = PCRE2Regex(literal: #"(?<![\d.,\p{L}])(?<num>\d+(?:[.,]\d+)*)\s*(?:%\s*)?\(\s*(?<words>\p{L}[\p{L} \-]*?)\s*\)"#)
    static let trailing = Set(["rupiah", "persen", "orang", "buah", "hari", "tahun", "bulan", "kali", "unit", "indeks", "poin"])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        NumberWordScan.all(context).compactMap { hit in
            guard hit.reading.value != hit.number.value else { return nil }
            let read = NumberFormat.indonesian(hit.reading.value, decimals: hit.reading.value == hit.reading.value.rounded(0) ? 0 : 2)
            return Diagnostic(rule: description.id, severity: description.severity, location: hit.wordsLocation,
                              message: Message(id: "angka \(hit.numberText) ditulis dengan kata \"\(hit.words)\" (= \(read)); salah satunya keliru",
                                               en: "the figure \(hit.numberText) is written in words as \"\(hit.words)\" (= \(read)); one of them is wrong"),
                              stated: hit.words, expected: hit.numberText)
        }
    }
}

/// Every `figure (words)` pair in the prose, read with the numberwords pack.
enum NumberWordScan {
    struct Hit {
        let number: ShownNumber
        let numberText: String
        let words: String
        let wordsLocation: SourceLocation
        let reading: NumberWords.Reading
    }

    static func all(_ context: CheckContext) -> [Hit] {
        let vocab = context.packs.domain.numberWords
        guard !vocab.isEmpty else { return [] }
        let reader = NumberWords(vocab)
        let re = NumberWordMismatchCheck.pattern
        let ng = re.groupIndex("num")!, wg = re.groupIndex("words")!
        var out: [Hit] = []
        for b in context.document.blocks {
            guard let t = b.text else { continue }
            let s = t.text
            re.forEachMatch(in: s) { m in
                guard let nr = m.range(ng), let wr = m.range(wg) else { return true }
                let raw = s.utf8Slice(nr)
                let isAmount = s.utf8Slice(max(0, nr.lowerBound - 4)..<nr.lowerBound).lowercased().contains("rp")
                guard let n = ShownNumber.parse(raw, amount: isAmount), !n.malformed else { return true }
                var words = s.utf8Slice(wr).lowercased().split(separator: " ").map(String.init)
                while let last = words.last, NumberWordMismatchCheck.trailing.contains(last) { words.removeLast() }
                guard !words.isEmpty, let reading = reader.read(words.joined(separator: " ")) else { return true }
                out.append(Hit(number: n, numberText: raw, words: s.utf8Slice(wr), wordsLocation: t.location(at: wr.lowerBound), reading: reading))
                return true
            }
        }
        return out
    }
}
