import CLibXML2

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
/// itself when `HTMLRawText` is certain of what libxml2 would read, else by libxml2; so are text
/// (`HTMLTextRun`: after tags, comments and references) and comments (`HTMLComment`, stepped
/// over); a start tag libxml2 is about to read loses the attributes not kept first when
/// `HTMLStartTag` is certain of how libxml2 reads it (`compactNextTag`): the nodes are the same
/// either way.
/// One builder per parse, reached by libxml2 through a pointer to it (no exclusivity checks
/// per event), on the parsing thread only.
struct HTMLTreeBuilder {
    private(set) var nodes: [HTMLDocument.Node] = []
    private(set) var attributes: [HTMLDocument.Attribute] = []
    private(set) var storage: [UInt8] = []

    /// Open elements, innermost last (the document node is never in it).
    var open: [Int32] = []
    /// The current element's last child when it is a text node: its index, and whether CDATA.
    var lastText: (index: Int, cdata: Bool)?
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

    // MARK: - State of the shortcuts (HTMLTreeBuilder+Shortcuts.swift)

    /// `isEmptyElement`'s answers by interned name.
    var emptyCache = PointerCache<Bool>()
    /// Room for a rewritten tag (`compactNextTag`; longer tags are left as they are), made on
    /// first use and kept for the parse.
    var compactTag: [UInt8] = []
    var valueRanges: [Range<Int>?] = []
    /// The last rewritten tag: its length (its bytes stay at the start of `compactTag` until the
    /// next rewrite, which forgets it first), where its `>` is, and the values it left out (per
    /// attribute written, a range of `pendingValueBytes`, or nil where libxml2 reads the value).
    var pendingTagLength = 0
    var pendingEnd: UInt?
    var pendingValues: [Range<Int>?] = []
    var pendingValueBytes: [UInt8] = []
    /// Whether the event being handled is text (`compactNextTag` then needs no `>` before it).
    var textEvent = false

    /// - Parameters:
    ///   - capacity: the page's length in bytes.
    ///   - tagOpeners: its `<` bytes, when counted: each node but a few is an element opened by
    ///     one or a text run after one, so room for two nodes per `<` is made at once (untouched
    ///     room costs no memory; growing by doubling copied the nodes and held both copies: a
    ///     page of millions of `<p>y` peaked at 368 MiB). Capacity only: the nodes are the same.
    init(capacity: Int, tagOpeners: Int = 0) {
        storage.reserveCapacity(capacity / 2)
        nodes.reserveCapacity(max(capacity / 40, 2 * tagOpeners + 16))
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
                        pendingValueBytes.withUnsafeBufferPointer { storage.append(contentsOf: $0[range]) }
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
        guard takesRawText, let name else { return }
        switch element.tag {
        case .script, .style:
            takeRawText(name: name, context: context)
        case .html, .head, .body, .p:
            // libxml2 also starts these itself (implied) in the middle of other tags or text:
            // only after their own start tag, as written or rewritten (`taken`).
            guard startTagWritten(of: name, rewritten: taken != nil, context: context) else { return }
            _ = takeText(context: context, afterTagEnd: true)
            compactNextTag(context: context, afterTagEnd: true, comments: .skippedWithText)
        default:
            let empty = isEmptyElement(name)
            if !empty { _ = takeText(context: context, afterTagEnd: true) }
            compactNextTag(context: context, afterTagEnd: true, comments: empty ? .skipped : .skippedWithText)
        }
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
            cursor > base, cursor[-1] == 0x3E, isEmptyElement(name) || Self.endTag(of: name, before: cursor, from: base)
        {
            let took = takeText(context: context, afterTagEnd: false)
            compactNextTag(context: context, afterTagEnd: false, afterText: took, comments: .skippedWithText)
            return
        }
        compactNextTag(context: context, afterTagEnd: false)
    }

    mutating func text(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, cdata: Bool) {
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
            cursor > base, cursor[-1] == 0x3E
        {
            let took = takeText(context: context, afterTagEnd: false)
            compactNextTag(context: context, afterTagEnd: false, afterText: took, comments: .skippedWithText)
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
            if builder.pointee.takesRawText, let bytes, length > 0 {
                builder.pointee.afterCharacters(lastByte: bytes[Int(length) - 1], context: context)
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
