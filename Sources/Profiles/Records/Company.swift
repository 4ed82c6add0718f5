import Foundation
import MatchCore

/// A company that posts openings or hosts virksomhedscenter places.
public struct Company: Codable, Sendable, Equatable {
    /// Stable id.
    public var id: UUID
    /// CVR number: 8 digits with a valid modulus-11 check.
    public var cvr: String
    /// Company name.
    public var name: String
    /// DB07 industry code (6 digits).
    public var industry: String
    /// Municipality where the company is.
    public var municipalityCode: MunicipalityCode
    /// Where the company is.
    public var location: GeoPoint
    /// Contact e-mail.
    public var contactEmail: String?

    /// Creates a company.
    public init(
        id: UUID, cvr: String, name: String, industry: String, municipalityCode: MunicipalityCode,
        location: GeoPoint, contactEmail: String? = nil
    ) {
        self.id = id
        self.cvr = cvr
        self.name = name
        self.industry = industry
        self.municipalityCode = municipalityCode
        self.location = location
        self.contactEmail = contactEmail
    }
}
