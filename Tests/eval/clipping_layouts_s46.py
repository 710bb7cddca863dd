"""A twenty-fourth batch of 26 clipping layouts (BLIND_S46) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s45.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a feed's, sheet's, library's,
conversation's, document's, wiki's or mail's own name, a `meta_title`'s ` | Publication`, nor a scan's file name; authors:
persons who wrote the article, never the colleague who scanned, saved, forwarded, filed or typed it, a feed's
publisher credited as its author, nor a co-writer's `with` phrase taken as part of a name; date: the article's
publication date, never the day a page was scanned, a mail forwarded, an item saved or accessed, a message
transmitted, a story modified or republished, a sheet created, nor a later update's clock time, and none when the
file states none (no day is invented from a year); source: the publication the file names, never the OCR engine,
the PDF converter, the syndication service's code, the CMS, the reference manager, its remote database, the
spreadsheet program, the mail program, the document service, the read-later service, the chat assistant nor the wiki).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S35 to BLIND_S45 did not use (their
docstrings and development parts were checked for each). The sixteen development members: an Arc XP story as its
ANS JSON (`display_date`, `first_publish_date` beside a later `publish_date` and `last_updated_date`), a byline
whose last writer is joined by `with` (`By A, with B`, `Par A et B, avec C`), Tesseract's hOCR output of a scanned
clipping (one `ocrx_word` span a word), a paper's syndication copy sent as an IPTC 7901 wire message (control
characters, a header line, an editors' note giving the day, the transmission time at the end), the writers' portraits'
alt texts copied with their names, a press-review heading `Lu dans Le Figaro du 3 mars 1987`, `pdftohtml -xml`'s
output of an e-paper page, a stamp with its time zone and a same-day update's clock time, a JSON Feed 1.1 item
(the feed's publisher as its `authors`), the writers with the publication in parentheses (`Hélène Roux (Le
Figaro)`), an Excel XML Spreadsheet 2003 row of the desk's tracker, the fields in a box drawn with ASCII or box
characters, an EndNote XML record (`secondary-title`, `year` and `pub-dates`, `access-date`), share buttons and topic
tags between the byline and the stamp, a forwarded mail kept by Apple Mail as an `.emlx` file (the byte count, the
message with `Begin forwarded message:`, Apple's property list), a `Key points` summary between the head and the
text; ten more are held-out.

The layouts are numbered from 346 to 371: 346 to 371 is the first range from 344 on that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (344 to 369 and 345 to 370 split 17/9;
checked with `python3 -c` over the names `desk_s46_{i}`), so that sixteen fall in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written in stop 43 without
reading the reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py or clipping_layouts_s25.py
to _s43.py (clipping_layouts_s44.py and _s45.py were read whole, for their style; a keyword grep for formats already
used, run over the development parts, also ran over the whole of clipping_layouts.py, whose stop-24 batches have no
marker line, and showed two single lines there that may be held-out: a social page's button words and a digital
newsstand's print footer): nobody tunes on any of them when written; BLIND_S46's development members are only scored
(text_eval.py prints their misses with `--show-s46-development` alone). Where a container always carries a day (a
CMS's `display_date`), an undated article gets the day the container gives it and that day is expected (the file
states it as the publication date).
Scored untuned by stop 42's final parser (the main branch's release binary at ff8f687; title exact / authors F1 /
date / source): development 0.604 / 0.640 / 0.738 / 0.343, 217 rejected (23 files stating no author given some);
held-out 0.607 / 0.670 / 0.828 / 0.575, 72 rejected (3 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs so that its clippings were not
rewritten; every other row of its output, but the development total that holds this batch's development members,
was the same as a run without this batch). It was run twice: a first run scored a draft in which two members (one of
them desk_s46_369) repeated layouts of older batches (BLIND_S28 to BLIND_S30), which a late check of those batches'
development parts found; the two were replaced by new containers (not because of any score, and nothing else was
changed) and the batch scored again; the figures above are the second run's.
"""
import hashlib
import json
import textwrap

from clipping_layouts import ABBR, BY, LAYOUTS, MONTHS, byline, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import address, slug
from clipping_layouts_s42 import named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION, conj_join, domain, x
from clipping_layouts_s45 import DOC_TITLE, LANG3, family_first, hm


def ms_stamp(iso, rng, low=6, high=22):
    """`1987-03-03T17:42:09.123Z`, a CMS's UTC stamp with milliseconds."""
    return f"{iso}T{rng.randrange(low, high):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}." \
           f"{rng.randrange(1000):03d}Z"


def uuid_of(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def ident(rng, n=26, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- development members of BLIND_S46 ----

# An Arc XP story as its ANS JSON (the `/content/v4/?website=…&website_url=…` answer the desk's script saved):
# `_id`, `type` `story`, `canonical_website`, `website_url`, `created_date`, `first_publish_date` and `display_date`
# (the publication; an undated article gets the CMS's day, and that is expected), `publish_date` and
# `last_updated_date` (a later republication), `headlines.basic` and `headlines.meta_title` (`Headline |
# Publication`), `subheadlines`, `credits.by` (the writers; empty when unsigned), `source.name` (the publication,
# `system` `composer`), `taxonomy`, `content_elements` (one `text` element a paragraph), `revision.user_id` (the
# colleague who last saved it). The republication is no date, the meta title no title; Arc no source.
def desk_s46_346(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    day = a["date"] or later_day(a, rng, 0, 20)
    h, m = hm(rng, 8, 22)
    first = f"{day}T{h:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"
    created = f"{day}T{h - 2:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"
    last = ms_stamp(later_day({"date": day}, rng, 1, 40), rng)
    d = ymd(day)
    path = f"/{slug(SECTION[desk])}/{d.year}/{d.month:02d}/{d.day:02d}/{slug(a['title'])}/"
    site_id = slug(src, 3).replace("-", "")
    doc = {"_id": ident(rng), "type": "story", "version": "0.10.9", "canonical_website": site_id,
           "website_url": path, "canonical_url": path, "language": a["lang"], "created_date": created,
           "first_publish_date": first, "display_date": first, "publish_date": last, "last_updated_date": last,
           "headlines": {"basic": a["title"], "meta_title": f"{a['title']} | {src}", "web": ""},
           "subheadlines": {"basic": lead(a["body"][0])}, "description": {"basic": lead(a["body"][0])},
           "credits": {"by": [{"_id": slug(n), "type": "author", "name": n, "url": f"/authors/{slug(n)}/",
                               "additional_properties": {"original": {"byline": n, "role": "Staff writer"}}}
                              for n in a["authors"]]},
           "source": {"name": src, "source_type": "staff", "system": "composer"},
           "distributor": {"category": "staff", "name": src},
           "taxonomy": {"primary_section": {"_id": f"/{slug(SECTION[desk])}", "name": SECTION[desk]},
                        "tags": [{"slug": slug(SECTION[desk]), "text": SECTION[desk]}]},
           "content_elements": [{"_id": ident(rng), "type": "text", "content": x(q)} for q in a["body"]],
           "revision": {"revision_id": ident(rng), "branch": "default", "published": True,
                        "user_id": f"{address(p)}@{site(src)}"},
           "owner": {"id": site_id}}
    if rng.random() < 0.5:
        del doc["distributor"]
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src, date=day)


WITH = {"en": "with", "fr": "avec", "de": "mit", "es": "con", "it": "con", "pt": "com"}


# A paper's page copied with the last writer joined by `with` (`By Hélène Roux, with Stefan Krüger`, `Par A et B,
# avec C`, `Von A, mit B`; one writer alone as `By A`), the publication and long date with its weekday on top
# (whichever the article has), the headline, the byline, the text. The `with` names a writer of the piece.
def desk_s46_347(a, desk, rng):
    src = src_of(a, rng)
    by, conj = BY[desk]
    names = a["authors"]
    credit = ""
    if len(names) == 1:
        credit = f"{by} {names[0]}"
    elif names:
        credit = f"{by} {conj_join(names[:-1], conj)}, {WITH[desk]} {names[-1]}"
    parts = [sep_join(" — ", src, dated(a, desk, weekday=True)), "", a["title"]]
    parts += [credit] if credit else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def hocr_lines(lines, top, rng, first_word=0, width=2480, pitch=58):
    """`ocr_line` spans, one `ocrx_word` span a word, with Tesseract's bounding boxes and confidences."""
    out = []
    word = [0]
    for text in lines:
        n = len(out) + top
        y = 180 + n * pitch
        words = text.split()
        x0 = 236
        spans = []
        for w in words:
            x1 = x0 + 24 * len(w)
            word[0] += 1
            spans.append(f"<span class='ocrx_word' id='word_1_{first_word + word[0]}' title='bbox {x0} {y} {x1} "
                         f"{y + 44}; x_wconf {rng.randrange(81, 97)}'>{x(w)}</span>")
            x0 = x1 + 18
        out.append(f"     <span class='ocr_line' id='line_1_{n}' title=\"bbox 236 {y} {min(width - 200, x0)} "
                   f"{y + 44}; baseline 0 -10; x_size 44; x_descenders 10; x_ascenders 11\">\n      "
                   + "\n      ".join(f"{s} " if i < len(spans) - 1 else s for i, s in enumerate(spans))
                   + "\n     </span>")
    return out


# Tesseract's hOCR output of a clipping scanned by a colleague (`tesseract scan.png out hocr`): the XHTML head with
# an empty `<title>` and `ocr-system` `tesseract 5.3.0`, the `ocr_page` titled with the scan's file name (the scan
# day in it), then `ocr_carea` blocks and `ocr_par` paragraphs whose `ocr_line`s hold one `ocrx_word` span a word:
# the masthead's line (the publication and long date, whichever the article has), the headline over one or two
# lines, the byline, the text in columns of about 58 characters. The scan day is no date; Tesseract no source.
def desk_s46_348(a, desk, rng):
    src = src_of(a, rng)
    scan = later_day(a, rng, 1, 60).replace("-", "")
    lang = LANG3.get(a["lang"], "eng")
    pars = [[sep_join(" — ", src, dated(a, desk, weekday=rng.random() < 0.5))], textwrap.wrap(a["title"], 44)]
    if a["authors"]:
        pars += [[byline(a["authors"], desk, rng)]]
    pars += [textwrap.wrap(q, 58) for q in a["body"]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
           '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{a["lang"]}" lang="{a["lang"]}">', " <head>",
           "  <title></title>", '  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
           "  <meta name='ocr-system' content='tesseract 5.3.0' />",
           "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>",
           " </head>", " <body>",
           f"  <div class='ocr_page' id='page_1' title='image \"scan_{scan}_{rng.randrange(1000, 9999)}.png\"; "
           f"bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>"]
    top, words = 1, 0
    for i, lines in enumerate(pars, 1):
        out += [f"   <div class='ocr_carea' id='block_1_{i}' title=\"bbox 236 {120 + top * 58} 2280 "
                f"{180 + (top + len(lines)) * 58}\">",
                f"    <p class='ocr_par' id='par_1_{i}' lang='{lang}' title=\"bbox 236 {120 + top * 58} 2280 "
                f"{180 + (top + len(lines)) * 58}\">"]
        out += hocr_lines(lines, top, rng, words)
        words += sum(len(ln.split()) for ln in lines)
        out += ["    </p>", "   </div>"]
        top += len(lines) + 1
    out += ["  </div>", " </body>", "</html>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


EDITORS = {  # dated, undated
    "en": ("EDITORS: This story appeared in {s} on {d}.", "EDITORS: This story appeared in {s}."),
    "fr": ("NOTE AUX RÉDACTIONS : cet article est paru dans {s} le {d}.",
           "NOTE AUX RÉDACTIONS : cet article est paru dans {s}."),
    "de": ("HINWEIS FÜR REDAKTIONEN: Dieser Artikel erschien in {s} am {d}.",
           "HINWEIS FÜR REDAKTIONEN: Dieser Artikel erschien in {s}."),
    "es": ("NOTA A LOS EDITORES: este artículo se publicó en {s} el {d}.",
           "NOTA A LOS EDITORES: este artículo se publicó en {s}."),
    "it": ("NOTA PER LE REDAZIONI: questo articolo è uscito su {s} il {d}.",
           "NOTA PER LE REDAZIONI: questo articolo è uscito su {s}."),
    "pt": ("NOTA ÀS REDAÇÕES: este artigo foi publicado em {s} a {d}.",
           "NOTA ÀS REDAÇÕES: este artigo foi publicado em {s}."),
}
CATEGORY = {"en": "bus", "fr": "eco", "de": "wir", "es": "eco", "it": "eco", "pt": "eco"}


# A paper's syndication copy received as an IPTC 7901 wire message and saved raw: SYN SYN SOH, the header line
# (the service's code and message number, the priority digit, the category, the word count), the keyword line (the
# slug in capitals and the service's code), STX, the headline, the byline (whichever the article has), the
# editors' note naming the publication and day (`EDITORS: This story appeared in Le Figaro on March 3, 1987.`), the
# text in lines of at most 69 characters with each paragraph indented by three spaces, ETX, then the transmission
# time (`031842 MAR 87`, the day it went out, the same day or up to three after) and EOT; CR LF line ends. The
# transmission is no date; the service's code no source.
def desk_s46_350(a, desk, rng):
    src = src_of(a, rng)
    code = "".join(w[0] for w in src.split()).upper()[:3] + "S"
    sent = ymd(later_day(a, rng, 0, 3))
    h, m = hm(rng, 6, 23)
    dated_note, undated_note = EDITORS[desk]
    note = dated_note.format(s=src, d=long_date(a["date"], desk)) if a["date"] else undated_note.format(s=src)
    body = []
    for q in a["body"]:
        body += [ln.rstrip() for ln in textwrap.wrap(q, 69, initial_indent="   ")]
    head = [f"{code}{rng.randrange(1, 9999):04d} {rng.choice('345')} {CATEGORY[desk]} {word_count(a):04d}",
            f"{slug(a['title'], 3).upper()} /{code}-{rng.randrange(10, 99)}", "\x02" + a["title"]]
    head += [byline(a["authors"], desk, rng)] if a["authors"] else []
    tail = [f"{sent.day:02d}{h:02d}{m:02d} {ABBR['en'].split()[sent.month - 1].upper()} {sent.year % 100:02d}", "\x04"]
    lines = head + ["", note, ""] + body + ["\x03"] + tail
    return "\x16\x16\x01" + "\r\n".join(lines) + "\r\n", e_with(a, source=src)


PORTRAIT = {"en": "Portrait of {n}", "fr": "Portrait de {n}", "de": "Porträt von {n}", "es": "Retrato de {n}",
            "it": "Ritratto di {n}", "pt": "Retrato de {n}"}
FOLLOW = {"en": "Follow", "fr": "Suivre", "de": "Folgen", "es": "Seguir", "it": "Segui", "pt": "Seguir"}


# A site's article copied with its writers' portraits: for each writer the picture's alt text (`Portrait of Hélène
# Roux`, `Porträt von Stefan Krüger`) on a line of its own, then the name, sometimes the `Follow` button's word;
# the publication on top, the headline above the writers, the stamp below them (whichever the article has), the
# text. The alt texts name the same writers; `Portrait of` is no part of a name.
def desk_s46_349(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", a["title"], ""]
    follow = rng.random() < 0.4
    for n in a["authors"]:
        parts += [PORTRAIT[desk].format(n=n), n] + ([FOLLOW[desk]] if follow else [])
    if a["date"]:
        parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


READ_IN = {  # dated, undated
    "en": ("Read in {s}, {d}", "Read in {s}"), "fr": ("Lu dans {s} du {d}", "Lu dans {s}"),
    "de": ("Gelesen in: {s}, {d}", "Gelesen in: {s}"), "es": ("Leído en {s} del {d}", "Leído en {s}"),
    "it": ("Letto su {s} del {d}", "Letto su {s}"), "pt": ("Lido em {s}, {d}", "Lido em {s}"),
}


# A press-review entry headed by where the desk read it (`Lu dans Le Figaro du 3 mars 1987`, `Read in The
# Guardian, March 3, 1987`, `Gelesen in: Süddeutsche Zeitung, 3. März 1987`; the publication alone when undated),
# sometimes in capitals, then the headline, the byline (whichever the article has), the text, and `(…)` where the
# desk cut it. The heading's publication and day are the article's.
def desk_s46_352(a, desk, rng):
    src = src_of(a, rng)
    dated_h, undated_h = READ_IN[desk]
    head = dated_h.format(s=src, d=long_date(a["date"], desk)) if a["date"] else undated_h.format(s=src)
    head = head.upper() if rng.random() < 0.3 else head
    parts = [head, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    cut = max(1, len(a["body"]) - rng.randrange(0, 3))
    parts += ["", "\n\n".join(a["body"][:cut])] + (["(…)"] if cut < len(a["body"]) else [])
    return "\n".join(parts) + "\n", e_with(a, source=src)


def pdf_text(top, left, font, text, rng, bold=False, italic=False):
    inner = x(text)
    inner = f"<b>{inner}</b>" if bold else f"<i>{inner}</i>" if italic else inner
    return f'<text top="{top}" left="{left}" width="{min(780, 7 * len(text) + rng.randrange(4))}" ' \
           f'height="{[13, 31, 15, 14][font]}" font="{font}">{inner}</text>'


# An e-paper page read by `pdftohtml -xml -i` (poppler): the `pdf2xml` document, the page with its `fontspec`s,
# then one `<text>` element a printed line with its position: the running head (the publication, the long date and
# the page, whichever the article has), the headline in bold over one or two lines, the byline in italics, the text
# in lines of about 90 characters (hyphenated words at line ends are kept as printed), the folio at the foot. The
# converter is no source.
def desk_s46_355(a, desk, rng):
    src = src_of(a, rng)
    page = rng.randrange(2, 40)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">', "",
           f'<pdf2xml producer="poppler" version="{rng.choice(["22.02.0", "23.02.0", "24.02.0"])}">',
           '<page number="1" position="absolute" top="0" left="0" height="1263" width="892">',
           '\t<fontspec id="0" size="9" family="Times" color="#000000"/>',
           '\t<fontspec id="1" size="24" family="Times" color="#000000"/>',
           '\t<fontspec id="2" size="11" family="Times" color="#000000"/>',
           '\t<fontspec id="3" size="10" family="Times" color="#000000"/>']
    top = 46
    out.append(pdf_text(top, 54, 0, sep_join("   ", src.upper(), dated(a, desk, weekday=True), str(page)), rng))
    top += 44
    for ln in textwrap.wrap(a["title"], 48):
        out.append(pdf_text(top, 54, 1, ln, rng, bold=True))
        top += 34
    if a["authors"]:
        top += 8
        out.append(pdf_text(top, 54, 2, byline(a["authors"], desk, rng), rng, italic=True))
        top += 26
    for q in a["body"]:
        for ln in textwrap.wrap(q, 92):
            out.append(pdf_text(top, 54, 3, ln, rng))
            top += 15
        top += 6
    out += [pdf_text(1220, 440, 0, str(page), rng), "</page>", "</pdf2xml>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


ZONE = {  # published at, zone phrase, updated at
    "en": ("Published {d} at {t}", "CET", "Updated {u}"),
    "fr": ("Publié le {d} à {t}", "(heure de Paris)", "modifié à {u}"),
    "de": ("Veröffentlicht am {d}, {t}", "MEZ", "zuletzt aktualisiert {u}"),
    "es": ("Publicado el {d} a las {t}", "CET", "Actualizado a las {u}"),
    "it": ("Pubblicato il {d} alle {t}", "(ora italiana)", "modificato alle {u}"),
    "pt": ("Publicado a {d} às {t}", "(hora de Lisboa)", "atualizado às {u}"),
}


def clock(h, m, desk):
    return {"en": f"{h % 12 or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}", "fr": f"{h}h{m:02d}",
            "de": f"{h:02d}:{m:02d} Uhr", "pt": f"{h}h{m:02d}"}.get(desk, f"{h:02d}:{m:02d}")


# A site's head copied with its stamp giving the time zone and a same-day update by its clock time only
# (`Published March 3, 1987 at 6:42 p.m. CET · Updated 7:10 p.m.`, `Publié le 3 mars 1987 à 18h42 (heure de Paris),
# modifié à 19h10`, `Veröffentlicht am 3. März 1987, 18:42 Uhr MEZ, zuletzt aktualisiert 19:10 Uhr`; no stamp when
# undated): the site's name, the headline, the byline (whichever the article has), the stamp, the text.
def desk_s46_356(a, desk, rng):
    src = src_of(a, rng)
    pub, zone, upd = ZONE[desk]
    parts = [src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    if a["date"]:
        h, m = hm(rng, 6, 21)
        uh, um = h + rng.randrange(0, 3), rng.randrange(60)
        uh, um = (h + 1, um) if (uh, um) <= (h, m) else (uh, um)
        stamp = pub.format(d=long_date(a["date"], desk), t=clock(h, m, desk)) + f" {zone}"
        parts += [stamp + rng.choice([" · ", ", "]) + upd.format(u=clock(uh, um, desk))]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A JSON Feed 1.1 document (`feed.json`) saved by the desk's script with the one item it wanted: the feed's `title`
# (the publication, sometimes with the section after a dash), `home_page_url`, `feed_url`, `language`, the feed's
# `authors` (the publication itself, as many CMSs fill it), then the item: `id`, `url`, `title`, `summary`,
# `content_text`, `date_published` (RFC 3339 with an offset; left out when undated), `date_modified` (a later day),
# the item's `authors` (the writers; left out when unsigned) and `tags`. The feed's author is no writer; the
# modification no date.
def desk_s46_359(a, desk, rng):
    src = src_of(a, rng)
    home = f"https://{domain(src)}"
    feed_title = src if rng.random() < 0.5 else f"{src} – {SECTION[desk]}"
    h, m = hm(rng)
    item = {"id": f"{home}/?p={rng.randrange(10 ** 5, 10 ** 6)}", "url": url_of(a, src), "title": a["title"],
            "summary": lead(a["body"][0]), "content_text": "\n\n".join(a["body"])}
    if a["date"]:
        item["date_published"] = f"{a['date']}T{h:02d}:{m:02d}:00+01:00"
    item["date_modified"] = f"{later_day(a, rng, 1, 30)}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+01:00"
    if a["authors"]:
        item["authors"] = [{"name": n, "url": f"{home}/authors/{slug(n)}"} for n in a["authors"]]
    item["tags"] = [SECTION[desk]]
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": feed_title, "home_page_url": home + "/",
           "feed_url": f"{home}/feed.json", "language": a["lang"], "authors": [{"name": src, "url": home + "/"}],
           "items": [item]}
    return json.dumps(doc, ensure_ascii=rng.random() < 0.3, indent=rng.choice([2, 4, "\t"])) + "\n", \
        e_with(a, source=src)


# The writers' names with the publication in parentheses after them, as a syndicating site credits a partner's piece
# (`Hélène Roux (Le Figaro)`, `Hélène Roux et Stefan Krüger (Le Figaro)`; `(Le Figaro)` alone when unsigned), under
# the headline, with the long date on its own line below (whichever the article has), then the text. The parentheses
# hold the source, no writer.
def desk_s46_360(a, desk, rng):
    src = src_of(a, rng)
    credit = f"{named(a['authors'], desk)} ({src})" if a["authors"] else f"({src})"
    if rng.random() < 0.3 and a["authors"]:
        credit = f"{BY[desk][0]} {credit}"
    parts = [a["title"], credit] + ([dated(a, desk, weekday=rng.random() < 0.5)] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SHEET = {  # date, publication, headline, author(s), section, page, added, added by, text
    "en": ("Date", "Publication", "Headline", "Author(s)", "Section", "Page", "Added", "Added by", "Text"),
    "fr": ("Date", "Média", "Titre", "Auteur(s)", "Rubrique", "Page", "Ajouté le", "Ajouté par", "Texte"),
    "de": ("Datum", "Medium", "Titel", "Autor(en)", "Ressort", "Seite", "Erfasst am", "Erfasst von", "Text"),
    "es": ("Fecha", "Medio", "Titular", "Autor(es)", "Sección", "Página", "Añadido", "Añadido por", "Texto"),
    "it": ("Data", "Testata", "Titolo", "Autore/i", "Sezione", "Pagina", "Aggiunto il", "Aggiunto da", "Testo"),
    "pt": ("Data", "Publicação", "Título", "Autor(es)", "Secção", "Página", "Adicionado", "Adicionado por", "Texto"),
}


def xml_cell(value, kind="String", style=None, index=None):
    attrs = (f' ss:Index="{index}"' if index else "") + (f' ss:StyleID="{style}"' if style else "")
    return f'    <Cell{attrs}><Data ss:Type="{kind}">{value}</Data></Cell>'


# The desk's clipping tracker saved by Excel as `XML Spreadsheet 2003`: the `mso-application` instruction, the
# `DocumentProperties` (the colleague as `Author` and `LastAuthor`, `Created` and `LastSaved` later days), the
# styles, a worksheet named after the review's month, a header row and the article's row: the day as a `DateTime`
# cell with a short-date style (no cell when undated, the next one taking `ss:Index`), the publication, the
# headline, the authors joined by `; `, the section, the page as a number, the day it was added (a later day) and by
# whom, the text with its line breaks as `&#10;`. The added day and the colleague are no date and no author; Excel
# no source.
def desk_s46_364(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    added = later_day(a, rng, 1, 8)
    made = f"{added[:7]}-01"
    h, m = hm(rng, 8, 19)
    labels = SHEET[desk]
    month = ymd(a["date"] or added)
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:o="urn:schemas-microsoft-com:office:office"', ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"', ' xmlns:html="http://www.w3.org/TR/REC-html40">',
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">', f"  <Author>{x(p)}</Author>",
           f"  <LastAuthor>{x(p)}</LastAuthor>", f"  <Created>{made}T09:02:11Z</Created>",
           f"  <LastSaved>{added}T{h:02d}:{m:02d}:40Z</LastSaved>", "  <Version>16.00</Version>",
           " </DocumentProperties>", ' <Styles>', '  <Style ss:ID="Default" ss:Name="Normal">',
           '   <Alignment ss:Vertical="Bottom"/>', '   <Font ss:FontName="Calibri" x:Family="Swiss" ss:Size="11"/>',
           "  </Style>", '  <Style ss:ID="s62">', '   <NumberFormat ss:Format="Short Date"/>', "  </Style>",
           '  <Style ss:ID="s63">', '   <Alignment ss:Vertical="Top" ss:WrapText="1"/>', "  </Style>", " </Styles>",
           f' <Worksheet ss:Name="{x(DOC_TITLE[desk])} {month.year}-{month.month:02d}">',
           '  <Table ss:ExpandedColumnCount="9" ss:ExpandedRowCount="2" x:FullColumns="1" x:FullRows="1"'
           ' ss:DefaultRowHeight="15">', "   <Row>"]
    out += [xml_cell(x(lab)) for lab in labels]
    out += ["   </Row>", '   <Row ss:AutoFitHeight="0" ss:Height="60">']
    if a["date"]:
        out += [xml_cell(f"{a['date']}T00:00:00.000", "DateTime", "s62")]
    out += [xml_cell(x(src), index=None if a["date"] else 2), xml_cell(x(a["title"]))]
    if a["authors"]:
        out += [xml_cell(x("; ".join(a["authors"])))]
    out += [xml_cell(x(SECTION[desk]), index=None if a["authors"] else 5),
            xml_cell(str(rng.randrange(1, 40)), "Number"),
            xml_cell(f"{added}T00:00:00.000", "DateTime", "s62"), xml_cell(x(p)),
            xml_cell("&#10;&#10;".join(x(q) for q in a["body"]), style="s63")]
    out += ["   </Row>", "  </Table>", '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">',
            "   <Selected/>", "   <ProtectObjects>False</ProtectObjects>", "  </WorksheetOptions>", " </Worksheet>",
            "</Workbook>"]
    return "\r\n".join(out) + "\r\n", e_with(a, source=src)


# The desk's clipping template with the fields in a box drawn above the text, as a plain-text mail or note keeps it:
# ASCII (`+---+`, `| … |`) or box-drawing characters (`┌─┐`, `│ … │`), holding the publication, the long date and
# the byline (whichever the article has) each on its line, padded to the box's width; the headline above or inside
# the box as its first line; then the text.
def desk_s46_366(a, desk, rng):
    src = src_of(a, rng)
    rows = [src] + ([long_date(a["date"], desk, weekday=rng.random() < 0.5)] if a["date"] else [])
    rows += [byline(a["authors"], desk, rng)] if a["authors"] else []
    inside = rng.random() < 0.35
    rows = [a["title"]] + rows if inside else rows
    w = max(len(r) for r in rows) + 2
    if rng.random() < 0.5:
        top, mid, bot, side = "+" + "-" * w + "+", "+" + "-" * w + "+", "+" + "-" * w + "+", "|"
    else:
        top, mid, bot, side = "┌" + "─" * w + "┐", "├" + "─" * w + "┤", "└" + "─" * w + "┘", "│"
    box = [top]
    for i, r in enumerate(rows):
        box.append(f"{side} {r.ljust(w - 1)}{side}")
        if inside and i == 0:
            box.append(mid)
    box.append(bot)
    parts = box if inside else [a["title"], ""] + box
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ENDNOTE_LANG = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}


def en_style(text):
    return f'<style face="normal" font="default" size="100%">{x(text)}</style>'


# A record exported from the desk's EndNote library as XML (`File` → `Export…` → `XML`, all on one line): the
# library's `database` name and path, `source-app`, `rec-number`, `ref-type` `Newspaper Article`, the writers as
# `author`s family name first (none when unsigned), `title`, `secondary-title` (the publication), `pages`,
# `section`, `dates` with the `year` and the `pub-dates` day as typed (`March 3` or the numeric day; none when
# undated), `urls`, `access-date` (a later day), `remote-database-name` (the press database it came from),
# `language`, `abstract`. The access day is no date; EndNote and the database no source; the library's name no title.
def desk_s46_367(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    acc = later_day(a, rng, 1, 90)
    n = rng.randrange(20, 900)
    lib = f"{DOC_TITLE[desk]}.enl"
    parts = [f'<database name="{x(lib)}" path="C:\\Users\\{address(p).split(".")[0]}\\Documents\\{x(lib)}">'
             f"{x(lib)}</database>", '<source-app name="EndNote" version="21.2">EndNote</source-app>',
             f"<rec-number>{n}</rec-number>",
             f'<foreign-keys><key app="EN" db-id="{ident(rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789")}" '
             f'timestamp="{rng.randrange(1_700_000_000, 1_780_000_000)}">{n}</key></foreign-keys>',
             '<ref-type name="Newspaper Article">23</ref-type>']
    if a["authors"]:
        parts += ["<contributors><authors>" + "".join(f"<author>{en_style(family_first(w))}</author>"
                                                      for w in a["authors"]) + "</authors></contributors>"]
    parts += [f"<titles><title>{en_style(a['title'])}</title><secondary-title>{en_style(src)}</secondary-title>"
              "</titles>", f"<pages>{en_style(str(rng.randrange(1, 40)))}</pages>",
              f"<section>{en_style(SECTION[desk])}</section>"]
    if a["date"]:
        d = ymd(a["date"])
        typed = f"{MONTHS['en'].split()[d.month - 1]} {d.day}" if rng.random() < 0.6 else numeric(a["date"], desk)
        parts += [f"<dates><year>{en_style(str(d.year))}</year><pub-dates><date>{en_style(typed)}</date>"
                  "</pub-dates></dates>"]
    parts += [f"<urls><related-urls><url>{en_style(url_of(a, src))}</url></related-urls></urls>",
              f"<access-date>{en_style(acc)}</access-date>",
              f"<remote-database-name>{en_style(rng.choice(['Europresse', 'Factiva', 'Nexis Uni']))}"
              "</remote-database-name>",
              f"<language>{en_style(ENDNOTE_LANG.get(a['lang'], 'English'))}</language>",
              f"<abstract>{en_style(lead(a['body'][0]))}</abstract>"]
    doc = '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record>' + "".join(parts) + \
          "</record></records></xml>"
    return doc + "\n", e_with(a, source=src)


SHARE = {"en": ("Share", "Topics"), "fr": ("Partager", "Sujets"), "de": ("Teilen", "Themen"),
         "es": ("Compartir", "Temas"), "it": ("Condividi", "Argomenti"), "pt": ("Partilhar", "Tópicos")}
TOPICS = {"en": ["Europe", "Economy", "Central banks"], "fr": ["Europe", "Économie", "Banques centrales"],
          "de": ["Europa", "Wirtschaft", "Notenbanken"], "es": ["Europa", "Economía", "Bancos centrales"],
          "it": ["Europa", "Economia", "Banche centrali"], "pt": ["Europa", "Economia", "Bancos centrais"]}


# A site's article copied with its share buttons and topic tags between the byline and the stamp: the publication,
# the section, the headline, the standfirst, the byline (whichever the article has), the share buttons' words
# (`Share`, `Facebook`, `X`, `LinkedIn`, `WhatsApp`, `E-mail`, on one line or one a line), the topic tags (`Topics:
# Europe · Economy`), the publication stamp (whichever the article has), the text.
def desk_s46_368(a, desk, rng):
    src = src_of(a, rng)
    share, topics = SHARE[desk]
    buttons = [share, "Facebook", "X", "LinkedIn", "WhatsApp", "E-mail"]
    parts = [src, SECTION[desk], "", a["title"], "", lead(a["body"][0]), ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [" · ".join(buttons)] if rng.random() < 0.5 else buttons
    parts += [f"{topics}: " + " · ".join(TOPICS[desk][:rng.randrange(2, 4)])]
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


APPLE_FWD = {  # begin forwarded message, from, subject, date, to, "at", the colleague's note, the forward prefix
    "en": ("Begin forwarded message:", "From", "Subject", "Date", "To", "at", "For the review, see below.", "Fwd:"),
    "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À", "à", "Pour la revue, voir ci-dessous.", "Tr :"),
    "de": ("Anfang der weitergeleiteten Nachricht:", "Von", "Betreff", "Datum", "An", "um",
           "Für den Spiegel, siehe unten.", "WG:"),
    "es": ("Inicio del mensaje reenviado:", "De", "Asunto", "Fecha", "Para", "a las",
           "Para el resumen, ver abajo.", "RV:"),
    "it": ("Inizio messaggio inoltrato:", "Da", "Oggetto", "Data", "A", "alle", "Per la rassegna, vedi sotto.", "I:"),
    "pt": ("Início da mensagem reencaminhada:", "De", "Assunto", "Data", "Para", "às",
           "Para a revista, ver abaixo.", "Fwd:"),
}
RFC_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def rfc_date(iso, h, m, s):
    d = ymd(iso)
    return f"{RFC_DAYS[d.weekday()]}, {d.day} {ABBR['en'].split()[d.month - 1]} {d.year} {h:02d}:{m:02d}:{s:02d} +0100"


# A mail Apple Mail keeps as an `.emlx` file (from the colleague's `~/Library/Mail`): the message's byte count on the
# first line, the RFC 822 message (`Subject: Fwd: Headline`, `From:` the colleague, `Date:` the day she forwarded it,
# `Mime-Version: 1.0 (Mac OS X Mail …)`, 8-bit UTF-8 text), her note, `Begin forwarded message:` with the first
# sender's `From:`, `Subject:`, `Date:` (`4 March 1987 at 18:42:10 CET`, in the desk's language) and `To:`, then the
# article as pasted: the headline, `Publication, long date`, the byline (whichever the article has), the text; and
# after the message Apple's property list (`date-received`, `date-last-viewed` in epoch seconds, `flags`, `subject`).
# The mails' days are no date, their senders no authors; Apple Mail no source.
def desk_s46_369(a, desk, rng):
    src = src_of(a, rng)
    begin, fr_, subj, dat, to, at_, note, fw = APPLE_FWD[desk]
    p, q = crew(a, rng, 2)
    first = later_day(a, rng, 0, 3)
    second = later_day({"date": first}, rng, 0, 2)
    h, m, sec = rng.randrange(8, 18), rng.randrange(60), rng.randrange(60)
    host = site(src) if rng.random() < 0.3 else "example.org"
    inner = [a["title"], sep_join(", ", src, dated(a, desk))]
    inner += [byline(a["authors"], desk, rng)] if a["authors"] else []
    body = [note, "", "", begin, "", f"{fr_}: {q} <{address(q)}@{host}>", f"{subj}: {a['title']}",
            f"{dat}: {long_date(first, desk)} {at_} {h:02d}:{m:02d}:{sec:02d} CET",
            f"{to}: {p} <{address(p)}@{host}>", "", ""] + inner + ["", "\n\n".join(a["body"]), ""]
    head = [f"Return-Path: <{address(p)}@{host}>", "Content-Type: text/plain; charset=utf-8",
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))", f"Subject: {fw} {a['title']}",
            f"From: {p} <{address(p)}@{host}>", f"Date: {rfc_date(second, h + 1, m, sec)}",
            f"Message-Id: <{uuid_of(rng).upper()}@{host}>",
            f"To: {DOC_TITLE[desk]} <presse@{host}>", "Content-Transfer-Encoding: 8bit", ""]
    message = "\n".join(head + body)
    received = (ymd(second) - ymd("1970-01-01")).days * 86400 + (h + 1) * 3600 + m * 60 + sec - 3600
    plist = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
             '<plist version="1.0">', "<dict>", "\t<key>date-last-viewed</key>",
             f"\t<integer>{received + rng.randrange(60, 90000)}</integer>", "\t<key>date-received</key>",
             f"\t<integer>{received}</integer>", "\t<key>flags</key>", f"\t<integer>{rng.choice([8590195713, 8590195841])}"
             "</integer>", "\t<key>remote-id</key>", f"\t<string>{rng.randrange(1000, 99999)}</string>",
             "\t<key>subject</key>", f"\t<string>{x(fw + ' ' + a['title'])}</string>", "</dict>", "</plist>"]
    return f"{len(message.encode('utf-8'))}".ljust(10) + "\n" + message + "\n".join(plist) + "\n", e_with(a, source=src)


KEY = {"en": "Key points", "fr": "L'essentiel", "de": "Das Wichtigste in Kürze", "es": "Lo esencial",
       "it": "In breve", "pt": "O essencial"}


# A site's article copied with its `Key points` box between the head and the text: the publication, the headline,
# the byline and the stamp (whichever the article has), then `Key points` (`L'essentiel`, `Das Wichtigste in Kürze`)
# and three bullets (`•` or `-`) each the first sentence of one of the first paragraphs, then the text.
def desk_s46_370(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    mark = rng.choice(["•", "-"])
    parts += ["", KEY[desk]] + [f"{mark} {lead(q)}" for q in a["body"][:3]]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s46_")}

# ---- held-out members of BLIND_S46 below: whoever tunes the reader never reads past this line ----


# An article as Apple News Format (`article.json` of a channel's bundle, as the paper's CMS plugin writes it):
# `version`, `identifier`, `title`, `language`, `layout`, `metadata` (`authors`, `datePublished`, left out when
# undated, `dateModified` a later day, `canonicalURL`, `excerpt`, `keywords`, `generatorName`), then `components`:
# `title` (the headline), `byline` (`By A and B · Publication`, the publication alone when unsigned), one `body`
# component a paragraph, and the styles. The modification is no date; the generator no source.
def desk_s46_351(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    meta = {"authors": list(a["authors"]), "canonicalURL": url_of(a, src), "excerpt": lead(a["body"][0]),
            "keywords": [SECTION[desk]], "generatorName": rng.choice(["Arc XP", "Publish to Apple News",
                                                                      "Méthode ANF exporter"]),
            "generatorVersion": f"{rng.randrange(1, 4)}.{rng.randrange(10)}.{rng.randrange(10)}"}
    if a["date"]:
        meta["datePublished"] = f"{a['date']}T{h:02d}:{m:02d}:00Z"
    meta["dateModified"] = f"{later_day(a, rng, 1, 20)}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
    if not a["authors"]:
        del meta["authors"]
    credit = f"{byline(a['authors'], desk, rng)} · {src}" if a["authors"] else src
    comps = [{"role": "title", "text": a["title"], "textStyle": "titleStyle"},
             {"role": "byline", "text": credit, "textStyle": "bylineStyle"}]
    comps += [{"role": "body", "text": q, "format": "markdown", "textStyle": "bodyStyle"} for q in a["body"]]
    doc = {"version": "1.7", "identifier": hashlib.md5(a["key"].encode()).hexdigest(), "title": a["title"],
           "language": a["lang"], "layout": {"columns": 7, "width": 1024, "margin": 60, "gutter": 20},
           "metadata": meta, "components": comps,
           "componentTextStyles": {"titleStyle": {"fontName": "Georgia-Bold", "fontSize": 36},
                                   "bylineStyle": {"fontName": "Georgia-Italic", "fontSize": 14},
                                   "bodyStyle": {"fontName": "Georgia", "fontSize": 17}}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# A clipping cut from a paper's inside page with its running head on top, as printed: the page number, the long
# date with its weekday and the publication in capitals, separated by bars or wide spaces (`12 | MARDI 3 MARS 1987
# | LE FIGARO`; the date left out when undated), or mirrored on a right-hand page; then the headline, the byline
# (whichever the article has), the text.
def desk_s46_353(a, desk, rng):
    src = src_of(a, rng)
    sep = rng.choice([" | ", "   "])
    cells = [str(rng.randrange(2, 40)), dated(a, desk, weekday=True).upper(), src.upper()]
    if rng.random() < 0.5:
        cells.reverse()
    parts = [sep.join(c for c in cells if c), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Pocket's API answer (`/v3/get?detailType=complete`) saved by the desk's script: `status`, `list` with one item:
# `given_url`, `given_title` (the tab title, `Headline | Publication`, or empty), `resolved_title` (the headline),
# `time_added` and `time_updated` (epoch seconds of the day it was saved), `excerpt`, `word_count`, `lang`,
# `time_to_read`, `authors` (keyed by id; none when unsigned), `domain_metadata` (`name` the publication), `tags`.
# Pocket gives no publication day: the file states none. The save day is no date; Pocket no source.
def desk_s46_354(a, desk, rng):
    src = src_of(a, rng)
    saved = ymd(later_day(a, rng, 1, 60))
    epoch = int((saved - ymd("1970-01-01")).days * 86400 + rng.randrange(25000, 75000))
    item_id = str(rng.randrange(10 ** 9, 4 * 10 ** 9))
    item = {"item_id": item_id, "resolved_id": item_id, "given_url": url_of(a, src),
            "given_title": rng.choice([f"{a['title']} | {src}", ""]), "favorite": "0", "status": "0",
            "time_added": str(epoch), "time_updated": str(epoch + rng.randrange(5, 4000)), "time_read": "0",
            "time_favorited": "0", "sort_id": 0, "resolved_title": a["title"], "resolved_url": url_of(a, src),
            "excerpt": lead(a["body"][0]), "is_article": "1", "is_index": "0", "has_video": "0", "has_image": "1",
            "word_count": str(word_count(a)), "lang": a["lang"], "time_to_read": max(1, word_count(a) // 220),
            "top_image_url": f"https://{domain(src)}/img/{rng.randrange(10 ** 6)}.jpg",
            "tags": {slug(DOC_TITLE[desk]): {"item_id": item_id, "tag": slug(DOC_TITLE[desk])}},
            "authors": {str(1000 + i): {"item_id": item_id, "author_id": str(1000 + i), "name": n,
                                        "url": f"https://{domain(src)}/authors/{slug(n)}"}
                        for i, n in enumerate(a["authors"])},
            "domain_metadata": {"name": src, "logo": f"https://logo.clearbit.com/{site(src)}?size=800",
                                "greyscale_logo": f"https://logo.clearbit.com/{site(src)}?size=800&greyscale=true"},
            "listen_duration_estimate": word_count(a) // 3}
    if not a["authors"]:
        del item["authors"]
    doc = {"status": 1, "complete": 1, "list": {item_id: item}, "error": None,
           "search_meta": {"search_type": "normal"}, "since": epoch + rng.randrange(5000, 90000)}
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src, date=None)


def stamp_numeric(iso, desk, rng):
    h, m = hm(rng)
    d = numeric(iso, desk)
    return {"en": f"{d} {h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}", "fr": f"{d} à {h}h{m:02d}",
            "de": f"{d} um {h:02d}:{m:02d} Uhr", "es": f"{d} - {h:02d}:{m:02d} h", "it": f"{d} ore {h:02d}:{m:02d}",
            "pt": f"{d} às {h}h{m:02d}"}[desk]


# A site's head copied with the section and a numeric stamp with its time on the line above the headline
# (`Économie | 03/03/1987 à 18h42`, `Wirtschaft | 03.03.1987 um 18:42 Uhr`; the section alone when undated), the
# site's name on top, the byline under the headline (whichever the article has), the text.
def desk_s46_357(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", sep_join(" | ", SECTION[desk], a["date"] and stamp_numeric(a["date"], desk, rng)), a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ASK = {  # conversation title, the colleague's request, the assistant's opening
    "en": ("Article summary for press review", "Summarise this article in three points for the press review:",
           "Here is a three-point summary:"),
    "fr": ("Résumé d'article pour la revue", "Résume cet article en trois points pour la revue de presse :",
           "Voici un résumé en trois points :"),
    "de": ("Artikelzusammenfassung Pressespiegel", "Fasse diesen Artikel in drei Punkten für den Pressespiegel "
           "zusammen:", "Hier eine Zusammenfassung in drei Punkten:"),
    "es": ("Resumen de artículo para el dossier", "Resume este artículo en tres puntos para el resumen de prensa:",
           "Aquí tienes un resumen en tres puntos:"),
    "it": ("Sintesi articolo per rassegna", "Riassumi questo articolo in tre punti per la rassegna stampa:",
           "Ecco una sintesi in tre punti:"),
    "pt": ("Resumo de artigo para a revista", "Resume este artigo em três pontos para a revista de imprensa:",
           "Aqui está um resumo em três pontos:"),
}


# A colleague's ChatGPT conversation from the account's data export (`conversations.json`): the conversation's own
# `title` (`Résumé d'article pour la revue`), `create_time` and `update_time` (epoch seconds of a later day), the
# `mapping` of nodes: the root, the colleague's message (her request, then the pasted article: the headline,
# `Publication, long date`, the byline, whichever the article has, the text) and the assistant's three-point
# summary, `current_node`, `default_model_slug`. The conversation's title is no title, its days no date; ChatGPT no
# source.
def desk_s46_358(a, desk, rng):
    src = src_of(a, rng)
    conv_title, ask, reply = ASK[desk]
    day = ymd(later_day(a, rng, 1, 30))
    t0 = (day - ymd("1970-01-01")).days * 86400 + rng.randrange(25000, 70000) + rng.random()
    pasted = [a["title"], sep_join(", ", src, dated(a, desk))]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += ["", "\n\n".join(a["body"])]
    root, user, bot = uuid_of(rng), uuid_of(rng), uuid_of(rng)

    def msg(node, role, text, t):
        return {"id": node, "author": {"role": role, "name": None, "metadata": {}}, "create_time": t,
                "update_time": None, "content": {"content_type": "text", "parts": [text]},
                "status": "finished_successfully", "end_turn": role == "assistant" or None, "weight": 1.0,
                "metadata": {}, "recipient": "all"}

    summary = reply + "\n\n" + "\n".join(f"{i}. {lead(q)}" for i, q in enumerate(a["body"][:3], 1))
    mapping = {root: {"id": root, "message": None, "parent": None, "children": [user]},
               user: {"id": user, "message": msg(user, "user", ask + "\n\n" + "\n".join(pasted), t0),
                      "parent": root, "children": [bot]},
               bot: {"id": bot, "message": msg(bot, "assistant", summary, t0 + rng.uniform(4, 30)),
                     "parent": user, "children": []}}
    conv = {"title": conv_title, "create_time": t0, "update_time": t0 + rng.uniform(30, 600), "mapping": mapping,
            "moderation_results": [], "current_node": bot, "plugin_ids": None, "conversation_id": uuid_of(rng),
            "conversation_template_id": None, "gizmo_id": None, "is_archived": False, "safe_urls": [],
            "default_model_slug": rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-5"]), "id": uuid_of(rng)}
    return json.dumps([conv], ensure_ascii=rng.random() < 0.5) + "\n", e_with(a, source=src)


PLACE = {"en": ("Brussels, {d}", "Brussels"), "fr": ("Bruxelles, le {d}", "Bruxelles"),
         "de": ("Brüssel, den {d}", "Brüssel"), "es": ("Bruselas, {d}", "Bruselas"),
         "it": ("Bruxelles, {d}", "Bruxelles"), "pt": ("Bruxelas, {d}", "Bruxelas")}


# A correspondent's piece typed up as a letter is laid out: the publication at the left on top, the place and long
# date set at the right (`                         Bruxelles, le 3 mars 1987`; the place alone when undated), the
# headline, the byline (whichever the article has), the text. The place is no part of the date.
def desk_s46_361(a, desk, rng):
    src = src_of(a, rng)
    dated_p, undated_p = PLACE[desk]
    place = dated_p.format(d=long_date(a["date"], desk)) if a["date"] else undated_p
    width = rng.choice([72, 80])
    parts = [src, place.rjust(width), "", a["title"]]
    if rng.random() < 0.4:
        parts[:2] = [place.rjust(width), src]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A colleague's Google Doc fetched by the desk's script through the Docs API (`documents.get`) and saved as JSON:
# `title` (the document's, the review and its day), `documentId`, `revisionId`, `body.content` (a `sectionBreak`,
# then one `paragraph` a paragraph with its `elements`' `textRun.content`, each ending in a line break, and its
# `paragraphStyle.namedStyleType`: the headline `HEADING_1`, `Publication, long date` in italics and the byline
# (whichever the article has) and the text `NORMAL_TEXT`, with their start and end indexes), `documentStyle`. The
# document's title is no title; Google Docs no source.
def desk_s46_362(a, desk, rng):
    src = src_of(a, rng)
    made = later_day(a, rng, 1, 6)
    paras = [(a["title"], "HEADING_1", {})]
    meta = sep_join(", ", src, dated(a, desk))
    paras += [(meta, "NORMAL_TEXT", {"italic": True})]
    paras += [(byline(a["authors"], desk, rng), "NORMAL_TEXT", {"bold": True})] if a["authors"] else []
    paras += [(q, "NORMAL_TEXT", {}) for q in a["body"]]
    content = [{"endIndex": 1, "sectionBreak": {"sectionStyle": {"columnSeparatorStyle": "NONE",
                                                                 "contentDirection": "LEFT_TO_RIGHT",
                                                                 "sectionType": "CONTINUOUS"}}}]
    pos = 1
    for text, style, run in paras:
        end = pos + len(text.encode("utf-16-le")) // 2 + 1
        content.append({"startIndex": pos, "endIndex": end, "paragraph": {
            "elements": [{"startIndex": pos, "endIndex": end, "textRun": {"content": text + "\n", "textStyle": run}}],
            "paragraphStyle": {"namedStyleType": style, "direction": "LEFT_TO_RIGHT"}}})
        pos = end
    doc = {"title": f"{DOC_TITLE[desk]} {numeric(made, desk)}",
           "body": {"content": content},
           "documentStyle": {"background": {"color": {}}, "pageNumberStart": 1,
                             "pageSize": {"height": {"magnitude": 841.89, "unit": "PT"},
                                          "width": {"magnitude": 595.28, "unit": "PT"}}},
           "revisionId": ident(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
           "suggestionsViewMode": "SUGGESTIONS_INLINE",
           "documentId": ident(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


EXCLUSIVE = {"en": ("EXCLUSIVE", "Subscribers only"), "fr": ("EXCLUSIF", "Réservé aux abonnés"),
             "de": ("EXKLUSIV", "Nur für Abonnenten"), "es": ("EXCLUSIVA", "Solo para suscriptores"),
             "it": ("ESCLUSIVO", "Riservato agli abbonati"), "pt": ("EXCLUSIVO", "Exclusivo assinantes")}


# A paper's scoop copied from its site: the `EXCLUSIVE` label and sometimes the subscribers' mark on top, the
# headline, the byline (whichever the article has), the text, then the publication and the long date together at
# the foot (`Le Figaro — 3 mars 1987`, the publication alone when undated).
def desk_s46_363(a, desk, rng):
    src = src_of(a, rng)
    label, subs = EXCLUSIVE[desk]
    parts = [label] + ([subs] if rng.random() < 0.5 else []) + ["", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", sep_join(rng.choice([" — ", ", "]), src, dated(a, desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def tw_stamp(iso, rng):
    return iso.replace("-", "") + f"{rng.randrange(7, 20):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}" \
                                  f"{rng.randrange(1000):03d}"


# A tiddler of the desk's TiddlyWiki saved as a `.tid` file: the header fields `created` and `modified` (later days,
# in TiddlyWiki's 17-digit form), `creator` and `modifier` (the colleague), `tags` (the review and the section),
# `title` (the headline), `type`, then the desk's own fields `authors` (the writers joined by commas; left out when
# unsigned), `outlet` (the publication) and `published` (the day as typed; left out when undated), a blank line and
# the text. The wiki's days and the colleague are no date and no author; TiddlyWiki no source.
def desk_s46_365(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    made = later_day(a, rng, 1, 20)
    fields = [("created", tw_stamp(made, rng)), ("creator", p),
              ("modified", tw_stamp(later_day({"date": made}, rng, 0, 5), rng)), ("modifier", p),
              ("tags", f"[[{DOC_TITLE[desk]}]] {SECTION[desk]}"), ("title", a["title"]),
              ("type", "text/vnd.tiddlywiki")]
    if a["authors"]:
        fields.append(("authors", ", ".join(a["authors"])))
    fields.append(("outlet", src))
    if a["date"]:
        fields.append(("published", rng.choice([a["date"], numeric(a["date"], desk)])))
    fields.sort()
    return "\n".join(f"{k}: {v}" for k, v in fields) + "\n\n" + "\n\n".join(a["body"]) + "\n", e_with(a, source=src)


TEXT_BY = {"en": "Words by {a}", "fr": "Texte de {a}", "de": "Text von {a}", "es": "Texto de {a}",
           "it": "Testo di {a}", "pt": "Texto de {a}"}


# A magazine's feature copied from its site: the headline, the standfirst, the credit phrased as the magazine sets it
# (`Words by Hélène Roux`, `Texte de A et B`, `Text von A`), then the publication and the long date on one line
# (`Le Figaro — mardi 3 mars 1987`, whichever the article has), the text. The phrase is no part of the names.
def desk_s46_371(a, desk, rng):
    src = src_of(a, rng)
    parts = [a["title"], "", lead(a["body"][0]), ""]
    parts += [TEXT_BY[desk].format(a=named(a["authors"], desk))] if a["authors"] else []
    parts += [sep_join(" — ", src, dated(a, desk, weekday=rng.random() < 0.5))]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S46 = {f"desk_s46_{i}" for i in range(346, 372)}
assert DEVELOPMENT == {name for name in BLIND_S46
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S46)})
