#!/usr/bin/env python3
"""Measures presswatch on plain-text clippings made from real articles nobody here wrote.

Usage: Tests/eval/text_eval.py [--binary PATH] [--data DIR] [--show dev|held-out] [--show-s28-development]
                               [--show-s29-development] [--show-s30-development] [--show-s31-development]
                               [--show-s32-development] [--show-s33-development] [--show-s34-development]
                               [--show-s35-development] [--show-s36-development]
                               [--show-s37-development] [--show-s38-development]
                               [--show-s39-development] [--show-s40-development]
                               [--show-s41-development] [--show-s42-development]
                               [--show-s43-development] [--show-s44-development]
                               [--show-s45-development] [--show-s46-development]
                               [--show-s47-development] [--show-s48-development]
                               [--show-s49-development] [--show-s50-development]
                               [--show-s51-development]
                               [--show-s52-development] [--show-s53-development]
                               [--show-s54-development] [--show-s55-development]
                               [--show-s56-development] [--show-s57-development]
                               [--show-s58-development] [--show-s59-development]
                               [--show-s60-development]
                               [--show-s61-development]
                               [--show-s62-development]
                               [--show-s63-development]

The articles (Tests/eval/real_articles.py: Reuters stories from Debian's r-cran-tm, and the real
pages of trafilatura==1.0.0's and htmldate==1.2.3's tests, fetched by eval.py into DIR) are laid
out as text files by the layouts of Tests/eval/clipping_layouts.py, each with labels and dates in
one of six desk languages chosen per file from a hash.

Split, fixed by a hash and never by hand: an article or a layout is HELD-OUT when
sha1("held-out:" + name) read as a number is divisible by 3, development otherwise. The
development part (development articles in development layouts) is what the parser was tuned
on; the held-out part (held-out articles in held-out layouts) is only scored. Mixed pairs are
not used. `--show` prints the misses of the development part only (of the held-out part too if
asked for explicitly, which spends it).

The held-out layouts of BLIND_S24 (clipping_layouts.py) were written in stop 24 by an engineer who
does not tune the reader, and the tuner has not read them: they are scored in a block of their
own, apart from the other held-out layouts, and `--show` never prints their misses. So are the
held-out layouts of BLIND_S24B, a second batch written in stop 24 by another engineer who does not
tune the reader, in a block of their own again; and so are the held-out layouts of BLIND_S25
(clipping_layouts_s25.py), a third batch written in stop 25 by an engineer who does not tune the
reader, in a third block of their own; and so are the held-out layouts of BLIND_S26
(clipping_layouts_s26.py), a fourth batch written in stop 26 by an engineer who does not tune the reader,
in a fourth block of their own; and so are the held-out layouts of BLIND_S27 (clipping_layouts_s27.py), a fifth
batch written in stop 27 by an engineer who does not tune the reader, in a fifth block of their own. The
development members of BLIND_S25 and of BLIND_S26 each get a line of their own in the development split.

The development members of BLIND_S27 were not tuned on in stop 27 (the whole batch measured the rules written
before it; its figures then are in stop 27's note); they are tuned on from stop 28, and so are in the development
figures with a line of their own, like those of BLIND_S25 and BLIND_S26.

BLIND_S28 (clipping_layouts_s28.py) is a sixth batch, written in stop 28 by an engineer who does not tune the reader
(nor read it): its held-out members are scored in a sixth held-out block of their own; its development members were
not tuned on in stop 28 (kept out of the development figures then) and are tuned on from stop 29: they are in the
development figures with a line of their own (`--show-s28-development` still prints their misses alone).

BLIND_S29 (clipping_layouts_s29.py) is a seventh batch, written in stop 29 by an engineer who does not tune the
reader (nor read it), to measure whether the tuning on BLIND_S28's development members transfers: its held-out
members are scored in a seventh held-out block of their own; its development members were not tuned on in stop 29
(kept out of the development figures then) and are tuned on from stop 30: they are in the development figures with a
line of their own (`--show-s29-development` still prints their misses alone). Early in stop 29, before most of that stop's rules were written, the tuner read a
one-line description of each BLIND_S29 layout, held-out ones too, in the report of the engineer who wrote them (not
their code, files or misses); he tuned only on BLIND_S28's development members and aimed no rule at a form described
there, but BLIND_S29's figures are not as blind as the earlier batches' were. Up to stop 29 the held-out blocks
printed their layouts' names and up to five rejected files' names; from stop 30 they print neither.

BLIND_S30 (clipping_layouts_s30.py) is an eighth batch, written in stop 30 by an engineer who does not tune the reader
(nor read it, nor any earlier batch's held-out part): its held-out members are scored in an eighth held-out block of
their own; its development members were not tuned on in stop 30 (kept out of the development figures then) and were
tuned on in stop 31: they are in the development figures now, on a line of their own too (`--show-s30-development`
still prints their misses alone).

BLIND_S31 (clipping_layouts_s31.py) is a ninth batch, written in stop 31 by an engineer who does not tune the reader
(nor read it, nor any earlier batch's held-out part): its held-out members are scored in a ninth held-out block of
their own; its development members were scored untuned (title / authors F1 / date / source 0.415 / 0.372 / 0.497 /
0.444, 110 rejected) and then tuned on late in stop 31 (four of the sixteen layouts): they are in the development
figures, on a line of their own too.

BLIND_S32 (clipping_layouts_s32.py) is a tenth batch, written in stop 31 by another engineer who does not tune the
reader (nor read it, nor any earlier batch's held-out part): its held-out members are scored in a tenth held-out block
of their own; its development members were not tuned on in stop 31 (scored untuned: 0.505 / 0.509 / 0.730 / 0.537, 0
rejected) and were tuned on in stop 33: they are in the development figures now, on a line of their own too
(`--show-s32-development` still prints their misses alone). In stop 33 the remaining twelve development layouts of
BLIND_S31 were tuned on as well.

BLIND_S33 (clipping_layouts_s33.py) is an eleventh batch, written in stop 33 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part): its held-out members are scored in an
eleventh held-out block of their own; its development members were not tuned on in stop 33 (scored untuned: 0.161 /
0.283 / 0.634 / 0.411, 147 rejected) and were tuned on in stop 34: they are in the development figures now, on a line
of their own too (`--show-s33-development` still prints their misses alone).

BLIND_S34 (clipping_layouts_s34.py) is a twelfth batch, written in stop 34 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part): its held-out members are scored in a twelfth
held-out block of their own; its development members were not tuned on in stop 34 (scored untuned: 0.128 / 0.179 /
0.600 / 0.414, 398 rejected) and were tuned on in stop 35: they are in the development figures now, on a line of
their own too (`--show-s34-development` still prints their misses alone).

BLIND_S35, BLIND_S36 and BLIND_S37 (clipping_layouts_s35.py, _s36.py, _s37.py) are a thirteenth, fourteenth and
fifteenth batch, written one after the other in stop 35 by engineers who do not tune the reader (nor read it, its
misses, nor any earlier batch's held-out part), and unlike the earlier ones made of the plain-text clippings a press
desk really receives, each field at the top, at the bottom or inside the first paragraph, labelled or not, alone or
combined with another (BLIND_S35: page exports, digests, coverage reports, photocopies, letters, interviews, columns,
memos; BLIND_S36: print pages with merged columns or a jump, agency copy with its dateline and trailer, TV and radio
pages, an op-ed, an obituary, sports, business, court and science reports, an explainer, a weekend supplement, a
photo essay, a council's press review, a university's media page; BLIND_S37: a dateline carrying date and agency
with the source only in a copyright footer, bylines carrying update stamps or the publication, credits blocks, a
regional edition, capitals, a title over two lines, a numbered press review, a spaced masthead, smart quotes and
non-breaking spaces, an app's share text, syndicated, translated and corrected pieces, a newspaper's blog, a regional
TV's text version; a few tool formats). Their held-out members are scored in blocks of their own. The development
members of BLIND_S35 and BLIND_S36 were scored untuned first (by the parser of stop 34, commit 9e79dbf: BLIND_S35
0.586 / 0.542 / 0.806 / 0.306, 2 rejected; BLIND_S36 0.665 / 0.575 / 0.839 / 0.298, 0 rejected) and then tuned on
in stop 35: they are in the development figures, on lines of their own too (`--show-s35-development`,
`--show-s36-development`). BLIND_S37's development members, not tuned on in stop 35, were scored untuned (by stop
35's parser, 06556ff: 0.687 / 0.643 / 0.978 / 0.524, 0 rejected) and then tuned on in stop 36: they are in the
development figures from stop 36 on, on a line of their own too (`--show-s37-development`).

BLIND_S38 (clipping_layouts_s38.py) is a sixteenth batch, written in stop 36 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), of the same plain-text desk clippings: a
French press database's export with its certificate line, PDF pages with running heads, folios, hyphenated line ends
and a pull quote, a breaking-news alert mail, a read-later app's info panel, monitoring figures at the foot, a
meeting chat, a news ticker, a radio press review, a print-edition note, a run-in brief, an RSS 2.0 source, a
report's annex under a citation, a newsroom system's publication notice, a phone scan, a reprint licence, a weekly's
issue line (numbered 72 to 97 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own. Its development members were not tuned on in stop 36 (scored untuned by stop 35's parser, the main
branch's release binary at 06556ff: development 0.530 / 0.594 / 0.833 / 0.448, 0 rejected; held-out 0.525 / 0.610 /
0.749 / 0.397, 1 rejected; and again by stop 36's final parser, 3a36fd8, before any tuning in stop 37: development
0.538 / 0.594 / 0.833 / 0.494, 0 rejected), then tuned on in stop 37: they are in the development figures from
stop 37 on, on a line of their own too (`--show-s38-development`).

BLIND_S39 (clipping_layouts_s39.py) is a seventeenth batch, written in stop 37 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), of the same plain-text desk clippings: a
teletext page, a text-to-speech SSML script, a patch mail adding the clipping to a repository, a bounced forward, a
scraper's log, a microfilm reader-printer's copy, a compliance archive's record, a meeting's spoken transcript, an
exam sheet, an archive's purchase receipt, a customer-service chat, a Wikipedia citation template, a translation
job's XLIFF file, a digital signage slide export, a clear-signed PGP mail, a licensed PDF with a personalised
watermark (numbered 106 to 131 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own. Its development members were not tuned on in stop 37 (scored untuned by the main branch's release binary
at 3a36fd8: development 0.243 / 0.225 / 0.508 / 0.171, 0 rejected; held-out 0.254 / 0.280 / 0.396 / 0.219, 0
rejected; and again by stop 37's final parser, 1f1ee8c, before any tuning in stop 38: development 0.243 / 0.225 /
0.507 / 0.171), then tuned on in stop 38: they are in the development figures from stop 38 on, on a line of their
own too (`--show-s39-development`).

BLIND_S40 (clipping_layouts_s40.py) is an eighteenth batch, written by an engineer who does not tune the reader (nor
read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their fields moved or
combined, half containers BLIND_S35 to BLIND_S39 did not use: the byline and stamp on one line after the first
paragraph, a page saved as MHTML, an archive's stamp with a Roman-numeral month at the foot, an in-house magazine's
InDesign tagged text, the headline after a kicker and a standfirst, the author in the sign-off with an e-mail address,
a reStructuredText review page, a press review sheet with one clip whole, an e-edition's EPUB files, a correspondent's
role line, a presentation's outline with speaker notes, a double-spaced PDF copy, a wiki page, the update stamp above
the publication stamp, a change tracker's comparison, a text-only site's HTTP response (numbered 137 to 162 so that
the hash splits them 16/10). Its held-out members are scored in a block of their own. Written in stop 38, its
development members were scored untuned before anyone looked at them (by stop 37's final parser, the main branch's
release binary at 1f1ee8c: development 0.661 / 0.592 / 0.720 / 0.521, 0 rejected; held-out 0.599 / 0.400 / 0.464 /
0.331, 67 rejected; the writer's own run, on a build of fdf06b4 with uncommitted reader changes of that stop:
development the same, held-out 0.658 / 0.470 / 0.509 / 0.391, 67 rejected), then tuned on later in stop 38: they
are in the development figures from stop 38 on, on a line of their own too (`--show-s40-development`).

BLIND_S41 (clipping_layouts_s41.py) is a nineteenth batch, written in stop 39 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved or combined, half containers BLIND_S35 to BLIND_S40 did not use: the byline, publication and stamp run
into the first paragraph, a Teams channel's messages as Graph JSON, the title in quotation marks inside a forwarding
sentence, a Jupyter notebook, author cards with roles and an editor's credit, a Usenet post, a Notepad file (BOM,
CRLF, hard wraps) with an attribution line at the foot, an Org-mode review file, an op-ed signed with a place-and-date
line, an Evernote export, a bio sentence at the foot, a Word file's XML parts printed by `unzip -p`, a footer sentence
carrying publication, date and author, `pdfinfo` and `pdftotext` output, a byline with the publication and a numeric
date and time, a Google Docs plain-text download with comments (numbered 199 to 224 so that the hash splits them
16/10). Its held-out members are scored in a block of their own. Its development members were scored untuned before
anyone looked at them (by stop 38's final parser, 88b9882: development 0.639 / 0.355 / 0.747 / 0.374, 143 rejected;
held-out 0.578 / 0.400 / 0.582 / 0.485, 0 rejected; and by baa0d86, stop 39's first reader change, written before
the batch was read: development the same but 0 rejected), then tuned on in stop 39: they are in the development
figures from stop 39 on, on a line of their own too (`--show-s41-development`).

BLIND_S42 (clipping_layouts_s42.py) is a twentieth batch, written in stop 39 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S35 to BLIND_S41 did
not use: a press-review entry whose source line carries the date and page, a WhatsApp chat export, an agency language
service's trailer naming reporters and editors, a Slack thread copied with a link preview, a journalist's own mail
sending her piece to her interviewee, a Zotero RIS export with the text in the note, the byline with the place and
stamp as six real sites set them, an Obsidian Web Clipper note (YAML front matter), the publication or author named
with the agency in the byline (`Le Figaro avec AFP`), a Mailman digest, a paywalled page cut at the subscribers'
notice, a OneNote page with its `Pasted from <…>` line, `Read also` headlines inside the text, a Notion page exported
as Markdown, a newsletter post (Substack) copied from its mail, an RTF file (TextEdit or WordPad) (numbered 225 to 250
so that the hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report
named each held-out layout's form in a line, read by the tuner: no rule was made for those forms). Its development
members were scored untuned before anyone looked at them (by stop 39's parser of c0248cf: development 0.740 / 0.759 /
0.854 / 0.607, 0 rejected; held-out 0.549 / 0.300 / 0.599 / 0.449, 67 rejected), then tuned on later in stop 39:
they are in the development figures from stop 39 on, on a line of their own too (`--show-s42-development`).

BLIND_S43 (clipping_layouts_s43.py) is a twenty-first batch, written in stop 40 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S35 to BLIND_S42 did
not use. Its sixteen development members: a Telegram Desktop export (`result.json`), a byline in capitals with the
author's `Follow` button and handle, a Mastodon thread copied with a link card and a reply pasting the text, photo
captions and credits between the paragraphs, a forwarded Google Alerts mail with the text pasted above it, a relative
time at the head with the absolute stamp only at the foot, a `lynx -dump` with its `References` list, a book review
with the book's info box, a Hugo page's Markdown with TOML front matter, a magazine's credits line (`Text: A · Fotos:
P · Grafik: G`), an mbox file with a quoted-printable body, a dateline without the year with the full day in the
folio, Mozilla Readability's JSON, a front page's masthead with its founding year above the edition line, a Discord
channel exported by DiscordChatExporter, a colleague's signed summary above the copied article; ten more are
held-out (numbered 255 to 280 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own (the writer's report described only the development members). Its development members were scored untuned
before anyone looked at them (by stop 39's final parser, c22f65a: development 0.648 / 0.705 / 0.717 / 0.573, 0
rejected; held-out 0.594 / 0.500 / 0.606 / 0.488, 67 rejected), then tuned on later in stop 40: they are in the
development figures from stop 40 on, on a line of their own too (`--show-s43-development`).

BLIND_S44 (clipping_layouts_s44.py) is a twenty-second batch, written in stop 41 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S35 to BLIND_S43 did
not use. Its sixteen development members: a wallabag export (JSON) with the publication in the tags, family names in
capitals in the byline with a role line, a bracketed trailer at the foot (`[Le Figaro, 03.03.1987, A / B]`),
trafilatura's output with metadata (XML or TXT), a WordPress REST API response, a Notepad-like file (BOM, CRLF, hard
wraps) whose byline with each author's role wraps over lines, a LibreOffice Flat XML document (`.fodt`), each
author credited with an agency in the byline, a page saved by SingleFile, a print sidebar (`KEY FIGURES`) after the
text, a feed reader's starred-items export (Inoreader JSON), one unlabelled meta line in a varying order, an AsciiDoc
press-review document, the writers, editor and day credited at the foot, Diffbot's Article API JSON, a reader mode's
head line with an ordinal date and an ampersand byline; ten more are held-out (numbered 284 to 309 so that the hash
splits them 16/10). Its held-out members are scored in a block of their own (the writer's report described only the
development members). Its development members are scored untuned (by stop 40's final parser, 7483be1: development
0.667 / 0.580 / 0.757 / 0.410, 31 rejected; held-out 0.588 / 0.250 / 0.657 / 0.488, 0 rejected), then tuned on later
in stop 41: they are in the development figures from stop 41 on, on a line of their own too (`--show-s44-development`).

BLIND_S45 (clipping_layouts_s45.py) is a twenty-third batch, written in stop 42 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S35 to BLIND_S44 did
not use. Its sixteen development members: a Word document saved as a web page (`.htm`, `MsoNormal`), a forwarded
mail saved by Outlook as text, a correspondent's phrase as the byline (`De notre correspondant à Bruxelles, A`), the
publication's own newsletter as its Mailchimp plain-text part with tracking links, a desk form with aligned labels
and the authors family name first (`Roux, Hélène; Krüger, Stefan`), a page printed from a browser and read by
`pdftotext -layout` (print header and footer), Event Registry's article JSON, an index line with a two-digit year
(`Le Figaro 03/03/87 p. 12`), a Zotero CSL-JSON record, a stamp with the time first and abbreviated weekday and month
beside the byline, the Wayback Machine's snapshot copied with its toolbar, the edition's day on top with the writers'
names alone at the foot and the publication only in the copyright line, an Adobe InCopy story (`.icml`) with its
label key-values, a byline with academic titles, the writers' names stacked without `By` over a CMS's ISO timestamp,
an APA citation at the foot as the only place of the date and publication; ten more are held-out (numbered 318 to
343 so that the hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report
describes only the development members). Its development members are scored untuned (by stop 41's final parser,
e85f107: development 0.801 / 0.771 / 0.705 / 0.516, 10 rejected; held-out 0.631 / 0.580 / 0.642 / 0.560, 0
rejected), then tuned on later in stop 42: they are in the development figures from stop 42 on, on a line of their
own too (`--show-s45-development`).

BLIND_S46 (clipping_layouts_s46.py) is a twenty-fourth batch, written in stop 43 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S35 to BLIND_S45 did
not use. Its sixteen development members: an Arc XP story's ANS JSON (`display_date` beside a later `publish_date`),
a byline whose last writer is joined by `with` (`By A, with B`), Tesseract's hOCR output of a scan, a syndication
copy sent as an IPTC 7901 wire message with an editors' note giving the day, the writers' portraits' alt texts copied
with their names, a press-review heading `Lu dans Le Figaro du 3 mars 1987`, `pdftohtml -xml`'s output of an e-paper
page, a stamp with its time zone and a same-day update's clock time, a JSON Feed 1.1 item (the publisher as the
feed's author), the writers with the publication in parentheses, an Excel XML Spreadsheet 2003 tracker row, the
fields in a box drawn with ASCII or box characters, an EndNote XML record, share buttons and topic tags between the
byline and the stamp, a forwarded mail kept by Apple Mail (`.emlx`), a `Key points` summary between the head and the
text; ten more are held-out (numbered 346 to 371 so that the hash splits them 16/10). Its held-out members are scored
in a block of their own (the writer's report describes only the development members). Its development members are
scored untuned (by stop 42's final parser, ff8f687: development 0.604 / 0.640 / 0.738 / 0.343, 217 rejected; held-out
0.607 / 0.670 / 0.828 / 0.575, 72 rejected), then tuned on later in stop 43: they are in the development figures from
stop 43 on, on a line of their own too (`--show-s46-development`).

BLIND_S47 (clipping_layouts_s47.py) is a twenty-fifth batch, written in stop 44 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S46 did
not use. Its sixteen development members: a Contentful entry from its Content Delivery API (rich-text body, the
writers as linked entries), a genre kicker before the headline on its line (`ANALYSE | Headline`), a MODS record from
a reference manager, each writer's town after the name (`Von A, Brüssel, und B, Berlin`), docling's Markdown of an
e-paper page, the agencies whose material was used at the foot (`Mit Material von dpa und Reuters`), a Google Chat
space exported by Google Takeout, a Spanish site's stamp under the writers (`Bruselas - 03 MAR 1987 - 18:42 CET`), a
tracker sheet converted by markitdown into a Markdown table, an ISO 690 citation on top (`ROUX, Hélène. Headline. Le
Figaro [en ligne]. …`), a paperless-ngx document from its REST API, the writers' roles in parentheses with the day
on the byline's line, a Netscape-format bookmark file with the note in `<DD>`, the day in parentheses after the
headline with the signature and town at the foot (BOM, CRLF, hard wraps), a Roam Research JSON export, a genre
phrase as the byline (`Ein Bericht von A`); ten more are held-out (numbered 386 to 411 so that the hash splits them
16/10). Its held-out members are scored in a block of their own (the writer's report describes only the development
members). Its development members are scored untuned (by stop 43's final parser, 0be4b8c, whose parser is 16db02e's:
development 0.483 / 0.494 / 0.764 / 0.543, 215 rejected (23 files stating no author given some); held-out 0.663 /
0.480 / 0.700 / 0.413, 0 rejected (59 files stating no author given some)), then tuned on later in stop 44: they are
in the development figures from stop 44 on, on a line of their own too (`--show-s47-development` prints their misses
alone).

BLIND_S48 (clipping_layouts_s48.py) is a twenty-sixth batch, written in stop 45 by an engineer who does not tune the reader (nor
read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their fields moved,
combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S47 did not use. Its
sixteen development members: a Ghost site's JSON export (an unsigned piece credited to the newsroom's user), a credit
line for words and pictures (`Texto y fotos: A`, `Texto: A · Fotos: C`), a Pandoc JSON AST, a foot box with first
publication, the writers under a gender-inclusive label (`Autor*innen: A; B`) and the outlet, a Mattermost bulk
export (JSON Lines), a site's printer-friendly page with the day it was printed, a Miniflux API entry (Go's zero time
when undated), the writers' social handles in the byline (`By A (@aroux) and B (@bdupont)`), a Sanity GROQ query's
result (Portable Text), a profile box about a person the piece quotes (`ZUR PERSON`, with a birthday), a PRISM
Aggregator Message, topic hashtags and a `Publicado en X el …` sentence at the foot, a media-monitoring service's CSV
export (Meltwater's columns), the writers' role in gender-inclusive writing (`envoyé·es spécial·es`), a RefWorks
tagged-format record (`YR`, `FD`, `RD`), a subscriber marker after the headline (`Headline (S+)`); ten more are
held-out (numbered 469 to 494 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own (the writer's report describes only the development members). Its development members are scored untuned
(by the release binary its writer was given, `base.bin`: development 0.626 / 0.560 / 0.746 / 0.504, 286 rejected
(58 files stating no author given some); held-out 0.904 / 0.900 / 0.801 / 0.801, 4 rejected (1 file stating no
author given some)), then tuned on later in stop 45: they are in the development figures from stop 45 on, on a line
of their own too (`--show-s48-development` prints their misses alone). While tuning, a grep of the tuner's ran past the
marker line and printed the comment above one held-out member (a chat room exported as JSON by another chat client
than the development members'); no rule for that format was written, and no held-out file or miss was read.

BLIND_S49 (clipping_layouts_s49.py) is a twenty-seventh batch, written in stop 46 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S48 did
not use. Its sixteen development members: Jina's reader output (the tab title with the publication after the headline,
`Published Time:`), an overline naming an event by its day above the headline (`SOMMET EUROPÉEN DU 12 MARS`), an
EBSCOhost detailed record in plain text (`Source: Le Figaro. 3/3/1987, p12.`), a photo caption under the head with the
day it was taken and the photographer and agency, a Skype conversations export (`messages.json`), the standfirst and
the byline run together in one paragraph, a SharePoint list item from its REST API (`Author` the colleague who created
it), a byline ending `and agencies` (`Por A y agencias`), a Drupal JSON:API node of the desk's archive, a social post
embedded in the text (`— Anders Holm (@aholm) March 1, 1987`), a Talkwalker search API hit, a chart's credit line
(`Grafik: C · Quelle: Destatis · Stand: 31.12.1986`), Amazon Textract's JSON of a scanned cutting with a reception
stamp, a share-price box with its stamp and data provider, a Readeck bookmark from its API, the writers named only in
a sentence at the foot beside a supporting foundation; ten more are held-out (numbered 516 to 541 so that the hash
splits them 16/10). Its held-out members are scored in a block of their own (the writer's report describes only the
development members). Its development members are scored untuned (by the release binary its writer was given,
`base.bin`: development 0.753 / 0.568 / 0.900 / 0.676, 70 rejected (10 files stating no author given some); held-out
0.630 / 0.740 / 0.624 / 0.682, 0 rejected (22 files stating no author given some)), then tuned on later in stop 46:
they are in the development figures from stop 46 on, on a line of their own too (`--show-s49-development` prints their
misses alone).

BLIND_S50 (clipping_layouts_s50.py) is a twenty-eighth batch, written in stop 47 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S49 did
not use. Its sixteen development members: a GDELT DOC API watch (the tab title, `seendate`, `domain`, the page's text
added by the script), a correction note with its later day above the headline, an Asana task from its API (the task's
own name, the article pasted in `notes`, the outlet and day as custom fields), a cutting service's slip with the
trade's own labels (`Blatt`, `Erscheinungstag`, `Verfasser`; `Cabecera`, `Firma`) and a delivery day, a Zulip stream's
messages from its API (the topic, the article in a `<blockquote>`), a columnist named only in the column's standing
title (`La chronique d'Hélène Roux`), Azure AI Document Intelligence's layout result of a scanned cutting (paragraph
roles `pageHeader`, `title`), an audio player naming its narrator between the head and the text, a Brandwatch mention
from its API (the outlet's domain as `author` when unsigned), a series marker above the headline with the other
parts' headlines at the foot, an Aylien News API story (people in `entities`), an ended live blog (`Direct animé par
A et B`, entries under clock times), a Zim desktop wiki page (the page's own name as level-1 heading), an e-paper page
with the paper's imprint box (editors, publishing company), an Omnivore GraphQL search result (`siteName`,
`publishedAt`, `savedAt`), an association's newsletter reprinting the article by permission (`Abdruck mit
freundlicher Genehmigung von X, wo dieser Artikel am … erschienen ist.`); ten more are held-out (numbered 582 to 607
so that the hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report
describes only the development members). Its development members are scored untuned (by the release binary its
writer was given, `base.bin`: development 0.708 / 0.839 / 0.835 / 0.623, 0 rejected (26 files stating no author given
some); held-out 0.587 / 0.620 / 0.725 / 0.648, 43 rejected (18 files stating no author given some)), then tuned on
later in stop 47: they are in the development figures from stop 47 on, on a line of their own too
(`--show-s50-development` prints their misses alone).

BLIND_S51 (clipping_layouts_s51.py) is a twenty-ninth batch, written in stop 48 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S50 did
not use. Its sixteen development members: Mistral's OCR API answer for a scanned cutting (the page's Markdown, the
headline as `#` heading), the writers' names with their role under them and `Publié le …, mis à jour le …`, a
NewsData.io API result (`creator`, `pubDate`, `source_name`, the content withheld), a signature at the foot (names,
then `Bruxelles, 3 marzo 1987`), a Microsoft Teams channel's messages through Microsoft Graph (the post's own
`subject`, the article in the HTML `body`), a meta line with middots (`Le Figaro · Économie · Par A · 3 mars 1987 · 4
min de lecture`), a Tiny Tiny RSS `getHeadlines` entry (`feed_title`, `updated` in seconds), a guest op-ed with an
asterisked byline, the note on the writer and a translator's credit, a Mendeley API document (`first_name`/`last_name`
pairs, `year`/`month`/`day`, `publisher` the company, `accessed`), an item of the office's press review (`Headline (Le
Figaro, 03/03/1987)`, its compiler), a Nextcloud Notes API note (the note's own title), a credits block (`Texto: A ·
Fotografia: P · Infografia: Q`), a Kirby CMS content file (`Field: value` blocks between `----` lines), the print
edition's reference as first line (`Süddeutsche Zeitung, Nr. 51, Dienstag, 3. März 1987, Seite 7`), a Lemmy post from
its API (`[Le Figaro] Headline`, the article quoted in the body), an interview with `Propos recueillis par A` at the
foot; ten more are held-out (numbered 639 to 664 so that the hash splits them 16/10). Its held-out members are scored
in a block of their own (the writer's report describes only the development members). Its development members are
scored untuned (by the release binary its writer was given, `base.bin`: development 0.684 / 0.652 / 0.796 / 0.607, 63
rejected (145 files stating no author given some); held-out 0.734 / 0.478 / 0.704 / 0.567, 0 rejected (2 files stating
no author given some)), then tuned on later in stop 48: they are in the development figures from stop 48 on, on a
line of their own too (`--show-s51-development` prints their misses alone).

BLIND_S52 (clipping_layouts_s52.py) is a thirtieth batch, written in stop 49 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S51 did
not use. Its sixteen development members: the writers with their places and no `By` (`Hélène Roux in Brussels`) over
an abbreviated stamp with a dotted clock (`Tue 3 Mar 1987 18.04 CET`) and an amendment note with its later day at the
foot, an MLA reference on top as the only metadata (`Roux, Hélène. “Headline.” Le Figaro, 3 Mar. 1987, p. 7.`), a
cutting received by fax (the machine's header lines with the later transmission day, the clippings service, the page
count; the cutting's folio), a weekly's issue reference (`Aus: Le Figaro Nr. 10/1987 vom 3. März 1987`), a headline
with an asterisk whose footnote names the publication and day (`* Erschienen in Le Figaro am …`), a related-articles
block at the foot with other writers and earlier days, the writers' department in the byline (`Par A, service
Économie`; an unsigned piece credited to the department alone), a blog post's footer as the only place of writers and
day (`Posted by A on March 3, 1987 at 06:04 PM in Business | Permalink | Comments (3)`), a colleague's Outlook mail
read through Microsoft Graph (`/me/messages/{id}`, the colleague's own `subject`, the article in the text `body`),
Google Cloud Vision's `DOCUMENT_TEXT_DETECTION` answer for a scanned cutting (the running head with publication and
day), a Notion database entry read through its API (typed properties named in the desk's language, the text as
paragraph blocks), a Strapi REST entry of the office's press-review site (`articleDate` beside Strapi's later
`publishedAt`), Unstructured's elements of a printed page (`Header`, `Title`, `NarrativeText`, `Footer`), a Google
Sheets API `values` answer of the desk's tracker (the days as the sheet shows them, a later `added on` day),
MarkDownload's Markdown (front matter with `created` and `author`, the tab title as `#` heading), a Webz.io News API
post (`section_title`, `title_full`, `published`, `crawled`); ten more are held-out (numbered 669 to 694 so that the
hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report describes only
the development members). Its development members are scored untuned (by the release binary its writer was given,
`base.bin`: development 0.500 / 0.598 / 0.740 / 0.337, 246 rejected (17 files stating no author given some); held-out
0.548 / 0.550 / 0.552 / 0.410, 38 rejected (1 file stating no author given some)), then tuned on later in stop 49:
they are in the development figures from stop 49 on, on a line of their own too (`--show-s52-development` prints
their misses alone).

BLIND_S53 (clipping_layouts_s53.py) is a thirty-first batch, written in stop 50 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S52 did
not use. Its sixteen development members: a cutting kept with the right of reply printed about it later
(`GEGENDARSTELLUNG`, quoting the headline and day, the replier and a later day), Postlight's Mercury Parser JSON
(`title`, `content` ending with `© 1987 Le Figaro`, `author`, `date_published` in UTC), a story phoned in and typed by
the copytaker (the edition's day spoken: `edition of Tuesday the third of March nineteen eighty-seven`), an Apache
Solr archive hit (`headline_t`, `byline_ss`, `pubdate_dt`, a later `indexed_dt`), a news terminal's Bloomberg house
form (a GMT stamp, `March 3 (Le Figaro) --`, the `To contact the reporter …` and editors' lines), a `mongoexport`
document (`$oid`, `publishedAt` with `$date`, a later `clippedAt`), a readers' poll under the story with its later
count day, a colleague's mail as SendGrid's Inbound Parse posted it (`multipart/form-data` fields, the mail's later
`Date`), a byline with each part in parentheses (`Par A (texte), P (photos) et Q (infographie)`), an Algolia search
hit (`publishedAt`, `published_at_ts`, `_highlightResult` with `<em>`), a photo gallery's captions with earlier days
and photographers before the byline, a Standard Notes backup (the note's own title, the article pasted in `text`), the
old staff phrase before the names (`Von unserem Redaktionsmitglied A`), a Wiki.js page through GraphQL (the page name
`03/03/1987 – Le Figaro`, the colleague as `authorName`), a markets box with the previous trading day, an Alfresco
node (`cm:title`, `cm:author`, `cm:publisher`, `cm:dateOfPublication`, then the stored text); ten more are held-out
(numbered 713 to 738 so that the hash splits them 16/10). Its held-out members are scored in a block of their own
(the writer's report describes only the development members). Its development members are scored untuned (by the
release binary its writer was given, `base.bin`: development 0.714 / 0.664 / 0.865 / 0.779, 0 rejected (245 files
stating no author given some); held-out 0.503 / 0.510 / 0.694 / 0.461, 30 rejected (117 files stating no author given
some)), then tuned on later in stop 50: they are in the development figures from stop 50 on, on a line of their own
too (`--show-s53-development` prints their misses alone).

BLIND_S54 (clipping_layouts_s54.py) is a thirty-second batch, written in stop 51 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S53 did
not use. Its sixteen development members: a colleague's recommendation heading the piece (`LESETIPP DER WOCHE`,
`Empfohlen von C, 9. März 1987` and the curator's line), a NewsBlur starred story from its API (`story_title`,
`story_authors`, `story_date` in UTC, a later `starred_date`, the feed's `feed_title`), a credit for a colleague's
reporting at the foot (`Carmen Ortiz in Paris contributed to this report.`), a mail received by Amazon SES and posted
by SNS (`Message` a JSON string with `commonHeaders` and the later `date`, the raw MIME mail in `content`), a print
page's folio and page editor at the foot (`Verantwortlich für diese Seite: E`), a Cloud Firestore document through its
REST API (typed values, `timestampValue` or `nullValue`, later `createTime`), a postscript with a later day (`Nachtrag
vom 6. März 1987: …`), a Trove newspaper article from its API (`heading`, `title.value` the catalogue title with place
and years, `date`, a volunteer's later `lastCorrection`, the byline in capitals in `articleText`), a box quoting other
publications' earlier articles (`ZUR DEBATTE`), a browser's HAR file (the site's article API answer as an escaped JSON
string, `firstPublished`, later `lastModified` and capture), an interview closing on `Mit Anders Holm sprach Hélène
Roux.`, Bing News Search API v7's answer with the fetched page text (`provider`, `datePublished`, a later fetch line),
`psql`'s expanded display (`-[ RECORD 1 ]`, an array literal of authors, `+` line ends, a later `clipped_at`), a
Notepad file (BOM, CRLF, hard wraps) listing the writer's other pieces with earlier days (`Mehr von Hélène Roux:`), a
disclosure note naming the owning group, a sister paper and a board member (`Transparenzhinweis: …`), a Prismic
document from its API (rich-text `headline`, `article_date` or null, Prismic's later `first_publication_date`); ten
more are held-out (numbered 739 to 764 so that the hash splits them 16/10). Its held-out members are scored in a block
of their own (the writer's report describes only the development members). Its development members are scored untuned
(by the release binary its writer was given, `base.bin`: development 0.632 / 0.586 / 0.789 / 0.366, 152 rejected (3 files
stating no author given some); held-out 0.734 / 0.790 / 0.799 / 0.800, 1 rejected (117 files stating no author given
some)), then tuned on later in stop 51: they are in the development figures from stop 51 on, on a line of their own
too (`--show-s54-development` prints their misses alone).

BLIND_S55 (clipping_layouts_s55.py) is a thirty-third batch, written in stop 52 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S54 did
not use. Its sixteen development members: a byline carrying the writer's role with the page editor's credit under it
(`Por Hélène Roux, corresponsal en Bruselas` / `Edited by Stefan Krüger`), an Outlook `.msg` converted by
`msgconvert` (Exchange's `Thread-Index`, `X-MS-Has-Attach`, a later `Date`, a plain and an HTML part with the pasted
article), a correction at the foot with its own later day (`Correction, March 6, 1987: …`), `mongosh`'s print of a
document (`ObjectId('…')`, `publishedOn: ISODate('…')` or `null`, a later `clippedBy.at`), the update stamp printed
above the first publication's (`Updated March 5, 1987 at 14:02` / `Published March 3, 1987`), `redis-cli HGETALL` of
the clipping's hash (numbered quoted lines with `\\xc3\\xa9` escapes, or `--raw`; a later `clipped_at` in epoch
seconds), a photo caption and credit between the paragraphs with the photograph's earlier day, `aws dynamodb
get-item` (typed `S`/`L`/`N`/`BOOL` values, `published_on` `{"NULL": true}` when undated, a later `clipped_at`), the
desk's intake and follow-up stamp on top (`EINGANG 05.03.1987 · WIEDERVORLAGE 12.03.1987`) with the edition line
carrying the article's day, `kcat -J`'s print of a Kafka message (a later `ts`, `payload` a JSON string with
`publishedAt` or null and a later `fetchedAt`), an op-ed whose asterisked byline leads to a footnote with a day of
the writer's biography, a Typesense search answer (`hits[].document` with `published_at` in epoch seconds, a later
`indexed_at`), an agenda box at the foot announcing later days (`TERMINE`, `AGENDA`), Feedbin's API answers for a
starred entry and its subscription after their `curl` lines (`published` or null, later `created_at`, the feed's
`title` the publication), a translated piece with the translator's credit after the text, an `ntfy` topic polled as
JSON lines (`title` the headline, a later `time`); ten more are held-out (numbered 802 to 827 so that the hash splits
them 16/10). Its held-out members are scored in a block of their own (the writer's report describes only the
development members). Its development members are scored untuned (by the release binary its writer was given,
`base.bin`: development 0.579 / 0.622 / 0.762 / 0.492, 143 rejected (34 files stating no author given some); held-out
0.854 / 0.970 / 0.885 / 0.758, 0 rejected (60 files stating no author given some)), then tuned on later in stop 52:
they are in the development figures, on a line of their own too (`--show-s55-development` prints their misses alone).

BLIND_S56 (clipping_layouts_s56.py) is a thirty-fourth batch, written in stop 53 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S55 did
not use. Its sixteen development members: a column under its standing name with the columnist's credit phrased as the
column's (`LE BILLET ÉCO` / `La chronique de Hélène Roux`) above the headline, `gh issue view --json` of the desk's
review repository (the issue's `title` `Revue : <headline>`, the article quoted in the Markdown `body`, the colleague
as `author`, a later `createdAt`), a credits block (`Texte :` / `Photos :` / `Infographie :`), a Gotify `/message`
answer (`title` the headline, a later `date` with nanoseconds), a print folio on top (`LE MONDE | MARDI 3 MARS 1987 |
PAGE 14`) over a bare city dateline, calibre's `ebook-meta` (`Author(s)` with sort names or `Unknown`, a later
`Timestamp`, `Published` only when dated) then the converted text, readers' comments with later days under the text, a
Shaarli API link (`title` `headline – Publication`, later `created`/`updated`), a timeline box with earlier days at
the foot (`REPÈRES`, `CHRONOLOGIE`), a Redmine issue as JSON (Textile `description`, later
`start_date`/`due_date`/`created_on`, colleagues as `author` and `assigned_to`), the desk's clipping tool's stamp at
the foot (`Découpé avec PressCut 3.2 par C le 5 mars 1987 · …`), `signal-cli receive --output=json` (the colleague's
message with the article pasted, a link preview, later millisecond timestamps), an overline, headline and deck head
with `byline / publication / day`, a Baserow row with the desk's own field names (`Parution` or null, a later `Découpé
le`, a collaborator `Découpé par`), a translator credited under the byline, SPARQL 1.1 JSON results (one binding a
writer, `published` as `xsd:date` left out when undated, a later `archived`); ten more are held-out (numbered 829 to
854 so that the hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report
describes only the development members). Its development members are scored untuned (by the release binary its writer
was given, `base.bin`: development 0.617 / 0.551 / 0.706 / 0.437, 1 rejected (129 files stating no author given some);
held-out 0.482 / 0.530 / 0.660 / 0.548, 0 rejected (66 files stating no author given some)), then tuned on later in
stop 53: they are in the development figures, on a line of their own too (`--show-s56-development` prints their misses
alone).

BLIND_S57 (clipping_layouts_s57.py) is a thirty-fifth batch, written in stop 54 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S56 did
not use. Its sixteen development members: the source and day only in a reference line at the foot with the page
(`Quelle: Süddeutsche Zeitung vom 03.03.1987, S. 14`), `notmuch show --format=json` of a colleague's forward
(`Subject` `TR: <headline>`, a later `Date`, the article pasted in the `text/plain` part), an interview with the
interviewee in the intro and the interviewer's credit at the foot (`Das Gespräch führte …`), a Datasette JSON row
(`byline` and `published` or null, a later `clipped_at`, the colleague as `clipped_by`), a CRLF story with a
correction note and its later day at the foot, macOS `mdls` of a saved PDF (`kMDItemAuthors`, `kMDItemPublishers`,
`kMDItemTitle`, later creation and use dates) then `textutil`, an OCRed page (BOM, hard wraps) with a photo caption
credited to a photographer and an agency, `aws s3api head-object` (`Metadata` keys, a later `LastModified`) then `aws
s3 cp`, a related-link box with another headline and an earlier day mid-text, Taskwarrior's `task export` (the
`description` `Résumer pour la revue : <headline>`, the article as `annotations`, later `entry`/`due`), the desk's
reception stamp with a later day on top and the writers' `— Name` signature at the foot, `w3m -dump` of the page
(navigation, share links, cookie banner, `© YEAR Publication`), the byline on top and the writer's bio with a book's
earlier day at the foot, `mosquitto_sub -v` (a JSON clip with `published` or null and a later `fetched`, then a
heartbeat), a BOM and CRLF page with `Publié le …` and a later `Mis à jour le …`, `jrnl --export json` (the entry's
`title` `Publication: headline`, a later `date`/`time`); ten more are held-out (numbered 865 to 890 so that the hash
splits them 16/10). Its held-out members are scored in a block of their own (the writer's report describes only the
development members). Its development members are scored untuned (by the release binary its writer was given,
`base.bin`: development 0.483 / 0.533 / 0.772 / 0.444, 0 rejected (2 files stating no author given some);
held-out 0.388 / 0.350 / 0.546 / 0.304, 0 rejected (51 files stating no author given some)), then tuned on later
in stop 54: they are in the development figures, on a line of their own too (`--show-s57-development` prints their
misses alone).

BLIND_S58 (clipping_layouts_s58.py) is a thirty-sixth batch, written in stop 55 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S57 did
not use. Its sixteen development members: the headline with the publication and day in parentheses on one line
(`Headline (Le Monde, 3 mars 1987)`) and the writers after `—` at the foot, a CRLF wire-style story wrapped at 70
columns with the credit line naming reporters and an editor at the foot (`Reporting by A; Editing by C`), the desk's
working sheet with a translated headline and a summary on top, then `Original :` over the article, a printed
masthead line (`LE MONDE — N° 12841 — mardi 3 mars 1987 — Édition de 13 heures`) with the writers in capitals and a
city at the foot, a BOM web copy with a kicker, the headline wrapped at 38 columns and `3. März 1987 | Von …`
combined, an item of the desk's daily press review (its later day and preparer, `1. Publication, 03/03/1987, p. 12 —
Headline`), the city and day opening the first paragraph with the source only in the desk's filing stamp with a later
day, a story with `(avec AFP)` at the foot and the desk's reading note with a colleague and a later day,
`clickhouse-client … FORMAT Vertical` (`byline` an Array, `published` `ᴺᵁᴸᴸ` when undated, a later `ingested_at`),
`rdrview -M` then `rdrview -T … | html2text`, Linkwarden's API link (`name`, `textContent`, later `createdAt`, the
desk's collection), the publication's content API through HTTPie (headers with a later `Date` and `Last-Modified`,
sorted JSON with `published_at` or null), `svn log -v` (a colleague's later commit quoting the headline) then `svn
cat`, `rclone lsjson` (later `ModTime`, other files) then `rclone cat`, `himalaya message read` of a colleague's
forward (the newsletter's later `Date` in the forwarded block), `yt-dlp --dump-json` of a news video page (`uploader`
the publication, `upload_date` only when dated, the credit and text in `description`, a later `epoch`); ten more are
held-out (numbered 892 to 917 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own (the writer's report describes only the development members). Its development members are scored untuned
(by the release binary its writer was given, `base.bin`: development 0.522 / 0.679 / 0.673 / 0.388, 2 rejected (24
files stating no author given some); held-out 0.621 / 0.600 / 0.679 / 0.293, 0 rejected (0 files stating no author
given some)), then tuned on later in stop 55: they are in the development figures, on a line of their own too
(`--show-s58-development` prints their misses alone).

BLIND_S59 (clipping_layouts_s59.py) is a thirty-seventh batch, written in stop 56 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S58 did
not use. Its sixteen development members: the desk's one-sentence introduction naming writers, publication and day
(`Article de Peter Amende paru dans Le Monde le 3 mars 1987 :`) over the headline and text, with the colleague's
name at the foot, `xsv slice | xsv flatten` of the desk's CSV export (a later `saved_on`, the colleague's
`saved_by`), a typed 72-column clipping with the headline and byline centred and the publication and a two-digit-year
day right-aligned at the foot (`Le Monde, 03/03/87`), `gron` of the publication's NewsArticle JSON
(`json.datePublished` only when dated, a later `json.dateModified`), `Headline — Publication` on the first line and
`Writer, long day` combined on the second, `recsel` of the desk's recutils file (repeated `Author:` fields, a later
`Filed` and its `FiledBy`, the text as `+` continuation lines), a tab-separated first line (publication, numeric day,
page, writers surname first), `cqlsh` with `EXPAND ON` (`@ Row 1`, `authors` a list or `null`, `published` or
`null`, a later `added_at`), a CRLF reprint with a correction note and its later day at the foot, WP-CLI reading the
colleague's post on the desk's WordPress intranet (`wp option get blogname`, `wp post get` with later `post_date`,
`wp user get`, the block-markup `post_content` holding the article), every field on the first line (`LE MONDE
03/03/1987 – Peter Amende – Headline`), `duckdb -line` of the desk's table (`published` `NULL` when undated, a later
`added`), the headline underlined with `=` and the reference in square brackets at the foot (`[Le Monde, 03/03/1987,
p. 12]`), `restic snapshots` (a later snapshot) then `restic dump`, a BOM and CRLF desk sheet with labels in the
desk's language (`Personnes citées :` naming two persons who are not the writers, a later keying day), a colleague's
post on the desk's Discourse forum through its API (`raw` and `cooked` quoting the article, later `created_at`);
ten more are held-out (numbered 947 to 972 so that the hash splits them 16/10). Its held-out members are scored in a
block of their own (the writer's report describes only the development members). Its development members are scored
untuned (by the release binary its writer was given, `base.bin`: development 0.323 / 0.310 / 0.663 / 0.262, 0
rejected (128 files stating no author given some); held-out 0.330 / 0.510 / 0.593 / 0.382, 0 rejected (3 files
stating no author given some)), then tuned on later in stop 56: they are in the development figures, on a line of their
own too (`--show-s59-development` prints their misses alone).

BLIND_S60 (clipping_layouts_s60.py) is a thirty-eighth batch, written in stop 57 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S59 did
not use. Its sixteen development members: a CRLF clipping whose first paragraph opens with a dateline holding the
city, the long day and the publication (`PARIS, 3 mars 1987 (Le Monde) – …`) and the writers in parentheses at the
foot, a later receipt stamp on top and the desk's reference sentence at the foot (`Source : Le Monde, n° 22345, mardi
3 mars 1987, p. 12, article de Peter Amende.`), a web copy with a kicker naming the publication and section, a `day ·
writers` line and a `Lire aussi` link with an earlier day, a routing slip (`À :`, `De :` a colleague, a later `Date
:`) over the clipping with the writers in capitals at the foot, a press review header (number, dossier, later day)
over the headline, byline and `(Le Monde, 3 mars 1987)`, unlabelled foot lines (each writer, the publication, the ISO
day, the page), a publishing sentence with weekday, day, time and publication (`Publié le mardi 3 mars 1987 à 14h05
dans Le Monde`), the correspondent's line after the first paragraph and a later update day, a BOM and CRLF clipping
with `Headline [Le Monde, 03/03/1987]` on its first line, the text wrapped at 64 and `— Writer` at the foot, an sfeed
TSV line (UNIX time of publication or an empty field, the feed's file named after the publication), a colleague's
forward read over JMAP (`Email/get`, later `receivedAt`, `bodyValues` holding the article), `cbq` on the desk's
Couchbase bucket (`published` or null, a later `savedAt`, the colleague's `savedBy`), the HBase shell's `get`
(epoch-millisecond timestamps, non-ASCII bytes and line breaks printed as hexadecimal escapes), `mdb-export` of the
desk's Access table (columns in the desk's language, the day as `-D` prints it, a later entry moment), the colleague's
Drafts note from its JSON export, `etcdctl get --prefix` of the desk's keys (a later `stored_at`, the colleague's
`stored_by`), and `quickwit index search` (`published_at` only when dated, a later `indexed_at`); ten more are
held-out (numbered 986 to 1011 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own (the writer's report describes only the development members). Its development members are scored untuned (by
the release binary its writer was given, `base.bin`: development 0.469 / 0.321 / 0.626 / 0.340, 0 rejected (126 files
stating no author given some); held-out 0.464 / 0.540 / 0.582 / 0.493, 1 rejected (2 files stating no author given
some)), then tuned on later in stop 57: they are in the development figures, on a line of their own too
(`--show-s60-development` prints their misses alone).

BLIND_S61 (clipping_layouts_s61.py) is a thirty-ninth batch, written in stop 58 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S60 did
not use. Its sixteen development members: the desk's press review header on one line (`Di., 03.03.1987 | Le Monde |
S. 12 | Wirtschaft`) over the headline, byline and text, a credits line joining the writers and the photographer
(`Texte : Peter Amende · Photos : Katrin Vogt`) with the publication and long day at the foot, `file` then `antiword`
of a colleague's Word file (`Author:` and `Last Saved By:` colleagues, later `Create Time/Date`), a CRLF clipping with
slash-combined labels at the foot (`Quelle/Datum/Seite: Le Monde / 03.03.1987 / 12`, `o. D.` when undated), a later
filing day and the colleague's initial, a Syncthing folder (`ls -l`, `cat` of the `.sync-conflict-…` copy, `diff -u`
of two colleagues' notes), a printed page's copy with its running line (`LE MONDE – 03.03.1987 – S. 12`), an
overline and a standfirst, arangosh's `db.clips.document` (`published` or null, a later `savedAt`, the colleague's
`savedBy`), a BOM and CRLF file opening with the desk's reference in its own citation style (MLA, German, French,
Spanish, Italian, ABNT; writers surname first) and the text wrapped at 70, SQL*Plus in CSV markup (`03-MAR-87` or an
empty field, a later entry TIMESTAMP), a hand-kept Markdown clipping (`*Le Monde*, 3 mars 1987 — par **Peter
Amende**`, a quoted desk note with a later day), a Trilium note read over ETAPI (`title` `Headline | Le Monde`, later
`dateCreated`, the clipper's `pageUrl`, then the HTML content), a web copy joining the publication and a later update
on one line (the update alone when undated), the desk's Wagtail intranet through its API v2 (a later
`first_published_at`, `source_date` or null), a `Le Monde | 03/03/1987, 14:05` line and a byline with place and
agency (`Par Peter Amende (à Paris), avec AFP`, `Avec AFP` when unsigned), `mu view` of a colleague's forward (a later
`Date:` in the desk's locale), and a chat exported from Threema (`<<<`/`>>>`, later moments in the desk's language,
the article pasted in one message); ten more are held-out (numbered 1019 to 1044 so that the hash splits them 16/10).
Its held-out members are scored in a block of their own (the writer's report describes only the development
members). Its development members are scored untuned (by the release binary its writer was given, `base.bin`:
development 0.515 / 0.515 / 0.685 / 0.439, 0 rejected (63 files stating no author given some); held-out 0.696 / 0.510 /
0.782 / 0.567, 0 rejected (59 files stating no author given some)), then tuned on later in stop 58: they are in the
development figures, on a line of their own too (`--show-s61-development` prints their misses alone).

BLIND_S62 (clipping_layouts_s62.py) is a fortieth batch, written in stop 59 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S61 did
not use. Its sixteen development members: the desk's one-line stamp joining its later review day and the article's
publication and day (`Pressespiegel vom 05.03.2026 · Le Monde vom 03.03.1987`) over the headline, byline and text, an
interview under the desk's `Paru dans : Le Monde, 03/03/1987` with the interviewers at the foot (`Das Gespräch führten
Peter Amende und Anna Keller.`), a byline giving each writer's role (`Par Peter Amende, correspondant à Bruxelles, et
Anna Keller, journaliste au service Économie`, `Par la rédaction` when unsigned) with `© Le Monde 1987` at the foot, a
CRLF correspondent's piece (`De notre correspondant à Bruxelles, Peter Amende`) with a correction note and its later
day, the desk's archive stamp block with two-digit years (`Zeitung:   Le Monde v. 3.3.87`, `o. D.` when undated, a
later filing day) over the text wrapped at 60, a `[Le Monde] Headline` line over a `03/03/1987 · Peter Amende et Anna
Keller` line, an op-ed under its kicker whose writers are named only in the biographical notes at the foot, a web page
printed from the browser (the print moment and `Headline | Le Monde` on top, the URL at the foot), an OpenProject work
package over API v3 (`subject` the desk's prefix and the headline, `_links.author` a colleague, later `createdAt`),
Firebird's `isql-fb` with `SET LIST ON` (`1987-03-03` or `<null>`, a later TIMESTAMP, the text blob after its id),
the desk's Umbraco intranet through the Delivery API (`publicationDate` or null, `writers`, `clippedBy`, later
`createDate`), a listmonk campaign over its API (`subject` the desk's alert prefix and the headline, the body's HTML
holding the article), a Grist record over its REST API (the writers as `["L", …]` or null, the day in seconds since the
epoch or null, a later entry moment), an Etherpad pad over its HTTP API (`getText`, a later `getLastEdited`, the pad's
authors the colleagues), a mailbox read with s-nail (`p 3` printing a colleague's forward with a later `Date:`), and a
Zammad ticket's articles over its API (the forward's `subject`, later `created_at`, `created_by` a colleague); ten more
are held-out (numbered 1055 to 1080 so that the hash splits them 16/10). Its held-out members are scored in a block of
their own (the writer's report describes only the development members). Its development members are scored untuned
(by the release binary its writer was given, `base.bin`: development 0.425 / 0.610 / 0.681 / 0.413, 0 rejected (21
files stating no author given some); held-out 0.506 / 0.350 / 0.649 / 0.545, 29 rejected (20 files stating no author
given some)); nobody has tuned on them yet: they are in the development figures, on a line of their own too
(`--show-s62-development` prints their misses alone). Not in TUNED_AFTER_WRITING.

BLIND_S63 (clipping_layouts_s63.py) is a forty-first batch, written in stop 60 by an engineer who does not tune the
reader (nor read it, its misses, nor any earlier batch's held-out part), half ordinary desk clippings with their
fields moved, combined or phrased as a desk meets them, half containers and tools' outputs BLIND_S24 to BLIND_S62 did
not use. Its sixteen development members: a byline naming a second writer with `avec` (`Par Peter Amende, avec Anna
Keller`) and the article's own note at the foot (`Cet article a paru dans Le Monde du 3 mars 1987.`), the desk's CRLF
routing slip (`UMLAUF – Pressestelle`, a later `Eingang:` day, colleagues' boxes) over `Le Monde · mardi 3 mars 1987 ·
p. 12`, a web copy joining the publication and a later update on one line (`Publié le … · Mis à jour le …`, the update
alone when undated) with the writers' addresses at the foot, a dateline opening the first paragraph (`BRUXELLES, 3
mars 1987 – …`) with `Peter Amende et Anna Keller / Le Monde` at the foot, the desk's review contents entry under its
later review day (`3) Le Monde, 03/03/1987, p. 12 — Peter Amende, Anna Keller : « Headline »`), a print copy under its
citation with the issue number, a standfirst and the photographer's credit (`Photo : Katrin Vogt / Le Monde`), a BOM
and CRLF copy wrapped at 72 with its labels joined on one line at the foot (`— Source : Le Monde (édition du 3 mars
1987) · Auteurs : … · Saisi le 05/03/2026 par C. Vidal`), a byline naming each writer's outlet (`Par Peter Amende (Le
Monde) et Anna Keller (AFP)`, `Le Monde avec AFP` when unsigned), the desk's Plone intranet over plone.restapi (a `News
Item`, `description` the publication and day, later `created`/`effective`, `creators` a colleague), a Vikunja task over
its API (`title` the desk's `Résumer :` prefix and the headline, the pasted article in `description`, later
`created`/`due_date`, Go's zero moments), a Supabase row over PostgREST (the writers an array, the day or null, a later
entry moment), Apple Notes read with `osascript` (later creation and modification dates as AppleScript prints them,
the `plaintext` holding the pasted article), an olmOCR Dolma record of a scanned page (`text` with the folio `LE MONDE
– MARDI 3 MARS 1987 – P. 12`, `source` `olmocr`, later `added`/`created`), sqlite-utils with `--json-cols` (the writers
an array, the day or null, a later entry moment), a Liferay structured content over headless-delivery (a later
`datePublished`, `creator` a colleague, `contentFields` holding the publication, the day or an empty value, the
writers), and a Docspell item over its REST API (`source` `webapp`, `corrOrg` the publication, `itemDate` in
milliseconds or null, then the attachment's extracted text); ten more are held-out (numbered 1081 to 1106 so that the
hash splits them 16/10). Its held-out members are scored in a block of their own (the writer's report describes only
the development members). Its development members are scored untuned (by the release binary its writer was given,
`base.bin`: figures to follow); nobody has tuned on them yet: they are in the development figures, on a line of their
own too (`--show-s63-development` prints their misses alone). Not in TUNED_AFTER_WRITING.

Scores, per part: title exact (whitespace normalised); authors F1 (case-insensitive, averaged
over the files that state an author) and the number of files stating none where we gave some;
date exact YYYY-MM-DD (a file stating no date counts only if we give none; a copyright year is
no date); source exact (case-insensitive; none expected counts only if we give none); files
rejected; and files per CPU second of `presswatch parse` (one process, start-up included).
"""
import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from clipping_layouts import BLIND_S24, BLIND_S24B, LAYOUTS, TUNED_AFTER_WRITING  # noqa: E402
from clipping_layouts_s25 import BLIND_S25  # noqa: E402  (registers the stop-25 layouts into LAYOUTS)
from clipping_layouts_s26 import BLIND_S26  # noqa: E402  (registers the stop-26 layouts into LAYOUTS)
from clipping_layouts_s27 import BLIND_S27  # noqa: E402  (registers the stop-27 layouts into LAYOUTS)
from clipping_layouts_s28 import BLIND_S28  # noqa: E402  (registers the stop-28 layouts into LAYOUTS)
from clipping_layouts_s29 import BLIND_S29  # noqa: E402  (registers the stop-29 layouts into LAYOUTS)
from clipping_layouts_s30 import BLIND_S30  # noqa: E402  (registers the stop-30 layouts into LAYOUTS)
from clipping_layouts_s31 import BLIND_S31  # noqa: E402  (registers the stop-31 layouts into LAYOUTS)
from clipping_layouts_s32 import BLIND_S32  # noqa: E402  (registers the stop-31 tenth batch into LAYOUTS)
from clipping_layouts_s33 import BLIND_S33  # noqa: E402  (registers the stop-33 eleventh batch into LAYOUTS)
from clipping_layouts_s34 import BLIND_S34  # noqa: E402  (registers the stop-34 twelfth batch into LAYOUTS)
from clipping_layouts_s35 import BLIND_S35  # noqa: E402  (registers the stop-35 thirteenth batch into LAYOUTS)
from clipping_layouts_s36 import BLIND_S36  # noqa: E402  (registers the stop-35 fourteenth batch into LAYOUTS)
from clipping_layouts_s37 import BLIND_S37  # noqa: E402  (registers the stop-35 fifteenth batch into LAYOUTS)
from clipping_layouts_s38 import BLIND_S38  # noqa: E402  (registers the stop-36 sixteenth batch into LAYOUTS)
from clipping_layouts_s39 import BLIND_S39  # noqa: E402  (registers the stop-37 seventeenth batch into LAYOUTS)
from clipping_layouts_s40 import BLIND_S40  # noqa: E402  (registers the eighteenth batch into LAYOUTS)
from clipping_layouts_s41 import BLIND_S41  # noqa: E402  (registers the stop-39 nineteenth batch into LAYOUTS)
from clipping_layouts_s42 import BLIND_S42  # noqa: E402  (registers the stop-39 twentieth batch into LAYOUTS)
from clipping_layouts_s43 import BLIND_S43  # noqa: E402  (registers the stop-40 twenty-first batch into LAYOUTS)
from clipping_layouts_s44 import BLIND_S44  # noqa: E402  (registers the stop-41 twenty-second batch into LAYOUTS)
from clipping_layouts_s45 import BLIND_S45  # noqa: E402  (registers the stop-42 twenty-third batch into LAYOUTS)
from clipping_layouts_s46 import BLIND_S46  # noqa: E402  (registers the stop-43 twenty-fourth batch into LAYOUTS)
from clipping_layouts_s47 import BLIND_S47  # noqa: E402  (registers the stop-44 twenty-fifth batch into LAYOUTS)
from clipping_layouts_s48 import BLIND_S48  # noqa: E402  (registers the stop-45 twenty-sixth batch into LAYOUTS)
from clipping_layouts_s49 import BLIND_S49  # noqa: E402  (registers the stop-46 twenty-seventh batch into LAYOUTS)
from clipping_layouts_s50 import BLIND_S50  # noqa: E402  (registers the stop-47 twenty-eighth batch into LAYOUTS)
from clipping_layouts_s51 import BLIND_S51  # noqa: E402  (registers the stop-48 twenty-ninth batch into LAYOUTS)
from clipping_layouts_s52 import BLIND_S52  # noqa: E402  (registers the stop-49 thirtieth batch into LAYOUTS)
from clipping_layouts_s53 import BLIND_S53  # noqa: E402  (registers the stop-50 thirty-first batch into LAYOUTS)
from clipping_layouts_s54 import BLIND_S54  # noqa: E402  (registers the stop-51 thirty-second batch into LAYOUTS)
from clipping_layouts_s55 import BLIND_S55  # noqa: E402  (registers the stop-52 thirty-third batch into LAYOUTS)
from clipping_layouts_s56 import BLIND_S56  # noqa: E402  (registers the stop-53 thirty-fourth batch into LAYOUTS)
from clipping_layouts_s57 import BLIND_S57  # noqa: E402  (registers the stop-54 thirty-fifth batch into LAYOUTS)
from clipping_layouts_s58 import BLIND_S58  # noqa: E402  (registers the stop-55 thirty-sixth batch into LAYOUTS)
from clipping_layouts_s59 import BLIND_S59  # noqa: E402  (registers the stop-56 thirty-seventh batch into LAYOUTS)
from clipping_layouts_s60 import BLIND_S60  # noqa: E402  (registers the stop-57 thirty-eighth batch into LAYOUTS)
from clipping_layouts_s61 import BLIND_S61  # noqa: E402  (registers the stop-58 thirty-ninth batch into LAYOUTS)
from clipping_layouts_s62 import BLIND_S62  # noqa: E402  (registers the stop-59 fortieth batch into LAYOUTS)
from clipping_layouts_s63 import BLIND_S63  # noqa: E402  (registers the stop-60 forty-first batch into LAYOUTS)

# The development members of BLIND_S25 were tuned on in stop 25, after they were written (the
# held-out ones were not read); the assertion in `generate` checks none of them is held-out.
TUNED_AFTER_WRITING |= {name for name in BLIND_S25
                        if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}
# Likewise the development members of BLIND_S26, tuned on in stop 26, of BLIND_S27, tuned on in stop 28, of
# BLIND_S28, tuned on in stop 29, of BLIND_S29, tuned on in stop 30, of BLIND_S30 and BLIND_S31, tuned on in stop 31
# (BLIND_S31's after its figures below were recorded untuned; the rest of them in stop 33), of BLIND_S32, tuned on
# in stop 33, of BLIND_S33, tuned on in stop 34, of BLIND_S34, BLIND_S35 and BLIND_S36, tuned on in stop 35, and of
# BLIND_S37, tuned on in stop 36, after their figures were recorded untuned.
TUNED_AFTER_WRITING |= {name for name in BLIND_S26 | BLIND_S27 | BLIND_S28 | BLIND_S29 | BLIND_S30 | BLIND_S31 | BLIND_S32
                        | BLIND_S33 | BLIND_S34 | BLIND_S35 | BLIND_S36 | BLIND_S37
                        if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}
from eval import fetch, parse  # noqa: E402
from real_articles import pages, reuters  # noqa: E402

DESKS = ["en", "fr", "de", "es", "it", "pt"]


def languages():
    """file name -> language code, from the hand-checked labels in Tests/eval/languages.tsv."""
    labels = {}
    for line in open(os.path.join(HERE, "languages.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, code = line.split()[:2]
            labels[name] = code
    return labels


def held_out(name):
    return int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0


def generate(data):
    """Writes the clippings into DATA/clippings/<part>/ and returns {path: (part, layout, expected)}."""
    articles = reuters(data) + pages(data, languages())
    # A layout the reader was tuned on after it was written must never count as held-out.
    assert not any(held_out(name) for name in TUNED_AFTER_WRITING), "a tuned-on layout hashes to held-out"
    out = {}
    for article in articles:
        for layout_name, layout in sorted(LAYOUTS.items()):
            if held_out(article["key"]) != held_out(layout_name):
                continue
            part = "held-out" if held_out(layout_name) else "development"
            seed = int(hashlib.sha1(f"{article['key']}/{layout_name}".encode()).hexdigest(), 16)
            rng = random.Random(seed)
            desk = DESKS[seed % len(DESKS)]
            text, expected = layout(article, desk, rng)
            folder = os.path.join(data, "clippings", part)
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, f"{article['key']}.{layout_name}.{desk}.txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            out[path] = (part, layout_name, expected)
    return out


def norm(text):
    return " ".join((text or "").split())


def f1(got, expected):
    mine = {norm(n).casefold() for n in got or []}
    theirs = {norm(n).casefold() for n in expected}
    hits = len(mine & theirs)
    if not hits:
        return 0.0
    p, r = hits / len(mine), hits / len(theirs)
    return 2 * p * r / (p + r)


def score(files, got, part, show, keep=lambda layout: True, heading=None):
    """Prints the figures of `part`'s clippings whose layout `keep` accepts, under `heading` (default: the part)."""
    rows = [(p, e, got[p]) for p, (pt, layout, e) in files.items() if pt == part and keep(layout)]
    title = sum(norm(g.get("title")) == norm(e["title"]) for _, e, g in rows)
    with_authors = [(e, g) for _, e, g in rows if e["authors"]]
    authors = sum(f1(g.get("authors"), e["authors"]) for e, g in with_authors)
    invented = sum(1 for _, e, g in rows if not e["authors"] and g.get("authors"))
    date = sum(((g.get("published") or "")[:10] == e["date"]) if e["date"] else not g.get("published")
               for _, e, g in rows)
    source = sum(norm(g.get("source")).casefold() == norm(e["source"]).casefold() for _, e, g in rows)
    rejected = [os.path.basename(p) for p, _, g in rows if "error" in g]
    n = len(rows)
    layouts = sorted({files[p][1] for p, _, _ in rows})
    articles = len({os.path.basename(p).split('.')[0] for p, _, _ in rows})
    # A held-out block names neither its layouts nor its rejected files: the names tell what
    # the layouts are, and whoever reads them is no longer blind to them.
    blind = part == "held-out"
    print(f"{heading or part}: {n} clippings, {articles} articles, "
          f"{len(layouts)} layouts" + ("" if blind else f" ({', '.join(layouts)})"))
    print(f"  title exact   {title / n:.3f}   (target >= 0.95)")
    print(f"  authors F1    {authors / max(1, len(with_authors)):.3f}   (target >= 0.90; over "
          f"{len(with_authors)} files stating an author; {invented} files stating none given some)")
    print(f"  date          {date / n:.3f}   (target >= 0.97)")
    print(f"  source        {source / n:.3f}   (target >= 0.90)")
    print(f"  rejected      {len(rejected)}   (target 0)" + ("" if blind else f" {rejected[:5]}"))
    if show:
        for p, e, g in rows:
            misses = []
            if norm(g.get("title")) != norm(e["title"]):
                misses.append(f"title {g.get('title')!r} != {e['title']!r}")
            if e["authors"] and f1(g.get("authors"), e["authors"]) < 1 or not e["authors"] and g.get("authors"):
                misses.append(f"authors {g.get('authors')} != {e['authors']}")
            if ((g.get("published") or "")[:10] != e["date"]) if e["date"] else g.get("published"):
                misses.append(f"date {g.get('published')} != {e['date']}")
            if norm(g.get("source")).casefold() != norm(e["source"]).casefold():
                misses.append(f"source {g.get('source')!r} != {e['source']!r}")
            if "error" in g:
                misses.append(f"rejected {g['error']}")
            if misses:
                print(f"    {os.path.basename(p)}: " + "; ".join(misses), file=sys.stderr)


def speed(binary, paths):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for start in range(0, len(paths), 400):
        subprocess.run([binary, "parse", *paths[start:start + 400]], capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return len(paths) / cpu if cpu else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build-html-rel/release/presswatch")
    parser.add_argument("--data", default=".eval")
    parser.add_argument("--show", choices=["development", "held-out"])
    parser.add_argument("--show-s28-development", action="store_true",
                        help="print the misses of BLIND_S28's development members alone (tuned on from stop 29)")
    parser.add_argument("--show-s29-development", action="store_true",
                        help="print the misses of BLIND_S29's development members alone (tuned on from stop 30)")
    parser.add_argument("--show-s30-development", action="store_true",
                        help="print the misses of BLIND_S30's development members (nobody tuned on them in stop 30)")
    parser.add_argument("--show-s31-development", action="store_true",
                        help="print the misses of BLIND_S31's development members (tuned on late in stop 31)")
    parser.add_argument("--show-s32-development", action="store_true",
                        help="print the misses of BLIND_S32's development members (tuned on in stop 33)")
    parser.add_argument("--show-s33-development", action="store_true",
                        help="print the misses of BLIND_S33's development members (tuned on in stop 34)")
    parser.add_argument("--show-s34-development", action="store_true",
                        help="print the misses of BLIND_S34's development members (tuned on in stop 35)")
    parser.add_argument("--show-s35-development", action="store_true",
                        help="print the misses of BLIND_S35's development members (tuned on in stop 35, after they were scored)")
    parser.add_argument("--show-s36-development", action="store_true",
                        help="print the misses of BLIND_S36's development members (tuned on in stop 35, after they were scored)")
    parser.add_argument("--show-s37-development", action="store_true",
                        help="print the misses of BLIND_S37's development members (tuned on in stop 36, after they were scored)")
    parser.add_argument("--show-s38-development", action="store_true",
                        help="print the misses of BLIND_S38's development members (tuned on in stop 37)")
    parser.add_argument("--show-s39-development", action="store_true",
                        help="print the misses of BLIND_S39's development members (tuned on in stop 38)")
    parser.add_argument("--show-s40-development", action="store_true",
                        help="print the misses of BLIND_S40's development members (tuned on in stop 38)")
    parser.add_argument("--show-s41-development", action="store_true",
                        help="print the misses of BLIND_S41's development members (tuned on in stop 39)")
    parser.add_argument("--show-s42-development", action="store_true",
                        help="print the misses of BLIND_S42's development members (tuned on in stop 39)")
    parser.add_argument("--show-s43-development", action="store_true",
                        help="print the misses of BLIND_S43's development members (tuned on in stop 40)")
    parser.add_argument("--show-s44-development", action="store_true",
                        help="print the misses of BLIND_S44's development members (tuned on in stop 41)")
    parser.add_argument("--show-s45-development", action="store_true",
                        help="print the misses of BLIND_S45's development members (tuned on in stop 42)")
    parser.add_argument("--show-s46-development", action="store_true",
                        help="print the misses of BLIND_S46's development members (written and scored untuned in stop 43)")
    parser.add_argument("--show-s47-development", action="store_true",
                        help="print the misses of BLIND_S47's development members (written and scored untuned in stop 44, then tuned on)")
    parser.add_argument("--show-s48-development", action="store_true",
                        help="print the misses of BLIND_S48's development members (written and scored untuned in stop 45, then tuned on)")
    parser.add_argument("--show-s49-development", action="store_true",
                        help="print the misses of BLIND_S49's development members (written and scored untuned in stop 46, then tuned on)")
    parser.add_argument("--show-s50-development", action="store_true",
                        help="print the misses of BLIND_S50's development members (written and scored untuned in stop 47, then tuned on)")
    parser.add_argument("--show-s51-development", action="store_true",
                        help="print the misses of BLIND_S51's development members (written and scored untuned in stop 48, then tuned on)")
    parser.add_argument("--show-s52-development", action="store_true",
                        help="print the misses of BLIND_S52's development members (written and scored untuned in stop 49, then tuned on)")
    parser.add_argument("--show-s53-development", action="store_true",
                        help="print the misses of BLIND_S53's development members (written and scored untuned in stop 50, then tuned on)")
    parser.add_argument("--show-s54-development", action="store_true",
                        help="print the misses of BLIND_S54's development members (written and scored untuned in stop 51, then tuned on)")
    parser.add_argument("--show-s55-development", action="store_true",
                        help="print the misses of BLIND_S55's development members (written and scored untuned in stop 52, then tuned on)")
    parser.add_argument("--show-s56-development", action="store_true",
                        help="print the misses of BLIND_S56's development members (written and scored untuned in stop 53, then tuned on)")
    parser.add_argument("--show-s57-development", action="store_true",
                        help="print the misses of BLIND_S57's development members (written and scored untuned in stop 54, then tuned on)")
    parser.add_argument("--show-s58-development", action="store_true",
                        help="print the misses of BLIND_S58's development members (written and scored untuned in stop 55, then tuned on)")
    parser.add_argument("--show-s59-development", action="store_true",
                        help="print the misses of BLIND_S59's development members (written and scored untuned in stop 56, then tuned on)")
    parser.add_argument("--show-s60-development", action="store_true",
                        help="print the misses of BLIND_S60's development members (written and scored untuned in stop 57, then tuned on)")
    parser.add_argument("--show-s61-development", action="store_true",
                        help="print the misses of BLIND_S61's development members (written and scored untuned in stop 58, then tuned on)")
    parser.add_argument("--show-s62-development", action="store_true",
                        help="print the misses of BLIND_S62's development members (written and scored untuned in stop 59, not tuned on)")
    parser.add_argument("--show-s63-development", action="store_true",
                        help="print the misses of BLIND_S63's development members (written and scored untuned in stop 60, not tuned on)")
    args = parser.parse_args()
    fetch(args.data)
    files = generate(args.data)
    paths = sorted(files)
    got = parse(args.binary, paths)
    print("Text clippings from real articles (Tests/eval/text_eval.py); development = tuned on, "
          "held-out = never tuned on")
    # Every batch's development members are in the development figures once tuned on (BLIND_S30's and BLIND_S31's
    # were tuned on in stop 31 and 33, BLIND_S32's in stop 33, BLIND_S33's in stop 34, BLIND_S34's, BLIND_S35's and
    # BLIND_S36's in stop 35, BLIND_S37's in stop 36, BLIND_S38's in stop 37, BLIND_S39's and BLIND_S40's in stop 38,
    # BLIND_S41's and BLIND_S42's in stop 39, BLIND_S43's in stop 40, BLIND_S44's in stop 41, BLIND_S45's in stop 42;
    # BLIND_S46's in stop 43; BLIND_S47's in stop 44; BLIND_S48's in stop 45; BLIND_S49's in stop 46; BLIND_S50's in
    # stop 47; BLIND_S51's in stop 48; BLIND_S52's in stop 49; BLIND_S53's in stop 50; BLIND_S54's in stop 51;
    # BLIND_S55's in stop 52; BLIND_S56's in stop 53; BLIND_S57's in stop 54; BLIND_S58's in stop 55; BLIND_S59's in stop 56;
    # BLIND_S60's in stop 57; BLIND_S61's in stop 58).
    # BLIND_S62's development members are scored untuned, not yet tuned on.
    # BLIND_S63's development members are scored untuned, not yet tuned on.
    score(files, got, "development", args.show == "development")
    blind = BLIND_S24 | BLIND_S24B | BLIND_S25 | BLIND_S26 | BLIND_S27 | BLIND_S28 | BLIND_S29 | BLIND_S30 | BLIND_S31 \
        | BLIND_S32 | BLIND_S33 | BLIND_S34 | BLIND_S35 | BLIND_S36 | BLIND_S37 | BLIND_S38 | BLIND_S39 | BLIND_S40 \
        | BLIND_S41 | BLIND_S42 | BLIND_S43 | BLIND_S44 | BLIND_S45 | BLIND_S46 | BLIND_S47 | BLIND_S48 | BLIND_S49 \
        | BLIND_S50 | BLIND_S51 | BLIND_S52 | BLIND_S53 | BLIND_S54 | BLIND_S55 | BLIND_S56 \
        | BLIND_S57 | BLIND_S58 | BLIND_S59 | BLIND_S60 | BLIND_S61 | BLIND_S62 | BLIND_S63
    score(files, got, "development", False, keep=lambda layout: layout not in blind,
          heading="  of which the layouts written before stop 24")
    score(files, got, "development", False, keep=lambda layout: layout in BLIND_S24 | BLIND_S24B,
          heading="  of which the layouts the other engineer wrote in stop 24 (tuned on after they were written)")
    score(files, got, "development", False, keep=lambda layout: layout in BLIND_S25,
          heading="  of which the layouts the other engineer wrote in stop 25 (BLIND_S25; tuned on after they were written)")
    score(files, got, "development", False, keep=lambda layout: layout in BLIND_S26,
          heading="  of which the layouts the other engineer wrote in stop 26 (BLIND_S26; tuned on after they were written)")
    score(files, got, "development", False, keep=lambda layout: layout in BLIND_S27,
          heading="  of which the layouts the other engineer wrote in stop 27 (BLIND_S27; tuned on in stop 28, "
                  "not in stop 27)")
    score(files, got, "development", args.show_s28_development, keep=lambda layout: layout in BLIND_S28,
          heading="  of which the layouts the other engineer wrote in stop 28 (BLIND_S28; tuned on in stop 29, "
                  "not in stop 28)")
    score(files, got, "development", args.show_s29_development, keep=lambda layout: layout in BLIND_S29,
          heading="  of which the layouts the other engineer wrote in stop 29 (BLIND_S29; tuned on in stop 30, "
                  "not in stop 29)")
    score(files, got, "development", args.show_s30_development, keep=lambda layout: layout in BLIND_S30,
          heading="  of which the layouts the other engineer wrote in stop 30 (BLIND_S30; tuned on in stop 31, "
                  "not in stop 30)")
    score(files, got, "development", args.show_s31_development, keep=lambda layout: layout in BLIND_S31,
          heading="  of which the layouts the other engineer wrote in stop 31 (BLIND_S31; tuned on in stop 31 and 33, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s32_development, keep=lambda layout: layout in BLIND_S32,
          heading="  of which the layouts another engineer wrote in stop 31 (BLIND_S32; tuned on in stop 33, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s33_development, keep=lambda layout: layout in BLIND_S33,
          heading="  of which the layouts the other engineer wrote in stop 33 (BLIND_S33; tuned on in stop 34, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s34_development, keep=lambda layout: layout in BLIND_S34,
          heading="  of which the layouts the other engineer wrote in stop 34 (BLIND_S34; tuned on in stop 35, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s35_development, keep=lambda layout: layout in BLIND_S35,
          heading="  of which the first batch of desk clippings written in stop 35 (BLIND_S35; tuned on in stop 35, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s36_development, keep=lambda layout: layout in BLIND_S36,
          heading="  of which the second batch of desk clippings written in stop 35 (BLIND_S36; tuned on in stop 35, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s37_development, keep=lambda layout: layout in BLIND_S37,
          heading="  of which the third batch of desk clippings written in stop 35 (BLIND_S37; tuned on in stop 36, "
                  "after they were written and scored)")
    score(files, got, "development", args.show_s38_development, keep=lambda layout: layout in BLIND_S38,
          heading="  of which the sixteenth batch written in stop 36 (BLIND_S38; tuned on in stop 37, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s39_development, keep=lambda layout: layout in BLIND_S39,
          heading="  of which the seventeenth batch written in stop 37 (BLIND_S39; tuned on in stop 38, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s40_development, keep=lambda layout: layout in BLIND_S40,
          heading="  of which the eighteenth batch written in stop 38 (BLIND_S40; tuned on in stop 38, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s41_development, keep=lambda layout: layout in BLIND_S41,
          heading="  of which the nineteenth batch written in stop 39 (BLIND_S41; tuned on in stop 39, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s42_development, keep=lambda layout: layout in BLIND_S42,
          heading="  of which the twentieth batch written in stop 39 (BLIND_S42; tuned on in stop 39, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s43_development, keep=lambda layout: layout in BLIND_S43,
          heading="  of which the twenty-first batch written in stop 40 (BLIND_S43; tuned on in stop 40, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s44_development, keep=lambda layout: layout in BLIND_S44,
          heading="  of which the twenty-second batch written in stop 41 (BLIND_S44; tuned on in stop 41, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s45_development, keep=lambda layout: layout in BLIND_S45,
          heading="  of which the twenty-third batch written in stop 42 (BLIND_S45; tuned on in stop 42, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s46_development, keep=lambda layout: layout in BLIND_S46,
          heading="  of which the twenty-fourth batch written in stop 43 (BLIND_S46; tuned on in stop 43, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s47_development, keep=lambda layout: layout in BLIND_S47,
          heading="  of which the twenty-fifth batch written in stop 44 (BLIND_S47; tuned on in stop 44, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s48_development, keep=lambda layout: layout in BLIND_S48,
          heading="  of which the twenty-sixth batch written in stop 45 (BLIND_S48; tuned on in stop 45, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s49_development, keep=lambda layout: layout in BLIND_S49,
          heading="  of which the twenty-seventh batch written in stop 46 (BLIND_S49; tuned on in stop 46, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s50_development, keep=lambda layout: layout in BLIND_S50,
          heading="  of which the twenty-eighth batch written in stop 47 (BLIND_S50; tuned on in stop 47, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s51_development, keep=lambda layout: layout in BLIND_S51,
          heading="  of which the twenty-ninth batch written in stop 48 (BLIND_S51; tuned on in stop 48, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s52_development, keep=lambda layout: layout in BLIND_S52,
          heading="  of which the thirtieth batch written in stop 49 (BLIND_S52; tuned on in stop 49, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s53_development, keep=lambda layout: layout in BLIND_S53,
          heading="  of which the thirty-first batch written in stop 50 (BLIND_S53; tuned on in stop 50, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s54_development, keep=lambda layout: layout in BLIND_S54,
          heading="  of which the thirty-second batch written in stop 51 (BLIND_S54; tuned on in stop 51, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s55_development, keep=lambda layout: layout in BLIND_S55,
          heading="  of which the thirty-third batch written in stop 52 (BLIND_S55; tuned on in stop 52, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s56_development, keep=lambda layout: layout in BLIND_S56,
          heading="  of which the thirty-fourth batch written in stop 53 (BLIND_S56; tuned on in stop 53, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s57_development, keep=lambda layout: layout in BLIND_S57,
          heading="  of which the thirty-fifth batch written in stop 54 (BLIND_S57; tuned on in stop 54, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s58_development, keep=lambda layout: layout in BLIND_S58,
          heading="  of which the thirty-sixth batch written in stop 55 (BLIND_S58; tuned on in stop 55, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s59_development, keep=lambda layout: layout in BLIND_S59,
          heading="  of which the thirty-seventh batch written in stop 56 (BLIND_S59; tuned on in stop 56, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s60_development, keep=lambda layout: layout in BLIND_S60,
          heading="  of which the thirty-eighth batch written in stop 57 (BLIND_S60; tuned on in stop 57, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s61_development, keep=lambda layout: layout in BLIND_S61,
          heading="  of which the thirty-ninth batch written in stop 58 (BLIND_S61; tuned on in stop 58, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s62_development, keep=lambda layout: layout in BLIND_S62,
          heading="  of which the fortieth batch written in stop 59 (BLIND_S62; tuned on in stop 59, after they were "
                  "written and scored)")
    score(files, got, "development", args.show_s63_development, keep=lambda layout: layout in BLIND_S63,
          heading="  of which the forty-first batch written in stop 60 (BLIND_S63; scored untuned in stop 60)")
    score(files, got, "held-out", args.show == "held-out", keep=lambda layout: layout not in blind)
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S24,
          heading="held-out, written in stop 24 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S24B,
          heading="held-out, second batch written in stop 24 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S25,
          heading="held-out, third batch written in stop 25 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S26,
          heading="held-out, fourth batch written in stop 26 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S27,
          heading="held-out, fifth batch written in stop 27 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S28,
          heading="held-out, sixth batch written in stop 28 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S29,
          heading="held-out, seventh batch written in stop 29 by an engineer who does not tune the reader "
                  "(the tuner read a one-line description of each early in stop 29, not the layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S30,
          heading="held-out, eighth batch written in stop 30 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S31,
          heading="held-out, ninth batch written in stop 31 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S32,
          heading="held-out, tenth batch written in stop 31 by another engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S33,
          heading="held-out, eleventh batch written in stop 33 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S34,
          heading="held-out, twelfth batch written in stop 34 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S35,
          heading="held-out, thirteenth batch written in stop 35 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts but for a table's first three lines, seen by accident in stop 35)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S36,
          heading="held-out, fourteenth batch written in stop 35 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S37,
          heading="held-out, fifteenth batch written in stop 35 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S38,
          heading="held-out, sixteenth batch written in stop 36 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S39,
          heading="held-out, seventeenth batch written in stop 37 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S40,
          heading="held-out, eighteenth batch written by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S41,
          heading="held-out, nineteenth batch written in stop 39 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S42,
          heading="held-out, twentieth batch written in stop 39 by an engineer who does not tune the reader "
                  "(the tuner read a one-line description of each in the writer's report, not the layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S43,
          heading="held-out, twenty-first batch written in stop 40 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S44,
          heading="held-out, twenty-second batch written in stop 41 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S45,
          heading="held-out, twenty-third batch written in stop 42 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S46,
          heading="held-out, twenty-fourth batch written in stop 43 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S47,
          heading="held-out, twenty-fifth batch written in stop 44 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S48,
          heading="held-out, twenty-sixth batch written in stop 45 by an engineer who does not tune the reader "
                  "(the tuner has read none of these files, only one layout's comment: see BLIND_S48 above)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S49,
          heading="held-out, twenty-seventh batch written in stop 46 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S50,
          heading="held-out, twenty-eighth batch written in stop 47 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S51,
          heading="held-out, twenty-ninth batch written in stop 48 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S52,
          heading="held-out, thirtieth batch written in stop 49 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S53,
          heading="held-out, thirty-first batch written in stop 50 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S54,
          heading="held-out, thirty-second batch written in stop 51 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S55,
          heading="held-out, thirty-third batch written in stop 52 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S56,
          heading="held-out, thirty-fourth batch written in stop 53 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S57,
          heading="held-out, thirty-fifth batch written in stop 54 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S58,
          heading="held-out, thirty-sixth batch written in stop 55 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S59,
          heading="held-out, thirty-seventh batch written in stop 56 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S60,
          heading="held-out, thirty-eighth batch written in stop 57 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S61,
          heading="held-out, thirty-ninth batch written in stop 58 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S62,
          heading="held-out, fortieth batch written in stop 59 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    score(files, got, "held-out", False, keep=lambda layout: layout in BLIND_S63,
          heading="held-out, forty-first batch written in stop 60 by an engineer who does not tune the reader "
                  "(the tuner has not read these layouts)")
    print(f"speed: {speed(args.binary, paths):.0f} text clippings per CPU second (one process per 400 files, "
          f"start-up included)")


if __name__ == "__main__":
    main()
