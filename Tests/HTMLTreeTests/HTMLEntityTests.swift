import Testing

@testable import HTMLTree

/// Character references in values libxml2 did not decode (JSON-LD), decoded exactly once.
@Suite struct HTMLEntityTests {
    @Test func namedAndNumericReferencesAreDecodedOnce() {
        #expect(decodeEntities("zerst&ouml;ren, R&uuml;ckbau, Stra&szlig;e") == "zerstören, Rückbau, Straße")
        #expect(decodeEntities("&Eacute;t&eacute; &#8211; &#x2014; &hellip;") == "Été – — …")
        #expect(decodeEntities("Tom &amp;amp; Jerry") == "Tom &amp; Jerry")
        #expect(decodeEntities("&amp;ouml;") == "&ouml;")
        #expect(decodeEntities("AT&T &unknown; & &#0; a&b;") == "AT&T &unknown; & &#0; a&b;")
        #expect(decodeEntities("no&nbsp;break") == "no break")
    }
}
