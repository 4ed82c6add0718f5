import Foundation
import MatchCore
import Profiles

// Engine benchmark: synthetic population on the real taxonomy, one `name value unit` line per
// figure on stdout, progress on stderr. Usage: matchbench [--data PATH] [--quick]

/// Writes a progress line to stderr, keeping stdout for the figures.
func progress(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints one figure as `name value unit`.
func report(_ name: String, _ value: Double, _ unit: String, decimals: Int = 3) {
    print("\(name) \(String(format: "%.\(decimals)f", value)) \(unit)")
}

/// A population size as used in figure names: 1000000 → `1m`, 100000 → `100k`.
func sizeLabel(_ count: Int) -> String {
    if count % 1_000_000 == 0 { return "\(count / 1_000_000)m" }
    if count % 1_000 == 0 { return "\(count / 1_000)k" }
    return "\(count)"
}

var dataPath = "Data"
var config = BenchConfig.full
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--quick": config = .quick
    case "--data" where !arguments.isEmpty: dataPath = arguments.popFirst()!
    default:
        progress("usage: matchbench [--data PATH] [--quick]")
        exit(2)
    }
}

let taxonomy: Taxonomy
do {
    let directory = URL(fileURLWithPath: dataPath).appendingPathComponent("taxonomy")
    taxonomy = try Taxonomy(source: TaxonomyFileStore.read(directory: directory))
} catch {
    progress("matchbench: cannot load the taxonomy from \(dataPath)/taxonomy: \(error)")
    exit(1)
}
progress("taxonomy: \(taxonomy.competencyCount) competencies, \(taxonomy.occupationIsco.count) occupations, "
    + "\(taxonomy.municipalities.count) municipalities")

var sink = 0
let small = sizeLabel(config.smallCitizens), large = sizeLabel(config.largeCitizens)

progress("taxonomy search over the whole catalogue")
do {
    let source = taxonomy.source
    let indexes = [
        TermSearch(source.competencies.competencies.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) }),
        TermSearch(source.competencies.competencies.map { .init(texts: [$0.en] + $0.synonymsEn, weight: 0) }),
        TermSearch(source.occupations.occupations.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) }),
        TermSearch(source.occupations.occupations.map { .init(texts: [$0.en] + $0.synonymsEn, weight: 0) }),
    ]
    // What people type: whole titles, abbreviations, compounds' parts, word order, typing errors.
    let queries = ["social og sundhedshjælper", "sosu", "lager", "rengøring", "rengørng", "pædagogmedhjælper", "vvs-montør",
                   "care for elderly", "dog training", "pipe fitting", "office administration", "personal trainer",
                   "lagermedarbjder", "truckcertifikat", "kørekort", "hygiejnebevis", "plumbr", "video producer", "a", "k"]
    let inputs = (0..<2_000).map { (indexes[$0 % indexes.count], queries[$0 % queries.count]) }
    let samples = Measure.samples(inputs, warmUp: 100, sink: &sink) { index, query in index.search(query).count }
    report("taxonomy_search_p50_ms", Measure.percentile(50, of: samples), "ms")
    report("taxonomy_search_p99_ms", Measure.percentile(99, of: samples), "ms")

    // A two-page Danish CV (about 900 words), read for competencies and occupations.
    let extractors = [
        TermExtractor(source.competencies.competencies.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) }),
        TermExtractor(source.occupations.occupations.map { .init(texts: [$0.da] + $0.synonymsDa, weight: 0) }),
    ]
    let page = """
        Lagermedarbejder hos Nordlager A/S. Plukning og pakning af ordrer, varemodtagelse og kørsel med gaffeltruck. \
        Rengøringsassistent i kommunen: daglig rengøring af kontorer og skoler, gulvvask med maskine, affaldshåndtering. \
        Kassemedarbejder i supermarked: betjening af kasseapparat, opfyldning af varer, kundeservice og kontakt med kunder. \
        Kurser: truckcertifikat B, hygiejnebevis, førstehjælp, kørekort B, AMU-kursus i arbejdsmiljø og sikkerhed. \
        Jeg er mødestabil, arbejder selvstændigt og i teams, taler dansk og engelsk og har grundlæggende IT-kendskab. \
        Frivilligt arbejde i sportsklubben med træning af børn, pasning af dyr og vedligeholdelse af grønne områder.
        """
    let cv = String(repeating: page + "\n", count: 9)
    let extractSamples = Measure.samples(Array(repeating: cv, count: 200), warmUp: 10, sink: &sink) { text in
        extractors[0].extract(text).count + extractors[1].extract(text).count
    }
    progress("extraction: \(cv.split(separator: " ").count) words per CV")
    report("taxonomy_extract_2page_p50_ms", Measure.percentile(50, of: extractSamples), "ms")
    report("taxonomy_extract_2page_p99_ms", Measure.percentile(99, of: extractSamples), "ms")
}

progress("building the \(small) citizen index")
do {
    let built = Scenarios.buildCitizenIndex(taxonomy: taxonomy, citizens: config.smallCitizens, config: config)
    let samples = Scenarios.rankCitizens(built, calls: config.smallCalls, sink: &sink)
    report("top20_\(small)_p50_ms", Measure.percentile(50, of: samples), "ms")
    report("top20_\(small)_p99_ms", Measure.percentile(99, of: samples), "ms")
}

progress("building the \(sizeLabel(config.vacancyIndexSize)) vacancy index")
let vacancySamples = Scenarios.rankVacancies(taxonomy: taxonomy, vacancies: config.vacancyIndexSize,
                                             calls: config.vacancyCalls, sink: &sink)
report("top20_vacancies_\(sizeLabel(config.vacancyIndexSize))_p50_ms", Measure.percentile(50, of: vacancySamples), "ms")

progress("building the \(large) citizen index")
var built = Scenarios.buildCitizenIndex(taxonomy: taxonomy, citizens: config.largeCitizens, config: config)
let largeSamples = Scenarios.rankCitizens(built, calls: config.largeCalls, sink: &sink)
report("top20_\(large)_p50_ms", Measure.percentile(50, of: largeSamples), "ms")
report("top20_\(large)_p99_ms", Measure.percentile(99, of: largeSamples), "ms")
progress("throughput: \(String(format: "%.1f", built.flexJobShare * 100)) % of scanned citizens are fully scored")
report("pairs_per_sec_per_core", Scenarios.scanThroughput(&built, calls: config.throughputCalls, sink: &sink),
       "pairs/s", decimals: 0)
report("index_build_\(large)_s", built.buildSeconds, "s")
report("index_\(large)_rss_mib", built.residentMiB, "MiB", decimals: 1)
progress("done (checksum \(sink))")
