import CLibXML2

/// A saved HTML page parsed by libxml2's HTML parser into a compact, read-only tree.
///
/// Contract: built from UTF-8 bytes (see `HTMLCharset`) or, for other declared charsets, from the
/// raw bytes plus the charset name libxml2 should convert from. Never fails: malformed markup is
/// repaired the way browsers do (HTML_PARSE_RECOVER), an unknown charset or a page libxml2
/// cannot read yields an empty document. Never prints (errors go to a silent handler), never
/// touches the network (HTML_PARSE_NONET), and survives any nesting depth (the tree is walked
/// iteratively; every algorithm over `nodes` must be iterative too). The libxml2 tree is always
/// freed with `xmlFreeDoc` before `init` returns; this is the only file that touches it.
///
/// Layout: `nodes` is in document (pre-)order, so a node's subtree is `index..<node.end` and its
/// parent always comes before it. Only the attributes in `HTMLAttribute` are kept. Text and
/// attribute values live as UTF-8 bytes in `storage`.
struct HTMLDocument {
    struct Node {
        /// `.text` for text and CDATA nodes.
        var tag: HTMLTag
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// Text content (text nodes) in `storage`.
        var text: Range<Int32> = 0..<0
        /// This element's kept attributes in `attributes`.
        var attributeRange: Range<Int32> = 0..<0
    }

    struct Attribute {
        var name: HTMLAttribute
        var value: Range<Int32>
    }

    private(set) var nodes: [Node] = []
    private(set) var attributes: [Attribute] = []
    private(set) var storage: [UInt8] = []

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
    ///   - bytes: the page; UTF-8 unless `charset` names another encoding.
    ///   - charset: an encoding name iconv knows (`ISO-8859-15`, `Shift_JIS`), or nil for UTF-8.
    init(bytes: [UInt8], charset: String? = nil) {
        _ = Self.initialised
        presswatch_xml_silence()
        let length = Int32(clamping: bytes.count)
        let options = Self.parseOptions | (charset == nil ? Self.ignoreEncoding : 0)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: Int(length)) { chars in
                    htmlReadMemory(chars, length, nil, charset ?? "UTF-8", options)
                }
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        storage.reserveCapacity(bytes.count / 2)
        nodes.reserveCapacity(bytes.count / 40)
        build(from: document)
    }

    /// Copies the libxml2 tree into `nodes`, in document order, without recursion.
    private mutating func build(from document: htmlDocPtr) {
        var tagCache: [UnsafeRawPointer: HTMLTag] = [:]
        var attributeCache: [UnsafeRawPointer: HTMLAttribute?] = [:]
        nodes.append(Node(tag: .document, parent: -1, end: 0))
        var open: [Int32] = [0]
        var current = document.pointee.children
        while let node = current {
            let parent = open[open.count - 1]
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = cachedTag(node.pointee.name, &tagCache)
                var element = Node(tag: tag, parent: parent, end: 0)
                let firstAttribute = Int32(attributes.count)
                var property = node.pointee.properties
                while let attribute = property {
                    if let name = cachedAttribute(attribute.pointee.name, &attributeCache) {
                        let start = Int32(storage.count)
                        var child = attribute.pointee.children
                        while let valueNode = child {
                            append(valueNode.pointee.content)
                            child = valueNode.pointee.next
                        }
                        attributes.append(Attribute(name: name, value: start..<Int32(storage.count)))
                    }
                    property = attribute.pointee.next
                }
                element.attributeRange = firstAttribute..<Int32(attributes.count)
                nodes.append(element)
                descend = node.pointee.children != nil
                if descend { open.append(Int32(nodes.count - 1)) } else { nodes[nodes.count - 1].end = Int32(nodes.count) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let start = Int32(storage.count)
                append(node.pointee.content)
                nodes.append(Node(tag: .text, parent: parent, end: Int32(nodes.count + 1), text: start..<Int32(storage.count)))
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Move to the next sibling, closing finished elements on the way up.
            var climb: xmlNodePtr? = node
            current = nil
            while let here = climb {
                if let next = here.pointee.next {
                    current = next
                    break
                }
                climb = here.pointee.parent
                if climb == nil || climb.map({ UnsafeRawPointer($0) }) == UnsafeRawPointer(document) { break }
                let closed = open.removeLast()
                nodes[Int(closed)].end = Int32(nodes.count)
            }
        }
        while let closed = open.popLast() { nodes[Int(closed)].end = Int32(nodes.count) }
    }

    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>?) {
        guard let content else { return }
        let count = Int(xmlStrlen(content))
        storage.append(contentsOf: UnsafeBufferPointer(start: content, count: count))
    }

    private func cachedTag(_ name: UnsafePointer<xmlChar>?, _ cache: inout [UnsafeRawPointer: HTMLTag]) -> HTMLTag {
        guard let name else { return .other }
        let key = UnsafeRawPointer(name)
        if let tag = cache[key] { return tag }
        let tag = HTMLTag(rawValue: String(cString: name).lowercased()) ?? .other
        cache[key] = tag
        return tag
    }

    private func cachedAttribute(
        _ name: UnsafePointer<xmlChar>?, _ cache: inout [UnsafeRawPointer: HTMLAttribute?]
    ) -> HTMLAttribute? {
        guard let name else { return nil }
        let key = UnsafeRawPointer(name)
        if let attribute = cache[key] { return attribute }
        let attribute = HTMLAttribute(rawValue: String(cString: name).lowercased())
        cache[key] = attribute
        return attribute
    }
}
