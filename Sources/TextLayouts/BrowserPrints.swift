import Foundation
import TextToolkit

/// A page printed from a browser and read back as text (`pdftotext -layout` of the PDF): each
/// page opens with the print's day and time and the tab's title (`10/02/2026 09:49   Title |
/// Le Figaro`, `2/10/26, 9:49 AM   Title`) and closes with the page's address and its number
/// (`https://www.lefigaro.com/…   1/2`), a form feed between pages.
///
/// Contract: `unwrapped` answers for a text whose first filled line is such a header (a numeric
/// date, a comma perhaps, a time of day with `AM`/`PM` perhaps, three spaces or more, then the
/// tab's title): the text without every header and footer line (an address, three spaces or more,
/// `n/m`), and the tab's title. The print's day is the reader's, never the article's. Nil for any
/// other text. `site(inTab:title:)` is the part of a tab's title after its last ` | `, ` - `, ` – `
/// or ` — ` when the part before it is the article's title (case ignored), or nil. Pure.
enum BrowserPrints {
    static func unwrapped(_ text: String) -> (text: String, tabTitle: String)? {
        guard let lead = text.utf8.first, lead &- 0x30 < 10 else { return nil }
        // The first line alone first: most texts opening with a digit are no print.
        let firstEnd = text.utf8.firstIndex(of: 0x0A) ?? text.utf8.endIndex
        guard let tab = tabTitle(in: String(text[..<firstEnd])) else { return nil }
        let lines = LineBytes.lines(text)
        let kept = lines.filter { line in
            guard let lead = line.utf8.first else { return true }
            if lead &- 0x30 < 10, tabTitle(in: line) != nil { return false }
            return !isFooter(line)
        }
        return (kept.joined(separator: "\n"), tab)
    }

    static func site(inTab tab: String, title: String) -> String? {
        for separator in [" | ", " - ", " – ", " — "] {
            guard let cut = tab.range(of: separator, options: .backwards) else { continue }
            let site = LineBytes.trimmed(tab[cut.upperBound...])
            guard TextFolding.fold(LineBytes.trimmed(tab[..<cut.lowerBound])) == TextFolding.fold(title), !site.isEmpty,
                TextFolding.hasAtMost(site, 60)
            else { return nil }
            return site
        }
        return nil
    }

    /// `10/02/2026 09:49   Title`, `2/10/26, 9:49 AM   Title`: the title after the stamp and its gap, or nil.
    private static func tabTitle(in line: String) -> String? {
        guard line.utf8.count <= 400, let gap = line.range(of: "   ") else { return nil }
        let stamp = line[..<gap.lowerBound].split(separator: " ")
        guard (2...3).contains(stamp.count), isNumericDate(stamp[0].hasSuffix(",") ? stamp[0].dropLast() : stamp[0]),
            isClock(stamp[1]), stamp.count == 2 || stamp[2] == "AM" || stamp[2] == "PM"
        else { return nil }
        let title = LineBytes.trimmed(line[gap.upperBound...])
        return title.isEmpty ? nil : title
    }

    private static func isNumericDate(_ token: Substring) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        let dotted = token.split(separator: ".", omittingEmptySubsequences: false)
        let chosen = parts.count == 3 ? parts : dotted
        return chosen.count == 3 && chosen.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func isClock(_ token: Substring) -> Bool {
        let parts = token.split(separator: ":")
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// `https://www.lefigaro.com/…   1/2`: an address, a gap, a page's number of the pages.
    private static func isFooter(_ line: String) -> Bool {
        let text = LineBytes.trimmed(line)
        guard text.hasPrefix("http") || text.hasPrefix("file:"), let gap = text.range(of: "   ") else { return false }
        let number = LineBytes.trimmed(text[gap.upperBound...]).split(separator: "/")
        return number.count == 2 && number.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && !text[..<gap.lowerBound].contains(" ")
    }
}
