"""Stop 31: a tenth batch of 26 clipping layouts (BLIND_S32) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a file's, notebook's, dossier's or
conversation's own title, nor a distributor's `Publication: ` prefix or markup escapes; authors: persons who wrote
the article, never a note's owner, a reader who requested a copy, a press contact or an assistant; date: the
article's publication date, never the day a page was crawled, clipped, saved, fetched, accessed, printed or
modified, and none when the file does not state one; source: the publication the file names, never the tool,
database, crawler or app that carried it). The layouts are numbered from 01 to 30, skipping numbers, so that
text_eval.py's hash puts sixteen in development (first) and ten held-out (after the marker line, which whoever
tunes the reader never reads past). Written without reading the reader (Sources/TextLayouts, Sources/ArticleParsing)
or its misses, nor any earlier batch's held-out part: nobody tunes on any of them in stop 31, and the development
members too are only scored (text_eval.py prints their misses with `--show-s32-development` alone, for a later
stop).
"""
import datetime
import hashlib
import json
import pprint
from xml.sax.saxutils import escape

from clipping_layouts import (ABBR, LABELS, LAYOUTS, MONTHS, byline, clock, expect, joined, later, long_date,
                              numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead
from clipping_layouts_s28 import rfc_date, url
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first

DOMAIN = "news.example.org"


def iso_z(iso, rng):
    """`2026-04-10T09:12:30Z` on day `iso`."""
    return f"{iso}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"


def locale_stamp(iso, desk, rng):
    """A desktop app's numeric day and time in the desk's locale (`4/10/2026, 9:12:40 AM`, `10.04.2026, 09:12:40`)."""
    d = datetime.date.fromisoformat(iso)
    h, m, s = rng.randrange(7, 20), rng.randrange(60), rng.randrange(60)
    if desk == "en":
        return f"{d.month}/{d.day}/{d.year}, {h % 12 or 12}:{m:02d}:{s:02d} {'AM' if h < 12 else 'PM'}"
    return f"{numeric_date(iso, desk)}, {h:02d}:{m:02d}:{s:02d}"


# ---- development members of BLIND_S32 ----

# An Evernote export (.enex, English tags on every desk) of a web clip: `export-date`, the note's `<title>` (the
# headline), `<created>` and `<updated>` (the later days it was clipped and touched, compact UTC stamps), the note
# attributes (`<author>`: the colleague whose account clipped it, not an author; the source application and the page's
# URL), then the ENML content in CDATA: the clipped title in bold (sometimes), the byline (when signed), `Publication –
# date` (whichever it has), the paragraphs as `<div>`s. The clip's days are not the date.
def desk_s32_01(a, desk, rng):
    def compact(iso):
        return iso.replace("-", "") + f"T{rng.randrange(6, 22):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}Z"

    clipped = later(a["date"], rng, 1, 40)
    divs = [f"<div><b>{escape(a['title'])}</b></div>"] if rng.random() < 0.5 else []
    divs += [f"<div>{escape(byline(a['authors'], desk, rng))}</div>"] if a["authors"] else []
    meta = meta_line(a, desk)
    divs += [f"<div>{escape(meta)}</div>"] if meta else []
    divs += ["<div><br/></div>"] + [f"<div>{escape(p)}</div><div><br/></div>" for p in a["body"]]
    content = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
               '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note>' + "".join(divs) +
               "</en-note>")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
             f'<en-export export-date="{compact(later(clipped, rng, 1, 30))}" application="Evernote" '
             'version="10.105.4">', "  <note>", f"    <title>{escape(a['title'])}</title>",
             f"    <created>{compact(clipped)}</created>", f"    <updated>{compact(later(clipped, rng, 0, 3))}</updated>",
             "    <note-attributes>", f"      <author>{escape(colleague(a, rng))}</author>",
             "      <source>web.clip7</source>", f"      <source-url>{url(rng)}</source-url>",
             "      <source-application>webclipper.evernote</source-application>", "    </note-attributes>",
             f"    <content><![CDATA[{content}]]></content>", "  </note>", "</en-export>"]
    return "\n".join(lines) + "\n", expect(a)


# A reference manager's `Copy BibTeX` pasted into a colleague's message above the text: a short note, the biblatex
# entry (`@article` with `journaltitle` when the publication is named, `@online` otherwise; `author = {Roux, Hélène and
# Krüger, Stefan}`, `title = {{Title}}` in double braces, `date = {2026-03-03}`, `urldate` the later day it was
# looked up, url, langid, keywords), a blank line and the text. The lookup day is not the date.
def desk_s32_02(a, desk, rng):
    family = family_first(a["authors"][0]).split(",")[0].lower() if a["authors"] else "anon"
    key = "".join(c for c in family if c.isalpha()) + (a["date"] or "nd")[:4] + \
        "".join(c for c in a["title"].split()[0].lower() if c.isalpha())
    fields = [f"author = {{{' and '.join(family_first(n) for n in a['authors'])}}}"] if a["authors"] else []
    fields.append(f"title = {{{{{a['title']}}}}}")
    fields += [f"journaltitle = {{{a['source']}}}"] if a["source"] else []
    fields += [f"date = {{{a['date']}}}"] if a["date"] else []
    fields += [f"urldate = {{{later(a['date'], rng, 5, 90)}}}", f"url = {{{url(rng)}}}",
               f"langid = {{{ {'en': 'english', 'de': 'german', 'fr': 'french'}.get(a['lang'], 'english')}}}",
               f"keywords = {{{KICKER_SECTION[desk].lower()}}}"]
    entry = f"@{'article' if a['source'] else 'online'}{{{key},\n" + ",\n".join("\t" + f for f in fields) + "\n}"
    note = {"en": "Reference for the bibliography, full text below.", "fr": "Référence pour la bibliographie, texte ci-dessous.",
            "de": "Literaturangabe fürs Verzeichnis, Volltext unten.", "es": "Referencia para la bibliografía, texto abajo.",
            "it": "Riferimento per la bibliografia, testo sotto.", "pt": "Referência para a bibliografia, texto abaixo."}[desk]
    return "\n".join([note, "", entry, "", "\n\n".join(a["body"])]) + "\n", expect(a)


MENU = {"en": "Home News World Business Sport Culture", "fr": "Accueil Actualités Monde Économie Sport Culture",
        "de": "Startseite Nachrichten Welt Wirtschaft Sport Kultur", "es": "Portada Noticias Mundo Economía Deportes Cultura",
        "it": "Home Notizie Mondo Economia Sport Cultura", "pt": "Início Notícias Mundo Economia Desporto Cultura"}


# A Common Crawl WET record (the crawl's plain-text conversion of the page): `WARC/1.0`, `WARC-Type: conversion`, the
# target URI, `WARC-Date` (the later day the page was crawled), the record ids, digest, `Content-Type: text/plain`,
# `Content-Length`, a blank line, then the page's text blocks one a line: the site's menu items, the masthead
# (sometimes), the title, the byline, the site's date stamp, the paragraphs, and `© year Publication` at the foot
# (when named). The crawl day is not the date; the footer names the source.
def desk_s32_04(a, desk, rng):
    blocks = MENU[desk].split()
    top = masthead(a, rng, 0.5)
    blocks += ([top] if top else []) + [a["title"]]
    blocks += [byline(a["authors"], desk, rng)] if a["authors"] else []
    blocks += [stamp(a["date"], desk, rng)] if a["date"] else []
    blocks += a["body"]
    blocks += [f"© {(a['date'] or '2026')[:4]} {a['source']}"] if a["source"] else []
    text = "\n".join(blocks) + "\n"
    uid = lambda: "-".join(f"{rng.getrandbits(b):0{b // 4}x}" for b in (32, 16, 16, 16, 48))  # noqa: E731
    head = ["WARC/1.0", "WARC-Type: conversion", f"WARC-Target-URI: {url(rng)}",
            f"WARC-Date: {iso_z(later(a['date'], rng, 20, 300), rng)}", f"WARC-Record-ID: <urn:uuid:{uid()}>",
            f"WARC-Refers-To: <urn:uuid:{uid()}>",
            f"WARC-Block-Digest: sha1:{hashlib.sha1(text.encode()).hexdigest()[:32].upper()}",
            "Content-Type: text/plain", f"Content-Length: {len(text.encode())}"]
    return "\r\n".join(head) + "\r\n\r\n" + text + "\r\n\r\n", expect(a)


# A newspaper's advance release distributed through a press-release wire (news aktuell / ots, German lines on every
# desk, as the service prints them): the release day and time (`03.03.2026 – 18:42`, when dated), the distributor's
# headline `Publication: Title`, `Von A` (when signed), the dateline `Berlin (ots) - ` opening the first paragraph,
# the text, `Pressekontakt:` with the publication's newsdesk and the duty editor's name and phone (not an author), and
# `Original-Content von: Publication, übermittelt durch news aktuell`. The headline is the part after the prefix; the
# wire is not the source. An article naming no publication goes out under the site's domain (no source).
def desk_s32_05(a, desk, rng):
    pub = a["source"] or DOMAIN
    city = rng.choice(["Berlin", "Hamburg", "München", "Düsseldorf", "Wien", "Zürich"])
    parts = [f"{numeric_date(a['date'], 'de')} – {clock(rng)}"] if a["date"] else []
    parts += [pub, "", f"{pub}: {a['title']}", ""]
    parts += [f"Von {joined(a['authors'], 'de')}", ""] if a["authors"] else []
    parts += [f"{city} (ots) - {a['body'][0]}"] + ["\n" + p for p in a["body"][1:]]
    parts += ["", "Pressekontakt:", "", pub, "Newsdesk", f"Chef vom Dienst: {colleague(a, rng)}",
              f"Telefon: 0{rng.randrange(30, 90)} {rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", "",
              f"Original-Content von: {pub}, übermittelt durch news aktuell"]
    return "\n".join(parts) + "\n", expect(a)


ZOTERO = {  # item type (value), author, abstract, publication, date, section, accessed, date added, modified, notes
    "en": ("Item Type", "Newspaper Article", "Author", "Abstract", "Publication", "Date", "Section", "Accessed",
           "Date Added", "Modified", "Notes:"),
    "fr": ("Type de document", "Article de journal", "Auteur", "Résumé", "Publication", "Date", "Section",
           "Consulté le", "Date d'ajout", "Modifié le", "Notes :"),
    "de": ("Eintragsart", "Zeitungsartikel", "Autor", "Zusammenfassung", "Publikation", "Datum", "Rubrik",
           "Heruntergeladen am", "Hinzugefügt am", "Geändert am", "Notizen:"),
    "es": ("Tipo de elemento", "Artículo de periódico", "Autor", "Resumen", "Publicación", "Fecha", "Sección",
           "Fecha de acceso", "Fecha de adición", "Modificado", "Notas:"),
    "it": ("Tipo di elemento", "Articolo di giornale", "Autore", "Abstract", "Pubblicazione", "Data", "Sezione",
           "Consultato", "Aggiunto il", "Modificato il", "Note:"),
    "pt": ("Tipo de item", "Artigo de jornal", "Autor", "Resumo", "Publicação", "Data", "Secção", "Acedido",
           "Data de adição", "Modificado", "Notas:"),
}


# A reference manager's report (Zotero, `Generate report from item`) copied from its window as text: the headline as
# the report's heading, then the item's rows as `Label<TAB>value` in the desk's language: item type, one `Author` row
# per author, abstract (the first sentence), publication, date (as entered: the desk's long date), section, URL,
# accessed, date added and modified (later days, the desk's numeric form with a time), then `Notes:` and the text,
# indented, as the note holding it. Rows the article lacks are left out; the later days are not the date.
def desk_s32_08(a, desk, rng):
    kind, kind_value, author, abstract, pub, date_, section, accessed, added, modified, notes = ZOTERO[desk]
    seen = later(a["date"], rng, 3, 60)
    rows = [(kind, kind_value)] + [(author, n) for n in a["authors"]]
    rows.append((abstract, first_sentence(a["body"][0])))
    rows += [(pub, a["source"])] if a["source"] else []
    rows += [(date_, long_date(a["date"], desk))] if a["date"] else []
    rows += [(section, KICKER_SECTION[desk]), ("URL", url(rng)), (accessed, locale_stamp(seen, desk, rng)),
             (added, locale_stamp(seen, desk, rng)), (modified, locale_stamp(later(seen, rng, 1, 9), desk, rng))]
    parts = [a["title"], ""] + [f"{k}\t{v}" for k, v in rows] + ["", notes, ""]
    parts += ["\n\n".join("    " + p for p in a["body"])]
    return "\n".join(parts) + "\n", expect(a)


# A read-it-later service's highlights exported to a notes vault (Readwise to Obsidian, English on every desk): `#
# Title`, the cover image, `## Metadata` with `- Author: [[A and B]]` (the service files an unsigned piece under the
# publication's name, or the site's domain when none is named), `- Full Title:`, `- Category: #articles`, `-
# Published Date:` (when dated), `- URL:`, `- Document Tags:`, then `## Highlights`: the paragraphs highlighted, each a
# bullet ending `([View Highlight](…))`. An `Author:` naming the publication is the source, not an author; the
# export names the publication nowhere else.
def desk_s32_09(a, desk, rng):
    filed = joined(a["authors"], "en") if a["authors"] else (a["source"] or DOMAIN)
    parts = [f"# {a['title']}", "", f"![rw-book-cover](https://readwise-assets.example.org/{rng.randrange(10 ** 6)}.png)",
             "", "## Metadata", f"- Author: [[{filed}]]", f"- Full Title: {a['title']}", "- Category: #articles"]
    parts += [f"- Published Date: {a['date']}"] if a["date"] else []
    parts += [f"- URL: {url(rng)}", "- Document Tags: [[press review]]", "", "## Highlights"]
    parts += [f"- {p} ([View Highlight](https://read.readwise.io/read/{rng.getrandbits(40):010x}))" for p in a["body"]]
    return "\n".join(parts) + "\n", e_with(a, source=None if a["authors"] else a["source"])


CHAT = {  # the user's turn, the request, the assistant's turn, summary heading, suggested heading
    "en": ("You said:", "Can you summarise this article in three points for tomorrow's review?", "ChatGPT said:",
           "Here is a three-point summary:", "Suggested heading for the review:"),
    "fr": ("Vous avez dit :", "Peux-tu résumer cet article en trois points pour la revue de demain ?",
           "ChatGPT a dit :", "Voici un résumé en trois points :", "Titre proposé pour la revue :"),
    "de": ("Du hast gesagt:", "Kannst du diesen Artikel für den Pressespiegel morgen in drei Punkten zusammenfassen?",
           "ChatGPT hat gesagt:", "Hier ist eine Zusammenfassung in drei Punkten:",
           "Vorschlag für die Überschrift im Pressespiegel:"),
    "es": ("Has dicho:", "¿Puedes resumir este artículo en tres puntos para el resumen de mañana?", "ChatGPT ha dicho:",
           "Aquí tienes un resumen en tres puntos:", "Titular propuesto para el resumen:"),
    "it": ("Hai detto:", "Puoi riassumere questo articolo in tre punti per la rassegna di domani?", "ChatGPT ha detto:",
           "Ecco un riassunto in tre punti:", "Titolo proposto per la rassegna:"),
    "pt": ("Você disse:", "Podes resumir este artigo em três pontos para a revista de amanhã?", "O ChatGPT disse:",
           "Aqui está um resumo em três pontos:", "Título proposto para a revista:"),
}


# A chatbot conversation copied as text: the user's turn (the request, then the article pasted: title, byline when
# signed, `Publication – date`, text), the assistant's turn with a three-point summary (the first sentences of the
# paragraphs) and a heading it suggests for the review (the first words of the text, not the headline). The assistant
# and its suggestion are not the article's.
def desk_s32_10(a, desk, rng):
    you, ask, bot, summary, suggest = CHAT[desk]
    parts = [you, "", ask, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "", bot, "", summary, ""]
    parts += [f"{i}. {first_sentence(p)}" for i, p in enumerate(a["body"][:3], 1)]
    words = " ".join(a["body"][0].split()[:7]).rstrip(".,;:")
    parts += ["", f"{suggest} **{words}**"]
    return "\n".join(parts) + "\n", expect(a)


CALIBRE = {"en": ("Sections", "Next", "Section Menu", "Main Menu", "This article was downloaded by calibre from"),
           "fr": ("Rubriques", "Suivant", "Menu de la rubrique", "Menu principal",
                  "Cet article a été téléchargé par calibre depuis"),
           "de": ("Rubriken", "Weiter", "Rubrikmenü", "Hauptmenü", "Dieser Artikel wurde von calibre heruntergeladen von"),
           "es": ("Secciones", "Siguiente", "Menú de sección", "Menú principal",
                  "Este artículo fue descargado por calibre desde"),
           "it": ("Sezioni", "Successivo", "Menu sezione", "Menu principale",
                  "Questo articolo è stato scaricato da calibre da"),
           "pt": ("Secções", "Seguinte", "Menu da secção", "Menu principal", "Este artigo foi descarregado pelo calibre de")}


# An e-book made by an e-book manager's news download (calibre), converted to TXT: the book's title `Publication
# [Tue, 10 Mar 2026]` (the later day it was fetched, in the desk's abbreviations; the site's domain when the article
# names no publication: then no source), `Sections` with the section and three headlines of which this article is the
# second, then the section heading, the navigation bar, the article (title, byline, the site's date stamp, text), and
# `This article was downloaded by calibre from <url>`. The fetch day is not the date, the other headlines not the
# title.
def desk_s32_12(a, desk, rng):
    sections, next_, section_menu, main_menu, downloaded = CALIBRE[desk]
    pub = a["source"] or DOMAIN
    d = datetime.date.fromisoformat(later(a["date"], rng, 0, 6))
    book = f"{pub} [{WEEKDAY_ABBR[desk].split()[d.weekday()]}, {d.day:02d} {ABBR[desk].split()[d.month - 1]} {d.year}]"
    others = other_titles(desk, rng, 2)
    parts = [book, "", sections, "", f"1. {KICKER_SECTION[desk]}"] + \
        [f"    {t}" for t in [others[0], a["title"], others[1]]] + ["", KICKER_SECTION[desk], "",
                                                                    f"| {next_} | {section_menu} | {main_menu} |", "",
                                                                    a["title"], ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"{downloaded} {url(rng)}", "",
              f"| {next_} | {section_menu} | {main_menu} |"]
    return "\n".join(parts) + "\n", expect(a)


# A blogging platform's story page selected and copied (Medium-like, English UI on every desk): the title, a subtitle
# (the first sentence, sometimes), the writer's name (the first author), `Follow`, `Published in Publication` (when
# named), `6 min read · Mar 3, 2026` (the read time alone when undated), `--`, the claps and `Listen` / `Share`, the
# text, then the foot: `--`, claps, `Written by A`, followers, `Writer for Publication`, and `More from A` with two
# other headlines. Unsigned pieces go out under the publication's account (no person). The other headlines are not
# the title.
def desk_s32_13(a, desk, rng):
    writer = a["authors"][0] if a["authors"] else (a["source"] or DOMAIN)
    minutes = max(1, sum(len(p.split()) for p in a["body"]) // 230)
    when = f" · {short_date(a['date'], 'en').split()[1]} {int(a['date'][8:])}, {a['date'][:4]}" if a["date"] else ""
    claps = f"{rng.randrange(1, 30)}{rng.choice(['', '.2K', 'K'])}"
    parts = [a["title"]] + ([first_sentence(a["body"][0])] if rng.random() < 0.5 else []) + ["", writer, "", "Follow"]
    parts += ["", f"Published in {a['source']}"] if a["source"] else []
    parts += ["", f"{minutes} min read{when}", "", "--", "", claps, "", "Listen", "", "Share", "",
              "\n\n".join(a["body"]), "", "--", "", claps, "", f"Written by {writer}",
              f"{rng.randrange(100, 9000)} Followers"]
    parts += [f"Writer for {a['source']}"] if a["source"] else []
    parts += ["", "Follow", "", f"More from {writer}"] + other_titles("en", rng, 2)
    return "\n".join(parts) + "\n", e_with(a, authors=a["authors"][:1])


# A notes app's raw export item (Joplin, `Export > RAW`): the note's title (the headline) on the first line, a blank
# line, the body as the web clipper kept it (masthead sometimes, byline, the site's date stamp, text), a blank line,
# then the note's metadata as `key: value` lines: id, parent_id, `created_time` and `updated_time` (the later day it
# was clipped, ISO with milliseconds), `author:` (empty, or the colleague who owns the notebook: not an author),
# `source_url`, `source: joplin-desktop`, `source_application`, and the app's other keys, `type_: 1`. The app is
# not the source; the masthead is (none when not printed).
def desk_s32_15(a, desk, rng):
    top = masthead(a, rng, 0.5)
    parts = [a["title"], ""] + ([top, ""] if top else [])
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), ""]
    made = later(a["date"], rng, 1, 30)
    t = f"{made}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"
    owner = colleague(a, rng) if rng.random() < 0.5 else ""
    parts += [f"id: {rng.getrandbits(128):032x}", f"parent_id: {rng.getrandbits(128):032x}", f"created_time: {t}",
              f"updated_time: {t}", "is_conflict: 0", "latitude: 0.00000000", "longitude: 0.00000000",
              "altitude: 0.0000", f"author: {owner}", f"source_url: {url(rng)}", "is_todo: 0", "todo_due: 0",
              "todo_completed: 0", "source: joplin-desktop", "source_application: net.cozic.joplin-desktop",
              "application_data: ", "order: 0", f"user_created_time: {t}", f"user_updated_time: {t}",
              "encryption_cipher_text: ", "encryption_applied: 0", "markup_language: 1", "is_shared: 0",
              "share_id: ", "conflict_original_id: ", "master_key_id: ", "user_data: ", "deleted_time: 0", "type_: 1"]
    return "\n".join(parts), e_with(a, source=top)


def cp1252_misread(text):
    """UTF-8 bytes read as Windows-1252 (Latin-1 where that code page leaves a byte undefined): `März` -> `MÃ¤rz`."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out)


# A clipping that went through an old press-review system reading UTF-8 as Windows-1252 (double-encoded: `MÃ¤rz`,
# `Ã©`, `â€“`, `â€™`), saved again as UTF-8: the title, the labelled author, date and source rows (the desk's labels,
# rows the article lacks left out), the text wrapped at 76. What the editor means is the article's own spelling:
# the expected values are the correct (repaired) text.
def desk_s32_17(a, desk, rng):
    t, au, d, s = LABELS[desk]
    parts = [a["title"], ""]
    parts += [f"{au} {', '.join(a['authors'])}"] if a["authors"] else []
    parts += [f"{d} {long_date(a['date'], desk, weekday=True)}"] if a["date"] else []
    parts += [f"{s} {a['source']}"] if a["source"] else []
    parts += ["", wrap(a["body"], 76)]
    return cp1252_misread("\n".join(parts) + "\n"), expect(a)


# An Atom feed saved from the browser's `view source` with the one entry the desk wanted: the feed's own title
# (`Publication – Section`, or the site's domain when the article names none: then no source), its `updated` (a
# later day), then the `<entry>`: `<title type="html">` (escaped), link, id, `<published>` (when dated) and a later
# `<updated>`, one `<author><name>` per author, the summary and `<content type="text">` with the text escaped. The
# feed's section is not part of the source; the updated days are not the date.
def desk_s32_18(a, desk, rng):
    feed = f"{a['source'] or DOMAIN} – {KICKER_SECTION[desk]}"
    changed = later(a["date"], rng, 1, 12)
    link = url(rng)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{escape(feed)}</title>", f'  <link href="https://{DOMAIN}/" rel="alternate"/>',
             f"  <id>https://{DOMAIN}/feed/atom</id>", f"  <updated>{iso_z(changed, rng)}</updated>", "  <entry>",
             f'    <title type="html">{escape(escape(a["title"]))}</title>',
             f'    <link href="{link}" rel="alternate"/>', f"    <id>{link}</id>"]
    lines += [f"    <published>{a['date']}T{clock(rng)}:00+01:00</published>"] if a["date"] else []
    lines.append(f"    <updated>{iso_z(changed, rng)}</updated>")
    lines += [f"    <author><name>{escape(n)}</name></author>" for n in a["authors"]]
    lines += [f"    <summary>{escape(first_sentence(a['body'][0]))}</summary>",
              f'    <content type="text">{escape(chr(10).join(a["body"]))}</content>', "  </entry>", "</feed>"]
    return "\n".join(lines) + "\n", e_with(a, source=a["source"])


def tex(text):
    """LaTeX's escapes for its special characters, and `--` for the en dash."""
    for c in "\\&%$#_{}":
        text = text.replace(c, "\\textbackslash{}" if c == "\\" else "\\" + c)
    return text.replace("–", "--").replace("—", "---")


TEX_REVIEW = {"en": "Press review, week {w}", "fr": "Revue de presse, semaine {w}", "de": "Pressespiegel KW {w}",
              "es": "Resumen de prensa, semana {w}", "it": "Rassegna stampa, settimana {w}",
              "pt": "Revista de imprensa, semana {w}"}


# A press review typeset with LaTeX, its source file sent as text: the preamble with the review's own `\title`
# (the review and its week), `\author` (the colleague who compiles it) and `\date` (a later day), `\maketitle`, then
# `\section*{Title}` (LaTeX escapes: `\&`, `\%`, `--`), the line `\textit{Publication}, 3.~März 2026 \hfill A`
# (whichever parts the article has; `~` the no-break space of the date), the text with the same escapes, and
# `\end{document}`. The review's title, compiler and day are not the article's.
def desk_s32_20(a, desk, rng):
    made = later(a["date"], rng, 1, 7)
    week = datetime.date.fromisoformat(made).isocalendar()[1]
    meta = []
    if a["source"]:
        meta.append(f"\\textit{{{tex(a['source'])}}}")
    if a["date"]:
        meta.append(long_date(a["date"], desk).replace(" ", "~", 1))
    line = ", ".join(meta) + (f" \\hfill {tex(joined(a['authors'], desk))}" if a["authors"] else "")
    parts = ["\\documentclass[11pt,a4paper]{article}", "\\usepackage[utf8]{inputenc}", "\\usepackage[T1]{fontenc}",
             f"\\title{{{TEX_REVIEW[desk].format(w=week)}}}", f"\\author{{{colleague(a, rng)}}}",
             f"\\date{{{long_date(made, desk)}}}", "\\begin{document}", "\\maketitle", "",
             f"\\section*{{{tex(a['title'])}}}"]
    parts += [line.strip(), ""] if line.strip() else [""]
    parts += ["\n\n".join(tex(p) for p in a["body"]), "", "\\end{document}"]
    return "\n".join(parts) + "\n", expect(a)


SHEET = {"en": ("Date", "Publication", "Headline", "Author", "Text"),
         "fr": ("Date", "Média", "Titre", "Auteur", "Texte"),
         "de": ("Datum", "Medium", "Überschrift", "Autor", "Text"),
         "es": ("Fecha", "Medio", "Titular", "Autor", "Texto"),
         "it": ("Data", "Testata", "Titolo", "Autore", "Testo"),
         "pt": ("Data", "Publicação", "Título", "Autor", "Texto")}


# Two rows copied from the desk's spreadsheet and pasted into a mail (the header row and the article's row): cells
# separated by tabs, rows by CRLF, the date as the sheet shows it (`3/3/2026` on the English desk, the desk's numeric
# form elsewhere), the authors in one cell joined by `, `, empty cells where the article has nothing, and the text
# cell, which holds line breaks, in double quotes with its own quotes doubled (as spreadsheets copy such a cell).
def desk_s32_22(a, desk, rng):
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    day = "" if not d else f"{d.month}/{d.day}/{d.year}" if desk == "en" else numeric_date(a["date"], desk)
    text = "\n\n".join(a["body"])
    cell = '"' + text.replace('"', '""') + '"'
    row = [day, a["source"] or "", a["title"], ", ".join(a["authors"]), cell]
    return "\t".join(SHEET[desk]) + "\r\n" + "\t".join(row) + "\r\n", expect(a)


# A data journalist's notebook cell and its output, copied as text: `In [7]:` with the lines that fetch and parse the
# page with an article-extraction library, then the pretty-printed dict of the result (keys sorted; long strings
# split over adjacent literals in parentheses, `\n` escapes in the text): `authors` (a list), `meta_site_name` (the
# publication, `''` when none), `publish_date` as `datetime.datetime(2026, 3, 3, 9, 42, tzinfo=…)` (None when undated),
# `text`, `title`, `url`. The expected values are what the dict holds, unescaped.
def desk_s32_23(a, desk, rng):
    link = url(rng)
    when = None
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        when = datetime.datetime(d.year, d.month, d.day, rng.randrange(6, 22), rng.randrange(60),
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=rng.choice([0, 1, 2]))))
    result = {"authors": list(a["authors"]), "meta_site_name": a["source"] or "", "publish_date": when,
              "text": "\n\n".join(a["body"]), "title": a["title"], "url": link}
    n = rng.randrange(3, 12)
    cell = [f"In [{n}]: art = Article({link!r})", "   ...: art.download(); art.parse()",
            "   ...: pprint({k: getattr(art, k) for k in ('title', 'authors', 'publish_date', 'meta_site_name',",
            "   ...:                                      'url', 'text')})", ""]
    return "\n".join(cell) + pprint.pformat(result, width=100) + "\n", expect(a)


# An interlibrary-loan delivery's cover sheet (ILLiad-like, English on every desk) and the scanned article behind it:
# the transaction number, call number and location, `Journal Title:` (the publication; empty when none), volume and
# issue, `Month/Year:` (the article's date in full when dated, empty otherwise), pages, `Article Author: Roux,
# Hélène; Krüger, Stefan`, `Article Title:`, the borrowing notes, `Patron:` (the colleague who asked for it, family
# name first: not an author), the lending string, the day it was printed (later), the copyright notice; a form feed,
# then the page: the title, the byline (when signed), the text. The print day is not the date.
def desk_s32_24(a, desk, rng):
    who = colleague(a, rng)
    printed = datetime.date.fromisoformat(later(a["date"], rng, 10, 200))
    h = rng.randrange(8, 18)
    rows = [f"ILLiad TN: {rng.randrange(100000, 999999)}", "", f"Call #: PN{rng.randrange(4000, 5000)} .N4",
            "Location: Periodicals (Level 2)", "", f"Journal Title: {a['source'] or ''}",
            f"Volume: {rng.randrange(20, 180)}", f"Issue: {rng.randrange(1, 300)}",
            f"Month/Year: {long_date(a['date'], 'en') if a['date'] else ''}",
            f"Pages: {(p := rng.randrange(2, 40))}-{p + 1}",
            f"Article Author: {'; '.join(family_first(n) for n in a['authors'])}", f"Article Title: {a['title']}", "",
            "Notes: Borrowing Notes; scan both pages please", "", f"ILL Number: {rng.randrange(10 ** 8, 10 ** 9)}",
            f"Patron: {family_first(who)}", f"Lending String: *{rng.choice(['NYP', 'DLC', 'BL', 'DNB'])},CUY,ZCU",
            f"Printed: {printed.month}/{printed.day}/{printed.year} {h % 12 or 12}:{rng.randrange(60):02d}:"
            f"{rng.randrange(60):02d} {'AM' if h < 12 else 'PM'}", "ODYSSEY ENABLED", "",
            "NOTICE: This material may be protected by copyright law (Title 17 U.S. Code)."]
    page = [a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    page += [wrap(a["body"], 72)]
    return "\n".join(rows) + "\n\f" + "\n".join(page) + "\n", expect(a)


# ---- held-out members of BLIND_S32 below: whoever tunes the reader never reads past this line ----

def sql_string(value):
    """A MySQL dump's quoted string (`\\'`, `\\n`, `\\\\` escapes), or NULL."""
    if value is None:
        return "NULL"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'"


# The press-review tool's database dumped with mysqldump and sent as text: the dump's header (host, database, server
# version), the table's CREATE statement, then one INSERT of the clipping: id, title, author (names joined by `, `),
# published_at (`2026-03-03 09:42:00`, NULL when undated), publication (NULL when none), body (with `\n` escapes),
# created_at (a later day) and created_by (the colleague who entered it), and `-- Dump completed on <later day>`.
def desk_s32_03(a, desk, rng):
    made = later(a["date"], rng, 1, 30)
    dumped = later(made, rng, 1, 30)
    published = a["date"] and f"{a['date']} {clock(rng)}:00"
    values = [str(rng.randrange(1000, 99999)), sql_string(a["title"]), sql_string(", ".join(a["authors"]) or None),
              sql_string(published), sql_string(a["source"]), sql_string("\n\n".join(a["body"])),
              sql_string(f"{made} {clock(rng)}:{rng.randrange(60):02d}"), sql_string(colleague(a, rng))]
    parts = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--",
             "-- Host: localhost    Database: pressreview",
             "-- ------------------------------------------------------", "-- Server version\t8.0.36", "",
             "DROP TABLE IF EXISTS `clippings`;", "CREATE TABLE `clippings` (",
             "  `id` int NOT NULL AUTO_INCREMENT,", "  `title` varchar(400) NOT NULL,",
             "  `author` varchar(400) DEFAULT NULL,", "  `published_at` datetime DEFAULT NULL,",
             "  `publication` varchar(200) DEFAULT NULL,", "  `body` mediumtext,", "  `created_at` datetime NOT NULL,",
             "  `created_by` varchar(100) NOT NULL,", "  PRIMARY KEY (`id`)",
             ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", "", "--", "-- Dumping data for table `clippings`", "--", "",
             "LOCK TABLES `clippings` WRITE;",
             "INSERT INTO `clippings` (`id`, `title`, `author`, `published_at`, `publication`, `body`, `created_at`, "
             "`created_by`) VALUES (" + ",".join(values) + ");", "UNLOCK TABLES;", "",
             f"-- Dump completed on {dumped} {rng.randrange(1, 5):2d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"]
    return "\n".join(parts) + "\n", expect(a)


def rtf(text):
    """RTF's escapes: `\\`, `{`, `}`; Windows-1252 letters as `\\'e9`, other characters as `\\u8211?`."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                code = ord(ch)
                out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


RTF_TITLE = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
             "it": "Rassegna stampa", "pt": "Revista de imprensa"}


# A word processor's RTF file opened as text: the header with its font and colour tables, the document's `\info`
# group (its own title, author: the colleague who saved it, creation and revision times on later days), then the
# paragraphs: the headline in bold and larger, the byline, `Publication, date` in italics (whichever it has), the
# text, each ended by `\par`; accented letters as `\'e9`, others as `\uN?`.
def desk_s32_06(a, desk, rng):
    made = datetime.date.fromisoformat(later(a["date"], rng, 1, 20))
    h, m = rng.randrange(7, 19), rng.randrange(60)
    tim = f"\\yr{made.year}\\mo{made.month}\\dy{made.day}\\hr{h}\\min{m}"
    head = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1031{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}",
            "{\\colortbl ;\\red0\\green0\\blue255;}",
            f"{{\\info{{\\title {rtf(RTF_TITLE[desk])}}}{{\\author {rtf(colleague(a, rng))}}}{{\\creatim{tim}}}"
            f"{{\\revtim{tim}}}}}",
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
            f"\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28 {rtf(a['title'])}\\b0\\fs22\\par"]
    if a["authors"]:
        head.append(f"{rtf(byline(a['authors'], desk, rng))}\\par")
    meta = meta_line(a, desk, sep=", ")
    if meta:
        head.append(f"\\i {rtf(meta)}\\i0\\par")
    head += [f"{rtf(p)}\\par" for p in a["body"]]
    return "\r\n".join(head) + "\r\n}\r\n", expect(a)


# A page's structured data copied from `view source` above the text: the `<script type="application/ld+json">` block
# on one line (ASCII-escaped or not): `NewsArticle` with headline, `datePublished` and `dateModified` (a later day;
# neither when undated), `author` (Person entries; the publisher as an Organization when unsigned), `publisher`
# (when named), `mainEntityOfPage`; then the text.
def desk_s32_07(a, desk, rng):
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"]}
    if a["date"]:
        item["datePublished"] = f"{a['date']}T{clock(rng)}:00+01:00"
        item["dateModified"] = f"{later(a['date'], rng, 1, 5)}T{clock(rng)}:00+01:00"
    if a["authors"]:
        item["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
    elif a["source"]:
        item["author"] = {"@type": "Organization", "name": a["source"]}
    if a["source"]:
        item["publisher"] = {"@type": "Organization", "name": a["source"],
                             "logo": {"@type": "ImageObject", "url": f"https://{DOMAIN}/logo.png"}}
    item["mainEntityOfPage"] = url(rng)
    block = json.dumps(item, ensure_ascii=rng.random() < 0.5, separators=(",", ":"))
    parts = ['<script type="application/ld+json">', block, "</script>", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


DECK = {  # slide, notes, review heading (day), department, agenda heading, closing slide
    "en": ("Slide", "Notes:", "Press review – {d}", "Communication department", "Today's articles", "Questions?"),
    "fr": ("Diapositive", "Notes :", "Revue de presse – {d}", "Direction de la communication", "Au sommaire",
           "Questions ?"),
    "de": ("Folie", "Notizen:", "Pressespiegel – {d}", "Stabsstelle Kommunikation", "Die Artikel des Tages",
           "Fragen?"),
    "es": ("Diapositiva", "Notas:", "Resumen de prensa – {d}", "Departamento de comunicación", "Artículos del día",
           "¿Preguntas?"),
    "it": ("Diapositiva", "Note:", "Rassegna stampa – {d}", "Ufficio comunicazione", "Gli articoli di oggi",
           "Domande?"),
    "pt": ("Diapositivo", "Notas:", "Revista de imprensa – {d}", "Gabinete de comunicação", "Artigos do dia",
           "Perguntas?"),
}


# A slide deck converted to text (slide text and speaker notes): slide 1 the review's heading with its own later day
# and the department; slide 2 the agenda with three headlines (this article's the second); slide 3 the article's
# headline, bullets `Publication, date` and the authors (those it has), and under `Notes:` the full text; slide 4 the
# closing question.
def desk_s32_11(a, desk, rng):
    slide, notes, review, dept, agenda, closing = DECK[desk]
    others = other_titles(desk, rng, 2)
    parts = [f"{slide} 1", review.format(d=long_date(later(a["date"], rng, 1, 6), desk)), dept, "",
             f"{slide} 2", agenda, f"• {others[0]}", f"• {a['title']}", f"• {others[1]}", "", f"{slide} 3", a["title"]]
    meta = meta_line(a, desk, sep=", ")
    parts += [f"• {meta}"] if meta else []
    parts += [f"• {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += [notes, "\n\n".join(a["body"]), "", f"{slide} 4", closing]
    return "\n".join(parts) + "\n", expect(a)


PUBLISHED_NOTE = {  # greeting (first name), greeting (team), published (with day and time), published (no day),
    # byline label, text heading, footer
    "en": ("Hello {n},", "Hello team,", "Your story “{t}” was published on {p} by {e} on {d} at {h}.",
           "Your story “{t}” was published on {p} by {e}.", "Byline:", "Story as published:",
           "You receive this message because you are listed on this story."),
    "fr": ("Bonjour {n},", "Bonjour à tous,", "Votre article « {t} » a été publié sur {p} par {e} le {d} à {h}.",
           "Votre article « {t} » a été publié sur {p} par {e}.", "Signature :", "Article tel que publié :",
           "Vous recevez ce message car vous êtes associé à cet article."),
    "de": ("Hallo {n},", "Hallo zusammen,", "Ihr Beitrag „{t}“ wurde am {d} um {h} Uhr von {e} auf {p} veröffentlicht.",
           "Ihr Beitrag „{t}“ wurde von {e} auf {p} veröffentlicht.", "Autorenzeile:", "Beitrag wie veröffentlicht:",
           "Sie erhalten diese Nachricht, weil Sie diesem Beitrag zugeordnet sind."),
    "es": ("Hola, {n}:", "Hola, equipo:", "Tu artículo «{t}» fue publicado en {p} por {e} el {d} a las {h}.",
           "Tu artículo «{t}» fue publicado en {p} por {e}.", "Firma:", "Artículo publicado:",
           "Recibes este mensaje porque figuras en este artículo."),
    "it": ("Ciao {n},", "Ciao a tutti,", "Il tuo articolo «{t}» è stato pubblicato su {p} da {e} il {d} alle {h}.",
           "Il tuo articolo «{t}» è stato pubblicato su {p} da {e}.", "Firma:", "Articolo pubblicato:",
           "Ricevi questo messaggio perché sei associato a questo articolo."),
    "pt": ("Olá {n},", "Olá equipa,", "O seu artigo «{t}» foi publicado em {p} por {e} a {d} às {h}.",
           "O seu artigo «{t}» foi publicado em {p} por {e}.", "Assinatura:", "Artigo publicado:",
           "Recebe esta mensagem porque está associado a este artigo."),
}


# The newsroom system's publication notice, forwarded by the writer with the text it carries (body only, no mail
# headers): the greeting (the first author's first name, or the team when unsigned), the sentence naming the
# headline in quotes, the site (the publication, or the domain when none), the editor who pushed it live (not an
# author) and, when dated, the day and time, `Byline:` (when signed), the text heading, the text and the footer.
def desk_s32_14(a, desk, rng):
    hello, team, when, plain, by, heading, footer = PUBLISHED_NOTE[desk]
    site = a["source"] or DOMAIN
    fill = dict(t=a["title"], p=site, e=colleague(a, rng))
    sentence = when.format(d=long_date(a["date"], desk), h=clock(rng), **fill) if a["date"] else plain.format(**fill)
    parts = [hello.format(n=a["authors"][0].split()[0]) if a["authors"] else team, "", sentence]
    parts += [f"{by} {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += ["", heading, "", "\n\n".join(a["body"]), "", "—", footer]
    return "\n".join(parts) + "\n", expect(a)


WORKSHEET = {  # heading, name/class/date line, instruction, questions heading, three questions
    "en": ("Worksheet {n} – Reading comprehension (B2)", "Name: ____________  Class: ______  Date: __________",
           "Read the article and answer the questions below.", "Questions",
           ["What is the article mainly about?", "Who is quoted, and why?", "Summarise paragraph 2 in one sentence."]),
    "fr": ("Fiche {n} – Compréhension écrite (B2)", "Nom : ____________  Classe : ______  Date : __________",
           "Lisez l'article et répondez aux questions.", "Questions",
           ["De quoi parle principalement l'article ?", "Qui est cité, et pourquoi ?",
            "Résumez le paragraphe 2 en une phrase."]),
    "de": ("Arbeitsblatt {n} – Leseverstehen (B2)", "Name: ____________  Klasse: ______  Datum: __________",
           "Lesen Sie den Artikel und beantworten Sie die Fragen.", "Aufgaben",
           ["Worum geht es in dem Artikel hauptsächlich?", "Wer wird zitiert, und warum?",
            "Fassen Sie Absatz 2 in einem Satz zusammen."]),
    "es": ("Ficha {n} – Comprensión lectora (B2)", "Nombre: ____________  Clase: ______  Fecha: __________",
           "Lee el artículo y responde a las preguntas.", "Preguntas",
           ["¿De qué trata principalmente el artículo?", "¿A quién se cita y por qué?",
            "Resume el párrafo 2 en una frase."]),
    "it": ("Scheda {n} – Comprensione del testo (B2)", "Nome: ____________  Classe: ______  Data: __________",
           "Leggi l'articolo e rispondi alle domande.", "Domande",
           ["Di che cosa parla principalmente l'articolo?", "Chi viene citato, e perché?",
            "Riassumi il paragrafo 2 in una frase."]),
    "pt": ("Ficha {n} – Compreensão escrita (B2)", "Nome: ____________  Turma: ______  Data: __________",
           "Lê o artigo e responde às perguntas.", "Perguntas",
           ["De que trata principalmente o artigo?", "Quem é citado, e porquê?", "Resume o parágrafo 2 numa frase."]),
}


# A language teacher's reading-comprehension worksheet built on the article: the sheet's heading, the blank name,
# class and date line, the instruction, the title, the authors' names alone (when signed), the paragraphs numbered
# `(1)`, `(2)`, …, the source line (`Source: Publication, date`, whichever it has; none when neither), then the
# questions. The blank date line is no date.
def desk_s32_16(a, desk, rng):
    heading, blanks, instruction, questions, items = WORKSHEET[desk]
    parts = [heading.format(n=rng.randrange(2, 12)), "", blanks, "", instruction, "", a["title"]]
    parts += [", ".join(a["authors"])] if a["authors"] else []
    parts += [""] + [f"({i}) {p}" for i, p in enumerate(a["body"], 1)]
    meta = meta_line(a, desk, sep=", ")
    parts += ["", f"{LABELS[desk][3]} {meta}"] if meta else []
    parts += ["", questions, ""] + [f"{i}. {q}" for i, q in enumerate(items, 1)]
    return "\n".join(parts) + "\n", expect(a)


def mbox_from(iso, rng):
    d = datetime.date.fromisoformat(iso)
    return (f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[d.weekday()]} {ABBR['en'].split()[d.month - 1]} {d.day:2d} "
            f"{rng.randrange(6, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} {d.year}")


MBOX_REPLY = {"en": "Worth including in Thursday's review?", "fr": "À mettre dans la revue de jeudi ?",
              "de": "Für den Pressespiegel am Donnerstag?", "es": "¿Lo incluimos en el resumen del jueves?",
              "it": "Lo mettiamo nella rassegna di giovedì?", "pt": "Incluímos na revista de quinta-feira?"}


# The desk's mailbox file (mbox) holding two messages: the publication's newsletter (the `From ` separator line and
# Date on the sending day, a day or two later; From the publication or `Newsletter`; Subject the headline; the text
# part: title, byline, `Publication – date`, text, body lines starting with `From ` quoted as `>From `), then a
# colleague's reply (`Re:` the headline, a later day) with one line and the quoted title. Neither sender is an
# author; the mail days are not the date.
def desk_s32_19(a, desk, rng):
    sent = later(a["date"], rng, 1, 2)
    replied = later(sent, rng, 0, 2)
    who = colleague(a, rng)
    body = [a["title"], ""] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    meta = meta_line(a, desk)
    body += [meta] if meta else []
    body += ["", wrap(a["body"], 72)]
    text = "\n".join(">" + line if line.startswith("From ") else line for line in "\n".join(body).split("\n"))
    msg_id = f"<{rng.getrandbits(64):016x}@{DOMAIN}>"
    parts = [f"From newsletter@{DOMAIN} {mbox_from(sent, rng)}", f"Return-Path: <newsletter@{DOMAIN}>",
             f"Date: {rfc_date(sent, rng)}", f'From: "{a["source"] or "Newsletter"}" <newsletter@{DOMAIN}>',
             "To: press@example.org", f"Subject: {a['title']}", f"Message-ID: {msg_id}", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text, "",
             f"From {mailbox(who)} {mbox_from(replied, rng)}", f"Date: {rfc_date(replied, rng)}",
             f"From: {who} <{mailbox(who)}>", "To: press@example.org", f"Subject: Re: {a['title']}",
             f"In-Reply-To: {msg_id}", "Content-Type: text/plain; charset=utf-8", "", MBOX_REPLY[desk], "",
             f"> {a['title']}", ">", "> [...]", ""]
    return "\n".join(parts) + "\n", expect(a)


MERGE = {"en": ("Title", "Author", "Published", "Publication", "Captured", "Text"),
         "fr": ("Titre", "Auteur", "Publie_le", "Media", "Saisi_le", "Texte"),
         "de": ("Titel", "Autor", "Erscheinungsdatum", "Medium", "Erfasst", "Text"),
         "es": ("Titulo", "Autor", "Publicado", "Medio", "Capturado", "Texto"),
         "it": ("Titolo", "Autore", "Pubblicato", "Testata", "Acquisito", "Testo"),
         "pt": ("Titulo", "Autor", "Publicado", "Publicacao", "Capturado", "Texto")}


# An old desktop database's merge export (FileMaker `.mer`): classic Mac line endings (CR only), a header row of the
# field names in the desk's language, then the record, each value in double quotes separated by commas, the line
# breaks inside the text field written as vertical tabs (U+000B); the dates in the desk's numeric form (month first on
# the English desk), the captured day later. Empty fields are `""`.
def desk_s32_21(a, desk, rng):
    def day(iso):
        d = datetime.date.fromisoformat(iso)
        return f"{d.month}/{d.day}/{d.year}" if desk == "en" else numeric_date(iso, desk)

    values = [a["title"], ", ".join(a["authors"]), day(a["date"]) if a["date"] else "", a["source"] or "",
              day(later(a["date"], rng, 1, 30)), "\n\n".join(a["body"])]
    quote = lambda v: '"' + v.replace('"', '""').replace("\n", "\x0b") + '"'  # noqa: E731
    return ",".join(quote(v) for v in MERGE[desk]) + "\r" + ",".join(quote(v) for v in values) + "\r", expect(a)


DOSSIER = {"en": "Press dossier {m}", "fr": "Dossier de presse {m}", "de": "Pressedossier {m}",
           "es": "Dosier de prensa {m}", "it": "Dossier stampa {m}", "pt": "Dossiê de imprensa {m}"}


# A press dossier written in AsciiDoc, its source sent as text: the document header (`= Press dossier March 2026`,
# the colleague who keeps it with their address, the revision line `v3, 2026-04-10: weekly update` on a later day,
# attributes `:toc:` and `:lang:`), then `== Title` as the article's section, a `[.byline]` paragraph (when signed),
# `_Publication, date_` (whichever it has), the text, and `'''`. The dossier's title, keeper and revision day are
# not the article's.
def desk_s32_26(a, desk, rng):
    rev = later(a["date"], rng, 1, 30)
    d = datetime.date.fromisoformat(rev)
    who = colleague(a, rng)
    parts = [f"= {DOSSIER[desk].format(m=MONTHS[desk].split()[d.month - 1] + ' ' + str(d.year))}",
             f"{who} <{mailbox(who)}>", f"v{rng.randrange(2, 9)}, {rev}: weekly update", ":toc:", f":lang: {desk}", "",
             f"== {a['title']}", ""]
    parts += ["[.byline]", byline(a["authors"], desk, rng), ""] if a["authors"] else []
    meta = meta_line(a, desk, sep=", ")
    parts += [f"_{meta}_", ""] if meta else []
    parts += ["\n\n".join(a["body"]), "", "'''"]
    return "\n".join(parts) + "\n", expect(a)


IRC_THANKS = {"en": "thanks, adding it", "fr": "merci, je l'ajoute", "de": "danke, kommt rein",
              "es": "gracias, lo añado", "it": "grazie, lo aggiungo", "pt": "obrigado, vou adicionar"}


def irc_chunks(text, limit=300):
    """A long line cut at spaces into messages of at most `limit` characters, as a chat client sends them."""
    words, out, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > limit:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return out + [line]


# A chat client's log (irssi-like) in which a colleague pastes the article line by line: `--- Log opened <later day>`,
# each message `09:12 < nick> ` followed by a line of the paste (title, byline, `Publication – date`, the paragraphs cut
# into messages of at most 300 characters; no blank lines), another colleague's thanks, `--- Log closed`. The nicks
# are not authors; the log's day is not the date.
def desk_s32_30(a, desk, rng):
    poster, other = rng.sample([p for p in PEOPLE_NICKS if p[1] not in a["authors"]], 2)
    day = datetime.date.fromisoformat(later(a["date"], rng, 1, 10))
    opened = f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[day.weekday()]} {ABBR['en'].split()[day.month - 1]} " \
             f"{day.day:02d} 09:00:{rng.randrange(60):02d} {day.year}"
    lines = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    meta = meta_line(a, desk)
    lines += [meta] if meta else []
    for p in a["body"]:
        lines += irc_chunks(p)
    h, m = rng.randrange(9, 17), rng.randrange(50)
    out = [f"--- Log opened {opened}", f"{h:02d}:{m:02d} -!- {other[0]} [~{other[0]}@example.org] has joined #presse"]
    out += [f"{h:02d}:{m + 1:02d} < {poster[0]}> {line}" for line in lines]
    out += [f"{h:02d}:{m + 3:02d} < {other[0]}> {poster[0]}: {IRC_THANKS[desk]}",
            f"--- Log closed {opened[:-13]} 18:00:0{rng.randrange(10)} {day.year}"]
    return "\n".join(out) + "\n", expect(a)


PEOPLE_NICKS = [("helene", "Hélène Roux"), ("skrueger", "Stefan Krüger"), ("carmen_o", "Carmen Ortiz"),
                ("giulia", "Giulia Bianchi"), ("rui", "Rui Almeida"), ("sarahc", "Sarah Collins")]


# The stop-31 tenth batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of
# their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
BLIND_S32 = {name for name in globals() if name.startswith("desk_s32_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S32})
assert len(BLIND_S32) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S32) == 10
