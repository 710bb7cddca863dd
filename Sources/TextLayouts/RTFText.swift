import Foundation
import TextToolkit

/// A Rich Text Format document (`{\rtf1\ansi…`) saved with a `.txt` name: the text it prints.
///
/// Contract: `plain` takes a text opening with `{\rtf` and returns what a word processor would
/// show, one paragraph a block: `\par` ends a paragraph (a blank line after it, as a word
/// processor's spacing shows it), `\line` a line, `\tab` is a tab, `\'hh` is a byte of the document's
/// Windows code page (1252 unless `\ansicpg` names another Foundation can decode), `\uN` a
/// Unicode character (its `\ucN` fallback characters skipped; two halves of a character beyond
/// U+FFFF joined; control characters other than tab and line feed dropped), the typographic control words
/// (`\emdash`, `\lquote`, …) their characters; groups that print nothing are skipped whole: the
/// document's properties (`\info`, whose `\title` and `\author` are the file's, not the
/// article's), font, colour, style and list tables, pictures, headers and footers, footnotes,
/// annotations, bookmarks, field instructions and every `\*` destination. Nil for any other text. Linear in the text's length,
/// with no recursion (groups are kept on a stack), so that a hostile nesting cannot overflow. Pure.
enum RTFText {
    static func plain(_ text: String) -> String? {
        // Past white space and a BOM, `{\rtf` opens the text: only then are its bytes copied.
        guard LineBytes.leadingByte(text) == 0x7B,
            text.utf8.drop(while: { $0 != 0x7B }).starts(with: "{\\rtf".utf8)
        else { return nil }
        let bytes = Array(text.utf8)
        guard let open = bytes.firstIndex(of: 0x7B) else { return nil }
        var reader = Reader(bytes: bytes, index: open)
        reader.run()
        return reader.output
    }

    /// Destinations whose text is not printed.
    private static let hidden: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "headerf", "footerl",
        "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "themedata", "colorschememapping",
        "latentstyles", "datastore", "object", "fldinst", "generator", "filetbl", "revtbl", "pgdsctbl", "nonshppict",
        "shppict", "bkmkstart", "bkmkend", "footnote", "annotation", "atnid", "atnauthor",
    ]

    /// Control words that print a character.
    private static let printed: [String: String] = [
        "par": "\n\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "row": "\n", "cell": "\t", "tab": "\t",
        "emdash": "\u{2014}", "endash": "\u{2013}", "lquote": "\u{2018}", "rquote": "\u{2019}", "ldblquote": "\u{201C}",
        "rdblquote": "\u{201D}", "bullet": "\u{2022}", "emspace": " ", "enspace": " ", "qmspace": " ",
    ]

    /// The Windows code pages `\ansicpg` may name that Foundation decodes.
    private static let codePages: [Int: String.Encoding] = [
        1250: .windowsCP1250, 1251: .windowsCP1251, 1252: .windowsCP1252, 1253: .windowsCP1253, 1254: .windowsCP1254,
        932: .shiftJIS, 10000: .macOSRoman, 28591: .isoLatin1, 65001: .utf8,
    ]

    private struct Group {
        var hidden: Bool
        var fallback: Int  // characters to skip after `\uN` (`\ucN`)
    }

    private struct Reader {
        let bytes: [UInt8]
        var index: Int
        var output = ""
        var stack: [Group] = []
        /// Code-page bytes not yet decoded (`\'e9\'e8`), decoded together so that a double-byte
        /// code page's pairs stay whole.
        var pending: [UInt8] = []
        var encoding: String.Encoding = .windowsCP1252
        var skipCharacters = 0
        /// The first half of a character outside the Basic Multilingual Plane (`\u-10179?`),
        /// waiting for its second.
        var highSurrogate: UInt32?

        var isHidden: Bool { stack.last?.hidden ?? false }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x7B:
                    flush()
                    skipCharacters = 0
                    stack.append(Group(hidden: isHidden, fallback: stack.last?.fallback ?? 1))
                    index += 1
                    // `{\*\dest …}`: a destination a reader that does not know it skips.
                    if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x2A { stack[stack.count - 1].hidden = true }
                case 0x7D:
                    flush()
                    skipCharacters = 0
                    if !stack.isEmpty { stack.removeLast() }
                    index += 1
                    if stack.isEmpty { return }
                case 0x5C:
                    control()
                case 0x0D, 0x0A:
                    index += 1
                default:
                    emit(byte)
                    index += 1
                }
            }
            flush()
        }

        mutating func emit(_ byte: UInt8) {
            if skipCharacters > 0 {
                skipCharacters -= 1
                return
            }
            guard !isHidden else { return }
            if byte < 0x80, pending.isEmpty {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                pending.append(byte)
            }
        }

        mutating func emit(_ text: String) {
            guard !isHidden else { return }
            flush()
            output += text
        }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            output += String(data: Data(pending), encoding: encoding) ?? String(decoding: pending, as: UTF8.self)
            pending.removeAll()
        }

        mutating func control() {
            index += 1
            guard index < bytes.count else { return }
            let lead = bytes[index]
            guard ASCII.isLetter(lead) else {
                index += 1
                switch lead {
                case 0x27:  // \'hh
                    if index + 1 < bytes.count, let high = hex(bytes[index]), let low = hex(bytes[index + 1]) {
                        index += 2
                        if skipCharacters > 0 { skipCharacters -= 1 } else if !isHidden { pending.append(high << 4 | low) }
                    }
                case 0x5C, 0x7B, 0x7D: emit(lead)
                case 0x7E: emit("\u{00A0}")
                case 0x5F: emit("\u{2011}")
                case 0x0A, 0x0D: emit("\n")
                default: break  // `\-` (optional hyphen), `\*`, `\|`, `\:`
                }
                return
            }
            let wordStart = index
            while index < bytes.count, ASCII.isLetter(bytes[index]), index - wordStart < 32 { index += 1 }
            let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
            var parameter: Int?
            let numberStart = index
            if index < bytes.count, bytes[index] == 0x2D { index += 1 }
            while index < bytes.count, bytes[index] &- 0x30 < 10, index - numberStart < 10 { index += 1 }
            if index > numberStart { parameter = Int(String(decoding: bytes[numberStart..<index], as: UTF8.self)) }
            if index < bytes.count, bytes[index] == 0x20 { index += 1 }
            if RTFText.hidden.contains(word), !stack.isEmpty {
                stack[stack.count - 1].hidden = true
                return
            }
            switch word {
            case "u":
                guard let parameter else { return }
                let value = UInt32(max(0, parameter < 0 ? parameter + 65536 : parameter))
                skipCharacters = stack.last?.fallback ?? 1
                switch value {
                case 0xD800..<0xDC00: highSurrogate = value
                case 0xDC00..<0xE000:
                    if let high = highSurrogate, let scalar = Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (value - 0xDC00)) {
                        emit(String(Character(scalar)))
                    }
                    highSurrogate = nil
                default:
                    highSurrogate = nil
                    // No control character but a tab or a line break.
                    if value >= 0x20 || value == 0x09 || value == 0x0A, let scalar = Unicode.Scalar(value) {
                        emit(String(Character(scalar)))
                    }
                }
            case "uc":
                if let parameter, !stack.isEmpty { stack[stack.count - 1].fallback = max(0, parameter) }
            case "ansicpg":
                if let parameter, let named = RTFText.codePages[parameter] { encoding = named }
            default:
                if let character = RTFText.printed[word] { emit(character) }
            }
        }

        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x37
            case 0x61...0x66: byte - 0x57
            default: nil
            }
        }
    }
}
