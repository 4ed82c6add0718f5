import Foundation
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    func getReady(_ input: Operations.GetReady.Input) async throws -> Operations.GetReady.Output {
        guard await store.isReachable() else { return .serviceUnavailable(.init(body: .json(.init(status: "database unavailable")))) }
        let citizens = store.index.read { $0.citizenCount }
        return .ok(.init(body: .json(.init(status: "ready: \(citizens) citizens indexed"))))
    }

    func getMetrics(_ input: Operations.GetMetrics.Input) async throws -> Operations.GetMetrics.Output {
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        return .ok(.init(body: .plainText(HTTPBody(buffer))))
    }

    func getOpenAPIDocument(_ input: Operations.GetOpenAPIDocument.Input) async throws -> Operations.GetOpenAPIDocument.Output {
        .ok(.init(body: .yaml(HTTPBody(specification))))
    }
}
