import Foundation

/// Word `.docx` drafts, read natively: the package (bounded), styles and numbering,
/// the body with tables on their grid, equations, text boxes, then footnotes.
public enum DocxReader {
    public static func read(path: String) throws -> Document {
        try read(path: path, limits: .standard)
    }

    static func read(path: String, limits: DocxArchive.Limits) throws -> Document {
        var archive = try DocxArchive(path: path, limits: limits)
        guard let body = try archive.part("word/document.xml") else {
            throw InputError(path, Message(id: "berkas .docx tidak berisi word/document.xml (bukan dokumen Word)",
                                           en: "the .docx has no word/document.xml (not a Word document)"))
        }
        let styles = try WordStyles.parse(archive.part("word/styles.xml"), path: path)
        let numbering = try WordNumbering.parse(archive.part("word/numbering.xml"), path: path)

        let bodyReader = WordBodyReader()
        try SafeXML.parse(body, part: "word/document.xml", path: path, handler: bodyReader)
        var notes: [[WordBlock]] = []
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let data = try archive.part(part) else { continue }
            let noteReader = WordBodyReader()
            try SafeXML.parse(data, part: part, path: path, handler: noteReader)
            notes += noteReader.notes.map(\.blocks)
        }

        var view = DocxTextView(styles: styles, numbering: numbering)
        view.add(bodyReader.blocks)
        view.addNotes(notes)
        if view.lines.allSatisfy({ $0.isEmpty }) {
            throw InputError(path, Message(id: "dokumen Word ini tidak berisi teks", en: "this Word document contains no text"))
        }
        var readerNotes: [ReaderNote] = []
        if bodyReader.sawTrackedChanges {
            readerNotes.append(ReaderNote(kind: .trackedChanges, severity: .warning, line: 1, message: Message(
                id: "dokumen masih berisi perubahan terlacak (Track Changes) yang belum diterima; teks dibaca seolah semua perubahan diterima — terima atau tolak perubahan di Word sebelum menyerahkan laporan",
                en: "the document still holds unaccepted tracked changes; the text was read as if all were accepted — accept or reject them in Word before submitting")))
        }
        return DocumentParser.parse(path: path, lines: view.lines, origins: view.origins, notes: readerNotes)
    }
}
