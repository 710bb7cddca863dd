"""Stop 25: a third batch of 24 clipping layouts (BLIND_S25) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding
what a careful desk editor would extract (title: the headline, never a kicker or deck; authors:
persons only, never a translator, interviewee, commenter or the colleague who forwarded it; date:
the article's publication date, never a copyright year or the date a file was forwarded, clipped
or corrected; source: the publication or agency). Names are neutral; text_eval.py's hash
puts some in development (commented, first) and the rest held-out (after the marker line, which
whoever tunes the reader never reads past).
"""
import csv
import datetime
import io
import re
import unicodedata

from clipping_layouts import (ABBR, CITY, LABELS, LAYOUTS, OUTLETS, PEOPLE, RELATED, byline, clock, columns, expect,
                              joined, later, long_date, numeric_date, short_date, stamp, wrap)


def mailbox(name, domain="example.org"):
    """`Hélène Roux` -> `helene.roux@example.org`."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return ".".join(plain.split()) + "@" + domain


def first_sentence(paragraph):
    """The paragraph's first sentence of at least 20 characters (its first 20 words if none ends)."""
    found = re.match(r"(.{20,}?[.!?])\s", paragraph)
    return found.group(1) if found else " ".join(paragraph.split()[:20]) + " …"


def meta_line(a, desk, sep=" – ", fmt=long_date):
    """`Publication – date` with whichever of the two the article has ('' if neither)."""
    return sep.join(x for x in [a["source"], a["date"] and fmt(a["date"], desk)] if x)


OUTLOOK = {  # banner, from, sent, to, subject
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
    "pt": ("-----Mensagem original-----", "De:", "Enviada:", "Para:", "Assunto:"),
}
FYI = {"en": "Please add this one to tomorrow's review.", "fr": "Merci de l'ajouter à la revue de demain.",
       "de": "Bitte in den morgigen Pressespiegel aufnehmen.", "es": "Por favor, incluidlo en el resumen de mañana.",
       "it": "Da aggiungere alla rassegna di domani, grazie.", "pt": "Por favor, incluir no clipping de amanhã."}


# Outlook forward: a colleague's note and first name, the `-----Original Message-----` block (Sent = a later
# day than the article), then the article pasted below it (title sometimes only in Subject), byline,
# `Publication – date`. The Sent date is never the article's.
def desk_s25_01(a, desk, rng):
    banner, frm, sent, to, subj = OUTLOOK[desk]
    fwd, orig = rng.sample(PEOPLE, 2)
    when = long_date(later(a["date"], rng, 1, 4), desk, weekday=True)
    parts = [FYI[desk], "", fwd.split()[0], "", banner, f"{frm} {orig} <{mailbox(orig)}>",
             f"{sent} {when} {clock(rng)}", f"{to} Press Office <press@example.org>", f"{subj} {a['title']}", ""]
    parts += [a["title"]] if rng.random() < 0.5 else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [meta_line(a, desk)] if meta_line(a, desk) else []
    parts += ["", wrap(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


WEEKDAY_ABBR = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
                "de": "Mo. Di. Mi. Do. Fr. Sa. So.", "es": "lun mar mié jue vie sáb dom",
                "it": "lun mar mer gio ven sab dom", "pt": "seg. ter. qua. qui. sex. sáb. dom."}
WROTE = {"en": "On {w}, {m} {d}, {y} at {t} {n} <{e}> wrote:", "fr": "Le {w} {d} {m} {y} à {t}, {n} <{e}> a écrit :",
         "de": "Am {w}, {d}. {m} {y} um {t} Uhr schrieb {n} <{e}>:",
         "es": "El {w}, {d} {m} {y} a las {t}, {n} (<{e}>) escribió:",
         "it": "Il giorno {w} {d} {m} {y} alle ore {t} {n} <{e}> ha scritto:",
         "pt": "Em {w}, {d} de {m} de {y} às {t}, {n} <{e}> escreveu:"}
LOOK = {"en": "Have a look at this one, it concerns us:", "fr": "Regarde celui-ci, ça nous concerne :",
        "de": "Schau dir das mal an, betrifft uns:", "es": "Mira esto, nos afecta:",
        "it": "Guarda questo, ci riguarda:", "pt": "Vê isto, diz-nos respeito:"}
REPLY = {"en": "Thanks, added to the review.", "fr": "Merci, ajouté à la revue.",
         "de": "Danke, ist im Pressespiegel.", "es": "Gracias, añadido al resumen.",
         "it": "Grazie, aggiunto alla rassegna.", "pt": "Obrigado, adicionado ao clipping."}


# Mail reply: `Thanks, added`, a Gmail-style `On Thu, Mar 5, 2026 at 09:12 X <x@…> wrote:` (a later day), then
# the colleague's message quoted with `> `: a note, the title, `Publication, dd/mm/yyyy`, byline, text, signature.
def desk_s25_02(a, desk, rng):
    sender = rng.choice(PEOPLE)
    d = datetime.date.fromisoformat(later(a["date"], rng, 1, 3))
    attribution = WROTE[desk].format(w=WEEKDAY_ABBR[desk].split()[d.weekday()], m=ABBR[desk].split()[d.month - 1],
                                     d=d.day, y=d.year, t=clock(rng), n=sender, e=mailbox(sender))
    quoted = [LOOK[desk], "", a["title"]]
    quoted += [meta_line(a, desk, ", ", numeric_date)] if meta_line(a, desk) else []
    quoted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    quoted += [""] + wrap(a["body"], 70).split("\n") + ["", "-- ", sender.split()[0]]
    text = REPLY[desk] + "\n\n" + attribution + "\n" + "\n".join(("> " + line).rstrip() for line in quoted)
    return text + "\n", expect(a)


COUNTRY = {"en": "United Kingdom", "fr": "France", "de": "Germany", "es": "Spain", "it": "Italy", "pt": "Portugal"}


# Media-monitoring CSV export opened as text (BOM, CRLF, `,` on the English desk and `;` elsewhere): a header row
# and one quoted record (Date, Headline, URL, Opening Text, Hit Sentence, Source, Influencer, …, Full Text).
def desk_s25_03(a, desk, rng):
    when = ""
    if a["date"]:
        d, h, m = datetime.date.fromisoformat(a["date"]), rng.randrange(6, 23), rng.randrange(60)
        when = f"{d.day:02d}-{ABBR['en'].split()[d.month - 1]}-{d.year} {h % 12 or 12:02d}:{m:02d}" \
               f"{'AM' if h < 12 else 'PM'}" if desk == "en" else f"{numeric_date(a['date'], desk)} {h:02d}:{m:02d}"
    row = {"Date": when, "Headline": a["title"], "URL": f"https://news.example.org/a/{rng.randrange(10 ** 6)}",
           "Opening Text": first_sentence(a["body"][0]), "Hit Sentence": "... " + a["body"][1][:140] + " ...",
           "Source": a["source"] or "", "Influencer": "; ".join(a["authors"]), "Country": COUNTRY[desk],
           "Language": a["lang"], "Reach": str(rng.randrange(2, 900) * 1000), "Sentiment": "Neutral",
           "Full Text": "\n\n".join(a["body"])}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row), delimiter="," if desk == "en" else ";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(row)
    return "\ufeff" + out.getvalue(), expect(a)


NEWSDESK = {  # publication, published, author, word count, section; the section's name
    "en": ("Publication", "Published", "Author", "Word count", "Section", "Business"),
    "fr": ("Publication", "Date de publication", "Auteur", "Nombre de mots", "Rubrique", "Économie"),
    "de": ("Publikation", "Veröffentlicht", "Autor", "Wortanzahl", "Ressort", "Wirtschaft"),
    "es": ("Publicación", "Fecha de publicación", "Autor", "Número de palabras", "Sección", "Economía"),
    "it": ("Testata", "Data di pubblicazione", "Autore", "Numero di parole", "Sezione", "Economia"),
    "pt": ("Publicação", "Data de publicação", "Autor", "Número de palavras", "Secção", "Economia"),
}


# Monitoring-platform export with the metadata BELOW the text: title, text, a rule, then labelled rows
# (publication, date and time, author, word count, section), a copyright line (a year only) and the link.
def desk_s25_04(a, desk, rng):
    pub, published, author, words, section, name = NEWSDESK[desk]
    colon = " : " if desk == "fr" else ": "
    rows = [(pub, a["source"])] if a["source"] else []
    rows += [(published, f"{short_date(a['date'], desk)} {clock(rng)}")] if a["date"] else []
    rows += [(author, ", ".join(a["authors"]))] if a["authors"] else []
    rows += [(words, str(sum(len(p.split()) for p in a["body"]))), (section, name)]
    tail = [k + colon + v for k, v in rows]
    year = a["date"][:4] if a["date"] else rng.choice(["2025", "2026"])
    tail += [f"© {year} {a['source']}"] if a["source"] else []
    tail.append(f"https://news.example.org/a/{rng.randrange(10 ** 6)}")
    parts = [a["title"], "", "\n\n".join(a["body"]), "", "─" * 40] + tail
    return "\n".join(parts) + "\n", expect(a)


# Note-app web clip (Markdown): YAML front matter with title, source URL, author as `[[Name]]`, published,
# created (the later day it was clipped), description, tags; then the text. No publication named: source none.
def desk_s25_06(a, desk, rng):
    slug = "-".join(w.lower() for w in a["title"].split()[:6] if w.isalnum())
    path = a["date"].replace("-", "/") + "/" if a["date"] else ""
    front = ["---", 'title: "' + a["title"].replace('"', '\\"') + '"',
             f'source: "https://news.example.org/{path}{slug}"']
    front += ["author:"] + [f'  - "[[{n}]]"' for n in a["authors"]] if a["authors"] else []
    front += [f"published: {a['date']}"] if a["date"] else []
    front += [f"created: {later(a['date'], rng, 0, 6)}",
              'description: "' + first_sentence(a["body"][0]).replace('"', "'") + '"',
              "tags:", '  - "clippings"', "---"]
    return "\n".join(front) + "\n" + "\n\n".join(a["body"]) + "\n", expect(a, source=False)


SLACK = {"en": "for today's review 👇", "fr": "pour la revue du jour 👇", "de": "für den Pressespiegel heute 👇",
         "es": "para el resumen de hoy 👇", "it": "per la rassegna di oggi 👇",
         "pt": "para o clipping de hoje 👇"}


# Team-chat copy: `Name  10:42 AM` (time only), the poster's one-line message, then the pasted article (title,
# `Publication · date` and byline in either order), emoji reactions at the end.
def desk_s25_07(a, desk, rng):
    h, m = rng.randrange(7, 20), rng.randrange(60)
    t = f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h}:{m:02d}"
    meta = [meta_line(a, desk, " · ")] if meta_line(a, desk) else []
    by = [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts = [f"{rng.choice(PEOPLE)}  {t}", SLACK[desk], "", a["title"]]
    parts += meta + by if rng.random() < 0.5 else by + meta
    parts += ["", "\n\n".join(a["body"]), "", f"👍 {rng.randrange(1, 6)}  👀 {rng.randrange(1, 4)}"]
    return "\n".join(parts) + "\n", expect(a)


FORWARDED = {"en": "Forwarded from", "fr": "Transféré depuis", "de": "Weitergeleitet von", "es": "Reenviado de",
             "it": "Inoltrato da", "pt": "Encaminhado de"}
MORE = {"en": "Read more", "fr": "Lire la suite", "de": "Weiterlesen", "es": "Leer más", "it": "Leggi tutto",
        "pt": "Leia mais"}


# Messaging-channel forward: `Forwarded from <channel>` (the publication's channel, or a person's when the article
# names no publication: then no source), **title**, `🗓 date`, text, `✍️ author`, a read-more link, views.
def desk_s25_08(a, desk, rng):
    channel = a["source"] or rng.choice(PEOPLE)
    parts = [f"{FORWARDED[desk]} {channel}", f"**{a['title']}**"]
    parts += [f"🗓 {long_date(a['date'], desk)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"][:5])]
    parts += [f"✍️ {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += ["", f"🔗 {MORE[desk]}: https://news.example.org/a/{rng.randrange(10 ** 6)}",
              f"👁 {rng.randrange(1, 99)}.{rng.randrange(10)}K  {clock(rng)}"]
    return "\n".join(parts) + "\n", expect(a)


TRANSLATED = {"en": "Translated from the {l} by {t}", "fr": "Traduit de l'{l} par {t}", "de": "Aus dem {l} von {t}",
              "es": "Traducción del {l}: {t}", "it": "Traduzione dall'{l} di {t}", "pt": "Tradução do {l} de {t}"}
ORIGINAL = {"en": ("German", "French", "English"), "fr": ("allemand", "anglais", "anglais"),
            "de": ("Deutschen", "Französischen", "Englischen"), "es": ("alemán", "francés", "inglés"),
            "it": ("inglese", "inglese", "inglese"), "pt": ("alemão", "francês", "inglês")}


# Translated article: `Publication · date` on top, title, byline, a translator credit (under the byline or at the
# end in parentheses); the translator is not an author.
def desk_s25_09(a, desk, rng):
    lang = rng.choice(ORIGINAL[desk])
    credit = TRANSLATED[desk].format(l=lang, t=rng.choice(PEOPLE))
    top = rng.random() < 0.5
    parts = ([meta_line(a, desk, " · ")] if meta_line(a, desk) else []) + [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [credit] if top else []
    parts += ["", "\n\n".join(a["body"])] + ([] if top else ["", f"({credit})"])
    return "\n".join(parts) + "\n", expect(a)


CORRECTION = {
    "en": ("Correction{d}: An earlier version of this article gave a wrong figure in the third paragraph. "
           "It has been corrected.", ", {}"),
    "fr": ("Rectificatif{d} : une version précédente de cet article comportait un chiffre erroné au troisième "
           "paragraphe.", " ({})"),
    "de": ("Korrektur{d}: In einer früheren Version dieses Artikels war eine Zahl im dritten Absatz falsch "
           "angegeben.", " vom {}"),
    "es": ("Fe de errores{d}: una versión anterior de este artículo contenía una cifra errónea en el tercer "
           "párrafo.", " ({})"),
    "it": ("Rettifica{d}: una versione precedente di questo articolo riportava una cifra errata nel terzo "
           "paragrafo.", " del {}"),
    "pt": ("Correção{d}: uma versão anterior deste artigo continha um número errado no terceiro parágrafo.",
           " ({})"),
}


# Correction notice on top (dated a few days after the article, undated when the article is), then the title,
# byline, `Publication, dd/mm/yyyy`, text. The correction's date is not the publication date.
def desk_s25_10(a, desk, rng):
    notice, dated = CORRECTION[desk]
    when = dated.format(long_date(later(a["date"], rng, 1, 5), desk)) if a["date"] else ""
    parts = [notice.format(d=when), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [meta_line(a, desk, ", ", numeric_date)] if meta_line(a, desk) else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


LIVE = {"en": ("LIVE", "Live coverage by {a}"), "fr": ("EN DIRECT", "Suivi en direct par {a}"),
        "de": ("LIVE-TICKER", "Live-Ticker von {a}"), "es": ("EN DIRECTO", "Directo a cargo de {a}"),
        "it": ("DIRETTA", "La diretta a cura di {a}"), "pt": ("AO MINUTO", "Acompanhamento de {a}")}


def live_time(desk, h, m):
    return {"en": f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'} GMT", "fr": f"{h}h{m:02d}",
            "de": f"{h:02d}:{m:02d} Uhr", "pt": f"{h}h{m:02d}"}.get(desk, f"{h:02d}:{m:02d}")


# Live blog: `Publication — LIVE` (or just LIVE), title, `Live coverage by A`, the day with weekday, then one
# time stamp per entry, newest first, each above its paragraph.
def desk_s25_11(a, desk, rng):
    label, by = LIVE[desk]
    parts = [f"{a['source']} — {label}" if a["source"] else label, a["title"]]
    parts += [by.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    minutes = sorted(rng.sample(range(7 * 60, 21 * 60), len(a["body"])), reverse=True)
    for minute, paragraph in zip(minutes, a["body"]):
        parts += ["", live_time(desk, minute // 60, minute % 60), paragraph]
    return "\n".join(parts) + "\n", expect(a)


QUESTIONS = {
    "en": ["What is at stake here?", "How did we get to this point?", "What happens next?", "Who stands to lose most?"],
    "fr": ["Quel est l'enjeu ?", "Comment en est-on arrivé là ?", "Que va-t-il se passer ?",
           "Qui a le plus à perdre ?"],
    "de": ["Worum geht es eigentlich?", "Wie ist es so weit gekommen?", "Wie geht es weiter?",
           "Wer hat am meisten zu verlieren?"],
    "es": ["¿Qué está en juego?", "¿Cómo se ha llegado hasta aquí?", "¿Qué pasará ahora?",
           "¿Quién tiene más que perder?"],
    "it": ["Qual è la posta in gioco?", "Come si è arrivati a questo punto?", "Che cosa succederà adesso?",
           "Chi ha più da perdere?"],
    "pt": ["O que está em jogo?", "Como se chegou a este ponto?", "O que vai acontecer agora?",
           "Quem tem mais a perder?"],
}
INTERVIEW = {  # question label, interviewer credit, the deck naming the interviewee
    "en": ("Q:", "Interview: {a}", "{p}, chief economist at the Institute for Economic Policy, answers our questions."),
    "fr": ("Question :", "Propos recueillis par {a}", "{p}, économiste en chef de l'Institut d'études économiques, "
                                                      "répond à nos questions."),
    "de": ("Frage:", "Das Interview führte {a}.", "{p}, Chefvolkswirtin des Instituts für Wirtschaftspolitik, "
                                                 "im Gespräch."),
    "es": ("P:", "Entrevista: {a}", "{p}, economista jefe del Instituto de Política Económica, responde a nuestras "
                                    "preguntas."),
    "it": ("D:", "Intervista di {a}", "{p}, capo economista dell'Istituto di politica economica, risponde alle "
                                      "nostre domande."),
    "pt": ("P:", "Entrevista: {a}", "{p}, economista-chefe do Instituto de Política Económica, responde às nossas "
                                    "perguntas."),
}


# Interview in Q&A form: title, a deck naming the interviewee, the interviewer's credit, the date, an intro, then
# `Q:` questions and answers prefixed with the interviewee's surname. The interviewee is not an author.
def desk_s25_12(a, desk, rng):
    q, credit, deck = INTERVIEW[desk]
    person = rng.choice(PEOPLE)
    parts = [a["title"], deck.format(p=person)]
    parts += [credit.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", a["body"][0]]
    for question, answer in zip(QUESTIONS[desk] * 2, a["body"][1:]):
        parts += ["", f"{q} {question}", f"{person.split()[-1]}: {answer}"]
    return "\n".join(parts) + "\n", expect(a, source=False)


OPINION = {  # opinion label, unsigned label, bio (one author, several), disclaimer
    "en": ("OPINION", "EDITORIAL", "{a} is a senior fellow at the Institute for Economic Policy and the author of "
           "several books on trade.", "{a} are senior fellows at the Institute for Economic Policy.",
           "The views expressed are the author's own."),
    "fr": ("TRIBUNE", "ÉDITORIAL", "{a} est chercheur associé à l'Institut d'études économiques et auteur de "
           "plusieurs ouvrages sur le commerce.", "{a} sont chercheurs associés à l'Institut d'études économiques.",
           "Les opinions exprimées n'engagent que leur auteur."),
    "de": ("GASTBEITRAG", "LEITARTIKEL", "{a} ist Senior Fellow am Institut für Wirtschaftspolitik und Autor "
           "mehrerer Bücher über den Welthandel.", "{a} sind Senior Fellows am Institut für Wirtschaftspolitik.",
           "Der Beitrag gibt die Meinung des Autors wieder."),
    "es": ("TRIBUNA", "EDITORIAL", "{a} es investigador del Instituto de Política Económica y autor de varios "
           "libros sobre comercio.", "{a} son investigadores del Instituto de Política Económica.",
           "Las opiniones expresadas son responsabilidad del autor."),
    "it": ("L'OPINIONE", "EDITORIALE", "{a} è ricercatore all'Istituto di politica economica e autore di diversi "
           "libri sul commercio.", "{a} sono ricercatori all'Istituto di politica economica.",
           "Le opinioni espresse sono dell'autore."),
    "pt": ("OPINIÃO", "EDITORIAL", "{a} é investigador do Instituto de Política Económica e autor de vários "
           "livros sobre comércio.", "{a} são investigadores do Instituto de Política Económica.",
           "As opiniões expressas são da responsabilidade do autor."),
}


# Op-ed: `OPINION | Publication` (EDITORIAL when unsigned), title, date, text, then the author named only in an
# italic bio sentence at the end (`*A is a senior fellow at …*`) and a disclaimer.
def desk_s25_13(a, desk, rng):
    label, unsigned, bio, bios, disclaimer = OPINION[desk]
    head = label if a["authors"] else unsigned
    parts = [f"{head} | {a['source']}" if a["source"] else head, "", a["title"]]
    parts += [long_date(a["date"], desk, weekday=rng.random() < 0.5)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", "*" + (bio if len(a["authors"]) == 1 else bios).format(a=joined(a["authors"], desk)) + "*",
                  disclaimer]
    return "\n".join(parts) + "\n", expect(a)


OVERLINES = {"en": ["Exclusive", "Markets", "Europe's energy squeeze"],
             "fr": ["Exclusif", "Marchés", "Crise énergétique"],
             "de": ["Exklusiv", "Märkte", "Energiekrise"], "es": ["Exclusiva", "Mercados", "Crisis energética"],
             "it": ["Esclusiva", "Mercati", "Crisi energetica"], "pt": ["Exclusivo", "Mercados", "Crise energética"]}


def title_case(text):
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


# Print-style head: masthead (sometimes), an overline/kicker, the headline in ALL CAPS or Title Case as printed,
# a one-sentence deck, `By A | date` (or on two lines), text. The headline is expected as printed.
def desk_s25_14(a, desk, rng):
    title = a["title"].upper() if rng.random() < 0.5 else title_case(a["title"])
    parts = [a["source"].upper()] if a["source"] and rng.random() < 0.5 else []
    source = a["source"] if parts else None
    parts += [rng.choice(OVERLINES[desk]), title, first_sentence(a["body"][0]), ""]
    meta = ([byline(a["authors"], desk, rng)] if a["authors"] else []) + \
        ([long_date(a["date"], desk)] if a["date"] else [])
    parts += [" | ".join(meta) if rng.random() < 0.5 else "\n".join(meta)] if meta else []
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e.update(title=title, source=source)
    return "\n".join(parts) + "\n", e


# Each agency's wire copy as (header lines, dateline opener, trailer lines); `d` the date (or None), `t` a clock time.
def wire_ansa(d, t, rng):
    mo = ABBR["en"].split()[d.month - 1].upper() if d else ""
    trail = f"{d.day:02d}-{mo}-{d.strftime('%y')} {t} NNNN" if d else "NNNN"
    return [f"ZCZC{rng.randrange(1000, 9999)}/SXA", "R ECO S0A QBXB"], \
        f"(ANSA) - ROMA{f', {d.day:02d} {mo}' if d else ''} - ", ["(ANSA).", "", "     YT1-MRG", trail]


def wire_efe(d, t, rng):
    head = f"ECO{rng.randrange(1000, 9999)} 3 E {rng.randrange(100, 999)}"
    head += f" {numeric_date(d.isoformat(), 'es')} {t}" if d else ""
    day = f", {d.day} {ABBR['es'].split()[d.month - 1]}" if d else ""
    return [head], f"Madrid{day} (EFE).- ", ["jmr/pddp"]


def wire_lusa(d, t, rng):
    day = f", {d.day:02d} {ABBR['pt'].split()[d.month - 1]} {d.year}" if d else ""
    return [], f"Lisboa{day} (Lusa) - ", ["", "ACL // VM", "", "Lusa/Fim"]


def wire_dpa(d, t, rng):
    sent = [f"{d.day:02d}{t.replace(':', '')} {ABBR['de'].split()[d.month - 1].rstrip('.')} {d.strftime('%y')}"] \
        if d else []
    return [f"dpa {rng.randrange(1000, 9999)} 4 wi {rng.randrange(100, 999)}", "Deutschland/Wirtschaft/"], \
        "Berlin (dpa) - ", ["dpa sl yy n1 mk"] + sent


def wire_belga(d, t, rng):
    head = f"BELGA-{rng.randrange(1000, 9999)}" + (f" {d.day:02d}/{d.month:02d}/{d.year} {t}" if d else "")
    return [head, "BEL POL ECO"], f"BRUXELLES {f'{d.day:02d}/{d.month:02d} ' if d else ''}(BELGA) = ", ["VBR/JDV"]


AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()


def wire_ap(d, t, rng):
    head = [f"AP-EU-{rng.choice(['Economy', 'Europe-Trade'])}, {rng.choice(['1st Ld-Writethru', '2nd Ld-Writethru'])}"]
    head += [f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {t} GMT"] if d else []
    return head, "LONDON (AP) — ", []


WIRES = {"it": ("ANSA", wire_ansa), "es": ("EFE", wire_efe), "pt": ("Lusa", wire_lusa), "de": ("dpa", wire_dpa),
         "fr": ("Belga", wire_belga), "en": ("AP", wire_ap)}


# Agency wire with its own transmission codes and slug (per desk: ANSA, EFE, Lusa, dpa, Belga, AP), the agency's
# dateline opener, desk initials and (ANSA, dpa) a trailing `DD-MON-YY` / `DDHHMM Mon YY` stamp.
def desk_s25_15(a, desk, rng):
    agency, wire = WIRES[desk]
    head, opener, trail = wire(datetime.date.fromisoformat(a["date"]) if a["date"] else None, clock(rng), rng)
    parts = head + [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", opener + a["body"][0]] + a["body"][1:] + trail
    e = expect(a)
    e["source"] = agency
    return "\n".join(parts) + "\n", e


def ligatures(text):
    """PDF text keeps typographic ligatures: `fi` -> `ﬁ`, `fl` -> `ﬂ`, `ff` -> `ﬀ`."""
    return text.replace("ffi", "ﬃ").replace("ff", "ﬀ").replace("fi", "ﬁ").replace("fl", "ﬂ")


# Magazine PDF to text: form feeds between pages, `page | PUBLICATION | date` running head on each page, a drop cap
# split from its word, narrow hyphenated columns with ligatures (ﬁ ﬂ), a `www…` footer; title and byline on
# page 1.
def desk_s25_17(a, desk, rng):
    page = rng.randrange(12, 80)

    def head(number):
        return " | ".join([str(number)] + ([a["source"].upper()] if a["source"] else []) +
                          ([long_date(a["date"], desk)] if a["date"] else []))

    body = columns(a["body"], 56)
    if body[0].isalpha() and body[1].isalpha():
        body = body[0] + "\n" + body[1:]
    lines = ligatures(body).split("\n")
    half = len(lines) // 2
    parts = [head(page), "", a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    parts += lines[:half] + ["", "www.example-magazine.org", "\f" + head(page + 1), ""] + lines[half:]
    return "\n".join(parts) + "\n", expect(a)


READER = {  # banner, link, main, heading level 1, a graphic and its alt text, contentinfo
    "en": ("banner landmark", "link", "main landmark", "heading level 1", "graphic, File photo",
           "content info landmark"),
    "fr": ("repère bannière", "lien", "repère principal", "titre niveau 1", "graphique, Photo d'illustration",
           "repère informations"),
    "de": ("Banner Orientierungspunkt", "Link", "Hauptbereich Orientierungspunkt", "Überschrift Ebene 1",
           "Grafik, Symbolbild", "Inhaltsinformationen Orientierungspunkt"),
    "es": ("punto de referencia banner", "vínculo", "punto de referencia principal", "encabezado nivel 1",
           "gráfico, Imagen de archivo", "punto de referencia información de contenido"),
    "it": ("punto di riferimento banner", "collegamento", "punto di riferimento principale",
           "intestazione livello 1", "grafica, Foto d'archivio", "punto di riferimento informazioni sul contenuto"),
    "pt": ("marco banner", "link", "marco principal", "cabeçalho nível 1", "gráfico, Imagem de arquivo",
           "marco informações de conteúdo"),
}


# Screen-reader speech log of the article page: landmarks, `link, Publication`, `heading level 1, Title`, byline and
# date as read aloud, a graphic's alt text, the paragraphs, the content-info landmark.
def desk_s25_18(a, desk, rng):
    banner, link, main, h1, graphic, info = READER[desk]
    parts = [banner] + ([f"{link}, {a['source']}"] if a["source"] else []) + [main, f"{h1}, {a['title']}"]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += [graphic] + list(a["body"]) + [info]
    return "\n".join(parts) + "\n", expect(a)


# Text editor save of a desk note: BOM, CRLF, trailing spaces and tabs, title first, then labelled rows with a
# no-break space around the colon (French) or after it, a date with no-break spaces, paragraphs indented by a tab.
def desk_s25_20(a, desk, rng):
    t, au, d, s = (label.rstrip(": ").strip() for label in LABELS[desk])
    colon = "\u00a0: " if desk == "fr" else ":\u00a0"
    rows = ([(s, a["source"])] if a["source"] else []) + \
        ([(d, long_date(a["date"], desk).replace(" ", "\u00a0"))] if a["date"] else []) + \
        ([(au, ", ".join(a["authors"]))] if a["authors"] else [])
    rng.shuffle(rows)
    lines = [a["title"] + rng.choice(["  ", "\t", " \t "])] + [k + colon + v + rng.choice(["", " ", "\t"])
                                                               for k, v in rows]
    lines += ["   "] + ["\t" + p + rng.choice(["", "  "]) + "\r\n" for p in a["body"]]
    return "\ufeff" + "\r\n".join(lines) + "\r\n", expect(a)


REVIEW_LEAD = {  # signed: with publication and date, publication only, date only, neither; unsigned: with a
    # publication, without one; the date clause of the unsigned forms
    "en": ("Writing in {s} on {d}, {w} reports: ", "Writing in {s}, {w} reports: ", "Writing on {d}, {w} reports: ",
           "{w} reports: ", "{s} reported{d}: ", "It was reported{d}: ", " on {}"),
    "fr": ("Dans {s} du {d}, {w} écrit : ", "Dans {s}, {w} écrit : ", "Le {d}, {w} écrit : ", "{w} écrit : ",
           "{s} rapporte{d} : ", "On apprenait{d} : ", " le {}"),
    "de": ("In {s} vom {d} schreibt {w}: ", "In {s} schreibt {w}: ", "Am {d} schreibt {w}: ", "{w} schreibt: ",
           "{s} berichtete{d}: ", "Gemeldet wurde{d}: ", " am {}"),
    "es": ("En {s}, el {d}, {w} escribe: ", "En {s}, {w} escribe: ", "El {d}, {w} escribe: ", "{w} escribe: ",
           "{s} informó{d}: ", "Se informó{d}: ", " el {}"),
    "it": ("Su {s} del {d}, {w} scrive: ", "Su {s}, {w} scrive: ", "Il {d}, {w} scrive: ", "{w} scrive: ",
           "{s} riportava{d}: ", "Si apprendeva{d}: ", " il {}"),
    "pt": ("Em {s}, a {d}, {w} escreve: ", "Em {s}, {w} escreve: ", "A {d}, {w} escreve: ", "{w} escreve: ",
           "{s} noticiou{d}: ", "Noticiou-se{d}: ", " a {}"),
}


def review_lead(a, desk):
    """The opening clause of a press-review summary, naming the publication, date and author that exist."""
    both, source_only, date_only, neither, unsigned, anonymous, on = REVIEW_LEAD[desk]
    s, d, w = a["source"], a["date"] and long_date(a["date"], desk), a["authors"] and joined(a["authors"], desk)
    if w:
        return (both if s and d else source_only if s else date_only if d else neither).format(s=s, d=d, w=w)
    return (unsigned if s else anonymous).format(s=s, d=on.format(d) if d else "")


# Press-review summary: the headline in bold, then publication, date and author given only inside the first
# sentence of the first paragraph (`Writing in X on March 3, 2026, A reports: …`), the rest of the text.
def desk_s25_21(a, desk, rng):
    parts = [f"**{a['title']}**", review_lead(a, desk) + a["body"][0]] + a["body"][1:]
    return "\n\n".join(parts) + "\n", expect(a)


COMMENTS = {  # heading, three comments
    "en": ("Comments ({n})", ["Very interesting, thanks for the detailed reporting.", "I doubt this will change much.",
                              "Finally someone asks the right questions!"]),
    "fr": ("Commentaires ({n})", ["Très intéressant, merci pour cet article détaillé.",
                                  "Je doute que cela change grand-chose.",
                                  "Enfin quelqu'un pose les bonnes questions !"]),
    "de": ("Kommentare ({n})", ["Sehr interessant, danke für die ausführliche Recherche.",
                                "Ich bezweifle, dass sich viel ändern wird.",
                                "Endlich stellt jemand die richtigen Fragen!"]),
    "es": ("Comentarios ({n})", ["Muy interesante, gracias por el reportaje.", "Dudo que esto cambie mucho.",
                                 "¡Por fin alguien hace las preguntas correctas!"]),
    "it": ("Commenti ({n})", ["Molto interessante, grazie per l'approfondimento.", "Dubito che cambierà molto.",
                              "Finalmente qualcuno fa le domande giuste!"]),
    "pt": ("Comentários ({n})", ["Muito interessante, obrigado pela reportagem.", "Duvido que isto mude muita coisa.",
                                 "Finalmente alguém faz as perguntas certas!"]),
}


# Web page with its reader comments: title, byline, numeric date and time, text, `Comments (3)` with each
# commenter's name and a later date, then `© year Publication` at the foot (the source; the year is no date).
def desk_s25_23(a, desk, rng):
    heading, texts = COMMENTS[desk]
    parts = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [f"{numeric_date(a['date'], desk)} {clock(rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", heading.format(n=len(texts))]
    for name, text in zip(rng.sample(PEOPLE, len(texts)), texts):
        parts += ["", f"{name} · {short_date(later(a['date'], rng, 0, 3), desk)} {clock(rng)}", text]
    if a["source"]:
        parts += ["", f"© {a['date'][:4] if a['date'] else rng.choice(['2025', '2026'])} {a['source']}"]
    return "\n".join(parts) + "\n", expect(a)


# ---- held-out members of BLIND_S25 below: whoever tunes the reader never reads past this line ----
def desk_s25_05(a, desk, rng):
    named = a["authors"] or ([a["source"]] if a["source"] else [])
    parts = [f"# {a['title']}", "", "![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/"
             "article2.74d541386bbf.png)", "", "## Metadata"]
    parts += [f"- Author: [[{', '.join(named)}]]"] if named else []
    parts += [f"- Full Title: {a['title']}", "- Category: #articles"]
    parts += [f"- Published Date: {a['date']}"] if a["date"] else []
    parts += [f"- URL: https://news.example.org/a/{rng.randrange(10 ** 6)}", "", "## Highlights"]
    for paragraph in a["body"][:4]:
        parts.append(f"- {paragraph} ([View Highlight](https://read.readwise.io/read/01h{rng.getrandbits(60):015x}))")
    e = expect(a, source=False)
    e["source"] = a["source"] if not a["authors"] else None
    return "\n".join(parts) + "\n", e


MINISTRY = {  # ministry, press office, the intro with its optional parts
    "en": ("MINISTRY OF ECONOMY AND FINANCE", "Press Office – Press review",
           "The Ministry draws attention to the following article{s}{d}:", ", published in {}", " on {}"),
    "fr": ("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES", "Service de presse – Revue de presse",
           "Le ministère signale l'article suivant{s}{d} :", ", paru dans {}", " le {}"),
    "de": ("BUNDESMINISTERIUM DER FINANZEN", "Pressestelle – Pressespiegel",
           "Das Ministerium weist auf folgenden Artikel hin{s}{d}:", ", erschienen in {}", " am {}"),
    "es": ("MINISTERIO DE ECONOMÍA Y HACIENDA", "Gabinete de Prensa – Resumen de prensa",
           "El Ministerio llama la atención sobre el siguiente artículo{s}{d}:", ", publicado en {}", " el {}"),
    "it": ("MINISTERO DELL'ECONOMIA E DELLE FINANZE", "Ufficio Stampa – Rassegna stampa",
           "Il Ministero segnala il seguente articolo{s}{d}:", ", pubblicato su {}", " il {}"),
    "pt": ("MINISTÉRIO DAS FINANÇAS", "Gabinete de Imprensa – Clipping",
           "O Ministério chama a atenção para o seguinte artigo{s}{d}:", ", publicado em {}", " a {}"),
}


def desk_s25_16(a, desk, rng):
    ministry, office, intro, s, d = MINISTRY[desk]
    lead = intro.format(s=s.format(a["source"]) if a["source"] else "",
                        d=d.format(long_date(a["date"], desk)) if a["date"] else "")
    parts = [ministry, office, f"{CITY[desk]}, {long_date(later(a['date'], rng, 1, 3), desk)}", "", lead, "",
             a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "* * *", office.split(" – ")[0]]
    return "\n".join(parts) + "\n", expect(a)


DIGEST = {  # newsletter name, greeting, issue, the two short items' leads
    "en": ("The Brief", "Good morning, here is today's selection.", "No.",
           ["The decision had been expected by analysts after weeks of talks.",
            "Unions and management are due to meet again on Friday."]),
    "fr": ("L'Essentiel", "Bonjour, voici la sélection du jour.", "N°",
           ["La décision était attendue par les analystes après des semaines de discussions.",
            "Syndicats et direction doivent se retrouver vendredi."]),
    "de": ("Der Überblick", "Guten Morgen, hier ist die Auswahl des Tages.", "Nr.",
           ["Die Entscheidung war nach wochenlangen Gesprächen erwartet worden.",
            "Gewerkschaften und Geschäftsführung wollen am Freitag weiterverhandeln."]),
    "es": ("El Resumen", "Buenos días, esta es la selección de hoy.", "N.º",
           ["La decisión era esperada por los analistas tras semanas de negociaciones.",
            "Sindicatos y dirección volverán a reunirse el viernes."]),
    "it": ("Il Punto", "Buongiorno, ecco la selezione di oggi.", "N.",
           ["La decisione era attesa dagli analisti dopo settimane di trattative.",
            "Sindacati e azienda torneranno a incontrarsi venerdì."]),
    "pt": ("O Essencial", "Bom dia, eis a seleção de hoje.", "N.º",
           ["A decisão era esperada pelos analistas após semanas de negociações.",
            "Sindicatos e administração voltam a reunir-se na sexta-feira."]),
}


def desk_s25_19(a, desk, rng):
    """Expected: the first, full item (the newsletter's main article), as a careful editor would pick it."""
    name, greeting, number, leads = DIGEST[desk]
    issue = later(a["date"], rng, 0, 1)
    parts = [f"{name} · {number} {rng.randrange(100, 900)} · {long_date(issue, desk, weekday=True)}", greeting, "",
             f"1 · {a['title']}"]
    parts += [meta_line(a, desk, " · ")] if meta_line(a, desk) else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    others = [o for o in OUTLETS if o != a["source"]]
    for i, (title, lead) in enumerate(zip(RELATED[desk][1], leads), start=2):
        day = later(issue, rng, -2, 0)
        parts += ["", f"{i} · {title}", f"{rng.choice(others)} · {long_date(day, desk)}", f"{lead} {MORE[desk]} →"]
    return "\n".join(parts) + "\n", expect(a)


PITCH = {  # greeting, own article, someone else's article, closing, own role (with/without publication), PR role
    "en": ("Dear colleagues,", "Please find below my article{s}{d}.",
           "Please find below the article about our foundation{s}{d}.", "Best regards,", "Reporter, {}",
           "Freelance journalist", "Press officer, OSIRIS Foundation", " published in {}", " on {}"),
    "fr": ("Bonjour à toutes et à tous,", "Vous trouverez ci-dessous mon article{s}{d}.",
           "Vous trouverez ci-dessous l'article consacré à notre fondation{s}{d}.", "Bien cordialement,",
           "Journaliste, {}", "Journaliste indépendant", "Service de presse, Fondation OSIRIS", " paru dans {}",
           " le {}"),
    "de": ("Liebe Kolleginnen und Kollegen,", "anbei mein Artikel{s}{d}.",
           "anbei der Artikel über unsere Stiftung{s}{d}.",
           "Beste Grüße", "Redakteur, {}", "Freier Journalist", "Pressestelle, Stiftung OSIRIS", ", erschienen in {}",
           " am {}"),
    "es": ("Estimados compañeros:", "Os envío mi artículo{s}{d}.",
           "Os envío el artículo sobre nuestra fundación{s}{d}.",
           "Un saludo,", "Redactor, {}", "Periodista independiente", "Responsable de prensa, Fundación OSIRIS",
           ", publicado en {}", " el {}"),
    "it": ("Cari colleghi,", "vi inoltro il mio articolo{s}{d}.",
           "vi inoltro l'articolo sulla nostra fondazione{s}{d}.",
           "Cordiali saluti,", "Giornalista, {}", "Giornalista freelance", "Ufficio stampa, Fondazione OSIRIS",
           ", uscito su {}", " il {}"),
    "pt": ("Caros colegas,", "Segue o meu artigo{s}{d}.", "Segue o artigo sobre a nossa fundação{s}{d}.",
           "Cumprimentos,", "Jornalista, {}", "Jornalista freelance", "Assessoria de imprensa, Fundação OSIRIS",
           ", publicado em {}", " a {}"),
}


def desk_s25_22(a, desk, rng):
    hello, own, other, bye, role, freelance, press, s, d = PITCH[desk]
    where = s.format(a["source"]) if a["source"] else ""
    when = d.format(long_date(a["date"], desk)) if a["date"] else ""
    if a["authors"]:
        name, line = a["authors"][0], role.format(a["source"]) if a["source"] else freelance
        note = own.format(s=where, d=when)
    else:
        name, line, note = rng.choice(PEOPLE), press, other.format(s=where, d=when)
    parts = [hello, "", note, "", bye, name, line, f"+33 1 {rng.randrange(10, 99)} {rng.randrange(10, 99)} "
             f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}", "", a["title"], "", "\n\n".join(a["body"])]
    e = expect(a)
    e["authors"] = a["authors"][:1]
    return "\n".join(parts) + "\n", e


def print_stamp(desk, rng, iso):
    d, h, m = datetime.date.fromisoformat(iso), rng.randrange(7, 20), rng.randrange(60)
    y = d.strftime("%y")
    return {"en": f"{d.month}/{d.day}/{y}, {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            "de": f"{d.day:02d}.{d.month:02d}.{y}, {h:02d}:{m:02d}",
            "fr": f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}",
            "es": f"{d.day}/{d.month}/{y}, {h}:{m:02d}", "it": f"{d.day:02d}/{d.month:02d}/{y}, {h:02d}:{m:02d}",
            "pt": f"{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d}"}[desk]


def desk_s25_24(a, desk, rng):
    page_title = f"{a['title']}{rng.choice([' | ', ' - '])}{a['source']}" if a["source"] else a["title"]
    top = f"{print_stamp(desk, rng, later(a['date'], rng, 1, 20))}\t\t{page_title}"
    url = f"https://news.example.org/{rng.randrange(10 ** 6)}"
    half = max(1, len(a["body"]) // 2)
    parts = [top, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"][:half]), "", f"{url}\t\t1/2", "\f" + top, "", "\n\n".join(a["body"][half:]),
              "", f"{url}\t\t2/2"]
    return "\n".join(parts) + "\n", expect(a)


# The stop-25 batch, all twenty-four; text_eval.py scores its held-out members in a block of their own.
BLIND_S25 = {f"desk_s25_{i:02d}" for i in range(1, 25)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S25)})
