"""A twenty-fifth batch of 26 clipping layouts (BLIND_S47) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s46.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a kicker set before it on its
line, a tab's `Headline | Publication`, a sheet's, a bookmark file's, a record's or a chat's own name, nor a day set
after it in parentheses; authors: persons who wrote the article, never the colleague who typed, bookmarked, scanned,
filed or sent it, an agency whose material was used, a role or a place set beside a name, nor a genre phrase
(`A report by`) taken as part of a name; date: the article's publication date, never the day a page was archived, a
record harvested, a bookmark saved, a document added or converted, a message sent, a citation's access day, and none
when the file states none (no day is invented from a year); source: the publication the file names, never the CMS,
the archive, the reference manager, the document converter, the bookmark service, the chat service, the library, the
agencies whose material was used, nor a city set after the name in parentheses).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S46 did not use (their names,
docstrings and development parts were checked for each with a keyword grep). The sixteen development members: a
Contentful entry from its Content Delivery API (`sys` with the archive's migration days, `fields.publishDate`, the
rich-text body, the writers as linked entries in `includes`), a genre kicker set before the headline on its line
(`ANALYSE | Headline`, `Kommentar: Headline`), a MODS record exported by a reference manager (`relatedItem
type="host"` holding the publication and day, `dateLastAccessed`), the writers each with their town after a comma
(`Von A, Brüssel, und B, Berlin`), docling's Markdown of an e-paper page (`<!-- image -->`, `##` headings), the
agencies whose material was used named at the foot (`Mit Material von dpa und Reuters`), a Google Chat space exported
by Google Takeout (`messages.json`, `created_date` in long English words, a link preview's tab title), a stamp as a
Spanish site sets it under the writers (`Bruselas - 03 MAR 1987 - 18:42 CET`), the desk's tracker sheet converted by
markitdown into a Markdown table (`NaN` for empty cells, pandas timestamps), an ISO 690 citation on top
(`ROUX, Hélène. Headline. Le Figaro [en ligne]. 3 mars 1987. [Consulté le …]`), a paperless-ngx document from its
REST API (`created`, `added`, the OCR text in `content`, the correspondent as an id), the writers' roles in
parentheses with the day on the byline's line, a bookmark file in the Netscape format with the note in `<DD>`, the
day in parentheses after the headline with the signature and town at the foot (BOM, CRLF, hard wraps), a Roam
Research JSON export (attributes `Source::`, daily-note links `[[March 3rd, 1987]]`), a genre phrase as the byline
(`Ein Bericht von A`, `Una crónica de A`); ten more are held-out.

The layouts are numbered from 386 to 411, a range that text_eval.py's hash `sha1("held-out:" + name) % 3 == 0` splits
16 development / 10 held-out (checked with `python3 -c` over the names `desk_s47_{i}` and text_eval.py's own
`held_out`), so that sixteen fall in development (first) and ten held-out (after the marker line, which whoever tunes
the reader never reads past). Written in stop 44 without reading the reader (Sources/) or its misses, nor the
held-out part of clipping_layouts_s25.py to _s44.py (clipping_layouts_s45.py and _s46.py were read whole, for their
style; the keyword grep for formats already used ran over all the batch files, and a handful of its matching lines
may lie in held-out parts). Nobody tunes on any of them when written; BLIND_S47's development members are only
scored (text_eval.py prints their misses with `--show-s47-development` alone). A container that leaves an undated
article without a publication day (Contentful's `publishDate`, paperless-ngx's `created`, which then takes the day
the document was added) is expected to state none.
Scored untuned once, by the release binary its writer was given (`base.bin`; title exact / authors F1 / date /
source): development 0.483 / 0.494 / 0.764 / 0.543, 215 rejected (23 files stating no author given some); held-out
0.663 / 0.480 / 0.700 / 0.413, 0 rejected (59 files stating no author given some) (`Tests/eval/text_eval.py --binary
B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings, so that these were not
rewritten). Nothing was changed after the run but comments, line breaks and an unused import.
"""
import csv
import datetime
import hashlib
import io
import json
import textwrap

from clipping_layouts import ABBR, BY, CITY, LAYOUTS, MONTHS, byline, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import address, slug
from clipping_layouts_s42 import named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION, conj_join, domain, x
from clipping_layouts_s45 import DOC_TITLE, LANG3, family_first, hm
from clipping_layouts_s46 import SHEET, ident

EN_MONTHS = MONTHS["en"].split()


def epoch_of(iso, rng, low=25000, high=75000):
    """Seconds since 1970 at a daytime moment of day `iso` (UTC)."""
    return (ymd(iso) - ymd("1970-01-01")).days * 86400 + rng.randrange(low, high)


def utc_iso(secs, ms=False):
    t = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{rng_ms(secs):03d}" if ms else "") + "Z"


def rng_ms(secs):
    return (secs * 7919) % 1000


def ordinal_day(iso):
    """Roam's daily-note title `March 3rd, 1987`."""
    d = ymd(iso)
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{EN_MONTHS[d.month - 1]} {d.day}{suffix}, {d.year}"


def plain_numeric(iso, desk):
    """The numeric day without leading zeros (`3/3/1987` month first on the English desk, `3.3.1987`, `3/3/1987`)."""
    d = ymd(iso)
    if desk == "en":
        return f"{d.month}/{d.day}/{d.year}"
    return f"{d.day}.{d.month}.{d.year}" if desk == "de" else f"{d.day}/{d.month}/{d.year}"


# ---- development members of BLIND_S47 ----

ROLE_DE = {"en": "Reporter", "fr": "Journaliste", "de": "Redakteur", "es": "Redactor", "it": "Redattore",
           "pt": "Jornalista"}
LOCALE = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT", "pt": "pt-PT"}


# A paper's story fetched from its Contentful space through the Content Delivery API (`/entries?content_type=article
# &fields.slug=…&include=1`) and saved by the desk's script: the `Array` with `total` 1, the entry's `sys` (`space`,
# `id`, `createdAt` and `updatedAt` the later days the archive was migrated into the CMS, `revision`, `contentType`
# `article`, `locale`), its `fields` (`title`, `slug`, `publication`, `publishDate` with its offset, left out when
# undated, `section`, `teaser`, `authors` as links to entries, left out when unsigned, `body` as Contentful rich text:
# a `document` node holding one `paragraph` node a paragraph with its `text` node), then `includes.Entry` holding
# the writers' `person` entries (`name`, `role`). The migration days are no date; Contentful no source.
def desk_s47_386(a, desk, rng):
    src = src_of(a, rng)
    space = ident(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    made = later_day(a, rng, 30, 400)
    created = epoch_of(made, rng)
    updated = created + rng.randrange(3600, 86400 * 40)
    people = [{"metadata": {"tags": []},
               "sys": {"space": {"sys": {"type": "Link", "linkType": "Space", "id": space}},
                       "id": ident(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                       "type": "Entry", "createdAt": utc_iso(created - rng.randrange(86400, 86400 * 30), True),
                       "updatedAt": utc_iso(created - rng.randrange(3600, 86400), True), "revision": 1,
                       "contentType": {"sys": {"type": "Link", "linkType": "ContentType", "id": "person"}},
                       "locale": LOCALE[desk]},
               "fields": {"name": n, "slug": slug(n), "role": ROLE_DE[desk]}} for n in a["authors"]]
    fields = {"title": a["title"], "slug": slug(a["title"]), "publication": src}
    if a["date"]:
        h, m = hm(rng, 6, 22)
        fields["publishDate"] = f"{a['date']}T{h:02d}:{m:02d}+01:00"
    fields["section"] = SECTION[desk]
    fields["teaser"] = lead(a["body"][0])
    if a["authors"]:
        fields["authors"] = [{"sys": {"type": "Link", "linkType": "Entry", "id": p["sys"]["id"]}} for p in people]
    fields["body"] = {"nodeType": "document", "data": {}, "content": [
        {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": q, "marks": [], "data": {}}]}
        for q in a["body"]]}
    entry = {"metadata": {"tags": []},
             "sys": {"space": {"sys": {"type": "Link", "linkType": "Space", "id": space}},
                     "id": ident(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                     "type": "Entry", "createdAt": utc_iso(created, True), "updatedAt": utc_iso(updated, True),
                     "environment": {"sys": {"id": "master", "type": "Link", "linkType": "Environment"}},
                     "revision": rng.randrange(1, 9),
                     "contentType": {"sys": {"type": "Link", "linkType": "ContentType", "id": "article"}},
                     "locale": LOCALE[desk]},
             "fields": fields}
    doc = {"sys": {"type": "Array"}, "total": 1, "skip": 0, "limit": 100, "items": [entry]}
    if people:
        doc["includes"] = {"Entry": people}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src, date=a["date"])


KICKERS = {"en": ["ANALYSIS", "COMMENT", "EXPLAINER"], "fr": ["ANALYSE", "ÉDITORIAL", "DÉCRYPTAGE"],
           "de": ["ANALYSE", "KOMMENTAR", "HINTERGRUND"], "es": ["ANÁLISIS", "OPINIÓN", "CLAVES"],
           "it": ["ANALISI", "COMMENTO", "IL PUNTO"], "pt": ["ANÁLISE", "OPINIÃO", "EXPLICADOR"]}


# A site's story copied with its genre kicker set on the headline's line before it (`ANALYSE | Headline`,
# `Kommentar: Headline`, `ANÁLISIS. Headline`, `EXPLAINER — Headline`; capitals or title case), the publication and
# long date on the line above (whichever the article has), the byline under it (whichever the article has), the
# text. The kicker is no part of the headline.
def desk_s47_387(a, desk, rng):
    src = src_of(a, rng)
    kicker = rng.choice(KICKERS[desk])
    if rng.random() < 0.4:
        kicker = kicker.capitalize() if " " not in kicker else kicker.title()
    sep = rng.choice([" | ", ": ", ". ", " — "])
    parts = [sep_join(rng.choice([" · ", ", "]), src, dated(a, desk, weekday=rng.random() < 0.5)), "",
             kicker + sep + a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def mods_name(n):
    words = n.split()
    given, family = " ".join(words[:-1]), words[-1]
    parts = [f'<namePart type="family">{x(family)}</namePart>'] + \
        ([f'<namePart type="given">{x(given)}</namePart>'] if given else [])
    return ['    <name type="personal">', "      " + "".join(parts),
            '      <role><roleTerm type="code" authority="marcrelator">aut</roleTerm></role>', "    </name>"]


# A record exported from the desk's reference manager as MODS (`Export Collection…` → MODS, version 3.8): the
# `modsCollection`, the record's `titleInfo`, one `name` a writer (family and given `namePart`s, the `aut` role; none
# when unsigned), `typeOfResource`, the `genre`s, the `relatedItem type="host"` holding the publication's
# `titleInfo`, its `genre` `newspaper` and the `part` with the section, the page and the `date` as typed (ISO, or the
# long date; none when undated), the `abstract` holding the text, the `location` with its `url` and the later
# `dateLastAccessed`, the record's `language` and `recordInfo` (the later day it was created). The access and
# record days are no date; the reference manager no source.
def desk_s47_391(a, desk, rng):
    src = src_of(a, rng)
    acc = later_day(a, rng, 1, 200)
    h, m = hm(rng)
    out = ['<?xml version="1.0"?>',
           '<modsCollection xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xmlns="http://www.loc.gov/mods/v3" xsi:schemaLocation="http://www.loc.gov/mods/v3 '
           'http://www.loc.gov/standards/mods/v3/mods-3-8.xsd" version="3.8">',
           f'  <mods ID="{slug(a["authors"][0] if a["authors"] else a["title"], 1)}_{(a["date"] or "n.d.")[:4]}'
           f'_{rng.randrange(100, 999)}">',
           "    <titleInfo>", f"      <title>{x(a['title'])}</title>", "    </titleInfo>"]
    for n in a["authors"]:
        out += mods_name(n)
    out += ["    <typeOfResource>text</typeOfResource>", '    <genre authority="local">newspaperArticle</genre>',
            '    <relatedItem type="host">', "      <titleInfo>", f"        <title>{x(src)}</title>",
            "      </titleInfo>", '      <genre authority="marcgt">newspaper</genre>',
            "      <originInfo>", "        <issuance>continuing</issuance>", "      </originInfo>", "      <part>",
            f'        <detail type="section"><title>{x(SECTION[desk])}</title></detail>',
            f'        <extent unit="pages"><start>{rng.randrange(1, 40)}</start></extent>']
    if a["date"]:
        out += [f"        <date>{rng.choice([a['date'], long_date(a['date'], desk)])}</date>"]
    out += ["      </part>", "    </relatedItem>", f"    <abstract>{x(chr(10).join(a['body']))}</abstract>",
            "    <location>",
            f'      <url dateLastAccessed="{acc}T{h:02d}:{m:02d}:{rng.randrange(60):02d}Z" usage="primary display">'
            f"{x(url_of(a, src))}</url>", "    </location>",
            f'    <language><languageTerm type="code" authority="iso639-2b">{LANG3.get(a["lang"], "eng")}'
            "</languageTerm></language>",
            "    <recordInfo>", f'      <recordCreationDate encoding="iso8601">{acc.replace("-", "")}'
            "</recordCreationDate>", "    </recordInfo>", "  </mods>", "</modsCollection>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


TOWNS = {"en": ["Brussels", "Berlin", "Paris", "Madrid", "Washington", "Rome"],
         "fr": ["Bruxelles", "Berlin", "Madrid", "Washington", "Rome", "Londres"],
         "de": ["Brüssel", "Berlin", "Paris", "Madrid", "Washington", "Rom"],
         "es": ["Bruselas", "Berlín", "París", "Washington", "Roma", "Londres"],
         "it": ["Bruxelles", "Berlino", "Parigi", "Madrid", "Washington", "Londra"],
         "pt": ["Bruxelas", "Berlim", "Paris", "Madrid", "Washington", "Londres"]}


# A paper's page copied with each writer's town after the name, as German and Swiss dailies set it (`Von Hélène
# Roux, Brüssel, und Stefan Krüger, Berlin`, `By Hélène Roux, Brussels`), the publication and the long date with its
# weekday on top (whichever the article has), the headline, the byline, the text. The towns are no part of a name.
def desk_s47_392(a, desk, rng):
    src = src_of(a, rng)
    by, conj = BY[desk]
    towns = rng.sample(TOWNS[desk], len(a["authors"])) if len(a["authors"]) <= 6 else []
    credit = ""
    if a["authors"] and towns:
        each = [f"{n}, {t}" for n, t in zip(a["authors"], towns)]
        credit = f"{by} " + (each[0] if len(each) == 1 else ", ".join(each[:-1]) + f", {conj} {each[-1]}")
    elif a["authors"]:
        credit = byline(a["authors"], desk, rng)
    parts = [sep_join(" — ", src.upper() if rng.random() < 0.5 else src, dated(a, desk, weekday=True)), "",
             a["title"]]
    parts += [credit] if credit else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PHOTO = {"en": "Photo", "fr": "Photo", "de": "Foto", "es": "Foto", "it": "Foto", "pt": "Foto"}


# An e-paper page (a PDF) converted to Markdown by docling (`docling page.pdf --to md`): `<!-- image -->` where the
# page has a picture, the running head (the publication, the long date and the page, whichever the article has) as a
# paragraph or taken for a `##` heading, the headline as a `##` heading, the byline, the text as paragraphs (a
# standfirst first), a photo caption with its credit (a colleague photographer) after a picture, one undecoded glyph
# of the PDF's bullet font left as `GLYPH<…>`. The photographer is no author; docling no source.
def desk_s47_393(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    head = sep_join("   ", src.upper(), dated(a, desk, weekday=True), str(rng.randrange(2, 40)))
    parts = ["<!-- image -->", "", ("## " if rng.random() < 0.4 else "") + head, "", f"## {a['title']}", ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts += [lead(a["body"][0]), ""] if rng.random() < 0.5 else []
    body = list(a["body"])
    cut = min(len(body), rng.randrange(1, 3))
    parts += ["\n\n".join(body[:cut]), "", "<!-- image -->", "",
              f"GLYPH<c={rng.randrange(1, 9)},font=/{ident(rng, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}+Wingdings-Regular> "
              f"{PHOTO[desk]}: {p}", ""]
    parts += ["\n\n".join(body[cut:])] if body[cut:] else []
    return "\n".join(parts).rstrip("\n") + "\n", e_with(a, source=src)


MATERIAL = {"en": "With material from {a}.", "fr": "Avec {a}.", "de": "Mit Material von {a}.",
            "es": "Con información de {a}.", "it": "Con materiale di {a}.", "pt": "Com {a}."}
AGENCIES = {"en": ["Reuters", "AFP", "AP"], "fr": ["AFP", "Reuters", "AP"], "de": ["dpa", "Reuters", "AFP"],
            "es": ["EFE", "Europa Press", "Reuters"], "it": ["ANSA", "Adnkronos", "Reuters"],
            "pt": ["Lusa", "Reuters", "AFP"]}


# A paper's report copied with the agencies whose material it used named at the foot (`Mit Material von dpa und
# Reuters.`, `Avec AFP.`, `Con información de EFE y Europa Press.`), on a line of its own after the text; the
# publication and the stamp with its time on top, the headline, the byline (whichever the article has); CRLF line
# ends. The agencies are neither writers nor the source.
def desk_s47_397(a, desk, rng):
    src = src_of(a, rng)
    agencies = rng.sample(AGENCIES[desk], rng.choice([1, 2]))
    parts = [src] + ([f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []) + ["", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", MATERIAL[desk].format(a=conj_join(agencies, BY[desk][1]))]
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


CHAT = {"en": ("For the review:", "Thanks, it's in."), "fr": ("Pour la revue :", "Merci, c'est noté."),
        "de": ("Für den Pressespiegel:", "Danke, ist drin."), "es": ("Para el resumen:", "Gracias, incluido."),
        "it": ("Per la rassegna:", "Grazie, inserito."), "pt": ("Para a revista:", "Obrigado, incluído.")}
EN_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def takeout_date(secs):
    t = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return f"{EN_WEEKDAYS[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} at " \
           f"{t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d}\u202f{'AM' if t.hour < 12 else 'PM'} UTC"


# A Google Chat space exported by Google Takeout (`Google Chat/Groups/Space …/messages.json`): `messages`, each with
# its `creator` (`name`, `email`, `user_type`), `created_date` in long English words (`Wednesday, March 4, 1987 at
# 9:12:33 AM UTC`, later days), `text` and `topic_id`: a colleague's link with its `annotations` (the link preview's
# `url_metadata`: the tab title `Headline - Publication`, the snippet, the image), then the article she pasted (the
# headline, `Publication, long date`, the byline, whichever the article has, the text), another colleague's thanks.
# The colleagues are no authors, the messages' days no date, the tab title no title; Google Chat no source.
def desk_s47_399(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    ask, thanks = CHAT[desk]
    t0 = epoch_of(later_day(a, rng, 1, 4), rng, 25000, 60000)
    link = url_of(a, src)
    topic = ident(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    pasted = [a["title"], sep_join(", ", src, dated(a, desk))]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += ["", "\n\n".join(a["body"])]

    def who(n):
        return {"name": n, "email": f"{address(n)}@{site(DOC_TITLE['en'])}", "user_type": "Human"}

    first = f"{ask} {link}"
    msgs = [{"creator": who(p), "created_date": takeout_date(t0), "text": first,
             "annotations": [{"start_index": len(ask) + 1, "length": len(link), "url_metadata": {
                 "title": f"{a['title']} - {src}", "snippet": lead(a["body"][0]),
                 "image_url": f"https://{domain(src)}/img/{rng.randrange(10 ** 6)}.jpg",
                 "url": {"private_do_not_access_or_else_safe_url_do_not_use": link}}}], "topic_id": topic},
            {"creator": who(p), "created_date": takeout_date(t0 + rng.randrange(20, 200)), "text": "\n".join(pasted),
             "topic_id": topic},
            {"creator": who(q), "created_date": takeout_date(t0 + rng.randrange(300, 5000)), "text": thanks,
             "topic_id": topic}]
    return json.dumps({"messages": msgs}, ensure_ascii=rng.random() < 0.5, indent=2) + "\n", e_with(a, source=src)


ES_PLACE = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles",
            "pt": "Bruxelas"}


# A site's head copied as a Spanish daily sets it: the publication, the headline, the standfirst, the writers' names
# each on its line (whichever the article has), then the place and stamp with the abbreviated month in capitals and
# the time zone (`Bruselas - 03 MAR 1987 - 18:42 CET`, `CEST` in summer; the place alone when undated), the text.
def desk_s47_400(a, desk, rng):
    src = src_of(a, rng)
    stamp = ES_PLACE[desk]
    if a["date"]:
        d = ymd(a["date"])
        mon = ABBR[desk].split()[d.month - 1].rstrip(".").upper()
        h, m = hm(rng, 6, 23)
        zone = "CEST" if 4 <= d.month <= 10 else "CET"
        stamp += f" - {d.day:02d} {mon} {d.year} - {h:02d}:{m:02d} {zone}"
    parts = [src, "", a["title"], "", lead(a["body"][0]), ""] + list(a["authors"]) + [stamp, "",
                                                                                        "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def md_cell(text):
    return " ".join(text.split()).replace("|", "\\|")


# The desk's tracker sheet (`.xlsx`) converted by Microsoft's markitdown (`markitdown tracker.xlsx`), whose pandas
# reader sets each sheet as a `## Sheet name` heading (the review and the month) over a Markdown table: the header row
# (day, publication, headline, authors, section, page, added, added by, text), the rule, and the article's row, with
# pandas' timestamps (`1987-03-03 00:00:00`), `NaN` for an empty cell (the day when undated, the authors when
# unsigned), the page as a float (`12.0` when the column has a gap), the text's paragraphs run together. The added
# day and the colleague are no date and no author; markitdown no source; the sheet's name no title.
def desk_s47_403(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    added = later_day(a, rng, 1, 8)
    month = ymd(a["date"] or added)
    labels = SHEET[desk]
    page = rng.randrange(1, 40)
    row = [f"{a['date']} 00:00:00" if a["date"] else "NaN", src, a["title"],
           "; ".join(a["authors"]) if a["authors"] else "NaN", SECTION[desk],
           f"{page}.0" if rng.random() < 0.4 else str(page), f"{added} 00:00:00", p, " ".join(a["body"])]
    out = [f"## {DOC_TITLE[desk]} {month.year}-{month.month:02d}", "",
           "| " + " | ".join(labels) + " |", "| " + " | ".join("---" for _ in labels) + " |",
           "| " + " | ".join(md_cell(c) for c in row) + " |"]
    return "\n".join(out) + "\n", e_with(a, source=src)


ISO690 = {  # conjunction, online, accessed, available
    "en": ("and", "[online]", "[Accessed {d}]", "Available from: {u}"),
    "fr": ("et", "[en ligne]", "[Consulté le {d}]", "Disponible à l'adresse : {u}"),
    "de": ("und", "[online]", "[Zugriff am: {d}]", "Verfügbar unter: {u}"),
    "es": ("y", "[en línea]", "[Consulta: {d}]", "Disponible en: {u}"),
    "it": ("e", "[online]", "[Consultato il {d}]", "Disponibile all'indirizzo: {u}"),
    "pt": ("e", "[em linha]", "[Consult. {d}]", "Disponível em: {u}"),
}


def iso690_name(n):
    words = n.split()
    return f"{words[-1].upper()}, {' '.join(words[:-1])}" if len(words) > 1 else n.upper()


# A colleague's file for the review opening with the article's reference as ISO 690 sets it (the norm French,
# Spanish and Portuguese libraries teach): the writers family name in capitals first (`ROUX, Hélène et KRÜGER,
# Stefan.`; left out when unsigned), the headline, the publication with `[en ligne]`, the long date (left out when
# undated), the later access day in brackets, the address; a blank line, then the text hard-wrapped at 72. The
# reference is the only place of the headline, the writers, the publication and the day. The access day is no date.
def desk_s47_404(a, desk, rng):
    src = src_of(a, rng)
    conj, online, accessed, available = ISO690[desk]
    names = [iso690_name(n) for n in a["authors"]]
    ref = []
    if names:
        ref.append((names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}") + ".")
    title = a["title"] if a["title"][-1] in ".?!" else a["title"] + "."
    ref += [title, f"{src} {online}."]
    ref += [long_date(a["date"], desk) + "."] if a["date"] else []
    ref += [accessed.format(d=long_date(later_day(a, rng, 20, 900), desk)) + ".",
            available.format(u=url_of(a, src))]
    text = "\n\n".join(textwrap.fill(q, 72) for q in a["body"])
    return " ".join(ref) + "\n\n" + text + "\n", e_with(a, source=src)


PAPERLESS_NOTE = {"en": "for the review", "fr": "pour la revue", "de": "für den Pressespiegel",
                  "es": "para el resumen", "it": "per la rassegna", "pt": "para a revista"}


# A clipping archived in the office's paperless-ngx and fetched from its REST API (`/api/documents/<id>/`): `id`,
# `correspondent`, `document_type` and `tags` as ids (the publication is not named there), `title` (the headline, as
# the colleague set it), `content` (the OCR text of the scan: the masthead line with the publication and long date,
# the headline, the byline, whichever the article has, the text), `created` and `created_date` (the document's day:
# the publication's; when undated, paperless-ngx takes the day the scan was added, and none is expected), `modified`
# and `added` (later), `archive_serial_number`, `original_file_name` (the scan) and `archived_file_name` (the day and
# the publication), `notes` (a colleague's), `page_count`, `mime_type`. The added days and the colleague are no date
# and no author; paperless-ngx no source.
def desk_s47_405(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    added = later_day(a, rng, 2, 300)
    h, m = hm(rng, 8, 19)
    created = a["date"] or added
    content = [sep_join("   ", src.upper(), dated(a, desk, weekday=rng.random() < 0.5)), "", a["title"]]
    content += [byline(a["authors"], desk, rng)] if a["authors"] else []
    content += [""] + [textwrap.fill(q, 64) for q in a["body"]]
    user = address(p).split(".")[0]
    doc = {"id": rng.randrange(200, 9000), "correspondent": rng.randrange(2, 40), "document_type": rng.randrange(1, 9),
           "storage_path": None, "title": a["title"], "content": "\n".join(content), "tags": sorted(
               rng.sample(range(1, 30), 2)), "created": created, "created_date": created,
           "modified": f"{added}T{h:02d}:{m + 1 if m < 59 else m:02d}:{rng.randrange(60):02d}."
                       f"{rng.randrange(10 ** 6):06d}+01:00",
           "added": f"{added}T{h:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(10 ** 6):06d}+01:00",
           "deleted_at": None, "archive_serial_number": rng.randrange(100, 3000),
           "original_file_name": f"scan_{added.replace('-', '')}_{rng.randrange(1000, 9999)}.pdf",
           "archived_file_name": f"{created} {src} {slug(a['title'], 5)}.pdf", "owner": rng.randrange(2, 9),
           "user_can_change": True, "is_shared_by_requester": False,
           "notes": [{"id": rng.randrange(10, 900), "note": PAPERLESS_NOTE[desk], "created": f"{added}T{h:02d}:"
                      f"{m:02d}:59.000000+01:00", "user": {"id": rng.randrange(2, 9), "username": user,
                                                           "first_name": p.split()[0], "last_name": p.split()[-1]}}],
           "custom_fields": [], "page_count": 1, "mime_type": "application/pdf"}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src, date=a["date"])


ROLES = {"en": ["Brussels correspondent", "economics editor", "staff writer", "senior reporter"],
         "fr": ["correspondance à Bruxelles", "service Économie", "rédaction web", "service International"],
         "de": ["Brüssel-Korrespondenz", "Wirtschaftsredaktion", "Redaktion Politik", "Auslandsredaktion"],
         "es": ["corresponsal en Bruselas", "redacción de Economía", "sección Internacional", "redacción"],
         "it": ["corrispondente da Bruxelles", "redazione Economia", "redazione Esteri", "inviato speciale"],
         "pt": ["correspondente em Bruxelas", "editoria de Economia", "redação", "secção Internacional"]}


# A site's head copied with each writer's role in parentheses after the name and the long date on the byline's line
# after a middle dot or a bar (`By Hélène Roux (Brussels correspondent) and Stefan Krüger (economics editor) · March
# 3, 1987`; the date alone when unsigned, nothing when neither), the publication on top, the headline, the text. The
# roles are no part of a name.
def desk_s47_407(a, desk, rng):
    src = src_of(a, rng)
    by, conj = BY[desk]
    roles = ROLES[desk]
    each = [f"{n} ({roles[i % len(roles)]})" for i, n in enumerate(a["authors"])]
    credit = f"{by} {conj_join(each, conj)}" if each else ""
    line = sep_join(rng.choice([" · ", " | "]), credit, dated(a, desk))
    parts = [src, "", a["title"]] + ([line] if line else []) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's bookmarks exported from its bookmark service (linkding, Pinboard) in the Netscape format
# (`bookmarks.html`): the doctype `NETSCAPE-Bookmark-file-1`, the `DO NOT EDIT!` comment, `<TITLE>Bookmarks</TITLE>`,
# then the bookmark: `<DT><A HREF=… ADD_DATE=…` (epoch seconds of the later day it was saved) `LAST_MODIFIED=…
# PRIVATE TOREAD TAGS=…>` with the tab's title (the headline, or `Headline - Publication`), and the `<DD>` note the
# colleague pasted (`Publication, long date`, the byline, whichever the article has, then the text, HTML-escaped, its
# line breaks kept). The save day is no date, the tab's suffix no part of the headline; the bookmark service no source.
def desk_s47_408(a, desk, rng):
    src = src_of(a, rng)
    saved = epoch_of(later_day(a, rng, 1, 30), rng)
    tab = a["title"] if rng.random() < 0.5 else f"{a['title']} - {src}"
    note = [sep_join(", ", src, dated(a, desk))]
    note += [byline(a["authors"], desk, rng)] if a["authors"] else []
    note += ["", "\n\n".join(a["body"])]
    tags = f"{DOC_TITLE[desk].lower().replace(' ', '-')},{SECTION[desk].lower()}"
    out = ["<!DOCTYPE NETSCAPE-Bookmark-file-1>", "<!-- This is an automatically generated file.",
           "     It will be read and overwritten.", "     DO NOT EDIT! -->",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">', "<TITLE>Bookmarks</TITLE>",
           "<H1>Bookmarks</H1>", "<DL><p>",
           f'<DT><A HREF="{url_of(a, src)}" ADD_DATE="{saved}" LAST_MODIFIED="{saved + rng.randrange(5, 900)}" '
           f'PRIVATE="1" TOREAD="0" TAGS="{tags}">{x(tab)}</A>', "<DD>" + x("\n".join(note)), "</DL><p>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


SIGN_TOWN = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles",
             "pt": "Bruxelas"}


# A clipping typed into a plain-text file by a colleague (BOM, CRLF, hard wraps at 70): the headline with the day in
# parentheses after it, numeric without leading zeros (`Headline (3.3.1987)`, `(3/3/1987)`, month first on the English
# desk; the headline alone when undated), the publication on the next line, the text, then the writers' signature
# with the town at the foot (`Hélène Roux und Stefan Krüger, Brüssel`; none when unsigned). The day in parentheses
# is no part of the headline; the town no part of a name.
def desk_s47_409(a, desk, rng):
    src = src_of(a, rng)
    head = f"{a['title']} ({plain_numeric(a['date'], desk)})" if a["date"] else a["title"]
    parts = [head, src, "", "\n\n".join(textwrap.fill(q, 70) for q in a["body"])]
    if a["authors"]:
        parts += ["", f"{conj_join(a['authors'], BY[desk][1])}, {SIGN_TOWN[desk]}"]
    return "\ufeff" + "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


ROAM = {  # source, author(s), published, tags, text
    "en": ("Source", "Author", "Published", "Tags", "Text"), "fr": ("Source", "Auteur", "Publié", "Tags", "Texte"),
    "de": ("Quelle", "Autor", "Erschienen", "Tags", "Text"), "es": ("Fuente", "Autor", "Publicado", "Tags", "Texto"),
    "it": ("Fonte", "Autore", "Pubblicato", "Tag", "Testo"), "pt": ("Fonte", "Autor", "Publicado", "Tags", "Texto")}


# A page of the desk's Roam Research graph exported as JSON (`Export All` → JSON): a list with the page: `title` (the
# headline, as the colleague named the page), `children` blocks with `string`, `uid`, `create-time` and `edit-time`
# (milliseconds of later days) and `create-email`: the attributes in the desk's language (`Quelle:: [[Le
# Figaro]]`, `Autor:: [[Hélène Roux]] [[Stefan Krüger]]`, `Erschienen:: [[March 3rd, 1987]]`, Roam's daily-note
# link in English; each left out when the article lacks it), `Tags:: #Pressespiegel`, then a `Text` block whose
# children are the paragraphs. The page's times and the colleague are no date and no author; Roam no source.
def desk_s47_410(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    mail = f"{address(p)}@{site(DOC_TITLE['en'])}"
    t = epoch_of(later_day(a, rng, 1, 20), rng) * 1000 + rng.randrange(1000)
    lab_src, lab_au, lab_pub, lab_tags, lab_text = ROAM[desk]
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    clock = [t]

    def block(text, children=None):
        clock[0] += rng.randrange(2000, 90000)
        b = {"string": text, "uid": ident(rng, 9, alphabet), "create-time": clock[0], "edit-time": clock[0] +
             rng.randrange(0, 5000), "create-email": mail}
        if children:
            b["children"] = children
        return b

    kids = [block(f"{lab_src}:: [[{src}]]")]
    if a["authors"]:
        kids.append(block(f"{lab_au}:: " + " ".join(f"[[{n}]]" for n in a["authors"])))
    if a["date"]:
        kids.append(block(f"{lab_pub}:: [[{ordinal_day(a['date'])}]]"))
    kids.append(block(f"{lab_tags}:: #[[{DOC_TITLE[desk]}]]"))
    kids.append(block(lab_text, [block(q) for q in a["body"]]))
    page = {"title": a["title"], "children": kids, "create-time": t, "edit-time": clock[0] + 1000,
            "edit-email": mail}
    return json.dumps([page], ensure_ascii=False) + "\n", e_with(a, source=src)


GENRE = {  # one writer, several
    "en": ("A report by {a}", "A report by {a}"), "fr": ("Un reportage de {a}", "Un reportage de {a}"),
    "de": ("Ein Bericht von {a}", "Ein Bericht von {a}"), "es": ("Una crónica de {a}", "Una crónica de {a}"),
    "it": ("Un servizio di {a}", "Un servizio di {a}"), "pt": ("Uma reportagem de {a}", "Uma reportagem de {a}"),
}


# A paper's story copied with a genre phrase as its byline under the headline (`A report by Hélène Roux`, `Ein
# Bericht von A und B`, `Una crónica de A`, `Un servizio di A e B`; none when unsigned), the publication and the long
# date with its weekday on a line above the headline (whichever the article has), the text. The phrase is no part of
# the names.
def desk_s47_411(a, desk, rng):
    src = src_of(a, rng)
    one, many = GENRE[desk]
    parts = [sep_join(" · ", src, dated(a, desk, weekday=True)), "", a["title"]]
    if a["authors"]:
        parts += [(one if len(a["authors"]) == 1 else many).format(a=named(a["authors"], desk))]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s47_")}

# ---- held-out members of BLIND_S47 below: whoever tunes the reader never reads past this line ----

# A record harvested from a digitised-newspaper archive's OAI-PMH endpoint (`verb=GetRecord&metadataPrefix=oai_dc`):
# `responseDate` (the later day of the harvest), the `request`, the record's `header` (`identifier`, `datestamp` the
# later day it was catalogued, `setSpec`), then `oai_dc:dc` with `dc:title`, one `dc:creator` a writer (family name
# first; none when unsigned), `dc:source` (the publication), `dc:date` (none when undated), `dc:type`, `dc:format`,
# `dc:language`, `dc:identifier`, `dc:rights` and `dc:description` (the text). The harvest and catalogue days are no
# date; the archive no source.
def desk_s47_388(a, desk, rng):
    src = src_of(a, rng)
    harvested = later_day(a, rng, 100, 2000)
    listed = later_day(a, rng, 30, 90)
    h, m = hm(rng)
    ark = f"oai:archive.example.eu:{ident(rng, 10, '0123456789bcdfghjkmnpqrstvwxz')}"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/'
           'OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">',
           f"  <responseDate>{harvested}T{h:02d}:{m:02d}:{rng.randrange(60):02d}Z</responseDate>",
           f'  <request verb="GetRecord" identifier="{ark}" metadataPrefix="oai_dc">https://archive.example.eu/oai'
           "</request>", "  <GetRecord>", "    <record>", "      <header>",
           f"        <identifier>{ark}</identifier>", f"        <datestamp>{listed}</datestamp>",
           "        <setSpec>newspapers</setSpec>", "      </header>", "      <metadata>",
           '        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/'
           'oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">',
           f"          <dc:title>{x(a['title'])}</dc:title>"]
    out += [f"          <dc:creator>{x(family_first(n))}</dc:creator>" for n in a["authors"]]
    out += [f"          <dc:source>{x(src)}</dc:source>"]
    out += [f"          <dc:date>{a['date']}</dc:date>"] if a["date"] else []
    out += ["          <dc:type>text</dc:type>", "          <dc:type>newspaper article</dc:type>",
            "          <dc:format>text/plain</dc:format>",
            f"          <dc:language>{LANG3.get(a['lang'], 'eng')}</dc:language>",
            f"          <dc:identifier>https://archive.example.eu/ark/{ark.split(':')[-1]}</dc:identifier>",
            "          <dc:rights>In copyright - non-commercial use permitted</dc:rights>",
            f"          <dc:description>{x(chr(10).join(a['body']))}</dc:description>", "        </oai_dc:dc>",
            "      </metadata>", "    </record>", "  </GetRecord>", "</OAI-PMH>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


ISSUE = {"en": "no. {n:,}", "fr": "no {n}", "de": "Nr. {n}", "es": "n.º {n}", "it": "n. {n}", "pt": "n.º {n}"}
PAGE = {"en": "p. {p}", "fr": "p. {p}", "de": "S. {p}", "es": "p. {p}", "it": "p. {p}", "pt": "p. {p}"}
HOME = {"Le Figaro": "Paris", "Süddeutsche Zeitung": "München", "El País": "Madrid", "Corriere della Sera": "Milano",
        "Público": "Lisboa", "The Guardian": "London"}


# A press review entry whose source line is set as a library catalogues a paper, its town in parentheses after the
# name, then the issue number, the long date with its weekday and the page (`Le Figaro (Paris), no 12345, mardi 3
# mars 1987, p. 12`; no date when undated), then the headline, the byline (whichever the article has), the text. The
# town is no part of the publication's name.
def desk_s47_389(a, desk, rng):
    src = src_of(a, rng)
    town = HOME.get(src, CITY.get(a["lang"], CITY[desk]))
    issue = ISSUE[desk].format(n=rng.randrange(2000, 40000))
    line = sep_join(", ", f"{src} ({town})", issue, dated(a, desk, weekday=True),
                    PAGE[desk].format(p=rng.randrange(1, 40)))
    parts = [line, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A page archived on archive.today and copied from the snapshot: the service's header (`archive.today`, `webpage
# capture`, `Saved from` the address, `no other snapshots from this url`, the snapshot's stamp `3 Mar 2026 18:42:10
# UTC` of a later day, `All snapshots from host …`, the `Webpage Screenshot` tabs, the `share download .zip report bug
# or abuse` row), then the page: the publication, the headline, the byline, the stamp (whichever the article has),
# the text. The snapshot's day is no date; archive.today no source.
def desk_s47_390(a, desk, rng):
    src = src_of(a, rng)
    snap = ymd(later_day(a, rng, 1, 500))
    h, m = hm(rng, 0, 24)
    link = url_of(a, src)
    parts = ["archive.today", "webpage capture", f"Saved from\t{link}\tsearch", "",
             "no other snapshots from this url",
             f"{snap.day} {ABBR['en'].split()[snap.month - 1]} {snap.year} {h:02d}:{m:02d}:{rng.randrange(60):02d} UTC",
             f"All snapshots from host {domain(src)}", "Webpage\tScreenshot",
             "share\tdownload .zip\treport bug or abuse\tBuy me a coffee", "", src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{STAMPS[desk][0]} {long_date(a['date'], desk)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


REPORTS = {  # one writer, several
    "en": ("{a} reports from Brussels.", "{a} report from Brussels."),
    "fr": ("{a} raconte depuis Bruxelles.", "{a} racontent depuis Bruxelles."),
    "de": ("{a} berichtet aus Brüssel.", "{a} berichten aus Brüssel."),
    "es": ("{a} informa desde Bruselas.", "{a} informan desde Bruselas."),
    "it": ("{a} racconta da Bruxelles.", "{a} raccontano da Bruxelles."),
    "pt": ("{a} relata de Bruxelas.", "{a} relatam de Bruxelas."),
}


# A site's story copied with the writers named only in the standfirst's sentence (`Hélène Roux reports from
# Brussels.`, `Hélène Roux und Stefan Krüger berichten aus Brüssel.`; no such sentence when unsigned): the
# publication and long date on top (whichever the article has), the headline, the sentence, the text.
def desk_s47_394(a, desk, rng):
    src = src_of(a, rng)
    one, many = REPORTS[desk]
    parts = [sep_join(" — ", src, dated(a, desk)), "", a["title"]]
    if a["authors"]:
        parts += [(one if len(a["authors"]) == 1 else many).format(a=named(a["authors"], desk))]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's Instapaper account exported as CSV (`Settings` → `Export` → CSV): the header
# `URL,Title,Selection,Folder,Timestamp` and the article's row: the address, the title Instapaper kept (the headline,
# or `Headline | Publication`), the selection the colleague made on the page when saving it (the publication, the
# byline, the long date, whichever the article has, then the text), the folder (the review's or `Unread`), the epoch
# seconds of the later day it was saved. The save day is no date; Instapaper no source; the title's suffix no part of
# the headline.
def desk_s47_395(a, desk, rng):
    src = src_of(a, rng)
    tab = a["title"] if rng.random() < 0.6 else f"{a['title']} | {src}"
    sel = [src]
    sel += [byline(a["authors"], desk, rng)] if a["authors"] else []
    sel += [long_date(a["date"], desk)] if a["date"] else []
    sel += ["", "\n\n".join(a["body"])]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["URL", "Title", "Selection", "Folder", "Timestamp"])
    w.writerow([url_of(a, src), tab, "\n".join(sel), rng.choice([DOC_TITLE[desk], "Unread"]),
                epoch_of(later_day(a, rng, 1, 40), rng)])
    return out.getvalue(), e_with(a, source=src)


ADS = {"en": ("Advertisement", "Story continues below advertisement"), "fr": ("Publicité", "L'article continue après "
       "la publicité"), "de": ("Anzeige", "Weiterlesen nach der Anzeige"), "es": ("Publicidad", "Sigue leyendo"),
       "it": ("Pubblicità", "Continua a leggere"), "pt": ("Publicidade", "Continue a ler")}


# A site's story copied with its ad slots' labels between the paragraphs (`Advertisement` / `Story continues below
# advertisement`, `Anzeige` / `Weiterlesen nach der Anzeige`, `Publicité`): the publication, the headline, the byline,
# the stamp (whichever the article has), the text with a label pair after the first paragraph and the label alone
# after every second one.
def desk_s47_396(a, desk, rng):
    src = src_of(a, rng)
    ad, more = ADS[desk]
    parts = [src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    body = []
    for i, q in enumerate(a["body"]):
        body.append(q)
        if i == 0 and len(a["body"]) > 1:
            body.append(f"{ad}\n\n{more}" if rng.random() < 0.6 else ad)
        elif i % 2 == 0 and i < len(a["body"]) - 1:
            body.append(ad)
    parts += ["", "\n\n".join(body)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A colleague's Word file read by Apache Tika (`java -jar tika-app.jar -J -t clipping.docx`) and the JSON kept by the
# desk's ingest: one object with the document's metadata (`Content-Type`, `dc:creator` and `meta:last-author` the
# colleague, `dcterms:created` and `dcterms:modified` later days, `dc:title` the review's own title, `resourceName`,
# `extended-properties:Application`, the counts, `X-TIKA:Parsed-By`, `X-TIKA:parse_time_millis`) and `X-TIKA:content`
# holding the text (the headline, `Publication, long date`, the byline, whichever the article has, the paragraphs,
# with Tika's blank lines). The colleague and the document's days are no author and no date; Tika no source.
def desk_s47_398(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    made = later_day(a, rng, 1, 10)
    h, m = hm(rng, 8, 18)
    text = [a["title"], sep_join(", ", src, dated(a, desk))]
    text += [byline(a["authors"], desk, rng)] if a["authors"] else []
    text += list(a["body"])
    doc_title = f"{DOC_TITLE[desk]} {numeric(made, desk)}"
    meta = {"extended-properties:AppVersion": "16.0000", "meta:paragraph-count": str(len(text)),
            "meta:word-count": str(word_count(a) + len(a["title"].split())), "extended-properties:Application":
            "Microsoft Office Word", "meta:last-author": p, "dc:creator": p, "extended-properties:Company": "",
            "xmpTPg:NPages": str(max(1, word_count(a) // 450)), "dcterms:created": f"{made}T{h:02d}:{m:02d}:00Z",
            "dcterms:modified": f"{made}T{h + 1:02d}:{m:02d}:00Z", "dc:title": doc_title,
            "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "resourceName": f"{slug(doc_title, 4)}.docx",
            "X-TIKA:Parsed-By": ["org.apache.tika.parser.DefaultParser",
                                 "org.apache.tika.parser.microsoft.ooxml.OOXMLParser"],
            "X-TIKA:parse_time_millis": str(rng.randrange(20, 400)), "X-TIKA:embedded_depth": "0",
            "X-TIKA:content": "\n" + "\n\n".join(text) + "\n"}
    if rng.random() < 0.5:
        meta = dict(sorted(meta.items()))
    return json.dumps([meta], ensure_ascii=False, indent=rng.choice([None, 1])) + "\n", e_with(a, source=src)


LABEL_LINE = {  # origin, issue date, signed
    "en": ("Origin", "Issue date", "Signed"), "fr": ("Provenance", "Parution", "Signé"),
    "de": ("Herkunft", "Erscheinungsdatum", "Gezeichnet"), "es": ("Procedencia", "Aparición", "Firma"),
    "it": ("Provenienza", "Uscita", "Firmato"), "pt": ("Proveniência", "Publicação", "Assinado")}


# A press review entry with the fields on one line under labels a desk's template uses (`Provenance : Le Figaro —
# Parution : 03/03/1987 — Signé : Hélène Roux, Stefan Krüger`, `Herkunft: … / Erscheinungsdatum: 03.03.1987 /
# Gezeichnet: …`; each left out when the article lacks it), the headline under it, then the text; CRLF line ends.
def desk_s47_401(a, desk, rng):
    src = src_of(a, rng)
    origin, issued, signed = LABEL_LINE[desk]
    colon = " : " if desk == "fr" else ": "
    cells = [f"{origin}{colon}{src}"]
    cells += [f"{issued}{colon}{numeric(a['date'], desk)}"] if a["date"] else []
    cells += [f"{signed}{colon}{', '.join(a['authors'])}"] if a["authors"] else []
    parts = [rng.choice([" — ", " / "]).join(cells), "", a["title"], "", "\n\n".join(a["body"])]
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


IMSG = {"en": ("For tomorrow's review 👇", "Thanks!"), "fr": ("Pour la revue de demain 👇", "Merci !"),
        "de": ("Für den Pressespiegel morgen 👇", "Danke!"), "es": ("Para el resumen de mañana 👇", "¡Gracias!"),
        "it": ("Per la rassegna di domani 👇", "Grazie!"), "pt": ("Para a revista de amanhã 👇", "Obrigado!")}


def imsg_stamp(secs):
    t = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return f"{EN_MONTHS[t.month - 1][:3]} {t.day:02d}, {t.year} {t.hour % 12 or 12:2d}:{t.minute:02d}:" \
           f"{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


# A conversation exported by imessage-exporter (`imessage-exporter -f txt`, one file named after the colleague's
# number): each message a stamp (`Mar 04, 1987  9:12:33 AM`, later days, with `(Read by you after 2 minutes)`), the
# sender (the colleague's number or `Me`) and the text, a blank line between: the colleague's note, the link, the
# article she pasted (the headline, `Publication — long date`, the byline, whichever the article has, the text), the
# desk's thanks. The colleague is no author, the messages' days no date; iMessage no source.
def desk_s47_402(a, desk, rng):
    src = src_of(a, rng)
    number = f"+{rng.choice([33, 34, 39, 44, 49, 351])}{rng.randrange(6 * 10 ** 8, 8 * 10 ** 8)}"
    note, thanks = IMSG[desk]
    t = epoch_of(later_day(a, rng, 1, 3), rng, 25000, 70000)
    pasted = [a["title"], sep_join(" — ", src, dated(a, desk))]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += ["", "\n\n".join(a["body"])]
    msgs = [(t, number, note, ""), (t + 4, number, url_of(a, src), ""), (t + 9, number, "\n".join(pasted), ""),
            (t + rng.randrange(200, 3000), "Me", thanks, f" (Read by them after {rng.randrange(2, 9)} minutes)")]
    out = []
    for secs, who, text, read in msgs:
        read = read if who == "Me" else f" (Read by you after {rng.randrange(2, 6)} minutes)" if secs == t else ""
        out += [imsg_stamp(secs) + read, who, text, ""]
    return "\n".join(out), e_with(a, source=src)


CREATED = {"en": "Created: {d}, {t} | By {a}", "fr": "Créé le : {d} à {t} | Par {a}",
           "de": "Erstellt: {d}, {t} Uhr | Von {a}", "es": "Creado: {d} - {t} | Por {a}",
           "it": "Creato: {d} ore {t} | Di {a}", "pt": "Criado: {d} às {t} | Por {a}"}


# A regional site's story copied with the creation stamp and the byline on one line above the headline (`Erstellt:
# 03.03.1987, 18:42 Uhr | Von Hélène Roux`, `Créé le : 03/03/1987 à 18h42 | Par A et B`; the half the article lacks
# left out, the line left out when it lacks both), the publication and section on top, then the headline, the text.
def desk_s47_406(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    t = f"{h}h{m:02d}" if desk in ("fr", "pt") else f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}" \
        if desk == "en" else f"{h:02d}:{m:02d}"
    stamp_part, by_part = CREATED[desk].split(" | ")
    line = sep_join(" | ", a["date"] and stamp_part.format(d=numeric(a["date"], desk), t=t),
                    a["authors"] and by_part.format(a=named(a["authors"], desk)))
    parts = [sep_join(" › ", src, SECTION[desk]), ""] + ([line] if line else []) + [a["title"], "",
                                                                                   "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S47 = {f"desk_s47_{i}" for i in range(386, 412)}
assert DEVELOPMENT == {name for name in BLIND_S47
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S47)})
