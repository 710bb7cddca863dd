"""Lays a real article out as the plain-text clippings a press desk receives.

Each layout is `f(article, desk, rng) -> (text, expected)`: `desk` is the language of the labels
and dates the desk writes (en, de, fr, es, it, pt; independent of the article's language),
`rng` a random.Random seeded from the article and layout names (reproducible). `expected` holds
what the file states: title, authors (list), date ('YYYY-MM-DD' or None: a copyright year is
not a date), source (or None). A layout writes a field only when the article has it.
"""
import datetime
import hashlib
import textwrap
import unicodedata

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
LABELS = {  # title, author, date, source
    "en": ("Title:", "Author:", "Date:", "Source:"),
    "fr": ("Titre :", "Auteur :", "Date :", "Source :"),
    "de": ("Titel:", "Autor:", "Datum:", "Quelle:"),
    "es": ("Título:", "Autor:", "Fecha:", "Fuente:"),
    "it": ("Titolo:", "Autore:", "Data:", "Fonte:"),
    "pt": ("Título:", "Autor:", "Data:", "Fonte:"),
}
MAIL = {  # banner, subject, from, sent, to
    "en": ("---------- Forwarded message ---------", "Subject:", "From:", "Sent:", "To:"),
    "fr": ("-------- Message transféré --------", "Objet :", "De :", "Envoyé :", "À :"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Betreff:", "Von:", "Gesendet:", "An:"),
    "es": ("---------- Mensaje reenviado ---------", "Asunto:", "De:", "Enviado:", "Para:"),
    "it": ("---------- Messaggio inoltrato ---------", "Oggetto:", "Da:", "Inviato:", "A:"),
    "pt": ("---------- Mensagem encaminhada ---------", "Assunto:", "De:", "Enviado:", "Para:"),
}
BY = {"en": ("By", "and"), "fr": ("Par", "et"), "de": ("Von", "und"), "es": ("Por", "y"),
      "it": ("Di", "e"), "pt": ("Por", "e")}
COPYRIGHT = ["© {s} {y}", "(c) {s} {y}", "Copyright {y} {s}", "© {y} {s}. All rights reserved."]


def long_date(iso, desk, weekday=False):
    d = datetime.date.fromisoformat(iso)
    month = MONTHS[desk].split()[d.month - 1]
    day = WEEKDAYS[desk].split()[d.weekday()]
    text = {"en": f"{month} {d.day}, {d.year}", "de": f"{d.day}. {month} {d.year}",
            "fr": f"{'1er' if d.day == 1 else d.day} {month} {d.year}", "es": f"{d.day} de {month} de {d.year}",
            "it": f"{d.day} {month} {d.year}", "pt": f"{d.day} de {month} de {d.year}"}[desk]
    return f"{day}, {text}" if weekday and desk in ("en", "de", "es", "pt") else \
        f"{day} {text}" if weekday else text


def any_date(iso, desk, rng):
    d = datetime.date.fromisoformat(iso)
    choice = rng.randrange(4)
    if choice == 0:
        return iso
    if choice == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}" if desk == "de" else \
            f"{d.month:02d}/{d.day:02d}/{d.year}" if desk == "en" else f"{d.day:02d}/{d.month:02d}/{d.year}"
    return long_date(iso, desk, weekday=choice == 3)


def byline(names, desk, rng, agency=None):
    by, conj = BY[desk]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}"
    if agency:
        return f"{by} {joined} ({agency})" if rng.random() < 0.5 else f"{by} {joined}, {agency}"
    return f"{by} {joined}"


def wrap(paragraphs, width=72):
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def expect(a, title=True, authors=True, date=True, source=True):
    return {"title": a["title"] if title else None, "authors": a["authors"] if authors else [],
            "date": a["date"] if date else None, "source": a["source"] if source else None}


def seed_trailer(a, desk, rng):
    """OSIRIS press review: body lines, author, (Source : X, date), site, title last."""
    lines = list(a["body"])
    if a["authors"]:
        lines.append(", ".join(a["authors"]))
    label = LABELS[desk][3].rstrip(":").strip()
    src = a["source"] or "Agence"
    lines.append(f"({label} : {src}, {long_date(a['date'], desk)})" if a["date"] else f"({label} : {src})")
    lines += ["OSIRIS", a["title"]]
    e = expect(a)
    e["source"] = src
    return "\n".join(lines) + "\n", e


def labelled_header(a, desk, rng):
    t, au, d, s = LABELS[desk]
    head = [f"{t} {a['title']}"]
    if a["authors"]:
        head.append(f"{au} {', '.join(a['authors'])}")
    if a["date"]:
        head.append(f"{d} {any_date(a['date'], desk, rng)}")
    if a["source"]:
        head.append(f"{s} {a['source']}")
    return "\n".join(head) + "\n\n" + wrap(a["body"]) + "\n", expect(a)


def forwarded_mail(a, desk, rng):
    banner, subject, sender, sent, to = MAIL[desk]
    head = [banner]
    if a["authors"]:
        name = a["authors"][0]
        head.append(f"{sender} {name} <{'.'.join(name.lower().split())}@example.org>")
    if a["date"]:
        head.append(f"{sent} {long_date(a['date'], desk, weekday=True)} 09:{rng.randrange(60):02d}")
    head.append(f"{subject} {a['title']}")
    head.append(f"{to} desk@example.org")
    tail = f"\n\n© {a['source']} {a['date'][:4] if a['date'] else 2025}" if a["source"] else ""
    e = expect(a)
    e["authors"] = a["authors"][:1]
    return "\n".join(head) + "\n\n" + wrap(a["body"]) + tail + "\n", e


def author_and_copyright_at_end(a, desk, rng):
    """Title, body, the author alone on a line, a copyright line (a year, never a date)."""
    parts = [a["title"], "", "\n\n".join(a["body"]), ""]
    if a["authors"]:
        parts.append(" and ".join(a["authors"]) if desk == "en" else ", ".join(a["authors"]))
    src = a["source"] or "Reuters"
    parts.append(rng.choice(COPYRIGHT).format(s=src, y=a["date"][:4] if a["date"] else 2024))
    e = expect(a, date=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def title_byline_date(a, desk, rng):
    parts = [a["title"], ""]
    if a["authors"]:
        parts.append(byline(a["authors"], desk, rng))
    if a["date"]:
        parts.append(any_date(a["date"], desk, rng))
    parts += ["", "\n\n".join(a["body"])]
    if a["source"]:
        parts += ["", f"{LABELS[desk][3]} {a['source']}"]
    return "\n".join(parts) + "\n", expect(a)


def byline_with_agency(a, desk, rng):
    """`Par A (AFP)` / `Von A, dpa`: the agency is the source, not a name."""
    agency = rng.choice(["AFP", "Reuters", "dpa", "AP", "EFE", "ANSA", "Lusa"])
    parts = [a["title"], ""]
    if a["authors"]:
        parts.append(byline(a["authors"], desk, rng, agency))
    else:
        parts.append(f"({agency})")
    if a["date"]:
        parts.append(long_date(a["date"], desk))
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = agency
    return "\n".join(parts) + "\n", e


def byline_carrying_date(a, desk, rng):
    parts = [a["title"], ""]
    if a["authors"] and a["date"]:
        sep = {"fr": ", le ", "de": " | ", "en": " | "}.get(desk, ", ")
        parts.append(byline(a["authors"], desk, rng) + sep + long_date(a["date"], desk))
    elif a["authors"]:
        parts.append(byline(a["authors"], desk, rng))
    elif a["date"]:
        parts.append(long_date(a["date"], desk))
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a, source=False)
    return "\n".join(parts) + "\n", e


def wire_dateline(a, desk, rng):
    """Title, blank, `CITY, Month D, YYYY (Agency) - ` opening the first paragraph."""
    agency = a["source"] or "Reuters"
    city = rng.choice(["PARIS", "NEW YORK", "BERLIN", "MADRID", "LISBON", "ROME", "GENEVA"])
    when = f", {long_date(a['date'], desk)}" if a["date"] else ""
    body = [f"{city}{when} ({agency}) - {a['body'][0]}"] + a["body"][1:]
    head = [a["title"], ""]
    if a["authors"]:
        head += [byline(a["authors"], desk, rng), ""]
    e = expect(a)
    e["source"] = agency
    return "\n".join(head) + "\n" + "\n\n".join(body) + "\n", e


def markdown_heading(a, desk, rng):
    parts = ["# " + a["title"], ""]
    meta = []
    if a["authors"]:
        meta.append(byline(a["authors"], desk, rng))
    if a["date"]:
        meta.append(long_date(a["date"], desk))
    if meta:
        parts += ["*" + " · ".join(meta) + "*", ""]
    parts.append("\n\n".join(a["body"]))
    if a["source"]:
        parts += ["", f"{LABELS[desk][3]} {a['source']}"]
    return "\n".join(parts) + "\n", expect(a)


def date_agency_header(a, desk, rng):
    """`26 February 1987 | Reuters` above the title, `— Author` at the end."""
    src = a["source"] or "Reuters"
    head = f"{long_date(a['date'], desk)} | {src}" if a["date"] else src
    parts = [head, "", a["title"], "", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", "— " + ", ".join(a["authors"])]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def crlf_bom_labels_bottom(a, desk, rng):
    """BOM, CRLF, title first, labelled author/date/source at the bottom."""
    t, au, d, s = LABELS[desk]
    parts = [a["title"], "", wrap(a["body"], 76), ""]
    if a["authors"]:
        parts.append(f"{au} {', '.join(a['authors'])}")
    if a["date"]:
        parts.append(f"{d} {long_date(a['date'], desk)}")
    if a["source"]:
        parts.append(f"{s} {a['source']}")
    return "\ufeff" + "\r\n".join("\n".join(parts).split("\n")) + "\r\n", expect(a)


def trailer_variant_title(a, desk, rng):
    """Seed layout whose title is a question, ends with an ellipsis, or is quoted."""
    text, e = seed_trailer(a, desk, rng)
    title = a["title"].rstrip(".!?…")
    style = rng.randrange(4)
    title = [title + " ?" if desk == "fr" else title + "?", title + "…", title + "...", f"« {title} »"
             if desk == "fr" else f"“{title}”"][style]
    lines = text.rstrip("\n").split("\n")
    lines[-1] = title
    e["title"] = title
    return "\n".join(lines) + "\n", e


def sent_and_from_after_subject(a, desk, rng):
    """Outlook-style reply header, no banner, order Subject / From / Date; 68-column body."""
    _, subject, sender, _, _ = MAIL[desk]
    head = [f"{subject} {a['title']}"]
    if a["authors"]:
        head.append(f"{sender} {a['authors'][0]}")
    if a["date"]:
        head.append(f"{LABELS[desk][2]} {any_date(a['date'], desk, rng)}")
    e = expect(a, source=False)
    e["authors"] = a["authors"][:1]
    return "\n".join(head) + "\n\n" + wrap(a["body"], 68) + "\n", e


def source_line_top_title_second(a, desk, rng):
    """`Source: X, date` first, then the title, a byline, the body."""
    s = LABELS[desk][3]
    first = f"{s} {a['source'] or 'Reuters'}" + (f", {long_date(a['date'], desk)}" if a["date"] else "")
    parts = [first, a["title"], ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng), ""]
    parts.append("\n\n".join(a["body"]))
    e = expect(a)
    e["source"] = a["source"] or "Reuters"
    return "\n".join(parts) + "\n", e


# Database exports, web copies and a press-review PDF (stop 23). Written before the reader knew
# these forms, then tuned on: their names put them in the development part (text_eval.py's
# hash), and TUNED_AFTER_WRITING lists them so that a later rename cannot move them.
LANGNAME = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "it": "Italiano", "pt": "Português"}
WORDS = {"en": "words", "fr": "mots", "de": "Wörter", "es": "palabras", "it": "parole", "pt": "palavras"}


def database_factiva(a, desk, rng):
    """Factiva article export: title, author, word count, date, source name, code, language, copyright, body."""
    src = a["source"] or "Reuters News"
    n = sum(len(p.split()) for p in a["body"])
    lines = [a["title"]]
    if a["authors"]:
        lines.append(", ".join(a["authors"]))
    lines.append(f"{n:,} words".replace(",", ",") if desk == "en" else f"{n} {WORDS[desk]}")
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        lines.append(f"{d.day} {MONTHS['en'].split()[d.month-1]} {d.year}")
    lines += [src, "".join(w[0] for w in src.split()).upper()[:4] + "R", LANGNAME["en"] if desk == "en" else LANGNAME[desk]]
    lines.append(f"(c) {a['date'][:4] if a['date'] else 2025} {src}. All Rights Reserved.")
    e = expect(a); e["source"] = src
    return "\n".join(lines) + "\n\n" + "\n\n".join(a["body"]) + "\n\nDocument " + "LBA0000020260216" + "\n", e


def database_nexis_uni(a, desk, rng):
    """Nexis Uni export: title, publication, date with weekday, copyright, section, length, byline, body, load-date."""
    pub = a["source"] or "The Reuters Business Report"
    lines = [a["title"], "", pub]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        lines.append(f"{MONTHS['en'].split()[d.month-1]} {d.day}, {d.year} {WEEKDAYS['en'].split()[d.weekday()]}")
    lines.append(f"Copyright {a['date'][:4] if a['date'] else 2025} {pub} All Rights Reserved")
    lines += ["", "Section: BUSINESS; Pg. 3", f"Length: {sum(len(p.split()) for p in a['body'])} words"]
    if a["authors"]:
        lines.append("Byline: " + " and ".join(a["authors"]))
    lines += ["", "Body", "", "\n\n".join(a["body"]), ""]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"]) + datetime.timedelta(days=1)
        lines.append(f"Load-Date: {MONTHS['en'].split()[d.month-1]} {d.day}, {d.year}")
    lines += ["", "End of Document"]
    e = expect(a); e["source"] = pub
    return "\n".join(lines) + "\n", e


def database_europresse(a, desk, rng):
    """Europresse export (French press-review tool): publication, rubric + date + size, title, author, body, copyright, certificate."""
    pub = a["source"] or "Le Monde"
    head = [pub]
    when = long_date(a["date"], "fr", weekday=True) if a["date"] else ""
    head.append(f"Économie, {when} {sum(len(p.split()) for p in a['body'])} mots, p. 12".replace(",  ", ", "))
    head += ["", a["title"], ""]
    if a["authors"]:
        head.append(" ; ".join(a["authors"]))
        head.append("")
    tail = ["", f"© {a['date'][:4] if a['date'] else 2025} {pub}. Tous droits réservés.",
            "Certificat émis le 17 février 2026 à OSIRIS à des fins de visualisation personnelle et temporaire.",
            "news·20260216·LM·123456"]
    e = expect(a); e["source"] = pub
    return "\n".join(head) + "\n" + "\n".join(["\n\n".join(a["body"])] + tail) + "\n", e

KICKER = {"en": "BUSINESS", "fr": "ÉCONOMIE", "de": "WIRTSCHAFT", "es": "ECONOMÍA", "it": "ECONOMIA", "pt": "ECONOMIA"}
PUBLISHED = {"en": "Published", "fr": "Publié le", "de": "Veröffentlicht am", "es": "Publicado el", "it": "Pubblicato il", "pt": "Publicado em"}
UPDATED = {"en": "Updated", "fr": "Mis à jour le", "de": "Aktualisiert am", "es": "Actualizado el", "it": "Aggiornato il", "pt": "Atualizado em"}


def web_copy_standfirst(a, desk, rng):
    """Copied from a web page: kicker, title, standfirst (first sentence), byline, Published/Updated lines, body, share junk."""
    first = a["body"][0].split(". ")[0].rstrip(".") + "."
    lines = [KICKER[desk], "", a["title"], "", first, ""]
    if a["authors"]:
        lines.append(byline(a["authors"], desk, rng))
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        lines.append(f"{PUBLISHED[desk]} {d.day:02d}/{d.month:02d}/{d.year} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
                     if desk != "en" else f"{PUBLISHED[desk]} {long_date(a['date'], 'en')}")
        u = d + datetime.timedelta(days=1)
        lines.append(f"{UPDATED[desk]} {u.day:02d}/{u.month:02d}/{u.year} 08:00" if desk != "en" else f"{UPDATED[desk]} {long_date(u.isoformat(), 'en')}")
    lines += ["", "\n\n".join(a["body"]), "", "Share", "Facebook", "Twitter", "E-mail"]
    e = expect(a, source=False)
    return "\n".join(lines) + "\n", e


def press_review_pdf(a, desk, rng):
    """Text pasted from a press-review PDF: site header, page number, hard-wrapped at 60 with hyphenation, title in caps."""
    src = a["source"] or "AFP"
    lines = [f"OSIRIS — Revue de presse", "", a["title"].upper() if rng.random() < 0.0 else a["title"], ""]
    meta = []
    if a["date"]:
        meta.append(long_date(a["date"], desk))
    meta.append(src)
    lines.append(" – ".join(meta))
    if a["authors"]:
        lines.append(byline(a["authors"], desk, rng))
    lines += ["", wrap(a["body"], 60), "", "Page 1/1"]
    e = expect(a); e["source"] = src
    return "\n".join(lines) + "\n", e

# Five more development layouts (stop 23, written after the held-out four below and tuned on;
# none copies a held-out form): an agency slug above the title, the date first and a byline in
# lower case, a signature with a role, a newsletter item, a subtitle above a dated byline.
ROLES = {"en": "correspondent in Nairobi", "fr": "correspondante à Dakar", "de": "Korrespondent in Wien",
         "es": "corresponsal en Lima", "it": "corrispondente da Bruxelles", "pt": "correspondente em Luanda"}


def wire_slug_top(a, desk, rng):
    """Agency and a keyword slug above the title; dateline opens the body; desk initials at the end."""
    agency = a["source"] or rng.choice(["AFP", "Reuters", "dpa", "EFE"])
    slug = "-".join(rng.sample(["FRA", "ECO", "PORT", "TRANSPORT", "AFRIQUE", "POL", "DIPLO"], 3))
    city = rng.choice(["PARIS", "DAKAR", "BERLIN", "MADRID", "ROME"])
    when = f", {long_date(a['date'], desk)}" if a["date"] else ""
    body = [f"{city}{when} ({agency}) - {a['body'][0]}"] + a["body"][1:]
    parts = [agency, slug, "", a["title"], ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng), ""]
    parts += ["\n\n".join(body), "", rng.choice(["jdo/ab", "mk/pb", "xx/yy"])]
    e = expect(a)
    e["source"] = agency
    return "\n".join(parts) + "\n", e


def date_first_lowercase_byline(a, desk, rng):
    """The date alone first, the title, a byline written in lower case (`par …`), the body."""
    parts = []
    if a["date"]:
        parts.append(any_date(a["date"], desk, rng))
    parts.append(a["title"])
    if a["authors"]:
        line = byline(a["authors"], desk, rng)
        parts.append(line[0].lower() + line[1:])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


def signed_with_role(a, desk, rng):
    """Title, body, then the author with a role after a comma, and the source line in parentheses."""
    parts = [a["title"], "", "\n\n".join(a["body"]), ""]
    if a["authors"]:
        parts.append(f"{', '.join(a['authors'])}, {ROLES[desk]}")
    src = a["source"] or "Agence Ecofin"
    parts.append(f"({LABELS[desk][3].rstrip(':').strip()} : {src})")
    e = expect(a, date=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def newsletter_item(a, desk, rng):
    """A newsletter item: bullet and title, `Source · date` line, the body, a read-more link text."""
    src = a["source"] or "Reuters"
    meta = src + (f" · {long_date(a['date'], desk)}" if a["date"] else "")
    more = {"en": "Read more", "fr": "Lire la suite", "de": "Weiterlesen", "es": "Leer más", "it": "Leggi tutto",
            "pt": "Leia mais"}[desk]
    parts = ["► " + a["title"], meta, "", "\n\n".join(a["body"]), "", more + " »"]
    e = expect(a, authors=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def subtitle_then_byline_datestamp(a, desk, rng):
    """Title, a subtitle without a period, a byline with date and time on one line, the body."""
    sub = " ".join(a["body"][0].split()[:9]).rstrip(".,;:")
    parts = [a["title"], sub]
    meta = []
    if a["authors"]:
        meta.append(byline(a["authors"], desk, rng))
    if a["date"]:
        meta.append(f"{long_date(a['date'], desk)}, {rng.randrange(24):02d}:{rng.randrange(60):02d} CET")
    if meta:
        parts.append(" | ".join(meta))
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)

# Four more development layouts (stop 23, tuned on): a feed item saved as text, a PDF's
# running header and page numbers, wire credits, a news app's share sheet.
def rss_item_text(a, desk, rng):
    """A feed item saved as text: `title:`-less title, the link, an RFC 822 date, the author's e-mail form, the text."""
    parts = [a["title"], f"https://news.example.org/{int(hashlib.sha1(a['key'].encode()).hexdigest(), 16) % 100000}"]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        wd = "Mon Tue Wed Thu Fri Sat Sun".split()[d.weekday()]
        mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[d.month - 1]
        parts.append(f"{wd}, {d.day:02d} {mo} {d.year} {rng.randrange(24):02d}:{rng.randrange(60):02d}:00 GMT")
    if a["authors"]:
        parts.append(f"{'.'.join(a['authors'][0].lower().split())}@example.org ({a['authors'][0]})")
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a, source=False)
    e["authors"] = a["authors"][:1]
    return "\n".join(parts) + "\n", e


def pdf_running_headers(a, desk, rng):
    """Text pasted from a PDF: a running header and a page footer repeated between body parts."""
    src = a["source"] or "AFP"
    header = f"{src} — {long_date(a['date'], desk)}" if a["date"] else src
    parts = [header, "", a["title"], ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng), ""]
    body = a["body"]
    half = max(1, len(body) // 2)
    parts += ["\n\n".join(body[:half]), "", "1", "", header, "", "\n\n".join(body[half:]) if body[half:] else "", "", "2"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def wire_credit_lines(a, desk, rng):
    """Title, `By A, Reuters` byline, body, then `Reporting by …; Editing by …` credits at the end."""
    agency = a["source"] or "Reuters"
    parts = [a["title"], ""]
    if a["authors"]:
        parts += [f"By {', '.join(a['authors'])}, {agency}" if len(a["authors"]) == 1 else byline(a["authors"], "en", rng, agency), ""]
    when = f"{long_date(a['date'], 'en')}" if a["date"] else ""
    if when:
        parts += [when, ""]
    parts += ["\n\n".join(a["body"]), ""]
    parts.append("(Editing by Mark Potter and Lisa Shumaker)")
    e = expect(a)
    e["source"] = agency if a["authors"] else None
    return "\n".join(parts) + "\n", e


def app_share_copy(a, desk, rng):
    """Shared from a news app: title, `Publication • 3h ago` or date, the text, `Sent from my iPhone`."""
    src = a["source"] or "Reuters"
    when = long_date(a["date"], desk) if a["date"] else f"{rng.randrange(2, 12)}h"
    parts = [a["title"], f"{src} • {when}", "", "\n\n".join(a["body"]), "", "Sent from my iPhone"]
    e = expect(a, authors=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


# Held-out layouts written at stop 23 after the five above were tuned on, scored and never
# tuned on (their names hash to held-out): a media-monitoring export, a blogging platform's
# page copied as text, an e-paper reader's export with the byline in capitals, tab-separated
# labels.
def monitoring_export(a, desk, rng):
    """`Title | Publication | 3 Mar 2026` on one line, the body, a `Read more` link at the end."""
    src = a["source"] or "Reuters"
    head = [a["title"], src]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        head.append(f"{d.day} {MONTHS['en'].split()[d.month - 1][:3]} {d.year}")
    parts = [" | ".join(head), ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng), ""]
    parts += ["\n\n".join(a["body"]), "", "Read more: https://news.example.com/article/123456"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def medium_copy(a, desk, rng):
    """A blogging platform's page: title, subtitle, author, `Follow`, `5 min read`, `·`, date."""
    parts = [a["title"], a["body"][0].split(". ")[0].rstrip(".") + "."]
    if a["authors"]:
        parts += [a["authors"][0], "Follow"]
    parts.append(f"{rng.randrange(2, 12)} min read")
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts += ["·", f"{MONTHS['en'].split()[d.month - 1][:3]} {d.day}, {d.year}"]
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a, source=False)
    e["authors"] = a["authors"][:1]
    return "\n".join(parts) + "\n", e


def epaper_byline_caps(a, desk, rng):
    """An e-paper reader's export: publication and date, then the byline in capitals, the title."""
    src = a["source"] or "Reuters"
    parts = [src + (f" · {long_date(a['date'], desk)}" if a["date"] else ""), ""]
    if a["authors"]:
        parts.append(" & ".join(n.upper() for n in a["authors"]))
    parts += [a["title"], "", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


def labels_with_tabs(a, desk, rng):
    """Labels followed by a tab instead of a space, date first, headline last."""
    t, au, d, s = LABELS[desk]
    head = []
    if a["date"]:
        head.append(f"{d}\t{any_date(a['date'], desk, rng)}")
    if a["authors"]:
        head.append(f"{au}\t{'; '.join(a['authors'])}")
    if a["source"]:
        head.append(f"{s}\t{a['source']}")
    head.append(f"{t}\t{a['title']}")
    return "\n".join(head) + "\n\n" + wrap(a["body"]) + "\n", expect(a)


# Held-out layouts written at the end of stop 23, after every tuning round, and only scored:
# a table of labels with pipes, a forward quoted with `>`, a text browser's dump with its link
# references, a press-cutting service's header.
def pipe_table_labels(a, desk, rng):
    """`Label | value` rows (a table pasted as text), a blank line, the body."""
    t, au, d, s = (label.rstrip(": ").strip() for label in LABELS[desk])
    rows = [f"{t} | {a['title']}"]
    if a["authors"]:
        rows.append(f"{au} | {', '.join(a['authors'])}")
    if a["date"]:
        rows.append(f"{d} | {any_date(a['date'], desk, rng)}")
    if a["source"]:
        rows.append(f"{s} | {a['source']}")
    return "\n".join(rows) + "\n\n" + "\n\n".join(a["body"]) + "\n", expect(a)


def gt_quoted_forward(a, desk, rng):
    """A mail forwarding an article quoted with `> `: a greeting above, the article quoted."""
    greeting = {"en": "Hi all, see below.", "fr": "Bonjour, voir ci-dessous.", "de": "Hallo, siehe unten.",
                "es": "Hola, ver abajo.", "it": "Ciao, vedi sotto.", "pt": "Olá, ver abaixo."}[desk]
    quoted = [a["title"], ""]
    if a["authors"]:
        quoted.append(byline(a["authors"], desk, rng))
    if a["date"]:
        quoted.append(long_date(a["date"], desk))
    quoted += [""] + wrap(a["body"], 70).split("\n")
    text = greeting + "\n\n" + "\n".join(("> " + line).rstrip() for line in quoted) + "\n"
    return text, expect(a, source=False)


def indented_text_dump(a, desk, rng):
    """A text browser's dump: everything indented by three spaces, link references at the end."""
    parts = [a["title"], ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng)]
    if a["date"]:
        parts += [long_date(a["date"], desk)]
    parts += [""] + wrap(a["body"], 74).split("\n")
    refs = ["", "References", "", "   1. https://news.example.org/", "   2. https://news.example.org/about"]
    return "\n".join(("   " + line) if line else "" for line in parts) + "\n" + "\n".join(refs) + "\n", \
        expect(a, source=False)


def cutting_service_header(a, desk, rng):
    """A press-cutting service's sheet: service line, `Publication · date · page`, title, author, body."""
    src = a["source"] or "Reuters"
    meta = [src]
    if a["date"]:
        meta.append(any_date(a["date"], desk, rng))
    meta.append(f"p. {rng.randrange(1, 40)}")
    parts = ["PRESSCUT · Client: OSIRIS · Ref. 2026-0042", " · ".join(meta), "", a["title"]]
    if a["authors"]:
        parts.append(", ".join(a["authors"]))
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


LAYOUTS = {f.__name__: f for f in [
    seed_trailer, labelled_header, forwarded_mail, author_and_copyright_at_end, title_byline_date,
    byline_with_agency, byline_carrying_date, wire_dateline, markdown_heading, date_agency_header,
    crlf_bom_labels_bottom, trailer_variant_title, sent_and_from_after_subject,
    source_line_top_title_second, database_factiva, database_nexis_uni, database_europresse,
    web_copy_standfirst, press_review_pdf, monitoring_export, medium_copy, epaper_byline_caps, labels_with_tabs,
    wire_slug_top, date_first_lowercase_byline, signed_with_role, newsletter_item, subtitle_then_byline_datestamp,
    rss_item_text, pdf_running_headers, wire_credit_lines, app_share_copy, pipe_table_labels, gt_quoted_forward,
    indented_text_dump, cutting_service_header,
]}

TUNED_AFTER_WRITING = {"database_factiva", "database_nexis_uni", "database_europresse", "web_copy_standfirst",
                       "press_review_pdf", "wire_slug_top", "date_first_lowercase_byline", "signed_with_role",
                       "newsletter_item", "subtitle_then_byline_datestamp", "rss_item_text", "pdf_running_headers",
                       "wire_credit_lines", "app_share_copy"}


# Stop 24: eighteen layouts written by an engineer who does not tune the reader. Their names
# are neutral; text_eval.py's hash puts twelve in development and six held-out. Whoever tunes
# the reader reads the development ones (commented) and never the held-out ones (uncommented,
# after the development section); text_eval.py scores the held-out ones in a block of their own.
ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
}
OUTLETS = ["Le Figaro", "Süddeutsche Zeitung", "El País", "Corriere della Sera", "Público", "The Guardian"]
AGENCY = {"en": "Reuters", "fr": "AFP", "de": "dpa", "es": "EFE", "it": "ANSA", "pt": "Lusa"}
CITY = {"en": "London", "fr": "Paris", "de": "Berlin", "es": "Madrid", "it": "Roma", "pt": "Lisboa"}


def short_date(iso, desk):
    """`3 Mar 2026` with the desk's month abbreviation."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {ABBR[desk].split()[d.month - 1]} {d.year}"


def numeric_date(iso, desk):
    """Day-first numeric date; ISO for the English desk (whose numeric dates are month-first)."""
    d = datetime.date.fromisoformat(iso)
    return iso if desk == "en" else f"{d.day:02d}.{d.month:02d}.{d.year}" if desk == "de" else \
        f"{d.day:02d}/{d.month:02d}/{d.year}"


def clock(rng):
    return f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"


def joined(names, desk):
    """Names joined as a byline joins them, without the `By`."""
    return byline(names, desk, None).split(" ", 1)[1]


def stamp(iso, desk, rng):
    """A date with the time, as news sites print it in each language."""
    d = datetime.date.fromisoformat(iso)
    h, m = rng.randrange(6, 23), rng.randrange(60)
    return {"en": f"{long_date(iso, 'en')}, {h % 12 or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'} ET",
            "fr": f"Publié le {d.day:02d}/{d.month:02d}/{d.year} à {h}h{m:02d}",
            "de": f"{d.day:02d}.{d.month:02d}.{d.year}, {h:02d}.{m:02d} Uhr",
            "es": f"{short_date(iso, 'es')} - {h:02d}:{m:02d} CET",
            "it": f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}",
            "pt": f"{d.day:02d}/{d.month:02d}/{d.year} - {h:02d}h{m:02d}"}[desk]


def columns(paragraphs, width=42):
    """Narrow print columns: words split with a hyphen at the line end where they do not fit."""
    out = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                cut = width - len(line) - 2
                if word.isalpha() and 3 <= cut <= len(word) - 3:
                    lines.append(f"{line} {word[:cut]}-")
                    word = word[cut:]
                else:
                    lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append("\n".join(lines + [line]))
    return "\n\n".join(out)


CRUMBS = {"en": "Home › World › Europe", "fr": "Accueil › International › Europe",
          "de": "Startseite › Politik › Ausland", "es": "Portada › Internacional › Europa",
          "it": "Home › Mondo › Europa", "pt": "Início › Mundo › Europa"}
UPDATED_AGO = {"en": "Updated {n} hours ago", "fr": "Mis à jour il y a {n} heures",
               "de": "Aktualisiert vor {n} Stunden", "es": "Actualizado hace {n} horas", "it": "Aggiornato {n} ore fa",
               "pt": "Atualizado há {n} horas"}
READING = {"en": "{n} min read", "fr": "Lecture : {n} min", "de": "Lesezeit: {n} Min.", "es": "Lectura: {n} min",
           "it": "Lettura: {n} min", "pt": "Leitura: {n} min"}
ADVERT = {"en": "Advertisement", "fr": "Publicité", "de": "Anzeige", "es": "Publicidad", "it": "Pubblicità",
          "pt": "Publicidade"}


# Site copied from a browser: breadcrumb, title, byline, date+time `· Updated 3 hours ago`, reading time, ad label.
def desk_s24_02(a, desk, rng):
    parts = [CRUMBS[desk], "", a["title"], ""]
    if a["authors"]:
        parts.append(byline(a["authors"], desk, rng))
    if a["date"]:
        parts.append(f"{long_date(a['date'], desk)} {clock(rng)} · {UPDATED_AGO[desk].format(n=rng.randrange(2, 9))}")
    body = list(a["body"])
    body.insert(1, ADVERT[desk])
    parts += [READING[desk].format(n=rng.randrange(2, 9)), "", "\n\n".join(body)]
    return "\n".join(parts) + "\n", expect(a, source=False)


KIND = {"en": ("Analysis by", "Opinion by"), "fr": ("Une analyse de", "Une chronique de"),
        "de": ("Eine Analyse von", "Ein Kommentar von"), "es": ("Análisis de", "Opinión de"),
        "it": ("Un'analisi di", "Il commento di"), "pt": ("Análise de", "Opinião de")}


# Analysis/opinion piece: title, `Eine Analyse von A`, the site's date-and-time stamp, body; no source.
def desk_s24_03(a, desk, rng):
    parts = [a["title"], ""]
    if a["authors"]:
        parts.append(f"{rng.choice(KIND[desk])} {joined(a['authors'], desk)}")
    if a["date"]:
        parts.append(stamp(a["date"], desk, rng))
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


# Newspaper site: title, standfirst, the author's name alone, `Madrid - 03 mar 2026 - 10:42 CET`, body; no source.
def desk_s24_06(a, desk, rng):
    parts = [a["title"], a["body"][0].split(". ")[0].rstrip(".") + ".", ""]
    if a["authors"]:
        parts.append(joined(a["authors"], desk))
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts.append(f"{CITY[desk]} - {d.day:02d} {ABBR[desk].split()[d.month - 1]} {d.year} - {clock(rng)} CET")
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


CREDIT = {"en": "By {s} Staff", "fr": "Rédaction {s}", "de": "Redaktion {s}", "es": "Redacción {s}",
          "it": "Redazione {s}", "pt": "Redação {s}"}


# Agency copy credited to the newsroom, no person: title, `Redazione ANSA ROMA 3 marzo 2026 10:42` on one line, body.
def desk_s24_07(a, desk, rng):
    src = a["source"] or AGENCY[desk]
    sep = ", " if desk == "en" else " "
    line = CREDIT[desk].format(s=src) + sep + CITY[desk].upper()
    if a["date"]:
        line += f"{sep}{long_date(a['date'], desk)} {clock(rng)}"
    e = expect(a, authors=False)
    e["source"] = src
    return "\n".join([a["title"], line, "", "\n\n".join(a["body"])]) + "\n", e


MONITOR = {  # outlet, date, headline, journalist, section, reach, tone labels; the word for a neutral tone
    "en": ("Outlet", "Publication date", "Headline", "Journalist", "Section", "Reach", "Tone", "neutral"),
    "fr": ("Support", "Date de parution", "Titre de l'article", "Journaliste", "Rubrique", "Audience", "Tonalité",
           "neutre"),
    "de": ("Medium", "Erscheinungsdatum", "Schlagzeile", "Journalist", "Ressort", "Reichweite", "Tonalität",
           "neutral"),
    "es": ("Medio", "Fecha de publicación", "Titular", "Periodista", "Sección", "Audiencia", "Tono", "neutro"),
    "it": ("Testata", "Data di pubblicazione", "Titolo articolo", "Giornalista", "Sezione", "Diffusione", "Tono",
           "neutro"),
    "pt": ("Veículo", "Data de publicação", "Manchete", "Jornalista", "Secção", "Audiência", "Tom", "neutro"),
}


# Media-monitoring alert: `Outlet:`, `Publication date:`, `Headline:`, `Journalist:`, section, reach, tone; the text.
def desk_s24_08(a, desk, rng):
    o, d, h, j, s, r, t, neutral = MONITOR[desk]
    src = a["source"] or rng.choice(OUTLETS)
    rows = [(o, src)] + ([(d, numeric_date(a["date"], desk))] if a["date"] else []) + [(h, a["title"])]
    rows += [(j, "; ".join(a["authors"]))] if a["authors"] else []
    rows += [(s, KICKER[desk].capitalize()), (r, f"{rng.randrange(20, 900) * 1000:,}"), (t, neutral)]
    colon = " : " if desk == "fr" else ": "
    e = expect(a)
    e["source"] = src
    return "\n".join(k + colon + v for k, v in rows) + "\n\n" + "\n\n".join(a["body"]) + "\n", e


# OCR of a print page: running head `PUBLICATION  weekday date  page`, title wrapped at 48, byline, hyphenated columns.
def desk_s24_09(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    when = [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    head = [src.upper()] + when + [str(rng.randrange(2, 40))]
    parts = ["   ".join(head), "", textwrap.fill(a["title"], 48), ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng), ""]
    parts += [columns(a["body"]) + " ■"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


REVIEW = {"en": "PRESS REVIEW – Communications Department", "fr": "REVUE DE PRESSE – Direction de la communication",
          "de": "PRESSESPIEGEL – Unternehmenskommunikation",
          "es": "RESUMEN DE PRENSA – Dirección de Comunicación",
          "it": "RASSEGNA STAMPA – Ufficio Stampa", "pt": "CLIPPING – Direção de Comunicação"}
FULL = {"en": "Read the full article", "fr": "Lire l'article complet", "de": "Ganzen Artikel lesen",
        "es": "Leer el artículo completo", "it": "Leggi l'articolo completo", "pt": "Ler o artigo completo"}


# Intranet press review: review header, `[Publication] Title`, `date – author`, body, a full-article link text.
def desk_s24_11(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    meta = ([long_date(a["date"], desk)] if a["date"] else []) + ([joined(a["authors"], desk)] if a["authors"] else [])
    parts = [REVIEW[desk], "", f"[{src}] {a['title']}"] + ([" – ".join(meta)] if meta else [])
    parts += ["", "\n\n".join(a["body"]), "", f"→ {FULL[desk]}"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


UNSUBSCRIBE = {"en": "Unsubscribe", "fr": "Se désinscrire", "de": "Abmelden", "es": "Darse de baja",
               "it": "Annulla iscrizione", "pt": "Cancelar subscrição"}


# Raw .eml (CRLF) of a newsletter: Received/Date/`From: "Publication"`/Subject/MIME headers, title, byline, text.
def desk_s24_12(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    mid = f"{rng.getrandbits(64):016x}"
    head = ["Return-Path: <newsletter@news.example.org>",
            f"Received: from mail.news.example.org (mail.news.example.org [192.0.2.{rng.randrange(1, 255)}])",
            f"\tby mx.example.org with ESMTPS id {mid[:10]}"]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        wd, mo = "Mon Tue Wed Thu Fri Sat Sun".split()[d.weekday()], ABBR["en"].split()[d.month - 1]
        head.append(f"Date: {wd}, {d.day} {mo} {d.year} {clock(rng)}:00 +0100")
    head += [f'From: "{src}" <newsletter@news.example.org>', "To: desk@example.org", f"Subject: {a['title']}",
             f"Message-ID: <{mid}@news.example.org>", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
             "Content-Transfer-Encoding: 8bit", "", a["title"], ""]
    head += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    lines = head + [wrap(a["body"], 76), "", "--", f"{UNSUBSCRIBE[desk]}: https://news.example.org/u/{mid[:8]}"]
    e = expect(a)
    e["source"] = src
    return "\r\n".join("\n".join(lines).split("\n")) + "\r\n", e


BRIEFING = {"en": ("Morning Briefing", "View in browser"), "fr": ("La Matinale", "Voir la version en ligne"),
            "de": ("Morgenlage", "Im Browser ansehen"), "es": ("Resumen de la mañana", "Ver en el navegador"),
            "it": ("Il Buongiorno", "Visualizza nel browser"), "pt": ("Resumo da manhã", "Ver no navegador")}


# Text part of an HTML newsletter: masthead, `View in browser <url>`, `Title <url>`, `Publication – date`, byline.
def desk_s24_14(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    n = rng.randrange(10 ** 5, 10 ** 6)
    name, view = BRIEFING[desk]
    parts = [name, f"{view} <https://news.example.org/view/{n}>", "—" * 30, "",
             f"{a['title']} <https://news.example.org/a/{n}>",
             src + (f" – {long_date(a['date'], desk)}" if a["date"] else "")]
    if a["authors"]:
        parts.append(byline(a["authors"], desk, rng))
    parts += ["", "\n\n".join(a["body"]), "", "—" * 30, f"{UNSUBSCRIBE[desk]} <https://news.example.org/u/{n}>"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


SUBHEAD = {"en": "Background", "fr": "Contexte", "de": "Hintergrund", "es": "Contexto", "it": "Il contesto",
           "pt": "Contexto"}


# Text rendering of a page: title underlined with `=`, byline, date, a `-`-underlined subheading, `Source: X` last.
def desk_s24_16(a, desk, rng):
    parts = [a["title"], "=" * min(len(a["title"]), 72), ""]
    if a["authors"]:
        parts.append(byline(a["authors"], desk, rng))
    if a["date"]:
        parts.append(long_date(a["date"], desk))
    body = list(a["body"])
    body.insert(min(2, len(body) - 1), f"{SUBHEAD[desk]}\n{'-' * len(SUBHEAD[desk])}")
    parts += ["", "\n\n".join(body)]
    if a["source"]:
        parts += ["", "-" * 20, f"{LABELS[desk][3]} {a['source']}"]
    return "\n".join(parts) + "\n", expect(a)


AS_OF = {"en": "Last updated: {long}, {t} GMT", "fr": "Mis à jour le {n} à {t}", "de": "Stand: {n} {t} Uhr",
         "es": "Actualizado: {n} {t} h", "it": "Aggiornato il {n} alle {t}", "pt": "Atualizado em {n} às {t}"}


# Title, an update stamp as the only date (`Stand: 03.03.2026 10:42 Uhr`), body, `Von A, dpa` or `(dpa)` last.
def desk_s24_17(a, desk, rng):
    src = a["source"] or AGENCY[desk]
    parts = [a["title"]]
    if a["date"]:
        parts.append(AS_OF[desk].format(long=long_date(a["date"], "en"), n=numeric_date(a["date"], desk), t=clock(rng)))
    parts += ["", "\n\n".join(a["body"]), "", byline(a["authors"], desk, rng, src) if a["authors"] else f"({src})"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


BROADCAST = {  # programme, channel, broadcast, topic, reporter, transcript; the station and one of its programmes
    "en": ("Programme", "Channel", "Broadcast", "Topic", "Reporter", "Transcript", "BBC Radio 4", "Today"),
    "fr": ("Émission", "Chaîne", "Diffusion", "Sujet", "Journaliste", "Transcription", "France Info",
           "Le journal de 8h"),
    "de": ("Sendung", "Sender", "Ausstrahlung", "Thema", "Reporter", "Transkript", "Deutschlandfunk",
           "Informationen am Morgen"),
    "es": ("Programa", "Cadena", "Emisión", "Tema", "Periodista", "Transcripción", "Cadena SER", "Hoy por hoy"),
    "it": ("Programma", "Emittente", "Messa in onda", "Argomento", "Giornalista", "Trascrizione", "Rai Radio 1", "GR1"),
    "pt": ("Programa", "Canal", "Emissão", "Tema", "Jornalista", "Transcrição", "Antena 1", "Jornal da Manhã"),
}


# Broadcast monitoring: programme, channel (the source), broadcast date, topic (the title), reporter, transcript.
def desk_s24_18(a, desk, rng):
    p, c, b, t, r, x, station, show = BROADCAST[desk]
    rows = [(p, show), (c, station)]
    rows += [(b, f"{long_date(a['date'], desk)}, 0{rng.randrange(6, 9)}:{rng.randrange(60):02d}")] if a["date"] else []
    rows += [(t, a["title"])] + ([(r, ", ".join(a["authors"]))] if a["authors"] else [])
    colon = " : " if desk == "fr" else ": "
    e = expect(a)
    e["source"] = station
    text = "\n".join(k + colon + v for k, v in rows) + f"\n\n{x}{colon.rstrip()}\n\n" + "\n\n".join(a["body"])
    return text + "\n", e


# Stop 24, second batch (BLIND_S24B): eighteen more layouts by an engineer who does not tune the
# reader, names neutral; text_eval.py's hash puts thirteen in development (below, commented) and
# five held-out (uncommented, after the line that ends the development section).
PEOPLE = ["Hélène Roux", "Stefan Krüger", "Carmen Ortiz", "Giulia Bianchi", "Rui Almeida", "Sarah Collins"]


def later(iso, rng, low, high):
    """A date `low`..`high` days after `iso` (after a fixed day of 2026 when `iso` is None), ISO form."""
    start = datetime.date.fromisoformat(iso) if iso else datetime.date(2026, 2, 1)
    return (start + datetime.timedelta(days=rng.randrange(low, high + 1))).isoformat()


ALERT = {  # service, news heading, flag link, footer
    "en": ("Google Alerts", "NEWS", "Flag as irrelevant",
           "You have received this email because you have subscribed to Google Alerts."),
    "fr": ("Alertes Google", "ACTUALITÉS", "Signaler comme non pertinent",
           "Vous avez reçu cet e-mail, car vous êtes abonné aux Alertes Google."),
    "de": ("Google Alerts", "NACHRICHTEN", "Als irrelevant melden",
           "Sie haben diese E-Mail erhalten, weil Sie Google Alerts abonniert haben."),
    "es": ("Alertas de Google", "NOTICIAS", "Marcar como no relevante",
           "Has recibido este mensaje porque te has suscrito a Alertas de Google."),
    "it": ("Google Alert", "NOTIZIE", "Segnala come non pertinente",
           "Hai ricevuto questa email perché sei iscritto a Google Alert."),
    "pt": ("Alertas do Google", "NOTÍCIAS", "Sinalizar como irrelevante",
           "Você recebeu este e-mail porque se inscreveu nos Alertas do Google."),
}


# Search-alert digest: service, keyword, `NEWS`, title, publication, snippet cut with `...`; no author, no date.
def desk_s24b_02(a, desk, rng):
    service, news, flag, footer = ALERT[desk]
    src = a["source"] or rng.choice(OUTLETS)
    keyword = max((w.strip(".,:;!?\"'«»()") for w in a["title"].split()), key=len)
    snippet = " ".join(a["body"][0].split()[:28]) + " ..."
    parts = [service, keyword, "", news, "", a["title"], src, snippet, flag, "", footer]
    e = expect(a, authors=False, date=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


SOCIAL = {  # poster's headline, `{n}d`, the poster's comment naming the publication, reactions
    "en": ("Head of Communications at OSIRIS", "{n}d", "Worth a read from {s} 👇",
           "Like · Comment · Repost · Send"),
    "fr": ("Responsable communication chez OSIRIS", "{n} j", "À lire dans {s} 👇",
           "J'aime · Commenter · Republier · Envoyer"),
    "de": ("Leiterin Kommunikation bei OSIRIS", "{n} Tg.", "Lesenswert, erschienen in {s} 👇",
           "Gefällt mir · Kommentieren · Reposten · Senden"),
    "es": ("Directora de Comunicación en OSIRIS", "{n} d", "Interesante artículo publicado en {s} 👇",
           "Recomendar · Comentar · Compartir · Enviar"),
    "it": ("Responsabile comunicazione presso OSIRIS", "{n} g", "Da leggere, uscito su {s} 👇",
           "Consiglia · Commenta · Diffondi il post · Invia"),
    "pt": ("Diretora de Comunicação na OSIRIS", "{n} d", "Vale a leitura, publicado em {s} 👇",
           "Gostei · Comentar · Compartilhar · Enviar"),
}


# Professional-network post: poster's name and headline, `2d •`, comment naming the publication, title, byline, text.
def desk_s24b_03(a, desk, rng):
    headline, ago, comment, reactions = SOCIAL[desk]
    src = a["source"] or rng.choice(OUTLETS)
    parts = [rng.choice(PEOPLE), headline, ago.format(n=rng.randrange(1, 6)) + " • 🌐", "",
             comment.format(s=src), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "#" + KICKER[desk].lower(), "", reactions]
    e = expect(a, date=False)
    e["source"] = src
    return "\n".join(parts) + "\n", e


THANKS = {"en": "Thanks!", "fr": "Merci !", "de": "Danke!", "es": "¡Gracias!", "it": "Grazie!", "pt": "Obrigado!"}


# Exported chat: `[04/03/2026, 09:12:40] Sender: *Title*`, `_Publication · date_`, byline, the text, a reply.
def desk_s24b_04(a, desk, rng):
    sender, other = rng.sample(PEOPLE, 2)
    sent = datetime.date.fromisoformat(later(a["date"], rng, 1, 3))
    when = f"[{sent.day:02d}/{sent.month:02d}/{sent.year}, {clock(rng)}:{rng.randrange(60):02d}]"
    src = a["source"] or rng.choice(OUTLETS)
    lines = [f"{when} {sender}: *{a['title']}*",
             f"_{src}" + (f" · {long_date(a['date'], desk)}_" if a["date"] else "_")]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += ["", "\n\n".join(a["body"]), f"{when[:-3]}{rng.randrange(10, 60)}] {other}: {THANKS[desk]}"]
    e = expect(a)
    e["source"] = src
    return "\n".join(lines) + "\n", e


DOC_REVIEW = {"en": ("PRESS REVIEW", "Contents"), "fr": ("REVUE DE PRESSE", "Sommaire"),
              "de": ("PRESSESPIEGEL", "Inhalt"), "es": ("RESUMEN DE PRENSA", "Sumario"),
              "it": ("RASSEGNA STAMPA", "Sommario"), "pt": ("CLIPPING DE IMPRENSA", "Índice")}


# Word review saved as text (CRLF): review name, its own later date, contents, page break, `Publication – date`, title
def desk_s24b_05(a, desk, rng):
    review, contents = DOC_REVIEW[desk]
    src = a["source"] or rng.choice(OUTLETS)
    lines = [f"{review}\t\t{long_date(later(a['date'], rng, 1, 2), desk, weekday=True)}", "", contents,
             f"1.\t{src}\t{a['title']}\t2", "\f" + src + (f" – {long_date(a['date'], desk)}" if a["date"] else ""),
             a["title"]]
    lines += [joined(a["authors"], desk)] if a["authors"] else []
    lines += [""] + list(a["body"])
    e = expect(a)
    e["source"] = src
    return "\r\n".join(lines) + "\r\n", e


RELATED = {
    "en": ("Related articles", ["Central bank holds rates steady as inflation eases",
                                "Port strike enters its second week",
                                "Five things to know before markets open"]),
    "fr": ("À lire aussi", ["La banque centrale maintient ses taux directeurs",
                            "La grève du port entre dans sa deuxième semaine",
                            "Cinq choses à savoir avant l'ouverture des marchés"]),
    "de": ("Mehr zum Thema", ["Zentralbank lässt den Leitzins unverändert", "Hafenstreik geht in die zweite Woche",
                              "Fünf Dinge, die Sie vor Börsenstart wissen müssen"]),
    "es": ("Te puede interesar", ["El banco central mantiene los tipos de interés",
                                  "La huelga del puerto entra en su segunda semana",
                                  "Cinco claves antes de la apertura de los mercados"]),
    "it": ("Leggi anche", ["La banca centrale lascia i tassi invariati",
                           "Lo sciopero al porto entra nella seconda settimana",
                           "Cinque cose da sapere prima dell'apertura dei mercati"]),
    "pt": ("Leia também", ["Banco central mantém as taxas de juro", "Greve no porto entra na segunda semana",
                           "Cinco coisas a saber antes da abertura dos mercados"]),
}


# Site copy: title, byline, date, text, then a related-articles list whose headlines carry earlier dates of their own.
def desk_s24b_06(a, desk, rng):
    heading, others = RELATED[desk]
    parts = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", heading]
    base = a["date"] or "2025-11-20"
    for other in others:
        day = (datetime.date.fromisoformat(base) - datetime.timedelta(days=rng.randrange(1, 40))).isoformat()
        parts.append(f"{other} – {short_date(day, desk)}")
    return "\n".join(parts) + "\n", expect(a, source=False)


PRINTED = {  # with a date, without one
    "en": ("A version of this article appeared in the print edition of {s} on {d}, page {p}.",
           "A version of this article appeared in the print edition of {s}, page {p}."),
    "fr": ("Cet article est paru dans l'édition imprimée de {s} du {d}, page {p}.",
           "Cet article est paru dans l'édition imprimée de {s}, page {p}."),
    "de": ("Dieser Artikel erschien in der Printausgabe von {s} vom {d}, Seite {p}.",
           "Dieser Artikel erschien in der Printausgabe von {s}, Seite {p}."),
    "es": ("Este artículo se publicó en la edición impresa de {s} del {d}, página {p}.",
           "Este artículo se publicó en la edición impresa de {s}, página {p}."),
    "it": ("Questo articolo è uscito sull'edizione cartacea di {s} del {d}, pagina {p}.",
           "Questo articolo è uscito sull'edizione cartacea di {s}, pagina {p}."),
    "pt": ("Este artigo foi publicado na edição impressa de {s} de {d}, página {p}.",
           "Este artigo foi publicado na edição impressa de {s}, página {p}."),
}


# Title, byline, text, then a print-edition note naming the publication and the edition's date (the publication date).
def desk_s24b_07(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    dated, undated = PRINTED[desk]
    note = dated.format(s=src, d=long_date(a["date"], desk), p=rng.randrange(2, 30)) if a["date"] else \
        undated.format(s=src, p=rng.randrange(2, 30))
    parts = [a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    parts += ["\n\n".join(a["body"]), "", note]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


CREDITS = {"en": ("Text: {a}", "Photos: {p}", " | "), "fr": ("Texte : {a}", "Photos : {p}", " – "),
           "de": ("Text: {a}", "Fotos: {p}", " / "), "es": ("Texto: {a}", "Fotografía: {p}", " | "),
           "it": ("Testo di {a}", "foto di {p}", " – "), "pt": ("Texto de {a}", "fotografia de {p}", " • ")}


# Title, a credits line for text and photos (`Texto de A • fotografia de B`; photos only if unsigned), date, text.
def desk_s24b_10(a, desk, rng):
    text, photos, sep = CREDITS[desk]
    photo = photos.format(p=rng.choice(PEOPLE))
    line = text.format(a=joined(a["authors"], desk)) + sep + photo if a["authors"] else photo[0].upper() + photo[1:]
    parts = [a["title"], line] + ([f"{numeric_date(a['date'], desk)} {clock(rng)}"] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


# Terminal wire story: title, `2026-03-03 10:42:17.381 GMT`, `By A`, `(Agency) -- ` text, reporter and editor contacts.
def desk_s24b_11(a, desk, rng):
    src = a["source"] or "Bloomberg"

    def mail(name):
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().split()
        return plain[0][0] + plain[-1] + "@bloomberg.net"

    parts = [a["title"]]
    parts += [f"{a['date']} {clock(rng)}:{rng.randrange(60):02d}.{rng.randrange(1000):03d} GMT"] if a["date"] else []
    parts += ["", byline(a["authors"], "en", rng)] if a["authors"] else []
    parts += ["", f"({src}) -- " + "\n\n".join(a["body"]), ""]
    if a["authors"]:
        parts.append(f"To contact the reporter{'s' if len(a['authors']) > 1 else ''} on this story:")
        parts += [f"{name} in {rng.choice(list(CITY.values()))} at {mail(name)}" for name in a["authors"]]
    editors = rng.sample(PEOPLE, 2)
    parts += ["To contact the editors responsible for this story:", ", ".join(f"{n} at {mail(n)}" for n in editors)]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


ARGUS = {  # media type, circulation, page, area, order, reference, date
    "en": ("Media type: Print", "Circulation", "Page", "Area", "Order", "Reference", "Date"),
    "fr": ("Genre de média : Imprimé", "Tirage", "Page", "Surface", "Mandat", "Référence", "Date"),
    "de": ("Medienart: Print", "Auflage", "Seite", "Fläche", "Auftrag", "Referenz", "Datum"),
    "es": ("Tipo de medio: Impreso", "Tirada", "Página", "Superficie", "Pedido", "Referencia", "Fecha"),
    "it": ("Tipo di media: Stampa", "Tiratura", "Pagina", "Superficie", "Ordine", "Riferimento", "Data"),
    "pt": ("Tipo de meio: Imprensa", "Tiragem", "Página", "Área", "Pedido", "Referência", "Data"),
}


# Print-clipping sheet: two columns (publication, address, phone, web | media data), labelled date, title, byline, text.
def desk_s24b_12(a, desk, rng):
    kind, circ, page, area, order, ref, date = ARGUS[desk]
    src = a["source"] or rng.choice(OUTLETS)
    colon = " : " if desk == "fr" else ": "
    web = "www." + "".join(c for c in src.lower() if c.isalnum())[:20] + ".ch"
    left = [src, f"{rng.randrange(1000, 9999)} {CITY[desk]}",
            f"Tel. 0{rng.randrange(21, 91)} {rng.randrange(100, 999)} "
            f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}", web, "", ""]
    left.append(date + colon + numeric_date(a["date"], desk) if a["date"] else "")
    right = [kind, f"{circ}{colon}{rng.randrange(10, 300)}'{rng.randrange(100, 999)}", "",
             f"{page}{colon}{rng.randrange(1, 40)}",
             f"{area}{colon}{rng.randrange(10, 99)}'{rng.randrange(100, 999)} mm²",
             f"{order}{colon}{rng.randrange(10 ** 6, 10 ** 7)}",
             f"{ref}{colon}{rng.randrange(10 ** 7, 10 ** 8)}"]
    parts = [f"{l_:<42}{r}".rstrip() for l_, r in zip(left, right)] + ["", a["title"], ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts.append("\n\n".join(a["body"]))
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


QUOTE = {"en": ("“{q}”", "spokesperson for the ministry"), "fr": ("« {q} »", "porte-parole du ministère"),
         "de": ("„{q}“", "Sprecherin des Ministeriums"), "es": ("«{q}»", "portavoz del ministerio"),
         "it": ("«{q}»", "portavoce del ministero"), "pt": ("«{q}»", "porta-voz do ministério")}


# Title, a pull quote with `— Name, role` under it, then the byline and date, the text; no source.
def desk_s24b_13(a, desk, rng):
    marks, role = QUOTE[desk]
    sentences = [s.strip() for p in a["body"] for s in p.split(". ") if 8 <= len(s.split()) <= 30]
    quote = (rng.choice(sentences) if sentences else " ".join(a["body"][0].split()[:20])).rstrip(".") + "."
    parts = [a["title"], "", marks.format(q=quote), f"— {rng.choice(PEOPLE)}, {role}", ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


INFOBOX = {  # heading, when, where, place, admission
    "en": ("INFO", "When:", "Where:", "City Hall", "Admission free"),
    "fr": ("PRATIQUE", "Quand :", "Où :", "Hôtel de ville", "Entrée libre"),
    "de": ("INFO", "Wann:", "Wo:", "Rathaus", "Eintritt frei"),
    "es": ("SI VAS", "Cuándo:", "Dónde:", "Ayuntamiento", "Entrada libre"),
    "it": ("INFO", "Quando:", "Dove:", "Municipio", "Ingresso libero"),
    "pt": ("AGENDA", "Quando:", "Onde:", "Câmara Municipal", "Entrada livre"),
}


# Local news copy: title, byline, numeric date and time, text, an info box with a later event date and place.
def desk_s24b_15(a, desk, rng):
    heading, when, where, place, free = INFOBOX[desk]
    parts = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [f"{numeric_date(a['date'], desk)} {clock(rng)}"] if a["date"] else []
    event = long_date(later(a["date"], rng, 4, 25), desk, weekday=True)
    parts += ["", "\n\n".join(a["body"]), "", heading, f"{when} {event}, {rng.randrange(9, 20)}:00",
              f"{where} {place}, {CITY[desk]}", free]
    return "\n".join(parts) + "\n", expect(a, source=False)


# Newsletter-platform mail: title, subtitle, AUTHOR IN CAPITALS, `MAR 3, 2026`, READ IN APP, text, `© 2026 Outlet`.
def desk_s24b_16(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    parts = [a["title"], a["body"][0].split(". ")[0].rstrip(".")]
    parts += [" AND ".join(n.upper() for n in a["authors"])] if a["authors"] else []
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts.append(f"{ABBR['en'].split()[d.month - 1].upper()} {d.day}, {d.year}")
    year = a["date"][:4] if a["date"] else rng.choice(["2025", "2026"])
    parts += ["", "READ IN APP", "", "\n\n".join(a["body"]), "", "Like", "Comment", "Restack", "",
              f"© {year} {src}", "548 Market Street PMB 72296, San Francisco, CA 94104", "Unsubscribe"]
    e = expect(a)
    e["source"] = src
    return "\n".join(parts) + "\n", e


ROLE = {"en": "Business reporter", "fr": "Journaliste au service Économie", "de": "Wirtschaftsredaktion",
        "es": "Periodista de la sección de Economía", "it": "Giornalista, redazione Economia",
        "pt": "Jornalista da secção de Economia"}
PUB_MOD = {"en": "Published {d} at {t} · Updated {u} at {v}", "fr": "Publié le {d} à {t}, modifié le {u} à {v}",
           "de": "Veröffentlicht am {d} um {t} Uhr, zuletzt aktualisiert am {u} um {v} Uhr",
           "es": "Publicado: {d} {t} | Actualizado: {u} {v}",
           "it": "Pubblicato il {d} alle {t} - Ultima modifica il {u} alle {v}",
           "pt": "Publicado a {d} às {t} | Atualizado a {u} às {v}"}


# Site copy: title, the author's name, a desk role on the next line, `Published … · Updated …` on one line, text.
def desk_s24b_17(a, desk, rng):
    parts = [a["title"], ""]
    parts += [joined(a["authors"], desk), ROLE[desk]] if a["authors"] else []
    if a["date"]:
        fmt = (lambda iso: long_date(iso, desk)) if desk in ("en", "fr") else (lambda iso: numeric_date(iso, desk))
        parts.append(PUB_MOD[desk].format(d=fmt(a["date"]), t=clock(rng), u=fmt(later(a["date"], rng, 0, 2)),
                                          v=clock(rng)))
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


# Held-out layouts of stop 24 (both batches) below: whoever tunes the reader does not read past this line.
def desk_s24_01(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    meta = [src] + ([short_date(a["date"], desk)] if a["date"] else []) + \
        ([joined(a["authors"], desk)] if a["authors"] else [])
    tail = ["Printed and distributed by PressReader", "PressReader.com", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"]
    e = expect(a)
    e["source"] = src
    return "\n".join([" · ".join(meta), "", a["title"], "", "\n\n".join(a["body"]), ""] + tail) + "\n", e


def desk_s24_04(a, desk, rng):
    _, subject, sender, _, to = MAIL[desk]
    prefix = {"en": "Fwd:", "fr": "TR :", "de": "WG:", "es": "RV:", "it": "I:", "pt": "ENC:"}[desk]
    note = {"en": "FYI, for tomorrow's review.", "fr": "Pour info, à mettre dans la revue de demain.",
            "de": "Zur Info, bitte in den Pressespiegel von morgen.",
            "es": "Para tu información, para el resumen de mañana.",
            "it": "Per conoscenza, da inserire nella rassegna di domani.",
            "pt": "Para conhecimento, para o clipping de amanhã."}
    name, mail = rng.choice([("Claire Martin", "claire.martin"), ("Jonas Weber", "jonas.weber"),
                             ("Lucía Gómez", "lucia.gomez"), ("Marco Rossi", "marco.rossi"),
                             ("Ana Sousa", "ana.sousa")])
    head = [f"{sender} {name} <{mail}@example.org>", f"{to} desk@example.org", f"{subject} {prefix} {a['title']}", "",
            note[desk], name.split()[0], "", a["title"]]
    head += [byline(a["authors"], desk, rng)] if a["authors"] else []
    head += [long_date(a["date"], desk)] if a["date"] else []
    return "\n".join(head) + "\n\n" + wrap(a["body"]) + "\n", expect(a, source=False)


def desk_s24_05(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    where, when, who = {"en": ("Published in {}", " on {}", ", by {}"), "fr": ("Paru dans {}", " le {}", ", signé {}"),
                        "de": ("Erschienen in {}", " am {}", ", von {}"),
                        "es": ("Publicado en {}", " el {}", ", por {}"),
                        "it": ("Pubblicato su {}", " il {}", ", a firma di {}"),
                        "pt": ("Publicado em {}", " a {}", ", por {}")}[desk]
    line = where.format(src) + (when.format(long_date(a["date"], desk)) if a["date"] else "") + \
        (who.format(joined(a["authors"], desk)) if a["authors"] else "") + "."
    e = expect(a)
    e["source"] = src
    return "\n".join([a["title"], line, "", "\n\n".join(a["body"])]) + "\n", e


def desk_s24_10(a, desk, rng):
    agency = a["source"] or AGENCY[desk]
    d = datetime.date.fromisoformat(a["date"]) if a["date"] else None
    day = "" if not d else {"en": f", {MONTHS['en'].split()[d.month - 1]} {d.day}",
                            "fr": f", {d.day} {MONTHS['fr'].split()[d.month - 1]}", "de": "",
                            "es": f", {d.day} {ABBR['es'].split()[d.month - 1]}",
                            "it": f", {d.day:02d} {ABBR['it'].split()[d.month - 1].upper()}",
                            "pt": f", {d.day:02d} {ABBR['pt'].split()[d.month - 1]} {d.year}"}[desk]
    city = CITY[desk].upper() if desk in ("en", "fr", "it") else CITY[desk]
    opener = f"({agency}) - {city}{day} - " if desk == "it" else \
        f"{city}{day} ({agency}).- " if desk == "es" else f"{city}{day} ({agency}) - "
    parts = [a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    parts += [opener + "\n\n".join(a["body"]), "", {"en": "", "de": "ab xy", "pt": "AB // CD"}.get(desk, "ab/cd")]
    e = expect(a, date=desk == "pt")
    e["source"] = agency
    return "\n".join(parts).rstrip("\n") + "\n", e


def desk_s24_13(a, desk, rng):
    t, au, d, s = (label.rstrip(": ").strip() for label in LABELS[desk])
    src = a["source"] or rng.choice(OUTLETS)
    page = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}[desk]
    fields = [(s, src)] + ([(d, numeric_date(a["date"], desk))] if a["date"] else []) + \
        [(page, str(rng.randrange(1, 40)))] + ([(au, ", ".join(a["authors"]))] if a["authors"] else [])
    colon = " : " if desk == "fr" else ": "
    line = rng.choice([" | ", " – ", "; "]).join(k + colon + v for k, v in fields)
    e = expect(a)
    e["source"] = src
    return "\n".join([line, "", a["title"], "", "\n\n".join(a["body"])]) + "\n", e


def desk_s24_15(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    verb = {"en": ("writes for", "write for"), "fr": ("écrit pour", "écrivent pour"),
            "de": ("schreibt für", "schreiben für"),
            "es": ("escribe para", "escriben para"), "it": ("scrive per", "scrivono per"),
            "pt": ("escreve para", "escrevem para")}[desk][len(a["authors"]) > 1]
    parts = ([numeric_date(a["date"], desk)] if a["date"] else []) + [a["title"], "", "\n\n".join(a["body"])]
    e = expect(a, source=False)
    if a["authors"]:
        parts += ["", "—", f"{joined(a['authors'], desk)} {verb} {src}."]
        e["source"] = src
    return "\n".join(parts) + "\n", e


# Held-out layouts of the second stop-24 batch (BLIND_S24B).
def desk_s24b_01(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    marks = {"en": "“{}”", "fr": "« {} »", "de": "„{}“", "es": "«{}»", "it": "«{}»", "pt": "«{}»"}[desk]
    cite = ([joined(a["authors"], desk)] if a["authors"] else []) + [marks.format(a["title"]), src]
    cite += [long_date(a["date"], desk)] if a["date"] else []
    sep = ": " if desk == "de" and a["authors"] else ", "
    line = "— " + (cite[0] + sep + ", ".join(cite[1:]) if a["authors"] else ", ".join(cite)) + "."
    return "\n\n".join(a["body"][:4]) + "\n\n" + line + "\n", dict(expect(a), source=src)


def desk_s24b_08(a, desk, rng):
    shot = (datetime.date.fromisoformat(a["date"] or "2025-10-01") - datetime.timedelta(days=rng.randrange(2, 60)))
    city = CITY[desk]
    caption = {"en": "FILE PHOTO: A general view of the harbour in {c}, {d}. {ag}/{p}/File Photo",
               "fr": "PHOTO D'ARCHIVES : Vue générale du port de {c}, le {d}. {ag}/{p}",
               "de": "ARCHIVBILD: Blick auf den Hafen von {c} am {d}. Foto: {p}/{ag}",
               "es": "FOTO DE ARCHIVO: Vista general del puerto de {c}, el {d}. {ag}/{p}",
               "it": "FOTO D'ARCHIVIO: Veduta del porto di {c}, {d}. {ag}/{p}",
               "pt": "FOTO DE ARQUIVO: Vista geral do porto de {c}, {d}. {ag}/{p}"}[desk]
    parts = [a["title"], "", caption.format(c=city, d=long_date(shot.isoformat(), desk), ag=AGENCY[desk].upper(),
                                            p=rng.choice(PEOPLE))]
    parts += [""] if a["authors"] or a["date"] else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, source=False)


def desk_s24b_09(a, desk, rng):
    src = a["source"] or "Reuters News"
    words = sum(len(p.split()) for p in a["body"])
    rows = [("HD", a["title"])] + ([("BY", ", ".join(a["authors"]))] if a["authors"] else [])
    rows.append(("WC", f"{words} {WORDS[desk]}" if desk != "en" else f"{words:,} words"))
    rows += [("PD", long_date(a["date"], desk)), ("ET", clock(rng))] if a["date"] else []
    year = a["date"][:4] if a["date"] else "2025"
    rows += [("SN", src), ("SC", "".join(w[0] for w in src.split()).upper()[:4]), ("LA", LANGNAME[desk]),
             ("CY", f"(c) {year} {src}. All Rights Reserved."), ("LP", a["body"][0])]
    if a["body"][1:]:
        rows.append(("TD", "\n\n".join(a["body"][1:])))
    text = "\n\n".join(f"{code}\n{value}" for code, value in rows)
    return text + f"\n\nAN\nDocument {rng.randrange(10 ** 6, 10 ** 7)}\n", dict(expect(a), source=src)


def desk_s24b_14(a, desk, rng):
    with_, role, credit = {
        "en": ("An interview with", "economist", "Interview by {}"),
        "fr": ("Entretien avec", "économiste", "Propos recueillis par {}"),
        "de": ("Interview mit", "Ökonomin", "Das Gespräch führte {}."),
        "es": ("Entrevista con", "economista", "Entrevista realizada por {}"),
        "it": ("Intervista con", "economista", "Intervista a cura di {}"),
        "pt": ("Entrevista com", "economista", "Entrevista conduzida por {}")}[desk]
    parts = [a["title"], f"{with_} {rng.choice(PEOPLE)}, {role}"]
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", credit.format(joined(a["authors"], desk))] if a["authors"] else []
    return "\n".join(parts) + "\n", expect(a, source=False)


def desk_s24b_18(a, desk, rng):
    o, d, h, j, _, _, _, _ = MONITOR[desk]
    page = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}[desk]
    src = a["source"] or rng.choice(OUTLETS)
    cells = [("N°", str(rng.randrange(1, 30)))] + ([(d, numeric_date(a["date"], desk))] if a["date"] else []) + \
        [(o, src), (h, a["title"])] + ([(j, ", ".join(a["authors"]))] if a["authors"] else []) + \
        [(page, str(rng.randrange(1, 40)))]
    lines = ["\t".join(k for k, _ in cells), "\t".join(v for _, v in cells), ""] + list(a["body"])
    return "\r\n".join(lines) + "\r\n", dict(expect(a), source=src)


# The stop-24 batch, all eighteen; text_eval.py scores its held-out members in a block of their own.
BLIND_S24 = {f"desk_s24_{i:02d}" for i in range(1, 19)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S24)})

# The second stop-24 batch, all eighteen; text_eval.py scores its held-out members in a block of their own.
BLIND_S24B = {f"desk_s24b_{i:02d}" for i in range(1, 19)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S24B)})

# The development members of both stop-24 batches were tuned on after they were written (the
# reader learnt their forms in stop 24); text_eval.py asserts, as for the others, that none of
# them hashes to held-out.
TUNED_AFTER_WRITING |= {name for name in BLIND_S24 | BLIND_S24B
                        if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}
