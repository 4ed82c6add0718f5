import Foundation
import Hummingbird
import NIOCore
import Profiles

/// Reads the request body before the handlers: refuses one over the limit with 413 (declared
/// or, chunked, once read past it); reads a `POST` with an empty body as `{}` whatever its
/// `Content-Type` (`curl -d ''` and many HTTP libraries send a form type with no body), so an
/// action whose body is optional (accept, withdraw, close …) sees no options rather than an
/// unexpected content type, and one whose body is required names the missing fields; refuses a
/// body that is not declared `application/json` with 415 (never guessed from its bytes); and
/// refuses, naming the field, a key given twice or a number the decoder would refuse without
/// saying where (`JSONBodyCheck`). The sign-in routes under `/auth/` take forms as well as JSON
/// and read their bodies themselves (`FormBody`, with the same limit).
struct RequestBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int
    /// What the spec allows of body values, for `JSONBodyCheck`.
    let bodyRules: JSONBodyCheck.Rules

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path.hasPrefix("/auth/") { return try await next(request, context) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw HTTPError(.contentTooLarge)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        if body.readableBytes == 0 {
            if request.method == .post {
                var head = request.head
                head.headerFields[.contentType] = "application/json"
                request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: "{}")))
            }
        } else if request.method == .post || request.method == .put {
            guard Self.isJSON(request.headers[.contentType]) else { throw APIProblem.unsupportedMediaType }
            // Media types are case-insensitive and JSON is UTF-8: one spelling for the decoder.
            var head = request.head
            head.headerFields[.contentType] = "application/json"
            request = Request(head: head, body: RequestBody(buffer: body))
            if let field = JSONBodyCheck.problem(in: Array(buffer: body), rules: bodyRules) {
                throw APIProblem(.badRequest, "Malformed request", detail: "Field \(field.field) \(field.message).", errors: [field])
            }
        }
        return try await next(request, context)
    }

    /// `application/json`, in any case, with or without parameters (`; charset=utf-8`).
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }
}
