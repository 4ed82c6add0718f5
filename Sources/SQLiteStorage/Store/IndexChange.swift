import Foundation
import MatchCore
import Profiles

/// A committed change the index must follow.
enum IndexChange: Sendable {
    /// A citizen was created or changed (the committed row, which the store's cache keeps too).
    case citizen(Stored<Citizen>)
    /// A vacancy was created or changed.
    case vacancy(Vacancy)
    /// A citizen was deleted.
    case removeCitizen(UUID)
    /// Records were loaded in bulk.
    case all(citizens: [Citizen], vacancies: [Vacancy])

    /// The sides of the index the change touches.
    var sides: IndexSides {
        switch self {
        case .citizen, .removeCitizen: .citizens
        case .vacancy: .vacancies
        case .all: [.citizens, .vacancies]
        }
    }
}

extension LiveIndex {
    /// Applies a committed change.
    func apply(_ change: IndexChange) {
        write { index in
            switch change {
            case .citizen(let stored): index.upsert(encoder.features(stored.value))
            case .vacancy(let vacancy): index.upsert(encoder.features(vacancy))
            case .removeCitizen(let id): index.removeCitizen(EntityID(id))
            case .all(let citizens, let vacancies):
                citizens.forEach { index.upsert(encoder.features($0)) }
                vacancies.forEach { index.upsert(encoder.features($0)) }
            }
        }
    }
}
