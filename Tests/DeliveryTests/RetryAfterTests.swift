import Foundation
import Testing

@testable import Delivery

@Suite("Retry-After parsing")
struct RetryAfterTests {
    let now = Date(timeIntervalSince1970: 784_111_717)  // Sun, 06 Nov 1994 08:48:37 GMT

    @Test("delta-seconds")
    func deltaSeconds() {
        #expect(RetryAfter.parse("7") == .seconds(7))
        #expect(RetryAfter.parse(" 120 ") == .seconds(120))
        #expect(RetryAfter.parse("0") == .zero)
    }

    @Test(
        "the three HTTP-date formats, relative to now",
        arguments: [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ])
    func httpDates(value: String) {
        #expect(RetryAfter.parse(value, now: now) == .seconds(60))
    }

    @Test("a date in the past means retry now")
    func pastDate() {
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
    }

    @Test("garbage is ignored", arguments: ["", "-5", "1.5", "soon", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT"])
    func garbage(value: String) {
        #expect(RetryAfter.parse(value, now: now) == nil)
    }
}
