import ArticleIndex
import Foundation
@testable import PostgresSink
import Testing

/// The sink against a real PostgreSQL (a throw-away cluster per test; no mock anywhere).
@Suite struct SinkSyncTests {
    /// `record` is the record file as the index holds it (entry fields and body); a record file
    /// that is missing or holds a body `jsonb` refuses (here `\u0000`) gives a row without its
    /// body and a warning, never a failed batch.
    @Test func recordsAreCopiedAsTheyAreAndABadOneWithoutItsBody() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<3)
        let (good, gone, bad) = (article(0).id, article(1).id, article(2).id)
        let goodText = try String(contentsOfFile: index.path + "/articles/\(good).json", encoding: .utf8)
        try FileManager.default.removeItem(atPath: index.path + "/articles/\(gone).json")
        let badText = try String(contentsOfFile: index.path + "/articles/\(bad).json", encoding: .utf8)
            .replacingOccurrences(of: "Kigali", with: "Ki\\u0000gali")
        try badText.write(toFile: index.path + "/articles/\(bad).json", atomically: true, encoding: .utf8)
        let log = LogRecorder()
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: log.logger)
        _ = try await sink.syncOnce()
        #expect(try await cluster.psql("""
            SELECT record = '\(goodText.replacingOccurrences(of: "'", with: "''"))'::jsonb FROM presswatch.articles WHERE id = '\(good)'
            """) == "t")
        #expect(try await cluster.psql("SELECT count(*), count(*) FILTER (WHERE record->>'title' = title) FROM presswatch.articles") == "3|3")
        #expect(try await cluster.psql("""
            SELECT string_agg(id, ',' ORDER BY id) FROM presswatch.articles WHERE jsonb_array_length(record->'body') = 0
            """) == [gone, bad].sorted().joined(separator: ","))
        #expect(log.all.contains { $0.contains("2 article record(s) unreadable") }, "\(log.all)")
    }

    @Test func firstSyncCopiesAnExistingIndexWithTypedColumns() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<40)
        try index.add(40..<60)
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger)
        let mark = try await sink.syncOnce()
        let manifest = try IndexSnapshot.readManifest(statePath: index.path)
        #expect(mark == SinkWatermark(indexID: manifest.indexId, lastSequence: manifest.lastSequence))
        #expect(try await cluster.psql("SELECT count(*), count(DISTINCT id) FROM presswatch.articles") == "60|60")
        #expect(try await cluster.psql("SELECT index_id, last_sequence FROM presswatch.sink_watermarks WHERE instance = 'host-a'")
                == "\(manifest.indexId)|\(manifest.lastSequence)")
        #expect(try await cluster.psql("SELECT string_agg(version::text, ',' ORDER BY version) FROM presswatch.schema_migrations") == "1,2,3")
        // Typed columns: dates, arrays, jsonb, the body in the record.
        let four = article(4)
        #expect(try await cluster.psql("""
            SELECT published_date, published_at IS NULL, authors[2], keywords[1], places->0->>'code', amounts->0->>'currency',
                   record->'body'->>1, instances
            FROM presswatch.articles WHERE id = '\(four.id)'
            """) == "2026-02-16|t|Jean Dupont|routes|RW|XOF|Les travaux débuteront bientôt.|{host-a}")
        #expect(try await cluster.psql("SELECT published_at AT TIME ZONE 'UTC' FROM presswatch.articles WHERE id = '\(article(1).id)'")
                == "2026-02-16 08:30:00")
        // Full text in each article's own language: French stemming finds "annoncer" in "annoncé".
        #expect(try await cluster.psql("""
            SELECT count(*) FROM presswatch.articles
            WHERE language = 'fr' AND search @@ websearch_to_tsquery('french', 'annoncer route')
            """) == "15")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ websearch_to_tsquery('german', 'Straße')") == "15")
        // The vector covers the title (weight A), lede and keywords (B) and the start of the body (C).
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ to_tsquery(presswatch.text_search_config(language), 'kigali:B')") == "60")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ to_tsquery(presswatch.text_search_config(language), 'article:A')") == "60")
        // Only the first 2,000 characters of a body are searched (SchemaMigrations.searchBodyCharacters).
        let long = article(61, body: String(repeating: " remplissage", count: 200) + " zanzibarique")
        index.store.addVersion(long, archivedPath: "archive/2026/02/61.txt", originalName: "61.txt", at: TestIndex.date)
        try index.store.flush(now: TestIndex.date)
        _ = try await sink.syncOnce()
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ plainto_tsquery(presswatch.text_search_config(language), 'remplissage')") == "1")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE search @@ plainto_tsquery(presswatch.text_search_config(language), 'zanzibarique')") == "0")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE record::text LIKE '%zanzibarique%'") == "1")
        // A second pass finds nothing to do and changes nothing.
        let again = try await sink.syncOnce()
        #expect(again.lastSequence == mark.lastSequence + 1)
        #expect(sink.status.snapshot.written == 61)
    }

    @Test func anUpdatedStoryReplacesItsEarlierVersion() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<5)
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger)
        _ = try await sink.syncOnce()
        // Article 1 again with a corrected body: same story, new id.
        let corrected = article(1, body: " Correction : les travaux commencent lundi.")
        #expect(corrected.id != article(1).id)
        index.store.addVersion(corrected, archivedPath: "archive/c.txt", originalName: "c.txt", at: TestIndex.date.addingTimeInterval(60))
        try index.store.flush(now: TestIndex.date.addingTimeInterval(60))
        _ = try await sink.syncOnce()
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE replaced_by IS NULL") == "5")
        #expect(try await cluster.psql("SELECT replaced_by FROM presswatch.articles WHERE id = '\(article(1).id)'") == corrected.id)
        #expect(try await cluster.psql("SELECT previous_ids[1], record->'body'->>0 LIKE '%lundi.' FROM presswatch.articles WHERE id = '\(corrected.id)'")
                == "\(article(1).id)|t")
    }

    @Test func oneArticleOnTwoHostsIsOneRowNamingBothAndOlderNeverWins() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let hostA = try TestIndex(), hostB = try TestIndex()
        defer { hostA.remove(); hostB.remove() }
        try hostA.add(0..<3, at: TestIndex.date.addingTimeInterval(100))
        try hostB.add(2..<4, at: TestIndex.date)  // article 2 indexed earlier on host B
        let sinkA = PostgresSink(settings: try sinkSettings(cluster.socketURL, instance: "host-a"), statePath: hostA.path, logger: LogRecorder().logger)
        let sinkB = PostgresSink(settings: try sinkSettings(cluster.socketURL, instance: "host-b"), statePath: hostB.path, logger: LogRecorder().logger)
        _ = try await sinkA.syncOnce()
        _ = try await sinkB.syncOnce()
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles") == "4")
        #expect(try await cluster.psql("""
            SELECT array_to_string(instances, ','), original_name, updated_at AT TIME ZONE 'UTC'
            FROM presswatch.articles WHERE id = '\(article(2).id)'
            """) == "host-a,host-b|2.txt|2026-02-16 09:37:47")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.sink_watermarks") == "2")
    }

    @Test func restartResumesFromTheDatabaseWatermark() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<30)
        _ = try await PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger).syncOnce()
        let firstSync = try await cluster.psql("SELECT max(synced_at) FROM presswatch.articles")
        try index.add(30..<50)
        // A new process: it knows nothing but what the database says.
        let restarted = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger)
        _ = try await restarted.syncOnce()
        #expect(restarted.status.snapshot.written == 20)
        #expect(try await cluster.psql("SELECT count(*), count(DISTINCT id) FROM presswatch.articles") == "50|50")
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles WHERE synced_at > '\(firstSync)'") == "20")
        let manifest = try IndexSnapshot.readManifest(statePath: index.path)
        #expect(try await cluster.psql("SELECT last_sequence FROM presswatch.sink_watermarks") == "\(manifest.lastSequence)")
    }
}
