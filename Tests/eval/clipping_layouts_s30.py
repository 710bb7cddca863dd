"""Stop 30: an eighth batch of 26 clipping layouts (BLIND_S30) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a mail's forward prefixes or tags, a
reference or footnote appended to it, or a feed's section; authors: persons who wrote the article, never a
colleague, poster, curator, document owner or notification's recipient; date: the article's publication date,
never the day a file was fetched, forwarded, printed, downloaded or curated, nor an access date or a relative age,
and none when the file does not state one; source: the publication or agency the file names, never the service,
site domain or feed reader that carried it). Numbered in the order the forms were thought of; text_eval.py's hash
puts some in development (first) and the rest held-out (after the marker line, which whoever tunes the reader never
reads past). Written without reading the reader (Sources/TextLayouts, Sources/ArticleParsing) or its misses, nor
any earlier batch's held-out part: nobody tunes on any of them in stop 30, and the development members too are only
scored (text_eval.py prints their misses with `--show-s30-development` alone, for a later stop).
"""
import datetime
import json
import textwrap
import urllib.parse

from clipping_layouts import (ABBR, BY, LAYOUTS, MAIL, MONTHS, PEOPLE, byline, clock, expect, joined, later,
                              long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead
from clipping_layouts_s27 import QUOTES, earlier
from clipping_layouts_s28 import rfc_date, url


def family_given(name):
    """`Hélène Roux` -> (`Roux`, `Hélène`): the last word is the family name."""
    words = name.split()
    return words[-1], " ".join(words[:-1])


def minutes(a):
    """Reading time in minutes at 230 words a minute (at least 1)."""
    return max(1, round(sum(len(p.split()) for p in a["body"]) / 230))


# ---- development members of BLIND_S30 ----

LYNX = {"en": ("Skip to main content", "Home"), "fr": ("Aller au contenu", "Accueil"),
        "de": ("Zum Inhalt springen", "Startseite"), "es": ("Saltar al contenido", "Portada"),
        "it": ("Vai al contenuto", "Home"), "pt": ("Saltar para o conteúdo", "Início")}


# A text-mode browser's dump of the article page (`lynx -dump`): numbered link references in brackets before each
# link's text (`[3]Hélène Roux`), the masthead as a link (sometimes), the headline flush left, everything else
# indented three spaces, all wrapped at 77, and the `References` list of numbered URLs at the end. The link numbers
# are not part of the names; the masthead is the source (none when not printed).
def desk_s30_03(a, desk, rng):
    refs = []

    def link(text, target):
        refs.append(target)
        return f"[{len(refs)}]{text}"

    skip, home = LYNX[desk]
    top = masthead(a, rng, 0.7)
    first = link(skip, "https://news.example.org/#main")
    lines = ["   " + first + " " + link(top or home, "https://news.example.org/"),
             "   " + " ".join(link(s, f"https://news.example.org/section/{i}") for i, s in
                              enumerate(["World", KICKER_SECTION[desk], "Sport"])), "", textwrap.fill(a["title"], 77), ""]
    if a["authors"]:
        by, conj = BY[desk]
        names = [link(n, f"https://news.example.org/authors/{mailbox(n).split('@')[0]}") for n in a["authors"]]
        lines.append("   " + by + " " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} "
                                         + names[-1]))
    if a["date"]:
        lines.append("   " + long_date(a["date"], desk))
    lines.append("")
    for paragraph in a["body"]:
        lines += [textwrap.fill(paragraph, 77, initial_indent="   ", subsequent_indent="   "), ""]
    lines += ["References", "", "   Visible links"] + [f"   {i}. {r}" for i, r in enumerate(refs, start=1)]
    e = expect(a)
    e["source"] = top
    return "\n".join(lines) + "\n", e


# A Word file converted with pandoc to Markdown and kept as text: the pandoc title block (`% Title`, continued on
# indented lines when long; `% A; B`, an empty `%` when unsigned; `% date` when dated), then the text. The file
# names no publication.
def desk_s30_04(a, desk, rng):
    title = textwrap.wrap(a["title"], 60)
    parts = ["% " + title[0]] + [" " + line for line in title[1:]]
    parts.append("% " + "; ".join(a["authors"]) if a["authors"] else "%")
    if a["date"]:
        parts.append("% " + (long_date(a["date"], desk) if rng.random() < 0.5 else numeric_date(a["date"], desk)))
    parts += ["", wrap(a["body"], 72)]
    return "\n".join(parts) + "\n", expect(a, source=False)


# A feed-to-mail tool's message (rss2email), as saved from the mail client: `From: Feed name: Author <user@…>` (the
# feed named after the publication, or after the site's domain when the article names none: then no source; no
# author part when unsigned), Subject = the title, Date = the item's date (no Date header when the item has none),
# the tool's headers, `URL: …` and the text as converted from HTML, wrapped at 72.
def desk_s30_07(a, desk, rng):
    feed = a["source"] or "news.example.org"
    link = url(rng)
    sender = f"{feed}: {joined(a['authors'], desk)}" if a["authors"] else feed
    parts = [f'From: "{sender}" <user@rss2email.invalid>', f"Subject: {a['title']}"]
    parts += [f"Date: {rfc_date(a['date'], rng)}"] if a["date"] else []
    parts += [f"Message-ID: <{rng.getrandbits(48):012x}@dev.null.invalid>", "User-Agent: rss2email/3.14",
              "Content-Type: text/plain; charset=\"utf-8\"", "X-RSS-Feed: https://news.example.org/rss.xml",
              f"X-RSS-ID: {link}", f"X-RSS-URL: {link}", f"X-RSS-TAGS: {KICKER_SECTION[desk]}", "",
              f"URL: {link}", "", wrap(a["body"], 72)]
    return "\n".join(parts) + "\n", expect(a)


FORWARD = {  # forward prefix, external tag, caution banner, note
    "en": ("FW:", "[EXTERNAL]", "CAUTION: This email originated from outside of the organization. Do not click links "
           "or open attachments unless you recognize the sender.", "For the review, text below."),
    "fr": ("TR :", "[EXTERNE]", "ATTENTION : ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur "
           "les liens si vous ne connaissez pas l'expéditeur.", "Pour la revue, texte ci-dessous."),
    "de": ("WG:", "[EXTERN]", "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf "
           "Links, wenn Sie den Absender nicht kennen.", "Für den Pressespiegel, Text unten."),
    "es": ("RV:", "[EXTERNO]", "PRECAUCIÓN: este correo procede de fuera de la organización. No haga clic en los "
           "enlaces si no reconoce al remitente.", "Para el resumen, texto abajo."),
    "it": ("I:", "[ESTERNO]", "ATTENZIONE: questa email proviene dall'esterno dell'organizzazione. Non cliccare sui "
           "link se non riconosci il mittente.", "Per la rassegna, testo qui sotto."),
    "pt": ("ENC:", "[EXTERNO]", "ATENÇÃO: este e-mail teve origem fora da organização. Não clique em ligações se não "
           "reconhecer o remetente.", "Para a revista, texto abaixo."),
}


# Outlook forward as the recipient saves it: From (a colleague), Sent (a later day), To, Subject = the headline
# behind the desk language's forward prefix and the mail gateway's external tag in either order (`WG: [EXTERN]
# Title`, `[EXTERN] WG: Title`), the gateway's caution banner, the colleague's note and first name, the article's
# link rewritten by the gateway (safelinks), then the pasted article WITHOUT its headline: byline, `Publication –
# date`, text. The headline is the Subject's, without prefix and tag; the colleague and the Sent day are not the
# article's.
def desk_s30_08(a, desk, rng):
    _, subject, from_, sent, to = MAIL[desk]
    prefix, tag, caution, note = FORWARD[desk]
    colleague = rng.choice(PEOPLE)
    head = f"{prefix} {tag}" if rng.random() < 0.5 else f"{tag} {prefix}"
    target = urllib.parse.quote(url(rng), safe="")
    parts = [f"{from_} {colleague} <{mailbox(colleague)}>",
             f"{sent} {long_date(later(a['date'], rng, 1, 3), desk, weekday=True)} {clock(rng)}",
             f"{to} Press Office <press@example.org>", f"{subject} {head} {a['title']}", "", caution, "", note, "",
             colleague.split()[0], "",
             f"https://eur03.safelinks.protection.outlook.com/?url={target}&data=05%7C02%7C{rng.getrandbits(40):x}"
             f"&reserved=0", ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


CITE = {"en": "Cite this article", "fr": "Citer cet article", "de": "Zitiervorschlag", "es": "Cómo citar este artículo",
        "it": "Come citare questo articolo", "pt": "Como citar este artigo"}
MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()


def citation(a, desk, rng):
    """The article's reference in the citation style each desk's readers use; returns (text, authors it names)."""
    names, t, src = a["authors"], a["title"], a["source"]
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    stop = "" if t[-1:] in ".?!…" else "."
    if desk == "en":  # MLA 9: `Roux, Hélène, and Stefan Krüger. “Title.” Publication, 3 Mar. 2026. Accessed …`
        named = names[:1] if len(names) > 2 else names
        who = ""
        if names:
            f, g = family_given(names[0])
            who = f"{f}, {g}" + (", et al" if len(names) > 2 else f", and {names[1]}" if len(names) == 2 else "")
            who += ". "
        when = f"{d.day} {MLA_MONTHS[d.month - 1]} {d.year}" if d else ""
        rest = ", ".join(x for x in [src, when] if x)
        seen = later(a["date"], rng, 20, 90)
        seen = datetime.date.fromisoformat(seen)
        return (f"{who}“{t}{stop}” " + (rest + ". " if rest else "")
                + f"Accessed {seen.day} {MLA_MONTHS[seen.month - 1]} {seen.year}."), named
    if desk == "de":  # `Roux, Hélène/Krüger, Stefan (2026): Title. In: Publication, 3. März 2026.`
        who = "/".join(", ".join(family_given(n)) for n in names)
        year = f"({d.year})" if d else "(o. J.)"
        where = ", ".join(x for x in [src and f"In: {src}", d and long_date(a["date"], "de")] if x)
        seen = numeric_date(later(a["date"], rng, 20, 90), "de")
        head = f"{who} {year}: {t}{stop} " if who else f"{t} {year}. "
        return head + (where + ". " if where else "") + f"Abgerufen am {seen}.", names
    if desk == "fr":  # `ROUX Hélène et KRÜGER Stefan, « Title », Publication, 3 mars 2026.`
        who = " et ".join(f"{family_given(n)[0].upper()} {family_given(n)[1]}" for n in names)
        rest = [x for x in [src, d and long_date(a["date"], "fr")] if x]
        return ", ".join(([who] if who else []) + [f"« {t} »"] + rest) + ".", names
    if desk == "es":  # `Roux, Hélène (3 de marzo de 2026). Title. Publication.`
        who = " y ".join(", ".join(family_given(n)) for n in names)
        when = f"({long_date(a['date'], 'es')})" if d else "(s. f.)"
        return ((f"{who} {when}. " if who else f"{t}{stop} {when}. ") + (f"{t}{stop} " if who else "") +
                (f"{src}." if src else "")).rstrip(), names
    if desk == "it":  # `Hélène Roux, «Title», in Publication, 3 marzo 2026.`
        rest = [x for x in [src and f"in {src}", d and long_date(a["date"], "it")] if x]
        return ", ".join(([joined(names, "it")] if names else []) + [f"«{t}»"] + rest) + ".", names
    # pt, NP 405: `ROUX, Hélène – Title. Publication. (3 mar. 2026).`
    who = "; ".join(f"{family_given(n)[0].upper()}, {family_given(n)[1]}" for n in names)
    when = f"({d.day} {ABBR['pt'].split()[d.month - 1]}. {d.year})" if d else ""
    return " ".join(x for x in [f"{who} –" if who else "", f"{t}{stop}", src and f"{src}.", when] if x), names


# An article page copied from a site that prints a `Cite this article` box at the end: masthead (sometimes), title,
# the text, then the box's label and the reference in the desk's citation style (MLA with an access date on the
# English desk, `Zitiervorschlag` with `Abgerufen am` on the German one, then French, Spanish, Italian, Portuguese
# forms; the family name first, sometimes in capitals). The authors are read in their usual order; the access day is
# not the date.
def desk_s30_09(a, desk, rng):
    top = masthead(a, rng, 0.5)
    text, named = citation(a, desk, rng)
    parts = ([top, ""] if top else []) + [a["title"], "", "\n\n".join(a["body"]), "", CITE[desk], text]
    e = expect(a)
    e["authors"] = named
    return "\n".join(parts) + "\n", e


READING_TIME = {"en": "{a}–{b} minutes", "fr": "{a} à {b} minutes", "de": "{a}–{b} Minuten", "es": "{a}-{b} minutos",
                "it": "{a}-{b} minuti", "pt": "{a}-{b} minutos"}


# A browser's reader view copied whole: the site's domain (no publication named), the title, the byline as the page
# gives it (the names alone), the reading time as a range, then the text. No date is shown.
def desk_s30_11(a, desk, rng):
    n = minutes(a)
    parts = ["news.example.org", a["title"]] + ([joined(a["authors"], desk)] if a["authors"] else [])
    parts += [READING_TIME[desk].format(a=n, b=n + 1), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, date=False, source=False)


# A static-site archive entry (Hugo) with TOML front matter between `+++` lines: title (quotes escaped), date with
# time and offset (when dated), `lastmod` a later day, draft, authors as an array (when signed), categories, and a
# `[params]` table with the publication (when named) and the original URL; then the text.
def desk_s30_13(a, desk, rng):
    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    t = f"T{rng.randrange(6, 21):02d}:{rng.randrange(60):02d}:00+01:00"
    parts = ["+++", f"title = {q(a['title'])}"]
    parts += [f"date = {a['date']}{t}"] if a["date"] else []
    parts += [f"lastmod = {later(a['date'], rng, 1, 40)}T08:00:00+01:00", "draft = false"]
    parts += ["authors = [" + ", ".join(q(n) for n in a["authors"]) + "]"] if a["authors"] else []
    parts += [f"categories = [{q(KICKER_SECTION[desk])}]", "", "[params]"]
    parts += [f"  publication = {q(a['source'])}"] if a["source"] else []
    parts += [f"  original_url = {q(url(rng))}", "+++", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


BILINGUAL = {  # medium, date, page, title, author: two languages of a bilingual country's desk
    "en": ("Outlet / Média", "Date", "Page", "Title / Titre", "Author / Auteur"),
    "fr": ("Média / Medium", "Date / Datum", "Page / Pagina", "Titre / Titel", "Auteur / Auteur"),
    "de": ("Medium / Média", "Datum / Date", "Seite / Page", "Titel / Titre", "Autor / Auteur"),
    "es": ("Medio / Mitjà", "Fecha / Data", "Página / Pàgina", "Título / Títol", "Autor / Autor"),
    "it": ("Testata / Zeitung", "Data / Datum", "Pagina / Seite", "Titolo / Titel", "Autore / Autor"),
    "pt": ("Publicação / Publication", "Data / Date", "Página / Page", "Título / Title", "Autor / Author"),
}


# A press review from a bilingual country's public service (Canada, Belgium, Switzerland, Catalonia, South Tyrol):
# every label in two languages (`Titre / Titel:`), values aligned in a column: medium, date, page, title, author
# (rows the article lacks are left out; the page always), a rule, the text.
def desk_s30_14(a, desk, rng):
    medium, date, page, title, author = BILINGUAL[desk]
    rows = [(medium, a["source"])] if a["source"] else []
    rows += [(date, numeric_date(a["date"], desk))] if a["date"] else []
    rows += [(page, str(rng.randrange(2, 40))), (title, a["title"])]
    rows += [(author, ", ".join(a["authors"]))] if a["authors"] else []
    parts = [f"{k + ':':<28}{v}" for k, v in rows] + ["-" * 60, "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


def prose_note(a, desk):
    """A colleague's sentence naming the piece's author, publication, date and headline (those it has)."""
    A, X, T = a["authors"] and joined(a["authors"], desk), a["source"], a["title"]
    D = a["date"] and long_date(a["date"], desk)
    if desk == "en":
        return (f"Hi all, below is {'the piece ' + A + ' wrote' if A else 'a piece'}{' in ' + X if X else ''}"
                f"{' on ' + D if D else ''}, headline “{T}”. Could someone add it to the review?")
    if desk == "fr":
        return (f"Bonjour à tous, ci-dessous {'le papier de ' + A if A else 'un papier'}"
                f"{' paru dans ' + X if X else ''}{' le ' + D if D else ''}, titré « {T} ». "
                "Quelqu'un peut-il l'ajouter à la revue ?")
    if desk == "de":
        return (f"Hallo zusammen, unten {'der Text von ' + A if A else 'ein Text'}{' aus ' + X if X else ''}"
                f"{' vom ' + D if D else ''}, Überschrift „{T}“. Kann ihn jemand in den Pressespiegel aufnehmen?")
    if desk == "es":
        return (f"Hola a todos: abajo va {'el artículo de ' + A if A else 'un artículo'}"
                f"{' publicado en ' + X if X else ''}{' el ' + D if D else ''}, titulado «{T}». "
                "¿Alguien puede añadirlo al resumen?")
    if desk == "it":
        return (f"Ciao a tutti, qui sotto {'il pezzo di ' + A if A else 'un pezzo'}{' uscito su ' + X if X else ''}"
                f"{' il ' + D if D else ''}, titolo «{T}». Qualcuno può aggiungerlo alla rassegna?")
    return (f"Olá a todos, segue abaixo {'o artigo de ' + A if A else 'um artigo'}{' publicado em ' + X if X else ''}"
            f"{' a ' + D if D else ''}, com o título «{T}». Alguém pode acrescentá-lo à revista?")


THANKS = {"en": "Thanks,", "fr": "Merci,", "de": "Danke,", "es": "Gracias,", "it": "Grazie,", "pt": "Obrigada,"}


# A colleague's message saved as text, no headers: one sentence naming the piece's author, publication, date and
# headline in prose (`below is the piece A wrote in X on March 3, 2026, headline “Title”`; whichever it has), the
# colleague's thanks and first name, a rule, then the text alone, without headline or byline. The colleague is not
# an author; the headline is the quoted one.
def desk_s30_16(a, desk, rng):
    parts = [prose_note(a, desk), "", THANKS[desk], rng.choice(PEOPLE).split()[0], "", "---", "",
             "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


# The cover page of an academic publisher's PDF (as pdftotext gives it; English on every desk): the journal (the
# publication, when named), ISSN and homepage, the title, the authors joined by `&`, `To cite this article:` with the
# authors, the year, title, journal, volume and DOI, the link, `Published online: 03 Mar 2026.` (when dated), the
# page's links and views, the terms, and `Downloaded by [OSIRIS] at 09:12 10 March 2026` (a later day); a form feed,
# then the text. The download day is not the date, the citation's year alone no date either.
def desk_s30_17(a, desk, rng):
    code = "".join(w[0] for w in (a["source"] or "Journal Studies").split()).lower()[:4] + "20"
    doi = f"10.1080/{rng.randrange(10 ** 7, 10 ** 8)}.{a['date'][:4] if a['date'] else '2026'}." \
          f"{rng.randrange(10 ** 6, 10 ** 7)}"
    names = " & ".join(a["authors"])
    year = f" ({a['date'][:4]})" if a["date"] else ""
    cite = ", ".join(x for x in [f"{names}{year} {a['title']}" if names else f"{a['title']}{year}", a["source"],
                                 f"{rng.randrange(5, 40)}:{rng.randrange(1, 6)}",
                                 f"{rng.randrange(1, 200)}-{rng.randrange(200, 400)}", f"DOI: {doi}"] if x)
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    got = datetime.date.fromisoformat(later(a["date"], rng, 30, 400))
    parts = ([a["source"]] if a["source"] else []) + [
        f"ISSN: {rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)} (Print) {rng.randrange(1000, 9999)}-"
        f"{rng.randrange(1000, 9999)} (Online) Journal homepage: www.tandfonline.com/journals/{code}", "",
        a["title"], ""]
    parts += [names, ""] if names else []
    parts += [f"To cite this article: {cite}", "", f"To link to this article: https://doi.org/{doi}", ""]
    parts += [f"Published online: {d.day:02d} {ABBR['en'].split()[d.month - 1]} {d.year}.", ""] if d else []
    parts += ["Submit your article to this journal", "", f"Article views: {rng.randrange(50, 5000)}", "",
              "View related articles", "", "View Crossmark data", "",
              "Full Terms & Conditions of access and use can be found at",
              f"https://www.tandfonline.com/action/journalInformation?journalCode={code}", "",
              f"Downloaded by [OSIRIS] at {clock(rng)} {got.day:02d} {MONTHS['en'].split()[got.month - 1]} {got.year}",
              "\f" + wrap(a["body"], 80)]
    return "\n".join(parts) + "\n", expect(a)


NEWSBOAT = {  # feed, title, author, link, date; Google News search feed's name
    "en": ("Feed", "Title", "Author", "Link", "Date", '"{k}" - Google News'),
    "fr": ("Flux", "Titre", "Auteur", "Lien", "Date", "« {k} » - Google Actualités"),
    "de": ("Feed", "Titel", "Autor", "Link", "Datum", '"{k}" - Google News'),
    "es": ("Canal", "Título", "Autor", "Enlace", "Fecha", '"{k}" - Google Noticias'),
    "it": ("Feed", "Titolo", "Autore", "Link", "Data", '"{k}" - Google News'),
    "pt": ("Feed", "Título", "Autor", "Link", "Data", '"{k}" - Google Notícias'),
}


# A terminal feed reader's article view saved as text (newsboat, labels in the desk's language): Feed, Title,
# Author (when signed), Link, Date (when dated: the item's date, as the feed gives it), a blank line, the text. The
# feed is either the publication's section feed (`Publication – Section`: the source is the publication; a domain's
# feed when it names none) or a news search feed, whose item titles end in ` - Publication` (the headline is the
# part before, the publication the source) and which has no author.
def desk_s30_20(a, desk, rng):
    feed_, title_, author_, link_, date_, search = NEWSBOAT[desk]
    google = rng.random() < 0.4
    if google:
        keyword = max((w.strip(".,:;!?\"'«»„“”()<>|") for w in a["title"].split()), key=len)
        feed = search.format(k=keyword)
        title = f"{a['title']} - {a['source']}" if a["source"] else a["title"]
        link = f"https://news.google.com/rss/articles/CBMi{rng.getrandbits(120):030x}?oc=5"
    else:
        feed = f"{a['source'] or 'news.example.org'} – {KICKER_SECTION[desk]}"
        title, link = a["title"], url(rng)
    parts = [f"{feed_}: {feed}", f"{title_}: {title}"]
    parts += [f"{author_}: {joined(a['authors'], desk)}"] if a["authors"] and not google else []
    parts += [f"{link_}: {link}"]
    parts += [f"{date_}: {rfc_date(a['date'], rng)}"] if a["date"] else []
    parts += ["", wrap(a["body"], 78)]
    e = expect(a)
    e["authors"] = [] if google else a["authors"]
    return "\n".join(parts) + "\n", e


# A scanned clipping's metadata as a photo tool prints it (`exiftool -a -G0`-like, English on every desk: labels
# padded to a column, ` : `), then the clipping's OCR text after a blank line. The IPTC fields carry the headline,
# the by-line (names joined by `, `), the date created (`2026:03:03`), the credit (the publication) and the copyright
# notice; the file's own modification day is later, and `Writer-Editor` names the colleague who captioned the scan
# (not an author).
def desk_s30_21(a, desk, rng):
    made = later(a["date"], rng, 2, 20).replace("-", ":")
    rows = [("ExifTool Version Number", "12.76"), ("File Name", f"clip_{rng.randrange(10 ** 5, 10 ** 6)}.jpg"),
            ("File Modification Date/Time", f"{made} {clock(rng)}:{rng.randrange(60):02d}+01:00"),
            ("MIME Type", "image/jpeg"), ("Headline", a["title"])]
    rows += [("By-line", ", ".join(a["authors"]))] if a["authors"] else []
    rows += [("Date Created", a["date"].replace("-", ":"))] if a["date"] else []
    rows += [("Credit", a["source"]), ("Copyright Notice", f"© {a['date'][:4] + ' ' if a['date'] else ''}"
                                                           f"{a['source']}")] if a["source"] else []
    rows += [("Writer-Editor", rng.choice(PEOPLE)), ("Keywords", KICKER_SECTION[desk]),
             ("Image Width", "2480"), ("Image Height", "3508")]
    parts = [f"{k:<32}: {v}" for k, v in rows] + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


REDDIT = {  # posted by, upvotes/comments, the paste's intro, actions
    "en": ("Posted by", "{u} upvotes · {c} comments", "Text for those who hit the paywall:", "Reply · Share"),
    "fr": ("Publié par", "{u} votes positifs · {c} commentaires", "Le texte pour ceux qui butent sur le paywall :",
           "Répondre · Partager"),
    "de": ("Gepostet von", "{u} Upvotes · {c} Kommentare", "Text für alle, die an der Paywall hängen:",
           "Antworten · Teilen"),
    "es": ("Publicado por", "{u} votos a favor · {c} comentarios", "El texto para quienes no pasan el muro de pago:",
           "Responder · Compartir"),
    "it": ("Pubblicato da", "{u} voti positivi · {c} commenti", "Il testo per chi trova il paywall:",
           "Rispondi · Condividi"),
    "pt": ("Publicado por", "{u} votos positivos · {c} comentários", "O texto para quem esbarra no paywall:",
           "Responder · Partilhar"),
}


# A forum thread copied as text: the community, `Posted by u/handle · 5h`, the post's title (the headline, as
# posted), the link's domain, votes and comments, then a reply by another user (`u/other · 4h`) pasting the
# article: an intro line, byline, `Publication – date`, text; the reply's actions. The users are not authors; the
# relative times are no date.
def desk_s30_22(a, desk, rng):
    posted, votes, intro, actions = REDDIT[desk]
    op, other = (f"u/{w}_{rng.randrange(10, 99)}" for w in rng.sample(["deskrat", "tagesleser", "lecteur",
                                                                      "lettore", "leitor_pt", "newsjunkie"], 2))
    h = rng.randrange(2, 20)
    parts = [f"r/{rng.choice(['europe', 'worldnews', 'economics'])}", f"{posted} {op} · {h}h", "", a["title"],
             "news.example.org", votes.format(u=rng.randrange(50, 5000), c=rng.randrange(5, 400)), "",
             f"{other} · {h - 1 or 1}h", intro, ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "", actions]
    return "\n".join(parts) + "\n", expect(a)


PAGE_ABBR = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}


# A press-review index entry with its reference in parentheses on the headline's line (`Title (Publication,
# 03.03.2026, S. 12)`, whichever of publication and date it has, the page always), the byline on the next line, the
# text. The parenthesis is not part of the title.
def desk_s30_23(a, desk, rng):
    ref = [x for x in [a["source"], a["date"] and numeric_date(a["date"], desk)] if x]
    ref.append(f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}")
    parts = [f"{a['title']} ({', '.join(ref)})"] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


CURATED = {  # heading (issue number, the day), for, why it matters, full text
    "en": ("Reading list #{n} — {d}", "for", "Why it matters: a useful read for the week's briefing.", "Full text:"),
    "fr": ("Sélection de lectures n° {n} — {d}", "pour", "Pourquoi c'est important : utile pour le point de la "
           "semaine.", "Texte intégral :"),
    "de": ("Leseliste Nr. {n} — {d}", "für", "Warum das wichtig ist: lesenswert für das Wochenbriefing.", "Volltext:"),
    "es": ("Lecturas n.º {n} — {d}", "para", "Por qué importa: útil para el informe de la semana.", "Texto completo:"),
    "it": ("Letture n. {n} — {d}", "per", "Perché conta: utile per il punto della settimana.", "Testo completo:"),
    "pt": ("Leituras n.º {n} — {d}", "para", "Porque importa: útil para o ponto da semana.", "Texto integral:"),
}


# One item of a curated reading-list newsletter: the list's heading with its issue number and its own later day, the
# curator, then `→ Title — A for Publication (3 Mar 2026)` on one line (whichever parts the article has: `— A`,
# `— Publication`), the curator's one-line comment, `Full text:` and the text. The curator is not an author, the
# list's day not the date.
def desk_s30_24(a, desk, rng):
    heading, for_, why, full = CURATED[desk]
    who = " ".join(x for x in [a["authors"] and joined(a["authors"], desk),
                               a["source"] and (f"{for_} {a['source']}" if a["authors"] else a["source"])] if x)
    line = f"→ {a['title']}" + (f" — {who}" if who else "") + \
        (f" ({short_date(a['date'], desk)})" if a["date"] else "")
    parts = [heading.format(n=rng.randrange(20, 300), d=long_date(later(a["date"], rng, 2, 9), desk)),
             f"— {rng.choice(PEOPLE)}", "", line, why, "", full, "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


AGGREGATOR = {  # date line (weekday abbr, long date, time), read time, story continues, view comments
    "en": ("{w}, {l} at {h}:{m} {ap} GMT+1", "{n} min read", "Story continues", "View comments"),
    "fr": ("{w} {l} à {H}:{m} UTC+1", "{n} min de lecture", "Lire la suite", "Voir les commentaires"),
    "de": ("{w}, {l} um {H}:{m} MEZ", "Lesedauer: {n} Min.", "Weiterlesen", "Kommentare anzeigen"),
    "es": ("{w}, {l}, {H}:{m} CET", "{n} min de lectura", "Sigue leyendo", "Ver comentarios"),
    "it": ("{w} {l}, {H}:{m} CET", "{n} minuti di lettura", "Continua a leggere", "Visualizza commenti"),
    "pt": ("{w}, {l} às {H}:{m}", "{n} min de leitura", "Continuar a ler", "Ver comentários"),
}


# A portal's syndicated copy (Yahoo-like): the provider's name (the publication; none when the article names none),
# the title, the author's name alone, `Tue, March 3, 2026 at 9:12 AM GMT+1 · 4 min read` (the read time alone when
# undated), the text with `Story continues` after the second paragraph, `View comments`. The portal is not the
# source.
def desk_s30_25(a, desk, rng):
    dated, read, more, comments = AGGREGATOR[desk]
    n = minutes(a)
    parts = ([a["source"]] if a["source"] else []) + [a["title"]]
    parts += [joined(a["authors"], desk)] if a["authors"] else []
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        h, m = rng.randrange(6, 22), f"{rng.randrange(60):02d}"
        when = dated.format(w=WEEKDAY_ABBR[desk].split()[d.weekday()], l=long_date(a["date"], desk), h=h % 12 or 12,
                            H=f"{h:02d}", m=m, ap="AM" if h < 12 else "PM")
        parts.append(f"{when} · {read.format(n=n)}")
    else:
        parts.append(read.format(n=n))
    body = list(a["body"])
    body.insert(min(2, len(body)), more)
    parts += ["", "\n\n".join(body), "", comments]
    return "\n".join(parts) + "\n", expect(a)


# ---- held-out members of BLIND_S30 below: whoever tunes the reader never reads past this line ----

# A headless CMS's article export, pretty-printed JSON saved as a .txt: id, type, headline, a deck, the byline as a
# list of {name, role}, datePublished with time and offset (null when undated), dateModified (a later day), the
# publisher's name (null when none), the section, the desk editor who handled it (not an author), the body as a list
# of paragraphs.
def desk_s30_01(a, desk, rng):
    t = f"T{rng.randrange(6, 21):02d}:{rng.randrange(60):02d}:00+01:00"
    doc = {"id": f"{rng.getrandbits(64):016x}", "type": "article", "headline": a["title"],
           "subheadline": first_sentence(a["body"][0]),
           "byline": [{"name": n, "role": "author"} for n in a["authors"]],
           "datePublished": a["date"] and a["date"] + t,
           "dateModified": later(a["date"], rng, 1, 30) + "T08:00:00+01:00",
           "publisher": {"name": a["source"]} if a["source"] else None, "section": KICKER_SECTION[desk],
           "deskEditor": {"name": rng.choice(PEOPLE)}, "body": a["body"]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n", expect(a)


# A read-later service's export to a notes app (Readwise-like Markdown): `# Title`, the cover image, `## Metadata`
# with `- Author: [[…]]` (the byline as one string; the site's domain when unsigned, which is no person), `- Full
# Title:`, category, `- Published Date:` (when dated), URL and tags, then `## Highlights`: every paragraph as a
# bullet ending in a `([View Highlight](…))` link. No publication is named.
def desk_s30_02(a, desk, rng):
    parts = [f"# {a['title']}", "", "![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/"
             "article2.74d541386bbf.png)", "", "## Metadata",
             f"- Author: [[{joined(a['authors'], desk) if a['authors'] else 'news.example.org'}]]",
             f"- Full Title: {a['title']}", "- Category: #articles"]
    parts += [f"- Published Date: {a['date']}"] if a["date"] else []
    parts += [f"- URL: {url(rng)}", "- Document Tags: [[press-review]]", "", "## Highlights"]
    parts += [f"- {p} ([View Highlight](https://read.readwise.io/read/01h{rng.getrandbits(80):020x}))"
              for p in a["body"]]
    return "\n".join(parts) + "\n", expect(a, source=False)


STORY = {  # story by, relative age, ad label, continue reading
    "en": ("Story by {a}", "{n}d", "Ad", "Continue reading"), "fr": ("Article de {a}", "{n} j", "Annonce",
                                                                     "Continuer la lecture"),
    "de": ("Artikel von {a}", "{n} T.", "Anzeige", "Weiterlesen"), "es": ("Artículo de {a}", "{n} d", "Anuncio",
                                                                          "Seguir leyendo"),
    "it": ("Articolo di {a}", "{n} g", "Annuncio", "Continua a leggere"), "pt": ("Artigo de {a}", "{n} d", "Anúncio",
                                                                                 "Continuar a ler"),
}


# A web portal's news feed copy (MSN-like): the provider's name (the publication, when named), its age relative to
# now (`3d`: no date), the title, `Story by A` (when signed), the text with an ad label in it, `Continue reading`.
def desk_s30_05(a, desk, rng):
    story, age, ad, more = STORY[desk]
    parts = ([a["source"]] if a["source"] else []) + [age.format(n=rng.randrange(1, 6)), "", a["title"]]
    parts += [story.format(a=joined(a["authors"], desk))] if a["authors"] else []
    body = list(a["body"])
    body.insert(1, ad)
    parts += ["", "\n\n".join(body), "", more]
    return "\n".join(parts) + "\n", expect(a, date=False)


BRIEF = {  # heading, date, subject, from, footnote's page abbreviation and `article by`
    "en": ("NOTE FOR THE DIRECTOR", "Date", "Subject", "From", "p.", "article by"),
    "fr": ("NOTE À L'ATTENTION DE LA DIRECTRICE", "Date", "Objet", "De", "p.", "article de"),
    "de": ("VERMERK FÜR DIE LEITUNG", "Datum", "Betreff", "Von", "S.", "Artikel von"),
    "es": ("NOTA PARA LA DIRECCIÓN", "Fecha", "Asunto", "De", "pág.", "artículo de"),
    "it": ("APPUNTO PER IL DIRETTORE", "Data", "Oggetto", "Da", "pag.", "articolo di"),
    "pt": ("NOTA PARA A DIREÇÃO", "Data", "Assunto", "De", "p.", "artigo de"),
}
COVERAGE = {"en": "press coverage", "fr": "couverture presse", "de": "Presseecho", "es": "cobertura de prensa",
            "it": "copertura stampa", "pt": "cobertura de imprensa"}


# A briefing note saved from a word processor as text: the note's heading, its own labelled date (a later day),
# subject and author (a colleague), then the article quoted with a footnote marker on its headline (`Title[1]`), the
# text, a rule, and the footnote `[1] Publication, March 3, 2026, p. 12; article by A.` (whichever it has). The
# note's day and writer are not the article's; the marker is not part of the title.
def desk_s30_06(a, desk, rng):
    heading, date, subject, from_, page, by = BRIEF[desk]
    ref = [x for x in [a["source"], a["date"] and long_date(a["date"], desk)] if x]
    ref.append(f"{page} {rng.randrange(2, 40)}")
    note = ", ".join(ref) + (f"; {by} {joined(a['authors'], desk)}" if a["authors"] else "") + "."
    parts = [heading, "", f"{date}: {numeric_date(later(a['date'], rng, 1, 6), desk)}",
             f"{subject}: {COVERAGE[desk]} — {KICKER_SECTION[desk]}", f"{from_}: {rng.choice(PEOPLE)}", "",
             f"{a['title']}[1]", "", "\n\n".join(a["body"]), "", "_" * 16, f"[1] {note}"]
    return "\n".join(parts) + "\n", expect(a)


PROPERTIES = {  # heading, title, author, company, created, last saved by, words; the document's own title
    "en": ("Document properties", "Title", "Author", "Company", "Created", "Last saved by", "Words",
           "Press review week {w}"),
    "fr": ("Propriétés du document", "Titre", "Auteur", "Société", "Créé le", "Dernier enregistrement par", "Mots",
           "Revue de presse semaine {w}"),
    "de": ("Dokumenteigenschaften", "Titel", "Autor", "Firma", "Erstellt", "Zuletzt gespeichert von", "Wörter",
           "Pressespiegel KW {w}"),
    "es": ("Propiedades del documento", "Título", "Autor", "Organización", "Creado", "Guardado por última vez por",
           "Palabras", "Resumen de prensa semana {w}"),
    "it": ("Proprietà documento", "Titolo", "Autore", "Società", "Creato", "Ultimo salvataggio di", "Parole",
           "Rassegna stampa settimana {w}"),
    "pt": ("Propriedades do documento", "Título", "Autor", "Empresa", "Criado", "Guardado pela última vez por",
           "Palavras", "Revista de imprensa semana {w}"),
}


# A word-processor file printed with its properties page at the end: masthead (sometimes), title, byline, the site's
# date stamp, the text, then `Document properties`: the document's own title (the review's, not the headline), its
# author (the colleague who made the file: no author of the article), company, creation day (later), last saved by,
# word count.
def desk_s30_10(a, desk, rng):
    heading, title, author, company, created, saved, words, review = PROPERTIES[desk]
    top = masthead(a, rng, 0.6)
    made = datetime.date.fromisoformat(later(a["date"], rng, 1, 10))
    parts = ([top] if top else []) + [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    p, q = rng.sample(PEOPLE, 2)
    parts += ["", "\n\n".join(a["body"]), "", "", heading, f"{title}: {review.format(w=made.isocalendar()[1])}",
              f"{author}: {p}", f"{company}: OSIRIS", f"{created}: {numeric_date(made.isoformat(), desk)} {clock(rng)}",
              f"{saved}: {q}", f"{words}: {sum(len(x.split()) for x in a['body'])}"]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


# A news app's article view copied from the top: the publication (sometimes), then the byline and the date (the
# site's stamp or the long date) ABOVE the headline, a blank line, the headline, a blank line, the text.
def desk_s30_12(a, desk, rng):
    top = masthead(a, rng, 0.5)
    parts = [top] if top else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng) if rng.random() < 0.5 else long_date(a["date"], desk)] if a["date"] else []
    parts += ["", a["title"], "", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts).lstrip("\n") + "\n", e


ASSISTANT = {  # intro, sources heading, closing offer
    "en": ("Sure — here is the full text of the article you asked for:", "Sources:",
           "Would you like a three-line summary for the press review?"),
    "fr": ("Bien sûr — voici le texte intégral de l'article demandé :", "Sources :",
           "Voulez-vous un résumé en trois lignes pour la revue de presse ?"),
    "de": ("Gern — hier ist der vollständige Text des gewünschten Artikels:", "Quellen:",
           "Soll ich eine Zusammenfassung in drei Zeilen für den Pressespiegel schreiben?"),
    "es": ("Claro, aquí tienes el texto completo del artículo que pediste:", "Fuentes:",
           "¿Quieres un resumen de tres líneas para el resumen de prensa?"),
    "it": ("Certo, ecco il testo completo dell'articolo richiesto:", "Fonti:",
           "Vuoi un riassunto di tre righe per la rassegna stampa?"),
    "pt": ("Claro — aqui está o texto integral do artigo pedido:", "Fontes:",
           "Quer um resumo de três linhas para a revista de imprensa?"),
}


# A chat assistant's answer copied as text: an intro sentence, the headline in bold (`**Title**`), one italic line
# `*Publication, March 3, 2026 — By A*` (whichever parts the article has), the text, the sources list (a domain),
# and the assistant's closing offer.
def desk_s30_15(a, desk, rng):
    intro, sources, offer = ASSISTANT[desk]
    meta = meta_line(a, desk, sep=", ")
    if a["authors"]:
        meta = " — ".join(x for x in [meta, byline(a["authors"], desk, rng)] if x)
    parts = [intro, "", f"**{a['title']}**"] + ([f"*{meta}*"] if meta else [])
    parts += ["", "\n\n".join(a["body"]), "", sources, f"[1] {url(rng)}", "", offer]
    return "\n".join(parts) + "\n", expect(a)


CATALOGUE = {  # printed on; title, authors, source, date, page, section, document number; full text
    "en": ("Printed", "Title", "Author(s)", "Source", "Date", "Page", "Section", "Doc. no.", "Full text"),
    "fr": ("Imprimé le", "Titre", "Auteur(s)", "Source", "Date", "Page", "Rubrique", "N° doc.", "Texte intégral"),
    "de": ("Gedruckt am", "Titel", "Verfasser", "Quelle", "Datum", "Seite", "Ressort", "Dok.-Nr.", "Volltext"),
    "es": ("Impreso el", "Título", "Autor(es)", "Fuente", "Fecha", "Página", "Sección", "N.º doc.", "Texto completo"),
    "it": ("Stampato il", "Titolo", "Autore/i", "Fonte", "Data", "Pagina", "Sezione", "N. doc.", "Testo completo"),
    "pt": ("Impresso em", "Título", "Autor(es)", "Fonte", "Data", "Página", "Secção", "N.º doc.", "Texto integral"),
}


# A documentation centre's record printed from its catalogue: `Printed <a later day>`, then one field a line with a
# dotted leader between label and value (`Title ........... : …`), the authors as `Family, Given` joined by ` ; `
# (expected in their usual order), source, date, page, section, document number (fields the article lacks left
# out), `Full text` and the text wrapped at 70.
def desk_s30_18(a, desk, rng):
    printed, title, authors, source, date, page, section, number, full = CATALOGUE[desk]
    rows = [(title, a["title"])]
    rows += [(authors, " ; ".join(", ".join(family_given(n)) for n in a["authors"]))] if a["authors"] else []
    rows += [(source, a["source"])] if a["source"] else []
    rows += [(date, numeric_date(a["date"], desk))] if a["date"] else []
    rows += [(page, str(rng.randrange(2, 40))), (section, KICKER_SECTION[desk]),
             (number, f"DOC{rng.randrange(10 ** 6, 10 ** 7)}")]
    parts = [f"{printed} {numeric_date(later(a['date'], rng, 30, 300), desk)}", ""]
    parts += [f"{k} {'.' * (20 - len(k))} : {v}" for k, v in rows] + ["", full, "", wrap(a["body"], 70)]
    return "\n".join(parts) + "\n", expect(a)


CMS_MAIL = {  # subject (scheduled, draft), greeting, sentence parts, status (scheduled, draft), edited by, footer
    "en": ('[CMS] "{t}" is scheduled', '[CMS] "{t}" was saved as a draft', "Hello {p},",
           'the article "{t}"{by} has been scheduled for publication on {d} at {h}{where}.',
           'the article "{t}"{by} has been saved as a draft{where}.', " by {a}", " in {s}",
           "Status: Scheduled", "Status: Draft", "Last edited by", "You are receiving this because you follow this "
           "section."),
    "fr": ("[CMS] « {t} » est programmé", "[CMS] « {t} » enregistré comme brouillon", "Bonjour {p},",
           "l'article « {t} »{by} est programmé pour publication le {d} à {h}{where}.",
           "l'article « {t} »{by} a été enregistré comme brouillon{where}.", " de {a}", " dans {s}",
           "Statut : Programmé", "Statut : Brouillon", "Dernière modification par",
           "Vous recevez ce message car vous suivez cette rubrique."),
    "de": ("[CMS] „{t}“ ist eingeplant", "[CMS] „{t}“ als Entwurf gespeichert", "Hallo {p},",
           "der Artikel „{t}“{by} ist zur Veröffentlichung am {d} um {h} Uhr eingeplant{where}.",
           "der Artikel „{t}“{by} wurde als Entwurf gespeichert{where}.", " von {a}", " in {s}",
           "Status: Eingeplant", "Status: Entwurf", "Zuletzt bearbeitet von",
           "Sie erhalten diese Nachricht, weil Sie diesem Ressort folgen."),
    "es": ("[CMS] «{t}» está programado", "[CMS] «{t}» guardado como borrador", "Hola, {p}:",
           "el artículo «{t}»{by} está programado para publicarse el {d} a las {h}{where}.",
           "el artículo «{t}»{by} se ha guardado como borrador{where}.", " de {a}", " en {s}",
           "Estado: Programado", "Estado: Borrador", "Última edición de",
           "Recibes este mensaje porque sigues esta sección."),
    "it": ("[CMS] «{t}» è programmato", "[CMS] «{t}» salvato come bozza", "Ciao {p},",
           "l'articolo «{t}»{by} è programmato per la pubblicazione il {d} alle {h}{where}.",
           "l'articolo «{t}»{by} è stato salvato come bozza{where}.", " di {a}", " su {s}",
           "Stato: Programmato", "Stato: Bozza", "Ultima modifica di",
           "Ricevi questo messaggio perché segui questa sezione."),
    "pt": ("[CMS] «{t}» está agendado", "[CMS] «{t}» guardado como rascunho", "Olá {p},",
           "o artigo «{t}»{by} está agendado para publicação a {d} às {h}{where}.",
           "o artigo «{t}»{by} foi guardado como rascunho{where}.", " de {a}", " em {s}",
           "Estado: Agendado", "Estado: Rascunho", "Última edição por",
           "Recebe esta mensagem porque segue esta secção."),
}


# A publishing system's notification mail: From the system, Date (the day before the publication; a later day for a
# draft), Subject `[CMS] "Title" is scheduled`, a greeting to a colleague, the sentence naming the title, the author,
# the scheduled publication day and the publication (`… has been scheduled for publication on March 3, 2026 at 09:00
# in X.`; an undated piece is a draft: no day), status, last editor (a colleague), then `--- Preview ---` and the
# text without headline, and the footer. The recipient and the last editor are not authors; the mail's day is not
# the date.
def desk_s30_19(a, desk, rng):
    sched, draft, hello, s_sched, s_draft, by, where, st_sched, st_draft, edited, footer = CMS_MAIL[desk]
    p, q = rng.sample(PEOPLE, 2)
    fields = dict(t=a["title"], by=by.format(a=joined(a["authors"], desk)) if a["authors"] else "",
                  where=where.format(s=a["source"]) if a["source"] else "")
    if a["date"]:
        sent = earlier(a["date"], rng, 1, 1)
        sentence = s_sched.format(d=long_date(a["date"], desk), h=f"{rng.randrange(6, 20):02d}:00", **fields)
        subject, status = sched.format(t=a["title"]), st_sched
    else:
        sent = later(None, rng, 1, 60)
        sentence, subject, status = s_draft.format(**fields), draft.format(t=a["title"]), st_draft
    parts = ["From: CMS <noreply@cms.example.org>", f"Date: {rfc_date(sent, rng)}", f"To: {p} <{mailbox(p)}>",
             f"Subject: {subject}", "", hello.format(p=p.split()[0]), "", sentence, "", status, f"{edited}: {q}", "",
             "--- Preview ---", "", "\n\n".join(a["body"]), "", "--", footer]
    return "\n".join(parts) + "\n", expect(a)


THREAD = {  # own piece (with the publication, without), the outlet's post, a reader's post; posts count
    "en": ("New from me in {s}: {t} 🧵", "New from me: {t} 🧵", "{t}", "Worth reading: {t}", "{n} posts"),
    "fr": ("Mon nouvel article dans {s} : {t} 🧵", "Mon nouvel article : {t} 🧵", "{t}", "À lire : {t}",
           "{n} publications"),
    "de": ("Neu von mir bei {s}: {t} 🧵", "Neu von mir: {t} 🧵", "{t}", "Lesenswert: {t}", "{n} Beiträge"),
    "es": ("Nuevo artículo mío en {s}: {t} 🧵", "Nuevo artículo mío: {t} 🧵", "{t}", "Merece la pena: {t}",
           "{n} publicaciones"),
    "it": ("Nuovo mio pezzo su {s}: {t} 🧵", "Nuovo mio pezzo: {t} 🧵", "{t}", "Da leggere: {t}", "{n} post"),
    "pt": ("Novo artigo meu no {s}: {t} 🧵", "Novo artigo meu: {t} 🧵", "{t}", "Vale a leitura: {t}",
           "{n} publicações"),
}


# A social-network thread unrolled as text: the poster's display name and handle, the thread's age (`3d`: no date),
# the post count, then numbered posts (`1/7`): the first announces the piece and carries the headline and the link;
# the others hold the text in chunks of at most 290 characters. A signed piece is threaded by its (first) author
# (`New from me in X: Title 🧵`; co-authors are tagged as handles, not named); an unsigned one by the publication's
# account (then no author) or, when it names no publication either, by a reader (no author, no source).
def desk_s30_26(a, desk, rng):
    own, own_bare, outlet, reader, count = THREAD[desk]
    if a["authors"]:
        poster = a["authors"][0]
        first = (own.format(s=a["source"], t=a["title"]) if a["source"] else own_bare.format(t=a["title"]))
        first += "".join(f" @{mailbox(n).split('@')[0]}.bsky.social" for n in a["authors"][1:])
    elif a["source"]:
        poster, first = a["source"], outlet.format(t=a["title"])
    else:
        poster, first = rng.choice(PEOPLE), reader.format(t=a["title"])
    handle = "".join(c for c in mailbox(poster).split("@")[0] if c.isalnum() or c == ".")
    chunks = [c for p in a["body"] for c in textwrap.wrap(p, 290)]
    n = len(chunks) + 1
    parts = [poster, f"@{handle}.bsky.social", f"{rng.randrange(1, 9)}d · {count.format(n=n)}", "",
             f"1/{n}", first, url(rng)]
    for i, c in enumerate(chunks, start=2):
        parts += ["", f"{i}/{n}", c]
    e = expect(a, date=False)
    e["authors"] = a["authors"][:1]
    return "\n".join(parts) + "\n", e


# The stop-30 batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of their
# own. The held-out members are those whose names hash to held-out (text_eval.held_out), and none of the layouts
# above the marker does.
BLIND_S30 = {name for name in dict(globals()) if name.startswith("desk_s30_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S30})
