import Foundation

extension ArticleStore {
    /// Decodes and validates the bytes of an `index.json`, classifying what is wrong.
    static func decodeIndex(_ data: Data, path: String) throws(IndexLoadError) -> [IndexEntry] {
        // One parse on the common path; the slower classification only when that fails.
        let decoded = try? IndexCoding.makeDecoder().decode(IndexDocument.self, from: data)
        guard let document = decoded, document.schemaVersion == schemaVersion else {
            throw classifyFailure(data, path: path)
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
    static func classifyFailure(_ data: Data, path: String) -> IndexLoadError {
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
        let version = top["schemaVersion"] as? Int
        guard version == schemaVersion else {
            return IndexLoadError(
                kind: .unsupportedSchemaVersion(version), path: path,
                detail: "expected schemaVersion \(schemaVersion)")
        }
        do {
            _ = try IndexCoding.makeDecoder().decode(IndexDocument.self, from: data)
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
