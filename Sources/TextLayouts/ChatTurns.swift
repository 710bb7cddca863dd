import TextToolkit

/// A conversation with a chatbot copied as text: the user's turn (`You said:`, `Vous avez dit :`,
/// `Du hast gesagt:`…), a request, the article pasted, then the assistant's turn (`ChatGPT
/// said:`) with its summary and suggestions.
///
/// Contract: `article` returns nil unless the first non-empty line is the user's turn (`You
/// said:` in one of six languages). It returns the lines of the article: after the request
/// (the first paragraph under the label, when it is one line ending with `?` or `:`) up to the
/// assistant's turn (a line `<assistant> said:` naming a known assistant: ChatGPT, Claude,
/// Gemini, Copilot, Mistral, Le Chat, Perplexity). What the assistant wrote is not the
/// article's; a quote's `The mayor said:` is no turn. Pure.
enum ChatTurns {
    static func article(_ lines: [String]) -> Range<Int>? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), isUserTurn(lines[first]) else { return nil }
        var start = first + 1
        while start < lines.count, lines[start].isEmpty { start += 1 }
        guard start < lines.count else { return nil }
        let request = lines[start]
        let isRequest = request.hasSuffix("?") || request.hasSuffix(":")
        if isRequest, start + 1 < lines.count, lines[start + 1].isEmpty { start += 1 }
        let end = lines[start...].firstIndex(where: isAssistantTurn) ?? lines.count
        return start < end ? start..<end : nil
    }

    private static func isUserTurn(_ line: String) -> Bool {
        guard line.utf8.last == 0x3A, line.utf8.count <= 24 else { return false }
        return userTurns.contains(TextFolding.fold(line).replacingOccurrences(of: " :", with: ":"))
    }

    private static func isAssistantTurn(_ line: String) -> Bool {
        guard line.utf8.last == 0x3A, line.utf8.count <= 40 else { return false }
        let folded = TextFolding.fold(line).replacingOccurrences(of: " :", with: ":")
        guard saidWords.contains(where: { folded.hasSuffix($0) }) else { return false }
        let words = LineBytes.words(folded).map { $0.replacingOccurrences(of: ":", with: "") }
        return words.contains(where: assistants.contains)
    }

    private static let userTurns: Set<String> = [
        "you said:", "vous avez dit:", "tu as dit:", "du hast gesagt:", "has dicho:", "hai detto:", "voce disse:", "tu disseste:",
    ]
    private static let saidWords = ["said:", "a dit:", "hat gesagt:", "ha dicho:", "ha detto:", "disse:"]
    private static let assistants: Set<String> = ["chatgpt", "claude", "gemini", "copilot", "mistral", "chat", "perplexity"]
}
