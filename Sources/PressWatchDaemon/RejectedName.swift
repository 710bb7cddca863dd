/// The name a rejected original gets in `rejected/`: its inbox name, shortened when
/// `<name>.error.json` (plus a `.N` counter) would not fit the 255-byte file-name limit of
/// Linux file systems. Without this, a 250-byte name could never be rejected: writing its
/// report failed with ENAMETOOLONG and the file was retried forever (found by the reliability
/// suite). The report's `file` field keeps the full original name.
enum RejectedName {
    /// Room left for ".error.json" (11 bytes) and a ".NNNN" counter.
    static let maxBytes = 255 - 11 - 5

    /// `name` when short enough, else its longest prefix (whole characters) within `maxBytes`
    /// minus 1, followed by "~".
    static func fitting(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var kept = ""
        var bytes = 0
        for character in name {
            let size = String(character).utf8.count
            if bytes + size > maxBytes - 1 { break }
            kept.append(character)
            bytes += size
        }
        return kept + "~"
    }
}
