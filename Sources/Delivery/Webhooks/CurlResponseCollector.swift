import CCurl

/// Collects what libcurl's callbacks deliver during one transfer: response
/// headers, the first bytes of the body, and whether to abort.
///
/// libcurl calls back on the transfer's own thread with a raw context pointer,
/// so this is a plain class used from that one thread; the static callbacks
/// recover it with `Unmanaged` and never capture anything.
final class CurlResponseCollector {
    private let maximumBodyBytes: Int
    private let cancellation: CancellationFlag
    private var headers: [String: String] = [:]
    private var bodyPrefix: [UInt8] = []
    /// Set when the body exceeded the limit and the write callback stopped the transfer.
    private(set) var bodyTruncated = false

    init(maximumBodyBytes: Int, cancellation: CancellationFlag) {
        self.maximumBodyBytes = maximumBodyBytes
        self.cancellation = cancellation
    }

    /// The collected response for the final HTTP status.
    func response(status: Int) -> WebhookHTTPResponse {
        WebhookHTTPResponse(
            status: status,
            headers: headers,
            retryAfter: headers["retry-after"].flatMap { RetryAfter.parse($0) },
            bodyPrefix: bodyPrefix,
            bodyTruncated: bodyTruncated
        )
    }

    /// Keeps up to the limit of body bytes; past it, records the truncation and
    /// returns 0, which makes libcurl abort instead of reading an unbounded body.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        let room = maximumBodyBytes - bodyPrefix.count
        bodyPrefix.append(contentsOf: bytes.prefix(max(0, room)))
        if bytes.count > room {
            bodyTruncated = true
            return 0
        }
        return bytes.count
    }

    /// Records one header line. A status line (`HTTP/…`) starts a new response
    /// (after an interim 1xx), so earlier headers are dropped.
    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        if let existing = headers[name] {
            headers[name] = existing + ", " + value
        } else if headers.count < CurlWebhookSender.maximumResponseHeaderCount {
            headers[name] = value
        }
    }

    /// `CURLOPT_WRITEFUNCTION`: body bytes.
    static let writeCallback: curl_write_callback = { data, size, count, context in
        guard let context else { return 0 }
        let collector = Unmanaged<CurlResponseCollector>.fromOpaque(context).takeUnretainedValue()
        return collector.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
    }

    /// `CURLOPT_HEADERFUNCTION`: one complete header line per call.
    static let headerCallback: curl_write_callback = { data, size, count, context in
        guard let context else { return 0 }
        let collector = Unmanaged<CurlResponseCollector>.fromOpaque(context).takeUnretainedValue()
        collector.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
        return size * count
    }

    /// `CURLOPT_XFERINFOFUNCTION`: a non-zero return aborts a cancelled transfer.
    static let progressCallback: curl_xferinfo_callback = { context, _, _, _, _ in
        guard let context else { return 0 }
        let collector = Unmanaged<CurlResponseCollector>.fromOpaque(context).takeUnretainedValue()
        return collector.cancellation.isCancelled ? 1 : 0
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, CR and LF.
    fileprivate func trimmingWhitespace() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
