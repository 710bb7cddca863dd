"""Stop 34: a twelfth batch of 26 clipping layouts (BLIND_S34) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline only, never an issue's, card's, paste's, letter's,
question's or outline's own title, nor a `Fwd:` prefix or a ` | Publication` suffix; authors: persons who wrote the
article, never a poster, sender, caller, analyst, member of parliament, minister, clipper or photographer, nor an
organisation; date: the article's publication date, never the day a message, post, card, record, question or letter
was sent, made, tabled, answered, saved or modified, and none when the file does not state one; source: the
publication the file names, never the tool, service, instance, chat, form or domain that carried it). The layouts
are numbered from 01 to 26 so that text_eval.py's hash puts sixteen in development (first) and ten held-out (after
the marker line, which whoever tunes the reader never reads past). Written without reading the reader (Sources/) or
its misses, nor any earlier batch's held-out part: nobody tunes on any of them in stop 34, and the development
members too are only scored (text_eval.py prints their misses with `--show-s34-development` alone, for a later
stop).
"""
import csv
import datetime
import hashlib
import io
import json
import re
import textwrap
from xml.sax.saxutils import escape, quoteattr

from clipping_layouts import (ABBR, CITY, LAYOUTS, MONTHS, OUTLETS, byline, clock, columns, expect, joined, later,
                              long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import FYI, WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s28 import url
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first
from clipping_layouts_s32 import DOMAIN, iso_z, locale_stamp
from clipping_layouts_s33 import EN_DAYS, EN_MONTHS, LANG_TAG, epoch, others, signed, slug

NOTE = {  # a colleague's short note handing the piece on, signed (with the authors) and unsigned
    "en": ("Worth a read, by {a}:", "Worth a read:"),
    "fr": ("À lire, signé {a} :", "À lire :"),
    "de": ("Lesenswert, von {a}:", "Lesenswert:"),
    "es": ("Merece la pena, de {a}:", "Merece la pena:"),
    "it": ("Da leggere, di {a}:", "Da leggere:"),
    "pt": ("Vale a pena ler, de {a}:", "Vale a pena ler:"),
}


def note(a, desk):
    """The colleague's note, naming the authors when the article is signed."""
    signed_, unsigned = NOTE[desk]
    return signed_.format(a=joined(a["authors"], desk)) if a["authors"] else unsigned


def sentences(paragraph):
    """The paragraph cut after each `.`, `!` or `?` followed by a space (the whole paragraph when none)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s]


def handle(name):
    """`Hélène Roux` -> `hroux`."""
    words = slug(name).split("-")
    return words[0][0] + words[-1]


# ---- development members of BLIND_S34 ----

# A Mastodon thread copied from the web interface (English interface on every desk, the posts in the desk's
# language): per post the poster's display name and `@handle@instance`, the post (the first: the note naming the
# authors when signed, the link and `🧵 1/3`; the next ones quote a sentence of the text each), the link's preview card
# on the first post (the site's name: the publication, or the domain when the article names none; the headline; the
# first sentence), then the post's own day and time (`Mar 10, 2026, 09:12`), the client and the boosts and favourites.
# No date of the article is stated; the poster is not an author.
def desk_s34_02(a, desk, rng):
    who = colleague(a, rng)
    instance = rng.choice(["mastodon.social", "mstdn.example.net", "social.example.org"])
    link = url(rng)
    day = later(a["date"], rng, 1, 6)
    quotes = [sentences(p)[0] for p in a["body"][1:3]] or [first_sentence(a["body"][0])]
    n = len(quotes) + 1
    posts = [[f"{note(a, desk)} {link}", "", f"🧵 1/{n}", "", a["source"] or DOMAIN, a["title"],
              first_sentence(a["body"][0])]]
    posts += [[f"{i}/{n} “{q}”"] for i, q in enumerate(quotes, 2)]
    out = []
    d = datetime.date.fromisoformat(day)
    h, m = rng.randrange(7, 20), rng.randrange(0, 40)
    for i, post in enumerate(posts):
        out += [who, f"@{handle(who)}@{instance}", ""] + post + [
            "", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, {h:02d}:{m + 2 * i:02d} · 🌐 · Web",
            f"{rng.randrange(0, 9)} boosts · {rng.randrange(1, 30)} favourites", "", "—", ""]
    return "\n".join(out), e_with(a, date=None)


SLACK = {  # the reply pasting the text
    "en": "Paywalled, here's the full text:", "fr": "Article payant, voici le texte complet :",
    "de": "Hinter der Bezahlschranke, hier der ganze Text:", "es": "Es de pago, aquí tenéis el texto completo:",
    "it": "È a pagamento, ecco il testo completo:", "pt": "Está atrás da paywall, aqui fica o texto completo:",
}


def slack_text(text):
    """Slack's escapes in a message's `text`: `&`, `<` and `>`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A chat workspace's channel export (Slack's export: the day's file, a JSON array, four-space indent, not
# ASCII-escaped): the first message (a colleague's note and the link in `<…>`, its `ts` a later day) with the link's
# unfurl in `attachments` (`service_name` the publication, or the domain when the article names none; `title` the
# headline; `title_link`; `text` the first sentence; `author_name` the authors when signed), then a second colleague's
# threaded reply pasting the byline, the site's date stamp and the text (Slack's `&amp;` `&lt;` `&gt;` escapes).
# The posters are not authors, the messages' times not the date.
def desk_s34_03(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    day = later(a["date"], rng, 1, 3)
    t1 = epoch(day, rng)
    link = url(rng)
    unfurl = {"service_name": a["source"] or DOMAIN, "title": a["title"], "title_link": link,
              "text": first_sentence(a["body"][0]), "fallback": f"{a['source'] or DOMAIN}: {a['title']}",
              "from_url": link, "original_url": link, "id": 1}
    if a["authors"]:
        unfurl["author_name"] = joined(a["authors"], "en")
    paste = [SLACK[desk], ""] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    paste += [stamp(a["date"], desk, rng)] if a["date"] else []
    paste += ["", "\n\n".join(a["body"])]

    def profile(name):
        return {"real_name": name, "display_name": handle(name), "team": "T01PRESS"}
    msgs = [{"client_msg_id": f"{rng.getrandbits(128):032x}", "type": "message",
             "text": f"{slack_text(note(a, desk))} <{link}>", "user": f"U0{rng.getrandbits(36):09X}",
             "ts": f"{t1}.{rng.randrange(10 ** 6):06d}", "team": "T01PRESS", "user_profile": profile(p1),
             "attachments": [unfurl], "thread_ts": f"{t1}.000100", "reply_count": 1},
            {"client_msg_id": f"{rng.getrandbits(128):032x}", "type": "message", "text": slack_text("\n".join(paste)),
             "user": f"U0{rng.getrandbits(36):09X}",
             "ts": f"{t1 + rng.randrange(60, 3600)}.{rng.randrange(10 ** 6):06d}", "team": "T01PRESS",
             "user_profile": profile(p2), "thread_ts": f"{t1}.000100", "parent_user_id": "U0PARENT"}]
    return json.dumps(msgs, ensure_ascii=False, indent=4) + "\n", expect(a)


ISSUE = {  # the issue title's prefix, the opener's note, the second comment
    "en": ("Clipping: ", "For the Thursday review, text below.", "Added to the review, closing."),
    "fr": ("Coupure : ", "Pour la revue de jeudi, le texte ci-dessous.", "Ajouté à la revue, je ferme."),
    "de": ("Ausschnitt: ", "Für den Pressespiegel am Donnerstag, Text unten.", "Im Pressespiegel, schließe das."),
    "es": ("Recorte: ", "Para el resumen del jueves, el texto abajo.", "Añadido al resumen, cierro."),
    "it": ("Ritaglio: ", "Per la rassegna di giovedì, testo qui sotto.", "Aggiunto alla rassegna, chiudo."),
    "pt": ("Recorte: ", "Para a revista de quinta-feira, texto em baixo.", "Adicionado à revista, fecho."),
}


# An issue of the press office's tracker on a code-hosting site, the page copied as text (English interface on every
# desk): the issue's title (a prefix in the desk's language and the headline) with its number, `Open`, `handle opened
# this issue on Mar 10, 2026 · 2 comments` (a later day), the opener's comment: the note, then the article quoted in
# Markdown (`> **Title**`, `> By A`, `> Publication – date`, `>` and the paragraphs), the sidebar's labels and
# assignee, and a second colleague's comment. The issue's title, its opener and days are not the article's.
def desk_s34_04(a, desk, rng):
    prefix, opener, closing = ISSUE[desk]
    p1, p2 = others(a, rng, 2)
    d1 = datetime.date.fromisoformat(later(a["date"], rng, 1, 5))
    d2 = d1 + datetime.timedelta(days=rng.randrange(0, 3))
    quoted = [f"**{a['title']}**"] + signed(a, desk, rng) + [""]
    quoted += sum(([p, ""] for p in a["body"]), [])[:-1]
    parts = [f"{prefix}{a['title']} #{rng.randrange(40, 900)}", "", "Open", "",
             f"{handle(p1)} opened this issue on {EN_MONTHS[d1.month - 1]} {d1.day}, {d1.year} · 2 comments", "",
             f"{handle(p1)} commented on {EN_MONTHS[d1.month - 1]} {d1.day}, {d1.year}", "", opener, ""]
    parts += [f"> {q}" if q else ">" for q in quoted]
    parts += ["", "Assignees", handle(p2), "Labels", "press-review", "Projects", "None yet", "",
              f"{handle(p2)} commented on {EN_MONTHS[d2.month - 1]} {d2.day}, {d2.year}", "", closing, "",
              f"{handle(p2)} closed this as completed on {EN_MONTHS[d2.month - 1]} {d2.day}, {d2.year}"]
    return "\n".join(parts) + "\n", expect(a)


TRELLO = {"en": ("Press review", "To read", "Good for the minister's brief."),
          "fr": ("Revue de presse", "À lire", "Utile pour la note au ministre."),
          "de": ("Pressespiegel", "Zu lesen", "Gut für die Vorlage an die Ministerin."),
          "es": ("Resumen de prensa", "Por leer", "Útil para la nota al ministro."),
          "it": ("Rassegna stampa", "Da leggere", "Utile per l'appunto al ministro."),
          "pt": ("Revista de imprensa", "Para ler", "Útil para a nota ao ministro.")}


# A card of the desk's kanban board exported as JSON (Trello's `Export JSON`: one line, not ASCII-escaped): the card's
# `name` (the headline), `desc` in Markdown (`**Publication** · date` on the first line, whichever the article has,
# then `*By A*` when signed, then the text), `dateLastActivity` and `due` (later days), the label, the attached link,
# and a member's comment in `actions` with its own day. The card's days and members are not the article's.
def desk_s34_05(a, desk, rng):
    label, list_name, comment = TRELLO[desk]
    who = colleague(a, rng)
    made = later(a["date"], rng, 1, 4)
    head = " · ".join(x for x in [a["source"] and f"**{a['source']}**", a["date"] and long_date(a["date"], desk)] if x)
    desc = ([head, ""] if head else []) + ([f"*{byline(a['authors'], desk, rng)}*", ""] if a["authors"] else [])
    desc += ["\n\n".join(a["body"])]
    cid = f"{rng.getrandbits(96):024x}"
    short = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    card = {"id": cid, "badges": {"comments": 1, "attachments": 1, "description": True},
            "closed": False, "dateLastActivity": iso_z(later(made, rng, 0, 3), rng), "desc": "\n".join(desc),
            "due": iso_z(later(made, rng, 1, 5), rng), "dueComplete": False, "idBoard": f"{rng.getrandbits(96):024x}",
            "idList": f"{rng.getrandbits(96):024x}", "labels": [{"name": label, "color": "blue"}],
            "name": a["title"], "pos": rng.randrange(10000, 99999), "shortUrl": f"https://trello.com/c/{short}",
            "url": f"https://trello.com/c/{short}/{rng.randrange(10, 400)}-{slug(a['title'])}",
            "attachments": [{"name": (link := url(rng)), "url": link, "date": iso_z(made, rng)}],
            "list": {"name": list_name},
            "actions": [{"type": "commentCard", "date": iso_z(later(made, rng, 0, 2), rng),
                         "data": {"text": comment}, "memberCreator": {"fullName": who, "username": handle(who)}}]}
    return json.dumps(card, ensure_ascii=False, separators=(",", ":")), expect(a)


YAML_KEYS = {  # export comment, headline, outlet, authors, published, added by, added at, tone, text; tone value
    "en": ("Press review: records exported on {d}", "headline", "outlet", "authors", "published", "added_by",
           "added_at", "tone", "text", "neutral"),
    "fr": ("Revue de presse : fiches exportées le {d}", "titre", "media", "auteurs", "date_parution", "ajoute_par",
           "ajoute_le", "tonalite", "texte", "neutre"),
    "de": ("Pressespiegel: Einträge exportiert am {d}", "titel", "medium", "autoren", "erschienen_am", "erfasst_von",
           "erfasst_am", "tonalitaet", "text", "neutral"),
    "es": ("Resumen de prensa: fichas exportadas el {d}", "titular", "medio", "autores", "fecha_publicacion",
           "anadido_por", "anadido_el", "tono", "texto", "neutro"),
    "it": ("Rassegna stampa: schede esportate il {d}", "titolo", "testata", "autori", "data_pubblicazione",
           "inserito_da", "inserito_il", "tono", "testo", "neutro"),
    "pt": ("Revista de imprensa: fichas exportadas a {d}", "titulo", "meio", "autores", "data_publicacao",
           "adicionado_por", "adicionado_em", "tom", "texto", "neutro"),
}


def yq(text):
    """A YAML single-quoted scalar (`'` doubled)."""
    return "'" + text.replace("'", "''") + "'"


# The desk's coverage records exported as a YAML file, one record (keys in the desk's language, ASCII): a comment
# naming the export's own later day, then `- id:`, the headline single-quoted, the outlet, the authors as a block
# list (`[]` when unsigned), the published day unquoted (`2026-03-03`; `~` when undated; the outlet `~` when unnamed),
# who added it and when (a colleague, a later ISO time), the tone and the text as a literal block scalar. The export's
# and the record's days are not the date.
def desk_s34_07(a, desk, rng):
    comment, head, outlet, authors, published, by, at, tone, text, neutral = YAML_KEYS[desk]
    added = later(a["date"], rng, 1, 8)
    lines = [f"# {comment.format(d=later(added, rng, 0, 20))}", f"- id: {added[:4]}-{rng.randrange(1, 9999):04d}",
             f"  {head}: {yq(a['title'])}", f"  {outlet}: {yq(a['source']) if a['source'] else '~'}"]
    lines += [f"  {authors}:"] + [f"    - {n}" for n in a["authors"]] if a["authors"] else [f"  {authors}: []"]
    lines += [f"  {published}: {a['date'] or '~'}", f"  {by}: {colleague(a, rng)}", f"  {at}: {iso_z(added, rng)}",
              f"  {tone}: {neutral}", f"  {text}: |"]
    body = "\n\n".join(a["body"]).split("\n")
    lines += [f"    {line}" if line else "" for line in body]
    return "\n".join(lines) + "\n", expect(a)


ROFF = {"en": "Press review, prepared by {p} on {d}", "fr": "Revue de presse, préparée par {p} le {d}",
        "de": "Pressespiegel, erstellt von {p} am {d}", "es": "Resumen de prensa, preparado por {p} el {d}",
        "it": "Rassegna stampa, preparata da {p} il {d}", "pt": "Revista de imprensa, preparada por {p} a {d}"}


def roff_line(line):
    """A text line made safe for roff: `\\` as `\\e`, a leading `.` or `'` behind `\\&`."""
    line = line.replace("\\", "\\e")
    return "\\&" + line if line[:1] in ".'" else line


# A clipping typeset with troff's `ms` macros, the source file sent as text: a comment naming who prepared it and
# when (a colleague, a later day), `.TL` and the headline, one `.AU` per author (none when unsigned), `.AI` and the
# publication (when named), `.ND` and the article's day in the desk's words (`.ND` alone, no date printed, when
# undated), then `.LP`/`.PP` and the text one sentence a line (leading dots escaped). The comment's name and day are
# not the article's.
def desk_s34_11(a, desk, rng):
    lines = [f'.\\" {ROFF[desk].format(p=colleague(a, rng), d=numeric_date(later(a["date"], rng, 1, 9), desk))}',
             f'.\\" groff -ms -Tutf8 {slug(a["title"], 4)}.ms', ".TL", roff_line(a["title"])]
    for name in a["authors"]:
        lines += [".AU", name]
    lines += [".AI", roff_line(a["source"])] if a["source"] else []
    lines += [f'.ND "{long_date(a["date"], desk)}"' if a["date"] else ".ND"]
    for i, p in enumerate(a["body"]):
        lines += [".LP" if i == 0 else ".PP"] + [roff_line(s) for s in sentences(p)]
    return "\n".join(lines) + "\n", expect(a)


OUTLINE = {"en": ("Press review – week {w}", "Monday", "Action: brief the minister's office"),
           "fr": ("Revue de presse – semaine {w}", "Lundi", "Action : informer le cabinet"),
           "de": ("Pressespiegel – KW {w}", "Montag", "Aufgabe: Ministerbüro informieren"),
           "es": ("Resumen de prensa – semana {w}", "Lunes", "Acción: informar al gabinete"),
           "it": ("Rassegna stampa – settimana {w}", "Lunedì", "Azione: informare il gabinetto"),
           "pt": ("Revista de imprensa – semana {w}", "Segunda-feira", "Ação: informar o gabinete")}


def attr(text):
    """An XML attribute value in double quotes, line breaks as `&#10;`."""
    return quoteattr(text, {"\n": "&#10;", '"': "&quot;"})


# An outliner's document exported as OPML 2.0 (two-space indent): the head's own title (the review and its week),
# `dateCreated` (a later day, RFC 822) and `ownerName` (a colleague), then in the body a day's node holding the
# article's node: `text` the headline, `_note` the byline, `Publication – date` and the text (`&#10;` line breaks),
# and a child node with the action to take. The outline's title, owner and day are not the article's.
def desk_s34_12(a, desk, rng):
    title, day, action = OUTLINE[desk]
    made = datetime.date.fromisoformat(later(a["date"], rng, 1, 6))
    created = f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[made.weekday()]}, {made.day:02d} {EN_MONTHS[made.month - 1]} " \
              f"{made.year} {clock(rng)}:{rng.randrange(60):02d} GMT"
    text_note = "\n".join(signed(a, desk, rng) + [""] + sum(([p, ""] for p in a["body"]), [])[:-1])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
             f"    <title>{escape(title.format(w=made.isocalendar()[1]))}</title>",
             f"    <dateCreated>{created}</dateCreated>", f"    <ownerName>{escape(colleague(a, rng))}</ownerName>",
             "  </head>", "  <body>", f"    <outline text={attr(day)}>",
             f"      <outline text={attr(a['title'])} _note={attr(text_note)}>",
             f"        <outline text={attr(action)}/>", "      </outline>", "    </outline>", "  </body>", "</opml>"]
    return "\n".join(lines) + "\n", expect(a)


WHATSAPP = {  # the encryption notice, the media placeholder
    "en": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or "
          "listen to them. Tap to learn more.",
    "fr": "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire "
          "ou les écouter. Appuyez pour en savoir plus.",
    "de": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen "
          "oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.",
    "es": "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera "
          "WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.",
    "it": "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno "
          "WhatsApp, può leggerli o ascoltarli. Tocca per saperne di più.",
    "pt": "As mensagens e as chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o "
          "WhatsApp, pode lê-las ou ouvi-las. Toque para saber mais.",
}
OMITTED = {"en": "<Media omitted>", "fr": "<Médias omis>", "de": "<Medien ausgeschlossen>",
           "es": "<Multimedia omitido>", "it": "<Media omessi>", "pt": "<Multimédia omitido>"}


def wa_stamp(iso, desk, h, m):
    """A WhatsApp (Android) export's time stamp in the desk's locale (`3/10/26, 9:12 AM`, `10.03.26, 09:12`)."""
    d = datetime.date.fromisoformat(iso)
    if desk == "en":
        return f"{d.month}/{d.day}/{d.year % 100}, {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if desk == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100}, {h:02d}:{m:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d}"


# A group chat exported from a phone's messaging app (WhatsApp on Android, `Export chat` without media; the time stamps
# in the desk's locale, later days): the encryption notice, a colleague's photo left out (`<Media omitted>`) and
# link, then the same colleague's long message pasting the title, the byline, `Publication – date` and the text (the
# message's continuation lines carry no stamp), and a second colleague's reply. The posters are not authors, the
# chat's days not the date.
def desk_s34_13(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    day = later(a["date"], rng, 1, 3)
    paste = "\n".join([a["title"]] + signed(a, desk, rng) + ["", "\n\n".join(a["body"])])
    h, m = rng.randrange(7, 21), rng.randrange(0, 50)
    at = [wa_stamp(day, desk, h, m + k) for k in sorted(rng.sample(range(10), 5))]
    lines = [f"{at[0]} - {WHATSAPP[desk]}", f"{at[1]} - {p1}: {OMITTED[desk]}", f"{at[2]} - {p1}: {url(rng)}",
             f"{at[3]} - {p1}: {paste}", f"{at[4]} - {p2}: 👍 {FYI[desk]}"]
    return "\n".join(lines) + "\n", expect(a)


VOICEMAIL = {  # subject, received, duration, transcription; the caller's sentences
    "en": ("New voicemail from {n}", "Received", "Duration", "Transcription (may contain errors)",
           "Hi, it's {f}.", "There's a piece", " in {s}", " from {d}", ", headline “{t}”", ", by {a}",
           ". It starts like this: {p}", " Call me back when you can, thanks."),
    "fr": ("Nouveau message vocal de {n}", "Reçu", "Durée", "Transcription (peut contenir des erreurs)",
           "Bonjour, c'est {f}.", "Il y a un article", " dans {s}", " du {d}", ", titré « {t} »", ", signé {a}",
           ". Ça commence comme ça : {p}", " Rappelle-moi quand tu peux, merci."),
    "de": ("Neue Sprachnachricht von {n}", "Empfangen", "Dauer", "Transkription (kann Fehler enthalten)",
           "Hallo, hier ist {f}.", "Es gibt einen Artikel", " in {s}", " vom {d}", ", Überschrift „{t}“",
           ", von {a}", ". Er fängt so an: {p}", " Ruf mich zurück, wenn du kannst, danke."),
    "es": ("Nuevo mensaje de voz de {n}", "Recibido", "Duración", "Transcripción (puede contener errores)",
           "Hola, soy {f}.", "Hay un artículo", " en {s}", " del {d}", ", con el titular «{t}»", ", firmado por {a}",
           ". Empieza así: {p}", " Llámame cuando puedas, gracias."),
    "it": ("Nuovo messaggio vocale da {n}", "Ricevuto", "Durata", "Trascrizione (può contenere errori)",
           "Ciao, sono {f}.", "C'è un articolo", " su {s}", " del {d}", ", titolo «{t}»", ", firmato da {a}",
           ". Comincia così: {p}", " Richiamami quando puoi, grazie."),
    "pt": ("Nova mensagem de voz de {n}", "Recebida", "Duração", "Transcrição (pode conter erros)",
           "Olá, é a {f}.", "Há um artigo", " no {s}", " de {d}", ", com o título «{t}»", ", assinado por {a}",
           ". Começa assim: {p}", " Liga-me quando puderes, obrigada."),
}


# A phone system's voicemail notification mailed with its transcription: the subject naming the caller (a colleague)
# and their number, the day it was received (a later day) and the length, then the transcription of the colleague
# reading out where and when the piece appeared (whichever of publication and long date the article has), the
# headline in quotes, the authors when signed, and the first paragraph. The caller is not an author, the call's day
# not the date.
def desk_s34_15(a, desk, rng):
    subject, received, duration, transcription, hi, piece, in_, from_, head, by, starts, bye = VOICEMAIL[desk]
    who = colleague(a, rng)
    number = f"+{rng.choice([33, 34, 39, 44, 49, 351])} {rng.randrange(600, 799)} {rng.randrange(100, 999)} " \
             f"{rng.randrange(100, 999)}"
    said = hi.format(f=who.split()[0]) + " " + piece + (in_.format(s=a["source"]) if a["source"] else "")
    said += from_.format(d=long_date(a["date"], desk)) if a["date"] else ""
    said += head.format(t=a["title"]) + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "")
    said += starts.format(p=a["body"][0]) + bye
    parts = [subject.format(n=f"{who} ({number})"), "",
             f"{received}: {locale_stamp(later(a['date'], rng, 1, 3), desk, rng)}",
             f"{duration}: {rng.randrange(0, 2)}:{rng.randrange(10, 59)}", "", f"{transcription}:", "",
             said, "", "-- ", "Unified Messaging · voicemail@example.org"]
    return "\r\n".join(parts) + "\r\n", expect(a)


SMS = {"en": ("ALERT", "more"), "fr": ("ALERTE", "suite"), "de": ("ALARM", "mehr"), "es": ("ALERTA", "más"),
       "it": ("ALLERTA", "continua"), "pt": ("ALERTA", "mais")}


def chunks(text, size):
    """`text` cut at spaces into pieces of at most `size` characters (a longer word alone)."""
    out, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > size:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return out + ([cur] if cur else [])


# A monitoring service's alert sent as a multi-part text message, exported from the phone (`SMS Backup`-like text,
# English headers on every desk): per part `From: MEDIAWATCH` and `Date:` (when it arrived, a later day), then `[1/4]`
# and the part: the first part holds `ALERT`, the headline, the publication and the numeric day (whichever it has)
# and `By A` (when signed), joined by ` — `; the next parts the first two paragraphs cut at spaces into 150
# characters; the last ends with the link. The arrival days are not the date.
def desk_s34_16(a, desk, rng):
    alert, more = SMS[desk]
    said = [a["source"], a["date"] and numeric_date(a["date"], desk), a["authors"] and byline(a["authors"], desk, rng)]
    head = " — ".join([f"{alert}: {a['title']}"] + [x for x in said if x])
    parts = [head] + chunks(" ".join(a["body"][:2]), 150)
    parts[-1] += f" ({more}: {url(rng)})"
    day = later(a["date"], rng, 1, 2)
    d = datetime.date.fromisoformat(day)
    h, m = rng.randrange(6, 20), rng.randrange(50)
    out = []
    for i, part in enumerate(parts, 1):
        out += ["From: MEDIAWATCH", f"Date: {d:%Y-%m-%d} {h:02d}:{m:02d}:{min(59, 3 * i + rng.randrange(3)):02d}",
                "Type: inbox", f"[{i}/{len(parts)}] {part}", ""]
    return "\n".join(out), expect(a)


SECTIONS = {"en": ["World", "Business", "Politics", "Culture", "Opinion"],
            "fr": ["International", "Économie", "Politique", "Culture", "Idées"],
            "de": ["Politik", "Wirtschaft", "Kultur", "Meinung", "Wissen"],
            "es": ["Internacional", "Economía", "Política", "Cultura", "Opinión"],
            "it": ["Esteri", "Economia", "Politica", "Cultura", "Opinioni"],
            "pt": ["Mundo", "Economia", "Política", "Cultura", "Opinião"]}
PUBLISHED_ON = {"en": "Published {d}", "fr": "Publié le {d}", "de": "Veröffentlicht am {d}", "es": "Publicado el {d}",
                "it": "Pubblicato il {d}", "pt": "Publicado a {d}"}
RELATED_HEAD = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas",
                "it": "Leggi anche", "pt": "Relacionados"}
PHOTO = {"en": "Photo", "fr": "Photo", "de": "Foto", "es": "Foto", "it": "Foto", "pt": "Foto"}


# A page fetched on the command line and turned into text with html2text (Markdown-like, wrapped at 78), the command
# kept on top sometimes: the logo's image link (the publication's name as alt text; the domain when it names none),
# the section menu as `  * [World](/world)`, `# Title`, `By [A](/authors/a) and [B](/authors/b)` (when signed), the
# site's `Published` line with the long date (when dated), the picture and its credit (a photographer, not an author),
# the text, the related links (other headlines) and the copyright line (its year no date).
def desk_s34_17(a, desk, rng):
    link = url(rng)
    name = a["source"] or DOMAIN
    parts = [f"$ curl -sL {link} | html2text", ""] if rng.random() < 0.5 else []
    parts += [f"[![{name}](/static/logo.svg)](/)", ""] + [f"  * [{s}](/{slug(s)})" for s in SECTIONS[desk]] + [""]
    parts += [f"# {a['title']}", ""]
    if a["authors"]:
        links = [f"[{n}](/authors/{slug(n)})" for n in a["authors"]]
        parts += [textwrap.fill(byline(links, desk, rng), 78), ""]
    parts += [PUBLISHED_ON[desk].format(d=long_date(a["date"], desk)), ""] if a["date"] else []
    parts += [f"![](https://cdn.{DOMAIN}/img/{rng.getrandbits(40):010x}.jpg)", "",
              f"{PHOTO[desk]}: {colleague(a, rng)}", "", wrap(a["body"], 78), "", f"## {RELATED_HEAD[desk]}", ""]
    parts += [f"  * [{t}](/{slug(t)})" for t in other_titles(desk, rng, 2)]
    parts += ["", f"© {(a['date'] or '2026')[:4]} {name}", ""]
    return "\n".join(parts), expect(a)


JSONLD = {"en": "Here is the structured data from the page source, and the text under it:",
          "fr": "Voici les données structurées du code source de la page, et le texte en dessous :",
          "de": "Hier die strukturierten Daten aus dem Seitenquelltext und darunter der Text:",
          "es": "Aquí van los datos estructurados del código fuente de la página y, debajo, el texto:",
          "it": "Ecco i dati strutturati dal sorgente della pagina e, sotto, il testo:",
          "pt": "Aqui ficam os dados estruturados do código-fonte da página e, por baixo, o texto:"}


# A colleague's message with the page's structured data copied from its source: the note, the
# `<script type="application/ld+json">` block (one line) of a `NewsArticle`: headline, `datePublished` (when dated;
# with a time and offset) and `dateModified` (a later day), `author` (persons when signed; the publisher as an
# organisation when unsigned), `publisher` (the publication, when named), the image and page; then a rule and the
# text. An organisation named as author is no author; the modified day is not the date.
def desk_s34_18(a, desk, rng):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"]}
    mod = f"{later(a['date'], rng, 1, 9)}T{clock(rng)}:00+01:00"
    if a["date"]:
        data["datePublished"] = f"{a['date']}T{clock(rng)}:00+01:00"
    data["dateModified"] = mod
    if a["authors"]:
        data["author"] = [{"@type": "Person", "name": n, "url": f"https://{DOMAIN}/authors/{slug(n)}"}
                          for n in a["authors"]]
    elif a["source"]:
        data["author"] = {"@type": "Organization", "name": a["source"]}
    if a["source"]:
        data["publisher"] = {"@type": "Organization", "name": a["source"],
                             "logo": {"@type": "ImageObject", "url": f"https://{DOMAIN}/logo.png"}}
    data["image"] = [f"https://cdn.{DOMAIN}/img/{rng.getrandbits(40):010x}.jpg"]
    data["mainEntityOfPage"] = url(rng)
    parts = [JSONLD[desk], "", '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) +
             "</script>", "", "-" * 40, "", "\n\n".join(a["body"]), "", colleague(a, rng).split()[0]]
    return "\n".join(parts) + "\n", expect(a)


QUESTION = {  # heading, tabled, asked by, question, answered, answer, annex; the question's opening and asking,
    # the reference (article, by, in, on), the answer
    "en": ("House of Commons — Written question {n}", "Tabled on", "Asked by", "Question", "Answered on by",
           "Answer", "Annex: text of the article", "To ask the Secretary of State, ", ", what assessment has been made "
           "of the facts reported.", ("with reference to the article “{t}”", " by {a}", " published in {s}", " on {d}"),
           "The Department is aware of the report and keeps the matter under review."),
    "fr": ("Assemblée nationale — Question écrite n° {n}", "Publiée au JO le", "Question de", "Texte de la question",
           "Réponse publiée le, par", "Texte de la réponse", "Annexe : texte de l'article", "M. le député interroge "
           "le ministre ", " sur les faits rapportés.", ("au sujet de l'article « {t} »", " de {a}", " paru dans {s}",
                                                         " le {d}"),
           "Le ministère a pris connaissance de cet article et suit la question avec attention."),
    "de": ("Deutscher Bundestag — Schriftliche Frage Nr. {n}", "Eingereicht am", "Fragesteller", "Frage",
           "Beantwortet am, von", "Antwort", "Anlage: Text des Artikels", "Wie bewertet die Bundesregierung, ",
           ", die dort berichteten Tatsachen?", ("mit Blick auf den Artikel „{t}“", " von {a}", " erschienen in {s}",
                                                 " am {d}"),
           "Der Bundesregierung ist der Bericht bekannt; sie verfolgt die Angelegenheit aufmerksam."),
    "es": ("Congreso de los Diputados — Pregunta escrita n.º {n}", "Presentada el", "Autor", "Pregunta",
           "Contestada el, por", "Respuesta", "Anexo: texto del artículo", "¿Qué valoración hace el Gobierno, ",
           ", de los hechos relatados?", ("en relación con el artículo «{t}»", " de {a}", " publicado en {s}",
                                         " el {d}"),
           "El Gobierno conoce la información publicada y sigue el asunto con atención."),
    "it": ("Camera dei deputati — Interrogazione a risposta scritta n. {n}", "Presentata il", "Presentatore",
           "Testo", "Risposta del, di", "Risposta", "Allegato: testo dell'articolo", "Per sapere, ",
           ", quale valutazione dia il Governo dei fatti riportati.", ("in merito all'articolo «{t}»", " di {a}",
                                                                      " pubblicato su {s}", " il {d}"),
           "Il Ministero è a conoscenza dell'articolo e segue la vicenda con attenzione."),
    "pt": ("Assembleia da República — Pergunta n.º {n}", "Entrada em", "Autor", "Pergunta", "Resposta em, por",
           "Resposta", "Anexo: texto do artigo", "Pergunta-se ao Governo, ",
           ", que avaliação faz dos factos relatados.",
           ("a propósito do artigo «{t}»", " de {a}", " publicado no {s}", " a {d}"),
           "O Governo tem conhecimento da notícia e acompanha o assunto com atenção."),
}


# A member of parliament's written question citing the article, with the article annexed, as the parliament's site
# prints it (the desk's parliament and words): the heading with the question's number, the day it was tabled and the
# member (later day; a colleague's name), the question naming the article by its headline in quotes, its authors
# (when signed), publication and long date (whichever it has), the day and minister of the answer (later), the
# answer, then the annex: the text of the article without its headline. The member and minister are not authors,
# the parliament no source, its days not the date.
def desk_s34_19(a, desk, rng):
    heading, tabled, asked, question, answered, answer, annex, opening, asking, ref, reply = QUESTION[desk]
    member, minister = others(a, rng, 2)
    t1 = later(a["date"], rng, 2, 20)
    t2 = later(t1, rng, 10, 40)
    art, by, in_, on = ref
    cite = art.format(t=a["title"]) + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "")
    cite += (in_.format(s=a["source"]) if a["source"] else "") + (on.format(d=long_date(a["date"], desk))
                                                                 if a["date"] else "")
    parts = [heading.format(n=f"{t1[:4]}/{rng.randrange(100, 9999)}"), "", f"{tabled}: {long_date(t1, desk)}",
             f"{asked}: {member}", "", f"{question}:", opening + cite + asking, "",
             f"{answered}: {long_date(t2, desk)}, {minister}", "", f"{answer}:", reply, "", annex, "",
             wrap(a["body"], 90)]
    return "\n".join(parts) + "\n", expect(a)


def logseq_day(iso):
    """Logseq's default journal link `Mar 3rd, 2026`."""
    d = datetime.date.fromisoformat(iso)
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{EN_MONTHS[d.month - 1]} {d.day}{suffix}, {d.year}"


# A page of an outliner's graph (Logseq) saved as Markdown (`pages/…md`; English property names on every desk): the
# page properties `title::` (the headline), `type::`, `author::` (each author a `[[link]]`, when signed), `source::`
# (the publication as a link, when named), `published::` (the journal link `[[Mar 3rd, 2026]]`, when dated),
# `captured::` (a later day) and `clipped-by::` (a colleague), `tags::`, then the text one block (`- `) a paragraph
# and a nested block with the colleague's note. The capture day and clipper are not the article's.
def desk_s34_20(a, desk, rng):
    lines = [f"title:: {a['title']}", "type:: [[article]]"]
    lines += ["author:: " + ", ".join(f"[[{n}]]" for n in a["authors"])] if a["authors"] else []
    lines += [f"source:: [[{a['source']}]]"] if a["source"] else []
    lines += [f"published:: [[{logseq_day(a['date'])}]]"] if a["date"] else []
    lines += [f"captured:: [[{logseq_day(later(a['date'], rng, 1, 10))}]]", f"clipped-by:: [[{colleague(a, rng)}]]",
              "tags:: press-review", ""]
    lines += [f"- {p}" for p in a["body"]] + [f"\t- {FYI[desk]}"]
    return "\n".join(lines) + "\n", expect(a)


FORM = {  # the form's columns
    "en": ("Timestamp", "Email Address", "Headline", "Outlet", "Publication date", "Author(s)", "Article text",
           "Comment"),
    "fr": ("Horodateur", "Adresse e-mail", "Titre de l'article", "Média", "Date de parution", "Auteur(s)",
           "Texte de l'article", "Commentaire"),
    "de": ("Zeitstempel", "E-Mail-Adresse", "Überschrift", "Medium", "Erscheinungsdatum", "Autor(en)",
           "Artikeltext", "Kommentar"),
    "es": ("Marca temporal", "Dirección de correo electrónico", "Titular", "Medio", "Fecha de publicación",
           "Autor(es)", "Texto del artículo", "Comentario"),
    "it": ("Informazioni cronologiche", "Indirizzo email", "Titolo", "Testata", "Data di pubblicazione",
           "Autore/i", "Testo dell'articolo", "Commento"),
    "pt": ("Carimbo de data/hora", "Endereço de e-mail", "Título", "Meio", "Data de publicação", "Autor(es)",
           "Texto do artigo", "Comentário"),
}


def sheet_day(iso, desk):
    """A spreadsheet's day in the desk's locale (`3/3/2026`, `03.03.2026`, `03/03/2026`)."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.month}/{d.day}/{d.year}" if desk == "en" else f"{d.day:02d}.{d.month:02d}.{d.year}" if desk == "de" \
        else f"{d.day:02d}/{d.month:02d}/{d.year}"


# The responses of the desk's submission form downloaded as CSV from the spreadsheet behind it (CRLF, `,`, fields with
# commas, quotes or line breaks in double quotes): the header row (the form's questions in the desk's language), then
# one response: the submission's time stamp (a later day), the colleague's address, the headline, the outlet, the
# publication date as the sheet formats it, the authors joined by `, `, the text with its paragraph breaks, and a
# comment. Empty answers are empty fields. The submission's day and sender are not the article's.
def desk_s34_21(a, desk, rng):
    who = colleague(a, rng)
    sub = later(a["date"], rng, 1, 5)
    ts = sheet_day(sub, desk) + f" {rng.randrange(7, 20)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    row = [ts, mailbox(who), a["title"], a["source"] or "", sheet_day(a["date"], desk) if a["date"] else "",
           ", ".join(a["authors"]), "\n\n".join(a["body"]), FYI[desk]]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(FORM[desk])
    w.writerow(row)
    return out.getvalue(), expect(a)


GMAIL = {  # messages count, `To:`, `at`
    "en": ("1 message", "To:", "at"), "fr": ("1 message", "À :", "à"), "de": ("1 Nachricht", "An:", "um"),
    "es": ("1 mensaje", "Para:", "a las"), "it": ("1 messaggio", "A:", "alle ore"), "pt": ("1 mensagem", "Para:", "às"),
}


def gmail_day(iso, desk, rng):
    """A webmail's day and time in the desk's words (`Tue, Mar 10, 2026 at 9:12 AM`, `Di., 10. März 2026 um 09:12`)."""
    d = datetime.date.fromisoformat(iso)
    wd, mon = WEEKDAY_ABBR[desk].split()[d.weekday()], ABBR[desk].split()[d.month - 1]
    at = GMAIL[desk][2]
    h, m = rng.randrange(7, 20), rng.randrange(60)
    if desk == "en":
        return f"{wd}, {mon} {d.day}, {d.year} {at} {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if desk == "de":
        return f"{wd}, {d.day}. {MONTHS['de'].split()[d.month - 1]} {d.year} {at} {h:02d}:{m:02d}"
    return f"{wd} {d.day} {mon} {d.year} {at} {h:02d}:{m:02d}"


# A webmail conversation printed from its print view and copied as text: the browser's print header (the printing
# day and time, `Gmail - ` and the subject), the service's line with the reader's address, the subject (`Fwd: ` and
# the headline), `1 message` and the sender (a colleague) with the sending day (later; the interface in the desk's
# language), `To:`, the note, the forward banner, then the pasted article: the headline (not always: then only the
# subject names it), the byline, `Publication – date` and the text; the print view's address and page count at the
# foot of the page. The print and sending days are not the date; the sender is not an author.
def desk_s34_25(a, desk, rng):
    count, to, _ = GMAIL[desk]
    who = colleague(a, rng)
    sent = later(a["date"], rng, 1, 4)
    printed = datetime.date.fromisoformat(later(sent, rng, 0, 2))
    subject = "Fwd: " + a["title"]
    day = f"{printed.month}/{printed.day}/{printed.year % 100}," if desk == "en" else numeric_date(printed.isoformat(),
                                                                                                 desk)
    parts = [f"{day} {clock(rng)}\tGmail - {subject}", "",
             "Gmail\tPress Office <press@example.org>", "", subject, count, "",
             f"{who} <{mailbox(who)}>\t{gmail_day(sent, desk, rng)}", f"{to} Press Office <press@example.org>", "",
             FYI[desk], "", who.split()[0], "", "---------- Forwarded message ---------", ""]
    parts += [a["title"], ""] if rng.random() < 0.6 else []
    parts += signed(a, desk, rng) + ["", "\n\n".join(a["body"]), "", "",
                                     f"https://mail.google.com/mail/u/0/?ik={rng.getrandbits(40):010x}&view=pt&search="
                                     f"all&permthid=thread-f:{rng.getrandbits(60)}\t1/1"]
    return "\n".join(parts) + "\n", expect(a)


# ---- held-out members of BLIND_S34 below: whoever tunes the reader never reads past this line ----

BSKY = {  # the reply offering the text
    "en": "For those without a subscription:", "fr": "Pour celles et ceux sans abonnement :",
    "de": "Für alle ohne Abo:", "es": "Para quien no tenga suscripción:", "it": "Per chi non ha l'abbonamento:",
    "pt": "Para quem não tem assinatura:",
}


# A post on a decentralised social network (Bluesky) and its reply, copied from the web app (English interface): the
# poster's display name and `@handle.bsky.social`, the note (naming the authors when signed), the link card (headline,
# first sentence, the domain), the post's day and time (a later day) and counts; then a second colleague's reply
# offering the text: the site's date stamp, `Publication` when named, and the first paragraphs. The posters are not
# authors; the posts' days are not the date.
def desk_s34_01(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    day = datetime.date.fromisoformat(later(a["date"], rng, 1, 4))
    h, m = rng.randrange(7, 20), rng.randrange(0, 30)
    when, reply = (f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year} at {h:02d}:{m + k:02d}" for k in (0, 20))
    parts = [p1, f"@{handle(p1)}.bsky.social", "", note(a, desk), "", a["title"], first_sentence(a["body"][0]),
             f"🌐 {DOMAIN}", "", when, "", f"{rng.randrange(1, 20)} reposts  {rng.randrange(2, 60)} likes", "",
             p2, f"@{handle(p2)}.bsky.social", "", BSKY[desk]]
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += [a["source"]] if a["source"] else []
    parts += ["", "\n\n".join(a["body"][:3]), "", reply]
    return "\n".join(parts) + "\n", expect(a)


IRC = {"en": "paywalled, pasting it here", "fr": "article payant, je colle le texte",
       "de": "Paywall, ich paste den Text", "es": "es de pago, pego el texto", "it": "a pagamento, incollo il testo",
       "pt": "paywall, colo aqui o texto"}


# A chat channel's log as an IRC client writes it (irssi, English lines on every desk): `--- Log opened` with the
# day (a later day), a colleague's note and link, the link-title bot's reply (`^ Title | Publication`, the headline
# alone when the article names none), a second colleague pasting the byline and the site's date stamp on one line and
# then the text in lines of at most 400 characters, a quit line and `--- Log closed`. The posters and the log's days
# are not the article's.
def desk_s34_06(a, desk, rng):
    p1, p2 = others(a, rng, 2)
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 4))
    day = f"{EN_DAYS[d.weekday()]} {EN_MONTHS[d.month - 1]} {d.day:02d}"
    h, m = rng.randrange(8, 17), rng.randrange(50)
    t = lambda k: f"{h:02d}:{min(59, m + k):02d}"  # noqa: E731
    n1, n2 = handle(p1), handle(p2)
    lines = [f"--- Log opened {day} {h - 1:02d}:00:01 {d.year}", f"{t(0)} < {n1}> {note(a, desk)} {url(rng)}",
             f"{t(0)} <@urlbot> ^ " + (f"{a['title']} | {a['source']}" if a["source"] else a["title"]),
             f"{t(1)} < {n2}> {IRC[desk]}"]
    head = " — ".join(x for x in [a["authors"] and byline(a["authors"], desk, rng),
                                  a["date"] and stamp(a["date"], desk, rng)] if x)
    lines += [f"{t(1)} < {n2}> {head}"] if head else []
    for i, p in enumerate(a["body"]):
        lines += [f"{t(2 + i // 3)} < {n2}> {c}" for c in chunks(p, 400)]
    lines += [f"{t(9)} -!- {n1} [~{n1}@host.example.org] has quit [Quit: Leaving]",
              f"--- Log closed {day} 18:00:00 {d.year}"]
    return "\n".join(lines) + "\n", expect(a)


LETTER = {  # sender, to the editor, re (article, by, of), salutation, body, closing, role, enclosure
    "en": ("Ministry of Transport — Press Office", "To the Editor-in-Chief{s}", "Re: your article “{t}”", ", by {a}",
           ", of {d}", "Dear Editor,", "We would ask you to publish a correction to the figures given in the article "
           "referred to above, which do not reflect the information supplied to your newsroom.", "Yours faithfully,",
           "Head of Press", "Enclosure: copy of the article"),
    "fr": ("Ministère des Transports — Service de presse", "À l'attention du rédacteur en chef{s}",
           "Objet : votre article « {t} »", ", signé {a}", ", du {d}", "Madame, Monsieur,",
           "Nous vous prions de bien vouloir publier un rectificatif concernant les chiffres cités dans l'article "
           "mentionné en objet, qui ne correspondent pas aux informations transmises à votre rédaction.",
           "Veuillez agréer nos salutations distinguées.", "Cheffe du service de presse", "P. J. : copie de l'article"),
    "de": ("Bundesministerium für Verkehr — Pressestelle", "An die Chefredaktion{s}", "Betreff: Ihr Artikel „{t}“",
           " von {a}", " vom {d}", "Sehr geehrte Damen und Herren,", "wir bitten Sie, die im oben genannten Artikel "
           "genannten Zahlen richtigzustellen; sie entsprechen nicht den Angaben, die Ihrer Redaktion vorlagen.",
           "Mit freundlichen Grüßen", "Leiterin der Pressestelle", "Anlage: Kopie des Artikels"),
    "es": ("Ministerio de Transportes — Gabinete de Prensa", "A la atención del director{s}",
           "Asunto: su artículo «{t}»", ", firmado por {a}", ", del {d}", "Estimado director:",
           "Le rogamos que publique una rectificación de las cifras recogidas en el artículo citado, que no "
           "corresponden a la información facilitada a su redacción.", "Atentamente,", "Jefa de Prensa",
           "Anexo: copia del artículo"),
    "it": ("Ministero dei Trasporti — Ufficio stampa", "Alla cortese attenzione del direttore{s}",
           "Oggetto: il vostro articolo «{t}»", ", firmato da {a}", ", del {d}", "Egregio direttore,",
           "le chiediamo di pubblicare una rettifica dei dati riportati nell'articolo in oggetto, che non "
           "corrispondono alle informazioni fornite alla vostra redazione.", "Distinti saluti,",
           "Capo ufficio stampa", "Allegato: copia dell'articolo"),
    "pt": ("Ministério dos Transportes — Gabinete de Imprensa", "Ao cuidado do diretor{s}",
           "Assunto: o vosso artigo «{t}»", ", assinado por {a}", ", de {d}", "Exmo. Senhor Diretor,",
           "Solicitamos a publicação de uma retificação dos números referidos no artigo em epígrafe, que não "
           "correspondem à informação prestada à vossa redação.", "Com os melhores cumprimentos,",
           "Chefe do Gabinete de Imprensa", "Anexo: cópia do artigo"),
}
OF_PUB = {"en": ", {s}", "fr": ", {s}", "de": ", {s}", "es": " de {s}", "it": " di {s}", "pt": " do {s}"}


# A press office's letter asking the publication for a correction, saved as text with the article behind it: the
# ministry's letterhead, the city and the letter's day (a later day), the addressee (the editor of the publication,
# when named), the subject line naming the article by its headline in quotes, its authors (when signed) and its day
# (when dated), the letter and the signer (a colleague) with their role, the enclosure line, then the article: the
# headline, byline, `Publication – date` and text. The letter's day and signer are not the article's.
def desk_s34_08(a, desk, rng):
    sender, to, re_, by, of, dear, body, bye, role, encl = LETTER[desk]
    signer = colleague(a, rng)
    subj = re_.format(t=a["title"]) + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "")
    subj += of.format(d=long_date(a["date"], desk)) if a["date"] else ""
    parts = [sender, "", f"{CITY[desk]}, {long_date(later(a['date'], rng, 2, 12), desk)}", "",
             to.format(s=OF_PUB[desk].format(s=a["source"]) if a["source"] else ""), "", subj, "",
             dear, "", textwrap.fill(body, 80), "", bye, "", signer, role, "", encl, "", "-" * 40, "", a["title"]]
    parts += signed(a, desk, rng) + ["", wrap(a["body"], 80)]
    return "\n".join(parts) + "\n", expect(a)


SSML = {  # the prepared-by comment, the credit (article, by, in, on)
    "en": ("Audio press review, prepared by {p} on {d}", ("An article", " by {a}", ", published in {s}", " on {d}")),
    "fr": ("Revue de presse audio, préparée par {p} le {d}", ("Un article", " de {a}", ", paru dans {s}", " le {d}")),
    "de": ("Audio-Pressespiegel, erstellt von {p} am {d}", ("Ein Artikel", " von {a}", ", erschienen in {s}",
                                                            " am {d}")),
    "es": ("Resumen de prensa en audio, preparado por {p} el {d}", ("Un artículo", " de {a}", ", publicado en {s}",
                                                                    " el {d}")),
    "it": ("Rassegna stampa audio, preparata da {p} il {d}", ("Un articolo", " di {a}", ", pubblicato su {s}",
                                                              " il {d}")),
    "pt": ("Revista de imprensa em áudio, preparada por {p} a {d}", ("Um artigo", " de {a}", ", publicado no {s}",
                                                                     " a {d}")),
}


# A read-aloud script for the desk's audio press review in SSML (speech synthesis markup, two-space indent): the XML
# declaration, a comment naming who prepared it and when (a colleague, a later ISO day), `<speak>` in the desk's
# language, the headline in `<emphasis>` inside `<prosody>`, a pause, the credit sentence (`An article by A, published
# in X on March 3, 2026.`, whichever parts the article has), then each paragraph's sentences in `<s>` elements. The
# script's maker and day are not the article's.
def desk_s34_09(a, desk, rng):
    comment, (art, by, in_, on) = SSML[desk]
    credit = art + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "")
    credit += (in_.format(s=a["source"]) if a["source"] else "") + (on.format(d=long_date(a["date"], desk))
                                                                   if a["date"] else "")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f"<!-- {escape(comment.format(p=colleague(a, rng), d=later(a['date'], rng, 1, 3)))} -->",
             f'<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="{LANG_TAG[desk]}">',
             f'  <p><s><prosody rate="95%"><emphasis level="strong">{escape(a["title"])}</emphasis></prosody></s></p>',
             '  <break time="700ms"/>', f"  <p><s>{escape(credit)}.</s></p>", '  <break time="500ms"/>']
    for p in a["body"]:
        lines += ["  <p>"] + [f"    <s>{escape(s)}</s>" for s in sentences(p)] + ["  </p>"]
    lines.append("</speak>")
    return "\n".join(lines) + "\n", expect(a)


DIGEST = {  # heading, client line, items line, flagged mark, full text heading
    "en": ("MediaWatch — Daily coverage digest — {d}", "Client: Press Office · Keywords: transport, rail",
           "{n} items ({f} flagged)", "★ FLAGGED by analyst {p}", "★ Flagged item — full text"),
    "fr": ("MediaWatch — Synthèse quotidienne — {d}", "Client : Service de presse · Mots-clés : transport, rail",
           "{n} retombées ({f} signalée)", "★ SIGNALÉ par l'analyste {p}", "★ Article signalé — texte intégral"),
    "de": ("MediaWatch — Täglicher Medienüberblick — {d}", "Kunde: Pressestelle · Stichworte: Verkehr, Bahn",
           "{n} Treffer ({f} markiert)", "★ MARKIERT von Analystin {p}", "★ Markierter Treffer — Volltext"),
    "es": ("MediaWatch — Resumen diario — {d}", "Cliente: Gabinete de Prensa · Palabras clave: transporte, tren",
           "{n} noticias ({f} destacada)", "★ DESTACADA por el analista {p}", "★ Noticia destacada — texto completo"),
    "it": ("MediaWatch — Sintesi quotidiana — {d}", "Cliente: Ufficio stampa · Parole chiave: trasporti, treni",
           "{n} articoli ({f} segnalato)", "★ SEGNALATO dall'analista {p}", "★ Articolo segnalato — testo completo"),
    "pt": ("MediaWatch — Resumo diário — {d}", "Cliente: Gabinete de Imprensa · Palavras-chave: transportes, comboio",
           "{n} notícias ({f} assinalada)", "★ ASSINALADA pelo analista {p}", "★ Notícia assinalada — texto integral"),
}
SNIPPETS = {"en": "The minister is expected to answer questions on the matter this week.",
            "fr": "Le ministre devrait répondre aux questions sur le sujet cette semaine.",
            "de": "Die Ministerin soll sich diese Woche zu dem Thema äußern.",
            "es": "Se espera que el ministro responda a las preguntas sobre el asunto esta semana.",
            "it": "Il ministro dovrebbe rispondere alle domande sul tema questa settimana.",
            "pt": "O ministro deverá responder às perguntas sobre o tema esta semana."}


# A monitoring service's daily digest mail listing several hits of which one is flagged by an analyst: the heading
# with the digest's own day (a later day), the client line, the count, then numbered items (headline; `Outlet · date`
# of other articles; a snippet), the flagged item somewhere among them with the analyst's mark, its publication and
# day, its authors and first sentence, and at the end the flagged item's full text under its own heading (headline,
# byline, `Publication – date`, text). The other items and the digest's day are not the article's.
def desk_s34_10(a, desk, rng):
    heading, client, count, flag, full = DIGEST[desk]
    analyst = colleague(a, rng)
    day = later(a["date"], rng, 1, 2)
    others_ = [(t, rng.choice([o for o in OUTLETS if o != a["source"]]),
                later(a["date"], rng, -3, 0)) for t in other_titles(desk, rng, 3)]
    mine = [flag.format(p=analyst), a["title"]]
    line = " · ".join(x for x in [a["source"], a["date"] and short_date(a["date"], desk),
                                  a["authors"] and joined(a["authors"], desk)] if x)
    mine += [line] if line else []
    mine.append(first_sentence(a["body"][0]))
    items = [[t, f"{o} · {short_date(d, desk)}", SNIPPETS[desk]] for t, o, d in others_]
    items.insert(rng.randrange(0, 4), mine)
    parts = [heading.format(d=long_date(day, desk)), client, count.format(n=len(items), f=1), "", "=" * 60, ""]
    for i, item in enumerate(items, 1):
        parts += [f"{i}. {item[0]}"] + [f"   {x}" for x in item[1:]] + [""]
    parts += ["=" * 60, "", full, "", a["title"]] + signed(a, desk, rng) + ["", wrap(a["body"], 76), "", "-- ",
                                                                           "MediaWatch · unsubscribe"]
    return "\n".join(parts) + "\n", expect(a)


CARD = {  # the archive's name, signature, newspaper, date, author, subject, filed
    "en": ("PRESS ARCHIVE — CUTTINGS INDEX", "Ref.", "Paper", "Date", "Auth.", "Subj.", "Filed"),
    "fr": ("ARCHIVES DE PRESSE — FICHIER DES COUPURES", "Cote", "Journal", "Date", "Aut.", "Objet", "Classé le"),
    "de": ("PRESSEARCHIV — AUSSCHNITTKARTEI", "Sig.", "Ztg.", "Dat.", "Verf.", "Betr.", "Abgelegt"),
    "es": ("ARCHIVO DE PRENSA — FICHERO DE RECORTES", "Sig.", "Diario", "Fecha", "Aut.", "Asunto", "Archivado"),
    "it": ("ARCHIVIO STAMPA — SCHEDARIO RITAGLI", "Coll.", "Testata", "Data", "Aut.", "Ogg.", "Archiviato"),
    "pt": ("ARQUIVO DE IMPRENSA — FICHEIRO DE RECORTES", "Cota", "Jornal", "Data", "Aut.", "Assunto", "Arquivado"),
}


# A press archive's index card typed on a typewriter and OCR'd, with the clipping glued to it read after it (CRLF):
# the archive's heading in capitals, the card's fields in the desk's abbreviations padded to a column: reference,
# paper (the publication, when named), numeric date (when dated), authors family name first and `;`-joined (when
# signed), subject (the headline), filing day and initials (a later day, a colleague's initials); then a rule and the
# clipping's OCR: the headline and the text in narrow columns, no byline. The filing day is not the date; the
# clerk is not an author.
def desk_s34_14(a, desk, rng):
    name, ref, paper, date, auth, subj, filed = CARD[desk]
    clerk = colleague(a, rng)
    rows = [(ref, f"{rng.randrange(100, 999)}/{rng.choice('ABCDEFG')}-{rng.randrange(1, 99)}")]
    rows += [(paper, a["source"])] if a["source"] else []
    rows += [(date, numeric_date(a["date"], desk) if desk != "en" else
              f"{a['date'][8:10]}.{a['date'][5:7]}.{a['date'][:4]}")] if a["date"] else []
    rows += [(auth, "; ".join(family_first(n) for n in a["authors"]))] if a["authors"] else []
    rows += [(subj, a["title"]), (filed, f"{numeric_date(later(a['date'], rng, 5, 60), desk)} "
                                         f"{''.join(w[0] for w in clerk.split()).upper()}")]
    width = max(len(k) for k, _ in rows) + 3
    parts = [name, ""] + [f"{k + ':':<{width}}{v}" for k, v in rows] + ["", "_" * 48, "", a["title"], ""]
    parts += [columns(a["body"], 46)]
    return "\r\n".join("\r\n".join(parts).split("\n")) + "\r\n", expect(a)


def utc(seconds):
    """`2026-03-10T09:12:33`: the UTC time `seconds` after 1970, without offset."""
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).replace(tzinfo=None).isoformat()


def tg_entities(a, desk, rng):
    """The forwarded post's text as a Telegram export's entity list: the headline bold, the rest plain."""
    rest = "\n".join(signed(a, desk, rng) + ["", "\n\n".join(a["body"])])
    return [{"type": "bold", "text": a["title"]}, {"type": "plain", "text": "\n\n" + rest}]


# A chat exported from a desktop messaging client as JSON (Telegram Desktop's `result.json`, one-space indent, not
# ASCII-escaped): the chat's name and type, then the messages: a colleague's note (its `date` a later day, ISO without
# offset, and `date_unixtime`), then a post forwarded from the publication's channel (`forwarded_from` the
# publication; a person's name when the article names none) whose `text` is a list (the headline as a bold entity,
# then the byline, `Publication – date` and text as plain) and `text_entities` the same. The message days are not the
# date; the forwarding colleague is not an author.
def desk_s34_22(a, desk, rng):
    p1 = colleague(a, rng)
    day = later(a["date"], rng, 1, 3)
    t1 = epoch(day, rng)
    ents = tg_entities(a, desk, rng)
    fwd = a["source"] or colleague(a, rng)
    uid = f"user{rng.randrange(10 ** 8, 10 ** 9)}"
    msgs = [{"id": rng.randrange(1000, 9999), "type": "message",
             "date": utc(t1), "date_unixtime": str(t1), "from": p1,
             "from_id": uid, "text": FYI[desk],
             "text_entities": [{"type": "plain", "text": FYI[desk]}]},
            {"id": rng.randrange(10000, 99999), "type": "message",
             "date": utc(t1 + 40), "date_unixtime": str(t1 + 40),
             "from": p1, "from_id": uid, "forwarded_from": fwd,
             "text": ents, "text_entities": ents}]
    export = {"name": "Press Office", "type": "private_group", "id": rng.randrange(10 ** 9, 10 ** 10), "messages": msgs}
    return json.dumps(export, ensure_ascii=False, indent=1) + "\n", expect(a)


def cf_html(fragment, source_url):
    """The Windows clipboard's `HTML Format`: the header with byte offsets, then the document around the fragment."""
    head = "Version:0.9\r\nStartHTML:{:010d}\r\nEndHTML:{:010d}\r\nStartFragment:{:010d}\r\nEndFragment:{:010d}\r\n" \
           "SourceURL:{}\r\n"
    pre, post = "<html>\r\n<body>\r\n<!--StartFragment-->", "<!--EndFragment-->\r\n</body>\r\n</html>"
    size = len(head.format(0, 0, 0, 0, source_url).encode())
    start_frag = size + len(pre.encode())
    end_frag = start_frag + len(fragment.encode())
    end = end_frag + len(post.encode())
    return head.format(size, end, start_frag, end_frag, source_url) + pre + fragment + post


# A clipboard saved raw by a clipboard manager after a selection was copied in a browser on Windows (`HTML Format`,
# CRLF): the header with the byte offsets and `SourceURL`, then the selected fragment's HTML: the site's brand line
# (the publication, when named, sometimes), `<h1>` the headline, the byline paragraph, `<time datetime=…>` with the
# site's date stamp (when dated), and the paragraphs (HTML-escaped).
def desk_s34_23(a, desk, rng):
    brand = a["source"] if a["source"] and rng.random() < 0.7 else None
    frag = [f'<div class="brand">{escape(brand)}</div>'] if brand else []
    frag += [f"<h1>{escape(a['title'])}</h1>"]
    frag += [f'<p class="byline">{escape(byline(a["authors"], desk, rng))}</p>'] if a["authors"] else []
    if a["date"]:
        frag.append(f'<time datetime="{a["date"]}T{clock(rng)}:00+01:00">{escape(stamp(a["date"], desk, rng))}</time>')
    frag += [f"<p>{escape(p)}</p>" for p in a["body"]]
    return cf_html("\r\n".join(frag), url(rng)), e_with(a, source=brand)


PASTE = {"en": "clipping for the review", "fr": "article pour la revue", "de": "Artikel für den Pressespiegel",
         "es": "artículo para el resumen", "it": "articolo per la rassegna", "pt": "artigo para a revista"}


# A paste site's page copied whole (English interface on every desk): the site's menu, the paste's own title (the
# colleague's words, not the headline), the poster (`GUEST`), the paste's day (a later day, `MAR 10TH, 2026`), views,
# size, then the paste itself with its line numbers (`1. `, `2. `…): the headline, the byline, `Publication – date`
# and the text wrapped at 90; then the comment prompt and the site's other public pastes (other headlines). The
# paste's title and day are not the article's.
def desk_s34_24(a, desk, rng):
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 5))
    suffix = "TH" if 10 <= d.day <= 20 else {1: "ST", 2: "ND", 3: "RD"}.get(d.day % 10, "TH")
    body = [a["title"], ""] + signed(a, desk, rng) + [""] + wrap(a["body"], 90).split("\n")
    size = len("\n".join(body).encode()) / 1024
    parts = ["Pastebin", "API tools faq", "paste", "Login Sign up", "", PASTE[desk], "",
             f"GUEST  {EN_MONTHS[d.month - 1].upper()} {d.day}{suffix}, {d.year}  {rng.randrange(2, 900)}  0  NEVER",
             "", "Add comment", "Not a member of Pastebin yet? Sign Up, it unlocks many cool features!", "",
             f"text {size:.2f} KB | None | 0 0", "raw download clone embed print report", ""]
    parts += [f"{i}. {line}" for i, line in enumerate(body, 1)]
    parts += ["", "Add Comment", "Please, Sign In to add comment", "", "Public Pastes"]
    parts += [f"{t}\ntext | {rng.randrange(2, 59)} min ago | {rng.randrange(1, 9)}.{rng.randrange(10, 99)} KB"
              for t in other_titles(desk, rng, 2)]
    return "\n".join(parts) + "\n", expect(a)


# A read-it-later server's export (wallabag's JSON export: an array holding one entry, not ASCII-escaped): flags,
# `title` (the headline), `url`, `content` (the text as HTML paragraphs), `created_at` and `updated_at` (later days),
# `published_at` (the day, with a time and offset; null when undated), `published_by` (the authors; null when
# unsigned), an annotation by a colleague, the language, reading time and `domain_name`. The file names no
# publication (the domain is no source); the saving days are not the date.
def desk_s34_26(a, desk, rng):
    saved = later(a["date"], rng, 1, 10)
    words = sum(len(p.split()) for p in a["body"])
    link = url(rng)
    entry = {"is_archived": 0, "is_starred": rng.randrange(2), "user_name": "press", "user_email": "press@example.org",
             "user_id": 1, "tags": ["press-review"], "is_public": False, "id": rng.randrange(100, 9999),
             "uid": None, "title": a["title"], "url": link, "hashed_url": hashlib.sha1(link.encode()).hexdigest(),
             "content": "".join(f"<p>{escape(p)}</p>" for p in a["body"]),
             "created_at": f"{saved}T{clock(rng)}:{rng.randrange(60):02d}+0100",
             "updated_at": f"{later(saved, rng, 0, 4)}T{clock(rng)}:{rng.randrange(60):02d}+0100",
             "published_at": f"{a['date']}T{clock(rng)}:00+0100" if a["date"] else None,
             "published_by": a["authors"] or None,
             "annotations": [{"user": colleague(a, rng), "text": FYI[desk], "quote": first_sentence(a["body"][0]),
                              "created_at": f"{saved}T{clock(rng)}:00+0100"}],
             "mimetype": "text/html", "language": a["lang"], "reading_time": max(1, words // 200),
             "domain_name": DOMAIN, "preview_picture": f"https://cdn.{DOMAIN}/img/{rng.getrandbits(40):010x}.jpg"}
    return json.dumps([entry], ensure_ascii=False, indent=4) + "\n", e_with(a, source=None)


BLIND_S34 = {name for name in dict(globals()) if name.startswith("desk_s34_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S34})

# The stop-34 twelfth batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks
# of their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
assert len(BLIND_S34) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S34) == 10
