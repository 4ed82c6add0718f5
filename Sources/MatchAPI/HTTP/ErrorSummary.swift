import OpenAPIRuntime
import Profiles
import SQLiteStorage

/// What the log may say of an error: its kind and where it happened, never its values.
///
/// An error's own description is not safe to log: the generated server's `ServerError` prints
/// the whole request (the `Authorization` header and the decoded body with names, e-mails and
/// needs), a `DecodingError` quotes the value it could not read, and a database error's
/// statement carries its arguments. So the summary keeps operation ids, type names, coding
/// paths and result codes, and nothing else.
enum ErrorSummary {
    /// A log-safe one-line summary of `error`.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let server as ServerError:
            return "operation \(server.operationID): \(describe(server.underlyingError))"
        case let decoding as DecodingError:
            return "DecodingError.\(kind(decoding)) at \(path(decoding))"
        default:
            return StoreDiagnostics.summary(of: error) ?? String(reflecting: type(of: error))
        }
    }

    private static func kind(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch: "typeMismatch"
        case .valueNotFound: "valueNotFound"
        case .keyNotFound: "keyNotFound"
        case .dataCorrupted: "dataCorrupted"
        @unknown default: "unknown"
        }
    }

    private static func path(_ error: DecodingError) -> String {
        let context: DecodingError.Context? =
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
                .dataCorrupted(let context):
                context
            @unknown default: nil
            }
        let keys = context?.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue } ?? []
        return keys.isEmpty ? "the top level" : keys.joined(separator: ".")
    }
}
