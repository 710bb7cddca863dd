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
