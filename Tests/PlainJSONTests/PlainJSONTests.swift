import Foundation
import PlainJSON
import Testing

/// The JSON read and written without Foundation's coders (`JSONScanner`, `JSONArrayReader`,
/// `PlainJSONWriter`, `JSONWriter`) is what those coders read and write, or is left to them:
/// random values in random spellings (`RandomJSON`) and hand-picked edges, compared through
/// `JSONValue`. One suite, a file per part. The per-type adapters built on them are tested
/// beside their types (`CitizenPlainJSONTests`, `JSONColumnTests`, `CitizenRowCoderTests`,
/// `MatchListJSONTests`).
@Suite struct PlainJSONTests {
    /// What `JSONWriter` writes for `value`.
    static func written(_ value: some JSONWritable) -> Data {
        var json = JSONWriter(capacity: 64)
        value.write(to: &json)
        return json.withUnsafeBytes { Data($0) }
    }
}
