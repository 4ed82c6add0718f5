/// The base forms an inflected word may stand for, by a small suffix model (#27): Danish
/// definite and plural endings (-en, -et, -n, -t, -ne, -er, -erne, -ene, -e, and a genitive -s)
/// and English ones (-s, -es, -ies → -y, -ves → -f, -ing, -ed). Works on folded words, as
/// `TermSearch.foldedWords` gives them.
///
/// A word ending in one of these is read as the stem without the ending, that stem with an "e"
/// restored ("kunderne" → "kunde", "making" → "make") and, when it ends in a doubled consonant,
/// undoubled ("toiletterne" → "toilet", "mopped" → "mop"). A stem keeps at least four letters,
/// a restored "e" counting, so short words and short names are left alone ("en", "is", "karen"
/// is not "kar").
enum Inflection {
    /// The endings removed, longest first.
    static let endings = ["erne", "ene", "ing", "ies", "ves", "en", "et", "ne", "er", "es", "ed", "n", "t", "e", "s"]
    /// The fewest letters a stem keeps, a restored "e" counting, before a consonant is undoubled.
    static let shortestStem = 4

    private static let vowels = Set("aeiouy".utf8)

    /// The forms `word` may be an inflection of, by the order of `endings`, without repeats and
    /// without the word itself; none for a word with no known ending.
    static func stems(_ word: String) -> [String] {
        let letters = Array(word.utf8)
        guard letters.count > shortestStem else { return [] }
        var result: [String] = []
        func add<Letters: Collection<UInt8>>(_ stem: Letters) {
            let form = String(decoding: stem, as: UTF8.self)
            if form != word, !result.contains(form) { result.append(form) }
        }
        for ending in endings {
            let cut = ending.utf8.count
            guard letters.count - cut >= shortestStem - 1, letters.suffix(cut).elementsEqual(ending.utf8) else { continue }
            let stem = letters[..<(letters.count - cut)]
            switch ending {
            case "ies": add(stem + Array("y".utf8))
            case "ves": add(stem + Array("f".utf8))
            default:
                add(stem + Array("e".utf8))
                guard stem.count >= shortestStem else { continue }
                add(stem)
                let last = stem[stem.endIndex - 1]
                if stem[stem.endIndex - 2] == last, !vowels.contains(last) { add(stem.dropLast()) }
            }
        }
        return result
    }
}
