import Testing

@testable import MatchCore

@Suite("Term extraction")
struct TermExtractorTests {
    let extractor = TermExtractor([
        .init(texts: ["Rengøring", "Rengøringsarbejde"], weight: 0),  // 0
        .init(texts: ["Kørekort B", "Bilkørekort"], weight: 0),  // 1
        .init(texts: ["Kørekort A", "Motorcykelkørekort"], weight: 0),  // 2
        .init(texts: ["Pleje i hjemmet", "Hjemmepleje"], weight: 0),  // 3
        .init(texts: ["SSH"], weight: 0),  // 4
        .init(texts: ["Dansk"], weight: 0),  // 5
        .init(texts: ["Dans"], weight: 0),  // 6
    ])

    func find(_ text: String) -> [Int: TermExtractor.Finding] {
        Dictionary(uniqueKeysWithValues: extractor.extract(text).map { ($0.entry, $0) })
    }

    @Test("exact labels, synonyms, inflection and compound tails, each with its confidence")
    func confidences() {
        let found = find("Rengøring. Rengøringen af trapper. Kontorrengøring. Bilkørekort. SSH.")
        #expect(found[0]?.confidence == 0.95)
        #expect(found[0]?.spans.count == 3)  // exact, inflected, compound tail
        #expect(found[1]?.confidence == 0.9)  // a synonym
        #expect(found[4]?.confidence == 0.7)  // a three-letter abbreviation
        #expect(find("Rengøringen")[0]?.confidence == 0.8)
        #expect(find("Kontorrengøring")[0]?.confidence == 0.6)
    }

    @Test("a term's words in order, fillers between them skipped, single letters kept")
    func multiWord() {
        #expect(find("kørekort B")[1] != nil)
        #expect(find("kørekort B")[2] == nil)  // "kørekort A" is not any kørekort
        #expect(find("kørekort og truck")[1] == nil)
        #expect(find("pleje i hjemmet")[3] != nil)
        #expect(find("B kørekort")[1] == nil)
    }

    @Test("definite and plural forms, Danish and English, below an exact match, the span on the inflected words")
    func inflectedForms() {
        let extractor = TermExtractor([
            .init(texts: ["Maskine"], weight: 0),  // 0
            .init(texts: ["Toilet"], weight: 0),  // 1
            .init(texts: ["Pleje af bede"], weight: 0),  // 2
            .init(texts: ["Shelf"], weight: 0),  // 3
            .init(texts: ["Mop the floor"], weight: 0),  // 4
            .init(texts: ["Kar"], weight: 0),  // 5
        ])
        let text = "Maskinerne og toiletterne. Pleje af bedene. Shelves. Mopping the floors. Karen."
        let found = Dictionary(uniqueKeysWithValues: extractor.extract(text).map { ($0.entry, $0) })
        let scalars = Array(text.unicodeScalars)
        func spanned(_ entry: Int) -> String? {
            found[entry]?.spans.first.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(spanned(0) == "Maskinerne")
        #expect(spanned(1) == "toiletterne")
        #expect(spanned(2) == "Pleje af bedene")
        #expect(spanned(3) == "Shelves")
        #expect(spanned(4) == "Mopping the floors")
        #expect(found[5] == nil)  // a name is not an inflected short word
        #expect(found[0]?.confidence == 0.8)
        #expect(extractor.extract("Maskine").first?.confidence == 0.95)
    }

    @Test("a word that is a term is not read as another inflected: dansk is not dans")
    func exactWins() {
        let found = find("Jeg taler dansk")
        #expect(found[5] != nil)
        #expect(found[6] == nil)
    }

    @Test("spans are code-point offsets into the text, æ/ø/å counting one each")
    func spans() {
        let text = "Erfaring med rengøring og kørekort B"
        let found = find(text)
        let scalars = Array(text.unicodeScalars)
        let span = try! #require(found[0]?.spans.first)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "rengøring")
        let licence = try! #require(found[1]?.spans.first)
        #expect(String(String.UnicodeScalarView(scalars[licence.start..<licence.end])) == "kørekort B")
    }
}
