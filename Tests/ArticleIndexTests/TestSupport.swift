import ArticleParsing
import Foundation

/// A fresh directory under the system temp directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init(in base: String = NSTemporaryDirectory()) throws {
        path = (base as NSString).appendingPathComponent(
            "presswatch-index-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The inode number of `path`, to tell a replaced file from one rewritten in place.
func inode(_ path: String) throws -> UInt64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
}

/// The device number of the file system holding `path`.
func device(_ path: String) -> UInt64? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
        return nil
    }
    return (attributes[.systemNumber] as? NSNumber)?.uint64Value
}

func names(in directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}

func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// Hand-made articles (the parser is developed separately), one per `n`, with distinct ids.
func sampleArticle(_ n: Int, title: String? = nil) -> Article {
    let hex = String(n, radix: 16)
    let id = String(repeating: "0", count: 16 - hex.count) + hex
    let body = [
        "Le gouvernement a annoncé le \(n) février un plan de 2,5 milliards FCFA pour les routes.",
        "Les travaux débuteront à Kigali et à Dakar avant la fin de l'année.",
    ]
    return Article(
        id: id, title: title ?? "Article numéro \(n) : « routes/ponts »",
        authors: n % 2 == 0 ? ["Aïcha Diallo", "Jean Dupont"] : [],
        source: n % 3 == 0 ? nil : "Agence Ecofin", site: n % 2 == 0 ? "OSIRIS" : nil,
        published: n % 3 == 0 ? nil : (n % 2 == 0 ? "2026-02-16" : "2026-02-16T09:30:00+01:00"),
        language: n % 3 == 0 ? nil : "fr", lede: body[0], body: body, wordCount: 28,
        format: [.text, .markdown, .html][n % 3])
}

/// A fixed instant with whole seconds (stored timestamps are whole seconds).
let fixedDate = Date(timeIntervalSince1970: 1_771_234_567)
