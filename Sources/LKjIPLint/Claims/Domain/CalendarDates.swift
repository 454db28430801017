/// Indonesian calendar words and dates as reports write them ("8 Juli 2024", "19/6/2024",
/// "Rabu (19/6/2024)"). A date keeps its month when read: "Januari s.d. 2024" is a start
/// month and an end year, never a date in January 2024.
struct CalendarDate: Comparable, Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 0 = Minggu … 6 = Sabtu (Sakamoto's method, proleptic Gregorian).
    var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// "19 Mei 2024".
    var written: String { "\(day) \(CalendarWords.monthNames[month - 1]) \(year)" }
}

enum CalendarWords {
    static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                             "September", "Oktober", "November", "Desember"]
    static let weekdayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// A month name (full, or the usual three-letter forms), for patterns.
    static let monthPattern = #"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|Agust|September|Oktober|Nopember|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agt|Ags|Agu|Sep|Sept|Okt|Nov|Des)"#
    static let weekdayPattern = #"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Jum’at|Sabtu|Minggu|Ahad)"#

    /// 1…12 for a month word, nil otherwise.
    static func month(_ word: String) -> Int? {
        let w = word.lowercased()
        let table: [(String, Int)] = [("jan", 1), ("feb", 2), ("peb", 2), ("mar", 3), ("apr", 4), ("mei", 5), ("jun", 6),
                                      ("jul", 7), ("ag", 8), ("sep", 9), ("okt", 10), ("nov", 11), ("nop", 11), ("des", 12)]
        return table.first { w.hasPrefix($0.0) }?.1
    }

    /// 0 = Minggu … 6 = Sabtu.
    static func weekday(_ word: String) -> Int? {
        let w = word.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
        if w == "ahad" { return 0 }
        return weekdayNames.firstIndex { $0.lowercased() == w }
    }

    /// "28 Agustus 2024" → a date; nil when any part is missing or impossible.
    static func date(day: String?, month: String?, year: String?) -> CalendarDate? {
        guard let d = day.flatMap({ Int($0) }), let m = month.flatMap({ Int($0) ?? CalendarWords.month($0) }),
              let y = year.flatMap({ Int($0) }) else { return nil }
        let date = CalendarDate(year: y, month: m, day: d)
        return date.isValid ? date : nil
    }
}
