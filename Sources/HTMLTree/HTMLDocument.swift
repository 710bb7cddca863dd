import CLibXML2

/// A saved HTML page parsed by libxml2's HTML parser into a compact, read-only tree.
///
/// Contract: built from UTF-8 bytes (`HTMLCharset` converts every other charset first; a
/// `<meta charset>` in the page is ignored). Never fails: malformed markup is repaired the way
/// browsers do (HTML_PARSE_RECOVER), a page libxml2 cannot read yields an empty document. Never prints (errors go to a silent handler), never
/// touches the network (HTML_PARSE_NONET), and survives any nesting depth (every algorithm over
/// `nodes` must be iterative). libxml2 builds no tree: its SAX events go straight into `nodes`
/// (`HTMLTreeBuilder`, which places them where libxml2's own tree builder would), and its parser
/// context is freed before `init` returns; these files and `HTMLRawText` are the only ones that
/// touch libxml2 or its rules.
///
/// Layout: `nodes` is in document (pre-)order, so a node's subtree is `index..<node.end` and its
/// parent always comes before it. Only the attributes in `HTMLAttribute` are kept (`href` only
/// on `<link>`). Text and
/// attribute values live as UTF-8 bytes in `storage`.
public struct HTMLDocument {
    public struct Node {
        /// `.text` for text and CDATA nodes.
        public var tag: HTMLTag
        public var parent: Int32
        /// One past the last node of this node's subtree.
        public var end: Int32
        /// Text content (text nodes) in `storage`.
        public var text: Range<Int32> = 0..<0
        /// This element's kept attributes in `attributes`.
        public var attributeRange: Range<Int32> = 0..<0
        /// The `HTMLAttribute.bit` of each kept attribute: a lookup of one the element does not
        /// have (most lookups) is decided without scanning `attributeRange`.
        public var attributeMask: UInt32 = 0
    }

    public struct Attribute {
        public var name: HTMLAttribute
        public var value: Range<Int32>
    }

    public private(set) var nodes: [Node] = []
    public private(set) var attributes: [Attribute] = []
    public private(set) var storage: [UInt8] = []

    private static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    /// Tells libxml2 to ignore `<meta charset>`: the bytes were already converted to UTF-8.
    private static let ignoreEncoding = Int32(HTML_PARSE_IGNORE_ENC.rawValue)
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// - Parameters:
    ///   - bytes: the page, as UTF-8.
    ///   - takingRawText: false leaves every script's and style's content, and every start tag,
    ///     to libxml2 (tests compare the two trees, which must be the same).
    package init(bytes: [UInt8], takingRawText: Bool = true) {
        _ = Self.initialised
        presswatch_xml_silence()
        guard !bytes.isEmpty, let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
        let tagOpeners = bytes.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 &+ ($1 == 0x3C ? 1 : 0) } }
        var builder = HTMLTreeBuilder(capacity: bytes.count, tagOpeners: tagOpeners)
        builder.takesRawText = builder.takesRawText && takingRawText
        context.pointee.sax.pointee = HTMLTreeBuilder.handler
        let length = Int32(clamping: bytes.count)
        let options = Self.parseOptions | Self.ignoreEncoding
        let document: htmlDocPtr? = withUnsafeMutablePointer(to: &builder) { pointer in
            context.pointee._private = UnsafeMutableRawPointer(pointer)
            defer { context.pointee._private = nil }
            return bytes.withUnsafeBufferPointer { buffer in
                let start = UnsafeRawPointer(buffer.baseAddress!)
                pointer.pointee.callerBytes = start..<(start + buffer.count)
                return buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: Int(length)) { chars in
                    htmlCtxtReadMemory(context, chars, length, nil, "UTF-8", options)
                }
            }
        }
        if let document { xmlFreeDoc(document) }
        builder.finish()
        nodes = builder.nodes
        attributes = builder.attributes
        storage = builder.storage
    }

    /// The character of an HTML 4 named character reference (`ouml` → `ö`), from libxml2's
    /// entity table; nil for a name it does not know. Case-sensitive, as HTML is (`Ouml`, `ouml`).
    static func namedEntity(_ name: String) -> Unicode.Scalar? {
        guard let found = htmlEntityLookup(name) else { return nil }
        return Unicode.Scalar(found.pointee.value)
    }
}
