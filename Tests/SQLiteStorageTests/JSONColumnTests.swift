import Foundation
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// The list columns the profile records hold (`JSONColumn+Lists`, `ListColumnParser`) are written
/// as `JSONColumn`'s encoder writes them, and read back as the decoder reads them, or left to them.
@Suite struct JSONColumnTests {
    static let citizens = try! DataDirectory.demo(in: DataDirectory.locate()).citizens

    @Test func theListColumnsAreWrittenAsJSONEncoderWritesThem() throws {
        let vacancies = try DataDirectory.demo(in: DataDirectory.locate()).vacancies
        for citizen in Self.citizens {
            #expect(try JSONColumn.encode(citizen.competencies) == JSONColumn.encodeWithEncoder(citizen.competencies))
            #expect(try JSONColumn.encode(citizen.needs) == JSONColumn.encodeWithEncoder(citizen.needs))
            #expect(try JSONColumn.encode(citizen.jobGoals) == JSONColumn.encodeWithEncoder(citizen.jobGoals))
            #expect(try JSONColumn.encode(citizen.acceptedKinds) == JSONColumn.encodeWithEncoder(citizen.acceptedKinds))
        }
        for vacancy in vacancies {
            #expect(try JSONColumn.encode(vacancy.competencies) == JSONColumn.encodeWithEncoder(vacancy.competencies))
            #expect(try JSONColumn.encode(vacancy.offers) == JSONColumn.encodeWithEncoder(vacancy.offers))
        }
        for odd in [["a\"b", "c\\d"], ["tab\t", "é", "/x"], [], ["\u{7F}"]] {
            #expect(try JSONColumn.encode(odd) == JSONColumn.encodeWithEncoder(odd))
        }
        let held = [HeldCompetencyCode(code: "q\"", level: -3), HeldCompetencyCode(code: "ok", level: 12)]
        #expect(try JSONColumn.encode(held) == JSONColumn.encodeWithEncoder(held))
    }

    @Test func theListColumnParserReadsWhatTheWriterWrites() throws {
        #expect(ListColumnParser.strings(#"[ "a" , "b/c" ]"#) == ["a", "b/c"])
        #expect(ListColumnParser.strings(#"["a\"b"]"#) == nil)
        #expect(ListColumnParser.strings(#"["a"] ,"#) == nil)
        #expect(
            ListColumnParser.competencies(#"[{"code":"x","level":2},{"level":-12,"code":"y"}]"#)
                == [HeldCompetencyCode(code: "x", level: 2), HeldCompetencyCode(code: "y", level: -12)])
        #expect(ListColumnParser.competencies(#"[{"code":"x","level":2.5}]"#) == nil)
        #expect(ListColumnParser.competencies(#"[{"code":"x","level":1234567890123456789}]"#) == nil)
        #expect(ListColumnParser.competencies(#"[{"code":"x","level":1,"code":"y"}]"#) == nil)
        #expect(
            ListColumnParser.requirements(#"[{"code":"x","essential":true,"level":3}]"#)
                == [RequirementCode(code: "x", level: 3, essential: true)])
        #expect(ListColumnParser.needs(#"[{"code":"x","required":true}]"#) == nil)
        #expect(ListColumnParser.kinds(#"["flexJob","nope"]"#) == nil)
    }
}
