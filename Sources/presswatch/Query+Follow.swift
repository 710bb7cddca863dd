import ArgumentParser
import ArticleIndex
import Dispatch
import Foundation
import IndexQuery

#if canImport(Glibc)
import Glibc
#endif

extension Query {
    /// `--follow`: validates the options that go with it, then prints changes until SIGINT or
    /// SIGTERM (exit 0, after the line being written).
    func runFollow(statePath: String, filter: QueryFilter, output: TerminalOutput) async throws {
        for (name, given) in [("--count", count), ("--limit", limit != nil), ("--sort", sort != nil), ("--reverse", reverse)] where given {
            throw ReadingFailure(QueryArgumentError(argument: name, problem: "cannot be used with --follow, which prints changes as they come", example: "--follow --language fr"))
        }
        if let format, format != "jsonl" {
            throw ReadingFailure(QueryArgumentError(argument: "--format", problem: "--follow prints JSON lines only", example: "--follow --format jsonl"))
        }
        if new, after != nil {
            throw ReadingFailure(QueryArgumentError(argument: "--new", problem: "cannot be used with --after, which already says where to start", example: "--follow --after 120"))
        }
        let start = try parseAfter()
        // Says clearly why there is nothing to follow, and checks the position against it.
        let manifest: IndexManifest
        do {
            manifest = try IndexSnapshot.readManifest(statePath: statePath)
        } catch {
            throw ReadingFailure(error)
        }
        if let start, start.indexID == nil || start.indexID == manifest.indexId, start.sequence > manifest.lastSequence {
            throw ReadingFailure(QueryArgumentError(
                argument: "--after", problem: "\(start.sequence) is beyond the index's last change (\(manifest.lastSequence)); "
                    + "if the index was rebuilt, give the index id too", example: "--after \(manifest.indexId):\(manifest.lastSequence)"))
        }
        let follower: FeedFollower
        do {
            follower = try FeedFollower(statePath: statePath)
        } catch {
            throw ReadingFailure(status: 2, message: "cannot watch \(statePath): \(error)")
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { follower.stop() }
            source.resume()
            return source
        }
        let status: Int32
        do {
            status = try await follower.run(statePath: statePath, filter: filter, startAt: start, onlyNew: new, output: output)
        } catch {
            throw ReadingFailure(error)
        }
        withExtendedLifetime(sources) {}
        output.flush()
        if status != 0 { throw ExitCode(status) }
    }

    /// `--after SEQ` or `--after INDEXID:SEQ`; SEQ must not be beyond the index's last change.
    private func parseAfter() throws -> (indexID: String?, sequence: Int)? {
        guard let text = after else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let example = "--after 120 or --after 6c1f0e5a9b2d4e71:120"
        guard parts.count <= 2, let sequence = Int(parts.last!), sequence >= 0 else {
            throw ReadingFailure(QueryArgumentError(argument: "--after", problem: "\"\(text)\" is not SEQ or INDEXID:SEQ", example: example))
        }
        var indexID: String?
        if parts.count == 2 {
            let id = String(parts[0]).lowercased()
            guard id.count == 16, id.allSatisfy(\.isHexDigit) else {
                throw ReadingFailure(QueryArgumentError(argument: "--after", problem: "\"\(parts[0])\" is not an index id (16 hexadecimal digits)", example: example))
            }
            indexID = id
        }
        return (indexID, sequence)
    }
}
