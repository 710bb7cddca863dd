import Testing

@testable import TextLayouts

/// `BibTeXEntries.unescaped` reads in one pass over the bytes what twelve of Foundation's
/// replacements read before (expected values printed by that former code).
@Suite struct BibTeXUnescapedTests {
    @Test(arguments: [
        ("{Doe}, J.", "Doe, J."), ("a---b--c-d", "a—b–c-d"), ("-{}-", "–"), ("----", "—-"), ("-----", "—–"),
        ("\\&\\%\\$\\#\\_", "&%$#_"), ("\\{x\\}", "{x}"), ("\\textbackslash{}&", "\\&"), ("\\\\&", "\\&"),
        ("a~b", "a b"), (" {x} ", "x"), ("\\-", "\\-"), ("-\\{-", "-{-"), ("é--è", "é–è"),
        ("x\\textbackslash{}---y", "x\\—y"), ("{{{a}}}", "a"), ("\\", "\\"), ("a\\", "a\\"), ("---{-}--", "——"),
        ("~~-~~", "-"), ("plain text", "plain text"),
    ])
    func readsAsTheFormerReplacementsDid(_ value: String, _ expected: String) {
        #expect(BibTeXEntries.unescaped(value) == expected)
    }
}
