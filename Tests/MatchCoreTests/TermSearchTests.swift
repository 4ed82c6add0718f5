import Testing

@testable import MatchCore

@Suite("Term search")
struct TermSearchTests {
    /// A small catalogue: label first, then synonyms.
    let catalogue = TermSearch([
        .init(texts: ["Lagermedarbejder", "Lagerarbejder", "Pluk og pak"], weight: 3),  // 0
        .init(texts: ["Kontorrengøringsassistent", "Kontorrengøring"], weight: 1),  // 1
        .init(texts: ["Rengøringsassistent", "Rengøringshjælp"], weight: 5),  // 2
        .init(texts: ["Elder care", "Care for older people"], weight: 2),  // 3
        .init(texts: ["Social- og sundhedshjælper", "SOSU-hjælper", "SSH"], weight: 4),  // 4
        .init(texts: ["Lager", "Lagerstyring"], weight: 0),  // 5
        .init(texts: ["Café- og restaurantmedhjælper", "Cafémedarbejder"], weight: 1),  // 6
    ])

    @Test("the exact label ranks first, then an exact synonym, then words, then parts, then typos")
    func ranking() {
        #expect(catalogue.search("lager").first == 5)  // exact label beats prefix of another
        #expect(catalogue.search("lager").contains(0))  // "lager" finds "lagermedarbejder"
        #expect(catalogue.search("kontorrengøring").first == 1)  // exact synonym
        #expect(catalogue.search("SSH") == [4])
    }

    @Test("word order, case, filler words and inflection do not matter")
    func orderAndInflection() {
        #expect(catalogue.search("care for elderly").first == 3)
        #expect(catalogue.search("CARE ELDER").first == 3)
        #expect(catalogue.search("people older").first == 3)
    }

    @Test("endings that change the stem, by the inflection model: toiletterne, shelves, lorries")
    func inflectionModel() {
        let catalogue = TermSearch([
            .init(texts: ["Toilet"], weight: 0), .init(texts: ["Shelf"], weight: 0), .init(texts: ["Lorry"], weight: 0),
        ])
        #expect(catalogue.search("toiletterne") == [0])
        #expect(catalogue.search("shelves") == [1])
        #expect(catalogue.search("lorries") == [2])
    }

    @Test("æ, ø, å fold to ae, oe, aa, accents to the base letter, either way round")
    func folding() {
        #expect(catalogue.search("rengoering").first == 2)
        #expect(catalogue.search("sundhedshjaelper").first == 4)
        #expect(catalogue.search("cafe").first == 6)
        #expect(TermSearch.words("Café- og Æble-Ø") == ["cafe", "aeble", "oe"])
        #expect(TermSearch.words("e\u{301}") == ["e"])
    }

    @Test("a compound's head or tail matches: rengøring finds kontorrengøring")
    func compounds() {
        let found = catalogue.search("rengøring")
        #expect(found.first == 2)
        #expect(found.contains(1))
    }

    @Test("one typing error in a word of five letters or more, none in shorter words")
    func typos() {
        #expect(catalogue.search("rengørng").first == 2)
        #expect(catalogue.search("lagrmedarbejder").first == 0)
        #expect(catalogue.search("sohu").isEmpty)
        #expect(catalogue.search("rngørng").isEmpty)
        #expect(TermSearch.withinOneEdit("plumbr", "plumber"))
        #expect(TermSearch.withinOneEdit("lgaer", "lager"))
        #expect(!TermSearch.withinOneEdit("lgare", "lager"))
    }

    @Test("within a rank, the more common entry first; an empty query lists everything")
    func weights() {
        // Both labels end in "assistent": the cleaning assistant (weight 5) before the office one (1).
        #expect(catalogue.search("assistent") == [2, 1])
        #expect(catalogue.search("  ").count == 7)
    }
}
