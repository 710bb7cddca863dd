"""Stop 26: a fourth batch of 24 clipping layouts (BLIND_S26) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the headline, never a deck or a comment marker; authors: persons
only, never an anchor, interviewee, commenter or colleague, and never initials that name no one; date: the
article's publication date, never a date the file was captured, printed or reviewed at or an offer ends, and
none when the file does not state one; source: the publication, agency or station the file names). Numbered
in the order the forms were thought of; text_eval.py's hash puts some in development (commented, first) and
the rest held-out (after the marker line, which whoever tunes the reader never reads past).
"""
import datetime
import html
import textwrap
import unicodedata

from clipping_layouts import (ABBR, AGENCY, BROADCAST, BY, DOC_REVIEW, LAYOUTS, MONTHS, OUTLETS, PEOPLE,
                              WEEKDAYS, byline, clock, columns, expect, joined, later, long_date, numeric_date,
                              short_date, stamp, wrap)
from clipping_layouts_s25 import first_sentence, ligatures, mailbox, meta_line


def masthead(a, rng, share=0.5):
    """The publication's name printed above the headline in `share` of the files that have one, else None (the
    file then does not name the publication: the expected source is this value)."""
    return a["source"] if a["source"] and rng.random() < share else None

LEAD_ROLE = {  # the anchor's label, the reporter's, an interviewee's role
    "en": ("ANCHOR", "CORRESPONDENT", "spokesperson for the ministry"),
    "fr": ("PRÉSENTATRICE", "JOURNALISTE", "porte-parole du ministère"),
    "de": ("MODERATION", "REPORTER", "Sprecherin des Ministeriums"),
    "es": ("PRESENTADOR", "REPORTERA", "portavoz del ministerio"),
    "it": ("CONDUTTORE", "INVIATO", "portavoce del ministero"),
    "pt": ("PIVÔ", "REPÓRTER", "porta-voz do ministério"),
}


# Broadcast transcript: `Station — Programme — weekday date, time`, the item's headline, then speaker turns
# (`[ANCHOR]`, `[CORRESPONDENT — Name]` or `NAME, STATION CORRESPONDENT:`), one soundbite from an interviewee
# with a role. The reporters are the authors; the unnamed anchor and the interviewee are not.
def desk_s26_02(a, desk, rng):
    anchor, reporter, role = LEAD_ROLE[desk]
    station, show = BROADCAST[desk][6:8]
    guest = rng.choice(PEOPLE)
    tagged = rng.random() < 0.5
    head = " — ".join([station, show] + ([f"{long_date(a['date'], desk, weekday=True)}, {clock(rng)}"]
                                         if a["date"] else []))
    turns, heard = [f"[{anchor}] {a['body'][0]}"], []
    for i, paragraph in enumerate(a["body"][1:]):
        if i == 1:
            turns.append(f"[{guest}, {role}] {paragraph}" if tagged else f"{guest.upper()}, {role.upper()}: "
                                                                      f"{paragraph}")
        elif a["authors"]:
            name = a["authors"][len(heard) % len(a["authors"])]
            heard += [name] if name not in heard else []
            turns.append(f"[{reporter} — {name}] {paragraph}" if tagged else
                         f"{name.upper()}, {station.upper()} {reporter}: {paragraph}" if desk == "en" else
                         f"{name.upper()}, {reporter} {station.upper()}: {paragraph}")
        else:
            turns.append(f"[{anchor}] {paragraph}")
    e = expect(a)
    e.update(authors=heard, source=station)  # a co-author who never speaks in this item is not named in it
    return "\n".join([head, a["title"], ""] + turns) + "\n", e


TV = {"en": ("BBC One", "BBC News at Six"), "fr": ("France 2", "Journal de 20 heures"), "de": ("ZDF", "heute journal"),
      "es": ("La 1", "Telediario"), "it": ("Rai 1", "TG1"), "pt": ("RTP1", "Telejornal")}


def cues(paragraphs, rng, width=42):
    """WebVTT cues, 2-5 s each from 00:00:01: a `[caption]` paragraph is one cue of its own, the others are
    wrapped at `width` characters, two lines a cue."""
    blocks = [[p] if p.startswith("[") else textwrap.wrap(p, width) for p in paragraphs]
    texts = [b[i:i + 2] for b in blocks for i in range(0, len(b), 2)]
    out, t = [], 1000
    for lines in texts:
        d = rng.randrange(2000, 5000)
        out.append(f"{vtt(t)} --> {vtt(t + d)}\n" + "\n".join(lines))
        t += d + rng.randrange(0, 400)
    return out


def vtt(ms):
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


# WebVTT subtitles of a TV news item: `WEBVTT`, Kind/Language, a NOTE block with station – programme, the
# numeric date and time and the labelled topic (the headline), then cues; the reporter's on-screen caption
# `[Name, Station]` is a cue before the second paragraph, an interviewee's `[Name, role]` one before the third.
def desk_s26_05(a, desk, rng):
    _, reporter, role = LEAD_ROLE[desk]
    topic, (station, show) = BROADCAST[desk][3], TV[desk]
    note = ["NOTE", f"{station} – {show}"] + ([f"{numeric_date(a['date'], desk)} {clock(rng)}"] if a["date"] else [])
    note.append(f"{topic}{' : ' if desk == 'fr' else ': '}{a['title']}")
    body = list(a["body"])
    if len(body) > 2:
        body.insert(2, f"[{rng.choice(PEOPLE)}, {role}]")
    if a["authors"]:
        body.insert(1, f"[{joined(a['authors'], desk)}, {station}]")
    parts = ["WEBVTT", "Kind: captions", f"Language: {desk}", "", "\n".join(note), ""]
    parts += [c + "\n" for c in cues(body, rng)]
    e = expect(a)
    e["source"] = station
    return "\n".join(parts), e


PAR = {"en": "By", "fr": "Par", "de": "Text:", "es": "Texto:", "it": "di", "pt": "Texto de"}


# Magazine PDF through `pdftotext -layout`: the headline centred and wrapped over two lines when long, a deck,
# the byline, then two columns printed side by side (left column padded, right column after a gap, hyphenated),
# and a running foot `page    PUBLICATION | issue date`.
def desk_s26_07(a, desk, rng):
    title = textwrap.wrap(a["title"], 46, break_long_words=False, break_on_hyphens=False)
    lines = columns(a["body"], 38).split("\n")
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:] + [""] * (2 * half - len(lines))
    deck = ["      " + line for line in textwrap.wrap(first_sentence(a["body"][0]), 72)]
    parts = [line.center(84).rstrip() for line in title] + [""] + deck + [""]
    parts += ["      " + f"{PAR[desk]} {joined(a['authors'], desk)}", ""] if a["authors"] else []
    parts += [f"{l_:<44}{r}".rstrip() for l_, r in zip(left, right)]
    foot = " | ".join(([a["source"].upper()] if a["source"] else []) +
                      ([long_date(a["date"], desk)] if a["date"] else []))
    parts += ["", f"{rng.randrange(20, 90):<10}{foot:>74}".rstrip()]
    return "\n".join(parts) + "\n", expect(a)


WORD_DOC = {  # page header, footer `Page n of m`, printed on
    "en": ("OSIRIS – Communications – INTERNAL USE ONLY", "Page {n} of {m}", "Printed {d} {t}"),
    "fr": ("OSIRIS – Communication – USAGE INTERNE", "Page {n} sur {m}", "Imprimé le {d} à {t}"),
    "de": ("OSIRIS – Kommunikation – NUR FÜR DEN INTERNEN GEBRAUCH", "Seite {n} von {m}", "Gedruckt am {d} {t}"),
    "es": ("OSIRIS – Comunicación – USO INTERNO", "Página {n} de {m}", "Impreso el {d} {t}"),
    "it": ("OSIRIS – Comunicazione – USO INTERNO", "Pagina {n} di {m}", "Stampato il {d} {t}"),
    "pt": ("OSIRIS – Comunicação – USO INTERNO", "Página {n} de {m}", "Impresso em {d} {t}"),
}


# Word document saved as plain text (CRLF): the page header (with the review's own later date) at the top of
# each page, title, `Publication | weekday date`, byline, text split over two pages, each page ending with the
# footer `Page n of 2` and the date it was printed; a form feed between the pages.
def desk_s26_09(a, desk, rng):
    header, page, printed = WORD_DOC[desk]
    review = long_date(later(a["date"], rng, 1, 2), desk)
    top = f"{header}\t\t{DOC_REVIEW[desk][0].capitalize()} – {review}"
    foot = printed.format(d=numeric_date(later(a["date"], rng, 2, 4), desk), t=clock(rng))
    half = max(1, len(a["body"]) // 2)
    meta = " | ".join(([a["source"]] if a["source"] else []) +
                      ([long_date(a["date"], desk, weekday=True)] if a["date"] else []))
    lines = [top, "", a["title"]] + ([meta] if meta else []) + \
        ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    lines += [""] + a["body"][:half] + ["", f"{page.format(n=1, m=2)}\t\t{foot}", "\f" + top, ""]
    lines += a["body"][half:] + ["", f"{page.format(n=2, m=2)}\t\t{foot}"]
    return "\r\n".join(lines) + "\r\n", expect(a)


COVER = {  # service, client, order, keyword, medium, media type, published, page, reach, AVE, captured, section
    "en": ("MEDIAWATCH Ltd — Press clipping", "Client", "Order", "Keyword", "Medium", "Media type", "Published",
           "Page", "Reach", "AVE", "Captured", "Section", "Daily newspaper", "£", "Business"),
    "fr": ("MEDIAWATCH — Coupure de presse", "Client", "Commande", "Mot-clé", "Support", "Type de média",
           "Date de parution", "Page", "Audience", "EPP", "Saisi le", "Rubrique", "Quotidien", "€", "Économie"),
    "de": ("MEDIAWATCH GmbH — Pressebeobachtung", "Kunde", "Auftrag", "Suchbegriff", "Medium", "Mediengattung",
           "Erscheinungsdatum", "Seite", "Reichweite", "AÄW", "Erfasst am", "Ressort", "Tageszeitung", "€",
           "Wirtschaft"),
    "es": ("MEDIAWATCH — Recorte de prensa", "Cliente", "Pedido", "Palabra clave", "Medio", "Tipo de medio",
           "Fecha de publicación", "Página", "Audiencia", "VPE", "Capturado el", "Sección", "Diario", "€",
           "Economía"),
    "it": ("MEDIAWATCH — Ritaglio stampa", "Cliente", "Ordine", "Parola chiave", "Testata", "Tipo di media",
           "Data di pubblicazione", "Pagina", "Lettori", "AVE", "Acquisito il", "Sezione", "Quotidiano", "€",
           "Economia"),
    "pt": ("MEDIAWATCH — Recorte de imprensa", "Cliente", "Pedido", "Palavra-chave", "Meio", "Tipo de meio",
           "Data de publicação", "Página", "Audiência", "AVE", "Recolhido em", "Secção", "Diário", "€",
           "Economia"),
}


def grouped(n, desk):
    """`1,234,000` (en), `1 234 000` (fr), `1.234.000` elsewhere."""
    text = f"{n:,}"
    return text if desk == "en" else text.replace(",", "\u202f" if desk == "fr" else ".")


# Clipping-service cover sheet as text from its PDF: two `Label: value` pairs per line in two aligned columns
# (client, order, keyword, medium, media type, published date, page, reach, AVE in money, the later capture
# date, section), a rule, then title, byline, text. The capture date is not the publication date.
def desk_s26_11(a, desk, rng):
    (service, client, order, keyword, medium, kind, published, page, reach, ave, captured, section, daily,
     money, rubric) = COVER[desk]
    src = a["source"] or rng.choice(OUTLETS)
    colon = " : " if desk == "fr" else ": "
    cost = grouped(rng.randrange(800, 60000), desk)
    pairs = [(client, "OSIRIS"), (order, f"{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}"),
             (keyword, "OSIRIS"), (medium, src), (kind, daily)]
    pairs += [(published, numeric_date(a["date"], desk))] if a["date"] else []
    pairs += [(page, str(rng.randrange(2, 40))), (reach, grouped(rng.randrange(20, 2000) * 1000, desk)),
              (ave, f"{cost} {money}" if money == "€" else money + cost),
              (captured, f"{numeric_date(later(a['date'], rng, 1, 3), desk)} {clock(rng)}"), (section, rubric)]
    cells = [k + colon + v for k, v in pairs] + [""]
    parts = [service, ""] + [f"{cells[i]:<48}{cells[i + 1]}".rstrip() for i in range(0, len(cells) - 1, 2)]
    parts += ["─" * 72, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


RELATIVE = {  # yesterday, today (with a clock time), hours ago
    "en": ("Yesterday at {t}", "Today at {t}", "{n} hours ago"),
    "fr": ("hier à {t}", "aujourd'hui à {t}", "il y a {n} heures"),
    "de": ("gestern, {t} Uhr", "heute, {t} Uhr", "vor {n} Stunden"),
    "es": ("ayer a las {t}", "hoy a las {t}", "hace {n} horas"),
    "it": ("ieri alle {t}", "oggi alle {t}", "{n} ore fa"),
    "pt": ("ontem às {t}", "hoje às {t}", "há {n} horas"),
}


def desk_time(desk, h, m):
    return {"en": f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}", "fr": f"{h}h{m:02d}",
            "pt": f"{h}h{m:02d}"}.get(desk, f"{h:02d}:{m:02d}")


# Press review pasted from web pages that print relative times: the review's heading with weekday, date and
# time, then per article the title, `Publication, yesterday at 6.42pm` (or `today at …`, `3 hours ago`), the
# byline, the text. The date is the review's date minus what the relative time says.
def desk_s26_13(a, desk, rng):
    yesterday, today, ago = RELATIVE[desk]
    kind = rng.randrange(3) if a["date"] else None
    review = later(a["date"], rng, 1, 1) if kind == 0 else a["date"] or later(None, rng, 0, 60)
    hour = rng.randrange(13, 19)
    when = None if kind is None else ago.format(n=rng.randrange(2, hour - 7)) if kind == 2 else \
        (yesterday if kind == 0 else today).format(t=desk_time(desk, rng.randrange(7, 12) if kind == 1 else
                                                               rng.randrange(12, 23), rng.randrange(60)))
    meta = ", ".join(([a["source"]] if a["source"] else []) + ([when] if when else []))
    parts = [f"{DOC_REVIEW[desk][0]} – {long_date(review, desk, weekday=True)}, {hour}:{rng.randrange(60):02d}", "",
             a["title"]] + ([meta] if meta else []) + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


ENVOY = {  # one author, several, no author named
    "en": ("By {a} in Kyiv", "By {a} in Kyiv", "From our correspondent in Brussels"),
    "fr": ("Par {a}, envoyé spécial à Kyiv", "Par {a}, envoyés spéciaux à Kyiv",
           "De notre correspondant à Bruxelles"),
    "de": ("Von {a}, Kiew", "Von {a}, Kiew", "Von unserem Korrespondenten in Brüssel"),
    "es": ("{a} (enviado especial) | Kiev", "{a} (enviados especiales) | Kiev", "De nuestro corresponsal en Bruselas"),
    "it": ("dal nostro inviato\n{A}\nKIEV", "dai nostri inviati\n{A}\nKIEV", "dal nostro corrispondente\nBRUXELLES"),
    "pt": ("Por {a}, enviado especial a Kiev", "Por {a}, enviados especiais a Kiev",
           "Do nosso correspondente em Bruxelas"),
}


# Reporting from abroad: masthead (sometimes), title, a deck, the byline with the reporter's role and place
# (`Par A, envoyé spécial à Kyiv`; Italian over three lines with the name in capitals), the site's date stamp,
# text. Unsigned pieces say `From our correspondent in Brussels`: no person is named, authors stay empty.
def desk_s26_14(a, desk, rng):
    one, several, unnamed = ENVOY[desk]
    names = joined(a["authors"], desk) if a["authors"] else ""
    line = (one if len(a["authors"]) == 1 else several).format(a=names, A=names.upper()) if names else unnamed
    top = masthead(a, rng)
    parts = ([top] if top else []) + [a["title"], first_sentence(a["body"][0]), "", line]
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


WITH = {"en": "with Reuters", "fr": "avec AFP", "de": "mit dpa", "es": "con información de EFE",
        "it": "con ANSA", "pt": "com Lusa"}


# Regional-paper copy: `Publication – date` on top, title, text, and the author only at the very end in
# parentheses, often with the agency that contributed (`(Hélène Roux, avec AFP)`, `(avec AFP)` when unsigned).
# The publication is the source, not the contributing agency.
def desk_s26_15(a, desk, rng):
    top = meta_line(a, desk)
    credit = [joined(a["authors"], desk)] if a["authors"] else []
    credit += [WITH[desk]] if a["source"] and rng.random() < 0.7 else []
    parts = ([top] if top else []) + [a["title"], "", "\n\n".join(a["body"])]
    parts += ["", f"({', '.join(credit)})"] if credit else []
    return "\n".join(parts) + "\n", expect(a)


def broken_umlauts(text):
    """OCR of a PDF set in a font whose accents are separate glyphs: `ü` -> `u¨`, `é` -> `e´` (body text only)."""
    marks = {"\u0308": "\u00a8", "\u0301": "\u00b4", "\u0300": "`"}
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append(marks.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


# PDF made on a Mac, copied as text: title, byline and running head in decomposed Unicode (NFD: `u` + combining
# diaeresis, looks the same), the body with ligatures (ﬁ ﬂ) and, in every other paragraph, accents split off as
# spacing marks (`Kru¨ger`). Expected values are what the editor reads: the composed (NFC) forms.
def desk_s26_16(a, desk, rng):
    head = "   ".join(([a["source"].upper()] if a["source"] else []) +
                      ([long_date(a["date"], desk, weekday=True)] if a["date"] else []) + [str(rng.randrange(2, 40))])
    top = [head, "", a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    body = [ligatures(broken_umlauts(p) if i % 2 else p) for i, p in enumerate(a["body"])]
    text = unicodedata.normalize("NFD", "\n".join(top)) + "\n" + wrap(body, 66)
    return text + "\n", expect(a)


VISIT = {"en": "Visit Website", "fr": "Voir le site", "de": "Website besuchen", "es": "Visitar sitio web",
         "it": "Visita il sito", "pt": "Visitar site"}


def locale_short(iso, desk, rng, minute=None):
    """The desk's short date and time as a feed reader prints it: `3/4/26, 10:42 AM` (en: month first); the time
    `minute` minutes after midnight, or a random one."""
    minute = rng.randrange(6 * 60, 23 * 60) if minute is None else minute
    d, h, m = datetime.date.fromisoformat(iso), minute // 60, minute % 60
    y = d.strftime("%y")
    return {"en": f"{d.month}/{d.day}/{y}, {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            "fr": f"{d.day:02d}/{d.month:02d}/{y} {h:02d}:{m:02d}",
            "de": f"{d.day:02d}.{d.month:02d}.{y}, {h:02d}:{m:02d}",
            "es": f"{d.day}/{d.month}/{y}, {h}:{m:02d}", "it": f"{d.day:02d}/{d.month:02d}/{y}, {h:02d}:{m:02d}",
            "pt": f"{d.day:02d}/{d.month:02d}/{y}, {h:02d}:{m:02d}"}[desk]


# Feed reader's saved article: title, `Publication / by A / 3/4/26, 10:42 AM` (the desk's short date with a
# two-digit year: month first on the English desk, day first elsewhere), text, `Visit Website`.
def desk_s26_17(a, desk, rng):
    meta = ([a["source"]] if a["source"] else []) + \
        ([f"{BY[desk][0].lower()} {joined(a['authors'], desk)}"] if a["authors"] else []) + \
        ([locale_short(a["date"], desk, rng)] if a["date"] else [])
    parts = [a["title"]] + ([" / ".join(meta)] if meta else []) + ["", "\n\n".join(a["body"]), "", VISIT[desk]]
    return "\n".join(parts) + "\n", expect(a)


KICKER_SECTION = {"en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia",
                  "pt": "Economia"}
PAYWALL = {  # notice, offer (with its end date), log in
    "en": ("This article is for subscribers only.", "Subscribe now: £1 for your first month, offer ends {d}.",
           "Already a subscriber? Log in"),
    "fr": ("La suite de cet article est réservée aux abonnés.",
           "Abonnez-vous : 1 € le premier mois, offre valable jusqu'au {d}.", "Déjà abonné ? Se connecter"),
    "de": ("Dieser Artikel ist nur für Abonnenten verfügbar.",
           "Jetzt abonnieren: 1 € im ersten Monat, Angebot gültig bis {d}.", "Sie sind bereits Abonnent? Anmelden"),
    "es": ("Este artículo es exclusivo para suscriptores.",
           "Suscríbete: 1 € el primer mes, oferta válida hasta el {d}.", "¿Ya eres suscriptor? Inicia sesión"),
    "it": ("Questo articolo è riservato agli abbonati.",
           "Abbonati ora: 1 € il primo mese, offerta valida fino al {d}.", "Sei già abbonato? Accedi"),
    "pt": ("Este artigo é exclusivo para assinantes.", "Assine já: 1 € no primeiro mês, oferta válida até {d}.",
           "Já é assinante? Inicie sessão"),
}


# Paywalled page copied as text: masthead and section (sometimes), title, byline, the site's date stamp, the
# first paragraph and a cut second one, then the paywall notice with an offer's end date and the log-in line.
def desk_s26_18(a, desk, rng):
    notice, offer, login = PAYWALL[desk]
    top = masthead(a, rng, 0.6)
    parts = [f"{top} › {KICKER_SECTION[desk]}"] if top else []
    parts += [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    shown = a["body"][:2] if len(a["body"]) > 1 else ["", a["body"][0]]
    cut = " ".join(shown[1].split()[:18]) + " …"
    parts += ["", shown[0], "", cut, "", notice,
              offer.format(d=long_date(later(a["date"], rng, 20, 40), desk)), login]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


REMARKS = {"en": ["Is this the print headline?", "Quote this paragraph in the briefing."],
           "fr": ["Est-ce le titre de l'édition papier ?", "À citer dans la note de synthèse."],
           "de": ["Ist das die Überschrift der Printausgabe?", "Diesen Absatz im Briefing zitieren."],
           "es": ["¿Es el titular de la edición impresa?", "Citar este párrafo en la nota."],
           "it": ["È il titolo dell'edizione cartacea?", "Citare questo paragrafo nella nota."],
           "pt": ["É o título da edição impressa?", "Citar este parágrafo na nota."]}


# Shared online document downloaded as plain text (BOM): title with a comment anchor `[a]`, `Publication, date`,
# byline, text with a second anchor `[b]`, then the comments at the end as `[a]Commenter: remark`. The
# commenters are colleagues, not authors; the anchors are not part of the title.
def desk_s26_19(a, desk, rng):
    first, second = rng.sample(PEOPLE, 2)
    remarks = REMARKS[desk]
    meta = meta_line(a, desk, ", ")
    body = list(a["body"])
    body[0] += "[b]"
    parts = [a["title"] + "[a]"] + ([meta] if meta else [])
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(body), "", f"[a]{first}: {remarks[0]}", f"[b]{second}: {remarks[1]}"]
    return "\ufeff" + "\n".join(parts) + "\n", expect(a)


LITE = {  # banner, full-site link, footer links
    "en": ("Text-Only Version", "Go To Full Site", "Contact Us · Terms of Use · Permissions · Privacy Policy"),
    "fr": ("Version texte", "Aller au site complet", "Contact · Conditions d'utilisation · Confidentialité"),
    "de": ("Textversion", "Zur vollständigen Website", "Kontakt · Nutzungsbedingungen · Datenschutz"),
    "es": ("Versión solo texto", "Ir al sitio completo", "Contacto · Aviso legal · Privacidad"),
    "it": ("Versione solo testo", "Vai al sito completo", "Contatti · Termini d'uso · Privacy"),
    "pt": ("Versão só de texto", "Ir para o site completo", "Contactos · Termos de utilização · Privacidade"),
}


def zone_time(desk, rng):
    h, m = rng.randrange(6, 23), rng.randrange(60)
    return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'} EST" if desk == "en" else f"{h:02d}:{m:02d} CET"


# A site's text-only (lite) version: `Publication : Text-Only Version   Go To Full Site`, title, `By A`, the
# weekday date `• 10:42 AM EST`, text, the footer links.
def desk_s26_20(a, desk, rng):
    banner, full, footer = LITE[desk]
    parts = [f"{a['source']} : {banner}   {full}" if a["source"] else f"{banner}   {full}", "", a["title"], ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{long_date(a['date'], desk, weekday=True)} • {zone_time(desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", footer]
    return "\n".join(parts) + "\n", expect(a)


CAPTURES = {"en": "captures", "fr": "captures", "de": "Aufnahmen", "es": "capturas", "it": "acquisizioni",
            "pt": "capturas"}


# Web-archive copy: `The Wayback Machine - https://web.archive.org/web/20260415093012/https://…` (a capture
# stamp weeks later; the article's own path carries its date when it has one), `52 captures`, the capture range,
# then the page: publication (sometimes), title, byline, date, text. The capture stamps are not the date.
def desk_s26_21(a, desk, rng):
    first = datetime.date.fromisoformat(later(a["date"], rng, 3, 40))
    last = first + datetime.timedelta(days=rng.randrange(30, 400))
    slug = "-".join(w.lower() for w in a["title"].split()[:6] if w.isalnum())
    path = (a["date"].replace("-", "/") + "/" if a["date"] else "") + slug
    capture = first.strftime("%Y%m%d") + f"{rng.randrange(24):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"
    parts = [f"The Wayback Machine - https://web.archive.org/web/{capture}/https://news.example.org/{path}",
             f"{rng.randrange(2, 90)} {CAPTURES[desk]}", f"{short_date(first.isoformat(), desk)} - "
             f"{short_date(last.isoformat(), desk)}", ""]
    top = masthead(a, rng)
    parts += ([top] if top else []) + [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


def initials(name):
    return "".join(w[0].lower() for w in name.replace("-", " ").split() if w[:1].isalpha())


# News-site copy signed with the author's initials only (`(hr/dpa)`, `(H. R., avec AFP)`, `(h.r.)`): header
# `Publication · section · date`, title, a deck, text, the initials. Initials name no one: authors stay empty.
def desk_s26_23(a, desk, rng):
    ini = initials(a["authors"][0] if a["authors"] else rng.choice(PEOPLE))
    agency = AGENCY[desk] if a["source"] else None
    sign = {"de": f"({ini}/{agency})" if agency else f"({ini})",
            "fr": f"({'. '.join(ini.upper())}.{', avec ' + agency if agency else ''})",
            "en": f"— {'.'.join(ini.upper())}." + (f" ({agency})" if agency else ""),
            "es": f"({ini.upper()}/{agency})" if agency else f"({ini.upper()})",
            "it": f"({'.'.join(ini)}.)", "pt": f"({ini.upper()}/{agency})" if agency else f"({ini.upper()})"}[desk]
    head = " · ".join(([a["source"]] if a["source"] else []) + [KICKER_SECTION[desk]] +
                      ([long_date(a["date"], desk)] if a["date"] else []))
    parts = [head, "", a["title"], first_sentence(a["body"][0]), "", "\n\n".join(a["body"]), sign]
    return "\n".join(parts) + "\n", expect(a, authors=False)


# ---- held-out members of BLIND_S26 below: whoever tunes the reader never reads past this line ----
def wire_afp(d, t, names, rng):
    sent = f"AFP {d.day:02d}{t.replace(':', '')} GMT {ABBR['en'].split()[d.month - 1].upper()} {d.strftime('%y')}" \
        if d else None
    code = f"FRS{rng.randrange(1000, 9999)} 4 ECO 0{rng.randrange(100, 999)} AFP /AFP-ZE{rng.randrange(10, 99)}"
    head = ([sent] if sent else []) + [code, "France-économie-énergie,PREV"]
    by = [f"Par {', '.join(n.rsplit(' ', 1)[0] + ' ' + n.rsplit(' ', 1)[-1].upper() for n in names)}"] if names else []
    day = f", {'1er' if d.day == 1 else d.day} {MONTHS['fr'].split()[d.month - 1]} {d.year}" if d else ""
    return "AFP", head, by, f"PARIS{day} (AFP) - ", [f"{initials(names[0]) if names else 'ab'}/cb/ggy"]


def wire_apa(d, t, names, rng):
    code = f"APA{rng.randrange(100, 999):04d}"
    wd = "Mo Di Mi Do Fr Sa So".split()
    day = f"{'':20}{wd[d.weekday()]}, {d.day:02d}.{ABBR['de'].split()[d.month - 1].rstrip('.')[:3]} " \
          f"{d.strftime('%y')}" if d else ""
    head = [f"{code} 5 WI 0{rng.randrange(100, 999)} XI{day}", "Energie/Wirtschaft/Österreich"]
    tail = ["(Schluss) " + "/".join(initials(n) for n in names[:1] or ["sk"]) + "/ths"]
    tail += [f"{code}    {d.isoformat()}/{t}"] if d else []
    by = [f"Von {joined(names, 'de')}/APA"] if names else []
    return "APA", head, by, "Wien (APA) - ", tail


def wire_pa(d, t, names, rng):
    head = ["PA", rng.choice(["URGENT", "PRIORITY", "ROUTINE"])]
    head += [f"{WEEKDAYS['en'].split()[d.weekday()][:3]} {short_date(d.isoformat(), 'en')} {t} GMT"] if d else []
    by = [f"By {names[0]}, PA Business Correspondent"] + [f"and {n}" for n in names[1:]] if names else []
    return "PA", head, by, "", ["ENDS"]


def wire_ep(d, t, names, rng):
    sent = f"  {numeric_date(d.isoformat(), 'es')} {t}" if d else ""
    head = [f"EP-{rng.randrange(10 ** 5, 10 ** 6)}  ECONOMIA{sent}"]
    day = f", {d.day} {ABBR['es'].split()[d.month - 1].capitalize()}." if d else ""
    return "Europa Press", head, [f"Por {joined(names, 'es')}"] if names else [], f"MADRID{day} (EUROPA PRESS) - ", []


def wire_adn(d, t, names, rng):
    tail = [f"({initials(names[0]).capitalize() if names else 'Ses'}/Adnkronos)", "ISSN 2465 - 1222"]
    tail += [f"{d.day:02d}-{ABBR['en'].split()[d.month - 1].upper()}-{d.strftime('%y')} {t}"] if d else []
    day = f", {d.day} {ABBR['it'].split()[d.month - 1]}." if d else ""
    return "Adnkronos", [f"ADN{rng.randrange(1000, 9999)} 7 ECO 0 ADN ECO NAZ"], \
        [f"di {joined(names, 'it')}"] if names else [], f"Roma{day} (Adnkronos) - ", tail + ["NNNN"]


def wire_abr(d, t, names, rng):
    head = ["Agência Brasil"] + ([f"Publicado em {numeric_date(d.isoformat(), 'pt')} - {t.replace(':', 'h')}"]
                                 if d else [])
    by = [f"{joined(names, 'pt')} - Repórter{'es' if len(names) > 1 else ''} da Agência Brasil"] if names else []
    return "Agência Brasil", head, by, "Brasília - ", ["", f"Edição: {rng.choice(PEOPLE)}"]


WIRES2 = {"fr": wire_afp, "de": wire_apa, "en": wire_pa, "es": wire_ep, "it": wire_adn, "pt": wire_abr}


def desk_s26_01(a, desk, rng):
    d = datetime.date.fromisoformat(a["date"]) if a["date"] else None
    agency, head, by, opener, tail = WIRES2[desk](d, clock(rng), a["authors"], rng)
    parts = head + [a["title"]]
    parts += [f"Utl.: {first_sentence(a['body'][0])} =" if desk == "de" else ""]
    parts += by + [opener + a["body"][0]] + a["body"][1:] + tail
    e = expect(a)
    e["source"] = agency
    return "\n".join(parts) + "\n", e


SHORT_NUMERIC = {"en": "{m}/{d}/{y}", "fr": "{d}/{m}/{y}", "de": "{d}.{m}.{y}", "es": "{d}/{m}/{y}",
                  "it": "{d}/{m}/{y}", "pt": "{d}/{m}/{y}"}


def desk_s26_03(a, desk, rng):
    review = long_date(later(a["date"], rng, 1, 2), desk, weekday=True)
    summary = " ".join(a["body"][:2])
    attribution = ([a["source"]] if a["source"] else [])
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        attribution.append(SHORT_NUMERIC[desk].format(d=d.day, m=d.month, y=d.strftime("%y")))
    attribution += [joined(a["authors"], desk)] if a["authors"] else []
    parts = [f"{DOC_REVIEW[desk][0]} — {review}", "", f"■ {a['title']}",
             summary + (f" ({', '.join(attribution)})" if attribution else "")]
    return "\n".join(parts) + "\n", expect(a)


OPED = {  # label, the deck (one author / several), bio (one / several), the unsigned byline
    "en": ("Opinion", "{a}, an economist, argues that the reform comes too late.",
           "{a}, economists, argue that the reform comes too late.",
           "{a} is a professor of economics at the University of Leeds.",
           "{a} teach economics at the University of Leeds.", "By The Editorial Board"),
    "fr": ("Tribune", "L'économiste {a} estime que la réforme arrive trop tard.",
           "Les économistes {a} estiment que la réforme arrive trop tard.",
           "{a} est professeur d'économie à l'université de Lyon.",
           "{a} enseignent l'économie à l'université de Lyon.", "Par la rédaction"),
    "de": ("Gastbeitrag", "Die Reform kommt zu spät, meint der Ökonom {a}.",
           "Die Reform kommt zu spät, meinen die Ökonomen {a}.",
           "{a} ist Professor für Volkswirtschaftslehre an der Universität Mannheim.",
           "{a} lehren Volkswirtschaftslehre an der Universität Mannheim.", "Von der Redaktion"),
    "es": ("Tribuna", "El economista {a} sostiene que la reforma llega tarde.",
           "Los economistas {a} sostienen que la reforma llega tarde.",
           "{a} es catedrático de Economía en la Universidad de Salamanca.",
           "{a} son profesores de Economía en la Universidad de Salamanca.", "Por el Consejo Editorial"),
    "it": ("Commento", "Secondo l'economista {a} la riforma arriva troppo tardi.",
           "Secondo gli economisti {a} la riforma arriva troppo tardi.",
           "{a} è professore di Economia all'Università di Bologna.",
           "{a} insegnano Economia all'Università di Bologna.", "A cura della Redazione"),
    "pt": ("Opinião", "O economista {a} defende que a reforma chega tarde.",
           "Os economistas {a} defendem que a reforma chega tarde.",
           "{a} é professor de Economia na Universidade de Coimbra.",
           "{a} ensinam Economia na Universidade de Coimbra.", "Pela Direção Editorial"),
}


def desk_s26_04(a, desk, rng):
    label, deck, decks, bio, bios, board = OPED[desk]
    several = len(a["authors"]) > 1
    names = joined(a["authors"], desk) if a["authors"] else ""
    parts = [f"{label} · {a['source']}" if a["source"] else label, a["title"]]
    parts += [(decks if several else deck).format(a=names)] if names else [board]
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", "—", (bios if several else bio).format(a=names)] if names else []
    return "\n".join(parts) + "\n", expect(a)


def rfc822(iso, rng):
    d = datetime.date.fromisoformat(iso)
    return f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[d.weekday()]}, {d.day:02d} {ABBR['en'].split()[d.month - 1]} " \
           f"{d.year} {clock(rng)}:00 +0100"


FEED_TITLE = {"en": "Latest news", "fr": "À la une", "de": "Aktuelle Nachrichten", "es": "Portada",
              "it": "Ultime notizie", "pt": "Últimas notícias"}


def desk_s26_06(a, desk, rng):
    esc = html.escape
    feed = a["source"] or FEED_TITLE[desk]
    link = f"https://news.example.org/a/{rng.randrange(10 ** 6)}"
    content = "".join(f"<p>{esc(p, quote=False)}</p>" for p in a["body"])
    updated = later(a["date"], rng, 1, 5)
    if rng.random() < 0.5:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                 'xmlns:content="http://purl.org/rss/1.0/modules/content/">', "<channel>",
                 f"<title>{esc(feed)}</title>", "<link>https://news.example.org/</link>",
                 f"<language>{a['lang']}</language>", f"<lastBuildDate>{rfc822(updated, rng)}</lastBuildDate>",
                 "<item>", f"<title>{esc(a['title'])}</title>", f"<link>{link}</link>"]
        lines += [f"<dc:creator><![CDATA[{n}]]></dc:creator>" for n in a["authors"]]
        lines += [f"<pubDate>{rfc822(a['date'], rng)}</pubDate>"] if a["date"] else []
        lines += [f'<guid isPermaLink="false">{link}</guid>',
                  f"<description><![CDATA[{first_sentence(a['body'][0])}]]></description>",
                  f"<content:encoded><![CDATA[{content}]]></content:encoded>", "</item>", "</channel>", "</rss>"]
    else:
        stamp_ = f"T{clock(rng)}:00+01:00"
        lines = ['<?xml version="1.0" encoding="utf-8"?>',
                 f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{a["lang"]}">',
                 f"<title>{esc(feed)}</title>", f"<updated>{updated}{stamp_}</updated>", "<entry>",
                 f'<title type="html">{esc(a["title"])}</title>', f'<link href="{link}"/>',
                 f"<id>tag:news.example.org,{(a['date'] or updated)[:4]}:{rng.randrange(10 ** 6)}</id>"]
        lines += [f"<published>{a['date']}{stamp_}</published>", f"<updated>{updated}{stamp_}</updated>"] \
            if a["date"] else []
        lines += [f"<author><name>{esc(n)}</name></author>" for n in a["authors"]]
        lines += [f'<summary type="html">{esc(first_sentence(a["body"][0]))}</summary>',
                  f'<content type="html">{esc(content)}</content>', "</entry>", "</feed>"]
    return "\n".join(lines) + "\n", expect(a)


INTRANET = {  # crumbs, posted by (poster, department, date), views, source, author, tags, modified
    "en": ("Intranet › Communications › Press review › {y} › {m}", "Posted by {p} ({d}) on {w} · {n} views",
           "Source", "Author", "Tags: press, OSIRIS", "Last modified {w} by {p}", "Communications"),
    "fr": ("Intranet › Communication › Revue de presse › {y} › {m}", "Publié par {p} ({d}) le {w} · {n} vues",
           "Source", "Auteur", "Mots-clés : presse, OSIRIS", "Dernière modification le {w} par {p}", "Communication"),
    "de": ("Intranet › Kommunikation › Pressespiegel › {y} › {m}",
           "Eingestellt von {p} ({d}) am {w} · {n} Aufrufe",
           "Quelle", "Autor", "Schlagwörter: Presse, OSIRIS", "Zuletzt geändert am {w} von {p}", "Kommunikation"),
    "es": ("Intranet › Comunicación › Resumen de prensa › {y} › {m}",
           "Publicado por {p} ({d}) el {w} · {n} visitas",
           "Fuente", "Autor", "Etiquetas: prensa, OSIRIS", "Última modificación el {w} por {p}", "Comunicación"),
    "it": ("Intranet › Comunicazione › Rassegna stampa › {y} › {m}",
           "Pubblicato da {p} ({d}) il {w} · {n} visite",
           "Fonte", "Autore", "Tag: stampa, OSIRIS", "Ultima modifica il {w} da {p}", "Comunicazione"),
    "pt": ("Intranet › Comunicação › Clipping › {y} › {m}",
           "Publicado por {p} ({d}) em {w} · {n} visualizações",
           "Fonte", "Autor", "Etiquetas: imprensa, OSIRIS", "Última modificação em {w} por {p}", "Comunicação"),
}


def desk_s26_08(a, desk, rng):
    crumbs, posted, source, author, tags, modified, dept = INTRANET[desk]
    poster = rng.choice(PEOPLE)
    post = datetime.date.fromisoformat(later(a["date"], rng, 1, 3))
    colon = " : " if desk == "fr" else ": "
    parts = [crumbs.format(y=post.year, m=MONTHS[desk].split()[post.month - 1].capitalize()), "", a["title"],
             posted.format(p=poster, d=dept, w=numeric_date(post.isoformat(), desk), n=rng.randrange(3, 300)), ""]
    src = meta_line(a, desk, ", ")
    parts += [source + colon + src] if src else []
    parts += [author + colon + ", ".join(a["authors"])] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", tags,
              modified.format(w=numeric_date(later(post.isoformat(), rng, 0, 2), desk), p=poster)]
    return "\n".join(parts) + "\n", expect(a)


SHARE = {  # with a publication, without one; the reply
    "en": ("Check out this article from {s}: {t} {u}", "{t} {u}", "Thanks, will read it"),
    "fr": ("Je te recommande cet article de {s} : « {t} » {u}", "« {t} » {u}", "Merci, je lis ça"),
    "de": ("Diesen Artikel von {s} solltest du lesen: „{t}“ {u}", "„{t}“ {u}", "Danke, lese ich gleich"),
    "es": ("Mira este artículo de {s}: «{t}» {u}", "«{t}» {u}", "Gracias, lo leo ahora"),
    "it": ("Guarda questo articolo di {s}: «{t}» {u}", "«{t}» {u}", "Grazie, lo leggo subito"),
    "pt": ("Vê este artigo do {s}: «{t}» {u}", "«{t}» {u}", "Obrigado, vou ler"),
}


def desk_s26_10(a, desk, rng):
    with_source, bare, reply = SHARE[desk]
    sender = rng.choice(PEOPLE)
    day = later(a["date"], rng, 0, 3)
    t = rng.randrange(7 * 60, 20 * 60)
    url = f"https://news.example.org/s/{rng.getrandbits(40):010x}"
    share = (with_source if a["source"] else bare).format(s=a["source"], t=a["title"], u=url)
    me = {"en": "Me", "fr": "Moi", "de": "Ich", "es": "Yo", "it": "Io", "pt": "Eu"}[desk]
    parts = [sender, f"+{rng.randrange(30, 49)} {rng.randrange(600, 699)} {rng.randrange(100000, 999999)}", "",
             locale_short(day, desk, rng, t), share, "", locale_short(day, desk, rng, t + 1),
             "\n\n".join(a["body"][:3]), "", me, locale_short(day, desk, rng, t + rng.randrange(5, 200)), reply]
    return "\n".join(parts) + "\n", expect(a, authors=False, date=False)


SUMMARY = {"en": "Key points", "fr": "L'essentiel", "de": "Das Wichtigste in Kürze", "es": "Claves",
           "it": "I punti chiave", "pt": "Os pontos-chave"}


def desk_s26_12(a, desk, rng):
    points = [first_sentence(p) for p in a["body"][:3]]
    parts = [SUMMARY[desk]] + [f"• {p}" for p in points] + ["", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", f"© {a['source']}"] if a["source"] else []
    return "\n".join(parts) + "\n", expect(a)


ABOUT = {"en": ("About the author", "About the authors"), "fr": ("L'auteur", "Les auteurs"),
         "de": ("Über den Autor", "Über die Autoren"), "es": ("Sobre el autor", "Sobre los autores"),
         "it": ("L'autore", "Gli autori"), "pt": ("Sobre o autor", "Sobre os autores")}
DESK_ROLES = {"en": ["Senior reporter", "Economics editor"], "fr": ["Journaliste", "Cheffe du service Économie"],
              "de": ["Redakteur", "Ressortleiterin Wirtschaft"], "es": ["Redactor", "Jefa de Economía"],
              "it": ["Giornalista", "Caporedattrice Economia"], "pt": ["Jornalista", "Editora de Economia"]}


def desk_s26_22(a, desk, rng):
    parts = ([a["source"]] if a["source"] else []) + [a["title"]]
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", ABOUT[desk][len(a["authors"]) > 1]]
        for i, name in enumerate(a["authors"]):
            handle = "@" + "".join(initials(name)) + name.split()[-1].lower()[:8]
            parts += ["", name, DESK_ROLES[desk][i % 2], unicodedata.normalize("NFKD", handle).encode("ascii", "ignore")
                      .decode()]
    return "\n".join(parts) + "\n", expect(a)


NOTES = {"en": "Interesting piece on the subject, see below.",
         "fr": "Article intéressant sur le sujet, voir ci-dessous.",
         "de": "Interessanter Artikel zum Thema, siehe unten.", "es": "Artículo interesante sobre el tema, ver abajo.",
         "it": "Articolo interessante sul tema, vedi sotto.", "pt": "Artigo interessante sobre o tema, ver abaixo."}


def desk_s26_24(a, desk, rng):
    name, poster = "presse-osiris", rng.choice(PEOPLE)
    vol, issue = rng.randrange(3, 20), rng.randrange(1, 90)
    meta = meta_line(a, desk)
    parts = [f"Send {name} mailing list submissions to", f"\t{name}@lists.example.org", "",
             "When replying, please edit your Subject line so it is more specific",
             f'than "Re: Contents of {name} digest..."', "", "", "Today's Topics:", "",
             f"   1. {a['title']} ({poster})", "", "", "-" * 70, "", "Message: 1",
             f"Date: {rfc822(later(a['date'], rng, 1, 4), rng)}", f"From: {poster} <{mailbox(poster)}>",
             f"To: {name}@lists.example.org", f"Subject: [{name}] {a['title']}",
             f"Message-ID: <{rng.getrandbits(48):012x}@example.org>", 'Content-Type: text/plain; charset="utf-8"', "",
             NOTES[desk], "", a["title"]]
    parts += [meta] if meta else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", wrap(a["body"]), "", poster.split()[0], "", "-" * 30, "", "Subject: Digest Footer", "",
              "_" * 47, f"{name} mailing list", f"{name}@lists.example.org",
              f"https://lists.example.org/mailman/listinfo/{name}", "", "",
              "-" * 30, "", f"End of {name} Digest, Vol {vol}, Issue {issue}", "*" * 38]
    return "\n".join(parts) + "\n", expect(a)


# The stop-26 batch, all twenty-four; text_eval.py scores its held-out members in a block of their own.
BLIND_S26 = {f"desk_s26_{i:02d}" for i in range(1, 25)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S26)})
