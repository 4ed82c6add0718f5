import CCurl

/// One blocking SMTP transfer on a kept easy handle: the options (reset first, so nothing of
/// the previous message remains), `curl_easy_perform`, and the reply code's meaning.
struct SMTPTransfer: Sendable {
    let settings: SMTPSettings
    let envelopeFrom: String
    let recipient: String
    let bytes: [UInt8]
    let cancellation: CancellationFlag

    /// Performs the attempt and measures it. Blocks the calling thread.
    func run(on handle: CurlEasyHandle) -> MailSendResult {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = perform(handle)
        return MailSendResult(outcome: outcome, duration: clock.now - start)
    }

    private func perform(_ handle: CurlEasyHandle) -> MailSendResult.Outcome {
        if cancellation.isCancelled { return .failure(.init(kind: .cancelled, message: "cancelled before sending")) }
        guard let easy = handle.easy else { return .failure(.init(kind: .other, message: "curl_easy_init failed")) }
        // Options go back to their defaults; the connection cache (the open connection) stays.
        curl_easy_reset(easy)
        var lists = CurlStringLists()
        defer { lists.freeAll() }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        let upload = SMTPUpload(bytes: bytes, cancellation: cancellation)
        if let setupError = configure(easy, lists: &lists, errorBuffer: errorBuffer, upload: upload) {
            return .failure(.init(kind: .other, message: "libcurl setup failed: \(String(cString: curl_easy_strerror(setupError)))"))
        }
        let code = withExtendedLifetime(upload) { curl_easy_perform(easy) }
        var reply = 0
        _ = matchd_curl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &reply)
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        if code == CURLE_OK { return .accepted(code: reply == 0 ? 250 : reply) }
        if code == CURLE_ABORTED_BY_CALLBACK && cancellation.isCancelled {
            return .failure(.init(kind: .cancelled, message: "cancelled during transfer"))
        }
        if code == CURLE_LOGIN_DENIED {
            return .failure(.init(kind: .authentication, message: message, smtpCode: reply == 0 ? nil : reply))
        }
        // A refused MAIL, RCPT or DATA: the reply code decides (4xx again later, 5xx never).
        if (400..<600).contains(reply) { return .refused(code: reply) }
        return .failure(.init(kind: Self.kind(of: code), message: message, smtpCode: reply == 0 ? nil : reply))
    }

    /// Applies every option; returns the first failing option's code, or nil.
    private func configure(
        _ easy: UnsafeMutableRawPointer, lists: inout CurlStringLists, errorBuffer: UnsafeMutablePointer<CChar>, upload: SMTPUpload
    ) -> CURLcode? {
        guard let recipients = lists.make(["<\(recipient)>"]) else { return CURLE_OUT_OF_MEMORY }
        let context = Unmanaged.passUnretained(upload).toOpaque()
        let useSSL = settings.allowPlain && settings.url.lowercased().hasPrefix("smtp://") ? CURLUSESSL_NONE : CURLUSESSL_ALL
        var results: [CURLcode] = [
            matchd_curl_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer),
            matchd_curl_setopt_string(easy, CURLOPT_URL, settings.url),
            matchd_curl_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "smtp,smtps"),
            matchd_curl_setopt_string(easy, CURLOPT_PROXY, ""),
            matchd_curl_setopt_long(easy, CURLOPT_NOSIGNAL, 1),
            matchd_curl_setopt_long(easy, CURLOPT_USE_SSL, Int(useSSL.rawValue)),
            matchd_curl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, max(1, settings.connectTimeout.wholeMilliseconds)),
            matchd_curl_setopt_long(easy, CURLOPT_TIMEOUT_MS, max(1, settings.totalTimeout.wholeMilliseconds)),
            matchd_curl_setopt_string(easy, CURLOPT_MAIL_FROM, "<\(envelopeFrom)>"),
            matchd_curl_setopt_slist(easy, CURLOPT_MAIL_RCPT, recipients),
            matchd_curl_setopt_long(easy, CURLOPT_UPLOAD, 1),
            matchd_curl_setopt_read_callback(easy, SMTPUpload.readCallback),
            matchd_curl_setopt_pointer(easy, CURLOPT_READDATA, context),
            matchd_curl_setopt_xferinfo_callback(easy, SMTPUpload.progressCallback),
            matchd_curl_setopt_pointer(easy, CURLOPT_XFERINFODATA, context),
            matchd_curl_setopt_long(easy, CURLOPT_NOPROGRESS, 0),
        ]
        if let user = settings.user {
            results.append(matchd_curl_setopt_string(easy, CURLOPT_USERNAME, user))
            results.append(matchd_curl_setopt_string(easy, CURLOPT_PASSWORD, settings.password ?? ""))
        }
        if let caFile = settings.caFile {
            results.append(matchd_curl_setopt_string(easy, CURLOPT_CAINFO, caFile))
        }
        return results.first { $0 != CURLE_OK }
    }

    /// Groups libcurl error codes into the kinds the retry decision, logs and metrics use.
    private static func kind(of code: CURLcode) -> MailTransportError.Kind {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: .timeout
        case CURLE_COULDNT_RESOLVE_HOST: .dnsFailure
        case CURLE_COULDNT_CONNECT: .connectFailed
        case CURLE_USE_SSL_FAILED, CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS,
            CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE:
            .tls
        default: .other
        }
    }
}

/// The message bytes handed to libcurl's read callback, and the cancellation its progress
/// callback checks. Used from the transfer's one thread; the static callbacks recover it with
/// `Unmanaged` and capture nothing.
final class SMTPUpload {
    private let bytes: [UInt8]
    private var offset = 0
    let cancellation: CancellationFlag

    init(bytes: [UInt8], cancellation: CancellationFlag) {
        self.bytes = bytes
        self.cancellation = cancellation
    }

    /// Copies the next bytes into libcurl's buffer; 0 at the end of the message.
    private func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }

    /// `CURLOPT_READFUNCTION`.
    static let readCallback: curl_read_callback = { buffer, size, count, context in
        guard let context, let buffer else { return Int(CURL_READFUNC_ABORT) }
        let upload = Unmanaged<SMTPUpload>.fromOpaque(context).takeUnretainedValue()
        return upload.read(into: buffer, capacity: size * count)
    }

    /// `CURLOPT_XFERINFOFUNCTION`: a non-zero return aborts a cancelled transfer.
    static let progressCallback: curl_xferinfo_callback = { context, _, _, _, _ in
        guard let context else { return 0 }
        return Unmanaged<SMTPUpload>.fromOpaque(context).takeUnretainedValue().cancellation.isCancelled ? 1 : 0
    }
}
