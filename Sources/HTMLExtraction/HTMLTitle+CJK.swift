import TextToolkit

/// Site and section names in Chinese and Japanese titles, which join them without spaces
/// (`标题_网易新闻`, `标题-新华网`). Pure.
extension HTMLTitle {
    /// The text before the first `_` that touches a Chinese or Japanese character
    /// (`标题_网易新闻`, `标题?_栏目_新浪网`): such a title joins its site and section names with
    /// underscores, which its prose never holds. Nil when there is none or it would leave fewer
    /// than two characters.
    static func beforeCJKUnderscore(_ title: String) -> String? {
        guard title.utf8.contains(UInt8(ascii: "_")), mayHoldCJK(title) else { return nil }
        let scalars = Array(title.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "_" && index >= 2 {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            guard isCJK(scalars[index - 1]) || isCJK(next) else { continue }
            let head = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[..<index])))
            return head.count >= 2 ? head : nil
        }
        return nil
    }

    /// The text before the first `-` or `--` between two Chinese or Japanese characters when
    /// what follows is shorter than what precedes (`法国全国大罢工再次严重影响交通-新华网`,
    /// `…当嫁妆--文化--人民网`): a site or section name. A longer tail (`天津-北京高铁开通`) is
    /// the headline's own. Nil when there is none.
    static func beforeCJKHyphen(_ title: String) -> String? {
        guard title.utf8.contains(UInt8(ascii: "-")), mayHoldCJK(title) else { return nil }
        let scalars = Array(title.unicodeScalars)
        var index = 1
        while index < scalars.count - 1 {
            guard scalars[index] == "-", isCJK(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] == "-" { end += 1 }
            if end - index <= 2, end < scalars.count, isCJK(scalars[end]) {
                let head = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[..<index])))
                let tail = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[end...])))
                if head.count >= 2, tail.count < head.count { return beforeCJKHyphen(head) ?? head }
            }
            index = end
        }
        return nil
    }

    /// Whether the UTF-8 holds a lead byte of U+3000 or above (every `isCJK` scalar has one):
    /// Latin titles skip the scalar walk.
    private static func mayHoldCJK(_ title: String) -> Bool {
        title.utf8.contains { $0 >= 0xE3 }
    }

    /// Han ideographs, kana and the CJK symbols and fullwidth forms blocks.
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
            0x20000...0x2FA1F:
            true
        default: false
        }
    }
}
