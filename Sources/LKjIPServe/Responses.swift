import Foundation
import HTTPTypes
import Hummingbird
import LKjIPLint

/// A request refused with a status and a sentence saying why (in the request's language).
struct Refusal: Error {
    let status: HTTPResponse.Status
    let message: Message
    var headers: HTTPFields = [:]
}

enum Responses {
    static let json = "application/json; charset=utf-8"

    static func text(_ status: HTTPResponse.Status, _ contentType: String, _ body: String, headers: HTTPFields = [:]) -> Response {
        var h: HTTPFields = [.contentType: contentType]
        h.append(contentsOf: headers)
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `{"error": "<sentence>", "status": 413}`: what every refused request gets.
    static func refusal(_ r: Refusal, _ language: Language) -> Response {
        struct Body: Encodable { let error: String, status: Int }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Body(error: r.message.text(language), status: r.status.code))) ?? Data()
        return text(r.status, json, String(decoding: data, as: UTF8.self) + "\n", headers: r.headers)
    }

    /// The language a request asks for (`?lang=en`), Bahasa Indonesia otherwise.
    static func language(_ request: Request) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0).lowercased()) } ?? .id
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let crossOriginResourcePolicy = HTTPField.Name("Cross-Origin-Resource-Policy")!
}
