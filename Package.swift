// swift-tools-version:6.2
import PackageDescription

/// presswatch: an inbox-watching daemon that parses news articles into a JSON index.
///
/// Dependencies point one way (see docs/architecture.md):
/// ArticleParsing ← ArticleIndex ← PressWatchDaemon → InboxWatcher, Systemd, DurableIO
/// The parser, inside (`A → B`: A imports B; ArticleParsing is the façade everyone imports):
/// ArticleParsing → HTMLExtraction → PageDates → HTMLTree → TextToolkit (HTMLTree owns CLibXML2);
/// HTMLExtraction → HTMLTree, TextLayouts, TextToolkit; PageDates → DateReading, TextToolkit;
/// ArticleParsing → PageDates, HTMLTree, TextLayouts, ArticleEnrichment, DateReading, TextToolkit;
/// TextLayouts → DateReading → TextToolkit; TextLayouts → HTMLTree (XML records, via libxml2); ArticleEnrichment → TextToolkit (owns CCLD2);
/// TextLayouts uses Yams (front matter).
/// Our modules (not the dependencies): Swift 6 mode, and a warning fails the build (DESIGN.md
/// convention 9), so CI cannot go green with one.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

/// How the release daemon is linked: with lld, relative relocations packed (DT_RELR, glibc
/// ≥ 2.36) and no exported dynamic symbols (the static Swift runtime's link arguments export
/// every symbol; nothing resolves presswatch's symbols at run time). The dynamic loader then
/// touches 40 KB of relocations and symbols instead of 4.5 MB at start: idle RSS 28.5 -> 22.8 MB
/// (docs/architecture.md, "Idle memory").
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                 .when(platforms: [.linux], configuration: .release))
]

/// The libFuzzer build (`make fuzz-build`) sets PRESSWATCH_FUZZ_SWIFTFLAGS, e.g.
/// `-sanitize=fuzzer -sanitize-coverage=edge,inline-8bit-counters,pc-table`: those flags go to
/// the parser and the harness only, so the dependencies (swift-crypto, Yams) are built as in a
/// plain release build, without coverage counters or comparison tracing that the fuzzer has no
/// use for (it fuzzes the readers, not SHA-256 or YAML decoding). Unset: no flag is added.
let fuzzSwiftFlags: [SwiftSetting] = Context.environment["PRESSWATCH_FUZZ_SWIFTFLAGS"].map {
    [.unsafeFlags($0.split(separator: " ").map(String.init))]
} ?? []
/// Every parser module (ArticleParsing and the modules under it) and the harness: `strict`
/// plus the fuzz build's coverage flags, so `make fuzz` covers the whole parser.
let parserSettings: [SwiftSetting] = strict + fuzzSwiftFlags
/// The same flags at the harness's link, which pulls in the libFuzzer (and sanitizer) runtime.
let fuzzLinkFlags: [LinkerSetting] = Context.environment["PRESSWATCH_FUZZ_SWIFTFLAGS"].map {
    [.unsafeFlags($0.split(separator: " ").map(String.init))]
} ?? []

let package = Package(
    name: "presswatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "presswatch", targets: ["presswatch"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "Systemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // flock(2) for DurableIO.StateLock (Swift's `flock` is fcntl's struct) and syncfs(2) for group commit.
        .target(name: "CFileLock"),
        .target(
            name: "DurableIO",
            dependencies: ["CFileLock", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strict
        ),
        .target(
            name: "InboxWatcher",
            dependencies: [
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Compact Language Detector 2 (Debian libcld2-dev) behind a C shim: tables compiled in;
        // used by ArticleEnrichment only. plain_text_scan.cpp reads CLD2's script spans itself
        // and scores them with libcld2's exported functions (libcld2-dev's internal headers).
        .target(
            name: "CCLD2",
            linkerSettings: [.linkedLibrary("cld2")]
        ),
        // The parser's byte and text toolkit: the one byte-matching rule and case-folding rule.
        .target(name: "TextToolkit", swiftSettings: parserSettings),
        // Reading a date written in a line of text (six languages, numeric and ISO forms).
        .target(name: "DateReading", dependencies: ["TextToolkit"], swiftSettings: parserSettings),
        // Plain-text clippings and Markdown read into a layout: title, byline, date, source, body.
        .target(
            name: "TextLayouts",
            dependencies: [
                "TextToolkit", "DateReading", "HTMLTree", .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: parserSettings
        ),
        // What is derived from an article's text: language (CLD2), places, amounts, keywords.
        .target(name: "ArticleEnrichment", dependencies: ["TextToolkit", "CCLD2"], swiftSettings: parserSettings),
        // A saved page (UTF-8) read by libxml2's HTML parser into a compact tree, with its
        // vocabulary (tags, attributes, schema.org article types) and character references; and
        // a small XML document (a feed's entry, a notes export, an NITF file) read by libxml2's
        // XML parser into plain elements (XMLElements). The one module that calls libxml2.
        .target(name: "HTMLTree", dependencies: ["TextToolkit", "CLibXML2"], swiftSettings: parserSettings),
        // A page's publication date, searched in its tree and markup as htmldate does (a port:
        // GPL-3.0-or-later, NOTICE); reads the extraction's facts through `PageDateFacts`.
        .target(name: "PageDates", dependencies: ["HTMLTree", "DateReading", "TextToolkit"], swiftSettings: parserSettings),
        // A page's metadata, JSON-LD, title, authors and article text.
        .target(
            name: "HTMLExtraction",
            dependencies: ["HTMLTree", "PageDates", "TextLayouts", "TextToolkit"],
            swiftSettings: parserSettings
        ),
        .target(
            name: "ArticleParsing",
            dependencies: [
                "TextToolkit",
                "DateReading",
                "ArticleEnrichment",
                "TextLayouts",
                "HTMLTree",
                "PageDates",
                "HTMLExtraction",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: parserSettings
        ),
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        // Reads index shards with simdjson (Debian libsimdjson-dev) behind a C shim.
        .target(
            name: "CShardScan",
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        .target(
            name: "ArticleIndex",
            dependencies: ["ArticleParsing", "DurableIO", "CShardScan", "CXXHash", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "PressWatchDaemon",
            dependencies: [
                "ArticleParsing", "ArticleIndex", "InboxWatcher", "Systemd", "DurableIO", "PostgresSink",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // Copies the index's change feed into PostgreSQL (issue 13): reads ArticleIndex, never
        // the other way round; the daemon starts it when `sink.postgres` is configured.
        .target(
            name: "PostgresSink",
            dependencies: [
                "ArticleIndex", "ArticleParsing", "InboxWatcher",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Reading the published index: filters, sorting, output formats, the change-feed follower.
        // The byte-level prefilter of `query --text` (C, no dependency).
        .target(name: "CTextPrefilter"),
        .target(
            name: "IndexQuery",
            dependencies: [
                "ArticleIndex", "ArticleParsing", "InboxWatcher", "CTextPrefilter",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "presswatch",
            dependencies: [
                "PressWatchDaemon", "Systemd",
                "IndexQuery",
                "ArticleIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            linkerSettings: releaseLinking,
            plugins: ["VersionConstant"]
        ),
        // VERSION -> `presswatchVersion` in the presswatch target (`presswatch --version`).
        .plugin(name: "VersionConstant", capability: .buildTool()),
        // libFuzzer target over the parser (`make fuzz`); a plain build gives a replay tool.
        .executableTarget(
            name: "PressWatchFuzz",
            dependencies: ["ArticleParsing"],
            swiftSettings: parserSettings,
            linkerSettings: fuzzLinkFlags
        ),
        /// Tests' child processes (posix_spawn, no inherited descriptors, deadlines on every wait).
        .target(name: "CTestSpawn", path: "Tests/CTestSpawn"),
        .target(name: "TestSupport", dependencies: ["CTestSpawn"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "TextToolkitTests", dependencies: ["TextToolkit"], swiftSettings: strict),
        .testTarget(name: "DateReadingTests", dependencies: ["DateReading", "TextToolkit"], swiftSettings: strict),
        .testTarget(name: "TextLayoutsTests", dependencies: ["TextLayouts", "DateReading", "TextToolkit"], swiftSettings: strict),
        .testTarget(name: "ArticleEnrichmentTests", dependencies: ["ArticleEnrichment", "TextToolkit", "CCLD2"], swiftSettings: strict),
        .testTarget(name: "HTMLTreeTests", dependencies: ["HTMLTree"], swiftSettings: strict),
        // Page dates and extraction are tested on whole pages too, through the façade.
        .testTarget(name: "PageDatesTests", dependencies: ["PageDates", "HTMLTree", "DateReading", "ArticleParsing"], swiftSettings: strict),
        .testTarget(name: "HTMLExtractionTests", dependencies: ["HTMLExtraction", "HTMLTree", "ArticleParsing"], swiftSettings: strict),
        .testTarget(name: "ArticleParsingTests", dependencies: ["ArticleParsing", "TextToolkit", "DateReading", "ArticleEnrichment", "TextLayouts", "HTMLExtraction"],
                    resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "ArticleIndexTests", dependencies: ["ArticleIndex", "DurableIO", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "IndexQueryTests", dependencies: ["IndexQuery", "ArticleIndex"], swiftSettings: strict),
        .testTarget(name: "PostgresSinkTests", dependencies: [
                        "PostgresSink", "ArticleIndex", "ArticleParsing", "TestSupport",
                        .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                    ], swiftSettings: strict),
        .testTarget(name: "InboxWatcherTests", dependencies: ["InboxWatcher"], swiftSettings: strict),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd"], swiftSettings: strict),
        .testTarget(name: "PressWatchDaemonTests", dependencies: ["PressWatchDaemon", "PostgresSink"], swiftSettings: strict),
        .testTarget(name: "IntegrationTests", dependencies: ["presswatch", "ArticleIndex", "ArticleParsing", "TestSupport"], swiftSettings: strict),
    ]
)
