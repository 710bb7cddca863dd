import TextToolkit

/// Passages copied one by one out of an e-book reader (Apple Books), the article having been
/// saved to the reader as a book: each quoted paragraph, then `Excerpt From` (in the six
/// languages), the book's title, its creator and the reader's copyright notice.
///
/// Contract: `read` returns nil unless a line is wholly one of the excerpt phrases (`Excerpt
/// From`, `Extrait de`, `Auszug aus`, `Fragmento de`, `Estratto da`, `Excerto de`) and every
/// such line has a title under it and the reader's copyright notice (`This material may be
/// protected by copyright.`, `Ce contenu est peut-être protégé…`) two or three lines under it
/// (a text merely quoting `Excerpt from` is none). It returns the title under the first phrase;
/// the creator between title and notice, when there is one, as the authors when every part between ` & ` is a person's name (two
/// words at least: `BRIGITTE` is a publication), else as
/// the source; and the passages (the paragraphs above each phrase, without their quotation
/// marks) as the text, each a paragraph of its own. The note above the first passage (a line
/// ending with a colon) and a sign-off under the last (two words at most, no sentence) go. Pure.
enum BookExcerpts {
    struct Excerpts {
        var facts: CarriedFacts
        var text: [String]
    }

    static func read(_ lines: [String]) -> Excerpts? {
        guard lines.count < 4_000 else { return nil }
        // Each phrase, its title, perhaps its creator, and the reader's notice within three lines.
        var excerpts: [(phrase: Int, creator: Int?, notice: Int)] = []
        for index in lines.indices where isPhrase(lines[index]) {
            guard index + 2 < lines.count, !lines[index + 1].isEmpty,
                let notice = (index + 2...min(index + 3, lines.count - 1)).first(where: { isNotice(lines[$0]) })
            else { return nil }
            excerpts.append((index, notice == index + 3 ? index + 2 : nil, notice))
        }
        guard let first = excerpts.first else { return nil }
        var facts = CarriedFacts(title: lines[first.phrase + 1], bodyStart: 0)
        if let creatorLine = first.creator {
            let creator = lines[creatorLine]
            let parts = creator.split(separator: " & ").map { LineBytes.trimmed($0) }
            if parts.allSatisfy({ LineBytes.words($0).count >= 2 && Bylines.isPersonLike($0) }) { facts.authors = parts } else { facts.source = creator }
        }
        // The passages: every paragraph that is no excerpt's line, nor a note ending with a colon
        // above the first passage, nor a short sign-off at the end (`Carmen`).
        let read = Set(excerpts.flatMap { Array($0.phrase...$0.notice) })
        let last = lines.lastIndex(where: { !$0.isEmpty })
        var text: [String] = []
        for index in lines.indices where !read.contains(index) && !lines[index].isEmpty {
            let line = lines[index]
            if line.hasSuffix(":"), index < first.phrase { continue }
            if index == last, index > excerpts[excerpts.count - 1].notice, LineBytes.words(line).count <= 2,
                !LayoutReader.endsLikeSentence(line)
            {
                continue
            }
            text += [unquoted(line), ""]
        }
        return text.isEmpty ? nil : Excerpts(facts: facts, text: text)
    }

    private static let phrases: Set<String> = [
        "excerpt from", "extrait de", "auszug aus", "fragmento de", "estratto da", "excerto de",
    ]

    private static func isPhrase(_ line: String) -> Bool {
        guard line.utf8.count <= 16, let lead = line.utf8.first, lead | 0x20 == 0x65 || lead | 0x20 == 0x61 || lead | 0x20 == 0x66
        else { return false }
        return phrases.contains(TextFolding.fold(line))
    }

    /// The reader's copyright notice, in the six languages (folded prefixes).
    private static func isNotice(_ line: String) -> Bool {
        let folded = TextFolding.fold(line.prefix(40))
        return ["this material may be protected", "ce contenu est peut-etre protege", "dieses material ist moglicherweise",
                "es posible que este material", "questo materiale potrebbe", "este material pode estar"]
            .contains { folded.hasPrefix($0) }
    }

    /// `“Text.”` → `Text.`: an opening quote and its own closer (`HeadlineNotes.closers`) around
    /// the line; any other line as it is.
    private static func unquoted(_ line: String) -> String {
        guard line.count > 2, let first = line.first, let closer = HeadlineNotes.closers[first], line.last == closer
        else { return line }
        return LineBytes.trimmed(line.dropFirst().dropLast())
    }
}
