import Foundation
import MatchCore
import PlainJSON
import Profiles

/// Reads the list columns the store writes itself (`JSONColumn`: compact arrays of codes or of
/// flat objects, such as `[{"code":"x","level":2}]`) with `JSONScanner` instead of `JSONDecoder`,
/// whose cost per call dominated building the match index of a million citizens at start-up;
/// the same readers read those lists in record files (`Citizen(plainJSON:)`). Anything else — an
/// escape in a string, a fraction, an unknown key — answers nil, and the caller decodes that
/// value with `JSONDecoder` instead.
enum ListColumnParser {
    /// `["a","b"]`.
    static func strings(_ text: String) -> [String]? {
        whole(text) { strings(&$0) }
    }

    /// A citizen's competencies, `[{"code":"x","level":2}]`.
    static func competencies(_ text: String) -> [HeldCompetencyCode]? {
        whole(text) { competencies(&$0) }
    }

    /// A citizen's needs, `[{"code":"x","required":true,"shared":false}]`.
    static func needs(_ text: String) -> [NeedCode]? {
        whole(text) { needs(&$0) }
    }

    /// Employment kinds, `["flexJob"]`.
    static func kinds(_ text: String) -> [EmploymentKind]? {
        whole(text) { kinds(&$0) }
    }

    /// A vacancy's requirements, `[{"code":"x","essential":true,"level":2}]`.
    static func requirements(_ text: String) -> [RequirementCode]? {
        whole(text) { requirements(&$0) }
    }

    /// The value `read` reads from all of `text`.
    private static func whole<T>(_ text: String, _ read: (inout JSONScanner) -> T?) -> T? {
        var value: T?
        return JSONScanner.whole(text) { scanner in
            value = read(&scanner)
            return value != nil
        } ? value : nil
    }

    /// An array of strings.
    static func strings(_ scanner: inout JSONScanner) -> [String]? {
        scanner.list { $0.string() }
    }

    /// An array of employment kinds, known by raw value.
    static func kinds(_ scanner: inout JSONScanner) -> [EmploymentKind]? {
        scanner.list { $0.string().flatMap(EmploymentKind.init(rawValue:)) }
    }

    static func competencies(_ scanner: inout JSONScanner) -> [HeldCompetencyCode]? {
        scanner.list { scanner in
            var code: String?
            var level: Int?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": JSONScanner.once(&code, scanner.string())
                case "level": JSONScanner.once(&level, scanner.integer())
                default: false
                }
            }
            guard read, let code, let level else { return nil }
            return HeldCompetencyCode(code: code, level: level)
        }
    }

    static func needs(_ scanner: inout JSONScanner) -> [NeedCode]? {
        scanner.list { scanner in
            var code: String?
            var required: Bool?
            var shared: Bool?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": JSONScanner.once(&code, scanner.string())
                case "required": JSONScanner.once(&required, scanner.bool())
                case "shared": JSONScanner.once(&shared, scanner.bool())
                default: false
                }
            }
            guard read, let code, let required, let shared else { return nil }
            return NeedCode(code: code, required: required, shared: shared)
        }
    }

    static func requirements(_ scanner: inout JSONScanner) -> [RequirementCode]? {
        scanner.list { scanner in
            var code: String?
            var essential: Bool?
            var level: Int?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": JSONScanner.once(&code, scanner.string())
                case "essential": JSONScanner.once(&essential, scanner.bool())
                case "level": JSONScanner.once(&level, scanner.integer())
                default: false
                }
            }
            guard read, let code, let essential, let level else { return nil }
            return RequirementCode(code: code, level: level, essential: essential)
        }
    }
}
