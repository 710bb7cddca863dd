import TextToolkit

/// News agencies by name, and copyright lines that name one.
///
/// Contract: `isAgency` is true for the names of the wire agencies a desk receives (`AFP`,
/// `Reuters`, `dpa`, `EFE`, `ANSA`, `Lusa`, `The Associated Press`, …), compared folded.
/// `copyrightHolder` reads `© Reuters 2026`, `(c) AFP 2025`, `Copyright 2024 The Associated
/// Press`, `© 2024 Reuters. All rights reserved.` and returns the holder (`Reuters`): a
/// copyright line gives a year, never a publication date, so no date is returned. Nil when the
/// line is not a copyright line (`Copyright` or `(c)` without a year is not one: `Copyright
/// laws are changing`) or names no holder. Pure; never fails.
package enum WireAgencies {
    private static let names: Set<String> = [
        "afp", "agence france-presse", "agence france presse", "reuters", "reuter", "thomson reuters",
        "ap", "associated press", "the associated press", "dpa", "deutsche presse-agentur", "efe",
        "agencia efe", "ansa", "lusa", "agencia lusa", "apa", "sda", "ats", "keystone-sda", "kna", "epd",
        "ddp", "kyodo", "xinhua", "bloomberg", "upi", "europa press", "belga", "anp", "tass", "aps",
        "map", "agence ecofin", "pa", "pa media", "aa", "anadolu", "ips", "agi", "adnkronos", "reuters/dpa",
        "afp/dpa", "dpa/afp", "ap/dpa", "afp/reuters", "agencia brasil", "agência brasil", "estado",
    ]

    package static func isAgency(_ name: some StringProtocol) -> Bool {
        names.contains(TextFolding.fold(LineBytes.trimmed(Substring(name))))
    }

    private static let copyrightOpenings = LineOpenings("(c)", "copyright")

    package static func copyrightHolder(_ line: String) -> String? {
        // `©` (not ASCII), `(c)` or `copyright` opens the line.
        guard LineBytes.mayStart(line, withAnyOf: copyrightOpenings) else { return nil }
        guard TextFolding.hasAtMost(line, 120) else { return nil }
        var text = Substring(line)
        let folded = TextFolding.fold(line.prefix(12))
        let symbol = text.hasPrefix("©")
        if symbol {
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
        // The holder runs to the first sentence end (`. All rights reserved.`); a year or a
        // range of years before or after it goes.
        var holder = TextFolding.trimmed(text)
        if let stop = holder.firstRange(of: ". ") { holder = String(holder[..<stop.lowerBound]) }
        if let cut = holder.indices.first(where: { index in
            reservedPhrases.contains { TextFolding.fold(holder[index...].prefix($0.count)) == $0 }
        }) {
            holder = String(holder[..<cut])
        }
        let separators = ".,;|-–—:"
        var words = LineBytes.words(holder)
        while let first = words.first, first.allSatisfy({ separators.contains($0) }) { words.removeFirst() }
        while let last = words.last, last.allSatisfy({ separators.contains($0) }) { words.removeLast() }
        let count = words.count
        while let first = words.first, isYear(first) || first.allSatisfy({ separators.contains($0) }) {
            words.removeFirst()
        }
        while let last = words.last, isYear(last) || last.allSatisfy({ separators.contains($0) }) { words.removeLast() }
        holder = words.joined(separator: " ")
        while let last = holder.last, separators.contains(last) || last.isWhitespace { holder.removeLast() }
        // `Copyright laws are changing` is a headline: without `©` a year must be there.
        guard (1...8).contains(words.count), holder.first?.isLetter == true, symbol || words.count < count
        else { return nil }
        // `ProQuest LLC`, `Dow Jones & Company, Inc.`: a news database's owner, not a publication.
        let foldedHolder = TextFolding.fold(holder)
        if databaseOwners.contains(where: { foldedHolder.hasPrefix($0) }) { return nil }
        return holder
    }

    /// Whether a name is a news database's or a reading platform's (`PressReader`, `Europresse`, `Google News`): where a
    /// desk read the article, never its publication.
    static func isNewsDatabase(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        return databaseOwners.contains(folded) || readingPlatforms.contains(folded)
    }

    /// Aggregators and reading apps (folded) a desk opens articles in.
    private static let readingPlatforms: Set<String> = [
        "google news", "google actualites", "google noticias", "google notizie", "msn", "msn news", "yahoo", "yahoo news",
        "yahoo! news", "flipboard", "apple news", "smartnews", "newsbreak", "readly", "pocket", "feedly", "inoreader",
    ]

    /// News databases' owners (folded), whose copyright closes an export's page.
    private static let databaseOwners = [
        "proquest", "dow jones", "factiva", "lexisnexis", "lexis nexis", "relx", "gale", "cengage", "ebsco", "newsbank",
        "pressreader", "cision", "meltwater", "westlaw", "genios", "europresse", "cedrom",
    ]

    private static let reservedPhrases = [
        "all rights reserved", "tous droits reserves", "alle rechte vorbehalten", "todos los derechos",
        "tutti i diritti", "todos os direitos",
    ]

    /// `2026`, `2024,`, `2010-2026`, `2010–2026`.
    private static func isYear(_ word: Substring) -> Bool {
        let digits = word.filter { $0 != "," && $0 != "." }
        return (digits.count == 4 && digits.allSatisfy(\.isNumber))
            || (digits.count == 9 && digits.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" })
    }
}
