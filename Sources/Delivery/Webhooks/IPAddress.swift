#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A numeric IP address, as the socket layer would connect to it.
///
/// The destination guard reasons about addresses through this type rather than
/// through strings, so that every spelling of an address (`2130706433`,
/// `0x7f.1`, `[::ffff:127.0.0.1]`, ...) ends up as the same value before the
/// public/non-public decision is made.
enum IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// An IPv4 address in host byte order (`127.0.0.1` is `0x7F00_0001`).
    case v4(UInt32)
    /// An IPv6 address as its 16 network-order bytes.
    case v6([UInt8])

    /// Parses an IPv4 literal with the permissive rules of `inet_aton`, which
    /// `getaddrinfo` applies to numeric host names: one to four parts separated
    /// by dots, each decimal, octal (leading `0`) or hexadecimal (leading `0x`),
    /// the last part filling all remaining bytes (`127.1` is `127.0.0.1`,
    /// `2130706433` is `127.0.0.1`). Returns nil when the text is not such a literal.
    static func parseIPv4(_ text: some StringProtocol) -> IPAddress? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var values: [UInt32] = []
        for part in parts {
            guard let value = parseInetAtonPart(part) else { return nil }
            values.append(value)
        }
        let leading = values.dropLast()
        guard leading.allSatisfy({ $0 <= 0xFF }) else { return nil }
        let remainingBytes = 4 - leading.count
        let last = values[values.count - 1]
        guard remainingBytes == 4 || last < (UInt32(1) << (8 * remainingBytes)) else { return nil }
        var address: UInt32 = 0
        for (index, byte) in leading.enumerated() {
            address |= byte << (8 * (3 - index))
        }
        return .v4(address | last)
    }

    /// Parses an IPv6 literal (without brackets or zone identifier) with the
    /// C library's `inet_pton`, the parser `getaddrinfo` itself uses for
    /// numeric IPv6 hosts. Returns nil when the text is not an IPv6 literal.
    static func parseIPv6(_ text: String) -> IPAddress? {
        var storage = in6_addr()
        let status = withUnsafeMutableBytes(of: &storage) { buffer in
            inet_pton(AF_INET6, text, buffer.baseAddress)
        }
        guard status == 1 else { return nil }
        return .v6(withUnsafeBytes(of: storage) { Array($0) })
    }

    /// True when the text looks like it was meant as an IPv4 literal: its last
    /// dot-separated label is a decimal or `0x` hexadecimal number. Such a host
    /// must parse as IPv4 or be rejected, as the WHATWG URL standard does,
    /// because resolvers treat it as an address rather than a name.
    static func looksLikeIPv4(_ text: some StringProtocol) -> Bool {
        guard let lastLabel = text.split(separator: ".", omittingEmptySubsequences: false).last,
            !lastLabel.isEmpty
        else { return false }
        if lastLabel.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        let lower = lastLabel.lowercased()
        return lower.hasPrefix("0x") && lower.dropFirst(2).allSatisfy(\.isHexDigit)
    }

    /// Parses one `inet_aton` component: `0x` hex (an empty digit string counts
    /// as zero, as glibc does), leading-zero octal, or decimal; nil on overflow
    /// past 32 bits or on a digit invalid for the base.
    private static func parseInetAtonPart(_ part: some StringProtocol) -> UInt32? {
        guard !part.isEmpty, part.allSatisfy(\.isASCII) else { return nil }
        let lower = part.lowercased()
        let radix: UInt32
        let digits: Substring
        if lower.hasPrefix("0x") {
            radix = 16
            digits = lower.dropFirst(2)
        } else if lower.hasPrefix("0") && lower.count > 1 {
            radix = 8
            digits = lower.dropFirst(1)
        } else {
            radix = 10
            digits = Substring(lower)
        }
        var value: UInt64 = 0
        for character in digits {
            guard let digit = character.hexDigitValue, UInt32(digit) < radix else { return nil }
            value = value * UInt64(radix) + UInt64(digit)
            guard value <= UInt64(UInt32.max) else { return nil }
        }
        return UInt32(value)
    }

    /// The address in its canonical text form (`127.0.0.1`, `::1`), via `inet_ntop`.
    var description: String {
        switch self {
        case .v4(let value):
            return "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
        case .v6(let bytes):
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            let ok = bytes.withUnsafeBytes { raw in
                buffer.withUnsafeMutableBufferPointer { out in
                    inet_ntop(AF_INET6, raw.baseAddress, out.baseAddress, socklen_t(out.count)) != nil
                }
            }
            guard ok else { return bytes.map { String($0, radix: 16) }.joined(separator: ":") }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// True when the address is globally routable unicast that a webhook may
    /// target; false for loopback, private, link-local, CGNAT, multicast,
    /// reserved, documentation and benchmarking ranges, and for IPv6 forms that
    /// embed such an IPv4 address.
    var isPublic: Bool {
        switch self {
        case .v4(let value):
            return !Self.nonPublicIPv4Ranges.contains { $0.contains(value) }
        case .v6(let bytes):
            return Self.isPublicIPv6(bytes)
        }
    }

    /// An IPv4 CIDR block, used for the non-public range table.
    private struct IPv4Range: Sendable {
        let base: UInt32
        let prefixLength: Int

        func contains(_ address: UInt32) -> Bool {
            let mask: UInt32 = prefixLength == 0 ? 0 : ~UInt32(0) << (32 - prefixLength)
            return address & mask == base & mask
        }
    }

    /// IPv4 blocks that are never valid webhook destinations (IANA special-purpose registry).
    private static let nonPublicIPv4Ranges: [IPv4Range] = [
        IPv4Range(base: 0x0000_0000, prefixLength: 8),  // 0.0.0.0/8 "this network"
        IPv4Range(base: 0x0A00_0000, prefixLength: 8),  // 10.0.0.0/8 private
        IPv4Range(base: 0x6440_0000, prefixLength: 10),  // 100.64.0.0/10 CGNAT
        IPv4Range(base: 0x7F00_0000, prefixLength: 8),  // 127.0.0.0/8 loopback
        IPv4Range(base: 0xA9FE_0000, prefixLength: 16),  // 169.254.0.0/16 link-local, cloud metadata
        IPv4Range(base: 0xAC10_0000, prefixLength: 12),  // 172.16.0.0/12 private
        IPv4Range(base: 0xC000_0000, prefixLength: 24),  // 192.0.0.0/24 IETF protocol assignments
        IPv4Range(base: 0xC000_0200, prefixLength: 24),  // 192.0.2.0/24 TEST-NET-1
        IPv4Range(base: 0xC058_6300, prefixLength: 24),  // 192.88.99.0/24 6to4 relay anycast
        IPv4Range(base: 0xC0A8_0000, prefixLength: 16),  // 192.168.0.0/16 private
        IPv4Range(base: 0xC612_0000, prefixLength: 15),  // 198.18.0.0/15 benchmarking
        IPv4Range(base: 0xC633_6400, prefixLength: 24),  // 198.51.100.0/24 TEST-NET-2
        IPv4Range(base: 0xCB00_7100, prefixLength: 24),  // 203.0.113.0/24 TEST-NET-3
        IPv4Range(base: 0xE000_0000, prefixLength: 4),  // 224.0.0.0/4 multicast
        IPv4Range(base: 0xF000_0000, prefixLength: 4),  // 240.0.0.0/4 reserved, incl. 255.255.255.255
    ]

    /// IPv6 policy: addresses embedding an IPv4 address (IPv4-compatible
    /// `::/96`, which also covers `::` and `::1`; IPv4-mapped `::ffff:0:0/96`;
    /// NAT64 `64:ff9b::/96`; 6to4 `2002::/16`) are judged by that IPv4 address.
    /// Everything else must be global unicast (`2000::/3`) outside the
    /// documentation, Teredo, ORCHID and other IETF special blocks; this
    /// excludes ULA `fc00::/7`, link-local `fe80::/10`, multicast `ff00::/8`
    /// and the rest of the unassigned space.
    private static func isPublicIPv6(_ bytes: [UInt8]) -> Bool {
        func embeddedIPv4(at offset: Int) -> IPAddress {
            .v4(bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        let first12 = bytes[0..<12]
        if first12.allSatisfy({ $0 == 0 }) {
            return embeddedIPv4(at: 12).isPublic
        }
        if first12.elementsEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]) {
            return embeddedIPv4(at: 12).isPublic
        }
        if first12.elementsEqual([0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]) {
            return embeddedIPv4(at: 12).isPublic
        }
        if bytes[0] == 0x20, bytes[1] == 0x02 {
            return embeddedIPv4(at: 2).isPublic
        }
        guard bytes[0] & 0xE0 == 0x20 else { return false }
        if bytes[0] == 0x20, bytes[1] == 0x01 {
            // 2001::/23 IETF protocol assignments (Teredo 2001::/32, ORCHID, ...)
            // and 2001:db8::/32 documentation.
            if bytes[2] & 0xFE == 0x00 { return false }
            if bytes[2] == 0x0D, bytes[3] == 0xB8 { return false }
        }
        // 3fff::/20 documentation (RFC 9637).
        if bytes[0] == 0x3F, bytes[1] == 0xFF, bytes[2] & 0xF0 == 0x00 { return false }
        return true
    }
}
