import ArticleParsing
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target over the parser's readers.
///
/// The reader is chosen by `PRESSWATCH_FUZZ_READER` (see `Reader`): `text`, `markdown` and
/// `html` parse each input once with that file-name hint (the format is detected from content,
/// the extension only breaks ties; the fuzz dictionaries in Tests/reliability/fuzz-dicts steer
/// the input towards the reader's syntax), `dates` runs the date reader alone, and `all` (the
/// default, and the replay tool's mode) parses each input with all three hints.
///
/// Checked on every input, besides "does not crash, hang or blow ASan": the parser either throws
/// an `ArticleParseError` with a non-empty reason, or returns an article whose id is 16 lowercase
/// hex digits, whose title is not empty and whose lede is the first body paragraph; parsing the
/// same bytes twice gives the same Article (the parser's purity contract; in the single-reader
/// modes checked on one input in eight, chosen by length, so that most inputs cost one parse);
/// the date reader's invariants are those of `DateFuzzing`.
///
/// Built two ways (see `make fuzz`):
/// - with `-sanitize=fuzzer,address -parse-as-library -D PRESSWATCH_FUZZ`: a libFuzzer binary;
///   SwiftPM's `PressWatchFuzz_main` entry calls `LLVMFuzzerRunDriver`.
/// - in a plain `swift build`: a replay tool, `PressWatchFuzz FILE...` runs the same checks on
///   each file (the crash inputs kept in Tests/reliability/fuzz-regressions/) and exits non-zero
///   on a failed check.
enum FuzzParser {
    enum Reader: String {
        case text, markdown, html, dates, all

        /// `PRESSWATCH_FUZZ_READER`, or `all` when unset; nil for an unknown name.
        static func fromEnvironment() -> Reader? {
            guard let name = getenv("PRESSWATCH_FUZZ_READER") else { return .all }
            return Reader(rawValue: String(cString: name))
        }

        var hints: [String] {
            switch self {
            case .text: ["input.txt"]
            case .markdown: ["input.md"]
            case .html: ["input.html"]
            case .dates: []
            case .all: ["input.txt", "input.md", "input.html"]
            }
        }
    }

    /// Runs the checks on one input; calls `fail` with a message for each broken invariant.
    static func check(_ bytes: [UInt8], reader: Reader = .all, fail: (String) -> Never) {
        if reader == .dates {
            if let why = DateFuzzing.brokenInvariant(in: bytes) { fail(why) }
            return
        }
        let parser = ArticleParser()
        let checksPurity = reader == .all || bytes.count % 8 == 0
        for hint in reader.hints {
            let first: Result<Article, ArticleParseError> = Result { () throws(ArticleParseError) in
                try parser.parse(bytes, fileName: hint)
            }
            switch first {
            case .failure(let error):
                if error.reason.isEmpty { fail("empty rejection reason (hint \(hint))") }
            case .success(let article):
                if !isHexID(article.id) { fail("bad id \(article.id)") }
                if article.title.isEmpty { fail("empty title (hint \(hint))") }
                if article.lede != (article.body.first ?? "") { fail("lede is not the first paragraph") }
                if checksPurity, (try? parser.parse(bytes, fileName: hint)) != article {
                    fail("parsing the same bytes twice gave different articles")
                }
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

/// The reader under test, read once from the environment (an unknown name stops the run).
let fuzzReader: FuzzParser.Reader = {
    guard let reader = FuzzParser.Reader.fromEnvironment() else {
        fatalError("PRESSWATCH_FUZZ_READER must be text, markdown, html, dates or all")
    }
    return reader
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzParser.check(bytes, reader: fuzzReader) { message in fatalError("fuzz invariant broken: \(message)") }
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
        guard let reader = FuzzParser.Reader.fromEnvironment() else {
            FileHandle.standardError.write(Data("PRESSWATCH_FUZZ_READER must be text, markdown, html, dates or all\n".utf8))
            exit(2)
        }
        var checked = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzParser.check(Array(data), reader: reader) { message in
                FileHandle.standardError.write(Data("\(path): \(message)\n".utf8))
                exit(1)
            }
            checked += 1
        }
        print("replayed \(checked) input(s): all checks passed")
    }
}
#endif
