import LKjIPLint

/// The sentence each refused request gets, in Bahasa Indonesia or English.
enum ServeMessages {
    static let emptyBody = Message(
        id: "Permintaan tidak berisi berkas. Kirim berkas .docx, .pdf, .txt atau .md (multipart/form-data, atau isi mentah dengan ?filename=NAMA.docx).",
        en: "The request holds no file. Send a .docx, .pdf, .txt or .md file (multipart/form-data, or a raw body with ?filename=NAME.docx).")
    static let noFilename = Message(
        id: "Nama berkas tidak diketahui. Untuk isi mentah, sebutkan ?filename=NAMA.docx supaya pembacanya dapat dipilih.",
        en: "The file name is unknown. For a raw body, give ?filename=NAME.docx so the reader can be chosen.")
    static let malformedMultipart = Message(
        id: "Isi multipart/form-data rusak atau terpotong; kirim ulang berkasnya.",
        en: "The multipart/form-data body is malformed or cut short; send the file again.")
    static func emptyFile(_ name: String) -> Message {
        Message(id: "Berkas \(name) kosong (0 bita).", en: "The file \(name) is empty (0 bytes).")
    }
    static func unsupported(_ name: String) -> Message {
        Message(id: "Berkas \(name) tidak dapat diperiksa: hanya .docx, .pdf, .txt dan .md yang diterima.",
                en: "The file \(name) cannot be checked: only .docx, .pdf, .txt and .md are accepted.")
    }
    static func tooLarge(_ limitMB: Int) -> Message {
        Message(id: "Unggahan melebihi batas \(limitMB) MB per permintaan; pecah berkasnya atau minta pengelola menaikkan --max-upload-mb.",
                en: "The upload is over the limit of \(limitMB) MB per request; split the files or ask the operator to raise --max-upload-mb.")
    }
    static func unreadable(_ name: String, _ problem: Message) -> Message {
        Message(id: "Berkas \(name) tidak dapat dibaca: \(problem.id).", en: "The file \(name) cannot be read: \(problem.en).")
    }
    static let busy = Message(
        id: "Server sedang memeriksa terlalu banyak berkas; coba lagi sebentar lagi.",
        en: "The server is checking too many files; try again in a moment.")
    static let timedOut = Message(
        id: "Pemeriksaan melebihi batas waktu server; coba lagi, atau periksa berkas ini dengan perintah lkjip-lint check.",
        en: "The check took longer than the server allows; try again, or check this file with the lkjip-lint check command.")
    static let slowUpload = Message(
        id: "Unggahan terlalu lambat dan dihentikan oleh batas waktu server; kirim ulang berkasnya.",
        en: "The upload was too slow and was stopped by the server's time limit; send the file again.")
    static func badFormat(_ f: String) -> Message {
        Message(id: "Format '\(f)' tidak dikenal; pilih json, html, csv atau bundle.",
                en: "Unknown format '\(f)'; choose json, html, csv or bundle.")
    }
    static func badLanguage(_ l: String) -> Message {
        Message(id: "Bahasa '\(l)' tidak dikenal; pilih id atau en.", en: "Unknown language '\(l)'; choose id or en.")
    }
    static func notFound(_ path: String) -> Message {
        Message(id: "Alamat \(path) tidak ada. Halaman pemeriksaan ada di /, API di /api/v1/check; uraiannya di /openapi.json.",
                en: "There is nothing at \(path). The checking page is at /, the API at /api/v1/check; it is described at /openapi.json.")
    }
    static func methodNotAllowed(_ method: String, _ path: String, allowed: [String]) -> Message {
        Message(id: "Metode \(method) tidak berlaku untuk \(path); gunakan \(allowed.joined(separator: " atau ")).",
                en: "The method \(method) is not allowed on \(path); use \(allowed.joined(separator: " or ")).")
    }
    static let internalError = Message(
        id: "Terjadi kesalahan di server saat memeriksa berkas; server tetap berjalan. Laporkan kepada pengelola.",
        en: "Something went wrong on the server while checking the file; the server keeps running. Tell the operator.")
}
