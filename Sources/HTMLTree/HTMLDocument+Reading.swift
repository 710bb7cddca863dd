import Foundation
import TextToolkit

/// Read access to an `HTMLDocument`: attributes, text, class/id names.
///
/// Contract: pure, never fails; indices must come from the same document. Text comes back with
/// runs of whitespace (and no-break spaces) collapsed to one space, trimmed, and NFC-normalised.
extension HTMLDocument {
    @inlinable public var count: Int { nodes.count }

    @inlinable public func tag(_ index: Int) -> HTMLTag { nodes[index].tag }

    @inlinable public func parent(_ index: Int) -> Int? {
        let parent = Int(nodes[index].parent)
        return parent >= 0 ? parent : nil
    }

    /// The raw UTF-8 bytes of an attribute's value, or nil when the element does not have it.
    @inlinable public func attributeBytes(_ name: HTMLAttribute, of index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        guard node.attributeMask & name.bit != 0 else { return nil }
        let range = node.attributeRange
        for position in Int(range.lowerBound)..<Int(range.upperBound) where attributes[position].name == name {
            let value = attributes[position].value
            return storage[Int(value.lowerBound)..<Int(value.upperBound)]
        }
        return nil
    }

    /// The attribute's value, whitespace-collapsed; nil when absent.
    @inlinable public func attribute(_ name: HTMLAttribute, of index: Int) -> String? {
        attributeBytes(name, of: index).map { Self.collapsed($0) }
    }

    /// The attribute's value in lower case (ASCII), for comparisons; nil when absent.
    @inlinable public func lowercased(_ name: HTMLAttribute, of index: Int) -> String? {
        attributeBytes(name, of: index).map { Self.collapsed($0).lowercased() }
    }

    /// Whether the attribute's value contains one of `needles` (a `NeedleSet`, so its rule:
    /// lowercase ASCII needles with `ignoringCase` match in any letter case); false when the
    /// element does not have the attribute. Allocation-free.
    package func attribute(_ name: HTMLAttribute, of index: Int, containsAnyOf needles: NeedleSet) -> Bool {
        guard let value = attributeBytes(name, of: index) else { return false }
        return needles.occurs(in: value)
    }

    /// The whole text of a node's subtree on one line, skipping scripts, styles and the like.
    /// - Parameter limit: read at most this many bytes of text (cut on a character boundary),
    ///   so a huge text node costs no more than the limit.
    package func text(of index: Int, limit: Int = .max) -> String {
        var bytes: [UInt8] = []
        var position = index
        let end = Int(nodes[index].end)
        while position < end {
            let node = nodes[position]
            if node.tag.isNeverText, position != index {
                position = Int(node.end)
                continue
            }
            if node.tag == .text {
                let start = Int(node.text.lowerBound)
                var end = Int(node.text.upperBound)
                if end - start > limit - bytes.count {
                    // Copy no more than the limit, cut on a UTF-8 character boundary.
                    end = start + max(0, limit - bytes.count)
                    while end > start, end < Int(node.text.upperBound), storage[end] & 0xC0 == 0x80 { end -= 1 }
                }
                bytes.append(contentsOf: storage[start..<end])
                if bytes.count >= limit || end < Int(node.text.upperBound) { break }
            } else if node.tag.isBlock || node.tag == .br {
                bytes.append(0x20)
            }
            position += 1
        }
        return Self.collapsed(bytes[...])
    }

    /// The text node's raw bytes.
    @inlinable public func textBytes(_ index: Int) -> ArraySlice<UInt8> {
        let range = nodes[index].text
        return storage[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// The text of an element's children as written (no whitespace collapsing), e.g. a script.
    package func rawText(of index: Int) -> String {
        var bytes: [UInt8] = []
        for child in (index + 1)..<Int(nodes[index].end) where nodes[child].tag == .text {
            bytes.append(contentsOf: textBytes(child))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whitespace (ASCII and U+00A0) collapsed to single spaces, trimmed, NFC.
    public static func collapsed(_ bytes: ArraySlice<UInt8>) -> String {
        var written = 0
        var highest: UInt8 = 0
        let text = bytes.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                        pendingSpace = true
                    } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                        pendingSpace = true
                        index += 1
                    } else {
                        if pendingSpace, written > 0 {
                            output[written] = 0x20
                            written += 1
                        }
                        pendingSpace = false
                        highest = max(highest, byte)
                        output[written] = byte
                        written += 1
                    }
                    index += 1
                }
                return written
            }
        }
        // Bytes below 0xCC are scalars below U+0300, which NFC never changes; the string holds
        // exactly the bytes written unless invalid ones were replaced (then ask `nfc`, as before).
        if highest < 0xCC, text.utf8.count == written { return text }
        return TextFolding.nfc(text)
    }
}
