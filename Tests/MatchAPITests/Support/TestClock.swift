import Foundation
import Synchronization

/// A clock tests move by hand (reminders, expiry, retention).
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    /// The time now.
    @Sendable func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by minutes.
    func advance(minutes: Double) {
        current.withLock { $0 = $0.addingTimeInterval(minutes * 60) }
    }

    /// Moves the clock forward.
    func advance(days: Double) {
        current.withLock { $0 = $0.addingTimeInterval(days * 86_400) }
    }
}
