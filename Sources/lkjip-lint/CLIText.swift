import Foundation
import LKjIPLint

/// The language of the command line's own words (help, usage errors): Bahasa Indonesia,
/// English with `--lang en` or an English locale (LANG, LC_ALL, LC_MESSAGES = en*).
enum CLIText {
    static let language: Language = detect(Array(CommandLine.arguments.dropFirst()), ProcessInfo.processInfo.environment)

    static func detect(_ args: [String], _ env: [String: String]) -> Language {
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count { return args[i + 1] == "en" ? .en : .id }
        if let a = args.first(where: { $0.hasPrefix("--lang=") }) { return a.dropFirst(7) == "en" ? .en : .id }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("en") ? .en : .id }
        }
        return .id
    }

    /// Help and message text in the command line's language.
    static func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    /// The argument parser's own words (headings, usage errors) in Bahasa Indonesia.
    /// Each is replaced whole, so wrapped help text is never cut.
    static let indonesian: [(String, String)] = [
        ("OVERVIEW:", "RINGKASAN:"),
        ("USAGE:", "PENGGUNAAN:"),
        ("ARGUMENTS:", "ARGUMEN:"),
        ("OPTIONS:", "OPSI:"),
        ("SUBCOMMANDS:", "SUBPERINTAH:"),
        ("Show help information.", "Tampilkan bantuan ini."),
        ("Show the version.", "Tampilkan versi."),
        ("(default:", "(bawaan:"),
        ("; default:", "; bawaan:"),
        (" (default)", " (bawaan) "),
        ("(values:", "(nilai:"),
        ("See 'lkjip-lint help <subcommand>' for detailed help.", "Lihat 'lkjip-lint help <subperintah>' untuk bantuan rinci."),
        ("Error: ", "galat: "),
        ("Missing expected argument ", "argumen belum diberikan: "),
        ("Unknown option ", "opsi tidak dikenal: "),
        ("Unexpected argument ", "argumen tidak terduga: "),
        ("Unexpected arguments ", "argumen tidak terduga: "),
        ("Missing value for ", "nilai belum diberikan untuk "),
        ("The value ", "nilai "),
        (" is invalid for ", " tidak sah untuk "),
        (". Please provide one of the following:", ". Pilih salah satu:"),
        ("Help:  ", "Bantuan:  "),
        ("Usage: ", "Penggunaan: "),
        ("  See '", "  Lihat '"),
        ("' for more information.", "' untuk keterangan lebih lanjut."),
    ]

    static func localized(_ s: String) -> String {
        guard language == .id else { return s }
        var out = s
        for (en, id) in indonesian { out = out.replacingOccurrences(of: en, with: id) }
        return out
    }

    /// "maksudnya 'check'?": the nearest of `candidates` to a mistyped word, if close enough.
    static func suggestion(_ word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(1, min(3, best.count / 3)) else { return nil }
        return best
    }

    static func didYouMean(_ s: String?) -> String {
        guard let s else { return "" }
        return t("; maksudnya '\(s)'?", "; did you mean '\(s)'?")
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var prev = row[0]
            row[0] = i
            for j in 1...b.count {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }

    /// The message for an unknown rule id, with the nearest known one.
    static func unknownRule(_ id: String) -> String {
        let hint = didYouMean(suggestion(id, among: CheckRegistry.descriptions.map(\.id)))
        return t("aturan '\(id)' tidak dikenal\(hint) (lihat 'lkjip-lint rules')", "unknown rule '\(id)'\(hint) (see 'lkjip-lint rules')")
    }
}
