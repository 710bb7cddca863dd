/// A comment found the way libxml2 2.9.14's HTML parser reads one (`htmlParseComment`), so that
/// `HTMLTreeBuilder` can step over it instead of libxml2's loop of one decoded character at a
/// time (on the eval pages that loop was about 2.5 % of all instructions). A comment makes no
/// node; it only ends a run of text.
///
/// What libxml2 does: after `<!--` it reads characters up to the first `-->` (which may begin
/// right after the `<!--`) and reports one comment; newer versions also end it at `--!>` or
/// right away at `<!-->` and `<!--->`; a NUL or the end of the input leaves it unfinished;
/// malformed UTF-8 makes it re-read the rest of the page as Latin-1.
///
/// Contract: `length(in:)` gets libxml2's unread bytes from a `<!--`, and returns the length of
/// the comment through its `-->` only when every reading above ends it there: it does not start
/// `<!-->` or `<!--->`, holds no `--!>` before its `-->`, and holds only characters XML allows
/// (no C0 control but tab, LF and CR; no U+FFFE, U+FFFF) as valid UTF-8, all inside `bytes`.
/// Otherwise nil, and libxml2 reads the comment itself. Pure; reads only `bytes`.
enum HTMLComment {
    static func length(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count >= 7, let base = bytes.baseAddress, base[0] == 0x3C, base[1] == 0x21, base[2] == 0x2D,
            base[3] == 0x2D, base[4] != 0x3E, !(base[4] == 0x2D && base[5] == 0x3E)
        else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 4
        while index < count {
            // Eight bytes with no `>`, control or non-ASCII byte can neither end the comment nor
            // stop the shortcut.
            if index + 8 <= count, HTMLRawText.isPlain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), stop: 0x3E) {
                index += 8
                continue
            }
            let byte = base[index]
            if byte == 0x3E, index >= 6, base[index - 1] == 0x2D, base[index - 2] == 0x2D {
                return index + 1
            }
            if byte == 0x3E, index >= 7, base[index - 1] == 0x21, base[index - 2] == 0x2D, base[index - 3] == 0x2D {
                return nil
            }
            guard let length = HTMLRawText.allowedCharacterLength(bytes, at: index) else { return nil }
            index += length
        }
        return nil
    }
}
