import Foundation
import XCTest
import ZIPFoundation
import LKjIPLint
@testable import LKjIPServe

/// The JSON API over real sockets: every endpoint, every bad request, and that the server
/// answers each with its status and a sentence and keeps serving.
final class APITests: XCTestCase {
    var server: ServerHarness!

    override func setUpWithError() throws { server = try ServerHarness() }
    override func tearDown() { server?.stop() }

    func fixture(_ name: String) throws -> [UInt8] {
        let url = formatsDir.appendingPathComponent(name)
        guard let d = FileManager.default.contents(atPath: url.path) else { throw XCTSkip("fixture \(url.path) missing") }
        return Array(d)
    }

    /// A .docx whose document.xml is 4 MB of one letter: about a thousandfold compression.
    func zipBomb() throws -> [UInt8] {
        let url = server.temporaryDirectory.appendingPathComponent("bomb-source.zip")
        let archive = try Archive(url: url, accessMode: .create)
        let xml = Data(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
            + String(repeating: "a", count: 4 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>").utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { pos, size in
            xml.subdata(in: Int(pos)..<Int(pos) + size)
        }
        let bytes = Array(try Data(contentsOf: url))
        try FileManager.default.removeItem(at: url)
        return bytes
    }

    func assertRefused(_ r: HTTPReply, _ status: Int, containing phrase: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, status, r.text, file: file, line: line)
        XCTAssertEqual(r.headers["content-type"], "application/json; charset=utf-8", file: file, line: line)
        let sentence = r.json?["error"] as? String ?? ""
        XCTAssertTrue(sentence.contains(phrase), "'\(sentence)' lacks '\(phrase)'", file: file, line: line)
        XCTAssertTrue(sentence.hasSuffix("."), "not a sentence: \(sentence)", file: file, line: line)
        XCTAssertEqual(r.json?["status"] as? Int, status, file: file, line: line)
    }

    func testEveryBadRequestInARowThenAGoodUpload() throws {
        assertRefused(try server.request("POST", "/api/v1/check"), 400, containing: "tidak berisi berkas")
        assertRefused(try server.upload([("acak.docx", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })]), 422,
                      containing: "bukan .docx")
        assertRefused(try server.upload([("bom.docx", try zipBomb())]), 422, containing: "bom ZIP")
        let sixty = [UInt8](repeating: UInt8(ascii: "a"), count: 60 * 1_048_576)
        assertRefused(try server.request("POST", "/api/v1/check?filename=besar.txt", body: sixty), 413, containing: "batas 50 MB")
        let wrong = try server.request("GET", "/api/v1/check")
        assertRefused(wrong, 405, containing: "gunakan POST")
        XCTAssertEqual(wrong.headers["allow"], "POST")
        assertRefused(try server.request("DELETE", "/healthz"), 405, containing: "GET")
        assertRefused(try server.request("GET", "/wp-admin/../../etc/passwd"), 404, containing: "tidak ada")

        // Still serving: a real draft, and the answer is exactly `lkjip-lint check --format json`.
        let good = try server.upload([("01-kanim-pangkalpinang-2024.docx", try fixture("01-kanim-pangkalpinang-2024.docx"))])
        XCTAssertEqual(good.status, 200, good.text)
        XCTAssertEqual(good.headers["content-type"], "application/json; charset=utf-8")
        let cli = try runCLI(["check", "--format", "json", "--fail-on", "none", "01-kanim-pangkalpinang-2024.docx"], in: formatsDir)
        XCTAssertEqual(cli.status, 0)
        XCTAssertEqual(good.text, cli.stdout)
        let summary = good.json?["summary"] as? [String: Int]
        XCTAssertEqual(summary, ["errors": 2, "warnings": 1, "infos": 6])
    }

    func testRawBodyWithFilenameIsTheSameAsMultipart() throws {
        let bytes = try fixture("10-format-features.docx")
        let raw = try server.request("POST", "/api/v1/check?filename=10-format-features.docx", headers: [("Content-Type", "application/octet-stream")], body: bytes)
        let multipart = try server.upload([("10-format-features.docx", bytes)])
        XCTAssertEqual(raw.status, 200)
        XCTAssertEqual(raw.text, multipart.text)
        XCTAssertEqual(((raw.json?["files"] as? [[String: Any]])?.first?["path"] as? String), "10-format-features.docx")
    }

    func testPDFAndMarkdownUploadsGiveTheCLIsJSONToo() throws {
        for name in ["07-bapas-makassar-2025.pdf", "07-bapas-makassar-2025.md"] {
            let r = try server.request("POST", "/api/v1/check?filename=\(name)", body: try fixture(name))
            XCTAssertEqual(r.status, 200, r.text)
            let cli = try runCLI(["check", "--format", "json", "--fail-on", "none", name], in: formatsDir)
            XCTAssertEqual(r.text, cli.stdout, name)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: server.temporaryDirectory.path), [])
    }

    func testSeveralFilesInOneRequestComeBackInOrderAndAnUnreadableOneIsReportedNotFatal() throws {
        let r = try server.upload([("b.md", try fixture("04-kanim-muara-bungo-2024.md")),
                                   ("rusak.docx", Array("bukan zip".utf8)),
                                   ("a.docx", try fixture("02-kanwil-sultra-2023.docx"))])
        XCTAssertEqual(r.status, 200, r.text)
        let files = r.json?["files"] as? [[String: Any]] ?? []
        XCTAssertEqual(files.map { $0["path"] as? String }, ["b.md", "rusak.docx", "a.docx"])
        XCTAssertNil(files[0]["error"] as? String)
        XCTAssertEqual(files[1]["error"] as? String, "berkas ini bukan .docx (bukan arsip ZIP/Office Open XML)")
        XCTAssertEqual((files[2]["diagnostics"] as? [Any])?.count, 7)
    }

    func testOtherRefusals() throws {
        assertRefused(try server.request("POST", "/api/v1/check", body: Array("Capaian 90%".utf8)), 400, containing: "?filename=")
        assertRefused(try server.upload([("laporan.exe", [1, 2, 3])]), 415, containing: "laporan.exe")
        assertRefused(try server.upload([("kosong.txt", [])]), 400, containing: "kosong")
        assertRefused(try server.upload([("a.txt", Array("x".utf8))], query: "?format=pdf"), 400, containing: "json, html, csv")
        assertRefused(try server.upload([("a.txt", Array("x".utf8))], query: "?lang=fr"), 400, containing: "id atau en")
        assertRefused(try server.request("POST", "/api/v1/check", headers: [("Content-Type", "multipart/form-data; boundary=zz")],
                                         body: Array("--zz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nterpotong".utf8)),
                      400, containing: "multipart")
        let en = try server.request("DELETE", "/api/v1/rules?lang=en")
        assertRefused(en, 405, containing: "not allowed")
        // A binary file named .txt is refused by the text reader with its own sentence.
        let binary = try server.upload([("biner.txt", [0, 159, 146, 150, 0, 0, 255, 254, 0, 1] + [UInt8](repeating: 0, count: 500))])
        XCTAssertEqual(binary.status, 422, binary.text)
        XCTAssertEqual(try server.request("GET", "/healthz").status, 200)
    }

    func testHTMLAndCSVDownloads() throws {
        let bytes = try fixture("01-kanim-pangkalpinang-2024.docx")
        let html = try server.upload([("01-kanim-pangkalpinang-2024.docx", bytes)], query: "?format=html")
        XCTAssertEqual(html.status, 200)
        XCTAssertEqual(html.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(html.headers["content-disposition"], "attachment; filename=\"lkjip-lint-01-kanim-pangkalpinang-2024.html\"")
        XCTAssertTrue(html.text.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.text.contains("<span class=\"badge error\">2 "))
        let csv = try server.upload([("01-kanim-pangkalpinang-2024.docx", bytes)], query: "?format=csv&lang=en")
        XCTAssertEqual(csv.headers["content-type"], "text/csv; charset=utf-8")
        let rows = csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.first, CSVReporter.columns.joined(separator: ","))
        XCTAssertEqual(rows.count, 1 + 9)
        let cli = try runCLI(["check", "--format", "csv", "--lang", "en", "--fail-on", "none", "01-kanim-pangkalpinang-2024.docx"], in: formatsDir)
        XCTAssertEqual(csv.text, cli.stdout)

        let bundle = try server.upload([("01-kanim-pangkalpinang-2024.docx", bytes)], query: "?format=bundle")
        let b = bundle.json ?? [:]
        XCTAssertEqual(b["html"] as? String, html.text)
        XCTAssertEqual(b["stem"] as? String, "lkjip-lint-01-kanim-pangkalpinang-2024")
        let cliJSON = try runCLI(["check", "--format", "json", "--fail-on", "none", "01-kanim-pangkalpinang-2024.docx"], in: formatsDir)
        XCTAssertEqual(b["json"] as? String, cliJSON.stdout)
    }

    func testRulesHealthAndSecurityHeaders() throws {
        let rules = try server.request("GET", "/api/v1/rules")
        XCTAssertEqual(rules.status, 200)
        let ids = (rules.json?["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, CheckRegistry.descriptions.map(\.id))
        let en = try server.request("GET", "/api/v1/rules?lang=en")
        let firstEN = (en.json?["rules"] as? [[String: Any]])?.first?["summary"] as? String
        XCTAssertEqual(firstEN, CheckRegistry.descriptions[0].summary.en)

        let health = try server.request("GET", "/healthz")
        XCTAssertEqual(health.json?["status"] as? String, "ok")
        XCTAssertEqual(try server.request("HEAD", "/healthz").status, 200)

        for r in [health, rules, try server.request("GET", "/nope"), try server.request("POST", "/api/v1/check")] {
            let csp = r.headers["content-security-policy"] ?? ""
            XCTAssertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp)
            XCTAssertEqual(r.headers["x-content-type-options"], "nosniff")
            XCTAssertEqual(r.headers["x-frame-options"], "DENY")
            XCTAssertEqual(r.headers["cache-control"], "no-store")
        }
    }

    /// Every check writes into a private folder and removes it, whatever the request gave.
    func testNoUploadRemainsOnDisk() throws {
        _ = try server.upload([("a.docx", try fixture("02-kanwil-sultra-2023.docx")), ("b.md", try fixture("02-kanwil-sultra-2023.md"))])
        _ = try server.upload([("rusak.docx", Array("PK\u{3}\u{4}rusak".utf8))])
        _ = try server.upload([("bom.docx", try zipBomb())])
        _ = try server.upload([("../../../tmp/keluar.txt", Array("Capaian kinerja 90%".utf8))])
        _ = try server.request("POST", "/api/v1/check?filename=x.pdf", body: Array("%PDF-1.4 rusak".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: server.temporaryDirectory.path)
        XCTAssertEqual(left, [], "left behind in \(server.temporaryDirectory.path)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/keluar.txt"))
    }

    func testAccessLogNamesTheRequestNeverItsContents() throws {
        let secret = "RAHASIA-ANGKA-987654"
        _ = try server.upload([("draf-rahasia.txt", Array("BAB I\nCapaian \(secret) sebesar 90%".utf8))], query: "?lang=en")
        _ = try server.request("POST", "/api/v1/check?filename=\(secret).txt", body: Array(secret.utf8))
        let log = server.log
        XCTAssertEqual(log.count, 2)
        XCTAssertTrue(log[0].contains(" 127.0.0.1 POST /api/v1/check 200 "), log[0])
        XCTAssertFalse(log.joined().contains(secret))
        XCTAssertFalse(log.joined().contains("rahasia"))
    }
}

/// The gate and the deadline, without a network.
final class CheckGateTests: XCTestCase {
    func testSlotsThenQueueThenBusy() async {
        let gate = CheckGate(limit: 1, queueLimit: 1)
        let first = await gate.enter()
        XCTAssertTrue(first)
        let waiter = Task { await gate.enter() }
        while gate.load.waiting == 0 { await Task.yield() }
        let third = await gate.enter()
        XCTAssertFalse(third, "beyond the queue: refused at once")
        gate.leave()
        let second = await waiter.value
        XCTAssertTrue(second, "the waiting check got the freed slot")
        XCTAssertEqual(gate.load.running, 1)
        gate.leave()
        XCTAssertEqual(gate.load.running, 0)
    }

    func testDeadlineAnswersOnTimeWhileTheWorkFinishes() async throws {
        let start = Date()
        do {
            _ = try await Deadline.run(seconds: 0.2) { Thread.sleep(forTimeInterval: 2); return 1 }
            XCTFail("no time-out")
        } catch is Deadline.Expired {}
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.5)
        let v = try await Deadline.run(seconds: 5) { 42 }
        XCTAssertEqual(v, 42)
    }
}

/// Limits that need a server of their own.
final class ServerLimitTests: XCTestCase {
    func testACheckOverTheTimeLimitIsAnswered503AndItsFolderStillGoes() throws {
        let server = try ServerHarness { $0.checkTimeoutSeconds = 0.001 }
        defer { server.stop() }
        let bytes = Array(try Data(contentsOf: formatsDir.appendingPathComponent("02-kanwil-sultra-2023.docx")))
        let r = try server.upload([("lambat.docx", bytes)])
        XCTAssertEqual(r.status, 503, r.text)
        XCTAssertTrue((r.json?["error"] as? String ?? "").contains("batas waktu"))
        XCTAssertEqual(r.headers["retry-after"], "30")
        // The lint itself runs to its end, then frees its slot and removes its folder.
        let deadline = Date().addingTimeInterval(30)
        while (try server.request("GET", "/healthz").json?["checksRunning"] as? Int) != 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: server.temporaryDirectory.path), [])
    }

    func testChunkedUploadOverTheLimitIs413AndASmallerLimitIsSaid() throws {
        let server = try ServerHarness { $0.maxUploadBytes = 1_048_576 }
        defer { server.stop() }
        // No Content-Length: the limit is found while the body is read.
        var chunked: [UInt8] = []
        for _ in 0..<3 { chunked += Array("80000\r\n".utf8) + [UInt8](repeating: 97, count: 0x80000) + Array("\r\n".utf8) }
        chunked += Array("0\r\n\r\n".utf8)
        let r = try server.request("POST", "/api/v1/check?filename=a.txt", headers: [("Transfer-Encoding", "chunked")], body: chunked)
        XCTAssertEqual(r.status, 413, r.text)
        XCTAssertTrue((r.json?["error"] as? String ?? "").contains("batas 1 MB"))
        XCTAssertEqual(try server.request("GET", "/healthz").status, 200)
    }
}

/// Beyond the slots and the queue: 503 with a sentence, and the running check still finishes.
final class BusyServerTests: XCTestCase {
    func testAFullQueueIsAnswered503WhileTheRunningCheckCompletes() throws {
        let server = try ServerHarness { $0.concurrentChecks = 1; $0.queuedChecks = 0 }
        defer { server.stop() }
        // A long draft (a corpus report 30 times) keeps the one slot busy for a second or more.
        let draft = try String(contentsOf: repoRoot.appendingPathComponent("corpus/02-kanwil-sultra-2023.md"), encoding: .utf8)
        let long = Array(String(repeating: draft + "\n", count: 30).utf8)
        let first = ResultBox()
        let t = Thread { first.reply = try? server.upload([("panjang.md", long)]) }
        t.start()
        let deadline = Date().addingTimeInterval(60)
        while (try server.request("GET", "/healthz").json?["checksRunning"] as? Int) != 1 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let busy = try server.upload([("b.md", Array(draft.utf8))])
        XCTAssertEqual(busy.status, 503, busy.text)
        XCTAssertEqual(busy.headers["retry-after"], "5")
        XCTAssertTrue((busy.json?["error"] as? String ?? "").contains("terlalu banyak"))
        let end = Date().addingTimeInterval(180)
        while first.reply == nil && Date() < end { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(first.reply?.status, 200)
        XCTAssertEqual(try server.upload([("b.md", Array(draft.utf8))]).status, 200, "served again once the slot is free")
    }

    private final class ResultBox: @unchecked Sendable { var reply: HTTPReply? }
}

/// `lkjip-lint serve` as an office starts it.
final class ServeCommandTests: XCTestCase {
    func testStartsOnLoopbackSaysWhereAndStopsOnSIGTERM() throws {
        let dir = Bundle.main.bundleURL.pathExtension == "xctest" ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        guard let exe = [dir, dir.deletingLastPathComponent()].map({ $0.appendingPathComponent("lkjip-lint") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { throw XCTSkip("lkjip-lint not built beside the tests") }
        let p = Process()
        p.executableURL = exe
        p.arguments = ["serve", "--port", "0", "--max-upload-mb", "2"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // The line naming the page, with the port the system gave.
        var said = ""
        let deadline = Date().addingTimeInterval(30)
        while !said.contains("/  (") && Date() < deadline {
            let d = err.fileHandleForReading.availableData
            if d.isEmpty { break }
            said += String(decoding: d, as: UTF8.self)
        }
        let port = said.components(separatedBy: "http://127.0.0.1:").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertNotNil(port, said)
        XCTAssertFalse(said.contains("PERINGATAN"), "no warning on loopback: \(said)")
        if let port {
            let health = try HTTPClient.send(port: port, method: "GET", path: "/healthz", headers: [], body: [])
            XCTAssertEqual(health.json?["maxUploadBytes"] as? Int, 2 * 1_048_576)
        }
        p.terminate()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .exit)
        XCTAssertEqual(p.terminationStatus, 0)
    }

    func testOnlyLoopbackAddressesCountAsThisMachine() {
        var o = ServeOptions()
        for (host, loopback) in [("127.0.0.1", true), ("localhost", true), ("::1", true), ("127.0.1.1", true),
                                 ("0.0.0.0", false), ("192.168.1.10", false), ("::", false)] {
            o.host = host
            XCTAssertEqual(o.isLoopback, loopback, host)
        }
    }
}
