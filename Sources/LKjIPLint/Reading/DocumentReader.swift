import Foundation

/// Picks the reader for a file by its extension and returns the parsed document.
public enum DocumentReader {
    /// The largest input read; a bigger file is refused rather than exhausting memory.
    public static let maxBytes = 256 * 1024 * 1024

    public static let extensions = ["txt", "md", "markdown", "text", "docx", "pdf"]

    /// `deadline` bounds the external tool a reader runs (pdftotext); see Batch for the rest.
    public static func read(path: String, deadline: Date? = nil) throws -> Document {
        try requireRegularFile(path)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        switch ext {
        case "docx": return try DocxReader.read(path: path)
        case "pdf": return try PDFReader.read(path: path, deadline: deadline)
        default:
            let (lines, notes) = try textLines(path)
            return DocumentParser.parse(path: path, lines: lines, notes: notes)
        }
    }

    /// Only regular files are read: a FIFO or a device would block the read forever or
    /// never end, whatever its name says.
    static func requireRegularFile(_ path: String) throws {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw InputError(path, Message(id: "berkas tidak ditemukan", en: "file not found"))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw InputError(path, Message(id: "ini folder, bukan berkas", en: "this is a folder, not a file"))
        case S_IFIFO, S_IFSOCK:
            throw InputError(path, Message(id: "ini pipa atau soket, bukan berkas biasa; simpan laporannya ke berkas dulu",
                                           en: "this is a pipe or socket, not a regular file; save the report to a file first"))
        default:
            throw InputError(path, Message(id: "ini perangkat, bukan berkas biasa", en: "this is a device, not a regular file"))
        }
    }

    /// A text draft's lines. The bytes and the decoded text die with this call, before the
    /// lines are parsed: on a large report they would otherwise double the peak memory.
    static func textLines(_ path: String) throws -> ([String], [ReaderNote]) {
        let data = try load(path)
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw InputError(path, Message(id: "berkas ZIP/Office tanpa ekstensi .docx; ganti namanya menjadi .docx", en: "a ZIP/Office file without the .docx extension; rename it to .docx"))
        }
        if data.starts(with: Array("%PDF".utf8)) {
            throw InputError(path, Message(id: "berkas PDF tanpa ekstensi .pdf; ganti namanya menjadi .pdf", en: "a PDF file without the .pdf extension; rename it to .pdf"))
        }
        return try TextReader.lines(data: data, path: path)
    }

    static func load(_ path: String) throws -> Data {
        let attrs = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attrs?[.size] as? Int, size > maxBytes {
            throw tooLarge(path, size: size)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path)
        }
        return data
    }

    /// Standard input, read as a text draft.
    public static func readStandardInput() throws -> Document {
        return try TextReader.read(data: readCapped(FileHandle.standardInput, path: "<stdin>"), path: "<stdin>")
    }

    /// Reads to the end, refusing as soon as more than `maxBytes` arrived (stdin has no size
    /// to check beforehand).
    static func readCapped(_ handle: FileHandle, path: String, limit: Int = maxBytes) throws -> Data {
        var data = Data()
        while true {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            data.append(chunk)
            if data.count > limit { throw tooLarge(path, size: nil, limit: limit) }
        }
        return data
    }

    static func tooLarge(_ path: String, size: Int?, limit: Int = maxBytes) -> InputError {
        let limit = limit / 1_048_576
        guard let size else {
            return InputError(path, Message(id: "masukan terlalu besar (lebih dari \(limit) MB)", en: "input too large (over \(limit) MB)"))
        }
        return InputError(path, Message(id: "berkas terlalu besar (\(size / 1_048_576) MB; batas \(limit) MB)",
                                        en: "file too large (\(size / 1_048_576) MB; limit \(limit) MB)"))
    }
}

/// `.txt` and `.md` drafts, and the text view other readers produce.
public enum TextReader {
    public static func read(data: Data, path: String) throws -> Document {
        let (lines, notes) = try self.lines(data: data, path: path)
        return DocumentParser.parse(path: path, lines: lines, notes: notes)
    }

    /// The decoded lines of a draft, and a note when it was not UTF-8.
    static func lines(data: Data, path: String) throws -> ([String], [ReaderNote]) {
        let decoded = try TextDecoding.decode(data, path: path)
        let lines = TextDecoding.lines(decoded.text)
        if lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw InputError(path, Message(id: "berkas tidak berisi teks", en: "the file contains no text"))
        }
        return (lines, decoded.note.map { [ReaderNote(kind: .encoding, severity: .info, line: 1, message: $0)] } ?? [])
    }

    public static func read(text: String, path: String = "<teks>") -> Document {
        DocumentParser.parse(path: path, lines: TextDecoding.lines(text))
    }
}
