import Testing

import TextToolkit

/// The one case-folding rule (`ASCII.lowercased`, `TextFolding`) and the matchers built on it
/// (`ByteSearch`, `NeedleSet`), plus the one `LanguageCode`.
@Suite struct MatchingRuleTests {
    @Test func asciiLowercasedFoldsOnlyTheLetters() {
        for byte in UInt8.min...UInt8.max {
            let expected = byte < 0x80 ? Array(String(Unicode.Scalar(byte)).lowercased().utf8)[0] : byte
            #expect(ASCII.lowercased(byte) == expected, "\(byte)")
            #expect(ASCII.isLetter(byte) == (byte < 0x80 && Character(Unicode.Scalar(byte)).isLetter), "\(byte)")
            #expect(ASCII.isUppercase(byte) == (byte < 0x80 && Character(Unicode.Scalar(byte)).isUppercase), "\(byte)")
            #expect(ASCII.isDigit(byte) == (byte < 0x80 && Character(Unicode.Scalar(byte)).isWholeNumber), "\(byte)")
        }
    }

    @Test(arguments: [("Février", "fevrier"), ("ABC-Z", "abc-z"), ("Ñandú", "nandu"), ("Straße", "straße"), ("", "")])
    func foldingLowercasesAndDropsDiacritics(_ word: String, _ expected: String) {
        #expect(TextFolding.fold(word) == expected)
        #expect(TextFolding.fold(scalars: word.unicodeScalars) == expected)
    }

    /// Letters match in any case; every other byte only itself (a CR is not a `-`, `@` not a
    /// backquote, as they were under the old `| 0x20` comparison).
    @Test func ignoringCaseFoldsLettersOnly() {
        let set = NeedleSet(["ng-app", "articlebody", "a@b"], ignoringCase: true)
        for hit in ["<html NG-APP>", "ArticleBody", "xA@By"] {
            #expect(set.occurs(in: Array(hit.utf8)[...]), "\(hit)")
        }
        for miss in ["ng\rapp", "articlebod", "a`b", "", "NG_APP"] {
            #expect(!set.occurs(in: Array(miss.utf8)[...]), "\(miss.debugDescription)")
        }
        let page = Array("xx<HTML lang=fr>".utf8)
        #expect(ByteSearch.firstIndexIgnoringCase(of: Array("<html".utf8), in: page) == 2)
        #expect(ByteSearch.matchesIgnoringCase(Array("<html".utf8), in: page[...], at: 2))
        #expect(!ByteSearch.matchesIgnoringCase(Array("<html".utf8), in: page[...], at: 13))
        #expect(!ByteSearch.matchesIgnoringCase([UInt8](), in: page[...], at: 0))
        #expect(ByteSearch.firstIndexIgnoringCase(of: Array("<\rtml".utf8), in: Array("<-TML".utf8)) == nil)
    }

    @Test func exactNeedlesIgnoreNoCase() {
        let set = NeedleSet(["Date", "{{"], ignoringCase: false)
        #expect(set.occurs(in: Array("a Date".utf8)[...]) && set.occurs(in: Array("{{x}}".utf8)[...]))
        #expect(!set.occurs(in: Array("a date".utf8)[...]) && !set.occurs(in: Array("{x}".utf8)[...]))
    }

    /// The byte-pair filter skips no place a needle starts: one-byte needles, needles at the
    /// haystack's last byte, either letter case; checked against a plain search on seeded values.
    @Test func needleSetFindsWhatAPlainSearchFinds() {
        let needles = ["a", "ab", "b-", "ZZ", "-", "fn", "author"].map { Array($0.utf8) }
        var state: UInt64 = 5
        let alphabet = Array("aAbBzZ-fFnN x\u{FF}".utf8)
        for ignoringCase in [false, true] {
            for subset in [needles, Array(needles.dropFirst()), [needles[2], needles[3]], [needles[6]]] {
                let wanted = ignoringCase ? subset.map { $0.map(ASCII.lowercased) } : subset
                let set = NeedleSet(wanted, ignoringCase: ignoringCase)
                for _ in 0..<3_000 {
                    var value: [UInt8] = []
                    for _ in 0..<Int(next(&state) % 9) { value.append(alphabet[Int(next(&state) % UInt64(alphabet.count))]) }
                    let folded = ignoringCase ? value.map(ASCII.lowercased) : value
                    let expected = wanted.contains { needle in
                        folded.count >= needle.count
                            && (0...(folded.count - needle.count)).contains { folded[$0..<($0 + needle.count)].elementsEqual(needle) }
                    }
                    #expect(set.occurs(in: value[...]) == expected, "\(value) \(wanted)")
                }
            }
        }
    }

    /// `NeedleSet(translatedWords:)` finds what XPath's `contains(translate(@x, "D", "d"), w)`
    /// finds: checked against that definition on seeded random values.
    @Test func translatedWordsAreXPathContains() {
        let words: [(word: String, upper: Character?)] = [("date", "D"), ("metadata", "M"), ("-meta", "M"), ("time", nil)]
        let set = NeedleSet(translatedWords: words)
        var state: UInt64 = 11
        let alphabet = Array("dDaAtTeEmM-iI x".utf8)
        for _ in 0..<20_000 {
            var value: [UInt8] = []
            for _ in 0..<Int(next(&state) % 12) { value.append(alphabet[Int(next(&state) % UInt64(alphabet.count))]) }
            let expected = words.contains { word, upper in
                var translated = value
                if let upper = upper?.asciiValue {
                    translated = value.map { $0 == upper ? ASCII.lowercased(upper) : $0 }
                }
                let needle = Array(word.utf8)
                return translated.count >= needle.count
                    && (0...(translated.count - needle.count)).contains { Array(translated[$0..<$0 + needle.count]) == needle }
            }
            #expect(set.occurs(in: value[...]) == expected, "\(String(decoding: value, as: UTF8.self))")
        }
    }

    @Test(arguments: [
        ("fr-FR", "fr"), (" de_DE", "de"), ("EN", "en"), ("en", "en"), ("eng", nil), ("x", nil), ("-fr", nil),
        ("", nil), ("Ér", "er"),
    ] as [(String, String?)])
    func languageCodeTakesTwoLeadingLetters(_ value: String, _ expected: String?) {
        #expect(LanguageCode.twoLetter(value) == expected)
    }

    @Test func languageCodeOfNothingIsNil() {
        #expect(LanguageCode.twoLetter(nil) == nil)
    }

    private func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
