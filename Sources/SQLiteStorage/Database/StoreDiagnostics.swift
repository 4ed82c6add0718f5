import GRDB
import Profiles

/// What may be logged of a database error: its result codes only. SQLite's messages can quote
/// the SQL, and a statement's arguments carry names, contact details and needs.
public enum StoreDiagnostics {
    /// A log-safe summary of `error` when it is a database error, else nil.
    public static func summary(of error: any Error) -> String? {
        guard let error = error as? DatabaseError else { return nil }
        return "SQLite error \(error.resultCode.rawValue) (extended \(error.extendedResultCode.rawValue))"
    }
}
