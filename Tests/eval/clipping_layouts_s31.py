"""Stop 31: a ninth batch of 26 clipping layouts (BLIND_S31) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a file's, catalogue's or collection's own
title, nor ISBD punctuation or a feed's ` - Publication` suffix; authors: persons who wrote the article, never a
cataloguer, annotator, poster, narrator, director or memo's sender; date: the article's publication date, never the
day a record was entered, loaded, updated, captured, annotated, sent or accessed, and none when the file does not
state one; source: the publication the file names, never the database, library or service that carried it).
The layouts are numbered from 01 to 34, skipping numbers, so that text_eval.py's hash puts sixteen in development
(first) and ten held-out (after the marker line, which whoever tunes the reader never reads past). Written without
reading the reader (Sources/TextLayouts, Sources/ArticleParsing) or its misses, nor any earlier batch's held-out
part: nobody tunes on any of them in stop 31, and the development members too are only scored (text_eval.py prints
their misses with `--show-s31-development` alone, for a later stop).
"""
import datetime
import hashlib
import json
import textwrap
from xml.sax.saxutils import escape

from clipping_layouts import (ABBR, BY, LABELS, LAYOUTS, MONTHS, PEOPLE, WEEKDAYS, byline, clock, expect, joined,
                              later, long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead
from clipping_layouts_s28 import rfc_date, url


def family_first(name):
    """`Hélène Roux` -> `Roux, Hélène` (the last word is the family name)."""
    words = name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else name


def colleague(a, rng):
    """A colleague's name that is none of the article's authors."""
    return rng.choice([p for p in PEOPLE if p not in a["authors"]])


def day_month(iso, desk):
    """The day and month without the year, as the desk writes them (`March 3`, `3. März`, `3 de marzo`)."""
    d = datetime.date.fromisoformat(iso)
    month = MONTHS[desk].split()[d.month - 1]
    return {"en": f"{month} {d.day}", "de": f"{d.day}. {month}", "fr": f"{d.day} {month}",
            "es": f"{d.day} de {month}", "it": f"{d.day} {month}", "pt": f"{d.day} de {month}"}[desk]


def e_with(a, **fields):
    """`expect(a)` with some fields replaced."""
    e = expect(a)
    e.update(fields)
    return e


PAGE_ABBR = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}
LANGUAGE = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "it": "Italiano", "pt": "Português"}
FULL_TEXT = {"en": "Full text:", "fr": "Texte intégral :", "de": "Volltext:", "es": "Texto completo:",
             "it": "Testo completo:", "pt": "Texto integral:"}


# ---- development members of BLIND_S31 ----

# An agency feed item saved as it came in (NITF 3.6 XML, English tags on every desk): the head's `<title>`, the
# `docdata` with the issue date as a compact ISO stamp (`20260303T094200+0100`, when dated), an expiry date weeks
# later and the copyright holder (the publication, when named); the body head with `<hl1>` (the headline), the byline
# as `By <person>A</person> and <person>B</person>` (when signed), the distributor (the publication) and a dateline
# whose `story.date` prints the desk's long date; the paragraphs as `<p>` elements with escaped text. The expiry date
# is not the date.
def desk_s31_01(a, desk, rng):
    t = escape(a["title"])
    hm = f"{rng.randrange(6, 21):02d}{rng.randrange(60):02d}00"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<nitf version="-//IPTC//DTD NITF 3.6//EN">', " <head>",
             f"  <title>{t}</title>", "  <docdata>", f'   <doc-id id-string="{rng.getrandbits(40):010x}"/>']
    if a["date"]:
        lines.append(f'   <date.issue norm="{a["date"].replace("-", "")}T{hm}+0100"/>')
    lines.append(f'   <date.expire norm="{later(a["date"], rng, 30, 90).replace("-", "")}T000000+0100"/>')
    if a["source"]:
        year = a["date"][:4] if a["date"] else "2026"
        lines.append(f'   <doc.copyright year="{year}" holder="{escape(a["source"])}"/>')
    lines += ["  </docdata>", " </head>", " <body>", "  <body.head>", f"   <hedline><hl1>{t}</hl1></hedline>"]
    if a["authors"]:
        by, conj = BY[desk]
        people = [f"<person>{escape(n)}</person>" for n in a["authors"]]
        lines.append(f"   <byline>{by} " + (people[0] if len(people) == 1 else
                                            ", ".join(people[:-1]) + f" {conj} " + people[-1]) + "</byline>")
    if a["source"]:
        lines.append(f"   <distributor>{escape(a['source'])}</distributor>")
    if a["date"]:
        lines.append(f'   <dateline><story.date norm="{a["date"].replace("-", "")}T{hm}">'
                     f"{long_date(a['date'], desk)}</story.date></dateline>")
    lines += ["  </body.head>", "  <body.content>"] + [f"   <p>{escape(p)}</p>" for p in a["body"]]
    lines += ["  </body.content>", " </body>", "</nitf>"]
    return "\n".join(lines) + "\n", expect(a)


# A library's press-clipping catalogue showing the record in MARC view, then the text it holds: leader, control
# numbers, `005` (the record's last change, weeks later, `20260410091230.0`), `008` beginning with the day the record
# was entered (`260410`, later, yymmdd), `100 1_ $a Roux, Hélène $4 aut` for the first author and `700` for the others,
# `245 10 $a Title / $c Hélène Roux ; Stefan Krüger` (`245 00 $a Title` when unsigned), `773 08 $i In: $t
# Publication $g 03.03.2026, S. 12` (whichever of publication and date it has), a summary (`520`), the link (`856`),
# then the desk's `Full text:` label and the text. The record's own days are not the date; `$a` and `$c` are split at
# ` / `.
def desk_s31_02(a, desk, rng):
    made = later(a["date"], rng, 20, 60)
    yymmdd = made[2:].replace("-", "")
    lang = {"en": "eng", "fr": "fre", "de": "ger", "es": "spa", "it": "ita", "pt": "por"}[desk]
    rows = ["LDR  00000naa a2200000 c 4500", f"001  {rng.randrange(10 ** 8, 10 ** 9)}",
            f"005  {made.replace('-', '')}{rng.randrange(7, 19):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}.0",
            f"008  {yymmdd}s{a['date'][:4] if a['date'] else '||||'}    xx |||||||||||||||||{lang} d",
            "040  $a DE-101 $b " + lang + " $c DE-101 $e rda"]
    names = a["authors"]
    if names:
        rows.append(f"100 1_ $a {family_first(names[0])} $4 aut")
        rows.append(f"245 10 $a {a['title']} / $c {' ; '.join(names)}")
    else:
        rows.append(f"245 00 $a {a['title']}")
    rows.append("336  $a Text $b txt $2 rdacontent")
    rows.append(f"520  $a {first_sentence(a['body'][0])}")
    rows += [f"700 1_ $a {family_first(n)} $4 aut" for n in names[1:]]
    where = " ".join(x for x in ["$i In:", a["source"] and f"$t {a['source']}"] if x)
    g = ", ".join(x for x in [a["date"] and numeric_date(a["date"], desk),
                              f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}"] if x)
    rows.append(f"773 08 {where} $g {g}")
    rows.append(f"856 4_ $u {url(rng)}")
    return "\n".join(rows + ["", FULL_TEXT[desk], "", "\n\n".join(a["body"])]) + "\n", expect(a)


# A newspaper database's plain-text export (ProQuest-like, CRLF, English labels on every desk): a rule, the title,
# `Author: Roux, Hélène; Krüger, Stefan`, `Publication info: Publication; 03 Mar 2026: A.12.`, the document link line,
# `Abstract: None available.`, `Full text:` with the text, then the record's fields again below the text (Subject,
# Title, Author, Publication title, First page, Publication year, Publication date `Mar 3, 2026`, Section, Source
# type, Language, Document type, document ID, URL, Copyright, `Last updated: 2026-04-10` (a later day), Database),
# a rule and the service's footer. Rows the article lacks are left out; the database is not the source.
def desk_s31_04(a, desk, rng):
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    authors = "; ".join(family_first(n) for n in a["authors"])
    page = f"A.{rng.randrange(2, 30)}"
    info = "; ".join(x for x in [a["source"], d and f"{d.day:02d} {ABBR['en'].split()[d.month - 1]} {d.year}"] if x)
    rule = "_" * 60
    parts = [rule, "", a["title"]]
    parts += [f"Author: {authors}"] if authors else []
    parts += [f"Publication info: {info + ': ' if info else ''}{page}.", "ProQuest document link",
              "Abstract: None available.", "", "Full text: " + a["body"][0]] + ["\n" + p for p in a["body"][1:]]
    parts += ["", f"Subject: {KICKER_SECTION['en']};", f"Title: {a['title']}"]
    parts += [f"Author: {authors}"] if authors else []
    parts += [f"Publication title: {a['source']}"] if a["source"] else []
    parts += [f"First page: {page}"]
    if d:
        parts += [f"Publication year: {d.year}",
                  f"Publication date: {ABBR['en'].split()[d.month - 1]} {d.day}, {d.year}"]
    parts += [f"Section: {KICKER_SECTION['en']}", "Source type: Newspaper", "Document type: News",
              f"ProQuest document ID: {rng.randrange(10 ** 9, 10 ** 10)}",
              f"Document URL: https://www.proquest.com/newspapers/docview/{rng.randrange(10 ** 9, 10 ** 10)}"]
    when = f"{ABBR['en'].split()[d.month - 1]} {d.day}, {d.year}" if d else ""
    parts += [f"Copyright: Copyright {a['source']} {when}".rstrip()] if a["source"] else []
    parts += [f"Last updated: {later(a['date'], rng, 10, 90)}", "Database: ProQuest Central", rule, "",
              "Contact ProQuest",
              f"Copyright © {later(a['date'], rng, 100, 120)[:4]} ProQuest LLC. All rights reserved."]
    return "\r\n".join("\r\n".join(p.split("\n")) for p in parts) + "\r\n", expect(a)


# A legal-and-news database's printout (Westlaw-like, English on every desk): the citation line `3/3/26 PUBLICATION
# A12` (month/day/two-digit year; the publication in capitals), the database number `2026 WLNR 1234567`, `Loaded Date:
# 03/04/2026` (a day later), the publication, `Copyright 2026 Publication`, the long date, the section, the title, the
# author's name alone (names on their own lines), the text, the index references, the word count and `End of Document
# © 2026 Thomson Reuters.` The loaded day is not the date; the database's owner is not the source. Rows the article
# lacks are left out (the site's domain stands in the citation for a missing publication).
def desk_s31_08(a, desk, rng):
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    pub = (a["source"] or "news.example.org").upper()
    cite = " ".join(x for x in [d and f"{d.month}/{d.day}/{d.year % 100:02d}", pub, f"A{rng.randrange(2, 30)}"] if x)
    loaded = datetime.date.fromisoformat(later(a["date"], rng, 1, 2))
    parts = [cite, f"{(d.year if d else loaded.year)} WLNR {rng.randrange(10 ** 6, 10 ** 7)}",
             f"Loaded Date: {loaded.month:02d}/{loaded.day:02d}/{loaded.year}"]
    if a["source"]:
        parts += [a["source"], f"Copyright {d.year if d else ''} {a['source']}".replace("  ", " ")]
    parts += [""] + ([long_date(a["date"], "en"), ""] if d else [])
    parts += [f"Section: {KICKER_SECTION['en']}", "", a["title"], ""]
    parts += a["authors"] + [""] if a["authors"] else []
    parts += ["\n\n".join(a["body"]), "", "---- Index References ----", "",
              f"News Subject: ({KICKER_SECTION['en']} (1BU42))", "",
              f"Word Count: {sum(len(p.split()) for p in a['body'])}",
              f"End of Document © {loaded.year} Thomson Reuters. No claim to original U.S. Government Works."]
    return "\n".join(parts) + "\n", expect(a)


ORG = {  # the file's title, the capture template's property names for publication, published, captured
    "en": ("Press review {y}", "PUBLICATION", "PUBLISHED", "CAPTURED"),
    "fr": ("Revue de presse {y}", "PUBLICATION", "PUBLIE", "CAPTURE"),
    "de": ("Pressespiegel {y}", "MEDIUM", "ERSCHIENEN", "ERFASST"),
    "es": ("Resumen de prensa {y}", "MEDIO", "PUBLICADO", "CAPTURADO"),
    "it": ("Rassegna stampa {y}", "TESTATA", "PUBBLICATO", "ACQUISITO"),
    "pt": ("Revista de imprensa {y}", "PUBLICACAO", "PUBLICADO", "CAPTURADO"),
}


def org_stamp(iso, desk, rng=None):
    """An Org-mode inactive time stamp with the desk's weekday abbreviation: `[2026-03-03 Di]`, `[… Di 09:12]`."""
    d = datetime.date.fromisoformat(iso)
    day = WEEKDAY_ABBR[desk].split()[d.weekday()]
    return f"[{iso} {day}" + (f" {clock(rng)}]" if rng else "]")


# An Org-mode file of the desk's captures: `#+TITLE:` the file's own title (the review and its year), `#+AUTHOR:` the
# colleague who keeps the file (not an author), then the capture: `* Title` with tags at the right, the properties
# drawer (`:AUTHOR:` the article's authors when signed, the publication and published date under the desk's
# property names, `:CAPTURED:` a later day with a time, `:URL:`), `:END:`, the text filled at 70. The file's title
# and owner are not the article's; the capture day is not the date.
def desk_s31_09(a, desk, rng):
    file_title, pub, published, captured = ORG[desk]
    head = f"* {a['title']}"
    head = head + " " * max(1, 77 - len(head) - 15) + ":press:review:"
    parts = [f"#+TITLE: {file_title.format(y=(a['date'] or '2026')[:4])}", f"#+AUTHOR: {colleague(a, rng)}",
             "#+STARTUP: overview", "", head, ":PROPERTIES:"]
    parts += [f":AUTHOR:   {', '.join(a['authors'])}"] if a["authors"] else []
    parts += [f":{pub}: {a['source']}"] if a["source"] else []
    parts += [f":{published}: {org_stamp(a['date'], desk)}"] if a["date"] else []
    parts += [f":{captured}: {org_stamp(later(a['date'], rng, 1, 30), desk, rng)}", f":URL:      {url(rng)}", ":END:",
              "", wrap(a["body"], 70)]
    return "\n".join(parts) + "\n", expect(a)


# A blog's export in the Movable Type import format, as a site moving its archive sends it: `AUTHOR:` (one person: the
# first author; no line when unsigned), `TITLE:`, `BASENAME:`, `STATUS:`, `ALLOW COMMENTS:`, `CONVERT BREAKS:`,
# `CATEGORY:`, `DATE: 03/03/2026 09:42:00 AM` (always month first, whatever the desk; no line when undated), `-----`,
# `BODY:` and the text, `-----`, `EXCERPT:`, `-----`, `KEYWORDS:`, `-----`, and sometimes a reader's `COMMENT:` with
# its own `AUTHOR:` and `DATE:` (a later day) before the closing `--------`. The commenter is not an author, the
# comment's day not the date. The format names no publication.
def desk_s31_10(a, desk, rng):
    def mt_date(iso):
        d = datetime.date.fromisoformat(iso)
        h = rng.randrange(0, 24)
        return f"{d.month:02d}/{d.day:02d}/{d.year} {h % 12 or 12:02d}:{rng.randrange(60):02d}:00 " \
               f"{'AM' if h < 12 else 'PM'}"

    parts = [f"AUTHOR: {a['authors'][0]}"] if a["authors"] else []
    slug = "_".join("".join(c for c in w.lower() if c.isalnum()) for w in a["title"].split()[:5])
    parts += [f"TITLE: {a['title']}", f"BASENAME: {slug}", "STATUS: Publish", "ALLOW COMMENTS: 1",
              "CONVERT BREAKS: richtext", f"CATEGORY: {KICKER_SECTION[desk]}"]
    parts += [f"DATE: {mt_date(a['date'])}"] if a["date"] else []
    parts += ["-----", "BODY:", "\n\n".join(a["body"]), "-----", "EXTENDED BODY:", "", "-----", "EXCERPT:",
              first_sentence(a["body"][0]), "-----", "KEYWORDS:", "", "-----"]
    if rng.random() < 0.6:
        who = colleague(a, rng)
        parts += ["COMMENT:", f"AUTHOR: {who}", f"EMAIL: {mailbox(who)}", "IP: 192.0.2.17", "URL: ",
                  f"DATE: {mt_date(later(a['date'], rng, 1, 20))}", "Thanks for this, very useful.", "-----"]
    parts += ["", "--------"]
    e = expect(a, source=False)
    e["authors"] = a["authors"][:1]
    return "\n".join(parts) + "\n", e


NEWSLINE = {  # edition line, section line, by, end, next
    "en": ("{p} text edition, {d}.", "{s} section, article {i} of {n}.", "By", "End of article.",
           "Next article:"),
    "fr": ("{p}, édition texte du {d}.", "Rubrique {s}, article {i} sur {n}.", "Par", "Fin de l'article.",
           "Article suivant :"),
    "de": ("{p}, Textausgabe vom {d}.", "Ressort {s}, Artikel {i} von {n}.", "Von", "Ende des Artikels.",
           "Nächster Artikel:"),
    "es": ("{p}, edición en texto del {d}.", "Sección {s}, artículo {i} de {n}.", "Por", "Fin del artículo.",
           "Siguiente artículo:"),
    "it": ("{p}, edizione testuale del {d}.", "Sezione {s}, articolo {i} di {n}.", "Di", "Fine dell'articolo.",
           "Articolo successivo:"),
    "pt": ("{p}, edição em texto de {d}.", "Secção {s}, artigo {i} de {n}.", "Por", "Fim do artigo.",
           "Artigo seguinte:"),
}
NEXT = {"en": "Council approves new budget for city libraries", "fr": "Le conseil adopte le budget des bibliothèques",
        "de": "Stadtrat beschließt Haushalt für Bibliotheken", "es": "El pleno aprueba el presupuesto de bibliotecas",
        "it": "Il consiglio approva il bilancio delle biblioteche",
        "pt": "Câmara aprova orçamento das bibliotecas municipais"}


# An accessible text edition for blind and partially sighted readers, mailed as plain text for a screen reader or
# braille display: the edition line (`Publication text edition, Tuesday, March 3, 2026.`: the edition's day is the
# publication date; an undated article's edition line names only the publication, or the service's own name when it
# names none), `Business section, article 3 of 12.`, a blank line, the title, `By A.` (when signed), the paragraphs
# separated by blank lines, `End of article.` and `Next article:` with the next item's headline. The next headline
# is not the title; the service's own name is not the source.
def desk_s31_12(a, desk, rng):
    edition, section, by, end, next_ = NEWSLINE[desk]
    name = a["source"] or "Newsline"
    if a["date"]:
        head = edition.format(p=name, d=long_date(a["date"], desk, weekday=True))
    else:
        head = edition.split(",")[0].format(p=name).rstrip(".") + "."
    n = rng.randrange(8, 30)
    parts = [head, section.format(s=KICKER_SECTION[desk], i=rng.randrange(1, n), n=n), "", a["title"], ""]
    if a["authors"]:
        parts += [f"{by} {joined(a['authors'], desk)}.", ""]
    parts += ["\n\n".join(a["body"]), "", end, "", f"{next_} {NEXT[desk]}"]
    return "\n".join(parts) + "\n", expect(a)


AUDIO = {  # intro (publication), intro (none), title sentence, by, published, read by, outro
    "en": ("This is the audio edition of {p}.", "This is an audio article.", "By {a}.", "Published {d}.",
           "Read by {r}.", "You've been listening to {p}."),
    "fr": ("Vous écoutez l'édition audio de {p}.", "Vous écoutez un article audio.", "Par {a}.", "Publié le {d}.",
           "Lu par {r}.", "C'était l'édition audio de {p}."),
    "de": ("Sie hören die Audioausgabe von {p}.", "Sie hören einen Audioartikel.", "Von {a}.",
           "Erschienen am {d}.", "Gelesen von {r}.", "Das war die Audioausgabe von {p}."),
    "es": ("Esta es la edición en audio de {p}.", "Este es un artículo en audio.", "Por {a}.", "Publicado el {d}.",
           "Leído por {r}.", "Ha escuchado la edición en audio de {p}."),
    "it": ("Questa è l'edizione audio di {p}.", "Questo è un articolo audio.", "Di {a}.", "Pubblicato il {d}.",
           "Letto da {r}.", "Avete ascoltato l'edizione audio di {p}."),
    "pt": ("Esta é a edição áudio de {p}.", "Este é um artigo áudio.", "Por {a}.", "Publicado a {d}.",
           "Lido por {r}.", "Ouviu a edição áudio de {p}."),
}


# A transcription service's export of a publication's audio edition (Rev-like, English on the service's lines): the
# recording's file name (`Title - audio.mp3`) with `(Completed 03/10/26)` (a later day), `Transcript by Rev.com`, then
# `Speaker 1 (00:00):` turns: the intro names the publication, the title as a sentence, `By A.`, `Published March 3,
# 2026.` and `Read by N.` (the narrator, not an author), each paragraph its own timed turn, and the outro. Fields the
# article lacks are not read out; the completion day is not the date.
def desk_s31_13(a, desk, rng):
    intro, anon, by, published, read, outro = AUDIO[desk]
    done = datetime.date.fromisoformat(later(a["date"], rng, 2, 30))
    stop = "" if a["title"][-1:] in ".?!…" else "."
    said = [intro.format(p=a["source"]) if a["source"] else anon, a["title"] + stop]
    said += [by.format(a=joined(a["authors"], desk))] if a["authors"] else []
    said += [published.format(d=long_date(a["date"], desk))] if a["date"] else []
    said.append(read.format(r=colleague(a, rng)))
    turns, t = [" ".join(said)], 0
    turns += a["body"]
    parts = [f"{a['title']} - audio.mp3 (Completed {done.month:02d}/{done.day:02d}/{done.year % 100:02d})",
             "Transcript by Rev.com", ""]
    for text in turns:
        parts += [f"Speaker 1 ({t // 60:02d}:{t % 60:02d}):", text, ""]
        t += max(4, len(text.split()) * 60 // 150)
    if a["source"]:
        parts += [f"Speaker 1 ({t // 60:02d}:{t % 60:02d}):", outro.format(p=a["source"]), ""]
    return "\n".join(parts), expect(a)


# An Italian clipping service's page (rassegna stampa, Italian labels on every desk, as the service prints them): in
# the right-hand column `Quotidiano`, `Data 03-03-2026`, `Pagina 12`, `Foglio 1/2`; the masthead (the publication,
# when named), the circulation line (`Tiratura`, `Diffusione`, `Lettori`), `Dir. Resp.:` the paper's editor-in-chief
# (not an author), then the title, the byline (`di A` or the names in capitals), the text, and the service's
# reproduction notice. The editor-in-chief is not an author; the circulation figures are no date.
def desk_s31_14(a, desk, rng):
    pad = " " * 48
    right = ["Quotidiano"] + ([f"Data     {a['date'][8:]}-{a['date'][5:7]}-{a['date'][:4]}"] if a["date"] else [])
    right += [f"Pagina   {rng.randrange(2, 40)}", f"Foglio   1/{rng.randrange(1, 3)}"]
    parts = [pad + r for r in right] + [""]
    parts += [a["source"].upper(), ""] if a["source"] else []
    parts += [f"Tiratura: {rng.randrange(20, 300)}.{rng.randrange(100, 999)}   Diffusione: {rng.randrange(10, 200)}."
              f"{rng.randrange(100, 999)}   Lettori: {rng.randrange(100, 2000) * 1000:,}".replace(",", "."),
              f"Dir. Resp.: {colleague(a, rng)}", "", a["title"]]
    if a["authors"]:
        parts.append("di " + joined(a["authors"], "it") if rng.random() < 0.5 else joined(a["authors"], "it").upper())
    parts += ["", "\n\n".join(a["body"]), "",
              "Ritaglio stampa ad uso esclusivo del destinatario, non riproducibile."]
    return "\n".join(parts) + "\n", expect(a)


MEMO = {  # heading, to, from, date, subject, cc, note, article word
    "en": ("MEMORANDUM", "TO:", "FROM:", "DATE:", "RE:", "CC:", "For your information, the article below concerns "
           "our programme.", "Article"),
    "fr": ("NOTE INTERNE", "À :", "DE :", "DATE :", "OBJET :", "COPIE :", "Pour information, l'article ci-dessous "
           "concerne notre programme.", "Article"),
    "de": ("AKTENNOTIZ", "An:", "Von:", "Datum:", "Betreff:", "Kopie:", "Zur Kenntnis: Der folgende Artikel betrifft "
           "unser Programm.", "Artikel"),
    "es": ("MEMORÁNDUM", "PARA:", "DE:", "FECHA:", "ASUNTO:", "CC:", "Para su información, el artículo siguiente "
           "afecta a nuestro programa.", "Artículo"),
    "it": ("PROMEMORIA", "A:", "DA:", "DATA:", "OGGETTO:", "CC:", "Per conoscenza, l'articolo che segue riguarda il "
           "nostro programma.", "Articolo"),
    "pt": ("MEMORANDO", "PARA:", "DE:", "DATA:", "ASSUNTO:", "CC:", "Para conhecimento, o artigo abaixo diz respeito "
           "ao nosso programa.", "Artigo"),
}


# An internal memo saved as text: the heading, TO (the minister's office), FROM (a colleague and their unit), DATE (the
# memo's own later day), RE naming the article with its headline in quotes and, in parentheses, whichever of
# publication and date it has (`RE: Article “Title” (Publication, March 3, 2026)`), CC, a rule, the note, then the
# pasted article without its headline: byline (when signed) and text. The memo's sender and day are not the
# article's.
def desk_s31_15(a, desk, rng):
    heading, to, from_, date_, re_, cc, note, word = MEMO[desk]
    quote = {"en": "“{}”", "fr": "« {} »", "de": "„{}“"}.get(desk, "«{}»")
    ref = ", ".join(x for x in [a["source"], a["date"] and long_date(a["date"], desk)] if x)
    sender = colleague(a, rng)
    width = max(len(x) for x in (to, from_, date_, re_, cc)) + 1
    rows = [(to, "Cabinet"), (from_, f"{sender}, Communication"),
            (date_, long_date(later(a["date"], rng, 1, 6), desk)),
            (re_, f"{word} {quote.format(a['title'])}" + (f" ({ref})" if ref else "")), (cc, "Press office")]
    parts = [heading, ""] + [f"{k:<{width}}{v}" for k, v in rows] + ["_" * 60, "", note, ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts += [wrap(a["body"], 76), "", sender.split()[0][0] + sender.split()[-1][0]]
    return "\n".join(parts) + "\n", expect(a)


USENET = {"en": "uk.politics.misc", "fr": "fr.soc.politique", "de": "de.soc.politik.misc", "es": "es.charla.politica",
          "it": "it.politica", "pt": "pt.soc.politica"}
POSTED_NOTE = {"en": "Interesting piece, posted for discussion.", "fr": "Article intéressant, pour la discussion.",
               "de": "Interessanter Artikel, zur Diskussion gestellt.", "es": "Artículo interesante, para debatir.",
               "it": "Articolo interessante, per la discussione.", "pt": "Artigo interessante, para discussão."}


# A newsgroup post saved from a newsreader (hard-wrapped at 72): Path, From (the poster), Newsgroups, Subject (the
# headline), Date (the post's own later day, RFC form), Message-ID, Organization, Lines, User-Agent; the poster's note,
# the byline (when signed), the text, then the desk's source label with `Publication, date` (whichever it has) and the
# link, and the poster's signature after `-- `. The poster is not an author, the post's day not the date.
def desk_s31_17(a, desk, rng):
    poster = colleague(a, rng)
    body = [POSTED_NOTE[desk], ""]
    body += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    body += [wrap(a["body"], 72), ""]
    ref = meta_line(a, desk, sep=", ")
    body += [f"{LABELS[desk][3]} {ref}" if ref else LABELS[desk][3], url(rng), "", "-- ", poster]
    text = "\n".join(body)
    parts = ["Path: news.example.net!not-for-mail", f"From: {poster} <{mailbox(poster, 'example.net')}>",
             f"Newsgroups: {USENET[desk]}", f"Subject: {a['title']}",
             f"Date: {rfc_date(later(a['date'], rng, 1, 10), rng)}",
             f"Message-ID: <{rng.getrandbits(48):012x}@news.example.net>", "Organization: Example Net",
             f"Lines: {text.count(chr(10)) + 1}", "User-Agent: slrn/1.0.3 (Linux)", "", text]
    return "\n".join(parts) + "\n", expect(a)


ACROBAT = {  # summary heading, page, number, author, subject, date, highlight, note, the note's text
    "en": ("Summary of Comments on {f}", "Page: 1", "Number: {n}", "Author: {a}", "Subject: {s}", "Date: {d}",
           "Highlight", "Sticky Note", "For Thursday's review, see second paragraph."),
    "fr": ("Résumé des commentaires sur {f}", "Page : 1", "Numéro : {n}", "Auteur : {a}", "Objet : {s}", "Date : {d}",
           "Texte surligné", "Note", "Pour la revue de jeudi, voir le 2e paragraphe."),
    "de": ("Zusammenfassung der Kommentare zu {f}", "Seite: 1", "Nummer: {n}", "Verfasser: {a}", "Betreff: {s}",
           "Datum: {d}", "Hervorheben", "Notiz", "Für den Pressespiegel am Donnerstag, siehe 2. Absatz."),
    "es": ("Resumen de comentarios sobre {f}", "Página: 1", "Número: {n}", "Autor: {a}", "Asunto: {s}", "Fecha: {d}",
           "Resaltar", "Nota", "Para el resumen del jueves, ver el segundo párrafo."),
    "it": ("Riepilogo dei commenti su {f}", "Pagina: 1", "Numero: {n}", "Autore: {a}", "Oggetto: {s}", "Data: {d}",
           "Evidenziazione", "Nota", "Per la rassegna di giovedì, vedi secondo paragrafo."),
    "pt": ("Resumo dos comentários em {f}", "Página: 1", "Número: {n}", "Autor: {a}", "Assunto: {s}", "Data: {d}",
           "Realce", "Nota", "Para a revista de quinta-feira, ver o segundo parágrafo."),
}


# A clipping PDF annotated by a colleague, saved as text with the reader's comment summary after the page: the page
# (masthead sometimes, title, byline when signed, the site's date stamp when dated, the text), a form feed, then the
# summary: its heading naming the file, `Page: 1`, and per comment `Number: 1  Author: Carmen Ortiz  Subject:
# Highlight  Date: 10/03/2026 09:12:40` (the annotator and a later day, in the desk's numeric form) with the
# highlighted sentence or the note's text. The annotator is not an author, the comment's day not the date; the source
# is the masthead when printed (none otherwise).
def desk_s31_18(a, desk, rng):
    heading, page, number, author, subject, date_, hl, sticky, text = ACROBAT[desk]
    top = masthead(a, rng, 0.6)
    parts = ([top, ""] if top else []) + [a["title"], ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    who = colleague(a, rng)
    d = datetime.date.fromisoformat(later(a["date"], rng, 2, 15))
    day = f"{d.month}/{d.day}/{d.year}" if desk == "en" else numeric_date(d.isoformat(), desk)
    h, m = rng.randrange(7, 18), rng.randrange(40)
    when = [f"{day} {h:02d}:{m + k * rng.randrange(2, 9):02d}:{rng.randrange(60):02d}" for k in (0, 1)]
    comments = [heading.format(f=f"clipping_{rng.randrange(1000, 9999)}.pdf"), "", page]
    for n, (s, body, w) in enumerate([(hl, first_sentence(a["body"][-1]), when[0]), (sticky, text, when[1])], 1):
        comments += ["  ".join([number.format(n=n), author.format(a=who), subject.format(s=s), date_.format(d=w)]),
                     body, ""]
    return "\n".join(parts) + "\n\f" + "\n".join(comments), e_with(a, source=top)


# A reference manager's tagged export (EndNote/Refer), then the text: `%0 Newspaper Article`, one `%A Roux, Hélène`
# per author, `%T` the title, `%B` the newspaper, `%D` the year alone and `%8` the day and month as the desk writes
# them (`3. März`), `%&` section, `%P` page, `%U` link, `%[` the access day (later, numeric), `%X` the first sentence,
# `%G` the language; a blank line and the full text. The date is %D and %8 together; the access day is not it.
def desk_s31_19(a, desk, rng):
    rows = ["%0 Newspaper Article"] + [f"%A {family_first(n)}" for n in a["authors"]] + [f"%T {a['title']}"]
    rows += [f"%B {a['source']}"] if a["source"] else []
    rows += [f"%D {a['date'][:4]}", f"%8 {day_month(a['date'], desk)}"] if a["date"] else []
    rows += [f"%& {KICKER_SECTION[desk]}", f"%P {rng.randrange(2, 40)}", f"%U {url(rng)}",
             f"%[ {numeric_date(later(a['date'], rng, 15, 200), desk)}", f"%X {first_sentence(a['body'][0])}",
             f"%G {LANGUAGE[desk]}"]
    return "\n".join(rows) + "\n\n" + "\n\n".join(a["body"]) + "\n", expect(a)


def flowed(paragraph, width=66):
    """A paragraph as format=flowed lines: each soft break keeps a trailing space; lines that would start with
    `From `, `>` or a space are space-stuffed (RFC 3676)."""
    lines = textwrap.wrap(paragraph, width, break_on_hyphens=False)
    out = [line + " " if i < len(lines) - 1 else line for i, line in enumerate(lines)]
    return "\n".join(" " + x if x.startswith(("From ", ">", " ")) else x for x in out)


def folded(name, value, width=78):
    """A mail header folded at spaces as RFC 5322 allows: continuation lines start with a space."""
    words, lines, line = value.split(" "), [], f"{name}:"
    for w in words:
        if len(line) + 1 + len(w) > width and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + w
    return "\n".join(lines + [line])


# A publication's morning newsletter saved from a terminal mail client (format=flowed, LF): Date (the sending day, a
# day or two after the article), From (`Publication <newsletter@…>`, or `Newsletter` when it names none), To, Subject
# (the headline, folded over continuation lines when long), the MIME headers with `format=flowed`, then: the title
# (sometimes), the byline, `Publication – date`, the text as flowed lines (a trailing space at each soft break,
# `From ` and `>` space-stuffed), the unsubscribe footer after `-- `. The sending day is not the date.
def desk_s31_20(a, desk, rng):
    sender = a["source"] or "Newsletter"
    parts = [f"Date: {rfc_date(later(a['date'], rng, 1, 2), rng)}", f'From: "{sender}" <newsletter@news.example.org>',
             "To: press@example.org", folded("Subject", a["title"]), "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8; format=flowed", "Content-Transfer-Encoding: 8bit", ""]
    parts += [flowed(a["title"]), ""] if rng.random() < 0.5 else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += [""] + ["\n\n".join(flowed(p) for p in a["body"]), "", "-- ",
                     "Unsubscribe: https://news.example.org/newsletter/unsubscribe"]
    return "\n".join(parts) + "\n", expect(a)


WIKI = {  # source heading, category, cite template with its parameter names
    "en": ("Source", "Category:Press review", "cite news", ("last", "first"), "title", "work", "date", "access-date"),
    "fr": ("Source", "Catégorie:Revue de presse", "Article", ("nom", "prénom"), "titre", "périodique", "date",
           "consulté le"),
    "de": ("Quelle", "Kategorie:Pressespiegel", "Internetquelle", None, "titel", "werk", "datum", "abruf"),
    "es": ("Fuente", "Categoría:Resumen de prensa", "Cita noticia", ("apellido", "nombre"), "título", "periódico",
           "fecha", "fechaacceso"),
    "it": ("Fonte", "Categoria:Rassegna stampa", "Cita news", None, "titolo", "pubblicazione", "data", "accesso"),
    "pt": ("Fonte", "Categoria:Revista de imprensa", "Citar jornal", ("último", "primeiro"), "título", "jornal",
           "data", "acessodata"),
}


# A page of the desk's internal wiki in MediaWiki markup, as the edit box shows it: a maintenance template, `==
# Title ==` as the section heading, the text, then `=== Source ===` (in the desk's language) with one bullet holding
# the wiki's citation template in the desk language's Wikipedia form (`{{cite news |last1=Roux |first1=Hélène |title=…
# |work=Publication |date=3 March 2026 |access-date=10 April 2026 |url=…}}`; German `{{Internetquelle |autor=Hélène
# Roux |datum=2026-03-03 |abruf=2026-04-10 …}}`; only the parameters the article has), and the category link. The
# access day is not the date.
def desk_s31_22(a, desk, rng):
    src, category, template, split, title_, work_, date_, access_ = WIKI[desk]
    iso = desk == "de"
    params = []
    if a["authors"]:
        if split:
            for i, n in enumerate(a["authors"], 1):
                family, given = family_first(n).split(", ", 1) if " " in n else (n, "")
                params += [f"{split[0]}{i}={family}", f"{split[1]}{i}={given}"]
        else:
            params.append(f"{'autor' if desk == 'de' else 'autore'}={', '.join(a['authors'])}")
    params += [f"url={url(rng)}", f"{title_}={a['title'].replace('|', '{{!}}')}"]
    params += [f"{work_}={a['source']}"] if a["source"] else []
    params += [f"{date_}={a['date'] if iso else long_date(a['date'], desk)}"] if a["date"] else []
    seen = later(a["date"], rng, 10, 120)
    params.append(f"{access_}={seen if iso else long_date(seen, desk)}")
    parts = ["{{Pressespiegel|Status=erledigt}}" if desk == "de" else "{{Review|status=done}}", "",
             f"== {a['title']} ==", "", "\n\n".join(a["body"]), "", f"=== {src} ===",
             "* {{" + template + " |" + " |".join(params) + "}}", "", f"[[{category} {(a['date'] or seen)[:4]}]]"]
    return "\n".join(parts) + "\n", expect(a)


# A developer's news-API fetch saved for the desk: the API's JSON response (two-space indent, not ASCII-escaped)
# with one article: `source.name` (the publication, or the site's domain when it names none: then no source),
# `author` (the names joined by `, `; null when unsigned), `title` (the headline with ` - Publication` appended when
# named), description, url, `publishedAt` in UTC (`2026-03-03T08:42:00Z`; null when undated) and the cut `content`
# (`… [+3021 chars]`); then a blank line and the whole text. The title is the part before the suffix.
def desk_s31_23(a, desk, rng):
    text = "\n\n".join(a["body"])
    cut = a["body"][0][:190].rsplit(" ", 1)[0]
    item = {"source": {"id": None, "name": a["source"] or "news.example.org"},
            "author": ", ".join(a["authors"]) or None,
            "title": f"{a['title']} - {a['source']}" if a["source"] else a["title"],
            "description": first_sentence(a["body"][0]), "url": url(rng),
            "urlToImage": f"https://news.example.org/img/{rng.randrange(10 ** 6)}.jpg",
            "publishedAt": a["date"] and f"{a['date']}T{rng.randrange(6, 21):02d}:{rng.randrange(60):02d}:00Z",
            "content": f"{cut}… [+{max(1, len(text) - len(cut))} chars]"}
    response = {"status": "ok", "totalResults": 1, "articles": [item]}
    return json.dumps(response, indent=2, ensure_ascii=False) + "\n\n" + text + "\n", expect(a)


# ---- held-out members of BLIND_S31 below: whoever tunes the reader never reads past this line ----

CARD = {  # subject, title, author, source, date, page, shelf mark, entered, clerk
    "en": ("Subj.:", "Ttl.:", "Auth.:", "Src.:", "Dt.:", "P.:", "Shelf:", "Ent.:", "Clk.:"),
    "fr": ("Rub.:", "Tit.:", "Aut.:", "Src.:", "Dt.:", "P.:", "Cote:", "Saisi:", "Réd.:"),
    "de": ("Sachgeb.:", "Tit.:", "Verf.:", "Qu.:", "Dat.:", "S.:", "Sign.:", "Erf.:", "Bearb.:"),
    "es": ("Mat.:", "Tít.:", "Aut.:", "Fte.:", "Fch.:", "Pág.:", "Sig.:", "Reg.:", "Doc.:"),
    "it": ("Sogg.:", "Tit.:", "Aut.:", "Fonte:", "Dt.:", "Pag.:", "Coll.:", "Ins.:", "Op.:"),
    "pt": ("Ass.:", "Tít.:", "Aut.:", "Fte.:", "Dt.:", "Pág.:", "Cota:", "Reg.:", "Op.:"),
}


def two_digit(iso):
    """`2026-03-03` -> `03.03.26`, the form of a documentation card's date stamps."""
    return f"{iso[8:]}.{iso[5:7]}.{iso[2:4]}"


# A press-documentation index card typed into the archive's database and printed as text: abbreviated labels in the
# desk's language, aligned (subject, title, authors as `Family, Given` joined by ` / `, source, date as `03.03.26`,
# page, shelf mark, the day the card was entered (later, same short form), the clerk's initials), a rule, the text.
# Rows the article lacks are left out. The entry day is not the date, the clerk no author.
def desk_s31_03(a, desk, rng):
    subj, tit, aut, src, dat, page, shelf, ent, clerk = CARD[desk]
    rows = [(subj, KICKER_SECTION[desk]), (tit, a["title"])]
    rows += [(aut, " / ".join(family_first(n) for n in a["authors"]))] if a["authors"] else []
    rows += [(src, a["source"])] if a["source"] else []
    rows += [(dat, two_digit(a["date"]))] if a["date"] else []
    who = colleague(a, rng).split()
    rows += [(page, str(rng.randrange(1, 40))), (shelf, f"{KICKER_SECTION[desk][:3].upper()} {rng.randrange(100, 999)}"
                                                       f"/{rng.randrange(10, 99)}"),
             (ent, two_digit(later(a["date"], rng, 3, 40))), (clerk, who[0][0] + who[-1][0])]
    parts = [f"{k:<10}{v}" for k, v in rows] + ["=" * 64, "", wrap(a["body"], 64)]
    return "\n".join(parts) + "\n", expect(a)


APPLE = {  # sent from, begin forwarded, from, date, to, subject, date format
    "en": ("Sent from my iPhone", "Begin forwarded message:", "From:", "Date:", "To:", "Subject:",
           "{d} {M} {y} at {t} CET"),
    "fr": ("Envoyé de mon iPhone", "Début du message réexpédié :", "De :", "Date :", "À :", "Objet :",
           "{d} {M} {y} à {t} UTC+1"),
    "de": ("Von meinem iPhone gesendet", "Anfang der weitergeleiteten Nachricht:", "Von:", "Datum:", "An:",
           "Betreff:", "{d}. {M} {y} um {t} MEZ"),
    "es": ("Enviado desde mi iPhone", "Inicio del mensaje reenviado:", "De:", "Fecha:", "Para:", "Asunto:",
           "{d} de {M} de {y}, {t} CET"),
    "it": ("Inviato da iPhone", "Inizio messaggio inoltrato:", "Da:", "Data:", "A:", "Oggetto:",
           "{d} {M} {y} alle ore {t} CET"),
    "pt": ("Enviado do meu iPhone", "Início da mensagem reencaminhada:", "De:", "Data:", "Para:", "Assunto:",
           "{d} de {M} de {y}, {t} CET"),
}


# A newsletter forwarded from a phone's mail app and saved as text: `Sent from my iPhone`, the desk language's
# forward banner, then the forwarded message quoted with `> ` on every line: From (`Publication <newsletter@…>`, or
# `Newsletter` when it names none), Date (the mail's day, a day after the article, in the phone's long form with the
# time), To (the colleague), Subject (the headline), an empty quoted line, then the newsletter's text: title,
# byline, `Publication – date`, text. The mail's day is not the date, the colleague no author.
def desk_s31_05(a, desk, rng):
    sent, banner, from_, date_, to_, subject, fmt = APPLE[desk]
    who = colleague(a, rng)
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 1))
    when = fmt.format(d=d.day, M=MONTHS[desk].split()[d.month - 1], y=d.year, t=f"{clock(rng)}:{rng.randrange(60):02d}")
    quoted = [f"{from_} {a['source'] or 'Newsletter'} <newsletter@news.example.org>", f"{date_} {when}",
              f"{to_} {who} <{mailbox(who)}>", f"{subject} {a['title']}", "", a["title"]]
    quoted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    quoted += [meta] if meta else []
    quoted += [""] + "\n\n".join(a["body"]).split("\n")
    parts = [sent, "", banner, ""] + [("> " + q).rstrip() for q in quoted]
    return "\n".join(parts) + "\n", expect(a)


def tex(s):
    """Escapes the characters BibTeX exports escape (`&`, `%`, `$`, `#`, `_`)."""
    for c in "&%$#_":
        s = s.replace(c, "\\" + c)
    return s


# A reference manager's BibLaTeX export pasted with the text under it: `@article{key,` then tab-indented fields in the
# manager's order: title (in braces, `&` `%` `_` escaped), url, abstract (the first sentence), language, `urldate`
# (the later day it was saved, ISO), journaltitle (the publication, when named), author (`Roux, Hélène and Krüger,
# Stefan`, when signed), date (ISO, when dated), note (the section), then `}`; a blank line and the text. The title is
# read without the escapes; urldate is not the date.
def desk_s31_06(a, desk, rng):
    key = (a["authors"][0].split()[-1].lower() if a["authors"] else "anon") + "_" + \
        "".join(c for c in a["title"].split()[0].lower() if c.isalnum()) + "_" + (a["date"] or "nd")[:4]
    fields = [("title", "{" + tex(a["title"]) + "}"), ("url", url(rng)),
              ("abstract", tex(first_sentence(a["body"][0]))), ("language", desk), ("urldate", later(a["date"], rng, 5, 300))]
    fields += [("journaltitle", tex(a["source"]))] if a["source"] else []
    fields += [("author", " and ".join(family_first(n) for n in a["authors"]))] if a["authors"] else []
    fields += [("date", a["date"])] if a["date"] else []
    fields += [("note", f"Section: {KICKER_SECTION[desk]}")]
    entry = f"@article{{{key},\n" + ",\n".join(f"\t{k} = {{{v}}}" for k, v in fields) + "\n}"
    return entry + "\n\n" + "\n\n".join(a["body"]) + "\n", expect(a)


# A page converted to Markdown by an HTML-to-text converter (html2text, wrapped at 78): the masthead as an image
# link (`[![Publication](…/logo.png)](…)`, sometimes), a skip link, the menu as a bullet list of links, `# Title`, the
# byline with each name a link to its author page (`By [Hélène Roux](…/authors/roux) and [Stefan Krüger](…)`), the
# date in underscores (`_March 3, 2026_`), the text wrapped, an image, the share links in bold. The source is the
# image link's text when printed (none otherwise).
def desk_s31_07(a, desk, rng):
    top = masthead(a, rng, 0.6)
    site = "https://news.example.org"
    menu = [f"  * [{s}]({site}/{s.lower()})" for s in ["World", KICKER_SECTION[desk], "Sport"]]
    parts = ([f"[![{top}]({site}/static/logo.png)]({site}/)", ""] if top else []) + \
        ["[Skip to content](#main)", ""] + menu + ["", f"# {a['title']}", ""]
    if a["authors"]:
        by, conj = BY[desk]
        links = [f"[{n}]({site}/authors/{mailbox(n).split('@')[0].replace('.', '-')})" for n in a["authors"]]
        parts += [textwrap.fill(f"{by} " + (links[0] if len(links) == 1 else ", ".join(links[:-1]) + f" {conj} "
                                             + links[-1]), 78, break_on_hyphens=False, break_long_words=False), ""]
    parts += [f"_{long_date(a['date'], desk)}_", ""] if a["date"] else []
    parts += [wrap(a["body"][:1], 78), "", f"![]({site}/img/{rng.randrange(10 ** 6)}.jpg)", "", wrap(a["body"][1:], 78),
              "", f"**Share:** [Facebook]({site}/share/fb) [X]({site}/share/x) [Mail](mailto:?subject=share)"]
    return "\n".join(parts) + "\n", e_with(a, source=top)


# A feed-to-mail automation's message (IFTTT-like, English on every desk) as saved from the mail client: From (the
# service), Subject (`[News] Title`), Date (the mail's later day), then the applet's template: the title, the link,
# `by A` (the bare `by` when the item has no author), the item's date as `March 03, 2026 at 09:42AM` (an empty line
# when it has none), the feed's title (the publication, or the site's domain when it names none: then no source), the
# text, `via IFTTT` and the applet's links. The mail's day is not the date.
def desk_s31_11(a, desk, rng):
    feed = a["source"] or "news.example.org"
    parts = ["From: IFTTT <action@ifttt.com>", f"Subject: [News] {a['title']}",
             f"Date: {rfc_date(later(a['date'], rng, 1, 3), rng)}", "To: press@example.org", "", a["title"], url(rng),
             "by " + ", ".join(a["authors"]) if a["authors"] else "by"]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        h = rng.randrange(0, 24)
        parts.append(f"{MONTHS['en'].split()[d.month - 1]} {d.day:02d}, {d.year} at {h % 12 or 12:02d}:"
                     f"{rng.randrange(60):02d}{'AM' if h < 12 else 'PM'}")
    else:
        parts.append("")
    parts += [feed, "", "\n\n".join(a["body"]), "", "via IFTTT", "Manage this Applet: https://ifttt.com/applets/"
              f"{rng.getrandbits(32):08x}", "Unsubscribe from these notifications or sign in to manage your applets."]
    return "\n".join(parts) + "\n", expect(a)


ASKS = {"en": ("Can you add this to tomorrow's review?", "Done, thanks!"),
        "fr": ("Tu peux l'ajouter à la revue de demain ?", "C'est fait, merci !"),
        "de": ("Kannst du das in den Pressespiegel von morgen nehmen?", "Erledigt, danke!"),
        "es": ("¿Puedes añadirlo al resumen de mañana?", "Hecho, ¡gracias!"),
        "it": ("Puoi aggiungerlo alla rassegna di domani?", "Fatto, grazie!"),
        "pt": ("Podes juntar isto à revista de amanhã?", "Feito, obrigada!")}


# A phone's message history exported as text by a command-line exporter (English time stamps on every desk): each
# message is a stamp `Mar 05, 2026  9:12:40 AM` (a later day; the first with `(Read by you after 2 minutes)`), the
# sender's name (a colleague, or `Me`), and the message: the colleague's ask, then the pasted article (title,
# `Publication · date`, byline, text), then the reply. The colleague is not an author, the messages' day not the date.
def desk_s31_16(a, desk, rng):
    ask, done = ASKS[desk]
    who = colleague(a, rng)
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 5))
    h, m = rng.randrange(7, 18), rng.randrange(50)

    def at(extra):
        hh, mm = h + (m + extra) // 60, (m + extra) % 60
        return f"{ABBR['en'].split()[d.month - 1]} {d.day:02d}, {d.year}  {hh % 12 or 12}:{mm:02d}:" \
               f"{rng.randrange(60):02d} {'AM' if hh < 12 else 'PM'}"

    article = [a["title"]]
    meta = meta_line(a, desk, sep=" · ")
    article += [meta] if meta else []
    article += [byline(a["authors"], desk, rng)] if a["authors"] else []
    article += ["", "\n\n".join(a["body"])]
    parts = [f"{at(0)} (Read by you after 2 minutes)", who, ask, "", at(1), who] + article + ["", at(9), "Me", done]
    return "\n".join(parts) + "\n", expect(a)


def enex_stamp(iso, rng):
    return f"{iso.replace('-', '')}T{rng.randrange(6, 20):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}Z"


# A notes app's export file (Evernote ENEX XML): `en-export` with its export-date, one `note` with the note's title
# (the headline), created and updated stamps (later days), a tag, `note-attributes` with `<author>` (the colleague who
# clipped it, not the article's author) and the source URL, then the content as ENML inside CDATA: the masthead
# (sometimes) in a div, `<h1>` title, the byline, the date, the paragraphs as divs (HTML-escaped). The source is the
# masthead when printed (none otherwise); the note's stamps are not the date.
def desk_s31_21(a, desk, rng):
    top = masthead(a, rng, 0.5)
    created = later(a["date"], rng, 1, 30)
    enml = ([f"<div><b>{escape(top)}</b></div>"] if top else []) + [f"<h1>{escape(a['title'])}</h1>"]
    enml += [f"<div>{escape(byline(a['authors'], desk, rng))}</div>"] if a["authors"] else []
    enml += [f"<div>{escape(long_date(a['date'], desk))}</div>"] if a["date"] else []
    enml += [f"<div>{escape(p)}</div><div><br/></div>" for p in a["body"]]
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
             f'<en-export export-date="{enex_stamp(later(created, rng, 1, 9), rng)}" application="Evernote" '
             'version="10.80.3">', "  <note>", f"    <title>{escape(a['title'])}</title>",
             f"    <created>{enex_stamp(created, rng)}</created>", f"    <updated>{enex_stamp(later(created, rng, 1, 5), rng)}</updated>",
             f"    <tag>{KICKER_SECTION[desk]}</tag>", "    <note-attributes>",
             f"      <author>{colleague(a, rng)}</author>", "      <source>web.clip7</source>",
             f"      <source-url>{url(rng)}</source-url>", "    </note-attributes>", "    <content>",
             '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
             '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">', "<en-note>" + "".join(enml) +
             "</en-note>]]>", "    </content>", "  </note>", "</en-export>"]
    return "\n".join(parts) + "\n", e_with(a, source=top)


# A group chat's export from a desktop messenger (Telegram-like `result.json`, one-space indent, not ASCII-escaped):
# the chat's name and type, then one message: its id, the forward's day (later, ISO with time), `from` (the colleague
# who forwarded it), `forwarded_from` (the publication's channel, or a person's when it names none: then no source),
# and `text` as a list of entities: the title in bold, the meta line (`Publication · date`) in italics, the byline
# (`✍️ A`), the paragraphs as plain strings and a `text_link` `Read more`. The forward's day is not the date.
def desk_s31_26(a, desk, rng):
    who = colleague(a, rng)
    d = later(a["date"], rng, 1, 4)
    text = [{"type": "bold", "text": a["title"]}, "\n"]
    meta = meta_line(a, desk, sep=" · ")
    text += [{"type": "italic", "text": meta}, "\n"] if meta else []
    text += [f"\n✍️ {joined(a['authors'], desk)}\n"] if a["authors"] else []
    text += ["\n" + "\n\n".join(a["body"]) + "\n\n", {"type": "text_link", "text": "Read more", "href": url(rng)}]
    message = {"id": rng.randrange(1000, 99999), "type": "message",
               "date": f"{d}T{clock(rng)}:{rng.randrange(60):02d}", "from": who,
               "from_id": f"user{rng.randrange(10 ** 8, 10 ** 9)}",
               "forwarded_from": a["source"] or colleague(a, rng), "text": text}
    chat = {"name": "Press desk", "type": "private_supergroup", "id": rng.randrange(10 ** 9, 10 ** 10),
            "messages": [message]}
    return json.dumps(chat, indent=1, ensure_ascii=False) + "\n", expect(a)


LIBRARY = {  # record labels: periodical's title, publisher, date, type, language, identifier, source, online since,
    # text mode, unknown title, the library
    "en": ("Title:", "Publisher:", "Publication date:", "Type: text, printed serial", "Language:", "Identifier:",
           "Source:", "Online since:", "Text mode (OCR)", "[Unidentified newspaper]", "National Library"),
    "fr": ("Titre :", "Éditeur :", "Date d'édition :", "Type : texte, publication en série imprimée", "Langue :",
           "Identifiant :", "Source :", "Date de mise en ligne :", "Mode texte (OCR)", "[Titre non identifié]",
           "Bibliothèque nationale"),
    "de": ("Titel:", "Verlag:", "Erscheinungsdatum:", "Typ: Text, Zeitung", "Sprache:", "Kennung:", "Quelle:",
           "Online seit:", "Volltext (OCR)", "[Unbekannte Zeitung]", "Staatsbibliothek"),
    "es": ("Título:", "Editor:", "Fecha de publicación:", "Tipo: texto, publicación seriada", "Idioma:",
           "Identificador:", "Fuente:", "En línea desde:", "Modo texto (OCR)", "[Periódico no identificado]",
           "Biblioteca Nacional"),
    "it": ("Titolo:", "Editore:", "Data di pubblicazione:", "Tipo: testo, periodico a stampa", "Lingua:",
           "Identificativo:", "Fonte:", "Online dal:", "Modalità testo (OCR)", "[Testata non identificata]",
           "Biblioteca Nazionale"),
    "pt": ("Título:", "Editor:", "Data de publicação:", "Tipo: texto, publicação periódica", "Língua:",
           "Identificador:", "Fonte:", "Em linha desde:", "Modo texto (OCR)", "[Jornal não identificado]",
           "Biblioteca Nacional"),
}


# A national library's digitised-newspaper record, copied with its OCR text (labels in the desk's language): the
# record's `Title:` is the PERIODICAL's name (the publication; an unidentified-newspaper placeholder when it names
# none: then no source), publisher, publication date (the ISO date, when dated), type, language, an ark
# identifier, `Source:` the library, `Online since:` (a later day), then the text-mode label and the page's OCR text:
# the article's headline, byline, text. The headline is the article's, not the record's title; the library is not
# the source, the online day not the date.
def desk_s31_28(a, desk, rng):
    title_, publisher, date_, type_, lang_, ident, source_, online, mode, unknown, library = LIBRARY[desk]
    rows = [f"{title_} {a['source'] or unknown}", f"{publisher} [s.n.]"]
    rows += [f"{date_} {a['date']}"] if a["date"] else []
    rows += [type_, f"{lang_} {LANGUAGE[desk]}", f"{ident} ark:/12148/bpt6k{rng.randrange(10 ** 6, 10 ** 7)}",
             f"{source_} {library}", f"{online} {later(a['date'], rng, 200, 900)}", "", mode, "", a["title"], ""]
    rows += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    return "\n".join(rows) + "\n" + wrap(a["body"], 60) + "\n", expect(a)


# A news-fetching e-book tool's article, converted to text: the book's title (`Publication [Tue, 10 Mar 2026]`, the
# day it was fetched, later; `News [...]` when the article names no publication), the contents (the section, this
# article's headline and two others'), then the section, the title, the byline, the site's date stamp, the text,
# `This article was downloaded by calibre from <url>` and the navigation line. The fetch day is not the date, the
# other headlines are not the title.
def desk_s31_34(a, desk, rng):
    got = datetime.date.fromisoformat(later(a["date"], rng, 1, 20))
    book = f"{a['source'] or 'News'} [{'Mon Tue Wed Thu Fri Sat Sun'.split()[got.weekday()]}, {got.day:02d} " \
           f"{ABBR['en'].split()[got.month - 1]} {got.year}]"
    others = [NEXT[desk], {"en": "Markets open higher", "fr": "Les marchés ouvrent en hausse",
                           "de": "Börsen eröffnen fester", "es": "Las bolsas abren al alza",
                           "it": "Borse in apertura positiva", "pt": "Bolsas abrem em alta"}[desk]]
    parts = [book, "", "Table of Contents", "", KICKER_SECTION[desk], "", "  " + a["title"]] + \
        ["  " + o for o in others] + ["", KICKER_SECTION[desk], "", a["title"], ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"This article was downloaded by calibre from {url(rng)}", "",
              "| Next | Section Menu | Main Menu |"]
    return "\n".join(parts) + "\n", expect(a)


# The stop-31 batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of their
# own. The held-out members are those whose names hash to held-out (text_eval.held_out).
BLIND_S31 = {name for name in list(globals()) if name.startswith("desk_s31_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S31})
assert len(BLIND_S31) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S31) == 10
