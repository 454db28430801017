import Foundation

/// Reads ratio, sum and mean claims out of a table of any of the three shapes.
struct TableClaims {
    let table: Table
    let packs: RulePacks
    let layout: TableLayout
    /// Columns headed "Satuan": units, not labels.
    let unitColumns: Set<Int>

    /// The figures of each cell, lexed once by the block analysis.
    let cells: [[[Quantity]]]

    init(table: Table, packs: RulePacks, layout: TableLayout? = nil, cells: [[[Quantity]]]? = nil) {
        self.table = table
        self.packs = packs
        self.cells = cells ?? table.rows.map { r in r.cells.map { NumberLexer.scan($0.text) } }
        let layout = layout ?? TableLayout(table)
        self.layout = layout
        unitColumns = Set(layout.columns.indices.filter { TableClaims.unitHeader.isMatch(layout.columns[$0].name) })
    }
    static let unitHeader = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?satuan\b"#)

    static let totalLabel = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:grand\s+)?(?:total|jumlah)(?:\s+(?:keseluruhan|seluruhnya|akhir))?\s*(?:\*\*)?\s*:?\s*$"#)
    /// "Sub Total", "Total Jenis Belanja", "Jumlah Belanja Pegawai": closes a section. An
    /// indicator named "Jumlah gangguan keamanan dan ketertiban" is a row of data.
    static let sectionEnd = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:sub\s*-?\s*(?:total|jumlah)\b|(?:total|jumlah)\b(?=(?:\s+\S+){0,2}\s*(?:\*\*)?\s*:?\s*$|.*\b(?:belanja|anggaran|pagu|program|kegiatan|sumber\s+dana|akun|pnbp|penerimaan)\b))"#)
    /// "Rata-rata", "Rata-rata capaian": the mean of the rows above. "Rata-rata nasional"
    /// (C11) is another unit's figure, a row of data.
    static let meanLabel = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?rata\s*-?\s*rata\b(?!\s+(?:nasional|provinsi|wilayah|kanwil|regional|kabupaten|kota|unit|satker|upt|kementerian)\b)"#)
    static let budgetWords = PCRE2Regex(literal: #"(?i)\b(?:anggaran|pagu|belanja|pnbp|dipa|penerimaan\s+negara)\b"#)

    // MARK: cells

    struct Row {
        let row: TableRow
        let label: String
        /// Values by column index in the table's own grid (nil: empty or not a number).
        let values: [Int: Quantity]
        let emptyColumns: Set<Int>
    }

    /// The measure a cell holds: one number (or a dash/Nihil standing for zero). In a
    /// column that is not a year column, "2027" is a count, not a year.
    static func value(of cell: TableCell, yearsAreCounts: Bool = false, lexed: [Quantity]? = nil) -> Quantity? {
        if !cell.string.contains(where: \.isNumber) { return NumberLexer.zeroCell(cell.text) }
        let qs = (lexed ?? NumberLexer.scan(cell.text)).filter { $0.kind != .ordinal }.map { q in
            yearsAreCounts && q.kind == .year ? Quantity(text: q.text, number: q.number, unit: q.unit, kind: .quantity, range: q.range, location: q.location) : q
        }
        let measures = qs.filter(\.isMeasure)
        // A cell with words and one number ("3,1 (Indeks)", "Rp. 2.080.368.000,-") is fine;
        // a cell holding several numbers is prose, not a value.
        guard measures.count == 1, qs.count == 1 else { return nil }
        // Words around the number ("orang", "layanan") are fine; a sentence is not a value.
        let s = cell.string
        let outside = s.utf8Slice(0..<measures[0].range.lowerBound) + " " + s.utf8Slice(measures[0].range.upperBound..<s.utf8.count)
        return TableClaims.longWords.count(in: outside) <= 1 ? measures[0] : nil
    }

    static let numberColumn = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?\s*(?:no|nomor|nomor\s+urut)\s*\.?\s*(?:\*\*)?\s*$"#)
    static let longWords = PCRE2Regex(literal: #"(?i)(?!indeks\b)\p{L}{3,}"#)
    static let yearColumn = PCRE2Regex(literal: #"(?i)^\s*(?:tahun|thn|bulan|periode|no\.?|nomor)\b"#)

    func rows() -> [Row] {
        let headerCells = table.rows.first?.cells.map(\.string) ?? []
        // "No" in any header row marks a column of running numbers.
        let headerRows = table.rows.prefix(max(1, layout.headerCount))
        let numberColumns = Set(headerRows.flatMap { r in r.cells.indices.filter { TableClaims.numberColumn.isMatch(r.cells[$0].string) } })
        let bodyStart = max(1, layout.headerCount)
        return table.rows.enumerated().map { index, r in
            var values: [Int: Quantity] = [:]
            var empty = Set<Int>()
            // A row of nothing but years ("BELANJA | 2021 | | | 2022") is a group header.
            let yearRow = r.cells.allSatisfy { $0.string.isEmpty || TableClaims.year(in: $0.string) != nil || !$0.string.contains(where: \.isNumber) }
            for (i, c) in r.cells.enumerated() where i > 0 || table.style != .layout {
                // The running number of a "No" column names the row; it is no figure.
                if index >= bodyStart && numberColumns.contains(i) { continue }
                let countColumn = index > 0 && !yearRow && i > 0 && i < headerCells.count && !TableClaims.yearColumn.isMatch(headerCells[i]) && !headerCells[i].isEmpty
                if let q = TableClaims.value(of: c, yearsAreCounts: countColumn, lexed: cells[safe: index]?[safe: i]) { values[i] = q }
                if c.string.isEmpty { empty.insert(i) }
            }
            return Row(row: r, label: label(of: r, values: values), values: values, emptyColumns: empty)
        }
    }

    /// The row's label: the text cell nearest before its first figure (the indicator's
    /// name, not the Sasaran Kegiatan cell that may stand before it).
    func label(of r: TableRow, values: [Int: Quantity]) -> String {
        let firstValue = values.keys.min() ?? r.cells.count
        var label = ""
        // A Satuan column's unit ("rekomendasi", "dokumen") names no indicator (C2).
        for (i, c) in r.cells.enumerated() where i < firstValue && !c.string.isEmpty && values[i] == nil && !unitColumns.contains(i) {
            if c.string.contains(where: \.isLetter) { label = c.string }
        }
        return label
    }

    // MARK: header and roles


    // MARK: claims

    func extract(into claims: inout Claims) {
        let rows = rows()
        if layout.roleRow != nil || !layout.triples.isEmpty {
            if !layout.triples.isEmpty { ratioRows(rows: rows, into: &claims) }
        } else {
            transposed(rows: rows, into: &claims)
            inferredRatios(rows: rows, into: &claims)
            plannedTargets(rows: rows, into: &claims)
        }
        totalsAndMeans(rows: rows, into: &claims)
        finalScores(rows: rows, into: &claims)
    }

    /// "Nilai Akhir IKPA | 96,48": the report's IKPA value, which prose states again.
    static let finalScoreLabel = PCRE2Regex(literal: #"(?i)^\W*nilai\s+(?:akhir|total)\s+(?:ikpa|indikator\s+kinerja\s+pelaksanaan\s+anggaran)\W*$"#)

    func finalScores(rows: [Row], into claims: inout Claims) {
        for row in rows where row.values.count == 1 && TableClaims.finalScoreLabel.isMatch(row.label) {
            guard let q = row.values.values.first, q.kind == .quantity, !q.isPercent else { continue }
            claims.statedFacts.append(("ikpa", "realisasi", TableClaims.year(in: table.caption), q))
        }
    }

    /// A row's figures on the header's grid, as the layout aligned the row (from the right
    /// for short rows and PDF rows); none when the row could not be aligned.
    func aligned(_ row: Row, at index: Int) -> [Int: Quantity] {
        if let place = layout.placements[index] {
            var out: [Int: Quantity] = [:]
            for (i, q) in row.values { if let c = place[i] { out[c] = q } }
            return out
        }
        guard let shift = layout.shifts[index] else { return [:] }
        guard shift != 0 else { return row.values }
        var out: [Int: Quantity] = [:]
        for (i, q) in row.values where i + shift >= 1 { out[i + shift] = q }
        return out
    }

    static let yearText = PCRE2Regex(literal: #"^\s*(?:\*\*)?(?:tahun\s+|ta\.?\s+)?((?:19|20)\d\d)\s*(?:\*\*)?\s*$"#, options: [.caseInsensitive])
    static let pnbpWords = PCRE2Regex(literal: #"(?i)\b(?:pnbp|penerimaan\s+negara\s+bukan\s+pajak|pendapatan)\b"#)
    static let paguWords = PCRE2Regex(literal: #"(?i)\b(?:pagu|anggaran|alokasi|dipa)\b"#)

    static func year(in text: String) -> Int? {
        yearText.firstMatch(in: text).flatMap { $0.string(1, in: text) }.flatMap(Int.init)
    }

    /// "anggaran" or "pnbp": what a budget ratio is about, from its header and label.
    func subject(targetHeader: String, label: String) -> String? {
        if TableClaims.pnbpWords.isMatch(targetHeader) || TableClaims.pnbpWords.isMatch(label) || TableClaims.pnbpWords.isMatch(table.caption) { return "pnbp" }
        if TableClaims.paguWords.isMatch(targetHeader) || TableClaims.paguWords.isMatch(label) { return "anggaran" }
        // Budgets have a pagu; amounts against a "Target" are revenue (PNBP), as are rows
        // named for revenue accounts ("425211 - Pendapatan Paspor").
        if ColumnRole.targetWords.isMatch(targetHeader) && table.rows.contains(where: { r in r.cells.contains { TableClaims.pnbpWords.isMatch($0.string) } }) { return "pnbp" }
        return nil
    }

    /// A year naming the row ("2022 | Rp … | Rp … | 97,15%"): a cell before its figures.
    func rowYear(_ row: Row) -> Int? {
        let firstValue = row.values.keys.min() ?? row.row.cells.count
        for c in row.row.cells.prefix(firstValue) { if let y = TableClaims.year(in: c.string) { return y } }
        return nil
    }

    func ratioRows(rows: [Row], into claims: inout Claims) {
        let headerCells = layout.columns.map(\.name)
        // Several groups in a row without a year each: different periods or bases, unknown.
        let periodsKnown = layout.triples.count < 2 || Set(layout.triples.compactMap(\.year)).count == layout.triples.count
        // The Sasaran cell before the indicator's, inherited by the rows left empty under it.
        var sasaran: String?
        for (index, row) in rows.enumerated() where layout.isBody(index) && layout.kinds[index] != .mean {
            let values = aligned(row, at: index)
            if table.style != .layout, row.row.cells.count > 2, let first = row.row.cells.first?.string, first.contains(where: \.isLetter), first != row.label {
                sasaran = first
            }
            for triple in layout.triples {
                let t = triple.target, r = triple.realisasi, c = triple.result
                let target = values[t], real = values[r], result = values[c]
                if let target, let real, let result {
                    var claim = ratio(target: target, realisasi: real, result: result, label: row.label, line: row.row.line, targetHeader: headerCells[safe: t] ?? "")
                    // A group row above the header ("2021 | | | 2022") gives each triple its year.
                    claim.year = rowYear(row) ?? triple.year ?? TableClaims.year(in: table.caption)
                    claim.keyed = periodsKnown
                    claim.group = sasaran
                    if claim.kind == .percent { claim.subject = subject(targetHeader: headerCells[safe: t] ?? "", label: row.label) }
                    claims.ratios.append(claim)
                } else if table.style != .layout, [target, real, result].compactMap({ $0 }).count == 2,
                          let missing = [t, r, c].first(where: { values[$0] == nil && row.emptyColumns.contains($0) }),
                          !row.label.isEmpty, missing < row.row.cells.count {
                    claims.emptyCells.append((row.row.cells[missing].text.start, headerCells[safe: missing] ?? "", row.label))
                }
            }
        }
    }

    func ratio(target: Quantity, realisasi: Quantity, result: Quantity, label: String, line: Int, targetHeader: String = "") -> RatioClaim {
        // Amounts, a budget line, or a Pagu/Anggaran column ("JUMLAH" under PAGU, cells without "Rp").
        // Whole numbers in the millions on both sides are money even without "Rp" (B5).
        let millions = [target, realisasi].allSatisfy { $0.decimals == 0 && $0.value >= 1_000_000 && !$0.isPercent }
        let isBudget = target.isAmount || realisasi.isAmount || millions || TableClaims.budgetWords.isMatch(label) || TableClaims.paguWords.isMatch(targetHeader)
        let indicator = isBudget ? nil : packs.indicator(for: label)
        return RatioClaim(kind: isBudget ? .percent : .capaian, numerator: realisasi, denominator: target, stated: result,
                          polarity: indicator?.polarity, label: label, origin: .tableRow(label: label, line: line))
    }

    static let mediumTerm = PCRE2Regex(literal: #"(?i)\b(?:renstra|rpjmn?|jangka\s+menengah)\b"#)
    static let anyYear = PCRE2Regex(literal: #"\b(?:19|20)\d\d\b"#)

    /// A Perjanjian Kinerja table: one Target column and nothing measured. A Renstra or
    /// RPJMN table plans for other years, and is left alone.
    func plannedTargets(rows: [Row], into claims: inout Claims) {
        guard let head = table.rows.first, rows.count >= 2 else { return }
        let headers = head.cells.map(\.string)
        let roles = headers.map(ColumnRole.of)
        guard roles.filter({ $0 == .target }).count == 1, !roles.contains(.realisasi), !roles.contains(.result),
              let t = roles.firstIndex(of: .target), !headers.contains(where: TableClaims.mediumTerm.isMatch),
              !TableClaims.mediumTerm.isMatch(table.caption) else { return }
        let year = TableClaims.anyYear.firstMatch(in: headers[t]).flatMap { Int(headers[t].utf8Slice($0.range)) }
            ?? TableClaims.year(in: table.caption)
        for row in rows.dropFirst() where !row.label.isEmpty {
            guard let q = row.values[t], q.kind == .quantity else { continue }
            claims.plannedTargets.append((row.label, year, q))
        }
    }

    /// Rows named Target/Realisasi/Capaian with one column per indicator or year (C5): one
    /// block per year ("2023 | Target", "| Realisasi", "| Capaian"), the year on the block's
    /// first row or in the header; the columns' names from the text rows above the block,
    /// which may change between blocks (a Renstra revision renames indicators).
    func transposed(rows: [Row], into claims: inout Claims) {
        let headerCells = rows.first.map { $0.row.cells.map(\.string) } ?? []
        var names: [Int: String] = [:]
        var k = 0
        while k < rows.count {
            let row = rows[k]
            if row.values.isEmpty {
                for (j, c) in row.row.cells.enumerated() where j > 0 && c.string.contains(where: \.isLetter) { names[j] = c.string }
                k += 1
                continue
            }
            guard ColumnRole.ofRowLabel(row.label) == .target else { k += 1; continue }
            let block = rows[(k + 1)..<min(rows.count, k + 4)].prefix { ColumnRole.ofRowLabel($0.label) != .target }
            guard let r = block.first(where: { ColumnRole.ofRowLabel($0.label) == .realisasi }),
                  let c = block.first(where: { ColumnRole.ofRowLabel($0.label) == .result }) else { k += 1; continue }
            let year = rowYear(row)
            for column in row.values.keys.sorted() {
                guard let tq = row.values[column], let rq = r.values[column], let cq = c.values[column] else { continue }
                let columnYear = headerCells[safe: column].flatMap(TableClaims.year(in:))
                let name = columnYear == nil ? (names[column] ?? "") : ""
                let label = name.isEmpty ? row.label : name
                var claim = ratio(target: tq, realisasi: rq, result: cq, label: label, line: c.row.line)
                claim = RatioClaim(kind: claim.kind, numerator: claim.numerator, denominator: claim.denominator, stated: claim.stated,
                                   polarity: claim.polarity, label: label, origin: .tableColumn(header: name.isEmpty ? c.label : name, line: c.row.line))
                claim.year = year ?? columnYear
                if claim.kind == .percent { claim.subject = subject(targetHeader: row.label, label: name) }
                claims.ratios.append(claim)
            }
            k += 1 + block.count
        }
    }

    /// A table with a Capaian/Persentase column but no Target/Realisasi headers ("Diterima,
    /// Diselesaikan, Persentase"): the columns it divides are learnt from the rows. Only a
    /// relation that most rows (two at least) already satisfy is held against the others.
    func inferredRatios(rows: [Row], into claims: inout Claims) {
        let body = rows.filter { !$0.values.isEmpty && !TableClaims.totalLabel.isMatch($0.label) && !TableClaims.meanLabel.isMatch($0.label) }
        guard body.count >= 2, let width = rows.map({ $0.row.cells.count }).max() else { return }
        let names = rows.first.map { $0.values.isEmpty ? $0.row.cells.map(\.string) : [] } ?? []
        // The ratio column: named so in the header, or (PDF rows without a header) the last
        // column when it holds percentages in almost every row.
        let named = names.indices.last(where: { ColumnRole.of(names[$0]) == .result || ColumnRole.resultLike.isMatch(names[$0]) })
        let lastIsPercent = body.filter { $0.values[width - 1]?.isPercent == true }.count * 3 >= body.count * 2
        guard let result = named ?? (lastIsPercent ? width - 1 : nil) else { return }
        let candidates = (0..<width).filter { c in
            c != result && !TableClaims.yearColumn.isMatch(names[safe: c] ?? "") && body.filter { $0.values[c] != nil }.count * 2 > body.count
        }
        var best: (num: Int, den: Int, agree: Int, disagree: Int)?
        for a in candidates {
            for b in candidates where a != b {
                var agree = 0, disagree = 0
                for row in body {
                    guard let n = row.values[a], let d = row.values[b], let r = row.values[result], d.value != 0 else { continue }
                    let claim = RatioClaim(kind: .percent, numerator: n, denominator: d, stated: r, polarity: .higher, label: row.label, origin: .tableRow(label: row.label, line: row.row.line))
                    switch RatioJudgement.of(claim) {
                    case .holds, .truncated: agree += 1
                    default: disagree += 1
                    }
                }
                if agree >= 2 && agree > 2 * disagree && agree > (best?.agree ?? 0) { best = (a, b, agree, disagree) }
            }
        }
        guard let rel = best else { return }
        for row in body {
            guard let n = row.values[rel.num], let d = row.values[rel.den], let r = row.values[result] else { continue }
            claims.ratios.append(RatioClaim(kind: .percent, numerator: n, denominator: d, stated: r, polarity: .higher,
                                            label: row.label, origin: .tableRow(label: row.label, line: row.row.line)))
        }
    }

    /// Total/Jumlah rows against the rows above them; Rata-rata rows against their mean.
    func totalsAndMeans(rows: [Row], into claims: inout Claims) {
        let h = layout.headerCount - 1
        let roles = layout.roles
        var sectionStart = h + 1
        var meanStart = h + 1
        // A Rata-rata row right under a Total row averages the same rows (C9), counts too.
        var totalSection: (row: Int, start: Int)? = nil
        let furniture = Set(rows.indices.filter { layout.kinds[$0] == .columnNumbers || layout.kinds[$0] == .header })
        for (i, row) in rows.enumerated() where i > h && !furniture.contains(i) {
            if !TableClaims.totalLabel.isMatch(row.label) && TableClaims.sectionEnd.isMatch(row.label) {
                // "Total Jenis Belanja", "Sub Total": closes a section without being checkable.
                sectionStart = i + 1
                meanStart = i + 1
            } else if TableClaims.totalLabel.isMatch(row.label) {
                let body = (sectionStart..<i).filter { !furniture.contains($0) && !TableClaims.meanLabel.isMatch(rows[$0].label) && !rows[$0].values.isEmpty }
                for (col, stated) in aligned(row, at: i) where stated.unit != .percent && !isRatioColumn(col, roles: roles) {
                    let parts = body.compactMap { aligned(rows[$0], at: $0)[col] }
                    guard parts.count >= 2, parts.count * 2 >= body.count, parts.allSatisfy({ $0.unit == stated.unit || $0.kind == .zero || stated.kind == .zero }) else { continue }
                    // Decimals no greater than 100 in every cell: percentages or indices written
                    // without a sign. Their "total" row holds a rate, not a sum.
                    if ([stated] + parts).allSatisfy({ $0.decimals > 0 && $0.value <= 100 }) { continue }
                    claims.sums.append(SumClaim(parts: parts, stated: stated, label: row.label,
                                                nestedAlternatives: TableClaims.collapsed(parts), origin: .tableRow(label: row.label, line: row.row.line)))
                }
                totalSection = (i, sectionStart)
                sectionStart = i + 1
                meanStart = i + 1
            } else if TableClaims.meanLabel.isMatch(row.label) {
                let underTotal = totalSection.map { $0.row == i - 1 } ?? false
                let start = underTotal ? totalSection!.start : meanStart
                let body = (start..<i).filter { !furniture.contains($0) && !TableClaims.totalLabel.isMatch(rows[$0].label) && !rows[$0].values.isEmpty }
                let aboutCapaian = row.label.lowercased().contains("capaian")
                for (col, stated) in aligned(row, at: i) where stated.kind == .quantity && (aboutCapaian || underTotal || isRatioColumn(col, roles: roles) || stated.isPercent) {
                    let items = body.compactMap { aligned(rows[$0], at: $0)[col] }.filter { $0.kind == .quantity }
                    guard items.count >= 2, items.count * 2 >= body.count, items.allSatisfy({ $0.unit == stated.unit || stated.unit == .plain }) else { continue }
                    claims.means.append(MeanClaim(items: items, stated: stated, label: row.label, origin: .tableRow(label: row.label, line: row.row.line)))
                }
                meanStart = i + 1
            }
        }
    }

    func isRatioColumn(_ col: Int, roles: [ColumnRole]) -> Bool {
        col < roles.count && roles[col] == .result
    }

    /// Sums in which a row that equals the sum of the rows right below it stands for them
    /// (hierarchical budget tables: Program over Kegiatan, Sasaran over Indikator).
    static func collapsed(_ parts: [Quantity]) -> [[Quantity]] {
        var alternatives: [[Quantity]] = []
        // Keep only "parent" rows: drop every run of rows that a row just above sums up.
        var parents: [Quantity] = []
        var children: [Quantity] = []
        var i = 0
        var found = false
        while i < parts.count {
            var j = i + 1
            var acc: Decimal = 0
            var matchedEnd: Int? = nil
            while j < parts.count {
                acc += parts[j].value
                if acc == parts[i].value { matchedEnd = j; break }
                if acc > parts[i].value { break }
                j += 1
            }
            if let end = matchedEnd {
                parents.append(parts[i])
                children.append(contentsOf: parts[(i + 1)...end])
                found = true
                i = end + 1
            } else {
                parents.append(parts[i])
                children.append(parts[i])
                i += 1
            }
        }
        if found {
            alternatives.append(parents)
            alternatives.append(children)
        }
        return alternatives
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
