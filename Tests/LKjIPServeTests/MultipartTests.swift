import XCTest
@testable import LKjIPServe

final class MultipartTests: XCTestCase {
    func body(_ parts: [(head: String, content: String)], boundary: String = "XyZ") -> [UInt8] {
        var s = ""
        for p in parts { s += "--\(boundary)\r\n\(p.head)\r\n\r\n\(p.content)\r\n" }
        s += "--\(boundary)--\r\n"
        return Array(s.utf8)
    }

    func testFilesWithFilenamesAreKeptOtherFieldsIgnored() throws {
        let b = body([
            (head: "Content-Disposition: form-data; name=\"lang\"", content: "en"),
            (head: "Content-Disposition: form-data; name=\"files\"; filename=\"LKjIP 2024.txt\"\r\nContent-Type: text/plain", content: "Capaian 95%\r\n--XY not a boundary"),
            (head: "Content-Disposition: form-data; name=\"files\"; filename=\"b.md\"", content: "# Bab I"),
        ])
        let files = try Multipart.files(b, boundary: "XyZ")
        XCTAssertEqual(files.map(\.name), ["LKjIP 2024.txt", "b.md"])
        XCTAssertEqual(String(decoding: files[0].bytes, as: UTF8.self), "Capaian 95%\r\n--XY not a boundary")
        XCTAssertEqual(String(decoding: files[1].bytes, as: UTF8.self), "# Bab I")
    }

    func testBoundaryFromContentType() {
        XCTAssertEqual(Multipart.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundaryA1"), "----WebKitFormBoundaryA1")
        XCTAssertEqual(Multipart.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b")
        XCTAssertNil(Multipart.boundary(contentType: "application/octet-stream"))
        XCTAssertNil(Multipart.boundary(contentType: "multipart/form-data"))
    }

    func testCutShortBodyIsRefused() {
        let full = body([(head: "Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"", content: "isi")])
        XCTAssertThrowsError(try Multipart.files(Array(full.prefix(full.count - 12)), boundary: "XyZ"))
        XCTAssertThrowsError(try Multipart.files(Array("no boundary here".utf8), boundary: "XyZ"))
    }

    func testFilenameStarAndEscapes() {
        XCTAssertEqual(Multipart.filename(inHeaders: "Content-Disposition: form-data; name=\"f\"; filename=\"x.txt\"; filename*=UTF-8''Laporan%20Kinerja.docx"), "Laporan Kinerja.docx")
        XCTAssertEqual(Multipart.filename(inHeaders: "content-disposition: form-data; name=f; filename=\"a\\\"b.txt\""), "a\"b.txt")
        XCTAssertNil(Multipart.filename(inHeaders: "Content-Disposition: form-data; name=\"f\""))
    }

    func testDisplayNameDropsFoldersAndControlCharacters() {
        XCTAssertEqual(UploadName.display("../../etc/passwd.docx"), "passwd.docx")
        XCTAssertEqual(UploadName.display("C:\\Users\\tu\\LKjIP.pdf"), "LKjIP.pdf")
        XCTAssertEqual(UploadName.display("a\u{0}b\nc.txt"), "abc.txt")
        XCTAssertEqual(UploadName.display(".."), "unggahan")
        XCTAssertEqual(UploadName.display(String(repeating: "x", count: 300) + ".docx").count, 116)
        XCTAssertEqual(UploadName.fileExtension("Draf.DOCX"), "docx")
        XCTAssertNil(UploadName.fileExtension("draf.exe"))
        XCTAssertNil(UploadName.fileExtension("docx"))
    }
}
