/// What a PDF-to-Markdown converter (docling, marker, pandoc) leaves in its output that no reader
/// sees on the page: a comment standing for a picture or a page break alone on its line (`<!--
/// image -->`, `<!-- PageBreak -->`), and a glyph it could not map opening a line
/// (`GLYPH<c=3,font=/GCKZWA+Wingdings-Regular> Foto: …`).
///
/// Contract: `cleaned` returns the lines with each comment-only line made empty and each leading
/// `GLYPH<…>` (its `>` within 200 bytes) cut with the spaces after it; every other line as it is.
/// The line count never changes. Pure; never fails.
enum ConverterLeftovers {
    /// Whether some line opens with a leftover's first byte (`<`, `G`): most texts are returned at once.
    static func mayHold(_ lines: [String]) -> Bool {
        lines.contains { line in
            guard let first = line.utf8.first else { return false }
            return first == 0x3C && line.utf8.starts(with: "<!--".utf8) || first == 0x47 && line.utf8.starts(with: "GLYPH<".utf8)
        }
    }

    static func cleaned(_ lines: [String]) -> [String] {
        lines.map { line in
            let utf8 = line.utf8
            if utf8.starts(with: "<!--".utf8) {
                let trimmed = LineBytes.trimmed(line)
                // One comment, closed at the line's end (`<!-- a --> text <!-- b -->` is text).
                return trimmed.hasSuffix("-->") && !trimmed.dropFirst(4).dropLast(3).contains("-->") ? "" : line
            }
            guard utf8.starts(with: "GLYPH<".utf8), let close = utf8.prefix(200).firstIndex(of: 0x3E) else { return line }
            return String(decoding: utf8[utf8.index(after: close)...].drop { $0 == 0x20 }, as: UTF8.self)
        }
    }
}
