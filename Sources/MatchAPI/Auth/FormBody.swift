import Foundation
import Hummingbird
import Profiles

/// The fields of a sign-in route's body — a form (`application/x-www-form-urlencoded`, as pages
/// post) or a JSON object — and whether a browser sent it: a form post that accepts HTML is
/// answered with a page or a redirect, anything else with JSON.
struct FormBody: Sendable {
    /// The text fields, by name; a field given twice keeps its first value; JSON values that are
    /// not strings are left out (a route that needs the field finds it missing).
    let fields: [String: String]
    /// Whether the body was a form (else JSON, or none).
    let isForm: Bool
    /// Whether the request prefers HTML (`Accept: text/html`, as browsers send).
    var acceptsHTML = false

    /// A browser's form post: answered with pages and redirects.
    var fromBrowser: Bool { isForm && acceptsHTML }

    /// Reads at most `maxBytes` of `request`'s body. A type other than a form or JSON is 415;
    /// JSON that is not an object of strings is 400.
    static func read(_ request: Request, maxBytes: Int) async throws -> FormBody {
        var body = try await parse(request, maxBytes: maxBytes)
        body.acceptsHTML = request.headers[.accept]?.lowercased().contains("text/html") ?? false
        return body
    }

    private static func parse(_ request: Request, maxBytes: Int) async throws -> FormBody {
        var request = request
        let buffer = try await request.collectBody(upTo: maxBytes)
        let bytes = Data(buffer: buffer)
        let type = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        if bytes.isEmpty { return FormBody(fields: [:], isForm: type == "application/x-www-form-urlencoded") }
        switch type {
        case "application/x-www-form-urlencoded":
            var fields: [String: String] = [:]
            for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = decode(parts[0]) else { continue }
                let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
                if fields[name] == nil { fields[name] = value }
            }
            return FormBody(fields: fields, isForm: true)
        case "application/json":
            guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
                throw APIProblem.badRequest("The body is not a JSON object.")
            }
            return FormBody(fields: object.compactMapValues { $0 as? String }, isForm: false)
        default:
            throw APIProblem(
                .unsupportedMediaType, "Unsupported media type",
                detail: "Send the body as application/json or application/x-www-form-urlencoded.",
                errors: [FieldError(field: "Content-Type", message: "must be application/json or application/x-www-form-urlencoded")])
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
