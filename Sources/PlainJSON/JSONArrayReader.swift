import Foundation

/// Reads a file holding one JSON array element by element, so a file of a million records is
/// never in memory at once (`matchd seed --from`). A byte scanner over buffered reads finds where
/// each top-level element ends — it tracks nesting, strings and escapes, nothing more — and hands
/// back that element's bytes for `JSONDecoder` to decode; JSON syntax inside an element is left
/// to the decoder, which reports it against the element's index.
public struct JSONArrayReader {
    private static let chunkSize = 1 << 20
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var endOfFile = false
    private var state = State.beforeArray

    private enum State { case beforeArray, beforeElement, afterElement, finished }

    /// Opens the file at `url`.
    public init(url: URL) throws(JSONArrayError) {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw JSONArrayError(problem: "cannot read the file")
        }
    }

    /// The bytes of the next element, or nil after the last.
    public mutating func next() throws(JSONArrayError) -> Data? {
        while true {
            switch state {
            case .finished:
                return nil
            case .beforeArray:
                try skipByteOrderMark()
                guard let byte = try nextNonSpace() else { throw problem("not valid JSON (the file is empty)") }
                guard byte == UInt8(ascii: "[") else { throw problem("not valid JSON (the file must hold one array of records)") }
                position += 1
                guard let first = try nextNonSpace() else { throw problem("not valid JSON (the array is not closed)") }
                if first == UInt8(ascii: "]") {
                    position += 1
                    try finish()
                    return nil
                }
                state = .beforeElement
            case .afterElement:
                guard let byte = try nextNonSpace() else { throw problem("not valid JSON (the array is not closed)") }
                position += 1
                if byte == UInt8(ascii: "]") {
                    try finish()
                    return nil
                }
                guard byte == UInt8(ascii: ",") else { throw problem("not valid JSON (expected , or ] between records)") }
                state = .beforeElement
            case .beforeElement:
                guard try nextNonSpace() != nil else { throw problem("not valid JSON (the array is not closed)") }
                let element = try scanElement()
                state = .afterElement
                return element
            }
        }
    }

    /// The element starting at `position`, up to (not including) the `,` or `]` that ends it.
    private mutating func scanElement() throws(JSONArrayError) -> Data {
        while true {
            if let end = Self.elementEnd(buffer, from: position) {
                var last = end
                while last > position, Self.isSpace(buffer[last - 1]) { last -= 1 }
                let element = Data(buffer[position..<last])
                position = end
                return element
            }
            // The element goes on past what is buffered: read more and scan it again.
            guard try fill() else { throw problem("not valid JSON (the array is not closed)") }
        }
    }

    /// Where the top-level element beginning at `start` ends, or nil when the buffer ends first.
    private static func elementEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return i }
                    depth -= 1
                case UInt8(ascii: ","): if depth == 0 { return i }
                default: break
                }
            }
            i += 1
        }
        return nil
    }

    /// The next byte that is not white space, without consuming it; nil at the end of the file.
    private mutating func nextNonSpace() throws(JSONArrayError) -> UInt8? {
        while true {
            while position < buffer.count {
                if !Self.isSpace(buffer[position]) { return buffer[position] }
                position += 1
            }
            guard try fill() else { return nil }
        }
    }

    /// A UTF-8 byte order mark at the start of the file is not part of the JSON.
    private mutating func skipByteOrderMark() throws(JSONArrayError) {
        while buffer.count < 3, try fill() {}
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// After the closing `]`: only white space may follow.
    private mutating func finish() throws(JSONArrayError) {
        if try nextNonSpace() != nil { throw problem("not valid JSON (text after the array)") }
        state = .finished
        try? handle.close()
    }

    /// Reads the next chunk, dropping what was consumed; false at the end of the file.
    private mutating func fill() throws(JSONArrayError) -> Bool {
        guard !endOfFile else { return false }
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw problem("cannot read the file")
        }
        guard let chunk, !chunk.isEmpty else {
            endOfFile = true
            return false
        }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: chunk)
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private func problem(_ text: String) -> JSONArrayError {
        JSONArrayError(problem: text)
    }
}

/// Why a file could not be read as one JSON array: "not valid JSON (…)" or "cannot read the
/// file". The reader's caller knows the file and names it.
public struct JSONArrayError: Error, Sendable {
    /// What is wrong.
    public let problem: String
}
