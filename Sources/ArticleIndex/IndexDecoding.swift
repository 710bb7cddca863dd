import Foundation

extension ArticleStore {
    /// Decodes and validates the bytes of a schemaVersion 2 `index.json`, classifying what is wrong.
    static func decodeManifest(_ data: Data, path: String) throws(IndexLoadError) -> IndexManifest {
        let decoded = try? IndexCoding.makeDecoder().decode(IndexManifest.self, from: data)
        guard let manifest = decoded, manifest.schemaVersion == schemaVersion else {
            throw classifyFailure(data, path: path, as: IndexManifest.self, version: schemaVersion)
        }
        for shard in manifest.shards where !isShardPath(shard.path) {
            throw IndexLoadError(kind: .invalidContent, path: path, detail: "bad shard path \"\(shard.path)\"")
        }
        return manifest
    }

    /// Shard paths name a file in `index/`: never absolute, never `..`.
    static func isShardPath(_ path: String) -> Bool {
        path.hasPrefix("index/") && !path.contains("..") && path.split(separator: "/").count == 2
    }

    /// Decodes and validates the bytes of a schemaVersion 1 `index.json` (for migration).
    static func decodeVersion1(_ data: Data, path: String) throws(IndexLoadError) -> [IndexEntry] {
        let decoded = try? IndexCoding.makeDecoder().decode(IndexDocument.self, from: data)
        guard let document = decoded, document.schemaVersion == 1 else {
            throw classifyFailure(data, path: path, as: IndexDocument.self, version: 1)
        }
        var seen = Set<String>()
        for entry in document.articles {
            guard IndexCoding.isValidID(entry.id) else {
                throw IndexLoadError(
                    kind: .invalidContent, path: path, detail: "invalid id \"\(entry.id)\"")
            }
            guard seen.insert(entry.id).inserted else {
                throw IndexLoadError(
                    kind: .invalidContent, path: path, detail: "duplicate id \(entry.id)")
            }
        }
        return document.articles
    }

    /// Why `data` is not a valid index: not JSON, wrong or missing schemaVersion, or bad content.
    static func classifyFailure<Document: Decodable>(
        _ data: Data, path: String, as type: Document.Type, version: Int
    ) -> IndexLoadError {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            return IndexLoadError(kind: .invalidJSON, path: path, detail: "\(error)")
        }
        guard let top = json as? [String: Any] else {
            return IndexLoadError(
                kind: .invalidContent, path: path, detail: "the top level is not a JSON object")
        }
        let found = top["schemaVersion"] as? Int
        guard found == version else {
            return IndexLoadError(
                kind: .unsupportedSchemaVersion(found), path: path,
                detail: "expected schemaVersion \(schemaVersion) (or 1, which is migrated)")
        }
        do {
            _ = try IndexCoding.makeDecoder().decode(Document.self, from: data)
            return IndexLoadError(kind: .invalidContent, path: path, detail: "unknown problem")
        } catch {
            return IndexLoadError(kind: .invalidContent, path: path, detail: describe(error))
        }
    }

    /// A one-line account of a decoding error: what and where (`articles[3].title`).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func at(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \(at(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context):
            return "\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
