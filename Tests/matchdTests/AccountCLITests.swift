import Foundation
import Testing

/// `matchd account` and `matchd token create` as an operator runs them: people's accounts,
/// sign-in links made by hand, tokens that belong to an account, and what disabling does.
@Suite(.serialized) struct AccountCLITests {
    let cli = CLITests()

    @Test func accountsAreMadeListedLinkedAndDisabledAndTokensBelongToThem() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("m.sqlite").path]
        #expect(try cli.run(["seed", "--demo"] + db).status == 0)

        let made = try cli.run(
            ["account", "create", "--role", "consultant", "--municipality", "615", "--email", "VK@Horsens.dk", "--name", "Vera Konsulent"]
                + db)
        #expect(made.status == 0, "\(made.stderr)")
        let again = try cli.run(
            ["account", "create", "--role", "consultant", "--municipality", "615", "--email", "vk@horsens.dk", "--name", "Vera"] + db)
        #expect(again.status != 0 && again.stderr.contains("email"), "an address has one account: \(again.stderr)")
        let absent = try cli.run(
            [
                "account", "create", "--role", "consultant", "--municipality", "615", "--email", "vk@horsens.dk", "--name", "Vera",
                "--if-absent",
            ] + db)
        #expect(absent.status == 0)
        let misfit = try cli.run(
            ["account", "create", "--role", "consultant", "--municipality", "999", "--email", "x@y.dk", "--name", "X"] + db)
        #expect(misfit.status != 0 && misfit.stderr.contains("municipalityCode"))

        let listed = try cli.run(["account", "list"] + db)
        #expect(listed.stdout.contains("consultant\t615\tactive\tvk@horsens.dk\tVera Konsulent"))

        let link = try cli.run(["account", "link", "vk@horsens.dk", "--public-url", "https://matchd.horsens.dk/"] + db)
        #expect(link.status == 0)
        #expect(link.stdout.hasPrefix("https://matchd.horsens.dk/auth/link?token="))
        #expect(link.stdout.trimmingCharacters(in: .newlines).count == "https://matchd.horsens.dk/auth/link?token=".count + 43)
        let badOrigin = try cli.run(["account", "link", "vk@horsens.dk", "--public-url", "https://matchd.dk/path"] + db)
        #expect(badOrigin.status != 0)

        // A token for the account, by address; then disabled: the token is revoked with it.
        let token = try cli.run(["token", "create", "--account", "vk@horsens.dk", "--label", "vk"] + db)
        #expect(token.status == 0)
        #expect(token.stdout.contains("(consultant, account "))
        let conflicting = try cli.run(["token", "create", "--account", "vk@horsens.dk", "--role", "admin"] + db)
        #expect(conflicting.status != 0)
        #expect(try cli.run(["account", "disable", "vk@horsens.dk"] + db).stdout.contains("disabled"))
        #expect(try cli.run(["account", "list", "--role", "consultant"] + db).stdout.contains("\tdisabled\t"))
        let refused = try cli.run(["account", "link", "vk@horsens.dk"] + db)
        #expect(refused.status != 0 && refused.stderr.contains("disabled"))
        #expect(try cli.run(["token", "create", "--account", "vk@horsens.dk"] + db).status != 0)

        // `token create` without an account keeps working: it makes an API client's account.
        let plain = try cli.run(["token", "create", "--role", "admin"] + db)
        #expect(plain.status == 0 && plain.stdout.split(separator: "\n").last?.hasPrefix("mt_") == true)
        let person = try cli.run(["token", "create", "--role", "admin", "--email", "ada@matchd.dk", "--name", "Ada"] + db)
        #expect(person.status == 0)
        #expect(try cli.run(["account", "list", "--role", "admin"] + db).stdout.contains("ada@matchd.dk\tAda"))
    }
}
