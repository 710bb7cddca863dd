import DateReading
import TextToolkit

/// The head of a clipping: the metadata lines above and below its title, and those below a
/// standfirst. Each line is judged by its form (`ClippingFacts`) and, where the form alone is
/// ambiguous (a bare name, a publication's name), by the lines around it.
extension LayoutReader {
    /// Consumes blank and metadata lines from `start` (at most 12 metadata lines, besides 200
    /// wire code lines and mail transport headers); returns the
    /// first other line's index. Besides what `ClippingFacts` reads, a line is metadata when
    /// - it is a publication's name by the line right below it (`publication`: `Le Monde` above
    ///   a date or edition line, `Boing Boing` above its copyright line), or alone in its paragraph
    ///   above a section's kicker and the title (`isMastheadOverKicker`), read as the source;
    /// - below the title (`afterTitle`), while no author is known, it is a bare line of one to
    ///   three names right above or below another metadata line, or the first line under the
    ///   title standing alone (`Jane Doe`, then a blank line);
    ///   A publication's name (`isPublication`) or a single word (`BRIGITTE`, `RTRS`) is no
    ///   author, and neither is a line right above a byline;
    /// - right below the title, it is the name the title ends with after a separator (`Skateboard MSM`
    ///   under `The Captain's Quest … - Skateboard MSM`), or a publication's name alone in its paragraph
    ///   (`isPublicationUnderTitle`), read as the source;
    /// - below the title, it is a publication's or agency's name (`ClippingFacts.isMasthead`)
    ///   right below a metadata line and above another line of the same block (Factiva's
    ///   `Reuters News` between the date and the source code), or right above a byline, read
    ///   as the source.
    /// A news agency's header and category codes (`WireHeaders`) give the date and agency they
    /// state. A web address alone under the title, or under a metadata line above it, is skipped (a feed item's
    /// link, a print page's address). Above the title a
    /// bare name is never believed: there it may be a title in capitals.
    func consumeHead(_ judged: JudgedLines, from start: Int, afterTitle: Bool = false, into found: inout Found) -> Int {
        let lines = judged.lines
        var index = start
        var consumed = 0
        // Wire code lines and mail transport headers, which do not count against the 12: at most
        // 200 of them (a file of a million code lines was judged whole: 10 MiB, 8 s).
        var uncounted = 0
        var aboveIsMetadata = false
        var underCodeLine = false
        // The file's first filled line, found once (asked of each of 200 code lines, it walked the leading blank lines each time).
        let firstOfFile = afterTitle ? nil : firstFilled(lines, from: 0)
        while index < lines.count, consumed < 12, uncounted < 200 {
            if lines[index].isEmpty {
                index += 1
                aboveIsMetadata = false
                continue
            }
            let belowIsFilled = index + 1 < lines.count && !lines[index + 1].isEmpty
            if !afterTitle, belowIsFilled, let end = menuEnd(judged, at: index) {
                // A site's menu, its name first (`Reuters`, `News`, `World`, …, `Subscribe`).
                if found.source == nil, ClippingFacts.isMasthead(lines[index]) { found.source = lines[index] }
                index = end
                aboveIsMetadata = false
                continue
            }
            if !afterTitle, let end = chronologyEnd(judged, at: index) {
                // A sidebar's chronology above the title (`KEY DATES`, `December 21, 1984: …`).
                index = end
                aboveIsMetadata = false
                continue
            }
            if afterTitle, let end = GalleryCaptions.end(of: lines, at: index, isFactLine: { Self.isOwnFactLine(judged, at: $0) }) {
                // `Bild 1 von 3` over its caption: a picture's place, day and photographer (a byline or a day alone
                // under the count, the pictures not copied, is the article's, read next).
                index = end
                aboveIsMetadata = false
                consumed += 1
                continue
            }
            if !afterTitle, consumed == 0, index == firstOfFile, isBrowserPrintHeader(judged, at: index) {
                // `9/11/17, 6:05 PM Headline | Site` over a page a browser printed: the print's moment and the tab's title,
                // its site the page's publication.
                if let bar = LineBytes.range(of: " | ", in: lines[index], backwards: true) {
                    let site = LineBytes.trimmed(lines[index][bar.upperBound...])
                    if ClippingFacts.isMasthead(site), !WireAgencies.isNewsDatabase(site) { found.printedSite = site }
                }
                index += 1
                consumed += 1
                continue
            }
            if isQuoteAttribution(lines, at: index) {
                break  // `— Jane Doe, spokeswoman` under a pull quote: who said it, not who wrote it
            } else if let facts = judged.facts(index) {
                found.absorb(facts)
            } else if WireHeaders.isCodeLine(lines[index]) {
                found.absorb(WireHeaders.facts(lines[index]))  // `BELGA-3150 26/02/1987 21:32`
                underCodeLine = true
                uncounted += 1
                index += 1
                continue
            } else if afterTitle, found.reviewDate != nil, let stamp = RelativeStamps.read(lines[index]) {
                // `Reuters, gestern, 12:32 Uhr` in a dated press review.
                found.source = found.source ?? stamp.source
                found.daysBeforeReview = found.daysBeforeReview ?? stamp.days
            } else if aboveIsMetadata, Paragraphs.isRule(lines[index]) {
                // `──────` closing a block of metadata (a clipping service's sheet).
            } else if let agency = WireHeaders.slugAgency(lines[index]) {
                found.source = found.source ?? agency  // `AP-EU-Europe-Trade, 1st Ld-Writethru`
            } else if underCodeLine, WireHeaders.isCategoryLine(lines[index]) {
                // `BEL POL ECO` under a wire header: its category codes.
            } else if afterTitle || aboveIsMetadata, ExportLines.isAddress(lines[index]) {
                // `https://…` under the title, or in a block of metadata above it (a print page's): where the text was copied from.
            } else if afterTitle, found.source == nil, !belowIsFilled, Self.namesPublication(lines[index]) {
                found.source = lines[index]  // `El País` alone under the title
            } else if afterTitle, found.source == nil, consumed == 0, let name = ClippingFacts.parenthesisedName(lines[index]),
                !ExportLines.isKicker(TextFolding.fold(name))
            {
                found.source = name  // `(Público)` right under the title of an unsigned piece
            } else if let name = publication(judged, at: index, afterTitle: afterTitle) {
                found.source = found.source ?? name
            } else if afterTitle, consumed == 0, index > 0, found.source == nil, TextFolding.hasAtMost(lines[index - 1], 300),
                ClippingFacts.isMasthead(lines[index]), Self.endsWithName(lines[index - 1], lines[index])
            {
                found.source = lines[index]  // `Skateboard MSM` right under `The Captain's Quest … - Skateboard MSM`
            } else if afterTitle, consumed == 0, index > 0, !lines[index - 1].isEmpty, !belowIsFilled, found.source == nil,
                TextFolding.hasAtMost(lines[index - 1], 300), Self.isPublicationUnderTitle(lines[index], title: lines[index - 1])
            {
                found.source = lines[index]  // `**Headline**`, `Vancouver Sun`, a blank line: a paste's publication
            } else if !afterTitle, !belowIsFilled, found.source == nil, isMastheadOverKicker(judged, at: index) {
                found.source = lines[index]  // `Le Figaro`, a blank line, then `ÉCONOMIE` over the title
            } else if !afterTitle, belowIsFilled, found.source == nil, isMastheadOverSection(judged, at: index) {
                found.source = lines[index]  // `Le Figaro` over `Économie`, then a blank line and the title
            } else if !afterTitle, belowIsFilled, found.source == nil, isMastheadOverTitle(judged, at: index) {
                found.source = lines[index]  // `Süddeutsche Zeitung` right over the title, a blank line below it
            } else if !afterTitle, belowIsFilled, consumed > 0, isOverlineUnderRunningHead(judged, at: index) {
                // `Energiepolitik` over the title and its standfirst, under `SÜDDEUTSCHE ZEITUNG – S. 12`: a page's topic.
            } else if !afterTitle, !belowIsFilled, found.source == nil, isMastheadAboveSignedTitle(judged, at: index) {
                found.source = lines[index]  // `LE FIGARO`, a blank line, the title with its byline or day
            } else if afterTitle, found.authors.isEmpty,
                let names = authorsBesideMetadata(
                    judged, at: index, aboveIsMetadata: aboveIsMetadata,
                    standingFirst: consumed == 0 && index == firstFilled(lines, from: start))
            {
                found.absorb(names)
            } else if afterTitle, belowIsFilled, ClippingFacts.isMasthead(lines[index]),
                aboveIsMetadata || judged.facts(index + 1)?.authors.isEmpty == false
            {
                found.source = found.source ?? lines[index]
            } else if isInLabelBlock(judged, at: index) {
                // `Status: approved` among `Section: Economy`, `Date: …`: a sheet's own field.
            } else if !afterTitle, consumed == 0, belowIsFilled, Self.isInCapitals(lines[index]), TextFolding.hasAtMost(lines[index], 60),
                isInLabelBlock(judged, at: index + 1), labelsTitle(judged, from: index + 1)
            {
                // `COPY TAKEN BY TELEPHONE` over a sheet's fields, one of them its `Head:`: the form's own heading.
            } else if afterTitle, consumed == 0, found.authors.isEmpty,
                let facts = TrailingBylines.facts(lines[index], dates: judged.judge.dates)
            {
                found.absorb(facts)  // `A standfirst's sentence. Par Cal Mankowski` right under the title
            } else {
                break
            }
            aboveIsMetadata = true
            underCodeLine = false
            // A raw e-mail's transport headers are many: they do not count against the limit.
            if MailHeaders.isMailHeader(lines[index]) { uncounted += 1 } else { consumed += 1 }
            index += 1
        }
        return index
    }

    /// The end of a site's menu copied with the page, starting at `index`: five lines or more in
    /// a row, none blank, each of one or two words without digits (24 characters at most)
    /// stating nothing, two at least known furniture or sections (`News`, `World`, `Sign in`).
    /// Nil for a shorter run, which may be a title's lines, or a database's head (`104 words`),
    /// and for a run longer than `longestMenu` lines, which is no menu: each line of the run is
    /// judged, and a file of a million one-word lines was judged whole (10 MiB: 7 s).
    func menuEnd(_ judged: JudgedLines, at index: Int) -> Int? {
        let lines = judged.lines
        var end = index
        var known = 0
        while end < lines.count, !lines[end].isEmpty, TextFolding.hasAtMost(lines[end], 24),
            LineBytes.spaceSeparatedCount(lines[end]) <= 2, !lines[end].utf8.contains(where: { $0 &- 0x30 < 10 })
        {
            if end - index == Self.longestMenu { return nil }
            if let facts = judged.facts(end) {
                guard facts == LineFacts() else { break }
                known += 1
            }
            end += 1
        }
        return end - index >= 5 && known >= 2 ? end : nil
    }

    /// The most lines `menuEnd` walks: a site's menu of sections and buttons is shorter.
    static let longestMenu = 500

    /// Whether a line under a gallery's count states the article's own byline or day (`Von Jan Petersen`, `By Sarah
    /// Kim`, `4. März 2026`): a line of 60 bytes at most, no picture credit (`Foto: Ana Gil`, `Paul Martin/AFP`), whose
    /// facts name writers (no bare line of names) or, the line holding no colon (a caption's `Place, DATE:` opening),
    /// a day and nothing else.
    static func isOwnFactLine(_ judged: JudgedLines, at index: Int) -> Bool {
        let line = judged.lines[index]
        guard line.utf8.count <= 60, !GalleryCaptions.isPictureCredit(line), let facts = judged.facts(index) else { return false }
        if !facts.authors.isEmpty { return !facts.isBareNames }
        return facts.date != nil && facts.source == nil && facts.title == nil && !LineBytes.contains(line, 0x3A)
    }

    /// The end of a chronology starting at `index` (a heading of at most four words, then), two
    /// entries or more in a row, each a date, a colon or a dash, and an event (`December 21,
    /// 1984: Port authority unveils its plan`): a sidebar's, whose dates and events are not the
    /// article's. Nil for any other line.
    func chronologyEnd(_ judged: JudgedLines, at index: Int) -> Int? {
        let lines = judged.lines
        var end = index
        if !isChronologyEntry(lines[end]) {
            guard end + 1 < lines.count, !lines[end + 1].isEmpty, lines[end].utf8.count <= 48,
                LineBytes.spaceSeparatedCount(lines[end]) <= 4, !LineBytes.contains(lines[end], 0x3A)
            else { return nil }
            end += 1
        }
        let first = end
        while end < lines.count, !lines[end].isEmpty, isChronologyEntry(lines[end]) { end += 1 }
        return end - first >= 2 ? end : nil
    }

    /// `December 21, 1984: Port authority unveils its plan`, `21/12/1984 – …`: a date, then `:`
    /// or a dash, then words.
    private func isChronologyEntry(_ line: String) -> Bool {
        // A digit and a separator (`:` or a dash) within the first 48 bytes, read without Characters
        // (in one pass over the contiguous bytes: the view's generic `contains` cost a thousand
        // instructions a line).
        guard line.utf8.count <= 300 else { return false }
        let marked: Bool? = line.utf8.withContiguousStorageIfAvailable { bytes in
            var digit = false
            var separator = false
            for byte in bytes.prefix(48) {
                if byte &- 0x30 < 10 { digit = true } else if byte == 0x3A || byte == 0x2D || byte == 0xE2 { separator = true }
            }
            return digit && separator
        }
        let head = line.utf8.prefix(48)
        guard marked ?? (head.contains(where: { $0 &- 0x30 < 10 }) && (head.contains(0x3A) || head.contains(0x2D) || head.contains(0xE2)))
        else { return false }
        let cut = line.firstRange(of: ": ") ?? line.firstRange(of: " – ") ?? line.firstRange(of: " — ") ?? line.firstRange(of: " - ")
        guard let cut, line.distance(from: line.startIndex, to: cut.lowerBound) <= 40,
            !LineBytes.trimmed(line[cut.upperBound...]).isEmpty
        else { return false }
        return dates.dateLine(String(line[..<cut.lowerBound])) != nil
    }

    /// The line at `index` has a label's form (`Status: approved`: one to three words, a capital first,
    /// and a colon, then a value) and stands in a block of three such lines or more, one at
    /// least a label `ClippingFacts` reads (`Date:`) and two at least labels it does not read
    /// (`Status:`, `Page:`), or one holding words when another labels the title (`Prise par :` over
    /// `De :`, `Pour :`, `Titre :`; not a digest's `Message: 2` over a reply's `Date:`, `From:` and
    /// `Subject:`): a sheet of fields, whose unknown labels state nothing. A headline
    /// with a colon (`HTC Touch: Bald bei o2`) above `Autor:` and `Quelle:` is no such block.
    /// A label `ClippingFacts` reads may hold a longer value (`For: Le Figaro, edition of …`).
    func isInLabelBlock(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        guard Self.hasLabelForm(lines[index]) else { return false }
        func inBlock(_ line: Int) -> Bool {
            !lines[line].isEmpty && (Self.hasLabelForm(lines[line]) || Self.hasLabelForm(lines[line], anyValue: true) && judged.facts(line) != nil)
        }
        var first = index
        while first > 0, index - first < 12, inBlock(first - 1) { first -= 1 }
        var last = index
        while last + 1 < lines.count, last - index < 12, inBlock(last + 1) { last += 1 }
        var known = 0
        var labelsTitle = false
        var wordedUnknown = false
        for line in first...last {
            guard let facts = judged.facts(line) else {
                let value = lines[line].drop { $0 != ":" }
                wordedUnknown = wordedUnknown || value.contains(where: \.isLetter)
                continue
            }
            known += 1
            labelsTitle = labelsTitle || facts.title != nil
        }
        let unknown = last - first + 1 - known
        return last - first >= 2 && known >= 1 && (unknown >= 2 || unknown == 1 && labelsTitle && wordedUnknown)
    }

    /// Whether the paragraph from `index` on holds a labelled title (`Head:`, `Titre :`), twelve lines at most.
    private func labelsTitle(_ judged: JudgedLines, from index: Int) -> Bool {
        var line = index
        while line < judged.lines.count, line - index < 12, !judged.lines[line].isEmpty {
            if judged.facts(line)?.title != nil { return true }
            line += 1
        }
        return false
    }

    /// `Label: value` with a label of one to three words (32 characters at most) opening with a
    /// capital, and a value of one to six words (a headline with a colon runs longer; any number with `anyValue`).
    static func hasLabelForm(_ line: String, anyValue: Bool = false) -> Bool {
        guard let first = line.first, first.isUppercase, LineBytes.contains(line, 0x3A),
            let colon = line.prefix(33).firstIndex(of: ":")
        else { return false }
        let label = line[..<colon]
        guard LineBytes.spaceSeparatedCount(String(label)) <= 3, label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
        else { return false }
        let value = LineBytes.trimmed(line[line.index(after: colon)...])
        return !value.isEmpty && (anyValue || LineBytes.spaceSeparatedCount(value) <= 6)
    }

    /// The bare line of names at `index` when its neighbours make it an author line (see
    /// `consumeHead`): right under another metadata line (`aboveIsMetadata`), right above one
    /// that names no author, or standing alone as the first line under the title
    /// (`standingFirst`, a blank line below). Nil for a publication's name and for a single word
    /// (`BRIGITTE`, `RTRS`: no person's name), and when the line below is a byline (it names the
    /// author).
    private func authorsBesideMetadata(
        _ judged: JudgedLines, at index: Int, aboveIsMetadata: Bool, standingFirst: Bool
    ) -> LineFacts? {
        let lines = judged.lines
        guard !Self.isPublication(lines[index]), let names = judged.facts(index, allowsBareNames: true),
            names.isBareNames, names.authors.allSatisfy({ $0.contains(Character(" ")) })
        else { return nil }
        guard index + 1 < lines.count, !lines[index + 1].isEmpty else {
            // `Hélène Roux in Brussels` (`Bylines.placesWriters`) alone signs; over a byline in the next paragraph it is a
            // picture's caption (`Annalena Baerbock in Kiew` over `Von Jan Petersen`).
            if Bylines.placesWriters(lines[index], names: names.authors), let next = firstFilled(lines, from: index + 1),
                judged.facts(next)?.authors.isEmpty == false
            {
                return nil
            }
            return aboveIsMetadata || standingFirst ? names : nil
        }
        let below = judged.facts(index + 1)
        if below?.authors.isEmpty == false { return nil }
        return aboveIsMetadata || below != nil ? names : nil
    }

    /// A standfirst (a paragraph of one to four lines) followed by metadata lines (after a blank
    /// line, or right under a subtitle of one or two lines), then the body
    /// (`Title`, blank, `A first sentence.`, blank, `By Jane Doe`, `Published 03/03/2026`,
    /// blank, body): consumes the metadata into `found` and returns its lines' range, which the
    /// body leaves out (the standfirst stays, as the body's first paragraph). Nil, and `found`
    /// untouched, when the lines at `start` are not laid out so, when the metadata would reach
    /// `limit` (the body's end: a trailer's first line) or states no author, date or source
    /// that is not known yet.
    func metadataAfterStandfirst(_ judged: JudgedLines, at start: Int, before limit: Int, into found: inout Found) -> Range<Int>? {
        let lines = judged.lines
        var end = start
        while end < limit, !lines[end].isEmpty { end += 1 }
        // A subtitle of one or two lines with the metadata right under it, no blank between
        // (`Title`, `A subtitle`, `By Jane Doe | 3 March 2026, 15:07 CET`, blank, body).
        for first in stride(from: start + 1, to: min(end, start + 3), by: 1) where TextFolding.hasAtMost(lines[first], 120) {
            guard !isQuoteAttribution(lines, at: first), let facts = judged.facts(first),
                facts.date != nil || !facts.authors.isEmpty
            else { continue }
            // `A subtitle`, `JANE DOE`, `MAR 3, 2026`: a bare name right above the date is read too.
            let metadataStart = first - 1 > start && judged.facts(first - 1, allowsBareNames: true)?.isBareNames == true
                ? first - 1 : first
            var trial = found
            let metadataEnd = consumeHead(judged, from: metadataStart, afterTitle: true, into: &trial)
            guard metadataEnd >= end, metadataEnd <= limit else { return nil }
            found = trial
            return metadataStart..<metadataEnd
        }
        // Metadata lines are short: a longer line there is the body going on.
        guard end > start, end - start <= 4, let metadataStart = firstFilled(lines, from: end), metadataStart < limit,
            TextFolding.hasAtMost(lines[metadataStart], 120)
        else { return nil }
        var trial = found
        let metadataEnd = consumeHead(judged, from: metadataStart, afterTitle: true, into: &trial)
        guard metadataEnd > metadataStart, metadataEnd <= limit, metadataEnd < lines.count || trial.date != found.date,
            trial.authors != found.authors || trial.date != found.date || trial.source != found.source
        else { return nil }
        // A print reference alone between paragraphs under a head that stated its byline or day (`Aus: Focus Nr.
        // 10/2026 vom 2. März 2026`, `El País, edición del martes, veinticuatro de febrero …` in a history piece): a
        // rival's issue or a front page the text quotes, not this article's source or day.
        if !found.authors.isEmpty || found.date != nil, firstFilled(lines, from: metadataStart + 1).map({ $0 >= metadataEnd }) ?? true,
            let facts = judged.facts(metadataStart), facts.dateRank == .sourceLine, facts.source != nil, facts.authors.isEmpty
        {
            return nil
        }
        found = trial
        return metadataStart..<metadataEnd
    }

    /// A publication's name alone in its paragraph right under the title (a chat's or a mail's paste:
    /// `Headline`, `Vancouver Sun`, a blank line): a masthead's form (`ClippingFacts.isMasthead`) of one to
    /// four words naming no person (no given name), neither a section's nor a kicker's word, opening with a
    /// capital and holding only letters, digits, spaces, `.`, `-`, `&` and apostrophes; not the rest of a title
    /// wrapped onto it (`MCLEAN'S <MII> U.S.` over `LINES SETS ASSET TRANSFER`, `Bohnenviertel -` over `Stadt
    /// Stuttgart`, `… Journey to and` over `Reflections on Python 3`: a word no headline ends with, `breakWords`).
    static func isPublicationUnderTitle(_ line: String, title: String) -> Bool {
        guard TextFolding.hasAtMost(line, 40), let end = title.last, !"-–—|:,/".contains(end),
            LineBytes.words(title).last.map({ !breakWords.contains(TextFolding.fold($0)) }) ?? true,
            line.first?.isUppercase == true,
            line.allSatisfy({ $0.isLetter || $0.isNumber || " .-&'’".contains($0) }),
            LineBytes.words(line).count <= 4, ClippingFacts.isMasthead(line), !GivenNames.holdsGivenName(line),
            !(isInCapitals(line) && isInCapitals(title))
        else { return false }
        let folded = TextFolding.fold(line)
        return !ExportLines.isKicker(folded) && !ExportLines.isSectionWord(folded)
    }

    /// The line at `index` when the line right below it, metadata stating no author, shows it
    /// is a publication's name: it names one (`isPublication`) and that line states a date or a
    /// source; or it has a publication's form (`ClippingFacts.isMasthead`) and that line is a
    /// database's edition line (`ExportLines`), an agency's slug or a copyright line in its name
    /// (`Boing Boing` above `Copyright 2025 Boing Boing`), or a print page's banner. Above the title, only when a line
    /// that can be the title (no sentence end) follows that metadata block after a blank line.
    private func publication(_ judged: JudgedLines, at index: Int, afterTitle: Bool) -> String? {
        let lines = judged.lines
        guard index + 1 < lines.count, !lines[index + 1].isEmpty, ClippingFacts.isMasthead(lines[index]) else { return nil }
        // `LE FIGARO`, `BRIGITTE` over a rule (a print page's masthead, its title below); `Boing
        // Boing` over `Open in the app ›` (a news app's share); `LE FIGARO` over `Founded in 1878`; `Público` over
        // `Printer-friendly version — printed on …` (a site's print page).
        let masthead = !afterTitle && (Paragraphs.isRule(lines[index + 1])
            && (Self.namesPublication(lines[index]) || WireAgencies.isAgency(lines[index])
                || Self.isInCapitals(lines[index]) && LineBytes.words(lines[index]).count <= 2)
            || ExportLines.isAppLink(lines[index + 1]) || ExportLines.isFoundingLine(lines[index + 1])
            || ExportLines.isPrintBanner(lines[index + 1]))
        if !masthead {
            guard let below = judged.facts(index + 1), below.authors.isEmpty else { return nil }
            let named = Self.isPublication(lines[index]) && (below.date != nil || below.source != nil)
            guard named || below.source.map({ LineBytes.contains(TextFolding.fold($0), bytes: TextFolding.fold(lines[index])) }) == true
                || Self.isEditionLine(lines[index + 1], dates: judged.judge.dates) || ExportLines.isSlug(lines[index + 1])
            else { return nil }
        }
        if !afterTitle {
            var after = index + 1
            while after < lines.count, !lines[after].isEmpty { after += 1 }
            // Under a founding line the masthead is sure: its title may end with a period.
            guard let title = firstFilled(lines, from: after), Self.isTitleLike(lines[title]),
                !Self.endsWithPeriod(lines[title]) || ExportLines.isFoundingLine(lines[index + 1]), judged.facts(title) == nil
            else { return nil }
        }
        return lines[index]
    }

    /// A print page's masthead alone in its paragraph, first in the text (`Le Figaro`, `Süddeutsche
    /// Zeitung`: `ClippingFacts.isMasthead`, four words and 120 bytes at most, no person's name of
    /// two words or more unless it names a publication by its words), the next paragraph opening with a
    /// section's kicker (`ÉCONOMIE`, `Wirtschaft`: `ExportLines.isKicker` or a section word, three
    /// words and 80 bytes at most) right above a line that can be the title (a button above a site's menu,
    /// `Personalizza` over `Notizie` and `Mondo`, is not first in the text). (A name alone above the title's paragraph
    /// without a kicker is not enough: a short title above a hard-wrapped paragraph has that form.)
    /// `Boing Boing` over `Economía`, then a blank line and the title: the first line, a
    /// masthead's form (not a person's name unless a publication's), right over a section's or a
    /// kicker's word alone, a blank line under them and a line that could be a title under it.
    private func isMastheadOverSection(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        guard index + 3 < lines.count, lines[index].utf8.count <= 120, lines[index + 1].utf8.count <= 40, lines[index + 2].isEmpty,
            !lines[index + 3].isEmpty, firstFilled(lines, from: 0) == index, LineBytes.spaceSeparatedCount(lines[index]) <= 4,
            LineBytes.spaceSeparatedCount(lines[index + 1]) <= 3
        else { return false }
        let folded = TextFolding.fold(lines[index + 1])
        guard ExportLines.isKicker(folded) || ExportLines.isSectionWord(folded), ClippingFacts.isMasthead(lines[index]),
            Self.isTitleLike(lines[index + 3]),
            LineBytes.spaceSeparatedCount(lines[index]) < 2 || !GivenNames.holdsGivenName(lines[index]) || Self.isPublication(lines[index])
        else { return false }
        return true
    }

    /// `Le Monde diplomatique` right above `Turpitude et architecture`, the two lines a paragraph
    /// of their own that opens the file (or follows only blank lines and metadata): a publication's
    /// name standing for itself (`isStandingMasthead`) over a title-like line that does not name
    /// one, not a headline in capitals wrapped over two lines. The name is the source; the line
    /// below it is left to be the title.
    private func isMastheadOverTitle(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        guard index + 2 < lines.count, index == 0 || lines[index - 1].isEmpty, lines[index + 2].isEmpty,
            lines[index].utf8.count <= 80, lines[index + 1].utf8.count <= 300,
            Self.isStandingMasthead(lines[index]),
            // `AMERICAN EXPRESS SEEN IN` over `POSSIBLE SPINNOFF`: a headline in capitals wrapped over two lines.
            !(Self.isInCapitals(lines[index]) && Self.isInCapitals(lines[index + 1])), Self.isTitleLike(lines[index + 1]), !Self.namesPublication(lines[index + 1]),
            judged.facts(index + 1) == nil, !LayoutReader.endsLikeSentence(lines[index + 1]) || lines[index + 1].last == "?"
        else { return false }
        return true
    }

    /// A publication's name standing for itself over a title: it names a publication by its words
    /// (`namesPublication`: `Süddeutsche Zeitung`, `Le Monde diplomatique`), in at most three words
    /// none of which after the first is a preposition (`Freie Presse im Exil`, `Le Journal d'une ZAD`,
    /// `O Jornal da Noite` are headlines), and holds no `|`, parenthesis, angle bracket, slash or
    /// colon (a page's title with its site, an address, a ticker).
    static func isStandingMasthead(_ line: String) -> Bool {
        guard !line.utf8.contains(where: { $0 == 0x7C || $0 == 0x28 || $0 == 0x29 || $0 == 0x3C || $0 == 0x2F || $0 == 0x3A }),
            LineBytes.spaceSeparatedCount(line) <= 3, namesPublication(line)
        else { return false }
        return !LineBytes.words(TextFolding.fold(line)).dropFirst().contains { word in
            mastheadPrepositions.contains(String(word)) || word.hasPrefix("d'") || word.hasPrefix("d’")
        }
    }

    private static let mastheadPrepositions: Set<String> = [
        "im", "in", "am", "der", "des", "dem", "den", "fur", "von", "du", "de", "del", "della", "dello", "dei", "di",
        "da", "do", "dos", "das", "of", "for", "on", "en", "au", "aux", "sur", "per", "para", "por",
    ]

    /// `LE FIGARO` alone at the head of the file, a blank line, then the title with its byline or
    /// day right under it: a publication's name standing for itself (`isStandingMasthead`) above a
    /// head that has its own metadata (a byline, a day, or an unsigned piece's agency credit: `Avec AFP`).
    private func isMastheadAboveSignedTitle(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        guard lines[index].utf8.count <= 80, firstFilled(lines, from: 0) == index, let title = firstFilled(lines, from: index + 1),
            title == index + 2, title + 1 < lines.count, !lines[title + 1].isEmpty,
            Self.isTitleLike(lines[title]), !Self.namesPublication(lines[title]), judged.facts(title) == nil
        else { return false }
        // `Mit Material von dpa`, `Avec AFP`: an unsigned piece's credit names the agency alone; under it any
        // publication's name by its form stands for itself (`BRIGITTE`, `Corriere della Sera`, `France Culture`).
        if Self.isAgencyCredit(lines[title + 1]) { return Self.isStandingMasthead(lines[index]) || Self.isNameAlone(lines[index]) }
        return Self.isStandingMasthead(lines[index])
            && judged.facts(title + 1).map({ !$0.authors.isEmpty || $0.date != nil || $0.source.map(WireAgencies.isAgency) == true }) == true
    }

    /// A publication's name by its form alone (`ClippingFacts.isPlausiblePublication`), four words and 60 bytes at most,
    /// no `|`, parenthesis, angle bracket, slash or colon, no closing punctuation; of two words or more, no person's given
    /// name unless its words name a publication (`BRIGITTE` alone is a magazine's).
    private static func isNameAlone(_ line: String) -> Bool {
        guard TextFolding.hasAtMost(line, 60), LineBytes.spaceSeparatedCount(line) <= 4, let last = line.last, !".!?,;".contains(last),
            !line.utf8.contains(where: { $0 == 0x7C || $0 == 0x28 || $0 == 0x29 || $0 == 0x3C || $0 == 0x2F || $0 == 0x3A }),
            ClippingFacts.isPlausiblePublication(line)
        else { return false }
        return LineBytes.spaceSeparatedCount(line) < 2 || !GivenNames.holdsGivenName(line) || isPublication(line)
    }

    /// The header a browser prints over a page (`9/11/17, 6:05 PM Headline | Le Monde`, `08/02/2026 12:30 Headline |
    /// Le Monde`): the first line opening with a day and a clock time, then the tab's title; the footer it prints last
    /// confirms it (the page's address and `N/M`, the page's number of the print's, a form feed perhaps under it). 300
    /// bytes at most.
    private func isBrowserPrintHeader(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        let line = lines[index]
        guard line.utf8.count <= 300, let first = line.utf8.first, first &- 0x30 < 10, let day = line.firstIndex(of: " ") else { return false }
        // The day as the browser's locale writes it, a two-digit year too (`9/11/17,`, `08/02/2026`, `07.09.2017`).
        let fields = line[..<day].split(separator: ",", omittingEmptySubsequences: false)[0].split(whereSeparator: { $0 == "/" || $0 == "." })
        guard fields.count == 3, fields.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        let rest = line[day...].drop { $0 == "," || $0 == " " }
        guard let space = rest.firstIndex(of: " ") else { return false }
        var clock = rest[..<space]
        var title = rest[rest.index(after: space)...]
        if let meridiem = title.split(separator: " ", maxSplits: 1).first, ["am", "pm"].contains(TextFolding.fold(meridiem)) {
            clock = rest[..<title.index(title.startIndex, offsetBy: meridiem.count)]
            title = title.dropFirst(meridiem.count).drop { $0 == " " }
        }
        // The print's last line under the page (a form feed may close the print).
        guard ExportLines.isClockTime(clock), !title.isEmpty, let last = lines.lastIndex(where: { !$0.isEmpty && $0 != "\u{0C}" }), last > index
        else { return false }
        let footer = lines[last].split(separator: " ")
        guard footer.count >= 2, let count = footer.last, LineBytes.contains(lines[last], bytes: "://") else { return false }
        let pages = count.split(separator: "/")
        return pages.count == 2 && pages.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }

    /// A printed page's topic line over the title (`Energiepolitik`, `Politique énergétique`): the first line of a
    /// paragraph of three lines or more right under a running head that names the page (`SÜDDEUTSCHE ZEITUNG – S. 12`,
    /// `EL PAÍS – 07.09.2017 – p. 31`: a metadata line whose last part is a page's reference, a blank line between),
    /// one to three words (40 bytes at most) with no digit, no closing punctuation and no person's given name, stating
    /// nothing; the line under it title-like, of more words or not closed by a period (a standfirst is), nor by a comma,
    /// semicolon, colon or hyphen, the line under that filled (a standfirst or the text) and not opening in lower case (a
    /// hard-wrapped sentence's next line).
    private func isOverlineUnderRunningHead(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        let line = lines[index]
        guard index >= 2, lines[index - 1].isEmpty, index + 2 < lines.count, !lines[index + 2].isEmpty, line.utf8.count <= 40,
            !line.utf8.contains(where: { $0 &- 0x30 < 10 }), LineBytes.spaceSeparatedCount(line) <= 3,
            let last = line.last, !".:;,!?)]»\"”".contains(last), judged.facts(index) == nil, judged.facts(index + 1) == nil,
            LineBytes.spaceSeparatedCount(lines[index + 1]) > LineBytes.spaceSeparatedCount(line) || !Self.endsWithPeriod(lines[index + 1]),
            lines[index + 1].utf8.count <= 200, Self.isTitleLike(lines[index + 1]), !GivenNames.holdsGivenName(line),
            // `La ville ouvre trois pistes cyclables dès lundi,` over `annonce la mairie…`: a text hard-wrapped under a short title.
            let close = lines[index + 1].last, !",;:-".contains(close), lines[index + 2].first?.isLowercase != true,
            // `Parkhaus wird Wohnhaus` over a standfirst of more than twelve words and the byline: a short headline, no topic.
            LineBytes.spaceSeparatedCount(lines[index + 1]) <= 12 || judged.facts(index + 2)?.authors.isEmpty != false
        else { return false }
        var above = index - 1
        while above > 0, lines[above].isEmpty, index - above < 4 { above -= 1 }
        guard !lines[above].isEmpty, judged.facts(above) != nil, lines[above].utf8.count <= 160 else { return false }
        let parts = lines[above].components(separatedBy: " – ").flatMap { $0.components(separatedBy: " | ") }
        return parts.count >= 2 && ClippingFacts.isPageReference(parts.last!.trimmingCharacters(in: .whitespaces))
    }

    /// `Avec AFP`, `Mit Material von dpa`, `With Reuters`, `Con información de EFE`: an unsigned piece's credit to the
    /// agency whose copy it used (six words at most, opening with `with` in one of the desks' languages, an agency's
    /// name of one to three words last).
    static func isAgencyCredit(_ line: String) -> Bool {
        guard TextFolding.hasAtMost(line, 60) else { return false }
        let words = LineBytes.words(line)
        // The agency's name is the last one to three words (`dpa`, `Europa Press`).
        guard (2...6).contains(words.count),
            (1...min(3, words.count - 1)).contains(where: { WireAgencies.isAgency(words.suffix($0).joined(separator: " ")) })
        else { return false }
        let folded = TextFolding.fold(line)
        return ["with ", "avec ", "mit ", "con ", "com "].contains { folded.hasPrefix($0) }
    }

    private func isMastheadOverKicker(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        // The cheap tests first: this is asked of many a line alone in its paragraph.
        // The title right under the kicker, or alone a blank line below it (`Vice`, `EDITORIAL`, the title).
        guard lines[index].utf8.count <= 120, firstFilled(lines, from: 0) == index,
            let kicker = firstFilled(lines, from: index + 1), kicker > index + 1, kicker + 1 < lines.count,
            lines[kicker].utf8.count <= 80, let title = firstFilled(lines, from: kicker + 1), title <= kicker + 2,
            LineBytes.spaceSeparatedCount(lines[kicker]) <= 3,
            LineBytes.spaceSeparatedCount(lines[index]) <= 4, ClippingFacts.isMasthead(lines[index]), Self.isTitleLike(lines[title]),
            // `Paul Krugman` above `Opinion`: a columnist's name, not the paper's (`BRIGITTE`, one word, is a paper's).
            LineBytes.spaceSeparatedCount(lines[index]) < 2 || !GivenNames.holdsGivenName(lines[index]) || Self.isPublication(lines[index])
        else { return false }
        let folded = TextFolding.fold(lines[kicker])
        return ExportLines.isKicker(folded) || ExportLines.isSectionWord(folded)
    }

    /// A publication's name by its form (`ClippingFacts.isMasthead`) and its words: an article
    /// first (`Le Monde`, `The Guardian`, `Die Zeit`), a word that names a publication
    /// (`Financial Times`, `Süddeutsche Zeitung`, `Reuters News`) or a domain (`FAZ.NET`).
    static func isPublication(_ line: String) -> Bool {
        guard ClippingFacts.isMasthead(line) else { return false }
        let words = LineBytes.words(TextFolding.fold(line)).map(String.init)
        guard let first = words.first else { return false }
        return publicationArticles.contains(first) || first.hasPrefix("l'") || first.hasPrefix("l’")
            || words.contains(where: publicationWords.contains) || words.last!.contains(Character("."))
    }

    /// A publication's name by a word that names one (`El País`, `Süddeutsche Zeitung`,
    /// `FAZ.NET`, `Emsdettener Volkszeitung`), not by its article alone (`Les chiffres` is a heading).
    static func namesPublication(_ line: String) -> Bool {
        guard ClippingFacts.isMasthead(line) else { return false }
        let words = LineBytes.words(TextFolding.fold(line))
        // A hyphenated name's parts count (`OSTSEE-ZEITUNG`, `Rhein-Zeitung`, `Nice-Matin`).
        return words.contains(where: { word in
            publicationWords.contains(String(word)) || word.contains("-") && word.split(separator: "-").contains { publicationWords.contains(String($0)) }
                || compoundEndings.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
        }) || words.last?.contains(Character(".")) == true
    }

    /// A German paper's word closing a compound (`Volkszeitung`, `Abendblatt`, `Tagesanzeiger`, folded).
    private static let compoundEndings = ["zeitung", "nachrichten", "anzeiger", "rundschau", "blatt", "kurier"]

    /// Whether `word` (folded) names a publication (`Zeitung`, `News`, `Agentur`).
    static func isPublicationWord(_ word: some StringProtocol) -> Bool {
        publicationWords.contains(TextFolding.fold(word))
    }

    private static let publicationArticles: Set<String> = ["le", "la", "les", "the", "die", "der", "das", "el", "il", "lo", "o", "os"]

    /// Lowercase words a publication's name holds between capitalised ones (`Corriere della Sera`, `Times of India`).
    static let publicationParticles: Set<String> = ["de", "di", "del", "della", "dello", "la", "des", "du", "do", "da", "dos", "of"]

    private static let publicationWords: Set<String> = [
        "times", "news", "zeitung", "presse", "press", "journal", "post", "herald", "tribune", "daily", "gazette",
        "review", "report", "magazine", "magazin", "observer", "guardian", "telegraph", "express", "agence", "agency",
        "agentur", "nachrichten", "diario", "periodico", "corriere", "giornale", "stampa", "jornal", "folha",
        "correio", "gazzetta", "independent", "economist", "spiegel", "monde", "figaro", "liberation", "echos",
        "parisien", "quotidien", "hebdo", "matin", "soir", "pais", "mundo", "vanguardia", "messaggero", "publico",
        "expresso", "wire", "online", "radio", "tv", "weekly", "rundschau", "kurier", "anzeiger", "tagesspiegel",
        "allgemeine", "handelsblatt", "standard", "courrier", "republicain", "depeche", "nouvelliste", "tageblatt",
        "examiner", "heraldo", "chronicle", "dispatch", "courier", "mercury", "echo", "mattino", "gazzettino",
    ]

    private static func isEditionLine(_ line: String, dates: DateRecognizer) -> Bool {
        if case .edition? = ExportLines.judge(line, dates: dates) { return true }
        return false
    }

    /// `— Jane Doe, spokeswoman` right under a line that ends with a quotation mark: the
    /// attribution of a quote.
    func isQuoteAttribution(_ lines: [String], at index: Int) -> Bool {
        guard index > 0, let lead = lines[index].utf8.first, lead == 0xE2 || lead == 0x2D,
            let first = lines[index].first, "—–-".contains(first), let last = lines[index - 1].last
        else { return false }
        return "»”\"“«".contains(last)
    }

    /// The index of the first non-empty line at or after `index`, or nil.
    func firstFilled(_ lines: [String], from index: Int) -> Int? {
        lines[min(index, lines.count)...].firstIndex { !$0.isEmpty }
    }
}
