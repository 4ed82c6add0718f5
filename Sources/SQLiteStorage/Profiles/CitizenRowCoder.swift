import Foundation
import GRDB
import GRDBSQLite
import MatchCore
import PlainJSON
import Profiles

/// Codes a row of `Citizen.indexColumns` into the match index's features straight from the
/// SQLite statement, as `FeatureEncoder.features(Citizen(indexRow:))` does but without the
/// `Citizen` between: no `String` per column or code (codes are looked up by their bytes,
/// `CodeTable`) and no list of codes, which dominated start-up with a million citizens. It reads
/// only what it reads exactly as that path does — text as ASCII without escapes, numbers stored
/// as numbers, lists as `ListColumnParser` reads them — and answers nil for anything else (a
/// NULL, another storage class, non-ASCII text, an escape, a key given twice...): the caller
/// then codes that row the other way (`Citizen.forEachIndexFeatures`). A class, so the
/// closures that read a row's lists capture it without copying its tables.
final class CitizenRowCoder: Sendable {
    /// Codes the rows this coder does not read.
    let encoder: FeatureEncoder
    private let competencies: CodeTable, occupations: CodeTable, needs: CodeTable
    /// Statuses and employment kinds by raw value, to their positions in `allCases`.
    private let statuses: CodeTable, kinds: CodeTable
    private let statusCases = CitizenStatus.allCases
    /// Every set of employment kinds, by the mask of their positions in `allCases`.
    private let kindSets: [KindSet]

    /// A coder for `encoder`'s taxonomy.
    init(encoder: FeatureEncoder) {
        self.encoder = encoder
        competencies = CodeTable(encoder.taxonomy.competencyIndex)
        occupations = CodeTable(encoder.taxonomy.occupationIndex)
        needs = CodeTable(encoder.taxonomy.needIndex)
        statuses = CodeTable(Dictionary(uniqueKeysWithValues: statusCases.enumerated().map { ($1.rawValue, $0) }))
        let kindCases = EmploymentKind.allCases
        kinds = CodeTable(Dictionary(uniqueKeysWithValues: kindCases.enumerated().map { ($1.rawValue, $0) }))
        kindSets = (0..<1 << kindCases.count).map { mask in KindSet(kindCases.indices.filter { mask & 1 << $0 != 0 }.map { kindCases[$0] })
        }
    }

    /// The features of the row `statement` stands on (the columns of `Citizen.indexColumns`, in
    /// order), or nil when the row holds anything this coder does not read.
    func features(_ statement: SQLiteStatement) -> CitizenFeatures? {
        guard let id = Self.text(statement, 0).flatMap(UUID.init(databaseBytes:)),
            let municipality = Self.text(statement, 1).flatMap(MunicipalityCode.init(digits:)),
            let status = Self.text(statement, 2).flatMap({ statuses[$0] }).map({ statusCases[$0] }),
            let current = Self.number(statement, 3), let target = Self.number(statement, 4),
            let competencies = Self.text(statement, 5).flatMap(competencies(_:)),
            let jobGoals = Self.text(statement, 6).flatMap(jobGoals(_:)),
            let needs = Self.text(statement, 7).flatMap(needs(_:)),
            let acceptedKinds = Self.text(statement, 8).flatMap(acceptedKinds(_:)),
            let lat = Self.number(statement, 9), let lon = Self.number(statement, 10),
            let maxCommuteKm = Self.number(statement, 11),
            sqlite3_column_type(statement, 12) == SQLITE_INTEGER
        else { return nil }
        return CitizenFeatures(
            id: EntityID(id), status: status, hours: CitizenHours(current: current, target: target),
            competencies: competencies, jobGoals: jobGoals, needs: needs, acceptedKinds: acceptedKinds,
            location: GeoPoint(lat: lat, lon: lon), maxCommuteKm: maxCommuteKm,
            visibleToCompanies: sqlite3_column_int64(statement, 12) != 0, municipality: municipality)
    }

    /// `[{"code":"x","level":2}]`, the competencies the taxonomy knows.
    private func competencies(_ text: UnsafeBufferPointer<UInt8>) -> [HeldCompetency]? {
        var coded: [HeldCompetency] = []
        let read = JSONScanner.whole(text) { scanner in
            scanner.array { scanner in
                var code: UnsafeBufferPointer<UInt8>?
                var level: Int?
                let read = scanner.asciiObject { key, scanner in
                    if Self.key(key, is: "code") { return JSONScanner.once(&code, scanner.asciiString()) }
                    if Self.key(key, is: "level") { return JSONScanner.once(&level, scanner.integer()) }
                    return false
                }
                guard read, let code, let level else { return false }
                if let competency = competencies[code] { coded.append(HeldCompetency(competency: competency, level: level)) }
                return true
            }
        }
        return read ? coded : nil
    }

    /// `["a","b"]`, the occupations the taxonomy knows.
    private func jobGoals(_ text: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var coded: [Int] = []
        let read = JSONScanner.whole(text) { scanner in
            scanner.array { scanner in
                guard let code = scanner.asciiString() else { return false }
                if let occupation = occupations[code] { coded.append(occupation) }
                return true
            }
        }
        return read ? coded : nil
    }

    /// `[{"code":"x","required":true,"shared":false}]`, the needs the taxonomy knows.
    private func needs(_ text: UnsafeBufferPointer<UInt8>) -> [AccommodationNeed]? {
        var coded: [AccommodationNeed] = []
        let read = JSONScanner.whole(text) { scanner in
            scanner.array { scanner in
                var code: UnsafeBufferPointer<UInt8>?
                var required: Bool?
                var shared: Bool?
                let read = scanner.asciiObject { key, scanner in
                    if Self.key(key, is: "code") { return JSONScanner.once(&code, scanner.asciiString()) }
                    if Self.key(key, is: "required") { return JSONScanner.once(&required, scanner.bool()) }
                    if Self.key(key, is: "shared") { return JSONScanner.once(&shared, scanner.bool()) }
                    return false
                }
                guard read, let code, let required, let shared else { return false }
                if let need = needs[code] { coded.append(AccommodationNeed(need: need, required: required, shared: shared)) }
                return true
            }
        }
        return read ? coded : nil
    }

    /// `["flexJob"]`; nil when a kind is unknown.
    private func acceptedKinds(_ text: UnsafeBufferPointer<UInt8>) -> KindSet? {
        var mask = 0
        let read = JSONScanner.whole(text) { scanner in
            scanner.array { scanner in
                guard let code = scanner.asciiString(), let position = kinds[code] else { return false }
                mask |= 1 << position
                return true
            }
        }
        return read ? kindSets[mask] : nil
    }

    /// The text of column `index`, or nil when it holds no text.
    private static func text(_ statement: SQLiteStatement, _ index: CInt) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let start = sqlite3_column_text(statement, index) else { return nil }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, index)))
    }

    /// The number in column `index`, or nil when it holds none.
    private static func number(_ statement: SQLiteStatement, _ index: CInt) -> Double? {
        let type = sqlite3_column_type(statement, index)
        guard type == SQLITE_FLOAT || type == SQLITE_INTEGER else { return nil }
        return sqlite3_column_double(statement, index)
    }

    /// Whether `key` is the ASCII text `name`.
    private static func key(_ key: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }
}

extension MunicipalityCode {
    /// Three ASCII digits, as `init?(_:)` reads them from text.
    init?(digits: UnsafeBufferPointer<UInt8>) {
        guard digits.count == 3, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        self.init(rawValue: digits.reduce(0) { $0 * 10 + UInt16($1 - 48) })
    }
}
