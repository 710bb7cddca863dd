import Foundation
import Logging
import PostgresNIO

/// Where an instance stands in the database: the index it copies and the last change applied.
public struct SinkWatermark: Sendable, Equatable {
    public var indexID: String?
    public var lastSequence: Int

    public init(indexID: String?, lastSequence: Int) {
        self.indexID = indexID
        self.lastSequence = lastSequence
    }

    public static let start = SinkWatermark(indexID: nil, lastSequence: 0)
}

/// Writes batches into the schema of `SchemaMigrations`, each in ONE transaction.
///
/// Contract: a batch either commits whole (rows upserted, removals applied, replacements
/// marked, this instance's watermark moved to the batch's last sequence, and
/// `NOTIFY presswatch_articles` sent with the ids) or leaves the database as it was. The
/// watermark is therefore never ahead of the rows, and rows are never ahead of the watermark
/// by more than an idempotent replay. A row is only replaced by an entry at least as new
/// (`updated_at`); any instance that has the article is added to `instances`. Every value is
/// a bound parameter. Search vectors are not built here but after the commit (`SearchVectors`).
public struct SinkWriter: Sendable {
    public let instance: String
    /// Ids per NOTIFY payload (PostgreSQL caps a payload below 8000 bytes; 17 bytes an id).
    static let idsPerNotification = 400

    public init(instance: String) { self.instance = instance }

    /// This instance's watermark (`.start` when it has none yet).
    public func watermark(_ connection: PostgresConnection, logger: Logger) async throws -> SinkWatermark {
        let rows = try await connection.query(
            "SELECT index_id, last_sequence FROM presswatch.sink_watermarks WHERE instance = \(instance)",
            logger: logger
        ).collect()
        guard let row = rows.first else { return .start }
        let (indexID, sequence) = try row.decode((String, Int).self)
        return SinkWatermark(indexID: indexID, lastSequence: sequence)
    }

    /// Commits one batch taken from the index `indexID`, expecting the database's watermark to
    /// be `from` (else throws `SinkError` .watermarkMoved and nothing is written).
    func write(_ batch: SinkBatch, indexID: String, from: SinkWatermark,
               connection: PostgresConnection, logger: Logger) async throws {
        let instance = instance
        try await connection.withTransaction(logger: logger) { connection in
            let current = try await watermark(forUpdate: connection, logger: logger)
            guard current == from else { throw SinkError(.watermarkMoved(instance: instance)) }
            if batch.rowCount > 0 {
                let rows = JSONBBytes(bytes: batch.rowsJSON)
                try await connection.query(Self.upsert(rows: rows, ids: batch.ids, instance: instance), logger: logger)
                let ids = batch.ids
                try await connection.query("""
                    UPDATE presswatch.articles SET instances = array_append(instances, \(instance))
                    WHERE id = ANY(\(ids)) AND NOT (\(instance) = ANY(instances))
                    """, logger: logger)
                // Older versions named by the new ones' previousVersions point to the newest version.
                if batch.namesPreviousVersions { try await connection.query("""
                    UPDATE presswatch.articles AS old SET replaced_by = (
                      SELECT newer.id FROM presswatch.articles AS newer
                      WHERE newer.previous_ids @> ARRAY[old.id] ORDER BY newer.updated_at DESC, newer.id DESC LIMIT 1)
                    WHERE old.id IN (SELECT unnest(previous_ids) FROM presswatch.articles WHERE id = ANY(\(ids)))
                    """, logger: logger) }
            }
            if !batch.removed.isEmpty {
                let removed = batch.removed
                try await connection.query("""
                    UPDATE presswatch.articles SET instances = array_remove(instances, \(instance)) WHERE id = ANY(\(removed))
                    """, logger: logger)
                try await connection.query(
                    "DELETE FROM presswatch.articles WHERE id = ANY(\(removed)) AND cardinality(instances) = 0",
                    logger: logger)
            }
            let sequence = batch.lastSequence
            try await connection.query("""
                INSERT INTO presswatch.sink_watermarks (instance, index_id, last_sequence, updated_at)
                VALUES (\(instance), \(indexID), \(sequence), now())
                ON CONFLICT (instance) DO UPDATE SET index_id = EXCLUDED.index_id,
                  last_sequence = EXCLUDED.last_sequence, updated_at = now()
                """, logger: logger)
            // Delivered by PostgreSQL at COMMIT, and only if it commits.
            var start = batch.ids.startIndex
            while start < batch.ids.endIndex {
                let end = min(start + Self.idsPerNotification, batch.ids.endIndex)
                let payload = batch.ids[start..<end].joined(separator: ",")
                try await connection.query("SELECT pg_notify('presswatch_articles', \(payload))", logger: logger)
                start = end
            }
        }
    }

    private func watermark(forUpdate connection: PostgresConnection, logger: Logger) async throws -> SinkWatermark {
        let rows = try await connection.query(
            "SELECT index_id, last_sequence FROM presswatch.sink_watermarks WHERE instance = \(instance) FOR UPDATE",
            logger: logger
        ).collect()
        guard let row = rows.first else { return .start }
        let (indexID, sequence) = try row.decode((String, Int).self)
        return SinkWatermark(indexID: indexID, lastSequence: sequence)
    }

    /// The upsert: one statement for the whole batch, rows from one bound `jsonb` array
    /// (`SinkBatch`: each row's record, the entry as the shard holds it plus the body as
    /// `articles/<id>.json` holds it; the columns are taken out of it here, named as the index
    /// names them). A row
    /// is replaced only by an entry at least as new; a new row of an id that a newer version
    /// already lists in `previous_ids` is born replaced (`born`: one GIN lookup per id of the
    /// batch; `previous_ids && ids` was planned as a sequential scan of the whole table, which
    /// deconstructed the batch's id array once per row: 0.3 s a batch at 20,000 rows, growing
    /// with the table). No search vector is built here (`SearchVectors`
    /// does, after the commit): a new row has `search` null, and a replaced row keeps its vector
    /// only when the text it covers (language, title, lede, keywords, body) is unchanged.
    static func upsert(rows: JSONBBytes, ids: [String], instance: String) -> PostgresQuery {
        """
        WITH born AS (
          SELECT DISTINCT ON (b.id) b.id, n.id AS newer
          FROM unnest(\(ids)::text[]) AS b(id) JOIN presswatch.articles AS n ON n.previous_ids @> ARRAY[b.id]
          ORDER BY b.id, n.updated_at DESC, n.id DESC)
        INSERT INTO presswatch.articles AS a (id, story_id, title, authors, source, site, published, published_date,
          published_at, language, lede, summary, word_count, reading_minutes, format, places, amounts, keywords,
          archived_path, original_name, indexed_at, updated_at, previous_versions, previous_ids, replaced_by, record, instances)
        SELECT e.id, e."storyId", e.title, coalesce(e.authors, '{}'), e.source, e.site, e.published, r.day,
          r.instant, e.language, e.lede, e.summary, e."wordCount", e."readingMinutes", e.format,
          coalesce(e.places, '[]'), coalesce(e.amounts, '[]'), coalesce(e.keywords, '{}'), e."archivedPath",
          e."originalName", e."indexedAt", e."updatedAt", coalesce(e."previousVersions", '[]'),
          ARRAY(SELECT v ->> 'id' FROM jsonb_array_elements(coalesce(e."previousVersions", '[]')) AS v),
          born.newer, r.record, ARRAY[\(instance)]::text[]
        FROM jsonb_to_recordset(\(rows)) AS r(record jsonb, day date, instant timestamptz)
        CROSS JOIN LATERAL jsonb_to_record(r.record) AS e(id text, "storyId" text, title text, authors text[],
          source text, site text, published text, language text, lede text, summary text, "wordCount" integer,
          "readingMinutes" integer, format text, places jsonb, amounts jsonb, keywords text[], "archivedPath" text,
          "originalName" text, "indexedAt" timestamptz, "updatedAt" timestamptz, "previousVersions" jsonb)
        LEFT JOIN born ON born.id = e.id
        ON CONFLICT (id) DO UPDATE SET story_id = EXCLUDED.story_id, title = EXCLUDED.title, authors = EXCLUDED.authors,
          source = EXCLUDED.source, site = EXCLUDED.site, published = EXCLUDED.published,
          published_date = EXCLUDED.published_date, published_at = EXCLUDED.published_at, language = EXCLUDED.language,
          lede = EXCLUDED.lede, summary = EXCLUDED.summary, word_count = EXCLUDED.word_count,
          reading_minutes = EXCLUDED.reading_minutes, format = EXCLUDED.format, places = EXCLUDED.places,
          amounts = EXCLUDED.amounts, keywords = EXCLUDED.keywords, archived_path = EXCLUDED.archived_path,
          original_name = EXCLUDED.original_name, indexed_at = least(a.indexed_at, EXCLUDED.indexed_at),
          updated_at = EXCLUDED.updated_at, previous_versions = EXCLUDED.previous_versions,
          previous_ids = EXCLUDED.previous_ids, record = EXCLUDED.record, synced_at = now(),
          search = CASE WHEN a.language IS NOT DISTINCT FROM EXCLUDED.language AND a.title = EXCLUDED.title
            AND a.lede = EXCLUDED.lede AND a.keywords = EXCLUDED.keywords AND a.record -> 'body' = EXCLUDED.record -> 'body'
            THEN a.search END
        WHERE a.updated_at <= EXCLUDED.updated_at
        """
    }
}

/// JSON bytes bound as one `jsonb` parameter as they are (binary format: a version byte, then
/// the text), so a batch's rows are never turned into a String. The server checks them.
struct JSONBBytes: PostgresNonThrowingEncodable, Sendable {
    let bytes: [UInt8]

    static var psqlType: PostgresDataType { .jsonb }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        buffer.writeInteger(UInt8(1))
        buffer.writeBytes(bytes)
    }
}
