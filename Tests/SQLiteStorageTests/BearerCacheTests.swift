import Foundation
import MatchCore
import Testing

@testable import Profiles
@testable import SQLiteStorage

/// The daemon keeps the bearers of recent tokens, yet a token revoked by `matchd token revoke`
/// (another process, here another connection to the same file) is refused on the next request,
/// and one issued meanwhile works at once.
@Suite struct BearerCacheTests {
    @Test func tokensChangedByAnotherProcessTakeEffectAtOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matchd-bearers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("matchd.sqlite").path
        let daemon = try AppDatabase.open(path: path)
        let cli = try AppDatabase.open(path: path)
        let cache = try #require(daemon.bearers)

        let admin = try await cli.createToken(for: Principal(role: .admin), label: nil)
        #expect(try await daemon.bearer(token: admin.token)?.principal == Principal(role: .admin))
        #expect(cache.bearer(BearerToken.hash(admin.token), at: try cache.dataVersion()) != nil, "kept after the first read")
        #expect(try await daemon.bearer(token: admin.token)?.credentialId == admin.id)

        // Issued by the other process after the cache was filled: works at once.
        let consultant = try await cli.createToken(
            for: Principal(role: .consultant, municipalityCode: MunicipalityCode(rawValue: 615)),
            label: nil)
        #expect(try await daemon.bearer(token: consultant.token)?.principal.role == .consultant)
        #expect(try await daemon.bearer(token: admin.token) != nil)

        // Revoked by the other process: refused on the next lookup.
        #expect(try await cli.revokeToken(admin.token))
        #expect(try await daemon.bearer(token: admin.token) == nil)
        #expect(try await daemon.bearer(token: consultant.token) != nil)

        // Revoked through the daemon's own connection: refused too.
        #expect(try await daemon.revokeToken(consultant.id.uuidString))
        #expect(try await daemon.bearer(token: consultant.token) == nil)
        #expect(try await daemon.bearer(token: "mt_unknown") == nil)
    }
}
