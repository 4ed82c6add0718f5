import ArgumentParser
import Foundation

/// The one place `matchd` reads its configuration. Each setting is a flag and a `MATCHD_`
/// environment variable: the flag when given, else the variable when set, else the default.
/// A value that cannot be read or is out of range is refused naming where it came from — a
/// mistyped variable never falls back to the default silently.
struct Settings {
    /// The process environment (tests pass their own).
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// A text setting.
    func string(_ flag: String?, _ variable: String, default fallback: String) -> String {
        flag ?? nonEmpty(variable) ?? fallback
    }

    /// A text setting without a default: nil when neither the flag nor the variable is given.
    func optionalString(_ flag: String?, _ variable: String) -> String? {
        flag ?? nonEmpty(variable)
    }

    /// A whole-number setting within `range`.
    func int(_ flag: Int?, _ name: String, _ variable: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        let value: Int
        let source: String
        if let flag {
            (value, source) = (flag, name)
        } else if let text = nonEmpty(variable) {
            guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(variable)=\(text.prefix(40)) is not a whole number (\(name))")
            }
            (value, source) = (parsed, variable)
        } else {
            return fallback
        }
        guard range.contains(value) else {
            throw ValidationError("\(source) must be \(range.lowerBound)–\(range.upperBound), not \(value)")
        }
        return value
    }

    /// A switch: on when the flag is given, else when the variable is `1` or `true` (off for
    /// `0`, `false` or unset; anything else is refused).
    func bool(_ flag: Bool, _ name: String, _ variable: String) throws -> Bool {
        if flag { return true }
        guard let text = nonEmpty(variable) else { return false }
        switch text.lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default: throw ValidationError("\(variable)=\(text.prefix(40)) must be 1 or 0 (\(name))")
        }
    }

    private func nonEmpty(_ variable: String) -> String? {
        environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }
}
