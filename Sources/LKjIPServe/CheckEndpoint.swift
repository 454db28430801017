import Foundation
import HTTPTypes
import Hummingbird
import LKjIPLint
import NIOCore

/// `POST /api/v1/check`: the uploads of one request, checked in one slot of the gate,
/// answered in the format asked for (`json`, the CLI's JSON, by default).
///
/// Two bounds: `admission` counts whole requests, from before their body is read, so at
/// most running + queued uploads are ever held in memory (others get 503 at once);
/// `gate` lets `concurrentChecks` of those run while the rest wait their turn.
struct CheckEndpoint: Sendable {
    let checker: UploadChecker
    let admission: CheckGate
    let gate: CheckGate
    let maxUploadBytes: Int
    let timeoutSeconds: Double

    enum Format: String, CaseIterable { case json, html, csv, bundle }

    func handle(_ request: Request, context: ServeContext) async throws -> Response {
        let query = request.uri.queryParameters
        if let l = query["lang"], Language(rawValue: String(l).lowercased()) == nil {
            throw Refusal(status: .badRequest, message: ServeMessages.badLanguage(String(l.prefix(20))))
        }
        let language = Responses.language(request)
        let formatName = query["format"].map { String($0).lowercased() } ?? "json"
        guard let format = Format(rawValue: formatName) else {
            throw Refusal(status: .badRequest, message: ServeMessages.badFormat(String(formatName.prefix(20))))
        }
        guard await admission.enter() else {
            throw Refusal(status: .serviceUnavailable, message: ServeMessages.busy, headers: [.retryAfter: "5"])
        }
        defer { admission.leave() }
        let uploads = try await self.uploads(request, filename: query["filename"].map(String.init))

        guard await gate.enter() else {
            throw Refusal(status: .serviceUnavailable, message: ServeMessages.busy, headers: [.retryAfter: "5"])
        }
        let checker = self.checker, gate = self.gate
        let outcome: Result<[FileResult], Error>
        do {
            outcome = try await Deadline.run(seconds: timeoutSeconds) {
                defer { gate.leave() }
                return Result { try checker.check(uploads) }
            }
        } catch is Deadline.Expired {
            throw Refusal(status: .serviceUnavailable, message: ServeMessages.timedOut, headers: [.retryAfter: "30"])
        }
        let results = try outcome.get()

        // Nothing readable: the reader's own sentence, as the CLI prints it (exit 2 there).
        if results.allSatisfy({ $0.error != nil }) {
            let parts = results.map { ServeMessages.unreadable($0.path, $0.error!.problem) }
            throw Refusal(status: .unprocessableContent,
                          message: Message(id: parts.map(\.id).joined(separator: " "), en: parts.map(\.en).joined(separator: " ")))
        }
        return render(results, format, language)
    }

    func render(_ results: [FileResult], _ format: Format, _ language: Language) -> Response {
        let base = results.count == 1 ? ((results[0].path as NSString).deletingPathExtension) : "lkjip-lint"
        let stem = "lkjip-lint-" + String(base.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_") }.map(Character.init))
        switch format {
        case .json:
            return Responses.text(.ok, Responses.json, JSONReporter().render(results, language: language))
        case .html:
            return Responses.text(.ok, "text/html; charset=utf-8", HTMLReporter().render(results, language: language),
                                  headers: [.contentDisposition: "attachment; filename=\"\(stem).html\""])
        case .csv:
            return Responses.text(.ok, "text/csv; charset=utf-8", CSVReporter().render(results, language: language),
                                  headers: [.contentDisposition: "attachment; filename=\"\(stem).csv\""])
        case .bundle:
            // For the page: one check, three downloads (the JSON exactly as `check` prints it).
            struct Bundle: Encodable { let json: String, html: String, csv: String, stem: String }
            let b = Bundle(json: JSONReporter().render(results, language: language),
                           html: HTMLReporter().render(results, language: language),
                           csv: CSVReporter().render(results, language: language), stem: stem)
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? enc.encode(b)) ?? Data("{}".utf8)
            return Responses.text(.ok, Responses.json, String(decoding: data, as: UTF8.self))
        }
    }

    /// The files of the request: parts of a multipart/form-data body, or the raw body
    /// named by `?filename=`. Refuses empty and oversized bodies, empty files, and names
    /// the linter has no reader for.
    func uploads(_ request: Request, filename: String?) async throws -> [Upload] {
        let limitMB = maxUploadBytes / 1_048_576
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxUploadBytes {
            throw Refusal(status: .contentTooLarge, message: ServeMessages.tooLarge(limitMB), headers: [.connection: "close"])
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxUploadBytes)
        } catch is NIOTooManyBytesError {
            throw Refusal(status: .contentTooLarge, message: ServeMessages.tooLarge(limitMB), headers: [.connection: "close"])
        }
        guard buffer.readableBytes > 0 else { throw Refusal(status: .badRequest, message: ServeMessages.emptyBody) }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []

        var uploads: [Upload]
        if let boundary = request.headers[.contentType].flatMap(Multipart.boundary(contentType:)) {
            do { uploads = try Multipart.files(bytes, boundary: boundary) } catch {
                throw Refusal(status: .badRequest, message: ServeMessages.malformedMultipart)
            }
            if uploads.isEmpty { throw Refusal(status: .badRequest, message: ServeMessages.emptyBody) }
        } else {
            guard let filename, !filename.isEmpty else { throw Refusal(status: .badRequest, message: ServeMessages.noFilename) }
            uploads = [Upload(name: filename, bytes: bytes)]
        }
        for u in uploads {
            let name = UploadName.display(u.name)
            if u.bytes.isEmpty { throw Refusal(status: .badRequest, message: ServeMessages.emptyFile(name)) }
            if UploadName.fileExtension(name) == nil {
                throw Refusal(status: .unsupportedMediaType, message: ServeMessages.unsupported(name))
            }
        }
        return uploads
    }
}
