import ArgumentParser
import Foundation
import MatchCore
import Profiles

/// `matchd token`: issues and revokes API bearer tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Create and revoke API tokens.", subcommands: [Create.self, Revoke.self])

    /// `matchd token create`: prints the new token as the last line (shown once; stored hashed).
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a bearer token.")

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var data: DataOptions

        @Option(help: "admin, consultant, company or citizen.")
        var role: Role

        @Option(help: "The consultant's municipality code (3 digits).")
        var municipality: String?

        @Option(help: "The company's id.")
        var company: String?

        @Option(help: "The citizen's id.")
        var citizen: String?

        @Option(help: "A note on who holds the token.")
        var label: String?

        func validate() throws {
            if role == .consultant && municipality == nil { throw ValidationError("--municipality is required for a consultant") }
            if role == .company && company == nil { throw ValidationError("--company is required for a company") }
            if role == .citizen && citizen == nil { throw ValidationError("--citizen is required for a citizen") }
            if let company, UUID(uuidString: company) == nil { throw ValidationError("--company must be a UUID") }
            if let citizen, UUID(uuidString: citizen) == nil { throw ValidationError("--citizen must be a UUID") }
        }

        func run() async throws {
            var code: MunicipalityCode?
            if let municipality {
                let taxonomy = try DataDirectory.taxonomy(in: data.directory())
                guard let known = MunicipalityCode(municipality), taxonomy.municipalities[known] != nil else {
                    throw ValidationError("--municipality \(municipality) is not a Danish municipality code")
                }
                code = known
            }
            let principal = Principal(
                role: role, municipalityCode: role == .consultant ? code : nil,
                companyId: role == .company ? company.flatMap(UUID.init(uuidString:)) : nil,
                citizenId: role == .citizen ? citizen.flatMap(UUID.init(uuidString:)) : nil)
            do {
                let issued = try await database.open().createToken(for: principal, label: label)
                print("token id \(issued.id.lowercasedText) (\(role.rawValue)); the token is shown once:")
                print(issued.token)
            } catch StoreError.conflict(_, let message) {
                throw ValidationError(message)
            }
        }
    }

    /// `matchd token revoke`: revokes a token by id or by value.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The token's id or the token itself.")
        var token: String

        func run() async throws {
            guard try await database.open().revokeToken(token) else {
                throw ValidationError("no active token with that id or value")
            }
            print("revoked")
        }
    }
}

extension Role: ExpressibleByArgument {}
