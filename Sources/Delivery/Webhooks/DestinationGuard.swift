import CCurl

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SSRF guard for webhook destinations.
///
/// Webhook URLs are chosen by API clients, so without a guard the server could
/// be made to POST into its own network (cloud metadata at 169.254.169.254,
/// admin ports on loopback, private services). The guard runs twice:
/// ``validate(urlString:allowPrivateNetworks:)`` when a subscription is created
/// rejects bad URLs and non-public IP literals, and
/// ``resolveAndCheck(host:port:allowPrivateNetworks:)`` before every send
/// resolves the host and rejects it if any address is non-public, because DNS
/// answers can change after creation. The sender then pins the checked
/// addresses so libcurl cannot resolve the name a second time.
public enum DestinationGuard {
    /// The longest URL, in UTF-8 bytes, that a subscription may use.
    public static let maximumURLLength = 2048

    /// Checks a subscription URL at creation time.
    ///
    /// The URL must parse (with libcurl's parser, the one the sender uses), use
    /// `https` (`http` only when `allowPrivateNetworks`), carry no user
    /// information, have a host and be at most ``maximumURLLength`` bytes. IP
    /// literals are read in every spelling resolvers accept (`2130706433`, `0x7f.1`,
    /// `0177.0.0.1`, `[::ffff:127.0.0.1]`, ...): non-public ones and the names `localhost` and
    /// `*.localhost` are refused unless `allowPrivateNetworks` is true, in which
    /// case only syntax and scheme are checked. DNS names are not resolved here.
    public static func validate(urlString: String, allowPrivateNetworks: Bool) throws(DestinationError) {
        _ = try parse(urlString: urlString, allowPrivateNetworks: allowPrivateNetworks)
    }

    /// Resolves `host` with `getaddrinfo` and returns every address it resolves
    /// to (canonical text form, without brackets), refusing the host when any of
    /// them is non-public and `allowPrivateNetworks` is false.
    ///
    /// This blocks on DNS; call it from a thread that may block, never from the
    /// Swift concurrency pool. `host` may be a bracketed IPv6 literal.
    public static func resolveAndCheck(host: String, port: Int, allowPrivateNetworks: Bool) throws(DestinationError) -> [String] {
        try resolve(host: host, port: port, allowPrivateNetworks: allowPrivateNetworks).map(\.description)
    }

    /// A URL that passed ``validate(urlString:allowPrivateNetworks:)``, kept as
    /// the libcurl handle that will be used for the transfer.
    struct ParsedDestination {
        /// The parsed URL, to be passed to the transfer with `CURLOPT_CURLU`.
        let url: CurlURL
        /// The host exactly as libcurl reports it (IPv6 literals in brackets).
        let host: String
        /// The port, with the scheme's default filled in.
        let port: Int
        /// The host's address when the host is an IP literal; nil for DNS names.
        let literalAddress: IPAddress?
    }

    /// Parses and checks a URL; the shared implementation of
    /// ``validate(urlString:allowPrivateNetworks:)`` and of the sender's send-time check.
    static func parse(urlString: String, allowPrivateNetworks: Bool) throws(DestinationError) -> ParsedDestination {
        let length = urlString.utf8.count
        guard length <= maximumURLLength else { throw .urlTooLong(length: length) }
        // libcurl's parser is lenient where a URL is ambiguous: it cuts at a NUL, reads
        // `https:/host` and `https:///host` as `https://host`. A destination is stored and
        // shown as typed, so it must be unambiguous: printable ASCII, and `scheme://host`.
        guard urlString.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw .malformedURL(reason: "contains a space, control or non-ASCII character; percent-encode it")
        }
        guard let separator = urlString.range(of: "://"),
            urlString[..<separator.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
            let first = urlString[separator.upperBound...].first, !"/?#".contains(first)
        else {
            throw .malformedURL(reason: "must be scheme://host/…")
        }
        let url = try CurlURL(parsing: urlString)

        let scheme = (url.part(CURLUPART_SCHEME) ?? "").lowercased()
        guard scheme == "https" || (scheme == "http" && allowPrivateNetworks) else {
            throw .unsupportedScheme(scheme)
        }
        for component in [CURLUPART_USER, CURLUPART_PASSWORD, CURLUPART_OPTIONS] where url.part(component) != nil {
            throw .containsUserInfo
        }
        guard let host = url.part(CURLUPART_HOST), !host.isEmpty else { throw .missingHost }
        guard let portText = url.part(CURLUPART_PORT, flags: CURLU_DEFAULT_PORT), let port = Int(portText) else {
            throw .malformedURL(reason: "no usable port")
        }
        if let zone = url.part(CURLUPART_ZONEID), !allowPrivateNetworks {
            throw .invalidHost("\(host)%\(zone)")
        }

        let literalAddress = try classify(host: host, allowPrivateNetworks: allowPrivateNetworks)
        if let literalAddress, !allowPrivateNetworks, !literalAddress.isPublic {
            throw .nonPublicAddress(host: literalAddress.description, address: literalAddress.description)
        }
        return ParsedDestination(url: url, host: host, port: port, literalAddress: literalAddress)
    }

    /// Decides whether `host` is an IP literal (returned) or a DNS name (nil),
    /// rejecting malformed literals, non-ASCII names (libcurl would convert them
    /// to punycode behind the guard's back) and local host names.
    private static func classify(host: String, allowPrivateNetworks: Bool) throws(DestinationError) -> IPAddress? {
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), let address = IPAddress.parseIPv6(String(host.dropFirst().dropLast())) else {
                throw .invalidHost(host)
            }
            return address
        }
        guard host.allSatisfy(\.isASCII) else { throw .invalidHost(host) }
        let name = host.hasSuffix(".") ? String(host.dropLast()).lowercased() : host.lowercased()
        if IPAddress.looksLikeIPv4(name) {
            guard let address = IPAddress.parseIPv4(name) else { throw .invalidHost(host) }
            return address
        }
        if !allowPrivateNetworks, name == "localhost" || name.hasSuffix(".localhost") {
            throw .localHostName(host)
        }
        return nil
    }

    /// Resolves `host` and checks every address; see ``resolveAndCheck(host:port:allowPrivateNetworks:)``.
    static func resolve(host: String, port: Int, allowPrivateNetworks: Bool) throws(DestinationError) -> [IPAddress] {
        let bareHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(bareHost, String(port), &hints, &list)
        guard status == 0 else {
            throw .resolutionFailed(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }

        var addresses: [IPAddress] = []
        var entry = list
        while let current = entry {
            if let address = IPAddress(socketAddress: current.pointee.ai_addr), !addresses.contains(address) {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        guard !addresses.isEmpty else {
            throw .resolutionFailed(host: host, reason: "no IPv4 or IPv6 address")
        }
        if !allowPrivateNetworks, let refused = addresses.first(where: { !$0.isPublic }) {
            throw .nonPublicAddress(host: host, address: refused.description)
        }
        return addresses
    }

    /// The `CURLOPT_RESOLVE` entries that pin `host:port` to exactly `addresses`,
    /// so libcurl connects to the checked addresses and never asks DNS itself.
    /// A host written with a trailing dot is pinned with and without it, since
    /// libcurl may strip the dot before its cache lookup.
    static func resolvePins(host: String, port: Int, addresses: [IPAddress]) -> [String] {
        let list = addresses.map { address -> String in
            if case .v6 = address { return "[\(address)]" }
            return address.description
        }.joined(separator: ",")
        var hosts = [host]
        if host.hasSuffix(".") { hosts.append(String(host.dropLast())) }
        return hosts.map { "\($0):\(port):\(list)" }
    }
}

extension IPAddress {
    /// Reads an IPv4 or IPv6 socket address as returned by `getaddrinfo`; nil for other families.
    init?(socketAddress: UnsafeMutablePointer<sockaddr>?) {
        guard let socketAddress else { return nil }
        switch Int32(socketAddress.pointee.sa_family) {
        case AF_INET:
            let raw = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
            self = .v4(UInt32(bigEndian: raw))
        case AF_INET6:
            let storage = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
            self = .v6(withUnsafeBytes(of: storage) { Array($0) })
        default:
            return nil
        }
    }
}
