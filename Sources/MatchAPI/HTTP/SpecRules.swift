import Foundation
import HTTPTypes
import Profiles
import Yams

/// The routes and parameters the spec declares, read once from the bundled `openapi.yaml`, so
/// that the spec is the one place a parameter's rules are written.
///
/// The generated server code decodes parameters but does not check their limits, and a value it
/// cannot decode fails without saying which parameter was at fault. These rules run first:
/// every query, path and header parameter is checked against its schema (type, range, length,
/// pattern, enum, `uuid` and `date-time` formats), and a method the path does not offer is
/// answered `405` with `Allow`.
struct SpecRules: Sendable {
    /// One operation: its method, its path template and its parameters.
    struct Route: Sendable {
        let method: HTTPRequest.Method
        let segments: [Segment]
        let parameters: [Parameter]
    }

    /// A path segment: fixed text or a `{name}` variable.
    enum Segment: Sendable, Equatable {
        case literal(String)
        case variable(String)
    }

    /// Where a parameter is sent.
    enum Location: String, Sendable {
        case query, path, header
    }

    /// A declared parameter.
    struct Parameter: Sendable {
        let name: String
        let location: Location
        let schema: ValueSchema
    }

    /// The part of a parameter's JSON Schema that a single value can break.
    struct ValueSchema: Sendable {
        enum Kind: String, Sendable { case string, integer, number, boolean }
        var kind: Kind = .string
        var minimum: Double?
        var maximum: Double?
        var maxLength: Int?
        var pattern: String?
        var format: String?
        var allowed: [String]?
    }

    /// What the rules say of a request's method and path.
    enum Match {
        /// The path is not in the spec (the router answers 404).
        case unknownPath
        /// The path is in the spec, but not with this method.
        case methodNotAllowed(allowed: [HTTPRequest.Method])
        /// The operation, with the values of its path variables.
        case operation(Route, pathValues: [String: String])
    }

    let routes: [Route]
    /// What a JSON body's values may be, by property name, for `JSONBodyCheck`.
    let bodyRules: JSONBodyCheck.Rules
    /// Compiled patterns by source text (`NSRegularExpression` is immutable once made).
    private let patterns: [String: PatternBox]

    /// Reads the rules from the spec's text.
    init(specification: String) throws {
        guard let spec = try Yams.load(yaml: specification) as? [String: Any],
            let paths = spec["paths"] as? [String: Any]
        else {
            throw SpecificationError("the spec has no paths")
        }
        let components = spec["components"] as? [String: Any] ?? [:]
        let sharedParameters = components["parameters"] as? [String: Any] ?? [:]
        let schemas = components["schemas"] as? [String: Any] ?? [:]

        func resolve(_ object: [String: Any], in table: [String: Any]) -> [String: Any] {
            guard let reference = object["$ref"] as? String, let name = reference.split(separator: "/").last else { return object }
            return table[String(name)] as? [String: Any] ?? [:]
        }
        func valueSchema(_ raw: [String: Any]) -> ValueSchema {
            let schema = resolve(raw, in: schemas)
            var value = ValueSchema()
            let type = (schema["type"] as? String) ?? (schema["type"] as? [String])?.first { $0 != "null" } ?? "string"
            value.kind = ValueSchema.Kind(rawValue: type) ?? .string
            value.minimum = (schema["minimum"] as? NSNumber)?.doubleValue
            value.maximum = (schema["maximum"] as? NSNumber)?.doubleValue
            value.maxLength = schema["maxLength"] as? Int
            value.pattern = schema["pattern"] as? String
            value.format = schema["format"] as? String
            value.allowed = (schema["enum"] as? [Any])?.map { "\($0)" }
            return value
        }

        var routes: [Route] = []
        var patterns: [String: PatternBox] = [:]
        for (path, item) in paths {
            guard let item = item as? [String: Any] else { continue }
            let segments: [Segment] = path.split(separator: "/").map { part in
                part.hasPrefix("{") && part.hasSuffix("}") ? .variable(String(part.dropFirst().dropLast())) : .literal(String(part))
            }
            let common = item["parameters"] as? [[String: Any]] ?? []
            for (method, operation) in item {
                guard method != "parameters", let operation = operation as? [String: Any] else { continue }
                let declared = common + (operation["parameters"] as? [[String: Any]] ?? [])
                let parameters: [Parameter] = declared.compactMap { raw in
                    let parameter = resolve(raw, in: sharedParameters)
                    guard let name = parameter["name"] as? String,
                        let location = (parameter["in"] as? String).flatMap(Location.init(rawValue:))
                    else { return nil }
                    let schema = valueSchema(parameter["schema"] as? [String: Any] ?? [:])
                    if let pattern = schema.pattern, patterns[pattern] == nil {
                        patterns[pattern] = PatternBox(try? NSRegularExpression(pattern: pattern))
                    }
                    return Parameter(name: name, location: location, schema: schema)
                }
                routes.append(
                    Route(
                        method: HTTPRequest.Method(method.uppercased()) ?? .get, segments: segments,
                        parameters: parameters))
            }
        }
        self.routes = routes
        self.patterns = patterns
        var known: Set<String> = []
        var integers: Set<String> = []
        var numbers: Set<String> = []
        var nullable: Set<String> = []
        var dateTimes: Set<String> = []
        var otherStrings: Set<String> = []
        func collect(_ schema: Any?) {
            if let list = schema as? [Any] {
                list.forEach(collect)
                return
            }
            guard let schema = schema as? [String: Any] else { return }
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                let property = resolve(property as? [String: Any] ?? [:], in: schemas)
                let types = (property["type"] as? [String]) ?? [(property["type"] as? String) ?? ""]
                known.insert(name)
                if types.contains("integer") { integers.insert(name) }
                if types.contains("number") { numbers.insert(name) }
                if types.contains("null") { nullable.insert(name) }
                if types.contains("string") {
                    if property["format"] as? String == "date-time" { dateTimes.insert(name) } else { otherStrings.insert(name) }
                }
            }
            schema.values.forEach(collect)
        }
        collect(schemas)
        bodyRules = JSONBodyCheck.Rules(
            known: known, integers: integers.subtracting(numbers), nullable: nullable,
            dateTimes: dateTimes.subtracting(otherStrings))
    }

    /// The operation a method and path name, or why there is none.
    func match(method: HTTPRequest.Method, path: String) -> Match {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var best: (route: Route, literals: Int)?
        var allowed: [HTTPRequest.Method] = []
        for route in routes where route.segments.count == parts.count {
            var literals = 0
            var matches = true
            for (segment, part) in zip(route.segments, parts) {
                guard case .literal(let text) = segment else { continue }
                guard text == part else {
                    matches = false
                    break
                }
                literals += 1
            }
            guard matches else { continue }
            if route.method == method {
                if best == nil || literals > best!.literals { best = (route, literals) }
            } else {
                allowed.append(route.method)
            }
        }
        if let best {
            // Only the operation's own variables are decoded, once it is found.
            var values: [String: String] = [:]
            for (segment, part) in zip(best.route.segments, parts) {
                if case .variable(let name) = segment { values[name] = part.removingPercentEncoding ?? String(part) }
            }
            return .operation(best.route, pathValues: values)
        }
        if allowed.isEmpty { return .unknownPath }
        return .methodNotAllowed(allowed: allowed)
    }

    /// The parameters of `route` that break their schema in this request, each named.
    func violations(
        of route: Route, pathValues: [String: String], query: [(String, String)],
        headers: HTTPFields
    ) -> [FieldError] {
        var errors: [FieldError] = []
        for parameter in route.parameters {
            let values: [String] =
                switch parameter.location {
                case .path: pathValues[parameter.name].map { [$0] } ?? []
                case .query: query.filter { $0.0 == parameter.name }.map(\.1)
                case .header: HTTPField.Name(parameter.name).map { headers[values: $0] } ?? []
                }
            for value in values {
                if let message = violation(of: parameter.schema, by: value) {
                    errors.append(FieldError(field: parameter.name, message: message))
                    break
                }
            }
        }
        return errors
    }

    /// Why `value` breaks `schema`, or nil when it does not.
    func violation(of schema: ValueSchema, by value: String) -> String? {
        switch schema.kind {
        case .integer:
            guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let number = Int(value) else {
                return "must be an integer"
            }
            return range(Double(number), schema)
        case .number:
            guard let number = Double(value), number.isFinite, !value.contains(where: \.isWhitespace) else {
                return "must be a number"
            }
            return range(number, schema)
        case .boolean:
            return value == "true" || value == "false" ? nil : "must be true or false"
        case .string:
            if let allowed = schema.allowed, !allowed.contains(value) {
                return "must be one of: \(allowed.joined(separator: ", "))"
            }
            if let maxLength = schema.maxLength, value.unicodeScalars.count > maxLength {
                return "must be at most \(maxLength) characters"
            }
            switch schema.format {
            case "uuid" where UUID(uuidString: value) == nil:
                return "must be a UUID"
            case "date-time" where RFC3339.date(value) == nil:
                return "must be an RFC 3339 date-time, e.g. 2026-01-31T12:00:00Z"
            default:
                break
            }
            if let pattern = schema.pattern, let expression = patterns[pattern]?.expression {
                let whole = NSRange(value.startIndex..., in: value)
                if expression.firstMatch(in: value, range: whole) == nil { return "must match \(pattern)" }
            }
            return nil
        }
    }

    private func range(_ number: Double, _ schema: ValueSchema) -> String? {
        if let minimum = schema.minimum, number < minimum {
            return "must be between \(format(minimum)) and \(schema.maximum.map(format) ?? "∞")"
        }
        if let maximum = schema.maximum, number > maximum {
            return "must be between \(schema.minimum.map(format) ?? "−∞") and \(format(maximum))"
        }
        return nil
    }

    private func format(_ number: Double) -> String {
        number.rounded() == number ? String(Int(number)) : String(number)
    }
}

/// An `NSRegularExpression`, which is immutable and safe to share once made.
private final class PatternBox: @unchecked Sendable {
    let expression: NSRegularExpression?
    init(_ expression: NSRegularExpression?) { self.expression = expression }
}

/// The bundled spec could not be read.
struct SpecificationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
