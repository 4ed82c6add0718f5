import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MatchCore
import Profiles
import SQLiteStorage

@testable import MatchAPI

/// A daemon for tests: a fresh in-memory database (a real SQLite file in a temporary folder
/// when `durable`), the real taxonomy, and optionally the demo municipality; tokens per role
/// are made on demand.
struct TestDaemon {
    let folder: URL
    let config: AppConfig
    /// The daemon's database, shared by every application and store made from this daemon.
    let database: AppDatabase

    /// A new daemon configuration on a fresh database; seeded with the demo data when asked.
    static func make(
        seedDemo: Bool = true, retrySchedule: [Duration] = [.zero, .milliseconds(200), .milliseconds(200)],
        allowPrivateNetworks: Bool = true, durable: Bool = false, interestRules: InterestRules = .standard,
        clock: @escaping @Sendable () -> Date = Date.init, idleTimeout: Duration = .seconds(15),
        maxConnections: Int = AppConfig.standardMaxConnections,
        logLevel: Logger.Level = .error, insecureCookies: Bool = false, mail: MailSettings? = nil
    ) async throws -> TestDaemon {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var config = AppConfig(
            databasePath: folder.appendingPathComponent("matchd.sqlite").path, host: "127.0.0.1", port: 0,
            dataDirectory: DataDirectory.locate(), webhookRetrySchedule: retrySchedule,
            webhooksAllowPrivateNetworks: allowPrivateNetworks, logLevel: logLevel,
            interestRules: interestRules, clock: clock, idleTimeout: idleTimeout,
            maxConnections: maxConnections)
        config.insecureCookies = insecureCookies
        if let mail { config.mail = mail }
        config.publicURL = "https://matchd.test"
        let database = durable ? try AppDatabase.open(path: config.databasePath) : try AppDatabase.inMemory()
        let daemon = TestDaemon(folder: folder, config: config, database: database)
        if seedDemo {
            let store = try await daemon.openStore()
            try await store.load(DataDirectory.demo(in: config.dataDirectory))
        }
        return daemon
    }

    /// A second store on the daemon's database, with its own index, as another process would have.
    func openStore() async throws -> SQLiteStore {
        try await SQLiteStore.open(
            database, taxonomy: DataDirectory.taxonomy(in: config.dataDirectory),
            interestRules: config.interestRules, now: config.clock)
    }

    /// A bearer token for a role and scope.
    func token(_ role: Role, municipality: String? = nil, company: UUID? = nil, citizen: UUID? = nil) async throws -> String {
        try await database.createToken(
            for: Principal(
                role: role, municipalityCode: municipality.flatMap(MunicipalityCode.init), companyId: company,
                citizenId: citizen), label: nil
        ).token
    }

    /// The application, built as `matchd serve` builds it, on the daemon's database.
    func application(logger: Logger? = nil) async throws -> some ApplicationProtocol {
        try await buildApplication(config, database: database, logger: logger)
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension TestClientProtocol {
    /// Sends a request with a bearer token and an optional JSON body, and returns the response.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: uri, method: method, headers: headers,
            body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(buffer: body)) }

    /// The body as a JSON object.
    var object: [String: Any] { json as? [String: Any] ?? [:] }

    /// `items` of a list body.
    var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }

    /// The fields named in a problem body's `errors`.
    var errorFields: [String] { (object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
}

/// JSON bodies for tests, from the demo records with a change.
enum Bodies {
    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A valid citizen in Horsens (615), as the API takes it.
    static func citizen(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var body: [String: Any] = [
            "municipalityCode": "615", "name": "Test Borger", "email": "test@example.dk", "phone": "+4512345678",
            "status": "flexJobApproved", "hours": ["current": 10, "target": 15],
            "competencies": [["code": "cleaning.daily-cleaning", "level": 2]], "jobGoals": [],
            "needs": [["code": "fixed-routines", "required": true, "shared": false]],
            "acceptedKinds": ["flexJob", "workTrial"], "location": ["lat": 55.86, "lon": 9.85], "maxCommuteKm": 25,
            "visibleToCompanies": true,
        ]
        change(&body)
        return json(body)
    }

    /// A valid company.
    static func company(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var body: [String: Any] = [
            "cvr": "12345674", "name": "Test Lager ApS", "industry": "521000", "municipalityCode": "615",
            "location": ["lat": 55.86, "lon": 9.85], "contactEmail": "hr@example.dk",
        ]
        change(&body)
        return json(body)
    }

    /// A valid opening.
    static func opening(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var body: [String: Any] = [
            "title": "Rengøringsassistent 10 timer", "description": "Daglig rengøring af kontorer.",
            "occupationCode": NSNull(), "kind": "flexJob", "hours": ["min": 8, "max": 15],
            "competencies": [["code": "cleaning.daily-cleaning", "level": 1, "essential": true]],
            "offers": [], "demands": [], "location": ["lat": 55.86, "lon": 9.85], "remote": false,
        ]
        change(&body)
        return json(body)
    }

    /// A valid slot.
    static func slot(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var body: [String: Any] = [
            "title": "Virksomhedscenter: rengøring", "description": "Pladser med mentor.", "occupationCode": NSNull(),
            "kind": "workTrial", "hours": ["min": 2, "max": 15], "capacity": 3, "occupiedOutside": 0,
            "competencies": [], "offers": ["mentor"], "demands": [], "location": ["lat": 55.86, "lon": 9.85], "remote": false,
        ]
        change(&body)
        return json(body)
    }
}
