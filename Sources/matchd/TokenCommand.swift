import ArgumentParser
import Foundation
import MatchCore
import Profiles
import SQLiteStorage

/// `matchd token`: issues and revokes API bearer tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Create and revoke API tokens.", subcommands: [Create.self, Revoke.self])

    /// `matchd token create`: prints the new token as the last line (shown once; stored hashed).
    /// The token belongs to an account: the one `--account` names (by id or address), else the
    /// one with `--email` (created with `--name` when absent), else a new account without an
    /// address named by `--label` (an API client's).
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a bearer token.")

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var data: DataOptions

        @OptionGroup var scope: AccountCommand.ScopeOptions

        @Option(help: "An existing account (id or e-mail address) the token is for; its role and scope apply.")
        var account: String?

        @Option(help: "The address of the person the token is for: their account, created when absent (with --name).")
        var email: String?

        @Option(help: "The name of a person's new account (with --email).")
        var name: String?

        @Option(help: "A note on who holds the token.")
        var label: String?

        func validate() throws {
            if account != nil {
                guard scope.role == nil, email == nil else {
                    throw ValidationError("--account takes the account's role and scope; give neither --role nor --email")
                }
            } else if scope.role == nil {
                throw ValidationError("--role is required (or --account)")
            }
        }

        func run() async throws {
            let db = try database.open()
            if let municipality = scope.municipality, scope.role == .consultant {
                let taxonomy = try DataDirectory.taxonomy(in: data.directory())
                guard let known = MunicipalityCode(municipality), taxonomy.municipalities[known] != nil else {
                    throw ValidationError("--municipality \(municipality) is not a Danish municipality code")
                }
            }
            let issued = try await AccountCommand.storeErrors { () -> IssuedToken in
                if let account {
                    return try await db.createToken(accountId: try await AccountCommand.find(account, in: db), label: label)
                }
                let principal = scope.principal(scope.role ?? .admin)
                if let email {
                    if let existing = try await db.account(email: email) {
                        guard existing.value.principal == principal else {
                            throw ValidationError("the account with this address has another role or scope")
                        }
                        return try await db.createToken(accountId: existing.value.id, label: label)
                    }
                    let person = Account(id: UUID(), principal: principal, email: Account.normalized(email: email), name: name ?? email)
                    try AccountCommand.check(person, data: data)
                    return try await db.createToken(newAccount: person, label: label)
                }
                return try await db.createToken(for: principal, label: label)
            }
            let role = try await db.account(issued.accountId)?.value.principal.role.rawValue ?? ""
            print("token id \(issued.id.lowercasedText) (\(role), account \(issued.accountId.lowercasedText)); the token is shown once:")
            print(issued.token)
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
