"""Stop 27: a fifth batch of 26 clipping layouts (BLIND_S27) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the headline, never a kicker, a jump head, a link preview's description
or another article's title; authors: persons only, never someone the file names in another role, such as a
blogger, an analyst, a reviewer, a translator, a producer, a reader on air or a page's creator; date: the
article's publication date, never the date a file was reposted, analysed, amended, translated or modified, nor a
claim's or a chronology's date, and none when the file does not state one; source: the publication, agency or
station the file names). Numbered in the order the forms were thought of; text_eval.py's
hash puts some in development (commented, first) and the rest held-out (after the marker line, which whoever
tunes the reader never reads past). In stop 27 nobody tunes on any of them: the development members too are
only scored (text_eval.py prints their misses with `--show-s27-development` alone, for a later stop).
"""
import datetime
import html
import json
import textwrap

from clipping_layouts import (ABBR, BROADCAST, BY, CITY, LABELS, LAYOUTS, MONTHS, OUTLETS, PEOPLE, RELATED, WEEKDAYS,
                              byline, clock, columns, expect, joined, later, long_date, numeric_date, short_date,
                              stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead


def earlier(iso, rng, low, high):
    """A date `low`..`high` days before `iso` (before a fixed day of 2026 when `iso` is None), ISO form."""
    return later(iso, rng, -high, -low)


LETTERS = {  # page heading, the article the letter answers (its title, its date), unsigned letter, the page's rule
    "en": ("Letters to the editor", "Re: “{t}”, {d}", "Name and address supplied",
           "Letters may be edited for length."),
    "fr": ("Courrier des lecteurs", "À propos de « {t} » ({d})", "Nom et adresse connus de la rédaction",
           "La rédaction se réserve le droit de raccourcir les lettres."),
    "de": ("Leserbriefe", "Zu „{t}“ vom {d}:", "Name und Anschrift sind der Redaktion bekannt",
           "Die Redaktion behält sich Kürzungen vor."),
    "es": ("Cartas al director", "Sobre «{t}», publicado el {d}", "Nombre y dirección en poder de la redacción",
           "Las cartas podrán ser extractadas."),
    "it": ("Lettere al direttore", "A proposito di «{t}» del {d}", "Lettera firmata",
           "Le lettere possono essere abbreviate."),
    "pt": ("Cartas ao diretor", "A propósito de «{t}», de {d}", "Carta assinada, identidade conhecida da redação",
           "As cartas podem ser resumidas."),
}


# Letters page: `Publication · Letters to the editor`, the page's date, the line naming the earlier article the
# letter answers (its title and date), the letter's own headline, its text, the writer's name and town (or `Name
# and address supplied`), the page's rule. The writer is the author; the answered article's title and date are not
# this file's.
def desk_s27_01(a, desk, rng):
    page, refer, unsigned, rule = LETTERS[desk]
    parts = [f"{a['source']} · {page}" if a["source"] else page]
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    answered = long_date(earlier(a["date"], rng, 2, 20), desk)
    parts += ["", refer.format(t=rng.choice(RELATED[desk][1]), d=answered), "", a["title"], "",
              "\n\n".join(a["body"][:3]), ""]
    parts += [f"{joined(a['authors'], desk)}, {rng.choice(list(CITY.values()))}" if a["authors"] else unsigned]
    parts += ["", rule]
    return "\n".join(parts) + "\n", expect(a)


REPOST = {  # the blog's post line; the note: subject, by, verb, in, on, permission; tags
    "en": ("Posted by {p} on {d} · {n} comments", ("This article", " by {}", " was originally published", " in {}",
                                                     " on {}", "Republished with permission."), "Tags"),
    "fr": ("Publié par {p} le {d} · {n} commentaires", ("Cet article", " de {}", " a d'abord été publié", " dans {}",
                                                         " le {}", "Republié avec autorisation."), "Étiquettes"),
    "de": ("Gepostet von {p} am {d} · {n} Kommentare", ("Dieser Beitrag", " von {}", " erschien zuerst", " bei {}",
                                                        " am {}", "Mit freundlicher Genehmigung."), "Schlagwörter"),
    "es": ("Publicado por {p} el {d} · {n} comentarios", ("Este artículo", " de {}", " se publicó originalmente",
                                                          " en {}", " el {}", "Reproducido con permiso."),
           "Etiquetas"),
    "it": ("Pubblicato da {p} il {d} · {n} commenti", ("Questo articolo", " di {}",
                                                       " è stato pubblicato originariamente", " su {}", " il {}",
                                                       "Ripubblicato con autorizzazione."), "Tag"),
    "pt": ("Publicado por {p} em {d} · {n} comentários", ("Este artigo", " de {}", " foi publicado originalmente",
                                                          " em {}", " a {}", "Republicado com autorização."),
           "Etiquetas"),
}


def origin_note(a, desk):
    """`This article by A was originally published in X on March 3, 2026. Republished with permission.` with the
    parts the article has."""
    subject, by, verb, where, when, permission = REPOST[desk][1]
    text = subject + (by.format(joined(a["authors"], desk)) if a["authors"] else "") + verb
    text += where.format(a["source"]) if a["source"] else ""
    text += when.format(long_date(a["date"], desk)) if a["date"] else ""
    return f"{text}. {permission}" if a["source"] or a["date"] else permission


# Blog repost: the title, `Posted by P on <the repost's later date> · 12 comments`, the text, and the note naming
# the original (`This article by A was originally published in X on March 3, 2026. Republished with permission.`),
# in brackets above the text or as a last paragraph. The blogger is not an author and the post's date is not the
# article's; the author, source and date are the note's, and none when it gives none.
def desk_s27_03(a, desk, rng):
    posted, _, tags = REPOST[desk]
    poster = rng.choice(PEOPLE)
    note = origin_note(a, desk)
    parts = [a["title"], posted.format(p=poster, d=numeric_date(later(a["date"], rng, 3, 90), desk),
                                       n=rng.randrange(0, 40)), ""]
    top = rng.random() < 0.4
    parts += [f"[{note}]", ""] if top else []
    parts += ["\n\n".join(a["body"])]
    parts += [] if top else ["", note]
    parts += ["", f"{tags}: {KICKER_SECTION[desk].lower()}, {CITY[desk].lower()}"]
    return "\n".join(parts) + "\n", expect(a)


FACTCHECK = {  # label, claim, where it was shared (a date before the article's), verdict, verdicts
    "en": ("Fact check", "Claim", "Shared on Facebook on {d}", "Our verdict", ["False", "Misleading",
                                                                              "Missing context"]),
    "fr": ("Vérification", "Ce qui est affirmé", "Publié sur Facebook le {d}", "Notre verdict",
           ["Faux", "Trompeur", "Manque de contexte"]),
    "de": ("Faktencheck", "Behauptung", "Geteilt auf Facebook am {d}", "Bewertung",
           ["Falsch", "Irreführend", "Fehlender Kontext"]),
    "es": ("Verificación", "Lo que se dice", "Compartido en Facebook el {d}", "Nuestro veredicto",
           ["Falso", "Engañoso", "Sin contexto"]),
    "it": ("Fact-checking", "L'affermazione", "Condiviso su Facebook il {d}", "Il nostro verdetto",
           ["Falso", "Fuorviante", "Manca di contesto"]),
    "pt": ("Verificação de factos", "A alegação", "Partilhado no Facebook a {d}", "O nosso veredicto",
           ["Falso", "Enganador", "Falta de contexto"]),
}
QUOTES = {"en": "“{}”", "fr": "« {} »", "de": "„{}“", "es": "«{}»", "it": "«{}»", "pt": "«{}»"}


# Fact-check page: `Publication · Fact check` (or the label alone), title, byline, the site's date stamp, then the
# claim box: the claim in quotes, where and when it was shared (a date before the article's, present also when
# the article is undated), the verdict; then the text. The fact-checker is the author; the claim's date is not.
def desk_s27_04(a, desk, rng):
    label, claim, shared, verdict, verdicts = FACTCHECK[desk]
    top = masthead(a, rng, 0.6)
    colon = " : " if desk == "fr" else ": "
    parts = [f"{top} · {label}" if top else label, a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    said = first_sentence(a["body"][-1])
    parts += ["", claim + colon + QUOTES[desk].format(said),
              shared.format(d=long_date(earlier(a["date"], rng, 3, 60), desk)),
              verdict + colon + rng.choice(verdicts), "", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


WORK = {  # the reviewed book, as each desk cites it (author, year); the critic's credit
    "en": ("The Long Winter by {w} (Harbour Press, {y}, 320pp, £18.99)", "Reviewed by {a}"),
    "fr": ("« L'Hiver long », de {w}, Éditions du Port, {y}, 320 p., 21 €.", "Critique de {a}"),
    "de": ("{w}: Der lange Winter. Roman. Hafen Verlag, Berlin {y}. 320 Seiten, 24 Euro.", "Rezensiert von {a}"),
    "es": ("El largo invierno. {w}. Ediciones del Puerto, {y}. 320 páginas. 19,90 euros.", "Crítica de {a}"),
    "it": ("{w}, «Il lungo inverno», Edizioni del Porto, {y}, pp. 320, euro 18", "Recensione di {a}"),
    "pt": ("O longo inverno, de {w}. Edições do Porto, {y}. 320 páginas, 17,90 euros.", "Crítica de {a}"),
}


# Book review: masthead (sometimes), title, the critic's credit (`Rezensiert von A`), the date, a star rating, then
# the reviewed book's reference (its own author, publisher, year, pages, price) above the text or after it. The
# book's author is not the article's; its year is no date.
def desk_s27_05(a, desk, rng):
    cite, credit = WORK[desk]
    top = masthead(a, rng)
    year = int((a["date"] or "2026")[:4]) - rng.randrange(0, 2)
    book = cite.format(w=rng.choice(PEOPLE), y=year)
    stars = "★" * (n := rng.randrange(2, 5)) + "☆" * (5 - n)
    parts = ([top] if top else []) + [a["title"]]
    parts += [credit.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    above = rng.random() < 0.5
    parts += [stars, ""] + ([book, ""] if above else []) + ["\n\n".join(a["body"])] + ([] if above else ["", book])
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


CMS = {  # publication, section, publication date, page, status (value), last modified (by); paragraph tags:
    # kicker, headline, standfirst, byline, body; the kicker's text
    "en": ("Publication", "Section", "Publication date", "Page", "Status", "approved", "Last modified", "by",
           "Kicker", "Headline", "Standfirst", "Byline", "Body", "Trade"),
    "fr": ("Publication", "Rubrique", "Date de parution", "Page", "Statut", "validé", "Dernière modification", "par",
           "Surtitre", "Titre", "Chapo", "Signature", "Texte", "Commerce"),
    "de": ("Objekt", "Ressort", "Erscheinungstag", "Seite", "Status", "freigegeben", "Letzte Änderung", "von",
           "Dachzeile", "Titel", "Vorspann", "Autor", "Grundtext", "Handel"),
    "es": ("Cabecera", "Sección", "Fecha de publicación", "Página", "Estado", "aprobado", "Última modificación", "por",
           "Antetítulo", "Titular", "Entradilla", "Firma", "Cuerpo", "Comercio"),
    "it": ("Testata", "Sezione", "Data di pubblicazione", "Pagina", "Stato", "approvato", "Ultima modifica", "di",
           "Occhiello", "Titolo", "Catenaccio", "Firma", "Testo", "Commercio"),
    "pt": ("Publicação", "Secção", "Data de publicação", "Página", "Estado", "aprovado", "Última alteração", "por",
           "Antetítulo", "Título", "Lead", "Assinatura", "Corpo", "Comércio"),
}


# Editorial-system export of a print page (tagged text): metadata rows (publication, section, publication date,
# page, status, the last change the evening before the issue with the sub-editor's name), then one paragraph per
# line tagged with its style: `@Dachzeile:`, `@Titel:`, `@Vorspann:`, `@Autor:`, `@Grundtext:`. The headline is the
# title tag's; the sub-editor is not an author and the last change's date is not the publication date.
def desk_s27_06(a, desk, rng):
    pub, section, date, page, status, approved, modified, by, kicker, head, stand, sign, body, overline = CMS[desk]
    colon = " : " if desk == "fr" else ": "
    rows = [(pub, a["source"])] if a["source"] else []
    rows += [(section, KICKER_SECTION[desk])] + ([(date, numeric_date(a["date"], desk))] if a["date"] else [])
    rows += [(page, str(rng.randrange(2, 30))), (status, approved),
             (modified, f"{numeric_date(earlier(a['date'], rng, 1, 1), desk)} {rng.randrange(19, 24)}:"
                        f"{rng.randrange(60):02d} {by} {rng.choice(PEOPLE)}")]
    tags = [(kicker, overline), (head, a["title"]), (stand, first_sentence(a["body"][0]))]
    tags += [(sign, joined(a["authors"], desk))] if a["authors"] else []
    tags += [(body, p) for p in a["body"]]
    parts = [k + colon + v for k, v in rows] + [""] + [f"@{k}:{v}" for k, v in tags]
    return "\n".join(parts) + "\n", expect(a)


PAGE = {  # skip link, cookie notice, its two buttons, menu, sign in, subscribe, listen, share, save, most read
    "en": ("Skip to main content", "We use cookies to give you the best experience on our site. By continuing you "
           "agree to our use of cookies.", "Accept all", "Manage preferences",
           ["News", "World", "Business", "Climate", "Culture", "Sport"], "Sign in", "Subscribe",
           "Listen to this article · {n} min", "Share", "Save", "Most read"),
    "fr": ("Aller au contenu principal", "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant "
           "votre navigation, vous acceptez leur utilisation.", "Tout accepter", "Paramétrer",
           ["Actualités", "International", "Économie", "Planète", "Culture", "Sport"], "Se connecter", "S'abonner",
           "Écouter cet article · {n} min", "Partager", "Sauvegarder", "Les plus lus"),
    "de": ("Zum Inhalt springen", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der "
           "weiteren Nutzung stimmen Sie dem zu.", "Alle akzeptieren", "Einstellungen",
           ["Nachrichten", "Politik", "Wirtschaft", "Klima", "Kultur", "Sport"], "Anmelden", "Abonnieren",
           "Artikel anhören · {n} Min.", "Teilen", "Merken", "Meistgelesen"),
    "es": ("Saltar al contenido principal", "Utilizamos cookies para mejorar tu experiencia. Si continúas navegando, "
           "aceptas su uso.", "Aceptar todo", "Configurar",
           ["Noticias", "Internacional", "Economía", "Clima", "Cultura", "Deportes"], "Iniciar sesión", "Suscríbete",
           "Escuchar este artículo · {n} min", "Compartir", "Guardar", "Lo más leído"),
    "it": ("Vai al contenuto principale", "Usiamo i cookie per offrirti la migliore esperienza. Continuando la "
           "navigazione accetti il loro utilizzo.", "Accetta tutto", "Personalizza",
           ["Notizie", "Mondo", "Economia", "Clima", "Cultura", "Sport"], "Accedi", "Abbonati",
           "Ascolta l'articolo · {n} min", "Condividi", "Salva", "I più letti"),
    "pt": ("Saltar para o conteúdo principal", "Utilizamos cookies para melhorar a sua experiência. Ao continuar a "
           "navegar, aceita a sua utilização.", "Aceitar tudo", "Gerir preferências",
           ["Notícias", "Mundo", "Economia", "Clima", "Cultura", "Desporto"], "Entrar", "Assinar",
           "Ouvir este artigo · {n} min", "Partilhar", "Guardar", "Mais lidas"),
}


# A whole page selected and copied (Ctrl-A): the skip link, the cookie notice and its buttons, the site's name,
# the menu one item a line, sign-in and subscribe, the section, title, standfirst, byline, the site's date stamp,
# the audio and share buttons, the text, the `Most read` list (numbered headlines of other articles) and
# `© year Publication`. The site's name is the source (none when the article names no publication).
def desk_s27_07(a, desk, rng):
    skip, cookies, accept, manage, menu, sign_in, subscribe, listen, share, save, most = PAGE[desk]
    parts = [skip, cookies, accept, manage, ""] + ([a["source"]] if a["source"] else []) + menu
    parts += [sign_in, subscribe, "", menu[2], a["title"], first_sentence(a["body"][0])]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += [listen.format(n=rng.randrange(3, 12)), share, save, "", "\n\n".join(a["body"]), "", most]
    for i, other in enumerate(rng.sample(RELATED[desk][1], 3), start=1):
        parts += [str(i), other]
    parts += ["", f"© {(a['date'] or '2026')[:4]} {a['source']}"] if a["source"] else []
    return "\n".join(parts) + "\n", expect(a)


AGE = {  # banner (years), byline place, amendment note (a later date)
    "en": ("This article is more than {n} years old", "{a} in {c}",
           "This article was amended on {d} to correct a figure in the third paragraph."),
    "fr": ("Cet article date de plus de {n} ans", "{a}, à {c}",
           "Cet article a été modifié le {d} pour corriger un chiffre au troisième paragraphe."),
    "de": ("Dieser Artikel ist älter als {n} Jahre", "{a}, {c}",
           "Dieser Artikel wurde am {d} korrigiert: Im dritten Absatz stand eine falsche Zahl."),
    "es": ("Este artículo tiene más de {n} años", "{a} | {c}",
           "Este artículo fue modificado el {d} para corregir una cifra del tercer párrafo."),
    "it": ("Questo articolo ha più di {n} anni", "{a}, da {c}",
           "Questo articolo è stato modificato il {d} per correggere un dato nel terzo paragrafo."),
    "pt": ("Este artigo tem mais de {n} anos", "{a}, em {c}",
           "Este artigo foi alterado a {d} para corrigir um número no terceiro parágrafo."),
}


# Newspaper site that flags old pieces: `This article is more than 5 years old` above everything (when it is),
# masthead and section (sometimes), title, standfirst, the byline with the reporter's town (`A in Berlin`), the
# date as `Tue 3 Mar 2026 09.42 GMT`, the text, and at the end `This article was amended on <a later date> to …`
# (also on undated articles). The amendment's date is not the publication date.
def desk_s27_09(a, desk, rng):
    banner, place, amended = AGE[desk]
    parts = []
    if a["date"] and 2026 - int(a["date"][:4]) > 1:
        parts += [banner.format(n=2026 - int(a["date"][:4]) - 1), ""]
    top = masthead(a, rng, 0.6)
    parts += [f"{top} · {KICKER_SECTION[desk]}"] if top else []
    parts += [a["title"], first_sentence(a["body"][0]), ""]
    parts += [place.format(a=joined(a["authors"], desk), c=CITY[desk])] if a["authors"] else []
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        zone = "GMT" if desk in ("en", "pt") else "CET"
        parts.append(f"{WEEKDAY_ABBR[desk].split()[d.weekday()]} {d.day} {ABBR[desk].split()[d.month - 1]} {d.year} "
                     f"{rng.randrange(6, 23):02d}.{rng.randrange(60):02d} {zone}")
    parts += ["", "\n\n".join(a["body"]), "", amended.format(d=long_date(later(a["date"], rng, 1, 30), desk))]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


ANALYSIS = {  # heading, analyst, analysed on, relevance, tone (neutral), summary, original article
    "en": ("MEDIA MONITORING — Analyst sheet no. {n}", "Analyst", "Analysed on", "Relevance", "Tone", "neutral",
           "Summary", "Original article"),
    "fr": ("VEILLE MÉDIAS — Fiche d'analyse n° {n}", "Analyste", "Analysé le", "Pertinence", "Tonalité", "neutre",
           "Résumé", "Article original"),
    "de": ("MEDIENBEOBACHTUNG — Analyseblatt Nr. {n}", "Analyst", "Analysiert am", "Relevanz", "Tonalität",
           "neutral", "Zusammenfassung", "Originalartikel"),
    "es": ("SEGUIMIENTO DE MEDIOS — Ficha de análisis n.º {n}", "Analista", "Analizado el", "Relevancia", "Tono",
           "neutro", "Resumen", "Artículo original"),
    "it": ("MONITORAGGIO MEDIA — Scheda di analisi n. {n}", "Analista", "Analizzato il", "Rilevanza", "Tono", "neutro",
           "Sintesi", "Articolo originale"),
    "pt": ("MONITORIZAÇÃO DE MEDIA — Ficha de análise n.º {n}", "Analista", "Analisado em", "Relevância", "Tom",
           "neutro", "Resumo", "Artigo original"),
}


# Monitoring service's analyst sheet: heading with a sheet number, the analyst and the (later) day of analysis,
# relevance stars and tone, the analyst's summary (the first sentences), then under `Original article:` the
# article as published: `Publication – date`, title, byline, text. The analyst is not an author.
def desk_s27_10(a, desk, rng):
    heading, analyst, analysed, relevance, tone, neutral, summary, original = ANALYSIS[desk]
    colon = " : " if desk == "fr" else ": "
    parts = [heading.format(n=rng.randrange(100, 9999)), "",
             f"{analyst}{colon}{rng.choice(PEOPLE)}",
             f"{analysed}{colon}{numeric_date(later(a['date'], rng, 1, 5), desk)} {clock(rng)}",
             f"{relevance}{colon}{'★' * (n := rng.randrange(1, 4))}{'☆' * (3 - n)} · {tone}{colon}{neutral}", "",
             summary + colon.rstrip(), " ".join(first_sentence(p) for p in a["body"][:2]), "", "—" * 20,
             original + colon.rstrip()]
    meta = meta_line(a, desk)
    parts += ([meta] if meta else []) + [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


def shy(text, rng, share=1.0):
    """Soft hyphens (U+00AD) as a site's CMS puts them in long words, `share` of the words of 9 letters or more."""
    out = []
    for word in text.split(" "):
        if len(word) >= 9 and word.isalpha() and rng.random() < share:
            cuts = list(range(3, len(word) - 3, 4))
            word = "\u00ad".join(word[i:j] for i, j in zip([0] + cuts, cuts + [len(word)]))
        out.append(word)
    return " ".join(out)


# Copy of a site whose CMS hyphenates for narrow screens: soft hyphens (U+00AD, invisible) in the long words of
# the title and the text, no-break spaces inside the byline and the date, a word joiner after `By`. What the
# editor reads is the plain text: the expected title has no soft hyphen.
def desk_s27_11(a, desk, rng):
    top = masthead(a, rng, 0.7)
    parts = ([top, ""] if top else []) + [shy(a["title"], rng)]
    if a["authors"]:
        parts.append(BY[desk][0] + "\u2060 " + joined([n.replace(" ", "\u00a0") for n in a["authors"]], desk))
    parts += [long_date(a["date"], desk, weekday=True).replace(" ", "\u00a0")] if a["date"] else []
    parts += ["", "\n\n".join(shy(p, rng, 0.5) for p in a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


SLACK = {  # note with the link, replies, the paste's intro, thanks
    "en": ("Worth a read for tomorrow's briefing 👀", "{n} replies", "Pasting the full text, it's paywalled:",
           "thanks!"),
    "fr": ("À lire pour la revue de demain 👀", "{n} réponses", "Je colle le texte complet, l'article est payant :",
           "merci !"),
    "de": ("Lesenswert für das Briefing morgen 👀", "{n} Antworten", "Hier der ganze Text, ist hinter der Paywall:",
           "danke!"),
    "es": ("Para el resumen de mañana 👀", "{n} respuestas", "Pego el texto completo, es de pago:", "¡gracias!"),
    "it": ("Da leggere per la rassegna di domani 👀", "{n} risposte", "Incollo il testo completo, è a pagamento:",
           "grazie!"),
    "pt": ("Para o clipping de amanhã 👀", "{n} respostas", "Colo aqui o texto completo, está atrás da paywall:",
           "obrigado!"),
}


def chat_time(desk, rng, minute=None):
    """A chat's clock time (`3:42 PM` on the English desk), `minute` minutes after midnight or a random one."""
    h, m = divmod(rng.randrange(8 * 60, 19 * 60) if minute is None else minute, 60)
    return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}"


def day_divider(iso, desk):
    d = datetime.date.fromisoformat(iso)
    if desk != "en":
        return long_date(iso, desk, weekday=True)
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{WEEKDAYS['en'].split()[d.weekday()]}, {MONTHS['en'].split()[d.month - 1]} {d.day}{suffix}"


# Team-chat thread copied as text: the day divider (a later day), the poster and time, a note with the link, the
# link's unfurled card (the site's name, the headline, its description), `3 replies`, then a colleague's reply
# pasting the byline, the date and the text, and a thanks. The posters are not authors; the card's headline is
# the title, its site name the source.
def desk_s27_12(a, desk, rng):
    note, replies, intro, thanks = SLACK[desk]
    poster, other = rng.sample(PEOPLE, 2)
    minutes = sorted(rng.sample(range(8 * 60, 19 * 60), 3))
    parts = [day_divider(later(a["date"], rng, 1, 6), desk), f"{poster}  {chat_time(desk, rng, minutes[0])}",
             f"{note} https://news.example.org/a/{rng.randrange(10 ** 6)}"]
    parts += [a["source"]] if a["source"] else []
    parts += [a["title"], first_sentence(a["body"][0]), replies.format(n=3), "",
              f"{other}  {chat_time(desk, rng, minutes[1])}",
              intro]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"{poster}  {chat_time(desk, rng, minutes[2])}", thanks]
    return "\n".join(parts) + "\n", expect(a)


SCRIPT = {  # author, producer, readers, broadcast, rights notice, reader's cue, clip cue
    "en": ("Writer", "Producer", "Readers", "Broadcast", "This script may not be reproduced without permission. "
           "Check against delivery.", "READER", "CLIP – {p}"),
    "fr": ("Auteur", "Réalisation", "Voix", "Diffusion", "Ce texte est protégé par le droit d'auteur. Seul le "
           "prononcé fait foi.", "VOIX OFF", "SON – {p}"),
    "de": ("Autor", "Redaktion", "Sprecher", "Sendung", "Dieses Manuskript ist urheberrechtlich geschützt. Es gilt "
           "das gesprochene Wort.", "SPRECHER", "O-TON {p}"),
    "es": ("Guion", "Realización", "Locutores", "Emisión", "Texto protegido por derechos de autor.", "LOCUTOR",
           "CORTE – {p}"),
    "it": ("Autore", "Regia", "Voci", "Messa in onda", "Testo protetto dal diritto d'autore.", "VOCE",
           "INSERT – {p}"),
    "pt": ("Autor", "Realização", "Locutores", "Emissão", "Texto protegido por direitos de autor.", "LOCUTOR",
           "SOM – {p}"),
}


# Radio feature script: station and programme, the title, labelled credits (author; producer and readers, who are
# not authors), the broadcast date and time, the rights notice, then the text in cued turns (`SPRECHER:` …) with
# one clip cue naming an interviewee. The station is the source; the broadcast date is the publication date.
def desk_s27_13(a, desk, rng):
    writer, producer, readers, broadcast, rights, cue, clip = SCRIPT[desk]
    station, show = BROADCAST[desk][6:8]
    colon = " : " if desk == "fr" else ": "
    parts = [station, show, "", a["title"], ""]
    parts += [writer + colon + joined(a["authors"], desk)] if a["authors"] else []
    crew = rng.sample(PEOPLE, 3)
    parts += [producer + colon + crew[0], readers + colon + ", ".join(crew[1:])]
    parts += [f"{broadcast}{colon}{long_date(a['date'], desk, weekday=True)}, {clock(rng)}"] if a["date"] else []
    parts += ["", rights, ""]
    for i, paragraph in enumerate(a["body"]):
        parts += [clip.format(p=rng.choice(PEOPLE)) + colon + paragraph if i == 2 else cue + colon + paragraph, ""]
    e = expect(a)
    e["source"] = station
    return "\n".join(parts), e


CC = {  # published, author heading, role, disclosure, partners, republished (from X / without a name)
    "en": ("Published: {d}", "Author", "Professor of Economics, University of Leeds", "Disclosure statement",
           "{a} does not work for, consult, own shares in or receive funding from any company or organisation that "
           "would benefit from this article.", "This article is republished from {s} under a Creative Commons "
           "license. Read the original article.", "This article is republished under a Creative Commons license."),
    "fr": ("Publié le {d}", "Auteur", "Professeur d'économie, Université de Lyon", "Déclaration d'intérêts",
           "{a} ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d'une "
           "organisation qui pourrait tirer profit de cet article.", "Cet article est republié à partir de {s} sous "
           "licence Creative Commons. Lire l'article original.",
           "Cet article est republié sous licence Creative Commons."),
    "de": ("Veröffentlicht: {d}", "Autor", "Professor für Volkswirtschaftslehre, Universität Mannheim",
           "Interessenerklärung", "{a} arbeitet nicht für Unternehmen oder Organisationen, die von diesem Artikel "
           "profitieren könnten, berät sie nicht, besitzt keine Anteile und erhält keine Mittel von ihnen.",
           "Dieser Artikel wurde von {s} unter einer Creative-Commons-Lizenz übernommen. Zum Originalartikel.",
           "Dieser Artikel wurde unter einer Creative-Commons-Lizenz übernommen."),
    "es": ("Publicado: {d}", "Autor", "Catedrático de Economía, Universidad de Salamanca", "Declaración de intereses",
           "{a} no recibe salario, ni ejerce labores de consultoría, ni posee acciones, ni recibe financiación de "
           "ninguna compañía u organización que pueda obtener beneficio de este artículo.",
           "Este artículo fue publicado originalmente en {s}. Lea el original.",
           "Este artículo se reproduce bajo una licencia Creative Commons."),
    "it": ("Pubblicato: {d}", "Autore", "Professore di Economia, Università di Bologna", "Dichiarazione di interessi",
           "{a} non lavora, non fa consulenze, non possiede quote e non riceve finanziamenti da aziende o "
           "organizzazioni che potrebbero trarre vantaggio da questo articolo.",
           "Questo articolo è ripubblicato da {s} con licenza Creative Commons. Leggi l'articolo originale.",
           "Questo articolo è ripubblicato con licenza Creative Commons."),
    "pt": ("Publicado: {d}", "Autor", "Professor de Economia, Universidade de Coimbra", "Declaração de interesses",
           "{a} não presta consultoria, não trabalha, não possui ações e não recebe financiamento de nenhuma empresa "
           "ou organização que poderia se beneficiar com a publicação deste artigo.",
           "Este artigo foi republicado de {s} sob uma licença Creative Commons. Leia o artigo original.",
           "Este artigo foi republicado sob uma licença Creative Commons."),
}


# Academic article republished under a Creative Commons licence: title, `Published: March 3, 2026 10.42am CET`,
# `Author` then the author's name and affiliation on lines of their own, the disclosure statement naming the
# author again, the text, `This article is republished from X under a Creative Commons license.` The publication
# named there is the source.
def desk_s27_15(a, desk, rng):
    published, heading, role, disclosure, statement, from_, bare = CC[desk]
    parts = [a["title"]]
    if a["date"]:
        h, m = rng.randrange(6, 23), rng.randrange(60)
        t = f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'} CET" if desk == "en" else f"{h:02d}:{m:02d} CET"
        parts.append(published.format(d=f"{long_date(a['date'], desk)} {t}"))
    parts += [""]
    if a["authors"]:
        parts += [heading]
        for name in a["authors"]:
            parts += [name, role]
        parts += ["", disclosure, statement.format(a=joined(a["authors"], desk)), ""]
    parts += ["\n\n".join(a["body"]), "", from_.format(s=a["source"]) if a["source"] else bare]
    return "\n".join(parts) + "\n", expect(a)


CHRONO = {  # the sidebar's heading and its three events
    "en": ("KEY DATES", ["Port authority unveils its expansion plan", "Dock workers stage their first strike",
                         "Government opens a public consultation"]),
    "fr": ("REPÈRES", ["Le port dévoile son plan d'extension", "Première grève des dockers",
                       "Le gouvernement lance une consultation publique"]),
    "de": ("CHRONIK", ["Hafenbehörde stellt Ausbaupläne vor", "Erster Streik der Hafenarbeiter",
                       "Regierung startet öffentliche Anhörung"]),
    "es": ("CRONOLOGÍA", ["El puerto presenta su plan de ampliación", "Primera huelga de los estibadores",
                          "El Gobierno abre una consulta pública"]),
    "it": ("LE TAPPE", ["Il porto presenta il piano di ampliamento", "Primo sciopero dei portuali",
                        "Il governo avvia una consultazione pubblica"]),
    "pt": ("CRONOLOGIA", ["O porto apresenta o plano de expansão", "Primeira greve dos estivadores",
                          "O Governo abre uma consulta pública"]),
}


# Print page through a PDF-to-text tool that reads the sidebar first: `page | PUBLICATION`, the sidebar (a
# chronology of three earlier dated events, present also when the article is undated), then the title, the byline,
# the date and the text. The chronology's dates are not the publication date, its events not the title.
def desk_s27_16(a, desk, rng):
    heading, events = CHRONO[desk]
    colon = " : " if desk == "fr" else ": "
    days = [earlier(a["date"], rng, low, high) for low, high in ((400, 900), (100, 399), (10, 99))]
    parts = [" | ".join([str(rng.randrange(2, 40))] + ([a["source"].upper()] if a["source"] else [])), "", heading]
    parts += [long_date(d, desk) + colon + e for d, e in zip(days, events)]
    parts += ["", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", wrap(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


JUMP = {"en": ("Continued on Page {p}", "From Page {q}"), "fr": ("Suite page {p}", "Suite de la page {q}"),
        "de": ("Fortsetzung auf Seite {p}", "Fortsetzung von Seite {q}"),
        "es": ("Sigue en la página {p}", "Viene de la página {q}"),
        "it": ("Continua a pagina {p}", "Segue da pagina {q}"),
        "pt": ("Continua na página {p}", "Continuação da página {q}")}


def jump_head(title):
    """The continuation page's short head: the title's two longest words, in their order, in capitals."""
    words = [w.strip(".,:;!?\"'«»„“”()|<>") for w in title.split()]
    longest = sorted((w for w in words if w), key=len, reverse=True)[:2]
    return " ".join(w for w in words if w in longest).upper()


# Print story jumping to an inner page, scanned as one clipping: title, byline, the first half of the text ending
# in `Continued on Page B4`; a form feed; the inner page's head `B4 | PUBLICATION | weekday date`, the jump head
# (two words of the title in capitals), `From Page A1`, the rest of the text. The jump head is not the title.
def desk_s27_17(a, desk, rng):
    cont, from_ = JUMP[desk]
    first, inner = ("A1", f"B{rng.randrange(2, 9)}") if desk == "en" else ("1", str(rng.randrange(2, 30)))
    half = max(1, len(a["body"]) // 2)
    parts = [a["title"], ""] + ([byline(a["authors"], desk, rng), ""] if a["authors"] else [])
    parts += ["\n\n".join(a["body"][:half]), cont.format(p=inner)]
    head = " | ".join([inner] + ([a["source"].upper()] if a["source"] else []) +
                      ([long_date(a["date"], desk, weekday=True)] if a["date"] else []))
    parts += ["\f" + head, "", jump_head(a["title"]), from_.format(q=first), "", "\n\n".join(a["body"][half:])]
    return "\n".join(parts) + "\n", expect(a)


NOTION = {  # created, created by, author, publication, published, status (to review), tags; the press tag
    "en": ("Created", "Created by", "Author", "Publication", "Published", "Status", "To review", "Tags", "press"),
    "fr": ("Créé le", "Créé par", "Auteur", "Média", "Date de publication", "Statut", "À relire", "Étiquettes",
           "presse"),
    "de": ("Erstellt", "Erstellt von", "Autor", "Medium", "Veröffentlicht", "Status", "Zu prüfen", "Tags", "Presse"),
    "es": ("Creado", "Creado por", "Autor", "Medio", "Publicado", "Estado", "Por revisar", "Etiquetas", "prensa"),
    "it": ("Creato", "Creato da", "Autore", "Testata", "Pubblicato", "Stato", "Da rivedere", "Tag", "stampa"),
    "pt": ("Criado", "Criado por", "Autor", "Meio", "Publicado", "Estado", "Por rever", "Etiquetas", "imprensa"),
}


# Notes-app database page exported as Markdown: `# Title`, then the page's properties one per line in the order
# the desk set them up: when it was created (a later day, with a time) and by whom, the author, the publication,
# the published date, status, tags, the URL; then the text. The page's creator is not an author, its creation
# day not the publication date.
def desk_s27_18(a, desk, rng):
    created, creator, author, pub, published, status, review, tags, press = NOTION[desk]
    colon = " : " if desk == "fr" else ": "
    rows = [(created, f"{long_date(later(a['date'], rng, 1, 8), desk)} {chat_time(desk, rng)}"),
            (creator, rng.choice(PEOPLE))]
    rows += [(author, ", ".join(a["authors"]))] if a["authors"] else []
    rows += [(pub, a["source"])] if a["source"] else []
    rows += [(published, long_date(a["date"], desk))] if a["date"] else []
    rows += [(status, review), (tags, f"{press}, {KICKER_SECTION[desk].lower()}"),
             ("URL", f"https://news.example.org/a/{rng.randrange(10 ** 6)}")]
    parts = [f"# {a['title']}", ""] + [k + colon + v for k, v in rows] + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


VIDEO = {  # subscribers, subscribe, views (with the upload day or `n years ago`), reporter, more, transcript
    "en": ("{n}K subscribers", "Subscribe", "{v} views  {d}", "{n} years ago", "Reporter: {a}", "...more",
           "Transcript"),
    "fr": ("{n} k abonnés", "S'abonner", "{v} vues  {d}", "il y a {n} ans", "Reportage : {a}", "...plus",
           "Transcription"),
    "de": ("{n}.000 Abonnenten", "Abonnieren", "{v} Aufrufe  {d}", "vor {n} Jahren", "Bericht: {a}", "...mehr",
           "Transkript"),
    "es": ("{n} mil suscriptores", "Suscribirme", "{v} visualizaciones  {d}", "hace {n} años", "Reportaje: {a}",
           "...más", "Transcripción"),
    "it": ("{n}.000 iscritti", "Iscriviti", "{v} visualizzazioni  {d}", "{n} anni fa", "Servizio di {a}", "...altro",
           "Trascrizione"),
    "pt": ("{n} mil subscritores", "Subscrever", "{v} visualizações  {d}", "há {n} anos", "Reportagem: {a}",
           "...mais", "Transcrição"),
}


def video_day(iso, desk):
    d = datetime.date.fromisoformat(iso)
    return {"en": f"{ABBR['en'].split()[d.month - 1]} {d.day}, {d.year}", "de": numeric_date(iso, "de"),
            "fr": long_date(iso, "fr"), "es": short_date(iso, "es"), "it": short_date(iso, "it"),
            "pt": f"{d.day} de {ABBR['pt'].split()[d.month - 1]}. de {d.year}"}[desk]


# Video page copied with its transcript: title, the channel's name (the publication's; a person's channel when the
# article names no publication: then no source), subscribers, `Subscribe`, `12,345 views  Mar 3, 2026` (or `3
# years ago`: no date), the description (a sentence and `Reporter: A`), `...more`, `Transcript`, then the text in
# timed chunks (`0:00`, `0:27`, …).
def desk_s27_20(a, desk, rng):
    subs, subscribe, views, ago, reporter, more, transcript = VIDEO[desk]
    channel = a["source"] or rng.choice(PEOPLE)
    when = video_day(a["date"], desk) if a["date"] else ago.format(n=rng.randrange(2, 9))
    count = f"{rng.randrange(1000, 900000):,}"
    count = count if desk == "en" else count.replace(",", "." if desk in ("de", "it", "pt") else "\u202f")
    parts = [a["title"], channel, subs.format(n=rng.randrange(12, 950)), subscribe, views.format(v=count, d=when),
             first_sentence(a["body"][0])]
    parts += [reporter.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += [more, "", transcript]
    t = 0
    for paragraph in a["body"]:
        parts += [f"{t // 60}:{t % 60:02d}", paragraph]
        t += rng.randrange(15, 50)
    return "\n".join(parts) + "\n", expect(a)


TRANSLATED = {
    "en": {"en": "Translated from English", "de": "Translated from German", "fr": "Translated from French"},
    "fr": {"en": "Traduit de l'anglais", "de": "Traduit de l'allemand", "fr": "Traduit du français"},
    "de": {"en": "Aus dem Englischen übersetzt", "de": "Aus dem Deutschen übersetzt",
           "fr": "Aus dem Französischen übersetzt"},
    "es": {"en": "Traducido del inglés", "de": "Traducido del alemán", "fr": "Traducido del francés"},
    "it": {"en": "Tradotto dall'inglese", "de": "Tradotto dal tedesco", "fr": "Tradotto dal francese"},
    "pt": {"en": "Traduzido do inglês", "de": "Traduzido do alemão", "fr": "Traduzido do francês"},
}
COURTESY = {  # heading, `with DeepL, reviewed by P on D`, the original's reference: lead, by, in, on
    "en": ("COURTESY TRANSLATION — internal use only", " with DeepL, reviewed by {p} on {d}.",
           ("Original article", " by {}", ", published in {}", " on {}")),
    "fr": ("TRADUCTION DE COURTOISIE — usage interne", " avec DeepL, relu par {p} le {d}.",
           ("Article original", " de {}", ", paru dans {}", " le {}")),
    "de": ("ARBEITSÜBERSETZUNG — nur für den internen Gebrauch", " mit DeepL, geprüft von {p} am {d}.",
           ("Originalartikel", " von {}", ", erschienen in {}", " am {}")),
    "es": ("TRADUCCIÓN DE CORTESÍA — uso interno", " con DeepL, revisado por {p} el {d}.",
           ("Artículo original", " de {}", ", publicado en {}", " el {}")),
    "it": ("TRADUZIONE DI CORTESIA — uso interno", " con DeepL, rivisto da {p} il {d}.",
           ("Articolo originale", " di {}", ", pubblicato su {}", " il {}")),
    "pt": ("TRADUÇÃO DE CORTESIA — uso interno", " com DeepL, revisto por {p} a {d}.",
           ("Artigo original", " de {}", ", publicado em {}", " a {}")),
}


# A press office's courtesy translation: heading, the title, (`Traduit de l'anglais avec DeepL, relu par P le
# <a later day>.` here or at the end), the text, then `Article original de A, paru dans X le 3 mars 2026.` The
# original's author, publication and date are the fields; the reviewer and the translation's day are not.
def desk_s27_21(a, desk, rng):
    heading, reviewed, (lead, by, where, when) = COURTESY[desk]
    note = TRANSLATED[desk][a["lang"]] + reviewed.format(p=rng.choice(PEOPLE),
                                                         d=long_date(later(a["date"], rng, 1, 10), desk))
    origin = lead + (by.format(joined(a["authors"], desk)) if a["authors"] else "") + \
        (where.format(a["source"]) if a["source"] else "") + (when.format(long_date(a["date"], desk)) if a["date"]
                                                               else "") + "."
    top = rng.random() < 0.5
    parts = [heading, "", a["title"]] + ([note] if top else []) + ["", "\n\n".join(a["body"]), "", "—"]
    parts += [] if top else [note]
    parts += [origin] if a["authors"] or a["source"] or a["date"] else []
    return "\n".join(parts) + "\n", expect(a)


BACK = {"en": "< Back", "fr": "< Retour", "de": "< Zurück", "es": "< Atrás", "it": "< Indietro", "pt": "< Voltar"}
AGO = {"en": "{n}h ago", "fr": "il y a {n} h", "de": "vor {n} Std.", "es": "hace {n} h", "it": "{n} ore fa",
       "pt": "há {n} h"}


def status_bar(rng, minute):
    return f"{minute // 60}:{minute % 60:02d} {rng.choice(['', '7 ', '◀ '])}.ıll 4G {rng.randrange(12, 99)}%"


# Two phone screenshots of a news app, OCR'd and pasted: each starts with the status bar (time, signal, battery);
# the first shows `< Back  AA`, the app's masthead (when the article names a publication), title, byline, the
# date (`3 Mar 2026`, or `3h ago`: no date), the text wrapped at the phone's width; the second repeats the last
# line of the first (the screenshots overlap) and goes on; the app's tab bar at the foot.
def desk_s27_22(a, desk, rng):
    minute = rng.randrange(7 * 60, 22 * 60)
    lines = wrap(a["body"], 36).split("\n")
    cut = max(1, len(lines) // 2)
    while cut < len(lines) - 1 and not lines[cut - 1]:
        cut += 1
    parts = [status_bar(rng, minute), f"{BACK[desk]}    AA  ⋯", ""] + ([a["source"]] if a["source"] else [])
    parts += textwrap.wrap(a["title"], 34) + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [short_date(a["date"], desk) if a["date"] else AGO[desk].format(n=rng.randrange(1, 20)), ""]
    parts += lines[:cut] + ["", status_bar(rng, minute + 1), lines[cut - 1]] + lines[cut:]
    parts += ["", "⌂     ☰     ⤴     ☆"]
    return "\n".join(parts) + "\n", expect(a)


def ris_name(name):
    """`Hélène Roux` -> `Roux, Hélène` (the last word is the family name)."""
    first, _, last = name.rpartition(" ")
    return f"{last}, {first}" if first else name


# Reference-manager export (RIS) of a database's news record: `TY  - NEWS`, `TI`, one `AU  - Family, Given` per
# author, `T2` the publication, `DA` and `PY` the date, `Y2` the later day it was accessed, `UR`, `LA`, `AB` the
# first paragraph, `N1` the rest of the text, `ER`. The authors are expected in their usual order (`Hélène Roux`).
def desk_s27_23(a, desk, rng):
    rows = [("TY", "NEWS"), ("TI", a["title"])] + [("AU", ris_name(n)) for n in a["authors"]]
    rows += [("T2", a["source"])] if a["source"] else []
    rows += [("DA", a["date"].replace("-", "/") + "/"), ("PY", a["date"][:4])] if a["date"] else []
    rows += [("Y2", later(a["date"], rng, 2, 200).replace("-", "/")), ("UR",
             f"https://news.example.org/a/{rng.randrange(10 ** 6)}"), ("LA", a["lang"]), ("AB", a["body"][0])]
    rows += [("N1", "\r\n".join(a["body"][1:]))] if a["body"][1:] else []
    rows += [("ER", "")]
    return "\r\n".join(f"{k}  - {v}".rstrip() for k, v in rows) + "\r\n", expect(a)


def grid(rows, left, right):
    """A Word table converted by a document converter: `+---+---+` rules, cells wrapped at `right` characters."""
    rule = f"+{'-' * (left + 2)}+{'-' * (right + 2)}+"
    out = [rule]
    for key, value in rows:
        cells = textwrap.wrap(value, right) or [""]
        for i, cell in enumerate(cells):
            out.append(f"| {(key if i == 0 else ''):<{left}} | {cell:<{right}} |")
        out.append(rule)
    return out


# Press-review sheet saved from a word processor through a converter that draws its table in ASCII: a grid of
# `| Label | value |` rows (title, author, date, source, page) whose long values wrap inside their cell over
# several lines, then the text. The title is the whole cell, its lines joined.
def desk_s27_24(a, desk, rng):
    t, au, d, s = (label.rstrip(": ").strip() for label in LABELS[desk])
    page = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}[desk]
    rows = [(t, a["title"])] + ([(au, ", ".join(a["authors"]))] if a["authors"] else [])
    rows += [(d, long_date(a["date"], desk))] if a["date"] else []
    rows += [(s, a["source"])] if a["source"] else []
    rows += [(page, str(rng.randrange(1, 40)))]
    width = max(len(k) for k, _ in rows)
    parts = grid(rows, width, rng.randrange(30, 46)) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


# ---- held-out members of BLIND_S27 below: whoever tunes the reader never reads past this line ----
def iso_time(iso, rng, zone="Z"):
    return f"{iso}T{rng.randrange(6, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}{zone}"


def desk_s27_02(a, desk, rng):
    esc = html.escape
    day = a["date"].replace("-", "") + ":" if a["date"] else ""
    guid = f"urn:newsml:news.example.org:{day}{rng.randrange(10 ** 6)}"
    version = rng.randrange(2, 6) if a["date"] else 1
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="{version}" '
             f'standard="NewsML-G2" standardversion="2.29" conformance="power" xml:lang="{a["lang"]}">',
             '  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_37.xml"/>',
             "  <itemMeta>", '    <itemClass qcode="ninat:text"/>']
    lines += [f'    <provider literal="{esc(a["source"])}"/>'] if a["source"] else []
    if a["date"]:
        lines += [f"    <versionCreated>{iso_time(later(a['date'], rng, 1, 3), rng)}</versionCreated>",
                  f"    <firstCreated>{iso_time(a['date'], rng)}</firstCreated>"]
    lines += ['    <pubStatus qcode="stat:usable"/>', "  </itemMeta>", "  <contentMeta>"]
    lines += [f"    <creator><name>{esc(n)}</name></creator>" for n in a["authors"]]
    lines += [f'    <language tag="{a["lang"]}"/>', f"    <headline>{esc(a['title'])}</headline>",
              f"    <slugline>{jump_head(a['title']).replace(' ', '-')}</slugline>",
              f"    <dateline>{rng.choice(list(CITY.values())).upper()}</dateline>",
              f'    <description role="drol:summary">{esc(first_sentence(a["body"][0]))}</description>',
              "  </contentMeta>", "  <contentSet>", '    <inlineXML contenttype="application/xhtml+xml">',
              '      <html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>']
    lines += [f"        <p>{esc(p)}</p>" for p in a["body"]]
    lines += ["      </body></html>", "    </inlineXML>", "  </contentSet>", "</newsItem>"]
    return "\n".join(lines) + "\n", expect(a)


EDITION = {"en": ("No. {n}", "£2.20"), "fr": ("N° {n}", "2,80 €"), "de": ("Nr. {n}", "2,80 €"),
           "es": ("Núm. {n}", "2,20 €"), "it": ("N. {n}", "€ 1,90"), "pt": ("N.º {n}", "1,80 €")}
CONTINUED = {"en": "…the talks, he said. (PA)", "fr": "…a-t-il conclu. (AFP)", "de": "…sagte er. (dpa)",
             "es": "…concluyó. (EFE)", "it": "…ha concluso. (ANSA)", "pt": "…concluiu. (Lusa)"}


def ocr(text, rng):
    out = []
    for word in text.split(" "):
        roll = rng.random()
        if roll < 0.02 and "rn" in word:
            word = word.replace("rn", "m", 1)
        elif roll < 0.035 and "m" in word:
            word = word.replace("m", "rn", 1)
        elif roll < 0.05 and "l" in word:
            word = word.replace("l", "1", 1)
        elif roll < 0.06 and "e" in word:
            word = word.replace("e", "c", 1)
        elif roll < 0.07:
            word += rng.choice(["'", ",", "»", "|"])
        out.append(word)
    return " ".join(out)


def desk_s27_08(a, desk, rng):
    number, price = EDITION[desk]
    edition = " · ".join([number.format(n=rng.randrange(20, 300))] +
                         ([long_date(a["date"], desk, weekday=True)] if a["date"] else []) + [price])
    top = masthead(a, rng, 0.8)
    spaced = rng.random() < 0.5
    parts = ([" ".join(top.upper()) if spaced else top.upper()] if top else []) + [edition, "", CONTINUED[desk], ""]
    title = a["title"].upper() if rng.random() < 0.5 else a["title"]
    parts += [title, ""]
    parts += [f"{BY[desk][0].upper()} {joined(a['authors'], desk).upper()}", ""] if a["authors"] else []
    parts += [columns([ocr(p, rng) for p in a["body"]], 44)]
    e = expect(a)
    e.update(title=title, source=top)  # a headline printed in capitals is expected as printed
    return "\n".join(parts) + "\n", e


KINDLE = {"en": ("- Your Highlight on Location {a}-{b} | Added on {d} {t}", "{w}, {m} {day}, {y}"),
          "fr": ("- Votre surlignement à l'emplacement {a}-{b} | Ajouté le {d} {t}", "{w} {day} {m} {y}"),
          "de": ("- Ihre Markierung bei Position {a}-{b} | Hinzugefügt am {d} {t}", "{w}, {day}. {m} {y}"),
          "es": ("- Tu subrayado en la posición {a}-{b} | Añadido el {d} {t}", "{w}, {day} de {m} de {y}"),
          "it": ("- La tua evidenziazione alla posizione {a}-{b} | Aggiunto in data {d} {t}", "{w} {day} {m} {y}"),
          "pt": ("- Seu destaque na posição {a}-{b} | Adicionado: {d} {t}", "{w}, {day} de {m} de {y}")}


def desk_s27_14(a, desk, rng):
    meta, day = KINDLE[desk]
    added = datetime.date.fromisoformat(later(a["date"], rng, 2, 60))
    when = day.format(w=WEEKDAYS[desk].split()[added.weekday()], m=MONTHS[desk].split()[added.month - 1],
                      day=added.day, y=added.year)
    head = "\ufeff" + a["title"] + (f" ({'; '.join(a['authors'])})" if a["authors"] else "")
    entries, location = [], rng.randrange(3, 40)
    for second, paragraph in zip(sorted(rng.sample(range(7 * 3600, 23 * 3600), 4)), a["body"][:4]):
        size = max(1, len(paragraph) // 150)
        h, m, s = second // 3600, second // 60 % 60, second % 60
        t = f"{h % 12 or 12}:{m:02d}:{s:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}:{s:02d}"
        entries.append("\n".join([head, meta.format(a=location, b=location + size, d=when, t=t), "", paragraph,
                                  "=========="]))
        location += size + rng.randrange(1, 30)
    return "\r\n".join("\n".join(entries).split("\n")) + "\r\n", expect(a, date=False, source=False)


def desk_s27_19(a, desk, rng):
    record = {"id": f"{rng.getrandbits(64):016x}", "headline": a["title"],
              "url": f"https://news.example.org/a/{rng.randrange(10 ** 6)}", "source_name": a["source"],
              "language": a["lang"],
              "authors": a["authors"], "published_at": iso_time(a["date"], rng, "+01:00") if a["date"] else None,
              "harvested_at": iso_time(later(a["date"], rng, 1, 4), rng),
              "word_count": sum(len(p.split()) for p in a["body"]), "sentiment": rng.choice(["neutral", "positive"]),
              "body": "\n\n".join(a["body"])}
    return json.dumps({"results": [record], "total": 1}, ensure_ascii=rng.random() < 0.5, indent=2) + "\n", expect(a)


NOTES = {"en": "Notes", "fr": "Notes", "de": "Anmerkungen", "es": "Notas", "it": "Note", "pt": "Notas"}


def desk_s27_25(a, desk, rng):
    marks = QUOTES[desk]
    top = masthead(a, rng, 0.7)
    parts = ([top] if top else []) + [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], desk)] if a["date"] else []
    body = [p + f" [{i}]" if i <= 3 else p for i, p in enumerate(a["body"], start=1)]
    parts += ["", "\n\n".join(body), "", NOTES[desk]]
    outlets = [o for o in OUTLETS if o != a["source"]]
    for i, other in enumerate(rng.sample(RELATED[desk][1], 3), start=1):
        parts.append(f"[{i}] {rng.choice(PEOPLE)}, {marks.format(other)}, {rng.choice(outlets)}, "
                     f"{long_date(earlier(a['date'], rng, 30, 900), desk)}.")
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


ORG = {"en": ("AUTHOR", "SOURCE", "PUBLISHED", "CAPTURED"), "fr": ("AUTEUR", "SOURCE", "PUBLIE", "CAPTURE"),
       "de": ("AUTOR", "QUELLE", "ERSCHIENEN", "ERFASST"), "es": ("AUTOR", "FUENTE", "PUBLICADO", "CAPTURADO"),
       "it": ("AUTORE", "FONTE", "PUBBLICATO", "ACQUISITO"), "pt": ("AUTOR", "FONTE", "PUBLICADO", "CAPTURADO")}


def org_stamp(iso, desk, t=None):
    d = datetime.date.fromisoformat(iso)
    return f"[{iso} {WEEKDAY_ABBR[desk].split()[d.weekday()].rstrip('.')}{' ' + t if t else ''}]"


def desk_s27_26(a, desk, rng):
    author, source, published, captured = ORG[desk]
    props = [(author, "; ".join(a["authors"]))] if a["authors"] else []
    props += [(source, a["source"])] if a["source"] else []
    props += [(published, org_stamp(a["date"], desk))] if a["date"] else []
    props += [(captured, org_stamp(later(a["date"], rng, 0, 6), desk, clock(rng))),
              ("URL", f"https://news.example.org/a/{rng.randrange(10 ** 6)}")]
    parts = [f"* {a['title']}", ":PROPERTIES:"] + [f":{k}:{' ' * max(1, 11 - len(k))}{v}" for k, v in props]
    parts += [":END:", "", wrap(a["body"], 78)]
    return "\n".join(parts) + "\n", expect(a)


# The stop-27 batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of
# their own, and nobody tunes on either in stop 27.
BLIND_S27 = {f"desk_s27_{i:02d}" for i in range(1, 27)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S27)})
