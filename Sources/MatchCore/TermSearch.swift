/// Search over taxonomy terms (labels and synonyms) that finds what people type: word order does
/// not matter, case and diacritics are folded (æ = ae, ø = oe, å = aa, é = e), a word matches the
/// start of a longer one ("lager" → "lagermedarbejder") or the end of a compound ("rengøring" →
/// "kontorrengøring"), an inflected form matches its stem ("elderly" → "elder"), and a word of
/// five letters or more may carry one typing error ("rengørng"). Filler words ("for", "og", …)
/// are ignored.
///
/// Results are ranked by how they matched — the exact label, then an exact synonym, then every
/// word whole, then by prefix, inflection or compound part, then with a typing error — and
/// within a rank by how common the entry is, then by catalogue order. Pure and deterministic;
/// built once per catalogue and language.
public struct TermSearch: Sendable {
    /// One entry's searchable texts: its label first, then its synonyms.
    public struct Entry: Sendable {
        /// The texts; the first is the label.
        public var texts: [String]
        /// How common the entry is (e.g. how many occupations list a competency); higher first.
        public var weight: Int

        /// Creates an entry.
        public init(texts: [String], weight: Int) {
            self.texts = texts
            self.weight = weight
        }
    }

    /// How a result matched, best first.
    public enum Rank: Int, Sendable, Comparable {
        case exactLabel, exactSynonym, wholeWords, partialWords, typo

        public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private struct Text: Sendable {
        let folded: String
        /// The folded words, as UTF-8 bytes (comparisons without string indexing).
        let words: [[UInt8]]
        let isLabel: Bool
    }

    private let entries: [[Text]]
    private let weights: [Int]

    /// Indexes `entries` (positions are the result indexes).
    public init(_ entries: [Entry]) {
        self.entries = entries.map { entry in
            entry.texts.enumerated().map { index, text in
                let words = TermSearch.words(text)
                return Text(folded: words.joined(separator: " "), words: words.map { Array($0.utf8) }, isLabel: index == 0)
            }
        }
        weights = entries.map(\.weight)
    }

    /// The positions of the entries matching `query`, best first; every entry for an empty query.
    public func search(_ query: String) -> [Int] {
        let words = TermSearch.words(query)
        guard !words.isEmpty else { return Array(entries.indices) }
        let folded = words.joined(separator: " ")
        let queryWords = words.map { Array($0.utf8) }
        let queryStems = words.map { Inflection.stems($0).map { Array($0.utf8) } }
        var found: [(rank: Rank, label: Bool, weight: Int, position: Int)] = []
        for (position, texts) in entries.enumerated() {
            var best: (rank: Rank, label: Bool)?
            for text in texts {
                guard let rank = TermSearch.rank(folded: folded, words: queryWords, stems: queryStems, in: text) else { continue }
                if let current = best, current.rank < rank || (current.rank == rank && (current.label || !text.isLabel)) { continue }
                best = (rank, text.isLabel)
            }
            if let best { found.append((best.rank, best.label, weights[position], position)) }
        }
        found.sort { lhs, rhs in
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.label != rhs.label { return lhs.label }
            if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
            return lhs.position < rhs.position
        }
        return found.map(\.position)
    }

    /// How a query matches a text: `stems` are each query word's base forms by `Inflection`.
    private static func rank(folded: String, words: [[UInt8]], stems: [[[UInt8]]], in text: Text) -> Rank? {
        if text.folded == folded { return text.isLabel ? .exactLabel : .exactSynonym }
        var worst = Rank.wholeWords
        for (index, word) in words.enumerated() {
            var best: Rank?
            for candidate in text.words {
                let rank = wordRank(word[...], candidate[...]) ?? (stems[index].contains(candidate) ? .partialWords : nil)
                if let rank, best == nil || rank < best! { best = rank }
                if best == .wholeWords { break }
            }
            guard let best else { return nil }
            worst = max(worst, best)
        }
        return worst
    }

    /// How a query word matches a text word, if it does (folded words as UTF-8 bytes).
    static func wordRank(_ query: ArraySlice<UInt8>, _ word: ArraySlice<UInt8>) -> Rank? {
        let queryCount = query.count
        let wordCount = word.count
        if queryCount == wordCount, query.elementsEqual(word) { return .wholeWords }
        // "lager" → "lagermedarbejder"; "rengøring" → "kontorrengøring" (a compound's head or tail).
        if queryCount >= 3, wordCount > queryCount, word.prefix(queryCount).elementsEqual(query) { return .partialWords }
        if queryCount >= 4, wordCount > queryCount, word.suffix(queryCount).elementsEqual(query) { return .partialWords }
        // A longer form of the word: "elderly" → "elder", "rengøringen" → "rengøring", "plumbers"
        // → "plumber"; endings that change the stem ("toiletterne" → "toilet") by `Inflection`.
        if wordCount >= 4, queryCount > wordCount, queryCount - wordCount <= 3, query.prefix(wordCount).elementsEqual(word) {
            return .partialWords
        }
        // One typing error in a word of five letters or more, against the word or its start.
        if queryCount >= 5 {
            for length in [wordCount, queryCount, queryCount + 1, queryCount - 1] where length <= wordCount {
                if withinOneEdit(query, word.prefix(length)) { return .typo }
            }
        }
        return nil
    }

    /// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of
    /// neighbouring letters.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        withinOneEdit(Array(a.utf8)[...], Array(b.utf8)[...])
    }

    static func withinOneEdit(_ x: ArraySlice<UInt8>, _ y: ArraySlice<UInt8>) -> Bool {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        let xs = x.startIndex
        let ys = y.startIndex
        while i < min(x.count, y.count), x[xs + i] == y[ys + i] { i += 1 }
        if i == x.count && i == y.count { return true }
        if x.count == y.count {
            if x[(xs + i + 1)...].elementsEqual(y[(ys + i + 1)...]) { return true }
            return i + 1 < x.count && x[xs + i] == y[ys + i + 1] && x[xs + i + 1] == y[ys + i]
                && x[(xs + i + 2)...].elementsEqual(y[(ys + i + 2)...])
        }
        return x.count > y.count ? x[(xs + i + 1)...].elementsEqual(y[(ys + i)...]) : x[(xs + i)...].elementsEqual(y[(ys + i + 1)...])
    }

    /// Filler words left out of queries and texts.
    static let fillers: Set<String> = [
        "and", "of", "for", "the", "a", "an", "in", "with", "to", "og", "i", "til", "med", "af",
        "paa", "en", "et",
    ]

    /// The folded words of `text`: lower case, æ → ae, ø → oe, å → aa, other diacritics dropped,
    /// split at anything that is not a letter or digit, fillers left out.
    public static func words(_ text: String) -> [String] {
        foldedWords(text).filter { !fillers.contains($0) }
    }

    /// The folded words of `text`, fillers kept.
    public static func foldedWords(_ text: String) -> [String] {
        var folded = ""
        for scalar in text.lowercased().unicodeScalars {
            if let replacement = foldings[scalar] {
                folded += replacement
            } else if (0x300...0x36F).contains(scalar.value) {
                continue  // a combining accent: the letter before it stands alone
            } else {
                folded.unicodeScalars.append(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? scalar : " ")
            }
        }
        return folded.split(separator: " ").map(String.init)
    }

    /// Letters written as others when folding: the Danish ones as they are typed without them,
    /// accented Latin letters as their base letter.
    static let foldings: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = ["æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"]
        let groups = ["a": "áàâäãā", "e": "éèêëē", "i": "íìîïī", "o": "óòôöõō", "u": "úùûüū", "y": "ýÿ", "c": "ç", "n": "ñ"]
        for (base, accented) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
