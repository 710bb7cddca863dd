import DateReading
import Testing

@testable import TextLayouts

/// `JudgedLines` answers exactly what `ClippingFacts.facts` answers, for every line and flag,
/// asked in any order and more than once.
@Suite struct JudgedLinesTests {
    static let lines = [
        "", "(Source : Agence Ecofin, 16 février 2026)", "Adoni Conrad Quenum", "OSIRIS", "Le Soleil, 16 février 2026",
        "By Jane Doe · March 3, 2026", "26 February 2026 | Reuters", "Titre : Le Rwanda", "---------- Forwarded message ---------",
        "© Reuters 2026", "The government announced a new road programme on Monday.", "*By Jane Doe*", "(AFP)",
        "— Jane Doe", "Jane Doe, John Smith", String(repeating: "word ", count: 80),
    ]

    @Test func judgedLinesAnswerAsFactsDoes() {
        let judge = ClippingFacts(dates: DateRecognizer(language: "fr", keepsTime: true))
        let judged = JudgedLines(Self.lines, judge: judge)
        for _ in 0..<2 {
            for (index, line) in Self.lines.enumerated() {
                for bare in [true, false] {
                    for bottom in [false, true] {
                        #expect(judged.facts(index, allowsBareNames: bare, atBottom: bottom)
                            == judge.facts(line, allowsBareNames: bare, atBottom: bottom), "\(line) \(bare) \(bottom)")
                    }
                }
            }
        }
    }
}
