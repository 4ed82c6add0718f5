import Foundation
import PlainJSON
import PropertyBased
import Testing

/// `JSONArrayReader` hands back the top-level elements of a file's array, each as the decoder
/// reads it in the whole array.
extension PlainJSONTests {
    /// The elements of `bytes` written to a file, as the reader splits them.
    static func elements(of bytes: [UInt8]) throws(JSONArrayError) -> [Data] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-array-\(UUID().uuidString).json")
        try? Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try JSONArrayReader(url: url)
        var found: [Data] = []
        while let element = try reader.next() { found.append(element) }
        return found
    }

    /// Random arrays in random spellings: each element the reader splits off decodes to the
    /// decoder's element of the whole array.
    @Test func theArrayReaderSplitsWhatTheDecoderReads() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            var random = RandomJSON(seed: seed)
            random.invalid = false
            let elements = (0..<random.int(0...6)).map { _ in random.value(depth: 3, keys: ["a", "b\"]", "[,{"]) }
            let text = random.text(.array(elements))
            guard case .array(let decoded)? = JSONValue.decoded(text) else { return }
            let split = try Self.elements(of: text)
            #expect(split.map { JSONValue.decoded(Array($0)) } == decoded, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// A file of more than two of the reader's 1 MiB reads, elements spanning their ends: each
    /// element is handed back as written, without the white space around it.
    @Test func theArrayReaderReadsAFileOfManyChunks() throws {
        var random = RandomJSON(seed: 20)
        random.invalid = false
        let space = Set<UInt8>([0x20, 0x09, 0x0A, 0x0D])
        var written: [Data] = []
        var text: [UInt8] = Array("[".utf8)
        while text.count < 9 << 18 {
            var element = random.text(.array((0..<50).map { _ in random.value(depth: 2, keys: ["a", "b"]) }))
            if element.starts(with: [0xEF, 0xBB, 0xBF]) { element.removeFirst(3) }  // a byte order mark only opens a file
            if !written.isEmpty { text += Array(",".utf8) }
            text += element
            written.append(Data(element.drop { space.contains($0) }.reversed().drop { space.contains($0) }.reversed()))
        }
        text += Array("]".utf8)
        let split = try Self.elements(of: text)
        let same = split == written  // (compared outside #expect, which would print 2 MiB)
        #expect(split.count == written.count && same)
    }

    @Test func theArrayReaderSplitsTopLevelElementsOnly() throws {
        func elements(_ text: String) throws(JSONArrayError) -> [String] {
            try Self.elements(of: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(try elements("\u{FEFF} [ ]\n").isEmpty)
        #expect(try elements(#"[{"a":"x,]}\"y"} , [1,[2]],"s" ,3]"#) == [#"{"a":"x,]}\"y"}"#, "[1,[2]]", #""s""#, "3"])
        let long = String(repeating: "é", count: 1 << 20)
        #expect(try elements("[\"\(long)\",{}]") == ["\"\(long)\"", "{}"])
        for bad in ["", "{}", "[1,2", "[1] x"] {
            #expect(throws: JSONArrayError.self, "\(bad)") { try elements(bad) }
        }
    }
}
