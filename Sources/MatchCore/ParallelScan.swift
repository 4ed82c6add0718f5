import Dispatch

/// Splits a ranking scan (or a bulk load of citizens) over the machine's cores. A scan is split
/// only when it has many rows to look at: small scans stay on the calling thread, so concurrent
/// requests (each on a thread of their own) do not pile threads onto two cores for work that
/// takes microseconds.
enum ParallelScan {
    /// Parts a large scan is split into: the two cores matchd is sized for.
    static let parts = 2
    /// Rows a scan must have before it is split.
    static let splitRows = 16_384

    /// `body(part, parts)` for each part in `0..<parts`, run concurrently, results in part order.
    static func run<Result>(parts: Int, _ body: @Sendable (Int, Int) -> Result) -> [Result] {
        if parts == 1 { return [body(0, 1)] }
        // Each part writes only its own element, and the buffer is read after all parts end.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: parts)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: parts) { part in results[part] = body(part, parts) }
        return results.map { $0! }
    }
}
