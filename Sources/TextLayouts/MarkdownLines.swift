import TextToolkit

/// The lines of a Markdown text one at a time, exactly as `split(separator: "\n",
/// omittingEmptySubsequences: false)` gives them, without an array of every line.
///
/// Contract: a text without a CR byte is cut at every LF byte, found by `memchr` (an LF not
/// after a CR is a Character of its own); a text with a CR is cut Character by Character, so a
/// CR LF stays inside its line as `split` keeps it. Never fails.
struct MarkdownLines {
    private let text: String
    private let bytewise: Bool
    private var start: String.Index?

    init(_ text: String) {
        self.text = text
        bytewise = !LineBytes.contains(text, 0x0D)
        start = text.startIndex
    }

    mutating func next() -> Substring? {
        guard let from = start else { return nil }
        let end = bytewise ? nextLF(from: from) : text[from...].firstIndex(of: "\n")
        start = end.map { text.utf8.index(after: $0) }
        return text[from..<(end ?? text.endIndex)]
    }

    private func nextLF(from: String.Index) -> String.Index? {
        let utf8 = text.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: from)
        let found = utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(of: 0x0A, in: $0, from: offset) }
        guard let found else { return utf8[from...].firstIndex(of: 0x0A) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
