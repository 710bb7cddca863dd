/// The element names the HTML extractor tells apart; every other element is `.other`.
/// `.document` is the tree's root and `.text` a text node. Raw values are lowercase tag names.
public enum HTMLTag: String, CaseIterable, Sendable {
    case document = "#document", text = "#text", other = "#other"
    case html, head, title, meta, link, script, style, noscript, template, body
    case article, main, section, div, p, span, a, br, hr, img
    case h1, h2, h3, h4, h5, h6
    case nav, aside, footer, header, form, figure, figcaption, address
    case time, ul, ol, li, dl, dt, dd, table, tr, td, th, blockquote, pre, code
    case iframe, svg, button, select, option, input, textarea, label, object, embed, canvas
    case em, strong, b, i, u, small, sup, sub, abbr, cite, q, mark, font, center

    /// Elements whose content is never article text. (`form` is not one: ASP.NET pages wrap the
    /// whole body in one; `HTMLMainText` decides by how much of the page a form holds.)
    @inlinable public var isNeverText: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .iframe, .svg, .button, .select, .option,
            .input, .textarea, .object, .embed, .canvas, .title, .meta, .link:
            return true
        default:
            return false
        }
    }

    /// Page furniture a reader skips: navigation, sidebars, footers, page headers, captions.
    @inlinable public var isBoilerplate: Bool {
        switch self {
        case .nav, .aside, .footer, .figcaption, .figure, .address: return true
        default: return false
        }
    }

    /// Elements that start a new line of text (everything else is inline).
    @inlinable public var isBlock: Bool {
        switch self {
        case .p, .div, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol, .dl, .dt, .dd, .tr,
            .table, .section, .article, .main, .header, .footer, .blockquote, .figure, .figcaption,
            .pre, .aside, .nav, .address, .td, .th, .center, .form:
            return true
        default:
            return false
        }
    }

    @inlinable public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}

/// The attributes the HTML extractor reads; `HTMLDocument` keeps no others.
public enum HTMLAttribute: String, CaseIterable, Sendable {
    case id, `class`, name, property, content, itemprop, itemtype, itemscope, lang, datetime
    case type, rel, href, charset, role
    case httpEquiv = "http-equiv"
    case xmlLang = "xml:lang"
    case pubdate, title
    case dataUtime = "data-utime"

    /// This attribute's bit in `HTMLDocument.Node.attributeMask`.
    @inlinable public var bit: UInt32 {
        switch self {
        case .id: 1 << 0
        case .class: 1 << 1
        case .name: 1 << 2
        case .property: 1 << 3
        case .content: 1 << 4
        case .itemprop: 1 << 5
        case .itemtype: 1 << 6
        case .itemscope: 1 << 7
        case .lang: 1 << 8
        case .datetime: 1 << 9
        case .type: 1 << 10
        case .rel: 1 << 11
        case .href: 1 << 12
        case .charset: 1 << 13
        case .role: 1 << 14
        case .httpEquiv: 1 << 15
        case .xmlLang: 1 << 16
        case .pubdate: 1 << 17
        case .title: 1 << 18
        case .dataUtime: 1 << 19
        }
    }
}

/// schema.org's article types, lowercased (`NewsArticle` → `newsarticle`): a JSON-LD object
/// (`HTMLJSONLD`) or a microdata item (`HTMLArticleDate`) of one of these types is an article.
package enum SchemaOrgTypes {
    package static let articles: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
        "liveblogposting", "scholarlyarticle", "techarticle", "report", "posting",
    ]
}
