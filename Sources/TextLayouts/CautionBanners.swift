import TextToolkit

/// The warning a mail gateway puts on top of mail from outside the organisation: `CAUTION: This
/// email originated from outside of the organization. Do not click links…`, `ATTENTION : ce
/// courriel provient de l'extérieur…`, `ACHTUNG: Diese E-Mail stammt von außerhalb…`,
/// `PRECAUCIÓN: este correo procede de fuera…`, `ATTENZIONE: questa email proviene
/// dall'esterno…`, `ATENÇÃO: este e-mail teve origem fora…`. No line of the article's.
///
/// Contract: `withoutBanners` empties each of the first 40 lines that opens with a warning word
/// and a colon (`CAUTION:`, `WARNING:`, `EXTERNAL EMAIL:`, `ATTENTION :`, `ACHTUNG:`,
/// `VORSICHT:`, `PRECAUCIÓN:`, `ATENCIÓN:`, `ATTENZIONE:`, `ATENÇÃO:`) and speaks of mail from
/// outside (`outside`, `extern…`, `extérieur`, `außerhalb`, `fuera`, `esterno`, `fora`); the
/// line count is kept. Pure.
enum CautionBanners {
    static func withoutBanners(_ lines: [String]) -> [String] {
        var result = lines
        for index in lines.indices.prefix(40) {
            guard let first = lines[index].utf8.first, first >= 0x41 && first <= 0x5A, isBanner(lines[index]) else { continue }
            result[index] = ""
        }
        return result
    }

    private static func isBanner(_ line: String) -> Bool {
        // The warning's first four bytes, lowered, open one of the warnings: most lines are turned down unfolded.
        guard opens(line), line.utf8.prefix(24).contains(0x3A), let colon = line.prefix(24).firstIndex(of: ":")
        else { return false }
        let word = TextFolding.fold(LineBytes.trimmed(line[..<colon]))
        guard warnings.contains(word) else { return false }
        let folded = TextFolding.fold(line)
        return outside.contains { folded.contains($0) }
    }

    private static let warnings: Set<String> = [
        "caution", "warning", "external email", "external", "attention", "achtung", "vorsicht", "warnung",
        "precaucion", "atencion", "advertencia", "attenzione", "avviso", "atencao", "aviso", "cuidado",
    ]

    /// Whether the line's first four bytes, each with 0x20 set, are one of `openingKeys`: read as
    /// one integer (no `String` made or hashed). A byte of 0x80 or more keeps its high bit, so a
    /// line opening with a non-ASCII byte matches none, as no warning's opening has one.
    private static func opens(_ line: String) -> Bool {
        func key(_ bytes: some Collection<UInt8>) -> UInt32? {
            guard bytes.count >= 4 else { return nil }
            var key: UInt32 = 0
            for (shift, byte) in zip(stride(from: 0, to: 32, by: 8), bytes) { key |= UInt32(byte | 0x20) << shift }
            return key
        }
        // Contiguous bytes: the four in one load (byte `i` at bit `8 * i`, as `key` packs them).
        let packed = line.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            guard bytes.count >= 4, let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
            return UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)) | 0x2020_2020
        } ?? key(line.utf8)
        guard let packed else { return false }
        return openingKeys.contains(packed)
    }

    /// The first four letters of each warning, lowered (`precaución` → `prec`; all ASCII), packed
    /// as `opens` packs a line's bytes.
    private static let openingKeys: [UInt32] = Array(Set(warnings.map { word in
        word.utf8.prefix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << ($1.offset * 8) }
    }))

    private static let outside = [
        "outside", "extern", "exterieur", "außerhalb", "ausserhalb", "fuera", "esterno", "fora da", "fora de", "origem fora",
    ]
}
