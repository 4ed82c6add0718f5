import Foundation
import HTTPTypes
import Hummingbird

/// swift-openapi-runtime percent-encodes header values as URI components (`"1"` → `%221%22`),
/// which breaks `ETag` and `Location` for HTTP clients; this restores their literal values.
struct HeaderEncodingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for name in [HTTPField.Name.eTag, .location] {
            if let value = response.headers[name], let decoded = value.removingPercentEncoding {
                response.headers[name] = decoded
            }
        }
        return response
    }
}
