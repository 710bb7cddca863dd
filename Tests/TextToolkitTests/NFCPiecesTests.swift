import Foundation
import Testing

@testable import TextToolkit

/// `TextFolding.nfc` normalises a long text in pieces cut before ASCII bytes (Foundation's
/// normalisation is quadratic in its input's length): the result must be the whole text's NFC.
@Suite struct NFCPiecesTests {
    /// Scalars that compose, reorder or stand still under NFC, ASCII among them.
    private static let alphabet: [String] = [
        "e", "a", " ", "\n", "o", "\u{301}", "\u{300}", "\u{327}", "\u{323}", "\u{302}", "\u{1100}", "\u{1161}",
        "\u{11A8}", "\u{AC00}", "é", "ñ", "\u{0CC6}", "\u{0CC2}", "\u{0D46}", "\u{0D3E}", "日", "\u{212B}", "Å", ".",
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func piecesGiveTheWholeTextsNFC(_ seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        var text = ""
        let length = TextFolding.nfcPiece * 3 + Int(seed) * 977
        while text.utf8.count < length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Long runs without ASCII now and then, so every kind of cut is taken.
            let pick = Int(state >> 33) % Self.alphabet.count
            // (Only of starters: runs of marks or cluster extenders are cut on purpose, tested below.)
            let run = seed % 3 == 0 && "ea日éñ".contains(Self.alphabet[pick]) ? 400 : 1
            text += String(repeating: Self.alphabet[pick], count: run)
        }
        #expect(TextFolding.nfc(text) == text.precomposedStringWithCanonicalMapping)
        #expect(TextFolding.nfc(text).utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test func aLongDecomposedTextIsComposed() {
        let text = String(repeating: "e\u{301} ", count: 100_000)
        #expect(TextFolding.nfc(text) == String(repeating: "é ", count: 100_000))
        #expect(Array(TextFolding.nfc(text).utf8) == Array(String(repeating: "é ", count: 100_000).utf8))
    }

    @Test func cutsFallOnScalarBoundaries() {
        let bytes = Array(String(repeating: "\u{301}", count: 20 * TextFolding.nfcPiece).utf8)
        let cut = TextFolding.nfcCut(bytes, from: 0)
        #expect(cut < bytes.count)
        #expect(bytes[cut] & 0xC0 != 0x80)
    }

    @Test(arguments: ["\u{301}\u{327}", "\u{1F468}\u{200D}", "\u{1100}", "\u{FE0F}", "\u{1F3FB}"])
    func noClusterOfTheResultHoldsMoreThanTheLimit(_ unit: String) {
        let text = "Title\n\na" + String(repeating: unit, count: 5_000) + "\nend\n"
        let result = TextFolding.nfc(text)
        #expect(result.allSatisfy { $0.unicodeScalars.count <= TextFolding.clusterLimit })
        #expect(result.unicodeScalars.starts(with: "Title\n\n".unicodeScalars))
        #expect(result.unicodeScalars.reversed().starts(with: "\nend\n".unicodeScalars.reversed()))
        #expect(result.unicodeScalars.count < 100)
    }

    @Test func thirtyMarksInARowAreKeptTheThirtyFirstDropped() {
        let thirty = "e" + String(repeating: "\u{301}", count: 30)
        #expect(TextFolding.withoutLongMarkRuns(Array(thirty.utf8)) == Array(thirty.utf8))
        #expect(TextFolding.withoutLongMarkRuns(Array((thirty + "\u{301}x").utf8)) == Array((thirty + "x").utf8))
    }

    @Test func ordinaryTextsKeepTheirClusters() {
        for text in ["Le café de la gare", "日本語の記事です。" + String(repeating: "漢字", count: 40), "👨‍👩‍👧 family", "한국어 기사"] {
            #expect(TextFolding.nfc(text) == text.precomposedStringWithCanonicalMapping)
        }
    }
}

/// Long texts fold and compose in pieces (Foundation's normalisation is quadratic in what it is
/// given): the pieces' result is the whole's.
@Suite struct FoldPiecesTests {
    @Test func aLongGreekWordFoldsInPieces() {
        let word = String(repeating: "Ά", count: 3 * TextFolding.nfcPiece)
        #expect(TextFolding.fold(word) == String(repeating: "α", count: 3 * TextFolding.nfcPiece))
    }

    @Test func aLongHangulWordFoldsToItsJamo() {
        let word = String(repeating: "한", count: 3 * TextFolding.nfcPiece)
        #expect(TextFolding.fold(word) == String(repeating: "한".decomposedStringWithCanonicalMapping, count: 3 * TextFolding.nfcPiece))
    }

    @Test func aLongDecomposedGreekTextIsComposed() {
        // Greek is outside `isStableUnderNFC`'s blocks: the pieces are cut where no stable
        // scalar is found, and each stretch is searched once.
        let text = String(repeating: "α\u{301}", count: 40 * TextFolding.nfcPiece)
        #expect(TextFolding.nfc(text) == String(repeating: "ά", count: 40 * TextFolding.nfcPiece))
    }
}
