/// One problem with one field of a record: the path names the field as a client sent it
/// (`hours.current`, `competencies[2].code`).
public struct FieldError: Error, Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// Path of the field.
    public var field: String
    /// What is wrong, in words a client developer understands.
    public var message: String

    /// Creates an error.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}

/// A record that failed validation, with every problem found.
public struct ValidationFailure: Error, Sendable, Equatable {
    /// The problems, in field order.
    public var errors: [FieldError]

    /// Creates the failure.
    public init(_ errors: [FieldError]) { self.errors = errors }
}
