import MatchCore
import Profiles

/// A citizen ranked for a vacancy, with its card as the caller may see it: what the match
/// routes list, before it is written as JSON or as the generated types.
struct RankedCitizen {
    /// The engine's explained score.
    let match: MatchExplanation
    /// The citizen's card in the caller's view.
    let card: CitizenCardContent

    /// The needs still to confirm that the card shows; the others stay hidden with the card's.
    var toConfirm: [String] {
        match.toConfirm.filter { code in card.needs.contains { $0.code == code } }
    }
}

/// A vacancy ranked for a citizen, with its company's name.
struct RankedVacancy {
    /// The engine's explained score.
    let match: MatchExplanation
    /// The opening or slot.
    let vacancy: Vacancy
    /// Its company's name ("" when the company is gone).
    let companyName: String
}

extension MatchExplanation {
    /// The distance as the API shows it: kilometres to two decimals, nil for remote work.
    var shownDistanceKm: Double? {
        distanceKm.map { ($0 * 100).rounded() / 100 }
    }
}
