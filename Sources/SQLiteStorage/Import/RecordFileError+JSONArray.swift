import Foundation
import PlainJSON
import Profiles

extension RecordFileError {
    /// The file at `url` could not be read as one JSON array (`JSONArrayReader`).
    init(file url: URL, _ error: JSONArrayError) {
        self.init(file: url.path, problem: error.problem)
    }
}
