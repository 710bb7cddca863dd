import CLibXML2
import Glibc

/// The builder's shortcuts past libxml2's slowest loops, all only with the libxml2 whose reading
/// `HTMLRawText`, `HTMLTextRun` and `HTMLStartTag` follow (2.9.14, `takesRawText`): each is
/// taken only where those say libxml2 is certain to read the bytes the same way, so the nodes
/// are the same as libxml2's own reading gives. They write only into libxml2's own copy of the
/// page ahead of its cursor, never into the caller's bytes.
extension HTMLTreeBuilder {
    /// Takes the text libxml2 reads next itself when `HTMLTextRun` is certain of it, as one text
    /// node under the innermost open element, and moves libxml2 on to the `<` or `&` after it
    /// (`afterTagEnd`: the cursor is at a start tag's `>`, written again on the text's last
    /// byte, as `takeRawText` does). Called only where libxml2's content loop reads text next
    /// under that element (`startElement`, `endElement`, `otherNode` say when); never under
    /// `<html>` or `<head>`, or with none open, where libxml2 first starts a `<p>` for text.
    mutating func takeText(context: xmlParserCtxtPtr, afterTagEnd: Bool) -> Bool {
        guard let parent = open.last, nodes[Int(parent)].tag != .html, nodes[Int(parent)].tag != .head,
            context.pointee.disableSAX == 0, context.pointee.instate != XML_PARSER_EOF,
            let input = context.pointee.input, let cursor = input.pointee.cur, let end = input.pointee.end
        else { return false }
        let start = afterTagEnd ? cursor + 1 : cursor
        guard start < end, !afterTagEnd || cursor.pointee == 0x3E,
            !(callerBytes?.overlaps(UnsafeRawPointer(cursor)..<UnsafeRawPointer(end)) ?? true),
            let length = HTMLTextRun.length(in: UnsafeBufferPointer(start: start, count: end - start))
        else { return false }
        text(start, Int32(length), cdata: false)
        if afterTagEnd {
            UnsafeMutablePointer(mutating: start + length - 1).pointee = 0x3E
            input.pointee.cur = start + length - 1
        } else {
            input.pointee.cur = start + length
        }
        return true
    }

    /// Whether libxml2 ends the element as soon as it starts (`br`, `img`, `meta`, …: its
    /// element table's `empty`), remembered by interned name.
    mutating func isEmptyElement(_ name: UnsafePointer<xmlChar>) -> Bool {
        let key = UnsafeRawPointer(name)
        if let empty = emptyCache.value(for: key) { return empty }
        let empty = htmlTagLookup(name).map { $0.pointee.empty != 0 } ?? false
        emptyCache.store(empty, for: key)
        return empty
    }

    /// Rewrites the start tag libxml2 reads next without the attributes not kept
    /// (`HTMLStartTag`), in libxml2's own copy of the page, and moves libxml2 on to it: the
    /// bytes in between are never read. Called where libxml2 is certain to read a start tag at
    /// its cursor: after text (cursor at `<` + letter), after an end tag, comment or processing
    /// instruction (the byte before the cursor is their `>`), and from a start tag's event
    /// (`afterTagEnd`: cursor at that tag's `>`, which is then moved to just before the
    /// rewritten tag). Only with the libxml2 `HTMLRawText` follows, as `takeRawText`.
    mutating func compactNextTag(context: xmlParserCtxtPtr, afterTagEnd: Bool, afterText: Bool = false) {
        guard context.pointee.disableSAX == 0, context.pointee.instate != XML_PARSER_EOF,
            let input = context.pointee.input, let cursor = input.pointee.cur, let end = input.pointee.end,
            let base = input.pointee.base
        else { return }
        let start = afterTagEnd ? cursor + 1 : cursor
        guard start + 2 < end, start[0] == 0x3C, HTMLStartTag.isLetter(start[1]) else { return }
        if afterTagEnd {
            guard cursor.pointee == 0x3E else { return }
        } else if !textEvent && !afterText {
            guard cursor > base, cursor[-1] == 0x3E else { return }
        }
        guard !(callerBytes?.overlaps(UnsafeRawPointer(cursor)..<UnsafeRawPointer(end)) ?? true) else { return }
        let unread = UnsafeBufferPointer(start: start, count: end - start)
        if compactTag.isEmpty { compactTag = [UInt8](repeating: 0, count: 8192) }
        guard let (length, written) = compactTag.withUnsafeMutableBufferPointer({ output in
            withUnsafeMutablePointer(to: &valueRanges) { HTMLStartTag.compact(unread, into: output, values: $0) }
        })
        else { return }
        let newStart = UnsafeMutablePointer(mutating: start + length - written)
        guard !afterTagEnd || newStart - 1 > UnsafeMutablePointer(mutating: cursor) else { return }
        // The values the rewritten tag leaves out, kept for its start tag's event.
        pendingValueBytes.removeAll(keepingCapacity: true)
        pendingValues.removeAll(keepingCapacity: true)
        for range in valueRanges {
            guard let range else {
                pendingValues.append(nil)
                continue
            }
            let from = pendingValueBytes.count
            pendingValueBytes.append(contentsOf: UnsafeBufferPointer(rebasing: unread[range]))
            pendingValues.append(from..<pendingValueBytes.count)
        }
        pendingTag.removeAll(keepingCapacity: true)
        pendingTag.append(contentsOf: compactTag[..<written])
        pendingEnd = Self.offset(of: start + length - 1, in: input)
        compactTag.withUnsafeBufferPointer { newStart.update(from: $0.baseAddress!, count: written) }
        if afterTagEnd {
            (newStart - 1).pointee = 0x3E
            input.pointee.cur = UnsafePointer(newStart - 1)
        } else {
            input.pointee.cur = UnsafePointer(newStart)
        }
    }


    /// The values left out of the start tag whose event this is, when it is the last rewritten
    /// one: libxml2's cursor is at its `>` (or the `/` of its `/>`), after exactly its bytes. An
    /// element libxml2 starts itself (`<html>`, `<body>`, `<p>` implied mid-tag) or a tag it
    /// drops (a second `<body>`) never matches.
    mutating func takenValues(context: xmlParserCtxtPtr) -> [Range<Int>?]? {
        guard let end = pendingEnd, let input = context.pointee.input, let cursor = input.pointee.cur,
            let at = Self.offset(of: cursor, in: input)
        else { return nil }
        let tagEnd = at == end ? cursor : at + 1 == end && cursor.pointee == 0x2F ? cursor + 1 : nil
        guard let tagEnd, let base = input.pointee.base, tagEnd - base + 1 >= pendingTag.count,
            pendingTag.withUnsafeBytes({ memcmp(tagEnd + 1 - $0.count, $0.baseAddress!, $0.count) == 0 })
        else { return nil }
        pendingEnd = nil
        return pendingValues
    }

    /// A position in the page libxml2 reads that stays the same when it drops what it has read
    /// from its buffer (`consumed` counts those bytes).
    static func offset(of pointer: UnsafePointer<xmlChar>, in input: xmlParserInputPtr) -> UInt? {
        guard let base = input.pointee.base, pointer >= base else { return nil }
        return input.pointee.consumed + UInt(pointer - base)
    }

    /// Takes a script's or style's content itself when `HTMLRawText` is certain libxml2 would read
    /// exactly those bytes as it (else leaves it to libxml2): the same CDATA node, one copy. Then
    /// it moves libxml2 on to the end tag, putting the `>` libxml2 looks for after a start tag on
    /// the content's last byte (libxml2's own decoded copy of the page, which it reads no more).
    /// libxml2's line count, which nothing here reads, then leaves out the content's lines.
    mutating func takeRawText(name: UnsafePointer<xmlChar>, context: xmlParserCtxtPtr) {
        guard let raw = Self.rawTextNames.first(where: { Self.name(name, is: $0) }),
            context.pointee.recovery != 0, context.pointee.disableSAX == 0,
            context.pointee.instate != XML_PARSER_EOF, let input = context.pointee.input,
            let tagEnd = input.pointee.cur, let end = input.pointee.end, tagEnd < end, tagEnd.pointee == 0x3E,
            !(callerBytes?.overlaps(UnsafeRawPointer(tagEnd)..<UnsafeRawPointer(end)) ?? true)
        else { return }
        let content = UnsafeBufferPointer(start: tagEnd + 1, count: end - (tagEnd + 1))
        guard let length = HTMLRawText.contentLength(in: content, name: raw) else { return }
        text(content.baseAddress, Int32(length), cdata: true)
        UnsafeMutablePointer(mutating: tagEnd + length).pointee = 0x3E
        input.pointee.cur = tagEnd + length
    }

    static let rawTextNames = [Array("script".utf8), Array("style".utf8)]

    /// Whether the C string `name` is exactly `bytes`.
    static func name(_ name: UnsafePointer<xmlChar>, is bytes: [UInt8]) -> Bool {
        for (offset, byte) in bytes.enumerated() where name[offset] != byte { return false }
        return name[bytes.count] == 0
    }

    /// Whether `</name>` (any letter case) ends just before `cursor`.
    static func endTag(
        of name: UnsafePointer<xmlChar>, before cursor: UnsafePointer<xmlChar>, from base: UnsafePointer<xmlChar>
    ) -> Bool {
        let length = Int(xmlStrlen(name))
        guard cursor - base >= length + 3 else { return false }
        let tag = cursor - (length + 3)
        guard tag[0] == 0x3C, tag[1] == 0x2F else { return false }
        for offset in 0..<length {
            let byte = tag[2 + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != name[offset] { return false }
        }
        return true
    }
}
