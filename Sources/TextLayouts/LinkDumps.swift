import TextToolkit

/// A page dumped as text by a terminal browser (`lynx -dump`, `links -dump`): each link's text
/// after its number in brackets (`[2]Reuters`), the first lines a bar of links (`[1]Skip to
/// main content [2]Reuters`, `[3]World [4]Sport`), and at the end the list of the links'
/// addresses (`References`, `Visible links`, `1. https://…`).
///
/// Contract: `cleaned` returns the lines unchanged unless the file is such a dump: its first
/// non-empty line is a bar of links (only `[n]text` items, the first numbered `[1]`), or it ends
/// with a references list (a `References` line, in lynx's en, fr, de, es, it or pt wording,
/// followed within three lines by `Visible links` or `1. ` and an address). Then the references
/// list is dropped, the bars of links at the top are dropped (the site's name, the first
/// item after a skip link or the first item that is no home or skip link, of at most six words,
/// on the first bar or the one under a bar of skip links only, is put in their place as `Site: name`), and every `[n]` before a link's text is removed. The
/// line count may shrink. Pure; never fails.
enum LinkDumps {
    static func cleaned(_ lines: [String]) -> [String] {
        let first = lines.firstIndex { !LineBytes.trimmed($0).isEmpty }
        let references = referencesStart(lines)
        let barAtTop = first.map { items(LineBytes.trimmed(lines[$0]))?.first?.number == 1 } ?? false
        guard barAtTop || references != nil, let first else { return lines }
        var end = references ?? lines.count
        while end > first, LineBytes.trimmed(lines[end - 1]).isEmpty { end -= 1 }
        var start = first
        var site: String?
        var skipsOnly = true  // every bar so far held skip links only (`[1]Skip to content` on its own line)
        while start < end, let bar = items(LineBytes.trimmed(lines[start])) {
            if site == nil, skipsOnly { site = siteName(bar) }
            skipsOnly = skipsOnly && bar.allSatisfy { isSkipLink($0.text) }
            start += 1
        }
        var cleaned = site.map { ["Site: \($0)"] } ?? []
        cleaned += lines[start..<end].map(withoutMarkers)
        return cleaned
    }

    /// The links of a line made of `[n]text` items only, or nil; nil too past 500 items (no
    /// site's bar holds as many: a line of a million took 2.4 s to read).
    static func items(_ line: String) -> [(number: Int, text: String)]? {
        guard line.hasPrefix("["), LineBytes.contains(line, 0x5D) else { return nil }
        var found: [(number: Int, text: String)] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            guard found.count < 500 else { return nil }
            guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                let number = Int(rest[rest.index(after: rest.startIndex)..<close])
            else { return nil }
            rest = rest[rest.index(after: close)...]
            let next = rest.firstRange(of: " [")?.lowerBound ?? rest.endIndex
            let text = LineBytes.trimmed(rest[..<next])
            guard !text.isEmpty else { return nil }
            found.append((number, text))
            rest = next == rest.endIndex ? rest[next...] : rest[rest.index(after: next)...]
        }
        return found.isEmpty ? nil : found
    }

    /// The site's name on the first bar: the item after a skip link, or the first one when there
    /// is none, unless it is a home link; nil otherwise.
    private static func siteName(_ bar: [(number: Int, text: String)]) -> String? {
        guard let skip = bar.firstIndex(where: { !isSkipLink($0.text) }) else { return nil }
        let name = bar[skip].text
        guard !homeWords.contains(TextFolding.fold(name)), LineBytes.words(name).count <= 6 else { return nil }
        return name
    }

    private static func isSkipLink(_ text: String) -> Bool {
        let folded = TextFolding.fold(text)
        return skipLinks.contains { folded.hasPrefix($0) }
    }

    /// How a skip link opens (folded).
    private static let skipLinks = [
        "skip to", "jump to", "zum inhalt", "direkt zum", "springe zum", "aller au contenu", "passer au contenu",
        "aller directement", "saltar al contenido", "ir al contenido", "vai al contenuto", "salta al contenuto",
        "saltar para o conteudo", "ir para o conteudo", "pular para o conteudo",
    ]

    /// A home link's text (folded): no site's name.
    private static let homeWords: Set<String> = [
        "home", "homepage", "home page", "start", "startseite", "accueil", "page d'accueil", "portada", "inicio",
        "pagina principal", "pagina iniziale", "inicio", "pagina inicial", "menu", "search", "suche", "recherche",
        "buscar", "cerca", "pesquisar", "login", "log in", "sign in", "subscribe",
    ]

    /// The index of the references list's heading line, or nil.
    private static func referencesStart(_ lines: [String]) -> Int? {
        for index in lines.indices.reversed() {
            // A heading is one short word: longer lines, and empty ones, are passed over untrimmed.
            guard lines[index].utf8.count <= 24, !lines[index].isEmpty else { continue }
            let line = LineBytes.trimmed(lines[index])
            guard line.count <= 12, headings.contains(TextFolding.fold(line)) else { continue }
            let next = lines[(index + 1)...].lazy.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.prefix(3)
            if next.contains(where: { visibleLinks.contains(TextFolding.fold($0)) || $0.hasPrefix("1. ") && ExportLines.isAddress(String($0.dropFirst(3))) }) {
                return index
            }
        }
        return nil
    }

    private static let headings: Set<String> = ["references", "references", "verweise", "referencias", "riferimenti", "referencias"]
    private static let visibleLinks: Set<String> = [
        "visible links", "liens visibles", "sichtbare links", "sichtbare verweise", "enlaces visibles", "link visibili",
        "ligacoes visiveis", "links visiveis",
    ]

    /// The line without the `[n]` that opens each link's text (`Por [6]Cal Mankowski`). A marker
    /// holds only what `Int` reads (ASCII digits, a sign), so each `[` reads no further than the
    /// first other Character: a line of a million `[` costs its length, not its square.
    private static func withoutMarkers(_ line: String) -> String {
        guard LineBytes.contains(line, 0x5B) else { return line }
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            // A marker's first Character is a digit or a sign, so its first byte is (most `[` stop here).
            let lead = after.utf8.first ?? 0
            let number = lead &- 0x30 < 10 || lead == 0x2B || lead == 0x2D
                ? after.prefix { $0.isASCII && ($0.isWholeNumber || $0 == "+" || $0 == "-") } : after[..<after.startIndex]
            if !number.isEmpty, number.endIndex < after.endIndex, after[number.endIndex] == "]", Int(number) != nil {
                rest = after[after.index(after: number.endIndex)...]
            } else {
                result.append("[")
                rest = after
            }
        }
        return result + rest
    }
}
