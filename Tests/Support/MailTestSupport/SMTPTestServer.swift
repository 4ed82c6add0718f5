import Foundation

/// `Tests/Support/smtp_server.py` (aiosmtpd) as a subprocess on 127.0.0.1: a real SMTP server
/// for the mail tests, started with `with(_:_:)` and stopped when the body ends or throws (and
/// when the test process dies, as its stdin closes).
public final class SMTPTestServer: @unchecked Sendable {
    /// The port it listens on, on 127.0.0.1.
    public let port: Int
    /// Where it saves what it accepts (`NNNNNN.eml` and `NNNNNN.json`).
    public let folder: URL
    /// The subprocess; only `stop()` touches it after the start.
    private let process: Process
    private let input: Pipe

    /// The repository, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The server script.
    public static let script = root.appendingPathComponent("Tests/Support/smtp_server.py")

    private init(port: Int, folder: URL, process: Process, input: Pipe) {
        self.port = port
        self.folder = folder
        self.process = process
        self.input = input
    }

    /// Runs `body` with a server started with `arguments` (`--starttls CERT KEY`, `--auth U:P`,
    /// `--fail-first N`, `--reject PATTERN`, `--delay-ms N`), then stops it and removes its folder.
    public static func with<T>(_ arguments: [String] = [], _ body: (SMTPTestServer) async throws -> T) async throws -> T {
        let server = try start(arguments)
        defer { server.stop() }
        return try await body(server)
    }

    /// Starts a server; fails, saying how to install it, when aiosmtpd is missing.
    public static func start(_ arguments: [String]) throws -> SMTPTestServer {
        try requireAiosmtpd()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--out", folder.path] + arguments
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        process.standardError = FileHandle.standardError
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw SMTPTestServerError("smtp_server.py did not print its port (arguments \(arguments))")
        }
        return SMTPTestServer(port: port, folder: folder, process: process, input: input)
    }

    /// Stops the server and removes its folder.
    public func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// How many messages were accepted so far (cheaper than reading them).
    public func receivedCount() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }
            .count
    }

    /// The messages accepted so far, in the order they arrived.
    public func received() throws -> [ReceivedMail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }
        return try names.sorted().map { name in
            let file = folder.appendingPathComponent(name)
            let envelope = try JSONDecoder().decode(
                ReceivedMail.Envelope.self, from: Data(contentsOf: file.deletingPathExtension().appendingPathExtension("json")))
            return ReceivedMail(file: file, envelopeFrom: envelope.from, recipients: envelope.to, bytes: try Data(contentsOf: file))
        }
    }

    /// Waits until at least `count` messages arrived (polling every 20 ms), at most `timeout`.
    public func waitForMessages(_ count: Int, timeout: Duration = .seconds(60)) async throws -> [ReceivedMail] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let all = try received()
            if all.count >= count { return all }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try received()
    }

    /// The SMTP connections accepted so far.
    public func connections() -> Int {
        (try? String(contentsOf: folder.appendingPathComponent("connections"), encoding: .utf8)).flatMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        } ?? 0
    }

    /// `file` decoded by Python's `email` module (`smtp_server.py decode`).
    public static func decode(_ file: URL) throws -> DecodedMail {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "decode", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(DecodedMail.self, from: data)
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, valid a day, made with `openssl`
    /// in `folder`: (certificate, key).
    public static func selfSignedCertificate(in folder: URL) throws -> (certificate: URL, key: URL) {
        let certificate = folder.appendingPathComponent("cert.pem")
        let key = folder.appendingPathComponent("key.pem")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key.path, "-out", certificate.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SMTPTestServerError("openssl could not make a certificate: scripts/setup installs openssl")
        }
        return (certificate, key)
    }

    /// Fails, naming `scripts/setup`, when Python cannot import aiosmtpd: the tests never skip.
    static func requireAiosmtpd() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import aiosmtpd"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SMTPTestServerError("the Python package aiosmtpd is missing: run scripts/setup (it installs aiosmtpd from PyPI)")
        }
    }
}

/// A message the server accepted.
public struct ReceivedMail: Sendable {
    /// The `.eml` file.
    public let file: URL
    /// `MAIL FROM`.
    public let envelopeFrom: String
    /// `RCPT TO`s.
    public let recipients: [String]
    /// The raw bytes after SMTP dot-unstuffing.
    public let bytes: Data

    /// The message's bytes as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The value of the first header `name` (unfolded), or nil.
    public func header(_ name: String) -> String? {
        let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
        var value: String?
        for line in head.components(separatedBy: "\r\n") {
            if value != nil, line.hasPrefix(" ") || line.hasPrefix("\t") {
                value! += line
            } else if value != nil {
                break
            } else if line.lowercased().hasPrefix(name.lowercased() + ":") {
                value = String(line.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
            }
        }
        return value
    }

    struct Envelope: Decodable {
        let from: String
        let to: [String]
    }
}

/// A message as Python's `email` module reads it.
public struct DecodedMail: Decodable, Sendable {
    /// One leaf part.
    public struct Part: Decodable, Sendable {
        public let contentType: String
        public let charset: String?
        public let transferEncoding: String?
        public let text: String

        enum CodingKeys: String, CodingKey {
            case contentType = "content_type"
            case charset
            case transferEncoding = "transfer_encoding"
            case text
        }
    }

    public let subject: String
    public let from: String
    public let to: String
    public let messageId: String
    public let date: String
    public let mimeVersion: String
    public let contentType: String
    public let parts: [Part]
    public let defects: [String]

    enum CodingKeys: String, CodingKey {
        case subject, from, to, date, parts, defects
        case messageId = "message_id"
        case mimeVersion = "mime_version"
        case contentType = "content_type"
    }
}

/// Why the test server could not be used.
public struct SMTPTestServerError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
