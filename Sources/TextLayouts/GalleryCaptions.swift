import TextToolkit

/// A picture gallery's captions standing between a web story's title and its byline: each picture's count
/// (`Image 1 of 3`, `Bild 1 von 3`, `Image 1 sur 3`, `Imagen 1 de 3`, `Immagine 1 di 3`, `Imagem 1 de 3`) over its
/// caption (`Bruselas, 16 de febrero de 1987: Llegada de los ministros. Foto: Paul Martin/Reuters`), whose place, day
/// and photographer are the picture's, none of the article's.
///
/// Contract: `end(of:at:isFactLine:)` gives the index after the caption's paragraph (the count's line and the non-empty
/// lines under it, three at most, up to the first that `isFactLine` takes for the article's own byline or day: a count
/// whose pictures did not copy stands over them, `Bild 1 von 12` / `Von Jan Petersen` / `4. März 2026`) when the line
/// at `index` is a count: a picture's word, a number, the word for `of`, a number not below the first (99 at most); nil
/// for any other line, and for a count over a paragraph of more than three caption lines (a text whose paragraphs no
/// blank line parts: the text itself, not a caption). Pure but for `isFactLine`; never fails.
enum GalleryCaptions {
    static func end(of lines: [String], at index: Int, isFactLine: (Int) -> Bool = { _ in false }) -> Int? {
        guard isCount(lines[index]) else { return nil }
        var end = index + 1
        while end < lines.count, !lines[end].isEmpty, !isCount(lines[end]), !isFactLine(end) {
            // A caption is a line or two, its credit under it: the whole text under a count was taken for its caption
            // (`Image 1 of 3` over a text of single line breaks left no body, the file refused).
            guard end - index <= maxCaptionLines else { return nil }
            end += 1
        }
        return end
    }

    /// The most lines a caption's paragraph holds under its count.
    static let maxCaptionLines = 3

    /// Whether a line a caption can hold opens with a picture's word or credit (`Foto: Ana Gil`, `Photo : Paul
    /// Martin/AFP`) or names an agency's picture after a slash: a photographer's credit, never the article's byline.
    static func isPictureCredit(_ line: String) -> Bool {
        if LineBytes.contains(line, 0x2F) { return true }
        guard let first = LineBytes.words(line).first else { return false }
        let word = TextFolding.fold(first.filter { $0 != ":" })
        return pictureWords.contains(word) || creditWords.contains(word)
    }

    private static let creditWords: Set<String> = ["photos", "fotos", "credit", "credits", "bilder", "fotografias", "foto's"]

    static func isCount(_ line: String) -> Bool {
        // Four short words, a digit among the bytes: most lines are turned down before any word is folded.
        guard line.utf8.count <= 40, LineBytes.hasDigit(line) else { return false }
        let words = LineBytes.words(line)
        guard words.count == 4, pictureWords.contains(TextFolding.fold(words[0])), ofWords.contains(TextFolding.fold(words[2])),
            let number = Int(words[1]), let total = Int(words[3]), number >= 1, number <= total, total <= 99
        else { return false }
        return true
    }

    private static let pictureWords: Set<String> = [
        "image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine", "imagem", "fotografia",
    ]

    private static let ofWords: Set<String> = ["of", "sur", "von", "de", "di", "aus"]
}
