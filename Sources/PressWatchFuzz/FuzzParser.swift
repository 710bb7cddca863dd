import ArticleParsing

/// libFuzzer target over `ArticleParser`: every input is parsed once per format hint
/// (`.txt`, `.md`, `.html`; the format is detected from content, the extension only breaks ties).
///
/// Checked on every input, besides "does not crash, hang or blow ASan": the parser either throws
/// an `ArticleParseError` with a non-empty reason, or returns an article whose id is 16 lowercase
/// hex digits, whose title is not empty and whose lede is the first body paragraph; and parsing
/// the same bytes twice gives the same Article (the parser's purity contract).
///
/// Built two ways (see `make fuzz`):
/// - with `-sanitize=fuzzer,address -parse-as-library -D PRESSWATCH_FUZZ`: a libFuzzer binary;
///   SwiftPM's `PressWatchFuzz_main` entry calls `LLVMFuzzerRunDriver`.
/// - in a plain `swift build`: a replay tool, `PressWatchFuzz FILE...` runs the same checks on
///   each file (the crash inputs kept in Tests/reliability/fuzz-regressions/) and exits non-zero
///   on a failed check.
enum FuzzParser {
    static let hints: [String?] = ["input.txt", "input.md", "input.html"]

    /// Runs the checks on one input; calls `fail` with a message for each broken invariant.
    static func check(_ bytes: [UInt8], fail: (String) -> Never) {
        let parser = ArticleParser()
        for hint in hints {
            let first: Result<Article, ArticleParseError> = Result { () throws(ArticleParseError) in
                try parser.parse(bytes, fileName: hint)
            }
            switch first {
            case .failure(let error):
                if error.reason.isEmpty { fail("empty rejection reason (hint \(hint ?? "-"))") }
            case .success(let article):
                if !isHexID(article.id) { fail("bad id \(article.id)") }
                if article.title.isEmpty { fail("empty title (hint \(hint ?? "-"))") }
                if article.lede != (article.body.first ?? "") { fail("lede is not the first paragraph") }
                let again = try? parser.parse(bytes, fileName: hint)
                if again != article { fail("parsing the same bytes twice gave different articles") }
            }
        }
    }

    static func isHexID(_ id: String) -> Bool {
        id.utf8.count == 16 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

#if PRESSWATCH_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzParser.check(bytes) { message in fatalError("fuzz invariant broken: \(message)") }
    return 0
}

@_cdecl("PressWatchFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in fuzzTestOneInput(data, size) }
}
#else
import Foundation

/// Replay mode: `PressWatchFuzz FILE...` checks each file; exit status 1 if any check failed.
@main
struct ReplayMain {
    static func main() {
        var checked = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzParser.check(Array(data)) { message in
                FileHandle.standardError.write(Data("\(path): \(message)\n".utf8))
                exit(1)
            }
            checked += 1
        }
        print("replayed \(checked) input(s): all checks passed")
    }
}
#endif
