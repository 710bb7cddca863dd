import HTMLTree
import TextToolkit

/// Recognises page furniture by the names publishers give it in `class`, `id` and `role`.
///
/// Contract: `isBoilerplate` is true when a class or id token names comments, sharing, related
/// links, promotions, newsletters, cookie banners, footers, sidebars, navigation, bylines, ads
/// and the like, or the role is navigation/complementary/contentinfo/banner/search/menu. Weak
/// names (`header`, `meta`, `widget`, …) do not count when a token also says the element holds
/// the article (`article`, `content`, `body`, `entry`, `story`, `main`, `text`). Ad tokens are
/// matched as whole words (`ad`, `ads`, `ad-slot`, `top-ad`), so `lead-text` or `header` do not
/// look like ads. ASCII-only matching on the raw attribute bytes; never fails. One value per
/// page: it remembers each distinct token's verdict (pages repeat their class names), which
/// changes no answer.
struct HTMLBoilerplate {
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
    private static let strongSet = NeedleSet(strong, ignoringCase: false)
    private static let weakSet = NeedleSet(weak, ignoringCase: false)
    private static let positiveSet = NeedleSet(positive, ignoringCase: false)
    private static let adTokens: [[UInt8]] = ["ad", "ads", "advertisement", "adv", "werbung", "pub", "publicite"].map { Array($0.utf8) }
    private static let roles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog", "alert"]

    /// What one token names, as bits; see `Hit`.
    private var verdicts = ByteKeyTable(capacity: 256)

    /// Bits of a token's verdict.
    private enum Hit {
        static let strong: Int32 = 1
        static let weak: Int32 = 2
        static let positive: Int32 = 4
    }

    mutating func isBoilerplate(_ document: HTMLDocument, _ index: Int) -> Bool {
        if let role = document.lowercased(.role, of: index), Self.roles.contains(role) { return true }
        // A strong or ad token anywhere decides; else weak names count unless a token is positive.
        let hits = hits(in: document.attributeBytes(.class, of: index))
            | hits(in: document.attributeBytes(.id, of: index))
        if hits & Hit.strong != 0 { return true }
        return hits & Hit.weak != 0 && hits & Hit.positive == 0
    }

    /// The union of the verdicts of the value's tokens (split at space, tab and newline).
    private mutating func hits(in value: ArraySlice<UInt8>?) -> Int32 {
        guard let value, !value.isEmpty else { return 0 }
        return value.withUnsafeBufferPointer { bytes in
            var hits: Int32 = 0
            var position = 0
            while position < bytes.count {
                let start = position
                while position < bytes.count, !Self.isSeparator(bytes[position]) { position += 1 }
                if position > start {
                    let token = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    if let known = verdicts.id(of: token) {
                        hits |= known
                    } else {
                        let verdict = Self.verdict(token)
                        verdicts.insert(token, id: verdict)
                        hits |= verdict
                    }
                }
                position += 1
            }
            return hits
        }
    }

    /// The `Hit` bits of one token, matched in lower case (ASCII).
    private static func verdict(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        let lower = token.map(ASCII.lowercased)
        return lower.withUnsafeBufferPointer { lower in
            if isAdToken(lower) || strongSet.occurs(in: lower) { return Hit.strong }
            return (weakSet.occurs(in: lower) ? Hit.weak : 0) | (positiveSet.occurs(in: lower) ? Hit.positive : 0)
        }
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    /// `ad`, `ads`, `ad-slot`, `top-ad`, `ad_unit`, `google-ads`: ad as a whole word of the token.
    private static func isAdToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
