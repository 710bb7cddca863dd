"""Stop 33: an eleventh batch of 26 clipping layouts (BLIND_S33) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a meeting's, deck's, clipping's, note's,
commit's or document's own title, nor a wire's `UPDATE 2-` prefix, a mailing list's `[List]` tag or a page title's
` | Publication` suffix; authors: persons who wrote the article, never a sender, poster, organiser, clipper,
narrator, producer, editor, photographer, translator, archivist or a document's owner; date: the article's
publication date, never the day a message was sent, a meeting held, a note, record or file saved, entered,
exported, printed or filed, nor an episode's release, and none when the file does not state one; source: the
publication the file names, never the tool, list, server, court, service or app that carried it). The layouts are
numbered from 01 to 30, skipping numbers, so that text_eval.py's hash puts sixteen in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor any earlier batch's held-out part: nobody tunes on any of them in stop 33, and
the development members too are only scored (text_eval.py prints their misses with `--show-s33-development` alone,
for a later stop).
"""
import datetime
import hashlib
import json
import re
import textwrap
import unicodedata
from xml.sax.saxutils import escape

from clipping_layouts import (ABBR, BY, CITY, LAYOUTS, MONTHS, PEOPLE, THANKS, byline, clock, columns, expect,
                              joined, later, long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import FYI, WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import masthead
from clipping_layouts_s28 import rfc_date, url
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first
from clipping_layouts_s32 import DOMAIN, TEX_REVIEW, iso_z, locale_stamp

EN_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MONTHS = ABBR["en"].split()


def slug(title, n=8):
    """The title's first `n` words in lower-case ASCII joined by `-` (`Ölpreise steigen` -> `olpreise-steigen`)."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain)[:n]) or "article"


def others(a, rng, n):
    """`n` colleagues' names, none of them an author of the article."""
    return rng.sample([p for p in PEOPLE if p not in a["authors"]], n)


def epoch(iso, rng):
    """Seconds since 1970 at a daytime hour of day `iso` (UTC)."""
    d = datetime.datetime.fromisoformat(iso).replace(hour=rng.randrange(6, 20), minute=rng.randrange(60),
                                                    second=rng.randrange(60), tzinfo=datetime.timezone.utc)
    return int(d.timestamp())


def en_day(iso):
    """`Mar 3, 2026`."""
    d = datetime.date.fromisoformat(iso)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def us_stamp(iso, rng):
    """`3/10/2026 9:12 AM`."""
    d = datetime.date.fromisoformat(iso)
    h = rng.randrange(7, 20)
    return f"{d.month}/{d.day}/{d.year} {h % 12 or 12}:{rng.randrange(60):02d} {'AM' if h < 12 else 'PM'}"


def signed(a, desk, rng):
    """The byline and the `Publication – date` line, whichever the article has, as a list of lines."""
    lines = [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    return lines + ([meta] if meta else [])


# ---- development members of BLIND_S33 ----

MAILCHIMP = {  # view in browser, the newsletter's name, read on the site
    "en": ("View this email in your browser", "Morning Briefing", "Read it on our website"),
    "fr": ("Voir ce courriel dans votre navigateur", "La Matinale", "Lire sur notre site"),
    "de": ("E-Mail im Browser ansehen", "Morgenlage", "Auf unserer Website weiterlesen"),
    "es": ("Ver este correo en el navegador", "Boletín de la mañana", "Leer en nuestra web"),
    "it": ("Visualizza questa email nel browser", "Il Buongiorno", "Leggi sul nostro sito"),
    "pt": ("Ver este e-mail no navegador", "Newsletter da Manhã", "Ler no nosso site"),
}


# A one-article newsletter as the mailing service's generated plain-text part, saved from the mail client (CRLF):
# `View this email in your browser (<campaign url>)`, `** Publication | Newsletter name` and `** Title`, each over a
# rule of sixty dashes, `By A | date` (whichever the article has), the text, `Read it on our website (<url>)`, a rule of
# `=`, then the service's footer: `Copyright © 2026 Publication, All rights reserved.`, the mailing address and the
# preference links. An article naming no publication goes out under the site's domain (no source); the copyright
# year is no date.
def desk_s33_04(a, desk, rng):
    view, name, read = MAILCHIMP[desk]
    pub = a["source"] or DOMAIN
    rule = "-" * 60
    camp = f"https://us{rng.randrange(2, 21)}.campaign-archive.com/?u={rng.getrandbits(96):024x}" \
           f"&id={rng.getrandbits(40):010x}"
    parts = [f"{view} ({camp})", "", f"** {pub} | {name}", rule, "", f"** {a['title']}", rule, ""]
    line = " | ".join(x for x in [a["authors"] and byline(a["authors"], desk, rng),
                                  a["date"] and long_date(a["date"], desk)] if x)
    parts += [line, ""] if line else []
    prefs = f"https://{DOMAIN}/lists/?u={rng.getrandbits(64):016x}"
    parts += ["\n\n".join(a["body"]).replace("\n", "\r\n"), "", f"{read} ({url(rng)})", "", "=" * 60,
              f"Copyright © {(a['date'] or later(None, rng, 30, 300))[:4]} {pub}, All rights reserved.",
              "You are receiving this email because you opted in via our website.", "", "Our mailing address is:",
              pub, f"{rng.randrange(1, 200)} Example Street", f"{CITY[desk]} {rng.randrange(10000, 99999)}", "",
              "Want to change how you receive these emails?",
              f"You can update your preferences ({prefs}) or unsubscribe from this list ({prefs}&unsub=1)", ""]
    return "\r\n".join(parts), expect(a)


INVITE = {  # the meeting's summary, the organiser's note, the room
    "en": ("Press review prep: ", "Let's go through this piece before the briefing.", "Meeting room 3"),
    "fr": ("Préparation revue de presse : ", "On passe en revue cet article avant le point presse.", "Salle 3"),
    "de": ("Vorbereitung Pressespiegel: ", "Lasst uns den Artikel vor dem Briefing durchgehen.", "Besprechungsraum 3"),
    "es": ("Preparación del resumen: ", "Repasemos este artículo antes de la rueda de prensa.", "Sala de reuniones 3"),
    "it": ("Preparazione rassegna: ", "Rivediamo questo articolo prima del briefing.", "Sala riunioni 3"),
    "pt": ("Preparação da revista de imprensa: ", "Vamos rever este artigo antes do briefing.", "Sala de reuniões 3"),
}
LANG_TAG = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT", "pt": "pt-PT"}


def ics_text(text):
    """iCalendar's TEXT escapes: backslash, `;`, `,` and the line break as `\\n`."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """An iCalendar content line folded at 75 octets (CRLF and a space), never inside a UTF-8 sequence."""
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            out.append(cur)
            cur, size, limit = "", 0, 74
        cur += ch
        size += n
    return "\r\n ".join(out + [cur])


# A meeting invitation saved as an .ics file (Outlook, CRLF, lines folded at 75 octets, TEXT escapes `\,` `\;`
# `\n`): the organiser (a colleague), the press office as attendee, `DESCRIPTION` holding the organiser's note and the
# pasted article (title, byline, `Publication – date`, text), `SUMMARY` the meeting's own name (a prefix and the
# headline), the meeting's start and end days and `DTSTAMP` (later days), the room and a reminder. The meeting's
# days are not the date, its organiser no author.
def desk_s33_05(a, desk, rng):
    prefix, note, room = INVITE[desk]
    who = colleague(a, rng)
    sent = later(a["date"], rng, 1, 5)
    meet = later(sent, rng, 1, 3).replace("-", "")
    h = rng.randrange(8, 17)
    desc = [note, "", a["title"]] + signed(a, desk, rng) + ["", "\n\n".join(a["body"])]
    lang, tz = LANG_TAG[desk], "W. Europe Standard Time"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", f"TZID:{tz}", "BEGIN:STANDARD", "DTSTART:16011028T030000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f'ORGANIZER;CN="{who}":mailto:{mailbox(who)}',
             "ATTENDEE;CN=Press Office;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:press@example.org",
             f"DESCRIPTION;LANGUAGE={lang}:{ics_text(chr(10).join(desc))}",
             f"UID:040000008200E00074C5B7101A82E008{rng.getrandbits(128):032X}",
             f"SUMMARY;LANGUAGE={lang}:{ics_text(prefix + a['title'])}",
             f"DTSTART;TZID={tz}:{meet}T{h:02d}0000", f"DTEND;TZID={tz}:{meet}T{h:02d}3000", "CLASS:PUBLIC",
             "PRIORITY:5", f"DTSTAMP:{sent.replace('-', '')}T{rng.randrange(6, 18):02d}{rng.randrange(60):02d}00Z",
             "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE={lang}:{ics_text(room)}",
             "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT",
             "END:VCALENDAR"]
    return "\r\n".join(fold(line) for line in lines) + "\r\n", expect(a)


BOOKS = {  # the colleague's note, `Excerpt From`, the copyright notice the reading app appends
    "en": ("Some passages for the review:", "Excerpt From", "This material may be protected by copyright."),
    "fr": ("Quelques passages pour la revue :", "Extrait de",
           "Ce contenu est peut-être protégé par des droits d’auteur."),
    "de": ("Ein paar Passagen für den Pressespiegel:", "Auszug aus",
           "Dieses Material ist möglicherweise urheberrechtlich geschützt."),
    "es": ("Algunos pasajes para el resumen:", "Fragmento de",
           "Es posible que este material esté protegido por copyright."),
    "it": ("Alcuni passaggi per la rassegna:", "Estratto da", "Questo materiale potrebbe essere protetto da copyright."),
    "pt": ("Alguns excertos para a revista:", "Excerto de", "Este material pode estar protegido por direitos de autor."),
}


# Passages copied one by one out of an e-book reader (Apple Books) into a mail, the article having been saved to the
# reader as an e-book: the colleague's note, then per passage the quoted paragraph, `Excerpt From`, the book's title
# (the headline), its creator (the authors joined by ` & `; the publication when nobody signed it; no line when
# neither) and the reader's copyright notice, in the desk's language; the colleague's first name at the end. No date
# is stated; a creator naming the publication is the source, not an author (the file names no publication otherwise).
def desk_s33_06(a, desk, rng):
    note, excerpt, notice = BOOKS[desk]
    creator = " & ".join(a["authors"]) or a["source"]
    parts = [note, ""]
    for p in a["body"][:rng.randrange(2, 5)]:
        parts += [f"“{p}”", "", excerpt, a["title"]] + ([creator] if creator else []) + [notice, ""]
    parts.append(colleague(a, rng).split()[0])
    return "\n".join(parts) + "\n", e_with(a, date=None, source=None if a["authors"] else a["source"])


PLACES = [("London", "Greater London", "England"), ("Paris", "Île-de-France", "France"),
          ("Berlin", "Berlin", "Germany"), ("Madrid", "Comunidad de Madrid", "Spain"), ("Rome", "Lazio", "Italy"),
          ("Lisbon", "Lisboa", "Portugal")]


# A clipping from a newspaper-archive site (Newspapers.com-like, English on every desk), copied with its OCR text: the
# clipping's own title as the clipper typed it (the headline's first four words and `…`), `Clipped by <handle> · <a
# day months or years later>`, `Publication from City, Region, Country · Page 12` (the city of the article's
# language; no publication part when the article names none), the page's day (`Tue, Mar 3, 2026`, when dated), then
# `Text (OCR):` and the page: the headline, the byline in capitals, the text in narrow hyphenated columns. The
# clipping's title and day are not the article's.
def desk_s33_07(a, desk, rng):
    handle = slug(colleague(a, rng)).replace("-", "") + str(rng.randrange(10, 99))
    city, region, country = PLACES[{"en": 0, "fr": 1, "de": 2, "es": 3, "it": 4, "pt": 5}.get(a["lang"], 0)]
    page = rng.randrange(1, 40)
    parts = [" ".join(a["title"].split()[:4]).rstrip(",.:;") + "…",
             f"Clipped by {handle} · {en_day(later(max(a['date'] or '', '2024-01-01'), rng, 30, 700))}", ""]
    where = f"{city}, {region}, {country} · Page {page}"
    parts.append(f"{a['source']} from {where}" if a["source"] else f"From {where}")
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts.append(f"{EN_DAYS[d.weekday()]}, {en_day(a['date'])}")
    parts += ["", "Text (OCR):", "", a["title"]]
    parts += [byline(a["authors"], desk, rng).upper()] if a["authors"] else []
    parts += ["", columns(a["body"], 40)]
    return "\n".join(parts) + "\n", expect(a)


DISCORD = {  # channel, the poster's note, the reply's note
    "en": ("press-review", "for tomorrow's review?", "paywalled, here is the text:"),
    "fr": ("revue-de-presse", "pour la revue de demain ?", "article payant, voici le texte :"),
    "de": ("pressespiegel", "für den Pressespiegel morgen?", "hinter der Paywall, hier der Text:"),
    "es": ("resumen-de-prensa", "¿para el resumen de mañana?", "es de pago, aquí va el texto:"),
    "it": ("rassegna-stampa", "per la rassegna di domani?", "è a pagamento, ecco il testo:"),
    "pt": ("revista-de-imprensa", "para a revista de amanhã?", "está atrás da paywall, aqui vai o texto:"),
}


# A chat server's channel exported to plain text (DiscordChatExporter): a banner with the server and channel, then the
# messages as `[3/10/2026 9:12 AM] handle` (a later day): the first poster's note and link and the link's `{Embed}`
# (the site's name: the publication, or the domain when the article names none; the headline; the link; the first
# sentence), `{Reactions}`; a second colleague's message pasting the byline, the site's date stamp and the text; the
# export's footer with the message count. Posters are not authors; their days are not the date.
def desk_s33_08(a, desk, rng):
    channel, note, reply = DISCORD[desk]
    p1, p2 = others(a, rng, 2)
    day = later(a["date"], rng, 0, 4)
    link = url(rng)
    bar = "=" * 62
    parts = [bar, "Guild: Press Office", f"Channel: Text Channels / {channel}", bar, "",
             f"[{us_stamp(day, rng)}] {slug(p1).replace('-', '.')}", note, link, "", "{Embed}", a["source"] or DOMAIN,
             a["title"], link, first_sentence(a["body"][0]), "", "{Reactions}", f"👀 {rng.randrange(1, 5)}", "",
             f"[{us_stamp(day, rng)}] {slug(p2).replace('-', '_')}", reply]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["\n\n".join(a["body"]), "", "", bar, "Exported 2 message(s)", bar]
    return "\n".join(parts) + "\n", expect(a)


LISTS = {"en": "Press-Review", "fr": "Revue-Presse", "de": "Pressespiegel", "es": "Resumen-Prensa", "it": "Rassegna",
         "pt": "Revista-Imprensa"}


# A mailing list's web archive page (Pipermail, English on every desk) copied as text: `[List] Title` (the poster's
# subject: the headline behind the list's tag), the poster's name and address (`at` for `@`), the post's day (later,
# `Tue Mar 10 09:12:33 CET 2026`), the previous/next links (other headlines behind the tag), then the post: the
# poster's note in the desk's language, the byline, `Publication – date`, the text wrapped at 72, the signature,
# the scrubbed HTML part, the links again and the list's footer. The poster is not an author.
def desk_s33_09(a, desk, rng):
    who = colleague(a, rng)
    tag = LISTS[desk]
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 6))
    when = f"{EN_DAYS[d.weekday()]} {EN_MONTHS[d.month - 1]} {d.day:2d} {clock(rng)}:{rng.randrange(60):02d} CET " \
           f"{d.year}"
    t1, t2 = other_titles(desk, rng, 2)
    nav = [f"    Previous message: [{tag}] {t1}", f"    Next message: [{tag}] {t2}",
           "    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"]
    parts = [f"[{tag}] {a['title']}", f"{who} {mailbox(who).replace('@', ' at ')}", when, ""] + nav + ["", FYI[desk], ""]
    parts += signed(a, desk, rng) + ["", wrap(a["body"], 72), "", "-- ", who, "Press Office", "",
                                     "-------------- next part --------------", "An HTML attachment was scrubbed...",
                                     f"URL: <http://lists.example.org/pipermail/{tag.lower()}/attachments/"
                                     f"{d:%Y%m%d}/{rng.getrandbits(32):08x}/attachment.html>", ""]
    parts += nav + ["", "", f"More information about the {tag} mailing list"]
    return "\n".join(parts) + "\n", expect(a)


MUTT = {  # the mail's subject, the sender's note
    "en": ("Clipping for the review", "Attached the piece we talked about."),
    "fr": ("Article pour la revue", "Ci-joint l'article dont on a parlé."),
    "de": ("Artikel für den Pressespiegel", "Anbei der Artikel, über den wir gesprochen haben."),
    "es": ("Artículo para el resumen", "Adjunto el artículo del que hablamos."),
    "it": ("Articolo per la rassegna", "In allegato l'articolo di cui parlavamo."),
    "pt": ("Artigo para a revista", "Em anexo o artigo de que falámos."),
}


# A mail read in a terminal mail client and saved from its pager (mutt): the mail's headers (Date: a later day; From:
# a colleague; Subject: the mail's own, not the headline), `[-- Attachment #1 --]` with its type line and the note,
# then `[-- Attachment #2: slug-of-the-title.txt --]` with its type line and the attached file shown decoded: the
# title, the byline, `Publication – date`, the text wrapped at 72. The sender is not an author.
def desk_s33_10(a, desk, rng):
    subject, note = MUTT[desk]
    who = colleague(a, rng)
    doc = "\n".join([a["title"], ""] + signed(a, desk, rng) + ["", wrap(a["body"], 72)]) + "\n"
    parts = [f"Date: {rfc_date(later(a['date'], rng, 1, 5), rng)}", f"From: {who} <{mailbox(who)}>",
             "To: press@example.org", f"Subject: {subject}", "User-Agent: NeoMutt/20231103", "",
             "[-- Attachment #1 --]", "[-- Type: text/plain, Encoding: 7bit, Size: 0.1K --]", "", note, "",
             who.split()[0], "", f"[-- Attachment #2: {slug(a['title'])}.txt --]",
             f"[-- Type: text/plain, Encoding: quoted-printable, Size: {len(doc.encode()) / 1024:.1f}K --]", "", doc]
    return "\n".join(parts), expect(a)


RECORD = {  # headline, outlet, published, journalists, added by, created, tone, full text; the tone's value
    "en": ("Headline", "Outlet", "Published", "Journalists", "Added by", "Created", "Tone", "Full text", "Neutral"),
    "fr": ("Titre", "Média", "Date de parution", "Journalistes", "Ajouté par", "Créé le", "Tonalité", "Texte intégral",
           "Neutre"),
    "de": ("Schlagzeile", "Medium", "Erscheinungsdatum", "Journalisten", "Hinzugefügt von", "Erstellt", "Tonalität",
           "Volltext", "Neutral"),
    "es": ("Titular", "Medio", "Fecha de publicación", "Periodistas", "Añadido por", "Creado", "Tono", "Texto completo",
           "Neutro"),
    "it": ("Titolo", "Testata", "Data di pubblicazione", "Giornalisti", "Aggiunto da", "Creato", "Tono",
           "Testo completo", "Neutro"),
    "pt": ("Título", "Meio", "Data de publicação", "Jornalistas", "Adicionado por", "Criado", "Tom", "Texto integral",
           "Neutro"),
}


# A record of the desk's coverage database (an Airtable-like base) opened in its expanded view and copied as text:
# each field's name on a line and its value on the next, fields separated by a blank line, in the desk's language:
# the headline (the primary field), the outlet, the published day as the base formats it (`3/3/2026`, day first
# outside the English desk), the journalists (linked records joined by `, `), who added it and when (a colleague and
# a later day), the tone and the full text. Fields the article lacks are left empty and so not copied.
def desk_s33_12(a, desk, rng):
    head, outlet, published, people, added, created, tone, full, neutral = RECORD[desk]
    rows = [(head, a["title"])] + ([(outlet, a["source"])] if a["source"] else [])
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        rows.append((published, f"{d.month}/{d.day}/{d.year}" if desk == "en" else f"{d.day}/{d.month}/{d.year}"))
    rows += [(people, ", ".join(a["authors"]))] if a["authors"] else []
    rows += [(added, colleague(a, rng)), (created, locale_stamp(later(a["date"], rng, 0, 10), desk, rng)),
             (tone, neutral), (full, "\n\n".join(a["body"]))]
    return "\n\n".join(f"{k}\n{v}" for k, v in rows) + "\n", expect(a)


KEEP_LABEL = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
              "it": "Rassegna stampa", "pt": "Revista de imprensa"}


# A notes app's note from a data export (Google Keep in Takeout: one JSON object on one line, not ASCII-escaped): the
# note's flags, `textContent` (the link, then the pasted byline, `Publication – date` and text), `title` (the
# headline, or empty as often as not), the edit and creation times in microseconds (later days), a label, and the
# link's annotation (`WEBLINK`: the page's title `Title | Publication`, its description and url). The note's days are
# not the date; the annotation's suffix names the source.
def desk_s33_14(a, desk, rng):
    saved = later(a["date"], rng, 0, 20)
    link = url(rng)
    text = [link, ""] + signed(a, desk, rng) + ["", "\n\n".join(a["body"])]
    note = {"color": "DEFAULT", "isTrashed": False, "isPinned": False, "isArchived": False,
            "annotations": [{"description": first_sentence(a["body"][0]), "source": "WEBLINK",
                             "title": f"{a['title']} | {a['source']}" if a["source"] else a["title"], "url": link}],
            "textContent": "\n".join(text), "title": a["title"] if rng.random() < 0.5 else "",
            "userEditedTimestampUsec": epoch(later(saved, rng, 0, 3), rng) * 10 ** 6 + rng.randrange(10 ** 6),
            "createdTimestampUsec": epoch(saved, rng) * 10 ** 6 + rng.randrange(10 ** 6),
            "labels": [{"name": KEEP_LABEL[desk]}]}
    return json.dumps(note, ensure_ascii=False), expect(a)


# An agency API's item in the IPTC ninjs JSON form (two-space indent, not ASCII-escaped): uri, type, version,
# `versioncreated` (a later day, UTC), `firstcreated` (the day of the article with a time and offset, when dated),
# pubstatus, language, headline, `byline` (the names joined as the article's language joins them, when signed),
# located, `copyrightholder` and `copyrightnotice` (the publication, when named), usage terms, the description (the
# first sentence), `body_text`, subjects and the feature image's association with its own `byline` (the
# photographer, not an author). The version day is not the date.
def desk_s33_15(a, desk, rng):
    lang = a["lang"] if a["lang"] in BY else "en"
    item = {"uri": f"urn:newsml:{DOMAIN}:{(a['date'] or '2026-02-01').replace('-', '')}:{rng.getrandbits(48):012x}",
            "type": "text", "mimetype": "text/plain", "version": str(rng.randrange(1, 6)),
            "versioncreated": iso_z(later(a["date"], rng, 1, 9), rng)}
    if a["date"]:
        item["firstcreated"] = f"{a['date']}T{clock(rng)}:00+01:00"
    item.update({"pubstatus": "usable", "language": a["lang"], "headline": a["title"]})
    if a["authors"]:
        item["byline"] = joined(a["authors"], lang)
    item["located"] = rng.choice(list(CITY.values()))
    if a["source"]:
        item["copyrightholder"] = a["source"]
        item["copyrightnotice"] = f"© {(a['date'] or '2026')[:4]} {a['source']}"
    item.update({"usageterms": "Internal press-review use only.", "description_text": first_sentence(a["body"][0]),
                 "body_text": "\n\n".join(a["body"]),
                 "subject": [{"code": "medtop:04000000", "name": "economy, business and finance"}],
                 "associations": {"featureimage": {
                     "uri": f"urn:newsml:{DOMAIN}:picture:{rng.getrandbits(48):012x}", "type": "picture",
                     "byline": colleague(a, rng), "description_text": first_sentence(a["body"][-1])}}})
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n", expect(a)


LCID = {"en": 1033, "fr": 1036, "de": 1031, "es": 3082, "it": 1040, "pt": 2070}


def rtf(text):
    """RTF's escapes: `\\ { }` backslashed, Windows-1252 characters as `\\'e9`, others as `\\uN?` (UTF-16 units)."""
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
                units = ch.encode("utf-16-le")
                for i in range(0, len(units), 2):
                    n = int.from_bytes(units[i:i + 2], "little")
                    out.append(f"\\u{n if n < 32768 else n - 65536}?")
    return "".join(out)


# A rich-text file (.rtf, as a word processor writes it) sent as a text file and read as such (CRLF): the header with
# the font table, the generator, the `\info` group (the document's own `\title`, the review and its week; `\author`,
# the colleague who made it; `\creatim`, a later day), then the paragraphs: the headline in bold, the byline in
# italics, `Publication – date`, the text; accents as `\'e9`, other characters as `\u8217?`. The document's title,
# author and day are not the article's.
def desk_s33_18(a, desk, rng):
    made = datetime.date.fromisoformat(later(a["date"], rng, 1, 10))
    review = TEX_REVIEW[desk].format(w=made.isocalendar()[1])
    info = (f"{{\\info{{\\title {rtf(review)}}}{{\\author {rtf(colleague(a, rng))}}}{{\\creatim\\yr{made.year}"
            f"\\mo{made.month}\\dy{made.day}\\hr{rng.randrange(7, 19)}\\min{rng.randrange(60)}}}}}")
    lines = [f"{{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang{LCID[desk]}{{\\fonttbl{{\\f0\\fnil\\fcharset0 "
             "Calibri;}{\\f1\\fnil\\fcharset0 Georgia;}}",
             "{\\*\\generator LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525}" + info +
             "\\viewkind4\\uc1 ",
             f"\\pard\\sa200\\sl276\\slmult1\\b\\f1\\fs32\\lang{LCID[desk]} {rtf(a['title'])}\\b0\\f0\\fs22\\par"]
    lines += [f"\\i {rtf(byline(a['authors'], desk, rng))}\\i0\\par"] if a["authors"] else []
    meta = meta_line(a, desk)
    lines += [f"{rtf(meta)}\\par"] if meta else []
    lines += [f"{rtf(p)}\\par" for p in a["body"]] + ["}", ""]
    return "\r\n".join(lines), expect(a)


WIRE_NOTES = {"UPDATE": "(Adds details, background in paragraphs {n}-{m})",
              "CORRECTED": "(Corrects spelling of name in paragraph {n})",
              "REFILE": "(Refiles to add dropped word in paragraph {n})", "EXCLUSIVE": None}


# A wire story as a financial terminal shows it, copied (English lines on every desk): the story's time stamp
# (`03-Mar-2026 09:42:17 GMT`, when dated) with the publication (when named), the headline behind the wire's
# status prefix (`UPDATE 2-`, `CORRECTED-`, `REFILE-`, `EXCLUSIVE-`), `By A and B` (when signed), the note saying
# what the version changes, the dateline (`PARIS, March 3 (Publication) - `, whichever parts the article has)
# opening the text, then `(Reporting by A and B; Editing by P)` and the keywords line. The prefix is not part of the
# headline; the editor is not an author.
def desk_s33_19(a, desk, rng):
    prefix = rng.choice(["UPDATE 1-", "UPDATE 2-", "UPDATE 3-", "CORRECTED-", "REFILE-", "EXCLUSIVE-"])
    note = WIRE_NOTES[prefix.split()[0].rstrip("-")]
    src = a["source"]
    parts = []
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts.append(f"{d.day:02d}-{EN_MONTHS[d.month - 1]}-{d.year} {clock(rng)}:{rng.randrange(60):02d} GMT"
                     + (f" · {src}" if src else ""))
    elif src:
        parts.append(src)
    parts += ([""] if parts else []) + [prefix + a["title"], ""]
    parts += [f"By {joined(a['authors'], 'en')}", ""] if a["authors"] else []
    parts += [note.format(n=(n := rng.randrange(2, 5)), m=n + 2), ""] if note else []
    line = CITY[desk].upper()
    if a["date"]:
        line += f", {MONTHS['en'].split()[d.month - 1]} {d.day}"
    line += f" ({src}) - " if src else " - "
    parts += ["\n\n".join([line + a["body"][0]] + a["body"][1:]), ""]
    editor = colleague(a, rng)
    parts.append(f"(Reporting by {joined(a['authors'], 'en')}; Editing by {editor})" if a["authors"]
                 else f"(Editing by {editor})")
    parts += ["", f"Keywords: {slug(a['title'], 2).upper().replace('-', '/')}/ ({prefix.rstrip('-')})"]
    return "\n".join(parts) + "\n", expect(a)


PODCAST = {  # the podcast's name, episode, audio version (signed, unsigned), read by, first published (in, on),
    # show notes, transcript, production credit
    "en": ("Audio Edition", "Episode", "Audio version of the article by {a}.", "Audio version of this article.",
           "Read by {n}.", "First published{p}{d}.", " in {s}", " on {d}", "Show notes", "Transcript", "Production"),
    "fr": ("Version audio", "Épisode", "Version audio de l'article de {a}.", "Version audio de cet article.",
           "Lu par {n}.", "Publié initialement{p}{d}.", " dans {s}", " le {d}", "Notes de l'épisode", "Transcription",
           "Réalisation"),
    "de": ("Zum Hören", "Folge", "Audioversion des Artikels von {a}.", "Audioversion dieses Artikels.",
           "Gelesen von {n}.", "Zuerst erschienen{p}{d}.", " in {s}", " am {d}", "Shownotes", "Transkript",
           "Produktion"),
    "es": ("Edición en audio", "Episodio", "Versión en audio del artículo de {a}.", "Versión en audio de este artículo.",
           "Leído por {n}.", "Publicado originalmente{p}{d}.", " en {s}", " el {d}", "Notas del episodio",
           "Transcripción", "Producción"),
    "it": ("Da ascoltare", "Episodio", "Versione audio dell'articolo di {a}.", "Versione audio di questo articolo.",
           "Letto da {n}.", "Pubblicato originariamente{p}{d}.", " su {s}", " il {d}", "Note dell'episodio",
           "Trascrizione", "Produzione"),
    "pt": ("Edição áudio", "Episódio", "Versão áudio do artigo de {a}.", "Versão áudio deste artigo.", "Lido por {n}.",
           "Publicado originalmente{p}{d}.", " no {s}", " a {d}", "Notas do episódio", "Transcrição", "Produção"),
}


# A podcast episode page of a publication's read-aloud articles, copied as text: the podcast's name (`Publication –
# Audio Edition`, the name alone when the article names no publication), `Episode 142 · 5 Mar 2026 · 12 min` (the
# episode's own later release day), the episode's title (the headline), the description (`Audio version of the article
# by A. Read by N. First published in X on 3 March 2026.`, whichever parts the article has), the player's buttons, the
# show notes (the first sentence), `Transcript` and the text, and the production credit. The narrator and producer are
# not authors; the release day is not the date.
def desk_s33_21(a, desk, rng):
    name, episode, signed_, unsigned, read, first, in_, on, notes, transcript, production = PODCAST[desk]
    reader, producer = others(a, rng, 2)
    minutes = max(2, sum(len(p.split()) for p in a["body"]) // 150)
    show = f"{a['source']} – {name}" if a["source"] else name
    desc = [signed_.format(a=joined(a["authors"], desk)) if a["authors"] else unsigned, read.format(n=reader)]
    if a["source"] or a["date"]:
        desc.append(first.format(p=in_.format(s=a["source"]) if a["source"] else "",
                                 d=on.format(d=long_date(a["date"], desk)) if a["date"] else ""))
    parts = [show, "", f"{episode} {rng.randrange(20, 400)} · {short_date(later(a['date'], rng, 1, 6), desk)} · "
             f"{minutes} min", "", a["title"], "", " ".join(desc), "", "▶ Play   ⤓ Download   ↗ Share", "", notes,
             first_sentence(a["body"][0]), "", transcript, "", "\n\n".join(a["body"]), "", f"{production}: {producer}"]
    return "\n".join(parts) + "\n", expect(a)


WORD_APP = {"en": "Microsoft® Word for Microsoft 365", "fr": "Microsoft® Word pour Microsoft 365",
            "de": "Microsoft® Word für Microsoft 365", "es": "Microsoft® Word para Microsoft 365",
            "it": "Microsoft® Word per Microsoft 365", "pt": "Microsoft® Word para Microsoft 365"}
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
          "Safari/537.36")


# A colleague's terminal session pasted into a mail: `$ pdfinfo clipping.pdf` with the PDF's properties padded to a
# column (either a browser's print: Title = the tab's title `Title | Publication`, Creator = the browser, Producer
# Skia; or a word processor's: Title = the review's own name, Author = the colleague; CreationDate and ModDate a later
# day as `Tue Mar 10 09:12:33 2026 CET`, pages, size), then `$ pdftotext clipping.pdf -` and the two pages' text (the
# masthead sometimes, title, byline, the site's date stamp, the text) with a form feed after each page. The PDF's
# title, author and days are not the article's; the tab's title names the source.
def desk_s33_24(a, desk, rng):
    made = datetime.date.fromisoformat(later(a["date"], rng, 1, 30))
    when = f"{EN_DAYS[made.weekday()]} {EN_MONTHS[made.month - 1]} {made.day:2d} {clock(rng)}:" \
           f"{rng.randrange(60):02d} {made.year} CET"
    browser = rng.random() < 0.5
    top = masthead(a, rng, 0.5)
    if browser:
        rows = [("Title", f"{a['title']} | {a['source']}" if a["source"] else a["title"]), ("Creator", CHROME),
                ("Producer", "Skia/PDF m122")]
    else:
        rows = [("Title", TEX_REVIEW[desk].format(w=made.isocalendar()[1])), ("Author", colleague(a, rng)),
                ("Creator", WORD_APP[desk]), ("Producer", WORD_APP[desk])]
    rows += [("CreationDate", when), ("ModDate", when), ("Custom Metadata", "no"), ("Metadata Stream", "yes"),
             ("Tagged", "yes"), ("UserProperties", "no"), ("Suspects", "no"), ("Form", "none"), ("JavaScript", "no"),
             ("Pages", "2"), ("Encrypted", "no"), ("Page size", "595.92 x 842.88 pts (A4)"), ("Page rot", "0"),
             ("File size", f"{rng.randrange(80000, 900000)} bytes"), ("Optimized", "no"), ("PDF version", "1.7")]
    lines = ([top, ""] if top else []) + [a["title"], ""] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    lines += [stamp(a["date"], desk, rng)] if a["date"] else []
    lines += [""] + wrap(a["body"], 88).split("\n")
    half = len(lines) // 2
    text = "\n".join(lines[:half]) + "\n\f" + "\n".join(lines[half:]) + "\n\f"
    name = f"clipping-{made:%Y%m%d}"
    out = [f"$ pdfinfo {name}.pdf"] + [f"{k + ':':<15} {v}" for k, v in rows] + [f"$ pdftotext {name}.pdf -", text]
    return "\n".join(out), e_with(a, source=a["source"] if browser else top)


COURT = {  # the exhibit's label, the header on each page
    "en": ("EXHIBIT {x}", "Case 1:26-cv-0{c}-{j}   Document {doc}-{k}   Filed {f}   Page {n} of {m}"),
    "fr": ("PIÈCE N° {x}", "RG n° 26/0{c} — Pièce n° {x} — page {n}/{m}"),
    "de": ("Anlage K {x}", "Az. 2-03 O {c}/26 — Anlage K {x} — Blatt {n} von {m}"),
    "es": ("DOCUMENTO N.º {x}", "Procedimiento ordinario {c}/2026 — Documento n.º {x} — Página {n} de {m}"),
    "it": ("DOC. {x}", "R.G. n. {c}/2026 — Doc. {x} — pag. {n} di {m}"),
    "pt": ("DOCUMENTO N.º {x}", "Processo n.º {c}/26.0T8LSB — Doc. {x} — pág. {n} de {m}"),
}


# A court filing's exhibit holding a printed article, as its PDF gives text: every page opens with the court's
# stamp in the desk's jurisdiction (`Case 1:26-cv-01234-JMF   Document 45-3   Filed 04/10/26   Page 2 of 3` on the
# English desk, `Anlage K 7 — Blatt 2 von 3`, `Pièce n° 7 — page 2/3` … elsewhere), the first page carries only the
# exhibit's label, the next ones the printed article (the publication's name, title, byline, the site's date stamp,
# the text wrapped at 80) split over pages at form feeds. The filing day and the file numbers are not the date.
def desk_s33_26(a, desk, rng):
    label, header = COURT[desk]
    x = rng.choice("ABCDEF") if desk == "en" else str(rng.randrange(2, 30))
    f = datetime.date.fromisoformat(later(a["date"], rng, 20, 400))
    keys = dict(x=x, c=rng.randrange(1000, 9999), j=rng.choice(["JMF", "LTS", "AKH", "PKC"]),
                doc=rng.randrange(10, 90), k=rng.randrange(2, 9), f=f"{f.month:02d}/{f.day:02d}/{f.year % 100:02d}")
    lines = ([a["source"], ""] if a["source"] else []) + [a["title"], ""]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += [stamp(a["date"], desk, rng)] if a["date"] else []
    lines += [""] + wrap(a["body"], 80).split("\n")
    chunks = [lines[i:i + 40] for i in range(0, len(lines), 40)]
    m = len(chunks) + 1
    pages = [[header.format(n=1, m=m, **keys), "", "", "", label.format(x=x)]]
    pages += [[header.format(n=n, m=m, **keys), ""] + chunk for n, chunk in enumerate(chunks, 2)]
    return "\f".join("\n".join(p) + "\n" for p in pages), expect(a)


DECK = {  # deck's title, department, overview slide and bullet, other coverage, next steps and a step
    "en": ("Press review – week {w}", "Communications Department", "Coverage this week",
           "{n} articles, tone mostly neutral", "Other coverage", "Next steps", "Prepare lines to take for Thursday"),
    "fr": ("Revue de presse – semaine {w}", "Direction de la communication", "Couverture de la semaine",
           "{n} articles, tonalité plutôt neutre", "Autres retombées", "Prochaines étapes",
           "Préparer les éléments de langage pour jeudi"),
    "de": ("Pressespiegel – KW {w}", "Abteilung Kommunikation", "Berichterstattung der Woche",
           "{n} Artikel, Tonalität überwiegend neutral", "Weitere Berichte", "Nächste Schritte",
           "Sprachregelung bis Donnerstag vorbereiten"),
    "es": ("Resumen de prensa – semana {w}", "Dirección de Comunicación", "Cobertura de la semana",
           "{n} artículos, tono mayoritariamente neutro", "Otras noticias", "Próximos pasos",
           "Preparar el argumentario para el jueves"),
    "it": ("Rassegna stampa – settimana {w}", "Direzione Comunicazione", "Copertura della settimana",
           "{n} articoli, tono prevalentemente neutro", "Altri articoli", "Prossimi passi",
           "Preparare la linea per giovedì"),
    "pt": ("Revista de imprensa – semana {w}", "Direção de Comunicação", "Cobertura da semana",
           "{n} artigos, tom maioritariamente neutro", "Outras notícias", "Próximos passos",
           "Preparar mensagens-chave para quinta-feira"),
}


# A slide deck's outline (presentation app's outline view, copied; CRLF): each slide's title flush left, its bullets
# indented by a tab: the deck's title (the review and its week) with the department and the colleague who made it
# and a later day, an overview slide, then the article's slide: its title is the headline, its bullets
# `Publication, date`, the byline and each paragraph; then `Other coverage` with two other headlines and `Next
# steps`. The deck's title, maker and day are not the article's; the other headlines are not the title.
def desk_s33_28(a, desk, rng):
    title, dept, overview, count, other, steps, step = DECK[desk]
    made = later(a["date"], rng, 1, 7)
    lines = [title.format(w=datetime.date.fromisoformat(made).isocalendar()[1]), "\t" + dept,
             f"\t{colleague(a, rng)}, {long_date(made, desk)}", overview, "\t" + count.format(n=rng.randrange(3, 12)),
             a["title"]]
    meta = meta_line(a, desk, sep=", ")
    lines += ["\t" + meta] if meta else []
    lines += ["\t" + byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += ["\t" + p for p in a["body"]] + [other] + ["\t" + t for t in other_titles(desk, rng, 2)]
    lines += [steps, "\t" + step]
    return "\r\n".join(lines) + "\r\n", expect(a)


# ---- held-out members of BLIND_S33 below: whoever tunes the reader never reads past this line ----

# An agency's story as a raw wire capture in the ANPA 1312 form (CRLF, control characters kept): SYN SYN SOH, the
# header (selector and sequence `a0427`, priority, category, `BC-` slug, the month and day `03-03` when dated, the
# word count), STX, the headline and byline lines marked `^`…`<` (the names in capitals, and `^Publication Writer<`
# when named), the paragraphs indented three spaces and wrapped at 69, the first opening with `CITY (Publication) _ `,
# `END`, the trailer `LF-PAR-03-03-26 0942CET<` (the source's initials, the desk's city code, the date with a
# two-digit year) and ETX. The header's word count and sequence are no date.
def desk_s33_01(a, desk, rng):
    src = a["source"]
    code = "".join(w[0] for w in src.split() if w[0].isalnum()).upper()[:3] if src else "NX"
    words = sum(len(p.split()) for p in a["body"])
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    md = f"{d.month:02d}-{d.day:02d} " if d else ""
    slugline = "-".join(w.capitalize() for w in slug(a["title"], 3).split("-"))
    lines = [f"\x16\x16\x01a{rng.randrange(10000):04d} {rng.choice('rbu')} {rng.choice('fia')} BC-{slugline} "
             f"{md}{words:04d}", f"\x02^{a['title']}<"]
    if a["authors"]:
        lines.append(f"^By {joined(a['authors'], 'en').upper().replace(' AND ', ' and ')}<")
        lines += [f"^{src} Writer<"] if src else []
    dateline = CITY[desk].upper() + (f" ({src}) _ " if src else " _ ")
    for i, p in enumerate(a["body"]):
        lines += ["   " + x for x in textwrap.wrap((dateline if i == 0 else "") + p, 66)]
    lines.append("   END")
    zone = rng.choice(["CET", "GMT", "EST"])
    trail = f"{code}-{CITY[desk][:3].upper()}-" + (f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d} " if d else "")
    lines.append(f"{trail}{rng.randrange(6, 22):02d}{rng.randrange(60):02d}{zone}<")
    return "\r\n".join(lines) + "\r\n\x03", expect(a)


# An agency item delivered in the IPTC NewsML-G2 form: the `newsItem` with its rights (`copyrightHolder`, the
# publication when named), `itemMeta` with the provider, `versionCreated` (a later day) and `firstCreated` (the
# article's day, when dated), an editorial note, `contentMeta` with `contentCreated` (the article's day, when dated),
# `contentModified` (later), the place, one `creator` per author, a `contributor` with the editor's role (a colleague,
# not an author), the `headline`, a slugline, the dateline, a summary, then the paragraphs as inline XHTML. The
# version and modification days are not the date.
def desk_s33_03(a, desk, rng):
    changed = later(a["date"], rng, 1, 8)
    t = f"T{clock(rng)}:00+01:00"
    city = rng.choice(list(CITY.values()))
    pub = escape(a["source"]) if a["source"] else None
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:{DOMAIN}:'
             f'{rng.getrandbits(48):012x}" version="{rng.randrange(1, 5)}" standard="NewsML-G2" '
             f'standardversion="2.29" conformance="power" xml:lang="{a["lang"]}">',
             ' <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>']
    if pub:
        lines += [" <rightsInfo>", f'  <copyrightHolder literal="{pub}"><name>{pub}</name></copyrightHolder>',
                  f"  <copyrightNotice>© {(a['date'] or changed)[:4]} {pub}</copyrightNotice>", " </rightsInfo>"]
    lines += [" <itemMeta>", '  <itemClass qcode="ninat:text"/>',
              f'  <provider literal="{pub}"/>' if pub else f'  <provider literal="{DOMAIN}"/>',
              f"  <versionCreated>{changed}T{clock(rng)}:00+01:00</versionCreated>"]
    lines += [f"  <firstCreated>{a['date']}{t}</firstCreated>"] if a["date"] else []
    lines += ['  <pubStatus qcode="stat:usable"/>', "  <edNote>Corrects typing error in paragraph 2.</edNote>",
              " </itemMeta>", " <contentMeta>"]
    lines += [f"  <contentCreated>{a['date']}{t}</contentCreated>"] if a["date"] else []
    lines += [f"  <contentModified>{changed}T{clock(rng)}:00+01:00</contentModified>",
              f"  <located><name>{city}</name></located>"]
    lines += [f'  <creator role="crol:author"><name>{escape(n)}</name></creator>' for n in a["authors"]]
    lines += [f'  <contributor role="ctrol:editor"><name>{escape(colleague(a, rng))}</name></contributor>',
              f"  <headline>{escape(a['title'])}</headline>",
              f"  <slugline>{slug(a['title'], 3).upper()}</slugline>",
              f"  <dateline>{city}{', ' + short_date(a['date'], desk) if a['date'] else ''}</dateline>",
              f'  <description role="drol:summary">{escape(first_sentence(a["body"][0]))}</description>',
              f'  <language tag="{a["lang"]}"/>', " </contentMeta>", " <contentSet>",
              '  <inlineXML contenttype="application/xhtml+xml">',
              '   <html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>']
    lines += [f"    <p>{escape(p)}</p>" for p in a["body"]]
    lines += ["   </body></html>", "  </inlineXML>", " </contentSet>", "</newsItem>"]
    return "\n".join(lines) + "\n", e_with(a, source=a["source"])


# A page's structured data copied from the browser's developer tools (the `<script type="application/ld+json">`
# element, an SEO plugin's `@graph`): a `NewsArticle` whose `author` and `publisher` are references by `@id` to
# `Person` and `Organization` nodes further down (an unsigned piece's author is the organisation), `headline`,
# `datePublished` (when dated), `dateModified` (a later day), `articleBody`; a `WebPage` named `Title | Publication`,
# a breadcrumb, the `WebSite` (the site's domain when the article names no publication: then no organisation and
# no source). Printed on one line or indented, as the tool copied it.
def desk_s33_11(a, desk, rng):
    site = f"https://{DOMAIN}/"
    link = url(rng)
    org = {"@type": "Organization", "@id": site + "#organization", "name": a["source"],
           "logo": {"@type": "ImageObject", "url": site + "logo.png"}} if a["source"] else None
    people = [{"@type": "Person", "@id": f"{site}#/schema/person/{rng.getrandbits(64):016x}", "name": n,
               "url": f"{site}author/{slug(n)}/"} for n in a["authors"]]
    article = {"@type": "NewsArticle", "@id": link + "#article", "isPartOf": {"@id": link}}
    if people:
        article["author"] = [{"@id": p["@id"]} for p in people]
    elif org:
        article["author"] = {"@id": org["@id"]}
    article["headline"] = a["title"]
    if a["date"]:
        article["datePublished"] = f"{a['date']}T{clock(rng)}:00+00:00"
    article["dateModified"] = f"{later(a['date'], rng, 1, 20)}T{clock(rng)}:00+00:00"
    article.update({"mainEntityOfPage": {"@id": link}, "wordCount": sum(len(p.split()) for p in a["body"])})
    if org:
        article["publisher"] = {"@id": org["@id"]}
    article.update({"inLanguage": a["lang"], "articleBody": "\n\n".join(a["body"])})
    page = {"@type": "WebPage", "@id": link, "url": link,
            "name": f"{a['title']} | {a['source']}" if a["source"] else a["title"],
            "breadcrumb": {"@id": link + "#breadcrumb"}}
    crumbs = {"@type": "BreadcrumbList", "@id": link + "#breadcrumb", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": site},
        {"@type": "ListItem", "position": 2, "name": a["title"]}]}
    website = {"@type": "WebSite", "@id": site + "#website", "url": site, "name": a["source"] or DOMAIN}
    graph = [article, page, crumbs, website] + ([org] if org else []) + people
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                      indent=2 if rng.random() < 0.5 else None)
    return f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>\n', expect(a)


# A blog's export in the WordPress eXtended RSS form (WXR 1.2, tabs): the channel (the site's title: the publication,
# or the domain when none is named; the export's own `pubDate`, a later day), one `wp:author` block per author (login,
# e-mail, display name; a `redaktion` account for an unsigned piece), then the `item`: the title in CDATA, `pubDate`
# and `wp:post_date` (the article's day; an undated piece is a draft: WordPress's zero date and the day the draft was
# saved), `dc:creator` (the first author's login), the block-editor content in CDATA, the modified day (later), status,
# the category and, for co-authored pieces, one `author` category per author. Logins are not names; the export and
# draft days are not the date.
def desk_s33_13(a, desk, rng):
    site = a["source"] or DOMAIN
    logins = [slug(n).replace("-", "")[:12] for n in a["authors"]] or ["redaktion"]
    names = a["authors"] or [{"en": "Newsroom", "fr": "Rédaction", "de": "Redaktion", "es": "Redacción",
                              "it": "Redazione", "pt": "Redação"}[desk]]
    saved = later(a["date"], rng, 0, 5)
    post = f"{a['date'] or saved} {clock(rng)}:00"
    lines = ['<?xml version="1.0" encoding="UTF-8" ?>',
             "<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->",
             '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">', "", "<channel>",
             f"\t<title>{escape(site)}</title>", f"\t<link>https://{DOMAIN}</link>",
             f"\t<pubDate>{rfc_date(later(saved, rng, 5, 200), rng).replace('+0100', '+0000')}</pubDate>",
             f"\t<language>{LANG_TAG.get(a['lang'], 'en-US')}</language>", "\t<wp:wxr_version>1.2</wp:wxr_version>"]
    for i, (login, name) in enumerate(zip(logins, names), 2):
        lines.append(f"\t<wp:author><wp:author_id>{i}</wp:author_id><wp:author_login><![CDATA[{login}]]>"
                     f"</wp:author_login><wp:author_email><![CDATA[{login}@{DOMAIN}]]></wp:author_email>"
                     f"<wp:author_display_name><![CDATA[{name}]]></wp:author_display_name></wp:author>")
    lines += ["", "\t<generator>https://wordpress.org/?v=6.4.3</generator>", "", "\t<item>",
              f"\t\t<title><![CDATA[{a['title']}]]></title>", f"\t\t<link>{url(rng)}</link>",
              f"\t\t<pubDate>{rfc_date(a['date'], rng).replace('+0100', '+0000')}</pubDate>" if a["date"]
              else "\t\t<pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate>",
              f"\t\t<dc:creator><![CDATA[{logins[0]}]]></dc:creator>",
              f'\t\t<guid isPermaLink="false">https://{DOMAIN}/?p={(pid := rng.randrange(100, 99999))}</guid>',
              "\t\t<description></description>",
              "\t\t<content:encoded><![CDATA[" + "\n\n".join(
                  f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in a["body"])
              + "]]></content:encoded>",
              "\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>", f"\t\t<wp:post_id>{pid}</wp:post_id>",
              f"\t\t<wp:post_date><![CDATA[{post}]]></wp:post_date>",
              f"\t\t<wp:post_date_gmt><![CDATA[{post if a['date'] else '0000-00-00 00:00:00'}]]></wp:post_date_gmt>",
              f"\t\t<wp:post_modified><![CDATA[{later(a['date'] or saved, rng, 1, 9)} {clock(rng)}:00]]>"
              "</wp:post_modified>",
              "\t\t<wp:comment_status><![CDATA[closed]]></wp:comment_status>",
              f"\t\t<wp:post_name><![CDATA[{slug(a['title'])}]]></wp:post_name>",
              f"\t\t<wp:status><![CDATA[{'publish' if a['date'] else 'draft'}]]></wp:status>",
              "\t\t<wp:post_type><![CDATA[post]]></wp:post_type>",
              '\t\t<category domain="category" nicename="news"><![CDATA[News]]></category>']
    if len(a["authors"]) > 1:
        lines += [f'\t\t<category domain="author" nicename="cap-{login}"><![CDATA[{login}]]></category>'
                  for login in logins]
    lines += ["\t</item>", "</channel>", "</rss>"]
    return "\n".join(lines) + "\n", e_with(a, source=a["source"])


# A translation job handed to a freelance translator in XLIFF 1.2: the `file` element (original file name, source
# language the article's, target language the desk's or English, the job's own later `date`), a header with the
# tool and a note naming the client, the translator (not an author) and the deadline, then one `trans-unit` per
# piece of the article in its own language (`headline`, `byline`, `dateline` with `Publication, date`, the
# paragraphs), each with an empty target still to translate.
def desk_s33_16(a, desk, rng):
    lang = a["lang"] if a["lang"] in BY else "en"
    target = desk if desk != lang else ("en" if lang != "en" else "fr")
    job = later(a["date"], rng, 1, 10)
    units = [("headline", a["title"])]
    units += [("byline", byline(a["authors"], lang, rng))] if a["authors"] else []
    meta = meta_line(a, lang, sep=", ")
    units += [("dateline", meta)] if meta else []
    units += [(f"p{i}", p) for i, p in enumerate(a["body"], 1)]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
             f'  <file original="{slug(a["title"], 5)}.docx" source-language="{LANG_TAG[lang]}" '
             f'target-language="{LANG_TAG[target]}" datatype="x-docx" date="{iso_z(job, rng)}">', "    <header>",
             '      <tool tool-id="okapi" tool-name="Okapi Rainbow" tool-version="1.45"/>',
             f"      <note>Client: Press Office. Translator: {escape(colleague(a, rng))}. Deadline: "
             f"{later(job, rng, 1, 3)}.</note>", "    </header>", "    <body>"]
    for i, (name, text) in enumerate(units, 1):
        lines += [f'      <trans-unit id="{i}" resname="{name}">', f"        <source>{escape(text)}</source>",
                  '        <target state="new"></target>', "      </trans-unit>"]
    lines += ["    </body>", "  </file>", "</xliff>"]
    return "\n".join(lines) + "\n", expect(a)


# A team-chat workspace's export (Slack, one channel's day file: a JSON array, four-space indent, slashes escaped as
# `\/`, `&`/`<`/`>` as entities in message text): the first message (a colleague's note and the link in `<url|Title>`
# form) with the link's unfurl attachment (`service_name` the publication, or the domain when none is named; `title`;
# `text` the first sentence; `fields` `Written by` and `Est. reading time` when signed; `ts` the article's time, when
# dated), then a threaded reply by another colleague pasting the byline, `Publication – date` and the text. Message
# `ts` values are a later day; posters are not authors.
def desk_s33_17(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    day = later(a["date"], rng, 0, 4)
    ts = f"{epoch(day, rng)}.{rng.randrange(10 ** 6):06d}"
    link = url(rng)
    ent = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    unfurl = {"from_url": link, "service_name": a["source"] or DOMAIN, "title": a["title"], "title_link": link,
              "text": first_sentence(a["body"][0]), "fallback": f"{a['source'] or DOMAIN}: {a['title']}",
              "original_url": link, "id": 1}
    if a["authors"]:
        minutes = max(2, sum(len(p.split()) for p in a["body"]) // 230)
        unfurl["fields"] = [{"title": "Written by", "value": ", ".join(a["authors"]), "short": True},
                            {"title": "Est. reading time", "value": f"{minutes} minutes", "short": True}]
    if a["date"]:
        unfurl["ts"] = epoch(a["date"], rng)
    profile = lambda n: {"real_name": n, "display_name": n.split()[0].lower(), "team": "T04PRESS"}  # noqa: E731
    reply = "\n".join(signed(a, desk, rng) + [""] + a["body"])
    messages = [{"client_msg_id": f"{rng.getrandbits(128):032x}", "type": "message",
                 "text": f"{ent(FYI[desk])} <{link}|{ent(a['title'])}>", "user": "U02CORTIZ1", "ts": ts,
                 "user_profile": profile(p1), "attachments": [unfurl], "thread_ts": ts, "reply_count": 1},
                {"client_msg_id": f"{rng.getrandbits(128):032x}", "type": "message", "text": ent(reply),
                 "user": "U03SKRUEG2", "ts": f"{int(ts.split('.')[0]) + rng.randrange(60, 3000)}.000200",
                 "user_profile": profile(p2), "thread_ts": ts, "parent_user_id": "U02CORTIZ1"}]
    return json.dumps(messages, ensure_ascii=False, indent=4).replace("/", "\\/") + "\n", expect(a)


ARCHIVE = {  # archive number, section, edition, page, author, headline, characters, entered
    "en": ("ARCHIVE NO", "SECTION", "EDITION", "PAGE", "AUTHOR", "HEADLINE", "CHARACTERS", "ENTERED"),
    "fr": ("N° ARCHIVE", "RUBRIQUE", "ÉDITION", "PAGE", "AUTEUR", "TITRE", "SIGNES", "SAISI"),
    "de": ("ARCHIV-NR", "RESSORT", "AUSGABE", "SEITE", "AUTOR", "TITEL", "ZEICHEN", "ERFASST"),
    "es": ("N.º ARCHIVO", "SECCIÓN", "EDICIÓN", "PÁGINA", "AUTOR", "TITULAR", "CARACTERES", "REGISTRADO"),
    "it": ("N. ARCHIVIO", "SEZIONE", "EDIZIONE", "PAGINA", "AUTORE", "TITOLO", "BATTUTE", "INSERITO"),
    "pt": ("N.º ARQUIVO", "SECÇÃO", "EDIÇÃO", "PÁGINA", "AUTOR", "TÍTULO", "CARACTERES", "REGISTADO"),
}
ARCHIVE_SECTION = {"en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia",
                   "pt": "Economia"}


# A record from an old print-production archive, exported on the classic Mac system it still runs on: lines end in
# a bare CR, labels in capitals in the desk's language followed by `: `: archive number, section, `EDITION:
# Publication, 03.03.2026` (whichever parts the article has; no row when neither), page, `AUTHOR: Roux, Hélène;
# Krüger, Stefan` (family names first), the headline, the character count, `ENTERED: <a later day> <the archivist's
# login>`, then a blank line and the paragraphs, one a line, separated by blank lines. The entry day is not the date.
def desk_s33_20(a, desk, rng):
    no, section, edition, page, author, headline, chars, entered = ARCHIVE[desk]
    rows = [(no, f"{(a['date'] or '2026-02-01').replace('-', '')}-{rng.randrange(1, 999):04d}"),
            (section, ARCHIVE_SECTION[desk])]
    ed = ", ".join(x for x in [a["source"], a["date"] and numeric_date(a["date"], desk)] if x)
    rows += [(edition, ed)] if ed else []
    rows.append((page, str(rng.randrange(1, 40))))
    rows += [(author, "; ".join(family_first(n) for n in a["authors"]))] if a["authors"] else []
    rows += [(headline, a["title"]), (chars, str(sum(len(p) for p in a["body"]))),
             (entered, f"{numeric_date(later(a['date'], rng, 1, 20), desk)} "
                       f"{slug(colleague(a, rng)).replace('-', '')[:8]}")]
    lines = [f"{k}: {v}" for k, v in rows] + [""] + "\n\n".join(a["body"]).split("\n")
    return "\r".join(lines) + "\r", expect(a)


SPEECH = {  # intro (signed), published (in, on)
    "en": ("An article by {a}.", "Published{p}{d}.", " in {s}", " on {d}"),
    "fr": ("Un article de {a}.", "Publié{p}{d}.", " dans {s}", " le {d}"),
    "de": ("Ein Artikel von {a}.", "Erschienen{p}{d}.", " in {s}", " am {d}"),
    "es": ("Un artículo de {a}.", "Publicado{p}{d}.", " en {s}", " el {d}"),
    "it": ("Un articolo di {a}.", "Pubblicato{p}{d}.", " su {s}", " il {d}"),
    "pt": ("Um artigo de {a}.", "Publicado{p}{d}.", " no {s}", " a {d}"),
}
VOICES = {"en": "en-GB-SoniaNeural", "fr": "fr-FR-DeniseNeural", "de": "de-DE-KatjaNeural", "es": "es-ES-ElviraNeural",
          "it": "it-IT-ElsaNeural", "pt": "pt-PT-RaquelNeural"}


# The speech-synthesis input (SSML) of a publication's read-aloud version, sent by its audio vendor: `speak` in the
# article's language, a neural voice, the headline in a slowed `prosody`, a break, the intro in the article's
# language (`Un article de A. Publié dans X le <say-as interpret-as="date" format="dmy">03/03/2026</say-as>.`,
# whichever parts it has), then each paragraph as `<p>` with one `<s>` per sentence, escaped. The voice is no author.
def desk_s33_22(a, desk, rng):
    lang = a["lang"] if a["lang"] in SPEECH else "en"
    intro, published, in_, on = SPEECH[lang]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="{LANG_TAG[lang]}">',
             f'  <voice name="{VOICES[lang]}">', f'    <p><s><prosody rate="92%">{escape(a["title"])}</prosody></s></p>',
             '    <break time="800ms"/>']
    said = [f"<s>{escape(intro.format(a=joined(a['authors'], lang)))}</s>"] if a["authors"] else []
    if a["source"] or a["date"]:
        d = a["date"] and datetime.date.fromisoformat(a["date"])
        day = f'<say-as interpret-as="date" format="dmy">{d.day:02d}/{d.month:02d}/{d.year}</say-as>' if d else ""
        said.append("<s>" + published.format(p=in_.format(s=escape(a["source"])) if a["source"] else "",
                                              d=on.format(d=day) if d else "") + "</s>")
    lines += [f"    <p>{''.join(said)}</p>", '    <break time="1s"/>'] if said else []
    for p in a["body"]:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"])", p)
        lines.append("    <p>" + "".join(f"<s>{escape(s)}</s>" for s in sentences) + "</p>")
    lines += ["  </voice>", "</speak>"]
    return "\n".join(lines) + "\n", expect(a)


MBOX_REPLY = {"en": "Added to the review.", "fr": "Ajouté à la revue.", "de": "Ist im Pressespiegel.",
              "es": "Añadido al resumen.", "it": "Aggiunto alla rassegna.", "pt": "Adicionado à revista."}


# A mailbox exported by a webmail's data export (mbox; Google Takeout-like headers): the envelope line `From
# 1791…@xxx Tue Mar 10 09:12:33 +0000 2026`, `X-GM-THRID`, `X-Gmail-Labels`, the mail headers (Date a later day,
# From a colleague, Subject the note's own), the body (the note, the pasted title, byline, `Publication – date`
# and text, lines starting `From ` escaped as `>From `), then a second message: the reply (another colleague, later
# still) quoting the note. Senders are not authors; their days are not the date.
def desk_s33_25(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    day = later(a["date"], rng, 1, 5)
    thread = rng.randrange(10 ** 18, 10 ** 19)

    def envelope(iso):
        d = datetime.date.fromisoformat(iso)
        return f"From {rng.randrange(10 ** 18, 10 ** 19)}@xxx {EN_DAYS[d.weekday()]} {EN_MONTHS[d.month - 1]} " \
               f"{d.day:02d} {clock(rng)}:{rng.randrange(60):02d} +0000 {d.year}"

    subject = MUTT[desk][0]
    body = [FYI[desk], "", a["title"]] + signed(a, desk, rng) + ["", wrap(a["body"], 76)]
    body = "\n".join(">" + line if line.startswith("From ") else line for line in "\n".join(body).split("\n"))
    first = [envelope(day), f"X-GM-THRID: {thread}", "X-Gmail-Labels: Inbox,Opened,Presse",
             "MIME-Version: 1.0", f"Date: {rfc_date(day, rng)}", f"From: {p1} <{mailbox(p1)}>",
             "To: press@example.org", f"Subject: {subject}", f"Message-ID: <{rng.getrandbits(64):016x}@example.org>",
             'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 8bit", "", body, ""]
    second = [envelope(day), f"X-GM-THRID: {thread}", "X-Gmail-Labels: Sent", "MIME-Version: 1.0",
              f"Date: {rfc_date(day, rng)}", f"From: {p2} <{mailbox(p2)}>", f"To: {p1} <{mailbox(p1)}>",
              f"Subject: Re: {subject}", 'Content-Type: text/plain; charset="UTF-8"', "", MBOX_REPLY[desk], "",
              p2.split()[0], "", f"> {FYI[desk]}", ""]
    return "\n".join(first + second) + "\n", expect(a)


COMMIT = {"en": "Add clipping: ", "fr": "Ajoute l'article : ", "de": "Artikel hinzugefügt: ", "es": "Añade recorte: ",
          "it": "Aggiunge articolo: ", "pt": "Adiciona recorte: "}


# A desk that keeps its clippings in a git repository sends `git show` of the commit adding one: `commit <sha>`,
# `Author:` (the colleague who committed: not an author) and `Date:` (a later day, git's format), the commit message
# (`Add clipping: ` and the headline cut at 50 characters with `…`), then the diff of the new Markdown file: its YAML
# front matter (`title:` quoted, `authors:` as a list, `outlet:`, `published:` ISO, `added_by:` a login; keys the
# article lacks left out) and the text, every line prefixed with `+`.
def desk_s33_30(a, desk, rng):
    who = colleague(a, rng)
    d = datetime.date.fromisoformat(later(a["date"], rng, 0, 6))
    msg = COMMIT[desk] + (a["title"] if len(a["title"]) <= 50 else a["title"][:49].rstrip() + "…")
    path = f"clippings/{(a['date'] or d.isoformat())[:4]}/{slug(a['title'], 6)}.md"
    front = ["---", "title: " + json.dumps(a["title"], ensure_ascii=False)]
    front += ["authors:"] + [f"  - {n}" for n in a["authors"]] if a["authors"] else []
    front += [f"outlet: {json.dumps(a['source'], ensure_ascii=False)}"] if a["source"] else []
    front += [f"published: {a['date']}"] if a["date"] else []
    front += [f"added_by: {slug(who).replace('-', '.')}", "---", ""]
    added = front + "\n\n".join(a["body"]).split("\n")
    lines = [f"commit {rng.getrandbits(160):040x}", f"Author: {who} <{mailbox(who)}>",
             f"Date:   {EN_DAYS[d.weekday()]} {EN_MONTHS[d.month - 1]} {d.day} {clock(rng)}:{rng.randrange(60):02d} "
             f"{d.year} +0100", "", "    " + msg, "", f"diff --git a/{path} b/{path}", "new file mode 100644",
             f"index 0000000..{rng.getrandbits(28):07x}", "--- /dev/null", f"+++ b/{path}",
             f"@@ -0,0 +1,{len(added)} @@"] + ["+" + line for line in added]
    return "\n".join(lines) + "\n", expect(a)


# The stop-33 eleventh batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks
# of their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
BLIND_S33 = {name for name in dict(globals()) if name.startswith("desk_s33_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S33})
assert len(BLIND_S33) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S33) == 10
