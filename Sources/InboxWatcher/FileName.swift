/// Turning the raw bytes of a directory entry name into a `String`, and back for logs.
///
/// Decision on names that are not valid UTF-8: presswatch does **not** process them. They cannot
/// be represented losslessly in a `String`, in the JSON index or in a log field, so the watcher
/// drops their events (logging them once, escaped) and the scanner reports them in
/// `ScanResult.skipped` with the reason ``FileName/invalidUTF8Reason``. The operator renames them.
enum FileName {
    /// The reason given for a name that is not valid UTF-8.
    static let invalidUTF8Reason = "file name is not valid UTF-8: rename it"

    /// The name as a `String`, or nil when the bytes are not valid UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// A printable, unambiguous rendering of raw name bytes for logs: printable ASCII as is,
    /// backslash and every other byte as `\xNN`.
    static func escaped(_ bytes: some Sequence<UInt8>) -> String {
        var out = ""
        for byte in bytes {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += byte < 0x10 ? "\\x0\(hex)" : "\\x\(hex)"
            }
        }
        return out
    }

    /// True when `name` can name an entry directly inside a directory: not empty, not "." or
    /// "..", and free of "/" and NUL.
    static func isSingleComponent(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".."
            && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(0)
    }
}
