import Foundation
import Testing

@testable import ArticleIndex

/// `StoryIdentity.fold`'s ASCII path gives what Foundation's folding gives (issue 9).
@Suite("StoryIdentity")
struct StoryIdentityTests {
    @Test("every ASCII character, alone and between letters, folds as Foundation folds it")
    func everyASCIICharacter() {
        for code in 0..<128 {
            let character = String(UnicodeScalar(UInt8(code)))
            for text in [character, "A\(character)b", "\(character)Zz 9\(character)"] {
                #expect(StoryIdentity.foldASCII(text) == StoryIdentity.foldWithFoundation(text), "\(code)")
            }
        }
    }

    @Test("random ASCII titles fold as Foundation folds them; other text takes Foundation's path")
    func randomTitles() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<60, using: &generator)
            let text = String(decoding: (0..<length).map { _ in UInt8.random(in: 0..<128, using: &generator) }, as: UTF8.self)
            #expect(StoryIdentity.fold(text) == StoryIdentity.foldWithFoundation(text), "\(Array(text.utf8))")
        }
        #expect(StoryIdentity.foldASCII("Kigali: le port n°7") == nil)
        for text in ["Kigali : l'État ouvre le port n°7", "ＦＵＬＬ width", "Straße 1er mars", "İstanbul ǅ"] {
            #expect(StoryIdentity.fold(text) == StoryIdentity.foldWithFoundation(text))
        }
        #expect(StoryIdentity.fold("  Hello, WORLD -- 2026!  ") == "hello world 2026")
    }
}
