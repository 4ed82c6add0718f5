import Foundation

/// A citizen's consent that one company may see their identity and contact details (and the
/// needs listed) for one interest; revocable.
public struct Consent: Sendable, Equatable {
    /// Id.
    public var id: UUID
    /// The citizen.
    public var citizenId: UUID
    /// The company that may see.
    public var companyId: UUID
    /// The interest it was given for.
    public var interestId: UUID
    /// The needs shared with the company (codes).
    public var sharedNeeds: [String]
    /// When it was given.
    public var givenAt: Date
    /// When it was revoked.
    public var revokedAt: Date?

    /// Creates the value from every stored property (for the stores, in other targets).
    package init(id: UUID, citizenId: UUID, companyId: UUID, interestId: UUID, sharedNeeds: [String], givenAt: Date, revokedAt: Date? = nil)
    {
        self.id = id
        self.citizenId = citizenId
        self.companyId = companyId
        self.interestId = interestId
        self.sharedNeeds = sharedNeeds
        self.givenAt = givenAt
        self.revokedAt = revokedAt
    }

    /// Whether the company may see the citizen's identity now.
    public var isActive: Bool { revokedAt == nil }
}
