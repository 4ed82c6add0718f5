/// Finds catalogue terms (labels and synonyms) in free text — a CV, a job ad, a citizen's own
/// words — with the words folded and matched as `TermSearch` matches them: case and diacritics
/// folded, inflected forms by `Inflection` ("rengøringen" → "rengøring", "forklifts" →
/// "forklift", "maskinerne" → "maskine") and the tail
/// of a Danish compound ("kontorrengøring" → "rengøring"). Filler words between a term's words
/// are skipped. Pure and deterministic; built once per catalogue and language.
public struct TermExtractor: Sendable {
    /// Where a term was found: code-point offsets into the text, end exclusive.
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
    }

    /// One entry found in the text.
    public struct Finding: Sendable, Equatable {
        /// The entry's position in the catalogue.
        public var entry: Int
        /// How sure the match is, 0–1: an exact label 0.95, an exact synonym 0.9, an inflected
        /// form 0.8, a compound's tail 0.6; abbreviations of three letters or fewer 0.7.
        public var confidence: Double
        /// The places it was found, in text order (at most `maxSpans`).
        public var spans: [Span]
    }

    private struct Pattern: Sendable {
        let entry: Int
        let words: [String]
        let isLabel: Bool
    }

    /// The most places reported for one entry.
    public static let maxSpans = 100

    /// Patterns by their first word.
    private let patterns: [String: [Pattern]]
    /// The longest first word, in code points: no longer tail of a compound can be one.
    private let longestWord: Int

    /// Indexes the entries' texts (the first text of each is its label).
    public init(_ entries: [TermSearch.Entry]) {
        var patterns: [String: [Pattern]] = [:]
        for (entry, value) in entries.enumerated() {
            for (index, text) in value.texts.enumerated() {
                // Fillers are left out, but not single letters: "kørekort A" is not "kørekort".
                let words = TermSearch.foldedWords(text).filter { !TermSearch.fillers.contains($0) || $0.count == 1 }
                guard let first = words.first else { continue }
                patterns[first, default: []].append(Pattern(entry: entry, words: words, isLabel: index == 0))
            }
        }
        self.patterns = patterns
        longestWord = patterns.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// The entries found in `text`, most confident first, then in order of first appearance.
    public func extract(_ text: String) -> [Finding] {
        let tokens = TermExtractor.tokens(text)
        var found: [Int: Finding] = [:]
        var order: [Int] = []
        for start in tokens.indices where !TermSearch.fillers.contains(tokens[start].word) {
            for (firstWord, how) in candidates(for: tokens[start].word) {
                for pattern in patterns[firstWord] ?? [] {
                    guard let (end, inflected) = match(pattern, from: start, tokens: tokens) else { continue }
                    let confidence = TermExtractor.confidence(pattern, how: how, inflected: inflected)
                    let span = Span(start: tokens[start].start, end: tokens[end].end)
                    if var finding = found[pattern.entry] {
                        finding.confidence = max(finding.confidence, confidence)
                        if finding.spans.count < TermExtractor.maxSpans, !finding.spans.contains(span) { finding.spans.append(span) }
                        found[pattern.entry] = finding
                    } else {
                        found[pattern.entry] = Finding(entry: pattern.entry, confidence: confidence, spans: [span])
                        order.append(pattern.entry)
                    }
                }
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return found.values.sorted { lhs, rhs in
            lhs.confidence != rhs.confidence ? lhs.confidence > rhs.confidence : rank[lhs.entry]! < rank[rhs.entry]!
        }
    }

    private enum How { case exact, inflected, compoundTail }

    /// The first words of patterns a text word can stand for, and how.
    private func candidates(for word: String) -> [(String, How)] {
        // A word that is itself a term's word is read as that ("dansk" is not "dans" inflected).
        if patterns[word] != nil { return [(word, .exact)] }
        var result: [(String, How)] = []
        let scalars = Array(word.unicodeScalars)
        // No word is longer than a term's word plus a compound's head; this also bounds the work
        // a hostile "word" of 50,000 letters can cause.
        guard scalars.count <= longestWord + 40 else { return [] }
        // Inflection: the word is a pattern word with an ending ("rengøringen", "maskinerne").
        for stem in Inflection.stems(word) where patterns[stem] != nil { result.append((stem, .inflected)) }
        // A compound's tail ("kontorrengøring" ends in "rengøring"), of five letters or more.
        if scalars.count > 5 {
            for cut in max(1, scalars.count - longestWord)...(scalars.count - 5) {
                let tail = String(String.UnicodeScalarView(scalars[cut...]))
                if patterns[tail] != nil { result.append((tail, .compoundTail)) }
            }
        }
        return result
    }

    /// Whether the pattern's remaining words follow `start` (skipping fillers): the index of the
    /// last token matched, and whether any word was inflected.
    private func match(_ pattern: Pattern, from start: Int, tokens: [Token]) -> (Int, Bool)? {
        var index = start
        var inflected = false
        for word in pattern.words.dropFirst() {
            index += 1
            while index < tokens.count, tokens[index].word != word, TermSearch.fillers.contains(tokens[index].word) { index += 1 }
            guard index < tokens.count else { return nil }
            let token = tokens[index].word
            if token == word { continue }
            guard Inflection.stems(token).contains(word) else { return nil }
            inflected = true
        }
        return (index, inflected)
    }

    private static func confidence(_ pattern: Pattern, how: How, inflected: Bool) -> Double {
        if pattern.words.count == 1, pattern.words[0].count <= 3 { return 0.7 }
        switch how {
        case .compoundTail: return 0.6
        case .inflected: return 0.8
        case .exact: return inflected ? 0.8 : (pattern.isLabel ? 0.95 : 0.9)
        }
    }

    private struct Token {
        let word: String
        let start: Int
        let end: Int
    }

    /// The text's words, folded as `TermSearch.words` folds them, with code-point offsets.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                let folded = TermSearch.foldedWords(String(String.UnicodeScalarView(current))).joined()
                if !folded.isEmpty { tokens.append(Token(word: folded, start: start, end: offset)) }
                current = []
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || (0x300...0x36F).contains(scalar.value) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return tokens
    }
}
