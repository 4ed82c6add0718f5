import Foundation

/// The one check of free text sent outside a profile record (messages, notes, descriptions):
/// length in code points, as SQLite and JSON Schema count, and no control or bidi-override
/// characters (`TextRules`). Profile records are checked by `RecordValidator` the same way.
public enum FreeText {
    /// What is wrong with `value` in `field`, or nil. `nonEmpty` refuses blank text.
    public static func problem(_ value: String?, field: String, max: Int, nonEmpty: Bool = false) -> FieldError? {
        guard let value else { return nil }
        if nonEmpty && value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return FieldError(field: field, message: "must not be empty")
        }
        if value.unicodeScalars.count > max { return FieldError(field: field, message: "must be at most \(max) characters") }
        if value.unicodeScalars.contains(where: TextRules.isRefused) {
            return FieldError(field: field, message: "must not contain control or bidirectional-override characters")
        }
        return nil
    }
}
