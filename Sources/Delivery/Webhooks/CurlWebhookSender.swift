import CCurl
import Logging
import NIOPosix
import Synchronization

/// Sends webhook POSTs with libcurl, one attempt per call.
///
/// Every attempt re-runs the ``DestinationGuard`` (unless private networks are
/// allowed, as in tests and on-premise setups), resolves the host itself and
/// pins libcurl to the checked addresses, so a DNS answer that changed since the
/// subscription was created cannot redirect a delivery into the local network.
/// Transfers run on the sender's own `NIOThreadPool`, never on the Swift
/// concurrency pool, because `curl_easy_perform` blocks; the pool's size caps the
/// transfers in flight (further sends wait their turn). Redirects are not
/// followed (a 3xx is a failed attempt) and only the first bytes of a response
/// body are read.
public final class CurlWebhookSender: Sendable {
    /// The most response headers kept in a ``WebhookHTTPResponse``.
    public static let maximumResponseHeaderCount = 64

    /// `curl_global_init` must run once per process before any transfer; a
    /// static let gives exactly-once, thread-safe initialisation.
    private static let globalInitResult: CURLcode = curl_global_init(matchd_curl_global_default_flags())

    private let settings: CurlTransfer.Settings
    private let pool: NIOThreadPool
    private let logger: Logger

    /// Creates a sender.
    ///
    /// - Parameters:
    ///   - connectTimeout: limit for DNS-free TCP and TLS connection setup (`CURLOPT_CONNECTTIMEOUT_MS`).
    ///   - totalTimeout: limit for the whole transfer (`CURLOPT_TIMEOUT_MS`).
    ///   - maximumConcurrentTransfers: number of dedicated sender threads, i.e.
    ///     the most transfers in flight; further sends wait their turn.
    ///   - maximumResponseBodyBytes: how much of a response body is read before the transfer is cut short.
    ///   - allowPrivateNetworks: skip the SSRF checks and allow `http` (tests, on-premise receivers).
    ///   - logger: receives a debug line for every failed attempt.
    public init(
        connectTimeout: Duration = .seconds(5),
        totalTimeout: Duration = .seconds(15),
        maximumConcurrentTransfers: Int = 8,
        maximumResponseBodyBytes: Int = 64 * 1024,
        allowPrivateNetworks: Bool = false,
        logger: Logger = Logger(label: "matchd.webhooks.sender")
    ) {
        _ = Self.globalInitResult
        self.settings = CurlTransfer.Settings(
            connectTimeoutMilliseconds: max(1, connectTimeout.wholeMilliseconds),
            totalTimeoutMilliseconds: max(1, totalTimeout.wholeMilliseconds),
            maximumResponseBodyBytes: max(0, maximumResponseBodyBytes),
            allowPrivateNetworks: allowPrivateNetworks
        )
        self.pool = NIOThreadPool(numberOfThreads: max(1, maximumConcurrentTransfers))
        self.pool.start()
        self.logger = logger
    }

    deinit {
        pool.shutdownGracefully { _ in }
    }

    /// Performs one delivery attempt and reports its outcome; never throws.
    ///
    /// Cancelling the calling task aborts the transfer within about a second and
    /// yields a ``WebhookTransportError/Kind/cancelled`` failure.
    public func send(_ request: WebhookHTTPRequest) async -> WebhookHTTPResult {
        guard Self.globalInitResult == CURLE_OK else {
            let reason = String(cString: curl_easy_strerror(Self.globalInitResult))
            return WebhookHTTPResult(
                outcome: .failure(.init(kind: .other, message: "libcurl initialisation failed: \(reason)")), duration: .zero)
        }
        let cancellation = CancellationFlag()
        let transfer = CurlTransfer(request: request, settings: settings, cancellation: cancellation)
        let result = await withTaskCancellationHandler {
            do {
                return try await pool.runIfActive { transfer.run() }
            } catch {
                return WebhookHTTPResult(
                    outcome: .failure(.init(kind: .cancelled, message: "the sender is shutting down")),
                    duration: .zero)
            }
        } onCancel: {
            cancellation.cancel()
        }
        if let failure = result.failure {
            // The kind only: curl's message can quote the URL, whose path or query may be a secret.
            logger.debug("webhook attempt failed", metadata: ["webhook.failure.kind": "\(failure.kind.rawValue)"])
        }
        return result
    }
}

/// A flag set when the task waiting for a transfer is cancelled, read by the
/// transfer's progress callback on the sender thread.
final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Marks the transfer as cancelled.
    func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether ``cancel()`` was called.
    var isCancelled: Bool {
        flag.load(ordering: .relaxed)
    }
}
