import Logging
import PostgresNIO

/// The database schema, created and migrated by presswatch itself (docs/index-format.md,
/// "The PostgreSQL schema"): everything lives in the schema `presswatch`, and
/// `presswatch.schema_migrations` records which numbered migrations were applied.
///
/// Contract: each migration runs in its own transaction, under a transaction-level advisory
/// lock, so several instances starting at once apply it exactly once; a failed migration
/// rolls back whole and is tried again at the next connection. Migrations are append-only: a
/// released one is never edited, a change is a new one. A database whose schema is newer
/// than this presswatch knows is refused (an older binary must not write into it).
public enum SchemaMigrations {
    public struct Migration: Sendable {
        public let version: Int
        public let summary: String
        let statements: [String]
    }

    /// The key of the advisory lock taken while migrating (any constant: "presswatch" in ASCII).
    static let lockKey: Int64 = 0x70_72_65_73_73_77_61_74

    public static let all: [Migration] = [
        Migration(version: 1, summary: "articles, full-text search, per-instance watermarks", statements: [
            """
            CREATE FUNCTION presswatch.text_search_config(language text) RETURNS regconfig
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT CASE language
                WHEN 'fr' THEN 'french'::regconfig WHEN 'en' THEN 'english'::regconfig
                WHEN 'de' THEN 'german'::regconfig WHEN 'es' THEN 'spanish'::regconfig
                WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'it' THEN 'italian'::regconfig
                ELSE 'simple'::regconfig END
            $$
            """,
            """
            CREATE TABLE presswatch.articles (
              id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}$'),
              story_id text NOT NULL,
              title text NOT NULL,
              authors text[] NOT NULL,
              source text,
              site text,
              published text,
              published_date date,
              published_at timestamptz,
              language text,
              lede text NOT NULL,
              summary text,
              word_count integer NOT NULL,
              reading_minutes integer NOT NULL,
              format text NOT NULL,
              places jsonb NOT NULL,
              amounts jsonb NOT NULL,
              keywords text[] NOT NULL,
              archived_path text NOT NULL,
              original_name text NOT NULL,
              indexed_at timestamptz NOT NULL,
              updated_at timestamptz NOT NULL,
              previous_versions jsonb NOT NULL,
              previous_ids text[] NOT NULL,
              replaced_by text,
              record jsonb NOT NULL,
              instances text[] NOT NULL,
              synced_at timestamptz NOT NULL DEFAULT now(),
              search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(presswatch.text_search_config(language), title), 'A')
                || setweight(jsonb_to_tsvector(presswatch.text_search_config(language), record -> 'body', '["string"]'), 'B')
              ) STORED
            )
            """,
            "CREATE INDEX articles_search ON presswatch.articles USING gin (search)",
            "CREATE INDEX articles_published ON presswatch.articles (published_date DESC NULLS LAST, published_at DESC NULLS LAST)",
            "CREATE INDEX articles_language ON presswatch.articles (language)",
            "CREATE INDEX articles_source ON presswatch.articles (source)",
            "CREATE INDEX articles_story ON presswatch.articles (story_id)",
            "CREATE INDEX articles_previous_ids ON presswatch.articles USING gin (previous_ids)",
            """
            CREATE TABLE presswatch.sink_watermarks (
              instance text PRIMARY KEY,
              index_id text NOT NULL,
              last_sequence bigint NOT NULL CHECK (last_sequence >= 0),
              updated_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ]),
        // The search vector of a long article cost more than everything else in a batch
        // together: it now covers a bounded text (title, then lede and keywords, then the start
        // of the body), still stemmed per the article's language.
        Migration(version: 2, summary: "full-text search over a bounded text (title, lede, keywords, start of the body)", statements: [
            """
            CREATE FUNCTION presswatch.search_body(record jsonb) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT left(coalesce((SELECT string_agg(p, E'\\n') FROM jsonb_array_elements_text(record -> 'body') AS p), ''),
                          \(searchBodyCharacters))
            $$
            """,
            // array_to_string is only STABLE (in general); for text[] it is immutable.
            """
            CREATE FUNCTION presswatch.search_lede(lede text, keywords text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT left(lede, \(searchLedeCharacters)) || ' ' || array_to_string(keywords, ' ')
            $$
            """,
            "ALTER TABLE presswatch.articles DROP COLUMN search",
            """
            ALTER TABLE presswatch.articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector(presswatch.text_search_config(language), title), 'A')
              || setweight(to_tsvector(presswatch.text_search_config(language), presswatch.search_lede(lede, keywords)), 'B')
              || setweight(to_tsvector(presswatch.text_search_config(language), presswatch.search_body(record)), 'C')
            ) STORED
            """,
            "CREATE INDEX articles_search ON presswatch.articles USING gin (search)",
        ]),
        // Stemming was still most of a batch's cost: the vector is now built after the rows land,
        // in transactions of their own (`SearchVectors`), so a batch no longer waits for it. The
        // stored vectors stay; a row whose vector is not built yet has `search` null (the pending
        // index finds those) and `presswatch.search_vector(...)` computes what it will be.
        Migration(version: 3, summary: "search vectors built after the rows land (search null until then)", statements: [
            """
            CREATE FUNCTION presswatch.search_vector(language text, title text, lede text, keywords text[], record jsonb)
            RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT setweight(to_tsvector(presswatch.text_search_config(language), title), 'A')
                || setweight(to_tsvector(presswatch.text_search_config(language), presswatch.search_lede(lede, keywords)), 'B')
                || setweight(to_tsvector(presswatch.text_search_config(language), presswatch.search_body(record)), 'C')
            $$
            """,
            "ALTER TABLE presswatch.articles ALTER COLUMN search DROP EXPRESSION",
            "CREATE INDEX articles_search_pending ON presswatch.articles (id) WHERE search IS NULL",
            // A batch looks up all its ids in previous_ids at once; with GIN's pending list
            // that scan read the whole list per id (1.1 s for 5,000 ids, 60 ms without it).
            "ALTER INDEX presswatch.articles_previous_ids SET (fastupdate = off)",
            "SELECT gin_clean_pending_list('presswatch.articles_previous_ids'::regclass)",
            // lz4 compresses the records (about 2 KB each) at a fraction of pglz's cost, where
            // the server was built with it (Debian's is); elsewhere pglz stays.
            """
            DO $$ BEGIN
              ALTER TABLE presswatch.articles ALTER COLUMN record SET COMPRESSION lz4;
            EXCEPTION WHEN feature_not_supported THEN NULL;
            END $$
            """,
        ]),
    ]

    /// How much of an article the search vector covers (docs/index-format.md): the title whole,
    /// the lede up to `searchLedeCharacters`, the keywords, and the body (paragraphs joined by
    /// line breaks) up to `searchBodyCharacters`.
    public static let searchLedeCharacters = 300
    public static let searchBodyCharacters = 2000

    /// The newest schema version this presswatch knows.
    public static var latestVersion: Int { all.last?.version ?? 0 }

    /// Applies the migrations the database lacks, in order. Returns the versions applied.
    /// - Throws: the database's error (that migration is rolled back), or `SinkError` when the
    ///   database's schema is newer than this presswatch.
    @discardableResult
    public static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        var applied: [Int] = []
        for migration in all {
            let done: Bool = try await connection.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
                try await connection.query("CREATE SCHEMA IF NOT EXISTS presswatch", logger: logger)
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS presswatch.schema_migrations (
                      version integer PRIMARY KEY, summary text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                let newest = try await connection.query(
                    "SELECT coalesce(max(version), 0) FROM presswatch.schema_migrations", logger: logger
                ).collect().first?.decode(Int.self) ?? 0
                if newest > latestVersion { throw SinkError(.schemaTooNew(database: newest, known: latestVersion)) }
                if newest >= migration.version { return false }
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO presswatch.schema_migrations (version, summary) VALUES (\(migration.version), \(migration.summary))",
                    logger: logger)
                return true
            }
            if done {
                applied.append(migration.version)
                logger.notice("database schema migrated to version \(migration.version): \(migration.summary)")
            }
        }
        return applied
    }
}
