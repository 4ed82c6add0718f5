import GRDB
import Profiles

extension Schema {
    /// `occupied` held only the places taken outside matchd, while the API showed it as every
    /// taken place; the column takes the name of what it holds, `occupiedOutside`, so the API's
    /// read-only `occupied` (outside + active placements) can never be written back into it.
    static func renameOccupiedOutside(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE vacancy RENAME COLUMN occupied TO occupiedOutside")
    }
}
