import Foundation
import GRDB
import Profiles

extension Vacancy {
    /// Sets a slot's count of active placements (`placed`) from the placements themselves.
    static func recountPlaced(_ db: Database, id: UUID) throws {
        let active = try Placement.filter(Placement.Columns.vacancyId == id.lowercasedText).active().fetchCount(db)
        try Vacancy.filter(key: id.lowercasedText).updateAll(db, Columns.placed.set(to: active))
    }
}
