import Foundation
import GRDB
import MatchCore
import Profiles

/// A principal stored in four columns — `role`, `municipalityCode`, `companyId`, `citizenId` —
/// named after whose it is (`ownerRole`, `ownerMunicipalityCode`… for a subscription's owner).
extension Principal {
    /// The principal in the columns of `prefix` ("" for the plain names); a municipality code
    /// that is not three digits reads as none.
    init(row: Row, prefix: String = "") throws {
        self.init(role: try row.raw(Role.self, Self.column("role", prefix)),
                  municipalityCode: try row.decode(String?.self, forColumn: Self.column("municipalityCode", prefix))
                      .flatMap(MunicipalityCode.init),
                  companyId: try row.optionalUUID(Self.column("companyId", prefix)),
                  citizenId: try row.optionalUUID(Self.column("citizenId", prefix)))
    }

    /// Writes the principal into the columns of `prefix`.
    func encode(to container: inout PersistenceContainer, prefix: String = "") {
        container[Self.column("role", prefix)] = role.rawValue
        container[Self.column("municipalityCode", prefix)] = municipalityCode?.description
        container[Self.column("companyId", prefix)] = companyId?.lowercasedText
        container[Self.column("citizenId", prefix)] = citizenId?.lowercasedText
    }

    /// `name` with `prefix` before it: "role", "owner" → "ownerRole".
    private static func column(_ name: String, _ prefix: String) -> String {
        prefix.isEmpty ? name : prefix + name.prefix(1).uppercased() + name.dropFirst()
    }
}
