import Foundation
import GRDB
import MatchCore
import Profiles

/// The statements of placements, progression and hours history, run inside a store's transaction.
extension AppDatabase {
    static func insert(_ placement: Placement, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO placement (id, citizenId, vacancyId, source, companyId, kind, startDate, plannedEnd, agreedHours,
                  mentorName, interestId, state, createdByRole, createdByScope, createdByToken, createdAt, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)
                """,
            arguments: [placement.id.lowercasedText, placement.citizenId.lowercasedText, placement.vacancyId.lowercasedText,
                        placement.source.rawValue, placement.companyId.lowercasedText, placement.kind.rawValue, placement.startDate,
                        placement.plannedEnd, placement.agreedHours, placement.mentorName, placement.interestId?.lowercasedText,
                        placement.createdBy.role.rawValue, placement.createdBy.scope, placement.createdBy.tokenId?.lowercasedText,
                        placement.createdAt])
    }

    /// Writes a placement's changing fields and bumps its version.
    static func update(_ placement: Placement, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE placement SET kind = ?, plannedEnd = ?, agreedHours = ?, mentorName = ?, state = ?, endDate = ?, outcome = ?,
                  endedByRole = ?, endedByScope = ?, endedByToken = ?, endText = ?, version = ?
                WHERE id = ?
                """,
            arguments: [placement.kind.rawValue, placement.plannedEnd, placement.agreedHours, placement.mentorName,
                        placement.state.rawValue, placement.endDate, placement.outcome?.rawValue, placement.endedBy?.role.rawValue,
                        placement.endedBy?.scope, placement.endedBy?.tokenId?.lowercasedText, placement.endText, placement.version,
                        placement.id.lowercasedText])
    }

    static func placement(_ id: UUID, _ db: Database) throws -> Placement? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM placement WHERE id = ?", arguments: [id.lowercasedText]) else { return nil }
        return try decodePlacement(row, progress: progress(placementIds: [id], db))
    }

    /// A page of placements in id order.
    static func placements(_ filter: PlacementFilter, _ page: PageRequest, _ db: Database) throws -> Page<Placement> {
        let (whereClause, arguments) = partyClauses(filter, page)
        let rows = Array(try Row.fetchAll(db, sql: "SELECT * FROM placement \(whereClause) ORDER BY id LIMIT ?", arguments: arguments))
        let shown = Array(rows.prefix(page.limit))
        let progress = try self.progress(placementIds: try shown.map { try $0.uuid("id") }, db)
        let items = try shown.map { try decodePlacement($0, progress: progress) }
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

    /// Inserts a record set's placement history, dated back from `now`, with each citizen's
    /// hours as the progression moved them.
    static func insert(_ history: [PlacementHistory], now: Date, _ db: Database) throws {
        func day(_ offset: Int, from date: Date) -> Date { date.addingTimeInterval(TimeInterval(offset) * 86_400) }
        for record in history {
            guard let vacancy = try Stored<Vacancy>.fetchOne(db, id: record.vacancyId)?.value,
                  let citizen = try Stored<Citizen>.fetchOne(db, id: record.citizenId)?.value else { throw StoreError.notFound }
            let start = day(-record.startDaysAgo, from: now)
            var placement = Placement(
                id: UUID(), citizenId: citizen.id, vacancyId: vacancy.id, source: vacancy.source, companyId: vacancy.companyId,
                kind: record.kind, startDate: start, plannedEnd: record.plannedEndDaysAfterStart.map { day($0, from: start) },
                agreedHours: record.agreedHours, mentorName: record.mentorName, interestId: nil,
                createdBy: Actor(role: .admin, scope: nil, tokenId: nil), createdAt: start)
            try insert(placement, db)
            for step in record.progress {
                let at = day(step.daysAfterStart, from: start)
                try append(ProgressEntry(date: at, weeklyHours: step.weeklyHours, paidHours: step.paidHours, note: step.note, recordedBy: nil),
                           placementId: placement.id, db)
                try CitizenHoursEntry(citizenId: citizen.id, at: at, hours: PlacementWorkflow.hours(of: citizen, working: step.weeklyHours))
                    .append(db)
            }
            if let end = record.ended {
                placement.state = .ended
                placement.endDate = day(end.daysAfterStart, from: start)
                placement.outcome = end.outcome
                placement.endedBy = Actor(role: .admin, scope: nil, tokenId: nil)
                try update(placement, db)
            }
            try recountPlaced(vacancyId: vacancy.id, db)
        }
    }

    /// Active placements at a vacancy.
    static func activePlacements(vacancyId: UUID, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM placement WHERE vacancyId = ? AND state = 'active'",
                         arguments: [vacancyId.lowercasedText]) ?? 0
    }

    /// Sets a slot's count of active placements from the placements themselves.
    static func recountPlaced(vacancyId: UUID, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE vacancy SET placed = (SELECT COUNT(*) FROM placement WHERE vacancyId = vacancy.id AND state = 'active')
            WHERE id = ?
            """, arguments: [vacancyId.lowercasedText])
    }

    static func append(_ entry: ProgressEntry, placementId: UUID, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO placementProgress (placementId, date, weeklyHours, paidHours, note, recordedByRole, recordedByScope,
                  recordedByToken) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [placementId.lowercasedText, entry.date, entry.weeklyHours, entry.paidHours, entry.note,
                        entry.recordedBy?.role.rawValue, entry.recordedBy?.scope, entry.recordedBy?.tokenId?.lowercasedText])
    }

    /// Records that a citizen–vacancy pair was announced as upgraded; false when it already was.
    static func markUpgraded(citizenId: UUID, vacancyId: UUID, at: Date, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO matchUpgraded (citizenId, vacancyId, at) VALUES (?, ?, ?)")
            .execute(arguments: [citizenId.lowercasedText, vacancyId.lowercasedText, at])
        return db.changesCount > 0
    }

    /// Active placements with a follow-up not sent yet, started on or before `startedBy` or
    /// planned to end on or before `plannedEndBy`, with the follow-ups sent for each.
    static func followUpCandidates(startedBy: Date, plannedEndBy: Date, _ db: Database) throws -> [PlacementFollowUps] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM placement WHERE state = 'active' AND (
              (followUpStartSentAt IS NULL AND startDate <= ?) OR (followUpEndSentAt IS NULL AND plannedEnd IS NOT NULL AND plannedEnd <= ?))
            ORDER BY startDate
            """, arguments: [startedBy, plannedEndBy])
        return try rows.map { row in
            var sent: Set<FollowUp> = []
            if try row.decode(Date?.self, forColumn: "followUpStartSentAt") != nil { sent.insert(.afterStart) }
            if try row.decode(Date?.self, forColumn: "followUpEndSentAt") != nil { sent.insert(.plannedEnd) }
            return PlacementFollowUps(placement: try decodePlacement(row, progress: [:]), sent: sent)
        }
    }

    static func markFollowUpSent(_ placementId: UUID, _ followUp: FollowUp, at: Date, _ db: Database) throws {
        let column = followUp == .afterStart ? "followUpStartSentAt" : "followUpEndSentAt"
        try db.execute(sql: "UPDATE placement SET \(column) = ? WHERE id = ?", arguments: [at, placementId.lowercasedText])
    }

    // MARK: - Decoding

    private static func progress(placementIds: [UUID], _ db: Database) throws -> [UUID: [ProgressEntry]] {
        guard !placementIds.isEmpty else { return [:] }
        let placeholders = placementIds.map { _ in "?" }.joined(separator: ", ")
        var entries: [UUID: [ProgressEntry]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM placementProgress WHERE placementId IN (\(placeholders)) ORDER BY date, id",
                                    arguments: StatementArguments(placementIds.map(\.lowercasedText))) {
            let role: String? = try row.decode(forColumn: "recordedByRole")
            entries[try row.uuid("placementId"), default: []].append(ProgressEntry(
                date: try row.decode(forColumn: "date"), weeklyHours: try row.decode(forColumn: "weeklyHours"),
                paidHours: try row.decode(forColumn: "paidHours"), note: try row.decode(forColumn: "note"),
                recordedBy: try role.flatMap(Role.init(rawValue:)).map {
                    Actor(role: $0, scope: try row.decode(forColumn: "recordedByScope"), tokenId: try row.optionalUUID("recordedByToken"))
                }))
        }
        return entries
    }

    private static func decodePlacement(_ row: Row, progress: [UUID: [ProgressEntry]]) throws -> Placement {
        let id = try row.uuid("id")
        let endedRole: String? = try row.decode(forColumn: "endedByRole")
        var placement = Placement(
            id: id, citizenId: try row.uuid("citizenId"), vacancyId: try row.uuid("vacancyId"),
            source: try row.raw(VacancySource.self, "source"), companyId: try row.uuid("companyId"),
            kind: try row.raw(EmploymentKind.self, "kind"), startDate: try row.decode(forColumn: "startDate"),
            plannedEnd: try row.decode(forColumn: "plannedEnd"), agreedHours: try row.decode(forColumn: "agreedHours"),
            mentorName: try row.decode(forColumn: "mentorName"), interestId: try row.optionalUUID("interestId"),
            createdBy: Actor(role: try row.raw(Role.self, "createdByRole"), scope: try row.decode(forColumn: "createdByScope"),
                             tokenId: try row.optionalUUID("createdByToken")),
            createdAt: try row.decode(forColumn: "createdAt"))
        placement.state = try row.raw(PlacementState.self, "state")
        placement.endDate = try row.decode(forColumn: "endDate")
        placement.outcome = try (row.decode(String?.self, forColumn: "outcome")).flatMap(PlacementOutcome.init(rawValue:))
        placement.endedBy = try endedRole.flatMap(Role.init(rawValue:)).map {
            Actor(role: $0, scope: try row.decode(forColumn: "endedByScope"), tokenId: try row.optionalUUID("endedByToken"))
        }
        placement.endText = try row.decode(forColumn: "endText")
        placement.version = try row.decode(forColumn: "version")
        placement.progress = progress[id] ?? []
        return placement
    }
}
