/// Recognises page furniture by the names publishers give it in `class`, `id` and `role`.
///
/// Contract: `isBoilerplate` is true when a class or id token names comments, sharing, related
/// links, promotions, newsletters, cookie banners, footers, sidebars, navigation, bylines, ads
/// and the like, or the role is navigation/complementary/contentinfo/banner/search/menu. Weak
/// names (`header`, `meta`, `widget`, …) do not count when a token also says the element holds
/// the article (`article`, `content`, `body`, `entry`, `story`, `main`, `text`). Ad tokens are
/// matched as whole words (`ad`, `ads`, `ad-slot`, `top-ad`), so `lead-text` or `header` do not
/// look like ads. Pure, ASCII-only matching on the raw attribute bytes; never fails.
enum HTMLBoilerplate {
    private static let strong: [[UInt8]] = [
        "comment", "disqus", "respond", "reply", "replies", "share", "sharing", "social", "related",
        "recommend", "promo", "newsletter", "subscribe", "signup", "cookie", "consent", "gdpr",
        "footer", "sidebar", "sidebox", "breadcrumb", "pagination", "pager", "outbrain", "taboola",
        "advert", "sponsor", "banner", "popup", "modal", "toolbar", "skip-link", "byline", "author",
        "masthead", "navbar", "menu", "more-stories", "read-more", "readmore", "tags", "tag-list",
        "caption", "credit", "print-only", "visually-hidden", "sr-only", "screen-reader",
    ].map { Array($0.utf8) }
    private static let weak: [[UInt8]] = [
        "header", "meta", "widget", "nav", "extra", "teaser", "aside", "rail", "hidden", "topbar",
        "supplement", "infobox", "share", "links", "login", "search", "community",
    ].map { Array($0.utf8) }
    private static let positive: [[UInt8]] = [
        "article", "content", "body", "entry", "story", "main", "text", "post",
    ].map { Array($0.utf8) }
    private static let adTokens: [[UInt8]] = ["ad", "ads", "advertisement", "adv", "werbung", "pub", "publicite"].map { Array($0.utf8) }
    private static let roles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog", "alert"]

    static func isBoilerplate(_ document: HTMLDocument, _ index: Int) -> Bool {
        if let role = document.lowercased(.role, of: index), roles.contains(role) { return true }
        var weakHit = false
        var positiveHit = false
        var lower: [UInt8] = []
        for name in [HTMLAttribute.class, .id] {
            guard let bytes = document.attributeBytes(name, of: index) else { continue }
            var position = bytes.startIndex
            while position < bytes.endIndex {
                // One token: up to the next space, tab or newline, lowercased (ASCII).
                lower.removeAll(keepingCapacity: true)
                while position < bytes.endIndex, !isSeparator(bytes[position]) {
                    let byte = bytes[position]
                    lower.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                    position += 1
                }
                position += 1
                guard !lower.isEmpty else { continue }
                if isAdToken(lower) { return true }
                if strong.contains(where: { contains(lower, $0) }) { return true }
                if !weakHit, weak.contains(where: { contains(lower, $0) }) { weakHit = true }
                if !positiveHit, positive.contains(where: { contains(lower, $0) }) { positiveHit = true }
            }
        }
        return weakHit && !positiveHit
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    /// `ad`, `ads`, `ad-slot`, `top-ad`, `ad_unit`, `google-ads`: ad as a whole word of the token.
    private static func isAdToken(_ token: [UInt8]) -> Bool {
        var start = 0
        while start <= token.count {
            var end = start
            while end < token.count, token[end] != 0x2D, token[end] != 0x5F { end += 1 }
            if end > start, adTokens.contains(where: { $0.count == end - start && token[start..<end].elementsEqual($0) }) {
                return true
            }
            start = end + 1
        }
        return false
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }
}
