import Foundation
import NIOPosix

/// The transport when no SMTP server is configured (the demo's `make run`): each message is
/// written as `<folder>/<yyyyMMdd-HHmmss>-<id>.eml` (its `createdAt` in UTC and its outbox id),
/// the exact composed bytes, so a person trying matchd opens them in a mail program. The file is
/// written to a temporary file and renamed into place (`Data.WritingOptions.atomic`), so a
/// reader never sees half a message; a retry writes the same name with the same bytes.
public final class MailFolderSender: MailTransport {
    /// The folder.
    public let folder: URL
    private let pool: NIOThreadPool

    /// A sender into `folder` (created when missing).
    public init(folder: String) {
        self.folder = URL(fileURLWithPath: folder, isDirectory: true)
        self.pool = NIOThreadPool(numberOfThreads: 1)
        self.pool.start()
    }

    deinit {
        pool.shutdownGracefully { _ in }
    }

    public var summary: String { "folder \(folder.path)" }

    /// The file a message is written to.
    public func file(id: UUID, createdAt: Date) -> URL {
        folder.appendingPathComponent("\(MailDate.compact(createdAt))-\(id.uuidString.lowercased()).eml")
    }

    public func send(id: UUID, createdAt: Date, envelopeFrom: String, recipient: String, bytes: [UInt8]) async -> MailSendResult {
        let file = file(id: id, createdAt: createdAt)
        let folder = folder
        do {
            return try await pool.runIfActive {
                let clock = ContinuousClock()
                let start = clock.now
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try Data(bytes).write(to: file, options: .atomic)
                    return MailSendResult(outcome: .accepted(code: 250), duration: clock.now - start)
                } catch {
                    let reason = (error as NSError).localizedDescription
                    return MailSendResult(outcome: .failure(.init(kind: .file, message: reason)), duration: clock.now - start)
                }
            }
        } catch {
            return MailSendResult(outcome: .failure(.init(kind: .cancelled, message: "the sender is shutting down")), duration: .zero)
        }
    }
}
