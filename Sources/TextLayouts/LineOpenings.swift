/// The openings a recogniser's lines may start with (lowercase ASCII, as `LineBytes.mayStart`
/// compares them), with the set of their first bytes worked out once: `mayStart` turns down a
/// line whose first byte (lowercased) opens none of them without a loop over the openings
/// (issue 10, text parsing speed: most lines of a text open no recogniser's phrase).
///
/// Contract: `mayOpen(_:)` is false only when no opening starts with that byte and none is
/// empty (an empty opening starts every line). Keep each list in a `static let`: building one
/// costs a loop over its openings, the cost it saves. Pure; never fails.
package struct LineOpenings: Sendable {
    let prefixes: [StaticString]
    /// Bit `byte` of the 256 (four words of 64) set for the first byte of every opening.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    /// Some opening is empty: every line may start with it.
    private let hasEmpty: Bool

    package init(_ prefixes: StaticString...) {
        self.prefixes = prefixes
        var words: [UInt64] = [0, 0, 0, 0]
        var hasEmpty = false
        for prefix in prefixes {
            if let first = prefix.withUTF8Buffer({ $0.first }) {
                words[Int(first >> 6)] |= 1 << UInt64(first & 63)
            } else {
                hasEmpty = true
            }
        }
        firstBytes = (words[0], words[1], words[2], words[3])
        self.hasEmpty = hasEmpty
    }

    /// Whether some opening starts with `byte` (or one is empty).
    @inline(__always)
    func mayOpen(_ byte: UInt8) -> Bool {
        if hasEmpty { return true }
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }
}
