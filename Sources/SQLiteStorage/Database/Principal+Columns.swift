import Foundation
import GRDB
import MatchCore
import Profiles

/// A principal stored in four columns: `role`, `municipalityCode`, `companyId`, `citizenId`
/// (an API token's), or the same named for a subscription's owner (`ownerRole`…).
extension Principal {
    /// The names of the four columns a principal is stored in, made once.
    struct ColumnNames: Sendable {
        let role: String, municipalityCode: String, companyId: String, citizenId: String

        /// `role`, `municipalityCode`, `companyId`, `citizenId`.
        static let plain = ColumnNames(role: "role", municipalityCode: "municipalityCode", companyId: "companyId", citizenId: "citizenId")
        /// `ownerRole`, `ownerMunicipalityCode`, `ownerCompanyId`, `ownerCitizenId`.
        static let owner = ColumnNames(
            role: "ownerRole", municipalityCode: "ownerMunicipalityCode", companyId: "ownerCompanyId",
            citizenId: "ownerCitizenId")
    }

    /// The principal in `columns`; a municipality code that is not three digits reads as none.
    init(row: Row, columns: ColumnNames = .plain) throws {
        self.init(
            role: try row.raw(Role.self, columns.role),
            municipalityCode: try row.decode(String?.self, forColumn: columns.municipalityCode).flatMap(MunicipalityCode.init),
            companyId: try row.optionalUUID(columns.companyId), citizenId: try row.optionalUUID(columns.citizenId))
    }

    /// Writes the principal into `columns`.
    func encode(to container: inout PersistenceContainer, columns: ColumnNames = .plain) {
        container[columns.role] = role.rawValue
        container[columns.municipalityCode] = municipalityCode?.description
        container[columns.companyId] = companyId?.lowercasedText
        container[columns.citizenId] = citizenId?.lowercasedText
    }
}
