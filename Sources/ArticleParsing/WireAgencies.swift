/// News agencies by name, and copyright lines that name one.
///
/// Contract: `isAgency` is true for the names of the wire agencies a desk receives (`AFP`,
/// `Reuters`, `dpa`, `EFE`, `ANSA`, `Lusa`, `The Associated Press`, …), compared folded.
/// `copyrightHolder` reads `© Reuters 2026`, `(c) AFP 2025`, `Copyright 2024 The Associated
/// Press`, `© 2024 Reuters. All rights reserved.` and returns the holder (`Reuters`): a
/// copyright line gives a year, never a publication date, so no date is returned. Nil when the
/// line is not a copyright line or names no holder. Pure; never fails.
enum WireAgencies {
    private static let names: Set<String> = [
        "afp", "agence france-presse", "agence france presse", "reuters", "reuter", "thomson reuters",
        "ap", "associated press", "the associated press", "dpa", "deutsche presse-agentur", "efe",
        "agencia efe", "ansa", "lusa", "agencia lusa", "apa", "sda", "ats", "keystone-sda", "kna", "epd",
        "ddp", "kyodo", "xinhua", "bloomberg", "upi", "europa press", "belga", "anp", "tass", "aps",
        "map", "agence ecofin", "pa", "pa media", "aa", "anadolu", "ips", "agi", "adnkronos", "reuters/dpa",
        "afp/dpa", "dpa/afp", "ap/dpa", "afp/reuters", "agencia brasil", "agência brasil", "estado",
    ]

    static func isAgency(_ name: some StringProtocol) -> Bool {
        names.contains(TextFolding.fold(TextFolding.trimmed(name)))
    }

    static func copyrightHolder(_ line: String) -> String? {
        guard line.count <= 120 else { return nil }
        var text = Substring(line)
        let folded = TextFolding.fold(line.prefix(12))
        if text.hasPrefix("©") {
            text = text.dropFirst()
        } else if folded.hasPrefix("(c)") {
            text = text.dropFirst(3)
        } else if folded.hasPrefix("copyright") {
            text = text.dropFirst(9).drop { $0 == " " }
            if text.hasPrefix("©") { text = text.dropFirst() }
            else if TextFolding.fold(text.prefix(3)) == "(c)" { text = text.dropFirst(3) }
        } else {
            return nil
        }
        // The holder runs to the first sentence end (`. All rights reserved.`); years go.
        if let stop = text.firstIndex(where: { ".|;".contains($0) }) { text = text[..<stop] }
        let words: [Substring] = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { word in
            !(word.count == 4 && word.allSatisfy(\.isNumber))
                && !(word.count == 9 && word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" })
        }
        let holder: String = words.joined(separator: " ")
        guard (1...6).contains(words.count), holder.first?.isLetter == true,
            holder.first?.isUppercase == true || isAgency(holder)
        else { return nil }
        return holder
    }
}
