import DateReading
import Testing

@testable import TextLayouts

/// `LayoutReader.menuEnd` finds a site's menu, and walks no further than `longestMenu` lines:
/// a longer run of short lines is no menu (a file of a million one-word lines was judged whole).
@Suite struct MenuBoundTests {
    static let dates = DateRecognizer(language: "en", keepsTime: true)
    static let menu = ["News", "World", "Business", "Culture", "Sport", "Sign in", "Subscribe"]

    func menuEnd(_ lines: [String]) -> Int? {
        LayoutReader(dates: Self.dates).menuEnd(JudgedLines(lines, judge: ClippingFacts(dates: Self.dates)), at: 0)
    }

    @Test func aMenuIsFound() {
        #expect(menuEnd(Self.menu + ["", "The title of the story"]) == Self.menu.count)
    }

    @Test func aRunUpToTheBoundIsWalked() {
        let lines = Self.menu + Array(repeating: "item", count: LayoutReader.longestMenu - Self.menu.count)
        #expect(menuEnd(lines + [""]) == LayoutReader.longestMenu)
    }

    @Test func aLongerRunIsNoMenu() {
        let lines = Self.menu + Array(repeating: "item", count: LayoutReader.longestMenu - Self.menu.count + 1)
        #expect(menuEnd(lines + [""]) == nil)
    }
}
