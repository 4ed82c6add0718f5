import Foundation
import Testing

@testable import EscoImport
@testable import Profiles

@Suite struct CSVReaderTests {
    @Test func readsHeaderAndRowsByColumnName() throws {
        let table = try CSVReader.parse("a,b,c\n1,2,3\n4,,6\n", file: "t.csv")
        #expect(table.columns == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["a": "1", "b": "2", "c": "3"], ["a": "4", "b": "", "c": "6"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func quotedFieldsKeepCommasAndDoubledQuotes() throws {
        let table = try CSVReader.parse(
            "name,note\n\"Smith, J.\",\"say \"\"hi\"\", then \"\"bye\"\"\"\n\"\",\"\"\"\"\n",
            file: "t.csv")
        #expect(table.rows[0]["name"] == "Smith, J.")
        #expect(table.rows[0]["note"] == "say \"hi\", then \"bye\"")
        #expect(table.rows[1]["name"] == "")
        #expect(table.rows[1]["note"] == "\"")
    }

    @Test func quotedFieldsKeepLineBreaksAndLinesAreCounted() throws {
        let table = try CSVReader.parse("uri,alt\nx,\"one\ntwo\r\nthree\"\ny,z", file: "t.csv")
        #expect(table.rows[0]["alt"] == "one\ntwo\r\nthree")
        #expect(table.rows[1]["uri"] == "y")
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func acceptsCRLFAndLoneCRRowEnds() throws {
        let crlf = try CSVReader.parse("a,b\r\n1,2\r\n3,4\r\n", file: "t.csv")
        #expect(crlf.rows.map(\.fields) == [["a": "1", "b": "2"], ["a": "3", "b": "4"]])
        let cr = try CSVReader.parse("a,b\r1,2\r", file: "t.csv")
        #expect(cr.rows.map(\.fields) == [["a": "1", "b": "2"]])
    }

    @Test func skipsByteOrderMarkAndBlankLines() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("id,label\n\n7,sø\n\n".utf8)
        let table = try CSVReader.parse(data, file: "t.csv", requiredColumns: ["id"])
        #expect(table.columns == ["id", "label"])
        #expect(table.rows == [CSVRow(line: 3, fields: ["id": "7", "label": "sø"])])
    }

    @Test func keepsTrailingEmptyFieldAtEndOfFile() throws {
        let table = try CSVReader.parse("a,b\n1,", file: "t.csv")
        #expect(table.rows.map(\.fields) == [["a": "1", "b": ""]])
    }

    @Test func unterminatedQuoteNamesFileAndOpeningLine() {
        #expect(throws: CSVError(file: "skills_en.csv", line: 3, problem: .unterminatedQuote)) {
            try CSVReader.parse("a,b\n1,2\n3,\"open\nstill open\n", file: "skills_en.csv")
        }
        let error = CSVError(file: "skills_en.csv", line: 3, problem: .unterminatedQuote)
        #expect(error.description == "skills_en.csv:3: unterminated quoted field")
    }

    @Test func missingRequiredColumnIsNamed() {
        #expect(throws: CSVError(file: "x.csv", line: 1, problem: .missingColumn("preferredLabel"))) {
            try CSVReader.parse(
                "conceptUri,altLabels\nu,a\n", file: "x.csv",
                requiredColumns: ["conceptUri", "preferredLabel"])
        }
        #expect(
            CSVError(file: "x.csv", line: 1, problem: .missingColumn("preferredLabel")).description
                == "x.csv:1: required column \"preferredLabel\" is missing")
    }

    @Test func malformedInputIsRejectedWithItsLine() {
        #expect(throws: CSVError(file: "t.csv", line: 2, problem: .textAfterClosingQuote)) {
            try CSVReader.parse("a\n\"x\"y\n", file: "t.csv")
        }
        #expect(throws: CSVError(file: "t.csv", line: 2, problem: .unexpectedQuote)) {
            try CSVReader.parse("a\nx\"y\n", file: "t.csv")
        }
        #expect(throws: CSVError(file: "t.csv", line: 4, problem: .fieldCount(expected: 2, found: 3))) {
            try CSVReader.parse("a,b\n\"1\n\",2\n3,4,5\n", file: "t.csv")
        }
        #expect(throws: CSVError(file: "t.csv", line: 1, problem: .duplicateColumn("a"))) {
            try CSVReader.parse("a,a\n1,2\n", file: "t.csv")
        }
        #expect(throws: CSVError(file: "t.csv", line: 1, problem: .missingHeader)) {
            try CSVReader.parse("\n\n", file: "t.csv")
        }
        #expect(throws: CSVError(file: "t.csv", line: 2, problem: .invalidUTF8)) {
            try CSVReader.parse(Data("a\n".utf8) + Data([0xC3, 0x28]), file: "t.csv")
        }
    }

    @Test func unreadableFileIsNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).csv")
        let error = try #require(throws: CSVError.self) { try CSVReader.read(contentsOf: url) }
        #expect(error.file == url.lastPathComponent)
        #expect(error.line == 0)
    }
}
