import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MatchCore
import Synchronization
import Testing

@testable import MatchAPI
@testable import Profiles
@testable import SQLiteStorage

/// The webhook feature end to end: the daemon as `matchd serve` builds it (router, outbox,
/// relay, libcurl sender) against a real HTTP receiver on loopback.
@Suite("Webhooks end to end", .serialized)
struct WebhookEndToEndTests {
    // MARK: 1. match.created, signed, once per pair

    @Test("match.created reaches the receiver signed, once per (subscription, citizen, vacancy)")
    func matchCreatedEndToEnd() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        try await ScriptedReceiver.with { receiver in
            try await app.test(.live) { client in
                let hook = try await client.subscribe(token: admin, url: receiver.url("hook"), events: ["match.created"], minScore: 50)
                let citizenBody = Bodies.citizen {
                    $0["name"] = "Vinduespudser Test"
                    $0["hours"] = ["current": 6, "target": 10]
                    $0["competencies"] = [
                        ["code": "cleaning.window-cleaning", "level": 2],
                        ["code": "general.driving-licence-b", "level": 2],
                        ["code": "general.work-independently", "level": 2],
                        ["code": "general.safety-rules", "level": 1],
                    ]
                    $0["jobGoals"] = ["window-cleaner"]
                    $0["needs"] = []
                    $0["acceptedKinds"] = ["flexJob"]
                    $0["location"] = ["lat": 55.862, "lon": 9.847]
                    $0["maxCommuteKm"] = 10
                }
                let before = Date()
                let citizenId = try await client.create("/v1/citizens", token: admin, json: citizenBody)

                // What the API itself says this citizen matches at ≥ 50.
                let matches = try await client.send(.get, "/v1/citizens/\(citizenId)/matches?minScore=50&limit=100", token: admin)
                #expect(matches.status == .ok)
                let expected = Set(matches.items.compactMap { $0["vacancyId"] as? String })
                #expect(expected.contains(Demo.windowCleanerOpening))
                let strong = matches.items.first { $0["vacancyId"] as? String == Demo.windowCleanerOpening }
                #expect((strong?["score"] as? Double ?? 0) >= 70)

                let arrived = await eventually { receiver.requests("hook").count >= expected.count }
                #expect(arrived, "got \(receiver.requests("hook").count) of \(expected.count) deliveries")
                let log = try await client.deliveries(hook.id, token: admin)
                #expect(log.count == expected.count)
                let allDelivered = try await eventually {
                    try await client.deliveries(hook.id, token: admin).allSatisfy { $0["status"] as? String == "delivered" }
                }
                #expect(allDelivered)

                var pairs: [String] = []
                for request in receiver.requests("hook") {
                    let id = try #require(request.webhookID)
                    #expect(id.hasPrefix("msg_"))
                    let timestamp = try #require(request.headers["webhook-timestamp"].flatMap { Int($0) })
                    #expect(abs(Double(timestamp) - Date().timeIntervalSince1970) < 300)
                    #expect(request.headers["content-type"] == "application/json")
                    #expect(request.verifies(with: hook.secret))
                    #expect(!request.verifies(with: WebhookSecret.generate().encoded))

                    let object = request.object
                    #expect(Set(object.keys) == ["type", "timestamp", "data"])
                    #expect(object["type"] as? String == "match.created")
                    let sentAt = try #require(rfc3339(object["timestamp"]))
                    #expect(sentAt >= before.addingTimeInterval(-1) && sentAt <= Date().addingTimeInterval(1))
                    let data = request.data
                    #expect(data["citizenId"] as? String == citizenId)
                    let score = try #require(data["score"] as? Double)
                    #expect(score >= 50)
                    let vacancyId = try #require(data["vacancyId"] as? String)
                    #expect(data["openingId"] as? String == vacancyId || data["slotId"] as? String == vacancyId)
                    #expect(data["companyId"] is String)
                    // Thin payload: no personal data.
                    #expect(data["name"] == nil && data["email"] == nil && data["needs"] == nil)
                    pairs.append("\(citizenId)/\(vacancyId)")
                }
                #expect(pairs.count == Set(pairs).count, "a pair was announced twice: \(pairs)")
                #expect(Set(receiver.requests("hook").compactMap { $0.data["vacancyId"] as? String }) == expected)
                #expect(Set(receiver.requests("hook").compactMap(\.webhookID)) == Set(log.compactMap { $0["id"] as? String }))

                // A second update that keeps every match announces nothing again.
                let update = try await client.send(
                    .put, "/v1/citizens/\(citizenId)", token: admin,
                    json: citizenBody.replacingOccurrences(of: "Vinduespudser Test", with: "Vinduespudser Opdateret"))
                #expect(update.status == .ok)
                let after = try await client.deliveries(hook.id, token: admin)
                #expect(after.count == expected.count, "the update queued \(after.count - expected.count) more match.created")
                #expect(receiver.requests("hook").count == expected.count)
            }
        }
    }

    // MARK: 2. Retries keep the webhook-id

    @Test("500, 500, 200 → three attempts with one webhook-id, logged as delivered")
    func retriesUntilDelivered() async throws {
        let daemon = try await TestDaemon.make(retrySchedule: [.zero, .milliseconds(200), .milliseconds(200), .milliseconds(200)])
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        try await ScriptedReceiver.with { receiver in
            receiver.script("retry", [.status(500), .status(500), .status(200)])
            try await app.test(.live) { client in
                let hook = try await client.subscribe(token: admin, url: receiver.url("retry"), events: ["opening.created"])
                _ = try await client.create(
                    "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings", token: admin,
                    json: Bodies.opening())
                let delivered = try await eventually {
                    try await client.deliveries(hook.id, token: admin).first?["status"] as? String == "delivered"
                }
                #expect(delivered)
                let log = try await client.deliveries(hook.id, token: admin)
                try #require(log.count == 1)
                let delivery = log[0]
                let attempts = delivery["attempts"] as? [[String: Any]] ?? []
                #expect(attempts.count == 3)
                #expect(attempts.map { $0["httpStatus"] as? Int } == [500, 500, 200])
                // `nextAttemptAt` is null unless pending (the generated encoder omits nil instead of writing null).
                #expect(delivery["nextAttemptAt"] == nil || delivery["nextAttemptAt"] is NSNull)

                let requests = receiver.requests("retry")
                #expect(requests.count == 3)
                #expect(Set(requests.compactMap(\.webhookID)) == [delivery["id"] as? String ?? "?"])
                #expect(requests.allSatisfy { $0.verifies(with: hook.secret) })
                #expect(Set(requests.map(\.body)).count == 1, "every attempt carries the same body")
            }
        }
    }

    // MARK: 3. 410 disables, enable re-enables

    @Test("410 Gone disables the subscription; enable turns it back on")
    func goneDisablesAndEnableRestores() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        let companyOpenings = "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings"
        try await ScriptedReceiver.with { receiver in
            receiver.script("gone", [.status(410)])
            try await app.test(.live) { client in
                let hook = try await client.subscribe(token: admin, url: receiver.url("gone"), events: ["opening.created"])
                _ = try await client.create(companyOpenings, token: admin, json: Bodies.opening())
                let disabled = try await eventually {
                    try await client.send(.get, "/v1/webhooks/\(hook.id)", token: admin).object["enabled"] as? Bool == false
                }
                #expect(disabled)
                let shown = try await client.send(.get, "/v1/webhooks/\(hook.id)", token: admin).object
                #expect(shown["enabled"] as? Bool == false)
                let reason = try #require(shown["disabledReason"] as? String)
                #expect(reason.contains("410"))
                let log = try await client.deliveries(hook.id, token: admin)
                #expect(log.count == 1)
                #expect(log.first?["status"] as? String == "failed")
                #expect((log.first?["attempts"] as? [[String: Any]])?.map { $0["httpStatus"] as? Int } == [410])
                #expect(receiver.requests("gone").count == 1)

                // While disabled nothing is queued.
                _ = try await client.create(companyOpenings, token: admin, json: Bodies.opening())
                #expect(try await client.deliveries(hook.id, token: admin).count == 1)

                let enable = try await client.send(.post, "/v1/webhooks/\(hook.id)/enable", token: admin)
                #expect(enable.status == .ok)
                #expect(enable.object["enabled"] as? Bool == true)
                #expect(enable.object["disabledReason"] is NSNull || enable.object["disabledReason"] == nil)
                let again = try await client.send(.get, "/v1/webhooks/\(hook.id)", token: admin).object
                #expect(again["enabled"] as? Bool == true)

                // Events from now on are delivered again.
                _ = try await client.create(companyOpenings, token: admin, json: Bodies.opening())
                let second = await eventually { receiver.requests("gone").count == 2 }
                #expect(second)
                let delivered = try await eventually {
                    try await client.deliveries(hook.id, token: admin).first?["status"] as? String == "delivered"
                }
                #expect(delivered)
            }
        }
    }

    // MARK: 4. A hanging receiver does not slow the API

    @Test("while deliveries hang at the receiver, match queries stay fast")
    func hangingReceiverKeepsAPIFast() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        let hookId = try await ScriptedReceiver.with { receiver in
            receiver.script("hang", Array(repeating: .hang, count: 300))
            return try await app.test(.live) { client in
                let hook = try await client.subscribe(token: admin, url: receiver.url("hang"), events: ["match.created"], minScore: 0)
                // A cleaning opening in Horsens matches many demo citizens: many deliveries, all hanging.
                let openingId = try await client.create(
                    "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings",
                    token: admin, json: Bodies.opening())
                let queued = try await client.deliveries(hook.id, token: admin).count
                #expect(queued >= 8, "expected enough matches to fill the relay, got \(queued)")
                let saturated = await eventually { receiver.hanging >= min(8, queued) }
                #expect(saturated, "only \(receiver.hanging) attempts are hanging")

                // The receiver holds every attempt open for 30 s and the relay's curl timeout is 15 s: if
                // queries waited on deliveries, they would end only after the attempts did. So the proof
                // is that all queries answer while the attempts are still in flight (no wall-clock bound:
                // these machines are shared and timed assertions flake).
                var durations: [Duration] = []
                for _ in 0..<20 {
                    let start = ContinuousClock.now
                    let response = try await client.send(.get, "/v1/openings/\(openingId)/matches?limit=50", token: admin)
                    durations.append(ContinuousClock.now - start)
                    #expect(response.status == .ok)
                    #expect(!response.items.isEmpty)
                }
                #expect(receiver.hanging >= min(8, queued), "the attempts were still in flight while measuring")
                let sorted = durations.sorted()
                print(
                    "hanging-receiver latency: median \(sorted[sorted.count / 2]), max \(sorted.last!), hanging \(receiver.hanging), queued \(queued)"
                )
                // Nothing was recorded yet: the attempts are still in flight.
                #expect(try await client.deliveries(hook.id, token: admin).allSatisfy { $0["status"] as? String == "pending" })
                return hook.id
            }
        }
        // Shutting down with transfers in flight cancels them (they stay pending, with no attempt
        // recorded): a transfer left to run would have ended in curl's 15 s timeout, logged as an attempt.
        let counts = try await daemon.openStore().deliveryCounts()
        #expect(counts[.delivered] == nil && counts[.failed] == nil)
        #expect((counts[.pending] ?? 0) > 0)
        let deliveries = try await daemon.openStore().deliveries(
            webhookId: try #require(UUID(uuidString: hookId)), status: nil,
            page: PageRequest(limit: 100))
        #expect(!deliveries.items.isEmpty && deliveries.items.allSatisfy { $0.attemptCount == 0 })
    }

    // MARK: 5. Pending deliveries survive a restart

    @Test("a delivery queued while no relay runs is sent after the next start, same webhook-id")
    func pendingDeliveriesAreSentAfterRestart() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        try await ScriptedReceiver.with { receiver in
            let url = receiver.url("hook")
            // Router only, no relay: `Application.test(.router)` on the daemon's application would
            // run its services (the relay included), so use an application made of its router alone.
            let parts = try await buildParts(daemon.config, database: daemon.database, logger: Logger(label: "matchd-router-only"))
            let routerOnly = Application(router: parts.router)
            let queued = try await routerOnly.test(.router) { client -> (hook: String, secret: String, delivery: String) in
                let hook = try await client.subscribe(token: admin, url: url, events: ["opening.closed"])
                let close = try await client.send(.post, "/v1/openings/\(Demo.windowCleanerOpening)/close", token: admin)
                #expect(close.status == .ok)
                let log = try await client.deliveries(hook.id, token: admin)
                try #require(log.count == 1)
                #expect(log[0]["status"] as? String == "pending")
                #expect((log[0]["attempts"] as? [Any])?.isEmpty == true)
                return (hook.id, hook.secret, try #require(log[0]["id"] as? String))
            }
            #expect(try await daemon.openStore().deliveryCounts() == [.pending: 1])
            #expect(receiver.all.isEmpty)

            try await daemon.application().test(.live) { client in
                let arrived = await eventually { receiver.requests("hook").count == 1 }
                #expect(arrived)
                let request = try #require(receiver.requests("hook").first)
                #expect(request.webhookID == queued.delivery)
                #expect(request.eventType == "opening.closed")
                #expect(request.data["openingId"] as? String == Demo.windowCleanerOpening)
                #expect(request.verifies(with: queued.secret))
                let delivered = try await eventually {
                    try await client.deliveries(queued.hook, token: admin).first?["status"] as? String == "delivered"
                }
                #expect(delivered)
            }
        }
        #expect(try await daemon.openStore().deliveryCounts() == [.delivered: 1])
    }

    // MARK: 6. Subscriptions hear only what their owner may see

    @Test("company and consultant subscriptions receive only events within their scope")
    func subscriptionsAreScopedToTheirOwner() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let companyA = try await daemon.token(.company, company: Demo.companyA)
        let consultant = try await daemon.token(.consultant, municipality: "615")
        let app = try await daemon.application()
        try await ScriptedReceiver.with { receiver in
            try await app.test(.live) { client in
                let hookA = try await client.subscribe(
                    token: companyA, url: receiver.url("a"),
                    events: ["match.created", "opening.created", "opening.closed"], minScore: 0)
                let hookC = try await client.subscribe(token: consultant, url: receiver.url("c"), events: ["citizen.updated"])

                // Both openings far from every demo citizen: only this test's citizens can match them.
                let openingB = try await client.create(
                    "/v1/companies/\(Demo.companyB.uuidString.lowercased())/openings", token: admin,
                    json: Bodies.opening { $0["location"] = Demo.farAway })
                let openingA = try await client.create(
                    "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings", token: companyA,
                    json: Bodies.opening { $0["location"] = Demo.farAway })
                let hidden = try await client.create(
                    "/v1/citizens", token: admin,
                    json: Bodies.citizen {
                        $0["location"] = Demo.farAway
                        $0["visibleToCompanies"] = false
                        $0["email"] = "skjult@example.dk"
                    })
                let visible = try await client.create(
                    "/v1/citizens", token: admin,
                    json: Bodies.citizen {
                        $0["location"] = Demo.farAway
                        $0["email"] = "synlig@example.dk"
                    })
                // The hidden citizen does match A's opening (as the admin sees it); only visibility keeps it from A.
                let adminView = try await client.send(.get, "/v1/openings/\(openingA)/matches", token: admin)
                #expect(Set(adminView.items.compactMap { $0["citizenId"] as? String }) == [hidden, visible])
                let bView = try await client.send(.get, "/v1/openings/\(openingB)/matches", token: admin)
                #expect(Set(bView.items.compactMap { $0["citizenId"] as? String }) == [hidden, visible])

                #expect(try await client.send(.post, "/v1/openings/\(openingB)/close", token: admin).status == .ok)
                #expect(try await client.send(.post, "/v1/openings/\(openingA)/close", token: companyA).status == .ok)

                // Consultant of 615: a 615 citizen's update, not another municipality's.
                // (Far away too, where every opening is now closed, so they match no opening of A's.)
                let localBody = Bodies.citizen {
                    $0["location"] = Demo.farAway
                    $0["email"] = "lokal@example.dk"
                }
                let local = try await client.create("/v1/citizens", token: admin, json: localBody)
                let elsewhereBody = Bodies.citizen {
                    $0["municipalityCode"] = "746"
                    $0["location"] = Demo.farAway
                    $0["email"] = "skanderborg@example.dk"
                }
                let elsewhere = try await client.create("/v1/citizens", token: admin, json: elsewhereBody)
                #expect(
                    try await client.send(
                        .put, "/v1/citizens/\(elsewhere)", token: admin,
                        json: elsewhereBody.replacingOccurrences(of: "Test Borger", with: "Anden Borger")
                    ).status == .ok)
                #expect(
                    try await client.send(
                        .put, "/v1/citizens/\(local)", token: admin,
                        json: localBody.replacingOccurrences(of: "Test Borger", with: "Lokal Borger")
                    ).status == .ok)

                // What was queued, per subscription (the outbox queues inside each write's transaction).
                let logA = try await client.deliveries(hookA.id, token: companyA)
                let eventsA = logA.map { delivery -> String in
                    let data = (delivery["payload"] as? [String: Any])?["data"] as? [String: Any] ?? [:]
                    let type = delivery["eventType"] as? String ?? "?"
                    return "\(type) \(data["openingId"] as? String ?? "-") \(data["citizenId"] as? String ?? "-")"
                }
                #expect(
                    Set(eventsA) == [
                        "opening.created \(openingA) -",
                        "match.created \(openingA) \(visible)",
                        "opening.closed \(openingA) -",
                    ], "A's log: \(eventsA)")
                #expect(eventsA.count == 3)
                let logC = try await client.deliveries(hookC.id, token: consultant)
                #expect(logC.map { $0["eventType"] as? String } == ["citizen.updated"])
                #expect(((logC.first?["payload"] as? [String: Any])?["data"] as? [String: Any])?["citizenId"] as? String == local)

                // And what arrived.
                let arrived = await eventually { receiver.requests("a").count == 3 && receiver.requests("c").count == 1 }
                #expect(arrived, "a: \(receiver.requests("a").count), c: \(receiver.requests("c").count)")
                let received = receiver.requests("a")
                #expect(received.allSatisfy { $0.verifies(with: hookA.secret) })
                #expect(!received.contains { $0.data["openingId"] as? String == openingB })
                #expect(!received.contains { $0.data["citizenId"] as? String == hidden })
                #expect(
                    received.contains {
                        $0.eventType == "match.created" && $0.data["citizenId"] as? String == visible
                            && $0.data["openingId"] as? String == openingA
                    })
                #expect(receiver.requests("c").first?.data["citizenId"] as? String == local)
                #expect(receiver.requests("c").first?.verifies(with: hookC.secret) == true)
                let settled = try await eventually {
                    try await client.deliveries(hookA.id, token: companyA).allSatisfy { $0["status"] as? String == "delivered" }
                }
                #expect(settled)
                #expect(receiver.requests("a").count == 3)
            }
        }
    }

    // MARK: 7. The destination rule at the API

    @Test("without private networks, refused destinations get 422 on url and nothing is stored")
    func destinationRuleAtTheAPI() async throws {
        let daemon = try await TestDaemon.make(seedDemo: false, allowPrivateNetworks: false)
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let refused = [
            "http://127.0.0.1:1/x", "https://127.0.0.1/x", "https://169.254.169.254/latest", "https://10.0.0.1/x",
            "https://192.168.1.1/x", "https://172.16.0.1/x", "https://100.64.0.1/x", "https://[::1]/x", "https://[fc00::1]/x",
            "https://[fe80::1]/x", "https://[::ffff:127.0.0.1]/x", "https://2130706433/x", "https://0x7f.0.0.1/x",
            "https://0177.0.0.1/x", "https://localhost/x", "ftp://example.com/x", "http://example.com/x",
        ]
        try await daemon.application().test(.router) { client in
            for url in refused {
                let response = try await client.send(
                    .post, "/v1/webhooks", token: admin,
                    json: Bodies.json(["url": url, "events": ["opening.created"]]))
                #expect(response.status == .unprocessableContent, "\(url): \(response.status)")
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true, "\(url)")
                #expect(response.errorFields.first == "url", "\(url): \(response.errorFields)")
            }
            let list = try await client.send(.get, "/v1/webhooks", token: admin)
            #expect(list.status == .ok)
            #expect(list.items.isEmpty)

            let created = try await client.send(
                .post, "/v1/webhooks", token: admin,
                json: Bodies.json(["url": "https://example.com/hook", "events": ["opening.created"]]))
            #expect(created.status == .created)
            let secret = try #require(created.object["secret"] as? String)
            #expect(secret.hasPrefix("whsec_"))
            #expect(Data(base64Encoded: String(secret.dropFirst("whsec_".count)))?.count == 32)
            #expect((try? WebhookSecret(secret)) != nil)
            #expect(created.headers[.location] == "/v1/webhooks/\(created.object["id"] as? String ?? "?")")
            let after = try await client.send(.get, "/v1/webhooks", token: admin)
            #expect(after.items.count == 1)
            #expect(after.items.first?["secret"] == nil)
        }
    }

    // MARK: 8. Metrics

    @Test("delivered and failed attempts show in /metrics")
    func deliveryMetrics() async throws {
        let daemon = try await TestDaemon.make(retrySchedule: [.zero])
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        try await ScriptedReceiver.with { receiver in
            receiver.script("fail", [.status(500)])
            try await app.test(.live) { client in
                let good = try await client.subscribe(token: admin, url: receiver.url("ok"), events: ["opening.created"])
                let bad = try await client.subscribe(token: admin, url: receiver.url("fail"), events: ["opening.created"])
                _ = try await client.create(
                    "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings", token: admin,
                    json: Bodies.opening())
                let settled = try await eventually {
                    let good = try await client.deliveries(good.id, token: admin).first?["status"] as? String
                    let bad = try await client.deliveries(bad.id, token: admin).first?["status"] as? String
                    return good == "delivered" && bad == "failed"
                }
                #expect(settled)
                let metrics = try await client.send(.get, "/metrics", token: nil)
                #expect(metrics.status == .ok)
                let text = String(buffer: metrics.body)
                let lines = text.split(separator: "\n").map(String.init)
                func value(_ outcome: String) -> Double? {
                    lines.first { $0.hasPrefix("matchd_webhook_deliveries_total{") && $0.contains("outcome=\"\(outcome)\"") }
                        .flatMap { $0.split(separator: " ").last.flatMap { Double($0) } }
                }
                #expect((value("delivered") ?? 0) >= 1, "\(lines.filter { $0.contains("matchd_webhook") })")
                #expect((value("failed") ?? 0) >= 1, "\(lines.filter { $0.contains("matchd_webhook") })")
                #expect(lines.contains { $0.hasPrefix("matchd_webhook_delivery_duration_seconds") })
            }
        }
    }

    // MARK: 9. Secret rotation

    @Test("after rotate-secret, deliveries carry a signature for the new and one for the old secret")
    func rotationSignsWithBothSecrets() async throws {
        let daemon = try await TestDaemon.make()
        defer { daemon.remove() }
        let admin = try await daemon.token(.admin)
        let app = try await daemon.application()
        let companyOpenings = "/v1/companies/\(Demo.companyA.uuidString.lowercased())/openings"
        try await ScriptedReceiver.with { receiver in
            try await app.test(.live) { client in
                let hook = try await client.subscribe(token: admin, url: receiver.url("hook"), events: ["opening.created"])
                _ = try await client.create(companyOpenings, token: admin, json: Bodies.opening())
                #expect(await eventually { receiver.requests("hook").count == 1 })
                let first = try #require(receiver.requests("hook").first)
                #expect(first.headers["webhook-signature"]?.split(separator: " ").count == 1)
                #expect(first.verifies(with: hook.secret))

                let rotate = try await client.send(.post, "/v1/webhooks/\(hook.id)/rotate-secret", token: admin)
                #expect(rotate.status == .ok)
                let newSecret = try #require(rotate.object["secret"] as? String)
                #expect(newSecret.hasPrefix("whsec_") && newSecret != hook.secret)
                let until = try #require(rfc3339(rotate.object["previousSecretValidUntil"]))
                #expect(abs(until.timeIntervalSinceNow - 24 * 3600) < 120)

                _ = try await client.create(companyOpenings, token: admin, json: Bodies.opening())
                #expect(await eventually { receiver.requests("hook").count == 2 })
                let second = try #require(receiver.requests("hook").last)
                let signatures = (second.headers["webhook-signature"] ?? "").split(separator: " ").map(String.init)
                try #require(signatures.count == 2, "\(signatures)")
                let id = try #require(second.webhookID)
                let timestamp = try #require(second.headers["webhook-timestamp"].flatMap { Int($0) })
                func verifies(_ signature: String, _ secret: String) throws -> Bool {
                    WebhookSignature.verify(
                        headerValue: signature, id: id, timestamp: timestamp, body: second.body,
                        secret: try WebhookSecret(secret))
                }
                // New first, then the old one.
                #expect(try verifies(signatures[0], newSecret))
                #expect(try !verifies(signatures[0], hook.secret))
                #expect(try verifies(signatures[1], hook.secret))
                #expect(try !verifies(signatures[1], newSecret))
            }
        }
    }
}
