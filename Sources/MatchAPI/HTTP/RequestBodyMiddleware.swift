import Hummingbird
import NIOCore
import Profiles

/// Reads the request body before the handlers: refuses one over the limit with 413 (declared
/// or, chunked, once read past it), reads a `POST` with no body and no `Content-Type` (accept,
/// withdraw, close …) as `{}`, so an operation whose body is optional sees no options rather
/// than invalid JSON, and refuses, naming the field, a key given twice or a number the decoder
/// would refuse without saying where (`JSONBodyCheck`).
struct RequestBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int
    /// What the spec allows of body values, for `JSONBodyCheck`.
    let bodyRules: JSONBodyCheck.Rules

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
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
        if body.readableBytes == 0, request.method == .post, request.headers[.contentType] == nil {
            var head = request.head
            head.headerFields[.contentType] = "application/json"
            request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: "{}")))
        }
        if body.readableBytes > 0,
           let field = JSONBodyCheck.problem(in: Array(buffer: body), rules: bodyRules) {
            throw APIProblem(.badRequest, "Malformed request", detail: "Field \(field.field) \(field.message).", errors: [field])
        }
        return try await next(request, context)
    }
}
