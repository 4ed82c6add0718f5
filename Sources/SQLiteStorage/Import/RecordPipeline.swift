import Foundation
import PlainJSON
import Profiles

/// Reads the elements of one record file (`JSONArrayReader`) in batches and stages each element —
/// decodes and validates it — on `workers` threads of its own, handing the batches back in file
/// order to the one thread that inserts them: `matchd seed --from` decodes on both cores while
/// the database writer inserts. At most `window` batches are read ahead of the inserting thread,
/// so memory holds a few thousand records, never the file.
final class RecordPipeline<Staged: Sendable>: @unchecked Sendable {
    /// Consecutive records of the file, staged.
    struct Batch {
        /// The index of the first of them in the file.
        var first: Int
        var records: [Staged]
        /// Why the file could not be read past these records, when it is broken.
        var failure: RecordFileError?
    }

    /// Records per batch: enough that handing a batch over costs little beside staging it.
    static var batchSize: Int { 256 }

    private let window: Int
    /// Guards the batch hand-over and the counters below it.
    private let condition = NSCondition()
    private var staged: [Int: Batch] = [:]
    /// The batch the inserting thread takes next.
    private var taken = 0
    /// The batch that ends the file, once read.
    private var lastBatch: Int?
    private var stopped = false
    private var running = 0
    /// Serialises reading; guards the reader and the two counters below it.
    private let readLock = NSLock()
    private var reader: JSONArrayReader
    private let url: URL
    private var nextBatch = 0
    private var nextRecord = 0

    /// Opens `url` and starts `workers` threads staging its elements with `stage`, each with a
    /// `JSONDecoder` of its own carrying `userInfo`.
    init(
        url: URL, workers: Int = 2, window: Int = 8, userInfo: [CodingUserInfoKey: any Sendable] = [:],
        stage: @escaping @Sendable (Data, JSONDecoder) -> Staged
    ) throws(RecordFileError) {
        do {
            reader = try JSONArrayReader(url: url)
        } catch {
            throw RecordFileError(file: url, error)
        }
        self.url = url
        self.window = window
        running = workers
        for _ in 0..<workers {
            Thread { [self] in
                let decoder = JSONDecoder()
                decoder.userInfo = userInfo
                while let claimed = read() {
                    let (number, batch) = claimed
                    let records = batch.elements.map { stage($0, decoder) }
                    condition.withLock {
                        staged[number] = Batch(first: batch.first, records: records, failure: batch.failure)
                        condition.broadcast()
                    }
                }
                condition.withLock {
                    running -= 1
                    condition.broadcast()
                }
            }.start()
        }
    }

    /// The next batch in file order; nil after the last.
    func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let batch = staged.removeValue(forKey: taken) {
                taken += 1
                condition.broadcast()
                return batch
            }
            if let lastBatch, taken > lastBatch { return nil }
            if running == 0 { return nil }
            condition.wait()
        }
    }

    /// Stops reading and returns once every worker has ended; call it before dropping the pipeline.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
    }

    /// The next batch of elements and its number, or nil when the file is done or the pipeline stopped.
    private func read() -> (Int, (first: Int, elements: [Data], failure: RecordFileError?))? {
        readLock.lock()
        defer { readLock.unlock() }
        let open = condition.withLock {
            while !stopped, lastBatch == nil, nextBatch - taken >= window { condition.wait() }
            return !stopped && lastBatch == nil
        }
        guard open else { return nil }
        var elements: [Data] = []
        var failure: RecordFileError?
        var ended = false
        do {
            while elements.count < Self.batchSize {
                guard let element = try reader.next() else {
                    ended = true
                    break
                }
                elements.append(element)
            }
        } catch {
            failure = RecordFileError(file: url, error)
            ended = true
        }
        let number = nextBatch
        let first = nextRecord
        nextBatch += 1
        nextRecord += elements.count
        if ended { condition.withLock { lastBatch = number } }
        return (number, (first, elements, failure))
    }
}
