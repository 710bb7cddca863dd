import Foundation
import Testing

@testable import ArticleParsing

/// A JSON value, so expected files can say `null` and be compared field by field.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "[\(values.map(\.description).joined(separator: ", "))]"
        case .object(let fields): "{\(fields.keys.sorted().map { "\($0): \(fields[$0]!)" }.joined(separator: ", "))}"
        }
    }
}

/// One `name.<ext>` + `name.expected.json` pair from the Fixtures folder.
struct FixtureCase: Sendable, CustomTestStringConvertible {
    var inputURL: URL
    var expectedURL: URL
    var testDescription: String { inputURL.lastPathComponent }

    static var fixturesDirectory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// Every input file that has an expected file beside it, sorted by name.
    static var all: [FixtureCase] {
        let files = (try? FileManager.default.contentsOfDirectory(
            at: fixturesDirectory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { !$0.lastPathComponent.hasSuffix(".expected.json") }
            .compactMap { input -> FixtureCase? in
                let stem = input.deletingPathExtension().lastPathComponent
                let expected = fixturesDirectory.appendingPathComponent("\(stem).expected.json")
                guard FileManager.default.fileExists(atPath: expected.path) else { return nil }
                return FixtureCase(inputURL: input, expectedURL: expected)
            }
            .sorted { $0.inputURL.lastPathComponent < $1.inputURL.lastPathComponent }
    }

    static func bytes(of name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixturesDirectory.appendingPathComponent(name)))
    }
}

/// The article as the JSON the index would see.
func jsonFields(of article: Article) throws -> [String: JSONValue] {
    let encoder = JSONEncoder()
    let data = try encoder.encode(article)
    guard case .object(var fields) = try JSONDecoder().decode(JSONValue.self, from: data) else { return [:] }
    // Optional fields that are nil are omitted by the encoder: make them explicit nulls.
    for key in ["source", "site", "published", "language", "summary"] where fields[key] == nil { fields[key] = .null }
    return fields
}
