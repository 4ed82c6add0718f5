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
