import ArgumentParser
import Foundation
import MatchCore
import Profiles
import SQLiteStorage

/// `matchd account`: people's accounts, for administrators on the server.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Create, list, disable and enable accounts, and make sign-in links.",
        subcommands: [Create.self, List.self, Disable.self, Enable.self, Link.self])

    /// The role and scope options shared by `account create` and `token create`.
    struct ScopeOptions: ParsableArguments {
        @Option(help: "admin, consultant, company or citizen.")
        var role: Role?

        @Option(help: "The consultant's municipality code (3 digits).")
        var municipality: String?

        @Option(help: "The company's id.")
        var company: String?

        @Option(help: "The citizen's id.")
        var citizen: String?

        func validate() throws {
            if let company, UUID(uuidString: company) == nil { throw ValidationError("--company must be a UUID") }
            if let citizen, UUID(uuidString: citizen) == nil { throw ValidationError("--citizen must be a UUID") }
            guard let role else { return }
            if role == .consultant && municipality == nil { throw ValidationError("--municipality is required for a consultant") }
            if role == .company && company == nil { throw ValidationError("--company is required for a company") }
            if role == .citizen && citizen == nil { throw ValidationError("--citizen is required for a citizen") }
        }

        /// The principal the options name (`role` must be given).
        func principal(_ role: Role) -> Principal {
            Principal(
                role: role, municipalityCode: role == .consultant ? municipality.flatMap(MunicipalityCode.init) : nil,
                companyId: role == .company ? company.flatMap(UUID.init(uuidString:)) : nil,
                citizenId: role == .citizen ? citizen.flatMap(UUID.init(uuidString:)) : nil)
        }
    }

    /// `matchd account create`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account for a person.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var data: DataOptions
        @OptionGroup var scope: ScopeOptions

        @Option(help: "The person's e-mail address (sign-in links go there).")
        var email: String

        @Option(help: "The person's name.")
        var name: String

        @Option(help: "da (default) or en.")
        var language: String = "da"

        @Flag(
            help:
                "Succeed without change when an account with this address, role and scope exists (a citizen's account without an address gets this one)."
        )
        var ifAbsent = false

        func validate() throws {
            guard scope.role != nil else { throw ValidationError("--role is required") }
            guard Language(rawValue: language) != nil else { throw ValidationError("--language must be da or en") }
        }

        func run() async throws {
            let db = try database.open()
            let account = Account(
                id: UUID(), principal: scope.principal(scope.role ?? .admin), email: Account.normalized(email: email), name: name,
                language: Language(rawValue: language) ?? .da)
            try AccountCommand.check(account, data: data)
            if ifAbsent, let existing = try await db.account(email: email) {
                guard existing.value.principal == account.principal else {
                    throw ValidationError("an account with this address exists with another role or scope")
                }
                print("account \(existing.value.id.lowercasedText) exists")
                return
            }
            if ifAbsent, let citizenId = account.principal.citizenId,
                let existing = try await db.accounts(AccountFilter(citizenId: citizenId), page: PageRequest(limit: 1)).items.first,
                existing.value.email == nil
            {
                var named = existing.value
                named.email = account.email
                named.name = account.name
                _ = try await AccountCommand.storeErrors { try await db.updateAccount(named, expectedVersion: nil, now: Date()) }
                print("account \(existing.value.id.lowercasedText) now has its address")
                return
            }
            let stored = try await AccountCommand.storeErrors { try await db.createAccount(account, now: Date()) }
            print("account \(stored.value.id.lowercasedText) (\(stored.value.principal.role.rawValue)) created")
        }
    }

    /// `matchd account list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts: id, role, scope, state, address, name.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only this role.")
        var role: Role?

        func run() async throws {
            let db = try database.open()
            var page = PageRequest(limit: 100)
            repeat {
                let found = try await db.accounts(AccountFilter(role: role), page: page)
                for stored in found.items {
                    let account = stored.value
                    let p = account.principal
                    let scope = p.municipalityCode?.description ?? p.companyId?.lowercasedText ?? p.citizenId?.lowercasedText ?? "-"
                    print(
                        [
                            account.id.lowercasedText, p.role.rawValue, scope, account.disabled ? "disabled" : "active",
                            account.email ?? "-", account.name,
                        ].joined(separator: "\t"))
                }
                page.after = found.next
            } while page.after != nil
        }
    }

    /// `matchd account disable`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account: its sessions end and its tokens are revoked at once.")

        @OptionGroup var target: AccountTarget

        func run() async throws {
            try await target.setDisabled(true)
            print("disabled")
        }
    }

    /// `matchd account enable`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account (it signs in anew).")

        @OptionGroup var target: AccountTarget

        func run() async throws {
            try await target.setDisabled(false)
            print("enabled")
        }
    }

    /// The database and the account `disable` and `enable` act on.
    struct AccountTarget: ParsableArguments {
        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account's id or e-mail address.")
        var account: String

        /// Disables or enables the account.
        func setDisabled(_ disabled: Bool) async throws {
            let db = try database.open()
            _ = try await db.setAccountDisabled(try await AccountCommand.find(account, in: db), disabled, now: Date())
        }
    }

    /// `matchd account link`: a sign-in link made by an administrator, for handing over in person
    /// or for the demo. It works in any browser (no browser asked for it), once.
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a one-time sign-in link for an account.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account's id or e-mail address.")
        var account: String

        @Option(help: "The daemon's public origin (env MATCHD_PUBLIC_URL; default http://127.0.0.1:8080).")
        var publicURL: String?

        @Option(help: "Minutes the link works, 1–1440 (default 15).")
        var validMinutes: Int = 15

        func validate() throws {
            guard (1...1440).contains(validMinutes) else { throw ValidationError("--valid-minutes must be 1–1440") }
        }

        func run() async throws {
            let db = try database.open()
            let id = try await AccountCommand.find(account, in: db)
            let token = Secret.random()
            _ = try await AccountCommand.storeErrors {
                try await db.issueSignInLink(
                    accountId: id, tokenHash: Secret.hash(token), lifetime: TimeInterval(validMinutes * 60), now: Date())
            }
            let origin = try PublicURL.parse(Settings().string(publicURL, "MATCHD_PUBLIC_URL", default: "http://127.0.0.1:8080"))
            print("\(origin)/auth/link?token=\(token)")
        }
    }

    /// The id of the account named by id or address.
    static func find(_ idOrEmail: String, in db: AppDatabase) async throws -> UUID {
        if let id = UUID(uuidString: idOrEmail), try await db.account(id) != nil { return id }
        guard let stored = try await db.account(email: idOrEmail) else { throw ValidationError("no account with that id or address") }
        return stored.value.id
    }

    /// Refuses an account the validator finds fault with, naming each field.
    static func check(_ account: Account, data: DataOptions) throws {
        let validator = RecordValidator(taxonomy: try DataDirectory.taxonomy(in: data.directory()))
        let problems = validator.problems(account)
        guard problems.isEmpty else { throw ValidationError(problems.map(\.description).joined(separator: "; ")) }
    }

    /// Runs `work`, turning the store's conflicts into a message for the command line.
    static func storeErrors<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch StoreError.conflict(let field, let message) {
            throw ValidationError("\(field): \(message)")
        } catch StoreError.notFound {
            throw ValidationError("not found")
        }
    }
}

/// The daemon's public origin, as `--public-url` gives it: `http` or `https`, a host, an optional
/// port, nothing after (links are made by appending a path).
enum PublicURL {
    static func parse(_ text: String) throws -> String {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host() != nil, url.path().isEmpty, url.query() == nil, url.user() == nil
        else { throw ValidationError("--public-url must be an origin such as https://matchd.horsens.dk (http or https, no path)") }
        return trimmed
    }
}
