import Foundation
import MatchCore
import Profiles

/// Writes the list columns (`JSONColumn`) without `JSONEncoder`, whose set-up and generic
/// machinery cost more per citizen than the insert itself in a bulk import. It writes exactly
/// what `JSONColumn`'s encoder writes — compact, keys sorted, slashes unescaped — for text of
/// printable ASCII other than `"` and `\` (every taxonomy code); for any other text it gives up
/// and the encoder writes the value.
struct PlainJSONWriter {
    private(set) var bytes: [UInt8] = []

    /// A flat object's members, in the order given (sorted by the caller).
    typealias Member = (key: StaticString, value: Scalar)

    /// A member's value.
    enum Scalar {
        case string(String)
        case integer(Int)
        case bool(Bool)
    }

    /// `[…]` of `values`, each written by `element`; false when one could not be.
    mutating func array<T>(_ values: [T], _ element: (inout PlainJSONWriter, T) -> Bool) -> Bool {
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            guard element(&self, value) else { return false }
        }
        bytes.append(UInt8(ascii: "]"))
        return true
    }

    /// `{…}` of `members`; false when a string could not be written.
    mutating func object(_ members: [Member]) -> Bool {
        bytes.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: member.key.utf8Start, count: member.key.utf8CodeUnitCount))
            bytes.append(contentsOf: #"":"#.utf8)
            switch member.value {
            case .string(let text): guard string(text) else { return false }
            case .integer(let value): bytes.append(contentsOf: String(value).utf8)
            case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
            }
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// `"text"`, when it needs no escape.
    mutating func string(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
            return false
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
        return true
    }

    /// What `write` wrote, or nil when it gave up.
    static func text(_ write: (inout PlainJSONWriter) -> Bool) -> String? {
        var writer = PlainJSONWriter()
        return write(&writer) ? String(decoding: writer.bytes, as: UTF8.self) : nil
    }
}

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
