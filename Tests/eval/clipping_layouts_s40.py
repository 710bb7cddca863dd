"""An eighteenth batch of 26 clipping layouts (BLIND_S40) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s39.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a page's, deck's, wiki page's,
e-edition's or browser tab's own title, a slide's heading, a kicker or a standfirst; authors: persons who wrote the
article, never the colleague who saved, presented, created or last edited it, a photographer nor a newsroom's
mailbox; date: the article's publication date, never the day a page was saved, fetched, modified, archived, exported
or presented, nor an update's day or an issue's number, and none when the file states none (no day is invented from
a year); source: the publication the file names, never the in-house magazine that reprints it, the archive, the wiki,
the change tracker, the server or the tool that carried it).
Half of the batch are ordinary desk clippings whose fields are moved or combined as a desk really meets them, half
are containers a desk receives that BLIND_S35 to BLIND_S39 did not use. The sixteen development members: the byline
and the publication stamp on one line after the first paragraph, a web page saved as MHTML (quoted-printable HTML),
the source and date at the foot in an archive's stamp with a Roman-numeral month (`3.III.1987`), the layout desk's
InDesign tagged text of an in-house magazine's reprint, the title in the middle after a kicker and a standfirst with
a photographer's credit, the author in the sign-off with an e-mail address (a newsroom's address alone when
unsigned), a reStructuredText press-review page whose docinfo names the page's author and day, a press review sheet
listing several clips of which one is whole, an e-edition's EPUB package and chapter, a correspondent's role line
above the name, a presentation's outline with the text in the speaker notes, a PDF copy extracted double-spaced with
hyphenated line ends and running heads, a wiki page with a page-properties table, the update stamp above the
publication stamp, a change tracker's comparison of two versions, a text-only site's raw HTTP response; ten more are
held-out.

The layouts are numbered from 137 to 162 (the numbers 132 to 157 that would follow BLIND_S39 split 17/9 by
text_eval.py's hash `sha1("held-out:" + name) % 3 == 0`, and 133 to 158, 134 to 159, 135 to 160 18/8, 136 to 161
17/9; 137 to 162 is the first range from 132 on that splits 16/10) so that sixteen fall in development (first) and
ten held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py or clipping_layouts_s25.py to _s39.py:
nobody tunes on any of them when written; BLIND_S40's development members are only scored (text_eval.py prints their
misses with `--show-s40-development` alone). Scored untuned by the main branch's release binary at fdf06b4 (title
exact / authors F1 / date / source): development 0.661 / 0.592 / 0.720 / 0.521, 0 rejected; held-out 0.658 / 0.470 /
0.509 / 0.391, 67 rejected (main's working tree then held uncommitted reader changes; three successive builds of its
binary, two before fdf06b4 was committed and one after, gave these same figures). Scored again by the lead with stop
37's final parser (1f1ee8c, no reader change of stop 38): development 0.661 / 0.592 / 0.720 / 0.521, 0 rejected;
held-out 0.599 / 0.400 / 0.464 / 0.331, 67 rejected. The development members were tuned on later in stop 38.
"""
import datetime
import email.header
import hashlib
import html
import json
import quopri
import textwrap

from clipping_layouts import AGENCY, BY, CITY, LABELS, LAYOUTS, MONTHS, OUTLETS, byline, joined, long_date
from clipping_layouts_s28 import rfc_date
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join, thousands
from clipping_layouts_s36 import after, before, src_of, us_numeric
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import SECTION, hyphenated, site, word_count
from clipping_layouts_s39 import address, hms, slug

ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def label(desk, i):
    """The desk's i-th field label (title, author, date, source) without its colon."""
    return LABELS[desk][i].rstrip(":").strip()


def http_date(iso, rng):
    """An HTTP header's date (RFC 1123, always English, GMT) on day `iso`."""
    d = datetime.date.fromisoformat(iso)
    return (f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[d.weekday()]}, {d.day:02d} "
            f"{'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[d.month - 1]} {d.year} {hms(rng)} GMT")


def xml(text):
    return html.escape(text, quote=False)


def attr(text):
    return html.escape(text, quote=True)


# ---- development members of BLIND_S40 ----

# A news site's article copied from the browser: the publication's name, the headline, the standfirst (the first
# paragraph, as these sites set it under the headline), then ONE line carrying the byline and the publication stamp
# (`By A · Published March 3, 1987, 18:42`; whichever the article has, no line when it has neither), then the rest of
# the text. The first paragraph is text, not a subtitle to drop; the stamp is the date.
def desk_s40_137(a, desk, rng):
    src = src_of(a, rng)
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng),
                    a["date"] and f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}")
    parts = [src, "", a["title"], "", a["body"][0], ""] + ([meta, ""] if meta else [])
    parts += ["\n\n".join(a["body"][1:])] if len(a["body"]) > 1 else []
    return "\n".join(parts).rstrip("\n") + "\n", e_with(a, source=src)


# A web page saved by the browser as a single file (MHTML, `Saved by Blink`) and opened as text: the MIME header
# (the snapshot's address, `Subject:` the page's title `Title | Publication` as an encoded word, `Date:` the later day
# it was saved), the boundary, the HTML part in quoted-printable (soft line breaks `=`, `=3D`, `=C3=A9`): `<title>`,
# `og:site_name`, `author` and `article:published_time` meta tags (whichever the article has), the masthead, `<h1>`,
# the byline, `<time>`, the paragraphs; then a CSS part. The save day is no date; the tab title's ` | Publication`
# is no part of the title; the browser is no source.
def desk_s40_139(a, desk, rng):
    src = src_of(a, rng)
    saved = later_day(a, rng, 1, 90)
    url = f"https://www.{site(src)}/{slug(a['title'], 5)}-{rng.randrange(10 ** 5, 10 ** 6)}"
    boundary = "----MultipartBoundary--" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                              "0123456789") for _ in range(42)) + "----"
    tab = f"{a['title']} | {src}"
    clock = f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}"
    page = ['<!DOCTYPE html><html lang="' + a["lang"] + '"><head><meta charset="utf-8">',
            f"<title>{xml(tab)}</title>", f'<meta property="og:site_name" content="{attr(src)}">',
            f'<meta property="og:title" content="{attr(a["title"])}">']
    page += [f'<meta name="author" content="{attr(joined(a["authors"], desk))}">'] if a["authors"] else []
    page += [f'<meta property="article:published_time" content="{a["date"]}T{clock}:00+01:00">'] if a["date"] else []
    page += [f'<link rel="stylesheet" href="https://static.{site(src)}/css/article.css"></head><body>',
             f'<header class="masthead"><a href="/">{xml(src)}</a></header><main><article>',
             f"<h1>{xml(a['title'])}</h1>"]
    page += [f'<p class="byline">{xml(byline(a["authors"], desk, rng))}</p>'] if a["authors"] else []
    page += [f'<time datetime="{a["date"]}T{clock}">{xml(long_date(a["date"], desk))}</time>'] if a["date"] else []
    page += [f"<p>{xml(p)}</p>" for p in a["body"]]
    page += [f"</article></main><footer>© {(a['date'] or saved)[:4]} {xml(src)}</footer></body></html>"]
    encoded = quopri.encodestring("\n".join(page).encode("utf-8")).decode("ascii")
    parts = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {url}",
             f"Subject: {email.header.Header(tab, 'utf-8').encode()}", f"Date: {rfc_date(saved, rng)}",
             "MIME-Version: 1.0", "Content-Type: multipart/related;", '\ttype="text/html";', f'\tboundary="{boundary}"',
             "", "", f"--{boundary}", "Content-Type: text/html",
             f"Content-ID: <frame-{hashlib.md5(url.encode()).hexdigest().upper()}@mhtml.blink>",
             "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {url}", "", encoded, "",
             f"--{boundary}", "Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
             f"Content-Location: https://static.{site(src)}/css/article.css", "",
             "body { font-family: Georgia, serif; }", "h1 { font-size: 2.2rem; }", "", f"--{boundary}--", ""]
    return "\r\n".join("\n".join(parts).split("\n")), e_with(a, source=src)


ARCHIVE_STAMP = {"en": ("Press cuttings — Osiris Group archive", "p."),
                 "fr": ("Coupures de presse — Archives du Groupe Osiris", "p."),
                 "de": ("Zeitungsausschnitte — Archiv der Osiris-Gruppe", "S."),
                 "es": ("Recortes de prensa — Archivo del Grupo Osiris", "pág."),
                 "it": ("Ritagli stampa — Archivio del Gruppo Osiris", "pag."),
                 "pt": ("Recortes de imprensa — Arquivo do Grupo Osiris", "p.")}


# A cutting from the company's paper archive, typed out: the archive's heading, the headline, the byline, the text,
# and at the foot the archivist's stamp as such archives write it, the publication, the day with the month in Roman
# numerals and the page (`[Publication, 3.III.1987, p. 7]`; the publication and page alone when undated) and the
# archive's shelf mark. The archive is no source; the shelf mark no date.
def desk_s40_140(a, desk, rng):
    src = src_of(a, rng)
    heading, page = ARCHIVE_STAMP[desk]
    day = ""
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        day = f"{d.day}.{ROMAN[d.month - 1]}.{d.year}" if rng.random() < 0.5 else f"{d.day}-{ROMAN[d.month - 1]}-{d.year}"
    stamp = "[" + sep_join(", ", src, day, f"{page} {rng.randrange(2, 40)}") + "]"
    parts = [heading, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), "", stamp, f"{rng.choice('ABCDEFGH')}/{rng.randrange(10, 99)}/"
                                                      f"{rng.randrange(100, 999)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


INDESIGN = {  # the in-house magazine's issue word, the credit
    "en": ("Issue", "Reprinted by permission of"), "fr": ("Numéro", "Reproduit avec l'aimable autorisation de"),
    "de": ("Ausgabe", "Nachdruck mit freundlicher Genehmigung von"), "es": ("Número", "Reproducido con permiso de"),
    "it": ("Numero", "Riprodotto per gentile concessione di"), "pt": ("Número", "Reproduzido com autorização de"),
}


def tagged(text):
    """Text escaped as InDesign tagged text escapes it."""
    return text.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")


# The layout desk's InDesign tagged text for the company magazine's reprint of the article (Windows line ends): the
# `<UNICODE-WIN>` line, the version and colour table, the paragraph style definitions, then one paragraph a line:
# `<ParaStyle:Folio>` the magazine's name and issue (`Osiris Inside — Issue 14/2026`), `<ParaStyle:Kicker>` the
# section, `<ParaStyle:Headline>` the headline, `<ParaStyle:Byline>` the byline with the name in a character style,
# `<ParaStyle:Body>` each paragraph (the first with a drop cap), `<ParaStyle:Credit>` the reprint credit naming the
# publication and the date. The magazine is no source, its issue no date; `<`, `>` escaped with backslashes.
def desk_s40_141(a, desk, rng):
    src = src_of(a, rng)
    issue, credit = INDESIGN[desk]
    styles = ["Folio", "Kicker", "Headline", "Byline", "Body", "Credit"]
    parts = ["<UNICODE-WIN>", "<Version:16.4><FeatureSet:InDesign-Roman><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>"
             "<Osiris Blue:COLOR:CMYK:Process:1,0.45,0,0.2>>"]
    parts += [f"<DefineParaStyle:{s}=<Nextstyle:{s}><cFont:Minion Pro><cSize:{size}>>"
              for s, size in zip(styles, ["8.000000", "9.000000", "28.000000", "9.500000", "9.500000", "7.500000"])]
    parts += ["<DefineCharStyle:Name=<cTypeface:Semibold>>",
              f"<ParaStyle:Folio>Osiris Inside — {issue} {rng.randrange(3, 24)}/{later_day(a, rng, 20, 400)[:4]}",
              f"<ParaStyle:Kicker>{tagged(SECTION[desk].upper())}", f"<ParaStyle:Headline>{tagged(a['title'])}"]
    if a["authors"]:
        by = BY[desk][0]
        parts += [f"<ParaStyle:Byline>{by} <CharStyle:Name>{tagged(joined(a['authors'], desk))}<CharStyle:>"]
    for i, paragraph in enumerate(a["body"]):
        parts += [("<ParaStyle:Body><pDropCapCharacters:1><pDropCapLines:3>" if i == 0 else "<ParaStyle:Body>")
                  + tagged(paragraph)]
    parts += [f"<ParaStyle:Credit>{credit} {tagged(sep_join(', ', src, dated(a, desk)))}."]
    return "\r\n".join(parts) + "\r\n", e_with(a, source=src)


CREDITS = {"en": ("Words: {a}", "Photographs: {p}"), "fr": ("Texte : {a}", "Photos : {p}"),
           "de": ("Text: {a}", "Fotos: {p}"), "es": ("Texto: {a}", "Fotos: {p}"), "it": ("Testo di {a}", "Foto di {p}"),
           "pt": ("Texto: {a}", "Fotografia: {p}")}


# A magazine page copied as text, the headline in the middle: the section as a kicker in capitals, the standfirst (the
# text's first sentence, set above the headline), the headline, one line of credits (`Words: A · Photographs: P`, the
# photographer alone when unsigned), the text, and at the foot `Publication · March 3, 1987` (the publication alone
# when undated). The kicker and standfirst are not the title; the photographer is no author.
def desk_s40_142(a, desk, rng):
    src = src_of(a, rng)
    words, photos = CREDITS[desk]
    p = crew(a, rng, 1)[0]
    credits = sep_join(" · ", a["authors"] and words.format(a=joined(a["authors"], desk)), photos.format(p=p))
    parts = [SECTION[desk].upper(), "", lead(a["body"][0]), "", a["title"], "", credits, "", "\n\n".join(a["body"]),
             "", sep_join(" · ", src, dated(a, desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


NEWSROOM = {"en": "Questions or corrections: newsroom@{d}", "fr": "Une question, une erreur ? redaction@{d}",
            "de": "Fragen oder Korrekturen: redaktion@{d}", "es": "Dudas o correcciones: redaccion@{d}",
            "it": "Domande o correzioni: redazione@{d}", "pt": "Dúvidas ou correções: redacao@{d}"}


# An article copied from a site whose pieces are signed at the end: the headline, one line `Publication | long date`
# (the publication alone when undated), the text, then the sign-off: the author's name with the e-mail address, on
# one line (`Hélène Roux (helene.roux@lefigaro.com)`) or the address on the line below; an unsigned piece ends with
# the newsroom's address only (`Questions or corrections: newsroom@…`), which names no author.
def desk_s40_144(a, desk, rng):
    src = src_of(a, rng)
    domain = site(src)
    if a["authors"]:
        name = a["authors"][0]
        mail = f"{address(name)}@{domain}"
        sign = [f"{name} ({mail})"] if rng.random() < 0.5 else [name, mail]
    else:
        sign = [NEWSROOM[desk].format(d=domain)]
    parts = [a["title"], sep_join(" | ", src, dated(a, desk)), "", "\n\n".join(a["body"]), ""] + sign
    return "\n".join(parts) + "\n", e_with(a, source=src)


RST = {  # the page title, the note, the other mentions' heading
    "en": ("Press review — week {w}, {y}", "Reproduced for internal use under the press review licence.",
           "Other mentions"),
    "fr": ("Revue de presse — semaine {w}, {y}", "Reproduit pour un usage interne au titre de la licence de revue "
                                                 "de presse.", "Autres mentions"),
    "de": ("Pressespiegel — KW {w}/{y}", "Nur für den internen Gebrauch im Rahmen der Pressespiegel-Lizenz.",
           "Weitere Erwähnungen"),
    "es": ("Resumen de prensa — semana {w} de {y}", "Reproducido para uso interno según la licencia de resumen de "
                                                    "prensa.", "Otras menciones"),
    "it": ("Rassegna stampa — settimana {w}, {y}", "Riprodotto per uso interno con la licenza per la rassegna stampa.",
           "Altre citazioni"),
    "pt": ("Revista de imprensa — semana {w} de {y}", "Reproduzido para uso interno ao abrigo da licença de revista "
                                                      "de imprensa.", "Outras referências"),
}


# A page of the press office's documentation site, its reStructuredText source sent as is: the page title between
# `=` lines (`Press review — week 10, 2026`), the docinfo field list in the desk's language naming the page's author
# (a colleague) and its day (a later day, ISO), a contents directive, then the article as a section (the headline
# underlined with `-`) with its own field list under the SAME labels (`:Author:`, `:Date:`, `:Source:`; whichever the
# article has, the source always), the text, a note directive, and a short section of other mentions. The page's
# author and day are no author and no date; the page title is not the title.
def desk_s40_148(a, desk, rng):
    src = src_of(a, rng)
    title_f, note, other = RST[desk]
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 2, 9)
    week = datetime.date.fromisoformat(day).isocalendar()
    page = title_f.format(w=week[1], y=week[0])
    fields = ([f":{label(desk, 1)}: {joined(a['authors'], desk)}"] if a["authors"] else [])
    fields += [f":{label(desk, 2)}: {long_date(a['date'], desk)}"] if a["date"] else []
    fields += [f":{label(desk, 3)}: {src}"]
    parts = ["=" * len(page), page, "=" * len(page), "", f":{label(desk, 1)}: {p}", f":{label(desk, 2)}: {day}",
             "", ".. contents::", "   :local:", "", a["title"], "-" * len(a["title"]), ""] + fields + [""]
    parts += ["\n\n".join(a["body"]), "", f".. note:: {note}", "", other, "-" * len(other), ""]
    outlets = [o for o in OUTLETS if o != src]
    parts += [f"* {o}: *{t}*" for o, t in zip(rng.sample(outlets, 2), other_titles(desk, rng, 2))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SHEET = {  # heading, contents, full text, summary marker
    "en": ("PRESS REVIEW — Osiris Group — {d}", "Contents", "Full text of item {n}", "(full text below)"),
    "fr": ("REVUE DE PRESSE — Groupe Osiris — {d}", "Sommaire", "Texte intégral de l'article {n}",
           "(texte intégral ci-dessous)"),
    "de": ("PRESSESPIEGEL — Osiris-Gruppe — {d}", "Inhalt", "Volltext zu Beitrag {n}", "(Volltext unten)"),
    "es": ("RESUMEN DE PRENSA — Grupo Osiris — {d}", "Sumario", "Texto completo del artículo {n}",
           "(texto completo más abajo)"),
    "it": ("RASSEGNA STAMPA — Gruppo Osiris — {d}", "Sommario", "Testo integrale dell'articolo {n}",
           "(testo integrale più sotto)"),
    "pt": ("REVISTA DE IMPRENSA — Grupo Osiris — {d}", "Sumário", "Texto integral do artigo {n}",
           "(texto integral abaixo)"),
}


# A press review sheet: its heading with the sheet's own later day, a numbered contents of four clips, each as
# `n. Headline — Publication, date` (other outlets' headlines on days near the sheet's; the article's with its own
# publication and date, or the publication alone when undated) over an indented one-line summary, the article's
# summary its first sentence and a note that it follows whole; then `Full text of item n`, the headline, the
# publication and date, the byline and the text. The other clips' headlines, outlets and days are not the article's;
# the sheet's day is no date.
def desk_s40_149(a, desk, rng):
    src = src_of(a, rng)
    heading, contents, full, below = SHEET[desk]
    day = later_day(a, rng, 1, 2)
    k = rng.randrange(1, 5)
    others = iter(zip(rng.sample([o for o in OUTLETS if o != src], 3), other_titles(desk, rng, 3)))
    parts = [heading.format(d=long_date(day, desk)), "", contents, ""]
    for n in range(1, 5):
        if n == k:
            parts += [f"{n}. {a['title']} — {sep_join(', ', src, dated(a, desk))}",
                      f"   {lead(a['body'][0])} {below}", ""]
        else:
            outlet, t = next(others)
            parts += [f"{n}. {t} — {outlet}, {long_date(before(day, rng, 0, 2), desk)}",
                      "   " + {"en": "Brief mention of the group.", "fr": "Mention brève du groupe.",
                               "de": "Kurze Erwähnung der Gruppe.", "es": "Breve mención del grupo.",
                               "it": "Breve citazione del gruppo.", "pt": "Breve menção ao grupo."}[desk], ""]
    parts += ["—" * 40, "", full.format(n=k), "", a["title"], sep_join(", ", src, dated(a, desk))]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An e-edition unpacked by the IT colleague, who pasted two of its files under `==> path <==` heads (as `head` prints
# them): the EPUB's package file (`dc:title` the edition's own name `Publication — e-edition`, `dc:publisher` the
# publication, `dc:date` the issue's day (the article's; none when undated), the language, a `dcterms:modified` later
# day, the manifest and spine), then the article's chapter in XHTML (the `<title>` again the edition's, a section
# paragraph, `<h1>` the headline, a byline paragraph, the text). The edition's title is not the title; the
# modification day no date.
def desk_s40_151(a, desk, rng):
    src = src_of(a, rng)
    edition = f"{src} — e-edition"
    uid = hashlib.md5(f"{a['key']}/epub".encode()).hexdigest()
    uid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"
    modified = later_day(a, rng, 1, 30)
    chapter = rng.randrange(3, 12)
    opf = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="{a["lang"]}">',
           '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">', f'    <dc:identifier id="uid">urn:uuid:{uid}'
           '</dc:identifier>', f"    <dc:title>{xml(edition)}</dc:title>", f"    <dc:publisher>{xml(src)}</dc:publisher>"]
    opf += [f"    <dc:date>{a['date']}</dc:date>"] if a["date"] else []
    opf += [f"    <dc:language>{a['lang']}</dc:language>",
            f'    <meta property="dcterms:modified">{modified}T{hms(rng)}Z</meta>', "  </metadata>", "  <manifest>",
            '    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    opf += [f'    <item id="ch{i:02d}" href="text/ch{i:02d}.xhtml" media-type="application/xhtml+xml"/>'
            for i in range(1, chapter + 2)]
    opf += ["  </manifest>", "  <spine>"] + [f'    <itemref idref="ch{i:02d}"/>' for i in range(1, chapter + 2)]
    opf += ["  </spine>", "</package>"]
    xhtml = ['<?xml version="1.0" encoding="UTF-8"?>', "<!DOCTYPE html>",
             f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="{a["lang"]}">',
             f"<head><title>{xml(edition)}</title>", '<link rel="stylesheet" href="../css/edition.css"/></head>',
             '<body><section epub:type="chapter">', f'<p class="section">{xml(SECTION[desk])}</p>',
             f"<h1>{xml(a['title'])}</h1>"]
    xhtml += [f'<p class="byline">{xml(byline(a["authors"], desk, rng))}</p>'] if a["authors"] else []
    xhtml += [f"<p>{xml(p)}</p>" for p in a["body"]] + ["</section></body></html>"]
    parts = ["==> OEBPS/content.opf <=="] + opf + ["", f"==> OEBPS/text/ch{chapter:02d}.xhtml <=="] + xhtml
    return "\n".join(parts) + "\n", e_with(a, source=src)


CORRESPONDENT = {"en": ("From our correspondent in {c}", "Brussels"), "fr": ("De notre correspondant à {c}", "Berlin"),
                 "de": ("Von unserem Korrespondenten in {c}", "Paris"),
                 "es": ("De nuestro corresponsal en {c}", "Bruselas"), "it": ("Dal nostro corrispondente a {c}", "Berlino"),
                 "pt": ("Do nosso correspondente em {c}", "Bruxelas")}


# A foreign correspondent's piece copied from a print page: `Publication — weekday, long date` (the publication alone
# when undated), the headline, the role line `From our correspondent in Brussels` and under it the correspondent's
# name (the role line alone when unsigned: it names no one), then the text, its first paragraph opening with the
# city's dateline in capitals. The role line is no author; the city no part of the title.
def desk_s40_152(a, desk, rng):
    src = src_of(a, rng)
    role, city = CORRESPONDENT[desk]
    parts = [sep_join(" — ", src, dated(a, desk, weekday=True)), "", a["title"], "", role.format(c=city)]
    parts += [joined(a["authors"], desk)] if a["authors"] else []
    parts += ["", "\n\n".join([f"{city.upper()} – {a['body'][0]}"] + a["body"][1:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OUTLINE = {  # slide, notes, deck title, subtitle, presenter, coverage heading, tone, reach, questions, by
    "en": ("Slide", "Notes:", "Media briefing — Executive committee", "Osiris Group · Communications · {d}",
           "Presented by {p}", "Coverage this week", "Tone: neutral", "Reach: {r} readers", "Questions?", "by {a}"),
    "fr": ("Diapositive", "Notes :", "Point presse — Comité exécutif", "Groupe Osiris · Communication · {d}",
           "Présenté par {p}", "Retombées de la semaine", "Tonalité : neutre", "Audience : {r} lecteurs",
           "Questions ?", "par {a}"),
    "de": ("Folie", "Notizen:", "Medienbriefing — Vorstand", "Osiris-Gruppe · Kommunikation · {d}",
           "Präsentiert von {p}", "Berichterstattung dieser Woche", "Tonalität: neutral", "Reichweite: {r} Leser",
           "Fragen?", "von {a}"),
    "es": ("Diapositiva", "Notas:", "Informe de medios — Comité de dirección", "Grupo Osiris · Comunicación · {d}",
           "Presentado por {p}", "Cobertura de la semana", "Tono: neutro", "Audiencia: {r} lectores", "¿Preguntas?",
           "de {a}"),
    "it": ("Diapositiva", "Note:", "Briefing media — Comitato esecutivo", "Gruppo Osiris · Comunicazione · {d}",
           "Presentato da {p}", "Copertura della settimana", "Tono: neutro", "Lettori: {r}", "Domande?", "di {a}"),
    "pt": ("Diapositivo", "Notas:", "Briefing de imprensa — Comissão executiva", "Grupo Osiris · Comunicação · {d}",
           "Apresentado por {p}", "Cobertura da semana", "Tom: neutro", "Audiência: {r} leitores", "Perguntas?",
           "de {a}"),
}


# A presentation for the executive committee exported as an outline with its speaker notes (saved as text): each
# slide as `Slide n` and its text; slide 1 the deck's title, the presenter (a colleague) and the deck's later day;
# slide 2 the week's coverage as bullets (`• Publication: Headline`, a tone, a reach); slide 3 the headline as the
# slide's title over the subtitle `Publication · long date · by A` (whichever the article has), with the text pasted
# in its notes; slide 4 the questions slide. The presenter is no author; the deck's day no date; the deck's title no
# title.
def desk_s40_154(a, desk, rng):
    src = src_of(a, rng)
    slide, notes, deck, sub, presenter, coverage, tone, reach, questions, by = OUTLINE[desk]
    p = crew(a, rng, 1)[0]
    parts = [f"{slide} 1", deck, sub.format(d=long_date(later_day(a, rng, 1, 10), desk)), presenter.format(p=p), "",
             f"{slide} 2", coverage, f"• {src}: {a['title']}", f"• {tone}",
             f"• {reach.format(r=thousands(rng.randrange(20, 900) * 1000, desk))}", "", f"{slide} 3", a["title"],
             sep_join(" · ", src, dated(a, desk), a["authors"] and by.format(a=joined(a["authors"], desk))), notes]
    parts += ["\n\n".join(a["body"]), "", f"{slide} 4", questions]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A print page's PDF copied by an extractor that leaves a blank line after every line (double spacing): the running
# head `Publication | weekday, long date | page` (the publication and page alone when undated) at the top of each page,
# the headline, the byline, then the text in a column of 58 with words hyphenated at the line ends, paragraphs parted
# by two blank lines; a long piece runs over a second page whose running head repeats. The running head's page number
# is no part of the date; the hyphens are the column's.
def desk_s40_155(a, desk, rng):
    src = src_of(a, rng)
    page = rng.randrange(2, 30)

    def head(n):
        return " | ".join(x for x in [src, dated(a, desk, weekday=True), str(n)] if x)

    lines = hyphenated(a["body"], 58)
    top = [head(page), "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else []) + [""]
    if len(lines) > 40:
        cut = 36
        lines = lines[:cut] + ["", "\f" + head(page + 1), ""] + lines[cut:]
    return "\n\n".join(top + lines) + "\n", e_with(a, source=src)


CONFLUENCE = {  # breadcrumbs, page title, created line, property labels, status value, full text, comment, labels
    "en": ("Osiris Group / Communications / Press review {y}", "Media coverage — {m} {y}",
           "Created by {p}, last modified by {q} on {d}",
           ("Publication", "Published", "Author", "Headline", "Status"), "Reviewed", "Full text",
           "OK for the newsletter?", "No labels"),
    "fr": ("Groupe Osiris / Communication / Revue de presse {y}", "Retombées presse — {m} {y}",
           "Créé par {p}, dernière modification par {q} le {d}",
           ("Publication", "Paru le", "Auteur", "Titre", "Statut"), "Relu", "Texte intégral",
           "OK pour la newsletter ?", "Aucune étiquette"),
    "de": ("Osiris-Gruppe / Kommunikation / Pressespiegel {y}", "Medienresonanz — {m} {y}",
           "Erstellt von {p}, zuletzt geändert von {q} am {d}",
           ("Medium", "Erschienen am", "Autor", "Überschrift", "Status"), "Geprüft", "Volltext",
           "OK für den Newsletter?", "Keine Stichwörter"),
    "es": ("Grupo Osiris / Comunicación / Resumen de prensa {y}", "Cobertura en medios — {m} {y}",
           "Creado por {p}, modificado por última vez por {q} el {d}",
           ("Medio", "Publicado el", "Autor", "Titular", "Estado"), "Revisado", "Texto completo",
           "¿OK para la newsletter?", "Sin etiquetas"),
    "it": ("Gruppo Osiris / Comunicazione / Rassegna stampa {y}", "Copertura media — {m} {y}",
           "Creato da {p}, ultima modifica di {q} il {d}",
           ("Testata", "Pubblicato il", "Autore", "Titolo", "Stato"), "Verificato", "Testo integrale",
           "OK per la newsletter?", "Nessuna etichetta"),
    "pt": ("Grupo Osiris / Comunicação / Revista de imprensa {y}", "Cobertura mediática — {m} {y}",
           "Criado por {p}, última modificação por {q} em {d}",
           ("Meio", "Publicado a", "Autor", "Título", "Estado"), "Revisto", "Texto integral",
           "OK para a newsletter?", "Sem etiquetas"),
}


# A team wiki's page copied whole (Confluence-like, in the desk's language): the breadcrumbs, the page's title
# (`Media coverage — March 2026`), `Created by P, last modified by Q on <later day>`, a page-properties table copied as
# `Label<TAB>Value` rows (publication, published date, author, headline, status; whichever the article has), `Full
# text` and the text, then the labels line and a comment by Q with its day. The page's creator and last editor are
# no authors; the page's and comment's days no date; the page's title no title; the wiki no source.
def desk_s40_157(a, desk, rng):
    src = src_of(a, rng)
    crumbs, page, created, labels, status, full, comment, no_labels = CONFLUENCE[desk]
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 20)
    d = datetime.date.fromisoformat(day)
    month = MONTHS[desk].split()[d.month - 1]
    rows = [(labels[0], src)] + ([(labels[1], long_date(a["date"], desk))] if a["date"] else [])
    rows += [(labels[2], joined(a["authors"], desk))] if a["authors"] else []
    rows += [(labels[3], a["title"]), (labels[4], status)]
    parts = [crumbs.format(y=d.year), "", page.format(m=month.capitalize(), y=d.year),
             created.format(p=p, q=q, d=long_date(day, desk)), ""] + [f"{k}\t{v}" for k, v in rows]
    parts += ["", full, "", "\n\n".join(a["body"]), "", no_labels, "", q, comment,
              long_date(after(day, rng, 0, 3), desk)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A news site's article copied with its two stamps in the order the site prints them, the update FIRST: the
# publication, the headline, `Updated March 5, 1987, 10:02` (a later day), `Published March 3, 1987, 18:42`, the
# byline, the text. An undated piece shows the update stamp alone, which is no date (the publication day is unknown).
def desk_s40_158(a, desk, rng):
    src = src_of(a, rng)
    published, updated = STAMPS[desk]
    upd = at(later_day(a, rng, 1, 6), desk, rng)
    parts = [src, "", a["title"], f"{updated[0].upper()}{updated[1:]} {upd}"]
    parts += [f"{published} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A change tracker's page (NewsDiffs-like, English on every desk) copied as text: the tracker's name, the article's
# address and `Publication:`, the list of captured versions with their archive days and times (later days, ISO), then
# `Comparing version 1 with version 2` and the compared text as the site printed it: the headline, the byline, the
# date line, the text, the last paragraph marked `{+ … +}` as added in version 2 when there are two or more. The
# archive days are no date; the tracker no source; the markers no part of the text's fields.
def desk_s40_159(a, desk, rng):
    src = src_of(a, rng)
    first = later_day(a, rng, 1, 2)
    second = after(first, rng, 1, 3)
    url = f"https://www.{site(src)}/{slug(a['title'], 6)}"
    parts = ["NewsDiffs — tracking online news articles over time", "", f"Article: {url}", f"Publication: {src}", "",
             "Versions", f"  1  {first} {hms(rng)[:5]}  (first archived)", f"  2  {second} {hms(rng)[:5]}", "",
             "Comparing version 1 with version 2  ([- removed -]  {+ added +})", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    body = list(a["body"])
    if len(body) > 1:
        body[-1] = "{+ " + body[-1] + " +}"
    parts += ["", "\n\n".join(body)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TEXT_ONLY = {"en": "Text-only edition", "fr": "Version texte", "de": "Textversion", "es": "Versión solo texto",
             "it": "Versione solo testo", "pt": "Versão só texto"}


# A text-only news site's page saved with its HTTP response header (`HTTP/1.1 200 OK`, `Date:` the fetch's later day,
# `Server`, `Content-Type: text/plain`, `Last-Modified:` a later day too, cache lines), a blank line, then the body:
# `Publication — Text-only edition`, the headline, the byline, `Published March 3, 1987` (whichever the article has),
# the text, and `© year Publication`. The header's days are no date; the server no source.
def desk_s40_160(a, desk, rng):
    src = src_of(a, rng)
    fetched = later_day(a, rng, 3, 120)
    body = [f"{src} — {TEXT_ONLY[desk]}", "", a["title"]]
    body += [byline(a["authors"], desk, rng)] if a["authors"] else []
    body += [f"{STAMPS[desk][0]} {long_date(a['date'], desk)}"] if a["date"] else []
    body += ["", "\n\n".join(a["body"]), "", f"© {(a['date'] or fetched)[:4]} {src}"]
    text = "\n".join(body) + "\n"
    head = ["HTTP/1.1 200 OK", f"Date: {http_date(fetched, rng)}", "Server: nginx/1.24.0",
            "Content-Type: text/plain; charset=utf-8", f"Content-Length: {len(text.encode('utf-8'))}",
            f"Last-Modified: {http_date(before(fetched, rng, 0, 1), rng)}", "Cache-Control: public, max-age=300",
            f"X-Cache: {rng.choice(['HIT', 'MISS'])}", "Connection: keep-alive"]
    return "\r\n".join(head) + "\r\n\r\n" + text, e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s40_")}


# ---- held-out members of BLIND_S40 below: whoever tunes the reader never reads past this line ----

EN_MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def initials(name):
    return "".join(w[0] for w in name.split()).upper()


DATELINE = {  # the agency's dateline with the day, without it
    "en": ("{C}, {M} {d} ({g}) -", "{C} ({g}) -"), "fr": ("{C}, {d} {m} ({g}) -", "{C} ({g}) -"),
    "de": ("{c} ({g}) -", "{c} ({g}) -"), "es": ("{c}, {d} {b} ({g}).-", "{c} ({g}).-"),
    "it": ("({g}) - {C}, {d} {B} -", "({g}) - {C} -"), "pt": ("{c}, {dd} {b} {y} ({g}) -", "{c} ({g}) -"),
}
SHORT_MON = {"es": "ene feb mar abr may jun jul ago sep oct nov dic", "it": "gen feb mar apr mag giu lug ago set ott nov dic",
             "pt": "jan fev mar abr mai jun jul ago set out nov dez"}


# Agency copy as a paper's site runs it: on top `Publication · weekday, long date` (on the Portuguese desk the
# publication alone, the agency's dateline there carrying the year), the headline, the byline when signed, then the
# text, its first paragraph opening with the agency's dateline in the desk's agency style: place, day and month and
# agency (`LONDON, March 3 (Reuters) -`, `PARIS, 3 mars (AFP) -`, `Madrid, 3 mar (EFE).-`, `(ANSA) - ROMA, 3 MAR -`,
# `Lisboa, 03 mar 1987 (Lusa) -`) or place and agency alone (`Berlin (dpa) -`, and any desk when undated). The agency
# is no source (the paper is; a Reuters story keeps Reuters); the dateline's day without a year adds nothing.
def desk_s40_138(a, desk, rng):
    src = src_of(a, rng)
    agency = src if src == "Reuters" else AGENCY[desk]
    city = CITY[desk]
    with_day, without = DATELINE[desk]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        month = MONTHS[desk].split()[d.month - 1]
        short = SHORT_MON.get(desk, "").split()
        line = with_day.format(C=city.upper(), c=city, M=month, m=month, d=d.day, dd=f"{d.day:02d}", y=d.year, g=agency,
                               b=short[d.month - 1] if short else "", B=short[d.month - 1].upper() if short else "")
    else:
        line = without.format(C=city.upper(), c=city, g=agency)
    top = src if desk == "pt" else sep_join(" · ", src, dated(a, desk, weekday=True))
    parts = [top, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join([f"{line} {a['body'][0]}"] + a["body"][1:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MARKUP = {  # commented, deleted, formatted, bold, the comments, page
    "en": ("Commented", "Deleted:", "Formatted:", "Font: Bold", "Check the figures with Finance before it goes out.",
           "Done, figures confirmed.", "Page {n} of {t}"),
    "fr": ("Commenté", "Supprimé:", "Mis en forme :", "Police :Gras", "Vérifier les chiffres avec la direction "
                                                                       "financière avant diffusion.",
           "Fait, chiffres confirmés.", "Page {n} sur {t}"),
    "de": ("Kommentiert", "Gelöscht:", "Formatiert:", "Schriftart: Fett", "Zahlen vor dem Versand mit dem Finanzbereich "
                                                                          "abgleichen.",
           "Erledigt, Zahlen bestätigt.", "Seite {n} von {t}"),
    "es": ("Comentado", "Eliminado:", "Con formato:", "Fuente: Negrita", "Comprobar las cifras con Finanzas antes de "
                                                                         "enviarlo.",
           "Hecho, cifras confirmadas.", "Página {n} de {t}"),
    "it": ("Commentato", "Eliminato:", "Formattato:", "Carattere: Grassetto", "Verificare i numeri con la Finanza prima "
                                                                              "dell'invio.",
           "Fatto, numeri confermati.", "Pagina {n} di {t}"),
    "pt": ("Comentado", "Eliminado:", "Formatado:", "Tipo de letra: Negrito", "Confirmar os números com a Direção "
                                                                              "Financeira antes do envio.",
           "Feito, números confirmados.", "Página {n} de {t}"),
}
DRAFT = {"en": "draft", "fr": "brouillon", "de": "Entwurf", "es": "borrador", "it": "bozza", "pt": "rascunho"}


# A Word document of the press office's review, printed to PDF with its markup shown and copied as text: the
# headline, `Publication, long date`, the byline, the text with the margin balloons landing as lines of their own
# (`Commented [HR1]: Check the figures …` after the first paragraph by a colleague's initials, `Deleted: draft`,
# `Formatted: Font: Bold`, a second colleague's reply `Commented [SK2]: Done …` at the end), and the footer the
# document carries: the colleague's name, the document's later day (desk's numeric form) and `Page 1 of 1`. The
# commenters are no authors; the footer's day no date; the balloons no part of the text's fields.
def desk_s40_143(a, desk, rng):
    src = src_of(a, rng)
    commented, deleted, formatted, bold, first, second, page = MARKUP[desk]
    p, q = crew(a, rng, 2)
    parts = [a["title"], sep_join(", ", src, dated(a, desk))] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", a["body"][0], f"{commented} [{initials(p)}1]: {first}", f"{deleted} {DRAFT[desk]}",
              f"{formatted} {bold}", ""]
    parts += ["\n\n".join(a["body"][1:]), ""] if len(a["body"]) > 1 else []
    parts += [f"{commented} [{initials(q)}2]: {second}", "", f"{p} – {us_numeric(later_day(a, rng, 1, 15), desk)} – "
                                                              f"{page.format(n=1, t=1)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A print page copied as text with the headline set in capitals: the section in capitals, the headline in capitals,
# the byline (in ordinary case), the text, and at the foot `Publication — numeric date` (the desk's numeric form, the
# publication alone when undated). The title is the headline as printed, in capitals; the section is no title.
def desk_s40_145(a, desk, rng):
    src = src_of(a, rng)
    parts = [SECTION[desk].upper(), "", a["title"].upper()] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), "", sep_join(" — ", src, dated(a, desk, us_numeric))]
    return "\n".join(parts) + "\n", e_with(a, title=a["title"].upper(), source=src)


REDDIT = {  # subreddit, the commenter's note, a reply, users
    "en": ("unitedkingdom", "Paywalled, so here's the text:", "Thanks, can't read it otherwise.",
           ["throwaway_2291", "PM_ME_YOUR_SPREADSHEETS", "tea_and_toast"]),
    "fr": ("france", "Article sous paywall, je vous mets le texte :", "Merci pour le copier-coller !",
           ["Baguette_Volante", "le_ronchon_du_13", "Pamplemousse42"]),
    "de": ("de", "Paywall, hier der Text:", "Danke fürs Kopieren!", ["Kartoffelbrei42", "Bahnfahrer_77", "Spaetzle_Fan"]),
    "es": ("spain", "Está tras el muro de pago, os dejo el texto:", "¡Gracias por copiarlo!",
           ["churro_con_chocolate", "Pucelano_88", "gatito_madrileño"]),
    "it": ("italy", "C'è il paywall, ecco il testo:", "Grazie per averlo incollato!",
           ["Carbonara_Purista", "milanese_imbruttito", "Gatto_Nero_21"]),
    "pt": ("portugal", "Tem paywall, aqui fica o texto:", "Obrigado por colares!",
           ["Bacalhau_a_Bras", "tuga_no_exilio", "Pastel_de_Nata_99"]),
}


# A forum thread copied from the browser (Reddit, English interface on every desk): the community, `Posted by u/… 7
# hours ago`, the post's title (the headline), the site's domain, the comment count and votes, then the comments,
# each as `level 1`, the user, `· 5 hr. ago`: one in the desk's language pasting the article (`Publication — long
# date` (the publication alone when undated), the headline, the byline, the text), with its score and actions, then a
# reply. The poster and commenters are no authors; the relative ages no date; the domain and forum no source.
def desk_s40_146(a, desk, rng):
    src = src_of(a, rng)
    sub, note, thanks, users = REDDIT[desk]
    poster, paster, replier = rng.sample(users, 3)
    hours = rng.randrange(3, 20)
    pasted = [sep_join(" — ", src, dated(a, desk)), "", a["title"]]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += ["", "\n\n".join(a["body"])]
    parts = [f"r/{sub}", f"Posted by u/{poster} {hours} hours ago", "", a["title"], "", site(src), "",
             f"{rng.randrange(12, 400)} Comments  Share  Save  Hide  Report", f"{rng.randrange(80, 99)}% Upvoted", "",
             "Sort by: best", "", "level 1", paster, f"· {hours - 1} hr. ago", "", note, ""] + pasted
    parts += ["", f"{rng.randrange(20, 900)}", "Reply  Share  Report  Save", "", "level 2", replier,
              f"· {rng.randrange(1, max(2, hours - 1))} hr. ago", "", thanks, "", f"{rng.randrange(2, 60)}",
              "Reply  Share  Report  Save"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TEI = {  # the corpus file's title, the responsibility, the corpus publisher
    "en": ("Osiris press corpus: document {n}", "encoding", "University of Leeds, School of Media and Communication"),
    "fr": ("Corpus presse Osiris : document {n}", "encodage", "Université de Franche-Comté, laboratoire ELLIADD"),
    "de": ("Pressekorpus Osiris: Dokument {n}", "Kodierung", "Universität Freiburg, Institut für Medienlinguistik"),
    "es": ("Corpus de prensa Osiris: documento {n}", "codificación", "Universidad de Valladolid, Departamento de "
                                                                     "Periodismo"),
    "it": ("Corpus stampa Osiris: documento {n}", "codifica", "Università di Bergamo, Dipartimento di Lingue"),
    "pt": ("Corpus de imprensa Osiris: documento {n}", "codificação", "Universidade de Coimbra, Faculdade de Letras"),
}


# A university's press corpus file (TEI P5 XML) the desk receives from the researchers who study its coverage: the
# header's `<titleStmt>` with the corpus file's own title and the encoder (a colleague) in `<respStmt>`, the
# publication statement (the university, the file's later day), the source description's `<bibl>` with `<title
# level="a">` the headline, `<author>`, `<title level="j">` the publication, `<date when="…">` the date in words
# (whichever the article has); then the text's `<head>`, `<byline>` and paragraphs. The corpus title is no title, the
# encoder no author, the file's day no date, the university no source.
def desk_s40_147(a, desk, rng):
    src = src_of(a, rng)
    title_f, resp, publisher = TEI[desk]
    p = crew(a, rng, 1)[0]
    n = rng.randrange(100, 2000)
    bibl = [f'          <title level="a">{xml(a["title"])}</title>']
    bibl += [f"          <author>{xml(joined(a['authors'], desk))}</author>"] if a["authors"] else []
    bibl += [f'          <title level="j">{xml(src)}</title>']
    bibl += [f'          <date when="{a["date"]}">{xml(long_date(a["date"], desk))}</date>'] if a["date"] else []
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{a["lang"]}">',
             "  <teiHeader>", "    <fileDesc>", "      <titleStmt>", f"        <title>{xml(title_f.format(n=n))}</title>",
             f"        <respStmt><resp>{resp}</resp><persName>{xml(p)}</persName></respStmt>", "      </titleStmt>",
             "      <publicationStmt>", f"        <publisher>{xml(publisher)}</publisher>",
             f'        <date when="{later_day(a, rng, 30, 900)}"/>', f"        <idno>OSI-{n:05d}</idno>",
             "      </publicationStmt>", "      <sourceDesc>", "        <bibl>"] + bibl
    parts += ["        </bibl>", "      </sourceDesc>", "    </fileDesc>", "  </teiHeader>", "  <text>", "    <body>",
              '      <div type="article">', f"        <head>{xml(a['title'])}</head>"]
    parts += [f"        <byline>{xml(byline(a['authors'], desk, rng))}</byline>"] if a["authors"] else []
    parts += [f"        <p>{xml(paragraph)}</p>" for paragraph in a["body"]]
    parts += ["      </div>", "    </body>", "  </text>", "</TEI>"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


WIRE = {  # agency -> (service code, priority word)
    "Reuters": ("LBA", "URGENT"), "AFP": ("FRA", "URGENT"), "dpa": ("DEU", "eilt"), "EFE": ("ESP", "URGENTE"),
    "ANSA": ("ITA", "URGENTE"), "Lusa": ("POR", "URGENTE"),
}


# Agency copy as the wire delivers it to a subscriber: the service line (`FRA0412 4 EI 0387 /AFP-UA93`), the slug
# with the priority word (`ENERGY-OPEC, URGENT`), the headline, `by Hélène ROUX` (the family name in capitals, as
# agencies set it; when signed), the text, its first paragraph opening with `PARIS (AFP) -`, the desk's initials
# (`hr/jmr`) and the transmission group `AFP 031412 GMT MAR 87` (day, hour, minute, month, two-digit year; left out
# when undated, the agency's name alone then). The initials are no authors; the source is the agency that sends it.
def desk_s40_150(a, desk, rng):
    agency = "Reuters" if a["source"] == "Reuters" else AGENCY[desk]
    code, priority = WIRE[agency]
    words = slug(a["title"], 3).upper().split("-")
    parts = [f"{code}{rng.randrange(1000):04d} {rng.randrange(1, 5)} {rng.choice(['EI', 'FI', 'PL'])} "
             f"{rng.randrange(200, 900):04d} /{agency.upper()}-{rng.choice('ABCDEFGHUV')}{rng.choice('ABCDEFGHUV')}"
             f"{rng.randrange(10, 99)}", f"{'-'.join(words)}, {priority}", "", a["title"]]
    if a["authors"]:
        name = a["authors"][0].split()
        parts += [f"{BY[desk][0].lower()} {' '.join(name[:-1] + [name[-1].upper()])}"]
    parts += ["", "\n\n".join([f"{CITY[desk].upper()} ({agency}) - {a['body'][0]}"] + a["body"][1:]), "",
              "/".join("".join(rng.choice("abcdefghjlmnprst") for _ in range(rng.randrange(2, 4))) for _ in range(2))]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts += [f"{agency} {d.day:02d}{rng.randrange(6, 23):02d}{rng.randrange(60):02d} GMT {EN_MON[d.month - 1]} "
                  f"{d.year % 100:02d}"]
    else:
        parts += [agency]
    return "\n".join(parts) + "\n", e_with(a, source=agency)


PO = {  # header comment, extracted comment parts (piece, by, in, on), language team
    "en": ("Press review for the Osiris intranet, for translation.", "Article", " by {a}", ", published in {s}",
           " on {d}"),
    "fr": ("Revue de presse pour l'intranet Osiris, à traduire.", "Article", " de {a}", ", paru dans {s}", " le {d}"),
    "de": ("Pressespiegel für das Osiris-Intranet, zur Übersetzung.", "Artikel", " von {a}", ", erschienen in {s}",
           " am {d}"),
    "es": ("Resumen de prensa para la intranet de Osiris, para traducir.", "Artículo", " de {a}", ", publicado en {s}",
           " el {d}"),
    "it": ("Rassegna stampa per l'intranet Osiris, da tradurre.", "Articolo", " di {a}", ", pubblicato su {s}",
           " il {d}"),
    "pt": ("Revista de imprensa para a intranet Osiris, para tradução.", "Artigo", " de {a}", ", publicado no {s}",
           " a {d}"),
}


def po_string(keyword, text):
    """`keyword "text"` as gettext writes it, a long string split over lines of at most 76 characters."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if len(keyword) + len(escaped) + 3 <= 79:
        return [f'{keyword} "{escaped}"']
    lines, line = [f'{keyword} ""'], ""
    for word in escaped.split(" "):
        if line and len(line) + len(word) + 3 > 76:
            lines.append(f'"{line}"')
            line = ""
        line += word + " "
    lines.append(f'"{line[:-1]}"')
    return lines


# A gettext PO file of the press review's intranet translation, as the translator sends it back: the header comment,
# the translator's line (`# P <…>, 2026.`), the header entry (project, POT-Creation-Date and PO-Revision-Date later
# days, Last-Translator a colleague, the language team), then one entry per segment: the headline's with `msgctxt
# "headline"` under an extracted comment naming the piece (`#. Article by A, published in X on March 3, 1987.`,
# whichever the article has, the publication always) and a reference, each paragraph's after it; the msgstr lines
# empty. The translator is no author; the file's days no date.
def desk_s40_153(a, desk, rng):
    src = src_of(a, rng)
    head, piece, by, in_, on = PO[desk]
    p = crew(a, rng, 1)[0]
    created = later_day(a, rng, 1, 30)
    revised = after(created, rng, 1, 5)
    comment = piece + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "") + in_.format(s=src)
    comment += (on.format(d=long_date(a["date"], desk)) if a["date"] else "") + "."
    path = f"articles/{slug(a['title'])}.txt"
    target = "en" if a["lang"] != "en" else ("de" if desk == "en" else desk)
    parts = [f"# {head}", f"# Copyright (C) {created[:4]} Osiris Group", f"# {p} <{address(p)}@osiris-group.example>, "
             f"{revised[:4]}.", "#", 'msgid ""', 'msgstr ""', f'"Project-Id-Version: press-review {created[:7]}\\n"',
             '"Report-Msgid-Bugs-To: \\n"', f'"POT-Creation-Date: {created} {hms(rng)[:5]}+0100\\n"',
             f'"PO-Revision-Date: {revised} {hms(rng)[:5]}+0100\\n"',
             f'"Last-Translator: {p} <{address(p)}@osiris-group.example>\\n"',
             f'"Language-Team: {target} <press-{target}@osiris-group.example>\\n"', f'"Language: {target}\\n"',
             '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
             '"Content-Transfer-Encoding: 8bit\\n"', "", f"#. {comment}", f"#: {path}:1", 'msgctxt "headline"']
    parts += po_string("msgid", a["title"]) + ['msgstr ""', ""]
    line = 3
    for paragraph in a["body"]:
        parts += [f"#: {path}:{line}"] + po_string("msgid", paragraph) + ['msgstr ""', ""]
        line += 2
    return "\n".join(parts), e_with(a, source=src)


WITH = {"en": "with", "fr": "avec", "de": "mit", "es": "con", "it": "con", "pt": "com"}


# A paper's site running a piece written with agency copy: the publication, the headline, the byline as such papers
# set it, the author with the agency (`Hélène Roux avec AFP`) or, unsigned, the paper's own name with the agency
# (`Le Monde avec AFP`, which names no person), the publication stamp with the time (when dated), the text. The
# agency is no source and no author; the paper is the source.
def desk_s40_156(a, desk, rng):
    src = src_of(a, rng)
    agency = AGENCY[desk] if AGENCY[desk] != src else "AFP"
    credit = f"{joined(a['authors'], desk) if a['authors'] else src} {WITH[desk]} {agency}"
    parts = [src, "", a["title"], credit] + ([f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A print page with an info box in the left column, copied from its PDF so that the two columns merge line by line:
# the headline across the page, then each line the box's line padded to 26 characters (or to its longest line and
# three spaces) and the text's line (the text in a column of 50): the box holds the desk's labels over their values
# (author, date, source; whichever the article has, the source always). The box's lines are no part of the text; its
# labels name the fields.
def desk_s40_161(a, desk, rng):
    src = src_of(a, rng)
    box = []
    if a["authors"]:
        box += [label(desk, 1), joined(a["authors"], desk), ""]
    if a["date"]:
        box += [label(desk, 2), long_date(a["date"], desk), ""]
    box += [label(desk, 3), src]
    text = []
    for paragraph in a["body"]:
        text += textwrap.wrap(paragraph, 50) + [""]
    text = text[:-1]
    width = max([26] + [len(line) + 3 for line in box])
    rows = [f"{(box[i] if i < len(box) else ''):<{width}}{text[i] if i < len(text) else ''}".rstrip()
            for i in range(max(len(box), len(text)))]
    parts = [a["title"], ""] + rows
    return "\n".join(parts) + "\n", e_with(a, source=src)


NOTEBOOK = {  # the notebook's heading, its note, the article heading, the analysis note
    "en": ("# Coverage analysis — week {w}", "Notebook by {p}, {d}. Sentiment of this week's coverage.", "## The article",
           "Word count and sentiment of the text above:"),
    "fr": ("# Analyse des retombées — semaine {w}", "Carnet de {p}, {d}. Tonalité des retombées de la semaine.",
           "## L'article", "Nombre de mots et tonalité du texte ci-dessus :"),
    "de": ("# Auswertung der Berichterstattung — KW {w}", "Notebook von {p}, {d}. Tonalität der Woche.",
           "## Der Artikel", "Wortzahl und Tonalität des Textes oben:"),
    "es": ("# Análisis de la cobertura — semana {w}", "Cuaderno de {p}, {d}. Tono de la cobertura de la semana.",
           "## El artículo", "Número de palabras y tono del texto:"),
    "it": ("# Analisi della copertura — settimana {w}", "Notebook di {p}, {d}. Tono della copertura della settimana.",
           "## L'articolo", "Numero di parole e tono del testo sopra:"),
    "pt": ("# Análise da cobertura — semana {w}", "Caderno de {p}, {d}. Tom da cobertura da semana.", "## O artigo",
           "Número de palavras e tom do texto acima:"),
}


def cell_source(lines):
    """A notebook cell's `source`: its lines, each but the last ending with a line break."""
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


# A data analyst's Jupyter notebook (`.ipynb`, JSON as nbformat 4 writes it, non-ASCII kept) sent to the desk: a
# markdown cell with the notebook's heading and the analyst's note (a colleague, a later day), a code cell loading
# pandas, a markdown cell holding the article (`## The article`, the headline in bold, `*Publication*, long date — A`
# (whichever the article has, the publication always), the text quoted with `> `), a code cell counting words with
# its output; the notebook's metadata naming the analyst under `authors`. The analyst is no author, the notebook's day
# no date, the notebook's heading no title; the bold marks no part of the title.
def desk_s40_162(a, desk, rng):
    src = src_of(a, rng)
    heading, note, art, analysis = NOTEBOOK[desk]
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 20)
    week = datetime.date.fromisoformat(day).isocalendar()[1]
    quoted_body = []
    for paragraph in a["body"]:
        quoted_body += [f"> {paragraph}", ">"]
    article = [art, "", f"**{a['title']}**  ", sep_join(" — ", sep_join(", ", f"*{src}*", dated(a, desk)),
                                                       a["authors"] and joined(a["authors"], desk)), ""]
    article += quoted_body[:-1]
    cells = [{"cell_type": "markdown", "id": hashlib.md5(f"{a['key']}1".encode()).hexdigest()[:8], "metadata": {},
              "source": cell_source([heading.format(w=week), "", note.format(p=p, d=long_date(day, desk))])},
             {"cell_type": "code", "execution_count": 1, "id": hashlib.md5(f"{a['key']}2".encode()).hexdigest()[:8],
              "metadata": {}, "outputs": [], "source": cell_source(["import pandas as pd",
                                                                    "from textblob import TextBlob"])},
             {"cell_type": "markdown", "id": hashlib.md5(f"{a['key']}3".encode()).hexdigest()[:8], "metadata": {},
              "source": cell_source(article)},
             {"cell_type": "markdown", "id": hashlib.md5(f"{a['key']}4".encode()).hexdigest()[:8], "metadata": {},
              "source": [analysis]},
             {"cell_type": "code", "execution_count": 2, "id": hashlib.md5(f"{a['key']}5".encode()).hexdigest()[:8],
              "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",
                                           "text": [f"words: {word_count(a)}\n",
                                                    f"polarity: {rng.randrange(-30, 60) / 100:.2f}\n"]}],
              "source": cell_source(["text = open('article.txt').read()", "print('words:', len(text.split()))",
                                     "print('polarity:', round(TextBlob(text).sentiment.polarity, 2))"])}]
    notebook = {"cells": cells, "metadata": {"authors": [{"name": p}], "kernelspec": {
        "display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", e_with(a, source=src)


# The whole batch; text_eval.py scores its held-out members in a block of their own and keeps its development members
# out of the development figures (only `--show-s40-development` prints their misses).
BLIND_S40 = {f"desk_s40_{i}" for i in range(137, 163)}
assert DEVELOPMENT == {name for name in BLIND_S40
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "a development member stands below the marker or a held-out one above it"
assert set(BLIND_S40) <= set(globals()), "a member of BLIND_S40 is missing"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S40)})
