import Foundation
import MatchCore
import OpenAPIRuntime
import Profiles

extension APIHandler {
    func searchCompetencies(_ input: Operations.SearchCompetencies.Input) async throws -> Operations.SearchCompetencies.Output {
        _ = try RequestValues.caller()
        let index = input.query.lang == .en ? search.competenciesEn : search.competenciesDa
        let entries = taxonomy.source.competencies.competencies
        let found = index.search(input.query.q ?? "").map { entries[$0] }
            .filter { input.query.group == nil || $0.group == input.query.group }
        let (page, next) = try TermPaging.page(found, limit: input.query.limit, cursor: input.query.cursor)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.map {
                            .init(
                                code: $0.code, group: $0.group, da: $0.da, en: $0.en, synonymsDa: $0.synonymsDa,
                                synonymsEn: $0.synonymsEn, escoUri: Nullable($0.escoUri))
                        },
                        nextCursor: next))))
    }

    func searchOccupations(_ input: Operations.SearchOccupations.Input) async throws -> Operations.SearchOccupations.Output {
        _ = try RequestValues.caller()
        let index = input.query.lang == .en ? search.occupationsEn : search.occupationsDa
        let entries = taxonomy.source.occupations.occupations
        let found = index.search(input.query.q ?? "").map { entries[$0] }
        let (page, next) = try TermPaging.page(found, limit: input.query.limit, cursor: input.query.cursor)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.map {
                            .init(
                                code: $0.code, iscoGroup: $0.iscoGroup, da: $0.da, en: $0.en, synonymsDa: $0.synonymsDa,
                                synonymsEn: $0.synonymsEn, escoUri: Nullable($0.escoUri))
                        },
                        nextCursor: next))))
    }

    func extractTerms(_ input: Operations.ExtractTerms.Input) async throws -> Operations.ExtractTerms.Output {
        _ = try RequestValues.caller()
        guard case .json(let body) = input.body else { throw APIProblem.badRequest("Send a JSON body.") }
        if body.text.unicodeScalars.count > 50_000 {
            throw APIProblem.unprocessable([FieldError(field: "text", message: "must be at most 50000 characters")])
        }
        let english = body.lang == .en
        let text = Array(body.text.unicodeScalars)
        func terms(_ findings: [TermExtractor.Finding], code: (Int) -> String, label: (Int) -> String) -> [Schemas.ExtractedTerm] {
            findings.map { finding in
                .init(
                    code: code(finding.entry), label: label(finding.entry), confidence: finding.confidence,
                    spans: finding.spans.map { span in
                        .init(
                            start: span.start, end: span.end,
                            text: String(String.UnicodeScalarView(text[span.start..<span.end])))
                    })
            }
        }
        let competencies = taxonomy.source.competencies.competencies
        let occupations = taxonomy.source.occupations.occupations
        let foundCompetencies = (english ? search.competencyExtractorEn : search.competencyExtractorDa).extract(body.text)
        let foundOccupations = (english ? search.occupationExtractorEn : search.occupationExtractorDa).extract(body.text)
        return .ok(
            .init(
                body: .json(
                    .init(
                        competencies: terms(
                            foundCompetencies, code: { competencies[$0].code },
                            label: { english ? competencies[$0].en : competencies[$0].da }),
                        occupations: terms(
                            foundOccupations, code: { occupations[$0].code },
                            label: { english ? occupations[$0].en : occupations[$0].da })))))
    }

    func getAccommodationCatalogue(_ input: Operations.GetAccommodationCatalogue.Input) async throws
        -> Operations.GetAccommodationCatalogue.Output
    {
        _ = try RequestValues.caller()
        let catalogue = taxonomy.source.accommodations
        return .ok(
            .init(
                body: .json(
                    .init(
                        needs: catalogue.needs.map {
                            .init(code: $0.code, da: $0.da, en: $0.en, satisfiedBy: $0.satisfiedBy, conflictsWith: $0.conflictsWith)
                        },
                        offers: catalogue.offers.map { .init(code: $0.code, da: $0.da, en: $0.en) },
                        demands: catalogue.demands.map { .init(code: $0.code, da: $0.da, en: $0.en) }))))
    }

    func listMunicipalities(_ input: Operations.ListMunicipalities.Input) async throws -> Operations.ListMunicipalities.Output {
        _ = try RequestValues.caller()
        let items = taxonomy.source.municipalities.map {
            Schemas.MunicipalityTerm(code: $0.code.description, name: $0.name, region: $0.region)
        }
        return .ok(.init(body: .json(.init(items: items, nextCursor: Paging.noNextPage))))
    }
}

/// Pages of a search's results.
enum TermPaging {
    /// A page of results by offset; the cursor's key is the offset of the next page.
    static func page<T>(_ results: [T], limit: Int?, cursor: String?) throws -> ([T], NullableString) {
        let request = try Paging.request(limit: limit, cursor: cursor, key: .position)
        let start = min(request.after.flatMap { Int($0) } ?? 0, results.count)
        let end = min(start + request.limit, results.count)
        let next = Page<String>(items: [], next: end < results.count ? String(end) : nil)
        return (Array(results[start..<end]), Paging.cursor(next))
    }
}
