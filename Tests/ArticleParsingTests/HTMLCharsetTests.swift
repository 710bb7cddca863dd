import Testing

@testable import ArticleParsing

/// Declared charsets Foundation cannot read, converted with iconv (`HTMLCharset`, `IconvDecoding`).
@Suite struct HTMLCharsetTests {
    static func page(_ charset: String, _ text: String, encoding: [UInt8]) -> [UInt8] {
        Array("<html><head><meta charset=\"\(charset)\"><title>".utf8) + encoding + Array("</title></head></html>".utf8)
    }

    @Test func legacyCharsetsAreConverted() {
        // "Привет" in KOI8-R, "Ελλάδα" in ISO-8859-7, "한국" in EUC-KR.
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let greek: [UInt8] = [0xC5, 0xEB, 0xEB, 0xDC, 0xE4, 0xE1]
        let korean: [UInt8] = [0xC7, 0xD1, 0xB1, 0xB9]
        for (charset, bytes, expected) in [("koi8-r", koi8, "Привет"), ("ISO-8859-7", greek, "Ελλάδα"), ("euc-kr", korean, "한국")] {
            let converted = String(decoding: HTMLCharset.prepare(Self.page(charset, expected, encoding: bytes)), as: UTF8.self)
            #expect(converted.contains("<title>\(expected)</title>"), "\(charset): \(converted)")
        }
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        // GB18030 "中" then a lone lead byte, then "文".
        let bytes: [UInt8] = [0xD6, 0xD0, 0x81, 0x20, 0xCE, 0xC4]
        #expect(IconvDecoding.utf8(bytes, from: "GB18030").map { String(decoding: $0, as: UTF8.self) } == "中\u{FFFD} 文")
        #expect(IconvDecoding.utf8(bytes, from: "no-such-charset") == nil)
    }

    @Test func unknownDeclaredCharsetFallsBackToTheBytes() {
        let bytes = Self.page("x-unknown-42", "Café", encoding: Array("Café".utf8))
        #expect(String(decoding: HTMLCharset.prepare(bytes), as: UTF8.self).contains("<title>Café</title>"))
    }

    /// The charset declaration and the HTML sniff ignore ASCII case, read in place.
    @Test func charsetAndSniffIgnoreCase() {
        #expect(HTMLCharset.declared(in: Array("<html><META Charset=\"ISO-8859-1\">".utf8)) == "iso-8859-1")
        #expect(HTMLCharset.declared(in: Array("<p>charset=utf-8</p>".utf8)) == nil)
        #expect(HTMLCharset.looksLikeHTML(Array("\u{FEFF}  <!DOCTYPE HTML><p>".utf8)))
        #expect(HTMLCharset.looksLikeHTML(Array("x<HtMl lang=en>".utf8)))
        #expect(!HTMLCharset.looksLikeHTML(Array("<htm".utf8)))
    }
}
