import CCurl

/// An owned libcurl URL handle (`CURLU *`).
///
/// The destination guard parses URLs with libcurl's own parser, and the sender
/// hands the very same handle to the transfer (`CURLOPT_CURLU`), so the host
/// that was checked is byte for byte the host libcurl connects to: there is no
/// room for two URL parsers to disagree.
final class CurlURL {
    /// The underlying handle; valid for the lifetime of this object.
    let handle: OpaquePointer

    /// Parses `string` with `curl_url_set`; on failure returns libcurl's explanation.
    init(parsing string: String) throws(DestinationError) {
        guard let handle = curl_url() else {
            throw .malformedURL(reason: "out of memory")
        }
        let status = curl_url_set(handle, CURLUPART_URL, string, 0)
        guard status == CURLUE_OK else {
            curl_url_cleanup(handle)
            throw .malformedURL(reason: String(cString: curl_url_strerror(status)))
        }
        self.handle = handle
    }

    deinit {
        curl_url_cleanup(handle)
    }

    /// Returns one component of the URL, or nil when the URL does not have it.
    func part(_ part: CURLUPart, flags: Int32 = 0) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        let status = curl_url_get(handle, part, &value, UInt32(flags))
        guard status == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
