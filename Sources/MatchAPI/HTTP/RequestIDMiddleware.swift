import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Profiles

/// Gives every request an id (the client's `X-Request-Id` when it is sane, else a new one),
/// answers it in `X-Request-Id`, puts it on the request's logger, and logs each request once.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = request.headers[HTTPField.Name.requestID].flatMap(Self.acceptable) ?? UUID().lowercasedText
        var context = context
        context.logger[metadataKey: "request_id"] = .string(id)
        let start = ContinuousClock.now
        var response = try await RequestValues.$requestId.withValue(id) { try await next(request, context) }
        response.headers[HTTPField.Name.requestID] = id
        let elapsed = ContinuousClock.now - start
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .stringConvertible(
                    Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
                        + Double(elapsed.components.seconds) * 1000),
            ])
        return response
    }

    private static func acceptable(_ value: String) -> String? {
        guard (1...100).contains(value.count),
            value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        else { return nil }
        return value
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`, parsed once (a generic middleware cannot hold a static constant).
    static let requestID = HTTPField.Name("X-Request-Id")!
}
