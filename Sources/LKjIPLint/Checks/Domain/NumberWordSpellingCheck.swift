import Foundation

/// A number word misspelt but still readable (`111 (sertus sebelas)`): the figure and the
/// word agree, so this is only a spelling hint, never a mismatch; off unless asked for
/// (GENRE.md §1 N13: a spelling slip is no number defect).
public struct NumberWordSpellingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "numberword-spelling", severity: .info,
        summary: Message(id: "Kata bilangan salah eja tetapi masih terbaca dan sama dengan angkanya, mis. 111 (sertus sebelas).",
                         en: "A number word misspelt but still readable and equal to its figure, e.g. 111 (sertus sebelas)."),
        rationale: Message(id: "Hanya petunjuk ejaan: angkanya benar. Tidak aktif kecuali diminta (--enable numberword-spelling, atau enabled_rules di .lkjip-lint.yml). Salah eja yang dikenal ada di paket checks/numberwords.yml.",
                           en: "A spelling hint only: the figure is right. Off unless asked for (--enable numberword-spelling, or enabled_rules in .lkjip-lint.yml). Known misspellings live in the pack checks/numberwords.yml."),
        source: "Pedoman Umum Ejaan Bahasa Indonesia", pack: "numberwords.yml", optIn: true,
        triggering: ["Berjumlah 111 (↓sertus sebelas) pulau.\n"],
        nonTriggering: ["Berjumlah 111 (seratus sebelas) pulau.\n", "Kantor ini memiliki 2 (tiga) sasaran kegiatan.\n"])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        NumberWordScan.all(context).compactMap { hit in
            guard hit.reading.value == hit.number.value, !hit.reading.misspellings.isEmpty else { return nil }
            let list = hit.reading.misspellings.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }.joined(separator: ", ")
            return Diagnostic(rule: description.id, severity: description.severity, location: hit.wordsLocation,
                              message: Message(id: "kata bilangan \"\(hit.words)\" salah eja (\(list)); angkanya \(hit.numberText) sudah sesuai",
                                               en: "the number word \"\(hit.words)\" is misspelt (\(list)); the figure \(hit.numberText) agrees with it"),
                              stated: hit.words)
        }
    }
}
