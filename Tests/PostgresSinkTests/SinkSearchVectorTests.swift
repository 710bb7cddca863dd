import ArticleIndex
import Foundation
@testable import PostgresSink
import Testing

/// Search vectors built after the rows land (schema version 3, `SearchVectors`), against a real
/// PostgreSQL: a committed row is found by the README's full-text query before its vector is
/// built, every row gets its vector, a replacing version's vector replaces the older one's,
/// and any instance builds the vectors another left pending.
@Suite struct SinkSearchVectorTests {
    /// The README's French search ("Query"): the GIN index for built vectors, the vector
    /// computed on the fly for rows still pending.
    static func frenchSearch(_ words: String) -> String {
        """
        SELECT count(*) FROM presswatch.articles, websearch_to_tsquery('french', '\(words)') AS q
        WHERE language = 'fr' AND replaced_by IS NULL AND (search @@ q
          OR (search IS NULL AND presswatch.search_vector(language, title, lede, keywords, record) @@ q))
        """
    }

    static let vectorsMatch = """
        SELECT count(*) FILTER (WHERE search IS NULL), count(*) FILTER (WHERE search IS DISTINCT FROM
          presswatch.search_vector(language, title, lede, keywords, record)) FROM presswatch.articles
        """

    @Test func aCommittedRowIsFoundBeforeItsVectorAndEveryVectorArrives() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<40)
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger)
        // Rows committed, vectors not built yet (as a listener sees them at NOTIFY).
        _ = try await sink.syncOnce(vectors: false)
        #expect(try await cluster.psql("SELECT count(*), count(search) FROM presswatch.articles") == "40|0")
        #expect(try await cluster.psql(Self.frenchSearch("annoncer route")) == "10")
        #expect(try await cluster.psql(Self.frenchSearch("zanzibarique")) == "0")
        _ = try await sink.syncOnce()
        #expect(try await cluster.psql(Self.vectorsMatch) == "0|0")
        #expect(try await cluster.psql(Self.frenchSearch("annoncer route")) == "10")
        #expect(try await cluster.psql("SELECT string_agg(version::text, ',' ORDER BY version) FROM presswatch.schema_migrations") == "1,2,3")
    }

    @Test func aNewerCopysVectorReplacesTheOlderOnesAndAnOlderCopyNeverDoes() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let hostA = try TestIndex(), hostB = try TestIndex(), hostC = try TestIndex()
        defer { hostA.remove(); hostB.remove(); hostC.remove() }
        // One id, three hosts: B's copy is newer than A's with another title, C's is older.
        hostA.store.addVersion(article(4, title: "Ancien titre des routes"), archivedPath: "archive/4.txt", originalName: "4.txt",
                               at: TestIndex.date)
        try hostA.store.flush(now: TestIndex.date)
        hostB.store.addVersion(article(4, title: "Nouveau titre du pont"), archivedPath: "archive/4.txt", originalName: "4.txt",
                               at: TestIndex.date.addingTimeInterval(100))
        try hostB.store.flush(now: TestIndex.date.addingTimeInterval(100))
        hostC.store.addVersion(article(4, title: "Titre périmé du tunnel"), archivedPath: "archive/4.txt", originalName: "4.txt",
                               at: TestIndex.date.addingTimeInterval(-100))
        try hostC.store.flush(now: TestIndex.date.addingTimeInterval(-100))
        func sink(_ index: TestIndex, _ name: String) throws -> PostgresSink {
            PostgresSink(settings: try sinkSettings(cluster.socketURL, instance: name), statePath: index.path, logger: LogRecorder().logger)
        }
        _ = try await sink(hostA, "host-a").syncOnce()
        #expect(try await cluster.psql(Self.frenchSearch("ancien")) == "1")
        // The newer copy lands: its row's vector is reset, and found by the new title at once.
        _ = try await sink(hostB, "host-b").syncOnce(vectors: false)
        #expect(try await cluster.psql("SELECT count(search) FROM presswatch.articles") == "0")
        #expect(try await cluster.psql(Self.frenchSearch("pont")) == "1")
        #expect(try await cluster.psql(Self.frenchSearch("ancien")) == "0")
        _ = try await sink(hostB, "host-b").syncOnce()
        #expect(try await cluster.psql(Self.vectorsMatch) == "0|0")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ to_tsquery('french', 'pont:A')") == "1")
        // The older copy changes neither the row nor its vector.
        _ = try await sink(hostC, "host-c").syncOnce(vectors: false)
        #expect(try await cluster.psql("SELECT title, search IS NOT NULL, array_to_string(instances, ',') FROM presswatch.articles")
                == "Nouveau titre du pont|t|host-a,host-b,host-c")
        #expect(try await cluster.psql(Self.frenchSearch("tunnel")) == "0")
    }

    /// A backlog of several batches lands before any vector is built (stemming would take the
    /// cores the drain needs), and then every vector is built. A test trigger logs the
    /// instance's committed watermark each time a vector is set.
    @Test func aBacklogOfSeveralBatchesLandsBeforeItsVectors() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        var settings = try sinkSettings(cluster.socketURL)
        settings.batchSize = 10
        _ = try await PostgresSink(settings: settings, statePath: index.path, logger: LogRecorder().logger).syncOnce()
        try await cluster.psql("""
            CREATE TABLE public.vector_log (mark bigint NOT NULL);
            CREATE FUNCTION public.log_vector() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
              INSERT INTO public.vector_log SELECT last_sequence FROM presswatch.sink_watermarks WHERE instance = 'host-a';
              RETURN NEW; END $$;
            CREATE TRIGGER log_vector BEFORE UPDATE ON presswatch.articles FOR EACH ROW
              WHEN (OLD.search IS NULL AND NEW.search IS NOT NULL) EXECUTE FUNCTION public.log_vector();
            """)
        try index.add(0..<80)  // 8 batches of 10
        let sink = PostgresSink(settings: settings, statePath: index.path, logger: LogRecorder().logger, pollSeconds: 0.5)
        let running = Task { await sink.run() }
        let built = try await eventually(120) {
            try cluster.psql("SELECT count(*) FROM presswatch.articles") == "80" && cluster.psql(Self.vectorsMatch) == "0|0"
        }
        await cancelAndAwait(running)
        #expect(built)
        let last = try await cluster.psql("SELECT last_sequence FROM presswatch.sink_watermarks WHERE instance = 'host-a'")
        let logged = try await cluster.psql("SELECT count(*), min(mark) FROM public.vector_log")
        #expect(logged == "80|\(last)")
    }

    @Test func anotherInstanceBuildsTheVectorsOneLeftPending() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let hostA = try TestIndex(), hostB = try TestIndex()
        defer { hostA.remove(); hostB.remove() }
        try hostA.add(0..<1200)  // more than one vector transaction (SearchVectors.rowsPerTransaction)
        try hostB.add(2000..<2003)
        // Host A stops for good between its batches' commits and their vectors.
        _ = try await PostgresSink(settings: try sinkSettings(cluster.socketURL, instance: "host-a"), statePath: hostA.path,
                                   logger: LogRecorder().logger).syncOnce(vectors: false)
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search IS NULL") == "1200")
        // Host B's daemon loop builds them, with its own: no row is left without its vector.
        let sinkB = PostgresSink(settings: try sinkSettings(cluster.socketURL, instance: "host-b"), statePath: hostB.path,
                                 logger: LogRecorder().logger, pollSeconds: 0.5)
        let running = Task { await sinkB.run() }
        let built = try await eventually(120) { try cluster.psql(Self.vectorsMatch) == "0|0" }
        await cancelAndAwait(running)
        #expect(built)
        #expect(try await cluster.psql("SELECT count(*), count(search) FROM presswatch.articles") == "1203|1203")
    }
}
