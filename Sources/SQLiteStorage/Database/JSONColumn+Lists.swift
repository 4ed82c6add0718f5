import MatchCore
import PlainJSON
import Profiles

/// The list columns the profile records hold, written by `PlainJSONWriter` to the text
/// `JSONColumn`'s encoder writes, and by that encoder when the writer gives up; read back by
/// `ListColumnParser`.
extension JSONColumn {
    /// A list of codes.
    static func encode(_ codes: [String]) throws -> String {
        try PlainJSONWriter.text { $0.array(codes) { $0.string($1) } } ?? encodeWithEncoder(codes)
    }

    /// Employment kinds, by raw value.
    static func encode(_ kinds: [EmploymentKind]) throws -> String {
        try PlainJSONWriter.text { $0.array(kinds) { $0.string($1.rawValue) } } ?? encodeWithEncoder(kinds)
    }

    /// A citizen's competencies.
    static func encode(_ held: [HeldCompetencyCode]) throws -> String {
        try PlainJSONWriter.text { $0.array(held) { $0.object([("code", .string($1.code)), ("level", .integer($1.level))]) } }
            ?? encodeWithEncoder(held)
    }

    /// A citizen's needs.
    static func encode(_ needs: [NeedCode]) throws -> String {
        try PlainJSONWriter.text {
            $0.array(needs) { $0.object([("code", .string($1.code)), ("required", .bool($1.required)), ("shared", .bool($1.shared))]) }
        } ?? encodeWithEncoder(needs)
    }

    /// A vacancy's competency requirements.
    static func encode(_ requirements: [RequirementCode]) throws -> String {
        try PlainJSONWriter.text {
            $0.array(requirements) {
                $0.object([("code", .string($1.code)), ("essential", .bool($1.essential)), ("level", .integer($1.level))])
            }
        } ?? encodeWithEncoder(requirements)
    }
}
