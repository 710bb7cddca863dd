import Testing

@testable import ArticleParsing

/// Files that are not articles are rejected with a reason and a hint a person can act on.
@Suite struct RejectionTests {
    private func rejection(_ bytes: [UInt8], fileName: String? = nil) -> ArticleParseError? {
        do {
            _ = try ArticleParser().parse(bytes, fileName: fileName)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFile() {
        let error = rejection([])
        #expect(error?.reason == "the file is empty")
        #expect(error?.hint.contains("UTF-8 text") == true)
    }

    @Test(arguments: [" ", "\n\n\n", " \t\r\n  \r\n", "\u{00A0}\u{2003}\n"])
    func whitespaceOnly(_ text: String) {
        #expect(rejection(Array(text.utf8))?.reason == "the file contains only whitespace")
    }

    @Test func pngHeader() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = rejection(png, fileName: "article.txt")
        #expect(error?.reason == "the file looks binary (PNG image)")
        #expect(error?.hint.contains("drop it again") == true)
    }

    @Test func elfHeader() {
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 56)
        #expect(rejection(elf)?.reason == "the file looks binary (ELF executable)")
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "PDF document"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], "JPEG image"),
        (Array("GIF89a\u{01}\u{00}".utf8), "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive or office document"),
    ])
    func otherSignatures(_ bytes: [UInt8], _ name: String) {
        #expect(rejection(bytes)?.reason == "the file looks binary (\(name))")
    }

    @Test func nulBytesInText() {
        let bytes = Array("Un titre\n\nUn paragraphe".utf8) + [0] + Array(" avec un NUL.".utf8)
        #expect(rejection(bytes)?.reason == "the file looks binary (contains NUL bytes)")
    }

    @Test func utf16WithoutByteOrderMarkIsNamed() {
        let bytes = "A title\n\nSome text of the article.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(rejection(bytes)?.reason == "the file looks binary (UTF-16 text without a byte-order mark)")
    }

    @Test func utf32WithByteOrderMarkIsNamed() {
        let scalars = "A title\n\nSome text of the article.".unicodeScalars.map(\.value)
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + scalars.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8 & 0xFF), 0, 0] }
        let big: [UInt8] = [0, 0, 0xFE, 0xFF] + scalars.flatMap { [0, 0, UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] }
        #expect(rejection(little)?.reason == "the file looks binary (UTF-32 text)")
        #expect(rejection(big)?.reason == "the file looks binary (UTF-32 text)")
    }

    @Test func mostlyControlCharacters() {
        let bytes: [UInt8] = Array("Titre\n".utf8) + Array(repeating: 0x01, count: 10) + Array("abc".utf8)
        #expect(rejection(bytes)?.reason == "the file looks binary (mostly control characters)")
    }

    @Test func invalidUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]  // unpaired surrogate
        #expect(rejection(bytes)?.reason == ArticleParseError.invalidUTF16.reason)
    }

    @Test(arguments: ["12345\n67890", "---\n***\n", String(repeating: "mot ", count: 200)])
    func noTitle(_ text: String) {
        let error = rejection(Array(text.utf8))
        #expect(error?.reason == "no line could be a title (every line is too long, has no letters or only states a date, an author or a source)")
        #expect(error?.hint.contains("title") == true)
    }

    @Test func descriptionJoinsReasonAndHint() {
        #expect(ArticleParseError.empty.description.hasPrefix("the file is empty; save the article"))
    }
}
