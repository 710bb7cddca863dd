"""A twentieth batch of 26 clipping layouts (BLIND_S42) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s41.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a chat's, note's, page's,
digest's, thread's, invite's or review's own title, a link preview's ` | Publication`, nor a subject's prefix;
authors: persons who wrote the article, never the colleague who posted, pasted, clipped, forwarded, invited or
created the file, an editor or translator credited in an agency's trailer, a photographer, an interviewee the mail
is sent to, nor a list's or newsletter's mailbox; date: the article's publication date, never the day a message was
posted, a digest sent, a note created, an item accessed or a meeting held, and none when the file states none (no day
is invented from a year); source: the publication the file names, never the chat, the list, the note app, the
reference manager, the library catalogue, the word processor nor the agency set beside the publication).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S35 to BLIND_S41 did not use. The sixteen
development members: a press-review entry whose source line carries the date and page (`Source : Le Figaro du 3 mars
1987, p. 12`) with the author labelled at the foot or under it, a WhatsApp chat export (iOS or Android form) with the
article shared as one long message, an agency language service's trailer naming reporters and editors (`(Reporting
by A; Editing by P)`, `(Bericht von A; redigiert von P. …)`), a Slack thread copied with a link preview and the text
pasted in a reply under the channel's day divider, a journalist's own mail sending her piece to the person she
interviewed, a Zotero RIS export with the text in the note, the byline with the place and the stamp as six real sites
set them (`A in Brussels` / `Tue 3 Mar 1987 18.42 GMT`, `Par A (Bruxelles, correspondant)`, `Von A, Brüssel`, …),
an Obsidian note saved by its Web Clipper (YAML front matter), the publication named with the agency in the byline
(`Le Figaro avec AFP`, `Par A avec AFP`), a Mailman digest, a paywalled page cut at the subscribers' notice, a
OneNote page with its `Pasted from <…>` line, `Read also` headlines inside the text and related headlines at the foot,
a Notion database page exported as Markdown, a newsletter post (Substack) copied from its mail, an RTF file
(TextEdit or WordPad) read as text; ten more are held-out.

The layouts are numbered from 225 to 250: 225 to 250 is the first range from 225 on that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s42_{i}`), so that sixteen fall in development (first) and ten held-out (after the marker line, which whoever
tunes the reader never reads past). Written in stop 39 without reading the reader (Sources/) or its misses, nor the
held-out part of clipping_layouts.py or clipping_layouts_s25.py to _s41.py: nobody tunes on any of them when written;
BLIND_S42's development members are only scored (text_eval.py prints their misses with `--show-s42-development`
alone). Scored untuned by the parser of c0248cf (stop 39's reader before this batch was read; title exact /
authors F1 / date / source): development 0.740 / 0.759 / 0.854 / 0.607, 0 rejected; held-out 0.549 / 0.300 /
0.599 / 0.449, 67 rejected (`Tests/eval/text_eval.py --binary B --data DIR`, run once). The development members
were tuned on later in stop 39.
"""
import datetime
import hashlib
import json
import textwrap

from clipping_layouts import ABBR, AGENCY, BY, LAYOUTS, MONTHS, OUTLETS, WEEKDAYS, byline, joined, long_date
from clipping_layouts_s28 import rfc_date
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import e_with, family_first
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import after, src_of
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import address, hms, quoted, slug


def ymd(iso):
    return datetime.date.fromisoformat(iso)


def numeric(iso, desk, sep=None, short=False):
    """The desk's numeric date: month first on the English desk, day first elsewhere (dots on the German one)."""
    d = ymd(iso)
    y = f"{d.year % 100:02d}" if short else str(d.year)
    if desk == "en":
        return f"{d.month}/{d.day}/{y}" if short else f"{d.month:02d}/{d.day:02d}/{y}"
    s = sep or ("." if desk == "de" else "/")
    return f"{d.day:02d}{s}{d.month:02d}{s}{y}"


def abbr_date(iso, desk):
    """`Mar 3, 1987` on the English desk, `3 mars 1987`, `3. März 1987`, `3 mar 1987` elsewhere (abbreviated month)."""
    d = ymd(iso)
    month = ABBR[desk].split()[d.month - 1]
    return f"{month} {d.day}, {d.year}" if desk == "en" else f"{d.day}. {month} {d.year}" if desk == "de" else \
        f"{d.day} {month} {d.year}"


def uid(text, n=32):
    return hashlib.md5(text.encode()).hexdigest()[:n]


def url_of(a, src):
    return f"https://www.{site(src)}/{slug(a['title'], 6)}"


def named(names, desk):
    return joined(names, desk) if names else ""


# ---- development members of BLIND_S42 ----

ENTRY = {  # the review's own heading; the source line dated, undated; the author label (one, several)
    "en": ("Press review of {d}", "Source: {s}, {d}, p. {p}", "Source: {s}, p. {p}", "Author:", "Authors:"),
    "fr": ("Revue de presse du {d}", "Source : {s} du {d}, p. {p}", "Source : {s}, p. {p}", "Auteur :", "Auteurs :"),
    "de": ("Pressespiegel vom {d}", "Quelle: {s} vom {d}, S. {p}", "Quelle: {s}, S. {p}", "Autor:", "Autoren:"),
    "es": ("Resumen de prensa del {d}", "Fuente: {s} del {d}, pág. {p}", "Fuente: {s}, pág. {p}", "Autor:",
           "Autores:"),
    "it": ("Rassegna stampa del {d}", "Fonte: {s} del {d}, pag. {p}", "Fonte: {s}, pag. {p}", "Autore:", "Autori:"),
    "pt": ("Revista de imprensa de {d}", "Fonte: {s} de {d}, p. {p}", "Fonte: {s}, p. {p}", "Autor:", "Autores:"),
}
SECTIONS = {"en": ["ECONOMY", "EUROPE", "REGIONS"], "fr": ["ÉCONOMIE", "EUROPE", "RÉGIONS"],
            "de": ["WIRTSCHAFT", "EUROPA", "REGIONALES"], "es": ["ECONOMÍA", "EUROPA", "REGIONES"],
            "it": ["ECONOMIA", "EUROPA", "TERRITORIO"], "pt": ["ECONOMIA", "EUROPA", "REGIÕES"]}


# One entry of an in-house press review sent as a text file: the review's own heading with its (later) day on top
# (sometimes), a section in capitals, the headline, the source line carrying the publication, the date (long, or
# numeric on the German desk half the time) and the page as such reviews phrase it (`Source : Le Figaro du 3 mars
# 1987, p. 12`, `Quelle: Süddeutsche Zeitung vom 03.03.1987, S. 12`; without the date when undated), the text, and
# the author labelled (`Auteur : A`) either under the source line or at the foot. The review's day is no date.
def desk_s42_230(a, desk, rng):
    src = src_of(a, rng)
    heading, with_date, no_date, one, several = ENTRY[desk]
    page = rng.randrange(2, 40)
    if a["date"]:
        d = numeric(a["date"], desk) if desk == "de" and rng.random() < 0.5 else long_date(a["date"], desk)
        source = with_date.format(s=src, d=d, p=page)
    else:
        source = no_date.format(s=src, p=page)
    label = a["authors"] and f"{one if len(a['authors']) == 1 else several} {', '.join(a['authors'])}"
    top = rng.random() < 0.5
    parts = [heading.format(d=long_date(later_day(a, rng, 1, 2), desk)), ""] if rng.random() < 0.6 else []
    parts += [rng.choice(SECTIONS[desk]), "", a["title"], source]
    parts += [label] if label and top else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", label] if label and not top else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


GROUP = {"en": "Press desk", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
         "it": "Rassegna stampa", "pt": "Revista de imprensa"}
WHATSAPP = {  # the encryption notice, the note, the reply
    "en": ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or "
           "listen to them.", "One for tomorrow's review 👇", "Thanks, got it"),
    "fr": ("Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire "
           "ou les écouter.", "Pour la revue de demain 👇", "Merci, c'est noté"),
    "de": ("Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder "
           "anhören, nicht einmal WhatsApp.", "Für den Pressespiegel morgen 👇", "Danke, hab's"),
    "es": ("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera "
           "WhatsApp, puede leerlos ni escucharlos.", "Para el resumen de mañana 👇", "Gracias, apuntado"),
    "it": ("I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno "
           "WhatsApp, può leggerne o ascoltarne il contenuto.", "Per la rassegna di domani 👇", "Grazie, ricevuto"),
    "pt": ("As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta. Ninguém fora desta "
           "conversa, nem mesmo o WhatsApp, pode lê-las ou ouvi-las.", "Para a revista de amanhã 👇",
           "Obrigado, já tenho"),
}


# A WhatsApp group's chat exported (`Export chat`, without media) and mailed to the desk: the iOS form (`[04/03/1987,
# 09:12:44] Name: …`, the notice after a left-to-right mark) or the Android one (`04/03/1987, 09:12 - Name: …`;
# two-digit years and dots on the German desk), the encryption notice first, the colleague's note, then the article
# shared as one long message (the headline, in WhatsApp's `*bold*` half the time, `Publication · long date`, the
# byline, the paragraphs, the link; the lines after the first carry no prefix), then a second colleague's reply. The
# posters are no authors, the chat's days no date, WhatsApp no source; the asterisks are no part of the title.
def desk_s42_231(a, desk, rng):
    src = src_of(a, rng)
    notice, note, reply = WHATSAPP[desk]
    p, q = crew(a, rng, 2)
    day = ymd(later_day(a, rng, 1, 4))
    ios = rng.random() < 0.5
    de = desk == "de"
    stamp_day = f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}" if de else \
        f"{day.day:02d}/{day.month:02d}/{day.year}"
    minute = [rng.randrange(8, 11) * 60 + rng.randrange(30)]

    def line(name, text):
        minute[0] += rng.randrange(0, 4)
        h, m = divmod(minute[0], 60)
        when = f"[{stamp_day}, {h:02d}:{m:02d}:{rng.randrange(60):02d}] " if ios else f"{stamp_day}, {h:02d}:{m:02d} - "
        return when + (f"{name}: " if name else "") + text

    title = f"*{a['title']}*" if rng.random() < 0.5 else a["title"]
    shared = [title, sep_join(" · ", src, dated(a, desk))]
    shared += [byline(a["authors"], desk, rng)] if a["authors"] else []
    shared += [""] + ["\n\n".join(a["body"]), "", url_of(a, src)]
    group = GROUP[desk]
    lines = [line(group, "\u200e" + notice) if ios else line(None, notice), line(p, note), line(p, "\n".join(shared)),
             line(q, reply)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


TRAILER = {  # signed, unsigned (`{a}` the reporters, `{p}` and `{q}` the desk's editors)
    "en": ("(Reporting by {a}; Editing by {p} and {q})", "(Editing by {p} and {q})"),
    "fr": ("(Reportage {a}, version française {p}, édité par {q})", "(Version française {p}, édité par {q})"),
    "de": ("(Bericht von {a}; redigiert von {p}. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter "
           "berlin.newsroom@example.com (für Politik und Konjunktur) oder frankfurt.newsroom@example.com (für "
           "Unternehmen und Märkte).)", "(Redigiert von {p}. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion "
                                        "unter berlin.newsroom@example.com.)"),
    "es": ("(Reporte de {a}; editado en español por {p})", "(Editado en español por {p})"),
    "it": ("(Hanno collaborato {a}; in redazione a Milano {p}, {q})", "(In redazione a Milano {p}, {q})"),
    "pt": ("(Reportagem de {a}; edição de {p})", "(Edição de {p})"),
}


# A paper's page running an agency language service's copy with its trailer: the publication and the date on the
# first line (`Publication — long date`; the publication alone when undated), the headline, the text, then the
# service's closing trailer as each language's service writes it, naming the reporters (the article's authors) and
# the desk's editors or translator (`(Reporting by A and B; Editing by P and Q)`, `(Reportage A, version française P,
# édité par Q)`, `(Bericht von A; redigiert von P. Bei Rückfragen …)`); an unsigned piece's trailer names the editors
# alone. The editors and translator are no authors.
def desk_s42_233(a, desk, rng):
    src = src_of(a, rng)
    signed, unsigned = TRAILER[desk]
    p, q = crew(a, rng, 2)
    trailer = (signed if a["authors"] else unsigned).format(a=named(a["authors"], desk), p=p, q=q)
    parts = [sep_join(" — ", src, dated(a, desk)), "", a["title"], "", "\n\n".join(a["body"]), "", trailer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SLACK = {  # the note with the link, the question, the replies-count word
    "en": ("For tomorrow's review:", "Paywalled — can someone paste the text?", "replies", "Here you go:"),
    "fr": ("Pour la revue de demain :", "Payant — quelqu'un peut coller le texte ?", "réponses", "Voilà :"),
    "de": ("Für den Pressespiegel morgen:", "Paywall — kann jemand den Text reinkopieren?", "Antworten", "Bitte:"),
    "es": ("Para el resumen de mañana:", "Es de pago, ¿alguien puede pegar el texto?", "respuestas", "Aquí está:"),
    "it": ("Per la rassegna di domani:", "È a pagamento, qualcuno può incollare il testo?", "risposte", "Eccolo:"),
    "pt": ("Para a revista de amanhã:", "Está fechado — alguém pode colar o texto?", "respostas", "Aqui está:"),
}


def slack_day(iso, desk):
    """Slack's day divider (`Tuesday, March 10th`, `mardi 10 mars`, `Dienstag, 10. März`)."""
    d = ymd(iso)
    wd, month = WEEKDAYS[desk].split()[d.weekday()], MONTHS[desk].split()[d.month - 1]
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"en": f"{wd}, {month} {d.day}{suffix}", "fr": f"{wd} {d.day} {month}", "de": f"{wd}, {d.day}. {month}",
            "es": f"{wd}, {d.day} de {month}", "it": f"{wd} {d.day} {month}", "pt": f"{wd}, {d.day} de {month}"}[desk]


def slack_time(desk, minute):
    h, m = divmod(minute, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}"


# A Slack channel's thread copied from the desktop app and pasted into a file: the day divider (the post's day), the
# colleague's post (`Name  9:14 AM`, the note, the link and its preview: the site's name, the headline, the first
# sentence), `3 replies`, then the thread: a second colleague asks for the text, the first pastes it (the headline,
# the byline, `Publication, long date`; whichever the article has; the paragraphs). The posters are no authors, the
# divider's day no date, Slack no source.
def desk_s42_234(a, desk, rng):
    src = src_of(a, rng)
    note, ask, replies, here = SLACK[desk]
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 3)
    t = rng.randrange(8 * 60, 11 * 60)
    post = [f"{p}  {slack_time(desk, t)}", f"{note} {url_of(a, src)}", src, a["title"], lead(a["body"][0]),
            f"2 {replies}"]
    t += rng.randrange(3, 20)
    question = [f"{q}  {slack_time(desk, t)}", ask]
    t += rng.randrange(2, 15)
    pasted = [f"{p}  {slack_time(desk, t)}", here, a["title"]]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += [sep_join(", ", src, dated(a, desk)), ""] + ["\n\n".join(a["body"])]
    parts = [slack_day(day, desk)] + post + question + pasted
    return "\n".join(parts) + "\n", e_with(a, source=src)


OWN_MAIL = {  # subject; greeting; as promised (dated, undated, several authors' words); closing; role
    "en": ("Our article", "Dear {p},", "As promised, here is the piece {w} published in {s} on {d}: {t}.",
           "As promised, here is the piece {w} published in {s}: {t}.", "I", "my colleague {b} and I",
           "Thank you again for your time.", "Best regards,", "Reporter, business desk"),
    "fr": ("Notre article", "Bonjour {p},", "Comme promis, voici l'article que {w} publié dans {s} le {d} : {t}.",
           "Comme promis, voici l'article que {w} publié dans {s} : {t}.", "j'ai", "mon collègue {b} et moi avons",
           "Merci encore pour votre temps.", "Bien cordialement,", "Journaliste, service Économie"),
    "de": ("Unser Artikel", "Guten Tag {p},", "wie versprochen der Artikel, den {w} am {d} in {s} veröffentlicht "
                                              "{h}: {t}.",
           "wie versprochen der Artikel, den {w} in {s} veröffentlicht {h}: {t}.", "ich", "mein Kollege {b} und ich",
           "Nochmals vielen Dank für Ihre Zeit.", "Mit freundlichen Grüßen", "Redakteur, Wirtschaft"),
    "es": ("Nuestro artículo", "Hola, {p}:", "Como le prometí, le envío el artículo que {w} en {s} el {d}: {t}.",
           "Como le prometí, le envío el artículo que {w} en {s}: {t}.", "publiqué", "mi compañero {b} y yo publicamos",
           "Gracias de nuevo por su tiempo.", "Un cordial saludo,", "Redactor, sección de Economía"),
    "it": ("Il nostro articolo", "Gentile {p},", "come promesso, le invio l'articolo che {w} su {s} il {d}: {t}.",
           "come promesso, le invio l'articolo che {w} su {s}: {t}.", "ho pubblicato",
           "il collega {b} e io abbiamo pubblicato", "Grazie ancora per il suo tempo.", "Cordiali saluti,",
           "Giornalista, redazione Economia"),
    "pt": ("O nosso artigo", "Olá {p},", "Como prometido, envio o artigo que {w} no {s} a {d}: {t}.",
           "Como prometido, envio o artigo que {w} no {s}: {t}.", "publiquei", "o meu colega {b} e eu publicámos",
           "Obrigado mais uma vez pelo seu tempo.", "Com os melhores cumprimentos,", "Jornalista, secção de Economia"),
}
READER_SERVICE = {"en": "Readers' service", "fr": "Service lecteurs", "de": "Leserservice", "es": "Atención al lector",
                  "it": "Servizio lettori", "pt": "Apoio ao leitor"}
UNSIGNED_WHO = {"en": "we", "fr": "nous avons", "de": "wir", "es": "publicamos", "it": "abbiamo pubblicato",
                "pt": "publicámos"}


# The journalist's own mail, forwarded to the desk by the person she interviewed: the headers (`From:` the first
# author at the publication's address, `To:` the interviewee, `Date:` a later day, `Subject: Our article`), the
# greeting, one sentence `As promised, here is the piece I published in Publication on March 3, 1987: “Headline”.`
# (`my colleague B and I` for two or more; without the day when undated), the text, the sign-off with the author's
# role and the publication. An unsigned piece is sent by the readers' service (no author). The interviewee is no
# author; the mail's day no date.
def desk_s42_235(a, desk, rng):
    src = src_of(a, rng)
    subject, greet, with_day, without_day, me, us, thanks, bye, role = OWN_MAIL[desk]
    interviewee = crew(a, rng, 1)[0]
    if a["authors"]:
        sender, who = a["authors"][0], me if len(a["authors"]) == 1 else us.format(b=named(a["authors"][1:], desk))
        sign = [sender, f"{role} | {src}"]
    else:
        sender, who = READER_SERVICE[desk], UNSIGNED_WHO[desk]
        sign = [f"{READER_SERVICE[desk]} | {src}"]
    h = "habe" if who == me else "haben"
    sentence = (with_day if a["date"] else without_day).format(w=who, s=src, d=dated(a, desk), t=quoted(a["title"],
                                                                                                        desk), h=h)
    day = later_day(a, rng, 1, 5)
    head = [f"From: {sender} <{address(sender) if a['authors'] else 'service'}@{site(src)}>",
            f"To: {interviewee} <{address(interviewee)}@example.org>", f"Date: {rfc_date(day, rng)}",
            f"Subject: {subject}"]
    parts = head + ["", greet.format(p=interviewee.split()[0]), "", sentence, "", thanks, "", "---", "",
                    "\n\n".join(a["body"]), "", "---", "", bye] + sign
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A reference kept in Zotero and exported as RIS (`Export Item…`, RIS, notes included) by a researcher who sends the
# desk the .ris file: `TY  - NEWS`, `TI`, one `AU` per author (`Family, Given`), `T2` the publication, `AB` the first
# sentence, `DA` and `PY` the article's day and year (when dated), `SP` a page, `LA`, `UR`, `Y2` the access day and
# time, `KW` tags, `N1` the note holding the text as Zotero's HTML over several lines, `ER`. The access day is no
# date; Zotero no source.
def desk_s42_236(a, desk, rng):
    src = src_of(a, rng)
    accessed = later_day(a, rng, 2, 300)
    lines = ["TY  - NEWS", f"TI  - {a['title']}"] + [f"AU  - {family_first(n)}" for n in a["authors"]]
    lines += [f"T2  - {src}", f"AB  - {lead(a['body'][0])}"]
    if a["date"]:
        lines += [f"DA  - {a['date'].replace('-', '/')}/", f"PY  - {a['date'][:4]}"]
    lines += [f"SP  - {rng.randrange(1, 30)}", f"LA  - {a['lang']}", f"UR  - {url_of(a, src)}",
              f"Y2  - {accessed.replace('-', '/')}/{hms(rng)}", "KW  - press review"]
    note = '<div data-schema-version="8"><p>' + "</p>\n<p>".join(a["body"]) + "</p>\n</div>"
    lines += [f"N1  - {note}", "ER  - ", ""]
    return "\r\n".join(lines) + "\r\n", e_with(a, source=src)


BRUSSELS = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles", "pt": "Bruxelas"}
EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()


def place_head(a, desk, rng):
    """The byline and stamp as each desk's model site sets them, with the correspondent's place."""
    city = BRUSSELS[desk]
    h, m = rng.randrange(6, 23), rng.randrange(60)
    names = named(a["authors"], desk)
    several = len(a["authors"]) > 1
    d = a["date"] and ymd(a["date"])
    if desk == "en":
        who = names and f"{names} in {city}"
        when = d and f"{EN_WD[d.weekday()]} {d.day} {ABBR['en'].split()[d.month - 1]} {d.year} {h:02d}.{m:02d} GMT"
    elif desk == "fr":
        who = names and f"Par {names} ({city}, {'correspondants' if several else 'correspondant'})"
        when = d and f"Publié le {d.day:02d} {MONTHS['fr'].split()[d.month - 1]} {d.year} à {h:02d}h{m:02d}"
    elif desk == "de":
        who = names and f"Von {names}, {city}"
        when = d and f"{d.day:02d}.{d.month:02d}.{d.year}, {h:02d}.{m:02d} Uhr"
    elif desk == "es":
        who = names
        when = f"{city} - {d.day:02d} {ABBR['es'].split()[d.month - 1]} {d.year} - {h:02d}:{m:02d} CET" if d else \
            (city if names else "")
    elif desk == "it":
        who = names and f"di {names}, {'corrispondenti' if several else 'corrispondente'} da {city}"
        when = d and f"{long_date(a['date'], 'it')} | {h:02d}:{m:02d}"
    else:
        who = names and f"{names}, em {city}"
        when = d and f"{long_date(a['date'], 'pt')}, {h:02d}:{m:02d}"
    return [x for x in (who, when) if x]


# A correspondent's report copied from a news site whose head sets the byline with the place and the stamp under it
# as six real sites of the desk's language do (`A in Brussels` / `Tue 3 Mar 1987 18.42 GMT`; `Par A (Bruxelles,
# correspondant)` / `Publié le 03 mars 1987 à 18h42`; `Von A, Brüssel` / `03.03.1987, 18.42 Uhr`; `A` / `Bruselas -
# 03 mar 1987 - 18:42 CET`; `di A, corrispondente da Bruxelles` / `3 marzo 1987 | 18:42`; `A, em Bruxelas` / `3 de
# março de 1987, 18:42`; whichever the article has): the publication, the headline, the standfirst, those lines, the
# text. The place is no part of the author's name.
def desk_s42_237(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", a["title"], lead(a["body"][0]), ""] + place_head(a, desk, rng) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def yaml_str(text):
    return json.dumps(text, ensure_ascii=False)


# A web page saved into an Obsidian vault by the Obsidian Web Clipper and sent as the .md file: the YAML front matter
# of the clipper's template (`title`, `source` the URL, `author` as a list of `[[wiki links]]`, `published` the
# article's day (empty when the page gives none), `created` the clipping day, `description` the first sentence, a
# `site` property the desk added, `tags: clippings`), then the page's Markdown: the headline as `# `, the
# paragraphs. The clipping day is no date; Obsidian no source; the brackets no part of the names.
def desk_s42_239(a, desk, rng):
    src = src_of(a, rng)
    created = later_day(a, rng, 1, 40)
    fm = ["---", f"title: {yaml_str(a['title'])}", f"source: {yaml_str(url_of(a, src))}"]
    fm += ["author:"] + [f'  - "[[{n}]]"' for n in a["authors"]]
    fm += [f"published: {a['date'] or ''}".rstrip(), f"created: {created}",
           f"description: {yaml_str(lead(a['body'][0]))}", f"site: {yaml_str(src)}", "tags:", '  - "clippings"', "---"]
    body = ([f"# {a['title']}", ""] if rng.random() < 0.6 else []) + ["\n\n".join(a["body"])]
    return "\n".join(fm + [""] + body) + "\n", e_with(a, source=src)


AT = {"en": "at", "fr": "à", "de": "um", "es": "a las", "it": "alle", "pt": "às"}
WITH = {"en": "with", "fr": "avec", "de": "mit", "es": "con", "it": "con", "pt": "com"}


# A French-style news page whose byline names the publication or the author together with the agency whose copy it
# used (`Le Figaro avec AFP`, `Par A avec AFP`; in each desk's words: `The Guardian with Reuters`, `Von A mit dpa`,
# …): the masthead (for signed pieces, or half of the unsigned ones), the headline, the standfirst, the byline, the
# stamp (`Publié le 03/03/1987 à 18:42`; none when undated), the text. The agency is no author and no source.
def desk_s42_242(a, desk, rng):
    src = src_of(a, rng)
    agency = AGENCY[desk] if AGENCY[desk] != src else rng.choice([x for x in AGENCY.values() if x != src])
    by = f"{BY[desk][0]} {named(a['authors'], desk)} {WITH[desk]} {agency}" if a["authors"] else \
        f"{src} {WITH[desk]} {agency}"
    h, m = rng.randrange(6, 23), rng.randrange(60)
    stamp = a["date"] and f"{STAMPS[desk][0]} {numeric(a['date'], desk)} {AT[desk]} {h:02d}:{m:02d}"
    parts = [src, ""] if a["authors"] or rng.random() < 0.5 else []
    parts += [a["title"], lead(a["body"][0]), "", by] + ([stamp] if stamp else []) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DIGEST_NOTE = {"en": "Worth a look for Monday's review.", "fr": "À voir pour la revue de lundi.",
               "de": "Lesenswert für den Pressespiegel am Montag.", "es": "Para el resumen del lunes.",
               "it": "Da vedere per la rassegna di lunedì.", "pt": "Para a revista de segunda-feira."}
DIGEST_REPLY = {"en": "Agreed, it goes in.", "fr": "D'accord, on le met.", "de": "Einverstanden, kommt rein.",
                "es": "De acuerdo, entra.", "it": "D'accordo, lo mettiamo.", "pt": "De acordo, entra."}


# A Mailman 2 digest of the desk's mailing list, saved from the mail client (mbox `From ` line, headers): the
# list's boilerplate (in English, as Mailman writes it), `Today's Topics:` (`1. Headline (P)`, `2. Re: another
# headline (Q)`), then `Message: 1` with its own headers (`Date` a later day, `From` P, `Subject: [Press-review]
# Headline`) and the note, the headline, `Publication, long date`, the byline, the text; `Message: 2` a reply about
# another piece; the digest's footer. The posters are no authors; the digest's and messages' days no date; the list
# no source.
def desk_s42_243(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    posted = later_day(a, rng, 1, 3)
    sent = after(posted, rng, 1, 1)
    vol, issue = rng.randrange(3, 20), rng.randrange(1, 60)
    other = other_titles(desk, rng, 1)[0]
    list_ = "Press-review"
    addr = "press-review@lists.example.org"
    d = ymd(sent)
    mbox_day = f"{EN_WD[d.weekday()]} {ABBR['en'].split()[d.month - 1]} {d.day:2d} 07:00:0{rng.randrange(10)} {d.year}"
    article = [DIGEST_NOTE[desk], "", a["title"], sep_join(", ", src, dated(a, desk))]
    article += [byline(a["authors"], desk, rng)] if a["authors"] else []
    article += ["", "\n\n".join(a["body"])]
    parts = [f"From press-review-bounces@lists.example.org  {mbox_day}",
             "Return-Path: <press-review-bounces@lists.example.org>",
             f"Subject: {list_} Digest, Vol {vol}, Issue {issue}",
             "From: press-review-request@lists.example.org", f"To: {addr}",
             f"Date: {rfc_date(sent, rng)}", f"Message-ID: <mailman.{rng.randrange(10 ** 5)}.{uid(a['key'], 10)}."
                                            f"{list_.lower()}@lists.example.org>",
             'Content-Type: text/plain; charset="utf-8"', "MIME-Version: 1.0", "Content-Transfer-Encoding: 8bit",
             "Precedence: list", f"List-Id: <{addr.replace('@', '.')}>", "",
             f"Send {list_} mailing list submissions to", f"\t{addr}", "",
             "To subscribe or unsubscribe via the World Wide Web, visit",
             f"\thttps://lists.example.org/mailman/listinfo/{list_.lower()}",
             "or, via email, send a message with subject or body 'help' to",
             "\tpress-review-request@lists.example.org", "", "You can reach the person managing the list at",
             "\tpress-review-owner@lists.example.org", "",
             "When replying, please edit your Subject line so it is more specific",
             f'than "Re: Contents of {list_} digest..."', "", "", "Today's Topics:", "",
             f"   1. {a['title']} ({p})", f"   2. Re: {other} ({q})", "", "",
             "-" * 70, "", "Message: 1", f"Date: {rfc_date(posted, rng)}", f"From: {p} <{address(p)}@example.org>",
             f"To: {addr}", f"Subject: [{list_}] {a['title']}",
             f"Message-ID: <{uid(a['key'] + 'm1', 16)}@example.org>", 'Content-Type: text/plain; charset="utf-8"', ""]
    parts += article + ["", "-" * 30, "", "Message: 2", f"Date: {rfc_date(posted, rng)}",
                        f"From: {q} <{address(q)}@example.org>", f"To: {addr}",
                        f"Subject: Re: [{list_}] {other}", f"Message-ID: <{uid(a['key'] + 'm2', 16)}@example.org>",
                        'Content-Type: text/plain; charset="utf-8"', "", DIGEST_REPLY[desk], "", "-" * 30, "",
                        "Subject: Digest Footer", "", "_" * 47, f"{list_} mailing list", addr,
                        f"https://lists.example.org/mailman/listinfo/{list_.lower()}", "", "", "-" * 30, "",
                        f"End of {list_} Digest, Vol {vol}, Issue {issue}", "*" * 44, ""]
    return "\n".join(parts), e_with(a, source=src)


PAYWALL = {  # the share left, the notice, the login line
    "en": ("You have {n}% of this article left to read.", "The rest is for subscribers only.",
           "Already a subscriber? Log in"),
    "fr": ("Il vous reste {n}% de cet article à lire.", "La suite est réservée aux abonnés.",
           "Déjà abonné ? Se connecter"),
    "de": ("Noch {n} % dieses Artikels übrig.", "Weiterlesen mit Abo: Dieser Artikel ist nur für Abonnenten.",
           "Schon Abonnent? Anmelden"),
    "es": ("Te queda el {n}% de este artículo.", "Este contenido es exclusivo para suscriptores.",
           "¿Ya eres suscriptor? Inicia sesión"),
    "it": ("Ti resta da leggere il {n}% di questo articolo.", "Questo articolo è riservato agli abbonati.",
           "Sei già abbonato? Accedi"),
    "pt": ("Falta ler {n}% deste artigo.", "Este artigo é exclusivo para assinantes.",
           "Já é assinante? Inicie sessão"),
}


# A paywalled page copied as far as it goes: the publication, the headline, the standfirst, the byline, the stamp
# (`Published March 3, 1987, 18:42`; whichever the article has), the paragraphs before the cut (one or two), then the
# site's notice (`Il vous reste 73% de cet article à lire. La suite est réservée aux abonnés.`, `Déjà abonné ? Se
# connecter`). The notice is no part of the fields.
def desk_s42_244(a, desk, rng):
    src = src_of(a, rng)
    left, notice, login = PAYWALL[desk]
    keep = 1 if len(a["body"]) < 3 else 2
    shown = sum(len(p.split()) for p in a["body"][:keep])
    n = max(5, min(95, 100 - round(100 * shown / max(1, word_count(a)))))
    meta = [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts = [src, "", a["title"], lead(a["body"][0])] + ([""] + meta if meta else [])
    parts += ["", "\n\n".join(a["body"][:keep]), "", left.format(n=n), notice, "", login]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ONENOTE = {"en": "Pasted from", "fr": "Collé à partir de", "de": "Eingefügt aus", "es": "Pegado de",
           "it": "Incollato da", "pt": "Colado de"}
ONENOTE_TITLE = {"en": "Clips {d}", "fr": "Coupures {d}", "de": "Ausschnitte {d}", "es": "Recortes {d}",
                 "it": "Ritagli {d}", "pt": "Recortes {d}"}


# A OneNote page the press officer fills with pasted web pages, copied whole into a text file: the page's title (a
# `Clips <day>` of her own, or the browser tab's `Headline | Publication`), OneNote's date and time lines under it
# (the page's creation day, in the desk's language), then the pasted page (the publication, the headline, the byline,
# the date; whichever the article has; the text) and OneNote's `Pasted from <https://…>` (`Collé à partir de <…>`,
# `Eingefügt aus <…>`). The page's title and day are not the article's; OneNote no source.
def desk_s42_245(a, desk, rng):
    src = src_of(a, rng)
    created = later_day(a, rng, 1, 10)
    title = ONENOTE_TITLE[desk].format(d=long_date(created, desk)) if rng.random() < 0.5 else \
        f"{a['title']} | {src}"
    h, m = rng.randrange(7, 19), rng.randrange(60)
    clock = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}"
    parts = [title, long_date(created, desk, weekday=True), clock, "", src, a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"{ONENOTE[desk]} <{url_of(a, src)}>"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


READ_ALSO = {"en": ("Read more:", "More on this topic"), "fr": ("À lire aussi :", "Sur le même sujet"),
             "de": ("Lesen Sie auch:", "Mehr zum Thema"), "es": ("Lea también:", "Más sobre este tema"),
             "it": ("Leggi anche:", "Sullo stesso tema"), "pt": ("Leia também:", "Mais sobre este tema")}


# A page copied with the links the site sets inside and after the text: the publication, the headline, `By A ·
# long date` (the byline or the date alone, whichever the article has), the first paragraph, a `Read more: Another
# headline` line (`À lire aussi :`, `Lesen Sie auch:`), the rest of the text, then a `More on this topic` block of two
# other headlines. The other headlines are not the title.
def desk_s42_246(a, desk, rng):
    src = src_of(a, rng)
    also, more = READ_ALSO[desk]
    others = other_titles(desk, rng, 3)
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    body = [a["body"][0], f"{also} {others[0]}"] + a["body"][1:]
    parts = [src, "", a["title"]] + ([meta] if meta else []) + ["", "\n\n".join(body), "", more, "",
                                                                 others[1], "", others[2]]
    return "\n".join(parts) + "\n", e_with(a, source=src)


NOTION = {  # property names: authors, publication, published, created by, created time, status, status value, tags
    "en": ("Authors", "Publication", "Published", "Created by", "Created time", "Status", "To file", "Tags"),
    "fr": ("Auteurs", "Publication", "Date de parution", "Créé par", "Heure de création", "Statut", "À classer",
           "Étiquettes"),
    "de": ("Autoren", "Medium", "Erscheinungsdatum", "Erstellt von", "Erstellt am", "Status", "Abzulegen", "Tags"),
    "es": ("Autores", "Medio", "Fecha de publicación", "Creado por", "Hora de creación", "Estado", "Por archivar",
           "Etiquetas"),
    "it": ("Autori", "Testata", "Data di pubblicazione", "Creato da", "Ora di creazione", "Stato", "Da archiviare",
           "Tag"),
    "pt": ("Autores", "Publicação", "Data de publicação", "Criado por", "Hora de criação", "Estado", "A arquivar",
           "Etiquetas"),
}
TAGS = {"en": "Economy, Europe", "fr": "Économie, Europe", "de": "Wirtschaft, Europa", "es": "Economía, Europa",
        "it": "Economia, Europa", "pt": "Economia, Europa"}


# A page of the desk's Notion database of clippings exported as Markdown (`Export`, Markdown & CSV): the page's title
# as `# ` (the headline), the properties as `Name: value` lines (the authors, the publication, the publication date,
# who created the page and when, a status, tags; empty properties left out), a blank line, the text. The page's
# creator and creation time are not the article's; Notion no source.
def desk_s42_247(a, desk, rng):
    src = src_of(a, rng)
    authors, pub, published, by, created, status, value, tags = NOTION[desk]
    made = later_day(a, rng, 1, 5)
    h, m = rng.randrange(7, 19), rng.randrange(60)
    clock = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}"
    props = [f"{authors}: {', '.join(a['authors'])}"] if a["authors"] else []
    props += [f"{pub}: {src}"] + ([f"{published}: {long_date(a['date'], desk)}"] if a["date"] else [])
    props += [f"{by}: {crew(a, rng, 1)[0]}", f"{created}: {long_date(made, desk)} {clock}", f"{status}: {value}",
              f"{tags}: {TAGS[desk]}", f"URL: {url_of(a, src)}"]
    parts = [f"# {a['title']}", ""] + props + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SUBSTACK = {  # read in app, the free subscriber's footer, the unsubscribe line
    "en": ("READ IN APP", "You're currently a free subscriber to {s}. For the full experience, upgrade your "
                          "subscription.", "Upgrade to paid", "Unsubscribe"),
    "fr": ("LIRE DANS L'APPLICATION", "Vous êtes actuellement abonné gratuit à {s}. Pour profiter de tout, passez à "
                                      "l'abonnement payant.", "Passer à l'abonnement payant", "Se désabonner"),
    "de": ("IN DER APP LESEN", "Sie sind derzeit kostenloser Abonnent von {s}. Für das volle Erlebnis upgraden Sie "
                               "Ihr Abonnement.", "Auf kostenpflichtig upgraden", "Abbestellen"),
    "es": ("LEER EN LA APP", "Actualmente eres suscriptor gratuito de {s}. Para la experiencia completa, mejora tu "
                             "suscripción.", "Pasar a pago", "Darse de baja"),
    "it": ("LEGGI NELL'APP", "Al momento sei un abbonato gratuito di {s}. Per l'esperienza completa, passa "
                             "all'abbonamento a pagamento.", "Passa a pagamento", "Annulla l'iscrizione"),
    "pt": ("LER NA APP", "É atualmente subscritor gratuito de {s}. Para a experiência completa, atualize a sua "
                         "subscrição.", "Passar a pago", "Cancelar subscrição"),
}


# A newsletter post (Substack) copied from the mail the desk's subscription receives: the newsletter's name (the
# publication), the headline, the subtitle (the first sentence), the writer's name, the day with an abbreviated month
# (`Mar 3, 1987`, `3 mars 1987`; whichever the article has), `READ IN APP`, the text, then the newsletter's footer
# (the free subscriber's line, the buttons, `© 2026 Name` with the postal address, `Unsubscribe`). The footer's year is
# no date; Substack no source.
def desk_s42_248(a, desk, rng):
    src = src_of(a, rng)
    app, free, upgrade, unsub = SUBSTACK[desk]
    year = later_day(a, rng, 1, 3)[:4]
    parts = [src, "", a["title"], lead(a["body"][0])]
    parts += [named(a["authors"], desk)] if a["authors"] else []
    parts += [abbr_date(a["date"], desk)] if a["date"] else []
    parts += ["", app, "", "\n\n".join(a["body"]), "", free.format(s=src), "", upgrade, "",
              f"© {year} {named(a['authors'], desk) or src}", "548 Market Street PMB 72296, San Francisco, CA 94104",
              unsub]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def rtf_escape(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append(f"\\uc0\\u{0xD800 + (code >> 10) - 65536} \\u{0xDC00 + (code & 0x3FF) - 65536} ")
                else:
                    out.append(f"\\uc0\\u{code if code < 32768 else code - 65536} ")
    return "".join(out)


LANGID = {"en": 2057, "fr": 1036, "de": 1031, "es": 3082, "it": 1040, "pt": 2070}


# A clipping saved as rich text (.rtf) by TextEdit or WordPad and read as plain text by the desk's inbox: the RTF
# header (font and colour tables, TextEdit's `\cocoartf` page set-up or WordPad's `\*\generator Riched20`), then the
# headline in bold, `Publication, long date`, the byline (whichever the article has), the paragraphs; accented letters
# as `\'e9` (code page 1252) or `\uc0\u8217 `. TextEdit and WordPad are no source.
def desk_s42_249(a, desk, rng):
    src = src_of(a, rng)
    meta = [sep_join(", ", src, dated(a, desk))] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    if rng.random() < 0.5:
        head = ["{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761", "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss"
                "\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;}",
                "{\\colortbl;\\red255\\green255\\blue255;}", "{\\*\\expandedcolortbl;;}",
                "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0",
                "\\pard\\tx566\\tx1133\\tx1700\\tx2267\\tx2834\\tx3401\\tx3968\\tx4535\\tx5102\\tx5669\\tx6236\\tx6803"
                "\\pardirnatural\\partightenfactor0", "",
                f"\\f1\\b\\fs28 \\cf0 {rtf_escape(a['title'])}\\"]
        lines = [f"{rtf_escape(x)}\\" for x in meta] + ["\\"]
        lines[0] = "\\f0\\b0\\fs24 " + lines[0]
        for i, x in enumerate(a["body"]):
            lines += [f"{rtf_escape(x)}\\"] + (["\\"] if i < len(a["body"]) - 1 else [])
        lines[-1] = lines[-1][:-1] + "}"
        return "\n".join(head + lines) + "\n", e_with(a, source=src)
    lang = LANGID[desk]
    head = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang" + str(lang) +
            "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}", "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
            f"\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28\\lang{lang} {rtf_escape(a['title'])}\\b0\\fs22\\par"]
    lines = [f"{rtf_escape(x)}\\par" for x in meta] + [f"{rtf_escape(x)}\\par" for x in a["body"]]
    return "\r\n".join(head + lines) + "\r\n}\r\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s42_")}


# ---- held-out members of BLIND_S42 below: whoever tunes the reader never reads past this line ----

TELEGRAM_REPLY = {"en": "Thanks!", "fr": "Merci !", "de": "Danke!", "es": "¡Gracias!", "it": "Grazie!",
                  "pt": "Obrigado!"}


# The desk's Telegram group exported by Telegram Desktop as JSON (`result.json`: `name`, `type`, `id`, `messages`):
# a post of the publication's channel forwarded by a colleague (`from` the colleague, `forwarded_from` the
# publication, `date` the forward's day and time, `text` a list of plain strings and entities: the headline in bold,
# the paragraphs (as many as fit a post), the byline with a pen emoji, the link), `text_entities` alike, then a
# colleague's reply. The post states no day of the article: the forward's day is no date. The posters are no
# authors; Telegram no source.
def desk_s42_225(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 6)
    t1 = f"{day}T{hms(rng, 8, 12)}"
    t2 = f"{day}T{hms(rng, 13, 18)}"
    paras, size = [], len(a["title"])
    for x in a["body"]:
        if paras and size + len(x) > 3400:
            break
        paras.append(x)
        size += len(x) + 2
    entities = [{"type": "bold", "text": a["title"]}, {"type": "plain", "text": "\n\n" + "\n\n".join(paras) + "\n\n"}]
    if a["authors"]:
        entities += [{"type": "plain", "text": f"✍️ {named(a['authors'], desk)}\n\n"}]
    entities += [{"type": "link", "text": url_of(a, src)}]
    text = [e if e["type"] != "plain" else e["text"] for e in entities]

    def unix(stamp):
        return str(int(datetime.datetime.fromisoformat(stamp + "+00:00").timestamp()))

    base = rng.randrange(4000, 90000)
    doc = {"name": GROUP[desk], "type": "private_supergroup", "id": rng.randrange(10 ** 9, 2 * 10 ** 9),
           "messages": [{"id": base, "type": "message", "date": t1, "date_unixtime": unix(t1), "from": p,
                         "from_id": f"user{rng.randrange(10 ** 8, 10 ** 9)}", "forwarded_from": src, "text": text,
                         "text_entities": entities},
                        {"id": base + 1, "type": "message", "date": t2, "date_unixtime": unix(t2), "from": q,
                         "from_id": f"user{rng.randrange(10 ** 8, 10 ** 9)}", "reply_to_message_id": base,
                         "text": TELEGRAM_REPLY[desk],
                         "text_entities": [{"type": "plain", "text": TELEGRAM_REPLY[desk]}]}]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n", e_with(a, source=src, date=None)


CORRESPONDENT = {  # one, several
    "en": ("From {a} in {c}", "From {a} in {c}"),
    "fr": ("De notre correspondant à {c}, {a}", "De nos correspondants à {c}, {a}"),
    "de": ("Von unserem Korrespondenten {a}, {c}", "Von unseren Korrespondenten {a}, {c}"),
    "es": ("De nuestro corresponsal en {c}, {a}", "De nuestros corresponsales en {c}, {a}"),
    "it": ("Dal nostro corrispondente {a}, {c}", "Dai nostri corrispondenti {a}, {c}"),
    "pt": ("Do nosso correspondente em {c}, {a}", "Dos nossos correspondentes em {c}, {a}"),
}
FOREIGN = {"en": "WORLD", "fr": "INTERNATIONAL", "de": "AUSLAND", "es": "INTERNACIONAL", "it": "ESTERI",
           "pt": "MUNDO"}


# A print page's text copied from the e-paper: the running head in capitals carrying the weekday and date, the
# publication and the folio (`MARDI 3 MARS 1987 | LE FIGARO | 12`; without the day when undated), the section, the
# headline, the correspondent's credit as the paper prints it (`De notre correspondant à Bruxelles, A`, `Von unserem
# Korrespondenten A, Brüssel`; none when unsigned), the text. The place is no part of the names.
def desk_s42_226(a, desk, rng):
    src = src_of(a, rng)
    one, several = CORRESPONDENT[desk]
    head = sep_join(" | ", a["date"] and long_date(a["date"], desk, weekday=True).upper(), src.upper(),
                    str(rng.randrange(2, 30)))
    parts = [head, "", FOREIGN[desk], "", a["title"], ""]
    if a["authors"]:
        city = BRUSSELS[desk].upper() if desk == "it" else BRUSSELS[desk]
        parts += [(one if len(a["authors"]) == 1 else several).format(a=named(a["authors"], desk), c=city), ""]
    parts += ["\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SRT = {  # the welcome with the review's day; the opening (dated, undated); the headline's words; the author's words
    "en": ("Good morning, this is the press review for {d}.", "We start with {s} of {a},",
           "We start with {s},", "under the headline {t}.", "{w} writes:", "The paper writes:"),
    "fr": ("Bonjour, voici la revue de presse du {d}.", "On commence avec {s} du {a},", "On commence avec {s},",
           "sous le titre {t}.", "{w} écrit :", "Le journal écrit :"),
    "de": ("Guten Morgen, hier ist die Presseschau vom {d}.", "Wir beginnen mit {s} vom {a},",
           "Wir beginnen mit {s},", "unter der Überschrift {t}.", "{w} schreibt:", "Die Zeitung schreibt:"),
    "es": ("Buenos días, este es el repaso de prensa del {d}.", "Empezamos con {s} del {a},", "Empezamos con {s},",
           "con el titular {t}.", "{w} escribe:", "El diario escribe:"),
    "it": ("Buongiorno, ecco la rassegna stampa del {d}.", "Cominciamo con {s} del {a},", "Cominciamo con {s},",
           "con il titolo {t}.", "{w} scrive:", "Il giornale scrive:"),
    "pt": ("Bom dia, esta é a revista de imprensa de {d}.", "Começamos com o {s} de {a},", "Começamos com o {s},",
           "com o título {t}.", "{w} escreve:", "O jornal escreve:"),
}


def srt_time(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


# The subtitles (.srt) of a press review video a communications team posts, sent to the desk because it cites a
# printed article: numbered cues with their times, each at most two lines of 42 characters: the presenter's welcome
# with the review's day, `We start with Publication of March 3, 1987,` (no day when undated), `under the headline
# “Headline”.` (the headline alone in its cue, on two lines when long), `A writes:` (`The paper writes:` when
# unsigned), then the first paragraphs read out, cue by cue. The review's day is no date; the presenter no author.
def desk_s42_227(a, desk, rng):
    src = src_of(a, rng)
    welcome, dated_open, undated_open, headline, writes, paper = SRT[desk]
    day = later_day(a, rng, 1, 2)
    said = [welcome.format(d=long_date(day, desk)),
            dated_open.format(s=src, a=long_date(a["date"], desk)) if a["date"] else undated_open.format(s=src),
            headline.format(t=quoted(a["title"], desk)),
            writes.format(w=named(a["authors"], desk)) if a["authors"] else paper]
    read = " ".join(a["body"][:2])
    words, chunk = read.split(), []
    for w in words[:160]:
        chunk.append(w)
        if len(" ".join(chunk)) > 70 or w.endswith((".", "?", "!")) and len(" ".join(chunk)) > 30:
            said.append(" ".join(chunk))
            chunk = []
    if chunk:
        said.append(" ".join(chunk))
    cues, t = [], rng.randrange(200, 900)
    for i, text in enumerate(said, 1):
        length = 900 + 55 * len(text)
        lines = textwrap.wrap(text, 42)
        cues.append(f"{i}\n{srt_time(t)} --> {srt_time(t + length)}\n" + "\n".join(lines))
        t += length + rng.randrange(80, 400)
    return "\n\n".join(cues) + "\n\n", e_with(a, source=src)


CREDITS = {"en": ("Text", "Photos"), "fr": ("Texte", "Photos"), "de": ("Text", "Fotos"), "es": ("Texto", "Fotos"),
           "it": ("Testo", "Foto"), "pt": ("Texto", "Fotos")}


# A magazine feature copied from the publication's site: `SECTION | Publication`, the headline, the standfirst, ONE
# credits line joining the writer, the photographer and the date (`Texte : A · Photos : P · 3 mars 1987`; whichever
# the article has, the photographer always), the text. The photographer is no author.
def desk_s42_228(a, desk, rng):
    src = src_of(a, rng)
    text, photos = CREDITS[desk]
    colon = " : " if desk == "fr" else ": "
    credit = sep_join(" · ", a["authors"] and f"{text}{colon}{named(a['authors'], desk)}",
                      f"{photos}{colon}{crew(a, rng, 1)[0]}", dated(a, desk))
    parts = [f"{SECTIONS[desk][1]} | {src}", "", a["title"], lead(a["body"][0]), "", credit, "",
             "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


INVOICE = {  # company, invoice, date, client, period, columns, totals, VAT, attachment, undated
    "en": ("Cuttings Direct Ltd", "INVOICE No.", "Date:", "Client:", "Period:",
           ("Ref.", "Publication", "Published", "Headline", "Qty", "Unit", "Total"), "Subtotal", "VAT 20%",
           "Total due", "Attachment: cutting {r}", "n.d."),
    "fr": ("Veille Presse Services SARL", "FACTURE N°", "Date :", "Client :", "Période :",
           ("Réf.", "Support", "Parution", "Titre", "Qté", "P.U. HT", "Total HT"), "Total HT", "TVA 20 %",
           "Total TTC", "Pièce jointe : coupure {r}", "s.d."),
    "de": ("Ausschnittdienst Nord GmbH", "RECHNUNG Nr.", "Datum:", "Kunde:", "Zeitraum:",
           ("Ref.", "Medium", "Erschienen", "Titel", "Anz.", "Preis", "Betrag"), "Zwischensumme", "MwSt. 19 %",
           "Gesamtbetrag", "Anlage: Ausschnitt {r}", "o. D."),
    "es": ("Recortes Ibéricos S.L.", "FACTURA N.º", "Fecha:", "Cliente:", "Periodo:",
           ("Ref.", "Medio", "Publicado", "Titular", "Cant.", "Precio", "Importe"), "Base imponible", "IVA 21 %",
           "Total", "Adjunto: recorte {r}", "s.f."),
    "it": ("Rassegna Servizi S.r.l.", "FATTURA N.", "Data:", "Cliente:", "Periodo:",
           ("Rif.", "Testata", "Uscita", "Titolo", "Q.tà", "Prezzo", "Importo"), "Imponibile", "IVA 22%",
           "Totale", "Allegato: ritaglio {r}", "s.d."),
    "pt": ("Recortes Lusos, Lda.", "FATURA N.º", "Data:", "Cliente:", "Período:",
           ("Ref.", "Publicação", "Publicado", "Título", "Qtd.", "Preço", "Total"), "Subtotal", "IVA 23%",
           "Total a pagar", "Anexo: recorte {r}", "s.d."),
}
VAT = {"en": 0.20, "fr": 0.20, "de": 0.19, "es": 0.21, "it": 0.22, "pt": 0.23}


def money(x, desk):
    text = f"{x:,.2f}"
    return text if desk == "en" else text.replace(",", " ").replace(".", ",").replace(" ", ".")


# A press-cutting service's monthly invoice mailed as text with the cutting it bills attached below: the service's
# name, the invoice number and day (a later day), the client and the period, a fixed-width table of three cuttings
# (reference, publication, the day it appeared (numeric; `s.d.` when undated), the headline cut to 34 characters with
# `…`, quantity, prices), the totals, then `Attachment: cutting C-48213` and the cutting itself: its reference line
# (`C-48213 — Publication — date`), the headline, the byline, the text. The other rows are other articles; the
# invoice's day no date; the service no source.
def desk_s42_229(a, desk, rng):
    src = src_of(a, rng)
    company, number, date_l, client, period, cols, sub, vat, total, attach, undated = INVOICE[desk]
    issued = ymd(later_day(a, rng, 5, 30))
    refs = [f"C-{rng.randrange(10000, 99999)}" for _ in range(3)]
    others = other_titles(desk, rng, 2)
    rows = [(refs[0], rng.choice([o for o in OUTLETS if o != src]), numeric(after(a["date"] or "2026-02-02", rng, -9,
                                                                                    -1), desk), others[0]),
            (refs[1], src, numeric(a["date"], desk) if a["date"] else undated, a["title"]),
            (refs[2], rng.choice([o for o in OUTLETS if o != src]), numeric(after(a["date"] or "2026-02-02", rng, 1,
                                                                                    9), desk), others[1])]
    price = rng.choice([3.9, 4.5, 5.2])

    def cut(t):
        return t if len(t) <= 34 else t[:33] + "…"

    table = [f"{cols[0]:<8} {cols[1]:<22} {cols[2]:<11} {cols[3]:<35} {cols[4]:>4} {cols[5]:>8} {cols[6]:>9}"]
    table += ["-" * len(table[0])]
    for ref, pub, when, title in rows:
        table += [f"{ref:<8} {pub[:22]:<22} {when:<11} {cut(title):<35} {1:>4} {money(price, desk):>8} "
                  f"{money(price, desk):>9}"]
    net = 3 * price
    tax = round(net * VAT[desk], 2)
    month = f"{issued.month:02d}/{issued.year}"
    parts = [company, f"{number} {issued.year}-{rng.randrange(1000, 9999)}",
             f"{date_l} {numeric(issued.isoformat(), desk)}", f"{client} {GROUP[desk]}", f"{period} {month}", ""]
    parts += table + ["", f"{sub:>60} {money(net, desk):>12}", f"{vat:>60} {money(tax, desk):>12}",
                      f"{total:>60} {money(net + tax, desk):>12}", "", "", attach.format(r=refs[1]), "=" * 40, ""]
    parts += [sep_join(" — ", refs[1], src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RUBRIC = {  # one columnist, several; the unsigned editorial
    "en": ("{a}'s column", "{a}: the column", "Editorial"),
    "fr": ("La chronique de {a}", "La chronique de {a}", "Éditorial"),
    "de": ("Die Kolumne von {a}", "Die Kolumne von {a}", "Leitartikel"),
    "es": ("La columna de {a}", "La columna de {a}", "Editorial"),
    "it": ("La rubrica di {a}", "La rubrica di {a}", "Editoriale"),
    "pt": ("A crónica de {a}", "A crónica de {a}", "Editorial"),
}


# A column copied from a paper's site that names its writer only in the rubric above the headline (`La chronique de
# A`, `Die Kolumne von A`; `Editorial` when unsigned), then the headline, the text, and at the foot the publication
# and the date (`Publication, long date`; the publication alone when undated). The rubric's words are no part of the
# title or the names.
def desk_s42_232(a, desk, rng):
    src = src_of(a, rng)
    one, several, editorial = RUBRIC[desk]
    rubric = (one if len(a["authors"]) == 1 else several).format(a=named(a["authors"], desk)) if a["authors"] \
        else editorial
    parts = [rubric, "", a["title"], "", "\n\n".join(a["body"]), "", sep_join(", ", src, dated(a, desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CSL_NOTE = {"en": ("The reference for the report:", "Full text:"),
            "fr": ("La référence pour le rapport :", "Texte intégral :"),
            "de": ("Die Referenz für den Bericht:", "Volltext:"),
            "es": ("La referencia para el informe:", "Texto completo:"),
            "it": ("Il riferimento per il rapporto:", "Testo integrale:"),
            "pt": ("A referência para o relatório:", "Texto integral:")}
CATALOGUES = ["Europresse", "Factiva", "Nexis Uni", "PressReader"]


# A researcher's mail giving the desk a reference as Zotero's `Copy as CSL JSON` (a list of one item: `id`, `type`
# `article-newspaper`, `container-title` the publication, `language`, `page`, `source` the library catalogue it came
# from (Europresse, Factiva, …) half the time, `title`, `URL`, `author` as family and given names, `accessed` and
# `issued` as `date-parts`; whichever the article has), then `Full text:` and the text. The catalogue is no source;
# the access day no date.
def desk_s42_238(a, desk, rng):
    src = src_of(a, rng)
    intro, full = CSL_NOTE[desk]
    accessed = ymd(later_day(a, rng, 3, 200))
    item = {"id": f"http://zotero.org/users/{rng.randrange(10 ** 6, 10 ** 7)}/items/{uid(a['key'], 8).upper()}",
            "type": "article-newspaper", "container-title": src, "language": a["lang"],
            "page": str(rng.randrange(1, 30))}
    if rng.random() < 0.5:
        item["source"] = rng.choice(CATALOGUES)
    item["title"] = a["title"]
    item["URL"] = url_of(a, src)
    if a["authors"]:
        item["author"] = [{"family": n.split()[-1], "given": " ".join(n.split()[:-1])} if len(n.split()) > 1
                          else {"literal": n} for n in a["authors"]]
    item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    if a["date"]:
        d = ymd(a["date"])
        item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
    parts = [intro, "", json.dumps([item], indent=2, ensure_ascii=False), "", full, "", "\n\n".join(a["body"]), "",
             crew(a, rng, 1)[0]]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A press officer's clip sheet line: the headline, `A (Publication)` on the next line (`(Publication)` when
# unsigned), the text, and the date alone at the foot (long form; nothing when undated).
def desk_s42_240(a, desk, rng):
    src = src_of(a, rng)
    who = f"{named(a['authors'], desk)} ({src})" if a["authors"] else f"({src})"
    parts = [a["title"], who, "", "\n\n".join(a["body"])]
    parts += ["", long_date(a["date"], desk)] if a["date"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


ICS = {  # summary, location, note, tz
    "en": ("Weekly press review", "Meeting room 2", "Piece to discuss on Tuesday:", "GMT Standard Time", "en-GB"),
    "fr": ("Revue de presse hebdomadaire", "Salle 2", "Article à discuter mardi :", "Romance Standard Time",
           "fr-FR"),
    "de": ("Wöchentlicher Pressespiegel", "Besprechungsraum 2", "Artikel für Dienstag:",
           "W. Europe Standard Time", "de-DE"),
    "es": ("Resumen de prensa semanal", "Sala 2", "Artículo para comentar el martes:", "Romance Standard Time",
           "es-ES"),
    "it": ("Rassegna stampa settimanale", "Sala riunioni 2", "Articolo da discutere martedì:",
           "W. Europe Standard Time", "it-IT"),
    "pt": ("Revista de imprensa semanal", "Sala 2", "Artigo para discutir na terça-feira:", "GMT Standard Time",
           "pt-PT"),
}


def ics_escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    """An iCalendar content line folded at 75 octets (never inside a UTF-8 sequence), CRLF and a space between."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


# An Outlook meeting invitation (.ics) for the weekly press review whose organiser pasted the article into it: the
# VCALENDAR and VEVENT lines (`ORGANIZER;CN=`, `ATTENDEE`s, `DTSTART;TZID=` the meeting, `DTSTAMP` the sending,
# `SUMMARY` the meeting's title, `LOCATION`, `UID`), `DESCRIPTION` escaped (`\n`, `\,`) and folded at 75 octets: the
# note, the headline, `Publication, long date`, the byline (whichever the article has), the paragraphs. The
# organiser and attendees are no authors; the meeting's days no date; Outlook no source; the summary no title.
def desk_s42_241(a, desk, rng):
    src = src_of(a, rng)
    summary, room, note, tz, lang = ICS[desk]
    p, q, r = crew(a, rng, 3)
    meeting = ymd(later_day(a, rng, 2, 7))
    stamp = ymd(after(meeting.isoformat(), rng, -2, -1))
    desc = [note, "", a["title"], sep_join(", ", src, dated(a, desk))]
    desc += [byline(a["authors"], desk, rng)] if a["authors"] else []
    desc += [""] + ["\n\n".join(a["body"])]
    h = rng.choice([9, 10, 11])
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f'ORGANIZER;CN="{p}":mailto:{address(p)}@example.org']
    lines += [f'ATTENDEE;CN="{x}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{address(x)}@example.org'
              for x in (q, r)]
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(chr(10).join(desc))}",
              f"DTEND;TZID={tz}:{meeting.strftime('%Y%m%d')}T{h + 1:02d}0000",
              f"DTSTAMP:{stamp.strftime('%Y%m%d')}T{hms(rng).replace(':', '')}Z",
              f"DTSTART;TZID={tz}:{meeting.strftime('%Y%m%d')}T{h:02d}0000",
              f"LOCATION;LANGUAGE={lang}:{ics_escape(room)}", "PRIORITY:5", "SEQUENCE:0",
              f"SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}", "TRANSP:OPAQUE",
              f"UID:040000008200E00074C5B7101A82E008000000{uid(a['key'], 32).upper()}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n", e_with(a, source=src)


# A regional press officer's clip in the desk's old template: the publication alone on top, the headline, the text,
# and at the foot the author and the date with a two-digit year, numeric as the desk writes it (`A — 03.03.87`, `A —
# 3/3/87` on the English desk; the date alone when unsigned, the author alone when undated).
def desk_s42_250(a, desk, rng):
    src = src_of(a, rng)
    foot = sep_join(" — ", named(a["authors"], desk), a["date"] and numeric(a["date"], desk, short=True))
    parts = [src, "", a["title"], "", "\n\n".join(a["body"])] + (["", foot] if foot else [])
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The twentieth batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of
# their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
BLIND_S42 = {f"desk_s42_{i}" for i in range(225, 251)}
assert DEVELOPMENT == {name for name in BLIND_S42
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S42)})
