import Foundation
import Testing

@testable import Profiles

/// The hand-made UUID text is exactly Foundation's, and the hand parser reads it back.
@Suite struct UUIDTextTests {
    @Test func textMatchesFoundationAndParsesBack() {
        let fixed = UUID(uuid: (0x00, 0x1f, 0xa2, 0xb3, 0xc4, 0xd5, 0xe6, 0xf7, 0x08, 0x19, 0x2a, 0x3b, 0x4c, 0x5d, 0x6e, 0xff))
        #expect(fixed.lowercasedText == "001fa2b3-c4d5-e6f7-0819-2a3b4c5d6eff")
        #expect(fixed.uppercasedText == "001FA2B3-C4D5-E6F7-0819-2A3B4C5D6EFF")
        for id in [fixed] + (0..<1_000).map({ _ in UUID() }) {
            #expect(id.lowercasedText == id.uuidString.lowercased())
            #expect(id.uppercasedText == id.uuidString)
            #expect(UUID(databaseText: id.lowercasedText) == id)
        }
    }
}
