import Logging
import Synchronization

/// Log lines as rendered — level, message, sorted metadata and source — kept for the tests that
/// check no secret reaches the log (the API's log secrecy, the mail relay's).
public final class CapturedLog: Sendable {
    private let storage = Mutex<[String]>([])

    public init() {}

    /// Appends a rendered line.
    public func append(_ line: String) { storage.withLock { $0.append(line) } }

    /// Every line so far.
    public var all: [String] { storage.withLock { $0 } }
}

/// A log handler that renders every line, at every level, into a `CapturedLog`.
public struct CapturingLogHandler: LogHandler {
    public let lines: CapturedLog
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .trace

    public init(lines: CapturedLog) {
        self.lines = lines
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(
        level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
        function: String, line: UInt
    ) {
        let all = metadata.merging(extra ?? [:]) { $1 }
        lines.append("\(level) \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")) [\(source)]")
    }
}
