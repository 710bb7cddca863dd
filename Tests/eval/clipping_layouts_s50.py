"""A twenty-eighth batch of 26 clipping layouts (BLIND_S50) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s49.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a tab title's `Headline |
Publication`, a record's, a task's, a wiki page's or a chat topic's own name, a series marker, another part's or a
video's headline, the headline the piece carried in print; authors: persons who wrote the article, never the
colleague who pasted, filed, saved or annotated it, a task's assignee, a narrator, a column's standing title without
a name, the editors an imprint names, a newsletter's editor, a sidebar's writer, a video's credit, a person the text
names, nor the outlet's domain a monitoring service puts in its `author` field; date: the article's publication day,
never the day of a correction, of indexing, crawling, saving, a call to an API, an OCR job, a cutting's delivery, a
newsletter's issue, an earlier part of a series or a posted video, and none when the file states none; source: the
publication the file names, never the tool, the monitoring service, the API, the wiki, the association that reprints
it, nor the publishing company).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S49 did not use (checked for each
with a keyword grep over all the batch files, printing only file names or counts). The sixteen development members:
the desk's GDELT DOC API watch (`articles` with GDELT's `title` the tab title, `seendate`, `domain`, and
`page_text` the page copied by the script), a correction note with its later day set above the headline
(`Rectificatif, le 5 mars 1987 : …`) over the labelled publication day, an Asana task from its API (`name` the task's
own name, `assignee` and `created_by` colleagues, the article pasted in `notes`, the outlet and the publication day
as custom fields), a cutting service's slip with the trade's own labels (`Blatt`, `Erscheinungstag`, `Schlagzeile`,
`Verfasser`; `Cabecera`, `Titular`, `Firma`; `non signé` when unsigned) and a delivery day, a Zulip stream's messages
from its API (`subject` the topic, the article quoted in a `<blockquote>`), a columnist named only in the column's
standing title above the headline (`La chronique d'Hélène Roux`, `Zwischenruf von A`), Azure AI Document
Intelligence's layout result of a scanned cutting (`paragraphs` with `role` `pageHeader`, `title`,
`sectionHeading`), an audio player between the head and the text naming its narrator (`Gelesen von P`), a Brandwatch
mention from its API (`fullname` the outlet, `author` the writers or the outlet's domain when unsigned, `date`,
`added`), a series marker above the headline (`Serie „Europas Stahl“ (Teil 3 von 5)`) with the earlier and the next
parts' headlines at the foot, an Aylien News API story (`source.name`, `author.name`, `published_at`, the people in
`entities`), an ended live blog (`Direct animé par A et B`, the last update, the entries newest first under clock
times), a Zim desktop wiki page (`Content-Type: text/x-zim-wiki`, `Creation-Date`, the page's own name as level-1
heading, the headline as level-2 heading, `//Le Figaro//, 3 mars 1987`), an e-paper page with the paper's imprint box
naming its editors and publishing company, an Omnivore GraphQL search result (`siteName`, `author`, `publishedAt`,
`savedAt`), an association's members' newsletter reprinting the article by permission (`Abdruck mit freundlicher
Genehmigung von X, wo dieser Artikel am 3. März 1987 erschienen ist.`); ten more are held-out.

The layouts are numbered from 582 to 607, the first range at or after 542 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s50_{i}` and text_eval.py's own `held_out`), so that sixteen fall in development (first) and ten held-out
(after the marker line, which whoever tunes the reader never reads past). Written in stop 47 without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts_s25.py to _s47.py (clipping_layouts_s48.py
and _s49.py were read whole, for their style and contract, clipping_layouts.py and the helpers of _s31.py too; the
keyword grep for formats already used ran over all the batch files, printing file names or counts only; the helpers
of _s25.py to _s47.py were listed by a grep for definitions limited to the lines above each file's marker). Nobody
tunes on any of them when written; BLIND_S50's development members are only scored (text_eval.py prints their misses
with `--show-s50-development` alone). A container that leaves an undated article without a publication day (Asana's
null date field, Brandwatch's null `date`, Aylien's missing `published_at`, Omnivore's null `publishedAt`) is
expected to state none, whatever later days it holds.
Scored untuned once, by the release binary its writer was given (`base.bin`; title exact / authors F1 / date /
source): development 0.708 / 0.839 / 0.835 / 0.623, 0 rejected (26 files stating no author given some); held-out
0.587 / 0.620 / 0.725 / 0.648, 43 rejected (18 files stating no author given some) (`Tests/eval/text_eval.py --binary
B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings, so that these were not
rewritten; the other layouts' 82,610 clippings it wrote were byte for byte those of d88a377's text_eval.py). Nothing
was changed after the run but comments and line breaks (the batch's clippings regenerated identical).
"""
import datetime
import hashlib
import json
import textwrap

from clipping_layouts import LAYOUTS, MONTHS, PUBLISHED, WEEKDAYS, byline, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import slug
from clipping_layouts_s42 import named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION, x
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle

DIGITS = "0123456789"
REVIEW = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
          "it": "Rassegna stampa", "pt": "Revista de imprensa"}
LANG_EN = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}
COUNTRY = {"en": ("United Kingdom", "gb"), "fr": ("France", "fr"), "de": ("Germany", "de"), "es": ("Spain", "es"),
           "it": ("Italy", "it"), "pt": ("Portugal", "pt")}
QUOTED = ["Anders Holm", "Mikael Strand", "Ingrid Dahl", "Pieter Janssens"]


def clock_of(secs, offset_h=1):
    return datetime.datetime.fromtimestamp(secs, datetime.timezone(datetime.timedelta(hours=offset_h)))


def head_block(a, desk, rng, src):
    """The page's head as the desk's scripts copy it: the publication, the headline, the byline, the long date."""
    parts = [src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [dated(a, desk)] if a["date"] else []
    return parts


# ---- development members of BLIND_S50 ----

# The desk's watch script querying the GDELT DOC 2.0 API (`mode=artlist&format=json`) and adding the page's text to
# each hit: `query`, `retrieved` (the later moment of the call), `articles` with GDELT's own fields (`url`,
# `url_mobile`, `title` the page's tab title, often `Headline - Publication`, `seendate` the later moment GDELT saw
# the page as `20260305T101500Z`, `socialimage`, `domain`, `language` and `sourcecountry` in English words), and
# `page_text` the page copied by the script: the publication, the headline, the byline, the long date (whichever the
# article has), the text. GDELT's moments are no date, its domain no source, the tab title's suffix no part of the
# headline.
def desk_s50_582(a, desk, rng):
    src = src_of(a, rng)
    seen = epoch_of(later_day(a, rng, 1, 4), rng)
    tab = rng.choice([f"{a['title']} - {src}", f"{a['title']} | {src}", a["title"]])
    hit = {"url": url_of(a, src), "url_mobile": "", "title": tab,
           "seendate": clock_of(seen, 0).strftime("%Y%m%dT%H%M%SZ"),
           "socialimage": f"https://img.{site(src)}/{ident(rng, 16, HEX)}.jpg", "domain": site(src),
           "language": LANG_EN.get(a.get("lang"), "English"), "sourcecountry": COUNTRY[desk][0]}
    doc = {"query": f"(acier OR steel OR Stahl) domain:{site(src)}", "mode": "artlist",
           "retrieved": utc_iso(seen + rng.randrange(3600, 86400 * 3)), "articles": [hit],
           "page_text": "\n".join(head_block(a, desk, rng, src) + ["", "\n\n".join(a["body"])])}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


CORRECTION = {  # the correction note with its (later) day
    "en": "Correction, {d}: An earlier version of this article gave a wrong figure for the plant's workforce. "
          "It has been corrected.",
    "fr": "Rectificatif, le {d} : une précédente version de cet article indiquait un chiffre erroné pour les "
          "effectifs de l'usine. Il a été corrigé.",
    "de": "Korrektur vom {d}: In einer früheren Version dieses Artikels war die Zahl der Beschäftigten des Werks "
          "falsch angegeben. Wir haben den Fehler korrigiert.",
    "es": "Fe de errores, {d}: una versión anterior de este artículo daba una cifra errónea de la plantilla de la "
          "fábrica. Ha sido corregida.",
    "it": "Rettifica del {d}: una versione precedente di questo articolo riportava un dato errato sul numero dei "
          "dipendenti dello stabilimento. È stato corretto.",
    "pt": "Correção, {d}: uma versão anterior deste artigo indicava um número errado de trabalhadores da fábrica. "
          "Foi corrigido."}


# A story copied with the paper's correction note set at the very top, above the headline (`Rectificatif, le 5 mars
# 1987 : une précédente version …`, a later day, kept when the article is undated, sometimes framed in square
# brackets or introduced by a warning sign), then the publication and section, the headline, the byline, the
# labelled publication day (`Publié le 3 mars 1987`, whichever the article has), the text. The correction's day is no
# date.
def desk_s50_585(a, desk, rng):
    src = src_of(a, rng)
    note = CORRECTION[desk].format(d=long_date(later_day(a, rng, 1, 12), desk))
    note = rng.choice([note, f"[{note}]", f"⚠ {note}"])
    parts = [note, "", sep_join(" – ", src, SECTION[desk]), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{PUBLISHED[desk]} {long_date(a['date'], desk)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ASANA = {  # the task's name, the note, the custom fields' names (outlet, publication day), the section
    "en": (["Summarise for Thursday's review", "Check figures with the ministry"], "Pasted below, for the review:",
           ("Outlet", "Publication date"), "To summarise"),
    "fr": (["Résumer pour la revue de jeudi", "Vérifier les chiffres avec le ministère"],
           "Collé ci-dessous, pour la revue :", ("Média", "Date de parution"), "À résumer"),
    "de": (["Für den Pressespiegel am Donnerstag zusammenfassen", "Zahlen mit dem Ministerium abgleichen"],
           "Unten eingefügt, für den Pressespiegel:", ("Medium", "Erscheinungsdatum"), "Zusammenfassen"),
    "es": (["Resumir para el resumen del jueves", "Comprobar las cifras con el ministerio"],
           "Pegado abajo, para el resumen:", ("Medio", "Fecha de publicación"), "Por resumir"),
    "it": (["Riassumere per la rassegna di giovedì", "Verificare i dati con il ministero"],
           "Incollato qui sotto, per la rassegna:", ("Testata", "Data di pubblicazione"), "Da riassumere"),
    "pt": (["Resumir para a revista de quinta-feira", "Verificar os números com o ministério"],
           "Colado abaixo, para a revista:", ("Meio", "Data de publicação"), "Por resumir")}


# A task of the communication office's Asana project read from its API (`GET /api/1.0/tasks/{gid}`): `data` with
# `gid`, `resource_type`, `name` the task's own name (`Résumer pour la revue de jeudi`, or `Revue : Le Figaro`),
# `assignee` and `created_by` (colleagues), `created_at` and `modified_at` the later moments, `due_on` a later day,
# `notes` the colleague's note and the article pasted (the headline, the byline, the long date when the custom
# field is empty, the text), `custom_fields` (an enum naming the outlet, a date field holding the publication day or
# null), `memberships` (the project `Revue de presse`, the section), `permalink_url`. The task's name is no headline,
# its users no authors, its moments no date, Asana no source.
def desk_s50_586(a, desk, rng):
    src = src_of(a, rng)
    names, note, (f_outlet, f_day), section = ASANA[desk]
    who, creator = crew(a, rng, 2)
    made = epoch_of(later_day(a, rng, 1, 10), rng)

    def gid():
        return "1" + ident(rng, 15, DIGITS)
    pasted = [note, "", a["title"]]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += [long_date(a["date"], desk)] if a["date"] and rng.random() < 0.5 else []
    pasted += [""] + list(a["body"])
    fields = [{"gid": gid(), "resource_type": "custom_field", "name": f_outlet, "type": "enum",
               "enum_value": {"gid": gid(), "resource_type": "enum_option", "name": src, "enabled": True,
                              "color": rng.choice(["blue", "green", "red", "yellow-orange"])},
               "display_value": src},
              {"gid": gid(), "resource_type": "custom_field", "name": f_day, "type": "date",
               "date_value": {"date": a["date"], "date_time": None} if a["date"] else None,
               "display_value": a["date"]}]
    task = {"gid": gid(), "resource_type": "task", "name": rng.choice(names + [f"{REVIEW[desk]}: {src}"]),
            "resource_subtype": "default_task", "assignee": {"gid": gid(), "resource_type": "user", "name": who},
            "completed": False, "completed_at": None, "created_at": utc_iso(made, True),
            "created_by": {"gid": gid(), "resource_type": "user", "name": creator},
            "custom_fields": fields, "due_at": None, "due_on": later_day(a, rng, 12, 20),
            "followers": [{"gid": gid(), "resource_type": "user", "name": n} for n in (who, creator)],
            "liked": False, "likes": [], "memberships": [{"project": {"gid": gid(), "resource_type": "project",
                                                                      "name": REVIEW[desk]},
                                                          "section": {"gid": gid(), "resource_type": "section",
                                                                      "name": section}}],
            "modified_at": utc_iso(made + rng.randrange(600, 86400 * 3), True), "notes": "\n".join(pasted),
            "num_likes": 0, "parent": None, "permalink_url": "", "start_on": None, "tags": []}
    task["permalink_url"] = f"https://app.asana.com/0/{task['memberships'][0]['project']['gid']}/{task['gid']}"
    return json.dumps({"data": task}, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


SLIP = {  # heading; outlet, run date, headline, byline, page, circulation, section, size, delivered; unsigned
    "en": ("PRESS CUTTING", ("Outlet", "Run date", "Headline", "Byline", "Page", "Circulation", "Section", "Size",
                             "Supplied"), "unsigned"),
    "fr": ("COUPURE DE PRESSE", ("Titre de presse", "Parution", "Titre", "Signature", "Page", "Diffusion", "Rubrique",
                                 "Surface", "Livré le"), "non signé"),
    "de": ("PRESSEAUSSCHNITT", ("Blatt", "Erscheinungstag", "Schlagzeile", "Verfasser", "Seite", "Auflage", "Ressort",
                                "Fläche", "Geliefert"), "ohne Verfasserangabe"),
    "es": ("RECORTE DE PRENSA", ("Cabecera", "Fecha de edición", "Titular", "Firma", "Página", "Difusión", "Sección",
                                 "Superficie", "Entregado"), "sin firma"),
    "it": ("RITAGLIO STAMPA", ("Testata", "Data uscita", "Titolo", "Firma", "Pagina", "Diffusione", "Sezione",
                               "Superficie", "Consegnato"), "non firmato"),
    "pt": ("RECORTE DE IMPRENSA", ("Publicação", "Data de edição", "Título", "Assinatura", "Página", "Tiragem",
                                   "Secção", "Área", "Entregue"), "sem assinatura")}


# A cutting service's slip above the copied text, with the trade's own labels rather than the usual ones (`Blatt`,
# `Erscheinungstag`, `Schlagzeile`, `Verfasser`; `Cabecera`, `Fecha de edición`, `Titular`, `Firma`; `Titre de
# presse`, `Parution`, `Signature`), the writers joined by ` / `, the byline's value a word when unsigned (`non
# signé`, `sin firma`), the day numeric, the page, the circulation, the section, the size in cm², and the day the
# cutting was supplied (later); the labels padded with dots or spaces, the run date left out when undated. The
# delivery day is no date, the unsigned word no author.
def desk_s50_587(a, desk, rng):
    src = src_of(a, rng)
    heading, (l_out, l_day, l_head, l_by, l_page, l_circ, l_sec, l_size, l_sup), unsigned = SLIP[desk]
    circ = f"{rng.randrange(40, 400) * 1000:,}"
    rows = [(l_out, src)]
    rows += [(l_day, numeric(a["date"], desk))] if a["date"] else []
    rows += [(l_head, a["title"]), (l_by, " / ".join(a["authors"]) if a["authors"] else unsigned),
             (l_page, str(rng.randrange(2, 40))), (l_circ, circ if desk == "en" else circ.replace(",", ".")),
             (l_sec, SECTION[desk]), (l_size, f"{rng.randrange(80, 900)} cm²"),
             (l_sup, numeric(later_day(a, rng, 1, 6), desk))]
    width = max(len(k) for k, _ in rows) + 3
    filler = rng.choice([".", " "])
    lines = [heading, "=" * len(heading)]
    lines += [f"{k} {filler * (width - len(k))} {v}" if filler == "." else f"{(k + ':').ljust(width)}{v}"
              for k, v in rows]
    return "\n".join(lines + ["", "\n\n".join(a["body"])]) + "\n", e_with(a, source=src)


ZULIP_NOTE = {"en": "For tomorrow's review, full text below:", "fr": "Pour la revue de demain, texte complet :",
              "de": "Für den Pressespiegel morgen, ganzer Text:", "es": "Para el resumen de mañana, texto completo:",
              "it": "Per la rassegna di domani, testo completo:", "pt": "Para a revista de amanhã, texto completo:"}
ZULIP_REPLY = {"en": "Thanks, I'll take it.", "fr": "Merci, je m'en occupe.", "de": "Danke, übernehme ich.",
               "es": "Gracias, me encargo yo.", "it": "Grazie, me ne occupo io.", "pt": "Obrigado, eu trato disso."}


# The desk's Zulip organisation read through its API (`GET /api/v1/messages?narrow=[{"operator":"stream",…}]`):
# `result`, `msg`, `messages` (each with `id`, `sender_id`, `sender_full_name`, `sender_email`, `timestamp` a later
# moment in seconds, `display_recipient` the stream, `subject` the topic `revue 05/03`, `content` rendered HTML,
# `flags`, `reactions`), then `found_anchor`, `found_newest`, `anchor`: the first message a colleague's note and the
# article in a `<blockquote>` (the headline in `<strong>`, the publication and long date, the byline, the text), the
# second another colleague's reply. The topic is no headline, the colleagues no authors, Zulip no source.
def desk_s50_589(a, desk, rng):
    src = src_of(a, rng)
    poster, other = crew(a, rng, 2)
    sent = epoch_of(later_day(a, rng, 1, 5), rng)
    stream = rng.choice(["presse", "revue", "comms"])
    first = [f"<strong>{x(a['title'])}</strong>"]
    first += [x(sep_join(" — ", src, dated(a, desk)))]
    first += [x(byline(a["authors"], desk, rng))] if a["authors"] else []
    quote = "<p>" + "<br>\n".join(first) + "</p>\n" + "\n".join(f"<p>{x(p)}</p>" for p in a["body"])
    content = f"<p>{x(ZULIP_NOTE[desk])}</p>\n<blockquote>\n{quote}\n</blockquote>"
    topic = f"{REVIEW[desk].split()[0].lower()} {numeric(later_day(a, rng, 1, 2), desk)[:5]}"
    sid = rng.randrange(10, 400)

    def msg(who, uid, text, at):
        return {"id": rng.randrange(10 ** 6, 10 ** 7), "sender_id": uid, "content": text,
                "recipient_id": rng.randrange(10, 90), "timestamp": at, "client": rng.choice(["website", "ZulipMobile"]),
                "subject": topic, "topic_links": [], "is_me_message": False, "reactions": [], "submessages": [],
                "sender_full_name": who, "sender_email": f"user{uid}@zulip.example.org",
                "sender_realm_str": "desk", "display_recipient": stream, "type": "stream", "stream_id": sid,
                "avatar_url": None, "content_type": "text/html", "flags": ["read"]}
    messages = [msg(poster, rng.randrange(8, 90), content, sent),
                msg(other, rng.randrange(8, 90), f"<p>{x(ZULIP_REPLY[desk])}</p>", sent + rng.randrange(60, 3600))]
    messages[1]["id"] = messages[0]["id"] + rng.randrange(1, 40)
    doc = {"result": "success", "msg": "", "messages": messages, "found_anchor": False, "found_oldest": False,
           "found_newest": True, "history_limited": False, "anchor": 10000000000000000}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


COLUMN_OF = {  # the column's standing title with the columnist(s), the standing title alone (unsigned)
    "en": ("{n}'s Brussels Notebook", "Brussels Notebook"), "fr": ("La chronique {de}{n}", "La chronique éco"),
    "de": ("Zwischenruf von {n}", "Der Zwischenruf"), "es": ("La columna de {n}", "La columna económica"),
    "it": ("Il taccuino di {n}", "Il taccuino"), "pt": ("A crónica de {n}", "A crónica económica")}


# A column copied from a site that names the columnist only in the column's standing title set above the headline
# (`La chronique d'Hélène Roux`, `Zwischenruf von A und B`, `Il taccuino di A`, `A's Brussels Notebook`), with no
# byline; the publication and long date on one line at the top (whichever the article has), the standing title in
# capitals or not, the headline, the text. An unsigned column carries the standing title alone.
def desk_s50_590(a, desk, rng):
    src = src_of(a, rng)
    signed, unsigned = COLUMN_OF[desk]
    if a["authors"]:
        n = named(a["authors"], desk)
        de = "d'" if n[:1] in "AEIOUÉÈÊHÂ" else "de "
        col = signed.format(n=n, de=de)
    else:
        col = unsigned
    col = col.upper() if rng.random() < 0.4 else col
    parts = [sep_join(" · ", src, dated(a, desk)), "", col, "", a["title"], "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A scanned cutting read by Azure AI Document Intelligence (`prebuilt-layout`, API `2024-11-30`), the result kept
# whole: `status`, `createdDateTime` and `lastUpdatedDateTime` the later moments of the call, `analyzeResult` with
# `content` (the page's text, one paragraph a line), `pages` (`lines` with `content`, `polygon` and `spans`),
# `paragraphs` each with `role` where the model gives one (`pageHeader` the running head with the publication's name
# in capitals and the weekday and long date, `title` the headline, `sectionHeading` the section, `pageNumber`,
# `pageFooter`), `boundingRegions` and `spans`; the byline and the text without role. The call's moments are no date.
def desk_s50_591(a, desk, rng):
    src = src_of(a, rng)
    called = epoch_of(later_day(a, rng, 20, 600), rng)
    paras = [("pageHeader", sep_join(" — ", src.upper(), dated(a, desk, weekday=True).upper()))]
    paras += [("sectionHeading", SECTION[desk].upper()), ("title", a["title"])]
    paras += [(None, byline(a["authors"], desk, rng))] if a["authors"] else []
    paras += [(None, p) for p in a["body"]]
    paras += [("pageNumber", str(rng.randrange(2, 40))), ("pageFooter", f"{src} · {REVIEW[desk]}")]
    content, offset, top = [], 0, 0.6
    out_paras, lines = [], []
    for role, text in paras:
        span = {"offset": offset, "length": len(text)}
        wrapped = textwrap.wrap(text, 64) or [text]
        h = 0.18 * len(wrapped)
        poly = [0.8, round(top, 4), 7.6, round(top, 4), 7.6, round(top + h, 4), 0.8, round(top + h, 4)]
        p = {"spans": [span], "boundingRegions": [{"pageNumber": 1, "polygon": poly}], "content": text}
        if role:
            p = {"role": role, **p}
        out_paras.append(p)
        pos = offset
        for i, w in enumerate(wrapped):
            y = top + 0.18 * i
            lines.append({"content": w, "polygon": [0.8, round(y, 4), 7.6, round(y, 4), 7.6, round(y + 0.16, 4), 0.8,
                                                    round(y + 0.16, 4)], "spans": [{"offset": pos, "length": len(w)}]})
            pos += len(w) + 1
        content.append(text)
        offset += len(text) + 1
        top += h + 0.12
    full = "\n".join(content)
    doc = {"status": "succeeded", "createdDateTime": utc_iso(called),
           "lastUpdatedDateTime": utc_iso(called + rng.randrange(2, 9)),
           "analyzeResult": {"apiVersion": "2024-11-30", "modelId": "prebuilt-layout", "stringIndexType": "textElements",
                             "content": full, "pages": [{"pageNumber": 1, "angle": round(rng.uniform(-0.8, 0.8), 4),
                                                         "width": 8.2639, "height": 11.6806, "unit": "inch",
                                                         "lines": lines, "spans": [{"offset": 0, "length": len(full)}]}],
                             "paragraphs": out_paras, "styles": [], "contentFormat": "text"}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


AUDIO = {  # the player's label with the length, the reader's credit, a voice note
    "en": ("▶ Listen to this article · {m} min", "Narrated by {p}"),
    "fr": ("▶ Écouter cet article · {m} min", "Lu par {p}"), "de": ("▶ Artikel anhören · {m} Min.", "Gelesen von {p}"),
    "es": ("▶ Escuchar este artículo · {m} min", "Narrado por {p}"),
    "it": ("▶ Ascolta questo articolo · {m} min", "Letto da {p}"),
    "pt": ("▶ Ouvir este artigo · {m} min", "Narrado por {p}")}


# A story copied with the site's audio player between the head and the text (`▶ Artikel anhören · 6 Min.`, the
# player's `0:00 / 6:12`, `Gelesen von P`, the narrator a colleague of the newsroom), the publication and section on
# top, the headline, the standfirst, the byline, the long date with the clock time (whichever the article has); the
# player set before the headline in some copies. The narrator is no author.
def desk_s50_593(a, desk, rng):
    src = src_of(a, rng)
    label, reader = AUDIO[desk]
    secs = max(60, word_count(a) * 60 // 170)
    player = [label.format(m=max(1, secs // 60)), f"0:00 / {secs // 60}:{secs % 60:02d}",
              reader.format(p=crew(a, rng, 1)[0])]
    h, m = hm(rng)
    head = [a["title"], "", lead(a["body"][0]), ""]
    head += [byline(a["authors"], desk, rng)] if a["authors"] else []
    head += [f"{long_date(a['date'], desk)}, {h:02d}:{m:02d}"] if a["date"] else []
    top = [sep_join(" | ", src, SECTION[desk]), ""]
    if rng.random() < 0.3:
        parts = top + player + [""] + head + ["", "\n\n".join(a["body"])]
    else:
        parts = top + head + [""] + player + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A media-intelligence project's mention read from Brandwatch's API (`GET /projects/{id}/data/mentions?queryId=…`):
# `resultsTotal`, `resultsPage`, `results` with one news mention: `queryName`, `queryId`, `resourceId`, `guid`, `url`,
# `domain`, `pageType` `news`, `contentSource`, `fullname` the outlet, `author` the writers joined by `, ` (the
# outlet's domain when unsigned, as the service fills it), `date` the publication moment (null when undated),
# `added` and `updated` the later moments of indexing, `title`, `snippet`, `fullText`, `language`, `country`,
# `sentiment`, `reachEstimate`, `impact`. The domain is no author, the indexing moments no date, Brandwatch no source.
def desk_s50_594(a, desk, rng):
    src = src_of(a, rng)
    added = epoch_of(later_day(a, rng, 1, 6), rng)
    fmt = "%Y-%m-%dT%H:%M:%S.000+0000"
    mid = str(rng.randrange(10 ** 11, 10 ** 12))
    hit = {"queryName": rng.choice(["Acier UE", "Steel EU", "Stahl EU"]), "queryId": rng.randrange(10 ** 9, 2 * 10 ** 9),
           "resourceId": mid, "id": mid, "guid": url_of(a, src), "url": url_of(a, src), "originalUrl": url_of(a, src),
           "domain": site(src), "pageType": "news", "contentSource": "NEWS", "contentSourceName": "News",
           "fullname": src, "author": ", ".join(a["authors"]) if a["authors"] else site(src),
           "date": clock_of(epoch_of(a["date"], rng), 0).strftime(fmt) if a["date"] else None,
           "added": clock_of(added, 0).strftime(fmt),
           "updated": clock_of(added + rng.randrange(60, 7200), 0).strftime(fmt),
           "title": a["title"], "snippet": lead(a["body"][0]), "fullText": "\n".join(a["body"]),
           "language": a.get("lang") or desk, "country": COUNTRY[desk][0], "countryCode": COUNTRY[desk][1].upper(),
           "sentiment": rng.choice(["neutral", "negative", "positive"]), "reachEstimate": rng.randrange(100, 90000),
           "impact": round(rng.uniform(10, 90), 5), "categories": [], "tags": [], "displayUrls": [],
           "matchPositions": [{"text": "acier", "start": 0, "length": 5}], "publisherSubType": None}
    doc = {"resultsTotal": 1, "resultsPage": 0, "resultsPageSize": 1, "startDate": utc_iso(added - 86400 * 30),
           "endDate": utc_iso(added + 86400), "results": [hit]}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


SERIES = {  # the series marker (part i of n), the foot: previously (title, day), next part (title)
    "en": ("SERIES: EUROPE'S STEEL ({i}/{n})", "Previously in this series ({d}): {t}", "Tomorrow, part {j}: {t}",
           ["The mills that closed: a valley counts the cost", "Can green steel save the Ruhr?"]),
    "fr": ("SÉRIE – L'ACIER EUROPÉEN ({i}/{n})", "Déjà paru ({d}) : {t}", "Demain, épisode {j} : {t}",
           ["Les hauts-fourneaux éteints de la vallée de la Fensch", "L'acier vert peut-il sauver la Lorraine ?"]),
    "de": ("Serie „Europas Stahl“ (Teil {i} von {n})", "Bereits erschienen ({d}): {t}", "Morgen in Teil {j}: {t}",
           ["Die stillen Hochöfen im Revier", "Kann grüner Stahl das Ruhrgebiet retten?"]),
    "es": ("SERIE: EL ACERO EUROPEO ({i}/{n})", "Ya publicado ({d}): {t}", "Mañana, capítulo {j}: {t}",
           ["Los altos hornos apagados de la ría", "¿Puede el acero verde salvar Asturias?"]),
    "it": ("SERIE – L'ACCIAIO EUROPEO ({i}/{n})", "Già pubblicato ({d}): {t}", "Domani, puntata {j}: {t}",
           ["Gli altiforni spenti di Taranto", "L'acciaio verde può salvare Piombino?"]),
    "pt": ("SÉRIE: O AÇO EUROPEU ({i}/{n})", "Já publicado ({d}): {t}", "Amanhã, parte {j}: {t}",
           ["Os altos-fornos apagados do Seixal", "Pode o aço verde salvar a siderurgia?"])}


# A story from a series copied with the series marker above the headline (`Serie „Europas Stahl“ (Teil 3 von 5)`,
# `SÉRIE – L'ACIER EUROPÉEN (3/5)`), the publication and long date on top (whichever the article has), the headline,
# the byline, the text, and at the foot the earlier part's headline with its day (a day before) and the next part's
# headline announced for tomorrow. The other parts' headlines are no title, the earlier part's day no date.
def desk_s50_599(a, desk, rng):
    src = src_of(a, rng)
    marker, before, nxt, titles = SERIES[desk]
    n = rng.randrange(3, 7)
    i = rng.randrange(2, n)
    foot = [before.format(d=numeric(later_day(a, rng, -9, -2), desk), t=titles[0]),
            nxt.format(j=i + 1, t=titles[1])]
    parts = [sep_join(", ", src, dated(a, desk)), "", marker.format(i=i, n=n), a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "\n".join(foot)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CATEGORY = {  # Aylien's category label
    "en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia", "pt": "Economia"}


# The desk's monitoring script's call to the Aylien News API (`GET /news/stories?…`), the answer kept whole:
# `stories` with one story (`id`, `title`, `body`, `summary` (`sentences`), `source` (`id`, `name` the outlet,
# `domain`, `home_page_url`), `author` (`id`, `name` the writers joined by `, `; left out when unsigned), `links`
# (`permalink`, `canonical`), `published_at` the publication moment (left out when undated), `language`,
# `categories`, `entities` (the people, places and organisations the text names, with their surface forms),
# `keywords`, `sentiment`, `words_count`, `paragraphs_count`), `next_page_cursor`, `published_at.start` and `.end`
# of the query. The query's days are no date, the people named in `entities` no authors, Aylien no source.
def desk_s50_600(a, desk, rng):
    src = src_of(a, rng)
    now = epoch_of(later_day(a, rng, 1, 20), rng)
    person = rng.choice(QUOTED)
    story = {"id": rng.randrange(10 ** 9, 10 ** 10), "title": a["title"], "body": "\n\n".join(a["body"]),
             "summary": {"sentences": [lead(p) for p in a["body"][:3]]},
             "source": {"id": rng.randrange(1000, 99999), "name": src, "domain": site(src),
                        "home_page_url": f"https://www.{site(src)}/"}}
    if a["authors"]:
        story["author"] = {"id": rng.randrange(10 ** 5, 10 ** 7), "name": ", ".join(a["authors"])}
    story["links"] = {"permalink": url_of(a, src), "canonical": url_of(a, src),
                      "related_stories": f"/related_stories?story_id={ident(rng, 10, DIGITS)}"}
    if a["date"]:
        story["published_at"] = utc_iso(epoch_of(a["date"], rng))
    story.update({"language": a.get("lang") or desk,
                  "categories": [{"id": "IAB3", "taxonomy": "iab-qag", "label": CATEGORY[desk], "score": 0.31,
                                  "confident": False, "level": 1}],
                  "entities": [{"id": f"Q{rng.randrange(10 ** 4, 10 ** 7)}", "types": ["Human", "Person"],
                                "body": {"surface_forms": [{"text": person, "frequency": rng.randrange(1, 4)}]},
                                "overall_prominence": round(rng.uniform(0.2, 0.9), 3)},
                               {"id": "Q240", "types": ["City", "Location"],
                                "body": {"surface_forms": [{"text": "Bruxelles", "frequency": 1}]},
                                "overall_prominence": 0.12}],
                  "keywords": slug(a["title"], 5).split("-"), "hashtags": [],
                  "sentiment": {"title": {"polarity": "neutral", "score": 0.5},
                                "body": {"polarity": rng.choice(["neutral", "negative"]), "score": 0.6}},
                  "words_count": word_count(a), "paragraphs_count": len(a["body"]), "media": [], "clusters": []})
    doc = {"stories": [story], "next_page_cursor": ident(rng, 24, HEX),
           "published_at.start": utc_iso(now - 86400 * 30), "published_at.end": utc_iso(now)}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


LIVE = {  # badge, ended notice, the writers' credit, last update
    "en": ("LIVE", "Our live coverage has ended. Here is how the day unfolded.", "Live coverage by {n}",
           "Last updated: {d}, {t}"),
    "fr": ("EN DIRECT", "Ce direct est terminé. Retrouvez ci-dessous le fil de la journée.", "Direct animé par {n}",
           "Dernière mise à jour : {d} à {t}"),
    "de": ("LIVE", "Der Liveblog ist beendet. Die Ereignisse des Tages zum Nachlesen.", "Liveblog betreut von {n}",
           "Zuletzt aktualisiert: {d}, {t} Uhr"),
    "es": ("DIRECTO", "Este directo ha finalizado. Así le hemos contado la jornada.", "Directo a cargo de {n}",
           "Última actualización: {d}, {t}"),
    "it": ("DIRETTA", "La diretta è terminata. Ecco com'è andata la giornata.", "Diretta a cura di {n}",
           "Ultimo aggiornamento: {d}, ore {t}"),
    "pt": ("DIRETO", "Este direto terminou. Veja como decorreu o dia.", "Direto acompanhado por {n}",
           "Última atualização: {d}, {t}")}


# A live blog copied once it ended: the publication and the badge (`EN DIRECT`, `LIVE`) on top, the headline, the
# ended notice, the writers' credit phrased as the blog's (`Direct animé par A et B`, `Liveblog betreut von A`), the
# last update with the day and clock time (whichever the article has), then the entries newest first, each a clock
# time on its line and a paragraph. The entries' times are no date.
def desk_s50_601(a, desk, rng):
    src = src_of(a, rng)
    badge, ended, credit, last = LIVE[desk]
    h, m = hm(rng, 17, 22)
    t = h * 60 + m
    stamps = []
    for _ in a["body"]:
        stamps.append(f"{t // 60:02d}:{t % 60:02d}")
        t = max(360, t - rng.randrange(8, 50))
    parts = [sep_join(" ", src, f"– {badge}"), "", a["title"], "", ended]
    parts += [credit.format(n=named(a["authors"], desk))] if a["authors"] else []
    parts += [last.format(d=long_date(a["date"], desk), t=stamps[0])] if a["date"] else []
    parts += [""] + [f"{s}\n{p}\n" for s, p in zip(stamps, a["body"])]
    return "\n".join(parts).rstrip() + "\n", e_with(a, source=src)


ZIM_CREATED = {"en": "Created", "fr": "Créé le", "de": "Erstellt", "es": "Creado el", "it": "Creato il",
               "pt": "Criado em"}
ZIM_PAGE = {"en": "Review", "fr": "Revue", "de": "Pressespiegel", "es": "Resumen", "it": "Rassegna", "pt": "Revista"}


# A page of the desk's Zim desktop wiki, the `.txt` file as Zim stores it: the headers `Content-Type:
# text/x-zim-wiki`, `Wiki-Format: zim 0.6`, `Creation-Date:` (a later moment), the page's own name as its level-1
# heading (`====== Revue 2026-03-05 ======` or `====== Acier ======`), Zim's `Created …` line in the desk's language,
# then the article under a level-2 heading (`===== Headline =====`), the publication in italics (`//Le Figaro//`) with
# the long date after a comma, the byline (whichever the article has), a link, the text, the page's tags (`@revue`).
# The page's name is no headline, its creation no date, Zim no source.
def desk_s50_602(a, desk, rng):
    src = src_of(a, rng)
    made = later_day(a, rng, 1, 20)
    h, m = hm(rng)
    d = ymd(made)
    page = rng.choice([f"{ZIM_PAGE[desk]} {made}", SECTION[desk], f"{ZIM_PAGE[desk]} {d.isocalendar()[1]}"])
    lines = ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6",
             f"Creation-Date: {made}T{h:02d}:{m:02d}:{rng.randrange(60):02d}+01:00", "",
             f"====== {page} ======",
             f"{ZIM_CREATED[desk]} {WEEKDAYS[desk].split()[d.weekday()]} {d.day:02d} "
             f"{MONTHS[desk].split()[d.month - 1]} {d.year}", "",
             f"===== {a['title']} =====", sep_join(", ", f"//{src}//", dated(a, desk))]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += [f"[[{url_of(a, src)}|{src}]]", "", "\n\n".join(a["body"]), "",
              " ".join(f"@{t}" for t in ["revue", slug(SECTION[desk], 1)])]
    return "\n".join(lines) + "\n", e_with(a, source=src)


IMPRINT = {  # the imprint's heading and lines (editor, deputy, page editor), the publishing company
    "en": ("Imprint", "Editor: {e} · Deputy editor: {d} · Editor of this page: {m}", "Published by Delta Media Ltd, "
           "12 Fleet Lane, London"),
    "fr": ("Mentions légales", "Directeur de la publication : {e} · Rédactrice en chef : {d} · Secrétaire de "
           "rédaction : {m}", "Édité par la société Delta Presse SA, 12 rue du Louvre, Paris"),
    "de": ("Impressum", "Chefredaktion: {e} · Stellvertretung: {d} · Verantwortlich für diese Seite: {m}",
           "Verlag: Delta Verlag GmbH, Hafenstraße 12, Hamburg"),
    "es": ("Staff", "Director: {e} · Subdirectora: {d} · Jefe de cierre: {m}", "Edita: Ediciones Delta S.L., "
           "calle Mayor 12, Madrid"),
    "it": ("Gerenza", "Direttore responsabile: {e} · Vicedirettrice: {d} · Caporedattore: {m}",
           "Editore: Editrice Delta S.p.A., via Solferino 12, Milano"),
    "pt": ("Ficha técnica", "Diretor: {e} · Diretora adjunta: {d} · Editor executivo: {m}",
           "Propriedade: Delta Media, S.A., Rua do Século 12, Lisboa")}


# A page copied whole from an e-paper, the paper's imprint box at the foot of the page taken with the article: the
# publication's name and section on top, the headline, the byline, the weekday and long date (whichever the article
# has), the text, then the imprint's heading (`Impressum`, `Mentions légales`, `Gerenza`) with the editors' names and
# roles (`Chefredaktion: E · Stellvertretung: D · Verantwortlich für diese Seite: M`), one line or one role a line,
# and the publishing company with its address. The editors are no authors, the company no source.
def desk_s50_604(a, desk, rng):
    src = src_of(a, rng)
    heading, roles, company = IMPRINT[desk]
    e, d, m = crew(a, rng, 3)
    box = roles.format(e=e, d=d, m=m)
    box = box if rng.random() < 0.5 else box.replace(" · ", "\n")
    parts = [sep_join(" / ", src.upper(), SECTION[desk]), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [dated(a, desk, weekday=True)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", "—" * 20, heading, box, company]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An article saved in the desk's Omnivore library, read through its GraphQL API (`search(query: "in:inbox",
# format: "markdown")`): `data.search.edges[0].node` with `id`, `title`, `slug`, `url`, `author` the writers joined by
# `, ` (null when unsigned), `siteName` the publication, `publishedAt` the day at midnight UTC (null when undated),
# `savedAt` and `updatedAt` the later moments, `description`, `wordsCount`, `readingProgressPercent`, `pageType`,
# `labels` (the desk's own), `content` the article as Markdown; `pageInfo`. The saving moments are no date, Omnivore
# no source.
def desk_s50_605(a, desk, rng):
    src = src_of(a, rng)
    saved = epoch_of(later_day(a, rng, 0, 40), rng)
    node = {"id": uuid_of(rng), "title": a["title"], "slug": slug(a["title"], 8) + "-" + ident(rng, 11, HEX),
            "url": url_of(a, src), "author": ", ".join(a["authors"]) if a["authors"] else None,
            "siteName": src, "publishedAt": f"{a['date']}T00:00:00.000Z" if a["date"] else None,
            "savedAt": utc_iso(saved, True), "updatedAt": utc_iso(saved + rng.randrange(30, 86400), True),
            "description": lead(a["body"][0]), "image": f"https://proxy-prod.omnivore-image-cache.app/{ident(rng, 20)}",
            "wordsCount": word_count(a), "readingProgressPercent": rng.choice([0, 0, 12.5, 100]),
            "readingProgressAnchorIndex": 0, "pageType": "ARTICLE", "state": "SUCCEEDED", "isArchived": False,
            "labels": [{"id": uuid_of(rng), "name": REVIEW[desk], "color": "#FFD234"}],
            "content": "\n\n".join(a["body"])}
    doc = {"data": {"search": {"__typename": "SearchSuccess", "edges": [{"cursor": "1", "node": node}],
                               "pageInfo": {"hasNextPage": False, "hasPreviousPage": False, "startCursor": "",
                                            "endCursor": "1", "totalCount": 1}}}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


ASSOCIATION = {  # the newsletter's masthead (issue n), its editor, the permission (with day / without)
    "en": ("European Steel Users' Association — Members' Newsletter No. {n}", "Newsletter edited by {p}",
           "Reproduced by kind permission of {s}, where this article first appeared on {d}.",
           "Reproduced by kind permission of {s}."),
    "fr": ("Association des utilisateurs d'acier — Lettre aux adhérents n° {n}", "Lettre préparée par {p}",
           "Reproduit avec l'aimable autorisation du journal {s}, où cet article est paru le {d}.",
           "Reproduit avec l'aimable autorisation du journal {s}."),
    "de": ("Verband der Stahlanwender e. V. — Mitgliederrundbrief Nr. {n}", "Redaktion des Rundbriefs: {p}",
           "Abdruck mit freundlicher Genehmigung von {s}, wo dieser Artikel am {d} erschienen ist.",
           "Abdruck mit freundlicher Genehmigung von {s}."),
    "es": ("Asociación de Usuarios del Acero — Boletín para socios n.º {n}", "Boletín coordinado por {p}",
           "Reproducido con autorización de {s}, donde este artículo se publicó el {d}.",
           "Reproducido con autorización de {s}."),
    "it": ("Associazione Utilizzatori Acciaio — Notiziario per i soci n. {n}", "Notiziario a cura di {p}",
           "Riprodotto per gentile concessione di {s}, dove l'articolo è apparso il {d}.",
           "Riprodotto per gentile concessione di {s}."),
    "pt": ("Associação de Utilizadores de Aço — Boletim dos associados n.º {n}", "Boletim coordenado por {p}",
           "Reproduzido com a amável autorização de {s}, onde este artigo foi publicado a {d}.",
           "Reproduzido com a amável autorização de {s}.")}


# An association's members' newsletter (as text) reprinting the article by permission: the newsletter's masthead and
# issue number, its own weekday and long date (a later day), its editor's credit, then the headline, the byline
# (whichever the article has), the text, and the permission sentence naming the publication and the day it first
# appeared (`Abdruck mit freundlicher Genehmigung von X, wo dieser Artikel am 3. März 1987 erschienen ist.`; without
# the day when undated), set above the headline in some copies. The newsletter's day is no date, its editor no
# author, the association no source.
def desk_s50_606(a, desk, rng):
    src = src_of(a, rng)
    mast, editor, with_day, without = ASSOCIATION[desk]
    perm = with_day.format(s=src, d=long_date(a["date"], desk)) if a["date"] else without.format(s=src)
    parts = [mast.format(n=rng.randrange(12, 240)), long_date(later_day(a, rng, 5, 40), desk, weekday=True),
             editor.format(p=crew(a, rng, 1)[0]), ""]
    top = rng.random() < 0.4
    parts += [perm, ""] if top else []
    parts += [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    parts += [] if top else ["", perm]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s50_")}

# ---- held-out members of BLIND_S50 below: whoever tunes the reader never reads past this line ----

# A page crawled by the desk's Apify actor (Website Content Crawler), one item of its dataset as JSON: `url`, `crawl`
# (`loadedUrl`, `loadedTime` the later moment of the crawl, `referrerUrl`, `depth`, `httpStatusCode`), `metadata`
# (`canonicalUrl`, `title` the page's tab title with the publication after the headline, `description`, `author`
# the writers joined by `, ` or null, `keywords`, `languageCode`, `openGraph` a list of `property`/`content` pairs
# with `og:site_name` the publication, `og:title` the headline and `article:published_time` when dated, `headers`),
# `screenshotUrl`, `text` the page's text (the headline, the byline, the date line, the text) and `markdown`. The
# crawl's moments are no date, Apify no source.
def desk_s50_583(a, desk, rng):
    src = src_of(a, rng)
    loaded = epoch_of(later_day(a, rng, 1, 60), rng)
    tab = rng.choice([f"{a['title']} | {src}", f"{a['title']} - {src}", f"{a['title']} – {src}"])
    og = [{"property": "og:site_name", "content": src}, {"property": "og:type", "content": "article"},
          {"property": "og:title", "content": a["title"]}, {"property": "og:url", "content": url_of(a, src)}]
    h, m = hm(rng)
    if a["date"]:
        og.append({"property": "article:published_time", "content": f"{a['date']}T{h:02d}:{m:02d}:00+01:00"})
    page = [a["title"]]
    page += [byline(a["authors"], desk, rng)] if a["authors"] else []
    page += [f"{long_date(a['date'], desk)} {h:02d}:{m:02d}"] if a["date"] else []
    text = "\n".join(page) + "\n" + "\n".join(a["body"])
    md = "# " + "\n\n".join(page) + "\n\n" + "\n\n".join(a["body"])
    item = {"url": url_of(a, src),
            "crawl": {"loadedUrl": url_of(a, src), "loadedTime": utc_iso(loaded, True),
                      "referrerUrl": f"https://www.{site(src)}/", "depth": 1, "httpStatusCode": 200},
            "metadata": {"canonicalUrl": url_of(a, src), "title": tab, "description": lead(a["body"][0]),
                         "author": ", ".join(a["authors"]) if a["authors"] else None, "keywords": None,
                         "languageCode": a.get("lang") or desk, "openGraph": og, "jsonLd": None,
                         "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx"}},
            "screenshotUrl": None, "text": text, "markdown": md}
    return json.dumps([item], ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


SIDEBAR = {  # the box's label, its headline, its text
    "en": ("BOX", "Steel in figures", "The EU produced about 150 million tonnes of crude steel last year, a tenth "
           "less than a decade ago. Germany, Italy and France account for more than half of it."),
    "fr": ("ENCADRÉ", "L'acier en chiffres", "L'UE a produit l'an dernier environ 150 millions de tonnes d'acier "
           "brut, un dixième de moins qu'il y a dix ans. L'Allemagne, l'Italie et la France en assurent plus de la "
           "moitié."),
    "de": ("KASTEN", "Stahl in Zahlen", "Die EU hat im vergangenen Jahr rund 150 Millionen Tonnen Rohstahl "
           "erzeugt, ein Zehntel weniger als vor zehn Jahren. Deutschland, Italien und Frankreich stehen für mehr als "
           "die Hälfte."),
    "es": ("DESPIECE", "El acero en cifras", "La UE produjo el año pasado unos 150 millones de toneladas de acero "
           "bruto, una décima parte menos que hace una década. Alemania, Italia y Francia suman más de la mitad."),
    "it": ("IL RIQUADRO", "L'acciaio in cifre", "L'UE ha prodotto l'anno scorso circa 150 milioni di tonnellate di "
           "acciaio grezzo, un decimo in meno di dieci anni fa. Germania, Italia e Francia ne garantiscono oltre la "
           "metà."),
    "pt": ("CAIXA", "O aço em números", "A UE produziu no ano passado cerca de 150 milhões de toneladas de aço "
           "bruto, menos um décimo do que há dez anos. A Alemanha, a Itália e a França asseguram mais de metade.")}


# A print page's main story copied with the signed sidebar that runs beside it (`KASTEN`, `ENCADRÉ`, `DESPIECE`): the
# publication and the weekday and long date on top (whichever the article has), the headline, the byline, the text,
# then the box's label, its own headline, its own writer's byline (a colleague) and its short text. The sidebar's
# headline and writer belong to the box, not to the article.
def desk_s50_584(a, desk, rng):
    src = src_of(a, rng)
    label, head, text = SIDEBAR[desk]
    parts = [sep_join(" — ", src, dated(a, desk, weekday=True)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", label, head, byline([crew(a, rng, 1)[0]], desk, rng), text]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A news item from the mediastack API (`GET /v1/news?keywords=…&languages=…`), the answer kept whole: `pagination`
# (`limit`, `offset`, `count`, `total`), `data` with one item (`author` the writers joined by `, ` or null, `title`,
# `description` the standfirst, `url`, `source` the publication, `image`, `category`, `language`, `country`,
# `published_at` the publication moment with its offset, null when undated). No text beyond the description.
def desk_s50_588(a, desk, rng):
    src = src_of(a, rng)
    item = {"author": ", ".join(a["authors"]) if a["authors"] else None, "title": a["title"],
            "description": lead(a["body"][0]), "url": url_of(a, src), "source": src,
            "image": rng.choice([None, f"https://img.{site(src)}/{ident(rng, 12, HEX)}.jpg"]),
            "category": "business", "language": a.get("lang") or desk, "country": COUNTRY[desk][1],
            "published_at": f"{a['date']}T{'%02d:%02d' % hm(rng)}:00+00:00" if a["date"] else None}
    doc = {"pagination": {"limit": 25, "offset": 0, "count": 1, "total": 1}, "data": [item]}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


PRINT_HEAD = {  # the note; the print headline
    "en": ("This article appeared in the print edition under the headline “{t}”.", "Brussels moves on steel"),
    "fr": ("Cet article est paru dans l'édition imprimée sous le titre « {t} ».", "Bruxelles bouge sur l'acier"),
    "de": ("Dieser Artikel erschien in der gedruckten Ausgabe unter der Überschrift „{t}“.", "Brüssel bewegt sich beim "
           "Stahl"),
    "es": ("Este artículo se publicó en la edición impresa con el titular «{t}».", "Bruselas mueve ficha en el acero"),
    "it": ("Questo articolo è uscito nell'edizione cartacea con il titolo «{t}».", "Bruxelles si muove sull'acciaio"),
    "pt": ("Este artigo foi publicado na edição impressa com o título «{t}».", "Bruxelas mexe-se no aço")}


# A web story copied with the note at its foot giving the headline the piece carried in print (`Dieser Artikel erschien
# in der gedruckten Ausgabe unter der Überschrift „…“`), the publication and section on top, the web headline, the
# standfirst, the long date and the byline on one line (whichever the article has), the text. The print headline is
# no title.
def desk_s50_592(a, desk, rng):
    src = src_of(a, rng)
    note, other = PRINT_HEAD[desk]
    line = sep_join(" | ", dated(a, desk), a["authors"] and byline(a["authors"], desk, rng))
    parts = [sep_join(" › ", src, SECTION[desk]), "", a["title"], "", lead(a["body"][0])]
    parts += [line] if line else []
    parts += ["", "\n\n".join(a["body"]), "", note.format(t=other)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A scanned cutting transcribed in Transkribus and exported as PAGE XML (2013-07-15 schema): `Metadata` (`Creator`
# the platform, `Created` and `LastChange` the later moments of the job, `TranskribusMetadata` with the document and
# page ids and the user's name), `Page` with a `ReadingOrder` and `TextRegion`s typed by the structure tags (`header`
# the publication's name in capitals with the long date, `heading` the headline, `credit` the byline, `paragraph` the
# text, `page-number`), each with `TextLine`s (`Coords`, `Baseline`, `TextEquiv`/`Unicode`) and the region's own
# `TextEquiv`. The job's moments are no date, the user no author, Transkribus no source.
def desk_s50_595(a, desk, rng):
    src = src_of(a, rng)
    made = epoch_of(later_day(a, rng, 30, 900), rng)
    regions = [("header", [sep_join(" – ", src.upper(), dated(a, desk).upper())]),
               ("heading", textwrap.wrap(a["title"], 34) or [a["title"]])]
    regions += [("credit", [byline(a["authors"], desk, rng)])] if a["authors"] else []
    regions += [("paragraph", textwrap.wrap(p, 46) or [p]) for p in a["body"]]
    regions += [("page-number", [str(rng.randrange(2, 40))])]
    out, order, y = [], [], 180
    for i, (kind, lines) in enumerate(regions):
        rid = f"r{i + 1}_{ident(rng, 6, DIGITS)}"
        order.append(f'            <RegionRefIndexed index="{i}" regionRef="{rid}"/>')
        lh = 70 if kind == "heading" else 44
        body = []
        for j, t in enumerate(lines):
            y0 = y + j * lh
            body.append(f'            <TextLine id="{rid}l{j + 1}" custom="readingOrder {{index:{j};}}">\n'
                        f'                <Coords points="210,{y0} 2270,{y0} 2270,{y0 + lh - 6} 210,{y0 + lh - 6}"/>\n'
                        f'                <Baseline points="210,{y0 + lh - 12} 2270,{y0 + lh - 12}"/>\n'
                        f'                <TextEquiv><Unicode>{x(t)}</Unicode></TextEquiv>\n'
                        f'            </TextLine>')
        h = lh * len(lines)
        out.append(f'        <TextRegion type="{kind}" id="{rid}" custom="readingOrder {{index:{i};}} structure '
                   f'{{type:{kind};}}">\n            <Coords points="200,{y} 2280,{y} 2280,{y + h} 200,{y + h}"/>\n'
                   + "\n".join(body) + "\n            <TextEquiv><Unicode>" + x("\n".join(lines))
                   + "</Unicode></TextEquiv>\n        </TextRegion>")
        y += h + 30
    stamp = clock_of(made).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}+01:00"
    who = crew(a, rng, 1)[0]
    xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://schema.primaresearch.org'
           '/PAGE/gts/pagecontent/2013-07-15 http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15/'
           'pagecontent.xsd">',
           "    <Metadata>",
           "        <Creator>prov=University of Rostock/Institute of Mathematics/CITlab:name=PyLaia@TranskribusPlatform"
           ":version=2.15.0:model_id=39995:lm=none:date=" + clock_of(made).strftime("%d_%m_%Y_%H:%M") + "</Creator>",
           f"        <Created>{stamp}</Created>", f"        <LastChange>{stamp}</LastChange>",
           f'        <TranskribusMetadata docId="{rng.randrange(10 ** 6, 10 ** 7)}"'
           f' pageId="{rng.randrange(10 ** 7, 10 ** 8)}" pageNr="1" tsid="{rng.randrange(10 ** 8, 10 ** 9)}"'
           f' status="IN_PROGRESS" userId="{rng.randrange(10 ** 4, 10 ** 6)}"'
           f' userName="{handle(who)}@example.org"/>',
           "    </Metadata>",
           f'    <Page imageFilename="coupure_{ident(rng, 4, DIGITS)}.jpg" imageWidth="2480" imageHeight="{y + 200}">',
           '        <ReadingOrder>', '            <OrderedGroup id="ro_1" caption="Regions reading order">']
    xml += order + ["            </OrderedGroup>", "        </ReadingOrder>"] + out + ["    </Page>", "</PcGts>"]
    return "\n".join(xml) + "\n", e_with(a, source=src)


VIDEO = {  # the block's label, its title, the duration, the day it was posted, the credit
    "en": ("VIDEO", "Steelworkers march through Brussels", "Posted {d}", "Video: {p}"),
    "fr": ("VIDÉO", "Les sidérurgistes défilent à Bruxelles", "Mise en ligne le {d}", "Vidéo : {p}"),
    "de": ("VIDEO", "Stahlarbeiter ziehen durch Brüssel", "Vom {d}", "Video: {p}"),
    "es": ("VÍDEO", "Los trabajadores del acero marchan por Bruselas", "Publicado el {d}", "Vídeo: {p}"),
    "it": ("VIDEO", "I siderurgici sfilano a Bruxelles", "Pubblicato il {d}", "Video di {p}"),
    "pt": ("VÍDEO", "Os trabalhadores do aço desfilam em Bruxelas", "Publicado a {d}", "Vídeo: {p}")}


# A story copied with an embedded video block set after its first paragraph: the block's label, the video's own
# title, its duration, the day it was posted (a day before the article's) and its credit (a colleague); the
# publication on top, the headline, the byline and the long date (whichever the article has), the text. The video's
# title is no headline, its day no date, its credit no author.
def desk_s50_596(a, desk, rng):
    src = src_of(a, rng)
    label, title, posted, credit = VIDEO[desk]
    block = [f"{label} ▶ {title}", f"{rng.randrange(1, 4)}:{rng.randrange(60):02d} · "
             + posted.format(d=long_date(later_day(a, rng, -6, -1), desk)), credit.format(p=crew(a, rng, 1)[0])]
    body = list(a["body"])
    body[1:1] = ["\n".join(block)]
    parts = head_block(a, desk, rng, src) + ["", "\n\n".join(body)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


HYPO_NOTE = {"en": ("Check this figure", "Quote for the review"),
             "fr": ("Vérifier ce chiffre", "Citation pour la revue"),
             "de": ("Zahl prüfen", "Zitat für den Pressespiegel"),
             "es": ("Comprobar esta cifra", "Cita para el resumen"),
             "it": ("Verificare il dato", "Citazione per la rassegna"),
             "pt": ("Verificar este número", "Citação para a revista")}


# The desk's annotations on a page read from the Hypothesis API (`GET /api/search?uri=…`): `total`, `rows` each with
# `id`, `created` and `updated` the later moments, `user` (`acct:…@hypothes.is`), `uri`, `text` the colleague's note,
# `tags`, `group`, `permissions`, `target` (`source`, `selector` with `TextPositionSelector` and `TextQuoteSelector`
# `exact`, `prefix`, `suffix`), `document.title` the page's tab title (`Headline | Publication`), `links`,
# `user_info.display_name`: the first quoting the line under the headline (the byline and the long date, whichever the
# article has; the standfirst when it has neither), the second a sentence of the text. The annotators are no authors,
# their moments no date, Hypothesis no source.
def desk_s50_597(a, desk, rng):
    src = src_of(a, rng)
    made = epoch_of(later_day(a, rng, 1, 30), rng)
    tab = f"{a['title']} {rng.choice(['|', '-', '–'])} {src}"
    meta = sep_join(" — ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    quotes = [meta or lead(a["body"][0]), lead(a["body"][-1])]
    who = crew(a, rng, 1)[0]
    rows = []
    for k, (q, note) in enumerate(zip(quotes, HYPO_NOTE[desk])):
        start = rng.randrange(40, 400) + k * 900
        at = made + k * rng.randrange(60, 900)
        rows.append({"id": ident(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                     "created": clock_of(at, 0).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(10 ** 6):06d}+00:00",
                     "updated": clock_of(at + 5, 0).strftime("%Y-%m-%dT%H:%M:%S.")
                     + f"{rng.randrange(10 ** 6):06d}+00:00",
                     "user": f"acct:{handle(who)}@hypothes.is", "uri": url_of(a, src), "text": note,
                     "tags": [REVIEW[desk].lower()], "group": ident(rng, 8, "abcdefghijkmnopqrstuvwxyz0123456789"),
                     "permissions": {"read": ["group:__world__"], "admin": [f"acct:{handle(who)}@hypothes.is"],
                                     "update": [f"acct:{handle(who)}@hypothes.is"],
                                     "delete": [f"acct:{handle(who)}@hypothes.is"]},
                     "target": [{"source": url_of(a, src),
                                 "selector": [{"type": "TextPositionSelector", "start": start, "end": start + len(q)},
                                              {"type": "TextQuoteSelector", "exact": q, "prefix": "", "suffix": ""}]}],
                     "document": {"title": [tab]}, "links": {"html": "https://hypothes.is/a/x",
                                                             "incontext": "https://hyp.is/x"},
                     "user_info": {"display_name": who}, "flagged": False, "hidden": False})
    return json.dumps({"total": len(rows), "rows": rows}, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src)


EXPLAINER = {  # the label, the contents heading, three questions
    "en": ("EXPLAINER", "In this article", ["What has been decided?", "Who is affected?", "What happens next?"]),
    "fr": ("DÉCRYPTAGE", "Sommaire", ["Qu'a-t-on décidé ?", "Qui est concerné ?", "Et maintenant ?"]),
    "de": ("FRAGEN & ANTWORTEN", "Inhalt", ["Was wurde beschlossen?", "Wer ist betroffen?", "Wie geht es weiter?"]),
    "es": ("CLAVES", "Contenido", ["¿Qué se ha decidido?", "¿A quién afecta?", "¿Qué pasará ahora?"]),
    "it": ("LE DOMANDE", "Indice", ["Che cosa è stato deciso?", "Chi è coinvolto?", "Che cosa succede ora?"]),
    "pt": ("EXPLICADOR", "Índice", ["O que foi decidido?", "Quem é afetado?", "O que acontece a seguir?"])}


# An explainer copied with its contents list: the publication and label on top, the headline, the byline and the
# long date (whichever the article has), the contents heading with three numbered questions, then the text with the
# questions as subheads between its paragraphs. The questions are no title.
def desk_s50_598(a, desk, rng):
    src = src_of(a, rng)
    label, contents, qs = EXPLAINER[desk]
    parts = [sep_join(" · ", src, label), "", a["title"]]
    parts += [sep_join(", ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))] \
        if a["authors"] or a["date"] else []
    parts += ["", contents] + [f"{i + 1}. {q}" for i, q in enumerate(qs)] + [""]
    body = []
    for i, p in enumerate(a["body"]):
        if i < len(qs):
            body.append(qs[i])
        body.append(p)
    parts.append("\n\n".join(body))
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A link saved in the desk's Karakeep (formerly Hoarder), read from its API (`GET /api/v1/bookmarks/{id}`): `id`,
# `createdAt` and `modifiedAt` the later moments, `title` null (the user's own title, unset), `archived`,
# `favourited`, `taggingStatus`, `note` the colleague's, `summary`, `tags` (attached by the AI), `content` (`type`
# `link`, `url`, `title` the page's title, `description`, `imageUrl`, `favicon`, `htmlContent` the article's HTML,
# `crawledAt` a later moment, `author` the writers joined by `, ` or null, `publisher` the publication,
# `datePublished` the publication moment or null, `dateModified`), `assets`. Karakeep's moments are no date,
# Karakeep no source.
def desk_s50_603(a, desk, rng):
    src = src_of(a, rng)
    made = epoch_of(later_day(a, rng, 0, 30), rng)
    h, m = hm(rng)
    content = {"type": "link", "url": url_of(a, src), "title": a["title"], "description": lead(a["body"][0]),
               "imageUrl": f"https://img.{site(src)}/{ident(rng, 12, HEX)}.jpg", "imageAssetId": uuid_of(rng),
               "screenshotAssetId": uuid_of(rng), "favicon": f"https://www.{site(src)}/favicon.ico",
               "htmlContent": "<div id=\"readability-page-1\" class=\"page\">"
                              + "".join(f"<p>{x(p)}</p>" for p in a["body"]) + "</div>",
               "crawledAt": utc_iso(made + rng.randrange(5, 120), True),
               "author": ", ".join(a["authors"]) if a["authors"] else None, "publisher": src,
               "datePublished": f"{a['date']}T{h:02d}:{m:02d}:00.000Z" if a["date"] else None,
               "dateModified": None}
    doc = {"id": ident(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), "createdAt": utc_iso(made, True),
           "modifiedAt": utc_iso(made + rng.randrange(120, 3600), True), "title": None, "archived": False,
           "favourited": rng.random() < 0.2, "taggingStatus": "success", "summarizationStatus": None,
           "note": rng.choice([None, REVIEW[desk]]), "summary": None,
           "tags": [{"id": ident(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), "name": t, "attachedBy": "ai"}
                    for t in ["steel", "european union"]], "content": content,
           "assets": [{"id": content["imageAssetId"], "assetType": "bannerImage"},
                      {"id": content["screenshotAssetId"], "assetType": "screenshot"}]}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


MORE_BY = {  # the foot's heading (one writer, several) and two other headlines
    "en": ("More from {n}", ["Ports brace for a slower year", "The quiet end of a coal town"]),
    "fr": ("Plus d'articles de {n}", ["Les ports se préparent à une année plus lente", "La fin discrète d'une ville "
                                      "minière"]),
    "de": ("Weitere Artikel von {n}", ["Häfen stellen sich auf ein schwächeres Jahr ein", "Das leise Ende einer "
                                       "Bergbaustadt"]),
    "es": ("Más artículos de {n}", ["Los puertos se preparan para un año más lento", "El final silencioso de una "
                                    "ciudad minera"]),
    "it": ("Altri articoli di {n}", ["I porti si preparano a un anno più lento", "La fine silenziosa di una città "
                                     "mineraria"]),
    "pt": ("Mais artigos de {n}", ["Os portos preparam-se para um ano mais lento", "O fim discreto de uma vila "
                                   "mineira"])}


# A story copied from a site that sets no byline above the text and names its writers only in the author box at the
# foot (`Weitere Artikel von A und B` followed by two other headlines of theirs); the publication and section on top,
# the headline, the standfirst, the long date (whichever the article has), the text. The other headlines are no title;
# an unsigned piece has no box.
def desk_s50_607(a, desk, rng):
    src = src_of(a, rng)
    heading, others = MORE_BY[desk]
    parts = [sep_join(" / ", src, SECTION[desk]), "", a["title"], "", lead(a["body"][0])]
    parts += [dated(a, desk, weekday=rng.random() < 0.5)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", heading.format(n=named(a["authors"], desk))] + [f"› {t}" for t in others]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S50 = {f"desk_s50_{i}" for i in range(582, 608)}
assert DEVELOPMENT == {name for name in BLIND_S50
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S50)})
