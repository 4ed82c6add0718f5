import Hummingbird
import NIOCore

/// Refuses bodies over the limit with 413 before any decoding, and buffers the rest. A `POST`
/// with no body and no `Content-Type` (accept, withdraw, close …) is read as `{}`, so an
/// operation whose body is optional sees no options rather than invalid JSON.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw HTTPError(.contentTooLarge)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            // A chunked body has no Content-Length to refuse up front: it is over once read past the limit.
            throw HTTPError(.contentTooLarge)
        }
        if body.readableBytes == 0, request.method == .post, request.headers[.contentType] == nil {
            var head = request.head
            head.headerFields[.contentType] = "application/json"
            request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: "{}")))
        }
        return try await next(request, context)
    }
}
