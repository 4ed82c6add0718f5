import Foundation
import GRDB
import Profiles

extension QueryInterfaceRequest where RowDecoder: FetchableRecord & Sendable {
    /// One page in id order (keyset paging on the `id` column), reading one row more than the
    /// limit to know whether another page follows; `id` gives a record's id.
    func fetchPage(_ db: Database, _ page: PageRequest, id: (RowDecoder) -> UUID) throws -> Page<RowDecoder> {
        var request = self
        if let after = page.after { request = request.filter(Column("id") > after) }
        let records = try request.order(Column("id")).limit(page.limit + 1).fetchAll(db)
        let items = Array(records.prefix(page.limit))
        return Page(items: items, next: records.count > page.limit ? items.last.map { id($0).lowercasedText } : nil)
    }
}
