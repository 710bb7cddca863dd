import Foundation
import Testing

@testable import ArticleParsing
@testable import HTMLExtraction
import TextToolkit

/// `FoundationSearchGuard` may send a text to Foundation needlessly, but must never say "not
/// there" when Foundation's `range(of:)` would find the needle.
@Suite struct SearchGuardTests {
    private static let needles = HTMLTitle.separators + ["{{"]

    /// Each needle with one scalar put in its middle or in place of its middle scalar, for
    /// every scalar of U+0080…U+2FFF and the variation selectors/specials at U+FE00…U+FFFD.
    @Test(arguments: needles)
    func guardNeverHidesAFoundationMatch(_ needle: String) {
        let guarded = FoundationSearchGuard(needle)
        let scalars = Array(needle.unicodeScalars)
        let middle = scalars.count / 2
        for value in Array(0x80..<0x3000) + Array(0xFE00...0xFFFD) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var inserted = scalars
            inserted.insert(scalar, at: middle)
            var replaced = scalars
            replaced[middle] = scalar
            for variant in [inserted, replaced] {
                let text = "a" + String(String.UnicodeScalarView(variant)) + "b"
                if text.range(of: needle) != nil {
                    #expect(guarded.mayFind(in: text), "U+\(String(value, radix: 16)) in \(needle.debugDescription)")
                }
            }
        }
    }

    @Test func guardFindsTheNeedleAndItsCanonicalTwin() {
        #expect(FoundationSearchGuard(" | ").mayFind(in: "Headline | Site"))
        #expect(!FoundationSearchGuard(" | ").mayFind(in: "Headline - Site"))
        #expect(FoundationSearchGuard(" · ").mayFind(in: "Headline \u{387} Site"))
        #expect(" \u{387} ".range(of: " · ") != nil)
        #expect(!FoundationSearchGuard("{{").mayFind(in: "{ {"))
        #expect(FoundationSearchGuard("{{").mayFind(in: "x{{y"))
    }

    /// Titles with and without separators strip as before (Foundation decides when asked).
    @Test func strippedTitlesKeepTheirSegments() {
        #expect(HTMLTitle.stripped("Floods in Spain | DW", sites: ["dw"], host: "www.dw.com") == "Floods in Spain")
        #expect(HTMLTitle.stripped("Floods in Spain", sites: ["dw"], host: "www.dw.com") == "Floods in Spain")
        #expect(HTMLTitle.stripped("Floods \u{387} DW", sites: ["dw"], host: nil) == "Floods")
        #expect(HTMLArticle.isUnrenderedTemplate("Hello {{page.title}}"))
        #expect(!HTMLArticle.isUnrenderedTemplate("Hello {page.title}"))
    }
}
