import Foundation
import GRDB
import Profiles

/// A row of `placementProgress`: one step of a placement's progression with the placement it
/// belongs to, which `ProgressEntry` does not hold; who recorded it in the `recordedBy…` columns.
struct ProgressEntryRecord: Equatable {
    /// The placement.
    var placementId: UUID
    /// The step.
    var entry: ProgressEntry
}

extension ProgressEntryRecord: FetchableRecord, PersistableRecord {
    /// `placementProgress`.
    static let databaseTableName = "placementProgress"

    /// The columns queries filter and order by.
    enum Columns {
        static let id = Column("id")
        static let placementId = Column("placementId")
        static let date = Column("date")
    }

    init(row: Row) throws {
        placementId = try row.uuid("placementId")
        entry = ProgressEntry(
            date: try row.decode(forColumn: "date"), weeklyHours: try row.decode(forColumn: "weeklyHours"),
            paidHours: try row.decode(forColumn: "paidHours"), note: try row.decode(forColumn: "note"),
            recordedBy: try Actor.optional(row: row, columns: .recordedBy))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["placementId"] = placementId.lowercasedText
        container["date"] = entry.date.storedText
        container["weeklyHours"] = entry.weeklyHours
        container["paidHours"] = entry.paidHours
        container["note"] = entry.note
        Actor.encode(entry.recordedBy, to: &container, columns: .recordedBy)
    }
}

extension Placement {
    /// `placements`, each with its progression (oldest first), read in one query.
    static func withProgress(_ db: Database, _ placements: [Placement]) throws -> [Placement] {
        guard !placements.isEmpty else { return [] }
        typealias Columns = ProgressEntryRecord.Columns
        let records = try ProgressEntryRecord.filter(placements.map(\.id.lowercasedText).contains(Columns.placementId))
            .order(Columns.date, Columns.id).fetchAll(db)
        let progress = Dictionary(grouping: records, by: \.placementId)
        return placements.map { placement in
            var placement = placement
            placement.progress = progress[placement.id]?.map(\.entry) ?? []
            return placement
        }
    }
}
