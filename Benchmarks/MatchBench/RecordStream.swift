import Foundation

/// Writes a JSON array of records one record at a time (one per line), so a million citizens
/// never sit in memory together.
struct RecordWriter {
    private let handle: FileHandle
    private let encoder = JSONEncoder()
    private var buffer = Data()
    private var written = 0

    /// Creates (or truncates) the file and opens the array.
    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: Data("[\n".utf8)) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Appends one record.
    mutating func write(_ record: some Encodable) throws {
        if written > 0 { buffer.append(contentsOf: ",\n".utf8) }
        buffer.append(try encoder.encode(record))
        written += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Closes the array and the file.
    mutating func close() throws {
        buffer.append(contentsOf: "\n]\n".utf8)
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads a JSON array of records one element at a time: the file is mapped, each top-level
/// element is cut out by tracking brackets and strings, and decoded alone, so a million
/// records never sit in memory decoded together.
enum RecordReader {
    /// Decodes each element of the array in `url` as `T` and hands it to `body`; returns the count.
    @discardableResult
    static func forEach<T: Decodable>(_ type: T.Type, in url: URL, userInfo: [CodingUserInfoKey: any Sendable] = [:],
                                      _ body: (T) throws -> Void) throws -> Int {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        var count = 0
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var depth = 0, start = -1
            var inString = false, escaped = false
            for (offset, byte) in bytes.enumerated() {
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true }
                    else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if depth == 1 && start < 0 { start = offset }
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 1 && start >= 0 {
                        try body(decoder.decode(T.self, from: Data(bytes[start...offset])))
                        count += 1
                        start = -1
                    }
                default:
                    break
                }
            }
        }
        return count
    }
}
