import Foundation

/// Word `.docx` drafts. (Placeholder until the WordprocessingML reader lands: refuses
/// clearly instead of misreading.)
public enum DocxReader {
    public static func read(path: String) throws -> Document {
        throw InputError(path, Message(id: "pembaca .docx belum tersedia; simpan sebagai .txt", en: "the .docx reader is not available yet; save as .txt"))
    }
}
