import Foundation
import Profiles

/// A CSV file that could not be read, naming the file, the line and what was wrong, so a bad
/// download can be found and fixed by hand.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public enum Problem: Equatable, Sendable {
        /// The file could not be opened or read; carries the system's reason.
        case unreadable(String)
        /// The file has no header row.
        case missingHeader
        /// The header names the same column twice.
        case duplicateColumn(String)
        /// The header lacks a column the reader needs.
        case missingColumn(String)
        /// A quoted field is still open at the end of the file; the line is where it opened.
        case unterminatedQuote
        /// A quote appears inside an unquoted field.
        case unexpectedQuote
        /// Something other than a comma or a line break follows a closing quote.
        case textAfterClosingQuote
        /// A row has a different number of fields than the header.
        case fieldCount(expected: Int, found: Int)
        /// A field is not valid UTF-8.
        case invalidUTF8
        /// A required field is empty.
        case emptyField(column: String)
        /// A field holds a value the reader does not accept.
        case invalidValue(column: String, value: String)
    }

    /// Name of the file.
    public var file: String
    /// One-based line where the problem is (for a row, the line the row starts on; 0 for the
    /// file as a whole).
    public var line: Int
    /// What was wrong.
    public var problem: Problem

    /// Creates an error.
    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: problem`, the form editors and terminals recognise.
    public var description: String {
        let text: String
        switch problem {
        case .unreadable(let reason): text = "cannot be read: \(reason)"
        case .missingHeader: text = "no header row"
        case .duplicateColumn(let name): text = "column \"\(name)\" appears twice in the header"
        case .missingColumn(let name): text = "required column \"\(name)\" is missing"
        case .unterminatedQuote: text = "unterminated quoted field"
        case .unexpectedQuote: text = "quote inside an unquoted field"
        case .textAfterClosingQuote: text = "text after a closing quote"
        case .fieldCount(let expected, let found): text = "\(found) fields, the header has \(expected)"
        case .invalidUTF8: text = "invalid UTF-8"
        case .emptyField(let column): text = "column \"\(column)\" is empty"
        case .invalidValue(let column, let value): text = "column \"\(column)\" has invalid value \"\(value)\""
        }
        return "\(file):\(line): \(text)"
    }
}

/// One data row of a CSV file: its fields by column name, and where it starts so later checks
/// can point at it.
public struct CSVRow: Equatable, Sendable {
    /// One-based line the row starts on (a row with a multi-line field spans several lines).
    public var line: Int
    /// Field values by header column name.
    public var fields: [String: String]

    /// Creates a row.
    public init(line: Int, fields: [String: String]) {
        self.line = line
        self.fields = fields
    }

    /// The value of `column`, or nil when the file has no such column.
    public subscript(column: String) -> String? {
        fields[column]
    }
}

/// A parsed CSV file: the header's column names in file order and the data rows.
public struct CSVTable: Equatable, Sendable {
    /// Name of the file, for error messages.
    public var file: String
    /// Column names from the header row, in file order.
    public var columns: [String]
    /// Data rows, in file order.
    public var rows: [CSVRow]

    /// Creates a table.
    public init(file: String, columns: [String], rows: [CSVRow]) {
        self.file = file
        self.columns = columns
        self.rows = rows
    }
}

/// An RFC 4180 CSV parser: comma separated, fields optionally enclosed in double quotes, a
/// doubled quote inside a quoted field for a literal quote, line breaks (CRLF, LF or CR) inside
/// quoted fields kept as they are, CRLF or LF between rows, and an optional UTF-8 byte order
/// mark. The first row is the header; blank lines are skipped. It exists because the ESCO
/// download is CSV with multi-line fields, which Foundation has no reader for.
public enum CSVReader {
    /// Reads and parses the file at `url`; errors name the file by its last path component.
    public static func read(contentsOf url: URL, requiredColumns: [String] = []) throws(CSVError) -> CSVTable {
        let file = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CSVError(file: file, line: 0, problem: .unreadable(String(describing: error)))
        }
        return try parse(data, file: file, requiredColumns: requiredColumns)
    }

    /// Parses CSV text; `file` names it in errors.
    public static func parse(_ text: String, file: String, requiredColumns: [String] = []) throws(CSVError) -> CSVTable {
        try parse(Data(text.utf8), file: file, requiredColumns: requiredColumns)
    }

    /// Parses UTF-8 CSV bytes, checking that the header holds every column in `requiredColumns`
    /// and that every row has as many fields as the header.
    public static func parse(_ data: Data, file: String, requiredColumns: [String] = []) throws(CSVError) -> CSVTable {
        var scanner = Scanner(bytes: [UInt8](data), file: file)
        let records = try scanner.records()
        guard let header = records.first else {
            throw CSVError(file: file, line: 1, problem: .missingHeader)
        }
        var seen = Set<String>()
        for name in header.fields where !seen.insert(name).inserted {
            throw CSVError(file: file, line: header.line, problem: .duplicateColumn(name))
        }
        for name in requiredColumns where !seen.contains(name) {
            throw CSVError(file: file, line: header.line, problem: .missingColumn(name))
        }
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw CSVError(
                    file: file, line: record.line,
                    problem: .fieldCount(expected: header.fields.count, found: record.fields.count))
            }
            rows.append(
                CSVRow(
                    line: record.line,
                    fields: Dictionary(uniqueKeysWithValues: zip(header.fields, record.fields))))
        }
        return CSVTable(file: file, columns: header.fields, rows: rows)
    }

    /// The byte-level state machine. Works on UTF-8 bytes because the structural characters are
    /// ASCII and never occur inside a multi-byte sequence, and because Swift treats CRLF as one
    /// `Character`, which would blur line counting.
    private struct Scanner {
        private static let quote = UInt8(ascii: "\"")
        private static let comma = UInt8(ascii: ",")
        private static let cr = UInt8(ascii: "\r")
        private static let lf = UInt8(ascii: "\n")

        let bytes: [UInt8]
        let file: String
        private var index = 0
        private var line = 1

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                index = 3
            }
        }

        /// Every non-blank record with the line it starts on.
        mutating func records() throws(CSVError) -> [(line: Int, fields: [String])] {
            var result: [(line: Int, fields: [String])] = []
            while index < bytes.count {
                let start = line
                var fields: [String] = []
                var blank = true
                while true {
                    if index < bytes.count, bytes[index] == Self.quote {
                        fields.append(try quotedField())
                        blank = false
                    } else {
                        let field = try unquotedField()
                        blank = blank && field.isEmpty
                        fields.append(field)
                    }
                    if index < bytes.count, bytes[index] == Self.comma {
                        index += 1
                        blank = false
                        continue
                    }
                    skipLineBreak()
                    break
                }
                if !blank {
                    result.append((start, fields))
                }
            }
            return result
        }

        /// Reads a field that starts with a quote, leaving `index` after the closing quote.
        private mutating func quotedField() throws(CSVError) -> String {
            let openingLine = line
            index += 1
            var value: [UInt8] = []
            var runStart = index
            while true {
                guard index < bytes.count else {
                    throw CSVError(file: file, line: openingLine, problem: .unterminatedQuote)
                }
                let byte = bytes[index]
                if byte == Self.quote {
                    value.append(contentsOf: bytes[runStart..<index])
                    index += 1
                    guard index < bytes.count, bytes[index] == Self.quote else { break }
                    value.append(Self.quote)
                    index += 1
                    runStart = index
                    continue
                }
                if byte == Self.lf || (byte == Self.cr && !(index + 1 < bytes.count && bytes[index + 1] == Self.lf)) {
                    line += 1
                }
                index += 1
            }
            if index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
                throw CSVError(file: file, line: line, problem: .textAfterClosingQuote)
            }
            return try decode(value[...])
        }

        /// Reads a field up to the next comma or line break.
        private mutating func unquotedField() throws(CSVError) -> String {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
                if byte == Self.quote {
                    throw CSVError(file: file, line: line, problem: .unexpectedQuote)
                }
                index += 1
            }
            return try decode(bytes[start..<index])
        }

        /// Steps over one CRLF, LF or CR, if there is one.
        private mutating func skipLineBreak() {
            guard index < bytes.count else { return }
            if bytes[index] == Self.cr, index + 1 < bytes.count, bytes[index + 1] == Self.lf {
                index += 1
            }
            index += 1
            line += 1
        }

        private func decode(_ slice: ArraySlice<UInt8>) throws(CSVError) -> String {
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw CSVError(file: file, line: line, problem: .invalidUTF8)
            }
            return text
        }
    }
}
