import Foundation

/// Weighted scores: IKPA and Nilai Kinerja Anggaran tables (Nilai × Bobot = Nilai Akhir,
/// Σ Nilai Akhir = Nilai Total, Σ Bobot = Konversi, aspect values as plain means), weights
/// stated in prose against the table or the regulation, composite formulas whose weights
/// do not add up or differ from the weights the prose states.
public struct WeightedScoreMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "weighted-score-mismatch", severity: .error,
        summary: Message(id: "Skor berbobot tidak cocok: Nilai × Bobot, jumlah Nilai Akhir, jumlah bobot, nilai aspek, atau bobot yang ditulis di kalimat berbeda dengan tabel/peraturan.",
                         en: "A weighted score does not add up: Nilai × Bobot, the sum of Nilai Akhir, the sum of weights, an aspect value, or a weight stated in prose that differs from the table or the regulation."),
        rationale: Message(id: "Tabel IKPA dan Nilai Kinerja Anggaran dihitung ulang dengan interval pembulatan. Nilai Aspek adalah rata-rata biasa indikator aspeknya (indikator berbobot 0 tidak dihitung). Bobot komponen per tahun peraturan ada di paket checks/weights.yml.",
                           en: "IKPA and Nilai Kinerja Anggaran tables are recomputed with rounding intervals. An aspect value is the plain mean of its indicators (indicators weighted 0 left out). The weights per regulation year live in the pack checks/weights.yml."),
        source: "PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024; PMK 22/PMK.02/2021", pack: "weights.yml",
        triggering: [
            "No\tKeterangan\tRevisi DIPA\tDeviasi\tPenyerapan\tNilai Total\tKonversi Bobot\n\tNilai\t80,00\t93,67\t98,23\t92,00\t100%\n\tBobot\t↓20\t30\n\tNilai Akhir\t16,00\t28,10\t48,00\n",
            "No\tKeterangan\tRevisi DIPA\tDeviasi\tPenyerapan\tNilai Total\tKonversi Bobot\n\tNilai\t80,00\t90,00\t100,00\t94,00\t100%\n\tBobot\t20\t30\t50\n\tNilai Akhir\t16,00\t↓29,00\t50,00\n",
            "Kel\tKualitas Perencanaan\t\tKualitas Pelaksanaan\nKeterangan\tRevisi DIPA\tDeviasi\tPenyerapan\nNilai\t80,00\t93,67\t98,23\nBobot\t25\t25\t50\nNilai Aspek\t↓98,84\t\t98,23\n",
            "Sub komponen penilaian SMART:\n\n1. Capaian keluaran dengan bobot 43,5%;\n2. Penyerapan anggaran dengan bobot ↓28,6%;\n3. Efisiensi dengan bobot 18,2%; dan\n4. Konsistensi penyerapan anggaran terhadap perencanaan dengan bobot 9,7%.\n",
            "Nilai indeks merupakan gabungan survei A (bobot 35%) dan survei B (bobot 65%):\n\nIKM = (3,58 x ↓60%) + (3,68 x 40%) = 3,62\n",
        ],
        nonTriggering: [
            "No\tKeterangan\tRevisi DIPA\tDeviasi\tPenyerapan\tNilai Total\tKonversi Bobot\n\tNilai\t80,00\t90,00\t100,00\t93,00\t100%\n\tBobot\t20\t30\t50\n\tNilai Akhir\t16,00\t27,00\t50,00\n",
            "Kel\tKualitas Perencanaan\t\tKualitas Pelaksanaan\nKeterangan\tRevisi DIPA\tDeviasi\tPenyerapan\nNilai\t80,00\t93,67\t98,23\nBobot\t10\t15\t75\nNilai Aspek\t86,84\t\t98,23\n",
            "Keterangan\tA\tB\tC\tNilai Total\tKonversi Bobot\tNilai Akhir\nNilai\t100,00\t90,00\t0,00\t90,50\t95%\t95,26\nBobot\t50\t45\t0\nNilai Akhir\t50,00\t40,50\t0,00\n",
            "Sub komponen penilaian SMART:\n\n1. Capaian keluaran dengan bobot 43,5%;\n2. Penyerapan anggaran dengan bobot 9,7%;\n3. Efisiensi dengan bobot 28,6%; dan\n4. Konsistensi penyerapan anggaran terhadap perencanaan dengan bobot 18,2%.\n",
            "Nilai indeks merupakan gabungan survei A (bobot 60%) dan survei B (bobot 40%):\n\nIKM = (3,58 x 60%) + (3,68 x 40%) = 3,62\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for a in context.analysis.blocks {
            if let st = a.scoreTable { out += judge(st) }
        }
        out += WeightStatements(check: description, context: context).run()
        return out
    }

    func finding(_ q: Quantity, _ id: String, _ en: String, expected: String? = nil) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: q.location,
                   message: Message(id: id, en: en), stated: q.text, expected: expected)
    }

    func judge(_ st: ScoreTable) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let n = st.components.count
        let stated = st.weights.reduce(Decimal(0)) { $0 + $1.value }
        let target = st.konversi?.value ?? 100
        if let first = st.weights.first, st.weights.count < n {
            out.append(finding(first,
                "baris Bobot hanya memuat \(st.weights.count) bobot (jumlah \(fmt(stated))) untuk \(n) komponen Nilai; satu bobot atau lebih hilang sehingga bobot bergeser ke komponen yang salah (seharusnya berjumlah \(fmt(target)))",
                "the Bobot row holds only \(st.weights.count) weights (sum \(fmt(stated))) for \(n) Nilai components; one or more weights are missing, so the weights shift onto the wrong components (they should sum to \(fmt(target)))"))
        } else if st.weightsAligned, let first = st.weights.first, stated != target {
            out.append(finding(first,
                "bobot berjumlah \(fmt(stated)), padahal Konversi Bobot/total bobot \(fmt(target))",
                "the weights sum to \(fmt(stated)), but the Konversi Bobot/total weight is \(fmt(target))", expected: fmt(target)))
        }
        if st.weightsAligned {
            for c in st.components {
                guard let b = c.bobot, let a = c.akhir else { continue }
                let computed = c.nilai.interval * b.interval * Decimal(string: "0.01")!
                if Agreement.of(stated: a, computed: computed) == .mismatch {
                    let e = a.formatted(computed.mid, decimals: a.decimals)
                    out.append(finding(a,
                        "Nilai Akhir \(short(c.name)) tertulis \(a.text), padahal \(c.nilai.text) × \(b.text)% = \(e)",
                        "the Nilai Akhir of \(short(c.name)) is written \(a.text), but \(c.nilai.text) × \(b.text)% = \(e)", expected: e))
                } else if a.value > b.value {
                    out.append(finding(a, "Nilai Akhir \(short(c.name)) \(a.text) melebihi bobotnya \(b.text)",
                                       "the Nilai Akhir of \(short(c.name)) \(a.text) exceeds its weight \(b.text)"))
                }
            }
        }
        let akhir = st.components.compactMap(\.akhir)
        if let total = st.nilaiTotal, akhir.count == n {
            let sum = DecimalInterval.sum(akhir.map(\.interval))
            if Agreement.of(stated: total, computed: sum) == .mismatch {
                let e = total.formatted(sum.mid, decimals: total.decimals)
                out.append(finding(total, "Nilai Total tertulis \(total.text), padahal jumlah Nilai Akhir komponen = \(e)",
                                   "the Nilai Total is written \(total.text), but the components' Nilai Akhir sum to \(e)", expected: e))
            }
        }
        if let total = st.nilaiTotal, let k = st.konversi, k.value > 0, let final = st.nilaiAkhirFinal {
            var v = total.interval * (100 / k.value)
            if let d = st.dispensasi { v = v - d.interval }
            if Agreement.of(stated: final, computed: v) == .mismatch {
                let e = final.formatted(v.mid, decimals: final.decimals)
                out.append(finding(final, "Nilai Akhir tertulis \(final.text), padahal \(total.text) ÷ \(k.text)\(st.dispensasi.map { " − \($0.text)" } ?? "") = \(e)",
                                   "the final Nilai Akhir is written \(final.text), but \(total.text) ÷ \(k.text)\(st.dispensasi.map { " − \($0.text)" } ?? "") = \(e)", expected: e))
            }
        }
        for (value, members) in st.aspects {
            // Indicators weighted 0 (Renkas in 2021) are not assessed and stay out of the mean.
            let counted = st.weightsAligned ? members.filter { ($0.bobot?.value ?? 1) != 0 } : members
            guard !counted.isEmpty else { continue }
            let plain = DecimalInterval.sum(counted.map(\.nilai.interval)) * (1 / Decimal(counted.count))
            var consistent = Agreement.of(stated: value, computed: plain) != .mismatch
            if !consistent, st.weightsAligned {
                let ws = counted.compactMap(\.bobot)
                let wsum = ws.reduce(Decimal(0)) { $0 + $1.value }
                if ws.count == counted.count, wsum > 0 {
                    let weighted = DecimalInterval.sum(zip(counted, ws).map { $0.nilai.interval * $1.value }) * (1 / wsum)
                    consistent = Agreement.of(stated: value, computed: weighted) != .mismatch
                }
            }
            if !consistent {
                let e = value.formatted(plain.mid, decimals: value.decimals)
                let terms = "(" + counted.map(\.nilai.text).joined(separator: " + ") + ") ÷ \(counted.count)"
                out.append(finding(value, "Nilai Aspek tertulis \(value.text), padahal rata-rata indikator aspek itu \(terms) = \(e)",
                                   "the Nilai Aspek is written \(value.text), but the mean of the aspect's indicators \(terms) = \(e)", expected: e))
            }
        }
        return out
    }

    func fmt(_ d: Decimal) -> String { NumberFormat.indonesian(d, decimals: d == d.rounded(0) ? 0 : 1) }
    func short(_ s: String) -> String { s.isEmpty ? "komponen" : Claims.short(s, 40) }
}
