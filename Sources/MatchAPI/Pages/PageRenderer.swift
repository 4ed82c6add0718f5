import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import Profiles

/// Renders what people read — pages and mail — from the Mustache templates and the string
/// catalogues bundled as resources (`Pages/Templates`, `Pages/Strings/da.json`, `en.json`):
/// no text people read is written in Swift. `{{ }}` escapes HTML, so a name like
/// `<script>` renders as text.
struct PageRenderer: Sendable {
    /// The string catalogue of one language, read once at start-up and never changed.
    final class Catalogue: @unchecked Sendable {
        /// The nested keys and texts of `Strings/<language>.json`.
        let texts: [String: Any]

        init(_ texts: [String: Any]) { self.texts = texts }

        /// The text at a dotted key, e.g. `signIn.invalidEmail`; the key itself when missing
        /// (a test catches it).
        func text(_ key: String) -> String {
            var node: Any? = texts
            for part in key.split(separator: ".") { node = (node as? [String: Any])?[String(part)] }
            return node as? String ?? key
        }
    }

    let library: MustacheLibrary
    let catalogues: [Language: Catalogue]

    /// Loads the templates and catalogues from the module's resources.
    static func bundled() async throws -> PageRenderer {
        guard let templates = Bundle.module.url(forResource: "Templates", withExtension: nil),
            let strings = Bundle.module.url(forResource: "Strings", withExtension: nil)
        else { throw CocoaError(.fileNoSuchFile) }
        let library = try await MustacheLibrary(directory: templates.path)
        var catalogues: [Language: Catalogue] = [:]
        for language in Language.allCases {
            let data = try Data(contentsOf: strings.appendingPathComponent("\(language.rawValue).json"))
            guard let texts = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
            catalogues[language] = Catalogue(texts)
        }
        return PageRenderer(library: library, catalogues: catalogues)
    }

    /// The catalogue of `language`.
    func strings(_ language: Language) -> Catalogue {
        catalogues[language] ?? catalogues[.da]!
    }

    /// `template` rendered with `values`, the language's texts as `t`, and `lang`, `otherLang`
    /// and `title` (the catalogue's `<titleKey>`) for the page's frame.
    func render(_ template: String, _ language: Language, titleKey: String? = nil, _ values: [String: Any] = [:]) -> String {
        var context = values
        let strings = strings(language)
        context["t"] = strings.texts
        context["lang"] = language.rawValue
        context["otherLang"] = language == .da ? Language.en.rawValue : Language.da.rawValue
        if let titleKey { context["title"] = strings.text(titleKey) }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// An HTML page response with the headers every page carries: no caching of personal
    /// pages, a content security policy that allows nothing but the daemon's own stylesheet and
    /// forms (no script, no framing), no referrer (a sign-in link's token never leaves in one),
    /// and no content sniffing.
    func page(
        _ template: String, _ language: Language, status: HTTPResponse.Status = .ok, titleKey: String,
        _ values: [String: Any] = [:]
    ) -> Response {
        Self.html(render(template, language, titleKey: titleKey, values), status: status)
    }

    /// `body` as an HTML response with the pages' security headers.
    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
        addSecurityHeaders(&response.headers)
        return response
    }

    /// The headers of every page and redirect: see `page`.
    static func addSecurityHeaders(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[.cacheControl] = "no-store"
        headers[.referrerPolicy] = "no-referrer"
        headers[.xContentTypeOptions] = "nosniff"
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
}
