import ArgumentParser

/// The `matchd` command: the daemon and its companion tools.
@main
struct Matchd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matchd",
        abstract: "Matches citizens with reduced work capacity to openings and virksomhedscenter places.",
        subcommands: [ServeCommand.self, SeedCommand.self, TokenCommand.self, RankCommand.self, TaxonomyCommand.self])
}
