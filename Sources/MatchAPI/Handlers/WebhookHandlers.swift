import Delivery
import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func listWebhooks(_ input: Operations.ListWebhooks.Input) async throws -> Operations.ListWebhooks.Output {
        let principal = try RequestValues.caller()
        let page = try await store.webhooks(
            ownedBy: principal.role == .admin ? nil : principal,
            page: Paging.request(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items.map(Schemas.Webhook.init), nextCursor: Paging.cursor(page)))))
    }

    func createWebhook(_ input: Operations.CreateWebhook.Input) async throws -> Operations.CreateWebhook.Output {
        let principal = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        var errors: [FieldError] = []
        do {
            try DestinationGuard.validate(urlString: body.url, allowPrivateNetworks: allowPrivateNetworks)
        } catch {
            errors.append(FieldError(field: "url", message: error.message))
        }
        let allowed = policy.subscribableEvents(principal.role)
        var events: [WebhookEventType] = []
        if body.events.isEmpty { errors.append(FieldError(field: "events", message: "must name at least one event type")) }
        for (i, event) in body.events.enumerated() {
            guard let type = WebhookEventType(rawValue: event.rawValue), allowed.contains(type) else {
                errors.append(
                    FieldError(field: "events[\(i)]", message: "\(event.rawValue) is not available to the \(principal.role.rawValue) role"))
                continue
            }
            if events.contains(type) { errors.append(FieldError(field: "events[\(i)]", message: "\(event.rawValue) is listed twice")) }
            events.append(type)
        }
        let minScore = body.minScore ?? 70
        if !(0...100).contains(minScore) { errors.append(FieldError(field: "minScore", message: "must be between 0 and 100")) }
        if let problem = FreeText.problem(body.description, field: "description", max: 500) { errors.append(problem) }
        if !errors.isEmpty { throw APIProblem.unprocessable(errors) }
        let secret = WebhookSecret.generate()
        let webhook = Webhook(
            id: UUID(), owner: principal, url: body.url, events: events, minScore: minScore,
            description: body.description, secret: secret.encoded, createdAt: Date())
        try await store.create(webhook)
        let shown = Schemas.Webhook(webhook)
        return .created(
            .init(
                headers: .init(location: "/v1/webhooks/\(webhook.id.lowercasedText)"),
                body: .json(
                    .init(
                        id: shown.id, url: shown.url, events: shown.events, minScore: shown.minScore, description: shown.description,
                        enabled: shown.enabled, disabledReason: shown.disabledReason, createdAt: shown.createdAt, secret: secret.encoded))))
    }

    func getWebhook(_ input: Operations.GetWebhook.Input) async throws -> Operations.GetWebhook.Output {
        .ok(.init(body: .json(.init(try await ownedWebhook(input.path.id)))))
    }

    func deleteWebhook(_ input: Operations.DeleteWebhook.Input) async throws -> Operations.DeleteWebhook.Output {
        try await store.deleteWebhook(try await ownedWebhook(input.path.id).id)
        return .noContent(.init())
    }

    func rotateWebhookSecret(_ input: Operations.RotateWebhookSecret.Input) async throws -> Operations.RotateWebhookSecret.Output {
        let webhook = try await ownedWebhook(input.path.id)
        let secret = WebhookSecret.generate()
        let until = Date().addingTimeInterval(24 * 3600)
        try await store.rotateSecret(webhook.id, to: secret.encoded, previousValidUntil: until)
        return .ok(.init(body: .json(.init(secret: secret.encoded, previousSecretValidUntil: Nullable(until)))))
    }

    func enableWebhook(_ input: Operations.EnableWebhook.Input) async throws -> Operations.EnableWebhook.Output {
        let webhook = try await ownedWebhook(input.path.id)
        do {
            try DestinationGuard.validate(urlString: webhook.url, allowPrivateNetworks: allowPrivateNetworks)
        } catch {
            throw APIProblem.unprocessable([FieldError(field: "url", message: error.message)])
        }
        try await store.setWebhookEnabled(webhook.id, true, reason: nil)
        relay.wake()
        return .ok(.init(body: .json(.init(try await ownedWebhook(input.path.id)))))
    }

    func listWebhookDeliveries(_ input: Operations.ListWebhookDeliveries.Input) async throws -> Operations.ListWebhookDeliveries.Output {
        let webhook = try await ownedWebhook(input.path.id)
        let page = try await store.deliveries(
            webhookId: webhook.id, status: input.query.status.flatMap { DeliveryStatus(rawValue: $0.rawValue) },
            page: Paging.request(limit: input.query.limit, cursor: input.query.cursor, key: .position))
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: try page.items.map(Schemas.Delivery.init),
                        nextCursor: Paging.cursor(page)))))
    }

    func redeliverWebhookDelivery(_ input: Operations.RedeliverWebhookDelivery.Input) async throws
        -> Operations.RedeliverWebhookDelivery.Output
    {
        let webhook = try await ownedWebhook(input.path.id)
        guard webhook.enabled else {
            throw APIProblem(
                .unprocessableContent, "Subscription disabled",
                detail: "Re-enable the subscription before redelivering (\(webhook.disabledReason ?? "disabled")).")
        }
        guard let delivery = try await store.redeliver(webhookId: webhook.id, id: input.path.deliveryId, now: Date()) else {
            throw APIProblem.notFound
        }
        relay.wake()
        return .accepted(.init(body: .json(try .init(delivery))))
    }

    /// The subscription when the caller owns it (or is an admin), else 404.
    private func ownedWebhook(_ idText: String) async throws -> Webhook {
        let principal = try RequestValues.caller()
        guard let webhook = try await store.webhook(parseID(idText)) else { throw APIProblem.notFound }
        try policy.webhook(principal, ownedBy: webhook.owner).require(principal)
        return webhook
    }
}

extension Schemas.Webhook {
    init(_ webhook: Webhook) {
        self.init(
            id: webhook.id.lowercasedText, url: webhook.url,
            events: webhook.events.compactMap { Schemas.WebhookEventType(rawValue: $0.rawValue) },
            minScore: webhook.minScore, description: webhook.description, enabled: webhook.enabled,
            disabledReason: Nullable(webhook.disabledReason), createdAt: webhook.createdAt)
    }
}

extension Schemas.Delivery {
    init(_ delivery: Delivery) throws {
        let payload = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(delivery.payload.utf8))
        self.init(
            id: delivery.id, eventType: Schemas.WebhookEventType(rawValue: delivery.eventType.rawValue)!,
            status: Schemas.DeliveryStatus(rawValue: delivery.status.rawValue)!,
            attempts: delivery.attempts.map {
                .init(
                    attemptedAt: $0.attemptedAt, httpStatus: Nullable($0.httpStatus), durationMs: $0.durationMs, error: Nullable($0.error))
            },
            createdAt: delivery.createdAt, nextAttemptAt: Nullable(delivery.nextAttemptAt),
            payload: .init(additionalProperties: payload))
    }
}
