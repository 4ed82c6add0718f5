/// The match lists written by `JSONWriter` instead of the generated server's `JSONEncoder`:
/// every property of the spec's schemas, under the spec's names, with `encodeIfPresent`'s rule
/// for optional ones (absent when nil) and `null` for `Nullable` ones. `MatchListJSONTests`
/// checks each list against `JSONEncoder`'s output for the same value, so a property added to
/// the spec and not here fails the tests.
extension Schemas.CitizenMatchList: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("items", items)
            json.field("nextCursor", nextCursor)
        }
    }
}

extension Schemas.VacancyMatchList: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("items", items)
            json.field("nextCursor", nextCursor)
        }
    }
}

extension Schemas.CitizenMatch: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("citizenId", citizenId)
            json.field("score", score)
            json.field("components", components)
            json.field("passed", passed)
            json.field("toConfirm", toConfirm)
            json.field("gaps", gaps)
            json.field("growInto", growInto)
            json.field("distanceKm", distanceKm)
            json.field("citizen", citizen)
        }
    }
}

extension Schemas.VacancyMatch: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("vacancyId", vacancyId)
            json.field("source", source)
            json.field("score", score)
            json.field("components", components)
            json.field("passed", passed)
            json.field("toConfirm", toConfirm)
            json.field("gaps", gaps)
            json.field("growInto", growInto)
            json.field("distanceKm", distanceKm)
            json.field("vacancy", vacancy)
        }
    }
}

extension Schemas.CitizenCard: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("citizenId", citizenId)
            json.field("alias", alias)
            json.field("status", status)
            json.field("hours", hours)
            json.field("competencies", competencies)
            json.field("jobGoals", jobGoals)
            json.field("needs", needs)
            json.field("municipalityCode", municipalityCode)
            json.field("contact", contact)
        }
    }
}

extension Schemas.VacancySummary: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id)
            json.field("source", source)
            json.field("companyId", companyId)
            json.field("companyName", companyName)
            json.field("title", title)
            json.field("occupationCode", occupationCode)
            json.field("kind", kind)
            json.field("hours", hours)
            json.field("location", location)
            json.field("remote", remote)
            json.field("offers", offers)
            json.field("demands", demands)
            json.field("capacity", capacity)
            json.field("occupied", occupied)
        }
    }
}

extension Schemas.CitizenContact: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", name)
            json.field("email", email)
            json.field("phone", phone)
        }
    }
}

extension Schemas.MatchComponent: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", name)
            json.field("weight", weight)
            json.field("value", value)
            json.field("contribution", contribution)
        }
    }
}

extension Schemas.MatchGaps: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("missingEssentialCompetencies", missingEssentialCompetencies)
            json.field("competenciesBelowLevel", competenciesBelowLevel)
            json.field("hoursShort", hoursShort)
        }
    }
}

extension Schemas.CitizenHours: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("current", current)
            json.field("target", target)
        }
    }
}

extension Schemas.HoursBand: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("min", min)
            json.field("max", max)
        }
    }
}

extension Schemas.GeoPoint: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("lat", lat)
            json.field("lon", lon)
        }
    }
}

extension Schemas.HeldCompetency: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("level", level)
        }
    }
}

extension Schemas.Need: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("required", required)
            json.field("shared", shared)
        }
    }
}

extension Schemas.CitizenStatus: JSONWritable {}
extension Schemas.HardRule: JSONWritable {}
extension Schemas.ScoreComponentName: JSONWritable {}
extension Schemas.VacancySource: JSONWritable {}
extension Schemas.EmploymentKind: JSONWritable {}
