import Foundation
import MatchCore
import Profiles

// Engine benchmark: one `name value unit` line per figure on stdout, progress on stderr.
//   matchbench [--taxonomy DIR] [--data DIR] [--extraction-set FILE] [--quick]
//     ranks a generated population in memory, or with --data the records in DIR
//     (citizens.json, openings.json, slots.json, as Data/demo/).
//   matchbench generate --citizens N --vacancies M [--seed S] --out DIR [--taxonomy DIR]
//     writes a generated population as record files (also citizens.json and companies.json).
// --taxonomy is matchd's Data folder (default: as matchd finds it). --extraction-set is the
// texts with expected codes scored for extraction recall (default: the test fixture, from the
// checkout's root, where matchbench is run).

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

/// Prints the usage and exits with status 2.
func usage() -> Never {
    progress(
        """
        usage: matchbench [--taxonomy DIR] [--data DIR] [--extraction-set FILE] [--quick]
               matchbench generate --citizens N --vacancies M [--seed S] --out DIR [--taxonomy DIR]
        """)
    exit(2)
}

var taxonomyPath = DataDirectory.locate().path
var extractionSetPath = "Tests/MatchCoreTests/Fixtures/extraction-set.json"
var populationPath: String?
var config = BenchConfig.full
var generate = false
var citizenCount: Int?
var vacancyCount: Int?
var seed = Scenarios.citizenSeed
var outPath: String?
var arguments = CommandLine.arguments.dropFirst()
if arguments.first == "generate" {
    generate = true
    arguments.removeFirst()
}
while let argument = arguments.popFirst() {
    switch (argument, arguments.first) {
    case ("--quick", _) where !generate: config = .quick
    case ("--taxonomy", let value?): taxonomyPath = value
    case ("--extraction-set", let value?) where !generate: extractionSetPath = value
    case ("--data", let value?) where !generate: populationPath = value
    case ("--citizens", let value?) where generate: citizenCount = Int(value)
    case ("--vacancies", let value?) where generate: vacancyCount = Int(value)
    case ("--seed", let value?) where generate:
        guard let number = UInt64(value) else { usage() }
        seed = number
    case ("--out", let value?) where generate: outPath = value
    default: usage()
    }
    if argument != "--quick" { arguments.removeFirst() }
}

let taxonomy: Taxonomy
do {
    taxonomy = try DataDirectory.taxonomy(in: URL(fileURLWithPath: taxonomyPath))
} catch {
    progress("matchbench: cannot load the taxonomy from \(taxonomyPath)/taxonomy: \(error)")
    exit(1)
}
progress(
    "taxonomy: \(taxonomy.competencyCount) competencies, \(taxonomy.occupationIsco.count) occupations, "
        + "\(taxonomy.municipalities.count) municipalities")

if generate {
    guard let citizens = citizenCount, let vacancies = vacancyCount, let outPath, citizens >= 0, vacancies >= 1 else { usage() }
    do {
        try Generate.write(
            taxonomy: taxonomy, citizens: citizens, vacancies: vacancies, seed: seed,
            to: URL(fileURLWithPath: outPath))
        progress("wrote \(citizens) citizens and \(vacancies) vacancies to \(outPath)")
        exit(0)
    } catch {
        progress("matchbench: cannot write to \(outPath): \(error)")
        exit(1)
    }
}

var sink = 0
let small = sizeLabel(config.smallCitizens)
let large = sizeLabel(config.largeCitizens)

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
    let queries = [
        "social og sundhedshjælper", "sosu", "lager", "rengøring", "rengørng", "pædagogmedhjælper", "vvs-montør",
        "care for elderly", "dog training", "pipe fitting", "office administration", "personal trainer",
        "lagermedarbjder", "truckcertifikat", "kørekort", "hygiejnebevis", "plumbr", "video producer", "a", "k",
    ]
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

    // Recall over the extraction set: short texts with the codes a consultant would code (#27).
    do {
        let file = URL(fileURLWithPath: extractionSetPath)
        let score = try JSONDecoder().decode(ExtractionSet.self, from: Data(contentsOf: file)).score(source)
        progress("extraction set: \(score.found) of \(score.expected) expected codes, \(score.returned) entries returned")
        report("extraction_recall_pct", score.recallPercent, "%", decimals: 1)
        report("extraction_entries_per_expected", score.entriesPerExpected, "entries", decimals: 2)
    } catch {
        progress("matchbench: cannot read the extraction set \(extractionSetPath): \(error)")
        exit(1)
    }
}

if let populationPath {
    progress("building the index of the records in \(populationPath)")
    var built: BuiltIndex
    do {
        built = try Scenarios.buildIndex(
            taxonomy: taxonomy, folder: URL(fileURLWithPath: populationPath),
            calls: config.vacancyCalls)
    } catch {
        progress("matchbench: cannot read the records in \(populationPath): \(error)")
        exit(1)
    }
    let citizens = sizeLabel(built.index.citizenCount)
    let vacancies = sizeLabel(built.vacancyIds.count)
    let samples = Scenarios.rankCitizens(built, calls: config.largeCalls, sink: &sink)
    report("top20_\(citizens)_p50_ms", Measure.percentile(50, of: samples), "ms")
    report("top20_\(citizens)_p99_ms", Measure.percentile(99, of: samples), "ms")
    let vacancySamples = Scenarios.rankVacancies(built, sink: &sink)
    report("top20_vacancies_\(vacancies)_p50_ms", Measure.percentile(50, of: vacancySamples), "ms")
    report("top20_vacancies_\(vacancies)_p99_ms", Measure.percentile(99, of: vacancySamples), "ms")
    report(
        "pairs_per_sec", Scenarios.scanThroughput(&built, calls: config.throughputCalls, sink: &sink),
        "pairs/s", decimals: 0)
    report("index_build_\(citizens)_s", built.buildSeconds, "s")
    report("index_\(citizens)_rss_mib", built.residentMiB, "MiB", decimals: 1)
    progress("done (checksum \(sink))")
    exit(0)
}

progress("building the \(small) citizen index")
do {
    let built = Scenarios.buildCitizenIndex(taxonomy: taxonomy, citizens: config.smallCitizens, config: config)
    let samples = Scenarios.rankCitizens(built, calls: config.smallCalls, sink: &sink)
    report("top20_\(small)_p50_ms", Measure.percentile(50, of: samples), "ms")
    report("top20_\(small)_p99_ms", Measure.percentile(99, of: samples), "ms")
}

progress("building the \(sizeLabel(config.vacancyIndexSize)) vacancy index")
let vacancyIndex = Scenarios.buildVacancyIndex(taxonomy: taxonomy, vacancies: config.vacancyIndexSize, calls: config.vacancyCalls)
let vacancySamples = Scenarios.rankVacancies(vacancyIndex, sink: &sink)
report("top20_vacancies_\(sizeLabel(config.vacancyIndexSize))_p50_ms", Measure.percentile(50, of: vacancySamples), "ms")
report("top20_vacancies_\(sizeLabel(config.vacancyIndexSize))_p99_ms", Measure.percentile(99, of: vacancySamples), "ms")

progress("building the \(large) citizen index")
var built = Scenarios.buildCitizenIndex(taxonomy: taxonomy, citizens: config.largeCitizens, config: config)
let largeSamples = Scenarios.rankCitizens(built, calls: config.largeCalls, sink: &sink)
report("top20_\(large)_p50_ms", Measure.percentile(50, of: largeSamples), "ms")
report("top20_\(large)_p99_ms", Measure.percentile(99, of: largeSamples), "ms")
report(
    "pairs_per_sec", Scenarios.scanThroughput(&built, calls: config.throughputCalls, sink: &sink),
    "pairs/s", decimals: 0)
report("index_build_\(large)_s", built.buildSeconds, "s")
report("index_\(large)_rss_mib", built.residentMiB, "MiB", decimals: 1)
progress("done (checksum \(sink))")
