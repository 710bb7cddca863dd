/// A LaTeX source file sent as text (a press review typeset with LaTeX): the document's body as
/// the plain lines it prints.
///
/// Contract: `plain` returns nil unless the text opens (past white space) with `\documentclass`
/// or `\begin{document}`. Otherwise it returns what stands between `\begin{document}` and
/// `\end{document}` (the preamble, with the review's own `\title`, `\author` and `\date`, is
/// dropped, and so is `\maketitle`): a command's name goes and its braced text stays
/// (`\section*{Title}` → `Title`, `\textit{Reuters}` → `Reuters`); `\hfill`, `\newline`, `\\` and
/// `\par` break the line; commands that only lay out or refer (`\vspace{…}`, `\label{…}`,
/// `\includegraphics[…]{…}`, `\begin{itemize}`) go with their arguments; comments (`%` to the end of the line) go;
/// escapes, dashes and `~` read as `BibTeXEntries.unescaped` reads them. Pure.
enum LaTeXSources {
    static func plain(_ text: String) -> String? {
        let start = text.drop { $0.isWhitespace }
        guard start.hasPrefix("\\documentclass") || start.hasPrefix("\\begin{document}"),
            let begin = text.range(of: "\\begin{document}")
        else { return nil }
        var body = text[begin.upperBound...]
        if let end = body.range(of: "\\end{document}") { body = body[..<end.lowerBound] }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { BibTeXEntries.unescaped(commandsRead($0)) }
            .joined(separator: "\n")
    }

    private static let breaking: Set<String> = ["hfill", "newline", "par", "linebreak"]
    private static let droppedWithArguments: Set<String> = [
        "maketitle", "vspace", "hspace", "label", "ref", "includegraphics", "input", "include", "thispagestyle", "pagestyle",
        "setlength", "usepackage", "tableofcontents", "newpage", "clearpage", "noindent", "centering", "bigskip", "medskip",
        "smallskip", "footnotesize", "small", "large", "Large", "normalsize", "begin", "end", "item",
    ]

    /// One line with its commands read (names gone, breaks as LF, escapes kept for `unescaped`).
    private static func commandsRead(_ line: Substring) -> String {
        var output = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if character == "%" { break }  // a comment runs to the end of the line
            guard character == "\\", index < line.endIndex else {
                output.append(character)
                continue
            }
            let next = line[index]
            if next == "\\" {
                output.append("\n")
                index = line.index(after: index)
                continue
            }
            guard next.isLetter else {
                output.append("\\")  // an escape (`\&`, `\%`, `\{`): read by `unescaped`
                output.append(next)
                index = line.index(after: index)
                continue
            }
            var end = index
            while end < line.endIndex, line[end].isLetter { end = line.index(after: end) }
            let name = String(line[index..<end])
            if end < line.endIndex, line[end] == "*" { end = line.index(after: end) }
            index = end
            if name == "textbackslash" {
                output += "\\textbackslash{}"
                if line[index...].hasPrefix("{}") { index = line.index(index, offsetBy: 2) }
            } else if breaking.contains(name) {
                output.append("\n")
            } else if droppedWithArguments.contains(name) {
                index = pastArguments(line, from: index)
            }
        }
        return output
    }

    /// Past `[…]` and `{…}` groups right after a command (nested braces counted).
    private static func pastArguments(_ line: Substring, from start: Substring.Index) -> Substring.Index {
        var index = start
        while index < line.endIndex, line[index] == "[" || line[index] == "{" {
            let close: Character = line[index] == "[" ? "]" : "}"
            let open = line[index]
            var depth = 0
            while index < line.endIndex {
                if line[index] == open { depth += 1 } else if line[index] == close { depth -= 1 }
                index = line.index(after: index)
                if depth == 0 { break }
            }
        }
        return index
    }
}
