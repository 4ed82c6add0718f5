import CCurl

/// One blocking libcurl transfer: the guard check, the easy-handle setup,
/// `curl_easy_perform` and the translation of the outcome.
///
/// It runs entirely on one `NIOThreadPool` thread; only the request,
/// the settings and the cancellation flag cross threads.
struct CurlTransfer: Sendable {
    /// Per-sender limits and policy, fixed when the sender is created.
    struct Settings: Sendable {
        let connectTimeoutMilliseconds: Int
        let totalTimeoutMilliseconds: Int
        let maximumResponseBodyBytes: Int
        let allowPrivateNetworks: Bool
    }

    let request: WebhookHTTPRequest
    let settings: Settings
    let cancellation: CancellationFlag

    /// Performs the attempt and measures it. Blocks the calling thread.
    func run() -> WebhookHTTPResult {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = perform()
        return WebhookHTTPResult(outcome: outcome, duration: clock.now - start)
    }

    private func perform() -> WebhookHTTPResult.Outcome {
        if cancellation.isCancelled {
            return .failure(.init(kind: .cancelled, message: "cancelled before sending"))
        }
        if let problem = headerProblem() {
            return .failure(.init(kind: .invalidRequest, message: problem))
        }

        let destination: DestinationGuard.ParsedDestination
        var pins: [String] = []
        do {
            destination = try DestinationGuard.parse(urlString: request.url, allowPrivateNetworks: settings.allowPrivateNetworks)
            if destination.literalAddress == nil {
                let addresses = try DestinationGuard.resolve(
                    host: destination.host, port: destination.port, allowPrivateNetworks: settings.allowPrivateNetworks)
                pins = DestinationGuard.resolvePins(host: destination.host, port: destination.port, addresses: addresses)
            }
        } catch {
            if case .resolutionFailed = error {
                return .failure(.init(kind: .dnsFailure, message: error.message))
            }
            return .failure(.init(kind: .destinationRefused, message: "destination refused: \(error.message)"))
        }

        guard let easy = curl_easy_init() else {
            return .failure(.init(kind: .other, message: "curl_easy_init failed"))
        }
        defer { curl_easy_cleanup(easy) }
        var lists = CurlStringLists()
        defer { lists.freeAll() }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        let state = CurlResponseCollector(maximumBodyBytes: settings.maximumResponseBodyBytes, cancellation: cancellation)

        let setupError: CURLcode? = withExtendedLifetime(destination.url) {
            configure(easy, destination: destination, pins: pins, lists: &lists, errorBuffer: errorBuffer, state: state)
        }
        if let setupError {
            return .failure(.init(kind: .other, message: "libcurl setup failed: \(String(cString: curl_easy_strerror(setupError)))"))
        }

        let code = withExtendedLifetime((destination.url, state)) { curl_easy_perform(easy) }

        if code == CURLE_OK || (code == CURLE_WRITE_ERROR && state.bodyTruncated) {
            var status = 0
            _ = matchd_curl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
            return .response(state.response(status: status))
        }
        if code == CURLE_ABORTED_BY_CALLBACK && cancellation.isCancelled {
            return .failure(.init(kind: .cancelled, message: "cancelled during transfer"))
        }
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        return .failure(.init(kind: Self.kind(of: code), message: message))
    }

    /// Applies every option; returns the first failing option's code, or nil.
    private func configure(
        _ easy: UnsafeMutableRawPointer,
        destination: DestinationGuard.ParsedDestination,
        pins: [String],
        lists: inout CurlStringLists,
        errorBuffer: UnsafeMutablePointer<CChar>,
        state: CurlResponseCollector
    ) -> CURLcode? {
        var headerLines = request.headers.map { "\($0.name): \($0.value)" }
        // An empty "Expect:" stops libcurl from waiting for "100 Continue" on larger bodies.
        headerLines.append("Expect:")
        guard let headers = lists.make(headerLines) else { return CURLE_OUT_OF_MEMORY }
        let context = Unmanaged.passUnretained(state).toOpaque()
        let body = request.body.isEmpty ? [0] : request.body

        var results: [CURLcode] = [
            matchd_curl_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer),
            matchd_curl_setopt_pointer(easy, CURLOPT_CURLU, UnsafeMutableRawPointer(destination.url.handle)),
            matchd_curl_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"),
            matchd_curl_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            matchd_curl_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0),
            matchd_curl_setopt_string(easy, CURLOPT_PROXY, ""),
            matchd_curl_setopt_long(easy, CURLOPT_NOSIGNAL, 1),
            matchd_curl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, settings.connectTimeoutMilliseconds),
            matchd_curl_setopt_long(easy, CURLOPT_TIMEOUT_MS, settings.totalTimeoutMilliseconds),
            matchd_curl_setopt_long(easy, CURLOPT_POST, 1),
            matchd_curl_setopt_long(easy, CURLOPT_POSTFIELDSIZE, request.body.count),
        ]
        // COPYPOSTFIELDS copies the bytes, so nothing has to outlive this call.
        results.append(
            body.withUnsafeBufferPointer {
                matchd_curl_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress))
            })
        results += [
            matchd_curl_setopt_slist(easy, CURLOPT_HTTPHEADER, headers),
            matchd_curl_setopt_write_callback(easy, CurlResponseCollector.writeCallback),
            matchd_curl_setopt_pointer(easy, CURLOPT_WRITEDATA, context),
            matchd_curl_setopt_header_callback(easy, CurlResponseCollector.headerCallback),
            matchd_curl_setopt_pointer(easy, CURLOPT_HEADERDATA, context),
            matchd_curl_setopt_xferinfo_callback(easy, CurlResponseCollector.progressCallback),
            matchd_curl_setopt_pointer(easy, CURLOPT_XFERINFODATA, context),
            matchd_curl_setopt_long(easy, CURLOPT_NOPROGRESS, 0),
        ]
        if !pins.isEmpty {
            guard let resolve = lists.make(pins) else { return CURLE_OUT_OF_MEMORY }
            results.append(matchd_curl_setopt_slist(easy, CURLOPT_RESOLVE, resolve))
        }
        return results.first { $0 != CURLE_OK }
    }

    /// Rejects header names and values that would break the request framing
    /// (line breaks, NUL, a colon or blank in the name).
    private func headerProblem() -> String? {
        for header in request.headers {
            let badName: Bool =
                header.name.isEmpty
                || header.name.utf8.contains { (byte: UInt8) -> Bool in
                    byte <= 0x20 || byte == 0x3A || byte == 0x7F
                }
            let badValue: Bool = header.value.utf8.contains { (byte: UInt8) -> Bool in
                byte == 0x0D || byte == 0x0A || byte == 0x00
            }
            if badName || badValue {
                return "invalid request header '\(header.name)'"
            }
        }
        return nil
    }

    /// Groups libcurl error codes into the kinds the retry policy and metrics use.
    private static func kind(of code: CURLcode) -> WebhookTransportError.Kind {
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout
        case CURLE_COULDNT_RESOLVE_HOST:
            return .dnsFailure
        case CURLE_COULDNT_CONNECT:
            return .connectFailed
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED,
            CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS,
            CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE:
            return .tls
        default:
            return .other
        }
    }
}

/// Owns the `curl_slist`s handed to one easy handle, which libcurl does not copy.
struct CurlStringLists {
    private var lists: [UnsafeMutablePointer<curl_slist>] = []

    /// Builds a list from the non-empty `lines` and keeps it for ``freeAll()``;
    /// nil when `lines` is empty or allocation fails.
    mutating func make(_ lines: [String]) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                return nil
            }
            list = appended
        }
        if let list { lists.append(list) }
        return list
    }

    /// Frees every list; call after the easy handle is done with them.
    mutating func freeAll() {
        for list in lists { curl_slist_free_all(list) }
        lists.removeAll()
    }
}
