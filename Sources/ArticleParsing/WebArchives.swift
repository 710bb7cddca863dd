import TextLayouts
import TextToolkit

/// A web page saved as one MHTML file (RFC 2557: Chrome's and Edge's "Webpage, single file",
/// Internet Explorer's and Word's `.mht`, a browser extension's archive): a MIME message of type
/// `multipart/related` whose first `text/html` part is the page, the other parts its pictures
/// and style sheets, everything encoded for mail (quoted-printable or base64).
///
/// Contract: `page(in:)` returns the page's HTML, decoded from its transfer encoding, when the
/// bytes open (after a UTF-8 BOM) with a mail header line whose header block, within its first
/// 64 KiB, declares `Content-Type: multipart/related` with a boundary, and a part under that
/// boundary is `text/html` (or `application/xhtml+xml`) with a body; nil for every other file
/// (a mail, a clipping, a page saved as plain HTML). The part's charset, when its header names
/// one, is returned beside the bytes (lowercased); the HTML's own `<meta charset>` is left to
/// `HTMLCharset`. Header lines may end in CR LF and be folded. A part cut short (no closing
/// boundary) runs to the end of the file. The root part (the first) stating no type has the one
/// the archive's `type` parameter names (RFC 2387); a nested `multipart/…` part with its own
/// boundary is searched for the page too, 4 levels deep. Pure; linear in the file's size.
enum WebArchive {
    struct Page {
        var html: [UInt8]
        /// The charset the part's `Content-Type` names, lowercased; nil when it names none.
        var charset: String?
        /// The part's `Content-Location` is the address the archive says it saved
        /// (`Snapshot-Content-Location:`, or the message's own `Content-Location:`): the page itself.
        var isSnapshot = false
    }

    /// The pages found so far: `limit` at most besides the saved address's page, always kept.
    private struct Collected {
        var pages: [Page] = []
        let limit: Int
        let snapshot: String?
        private var others = 0

        init(limit: Int, snapshot: String?) {
            self.limit = limit
            self.snapshot = snapshot
        }

        /// No part left to look at: `limit` pages found, and the saved address's page too when the archive names one.
        var isDone: Bool { others >= limit && (snapshot == nil || pages.contains(where: \.isSnapshot)) }

        mutating func add(_ page: Page) {
            guard page.isSnapshot || others < limit else { return }
            if !page.isSnapshot { others += 1 }
            pages.append(page)
        }
    }

    /// The archive's pages: its `text/html` parts in order (a frameset, a consent form or an
    /// advert's frame may come before the article's page), `limit` at most besides the page of the
    /// address the archive says it saved (`isSnapshot`), which is always among them when present;
    /// empty when the bytes are no archive or hold no page.
    static func pages(in bytes: [UInt8], limit: Int) -> [Page] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // The cheap gate: a header name (letters, digits, `-`) and a colon open the file.
        guard start < bytes.count, ASCII.isLetter(bytes[start]) else { return [] }
        var cursor = start
        while cursor < bytes.count, cursor - start < 80, ASCII.isLetter(bytes[cursor]) || ASCII.isDigit(bytes[cursor]) || bytes[cursor] == 0x2D {
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == 0x3A else { return [] }
        let lines = MIMEParts.Lines(bytes: bytes)
        guard let (header, bodyStart) = lines.headerBlock(from: start, limit: 65_536),
            let type = header.first(where: { $0.name == "content-type" })?.value,
            type.lowercased().hasPrefix("multipart/related"), MIMEParts.parameter("boundary", in: type)?.isEmpty == false
        else { return [] }
        // RFC 2387: the `type` parameter names the root part's type, the first part's when it states none.
        let saved = header.first(where: { $0.name == "snapshot-content-location" })?.value
            ?? header.first(where: { $0.name == "content-location" })?.value
        var found = Collected(limit: limit, snapshot: saved)
        htmlParts(lines, header: header, rootType: MIMEParts.parameter("type", in: type)?.lowercased(), in: bodyStart..<bytes.count, into: &found)
        return found.pages
    }

    /// The first page of `pages(in:limit:)`: the archive's first `text/html` part; nil when none.
    static func page(in bytes: [UInt8]) -> Page? {
        pages(in: bytes, limit: 1).first
    }

    /// The `text/html` parts of the multipart body `header` declares within `range`, in order, up to `limit` in all,
    /// looked for in the parts of a nested multipart part too (a `multipart/alternative` of a plain text and the page,
    /// as Word and Outlook save it), 4 levels at most (`MIMEParts.Lines.forEachLeaf`). A blank HTML part (a part cut
    /// before its body) ends the walk.
    private static func htmlParts(
        _ lines: MIMEParts.Lines, header: [MIMEParts.Field], rootType: String?, in range: Range<Int>, into found: inout Collected
    ) {
        lines.forEachLeaf(of: header, in: range, descends: { type, depth in depth == 0 || (depth <= 4 && type.hasPrefix("multipart/")) }) { leaf in
            let partType = leaf.header.first(where: { $0.name == "content-type" })?.value.lowercased()
                ?? (leaf.depth == 0 && leaf.index == 0 ? rootType ?? "text/plain" : "text/plain")
            guard partType.hasPrefix("text/html") || partType.hasPrefix("application/xhtml+xml") else { return true }
            let body = Array(lines.bytes[leaf.body])
            let encoding = leaf.transferEncoding
            let html: [UInt8] =
                encoding.hasPrefix("quoted-printable") ? QuotedPrintable.decoded(bytes: body)
                : encoding.hasPrefix("base64") ? Base64.decoded(bytes: body) : body
            guard html.contains(where: { $0 > 0x20 }) else { return false }
            let location = leaf.header.first(where: { $0.name == "content-location" })?.value
            found.add(Page(html: html, charset: MIMEParts.parameter("charset", in: partType),
                           isSnapshot: found.snapshot != nil && location == found.snapshot))
            return !found.isDone
        }
    }
}
