import TextToolkit

/// A news e-book made by an e-book manager's news download (calibre) and converted to TXT: the
/// book's title `Publication [Tue, 10 Mar 2026]` (the day it was fetched), its table of
/// sections and headlines, then each article between navigation bars (`| Next | Section Menu |
/// Main Menu |`), ending with `This article was downloaded by calibre from <address>`.
///
/// Contract: `read` returns nil unless the first non-empty line is such a book title (a name,
/// then a bracketed day holding a year) and a navigation bar follows within 80 lines. It
/// returns the publication the book names (the fetch day is no date) and the lines of the
/// first article: from the line after the first bar to the download note, or to the next bar.
/// Pure.
enum EbookNews {
    static func read(_ lines: [String]) -> (source: String, article: Range<Int>)? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let name = bookName(lines[first]),
            let bar = lines[first...].prefix(80).firstIndex(where: isNavigationBar)
        else { return nil }
        let rest = lines[(bar + 1)...]
        let end = rest.firstIndex(where: isDownloadNote) ?? rest.firstIndex(where: isNavigationBar) ?? lines.count
        return (name, (bar + 1)..<end)
    }

    /// `Reuters [Fri, 27 Feb 1987]` → `Reuters`.
    private static func bookName(_ line: String) -> String? {
        guard line.utf8.last == 0x5D, let open = lastOpening(line) else { return nil }
        let day = line[open.upperBound...].dropLast()
        // 40 Characters at most, asked first (of a 10 MiB day only its first 41 are walked).
        guard day.dropFirst(40).isEmpty else { return nil }
        let digits = day.utf8.split { $0 &- 0x30 >= 10 }
        guard digits.contains(where: { $0.count == 4 }) else { return nil }
        let name = LineBytes.trimmed(line[..<open.lowerBound])
        return name.isEmpty || !LineBytes.hasAtMostWords(name[...], 8) ? nil : name
    }

    /// `line.range(of: " [", options: .backwards)`, found on the bytes when the last ` [` stands apart
    /// (`LineBytes.range`): Foundation's backward search walked a 10 MiB line framed in `[`…`]` (1.5 s).
    private static func lastOpening(_ line: String) -> Range<String.Index>? {
        LineBytes.range(of: " [", in: line, backwards: true)
    }

    /// `| Next | Section Menu | Main Menu |`: two to six short cells (four words at most) between bars.
    static func isNavigationBar(_ line: String) -> Bool {
        guard line.utf8.first == 0x7C, line.utf8.last == 0x7C, line.utf8.count <= 120 else { return false }
        let cells = line.split(separator: "|").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        return (2...6).contains(cells.count) && cells.allSatisfy { LineBytes.words($0).count <= 4 }
    }

    private static func isDownloadNote(_ line: String) -> Bool {
        LineBytes.contains(line, bytes: "calibre") && LineBytes.contains(line, bytes: "http")
    }
}
