import Foundation

/// PDF reports. (Placeholder until the pdftotext-based reader lands.)
public enum PDFReader {
    public static func read(path: String) throws -> Document {
        throw InputError(path, Message(id: "pembaca .pdf belum tersedia; ubah ke .txt dengan pdftotext -layout", en: "the .pdf reader is not available yet; convert with pdftotext -layout"))
    }
}
