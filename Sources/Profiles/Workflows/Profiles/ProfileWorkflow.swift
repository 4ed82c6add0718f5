import Foundation

/// The rules of profile writes beyond a record's own fields (`RecordValidator`): what a slot's
/// places may be, given the placements the store counts.
public enum ProfileWorkflow {
    /// `vacancy` replacing `stored`: a slot keeps the places its active placements take (the
    /// store counts them in the placements' transactions; a caller cannot set them), and its
    /// capacity and `occupiedOutside` must still hold them (422 on `capacity` or
    /// `occupiedOutside`, `Places.placementProblem`).
    public static func update(_ vacancy: Vacancy, stored: Vacancy) -> Result<Vacancy, ValidationFailure> {
        var next = vacancy
        next.places?.placed = stored.places?.placed ?? 0
        if let problem = next.places?.placementProblem {
            return .failure(ValidationFailure([problem]))
        }
        return .success(next)
    }

    /// The problem with the slots of a record set after its placement history was loaded: the
    /// first with more active placements than free places; nil when every placement fits.
    public static func placementsProblem(_ vacancies: [Vacancy]) -> FieldError? {
        vacancies.first { ($0.places?.taken ?? 0) > ($0.places?.capacity ?? 0) }.map {
            FieldError(field: "placements", message: "more active placements than free places at slot \($0.id.lowercasedText)")
        }
    }
}
