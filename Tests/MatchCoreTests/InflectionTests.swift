import Testing

@testable import MatchCore

@Suite("Inflection")
struct InflectionTests {
    @Test(
        "each Danish ending gives the base form",
        arguments: [
            ("rengoeringen", "rengoering"),  // -en
            ("lageret", "lager"),  // -et
            ("paeren", "paere"),  // -n
            ("kontoret", "kontor"),  // -et
            ("taget", "tage"),  // -t (taget → tage)
            ("maskinerne", "maskine"),  // -rne on a word ending in -e: -erne, then e restored
            ("hylderne", "hylder"),  // -ne
            ("kasser", "kasse"),  // -er, e restored
            ("toiletterne", "toilet"),  // -erne, doubled consonant undoubled
            ("pallene", "palle"),  // -ene, e restored
            ("kunde", "kund"),  // -e
            ("kommunens", "kommunen"),  // genitive -s
        ])
    func danish(_ word: String, _ base: String) {
        #expect(Inflection.stems(word).contains(base))
    }

    @Test(
        "each English ending gives the base form",
        arguments: [
            ("forklifts", "forklift"),  // -s
            ("benches", "bench"),  // -es
            ("lorries", "lorry"),  // -ies → -y
            ("shelves", "shelf"),  // -ves → -f
            ("cleaning", "clean"),  // -ing
            ("making", "make"),  // -ing, e restored
            ("mopping", "mop"),  // -ing, doubled consonant undoubled
            ("stocked", "stock"),  // -ed
            ("stocking", "stock"),
        ])
    func english(_ word: String, _ base: String) {
        #expect(Inflection.stems(word).contains(base))
    }

    @Test("short words and names are not over-stripped")
    func notOverStripped() {
        #expect(Inflection.stems("en").isEmpty)
        #expect(Inflection.stems("et").isEmpty)
        #expect(Inflection.stems("is").isEmpty)
        #expect(Inflection.stems("bus").isEmpty)
        #expect(Inflection.stems("kort").isEmpty)
        #expect(!Inflection.stems("karen").contains("kar"))
        #expect(!Inflection.stems("hansen").contains("han"))
        #expect(Inflection.stems("dansk").isEmpty)  // no known ending
        #expect(!Inflection.stems("boxes").contains("boxes"))  // never the word itself
    }
}
