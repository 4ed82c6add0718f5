import Foundation
import Profiles

/// The roles table of design.md, object by object. A caller asking for something outside their
/// scope gets 404 (existence is never confirmed); a role that may never do something gets 403.
enum Access {
    /// The caller of the current request.
    static func caller() throws -> Principal {
        guard let principal = RequestValues.principal else { throw APIProblem.unauthorized }
        return principal
    }

    /// Whether the caller may read and write this citizen's full profile.
    static func mayManage(_ citizen: Citizen, _ principal: Principal) -> Bool {
        switch principal.role {
        case .admin: true
        case .consultant: citizen.municipalityCode == principal.municipalityCode
        case .citizen: citizen.id == principal.citizenId
        case .company: false
        }
    }

    /// Whether the caller may change this company's record and its openings and slots
    /// (consultants and citizens read them).
    static func mayManage(companyId: UUID, _ principal: Principal) -> Bool {
        switch principal.role {
        case .admin: true
        case .company: companyId == principal.companyId
        case .consultant, .citizen: false
        }
    }

    /// Whether the caller may read this company's openings and slots (and the company itself).
    static func mayRead(companyId: UUID, _ principal: Principal) -> Bool {
        principal.role == .company ? companyId == principal.companyId : true
    }

    /// Refuses a role outright.
    static func require(_ principal: Principal, oneOf roles: Set<Role>, to action: String) throws {
        guard roles.contains(principal.role) else { throw APIProblem.forbidden("The \(principal.role.rawValue) role may not \(action).") }
    }
}

/// Opaque list cursors: the last id of the previous page, base64url-encoded.
enum Cursor {
    static func encode(_ id: UUID?) -> String? {
        id.map { Data($0.uuidString.lowercased().utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "") }
    }

    static func decode(_ text: String?) throws -> UUID? {
        guard let text else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let id = UUID(uuidString: String(decoding: data, as: UTF8.self)) else {
            throw APIProblem.badRequest("cursor is not one this server issued", field: "cursor")
        }
        return id
    }

    static func limit(_ value: Int?) throws -> Int {
        let limit = value ?? 20
        guard (1...100).contains(limit) else {
            throw APIProblem.unprocessable([FieldError(field: "limit", message: "must be between 1 and 100")])
        }
        return limit
    }
}
