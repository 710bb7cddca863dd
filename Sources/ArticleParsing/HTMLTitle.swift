/// Picks a page's headline and removes the site name publishers append to it.
///
/// Contract: candidates in order are the JSON-LD article `headline`, `og:title`, `twitter:title`,
/// the first `<h1>`, microdata `headline` and `<title>`; a candidate that is empty, cut short
/// (ends with `...` or `…`) or just the site's name is skipped (the site's name is used only
/// when nothing else is there). A trailing (or leading) segment after ` | `, ` - `, ` – `, ` — `,
/// ` · `, ` :: ` or ` » ` is removed when it names the site: it matches `og:site_name` or the
/// publisher (ignoring case, accents, spaces and punctuation, either containing the other), or
/// it is short (at most 4 words) and its letters appear in the page's host name, or vice versa
/// (`DW.COM`, `Boing Boing` on boingboing.net). A segment is never removed if nothing would be
/// left. When the first `<h1>` is the chosen title behind a kicker and a colon
/// (`Nutzerbasierte Abrechnung: Musik-Stars fordern …`), the `<h1>` is the title: the headline
/// as the page shows it. Pure; returns nil only when the page has no title candidate at all.
enum HTMLTitle {
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " || ", " ~ "]
    /// Per separator: whether a title may hold it (Foundation is asked only then).
    private static let guards = separators.map(FoundationSearchGuard.init)

    static func choose(
        metadata: HTMLMetadata, jsonLD: HTMLJSONLD, siteNames: [String], host: String?
    ) -> String? {
        let candidates: [String?] = [
            jsonLD.isArticle ? jsonLD.headline : nil, metadata.first("og:title"),
            metadata.first("twitter:title"), metadata.headings.first?.text,
            metadata.microdata["headline"]?.first?.value, metadata.title,
            jsonLD.isArticle ? nil : jsonLD.headline,
        ]
        let sites = siteNames.map(letters).filter { !$0.isEmpty }
        var fallback: String?
        for case let candidate? in candidates {
            let title = stripped(TextFolding.trimmed(candidate), sites: sites, host: host)
            // Feeds and JSON-LD often cut long headlines short (`…`, `...`): not the title.
            guard title.contains(where: \.isLetter), !title.hasSuffix("..."), !title.hasSuffix("…") else { continue }
            if sites.contains(letters(title)) {
                fallback = fallback ?? title
                continue
            }
            return withKicker(title, heading: metadata.headings.first?.text, sites: sites, host: host)
        }
        return fallback
    }

    /// The page's `<h1>` when it is `title` behind a kicker (`Nutzerbasierte Abrechnung: ` +
    /// the JSON-LD headline): the headline as the page shows it. Else `title`.
    static func withKicker(_ title: String, heading: String?, sites: [String], host: String?) -> String {
        guard let heading, heading.utf8.count > title.utf8.count + 2, heading.utf8.count <= title.utf8.count + 80
        else { return title }
        let shown = stripped(TextFolding.trimmed(heading), sites: sites, host: host)
        guard shown.hasSuffix(title), let colon = shown.dropLast(title.count).lastIndex(of: ":"),
            shown[shown.index(after: colon)..<shown.index(shown.endIndex, offsetBy: -title.count)]
                .allSatisfy(\.isWhitespace),
            shown[..<colon].contains(where: \.isLetter)
        else { return title }
        return shown
    }

    /// The title without a site-name segment at its end or start (at most two removed).
    static func stripped(_ title: String, sites: [String], host: String?) -> String {
        var text = title
        for _ in 0..<2 {
            guard let (rest, segment) = lastSegment(of: text), namesSite(segment, sites: sites, host: host) else { break }
            text = rest
        }
        if let (segment, rest) = firstSegment(of: text), namesSite(segment, sites: sites, host: host) {
            text = rest
        }
        return text
    }

    private static func lastSegment(of title: String) -> (rest: String, segment: String)? {
        var best: Range<String.Index>?
        for (separator, guarded) in zip(separators, guards) where guarded.mayFind(in: title) {
            if let range = title.range(of: separator, options: .backwards), range.lowerBound > title.startIndex,
                best.map({ range.lowerBound > $0.lowerBound }) ?? true
            {
                best = range
            }
        }
        guard let best else { return nil }
        let rest = TextFolding.trimmed(title[..<best.lowerBound])
        let segment = TextFolding.trimmed(title[best.upperBound...])
        return rest.isEmpty || segment.isEmpty ? nil : (rest, segment)
    }

    private static func firstSegment(of title: String) -> (segment: String, rest: String)? {
        var best: Range<String.Index>?
        for (separator, guarded) in zip(separators, guards) where guarded.mayFind(in: title) {
            if let range = title.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let best else { return nil }
        let segment = TextFolding.trimmed(title[..<best.lowerBound])
        let rest = TextFolding.trimmed(title[best.upperBound...])
        return rest.isEmpty || segment.isEmpty ? nil : (segment, rest)
    }

    private static func namesSite(_ segment: String, sites: [String], host: String?) -> Bool {
        let folded = letters(segment)
        guard !folded.isEmpty else { return false }
        for site in sites where folded == site || (folded.count >= 4 && site.contains(folded))
            || (site.count >= 4 && folded.contains(site))
        {
            return true
        }
        guard let host, segment.split(separator: " ").count <= 4 else { return false }
        let hostLetters = letters(host)
        let name = registrableName(host)
        return (folded.count >= 3 && hostLetters.contains(folded)) || (name.count >= 2 && folded.hasPrefix(name))
    }

    /// `www.boingboing.net` → `boingboing`; `dw.com` → `dw`.
    private static func registrableName(_ host: String) -> String {
        let labels = host.lowercased().split(separator: ".")
        guard labels.count >= 2 else { return letters(host) }
        return letters(String(labels[labels.count - 2]))
    }

    /// Lowercased letters and digits only, accents removed.
    static func letters(_ text: String) -> String {
        String(TextFolding.fold(text).filter { $0.isLetter || $0.isNumber })
    }

    /// The host of an absolute URL (`https://www.dw.com/en/…` → `www.dw.com`), or nil.
    static func host(of url: String?) -> String? {
        guard let url, let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }
}
