import ArgumentParser
import NIOCore
import NIOPosix

/// The `matchd` command: the daemon and its companion tools.
@main
struct Matchd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matchd",
        abstract: "Matches citizens with reduced work capacity to openings and virksomhedscenter places.",
        subcommands: [
            ServeCommand.self, SeedCommand.self, TokenCommand.self, AccountCommand.self, MailCommand.self, RankCommand.self,
            TaxonomyCommand.self,
        ])

    /// Runs the command with NIO's event loops as Swift Concurrency's global executor.
    ///
    /// The daemon answers on the event loops of NIO's singleton group (Hummingbird's default);
    /// without this, every request hops from its event loop to the concurrency pool for the
    /// handler and back for the response — two thread switches per request on a two-core
    /// machine (the match route did about a quarter more requests per second with it, at half
    /// the context switches). What blocks runs elsewhere — SQLite on GRDB's queues, webhook
    /// transfers on their own thread pool — and a ranking holds its loop only for the
    /// milliseconds it takes. SwiftNIO allows this only from the main thread, before other
    /// concurrency work — hence here.
    static func main() async {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await main(nil)
    }
}
