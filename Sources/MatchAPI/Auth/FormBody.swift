import Foundation
import Hummingbird
import Profiles

/// The fields of a sign-in route's body: a form (`application/x-www-form-urlencoded`, as pages
/// post) or a JSON object of strings, and which of the two it was (the answer follows: a page
/// for a form, JSON for JSON).
struct FormBody: Sendable {
    /// The fields, by name; a field given twice keeps its first value.
    let fields: [String: String]
    /// Whether the body was a form (else JSON, or none).
    let isForm: Bool

    /// Reads at most `maxBytes` of `request`'s body. A type other than a form or JSON is 415;
    /// JSON that is not an object of strings is 400.
    static func read(_ request: Request, maxBytes: Int) async throws -> FormBody {
        var request = request
        let buffer = try await request.collectBody(upTo: maxBytes)
        let bytes = Data(buffer: buffer)
        let type = (request.headers[.contentType] ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
            var fields: [String: String] = [:]
            for (name, value) in object {
                guard let text = value as? String else { throw APIProblem.badRequest("\(name) must be a string.", field: name) }
                fields[name] = text
            }
            return FormBody(fields: fields, isForm: false)
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
