import Foundation
import MatchCore
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
        list(&scanner) { $0.string() }
    }

    /// An array of employment kinds, known by raw value.
    static func kinds(_ scanner: inout JSONScanner) -> [EmploymentKind]? {
        list(&scanner) { $0.string().flatMap(EmploymentKind.init(rawValue:)) }
    }

    /// An array whose elements `element` reads.
    static func list<T>(_ scanner: inout JSONScanner, _ element: (inout JSONScanner) -> T?) -> [T]? {
        var values: [T] = []
        let read = scanner.array { scanner in
            guard let value = element(&scanner) else { return false }
            values.append(value)
            return true
        }
        return read ? values : nil
    }

    static func competencies(_ scanner: inout JSONScanner) -> [HeldCompetencyCode]? {
        list(&scanner) { scanner in
            var code: String?, level: Int?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": once(&code, scanner.string())
                case "level": once(&level, scanner.integer())
                default: false
                }
            }
            guard read, let code, let level else { return nil }
            return HeldCompetencyCode(code: code, level: level)
        }
    }

    static func needs(_ scanner: inout JSONScanner) -> [NeedCode]? {
        list(&scanner) { scanner in
            var code: String?, required: Bool?, shared: Bool?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": once(&code, scanner.string())
                case "required": once(&required, scanner.bool())
                case "shared": once(&shared, scanner.bool())
                default: false
                }
            }
            guard read, let code, let required, let shared else { return nil }
            return NeedCode(code: code, required: required, shared: shared)
        }
    }

    static func requirements(_ scanner: inout JSONScanner) -> [RequirementCode]? {
        list(&scanner) { scanner in
            var code: String?, essential: Bool?, level: Int?
            let read = scanner.object { key, scanner in
                switch key {
                case "code": once(&code, scanner.string())
                case "essential": once(&essential, scanner.bool())
                case "level": once(&level, scanner.integer())
                default: false
                }
            }
            guard read, let code, let essential, let level else { return nil }
            return RequirementCode(code: code, level: level, essential: essential)
        }
    }

    /// Sets `field` to `value` when it was not set and `value` was read; false otherwise (a key
    /// given twice, a value not read).
    static func once<T>(_ field: inout T?, _ value: T?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }
}
