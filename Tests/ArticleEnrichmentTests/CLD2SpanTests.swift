import CCLD2
import Testing

/// `presswatch_cld2_detect` reads CLD2's script spans itself (plain_text_scan.cpp) and scores
/// them with CLD2: its verdict must be CLD2's own (`presswatch_cld2_detect_reference`) on every
/// text, field by field. Texts: paragraphs in several scripts, and texts mixed from character
/// ranges of many scripts (marks, punctuation, emoji, controls, NUL) by a seeded generator, long and
/// repetitive ones included (CLD2's squeeze and repeated-word retries).
@Suite struct CLD2SpanTests {
    static let paragraphs = [
        "Le Rwanda et le Japon ont signé mardi à Kigali un accord de partenariat sur l’innovation numérique.",
        "The central bank raised its key rate by half a point on Tuesday, citing persistent inflation.",
        "Die Regierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.",
        "Правительство во вторник одобрило новый закон о поддержке возобновляемых источников энергии.",
        "Η κυβέρνηση ενέκρινε την Τρίτη νέο νόμο για την ενίσχυση των ανανεώσιμων πηγών ενέργειας.",
        "政府は火曜日、再生可能エネルギーを促進する新しい法律を承認した。東京で記者会見が行われた。",
        "정부는 화요일 재생 에너지를 촉진하기 위한 새로운 법안을 승인했다고 밝혔다.",
        "وافقت الحكومة يوم الثلاثاء على قانون جديد لدعم مصادر الطاقة المتجددة في البلاد.",
        "सरकार ने मंगलवार को नवीकरणीय ऊर्जा को बढ़ावा देने के लिए एक नया कानून मंजूर किया।",
        "İstanbul'da ÇARŞAMBA günü yapılan toplantıda ĞÜŞİÖÇ harfleri ve ǅ ǈ ǋ ẞ Σ ς ﬁ tartışıldı.",
        "a\u{0301}b\u{0308}c e\u{20DD} Ω\u{0345} <b>bold</b> &amp; &lt; AT&T x&#233;y 😀👍🏽 \u{200D}\u{FE0F}",
    ]

    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x61...0x7A, 0x41...0x5A, 0x09...0x0D, 0xA0...0x24F, 0x300...0x36F, 0x370...0x3FF,
        0x400...0x4FF, 0x530...0x58F, 0x590...0x5FF, 0x600...0x6FF, 0x900...0x97F, 0xE00...0xE7F,
        0x10A0...0x10FF, 0x1100...0x11FF, 0x1E00...0x1EFF, 0x2000...0x206F, 0x3040...0x30FF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFB00...0xFDFF, 0xFE00...0xFE0F, 0xFF00...0xFFFD,
        0x1F300...0x1F6FF, 0x10000...0x10FFF, 0xE0000...0xE007F, 0x00...0x1F,
    ]

    static func verdictsAgree(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                let count = Int32(chars.count)
                let own = presswatch_cld2_detect(chars.baseAddress, count)
                let reference = presswatch_cld2_detect_reference(chars.baseAddress, count)
                return withUnsafeBytes(of: own.code) { a in withUnsafeBytes(of: reference.code) { b in a.elementsEqual(b) } }
                    && own.percent == reference.percent && own.textBytes == reference.textBytes
                    && own.reliable == reference.reliable
            }
        }
    }

    @Test func paragraphsGetCLD2sVerdict() {
        for paragraph in Self.paragraphs {
            #expect(Self.verdictsAgree(paragraph), "\(paragraph)")
            let long = Array(repeating: paragraph, count: 60).joined(separator: " ")  // past 4 KB
            #expect(Self.verdictsAgree(long), "\(paragraph) × 60")
        }
        #expect(Self.verdictsAgree(Self.paragraphs.joined(separator: "\n")))
    }

    @Test(arguments: 0..<4)
    func mixedTextsGetCLD2sVerdict(_ seed: Int) {
        var generator = Xorshift(seed: UInt64(seed))
        var disagreements: [String] = []
        for round in 0..<400 {
            let mode = round % 6
            let length = Int(generator.next() % (mode >= 4 ? 17_000 : 3_000))
            var scalars = String.UnicodeScalarView()
            let (main, other) = (Int(generator.next() % UInt64(Self.ranges.count)), Int(generator.next() % UInt64(Self.ranges.count)))
            func scalar(from index: Int) -> Unicode.Scalar {
                let range = Self.ranges[index]
                let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
                return Unicode.Scalar(value) ?? " "
            }
            if mode >= 4 {
                // A unit repeated (with a letter now and then): CLD2's squeeze and repeat paths.
                var unit = String.UnicodeScalarView()
                for _ in 0..<(1 + Int(generator.next() % 30)) {
                    unit.append(scalar(from: generator.next() % 3 == 0 ? Int(generator.next() % UInt64(Self.ranges.count)) : 1))
                    if generator.next() % 4 == 0 { unit.append(contentsOf: mode == 4 ? "   ".unicodeScalars : " ".unicodeScalars) }
                }
                while scalars.count < length {
                    if generator.next() % 5 == 0 { scalars.append(scalar(from: 1)) }
                    scalars.append(contentsOf: unit)
                }
            } else {
                while scalars.count < length {
                    let pick = switch mode {
                    case 0: Int(generator.next() % UInt64(Self.ranges.count))
                    case 1: generator.next() % 10 < 7 ? main : (generator.next() % 2 == 0 ? 0 : other)
                    case 2: generator.next() % 10 < 6 ? 1 : (generator.next() % 3 == 0 ? 0 : main)
                    default: generator.next() % 2 == 0 ? main : other
                    }
                    scalars.append(scalar(from: pick))
                    if generator.next() % 6 == 0 { scalars.append(" ") }
                }
            }
            let text = String(scalars)
            if !Self.verdictsAgree(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) texts: \(disagreements.prefix(2))")
    }
}

/// A seeded xorshift generator: the same texts on every run.
struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = 0x2545_F491_4F6C_DD1D ^ (seed &* 0x9E37_79B9_7F4A_7C15) }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
