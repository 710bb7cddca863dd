import CLibXML2

/// An element of a small XML document (a feed's entry, a notes app's export, an agency's NITF
/// file) as libxml2's XML parser read it: its local name (lowercased, without a namespace
/// prefix), its attributes (local names lowercased), its own text (text and CDATA directly under
/// it, joined) and its child elements in order.
package struct XMLElement: Sendable {
    package var name: String
    package var attributes: [String: String] = [:]
    package var text = ""
    package var children: [XMLElement] = []
    /// Its content in document order: a text piece, or the index of a child (`allText`).
    fileprivate var ordered: [Piece] = []

    fileprivate enum Piece: Sendable {
        case text(String)
        case child(Int)
    }

    /// The first element named `name` at or under this one, depth first, not entering elements
    /// named in `skipping`.
    package func first(_ name: String, skipping: Set<String> = []) -> XMLElement? {
        if self.name == name { return self }
        for child in children where !skipping.contains(child.name) {
            if let found = child.first(name, skipping: skipping) { return found }
        }
        return nil
    }

    /// Every element named `name` at or under this one, depth first, not entering elements named
    /// in `skipping` (nor the elements found).
    package func all(_ name: String, skipping: Set<String> = []) -> [XMLElement] {
        if self.name == name { return [self] }
        return children.filter { !skipping.contains($0.name) }.flatMap { $0.all(name, skipping: skipping) }
    }

    /// Its text and its descendants' in document order (`The <location>city</location> of`
    /// → `The city of`), pieces joined as they stand.
    package var allText: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    private func appendText(to text: inout String) {
        for piece in ordered {
            switch piece {
            case .text(let piece): text += piece
            case .child(let index): children[index].appendText(to: &text)
            }
        }
    }
}

/// Reads an XML document with libxml2 (the library `HTMLDocument` uses for pages).
///
/// Contract: `parse` returns the root element, or nil when the bytes are not well-formed XML or
/// longer than `maximumBytes` (libxml2 builds its whole tree first: 2 MiB of small elements
/// cost about 90 MiB). No network access, no external entity or DTD is loaded, entities a DTD
/// declares are dropped (only the predefined ones and character references are read), errors are
/// never printed; at most 64 levels and 20,000 elements are kept (deeper or later elements, and
/// their text, are dropped). Nil too when a start tag holds more than `maximumAttributes`
/// attributes (counted on the bytes before parsing, `crowdedTag`): libxml2 walks a tag's
/// attribute list for each attribute it adds, so a 2 MiB tag of 200,000 attributes ran for more
/// than a minute, and a tag of 1,024 costs about a millisecond; a feed's, a note's or an agency's
/// tags hold a few. Safe on any thread.
package enum XMLElements {
    package static let maximumBytes = 2 << 20
    package static let maximumAttributes = 1_024
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    /// libxml2's global set-up, once per process (as `HTMLDocument` does it).
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    package static func parse(_ bytes: [UInt8]) -> XMLElement? {
        _ = initialised
        presswatch_xml_silence()
        guard !bytes.isEmpty, bytes.count <= maximumBytes, !bytes.withUnsafeBufferPointer(crowdedTag) else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var budget = 20_000
        return element(root, depth: 0, budget: &budget)
    }

    private static func element(_ node: xmlNodePtr, depth: Int, budget: inout Int) -> XMLElement {
        budget -= 1
        var element = XMLElement(name: localName(node.pointee.name))
        var attribute = node.pointee.properties
        while let current = attribute {
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                element.attributes[localName(current.pointee.name)] = String(cString: value)
                presswatch_xml_free(value)
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let piece = String(cString: content)
                    element.text += piece
                    element.ordered.append(.text(piece))
                }
            case XML_ELEMENT_NODE where depth < 64 && budget > 0:
                element.ordered.append(.child(element.children.count))
                element.children.append(self.element(current, depth: depth + 1, budget: &budget))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// Whether a start tag (`<` then a name) holds more than `maximumAttributes` attributes: `=`
    /// outside quoted values up to the tag's `>` (each attribute of well-formed XML has one),
    /// comments, CDATA sections, processing instructions and declarations passed over. One pass
    /// over the bytes.
    static func crowdedTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            guard bytes[index] == 0x3C, index + 1 < count else {
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case 0x21 where starts(bytes, at: index, with: "<!--"):
                index = end(of: "-->", in: bytes, from: index + 4)
            case 0x21 where starts(bytes, at: index, with: "<![CDATA["):
                index = end(of: "]]>", in: bytes, from: index + 9)
            case 0x3F:
                index = end(of: "?>", in: bytes, from: index + 2)
            case 0x21, 0x2F, 0x20, 0x09, 0x0A, 0x0D, 0x3C:
                index += 1
            default:
                // A start tag: its attributes' `=` up to the `>` outside quotes.
                var attributes = 0
                var quote: UInt8 = 0
                index += 1
                while index < count {
                    let byte = bytes[index]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == 0x3D {
                        attributes += 1
                        if attributes > maximumAttributes { return true }
                    } else if byte == 0x3E || byte == 0x3C {
                        break
                    }
                    index += 1
                }
            }
        }
        return false
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { wanted in
            index + wanted.count <= bytes.count && (0..<wanted.count).allSatisfy { bytes[index + $0] == wanted[$0] }
        }
    }

    /// The index past the first `terminator` at or after `from`, or the end of the bytes.
    private static func end(of terminator: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        terminator.withUTF8Buffer { wanted in
            var index = from
            while index + wanted.count <= bytes.count {
                if bytes[index] == wanted[0], (1..<wanted.count).allSatisfy({ bytes[index + $0] == wanted[$0] }) {
                    return index + wanted.count
                }
                index += 1
            }
            return bytes.count
        }
    }

    /// `dc:creator` → `creator`, lowercased.
    private static func localName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let full = String(cString: name)
        return String(full[(full.lastIndex(of: ":").map { full.index(after: $0) } ?? full.startIndex)...]).lowercased()
    }
}
