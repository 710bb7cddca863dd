import TextToolkit

/// Passages copied one by one out of an e-book reader (Apple Books), the article having been
/// saved to the reader as a book: each quoted paragraph, then `Excerpt From` (in the six
/// languages), the book's title, its creator and the reader's copyright notice.
///
/// Contract: `read` returns nil unless a line is wholly one of the excerpt phrases (`Excerpt
/// From`, `Extrait de`, `Auszug aus`, `Fragmento de`, `Estratto da`, `Excerto de`) with a title
/// under it. It returns the title under the first such line; the creator under it (unless it
/// is the copyright notice: `This material may be protected by copyright.`, `Ce contenu est
/// peut-être protégé…`) as the authors when every part between ` & ` is a person's name (two
/// words at least: `BRIGITTE` is a publication), else as
/// the source; and the passages (the paragraphs above each phrase, without their quotation
/// marks) as the text, each a paragraph of its own. The note above the first passage (a line
/// ending with a colon) and the sign-off under the last go. Pure.
enum BookExcerpts {
    struct Excerpts {
        var facts: CarriedFacts
        var text: [String]
    }

    static func read(_ lines: [String]) -> Excerpts? {
        guard lines.count < 4_000, let first = lines.firstIndex(where: isPhrase), first + 1 < lines.count,
            !lines[first + 1].isEmpty
        else { return nil }
        var facts = CarriedFacts(title: lines[first + 1], bodyStart: 0)
        if first + 2 < lines.count, !lines[first + 2].isEmpty, !isNotice(lines[first + 2]) {
            let creator = lines[first + 2]
            let parts = creator.split(separator: " & ").map { LineBytes.trimmed($0) }
            if parts.allSatisfy({ LineBytes.words($0).count >= 2 && Bylines.isPersonLike($0) }) { facts.authors = parts } else { facts.source = creator }
        }
        // The passages: every paragraph that is no phrase, title, creator or notice line, nor a
        // note ending with a colon, nor the last short line (a first name signing the mail).
        var text: [String] = []
        var skip = Set<Int>()
        for index in lines.indices where isPhrase(lines[index]) {
            skip.formUnion(index...min(index + 3, lines.count - 1))
        }
        let last = lines.lastIndex(where: { !$0.isEmpty })
        for index in lines.indices where !skip.contains(index) && !lines[index].isEmpty && index != last {
            let line = lines[index]
            if line.hasSuffix(":"), index < first { continue }
            if isNotice(line) { continue }
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

    /// `“Text.”` → `Text.`
    private static func unquoted(_ line: String) -> String {
        guard let first = line.first, let last = line.last, "“\"«„".contains(first), "”\"»“".contains(last), line.count > 2
        else { return line }
        return LineBytes.trimmed(line.dropFirst().dropLast())
    }
}
