import CCurl
import Foundation
import Logging
import NIOPosix
import Synchronization

/// Sends mail to the configured SMTP server with libcurl, one message per call.
///
/// `smtp://` requires STARTTLS (`CURLUSESSL_ALL`) unless plain SMTP is allowed explicitly;
/// `smtps://` is TLS from the first byte. AUTH uses the mechanisms the server offers (PLAIN,
/// LOGIN, …) when a user is set. Transfers block, so they run on the sender's own
/// `NIOThreadPool`; each takes an easy handle from ``handles`` and gives it back afterwards,
/// and libcurl keeps the handle's SMTP connection open for the next message (connection
/// reuse: one EHLO, STARTTLS and AUTH per connection, not per message). The destination is
/// the operator's own server, so the webhooks' SSRF guard does not apply.
public final class CurlMailSender: MailTransport {
    /// `curl_global_init` once per process (shared with the webhook sender's).
    private static let globalInitResult: CURLcode = curl_global_init(matchd_curl_global_default_flags())

    private let settings: SMTPSettings
    private let pool: NIOThreadPool
    /// Idle easy handles, each with its open connection; at most one per pool thread.
    private let handles = Mutex<[CurlEasyHandle]>([])

    /// A sender to the server of `settings` with `connections` threads, so at most that many
    /// messages in flight and SMTP connections open.
    public init(settings: SMTPSettings, connections: Int = 4) {
        _ = Self.globalInitResult
        self.settings = settings
        self.pool = NIOThreadPool(numberOfThreads: max(1, connections))
        self.pool.start()
    }

    deinit {
        pool.shutdownGracefully { _ in }
    }

    public var summary: String { "smtp \(settings)" }

    public func send(id: UUID, createdAt: Date, envelopeFrom: String, recipient: String, bytes: [UInt8]) async -> MailSendResult {
        guard Self.globalInitResult == CURLE_OK else {
            let reason = String(cString: curl_easy_strerror(Self.globalInitResult))
            return MailSendResult(
                outcome: .failure(.init(kind: .other, message: "libcurl initialisation failed: \(reason)")), duration: .zero)
        }
        let cancellation = CancellationFlag()
        let transfer = SMTPTransfer(
            settings: settings, envelopeFrom: envelopeFrom, recipient: recipient, bytes: bytes, cancellation: cancellation)
        return await withTaskCancellationHandler {
            do {
                return try await pool.runIfActive { self.run(transfer) }
            } catch {
                return MailSendResult(outcome: .failure(.init(kind: .cancelled, message: "the sender is shutting down")), duration: .zero)
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    /// Runs `transfer` on an idle handle (a new one when none is idle) and keeps the handle.
    private func run(_ transfer: SMTPTransfer) -> MailSendResult {
        let handle = handles.withLock { $0.popLast() } ?? CurlEasyHandle()
        defer { handles.withLock { $0.append(handle) } }
        return transfer.run(on: handle)
    }
}

/// A libcurl easy handle kept between transfers, so its connection cache (the open SMTP
/// connection) survives from one message to the next. It is used by one thread at a time: taken
/// from the sender's idle list for a transfer and put back after it, which is why it may cross
/// threads as `@unchecked Sendable`.
final class CurlEasyHandle: @unchecked Sendable {
    /// The handle; nil when libcurl could not make one.
    let easy: UnsafeMutableRawPointer?

    init() {
        easy = curl_easy_init()
    }

    deinit {
        if let easy { curl_easy_cleanup(easy) }
    }
}
