import Foundation

extension LineBytes {
    /// `text.range(of: needle)` (or with `.backwards`), Foundation's search, for a needle `firstApart` can judge on the
    /// bytes (it opens and ends with an ASCII byte, each of its scalars is a Character of its own and no other scalar
    /// sequence is canonically equivalent to it: ` [`, `, `, ` — `, ` | `): found on the bytes when the bytes hold it
    /// nowhere or their first (last) place stands apart, else by Foundation. Same answer as Foundation's; most lines
    /// are decided without converting them to UTF-16 (a paragraph ending in `.` or `]` was searched whole, backwards,
    /// for every rule that asked). Pure.
    package static func range(
        of needle: String, in text: some StringProtocol, backwards: Bool = false
    ) -> Range<String.Index>? {
        let bytes = Array(needle.utf8)
        switch backwards ? lastApart(bytes, in: text) : firstApart(bytes, in: text) {
        case .absent: return nil
        case .found(let range): return range
        case .unsure: return text.range(of: needle, options: backwards ? .backwards : [])
        }
    }
}
