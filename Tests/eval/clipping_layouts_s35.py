"""Stop 35: a thirteenth batch of 26 clipping layouts (BLIND_S35) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline only, as printed (in capitals when the page prints
it so), never a digest's, memo's, job's, column's or other item's; authors: persons who wrote the article, never a
translator, photographer, interviewee, letter-page editor, sender of a memo or fax, clipper or analyst; date: the
article's publication date, never the day a digest, memo, fax, report, highlight or translation job was made, and
none when the file does not state one; a relative date counts when the file states the day it is relative to;
source: the publication the file names, never the clipping service, agency that sent it on, tool or intranet).
Unlike the earlier batches, which drifted towards machine formats, these are the plain-text clippings a press desk
really receives: page exports, digests, reports, photocopies, letters, interviews, columns, memos, faxes, with each
field at the top, at the bottom or inside the first paragraph, labelled or not, alone or combined with another on
its line. One layout only is a tool's own format (an e-reader's highlights file).

The layouts are numbered from 02 to 27 so that text_eval.py's hash puts sixteen in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts_s25.py to _s34.py (the held-out layouts of
stop 24 at the end of clipping_layouts.py were once shown whole to their writer, by accident): nobody tunes on any of
them in stop 35 when written; the development members were scored untuned, then tuned on later in stop 35
(text_eval.py prints their misses with `--show-s35-development` alone).
"""
import datetime
import hashlib
import re
import textwrap

from clipping_layouts import (ABBR, CITY, LAYOUTS, MONTHS, OUTLETS, PEOPLE, WEEKDAYS, byline, clock, columns, expect,
                              joined, later, long_date, numeric_date, stamp, wrap)
from clipping_layouts_s25 import mailbox, meta_line
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first
from clipping_layouts_s33 import others

PAGE = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}
LOCAL = {"en": "Local News", "fr": "Région", "de": "Lokales", "es": "Local", "it": "Cronaca", "pt": "Região"}
REGION = {  # the overline above a regional story, the town of its dateline
    "en": ("NORTH YORKSHIRE", "Harrogate"), "fr": ("HAUTE-SAVOIE", "Annecy"), "de": ("KREIS LÖRRACH", "Lörrach"),
    "es": ("COMARCA DEL BIERZO", "Ponferrada"), "it": ("PROVINCIA DI COMO", "Cantù"),
    "pt": ("DISTRITO DE BRAGA", "Guimarães"),
}
CAPTION = {  # a photo caption and its credit word
    "en": ("The site at the edge of town on Monday.", "Photo:"),
    "fr": ("Le chantier à l'entrée de la ville, lundi.", "Photo :"),
    "de": ("Die Baustelle am Ortseingang am Montag.", "Foto:"),
    "es": ("Las obras a la entrada del pueblo, el lunes.", "Foto:"),
    "it": ("Il cantiere all'ingresso del paese, lunedì.", "Foto:"),
    "pt": ("As obras à entrada da cidade, na segunda-feira.", "Foto:"),
}


def upper_by(names, desk, rng):
    """A byline in capitals, as regional print pages set it (`VON HÉLÈNE ROUX`)."""
    return byline(names, desk, rng).upper()


def lead(paragraph):
    """The paragraph's first sentence (the whole paragraph when it is one sentence), as a standfirst repeats it."""
    found = re.match(r"(.{20,}?[.!?])(\s|$)", paragraph)
    return found.group(1) if found else paragraph


def dated(a, desk, fmt=long_date, **kw):
    """The article's date in `fmt`, '' when undated."""
    return fmt(a["date"], desk, **kw) if a["date"] else ""


def thousands(n, desk):
    """`240,000` on the English desk, `240.000` elsewhere (`240 000` on the French one)."""
    return f"{n:,}".replace(",", {"en": ",", "fr": "\u202f"}.get(desk, "."))


def sep_join(sep, *parts):
    return sep.join(p for p in parts if p)


# ---- development members of BLIND_S35 ----

# A regional daily's e-paper `export as text`: one line `Publication | Local | Page 14 | weekday, long date`, the
# overline in capitals (the district), the headline, a standfirst (the first sentence), the byline in capitals, the
# text wrapped at 60 with the town's dateline (`LÖRRACH. `) opening it, and the photo caption with its credit last.
# The photographer is not an author.
def desk_s35_03(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    region, town = REGION[desk]
    caption, credit = CAPTION[desk]
    head = sep_join(" | ", src, LOCAL[desk], f"{PAGE[desk]} {rng.randrange(9, 32)}", dated(a, desk, weekday=True))
    parts = [head, "", region, a["title"], lead(a["body"][0]), ""]
    parts += [upper_by(a["authors"], desk, rng), ""] if a["authors"] else []
    body = [f"{town.upper()}. {a['body'][0]}"] + a["body"][1:]
    parts += [wrap(body, 60), "", f"{caption} {credit} {colleague(a, rng)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DIGEST = {  # heading, client line, `Item n of m`, keywords, back to contents
    "en": ("DAILY MEDIA DIGEST", "Client: Osiris Group", "Item {i} of {n}", "Keywords", "Back to contents"),
    "fr": ("REVUE DE PRESSE QUOTIDIENNE", "Client : Groupe Osiris", "Article {i} sur {n}", "Mots-clés",
           "Retour au sommaire"),
    "de": ("TÄGLICHER MEDIENSPIEGEL", "Kunde: Osiris-Gruppe", "Beitrag {i} von {n}", "Stichwörter",
           "Zurück zur Übersicht"),
    "es": ("DOSIER DIARIO DE PRENSA", "Cliente: Grupo Osiris", "Noticia {i} de {n}", "Palabras clave",
           "Volver al índice"),
    "it": ("RASSEGNA STAMPA QUOTIDIANA", "Cliente: Gruppo Osiris", "Articolo {i} di {n}", "Parole chiave",
           "Torna all'indice"),
    "pt": ("CLIPPING DIÁRIO", "Cliente: Grupo Osiris", "Notícia {i} de {n}", "Palavras-chave", "Voltar ao índice"),
}
PAGE_ABBR = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}


# A clipping service's daily digest, one entry of it: the digest's heading with its own (later) weekday date, the
# client, `Item 4 of 11`, then the numbered headline, an indented line `Publication · 03/03/2026 · p. 12 · A` (the
# fields the article has), the keywords and the text indented by three spaces, `Back to contents`. The digest's day
# is not the date; the service is not the source.
def desk_s35_04(a, desk, rng):
    heading, client, item, keys, back = DIGEST[desk]
    src = a["source"] or rng.choice(OUTLETS)
    n = rng.randrange(8, 20)
    i = rng.randrange(1, n)
    digest_day = later(a["date"], rng, 1, 3)
    meta = sep_join(" · ", src, dated(a, desk, numeric_date), f"{PAGE_ABBR[desk]} {rng.randrange(2, 30)}",
                    a["authors"] and ", ".join(a["authors"]))
    words = sorted({w.strip(",.:;\"'«»„“”()").lower() for w in a["title"].split() if len(w) > 6})[:3]
    parts = [f"{heading} — {long_date(digest_day, desk, weekday=True)}", client, item.format(i=i, n=n), "",
             f"{i}. {a['title']}", f"   {meta}", f"   {keys}: {', '.join(words) or '—'}", ""]
    parts += ["   " + line if line else "" for line in wrap(a["body"], 72).split("\n")]
    parts += ["", f"   ↑ {back}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


REPORT = {  # the report's heading (agency, client, month), the sentence, its signed / dated parts, the figures
    "en": ("Brightline PR — Coverage report — Client: Maison Duval — {m}", "{s} ran “{t}”{a}{d}.", " by {}", " on {}",
           "Reach: {r} · AVE: €{v} · Tone: positive · Key message carried: yes", "Excerpt:"),
    "fr": ("Agence Lumen — Rapport de retombées — Client : Maison Duval — {m}", "{s} a publié « {t} »{a}{d}.",
           ", signé {},", " le {}", "Audience : {r} · EVP : {v} € · Tonalité : positive · Message clé repris : oui",
           "Extrait :"),
    "de": ("Lumen PR — Clippingbericht — Kunde: Maison Duval — {m}", "{s} brachte „{t}“{a}{d}.", " von {}", " am {}",
           "Reichweite: {r} · Anzeigenäquivalent: {v} € · Tonalität: positiv · Kernbotschaft: ja", "Auszug:"),
    "es": ("Lumen Comunicación — Informe de impactos — Cliente: Maison Duval — {m}", "{s} publicó «{t}»{a}{d}.",
           ", firmado por {},", " el {}", "Audiencia: {r} · VPE: {v} € · Tono: positivo · Mensaje clave: sí",
           "Extracto:"),
    "it": ("Lumen PR — Report uscite stampa — Cliente: Maison Duval — {m}", "{s} ha pubblicato «{t}»{a}{d}.",
           ", firmato da {},", " il {}", "Lettori: {r} · AVE: {v} € · Tono: positivo · Messaggio chiave: sì",
           "Estratto:"),
    "pt": ("Lumen Comunicação — Relatório de clipping — Cliente: Maison Duval — {m}", "{s} publicou «{t}»{a}{d}.",
           ", assinado por {},", " a {}", "Audiência: {r} · AVE: {v} € · Tom: positivo · Mensagem-chave: sim",
           "Excerto:"),
}


# A PR agency's monthly coverage report for its client, one entry: the report's heading (agency, client, the month of
# the report, no day), `#7 PRINT`, one sentence `Publication ran “Title” by A on March 3, 2026.` (signed and dated
# parts only when the article has them), the reach / AVE / tone line, `Excerpt:` and the first three paragraphs. The
# title is the quoted text without its quotes; the agency and client are not the source; the report's month no date.
def desk_s35_05(a, desk, rng):
    heading, sentence, by, on, figures, excerpt = REPORT[desk]
    src = a["source"] or rng.choice(OUTLETS)
    month = datetime.date.fromisoformat(later(a["date"], rng, 20, 40))
    line = sentence.format(s=src, t=a["title"], a=by.format(joined(a["authors"], desk)) if a["authors"] else "",
                           d=on.format(long_date(a["date"], desk)) if a["date"] else "")
    line = line.replace(",.", ".")
    parts = [heading.format(m=f"{MONTHS[desk].split()[month.month - 1]} {month.year}"), "", f"#{rng.randrange(2, 30)}  "
             f"{rng.choice(['PRINT', 'ONLINE', 'PRINT + ONLINE'])}", line,
             figures.format(r=thousands(rng.randrange(20, 900) * 1000, desk),
                            v=thousands(rng.randrange(5, 90) * 100, desk)), "", excerpt,
             "\n\n".join(a["body"][:3])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A photocopied print page run through OCR: the running head `12  PUBLICATION  weekday, date`, a stray column rule
# `|`, the headline in capitals broken over lines of about 30 characters, the byline, then the text in narrow columns
# of 38 with words hyphenated at the line ends and an OCR'd `|` ending some lines. The headline is expected as printed
# (in capitals) and read whole.
def desk_s35_07(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    head = "  ".join(x for x in [str(rng.randrange(2, 40)), src.upper(), dated(a, desk, weekday=True)] if x)
    title = a["title"].upper()
    parts = [head, "|", ""] + textwrap.wrap(title, 30) + [""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    lines = columns(a["body"], 38).split("\n")
    lines = [line + " |" if line and rng.random() < 0.15 else line for line in lines]
    parts += lines + ["", rng.choice(["■", "•", "—"])]
    return "\n".join(parts) + "\n", e_with(a, title=title, source=src)


LANG_NAME = {
    "en": {"en": "English", "de": "German", "fr": "French"},
    "fr": {"en": "anglais", "de": "allemand", "fr": "français"},
    "de": {"en": "Englisch", "de": "Deutsch", "fr": "Französisch"},
    "es": {"en": "inglés", "de": "alemán", "fr": "francés"},
    "it": {"en": "inglese", "de": "tedesco", "fr": "francese"},
    "pt": {"en": "inglês", "de": "alemão", "fr": "francês"},
}
JOB = {  # job, pair, translator, deadline, words, source text start and end, note
    "en": ("Translation job {n}", "Language pair: {s} > {t}", "Translator", "Deadline", "Word count",
           "----- SOURCE TEXT -----", "----- END OF SOURCE TEXT -----",
           "Translator's note: names of companies left in the original."),
    "fr": ("Dossier de traduction {n}", "Langues : {s} > {t}", "Traductrice", "Échéance", "Nombre de mots",
           "----- TEXTE SOURCE -----", "----- FIN DU TEXTE SOURCE -----",
           "Note de la traductrice : les noms de sociétés sont laissés en langue originale."),
    "de": ("Übersetzungsauftrag {n}", "Sprachpaar: {s} > {t}", "Übersetzerin", "Liefertermin", "Wortzahl",
           "----- AUSGANGSTEXT -----", "----- ENDE DES AUSGANGSTEXTS -----",
           "Anmerkung der Übersetzerin: Firmennamen im Original belassen."),
    "es": ("Encargo de traducción {n}", "Par de idiomas: {s} > {t}", "Traductora", "Entrega", "Palabras",
           "----- TEXTO ORIGINAL -----", "----- FIN DEL TEXTO ORIGINAL -----",
           "Nota de la traductora: los nombres de empresas se dejan en el original."),
    "it": ("Incarico di traduzione {n}", "Coppia linguistica: {s} > {t}", "Traduttrice", "Consegna", "Parole",
           "----- TESTO DI PARTENZA -----", "----- FINE DEL TESTO DI PARTENZA -----",
           "Nota della traduttrice: i nomi delle società restano in originale."),
    "pt": ("Pedido de tradução {n}", "Par de línguas: {s} > {t}", "Tradutora", "Prazo", "Palavras",
           "----- TEXTO DE PARTIDA -----", "----- FIM DO TEXTO DE PARTIDA -----",
           "Nota da tradutora: os nomes das empresas ficam no original."),
}
TARGET = {"en": "French", "fr": "anglais", "de": "Englisch", "es": "inglés", "it": "inglese", "pt": "inglês"}


# A freelance translator's job sheet with the source text: the job number, the language pair, the translator, the
# deadline (a later day), the word count, then between `----- SOURCE TEXT -----` markers the article as received
# (headline, byline, `Publication – date`, text), then the translator's note. The translator is not an author, the
# deadline not the date.
def desk_s35_08(a, desk, rng):
    job, pair, translator, deadline, words, start, end, note_ = JOB[desk]
    lang = LANG_NAME[desk].get(a.get("lang"), LANG_NAME[desk]["en"])
    colon = " : " if desk == "fr" else ": "
    parts = [job.format(n=f"T-{rng.randrange(2020, 2027)}-{rng.randrange(100, 999)}"),
             pair.format(s=lang, t=TARGET[desk] if lang != TARGET[desk] else LANG_NAME[desk]["de"]),
             f"{translator}{colon}{colleague(a, rng)}",
             f"{deadline}{colon}{long_date(later(a['date'], rng, 2, 9), desk)}",
             f"{words}{colon}{sum(len(p.split()) for p in a['body'])}", "", start, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [meta_line(a, desk)] if meta_line(a, desk) else []
    parts += ["", "\n\n".join(a["body"]), "", end, "", note_]
    return "\n".join(parts) + "\n", expect(a)


COLUMN = {  # the column's standing name, the bio (signed), the unsigned footer
    "en": ("LETTER FROM BRUSSELS", "{a} writes this column every week for {s}. Her latest book came out in {y}.",
           "Letter from Brussels appears every week in {s}."),
    "fr": ("LA CHRONIQUE", "{a} tient cette chronique chaque semaine dans {s}. Son dernier livre est paru en {y}.",
           "La Chronique paraît chaque semaine dans {s}."),
    "de": ("DIE KOLUMNE", "{a} schreibt diese Kolumne jede Woche für {s}. Zuletzt erschien {y} ihr Buch „Ränder“.",
           "Die Kolumne erscheint jede Woche in {s}."),
    "es": ("TRIBUNA", "{a} escribe esta columna cada semana en {s}. Su último libro se publicó en {y}.",
           "Tribuna se publica cada semana en {s}."),
    "it": ("IL CORSIVO", "{a} firma questa rubrica ogni settimana su {s}. Il suo ultimo libro è uscito nel {y}.",
           "Il Corsivo esce ogni settimana su {s}."),
    "pt": ("CRÓNICA", "{a} assina esta crónica todas as semanas no {s}. O seu último livro saiu em {y}.",
           "Crónica sai todas as semanas no {s}."),
}


# A weekly column: the column's standing name in capitals, the headline, the long date, the text, then `— A` and the
# author's bio naming the publication and the year of a book (a year is no date); an unsigned column ends with a line
# naming the publication instead. The standing name is not the title.
def desk_s35_10(a, desk, rng):
    name, bio, unsigned = COLUMN[desk]
    src = a["source"] or rng.choice(OUTLETS)
    parts = [name, "", a["title"]] + ([long_date(a["date"], desk)] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"]), ""]
    year = int((a["date"] or "2024")[:4]) - rng.randrange(1, 5)
    if a["authors"]:
        parts += ["— " + joined(a["authors"], desk), "", bio.format(a=joined(a["authors"], desk), s=src, y=year)]
    else:
        parts.append(unsigned.format(s=src))
    return "\n".join(parts) + "\n", e_with(a, source=src)


LETTERS = {  # page heading, salutation, `Name and address supplied`, towns
    "en": ("Letters to the Editor", "To the Editor:", "Name and address supplied", "Leeds"),
    "fr": ("Courrier des lecteurs", "Monsieur le directeur,", "Nom et adresse connus de la rédaction", "Besançon"),
    "de": ("Leserbriefe", "Sehr geehrte Redaktion,", "Name und Anschrift sind der Redaktion bekannt", "Freiburg"),
    "es": ("Cartas al director", "Señor director:", "Nombre y dirección en poder de la redacción", "Valladolid"),
    "it": ("Lettere al direttore", "Caro direttore,", "Lettera firmata", "Bergamo"),
    "pt": ("Cartas ao director", "Senhor director,", "Nome e morada na posse da redacção", "Coimbra"),
}


# A letter to the editor as the letters page prints it: `Letters to the Editor | Publication`, the page's weekday
# date, the letter's headline (the article's), the salutation, the text, then the writer's name and town (the
# article's authors; `Name and address supplied` when unsigned: no author).
def desk_s35_11(a, desk, rng):
    page, hello, supplied, town = LETTERS[desk]
    src = a["source"] or rng.choice(OUTLETS)
    parts = [f"{page} | {src}"] + ([long_date(a["date"], desk, weekday=True)] if a["date"] else [])
    parts += ["", a["title"], "", hello, "", "\n\n".join(a["body"]), ""]
    parts += [joined(a["authors"], desk), town] if a["authors"] else [supplied]
    return "\n".join(parts) + "\n", e_with(a, source=src)


INTERVIEW = {  # the interviewers' credit, questions
    "en": ("Interview: {a}", ["What happened next?", "Why now?", "Who is to blame?", "What do you expect?",
                             "Is that enough?", "What would you change?"]),
    "fr": ("Propos recueillis par {a}", ["Que s'est-il passé ensuite ?", "Pourquoi maintenant ?", "À qui la faute ?",
                                         "Qu'attendez-vous ?", "Est-ce suffisant ?", "Que changeriez-vous ?"]),
    "de": ("Interview: {a}", ["Wie ging es weiter?", "Warum gerade jetzt?", "Wer trägt die Schuld?",
                              "Was erwarten Sie?", "Reicht das?", "Was würden Sie ändern?"]),
    "es": ("Entrevista: {a}", ["¿Qué pasó después?", "¿Por qué ahora?", "¿Quién tiene la culpa?", "¿Qué espera?",
                               "¿Es suficiente?", "¿Qué cambiaría?"]),
    "it": ("Intervista di {a}", ["Che cosa è successo dopo?", "Perché proprio ora?", "Di chi è la colpa?",
                                 "Che cosa si aspetta?", "Basta questo?", "Che cosa cambierebbe?"]),
    "pt": ("Entrevista de {a}", ["O que aconteceu a seguir?", "Porquê agora?", "De quem é a culpa?",
                                 "O que espera?", "Chega?", "O que mudaria?"]),
}


# A news magazine's interview in its house style: the headline, the deck (the first sentence), `Interview: A` (when
# signed), the date, the intro paragraph, then each question labelled with the magazine's name in capitals
# (`SPIEGEL: Warum gerade jetzt?`) and each answer with the interviewee's surname in capitals. The interviewee is not
# an author; the magazine's name labelling the questions is the source.
def desk_s35_13(a, desk, rng):
    credit, questions = INTERVIEW[desk]
    src = a["source"] or rng.choice(OUTLETS)
    who = colleague(a, rng).split()[-1].upper()
    parts = [a["title"], lead(a["body"][0])]
    parts += [credit.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", a["body"][0]]
    asked = rng.sample(questions, len(questions))
    for i, p in enumerate(a["body"][1:]):
        parts += ["", f"{src.upper()}: {asked[i % len(asked)]}", "", f"{who}: {p}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


LIVE = {  # the badge, `Last updated`, key events
    "en": ("● LIVE", "Last updated {d}, {t}", "KEY EVENTS"),
    "fr": ("● EN DIRECT", "Mis à jour le {d} à {t}", "L'ESSENTIEL"),
    "de": ("● LIVE", "Zuletzt aktualisiert: {d}, {t} Uhr", "DAS WICHTIGSTE"),
    "es": ("● EN DIRECTO", "Última actualización: {d}, {t}", "LO MÁS IMPORTANTE"),
    "it": ("● DIRETTA", "Ultimo aggiornamento: {d}, {t}", "I PUNTI CHIAVE"),
    "pt": ("● EM DIRETO", "Última atualização: {d}, {t}", "OS PONTOS-CHAVE"),
}


# A live blog clipped as text: the publication (when named), the live badge, the headline, the byline, `Last updated
# March 3, 2026, 18:42` (the blog's day), the key-events list (times and the first words of entries), then the entries
# in the order they came, each under its `HH:MM` time.
def desk_s35_14(a, desk, rng):
    badge, updated, key = LIVE[desk]
    minute, times = rng.randrange(7 * 60, 10 * 60), []
    for _ in a["body"]:
        minute += rng.randrange(4, 50)
        times.append(f"{minute // 60:02d}:{minute % 60:02d}")
    parts = ([a["source"]] if a["source"] else []) + [badge, a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [updated.format(d=long_date(a["date"], desk), t=f"{rng.randrange(18, 23)}:{rng.randrange(10, 60)}")] \
        if a["date"] else []
    parts += ["", key] + [f"• {t} {' '.join(p.split()[:8])} …" for t, p in list(zip(times, a["body"]))[:3]]
    for t, p in zip(times, a["body"]):
        parts += ["", t, p]
    return "\n".join(parts) + "\n", expect(a)


WEEK = {  # heading, `Also this week`
    "en": ("THE WEEK IN THE PRESS — week of {d}", "Also this week:"),
    "fr": ("LA SEMAINE DANS LA PRESSE — semaine du {d}", "Également cette semaine :"),
    "de": ("DIE WOCHE IN DER PRESSE — Woche ab {d}", "Außerdem diese Woche:"),
    "es": ("LA SEMANA EN LA PRENSA — semana del {d}", "También esta semana:"),
    "it": ("LA SETTIMANA SUI GIORNALI — settimana dal {d}", "Anche questa settimana:"),
    "pt": ("A SEMANA NA IMPRENSA — semana de {d}", "Também esta semana:"),
}


# A weekly press round-up mailed on Fridays: the heading `week of Monday, March 2, 2026`, then the item under the
# weekday it appeared (`Tuesday — Publication`; the publication alone when undated, then the week is a later one and
# no date is stated), the headline, the byline, the text, and two other headlines listed `Also this week`. The date is
# the stated week's Monday plus the weekday; the other headlines are not the title.
def desk_s35_15(a, desk, rng):
    heading, also = WEEK[desk]
    src = a["source"] or rng.choice(OUTLETS)
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        monday = d - datetime.timedelta(days=d.weekday())
        day = WEEKDAYS[desk].split()[d.weekday()]
        item = f"{day[0].upper() + day[1:]} — {src}"
    else:
        monday = datetime.date.fromisoformat(later(None, rng, 0, 60))
        monday -= datetime.timedelta(days=monday.weekday())
        item = src
    parts = [heading.format(d=long_date(monday.isoformat(), desk, weekday=True)), "", item, a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", also] + [f"- {t}" for t in other_titles(desk, rng, 2)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SOURCE_LINE = {
    "en": "Source: {s}, No. {n}{d}, p. {p}", "fr": "Source : {s} n° {n}{d}, page {p}",
    "de": "Quelle: {s} Nr. {n}{d}, S. {p}", "es": "Fuente: {s}, n.º {n}{d}, pág. {p}",
    "it": "Fonte: {s} n. {n}{d}, pag. {p}", "pt": "Fonte: {s}, n.º {n}{d}, p. {p}",
}
SOURCE_DATE = {"en": ", {}", "fr": " du {}", "de": " vom {}", "es": ", {}", "it": " del {}", "pt": ", {}"}


# A secretary's retyped clipping saved from a word processor as text (BOM, CRLF): the headline, the paragraphs each
# indented by a tab, the author's name in capitals at the foot of the text, then one source line carrying the
# publication, the issue number, the date and the page (`Quelle: X Nr. 52 vom 3. März 2026, S. 7`). The issue number
# is no date.
def desk_s35_16(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    parts = [a["title"], ""] + ["\t" + p for p in a["body"]]
    parts += ["", " / ".join(n.upper() for n in a["authors"])] if a["authors"] else []
    d = SOURCE_DATE[desk].format(long_date(a["date"], desk)) if a["date"] else ""
    parts += ["", SOURCE_LINE[desk].format(s=src, n=rng.randrange(120, 24000), d=d, p=rng.randrange(2, 40))]
    return "\ufeff" + "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


# A correspondent's piece signed at its foot, the way some papers close reports: the publication and section on top,
# the headline, the text, then one line carrying the author, the place and the date (`Hélène Roux, Berlin, 3 March
# 2026`; the place and date alone when unsigned, the name and place alone when undated).
def desk_s35_17(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    section = {"en": "World", "fr": "International", "de": "Ausland", "es": "Internacional", "it": "Esteri",
               "pt": "Mundo"}[desk]
    place = rng.choice([c for c in CITY.values() if c != CITY[desk]])
    sign = sep_join(", ", a["authors"] and joined(a["authors"], desk), place, dated(a, desk))
    parts = [f"{src} — {section}", "", a["title"], "", "\n\n".join(a["body"]), "", sign]
    return "\n".join(parts) + "\n", e_with(a, source=src)


READ_ALSO = {"en": "READ ALSO:", "fr": "LIRE AUSSI :", "de": "LESEN SIE AUCH:", "es": "LEA TAMBIÉN:",
             "it": "LEGGI ANCHE:", "pt": "LEIA TAMBÉM:"}
MORE = {"en": "More on this topic", "fr": "Sur le même sujet", "de": "Mehr zum Thema", "es": "Más sobre este tema",
        "it": "Sullo stesso argomento", "pt": "Mais sobre este tema"}


# A news site's page copied from the browser: the headline, the lead photo's caption and credit
# (`… (Photo: P/AFP)`), the byline and the site's date stamp on one line after `·`, the text with a `READ ALSO:` link
# (another headline) after the first and third paragraphs, `More on this topic` with two headlines, and `© Publication`.
# The photographer is not an author; the linked headlines are not the title.
def desk_s35_18(a, desk, rng):
    caption, credit = CAPTION[desk]
    links = other_titles(desk, rng, 4)
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), a["date"] and stamp(a["date"], desk, rng))
    parts = [a["title"], "", f"{caption} ({credit} {colleague(a, rng)}/{rng.choice(['AFP', 'dpa', 'EFE'])})"]
    parts += ["", meta] if meta else []
    body = list(a["body"])
    for at, link in ((3, links[0]), (1, links[1])):
        if len(body) > at:
            body.insert(at, f"{READ_ALSO[desk]} {link}")
    parts += ["", "\n\n".join(body), "", MORE[desk]] + [f"› {t}" for t in links[2:]]
    parts += ["", f"© {a['source']}"] if a["source"] else []
    return "\n".join(parts) + "\n", expect(a)


JOURNALIST_MAIL = {  # greeting, the signed note (yesterday / undated), the unsigned note, sign-off, role
    "en": ("Dear {p},", "as promised, here is my piece from yesterday's {s}.", "as promised, here is my piece in {s}.",
           "here is the piece from yesterday's {s} we talked about.", "Best,", "Reporter, {s}"),
    "fr": ("Bonjour {p},", "comme promis, voici mon article paru hier dans {s}.",
           "comme promis, voici mon article paru dans {s}.",
           "voici l'article paru hier dans {s} dont nous avons parlé.", "Bien à vous,", "Journaliste, {s}"),
    "de": ("Hallo {p},", "wie versprochen mein Artikel aus der gestrigen Ausgabe von {s}.",
           "wie versprochen mein Artikel in {s}.", "hier der Artikel aus der gestrigen Ausgabe von {s}, über den wir "
           "sprachen.", "Viele Grüße", "Redakteurin, {s}"),
    "es": ("Hola, {p}:", "como te prometí, aquí va mi artículo de ayer en {s}.",
           "como te prometí, aquí va mi artículo en {s}.",
           "aquí va el artículo de ayer en {s} del que hablamos.", "Un saludo,", "Periodista, {s}"),
    "it": ("Ciao {p},", "come promesso, ecco il mio pezzo uscito ieri su {s}.",
           "come promesso, ecco il mio pezzo su {s}.",
           "ecco il pezzo uscito ieri su {s} di cui parlavamo.", "Un saluto,", "Giornalista, {s}"),
    "pt": ("Olá {p},", "como prometido, aqui fica o meu artigo de ontem no {s}.",
           "como prometido, aqui fica o meu artigo no {s}.",
           "aqui fica o artigo de ontem no {s} de que falámos.", "Cumprimentos,", "Jornalista, {s}"),
}
THEIRS_UNDATED = {"en": "here is the piece in {s} we talked about.",
                  "fr": "voici l'article de {s} dont nous avons parlé.",
                  "de": "hier der Artikel in {s}, über den wir sprachen.",
                  "es": "aquí va el artículo de {s} del que hablamos.", "it": "ecco il pezzo di {s} di cui parlavamo.",
                  "pt": "aqui fica o artigo do {s} de que falámos."}
MAIL_HEAD = {"en": ("From:", "Sent:", "To:", "Subject:"), "fr": ("De :", "Envoyé :", "À :", "Objet :"),
             "de": ("Von:", "Gesendet:", "An:", "Betreff:"), "es": ("De:", "Enviado:", "Para:", "Asunto:"),
             "it": ("Da:", "Inviato:", "A:", "Oggetto:"), "pt": ("De:", "Enviado:", "Para:", "Assunto:")}


# The journalist mailing her own piece to the press officer she interviewed, the day after it ran: `From:` the author
# (a press officer of the publication when the piece is unsigned), `Sent:` the next day, `To:`, `Subject:` the
# headline, the note `here is my piece from yesterday's Publication` (no `yesterday` when undated: then no date), the
# headline again, the text, the signature with her role at the publication. The date is the sending day minus one;
# the writer of a signed piece is its author, the press officer of an unsigned one is not.
def desk_s35_21(a, desk, rng):
    hello, mine, mine_undated, theirs, bye, role = JOURNALIST_MAIL[desk]
    frm, sent, to, subject = MAIL_HEAD[desk]
    src = a["source"] or rng.choice(OUTLETS)
    reader = colleague(a, rng)
    writer = a["authors"][0] if a["authors"] else [p for p in PEOPLE if p != reader][0]
    day = (datetime.date.fromisoformat(a["date"]) + datetime.timedelta(days=1)).isoformat() if a["date"] else \
        later(None, rng, 1, 60)
    note_ = (mine if a["date"] else mine_undated) if a["authors"] else theirs if a["date"] else THEIRS_UNDATED[desk]
    parts = [f"{frm} {writer} <{mailbox(writer, 'newsroom.example.com')}>",
             f"{sent} {long_date(day, desk, weekday=True)} {clock(rng)}", f"{to} {reader} <{mailbox(reader)}>",
             f"{subject} {a['title']}", "", hello.format(p=reader.split()[0]), "", note_.format(s=src)]
    if len(a["authors"]) > 1:
        parts[-1] += f" ({byline(a['authors'][1:], desk, rng).split(' ', 1)[1]})"
    parts += ["", a["title"], "", "\n\n".join(a["body"]), "", bye, writer.split()[0], "", writer,
              role.format(s=src) if a["authors"] else {"en": "Press office, {s}", "fr": "Service de presse, {s}",
                                                       "de": "Pressestelle, {s}", "es": "Prensa, {s}",
                                                       "it": "Ufficio stampa, {s}",
                                                       "pt": "Assessoria de imprensa, {s}"}[desk].format(s=src)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


KINDLE = {  # the highlight line (location, added-on day)
    "en": "- Your Highlight on Location {a}-{b} | Added on {d}",
    "fr": "- Votre surlignement sur l'emplacement {a}-{b} | Ajouté le {d}",
    "de": "- Ihre Markierung bei Position {a}-{b} | Hinzugefügt am {d}",
    "es": "- Tu subrayado en la posición {a}-{b} | Añadido el {d}",
    "it": "- La tua evidenziazione alla posizione {a}-{b} | Aggiunto in data {d}",
    "pt": "- Seu destaque na posição {a}-{b} | Adicionado: {d}",
}


def kindle_day(iso, desk, rng):
    """An e-reader's `Added on` stamp in the desk's language (`Tuesday, March 10, 2026 9:12:33 AM`)."""
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    time = f"{h % 12 or 12}:{m:02d}:{s:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}:{s:02d}"
    return f"{long_date(iso, desk, weekday=True)} {time}"


# The one tool format of the batch: an e-reader's `My Clippings.txt`, the article having been sent to the reader as a
# document: per highlight `Title (A)` (the authors joined by `; `; the publication in the parentheses when nobody
# signed it; no parentheses when neither), the highlight line with its location and `Added on` day (later), a blank
# line, the highlighted sentence, `==========`. No date of the article is stated.
def desk_s35_22(a, desk, rng):
    who = "; ".join(a["authors"]) or a["source"]
    head = f"{a['title']} ({who})" if who else a["title"]
    day = later(a["date"], rng, 2, 30)
    chosen = sorted(rng.sample(range(len(a["body"])), min(3, len(a["body"]))))
    out, loc = [], rng.randrange(3, 20)
    for i in chosen:
        loc += rng.randrange(8, 40)
        out += ["\ufeff" + head if not out else head, KINDLE[desk].format(a=loc, b=loc + rng.randrange(1, 4),
                                                                         d=kindle_day(day, desk, rng)),
                "", lead(a["body"][i]), "=========="]
    return "\r\n".join(out) + "\r\n", e_with(a, date=None, source=None if a["authors"] else a["source"])


MEMO = {  # heading, to, from, date, subject (with and without a date), the intro (signed / unsigned, dated parts)
    "en": ("MEMORANDUM", "To: Executive Committee", "From: Press Office", "Date:",
           "Subject: Article in {s}{d} – “{t}”", " of {}", "Please find below the article{a} published in {s}{d}.",
           " by {}", " on {}", "Press Office"),
    "fr": ("NOTE", "À : Direction générale", "De : Service de presse", "Date :",
           "Objet : Article de {s}{d} – « {t} »", " du {}",
           "Veuillez trouver ci-dessous l'article{a} paru dans {s}{d}.",
           " signé {}", " le {}", "Le service de presse"),
    "de": ("VERMERK", "An: Geschäftsführung", "Von: Pressestelle", "Datum:",
           "Betreff: Artikel in {s}{d} – „{t}“", " vom {}", "Anbei der Artikel{a}, erschienen in {s}{d}.",
           " von {}", " am {}", "Pressestelle"),
    "es": ("NOTA INTERNA", "Para: Dirección General", "De: Gabinete de Prensa", "Fecha:",
           "Asunto: Artículo de {s}{d} – «{t}»", " del {}", "Adjuntamos el artículo{a} publicado en {s}{d}.",
           " firmado por {}", " el {}", "Gabinete de Prensa"),
    "it": ("NOTA INTERNA", "A: Direzione generale", "Da: Ufficio stampa", "Data:",
           "Oggetto: Articolo di {s}{d} – «{t}»", " del {}",
           "Si trasmette di seguito l'articolo{a} pubblicato su {s}{d}.",
           " firmato da {}", " il {}", "Ufficio stampa"),
    "pt": ("NOTA INTERNA", "Para: Conselho de Administração", "De: Gabinete de Imprensa", "Data:",
           "Assunto: Artigo do {s}{d} – «{t}»", " de {}", "Segue abaixo o artigo{a} publicado no {s}{d}.",
           " assinado por {}", " a {}", "Gabinete de Imprensa"),
}


# An internal memo passing the article to the management: the memo's heading, `To:`, `From:` (the press office),
# `Date:` (the memo's own later day), `Subject: Article in Publication of March 3, 2026 – “Title”` (the headline only
# there), the intro naming the author, publication and date again, the text (without its headline), the office's
# signature. The memo's day is not the date; the press office is not an author.
def desk_s35_23(a, desk, rng):
    heading, to, frm, date_label, subject, of, intro, by, on, sign = MEMO[desk]
    src = a["source"] or rng.choice(OUTLETS)
    parts = [heading, "", to, frm, f"{date_label} {long_date(later(a['date'], rng, 1, 4), desk)}",
             subject.format(s=src, d=of.format(long_date(a["date"], desk)) if a["date"] else "", t=a["title"]), "",
             intro.format(a=by.format(joined(a["authors"], desk)) if a["authors"] else "", s=src,
                          d=on.format(long_date(a["date"], desk)) if a["date"] else ""),
             "", "\n\n".join(a["body"]), "", sign]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# ---- held-out members of BLIND_S35 below: whoever tunes the reader never reads past this line ----
FEATURE = {  # kicker, the deck's reporter credit, the text-and-photos credit, the photos-only credit, quote marks
    "en": ("REPORT", "{a} reports.", "Words: {a} · Photographs: {p}", "Photographs: {p}", "“{}”"),
    "fr": ("REPORTAGE", "Reportage de {a}.", "Texte : {a} — Photos : {p}", "Photos : {p}", "« {} »"),
    "de": ("REPORTAGE", "Eine Reportage von {a}.", "Text: {a}, Fotos: {p}", "Fotos: {p}", "„{}“"),
    "es": ("REPORTAJE", "Un reportaje de {a}.", "Texto: {a} · Fotos: {p}", "Fotos: {p}", "«{}»"),
    "it": ("REPORTAGE", "Un reportage di {a}.", "Testo: {a} · Foto: {p}", "Foto: {p}", "«{}»"),
    "pt": ("REPORTAGEM", "Uma reportagem de {a}.", "Texto: {a} · Fotografia: {p}", "Fotografia: {p}", "«{}»"),
}


def desk_s35_02(a, desk, rng):
    kicker, reports, credit, photos, marks = FEATURE[desk]
    src = a["source"] or rng.choice(OUTLETS)
    photographer = colleague(a, rng)
    deck = lead(a["body"][0]) + (" " + reports.format(a=joined(a["authors"], desk)) if a["authors"] else "")
    parts = [sep_join(" · ", src, f"N° {rng.randrange(800, 4000)}", dated(a, desk)), "", kicker, "", a["title"], "",
             deck, "", credit.format(a=joined(a["authors"], desk), p=photographer) if a["authors"] else
             photos.format(p=photographer), ""]
    body = list(a["body"])
    quote = lead(body[-1])
    quote = quote if len(quote.split()) <= 30 else " ".join(quote.split()[:25]) + " …"
    body.insert(min(2, len(body)), "        " + marks.format(quote))
    parts.append("\n\n".join(body))
    return "\n".join(parts) + "\n", e_with(a, source=src)


FULL_TEXT = {"en": "Full text:", "fr": "Texte intégral :", "de": "Volltext:", "es": "Texto completo:",
             "it": "Testo completo:", "pt": "Texto integral:"}
UNDATED = {"en": "n.d.", "fr": "s. d.", "de": "o. J.", "es": "s. f.", "it": "s.d.", "pt": "[s.d.]"}


def citation(a, src, desk):
    """The article's reference in the bibliographic style a researcher of the desk's country uses."""
    t, names = a["title"], a["authors"]
    d = long_date(a["date"], desk) if a["date"] else UNDATED[desk]
    if desk == "en":
        who = ", and ".join([family_first(names[0])] + names[1:]) + ". " if names else ""
        end = "" if t[-1] in ".?!…" else "."
        return f"{who}“{t}{end}” {src}, {d}."
    if desk == "fr":
        who = ", ".join(f"{n.split()[-1].upper()} {' '.join(n.split()[:-1])}".strip() for n in names)
        return (f"{who}, " if who else "") + f"« {t} », {src}, {d}."
    if desk == "de":
        who = "/".join(family_first(n) for n in names)
        return (f"{who}: " if who else "") + f"„{t}“, in: {src}, {d}."
    if desk == "es":
        year = f" ({a['date'][:4]})" if a["date"] else " (s. f.)"
        who = "; ".join(family_first(n).upper().split(",")[0] + "," + family_first(n).split(",", 1)[1]
                        if "," in family_first(n) else n.upper() for n in names)
        return (f"{who}{year}: " if who else "") + f"«{t}», {src}, {d}."
    if desk == "it":
        return (f"{', '.join(names)}, " if names else "") + f"«{t}», in «{src}», {d}."
    day = datetime.date.fromisoformat(a["date"]) if a["date"] else None
    when = f"{day.day} {ABBR['pt'].split()[day.month - 1]}. {day.year}" if day else UNDATED[desk]
    who = "; ".join(family_first(n).split(",")[0].upper() + "," + family_first(n).split(",", 1)[1]
                    if "," in family_first(n) else n.upper() for n in names)
    return (f"{who}. " if who else "") + f"{t}. {src}, {when}."


def desk_s35_06(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    parts = [f"[{rng.randrange(3, 60)}] {citation(a, src, desk)}", "", FULL_TEXT[desk], "", wrap(a["body"], 76)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OCCHIELLO = {"en": "The case", "fr": "L'affaire", "de": "Der Fall", "es": "El caso", "it": "Il caso", "pt": "O caso"}
BY_WORD = {"en": "by", "fr": "par", "de": "von", "es": "por", "it": "di", "pt": "por"}


def desk_s35_09(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    bar = sep_join(" – ", src.upper(), dated(a, desk, numeric_date), f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}",
                   a["authors"] and f"{BY_WORD[desk]} {joined(a['authors'], desk)}")
    parts = [bar, "", OCCHIELLO[desk], a["title"], lead(a["body"][-1]), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FAX = {  # department, to, from, date, pages, message
    "en": ("PRESS OFFICE", "To:", "From:", "Date:", "Pages:", "Clipping below, as discussed on the phone."),
    "fr": ("SERVICE PRESSE", "À :", "De :", "Date :", "Pages :", "Ci-joint la coupure dont nous avons parlé."),
    "de": ("PRESSESTELLE", "An:", "Von:", "Datum:", "Seiten:", "Anbei der besprochene Ausschnitt."),
    "es": ("GABINETE DE PRENSA", "Para:", "De:", "Fecha:", "Páginas:", "Adjunto el recorte del que hablamos."),
    "it": ("UFFICIO STAMPA", "A:", "Da:", "Data:", "Pagine:", "In allegato il ritaglio di cui abbiamo parlato."),
    "pt": ("GABINETE DE IMPRENSA", "Para:", "De:", "Data:", "Páginas:", "Segue o recorte de que falámos."),
}


def desk_s35_12(a, desk, rng):
    dept, to, frm, date_label, pages, message = FAX[desk]
    src = a["source"] or rng.choice(OUTLETS)
    sent = later(a["date"], rng, 1, 5)
    t = clock(rng)
    number = f"+{rng.choice(['33 1', '49 30', '34 91', '39 06', '351 21', '44 20'])} {rng.randrange(1000, 9999)} " \
             f"{rng.randrange(1000, 9999)}"

    def header(i):
        return f"{numeric_date(sent, desk)} {t}  FAX {number}  {dept}  P.{i:03d}/003"
    half = max(1, len(a["body"]) // 2)
    parts = [header(1), "", "FAX", "", f"{to} {colleague(a, rng)}", f"{frm} {others(a, rng, 1)[0]}, {dept.title()}",
             f"{date_label} {long_date(sent, desk)}", f"{pages} 3", "", message, "", "", header(2), "",
             sep_join(" — ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"][:half]), "", "", header(3), "", "\n\n".join(a["body"][half:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BRIEFS = {"en": "IN BRIEF", "fr": "EN BREF", "de": "KURZ NOTIERT", "es": "BREVES", "it": "IN BREVE", "pt": "BREVES"}


def desk_s35_19(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    title = a["title"]
    run_in = title + ("" if title[-1] in ".?!…" else ".")
    parts = [sep_join(" · ", BRIEFS[desk], src, dated(a, desk)), "", f"{run_in} {a['body'][0]}"] + a["body"][1:]
    text = parts[0] + "\n\n" + "\n\n".join(parts[2:])
    if a["authors"]:
        text += f" ({joined(a['authors'], desk)})"
    return text + "\n", e_with(a, source=src)


RETRIEVED = {"en": "Retrieved on {d} at {t}", "fr": "Consulté le {d} à {t}", "de": "Abgerufen am {d} um {t} Uhr",
             "es": "Consultado el {d} a las {t}", "it": "Consultato il {d} alle {t}", "pt": "Consultado a {d} às {t}"}
AGO = {"en": "{n} days ago", "fr": "il y a {n} jours", "de": "vor {n} Tagen", "es": "hace {n} días",
       "it": "{n} giorni fa", "pt": "há {n} dias"}


def desk_s35_20(a, desk, rng):
    n = rng.randrange(2, 7)
    ref = (datetime.date.fromisoformat(a["date"]) + datetime.timedelta(days=n)).isoformat() if a["date"] else \
        later(None, rng, 0, 90)
    parts = [RETRIEVED[desk].format(d=long_date(ref, desk, weekday=True), t=clock(rng)), ""]
    parts += [a["source"]] if a["source"] else []
    parts += [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [AGO[desk].format(n=n)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


STAMP = {  # service, periodicity and its value, circulation, date, page, journalist, surface, country and its value
    "en": ("MEDIACLIP", "Frequency", "Daily", "Circulation", "Date", "Page", "Journalist", "Area", "Country", "UK"),
    "fr": ("ARGOS PRESSE", "Périodicité", "Quotidien", "OJD", "Date", "Page", "Journaliste", "Surface", "Pays",
           "France"),
    "de": ("MEDIENAUSSCHNITT", "Erscheinungsweise", "täglich", "Auflage", "Datum", "Seite", "Autor", "Fläche", "Land",
           "Deutschland"),
    "es": ("RECORTES DE PRENSA", "Periodicidad", "Diaria", "Tirada", "Fecha", "Página", "Periodista", "Superficie",
           "País", "España"),
    "it": ("RITAGLI STAMPA", "Periodicità", "Quotidiano", "Tiratura", "Data", "Pagina", "Giornalista", "Superficie",
           "Paese", "Italia"),
    "pt": ("RECORTES DE IMPRENSA", "Periodicidade", "Diária", "Tiragem", "Data", "Página", "Jornalista", "Área",
           "País", "Portugal"),
}


def desk_s35_24(a, desk, rng):
    service, period, daily, circ, date_label, page, journalist, surface, country, land = STAMP[desk]
    src = a["source"] or rng.choice(OUTLETS)
    rows = [f"{service}  —  N° {rng.randrange(100000, 999999)}", src.upper(), f"{period}: {daily}",
            f"{circ}: {thousands(rng.randrange(20, 400) * 1000, desk)}"]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        month = ABBR[desk].split()[d.month - 1].rstrip(".").upper()
        rows.append(f"{date_label}: {d.day:02d} {month} {d.year % 100:02d}")
    rows.append(f"{page}: {rng.randrange(2, 40)}")
    rows += [f"{journalist}: {', '.join(n.upper() for n in a['authors'])}"] if a["authors"] else []
    rows += [f"{surface}: {rng.randrange(10, 95)} %", f"{country}: {land}"]
    parts = [r.upper() for r in rows] + ["", a["title"], "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def desk_s35_25(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    first = sep_join(" — ", a["authors"] and joined(a["authors"], desk), dated(a, desk))
    parts = ([first, ""] if first else []) + [wrap(a["body"], 80), "", a["title"], "",
                                              f"{src} — {PAGE[desk]} {rng.randrange(2, 40)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


INTRANET = {  # heading, posted, citation, read the full article, actions
    "en": ("In the press", "Posted by {p} on {d}", "{sd}: “{t}”", ", by {}", "Read the full article on the {s} website",
           "Like · Comment · Share"),
    "fr": ("Dans la presse", "Publié par {p} le {d}", "{sd} : « {t} »", ", par {}",
           "Lire l'article complet sur le site de {s}", "J'aime · Commenter · Partager"),
    "de": ("Wir in der Presse", "Veröffentlicht von {p} am {d}", "{sd}: „{t}“", ", von {}",
           "Den ganzen Artikel auf der Website von {s} lesen", "Gefällt mir · Kommentieren · Teilen"),
    "es": ("En los medios", "Publicado por {p} el {d}", "{sd}: «{t}»", ", por {}",
           "Lee el artículo completo en la web de {s}", "Me gusta · Comentar · Compartir"),
    "it": ("Dicono di noi", "Pubblicato da {p} il {d}", "{sd}: «{t}»", ", di {}",
           "Leggi l'articolo completo sul sito di {s}", "Mi piace · Commenta · Condividi"),
    "pt": ("Na imprensa", "Publicado por {p} a {d}", "{sd}: «{t}»", ", por {}",
           "Leia o artigo completo no site do {s}", "Gosto · Comentar · Partilhar"),
}


def desk_s35_26(a, desk, rng):
    heading, posted, cite, by, full, actions = INTRANET[desk]
    src = a["source"] or rng.choice(OUTLETS)
    line = cite.format(sd=sep_join(", ", src, dated(a, desk)), t=a["title"])
    line += by.format(joined(a["authors"], desk)) if a["authors"] else ""
    parts = [heading, posted.format(p=colleague(a, rng), d=long_date(later(a["date"], rng, 1, 7), desk)), "", line, "",
             "\n\n".join(a["body"][:3]), "", full.format(s=src), "", actions]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ANNOTATION = {"en": "[handwritten: {}]", "fr": "[manuscrit : {}]", "de": "[handschriftlich: {}]", "es": "[a mano: {}]",
              "it": "[a mano: {}]", "pt": "[manuscrito: {}]"}


def desk_s35_27(a, desk, rng):
    src = a["source"] or rng.choice(OUTLETS)
    day = ""
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        day = f"{d.month}/{d.day}/{d.year % 100:02d}" if desk == "en" else \
            f"{d.day}.{d.month}.{d.year % 100:02d}" if desk == "de" else f"{d.day}/{d.month}/{d.year % 100:02d}"
    note_ = ANNOTATION[desk].format(sep_join(", ", src, day, f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}"))
    article = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else []) + ["", wrap(a["body"], 56)]
    parts = [note_, ""] + article if rng.random() < 0.5 else article + ["", note_]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S35 = {name for name in dict(globals()) if name.startswith("desk_s35_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S35})

# The stop-35 thirteenth batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks
# of their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
assert len(BLIND_S35) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S35) == 10
