import Foundation
import HTTPTypes
import Hummingbird
import LKjIPLint

/// One access-log line per request: client, method, path (no query: it may name a
/// file), status, bytes sent, milliseconds. Never a header or a byte of an upload.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = ServeContext
    let sink: @Sendable (String) -> Void

    func handle(_ request: Request, context: ServeContext, next: (Request, ServeContext) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await next(request, context)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let stamp = ISO8601DateFormatter().string(from: Date())
        let path = String(request.uri.path.prefix(200).filter { !$0.isNewline })
        sink("\(stamp) \(context.remote) \(request.method.rawValue) \(path) \(response.status.code) \(response.body.contentLength.map(String.init) ?? "-") \(String(format: "%.1f", ms))ms")
        return response
    }
}

/// Headers every response carries: a Content-Security-Policy with no inline script and
/// nothing from elsewhere, no MIME sniffing, no framing, no referrer, no caching of results.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServeContext
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: ServeContext, next: (Request, ServeContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Turns every failure into a status and a sentence, so a bad request never ends the
/// server or a connection without an answer: refusals as they are, a path that exists
/// under another method as 405 (with Allow), other unknown paths as 404, anything
/// unexpected as 500.
struct RefusalMiddleware: RouterMiddleware {
    typealias Context = ServeContext
    /// Each route and the methods it answers, for telling 405 from 404.
    let routes: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: ServeContext, next: (Request, ServeContext) async throws -> Response) async throws -> Response {
        let language = Responses.language(request)
        do {
            return try await next(request, context)
        } catch let r as Refusal {
            return Responses.refusal(r, language)
        } catch let e as HTTPError where e.status == .notFound {
            let path = request.uri.path
            if let allowed = routes[path] {
                let names = allowed.map(\.rawValue)
                return Responses.refusal(Refusal(status: .methodNotAllowed,
                                                 message: ServeMessages.methodNotAllowed(request.method.rawValue, path, allowed: names),
                                                 headers: [.allow: names.joined(separator: ", ")]), language)
            }
            return Responses.refusal(Refusal(status: .notFound, message: ServeMessages.notFound(String(path.prefix(200)))), language)
        } catch {
            context.logger.error("request failed: \(String(describing: type(of: error)))")
            return Responses.refusal(Refusal(status: .internalServerError, message: ServeMessages.internalError), language)
        }
    }
}
