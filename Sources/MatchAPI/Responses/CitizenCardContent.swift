import MatchCore
import Profiles

/// What a citizen card shows in a view, decided once with the policy. The generated type
/// (`Schemas.CitizenCard`) and the match routes' writer (`MatchListJSON`) both show exactly this.
struct CitizenCardContent {
    /// The citizen.
    let citizen: Citizen
    /// The needs the card shows.
    let needs: [NeedCode]
    /// Whether the card shows the name and contact details.
    let identified: Bool

    /// The card of `citizen` in `view`: the policy says which needs, and whether the identity
    /// and contact details, are shown.
    init(_ citizen: Citizen, view: CardView, policy: Visibility) {
        self.citizen = citizen
        needs = citizen.needs.filter { policy.card(view, of: $0) }
        identified = view != .pseudonymous
    }
}
