/// Whether a title, or a segment of one, is the name of the site that publishes the page.
///
/// Contract: names are compared by their `letters` (case, accents, spaces and punctuation
/// ignored) against the site's names the page states (`og:site_name`, the publisher, feed
/// titles…) and against its host name (`www.boingboing.net`: `boingboing`). Pure.
extension HTMLTitle {
    /// Whether the whole text is the site's name: one of `context.sites`, or at least three
    /// letters found in the host name (`Internet-Law` on www.internet-law.de).
    static func isSiteName(_ text: String, context: Context) -> Bool {
        let folded = letters(text)
        guard !folded.isEmpty else { return false }
        if context.sites.contains(folded) { return true }
        guard let host = context.host, folded.count >= 3 else { return false }
        return letters(host).contains(folded)
    }

    /// Whether a title segment names the site: it matches one of `sites` (either containing the
    /// other), or it is at most 4 words and its letters appear in the host name, or they start
    /// with the host's name (`BBC News` on bbc.co.uk), or one of its words is that name (of 4
    /// letters or more: `Kanzlei Viehbacher` on viehbacher.com), or its words spell it
    /// (`The New York Times` on nytimes.com, `Rhein-Neckar-Zeitung` on rnz.de: `spells`).
    static func namesSite(_ segment: String, sites: [String], host: String?) -> Bool {
        let folded = letters(segment)
        guard !folded.isEmpty else { return false }
        for site in sites where folded == site || (folded.count >= 4 && site.contains(folded))
            || (site.count >= 4 && folded.contains(site))
        {
            return true
        }
        let words = segment.split(separator: " ")
        guard let host, words.count <= 4 else { return false }
        let hostLetters = letters(host)
        let name = registrableName(host)
        if (folded.count >= 3 && hostLetters.contains(folded)) || (name.count >= 2 && folded.hasPrefix(name)) { return true }
        // Words as the host writes them: `Rhein-Neckar-Zeitung` is three (`rnz.de`).
        let parts = segment.split { $0 == " " || $0 == "-" }.map { letters(String($0)) }
        return (name.count >= 4 && parts.contains(name)) || spells(name, words: parts)
    }

    /// `www.boingboing.net` → `boingboing`; `dw.com` → `dw`; `www.bbc.co.uk` → `bbc` (a
    /// second-level label such as `co`, `com` or `gv` under a two-letter country is skipped).
    static func registrableName(_ host: String) -> String {
        let labels = host.lowercased().split(separator: ".")
        guard labels.count >= 2 else { return letters(host) }
        if labels.count >= 3, labels[labels.count - 1].count == 2, secondLevel.contains(String(labels[labels.count - 2])) {
            return letters(String(labels[labels.count - 3]))
        }
        return letters(String(labels[labels.count - 2]))
    }

    private static let secondLevel: Set<String> = [
        "co", "com", "org", "net", "gov", "gv", "ac", "edu", "ne", "or", "go", "gob", "nic", "ltd", "plc", "sch", "mil",
    ]

    /// Whether two to four words spell `name`, each by its initial or by all its letters, a
    /// leading article left out: `The New York Times` and `nytimes`, `Los Angeles Times` and
    /// `latimes`. `words` are already `letters`.
    static func spells(_ name: String, words: [String]) -> Bool {
        var words = words.filter { !$0.isEmpty }
        if words.count > 2, articles.contains(words[0]) { words.removeFirst() }
        guard (2...4).contains(words.count), name.count >= 3 else { return false }
        let target = Array(name.utf8)
        func match(_ word: Int, _ at: Int) -> Bool {
            guard word < words.count else { return at == target.count }
            let bytes = Array(words[word].utf8)
            guard at < target.count, bytes[0] == target[at] else { return false }
            if match(word + 1, at + 1) { return true }
            let end = at + bytes.count
            return bytes.count > 1 && end <= target.count && target[at..<end].elementsEqual(bytes) && match(word + 1, end)
        }
        return match(0, 0)
    }

    private static let articles: Set<String> = ["the", "le", "la", "les", "der", "die", "das", "el", "il", "de"]
}
