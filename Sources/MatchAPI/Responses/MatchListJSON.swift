import Foundation
import MatchCore
import PlainJSON
import Profiles

/// A match list as the match routes send it, written by `JSONWriter` straight from the ranked
/// matches — the engine's explanations with the records and cards they list — instead of
/// building the generated types and encoding them with `JSONEncoder`.
///
/// It writes what the generated types say for the same ranked matches (`Schemas.CitizenMatch`,
/// `Schemas.VacancyMatch`, and their lists): every property of the spec's schemas, under the
/// spec's names, with `encodeIfPresent`'s rule for optional ones (absent when nil) and `null` for
/// `Nullable` ones, and enum values by the same mappings. `MatchListJSONTests` checks this
/// against `JSONEncoder`'s output for the generated values in every card view, so a property
/// added to the spec and not here fails the tests.
struct MatchListJSON<Item: JSONWritable>: JSONWritable {
    /// The ranked matches, best first.
    let items: [Item]

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("items", items)
            json.field("nextCursor", Paging.noNextPage)
        }
    }
}

extension RankedCitizen: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("citizenId", card.citizen.id)
            json.field("score", match.score)
            json.field("components", match.components)
            json.field("passed", match.passed)
            json.field("toConfirm", toConfirm)
            json.field("gaps", match.gaps)
            json.field("growInto", match.growInto)
            json.field("distanceKm", Nullable(match.shownDistanceKm))
            json.field("citizen", card)
        }
    }
}

extension RankedVacancy: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("vacancyId", vacancy.id)
            json.field("source", Schemas.VacancySource(vacancy.source))
            json.field("score", match.score)
            json.field("components", match.components)
            json.field("passed", match.passed)
            json.field("toConfirm", match.toConfirm)
            json.field("gaps", match.gaps)
            json.field("growInto", match.growInto)
            json.field("distanceKm", Nullable(match.shownDistanceKm))
            json.field("vacancy", VacancySummaryJSON(vacancy: vacancy, companyName: companyName))
        }
    }
}

extension CitizenCardContent: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("citizenId", citizen.id)
            json.field("alias", citizen.alias)
            json.field("status", Schemas.CitizenStatus(citizen.status))
            json.field("hours", citizen.hours)
            json.field("competencies", citizen.competencies)
            json.field("jobGoals", citizen.jobGoals)
            json.field("needs", needs)
            json.field("municipalityCode", citizen.municipalityCode.description)
            if identified {
                json.key("contact")
                json.object { json in
                    json.field("name", citizen.name)
                    json.field("email", citizen.email)
                    json.field("phone", citizen.phone)
                }
            }
        }
    }
}

/// A vacancy as a citizen's match list shows it (`Schemas.VacancySummary`).
private struct VacancySummaryJSON: JSONWritable {
    let vacancy: Vacancy
    let companyName: String

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", vacancy.id)
            json.field("source", Schemas.VacancySource(vacancy.source))
            json.field("companyId", vacancy.companyId)
            json.field("companyName", companyName)
            json.field("title", vacancy.title)
            json.field("occupationCode", Nullable(vacancy.occupationCode))
            json.field("kind", Schemas.EmploymentKind(vacancy.kind))
            json.field("hours", vacancy.hours)
            json.field("location", vacancy.location)
            json.field("remote", vacancy.remote)
            json.field("offers", vacancy.offers)
            json.field("demands", vacancy.demands)
            json.field("capacity", Nullable(vacancy.places?.capacity))
            json.field("occupied", Nullable(vacancy.places?.taken))
        }
    }
}

extension ComponentScore: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", Schemas.ScoreComponentName(name))
            json.field("weight", weight)
            json.field("value", value)
            json.field("contribution", contribution)
        }
    }
}

extension MatchCore.HardRule: JSONWritable {
    public func write(to json: inout JSONWriter) { Schemas.HardRule(self).write(to: &json) }
}

extension MatchGaps: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("missingEssentialCompetencies", missingEssentialCompetencies)
            json.field("competenciesBelowLevel", competenciesBelowLevel)
            json.field("hoursShort", Nullable(hoursShort))
        }
    }
}

extension CitizenHours: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("current", current)
            json.field("target", target)
        }
    }
}

extension HoursBand: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("min", min)
            json.field("max", max)
        }
    }
}

extension GeoPoint: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("lat", lat)
            json.field("lon", lon)
        }
    }
}

extension HeldCompetencyCode: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("level", level)
        }
    }
}

extension NeedCode: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("required", required)
            json.field("shared", shared)
        }
    }
}

extension UUID: JSONWritable {
    /// 36 lowercase characters, as the API writes ids, without making a `String`.
    public func write(to json: inout JSONWriter) {
        json.unescapedString(capacity: 36) { UUID.writeLowercasedText(self, into: $0) }
    }
}

extension Nullable: JSONWritable where Wrapped: JSONWritable {
    public func write(to json: inout JSONWriter) {
        if let value { value.write(to: &json) } else { json.literal("null") }
    }
}

extension Schemas.CitizenStatus: JSONWritable {}
extension Schemas.HardRule: JSONWritable {}
extension Schemas.ScoreComponentName: JSONWritable {}
extension Schemas.VacancySource: JSONWritable {}
extension Schemas.EmploymentKind: JSONWritable {}
