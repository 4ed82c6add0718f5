import Foundation
import HTTPTypes
import Profiles

/// An error answered to the client as RFC 9457 problem+json: status, a title, a detail and the
/// fields at fault. Handlers throw it; `ProblemMiddleware` renders it.
public struct APIProblem: Error, Sendable, Equatable {
    /// HTTP status.
    public var status: HTTPResponse.Status
    /// Short, stable summary of the kind of problem.
    public var title: String
    /// What went wrong in this request.
    public var detail: String
    /// The fields at fault.
    public var errors: [FieldError]
    /// The workflow rule that refused the request (`WorkflowRefusal.Rule`).
    public var rule: String?
    /// When the rule next allows the request.
    public var nextAllowedAt: Date?
    /// The methods the route offers, for a `405` (sent as `Allow`).
    public var allow: [String]

    /// Creates a problem.
    public init(
        _ status: HTTPResponse.Status, _ title: String, detail: String, errors: [FieldError] = [],
        rule: String? = nil, nextAllowedAt: Date? = nil, allow: [String] = []
    ) {
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = errors
        self.rule = rule
        self.nextAllowedAt = nextAllowedAt
        self.allow = allow
    }

    /// A workflow rule refused the change, named in `rule`: 429 for a pacing quota, 409 for every
    /// other rule (a pacing rule on the pair, the state of the interest or placement, a full slot).
    public static func refused(_ refusal: WorkflowRefusal) -> APIProblem {
        let rule = refusal.rule.rawValue
        return switch refusal.rule {
        case .citizenPendingLimit, .companyMonthlyLimit:
            APIProblem(
                .tooManyRequests, "Too many interests", detail: "Refused by \(rule): \(refusal.message).", rule: rule,
                nextAllowedAt: refusal.nextAllowedAt)
        case .onePendingPerPair, .declineCooldown:
            APIProblem(
                .conflict, "Interest not allowed now", detail: "Refused by \(rule): \(refusal.message).", rule: rule,
                nextAllowedAt: refusal.nextAllowedAt)
        case .slotFull:
            APIProblem(.conflict, "No free place", detail: "Not possible: \(refusal.message).", rule: rule)
        case .initiatorCannotAnswer, .alreadyAnswered, .notPending, .placementEnded:
            APIProblem(.conflict, "Conflict", detail: "Not possible: \(refusal.message).", rule: rule)
        }
    }

    /// The object does not exist or the caller may not see it (never confirm existence).
    public static let notFound = APIProblem(.notFound, "Not found", detail: "No such resource, or it is not visible to you.")

    /// The role may never do this.
    public static func forbidden(_ detail: String) -> APIProblem {
        APIProblem(.forbidden, "Forbidden", detail: detail)
    }

    /// The request was read but breaks a rule; names the fields.
    public static func unprocessable(_ errors: [FieldError]) -> APIProblem {
        APIProblem(.unprocessableContent, "Invalid request", detail: "The request has \(errors.count) invalid field(s).", errors: errors)
    }

    /// A body that is not declared as JSON: every body the API reads is `application/json`.
    public static let unsupportedMediaType = APIProblem(
        .unsupportedMediaType, "Unsupported media type", detail: "Send the body as application/json.",
        errors: [FieldError(field: "Content-Type", message: "must be application/json")])

    /// The request could not be read.
    public static func badRequest(_ detail: String, field: String? = nil) -> APIProblem {
        APIProblem(
            .badRequest, "Malformed request", detail: detail,
            errors: field.map { [FieldError(field: $0, message: detail)] } ?? [])
    }

    /// Missing or unknown bearer token.
    public static let unauthorized = APIProblem(
        .unauthorized, "Unauthorized",
        detail: "Send a valid bearer token in the Authorization header.")
}
