import DateReading
import TextToolkit

/// A wire's or press office's embargo (`EMBARGOED UNTIL 00:01 GMT MARCH 2, 1987`, `EMBARGO
/// JUSQU'AU 2 MARS 1987`, `SPERRFRIST: 2. März 1987, 00.01 Uhr`, `EMBARGADO HASTA …`, `EMBARGO
/// FINO ALLE …`, `EMBARGO ATÉ ÀS …`, `HOLD FOR RELEASE UNTIL …`): the article is published when
/// the embargo lifts, so its date is the article's.
///
/// A wire's transmission stamp (`Transmitted 1987-03-01 17:45`, `Transmitido em 25/02/1987 às
/// 16:12`, `Trasmesso il …`, `Transmis le …`, `Übermittelt am …`) tells when the copy left the
/// wire: a date worth what a mail's `Sent:` is worth (`transmitted(_:dates:)`).
///
/// Contract: `date(_:dates:)` returns the first date of a line of at most 100 characters that
/// opens (case and accents ignored) with one of the phrases, or nil (no phrase, or no date).
/// Pure; a line opening otherwise is turned down on its first bytes.
enum EmbargoLines {
    static func date(_ text: String, dates: DateRecognizer) -> CalendarDate? {
        guard LineBytes.mayStart(text, withAnyOf: openings), TextFolding.hasAtMost(text, 100), LineBytes.hasDigit(text) else {
            return nil
        }
        let folded = TextFolding.fold(text.prefix(32))
        guard phrases.contains(where: { folded.hasPrefix($0) }) else { return nil }
        return dates.firstDate(in: text)?.date
    }

    /// The first date of a line of at most 100 characters opening with a transmission phrase, or nil.
    static func transmitted(_ text: String, dates: DateRecognizer) -> CalendarDate? {
        guard LineBytes.mayStart(text, withAnyOf: transmittedOpenings), TextFolding.hasAtMost(text, 100),
            LineBytes.hasDigit(text)
        else { return nil }
        let folded = TextFolding.fold(text.prefix(24))
        guard ["transmitted", "transmitido", "transmitida", "trasmesso", "trasmessa", "transmis", "ubermittelt"]
            .contains(where: { folded.hasPrefix($0) })
        else { return nil }
        return dates.firstDate(in: text)?.date
    }

    private static let transmittedOpenings = LineOpenings("transm", "trasm", "ubermit", "\u{FC}bermit")
    private static let openings = LineOpenings(
        "embarg", "sous embarg", "sotto embarg", "sob embarg", "bajo embarg", "sperrfrist", "hold for release",
        "not for publication before", "for release"
    )
    private static let phrases = ["embargoed until", "embargoed to", "embargo until", "embargo:", "embargo :",
                                  "embargo jusqu", "sous embargo jusqu", "embargo hasta", "embargado hasta",
                                  "bajo embargo hasta", "embargo fino", "sotto embargo fino", "embargo ate",
                                  "embargado ate", "sob embargo ate", "sperrfrist", "hold for release until",
                                  "not for publication before", "for release on", "for release at"]
}
