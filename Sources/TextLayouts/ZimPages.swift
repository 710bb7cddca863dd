import TextToolkit

/// A page of a Zim desktop wiki as Zim stores it: its headers (`Content-Type: text/x-zim-wiki`,
/// `Wiki-Format: zim 0.6`, `Creation-Date: …`) and a blank line, then its markup: `====== Page
/// ======` the page's own name (level 1: six `=`), often with Zim's `Created …` line under it,
/// `===== Title =====` (level 2) and deeper headings, `//italic//`, `**bold**`, `__marked__`,
/// `[[address|text]]` links, `@tag` words.
///
/// Contract: `labelled` returns the lines unchanged unless the first one is Zim's `Content-Type`
/// header. Otherwise the headers go (up to the first blank line, and no further than ten lines), and so
/// does the page's heading with what stands under it when a deeper heading follows within three
/// lines (the page's name and its creation line are the wiki's, not the article's): that heading
/// is then the title. Every heading becomes its text; emphasis marks are dropped (not `//` after
/// `:`, an address's); a link becomes its text, or its target when it has none, and a link alone
/// on its line that repeats the line above goes, as does a line of `@tags` alone. Pure.
enum ZimPages {
    static func labelled(_ lines: [String]) -> [String] {
        guard lines.first == "Content-Type: text/x-zim-wiki" else { return lines }
        var start = 1
        while start < min(lines.count, 10), !lines[start].isEmpty { start += 1 }
        var result: [String] = []
        var index = start
        if let page = lines[start...].prefix(4).firstIndex(where: { level(of: $0) == 1 }),
            let deeper = lines[(page + 1)...].prefix(3).firstIndex(where: { (level(of: $0) ?? 0) > 1 })
        {
            index = deeper
        }
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            if level(of: line) != nil {
                result.append(headingText(line))
            } else if isTagLine(line) {
                continue
            } else {
                let text = withoutMarkup(line)
                // A link alone on its line repeating the line above (`//Público//` over `[[https://…|Público]]`).
                if line.hasPrefix("[["), line.hasSuffix("]]"), text == result.last { continue }
                result.append(text)
            }
        }
        return result
    }

    /// A heading's level: 1 for six `=` around the text, 5 for two; nil for any other line.
    static func level(of line: String) -> Int? {
        let bytes = line.utf8
        guard bytes.first == 0x3D, bytes.last == 0x3D, bytes.count > 5 else { return nil }
        let marks = bytes.prefix { $0 == 0x3D }.count
        guard (2...6).contains(marks), bytes.reversed().prefix(while: { $0 == 0x3D }).count == marks,
            bytes.dropFirst(marks).first == 0x20
        else { return nil }
        return 7 - marks
    }

    private static func headingText(_ line: String) -> String {
        var text = Substring(line).drop { $0 == "=" }
        while text.last == "=" { text = text[..<text.index(before: text.endIndex)] }
        return LineBytes.trimmed(text)
    }

    /// `@revue @acier`: the page's tags, nothing of the article's.
    ///
    /// Contract: true when the line holds a word and each of its words (between spaces) is `@` and more, read in one walk
    /// over its Characters that stops at the first other word (no array of its words: one 10 MiB line of tags took
    /// 195 MiB); a line without `@` is none, unread.
    static func isTagLine(_ line: String) -> Bool {
        guard LineBytes.contains(line, 0x40) else { return false }
        var words = 0
        var length = 0  // the word's Characters so far
        var tagged = false  // whether the word opens with `@`
        for character in line {
            if character == " " {
                if length > 0 {
                    guard tagged, length > 1 else { return false }
                    words += 1
                }
                length = 0
            } else {
                if length == 0 { tagged = character == "@" }
                length += 1
            }
        }
        if length > 0 {
            guard tagged, length > 1 else { return false }
            words += 1
        }
        return words > 0
    }

    /// The line without Zim's emphasis marks and with its links' texts.
    ///
    /// Contract: an ASCII line (each byte a Character of its own: the line holds no LF) is read by its bytes, as the
    /// Characters would read it; another by Characters, each mark looked for only when the bytes hold it, the links,
    /// then each mark's pairs, in one walk each (a Character equal to `[`, `]`, `*`, `_`, `/` or `:` is that one byte),
    /// the walk over `//` knowing whether the text kept ends with `:`.
    /// Each of a line's `//` compared the kept text's last Character and searched the rest by Characters: a cluster
    /// of combining marks before many `//` (one 10 MiB line) took 14.9 s, a line of `a//` 5.5 s (a build beside).
    static func withoutMarkup(_ line: String) -> String {
        guard LineBytes.contains(line, bytes: "//") || LineBytes.contains(line, bytes: "**") || LineBytes.contains(line, bytes: "__")
            || LineBytes.contains(line, bytes: "[[")
        else { return line }
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWithoutMarkup(Array(line.utf8)) }
        var out = ""
        var at = line.startIndex  // the first Character not copied yet
        let linked = LineBytes.contains(line, bytes: "[[")
        while linked, let open = firstPair(0x5B, in: line, from: at),
            let close = firstPair(0x5D, in: line, from: line.index(open, offsetBy: 2))
        {
            out += line[at..<open]
            let inner = line[line.index(open, offsetBy: 2)..<close]
            out += inner.firstIndex(of: "|").map { inner[inner.index(after: $0)...] } ?? inner
            at = line.index(close, offsetBy: 2)
        }
        out += line[at...]
        if LineBytes.contains(out, bytes: "**") { out = withoutPairs(0x2A, in: out) }
        if LineBytes.contains(out, bytes: "__") { out = withoutPairs(0x5F, in: out) }
        // `//` opens or closes italics unless an address's scheme stands before it (`https://`).
        return LineBytes.trimmed(LineBytes.contains(out, bytes: "//") ? withoutPairs(0x2F, in: out, keptAfterColon: true) : out)
    }

    /// `text` without each two Characters in a row that are each the one ASCII `byte`, left to right (three leave one),
    /// in one walk over its Characters; with `keptAfterColon`, a pair stays when the text kept before it ends with `:`.
    private static func withoutPairs(_ byte: UInt8, in text: String, keptAfterColon: Bool = false) -> String {
        var kept = ""
        var run = text.startIndex  // the first Character not copied yet
        var colonLast = false  // whether the text kept so far ends with `:`
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if isOneByte(byte, of: text, at: index, before: next), next < text.endIndex,
                isOneByte(byte, of: text, at: next, before: text.index(after: next))
            {
                kept += text[run..<index]
                if keptAfterColon, colonLast {
                    kept += text[index..<text.index(after: next)]
                    colonLast = false
                }
                index = text.index(after: next)
                run = index
                continue
            }
            colonLast = isOneByte(0x3A, of: text, at: index, before: next)
            index = next
        }
        return kept + text[run...]
    }

    /// Where the first two Characters in a row that are each the one ASCII `byte` start, at `start` or after.
    private static func firstPair(_ byte: UInt8, in text: String, from start: String.Index) -> String.Index? {
        var index = start
        var previous: String.Index?  // the Character before `index`, when it is `byte`
        while index < text.endIndex {
            let next = text.index(after: index)
            if isOneByte(byte, of: text, at: index, before: next) {
                if let previous { return previous }
                previous = index
            } else {
                previous = nil
            }
            index = next
        }
        return nil
    }

    /// Whether the Character of `text` from `index` to `next` is the one ASCII `byte` (a Character equal to `/` or `:`
    /// is that scalar alone).
    private static func isOneByte(_ byte: UInt8, of text: String, at index: String.Index, before next: String.Index) -> Bool {
        text.utf8[index] == byte && text.utf8.index(after: index) == next
    }

    /// `withoutMarkup` of an ASCII line, by its bytes: each link `[[` … `]]` (the first `]]` after it) its text after
    /// the first `|`, or all of it; every `**`, then every `__`, taken out left to right; every `//` taken out, unless
    /// the bytes kept before it end with `:`.
    private static func asciiWithoutMarkup(_ line: [UInt8]) -> String {
        var linked: [UInt8] = []
        linked.reserveCapacity(line.count)
        var at = 0
        linkSearch: while at < line.count {
            guard let open = pair(0x5B, in: line, from: at), let close = pair(0x5D, in: line, from: open + 2) else { break linkSearch }
            linked += line[at..<open]
            let inner = line[(open + 2)..<close]
            linked += inner.firstIndex(of: 0x7C).map { inner[($0 + 1)...] } ?? inner
            at = close + 2
        }
        linked += line[at...]
        let unmarked = withoutPairs(0x5F, in: withoutPairs(0x2A, in: linked))
        var text: [UInt8] = []
        text.reserveCapacity(unmarked.count)
        var index = 0
        while index < unmarked.count {
            if unmarked[index] == 0x2F, index + 1 < unmarked.count, unmarked[index + 1] == 0x2F {
                if text.last == 0x3A { text += [0x2F, 0x2F] }
                index += 2
            } else {
                text.append(unmarked[index])
                index += 1
            }
        }
        return LineBytes.trimmed(String(decoding: text, as: UTF8.self))
    }

    /// Where the first two `byte`s in a row start at `from` or after.
    private static func pair(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The bytes without each pair of `byte` (left to right: three in a row leave one).
    private static func withoutPairs(_ byte: UInt8, in bytes: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == byte, index + 1 < bytes.count, bytes[index + 1] == byte {
                index += 2
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }
}
