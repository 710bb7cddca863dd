import TextToolkit

/// A conversation with a chatbot copied as text: the user's turn (`You said:`, `Vous avez dit :`,
/// `Du hast gesagt:`…), a request, the article pasted, then the assistant's turn (`ChatGPT
/// said:`) with its summary and suggestions.
///
/// Contract: `article` returns nil unless the first non-empty line is a turn's label (at most
/// four words ending with `:`, holding a form of "said"). It returns the lines of the article:
/// after the request (the first paragraph under the label, when it is one line ending with
/// `?` or `:`, or a sentence of at most 30 words) up to the next turn's label. What the assistant
/// wrote is not the article's. Pure.
enum ChatTurns {
    static func article(_ lines: [String]) -> Range<Int>? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), isTurn(lines[first]) else { return nil }
        var start = first + 1
        while start < lines.count, lines[start].isEmpty { start += 1 }
        guard start < lines.count else { return nil }
        let request = lines[start]
        let isRequest = request.hasSuffix("?") || request.hasSuffix(":") || LineBytes.words(request).count <= 30
        if isRequest, start + 1 < lines.count, lines[start + 1].isEmpty { start += 1 }
        let end = lines[start...].firstIndex(where: isTurn) ?? lines.count
        return start < end ? start..<end : nil
    }

    private static func isTurn(_ line: String) -> Bool {
        guard line.utf8.last == 0x3A, line.utf8.count <= 40 else { return false }
        let words = LineBytes.words(line)
        guard words.count <= 4 else { return false }
        let folded = TextFolding.fold(line)
        return saidWords.contains { folded.hasSuffix($0) }
    }

    private static let saidWords = [
        "said:", "a dit :", "a dit:", "avez dit :", "as dit :", "gesagt:", "dicho:", "detto:", "disse:", "dijiste:",
    ]
}
