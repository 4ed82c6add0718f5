import Foundation
import GRDB
import Profiles

/// The two ways matchd pages a list: by id, or newest first by row number.
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

    /// One page of an append-only table, newest first: the rows before the page key (a row
    /// number), and the key of the next page.
    func fetchNewestFirstPage(_ db: Database, _ page: PageRequest) throws -> Page<RowDecoder> {
        var request = self
        if let after = page.after {
            guard let before = Int64(after) else { throw StoreError.invalidCursor }
            request = request.filter(Column.rowID < before)
        }
        let rows = try Row.fetchAll(
            db,
            request.annotated(with: Column.rowID.forKey("position"))
                .order(Column.rowID.desc).limit(page.limit + 1))
        let shown = rows.prefix(page.limit)
        let next: Int64? = rows.count > page.limit ? try shown.last?.decode(forColumn: "position") : nil
        return Page(items: try shown.map(RowDecoder.init(row:)), next: next.map(String.init))
    }
}
