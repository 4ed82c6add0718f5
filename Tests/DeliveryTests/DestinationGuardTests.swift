import Testing

@testable import Delivery

@Suite("SSRF destination guard")
struct DestinationGuardTests {
    static let nonPublicURLs = [
        // IPv4 loopback in every spelling resolvers accept
        "https://127.0.0.1/x", "https://127.255.255.254/x", "https://2130706433/x", "https://0x7f000001/x",
        "https://0x7f.0.0.1/x", "https://0177.0.0.1/x", "https://0177.1/x", "https://127.1/x", "https://127.0.1/x",
        "https://127.0.0.1.:8443/x", "https://%31%32%37.0.0.1/x",
        // "this network", private, link-local / metadata, CGNAT
        "https://0.0.0.0/x", "https://0/x", "https://0x/x", "https://10.1.2.3/x", "https://172.16.0.1/x",
        "https://172.31.255.255/x", "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data",
        "https://169.254.0.1/x", "https://100.64.0.1/x", "https://100.127.255.255/x",
        // multicast, reserved, broadcast, special-purpose and documentation ranges
        "https://224.0.0.1/x", "https://239.255.255.255/x", "https://240.0.0.1/x", "https://255.255.255.255/x",
        "https://192.0.0.8/x", "https://192.0.2.1/x", "https://198.18.0.1/x", "https://198.19.255.255/x",
        "https://198.51.100.7/x", "https://203.0.113.9/x",
        // IPv6
        "https://[::]/x", "https://[::1]/x", "https://[0:0:0:0:0:0:0:1]/x", "https://[::ffff:127.0.0.1]/x",
        "https://[::ffff:7f00:1]/x", "https://[::ffff:10.0.0.1]/x", "https://[::ffff:169.254.169.254]/x",
        "https://[::127.0.0.1]/x", "https://[64:ff9b::127.0.0.1]/x", "https://[64:ff9b::a9fe:a9fe]/x",
        "https://[fe80::1]/x", "https://[febf::1]/x", "https://[fc00::1]/x", "https://[fd12:3456::1]/x",
        "https://[ff02::1]/x", "https://[2001:db8::1]/x", "https://[2002:7f00:1::1]/x",
        // names that always loop back
        "https://localhost/x", "https://LOCALHOST:8443/x", "https://localhost./x", "https://api.localhost/x",
        "https://%6c%6f%63%61%6c%68%6f%73%74/x",
    ]

    @Test("non-public destinations are refused", arguments: nonPublicURLs)
    func refusesNonPublic(url: String) {
        do {
            try DestinationGuard.validate(urlString: url, allowPrivateNetworks: false)
            Issue.record("\(url) was accepted")
        } catch {
            switch error {
            case .nonPublicAddress, .localHostName:
                #expect(error.message.hasPrefix("url host "))
            default:
                Issue.record("\(url) was refused for the wrong reason: \(error)")
            }
        }
    }

    @Test(
        "non-public destinations pass when private networks are allowed",
        arguments: nonPublicURLs + ["http://127.0.0.1:8080/x", "https://[fe80::1%25eth0]/x"])
    func allowsPrivateWhenConfigured(url: String) throws {
        try DestinationGuard.validate(urlString: url, allowPrivateNetworks: true)
    }

    @Test(
        "public destinations are accepted",
        arguments: [
            "https://example.com/hook", "https://93.184.216.34/x", "https://[2606:4700::1]/x",
            "https://hooks.example.com:8443/a/b?c=d", "https://[::ffff:93.184.216.34]/x", "https://172.32.0.1/x",
            "https://100.128.0.1/x", "https://1.1.1.1/x", "https://localhost.example.com/x",
        ])
    func acceptsPublic(url: String) throws {
        try DestinationGuard.validate(urlString: url, allowPrivateNetworks: false)
    }

    @Test("the error names the field and explains itself")
    func errorMessage() {
        do {
            try DestinationGuard.validate(urlString: "https://0x7f.1/x", allowPrivateNetworks: false)
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .nonPublicAddress(host: "127.0.0.1", address: "127.0.0.1"))
            #expect(error.field == "url")
            #expect(error.message == "url host 127.0.0.1 is not a public address")
        }
    }

    @Test("schemes: https only, http only with private networks allowed")
    func schemes() throws {
        #expect(throws: DestinationError.unsupportedScheme("ftp")) {
            try DestinationGuard.validate(urlString: "ftp://example.com/x", allowPrivateNetworks: false)
        }
        #expect(throws: DestinationError.unsupportedScheme("ftp")) {
            try DestinationGuard.validate(urlString: "ftp://example.com/x", allowPrivateNetworks: true)
        }
        #expect(throws: DestinationError.unsupportedScheme("http")) {
            try DestinationGuard.validate(urlString: "http://example.com", allowPrivateNetworks: false)
        }
        try DestinationGuard.validate(urlString: "http://example.com", allowPrivateNetworks: true)
    }

    @Test("syntax problems are refused even with private networks allowed", arguments: [true, false])
    func syntax(allowPrivateNetworks: Bool) {
        let cases: [(String, DestinationError)] = [
            ("https://user:pass@example.com/x", .containsUserInfo),
            ("https://user@example.com/x", .containsUserInfo),
            ("https://:@example.com/x", .containsUserInfo),
            ("https://256.1.1.1/x", .invalidHost("256.1.1.1")),
            ("https://1.2.3.4.5/x", .invalidHost("1.2.3.4.5")),
            ("https://08.1.1.1/x", .invalidHost("08.1.1.1")),
            ("https://bücher.example/x", .malformedURL(reason: "contains a space, control or non-ASCII character; percent-encode it")),
            (
                "https://example.com\u{0}.evil/x",
                .malformedURL(reason: "contains a space, control or non-ASCII character; percent-encode it")
            ),
            ("https://example.com/a b", .malformedURL(reason: "contains a space, control or non-ASCII character; percent-encode it")),
            ("https:/example.com/x", .malformedURL(reason: "must be scheme://host/…")),
            ("https:///hook", .malformedURL(reason: "must be scheme://host/…")),
            ("https://?x", .malformedURL(reason: "must be scheme://host/…")),
            ("https://example.com/" + String(repeating: "a", count: 2048), .urlTooLong(length: 2068)),
        ]
        for (url, expected) in cases {
            #expect(throws: expected, "\(url)") {
                try DestinationGuard.validate(urlString: url, allowPrivateNetworks: allowPrivateNetworks)
            }
        }
        for url in ["not a url", "example.com/hook", "https://exa mple.com/", "https://example.com:99999/"] {
            #expect(throws: DestinationError.self, "\(url)") {
                try DestinationGuard.validate(urlString: url, allowPrivateNetworks: allowPrivateNetworks)
            }
        }
    }

    @Test("IPv6 zone identifiers are refused unless private networks are allowed")
    func zoneIdentifier() throws {
        #expect(throws: DestinationError.self) {
            try DestinationGuard.validate(urlString: "https://[fe80::1%25eth0]/x", allowPrivateNetworks: false)
        }
    }

    @Test("resolveAndCheck refuses names resolving to loopback and allows them when configured")
    func resolveLocalhost() throws {
        #expect(throws: DestinationError.self) {
            try DestinationGuard.resolveAndCheck(host: "localhost", port: 443, allowPrivateNetworks: false)
        }
        let addresses = try DestinationGuard.resolveAndCheck(host: "localhost", port: 443, allowPrivateNetworks: true)
        #expect(addresses.contains("127.0.0.1"))
        #expect(try DestinationGuard.resolveAndCheck(host: "[::1]", port: 443, allowPrivateNetworks: true) == ["::1"])
        #expect(try DestinationGuard.resolveAndCheck(host: "93.184.216.34", port: 443, allowPrivateNetworks: false) == ["93.184.216.34"])
        #expect(throws: DestinationError.self) {
            try DestinationGuard.resolveAndCheck(host: "0x7f.1", port: 443, allowPrivateNetworks: false)
        }
    }

    @Test("unresolvable names are reported as resolution failures")
    func resolutionFailure() {
        do {
            _ = try DestinationGuard.resolveAndCheck(host: "no-such-host.invalid", port: 443, allowPrivateNetworks: false)
            Issue.record("expected a resolution failure")
        } catch {
            guard case .resolutionFailed = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test("resolve pins name the host, port and every checked address")
    func resolvePins() {
        let addresses = [IPAddress.v4(0x5DB8_D822), IPAddress.parseIPv6("2606:4700::1")!]
        #expect(
            DestinationGuard.resolvePins(host: "example.com", port: 443, addresses: addresses)
                == ["example.com:443:93.184.216.34,[2606:4700::1]"])
        #expect(
            DestinationGuard.resolvePins(host: "example.com.", port: 8443, addresses: [addresses[0]])
                == ["example.com.:8443:93.184.216.34", "example.com:8443:93.184.216.34"])
    }

    @Test(
        "inet_aton forms parse to the same address",
        arguments: [
            "127.0.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "0177.0.0.01", "127.1", "127.0.1", "0x7F.0x0.0x0.0x1",
        ])
    func inetAtonForms(text: String) {
        #expect(IPAddress.parseIPv4(text) == .v4(0x7F00_0001))
    }
}
