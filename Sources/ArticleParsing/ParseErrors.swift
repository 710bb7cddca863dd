import TextLayouts

/// The rejections the parser can produce, worded once so every caller and test agrees.
///
/// Contract: every reason says what is wrong with the file, every hint says what the person who
/// dropped it can do. Tests assert on these exact reason strings.
extension ArticleParseError {
    static let textHint =
        "save the article as UTF-8 text (title on the first or last line), Markdown or HTML and drop it again"

    static var empty: ArticleParseError {
        ArticleParseError(reason: "the file is empty", hint: textHint)
    }

    static var whitespaceOnly: ArticleParseError {
        ArticleParseError(reason: "the file contains only whitespace", hint: textHint)
    }

    static func binary(_ what: String) -> ArticleParseError {
        ArticleParseError(
            reason: "the file looks binary (\(what))",
            hint: "presswatch reads text articles only; \(textHint)")
    }

    static var invalidUTF16: ArticleParseError {
        ArticleParseError(
            reason: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
            hint: textHint)
    }

    static var noTitle: ArticleParseError {
        ArticleParseError(
            reason: "no line could be a title (every line is too long, has no letters or only states a date, an author or a source)",
            hint: "put the title on its own short line, first in the file or last after the "
                + "\"(Source : …)\" line, save as UTF-8 text and drop it again")
    }

    /// A title and nothing else (one word, a heading alone): not an article (`ArticleFields`).
    static var noBody: ArticleParseError {
        ArticleParseError(
            reason: "the file has a title but no body text (an article needs a title and at least one paragraph)",
            hint: "add the article's text below its title, save as UTF-8 text, Markdown or HTML and drop it again")
    }

    /// Front matter longer than `FrontMatter.maxBytes`: not read as YAML, and its YAML must not
    /// become the article's text either.
    static var frontMatterTooLong: ArticleParseError {
        ArticleParseError(
            reason: "the front matter (between the first two --- lines) is longer than \(FrontMatter.maxBytes / 1024) KiB",
            hint: "keep the front matter to the article's metadata (title, author, date, source), move the rest "
                + "below the closing --- line, and drop it again")
    }

    /// An HTML page whose start tags hold more attributes than libxml2 can check in bounded
    /// time (`HTMLCrowdedTags`): a generated or hostile page, never a saved article.
    static func crowdedTag(offset: Int, names: Int) -> ArticleParseError {
        ArticleParseError(
            reason: "the HTML page has start tags with too many attributes (\(names) in the tag at byte \(offset))",
            hint: "presswatch reads pages whose tags have at most a few thousand attributes; save the article again "
                + "from a browser (\"Save page as\" → \"Web page, complete\") or as text, and drop it again")
    }

    /// An HTML page with no title anywhere (`<title>`, `og:title`, JSON-LD, `<h1>`) and no body
    /// line that could be one: typically a page whose text a script fills in after loading.
    static var htmlNoTitle: ArticleParseError {
        ArticleParseError(
            reason: "the HTML page has no title and no article text (it may be filled in by JavaScript "
                + "after loading)",
            hint: "open the article in a browser and save it once it is displayed (\"Save page as\" → "
                + "\"Web page, complete\"), or copy its text into a UTF-8 text file, and drop it again")
    }
}
