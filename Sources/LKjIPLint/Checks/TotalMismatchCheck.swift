import Foundation

public struct TotalMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "total-mismatch", severity: .error,
        summary: Message(id: "Baris/kolom Total atau Jumlah, atau total yang dirinci dalam kalimat, tidak sama dengan jumlah rinciannya.",
                         en: "A Total/Jumlah row, or a total broken down in prose, differs from the sum of its parts."),
        rationale: Message(id: "Baris induk yang sama dengan jumlah baris di bawahnya (Program di atas Kegiatan) tidak dihitung dua kali.",
                           en: "A parent row equal to the sum of the rows below it (a Program over its Kegiatan) is not counted twice."),
        triggering: [
            "Bulan\tITK\tITAS\tITAP\nJanuari\t3\t2\t-\nFebruari\t3\t5\t-\nTotal\t6\t7\t↓1\n",
            "Pagu naik menjadi ↓Rp.9.933.860.000,- dengan rincian:\n\n- belanja pegawai sebesar Rp. 2.242.327.000,-\n- belanja barang sebesar Rp. 5.147.457.000,-\n- belanja modal sebesar Rp. 2.672.576.000,-\n",
            "| Bulan | Paspor |\n|---|---|\n| Januari | 1.204 |\n| Februari | 1.307 |\n| Jumlah | ↓2.501 |\n",
            "Kantor ini didukung sejumlah ↓31 orang pegawai, terdiri dari 1 orang Eselon III, 3 orang Eselon IV, 6 orang Eselon V dan 24 orang Jabatan Fungsional.\n",
            "Kantor ini didukung sejumlah ↓31 orang pegawai dengan rincian sebagai berikut:\n\na. Eselon III sebanyak 1 orang;\nb. Eselon IV sebanyak 3 orang;\nc. Jabatan Fungsional sebanyak 24 orang.\n",
            "Layanan tersebar di ↓48 (empat puluh delapan) satuan kerja, yaitu: a. 1 (satu) kantor pusat; b. 41 (empat puluh satu) kantor; dan c. 7 (tujuh) rumah detensi.\n",
        ],
        nonTriggering: [
            "Bulan\tITK\tITAS\tITAP\nJanuari\t3\t2\t-\nFebruari\t3\t5\t-\nTotal\t6\t7\t0\n",
            "Kegiatan\tAnggaran\nProgram Penegakan dan Pelayanan Hukum\tRp. 2.080.368.000\nPenyelenggaraan Fungsi Keimigrasian\tRp. 2.080.368.000\nProgram Dukungan Manajemen\tRp. 5.899.025.000\nDukungan Manajemen UPT\tRp. 5.899.025.000\nTOTAL\tRp. 7.979.393.000\n",
            "Pagu naik menjadi Rp.10.062.360.000,- dengan rincian:\n\n- belanja pegawai sebesar Rp. 2.242.327.000,-\n- belanja barang sebesar Rp. 5.147.457.000,-\n- belanja modal sebesar Rp. 2.672.576.000,-\n",
            "Kantor ini didukung sejumlah 31 orang pegawai, terdiri dari 1 orang Eselon III, 3 orang Eselon IV, 6 orang Eselon V dan 21 orang Jabatan Fungsional.\n",
            "Organisasi terdiri dari Subbagian Tata Usaha, Seksi Lalu Lintas dan Seksi Intelijen.\n",
            "Kantor ini memiliki 3 seksi yang terdiri dari 2 subseksi, 3 subseksi dan 1 subseksi.\n",
            "Dukungan anggaran sebesar Rp 4.600.000.000 yang terdiri atas belanja pegawai Rp 2.000.000.000 dan belanja barang Rp 2.600.000.000; sumber dananya Rupiah Murni Rp 1.450.000.000 dan PNBP Rp 3.150.000.000.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        context.claims.sums.compactMap { claim in
            let sum = DecimalInterval.sum(claim.parts.map(\.interval))
            let stated = claim.stated
            if stated.interval.intersects(sum) { return nil }
            // A hierarchical table may total either level of its rows.
            for alt in claim.nestedAlternatives where stated.interval.intersects(DecimalInterval.sum(alt.map(\.interval))) {
                return nil
            }
            // A hierarchy is summed at its top level (Program, not Program + Kegiatan).
            let parts = claim.nestedAlternatives.first ?? claim.parts
            let exp = stated.formatted(DecimalInterval.sum(parts.map(\.interval)).mid, decimals: stated.decimals)
            let terms = parts.count <= 6 ? parts.map(\.text).joined(separator: " + ") : "\(parts.count) rincian"
            let malformed = claim.parts.contains { $0.number.malformed } || stated.number.malformed
            let note = malformed ? Message(id: "; periksa juga penulisan angka yang janggal", en: "; also check the oddly written number") : Message(id: "", en: "")
            return Diagnostic(
                rule: description.id, severity: description.severity, location: stated.location,
                message: Message(id: "total tertulis \(stated.text), padahal \(terms) = \(exp) (\(claim.origin.message.id))\(note.id)",
                                 en: "the total is written \(stated.text), but \(terms) = \(exp) (\(claim.origin.message.en))\(note.en)"),
                stated: stated.text, expected: exp,
                related: parts.prefix(12).map { RelatedLocation($0.location, Message(id: "rincian \($0.text)", en: "part \($0.text)")) })
        }
    }
}
