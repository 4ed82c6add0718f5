import Foundation
import MatchCore
import Profiles

// How handlers read ids, codes and versions from a request: each bad one a problem naming it.

/// Parses an id given as a path or query parameter; one that is not a UUID is a 400 naming it
/// (`ParameterMiddleware` refuses it before, by the spec's `format: uuid`).
func parseID(_ text: String, field: String = "id") throws -> UUID {
    guard let id = UUID(uuidString: text) else { throw APIProblem.badRequest("\(field) must be a UUID.", field: field) }
    return id
}

/// Parses a municipality code in a body; one that is no municipality's is a 422 naming the field.
func municipality(_ text: String, field: String) throws -> MunicipalityCode {
    guard let code = MunicipalityCode(text) else {
        throw APIProblem.unprocessable([FieldError(field: field, message: "unknown municipality code \(text)")])
    }
    return code
}

extension APIHandler {
    /// One rule for every query filter on a taxonomy code: a code the taxonomy does not have is
    /// a 400 naming the parameter — never an empty list that reads as "none of those".
    func municipalityParameter(_ text: String, name: String) throws -> MunicipalityCode {
        guard let code = MunicipalityCode(text), taxonomy.municipalities[code] != nil else {
            throw APIProblem.badRequest("\(name) \(text) is no municipality's code.", field: name)
        }
        return code
    }

    /// A query parameter naming an occupation, by the same rule as `municipalityParameter`.
    func occupationParameter(_ text: String, name: String) throws -> String {
        guard taxonomy.occupationIndex[text] != nil else {
            throw APIProblem.badRequest("\(name) \(text) is no occupation in the taxonomy.", field: name)
        }
        return text
    }
}

/// The version an `If-Match` header asks for: nil for none or `*`; a malformed one is a 400.
func parseIfMatch(_ header: String?) throws -> Int? {
    guard let header, header != "*" else { return nil }
    let trimmed = header.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "")
        .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    guard let version = Int(trimmed) else { throw APIProblem.badRequest("If-Match must be an ETag such as \"3\".", field: "If-Match") }
    return version
}
