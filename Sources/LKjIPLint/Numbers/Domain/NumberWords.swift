import Foundation

/// Reads Indonesian number words ("dua puluh satu", "seratus dua puluh", "dua ribu",
/// "satu setengah", "tiga koma dua lima") with the vocabulary of the numberwords pack.
/// A misspelt word a reader still reads as a number ("sertus") is read, and reported.
public struct NumberWords: Sendable {
    public struct Reading: Sendable, Equatable {
        public let value: Decimal
        /// Misspelt words as written, with the word they stand for.
        public let misspellings: [String: String]
    }

    let vocabulary: NumberWordVocabulary

    public init(_ vocabulary: NumberWordVocabulary) { self.vocabulary = vocabulary }

    /// Nil when `phrase` is not wholly number words.
    public func read(_ phrase: String) -> Reading? {
        var words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        var fixed: [String: String] = [:]
        for i in words.indices where !vocabulary.knows(words[i]) {
            guard let right = vocabulary.misspellings[words[i]] ?? nearWord(words[i]) else { return nil }
            fixed[words[i]] = right
            words[i] = right
        }
        var total: Decimal = 0       // completed groups (ribu, juta, …)
        var group: Decimal = 0       // the group being read (below a thousand)
        var lastUnit: Decimal? = nil // a unit word waiting for puluh/belas/ratus
        var fraction: Decimal = 0
        var i = 0
        var lastMultiplier: Decimal = .greatestFiniteMagnitude
        while i < words.count {
            let w = words[i]
            if w == "koma" {
                // Decimals are read digit by digit: "tiga koma dua lima" = 3,25.
                var scale: Decimal = 1
                i += 1
                guard i < words.count else { return nil }
                while i < words.count {
                    guard let d = vocabulary.units[words[i]] ?? (words[i] == "nol" ? 0 : nil) else { return nil }
                    scale /= 10
                    fraction += Decimal(d) * scale
                    i += 1
                }
                break
            }
            if let u = vocabulary.units[w] {
                if lastUnit != nil { return nil }       // "dua tiga" is not a number
                lastUnit = Decimal(u)
            } else if let s = vocabulary.single[w] {
                if lastUnit != nil { return nil }
                let v = Decimal(s)
                if v >= 1000 {
                    guard v < lastMultiplier else { return nil }
                    total += (group == 0 ? 1 : group) * v
                    group = 0
                    lastMultiplier = v
                } else {
                    group += v
                }
            } else if w == "belas" {
                guard let u = lastUnit else { return nil }
                group += u + 10
                lastUnit = nil
            } else if let m = vocabulary.multipliers[w] {
                if m < 1000 {
                    guard let u = lastUnit else { return nil }
                    group += u * m
                    lastUnit = nil
                } else {
                    if let u = lastUnit { group += u; lastUnit = nil }
                    guard group > 0, m < lastMultiplier else { return nil }
                    total += group * m
                    group = 0
                    lastMultiplier = m
                }
            } else if let f = vocabulary.fractions[w] {
                if let u = lastUnit { group += u; lastUnit = nil }
                fraction += f
            } else {
                return nil
            }
            i += 1
        }
        if let u = lastUnit { group += u }
        return Reading(value: total + group + fraction, misspellings: fixed)
    }

    /// A word one letter off a number word of five letters or more (sertus → seratus).
    func nearWord(_ w: String) -> String? {
        guard w.count >= 5 else { return nil }
        let all = Array(vocabulary.units.keys) + vocabulary.single.keys + vocabulary.multipliers.keys + vocabulary.fractions.keys + ["belas"]
        return all.filter { $0.count >= 5 }.first { NumberWords.oneEditApart(w, $0) }
    }

    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > 1 || a == b { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
