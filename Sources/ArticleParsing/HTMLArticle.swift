import DateReading
import HTMLExtraction
import HTMLTree
import PageDates
import TextLayouts
import TextToolkit

/// Reads a saved HTML page into the same `TextLayout` the text layouts produce.
///
/// Contract: the bytes are decoded as `HTMLCharset` says and parsed by libxml2 (`HTMLDocument`).
/// The language is guessed from the extracted body when it has 30 words or more and the guesser
/// is confident (templates declare the site's language on pages written in another); else the
/// page's declaration (`<html lang>`, `content-language`, `og:locale`, `dc.language`, JSON-LD
/// `inLanguage`); else a guess from the title and whatever body there is. The title,
/// authors and date come from `HTMLTitle`, `HTMLAuthors` and `HTMLDates`; the site from
/// `og:site_name`, else the JSON-LD publisher, else `application-name`; the body from
/// `HTMLMainText`, less unrendered template text (`{{…}}`, on pages of a client-side template
/// framework: `ng-app`, `v-cloak`, `x-data`); the source from a wire dateline in the first
/// paragraph (`PARIS (AFP) -`). A word processor's document saved as a page (`WordDocuments`)
/// takes its day, source, authors and body from its paragraphs read as a clipping's text.
/// When the page has no title anywhere, the first body paragraph that can be a title is used;
/// throws `.htmlNoTitle` when there is none. Pure, no I/O.
struct HTMLArticle {
    var layout: TextLayout
    var language: String?

    /// - Parameters:
    ///   - decoded: the bytes are already UTF-8 text (ignore the page's charset declaration).
    ///   - guessLanguage: the guesser for pages that do not declare their language.
    static func read(
        _ bytes: [UInt8], decoded: Bool, guessLanguage: (String) -> String?
    ) throws(ArticleParseError) -> HTMLArticle {
        let page = decoded ? bytes : HTMLCharset.prepare(bytes)
        // Stop 28: a start tag of a million attributes would keep libxml2 busy for hours.
        if let crowded = HTMLCrowdedTags.first(in: page) { throw .crowdedTag(offset: crowded.offset, names: crowded.names) }
        // Issue 11: a DOCTYPE's internal subset is never page text (HTMLInternalSubset).
        let document = HTMLDocument(bytes: HTMLInternalSubset.blanked(page))
        let metadata = HTMLMetadata(document)
        let jsonLD = HTMLJSONLD(blocks: metadata.jsonLD, pageURL: metadata.canonicalURL ?? metadata.first("og:url"))
        // A relative canonical link (`href="/"`) names no host: the `og:url` may.
        let host = [metadata.canonicalURL, metadata.first("og:url")].lazy.compactMap { HTMLTitle.host(of: $0) }.first
        let site = [metadata.first("og:site_name"), jsonLD.publisher, metadata.first("application-name")]
            .compactMap { $0.map { TextFolding.trimmed($0) } }.first { !$0.isEmpty }
        let siteNames = [metadata.first("og:site_name"), jsonLD.publisher, metadata.first("application-name")]
            .compactMap { $0 }
        let title = HTMLTitle.choose(metadata: metadata, jsonLD: jsonLD, siteNames: siteNames, host: host)
        var (body, leading) = HTMLMainText(document).paragraphsAndLeading(title: title ?? HTMLTitle.titleSized(metadata.headings.first?.text))
        if body.contains(where: isUnrenderedTemplate), usesClientTemplates(page) {
            body.removeAll(where: isUnrenderedTemplate)
        }

        let declared = [
            metadata.language, metadata.first("content-language"), metadata.first("og:locale"),
            metadata.first("dc.language"), metadata.first("language"), jsonLD.language,
        ].lazy.compactMap { LanguageCode.twoLetter($0) }.first
        // Templates often declare the site's language on every page; a confident guess from a
        // body of some length wins over the declaration (`make eval`: the same answers on the
        // real pages from 12 words up; 30 leaves a margin).
        // The sample's words are counted paragraph by paragraph (the blank lines between them
        // hold no word, so the sum is the joined text's count), stopping at 30.
        let guessed = hasWords(30, in: body.prefix(20)) ? guessLanguage(body.prefix(20).joined(separator: "\n\n")) : nil
        let language = guessed ?? declared ?? guessLanguage(([title ?? ""] + body).joined(separator: "\n\n"))
        let dates = DateRecognizer(language: language)
        let article = mainArticle(document)
        // A scanned clipping's OCR saved as hOCR (`ocr-system`): its recognised lines read as a text clipping.
        if metadata.first("ocr-system") != nil, let scanned = OCRPages.text(of: String(decoding: page, as: UTF8.self)),
            let clipping = LayoutReader(dates: DateRecognizer(language: language == "en" ? nil : language, keepsTime: true)).read(scanned)
        {
            return HTMLArticle(layout: clipping, language: language)
        }

        guard let chosenTitle = title ?? body.first(where: LayoutReader.isTitleLike) else { throw .htmlNoTitle }
        if title == nil, let first = body.first, first == chosenTitle { body.removeFirst() }
        var layout = TextLayout(title: chosenTitle)
        layout.authors = HTMLAuthors.find(
            metadata: metadata, jsonLD: jsonLD, siteNames: siteNames, article: article, document: document)
        layout.published = HTMLDates.find(
            PageDateFacts(metadata: metadata, jsonLD: jsonLD), page: page, document: document, dates: dates,
            monthFirst: language == "en" && declaresUnitedStates(metadata))
        layout.site = site
        layout.body = body
        layout.source = body.first.flatMap { SourceLines.wireAgency(in: $0) }
        if layout.authors.isEmpty, let byline = plainByline(leading: leading, body: &layout.body, dates: dates) {
            layout.authors = byline.authors
            layout.source = layout.source ?? byline.agency
        }
        // A word processor's document saved as a page: its paragraphs read as a clipping's text.
        if WordDocuments.isWordProcessor(generator: metadata.first("generator")),
            let clipping = WordDocuments.read(page: String(decoding: page, as: UTF8.self), title: chosenTitle, dates: dates),
            !clipping.body.isEmpty
        {
            layout.published = clipping.published
            layout.source = clipping.source ?? layout.source
            if !clipping.authors.isEmpty { layout.authors = clipping.authors }
            layout.body = clipping.body
        }
        return HTMLArticle(layout: layout, language: language)
    }

    /// A byline set as a plain paragraph (`<p>By Jane Doe and John Roe</p>`), for a page whose
    /// metadata and byline elements name nobody: the first of the short runs dropped above the
    /// text (`leading`) that `Bylines` reads (a byline word first: `By`, `Par`, `Von`, …), else the
    /// first paragraph when it is one, of 80 characters at most and not ending like a sentence
    /// (then taken out of the body). The agency it names
    /// (`Par A (AFP)`) is returned apart. Nil when there is none.
    private static func plainByline(leading: [String], body: inout [String], dates: DateRecognizer)
        -> (authors: [String], agency: String?)?
    {
        for run in leading {
            if let read = Bylines.read(run, dates: dates, keepsAgencies: false), !read.authors.isEmpty {
                return (read.authors, read.agency)
            }
        }
        // The first paragraph only when it is short and no sentence (`By Tuesday, the toll had risen.`).
        guard body.count > 1, let first = body.first, TextFolding.hasAtMost(first, 80), !LayoutReader.endsLikeSentence(first),
            let read = Bylines.read(first, dates: dates, keepsAgencies: false), !read.authors.isEmpty
        else { return nil }
        body.removeFirst()
        return (read.authors, read.agency)
    }

    /// Whether the paragraphs hold at least `minimum` words (`WordCounting`), counting no
    /// further paragraph once they do.
    static func hasWords(_ minimum: Int, in paragraphs: ArraySlice<String>) -> Bool {
        var words = 0
        for paragraph in paragraphs {
            words += WordCounting.count(paragraph)
            if words >= minimum { return true }
        }
        return false
    }

    /// The `<article>` element holding the most text, or the `articleBody` microdata element.
    private static func mainArticle(_ document: HTMLDocument) -> Int? {
        var best: (index: Int, size: Int)?
        for index in 0..<document.count where document.tag(index) == .article {
            let size = Int(document.nodes[index].end) - index
            if best.map({ size > $0.size }) ?? true { best = (index, size) }
        }
        return best?.index
    }

    /// A paragraph still holding a client-side template expression (`{{page.title}}`): text a
    /// script was meant to replace, never the article's.
    static func isUnrenderedTemplate(_ paragraph: String) -> Bool {
        // Most paragraphs hold no `{{`: decided on the bytes, without Foundation's search.
        guard templateOpen.mayFind(in: paragraph), let open = paragraph.range(of: "{{") else { return false }
        return paragraph[open.upperBound...].contains("}}")
    }

    private static let templateOpen = FoundationSearchGuard("{{")

    /// Attributes of the client-side frameworks that render `{{…}}` templates (AngularJS,
    /// Vue, Alpine): only on such a page is `{{…}}` text left unrendered, elsewhere an article
    /// may quote template syntax.
    private static let frameworkMarkers = [" ng-app", " data-ng-app", " ng-controller", " ng-view", " v-cloak", " x-data"]
        .map { Array($0.utf8) }
    private static let frameworkSet = NeedleSet(frameworkMarkers, ignoringCase: true)

    static func usesClientTemplates(_ page: [UInt8]) -> Bool {
        page.withUnsafeBufferPointer { frameworkSet.occurs(in: $0) }
    }

    /// Whether the page declares a United States locale (`<html lang="en-US">`, `og:locale`
    /// `en_US`, `content-language`): it writes numeric dates month first.
    static func declaresUnitedStates(_ metadata: HTMLMetadata) -> Bool {
        [metadata.language, metadata.first("og:locale"), metadata.first("content-language")].contains { value in
            guard let value else { return false }
            let folded = value.lowercased()
            return folded.hasPrefix("en-us") || folded.hasPrefix("en_us")
        }
    }
}
