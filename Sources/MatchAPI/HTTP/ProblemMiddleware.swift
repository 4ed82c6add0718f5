import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIRuntime
import Profiles

/// Turns every error into an RFC 9457 problem+json answer: the handlers' `APIProblem`s, failed
/// validation (422 naming each field), store outcomes (404, 412), undecodable requests (400,
/// never 500), unknown routes (404) and oversized bodies (413). Anything unexpected is a 500
/// that says nothing of the internals; a log-safe summary (`ErrorSummary`) goes to the log with
/// the request id — never the request, its headers or its body.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problems.problem(for: error)
            if problem.status == .internalServerError {
                context.logger.error("unhandled error", metadata: ["error": .string(ErrorSummary.describe(error))])
            }
            return Problems.response(problem)
        }
    }
}

/// How errors become problems and problems become responses.
enum Problems {
    /// The problem an error is answered with.
    static func problem(for error: any Error) -> APIProblem {
        switch error {
        case let problem as APIProblem:
            return problem
        case let failure as ValidationFailure:
            return .unprocessable(failure.errors)
        case let refusal as WorkflowRefusal:
            return .refused(refusal)
        case let store as StoreError:
            switch store {
            case .notFound: return .notFound
            case .versionMismatch(let current):
                return APIProblem(
                    .preconditionFailed, "Precondition failed",
                    detail: "If-Match does not match the current version (ETag \"\(current)\").",
                    errors: [FieldError(field: "If-Match", message: "stale: the current ETag is \"\(current)\"")])
            case .conflict(let field, let message):
                return .unprocessable([FieldError(field: field, message: message)])
            case .invalidCursor:
                return Paging.invalidCursor
            case .invalid(let field):
                return .unprocessable([FieldError(field: field, message: "is not valid")])
            }
        case let server as ServerError:
            if server.operationInput == nil {
                return decodingProblem(server.underlyingError, cause: server.causeDescription)
            }
            return problem(for: server.underlyingError)
        case let http as HTTPError:
            switch http.status {
            case .notFound: return APIProblem(.notFound, "Not found", detail: "No such route.")
            case .contentTooLarge: return APIProblem(.contentTooLarge, "Payload too large", detail: "The request body exceeds 256 KiB.")
            case .methodNotAllowed:
                return APIProblem(.methodNotAllowed, "Method not allowed", detail: "The route does not accept this method.")
            default:
                if http.status.kind == .clientError {
                    return APIProblem(http.status, http.status.reasonPhrase, detail: http.body ?? http.status.reasonPhrase)
                }
                return internalError
            }
        default:
            return internalError
        }
    }

    static let internalError = APIProblem(
        .internalServerError, "Internal error",
        detail: "The server could not complete the request; it has been logged.")

    /// A request the generated code could not read: name the field when the decoder knows it.
    static func decodingProblem(_ error: any Error, cause: String) -> APIProblem {
        var underlying: any Error = error
        while let wrapped = (underlying as? ServerError)?.underlyingError { underlying = wrapped }
        if let decoding = findDecodingError(underlying) {
            switch decoding {
            case .keyNotFound(let key, let context):
                let field = path(context.codingPath + [key])
                return APIProblem(
                    .badRequest, "Malformed request", detail: "Missing field \(field).",
                    errors: [FieldError(field: field, message: "is required")])
            case .typeMismatch(let type, let context):
                let field = path(context.codingPath)
                if field.isEmpty {
                    return APIProblem(
                        .badRequest, "Malformed request", detail: "The body must be a JSON object.",
                        errors: [FieldError(field: "body", message: "must be a JSON object")])
                }
                return APIProblem(
                    .badRequest, "Malformed request", detail: "Field \(field) has the wrong type.",
                    errors: [FieldError(field: field, message: "must be of type \(type)")])
            case .valueNotFound(_, let context):
                let field = path(context.codingPath)
                return APIProblem(
                    .badRequest, "Malformed request", detail: "Field \(field) must not be null.",
                    errors: [FieldError(field: field, message: "must not be null")])
            case .dataCorrupted(let context):
                let field = path(context.codingPath)
                if field.isEmpty {
                    return APIProblem(
                        .badRequest, "Malformed request", detail: "The body is not valid JSON.",
                        errors: [FieldError(field: "body", message: "is not valid JSON")])
                }
                return APIProblem(
                    .badRequest, "Malformed request", detail: "Field \(field) has an invalid value.",
                    errors: [FieldError(field: field, message: "has an invalid value")])
            @unknown default:
                break
            }
        }
        return APIProblem(.badRequest, "Malformed request", detail: "The request could not be read: \(sanitized(cause)).")
    }

    private static func findDecodingError(_ error: any Error) -> DecodingError? {
        if let decoding = error as? DecodingError { return decoding }
        let mirror = Mirror(reflecting: error)
        for child in mirror.children {
            if let nested = child.value as? any Error, let found = findDecodingError(nested) { return found }
        }
        return nil
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    private static func sanitized(_ text: String) -> String {
        String(text.prefix(200))
    }

    /// The problem+json response.
    static func response(_ problem: APIProblem) -> Response {
        let body = ProblemBody(
            type: "about:blank", title: problem.title, status: problem.status.code, detail: problem.detail,
            requestId: RequestValues.requestId, errors: problem.errors, rule: problem.rule,
            nextAllowedAt: problem.nextAllowedAt)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(body)) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if problem.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if !problem.allow.isEmpty { headers[.allow] = problem.allow.joined(separator: ", ") }
        if problem.status == .tooManyRequests, let next = problem.nextAllowedAt {
            headers[.retryAfter] = String(max(0, Int(next.timeIntervalSinceNow.rounded(.up))))
        }
        return Response(status: problem.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The RFC 9457 document.
private struct ProblemBody: Encodable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let requestId: String
    let errors: [FieldError]
    let rule: String?
    let nextAllowedAt: Date?
}
