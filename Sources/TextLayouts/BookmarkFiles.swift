import HTMLTree
import TextToolkit

/// A bookmarks file in the Netscape format (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`, what browsers,
/// linkding, Pinboard and Raindrop export): each `<DT><A HREF=…>Title</A>` a bookmark, the
/// `<DD>` under it the note its owner pasted (here the article).
///
/// Contract: `plain` takes a text opening with that doctype and returns the bookmark whose note is
/// the longest as a text: its title on the first line, a blank line, the note (character
/// references decoded, `<br>` a line break, other tags dropped); nil for any other text, or when
/// no bookmark has a note. `tabTitle` splits a title at its last ` - ` or ` | ` (`Title -
/// Reuters`). At most 4 MiB and 10,000 bookmarks are read; linear time (each byte looked at a bounded number of
/// times, the next `<DT>` kept between notes). Pure.
enum BookmarkFiles {
    static func plain(_ text: String) -> String? {
        guard LineBytes.leadingByte(text) == 0x3C,
            TextFolding.fold(LineBytes.trimmed(text.prefix(64))).hasPrefix("<!doctype netscape-bookmark-file")
        else { return nil }
        let bytes = Array(text.utf8.prefix(4 * 1024 * 1024))
        var best: (title: String, note: String)?
        var index = 0
        var count = 0
        // The next `<DT>` at or after the note being read, kept between bookmarks: looked for again only once passed
        // (a file of notes closed by `</DL>` and no `<DT>` searched the rest of the file at each note: quadratic).
        var nextItem: Int?
        while count < 10_000, let anchor = find(anchorOpen, in: bytes, from: index) {
            count += 1
            guard let open = bytes[anchor...].firstIndex(of: 0x3E), let close = find(anchorEnd, in: bytes, from: open) else { break }
            let title = decoded(bytes[(open + 1)..<close])
            index = close + 4
            // The note: a `<DD>` right after the anchor, up to the next `<DT>` or the list's end.
            var start = index
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 { start += 1 }
            guard ByteSearch.matchesIgnoringCase(note, in: bytes, at: start) else { continue }
            if nextItem.map({ $0 < start }) ?? true { nextItem = find(item, in: bytes, from: start) ?? bytes.count }
            let itemStart = nextItem ?? bytes.count
            let end = find(listEnd, in: bytes, from: start, before: itemStart) ?? itemStart
            let note = decoded(bytes[(start + 4)..<end])
            if !title.isEmpty, note.utf8.count > (best?.note.utf8.count ?? 0) { best = (title, note) }
            index = end
        }
        guard let best else { return nil }
        return best.title + "\n\n" + best.note
    }

    /// A tab's title split at its last ` - ` or ` | `, whichever stands last (`Title | Blog -
    /// Reuters`), or nil without one.
    static func tabTitle(_ title: String) -> (title: String, site: String)? {
        guard let bar = [" | ", " - "].compactMap({ title.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        return (LineBytes.trimmed(title[..<bar.lowerBound]), LineBytes.trimmed(title[bar.upperBound...]))
    }

    /// The first offset of `needle` (lowercase ASCII) at or after `start` and ending by `limit`
    /// (the end of `bytes` when nil), in any ASCII case (`ByteSearch`'s rule).
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let end = min(limit ?? bytes.count, bytes.count)
        guard start < end else { return nil }
        return ByteSearch.firstIndexIgnoringCase(of: needle, in: bytes[start..<end])
    }

    private static let anchorOpen = Array("<a ".utf8), anchorEnd = Array("</a>".utf8), note = Array("<dd>".utf8)
    private static let item = Array("<dt>".utf8), listEnd = Array("</dl>".utf8)

    /// Markup's text: `<br>` a line break, other tags dropped, references decoded, lines trimmed.
    private static func decoded(_ bytes: ArraySlice<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == 0x3C, let close = bytes[index...].prefix(200).firstIndex(of: 0x3E) else {
                text.append(bytes[index])
                index += 1
                continue
            }
            let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self).lowercased()
            if tag.hasPrefix("br") { text.append(0x0A) }
            index = close + 1
        }
        let lines = LineBytes.lines(decodeEntities(String(decoding: text, as: UTF8.self))).map { LineBytes.trimmed($0) }
        return LineBytes.trimmed(lines.joined(separator: "\n"))
    }
}
