import Foundation

extension ArticleStore {
    /// Decodes and validates the bytes of an `index.json`, classifying what is wrong.
    static func decodeIndex(_ data: Data, path: String) throws(IndexLoadError) -> [IndexEntry] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw IndexLoadError(kind: .invalidJSON, path: path, detail: "\(error)")
        }
        guard let top = json as? [String: Any] else {
            throw IndexLoadError(
                kind: .invalidContent, path: path, detail: "the top level is not a JSON object")
        }
        let version = top["schemaVersion"] as? Int
        guard version == schemaVersion else {
            throw IndexLoadError(
                kind: .unsupportedSchemaVersion(version), path: path,
                detail: "expected schemaVersion \(schemaVersion)")
        }
        let document: IndexDocument
        do {
            document = try IndexCoding.makeDecoder().decode(IndexDocument.self, from: data)
        } catch {
            throw IndexLoadError(kind: .invalidContent, path: path, detail: describe(error))
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
