import ArticleIndex
import Foundation
@testable import PostgresSink

/// The three promises of issue 13 checked against one snapshot of the database (one psql
/// statement is one snapshot): no row lost, none doubled, the watermark never ahead of the rows.
struct SinkInvariants {
    /// The local feed: the sequence number of each article's first publication.
    let firstSequence: [String: Int]

    init(statePath: String) throws {
        let (_, changes) = try IndexSnapshot.readFeed(statePath: statePath, after: 0, expecting: nil)
        var first: [String: Int] = [:]
        for change in changes.changes where change.entry != nil && first[change.id] == nil {
            first[change.id] = change.sequence
        }
        firstSequence = first
    }

    struct Sample {
        let watermark: Int
        let ids: [String]
    }

    /// The watermark of `instance` and every row's id, read in one statement (one snapshot).
    static func sample(_ cluster: TestCluster, instance: String = "host-a") throws -> Sample {
        let text = try cluster.psql("""
            SELECT coalesce((SELECT last_sequence FROM presswatch.sink_watermarks WHERE instance = '\(instance)'), 0)
              || ' ' || coalesce((SELECT string_agg(id, ',') FROM presswatch.articles), '')
            """)
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        return Sample(watermark: Int(parts[0]) ?? -1,
                      ids: parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : [])
    }

    /// What is wrong with `sample`: articles published at or before the watermark that have no
    /// row (the watermark ran ahead), rows of ids never published here, ids present twice.
    func problems(_ sample: Sample) -> [String] {
        var problems: [String] = []
        let present = Set(sample.ids)
        if present.count != sample.ids.count { problems.append("\(sample.ids.count - present.count) id(s) doubled") }
        let missing = firstSequence.filter { $0.value <= sample.watermark && !present.contains($0.key) }
        if !missing.isEmpty {
            problems.append("watermark \(sample.watermark) ahead of the rows: \(missing.count) article(s) at or before it have no row")
        }
        let unknown = present.subtracting(firstSequence.keys)
        if !unknown.isEmpty { problems.append("\(unknown.count) row(s) of articles never published") }
        return problems
    }
}
