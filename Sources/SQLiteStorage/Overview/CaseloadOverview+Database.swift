import Foundation
import GRDB
import MatchCore
import Profiles

/// The caseload figures, each one query over the records themselves (no counters). Raw SQL:
/// grouped counts, correlated subqueries and `julianday` arithmetic that no record says.
extension CaseloadOverview {
    /// The figures of a municipality's citizens between `from` and `to`; `strongMatch` counts
    /// the citizens among the ids given who have a strong match.
    static func fetch(
        _ db: Database, of code: MunicipalityCode, from: Date, to: Date,
        strongMatch: ([UUID]) -> Int
    ) throws -> CaseloadOverview {
        let m = code.description
        let ofMunicipality = "citizenId IN (SELECT id FROM citizen WHERE municipalityCode = ?)"
        func count(_ sql: String, _ arguments: StatementArguments) throws -> Int {
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
        func grouped<K: RawRepresentable>(_ sql: String, _ arguments: StatementArguments, _ key: K.Type) throws -> [K: Int]
        where K.RawValue == String {
            var result: [K: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                if let k = K(rawValue: try row.decode(String.self, atIndex: 0)) { result[k] = try row.decode(Int.self, atIndex: 1) }
            }
            return result
        }
        let citizenIds = try String.fetchAll(db, sql: "SELECT id FROM citizen WHERE municipalityCode = ?", arguments: [m])
            .compactMap(UUID.init(uuidString:))
        let active = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT p.citizenId, c.hoursCurrent,
                  (SELECT h.current FROM citizenHoursHistory h WHERE h.citizenId = p.citizenId AND h.at <= ? ORDER BY h.at DESC, h.id DESC LIMIT 1) AS before,
                  (SELECT h.current FROM citizenHoursHistory h WHERE h.citizenId = p.citizenId ORDER BY h.at, h.id LIMIT 1) AS first
                FROM placement p JOIN citizen c ON c.id = p.citizenId
                WHERE p.state = 'active' AND c.municipalityCode = ?
                """, arguments: [from, m])
        let firstPlacementDays = try Double.fetchAll(
            db,
            sql: """
                SELECT julianday(f.firstStart) - julianday(c.createdAt) FROM
                  (SELECT citizenId, MIN(startDate) AS firstStart FROM placement GROUP BY citizenId) f
                  JOIN citizen c ON c.id = f.citizenId
                WHERE c.municipalityCode = ? AND f.firstStart >= ? AND f.firstStart < ?
                """, arguments: [m, from, to])
        let answerHours = try Double.fetchAll(
            db,
            sql: """
                SELECT (julianday(answeredAt) - julianday(createdAt)) * 24 FROM interest
                WHERE \(ofMunicipality) AND answeredAt >= ? AND answeredAt < ?
                """, arguments: [m, from, to])
        let slots = try Row.fetchAll(
            db,
            sql: """
                SELECT co.id, co.name, SUM(v.capacity) AS capacity,
                  SUM(v.occupiedOutside + (SELECT COUNT(*) FROM placement p WHERE p.vacancyId = v.id AND p.state = 'active')) AS taken
                FROM vacancy v JOIN company co ON co.id = v.companyId
                WHERE v.source = 'slot' AND v.status = 'open' AND co.municipalityCode = ?
                GROUP BY co.id ORDER BY co.name, co.id
                """, arguments: [m]
        ).map { row in
            SlotOccupancy(
                companyId: try row.uuid("id"), companyName: try row.decode(forColumn: "name"),
                capacity: try row.decode(forColumn: "capacity"), occupied: try row.decode(forColumn: "taken"))
        }
        return CaseloadOverview(
            citizensByStatus: try grouped(
                "SELECT status, COUNT(*) FROM citizen WHERE municipalityCode = ? GROUP BY status", [m],
                CitizenStatus.self),
            visibleToCompanies: try count("SELECT COUNT(*) FROM citizen WHERE municipalityCode = ? AND visibleToCompanies = 1", [m]),
            withStrongMatch: strongMatch(citizenIds),
            withPendingInterest: try count(
                "SELECT COUNT(DISTINCT citizenId) FROM interest WHERE state = 'pending' AND \(ofMunicipality)", [m]),
            activeInPlacement: active.count,
            withPaidHours: try count(
                """
                SELECT COUNT(DISTINCT p.citizenId) FROM placement p WHERE p.state = 'active' AND p.\(ofMunicipality) AND
                  (SELECT pp.paidHours FROM placementProgress pp WHERE pp.placementId = p.id ORDER BY pp.date DESC, pp.id DESC LIMIT 1) > 0
                """, [m]),
            placementsStarted: try grouped(
                """
                SELECT kind, COUNT(*) FROM placement WHERE \(ofMunicipality) AND startDate >= ? AND startDate < ? GROUP BY kind
                """, [m, from, to], EmploymentKind.self),
            placementsEnded: try grouped(
                """
                SELECT outcome, COUNT(*) FROM placement WHERE \(ofMunicipality) AND state = 'ended' AND endDate >= ? AND endDate < ?
                GROUP BY outcome
                """, [m, from, to], PlacementOutcome.self),
            medianDaysToFirstPlacement: firstPlacementDays.map { ($0 * 10).rounded() / 10 }.median,
            hoursNow: try active.map { try $0.decode(Double.self, forColumn: "hoursCurrent") },
            hoursAtStart: try active.map { row in
                try row.decode(Double?.self, forColumn: "before") ?? row.decode(Double?.self, forColumn: "first")
                    ?? row.decode(Double.self, forColumn: "hoursCurrent")
            },
            interestsCreated: try count(
                "SELECT COUNT(*) FROM interest WHERE \(ofMunicipality) AND createdAt >= ? AND createdAt < ?",
                [m, from, to]),
            interestsAnswered: answerHours.count,
            interestsAccepted: try count(
                """
                SELECT COUNT(*) FROM interest WHERE \(ofMunicipality) AND state = 'accepted' AND closedAt >= ? AND closedAt < ?
                """, [m, from, to]),
            medianHoursToAnswer: answerHours.median.map { ($0 * 10).rounded() / 10 },
            slots: slots)
    }
}

extension SQLiteStore {
    public func overview(of municipality: MunicipalityCode, from: Date, to: Date) async throws -> CaseloadOverview {
        try await database.read { [index] db in
            try CaseloadOverview.fetch(db, of: municipality, from: from, to: to) { ids in
                index.read { matchIndex in
                    ids.filter { !(matchIndex.topVacancies(for: EntityID($0), query: MatchQuery(limit: 1, minScore: 70)) ?? []).isEmpty }
                        .count
                }
            }
        }
    }
}
