import Logging
import PostgresNIO

/// Builds the full-text vectors (`presswatch.articles.search`) of rows that have none yet, after
/// those rows landed (schema version 3; docs/index-format.md, "The PostgreSQL schema").
///
/// Contract: each call of `buildSome` is one transaction that sets `search` to
/// `presswatch.search_vector(...)` of the row as it is when updated (a newer version written
/// meanwhile is what gets stemmed: PostgreSQL re-reads a row changed under the update), for at
/// most `rowsPerTransaction` rows with `search` null. Rows locked by another transaction (a
/// batch being written, another instance building them) are skipped, not waited for: whoever
/// holds them builds them, or the next pass does. Any instance builds any row, so a row left
/// pending by an instance that crashed or stopped for good is built by the next instance that
/// passes. Failures are the database's errors; what committed before stays.
struct SearchVectors: Sendable {
    /// Rows per transaction: small enough that a pass holds its row locks briefly.
    static let rowsPerTransaction = 500

    /// Builds up to `limit` pending vectors in one transaction; returns how many it built.
    func buildSome(_ connection: PostgresConnection, limit: Int = rowsPerTransaction, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            WITH pending AS (
              SELECT id FROM presswatch.articles WHERE search IS NULL LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            UPDATE presswatch.articles AS a
            SET search = presswatch.search_vector(a.language, a.title, a.lede, a.keywords, a.record)
            FROM pending WHERE a.id = pending.id AND a.search IS NULL
            RETURNING a.id
            """, logger: logger).collect()
        return rows.count
    }

}
