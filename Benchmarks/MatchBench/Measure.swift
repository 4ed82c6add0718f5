import Foundation

/// Timing and memory helpers shared by the scenarios.
enum Measure {
    /// A duration in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        seconds(duration) * 1000
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// Wall-clock time of each call of `body`, in milliseconds, one sample per element of
    /// `inputs`, after `warmUp` untimed calls on the first inputs (to fault in pages and settle
    /// caches, so the first sample is not an outlier of the harness rather than the engine).
    /// Each result's count is summed into `sink` so the calls cannot be optimised away.
    static func samples<Input>(
        _ inputs: [Input], warmUp: Int, sink: inout Int,
        _ body: (Input) -> Int
    ) -> [Double] {
        for input in inputs.prefix(warmUp) { sink &+= body(input) }
        let clock = ContinuousClock()
        return inputs.map { input in
            var produced = 0
            let elapsed = clock.measure { produced = body(input) }
            sink &+= produced
            return milliseconds(elapsed)
        }
    }

    /// The nearest-rank percentile `p` (0–100) of `values`.
    static func percentile(_ p: Double, of values: [Double]) -> Double {
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Resident set size in MiB, from `VmRSS` in /proc/self/status (Linux only). Freed heap
    /// memory is returned to the kernel first (`malloc_trim`), so memory the generator released
    /// is not counted against the index.
    static func residentMiB() -> Double {
        releaseFreedHeap()
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kib = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Double($0) })
        else { return .nan }
        return kib / 1024
    }

    /// Calls glibc's `malloc_trim(0)`, which Swift's Glibc module does not export, through
    /// `dlsym`; does nothing where the symbol is absent.
    private static func releaseFreedHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
