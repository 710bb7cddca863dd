import Glibc

/// Which inbox names are never ingested: files still being written by common tools, editor
/// droppings, hidden files, plus the operator's own glob patterns.
///
/// Contract: patterns are fnmatch(3) globs matched against the bare file name (no flags: `*`
/// matches a leading dot, matching is case-sensitive). A malformed pattern never throws; it
/// simply matches what fnmatch says it matches (usually only itself). "." and ".." and the
/// empty name are always ignored. Names that are not valid UTF-8 never reach these rules: see
/// ``FileName`` (they are dropped by the watcher and reported as skipped by the scanner).
///
/// The watcher applies these rules itself, so the daemon never sees events for ignored names;
/// the scanner applies them too and only counts what it ignored.
public struct IgnoreRules: Sendable, Equatable {
    /// Always ignored: hidden and dot-temp files (rsync, editors), `.part` (browsers, curl,
    /// FTP), `.tmp`, vim swap files and backup files ending in `~`.
    public static let builtIn: [String] = [".*", "*.part", "*.tmp", "*.swp", "*~"]

    /// The configured extra patterns (without the built-in ones), in configuration order.
    public let extraPatterns: [String]

    /// Every pattern in force: ``builtIn`` followed by ``extraPatterns``.
    public var patterns: [String] { Self.builtIn + extraPatterns }

    /// - Parameter extraPatterns: fnmatch(3) patterns from the configuration; empty strings are dropped.
    public init(extraPatterns: [String] = []) {
        self.extraPatterns = extraPatterns.filter { !$0.isEmpty }
    }

    /// True when `name` must not be ingested.
    public func isIgnored(_ name: String) -> Bool {
        if name.isEmpty || name == "." || name == ".." { return true }
        for pattern in Self.builtIn where fnmatch(pattern, name, 0) == 0 { return true }
        for pattern in extraPatterns where fnmatch(pattern, name, 0) == 0 { return true }
        return false
    }
}
