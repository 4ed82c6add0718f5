import Foundation
import GRDB
import MatchCore
import Profiles

/// The statements of the interest workflow, run inside a store's transaction.
extension AppDatabase {
    // MARK: - Interests

    static func insert(_ interest: Interest, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO interest (id, citizenId, vacancyId, source, companyId, initiator, createdByRole, createdByScope,
                  createdByToken, message, snapshot, state, citizenAnswer, companyAnswer, citizenAnsweredAt, companyAnsweredAt,
                  answeredAt, sharedNeeds, declineReason, declineText, remindedAt, closedAt, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [interest.id.lowercasedText, interest.citizenId.lowercasedText, interest.vacancyId.lowercasedText,
                        interest.source.rawValue, interest.companyId.lowercasedText, interest.initiator.rawValue,
                        interest.createdBy.role.rawValue, interest.createdBy.scope, interest.createdBy.tokenId?.lowercasedText,
                        interest.message, try JSONColumn.encode(interest.snapshot), interest.state.rawValue,
                        interest.citizenAnswer.rawValue, interest.companyAnswer.rawValue, interest.citizenAnsweredAt,
                        interest.companyAnsweredAt, interest.answeredAt, try JSONColumn.encode(interest.sharedNeeds),
                        interest.declineReason?.rawValue, interest.declineText, interest.remindedAt, interest.closedAt,
                        interest.createdAt])
    }

    /// Writes an interest's changing fields.
    static func update(_ interest: Interest, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE interest SET state = ?, citizenAnswer = ?, companyAnswer = ?, citizenAnsweredAt = ?,
                  companyAnsweredAt = ?, answeredAt = ?, sharedNeeds = ?, declineReason = ?, declineText = ?, remindedAt = ?,
                  closedAt = ?
                WHERE id = ?
                """,
            arguments: [interest.state.rawValue, interest.citizenAnswer.rawValue, interest.companyAnswer.rawValue,
                        interest.citizenAnsweredAt, interest.companyAnsweredAt, interest.answeredAt,
                        try JSONColumn.encode(interest.sharedNeeds), interest.declineReason?.rawValue, interest.declineText,
                        interest.remindedAt, interest.closedAt, interest.id.lowercasedText])
    }

    static func interest(_ id: UUID, _ db: Database) throws -> Interest? {
        try Row.fetchOne(db, sql: "SELECT * FROM interest WHERE id = ?", arguments: [id.lowercasedText]).map(decodeInterest)
    }

    /// A page of interests in id order.
    static func interests(_ filter: InterestFilter, _ page: PageRequest, _ db: Database) throws -> Page<Interest> {
        let (whereClause, arguments) = partyClauses(filter, page)
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM interest \(whereClause) ORDER BY id LIMIT ?", arguments: arguments)
        let items = try rows.prefix(page.limit).map(decodeInterest)
        return Page(items: items, next: rows.count > page.limit ? items.last?.id.lowercasedText : nil)
    }

    /// The `WHERE` clause and arguments (with the page's limit + 1 last) of a page of a party
    /// table (`interest`, `placement`) in id order.
    static func partyClauses<State>(_ filter: PartyFilter<State>, _ page: PageRequest) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let state = filter.state { clauses.append("state = ?"); arguments += [state.rawValue] }
        if let id = filter.citizenId { clauses.append("citizenId = ?"); arguments += [id.lowercasedText] }
        if let id = filter.vacancyId { clauses.append("vacancyId = ?"); arguments += [id.lowercasedText] }
        if let id = filter.companyId { clauses.append("companyId = ?"); arguments += [id.lowercasedText] }
        if let code = filter.municipality {
            clauses.append("citizenId IN (SELECT id FROM citizen WHERE municipalityCode = ?)")
            arguments += [code.description]
        }
        if let after = page.after { clauses.append("id > ?"); arguments += [after] }
        arguments += [page.limit + 1]
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// Pending interests created at or before `createdBefore`, oldest first (reminders and expiry).
    static func pendingInterests(createdBefore: Date, _ db: Database) throws -> [Interest] {
        try Row.fetchAll(db, sql: "SELECT * FROM interest WHERE state = 'pending' AND createdAt <= ? ORDER BY createdAt",
                         arguments: [createdBefore]).map(decodeInterest)
    }

    /// What pacing needs to know around a new interest on this pair.
    static func pacingFacts(citizenId: UUID, vacancyId: UUID, companyId: UUID, since windowStart: Date, _ db: Database) throws -> PacingFacts {
        let citizen = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, MIN(createdAt) AS oldest FROM interest
            WHERE citizenId = ? AND state = 'pending' AND citizenAnswer = 'pending'
            """, arguments: [citizenId.lowercasedText])
        let company = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, MIN(createdAt) AS oldest FROM interest
            WHERE companyId = ? AND initiator = 'company' AND createdAt > ?
            """, arguments: [companyId.lowercasedText, windowStart])
        let pairPending: Date? = try Date.fetchOne(db, sql: """
            SELECT createdAt FROM interest WHERE citizenId = ? AND vacancyId = ? AND state = 'pending'
            """, arguments: [citizenId.lowercasedText, vacancyId.lowercasedText])
        let pairDeclined: Date? = try Date.fetchOne(db, sql: """
            SELECT MAX(closedAt) FROM interest WHERE citizenId = ? AND vacancyId = ? AND state = 'declined'
            """, arguments: [citizenId.lowercasedText, vacancyId.lowercasedText])
        return PacingFacts(
            citizenPending: try citizen?.decode(forColumn: "n") ?? 0, citizenOldestPendingCreatedAt: try citizen?.decode(forColumn: "oldest"),
            companyStarted: try company?.decode(forColumn: "n") ?? 0, companyOldestStartedAt: try company?.decode(forColumn: "oldest"),
            pairPendingCreatedAt: pairPending, pairDeclinedAt: pairDeclined)
    }

    // MARK: - History

    static func record(_ event: InterestEvent, interestId: UUID, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO interestEvent (interestId, at, change, side, actorRole, actorScope, actorToken, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [interestId.lowercasedText, event.at, event.change.rawValue, event.side?.rawValue, event.actor?.role.rawValue,
                        event.actor?.scope, event.actor?.tokenId?.lowercasedText, event.reason?.rawValue])
    }

    static func history(_ interestId: UUID, _ db: Database) throws -> [InterestEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM interestEvent WHERE interestId = ? ORDER BY id", arguments: [interestId.lowercasedText])
            .map { row in
                let role: String? = try row.decode(forColumn: "actorRole")
                return InterestEvent(
                    at: try row.decode(forColumn: "at"), change: try row.raw(InterestEvent.Change.self, "change"),
                    side: try (row.decode(String?.self, forColumn: "side")).flatMap(InterestSide.init(rawValue:)),
                    actor: try role.flatMap(Role.init(rawValue:)).map {
                        Actor(role: $0, scope: try row.decode(forColumn: "actorScope"), tokenId: try row.optionalUUID("actorToken"))
                    },
                    reason: try (row.decode(String?.self, forColumn: "reason")).flatMap(DeclineReason.init(rawValue:)))
            }
    }

    // MARK: - Consents

    static func insert(_ consent: Consent, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO consent (id, citizenId, companyId, interestId, sharedNeeds, givenAt, revokedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [consent.id.lowercasedText, consent.citizenId.lowercasedText, consent.companyId.lowercasedText,
                        consent.interestId.lowercasedText, try JSONColumn.encode(consent.sharedNeeds), consent.givenAt,
                        consent.revokedAt])
    }

    static func consents(citizenId: UUID, _ db: Database) throws -> [Consent] {
        try Row.fetchAll(db, sql: "SELECT * FROM consent WHERE citizenId = ? ORDER BY givenAt, id", arguments: [citizenId.lowercasedText])
            .map(decodeConsent)
    }

    static func consent(interestId: UUID, _ db: Database) throws -> Consent? {
        try Row.fetchOne(db, sql: "SELECT * FROM consent WHERE interestId = ?", arguments: [interestId.lowercasedText]).map(decodeConsent)
    }

    /// One of a citizen's consents; nil when the citizen has no such consent.
    static func consent(_ id: UUID, citizenId: UUID, _ db: Database) throws -> Consent? {
        try Row.fetchOne(db, sql: "SELECT * FROM consent WHERE id = ? AND citizenId = ?",
                         arguments: [id.lowercasedText, citizenId.lowercasedText]).map(decodeConsent)
    }

    /// Writes a consent's changing field (its revocation).
    static func update(_ consent: Consent, _ db: Database) throws {
        try db.execute(sql: "UPDATE consent SET revokedAt = ? WHERE id = ?", arguments: [consent.revokedAt, consent.id.lowercasedText])
    }

    // MARK: - Response figures

    /// A company's answers to the interests it had to answer: received, answered, accepted,
    /// declined, and the median time to its answer.
    static func interestStatistics(companyId: UUID, _ db: Database) throws -> InterestStatistics {
        let rows = try Row.fetchAll(db, sql: """
            SELECT companyAnswer, createdAt, companyAnsweredAt FROM interest
            WHERE companyId = ? AND initiator IN ('citizen', 'consultant')
            """, arguments: [companyId.lowercasedText])
        var answerTimes: [TimeInterval] = []
        var accepted = 0, declined = 0
        for row in rows {
            let answer = try row.raw(InterestAnswer.self, "companyAnswer")
            if answer == .accepted { accepted += 1 }
            if answer == .declined { declined += 1 }
            if let at: Date = try row.decode(forColumn: "companyAnsweredAt") {
                answerTimes.append(at.timeIntervalSince(try row.decode(Date.self, forColumn: "createdAt")))
            }
        }
        return InterestStatistics(received: rows.count, answered: answerTimes.count, accepted: accepted, declined: declined,
                                  medianSecondsToAnswer: answerTimes.median)
    }

    // MARK: - Access log

    static func append(_ entries: [AccessLogEntry], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO accessLog (at, tokenId, role, scope, citizenId, kinds, route, requestId) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for entry in entries {
            try statement.execute(arguments: [entry.at, entry.actor.tokenId?.lowercasedText, entry.actor.role.rawValue, entry.actor.scope,
                                              entry.citizenId.lowercasedText, try JSONColumn.encode(entry.kinds), entry.route,
                                              entry.requestId])
        }
    }

    /// A page of a citizen's access log, newest first; the page key is a row number.
    static func accessLog(citizenId: UUID, _ page: PageRequest, _ db: Database) throws -> Page<AccessLogEntry> {
        let (rows, next) = try newestFirst(table: "accessLog", clauses: ["citizenId = ?"], arguments: [citizenId.lowercasedText],
                                           page, db)
        let items = try rows.map { row in
            AccessLogEntry(
                at: try row.decode(forColumn: "at"),
                actor: Actor(role: try row.raw(Role.self, "role"), scope: try row.decode(forColumn: "scope"),
                             tokenId: try row.optionalUUID("tokenId")),
                citizenId: try row.uuid("citizenId"), kinds: try JSONColumn.decode([ProtectedData].self, row, "kinds"),
                route: try row.decode(forColumn: "route"), requestId: try row.decode(forColumn: "requestId"))
        }
        return Page(items: items, next: next)
    }

    /// Deletes a deleted citizen's access log.
    static func deleteAccessLog(citizenId: UUID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM accessLog WHERE citizenId = ?", arguments: [citizenId.lowercasedText])
    }

    /// Deletes access-log entries older than `cutoff` (retention); returns how many.
    static func purgeAccessLog(before cutoff: Date, _ db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM accessLog WHERE at < ?", arguments: [cutoff])
        return db.changesCount
    }

    // MARK: - Decoding

    private static func decodeInterest(_ row: Row) throws -> Interest {
        Interest(
            id: try row.uuid("id"), citizenId: try row.uuid("citizenId"), vacancyId: try row.uuid("vacancyId"),
            source: try row.raw(VacancySource.self, "source"), companyId: try row.uuid("companyId"),
            initiator: try row.raw(InterestInitiator.self, "initiator"),
            createdBy: Actor(role: try row.raw(Role.self, "createdByRole"), scope: try row.decode(forColumn: "createdByScope"),
                             tokenId: try row.optionalUUID("createdByToken")),
            message: try row.decode(forColumn: "message"), snapshot: try JSONColumn.decode(MatchSnapshot.self, row, "snapshot"),
            state: try row.raw(InterestState.self, "state"), citizenAnswer: try row.raw(InterestAnswer.self, "citizenAnswer"),
            companyAnswer: try row.raw(InterestAnswer.self, "companyAnswer"),
            citizenAnsweredAt: try row.decode(forColumn: "citizenAnsweredAt"),
            companyAnsweredAt: try row.decode(forColumn: "companyAnsweredAt"),
            sharedNeeds: try JSONColumn.decode([String].self, row, "sharedNeeds"),
            declineReason: try (row.decode(String?.self, forColumn: "declineReason")).flatMap(DeclineReason.init(rawValue:)),
            declineText: try row.decode(forColumn: "declineText"), remindedAt: try row.decode(forColumn: "remindedAt"),
            createdAt: try row.decode(forColumn: "createdAt"), closedAt: try row.decode(forColumn: "closedAt"))
    }

    private static func decodeConsent(_ row: Row) throws -> Consent {
        Consent(id: try row.uuid("id"), citizenId: try row.uuid("citizenId"), companyId: try row.uuid("companyId"),
                interestId: try row.uuid("interestId"), sharedNeeds: try JSONColumn.decode([String].self, row, "sharedNeeds"),
                givenAt: try row.decode(forColumn: "givenAt"), revokedAt: try row.decode(forColumn: "revokedAt"))
    }
}
