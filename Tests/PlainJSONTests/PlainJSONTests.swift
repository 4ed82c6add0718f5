import Foundation
import PlainJSON
import Testing

/// The JSON read and written without Foundation's coders (`JSONScanner`, `JSONArrayReader`,
/// `PlainJSONWriter`, `JSONWriter`) is what those coders read and write, or is left to them.
/// The per-type adapters built on them are tested beside their types (`CitizenPlainJSONTests`,
/// `JSONColumnTests`, `CitizenRowCoderTests`, `MatchListJSONTests`).
@Suite struct PlainJSONTests {
    /// What `JSONWriter` writes for `value`.
    static func written(_ value: some JSONWritable) -> Data {
        var json = JSONWriter(capacity: 64)
        value.write(to: &json)
        return json.withUnsafeBytes { Data($0) }
    }

    /// Integers and numbers as `JSONEncoder` writes them.
    @Test func numbersAreTheEncodersText() throws {
        for value in [0, 7, -7, 10, 99, 100, 1_234_567, Int.max, Int.min] {
            #expect(Self.written(value) == (try JSONEncoder().encode(value)))
        }
        for value in [0, 0.5, -0.25, 12.34, 71.25, 1e-7, 1e15, 123_456_789.125, 37] as [Double] {
            #expect(try JSONDecoder().decode(Double.self, from: Self.written(value)) == value)
        }
    }

    @Test func theArrayReaderSplitsTopLevelElementsOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-array-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func elements(_ text: String) throws(JSONArrayError) -> [String] {
            let url = folder.appendingPathComponent("\(UUID().uuidString).json")
            try? Data(text.utf8).write(to: url)
            var reader = try JSONArrayReader(url: url)
            var found: [String] = []
            while let element = try reader.next() { found.append(String(decoding: element, as: UTF8.self)) }
            return found
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
