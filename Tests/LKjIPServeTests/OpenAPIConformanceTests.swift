import Foundation
import XCTest
@testable import LKjIPServe

/// The served OpenAPI document against the server: every route it has is documented, and
/// every answer to a good or bad request validates (Tests/serve/openapi_conformance.py,
/// with openapi-spec-validator and jsonschema, installed by scripts/setup.sh).
final class OpenAPIConformanceTests: XCTestCase {
    func testEveryRouteIsDocumentedAndNothingElse() throws {
        let spec = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        let paths = spec?["paths"] as? [String: [String: Any]] ?? [:]
        let apiRoutes = LKjIPServer.routes.filter { !LKjIPServer.pageRoutes.contains($0.key) }
        XCTAssertEqual(Set(paths.keys), Set(apiRoutes.keys))
        for (path, methods) in apiRoutes {
            let documented = Set(paths[path]?.keys.map { $0.uppercased() } ?? [])
            XCTAssertEqual(documented, Set(methods.map(\.rawValue)).subtracting(["HEAD"]), path)
        }
    }

    func testEveryAnswerValidatesAgainstTheDocument() throws {
        guard let python = which("python3") else { throw XCTSkip("python3 is not installed; the OpenAPI conformance check did not run") }
        let server = try ServerHarness { $0.maxUploadBytes = 1_048_576 }
        defer { server.stop() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [repoRoot.appendingPathComponent("Tests/serve/openapi_conformance.py").path,
                       "http://127.0.0.1:\(server.port)", formatsDir.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 77 { throw XCTSkip(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("21 requests, 0 failure(s)"), text)
    }
}

/// The first `name` on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}
