import Foundation
import MatchCore
import PlainJSON
import Profiles

extension Citizen {
    /// The citizen of one record of a record file (`citizens.json`: the API's fields), read with
    /// `JSONScanner`: a bulk import of a million citizens spent most of its time in `JSONDecoder`.
    /// It reads only what it reads exactly as the synthesised `Decodable` conformance does — every
    /// field once, no other key, plain strings and numbers (`JSONScanner`), known codes — and
    /// answers nil for anything else: the caller then decodes with `JSONDecoder`, which either
    /// reads the record or names what is wrong with it.
    init?(plainJSON bytes: UnsafeBufferPointer<UInt8>) {
        var fields = Fields()
        guard JSONScanner.whole(bytes, { $0.object { key, scanner in fields.read(key, &scanner) } }),
            let citizen = fields.citizen
        else { return nil }
        self = citizen
    }

    /// The fields read so far; each key may come once.
    private struct Fields {
        var id: UUID?
        var municipalityCode: MunicipalityCode?
        var name: String?
        var email: String??
        var phone: String??
        var status: CitizenStatus?
        var hours: CitizenHours?
        var competencies: [HeldCompetencyCode]?
        var jobGoals: [String]?
        var needs: [NeedCode]?
        var acceptedKinds: [EmploymentKind]?
        var location: GeoPoint?
        var maxCommuteKm: Double?
        var visibleToCompanies: Bool?

        var citizen: Citizen? {
            guard let id, let municipalityCode, let name, let status, let hours, let competencies, let jobGoals, let needs,
                let acceptedKinds, let location, let maxCommuteKm, let visibleToCompanies
            else { return nil }
            return Citizen(
                id: id, municipalityCode: municipalityCode, name: name, email: email ?? nil, phone: phone ?? nil,
                status: status, hours: hours, competencies: competencies, jobGoals: jobGoals, needs: needs,
                acceptedKinds: acceptedKinds, location: location, maxCommuteKm: maxCommuteKm,
                visibleToCompanies: visibleToCompanies)
        }

        /// Reads the value of `key`; false for an unknown or repeated key or a value not read.
        mutating func read(_ key: String, _ scanner: inout JSONScanner) -> Bool {
            switch key {
            case "id": JSONScanner.once(&id, scanner.string().flatMap(UUID.init(databaseText:)))
            case "municipalityCode": JSONScanner.once(&municipalityCode, scanner.string().flatMap { MunicipalityCode($0) })
            case "name": JSONScanner.once(&name, scanner.string())
            case "email": JSONScanner.once(&email, Self.optionalString(&scanner))
            case "phone": JSONScanner.once(&phone, Self.optionalString(&scanner))
            case "status": JSONScanner.once(&status, scanner.string().flatMap(CitizenStatus.init(rawValue:)))
            case "hours": JSONScanner.once(&hours, Self.pair(&scanner, "current", "target").map { CitizenHours(current: $0, target: $1) })
            case "competencies": JSONScanner.once(&competencies, ListColumnParser.competencies(&scanner))
            case "jobGoals": JSONScanner.once(&jobGoals, ListColumnParser.strings(&scanner))
            case "needs": JSONScanner.once(&needs, ListColumnParser.needs(&scanner))
            case "acceptedKinds": JSONScanner.once(&acceptedKinds, ListColumnParser.kinds(&scanner))
            case "location": JSONScanner.once(&location, Self.pair(&scanner, "lat", "lon").map { GeoPoint(lat: $0, lon: $1) })
            case "maxCommuteKm": JSONScanner.once(&maxCommuteKm, scanner.number())
            case "visibleToCompanies": JSONScanner.once(&visibleToCompanies, scanner.bool())
            default: false
            }
        }

        /// A string or `null` (nil inside); nil when it is neither.
        private static func optionalString(_ scanner: inout JSONScanner) -> String?? {
            scanner.null() ? .some(nil) : scanner.string().map { Optional($0) }
        }

        /// An object of exactly two numbers, `first` and `second`.
        private static func pair(_ scanner: inout JSONScanner, _ first: String, _ second: String) -> (Double, Double)? {
            var a: Double?
            var b: Double?
            let read = scanner.object { key, scanner in
                switch key {
                case first: JSONScanner.once(&a, scanner.number())
                case second: JSONScanner.once(&b, scanner.number())
                default: false
                }
            }
            guard read, let a, let b else { return nil }
            return (a, b)
        }
    }
}
