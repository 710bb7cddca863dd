import TextToolkit

/// A broadcast item kept as its subtitles: WebVTT (`WEBVTT`, header fields, `NOTE` blocks, cues
/// with `00:00:01.000 --> 00:00:04.406` timings) or SubRip (numbered cues, `00:00:01,000 -->`).
///
/// Contract: `labelled` returns, for a subtitle file, the `NOTE` blocks' lines first (where
/// subtitlers put the channel, programme, date and topic; the first line's channel as a
/// `Source:` line), an `Author:` line naming the people
/// whose on-screen caption (a cue that is only `[Name, Organisation]`) names the channel (the
/// first part of the first note line: `ZDF – heute journal`), a blank line, then the cues' text
/// joined, a paragraph ending at each caption (captions, timings, cue numbers and header fields
/// left out);
/// every other file unchanged. A caption naming anyone else (`[Stefan Krüger, spokeswoman]`) is
/// an interviewee's: dropped. Pure; never fails.
package enum SubtitleFiles {
    package static func labelled(_ lines: [String]) -> [String] {
        guard let kind = kind(lines) else { return lines }
        var notes: [String] = []
        var text: [String] = []
        var captions: [(name: String, organisation: Substring)] = []
        var index = 0
        if kind == .webVTT {
            // The `WEBVTT` line and the header fields under it.
            while index < lines.count, !lines[index].isEmpty { index += 1 }
        }
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty {
                index += 1
            } else if line == "NOTE" || line.hasPrefix("NOTE ") || line == "STYLE" || line == "REGION" {
                let keep = line.hasPrefix("NOTE")
                if keep, line.count > 5 { notes.append(String(line.dropFirst(5))) }
                index += 1
                while index < lines.count, !lines[index].isEmpty {
                    if keep { notes.append(lines[index]) }
                    index += 1
                }
            } else {
                // A cue: an identifier or number, maybe; the timing; its text up to a blank line.
                if !isTiming(line), index + 1 < lines.count, isTiming(lines[index + 1]) { index += 1 }
                if isTiming(lines[index]) { index += 1 }
                while index < lines.count, !lines[index].isEmpty {
                    if let caption = caption(lines[index]) {
                        captions.append(caption)
                        if text.last?.isEmpty == false { text.append("") }  // another speaker: a paragraph ends
                    } else if text.last?.isEmpty == false {
                        // Appended in place: `last + " " + line` copied the caption text so far
                        // each time (quadratic: a 10 MiB file of one-line cues never finished).
                        text[text.count - 1] += " " + lines[index]
                    } else {
                        text.append(lines[index])
                    }
                    index += 1
                }
            }
        }
        let channel = notes.first.map(channelName) ?? ""
        let reporters = captions.filter { !channel.isEmpty && TextFolding.fold($0.organisation) == TextFolding.fold(channel) }
            .map(\.name)
        if !channel.isEmpty { notes[0] = "Source: " + channel }
        return notes + (reporters.isEmpty ? [] : ["Author: " + reporters.joined(separator: ", ")]) + [""] + text
    }

    private enum Kind { case webVTT, subRip }

    private static func kind(_ lines: [String]) -> Kind? {
        guard let first = lines.first else { return nil }
        // A Character equal to U+FEFF is that scalar alone (a control: nothing joins it, and no
        // other scalar is canonically equivalent to it), whose UTF-8 opens with EF.
        let marked = first.utf8.first == 0xEF && first.hasPrefix("\u{FEFF}")
        if LineBytes.hasPrefix(first, "WEBVTT") || marked && first.hasPrefix("\u{FEFF}WEBVTT") { return .webVTT }
        // `1`, then `00:00:01,000 --> 00:00:04,000`.
        let number = marked ? String(first.dropFirst()) : first
        if lines.count > 1, !number.isEmpty, number.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), isTiming(lines[1]) {
            return .subRip
        }
        return nil
    }

    /// `00:00:01.000 --> 00:00:04.406` (cue settings after it allowed).
    static func isTiming(_ line: String) -> Bool {
        guard let lead = line.utf8.first, lead &- UInt8(ascii: "0") < 10, let arrow = line.firstRange(of: " --> ") else {
            return false
        }
        return line[..<arrow.lowerBound].utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == 0x3A || $0 == 0x2E || $0 == 0x2C }
    }

    /// `[Cal Mankowski, ZDF]`: a lower-third caption (a person's name, a comma, who they are).
    private static func caption(_ line: String) -> (name: String, organisation: Substring)? {
        guard line.hasPrefix("["), line.hasSuffix("]"), let comma = line.firstIndex(of: ",") else { return nil }
        let name = String(line[line.index(after: line.startIndex)..<comma])
        let organisation = LineBytes.trimmed(line[line.index(after: comma)..<line.index(before: line.endIndex)])
        guard Bylines.isPersonLike(name), !organisation.isEmpty else { return nil }
        return (name, Substring(organisation))
    }

    /// `ZDF – heute journal` → `ZDF`.
    private static func channelName(_ line: String) -> String {
        for separator in [" – ", " — ", " - ", " | "] {
            if let range = line.firstRange(of: separator) { return LineBytes.trimmed(line[..<range.lowerBound]) }
        }
        return line
    }
}
