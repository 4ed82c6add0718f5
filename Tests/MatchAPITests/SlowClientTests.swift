import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MatchAPI

#if canImport(Glibc)
    import Glibc
#endif

/// Connections that never finish their headers must not tie the daemon up: they are closed
/// after the idle timeout, and while they are open the daemon keeps answering.
@Suite("Slow clients")
struct SlowClientTests {
    @Test("many connections trickling headers do not stop /health, and are closed after the idle timeout")
    func slowHeadersAreClosedAndDoNotBlock() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false, idleTimeout: .seconds(1))
        defer { daemon.remove() }
        try await daemon.application().test(.live) { client in
            let port = try #require(client.port)
            var sockets: [Int32] = []
            defer { sockets.forEach { close($0) } }
            for _ in 0..<200 {
                let socket = try connectLoopback(port: port)
                sockets.append(socket)
                // Half a request head, never finished.
                try send(socket, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            }
            // The daemon answers while they hang (measured for the log; no timed assertion). Each check
            // opens its own connection, as a load balancer's probe does: the test client's kept-alive
            // connection would itself be closed by the short idle timeout.
            let start = ContinuousClock.now
            for _ in 0..<5 {
                let probe = try connectLoopback(port: port)
                defer { close(probe) }
                try send(probe, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                #expect(await offPool { receiveAll(probe) }.hasPrefix("HTTP/1.1 200"))
            }
            print("slow clients: /health ×5 with 200 slow connections open took \(ContinuousClock.now - start)")
            // Each slow connection is closed by the daemon: a read returns end-of-file (0), where a
            // connection left open would block until the 30 s receive timeout (-1, EAGAIN).
            var closed = 0
            for socket in sockets {
                try send(socket, "a")  // still trickling
                guard await offPool({ receiveUntilClosed(socket, timeoutSeconds: 30) }) else { break }
                closed += 1
            }
            #expect(closed == sockets.count, "\(closed) of \(sockets.count) slow connections were closed")
        }
    }

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleKeepAliveIsClosed() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false, idleTimeout: .seconds(1))
        defer { daemon.remove() }
        try await daemon.application().test(.live) { client in
            let socket = try connectLoopback(port: try #require(client.port))
            defer { close(socket) }
            try send(socket, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            // The response arrives, then the connection is kept alive, then closed when idle.
            #expect(await offPool { receiveUntilClosed(socket, timeoutSeconds: 30) })
        }
    }

    /// Runs blocking socket reads on a Dispatch thread: blocking the cooperative pool (two
    /// threads here) would stall the in-process daemon and every other test.
    private func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    private func connectLoopback(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        try #require(connected)
        return descriptor
    }

    private func send(_ socket: Int32, _ text: String) throws {
        // MSG_NOSIGNAL: writing to a socket the daemon closed must not kill the test process.
        let sent = Array(text.utf8).withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        _ = sent
    }

    /// Everything the peer sends until it closes (or 30 s pass).
    private func receiveAll(_ socket: Int32) -> String {
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until the peer closes (true) or nothing arrives for `timeoutSeconds` (false).
    private func receiveUntilClosed(_ socket: Int32, timeoutSeconds: Int) -> Bool {
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }
}
