import TextToolkit

/// Decides how a saved HTML page's bytes are encoded and converts them to UTF-8 for `HTMLDocument`.
///
/// Contract, in order: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; else bytes that are valid
/// UTF-8 and hold at least one multi-byte sequence are UTF-8, whatever the page declares (a page
/// saved or re-encoded as UTF-8 keeps its old `charset=gb2312`; text really written in GBK,
/// Shift_JIS or Windows-1252 is as good as never valid UTF-8 once it holds a non-ASCII
/// character); else the charset the page declares (`<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`) in its first 16 KiB; else UTF-8 if
/// the bytes are valid UTF-8; else Windows-1252. A declared name is
/// read as the WHATWG Encoding Standard reads its labels, as browsers do: `ISO-8859-1`,
/// `Latin-1` and `US-ASCII` are Windows-1252; `GB2312` and `GBK` are GB18030 (their superset:
/// pages declared GB2312 routinely hold GBK characters); `Shift_JIS` is Windows-31J (CP932),
/// `EUC-KR` is CP949, `Big5` is Big5-HKSCS, `ISO-8859-9` is Windows-1254, `TIS-620` and
/// `ISO-8859-11` are Windows-874. UTF-8 and Windows-1252 are converted here, every other charset
/// by glibc's iconv (`IconvDecoding`: Big5, EUC-JP, KOI8-R, ISO-8859-x, Windows-125x, …). A page
/// declared UTF-8 that holds a few invalid bytes keeps its UTF-8 text (invalid bytes become
/// U+FFFD), and so does a page in another charset (U+FFFD for each byte iconv cannot read). A
/// declared name iconv does not know is ignored (the undeclared rule applies). Pure; never fails.
enum HTMLCharset {
    /// The byte-level twin of `FormatDetection`'s HTML rule: after a BOM and whitespace the
    /// bytes start with `<!doctype html`, or `<html` occurs in the first 4 KiB (any case).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // Read in place (ASCII case ignored byte by byte): no lowercased copy of the head.
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(4096))
            func matches(_ needle: [UInt8], at start: Int) -> Bool {
                ByteSearch.matchesIgnoringCase(needle, in: head, at: start)
            }
            var first = 0
            if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { first = 3 }
            var cursor = first
            while cursor < head.count,
                head[cursor] == 0x20 || head[cursor] == 0x09 || head[cursor] == 0x0A || head[cursor] == 0x0D || head[cursor] == 0x0C
            {
                cursor += 1
            }
            if matches(Self.doctypeHTML, at: cursor) { return true }
            guard head.count - first >= Self.htmlOpen.count else { return false }
            // Every `<` of the head that leaves room for `<html`, found by memchr.
            let last = head.count - Self.htmlOpen.count
            var start = first
            while let open = ByteSearch.firstIndex(of: 0x3C, in: head, from: start), open <= last {
                if matches(Self.htmlOpen, at: open) { return true }
                start = open + 1
            }
            return false
        }
    }

    private static let doctypeHTML = Array("<!doctype html".utf8)
    private static let htmlOpen = Array("<html".utf8)

    /// The page's bytes as UTF-8.
    static func prepare(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return repairedUTF8(Array(bytes.dropFirst(3))) }
        if TextDecoding.hasUTF16ByteOrderMark(bytes) {
            let text = TextDecoding.decode(bytes)?.text ?? ""
            return Array(text.utf8)
        }
        switch declared(in: bytes).map(normalised) {
        case let name? where name != "utf-8" && isMultiByteUTF8(bytes):
            return bytes  // the declaration is stale: see the contract
        case "utf-8"?:
            return repairedUTF8(bytes)
        case "windows-1252"?:
            return Array(TextDecoding.decodeWindows1252(bytes).utf8)
        case let other?:
            if let converted = IconvDecoding.utf8(bytes, from: other) { return converted }
            fallthrough
        case nil:
            if UTF8Validation.isValid(bytes) { return bytes }
            return Array(TextDecoding.decodeWindows1252(bytes).utf8)
        }
    }

    /// The declared charset, lowercased, from the first `<meta>` that declares one.
    static func declared(in bytes: [UInt8]) -> String? {
        // Read in place, each byte lowercased (ASCII) as it is looked at: no copy of the head.
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(16_384))
            @inline(__always) func lower(_ index: Int) -> UInt8 { ASCII.lowercased(head[index]) }
            let needle = Self.charsetWord
            var index = 0
            while index + needle.count < head.count {
                guard lower(index) == needle[0], ByteSearch.matchesIgnoringCase(needle, in: head, at: index) else {
                    index += 1
                    continue
                }
                var cursor = index + needle.count
                index = cursor
                guard isInsideMeta(head, at: index - needle.count) else { continue }
                while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
                guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < head.count, head[cursor] == 0x20 || head[cursor] == 0x22 || head[cursor] == 0x27 {
                    cursor += 1
                }
                var name: [UInt8] = []
                while cursor < head.count {
                    let byte = lower(cursor)
                    guard ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == 0x2D || byte == 0x5F
                        || byte == 0x2E || byte == 0x3A
                    else { break }
                    name.append(byte)
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            return nil
        }
    }

    private static let charsetWord = Array("charset".utf8)
    private static let metaOpen = Array("<meta".utf8)

    /// Whether the `charset` at `position` sits inside a `<meta …>` tag (ASCII case ignored).
    private static func isInsideMeta(_ head: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var cursor = position
        while cursor > 0, position - cursor < 1024 {
            cursor -= 1
            if head[cursor] == UInt8(ascii: ">") { return false }
            if head[cursor] == UInt8(ascii: "<") {
                return ByteSearch.matchesIgnoringCase(metaOpen, in: head, at: cursor)
            }
        }
        return false
    }

    /// The charset a declared (lowercased) name stands for, as the WHATWG Encoding Standard
    /// maps labels: `utf-8`, `windows-1252`, or a name iconv knows; an unlisted name passes
    /// through as written (iconv knows most).
    static func normalised(_ name: String) -> String {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
            // A page that says UTF-16 but has no BOM was re-saved as bytes; UTF-8 is the best bet.
            return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
            "windows-1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819", "iso-ir-100":
            return "windows-1252"
        case "gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280",
            "iso-ir-58", "cp936", "ms936", "windows-936", "gb18030", "euc-cn":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
            return "BIG5-HKSCS"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932", "cp932":
            return "CP932"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean", "csksc56011987",
            "iso-ir-149", "windows-949", "cp949", "cseuckr":
            return "CP949"
        case "iso-8859-9", "iso8859-9", "latin5", "l5", "iso_8859-9", "windows-1254", "cp1254":
            return "CP1254"
        case "tis-620", "iso-8859-11", "iso8859-11", "windows-874", "dos-874", "cp874":
            return "CP874"
        case "x-mac-roman", "mac", "macintosh", "csmacintosh", "x-mac-ukrainian", "x-mac-cyrillic":
            return name.hasSuffix("roman") || name.hasPrefix("mac") || name == "csmacintosh" ? "MACINTOSH" : "MAC-UK"
        default:
            return name
        }
    }

    /// Valid UTF-8 holding at least one multi-byte sequence (a lead byte, 0xC2 or above).
    private static func isMultiByteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains(where: { $0 >= 0xC2 }) && UTF8Validation.isValid(bytes)
    }

    private static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        if UTF8Validation.isValid(bytes) { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
