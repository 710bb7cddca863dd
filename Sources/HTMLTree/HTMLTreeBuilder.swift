import CLibXML2
import Glibc

/// Turns libxml2's HTML SAX events into `HTMLDocument`'s compact node list, placing every node
/// where libxml2's own tree builder (SAX2.c) would have put it, without building that tree.
///
/// Contract (what SAX2.c does for HTML, mirrored here): an element becomes the last child of
/// the innermost open element; with none open, the first node of the document becomes the
/// root, and later parentless elements join the root when the document began with it, else
/// the document level. Text and CDATA with no open element are dropped; consecutive text
/// (or CDATA) events under one element form one node; a comment or processing instruction in
/// between separates them. Like SAX2's node stack, more than 256 open elements stop the parse
/// there. Only the attributes of `HTMLAttribute` are kept (`href` only on `<link>`); a
/// valueless one has an empty value. A script's or style's content is read by the builder
/// itself when `HTMLRawText` is certain of what libxml2 would read, else by libxml2; a start tag
/// libxml2 is about to read loses the attributes not kept first when `HTMLStartTag` is certain
/// of how libxml2 reads it (`compactNextTag`): the nodes are the same either way.
/// One builder per parse, reached by libxml2 through a pointer to it (no exclusivity checks
/// per event), on the parsing thread only.
struct HTMLTreeBuilder {
    private(set) var nodes: [HTMLDocument.Node] = []
    private(set) var attributes: [HTMLDocument.Attribute] = []
    private(set) var storage: [UInt8] = []

    /// Open elements, innermost last (the document node is never in it).
    private var open: [Int32] = []
    /// The current element's last child when it is a text node: its index, and whether CDATA.
    private var lastText: (index: Int, cdata: Bool)?
    /// The document's first element when it was also its first node (SAX2's root).
    private var root: Int32?
    /// Whether the document has a node yet, and whether its first node is `root`, so that
    /// parentless elements join the root (a DOCTYPE always goes first, see `doctype`).
    private var started = false
    private var firstIsRoot = false
    /// Names decoded so far, by libxml2's interned name pointer (`PointerCache`).
    private var tagCache = PointerCache<HTMLTag>()
    private var attributeCache = PointerCache<HTMLAttribute?>()
    /// SAX2's node stack limit (`xmlParserMaxDepth`) without XML_PARSE_HUGE.
    private static let maximumDepth = 256
    /// Whether to take script and style contents without libxml2's loop (`takeRawText`); tests
    /// turn it off to compare the two trees. Only with the libxml2 whose reading `HTMLRawText`
    /// follows (2.9.14, Debian 12's): another version reads them itself.
    var takesRawText = HTMLTreeBuilder.runsKnownLibxml2
    /// The caller's page bytes, which libxml2 may be reading in place (it copies them in 2.9):
    /// never written, so contents found there are left to libxml2.
    var callerBytes: Range<UnsafeRawPointer>?
    private static let runsKnownLibxml2 = __xmlParserVersion()?.pointee.map { String(cString: $0) } == "20914"

    init(capacity: Int) {
        storage.reserveCapacity(capacity / 2)
        nodes.reserveCapacity(capacity / 40)
        nodes.append(HTMLDocument.Node(tag: .document, parent: -1, end: 0))
    }

    /// Closes whatever is still open; the document (and a root that took late elements) spans all.
    mutating func finish() {
        while let closed = open.popLast() { nodes[Int(closed)].end = Int32(nodes.count) }
        if let root { nodes[Int(root)].end = Int32(nodes.count) }
        nodes[0].end = Int32(nodes.count)
    }

    // MARK: - Events

    private mutating func startElement(
        _ name: UnsafePointer<xmlChar>?, _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        context: xmlParserCtxtPtr
    ) {
        if open.count > Self.maximumDepth {
            xmlStopParser(context)
            return
        }
        let parent: Int32
        if let current = open.last {
            parent = current
        } else if !started {
            parent = 0
            (started, firstIsRoot, root) = (true, true, Int32(nodes.count))
        } else {
            parent = firstIsRoot ? root ?? 0 : 0
        }
        var element = HTMLDocument.Node(tag: tag(name), parent: parent, end: 0)
        let firstAttribute = Int32(attributes.count)
        let taken = takenValues(context: context)
        var position = 0
        if var pair = pairs {
            while let attributeName = pair.pointee {
                let value = pair.successor().pointee
                if let kept = attribute(attributeName), kept != .href || element.tag == .link {
                    let start = Int32(storage.count)
                    if let taken, position < taken.count, let range = taken[position] {
                        storage.append(contentsOf: pendingValueBytes[range])
                    } else if let value {
                        storage.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                    }
                    attributes.append(HTMLDocument.Attribute(name: kept, value: start..<Int32(storage.count)))
                    element.attributeMask |= kept.bit
                }
                pair += 2
                position += 1
            }
        }
        element.attributeRange = firstAttribute..<Int32(attributes.count)
        open.append(Int32(nodes.count))
        nodes.append(element)
        lastText = nil
        guard takesRawText else { return }
        switch element.tag {
        case .script, .style:
            if let name { takeRawText(name: name, context: context) }
        case .html, .head, .body, .p:
            // libxml2 also starts these itself (implied) in the middle of other tags or text.
            break
        default:
            if name.map({ !isEmptyElement($0) }) ?? false { _ = takeText(context: context, afterTagEnd: true) }
            compactNextTag(context: context, afterTagEnd: true)
        }
    }

    /// Takes the text libxml2 reads next itself when `HTMLTextRun` is certain of it, as one text
    /// node under the innermost open element, and moves libxml2 on to the `<` or `&` after it
    /// (`afterTagEnd`: the cursor is at a start tag's `>`, written again on the text's last
    /// byte, as `takeRawText` does). Called only where libxml2's content loop reads text next
    /// under that element (`startElement`, `endElement`, `otherNode` say when); never under
    /// `<html>` or `<head>`, or with none open, where libxml2 first starts a `<p>` for text.
    private mutating func takeText(context: xmlParserCtxtPtr, afterTagEnd: Bool) -> Bool {
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
    private mutating func isEmptyElement(_ name: UnsafePointer<xmlChar>) -> Bool {
        let key = UnsafeRawPointer(name)
        if let empty = emptyCache.value(for: key) { return empty }
        let empty = htmlTagLookup(name).map { $0.pointee.empty != 0 } ?? false
        emptyCache.store(empty, for: key)
        return empty
    }
    private var emptyCache = PointerCache<Bool>()

    /// Rewrites the start tag libxml2 reads next without the attributes not kept
    /// (`HTMLStartTag`), in libxml2's own copy of the page, and moves libxml2 on to it: the
    /// bytes in between are never read. Called where libxml2 is certain to read a start tag at
    /// its cursor: after text (cursor at `<` + letter), after an end tag, comment or processing
    /// instruction (the byte before the cursor is their `>`), and from a start tag's event
    /// (`afterTagEnd`: cursor at that tag's `>`, which is then moved to just before the
    /// rewritten tag). Only with the libxml2 `HTMLRawText` follows, as `takeRawText`.
    private mutating func compactNextTag(context: xmlParserCtxtPtr, afterTagEnd: Bool, afterText: Bool = false) {
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

    /// Room for a rewritten tag (`compactNextTag`; longer tags are left as they are), made on
    /// first use and kept for the parse.
    private var compactTag: [UInt8] = []
    private var valueRanges: [Range<Int>?] = []
    /// The last rewritten tag: its bytes, where its `>` is, and the values it left out (per
    /// attribute written, a range of `pendingValueBytes`, or nil where libxml2 reads the value).
    private var pendingTag: [UInt8] = []
    private var pendingEnd: UInt?
    private var pendingValues: [Range<Int>?] = []
    private var pendingValueBytes: [UInt8] = []

    /// The values left out of the start tag whose event this is, when it is the last rewritten
    /// one: libxml2's cursor is at its `>` (or the `/` of its `/>`), after exactly its bytes. An
    /// element libxml2 starts itself (`<html>`, `<body>`, `<p>` implied mid-tag) or a tag it
    /// drops (a second `<body>`) never matches.
    private mutating func takenValues(context: xmlParserCtxtPtr) -> [Range<Int>?]? {
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
    private static func offset(of pointer: UnsafePointer<xmlChar>, in input: xmlParserInputPtr) -> UInt? {
        guard let base = input.pointee.base, pointer >= base else { return nil }
        return input.pointee.consumed + UInt(pointer - base)
    }
    /// Whether the event being handled is text (`compactNextTag` then needs no `>` before it).
    private var textEvent = false

    /// Takes a script's or style's content itself when `HTMLRawText` is certain libxml2 would read
    /// exactly those bytes as it (else leaves it to libxml2): the same CDATA node, one copy. Then
    /// it moves libxml2 on to the end tag, putting the `>` libxml2 looks for after a start tag on
    /// the content's last byte (libxml2's own decoded copy of the page, which it reads no more).
    /// libxml2's line count, which nothing here reads, then leaves out the content's lines.
    private mutating func takeRawText(name: UnsafePointer<xmlChar>, context: xmlParserCtxtPtr) {
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

    private static let rawTextNames = [Array("script".utf8), Array("style".utf8)]

    /// Whether the C string `name` is exactly `bytes`.
    private static func name(_ name: UnsafePointer<xmlChar>, is bytes: [UInt8]) -> Bool {
        for (offset, byte) in bytes.enumerated() where name[offset] != byte { return false }
        return name[bytes.count] == 0
    }

    /// Text right after the element ends is taken (`takeText`) only where libxml2 pops no more
    /// elements before it: an element ended by its own end tag (`</name>` just before the
    /// cursor) or one that ends as it starts (`isEmptyElement`).
    private mutating func endElement(_ name: UnsafePointer<xmlChar>?, context: xmlParserCtxtPtr) {
        guard let closed = open.popLast() else { return }
        nodes[Int(closed)].end = Int32(nodes.count)
        lastText = nil
        guard takesRawText else { return }
        if let name, let input = context.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base,
            cursor > base, cursor[-1] == 0x3E, isEmptyElement(name) || Self.endTag(of: name, before: cursor, from: base),
            takeText(context: context, afterTagEnd: false)
        {
            compactNextTag(context: context, afterTagEnd: false, afterText: true)
            return
        }
        compactNextTag(context: context, afterTagEnd: false)
    }

    /// Whether `</name>` (any letter case) ends just before `cursor`.
    private static func endTag(
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

    private mutating func text(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, cdata: Bool) {
        guard let parent = open.last, let bytes, length >= 0 else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: Int(length))
        if let last = lastText, last.cdata == cdata {
            storage.append(contentsOf: buffer)
            nodes[last.index].text = nodes[last.index].text.lowerBound..<Int32(storage.count)
            return
        }
        let start = Int32(storage.count)
        storage.append(contentsOf: buffer)
        lastText = (nodes.count, cdata)
        nodes.append(HTMLDocument.Node(
            tag: .text, parent: parent, end: Int32(nodes.count + 1), text: start..<Int32(storage.count)))
    }

    /// A comment or processing instruction: not kept, but it ends a run of text and can be the
    /// document's first node.
    private mutating func otherNode(context: xmlParserCtxtPtr) {
        lastText = nil
        if open.isEmpty, !started { started = true }
        guard takesRawText else { return }
        if let input = context.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base,
            cursor > base, cursor[-1] == 0x3E, takeText(context: context, afterTagEnd: false)
        {
            compactNextTag(context: context, afterTagEnd: false, afterText: true)
            return
        }
        compactNextTag(context: context, afterTagEnd: false)
    }

    /// The first DOCTYPE becomes the document's first node wherever it is (later ones are
    /// ignored, as SAX2 does for HTML); it is a child of the document, so text runs go on.
    private mutating func doctype() {
        guard !sawDoctype else { return }
        (sawDoctype, started, firstIsRoot) = (true, true, false)
    }
    private var sawDoctype = false

    // MARK: - Names

    private mutating func tag(_ name: UnsafePointer<xmlChar>?) -> HTMLTag {
        guard let name else { return .other }
        let key = UnsafeRawPointer(name)
        if let tag = tagCache.value(for: key) { return tag }
        let tag = HTMLTag(rawValue: String(cString: name).lowercased()) ?? .other
        tagCache.store(tag, for: key)
        return tag
    }

    private mutating func attribute(_ name: UnsafePointer<xmlChar>) -> HTMLAttribute? {
        let key = UnsafeRawPointer(name)
        if let attribute = attributeCache.value(for: key) { return attribute }
        let attribute = HTMLAttribute(rawValue: String(cString: name).lowercased())
        attributeCache.store(attribute, for: key)
        return attribute
    }

    // MARK: - libxml2 callbacks

    /// The builder of the parse whose context is `userData` (libxml2 passes the context).
    private static func builder(
        _ userData: UnsafeMutableRawPointer?
    ) -> (UnsafeMutablePointer<HTMLTreeBuilder>, xmlParserCtxtPtr)? {
        guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
            let opaque = context.pointee._private
        else { return nil }
        return (opaque.assumingMemoryBound(to: HTMLTreeBuilder.self), context)
    }

    /// Only the events above; no document, no DTD object, no entity handling of its own.
    static var handler: xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { userData, name, pairs in
            guard let (builder, context) = HTMLTreeBuilder.builder(userData) else { return }
            builder.pointee.startElement(name, pairs, context: context)
        }
        handler.endElement = { userData, name in
            guard let (builder, context) = HTMLTreeBuilder.builder(userData) else { return }
            builder.pointee.endElement(name, context: context)
        }
        handler.characters = { userData, bytes, length in
            guard let (builder, context) = HTMLTreeBuilder.builder(userData) else { return }
            builder.pointee.text(bytes, length, cdata: false)
            if builder.pointee.takesRawText {
                builder.pointee.textEvent = true
                builder.pointee.compactNextTag(context: context, afterTagEnd: false)
                builder.pointee.textEvent = false
            }
        }
        handler.cdataBlock = { userData, bytes, length in HTMLTreeBuilder.builder(userData)?.0.pointee.text(bytes, length, cdata: true) }
        handler.comment = { userData, _ in
            guard let (builder, context) = HTMLTreeBuilder.builder(userData) else { return }
            builder.pointee.otherNode(context: context)
        }
        handler.processingInstruction = { userData, _, _ in
            guard let (builder, context) = HTMLTreeBuilder.builder(userData) else { return }
            builder.pointee.otherNode(context: context)
        }
        handler.internalSubset = { userData, _, _, _ in HTMLTreeBuilder.builder(userData)?.0.pointee.doctype() }
        return handler
    }
}
