import Foundation
import PlainJSON
import Profiles

extension DataDirectory {
    /// Decodes each record of the JSON array in `url` in turn and hands it to `body`, never
    /// holding the file or more than one record: for tools that read exported record sets of
    /// any size (`matchbench --data`). Returns how many records there were.
    @discardableResult
    public static func forEachRecord<Record: Decodable>(
        _ type: Record.Type, in url: URL,
        userInfo: [CodingUserInfoKey: any Sendable] = [:],
        _ body: (Record) throws -> Void
    ) throws -> Int {
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        var count = 0
        do {
            var reader = try JSONArrayReader(url: url)
            while let element = try reader.next() {
                let record: Record
                do {
                    record = try decoder.decode(Record.self, from: element)
                } catch let error as DecodingError {
                    throw RecordFileError(file: url.path, problem: "record [\(count)]: \(RecordFile.describe(error))")
                }
                try body(record)
                count += 1
            }
        } catch let error as JSONArrayError {
            throw RecordFileError(file: url, error)
        }
        return count
    }
}
