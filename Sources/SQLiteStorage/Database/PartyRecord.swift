import Foundation
import GRDB
import Profiles

/// A record of one citizen–vacancy pair with a state — an interest, a placement — listed by a
/// `PartyFilter`: its table has the columns `state`, `citizenId`, `vacancyId` and `companyId`.
protocol PartyRecord: TableRecord {
    /// The values of its `state` column.
    associatedtype State: RawRepresentable & Sendable & Equatable where State.RawValue == String
}

extension DerivableRequest where RowDecoder: PartyRecord {
    /// The records `filter` selects: every field set must match.
    func filter(_ filter: PartyFilter<RowDecoder.State>) -> Self {
        var request = self
        if let state = filter.state { request = request.filter(Column("state") == state.rawValue) }
        if let id = filter.citizenId { request = request.filter(Column("citizenId") == id.lowercasedText) }
        if let id = filter.vacancyId { request = request.filter(Column("vacancyId") == id.lowercasedText) }
        if let id = filter.companyId { request = request.filter(Column("companyId") == id.lowercasedText) }
        if let code = filter.municipality {
            let citizens = Citizen.select(Citizen.Columns.id).filter(Citizen.Columns.municipalityCode == code.description)
            request = request.filter(citizens.contains(Column("citizenId")))
        }
        return request
    }
}
