import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import LKjIPLint
import NIOCore

/// `lkjip-lint serve`: the office's checking page and the JSON API on one port.
public enum LKjIPServer {
    /// The application, ready to `runService()` (the CLI) or `run()` (tests).
    /// `onRunning` hears the port actually bound (useful with port 0).
    public static func application(_ options: ServeOptions, onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        let router = Router(context: ServeContext.self, options: .autoGenerateHeadEndpoints)
        if let sink = options.accessLog { router.add(middleware: AccessLogMiddleware(sink: sink)) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RefusalMiddleware(routes: routes))

        let check = CheckEndpoint(
            checker: UploadChecker(linter: options.linter, temporaryDirectory: options.temporaryDirectory),
            admission: CheckGate(limit: options.concurrentChecks + options.queuedChecks, queueLimit: 0),
            gate: CheckGate(limit: options.concurrentChecks, queueLimit: options.queuedChecks),
            maxUploadBytes: options.maxUploadBytes, timeoutSeconds: options.checkTimeoutSeconds)
        router.post("/api/v1/check") { request, context in try await check.handle(request, context: context) }
        router.get("/api/v1/rules") { request, _ in
            Responses.text(.ok, Responses.json, RulesDocument.json(Responses.language(request)))
        }
        router.get("/healthz") { _, _ in
            let (running, waiting) = check.gate.load
            return Responses.text(.ok, Responses.json,
                                  "{\"checksRunning\":\(running),\"checksWaiting\":\(waiting),\"maxUploadBytes\":\(options.maxUploadBytes),\"status\":\"ok\",\"version\":\"\(SARIFReporter.version)\"}\n")
        }
        // The page and its two files; the favicon request answered empty rather than 404.
        router.get("/") { _, _ in Responses.text(.ok, "text/html; charset=utf-8", PageHTML.html, headers: [.cacheControl: "no-cache"]) }
        router.get("/app.js") { _, _ in Responses.text(.ok, "text/javascript; charset=utf-8", PageScript.js, headers: [.cacheControl: "no-cache"]) }
        router.get("/app.css") { _, _ in Responses.text(.ok, "text/css; charset=utf-8", PageCSS.css, headers: [.cacheControl: "no-cache"]) }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/openapi.json") { _, _ in
            Responses.text(.ok, Responses.json, OpenAPIDocument.json, headers: [.cacheControl: "no-cache"])
        }

        var http1 = HTTP1Channel.Configuration()
        http1.idleTimeout = .seconds(options.idleTimeoutSeconds)
        return Application(
            router: router,
            server: .http1(configuration: http1),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "lkjip-lint",
                                 availableConnectionsDelegate: MaximumAvailableConnections(options.maxConnections)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? options.port) })
    }

    /// The page and its files: served to browsers, not part of the API document.
    static let pageRoutes: Set<String> = ["/", "/app.js", "/app.css", "/favicon.ico"]

    /// Every path the server answers and its methods (HEAD comes with every GET).
    static let routes: [String: [HTTPRequest.Method]] = [
        "/api/v1/check": [.post],
        "/api/v1/rules": [.get, .head],
        "/healthz": [.get, .head],
        "/openapi.json": [.get, .head],
        "/": [.get, .head],
        "/app.js": [.get, .head],
        "/app.css": [.get, .head],
        "/favicon.ico": [.get, .head],
    ]
}

/// `GET /api/v1/rules`: every rule with its level, pack and one-line summary.
enum RulesDocument {
    struct Rule: Encodable { let id: String, severity: String, pack: String, summary: String, rationale: String, source: String? }
    struct Root: Encodable { let rules: [Rule], version: String }

    static func json(_ language: Language) -> String {
        let rules = CheckRegistry.descriptions.map {
            Rule(id: $0.id, severity: $0.severity.rawValue, pack: $0.pack, summary: $0.summary.text(language),
                 rationale: $0.rationale.text(language), source: $0.source)
        }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Root(rules: rules, version: SARIFReporter.version))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
