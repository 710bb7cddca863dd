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
    ///
    /// With `comments` other than `.read` (where libxml2's content loop reads next and no event
    /// of the same construct is still to come, as where text may be taken), comments libxml2
    /// would read there first are stepped over (`skipComment`), and with `.skippedWithText` the
    /// text after each is taken as after a comment event (`otherNode`).
    mutating func compactNextTag(
        context: xmlParserCtxtPtr, afterTagEnd: Bool, afterText: Bool = false, comments: CommentStep = .read
    ) {
        guard context.pointee.disableSAX == 0, context.pointee.instate != XML_PARSER_EOF,
            let input = context.pointee.input, var cursor = input.pointee.cur, let end = input.pointee.end,
            let base = input.pointee.base
        else { return }
        if afterTagEnd {
            guard cursor < end, cursor.pointee == 0x3E else { return }
        } else if !textEvent && !afterText {
            guard cursor > base, cursor[-1] == 0x3E else { return }
        }
        guard !(callerBytes?.overlaps(UnsafeRawPointer(cursor)..<UnsafeRawPointer(end)) ?? true) else { return }
        while comments != .read, skipComment(input: input, afterTagEnd: afterTagEnd) {
            if comments == .skippedWithText { _ = takeText(context: context, afterTagEnd: afterTagEnd) }
            cursor = input.pointee.cur!
        }
        let start = afterTagEnd ? cursor + 1 : cursor
        guard start + 2 < end, start[0] == 0x3C, HTMLStartTag.isLetter(start[1]) else { return }
        let unread = UnsafeBufferPointer(start: start, count: end - start)
        // The last rewritten tag itself (reached again from an event before its own, such as
        // the end of the empty element before it) is left as it is: `compact` would keep it
        // whole. Any other tag is rewritten over it, whose event has come by then.
        if let pendingEnd, pendingTagLength > 0, Self.offset(of: start + pendingTagLength - 1, in: input) == pendingEnd {
            return
        }
        pendingEnd = nil
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
        pendingTagLength = written
        pendingEnd = Self.offset(of: start + length - 1, in: input)
        compactTag.withUnsafeBufferPointer { newStart.update(from: $0.baseAddress!, count: written) }
        if afterTagEnd {
            (newStart - 1).pointee = 0x3E
            input.pointee.cur = UnsafePointer(newStart - 1)
        } else {
            input.pointee.cur = UnsafePointer(newStart)
        }
    }


    /// Steps over the comment libxml2's content loop reads next when `HTMLComment` is certain
    /// of it, as its comment event would leave the builder (a comment ends a run of text), and
    /// moves libxml2 on past it (`afterTagEnd`: onto the comment's `>`, which libxml2 then steps
    /// over as the start tag's). Called only where `compactNextTag` may rewrite a start tag, with
    /// an element open that is not a script or style (whose content libxml2 reads as it is).
    private mutating func skipComment(input: xmlParserInputPtr, afterTagEnd: Bool) -> Bool {
        guard let parent = open.last, nodes[Int(parent)].tag != .script, nodes[Int(parent)].tag != .style,
            let cursor = input.pointee.cur, let end = input.pointee.end
        else { return false }
        let start = afterTagEnd ? cursor + 1 : cursor
        guard start + 7 <= end, start[0] == 0x3C, start[1] == 0x21,
            let length = HTMLComment.length(in: UnsafeBufferPointer(start: start, count: end - start))
        else { return false }
        lastText = nil
        input.pointee.cur = afterTagEnd ? start + length - 1 : start + length
        return true
    }

    /// What `compactNextTag` does with comments libxml2 is about to read.
    enum CommentStep {
        /// Left to libxml2.
        case read
        /// Stepped over; the text after them left to libxml2 (or to an end tag's event).
        case skipped
        /// Stepped over, and the text after each taken.
        case skippedWithText
    }

    /// After a text event (whose text ends with `lastByte`): when it was a character or entity
    /// reference's (`endsReference`), the text that follows is taken as after an end tag; when it
    /// was the last of its construct's events (the reference's, or text whose last byte is the
    /// one before the cursor: not the `&` of an unknown entity, whose name comes next), comments
    /// after it are stepped over; then the next start tag is rewritten.
    mutating func afterCharacters(lastByte: UInt8, context: xmlParserCtxtPtr) {
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base,
            cursor > base
        else { return }
        if Self.endsReference(before: cursor, from: base) {
            let took = takeText(context: context, afterTagEnd: false)
            textEvent = !took
            compactNextTag(context: context, afterTagEnd: false, afterText: took, comments: .skippedWithText)
        } else {
            textEvent = true
            compactNextTag(context: context, afterTagEnd: false, comments: cursor[-1] == lastByte ? .skippedWithText : .read)
        }
        textEvent = false
    }

    /// Whether a character or entity reference that libxml2 decoded ends just before `cursor`:
    /// `&`, then letters, digits or `#`, then `;`. libxml2's text never holds a `&` and an
    /// unknown entity leaves its `;` unread, so those bytes before the cursor at a text event
    /// mean the event was the reference's one event, and libxml2's content loop reads on next.
    static func endsReference(before cursor: UnsafePointer<xmlChar>, from base: UnsafePointer<xmlChar>) -> Bool {
        let available = cursor - base
        guard available >= 3, cursor[-1] == 0x3B else { return false }
        var offset = 2
        while offset <= min(available, 34) {
            let byte = cursor[-offset]
            if byte == 0x26 { return offset > 2 }
            guard HTMLStartTag.isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x23 else { return false }
            offset += 1
        }
        return false
    }

    /// Whether the start tag whose event this is was written in the page, rather than started by
    /// libxml2 itself: `rewritten` (its event matched the last rewritten tag, `takenValues`) and
    /// that tag has this name, or else `<name>` just before libxml2's cursor (on its `>`); any
    /// letter case.
    func startTagWritten(of name: UnsafePointer<xmlChar>, rewritten: Bool, context: xmlParserCtxtPtr) -> Bool {
        let length = Int(xmlStrlen(name))
        func named(_ tag: UnsafePointer<UInt8>) -> Bool {
            guard tag[0] == 0x3C else { return false }
            for offset in 0..<length where tag[1 + offset] | 0x20 != name[offset] { return false }
            return true
        }
        if rewritten {
            // A libxml2-started element matches only a tag with no attribute left: its cursor
            // is then on that tag's `>` too, right after the name.
            return pendingTagLength > length + 1 && compactTag.withUnsafeBufferPointer { tag in
                named(tag.baseAddress!) && !HTMLStartTag.isNameByte(tag[length + 1])
            }
        }
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base,
            let end = input.pointee.end, cursor < end, cursor.pointee == 0x3E, cursor - base >= length + 1
        else { return false }
        return named(cursor - (length + 1))
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
        guard let tagEnd, let base = input.pointee.base, tagEnd - base + 1 >= pendingTagLength,
            compactTag.withUnsafeBytes({ memcmp(tagEnd + 1 - pendingTagLength, $0.baseAddress!, pendingTagLength) == 0 })
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
