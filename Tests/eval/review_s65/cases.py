# Review of stop 59's reader rules (a9f402c..891d383) on main's build: a printed page's topic line under a running head
# (isOverlineUnderRunningHead); ABNT's unquoted reference (HeadReferences.unquotedReference), quoted references with a
# lower-case publication, Italian / ISO 690 writers first; a masthead's name alone over an agency's credit (isNameAlone)
# and agency credits of several words; OriginNotes.nominative after `in den`; German compound paper words, mattino and
# gazzettino; a newsletter's word before a publication's word in keyed subjects; bracketed tag words; a weekday cut from
# a source after a comma; PastedRows writing an ISO day; office and credit words at the foot; ArticleIntros' places
# sections; ClippingFacts.reviewStamp and the review's words for the desk's language; ReadInLines' labelled and dated
# publishing phrases; an archive's stamp (publicationWithShortDay, isArchiveHeading, isFilingStamp, the `paper` label,
# the filing labels); a browser's print header and footer; staff credits (Bylines.staffCredits, NewsroomCredits'
# possessives); several writers each with a role; a press release's parenthesised day; underscore emphasis; an op-ed's or
# an editorial's foot (isOpinionPiece); DeskServices (OpenProject, isql-fb, Umbraco, listmonk, Grist, Etherpad,
# s-nail/mailx, Zammad) and DeskArchives (unzip of docx/odt XML, a Rev.com transcript, a MARC 21 record, a ZCZC telex, a
# routing slip). Six desk languages, six articles none of review_s50's..s64's; look-alikes and targets in each rule.
# Expectations written before any run.
import json, textwrap

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

ARTS = {
 "en": ("Norwich approves 300 homes on Anglia Square site", "By Megan Holloway", "2026-05-12", "12 May 2026", [
    "Norwich City Council has approved plans for 300 homes on the Anglia Square site, ending more than a decade of disputes over the future of the 1960s shopping precinct north of the river.",
    "The scheme, led by the council's housing company, will replace the derelict multi-storey car park and the former Sovereign House offices with four blocks of up to eight storeys, a third of them for social rent.",
    "Traders on Magdalen Street welcomed the decision but asked for the existing market stalls to stay open during the three years of building work, due to begin in the autumn."]),
 "fr": ("Nancy agrandit la médiathèque de la Manufacture", "Par Julien Marchal", "2026-05-12", "12 mai 2026", [
    "La Ville de Nancy a présenté mardi le projet d'extension de la médiathèque de la Manufacture, qui gagnera 1 800 mètres carrés dans l'ancien bâtiment des tabacs d'ici à la rentrée 2028.",
    "Les travaux, estimés à 9,5 millions d'euros, prévoient une salle de lecture ouverte le dimanche, un espace consacré aux jeux vidéo et un auditorium de 120 places donnant sur la rue Baron-Louis.",
    "Les usagers réclamaient depuis longtemps des horaires élargis, tandis que les associations du quartier Charles-III s'inquiètent du stationnement pendant les deux années de chantier."]),
 "de": ("Heidelberg baut das Parkhaus am Hauptbahnhof zu Wohnungen um", "Von Miriam Köhler", "2026-05-12", "12. Mai 2026", [
    "Die Stadt Heidelberg will das Parkhaus P12 am Hauptbahnhof in ein Wohnhaus mit rund 140 Wohnungen umbauen, der Gemeinderat hat den Planungen am Dienstag mit großer Mehrheit zugestimmt.",
    "Das Tragwerk aus den Siebzigerjahren bleibt erhalten, die offenen Parkdecks werden verglast und um zwei Geschosse aus Holz aufgestockt, die Bauzeit wird auf knapp drei Jahre geschätzt.",
    "Pendler müssen sich auf weniger Stellplätze einstellen: Ein Teil der Plätze soll in die Tiefgarage an der Kurfürsten-Anlage verlegt werden, die derzeit nur zur Hälfte ausgelastet ist."]),
 "es": ("Cádiz restaurará la muralla de San Carlos", "Por Rocío Gallardo", "2026-05-12", "12 de mayo de 2026", [
    "El Ayuntamiento de Cádiz restaurará el tramo de la muralla de San Carlos que da a la Alameda Apodaca, cerrado al paso desde que en enero se desprendieron varios sillares durante un temporal.",
    "La intervención, presupuestada en 2,1 millones de euros y financiada en parte por el Ministerio de Cultura, consolidará los baluartes y recuperará el paseo de ronda para uso peatonal.",
    "Los vecinos del barrio de San Carlos llevan años denunciando el deterioro de la fortificación del siglo XVIII, y la asociación de la zona pide que las obras no se alarguen más allá de 2027."]),
 "it": ("Trieste, il Molo Audace sarà restaurato entro l'estate", "di Paolo Zanetti", "2026-05-12", "12 maggio 2026", [
    "L'Autorità di sistema portuale e il Comune di Trieste hanno firmato martedì l'accordo per il restauro del Molo Audace, che sarà chiuso al pubblico da giugno per circa dieci settimane.",
    "I lavori, dal valore di 1,6 milioni di euro, prevedono il rifacimento della pavimentazione in pietra d'Istria, il consolidamento delle bitte storiche e una nuova illuminazione lungo tutto il molo.",
    "I commercianti delle Rive temono un'estate con meno turisti, mentre il sindaco assicura che il molo tornerà accessibile prima della Barcolana di ottobre."]),
 "pt": ("Coimbra vai requalificar o Mercado Municipal até 2028", "Por Joana Ferreira", "2026-05-12", "12 de maio de 2026", [
    "A Câmara Municipal de Coimbra aprovou esta terça-feira o projeto de requalificação do Mercado Municipal D. Pedro V, que vai custar 7,8 milhões de euros e deverá estar concluído no final de 2028.",
    "A obra prevê a substituição da cobertura, a reorganização das bancas de peixe e de hortícolas e a abertura de uma praça de restauração virada para a Rua Olímpio Nicolau Rui Fernandes.",
    "Os comerciantes, que vão ser instalados num mercado provisório junto ao Terreiro da Erva durante as obras, temem perder clientes e pedem à autarquia uma redução das rendas."]),
}
NAMES = {"en": "Megan Holloway", "fr": "Julien Marchal", "de": "Miriam Köhler", "es": "Rocío Gallardo", "it": "Paolo Zanetti", "pt": "Joana Ferreira"}
PUBS = {"en": "Eastern Daily Press", "fr": "L'Est Républicain", "de": "Rhein-Neckar-Zeitung", "es": "Diario de Cádiz",
        "it": "Il Piccolo", "pt": "Diário de Coimbra"}

def T(lang): return ARTS[lang][0]
def body(lang, n=3): return "\n\n".join(ARTS[lang][4][:n])
def paras(lang): return ARTS[lang][4]

def art(lang, title=None, head=(), under=None, foot=(), drop_by=False, drop_day=False, byline=None):
    t, by, iso, day, ps = ARTS[lang]
    lines = list(head) + [title or t] + ([] if drop_by else [byline or by]) + ([] if drop_day else [day]) + list(under or [])
    return "\n".join(lines) + "\n\n" + "\n\n".join(list(ps) + list(foot)) + "\n"

def exp(lang, **over):
    t, by, iso, day, ps = ARTS[lang]
    e = dict(title=t, authors=[NAMES[lang]], published=iso)
    e.update(over)
    return e

NONE = dict(title=None)

def js(value, indent=2):
    return json.dumps(value, ensure_ascii=False, indent=indent)

def html(ps):
    return "".join("<p>" + p + "</p>" for p in ps)

# ======================= isOverlineUnderRunningHead =======================
case("lookalike_overline_short_headline_de", "isOverlineUnderRunningHead (a three-word headline under the running head, its standfirst under it: the headline, no topic line)",
     "RHEIN-NECKAR-ZEITUNG – Dienstag, 12. Mai 2026 – S. 5\n\nParkhaus wird Wohnhaus\n"
     "Der Gemeinderat stimmt dem Umbau des Parkhauses P12 am Hauptbahnhof zu, rund 140 Wohnungen sollen dort entstehen.\nVon Miriam Köhler\n\n"
     + body("de") + "\n",
     exp("de", title="Parkhaus wird Wohnhaus", source="RHEIN-NECKAR-ZEITUNG"))
case("lookalike_overline_short_headline_en", "isOverlineUnderRunningHead (a three-word tabloid headline under the running head, an unpunctuated standfirst under it)",
     "EASTERN DAILY PRESS – Tuesday, 12 May 2026 – p. 9\n\nAnglia Square approved\n"
     "Council backs 300 homes on the derelict shopping precinct after more than a decade of rows\nBy Megan Holloway\n\n" + body("en") + "\n",
     exp("en", title="Anglia Square approved", source="EASTERN DAILY PRESS"))
case("target_overline_fr_pipe", "isOverlineUnderRunningHead (`L'EST RÉPUBLICAIN | Mardi 12 mai 2026 | Page 14`: pipes, `Page`; topic `Équipements culturels`)",
     "L'EST RÉPUBLICAIN | Mardi 12 mai 2026 | Page 14\n\nÉquipements culturels\n" + T("fr") + "\n"
     "L'équipement gagnera 1 800 mètres carrés et ouvrira le dimanche à partir de la rentrée 2028.\nPar Julien Marchal\n\n" + body("fr") + "\n",
     exp("fr", source="L'EST RÉPUBLICAIN"))
case("target_overline_es_pag", "isOverlineUnderRunningHead (`DIARIO DE CÁDIZ – Martes, 12 de mayo de 2026 – pág. 8`: Spanish `pág.`; topic `Patrimonio`)",
     "DIARIO DE CÁDIZ – Martes, 12 de mayo de 2026 – pág. 8\n\nPatrimonio\n" + T("es") + "\n"
     "El Ayuntamiento licitará antes del verano la obra del tramo de la Alameda Apodaca, cerrado desde enero\nPor Rocío Gallardo\n\n" + body("es") + "\n",
     exp("es", source="DIARIO DE CÁDIZ"))

# ======================= HeadReferences (unquotedReference, selfTitled's lower case and writers first) =======================
case("lookalike_unquoted_section_de", "unquotedReference (a cutting list's line: headline, then the paper's section `Lokales, S. 5.`: no publication)",
     T("de") + ". Lokales, S. 5.\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=[], published=None, source=None))
case("lookalike_selftitled_epigraph_it", "selfTitled writers first (an epigraph from a book, `Claudio Magris, «Microcosmi», Garzanti, 1997, p. 112.`, over the headline)",
     "Claudio Magris, «Microcosmi», Garzanti, 1997, p. 112.\n\n" + art("it"),
     exp("it", source=None))
case("target_unquoted_abnt_pt_city", "unquotedReference (ABNT with the paper's city: `FERREIRA, Joana. Title. Diário de Coimbra, Coimbra, 12 maio 2026, p. 7.`)",
     "FERREIRA, Joana. " + T("pt") + ". Diário de Coimbra, Coimbra, 12 maio 2026, p. 7.\n\n" + body("pt") + "\n",
     exp("pt", source="Diário de Coimbra"))
case("target_unquoted_une_iso690_es", "unquotedReference (UNE-ISO 690: `GALLARDO, Rocío. Title. Diario de Cádiz, 12 de mayo de 2026, p. 8.`)",
     "GALLARDO, Rocío. " + T("es") + ". Diario de Cádiz, 12 de mayo de 2026, p. 8.\n\n" + body("es") + "\n",
     exp("es", source="Diario de Cádiz"))
case("target_selftitled_iso690_fr", "selfTitled (ISO 690, family name in capitals first: `MARCHAL Julien, « Title », L'Est Républicain, 12 mai 2026, p. 14.`)",
     "MARCHAL Julien, « " + T("fr") + " », L'Est Républicain, 12 mai 2026, p. 14.\n\n" + body("fr") + "\n",
     exp("fr", source="L'Est Républicain"))
case("target_selftitled_writer_first_it", "selfTitled (Italian, writer first, no `in`: `Paolo Zanetti, «Title», Il Piccolo, 12 maggio 2026, p. 21.`)",
     "Paolo Zanetti, «" + T("it") + "», Il Piccolo, 12 maggio 2026, p. 21.\n\n" + body("it") + "\n",
     exp("it", source="Il Piccolo"))
case("target_selftitled_lowercase_taz_de", "selfTitled (MLA in German quotes, a lower-case publication after the space: `Köhler, Miriam. „Title.“ taz, 12. Mai 2026, S. 7.`)",
     "Köhler, Miriam. „" + T("de") + ".“ taz, 12. Mai 2026, S. 7.\n\n" + body("de") + "\n",
     exp("de", source="taz"))

# ======================= isNameAlone / isAgencyCredit =======================
case("lookalike_namealone_region_en", "isNameAlone (`East Anglia`, a portal's region heading, over a headline credited `With PA Media`)",
     "East Anglia\n\n" + T("en") + "\nWith PA Media\n\n" + body("en") + "\n",
     dict(title=T("en"), authors=[], source=None))
case("target_namealone_mannheimer_morgen_de", "isNameAlone (`Mannheimer Morgen`, no paper's word, over `Mit Material von dpa`)",
     "Mannheimer Morgen\n\n" + T("de") + "\nMit Material von dpa\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=[], source="Mannheimer Morgen"))
case("target_namealone_observador_pt", "isNameAlone / isAgencyCredit (`Observador`, one word, over `Com Agência Lusa`: a two-word agency)",
     "Observador\n\n" + T("pt") + "\nCom Agência Lusa\n\n" + body("pt") + "\n",
     dict(title=T("pt"), authors=[], source="Observador"))
case("target_agency_credit_afp_fr", "isAgencyCredit (`Avec l'Agence France-Presse` under the headline, the masthead above)",
     "L'Est Républicain\n\n" + T("fr") + "\nAvec l'Agence France-Presse\n\n" + body("fr") + "\n",
     dict(title=T("fr"), authors=[], source="L'Est Républicain"))
case("target_agency_credit_ldrs_en", "isAgencyCredit (`With Local Democracy Reporting Service`: a shared service's credit of three words)",
     "Eastern Daily Press\n\n" + T("en") + "\nWith Local Democracy Reporting Service\n\n" + body("en") + "\n",
     dict(title=T("en"), authors=[], source="Eastern Daily Press"))

# ======================= OriginNotes.nominative (`in den`) =======================
case("target_den_two_adjectives_de", "nominative after `in den` (`in den Badischen Neuesten Nachrichten`: two declined adjectives)",
     art("de", drop_day=True, foot=["Erschienen am 12. Mai 2026 in den Badischen Neuesten Nachrichten"]),
     exp("de", source="Badische Neueste Nachrichten"))
case("lookalike_den_regional_editions_de", "nominative after `in den` (`in den Regionalausgaben`: the paper's regional editions, no publication)",
     art("de", drop_day=True, foot=["Erschienen am 12. Mai 2026 in den Regionalausgaben"]),
     exp("de", source=None))

# ======================= namesPublication: compound paper words, mattino, gazzettino =======================
case("lookalike_compound_kurznachrichten_de", "namesPublication compound (`Kurznachrichten`, the paper's news-in-brief heading, over the headline)",
     "Kurznachrichten\n\n" + art("de"),
     exp("de", source=None))
case("target_compound_wochenblatt_de", "namesPublication compound (`Schwetzinger Wochenblatt` alone at the foot of a signed text)",
     art("de", foot=["Schwetzinger Wochenblatt"]),
     exp("de", source="Schwetzinger Wochenblatt"))
case("lookalike_mattino_column_it", "namesPublication mattino (`Il Caffè del Mattino`, a morning newsletter's name, over the headline)",
     "Il Caffè del Mattino\n\n" + art("it"),
     exp("it", source=None))
case("target_gazzettino_keyed_it", "namesPublication gazzettino (`IL GAZZETTINO 12/05/2026 – writer – headline`)",
     "IL GAZZETTINO 12/05/2026 – Paolo Zanetti – " + T("it") + "\n\n" + body("it") + "\n",
     exp("it", source="IL GAZZETTINO"))
case("target_mattino_closing_it", "namesPublication mattino (`Headline — Il Mattino di Padova`: the publication closing the headline's line)",
     art("it", title=T("it") + " — Il Mattino di Padova"),
     exp("it", source="Il Mattino di Padova"))

# ======================= KeyedHeads: a newsletter's word before a publication's =======================
case("target_keyed_news_digest_en", "keyedSubject newsletter (`NEWS DIGEST 13/05/2026 – compiler – headline`: `news` a publication's word)",
     "NEWS DIGEST 13/05/2026 – Sam Patel – " + T("en") + "\n\n" + body("en") + "\n",
     dict(title=T("en"), authors=[], published=None, source=None))
case("target_keyed_boletin_prensa_es", "keyedSubject newsletter (`BOLETÍN DE PRENSA 13/05/2026 – compiler – headline`)",
     "BOLETÍN DE PRENSA 13/05/2026 – Lucía Ortega – " + T("es") + "\n\n" + body("es") + "\n",
     dict(title=T("es"), authors=[], published=None, source=None))

# ======================= BracketedTrailers: tag words =======================
case("lookalike_bracket_fotogalerie_de", "BracketedTrailers (`[Fotogalerie, 12.05.2026]`: a German compound of a tag word)",
     art("de", title=T("de") + " [Fotogalerie, 12.05.2026]"),
     dict(published="2026-05-12", source=None))
case("lookalike_bracket_mis_a_jour_le_fr", "BracketedTrailers (`[Mis à jour le 13/05/2026]`: an update phrase with `le`, no comma)",
     art("fr", title=T("fr") + " [Mis à jour le 13/05/2026]"),
     dict(published="2026-05-12", source=None))
case("target_bracket_galeria_de_fotos_es", "BracketedTrailers (`[Galería de fotos, 12/05/2026]`: the tag word with its complement)",
     art("es", title=T("es") + " [Galería de fotos, 12/05/2026]"),
     dict(published="2026-05-12", source=None))

# ======================= a weekday after a comma cut from the source =======================
case("target_weekday_de_foot", "weekday cut (`Rhein-Neckar-Zeitung, Di. 12.05.26, S. 5`: a German weekday abbreviated with a period)",
     art("de", drop_day=True, foot=["Rhein-Neckar-Zeitung, Di. 12.05.26, S. 5"]),
     exp("de", source="Rhein-Neckar-Zeitung"))
case("target_weekday_es_foot", "weekday cut (`Diario de Cádiz, mar. 12/05/26, pág. 8`: a lower-case Spanish weekday)",
     art("es", drop_day=True, foot=["Diario de Cádiz, mar. 12/05/26, pág. 8"]),
     exp("es", source="Diario de Cádiz"))

# ======================= PastedRows: the day written as ISO =======================
case("target_row_en_dayfirst", "PastedRows (`Eastern Daily Press⇥12/05/2026⇥Holloway, Megan⇥p. 9` over an English text: a British row, day first)",
     "Eastern Daily Press\t12/05/2026\tHolloway, Megan\tp. 9\n\n" + art("en", drop_by=True, drop_day=True),
     exp("en", source="Eastern Daily Press"))
case("target_row_it_short_year", "PastedRows (`Il Piccolo⇥Zanetti, Paolo⇥12/05/26⇥p. 21`: a two-digit year after the writer)",
     "Il Piccolo\tZanetti, Paolo\t12/05/26\tp. 21\n\n" + art("it", drop_by=True, drop_day=True),
     exp("it", source="Il Piccolo"))

# ======================= office and credit words at the foot =======================
case("lookalike_stacked_deputy_leader_en", "stackedFoot office words (name, `Deputy Leader, Norwich City Council`, day)",
     art("en", drop_by=True, foot=["Mike Stonard\nDeputy Leader, Norwich City Council\n12 May 2026"]),
     dict(title=T("en"), published="2026-05-12", source=None))
case("lookalike_stacked_delegada_es", "stackedFoot office words (name, `Delegada de Urbanismo y Patrimonio`, day)",
     art("es", drop_by=True, foot=["Carmen Ruiz\nDelegada de Urbanismo y Patrimonio\n12/05/2026"]),
     dict(title=T("es"), published="2026-05-12", source=None))
case("lookalike_footer_termos_pt", "creditEndings / publicationAlone(signed:) (`Termos e Condições`, a site's footer link, alone at a signed text's foot)",
     art("pt", foot=["Termos e Condições"]),
     exp("pt", source=None))
case("target_stacked_adjointe_fr", "stackedFoot office words (name, `Adjointe au maire déléguée à la culture`, day)",
     art("fr", drop_by=True, foot=["Claire Hervé\nAdjointe au maire déléguée à la culture\n12/05/2026"]),
     dict(title=T("fr"), published="2026-05-12", source=None))

# ======================= ArticleIntros' places sections =======================
case("target_places_umgebung_de", "isPlacesSection (`Veröffentlicht am … in Heidelberg und Umgebung`)",
     art("de", foot=["Veröffentlicht am 12. Mai 2026 in Heidelberg und Umgebung"]),
     exp("de", source=None))
case("target_places_regiao_pt", "isPlacesSection (`Publicado em … em Coimbra e Região`)",
     art("pt", foot=["Publicado em 12 de maio de 2026 em Coimbra e Região"]),
     exp("pt", source=None))
case("lookalike_places_metro_en", "isPlacesSection (`Published on … in Metro`: the free daily, whose name is a section word in the list)",
     art("en", drop_by=True, drop_day=True, foot=["Published on 12 May 2026 in Metro"]),
     dict(title=T("en"), authors=[], published="2026-05-12", source="Metro"))

# ======================= ClippingFacts.reviewStamp (and the review's words for the desk's language) =======================
case("target_reviewstamp_fr", "reviewStamp (`Revue de presse du 13/05/2026 · L'Est Républicain du 12/05/2026`)",
     "Revue de presse du 13/05/2026 · L'Est Républicain du 12/05/2026\n\n" + T("fr") + "\nPar Julien Marchal\n\n" + body("fr") + "\n",
     exp("fr", source="L'Est Républicain"))
case("target_reviewstamp_pt_pipe", "reviewStamp (`Revista de imprensa de 13/05/2026 | Diário de Coimbra, 12/05/2026`, an unsigned clipping)",
     "Revista de imprensa de 13/05/2026 | Diário de Coimbra, 12/05/2026\n\n" + T("pt") + "\n\n" + body("pt") + "\n",
     exp("pt", authors=[], source="Diário de Coimbra"))
case("lookalike_reviewstamp_en_dayfirst", "reviewStamp / ExportLines review language (a British desk's `Press review, 13/05/2026 · Eastern Daily Press, 12/05/2026`: day first, as the review's own 13/05 shows)",
     "Press review, 13/05/2026 · Eastern Daily Press, 12/05/2026\n\n" + T("en") + "\nBy Megan Holloway\n\n" + body("en") + "\n",
     exp("en", source="Eastern Daily Press"))
case("lookalike_reviewstamp_client_it", "reviewStamp (`Rassegna stampa del 13/05/2026 · Comune di Trieste`: the review's owner, no publication)",
     "Rassegna stampa del 13/05/2026 · Comune di Trieste\n\n" + art("it"),
     exp("it", source=None))

# ======================= ReadInLines: labelled and dated publishing phrases =======================
case("target_readin_erschienen_de", "ReadInLines (`Erschienen in: Rhein-Neckar-Zeitung, 12.05.2026` opening the file)",
     "Erschienen in: Rhein-Neckar-Zeitung, 12.05.2026\n\n" + T("de") + "\nVon Miriam Köhler\n\n" + body("de") + "\n",
     exp("de", source="Rhein-Neckar-Zeitung"))
case("target_readin_pubblicato_su_it", "ReadInLines (`Pubblicato su Il Piccolo del 12/05/2026`: no colon, a day with `del`)",
     "Pubblicato su Il Piccolo del 12/05/2026\n\n" + T("it") + "\ndi Paolo Zanetti\n\n" + body("it") + "\n",
     exp("it", source="Il Piccolo"))
case("lookalike_readin_edicion_impresa_es", "ReadInLines (`Publicado en: Edición impresa, 12/05/2026`: the print edition, no publication's name)",
     "Publicado en: Edición impresa, 12/05/2026\n\n" + T("es") + "\nPor Rocío Gallardo\n\n" + body("es") + "\n",
     exp("es", source=None))
case("lookalike_readin_local_pages_fr", "ReadInLines (`Paru dans : Grand Nancy, 12/05/2026`: the paper's local pages, no publication)",
     "Paru dans : Grand Nancy, 12/05/2026\n\n" + T("fr") + "\nPar Julien Marchal\n\n" + body("fr") + "\n",
     exp("fr", source=None))

# ======================= an archive's stamp (publicationWithShortDay, isArchiveHeading, isFilingStamp, labels) =======================
case("target_archive_it", "archive stamp (`UFFICIO STAMPA – ARCHIVIO`, `Testata: Il Piccolo del 12/5/26`, `Archiviato: 13/5/26 / G. Benedetti`)",
     "UFFICIO STAMPA – ARCHIVIO\nTestata:    Il Piccolo del 12/5/26\nPagina:     21\nArchiviato: 13/5/26 / G. Benedetti\n\n" + T("it") + "\n\n" + body("it") + "\n",
     exp("it", authors=[], source="Il Piccolo"))
case("target_archive_es_undated", "archive stamp (`GABINETE DE PRENSA – ARCHIVO`, `Periódico: Diario de Cádiz, s. f.`, `Archivado: 13/5/26 / L. Ortega`)",
     "GABINETE DE PRENSA – ARCHIVO\nPeriódico: Diario de Cádiz, s. f.\nPágina:    8\nArchivado: 13/5/26 / L. Ortega\n\n" + T("es") + "\n\n" + body("es") + "\n",
     exp("es", authors=[], published=None, source="Diario de Cádiz"))
case("target_archive_de", "archive stamp (`PRESSESTELLE – ARCHIV`, `Zeitung: Rhein-Neckar-Zeitung v. 12.5.26`, `Abgelegt: 13.5.26 / J. Becker`)",
     "PRESSESTELLE – ARCHIV\nZeitung:  Rhein-Neckar-Zeitung v. 12.5.26\nSeite:    5\nAbgelegt: 13.5.26 / J. Becker\n\n" + T("de") + "\n\n" + body("de") + "\n",
     exp("de", authors=[], source="Rhein-Neckar-Zeitung"))
case("lookalike_archive_en_of_dayfirst", "archive stamp / `paper` label (a British office's `Paper: Eastern Daily Press of 12/5/26`, filed `13/5/26`: day first, not English's month first)",
     "PRESS OFFICE – ARCHIVE\nPaper:  Eastern Daily Press of 12/5/26\nPage:   9\nFiled:  13/5/26 / S. Patel\n\n" + T("en") + "\n\n" + body("en") + "\n",
     exp("en", authors=[], source="Eastern Daily Press"))

# ======================= a browser's print header and footer =======================
case("target_printheader_de", "isBrowserPrintHeader (`12.05.26, 14:05 Headline | Rhein-Neckar-Zeitung`, the footer's address and `1/2`, a form feed)",
     "12.05.26, 14:05 " + T("de") + " | Rhein-Neckar-Zeitung\n\n" + T("de") + "\nVon Miriam Köhler\n12.05.2026\n\n" + body("de")
     + "\n\nhttps://www.rnz.example/region/heidelberg_artikel,-parkhaus-p12-wird-wohnhaus-_arid,1187734.html 1/2\n\f\n",
     exp("de", source="Rhein-Neckar-Zeitung"))
case("target_printheader_es", "isBrowserPrintHeader (`12/5/26, 9:41 Headline | Diario de Cádiz`, the writer's bare name, the footer `1/2`)",
     "12/5/26, 9:41 " + T("es") + " | Diario de Cádiz\n\n" + T("es") + "\nRocío Gallardo\nCádiz, 12 de mayo de 2026\n\n" + body("es")
     + "\n\nhttps://www.diariodecadiz.example/cadiz/muralla-san-carlos-restauracion_0_2011234567.html 1/2\n",
     exp("es", source="Diario de Cádiz"))
case("lookalike_printheader_pressreader_fr", "isBrowserPrintHeader (the tab's site is `PressReader`, the platform; the page's masthead names the paper)",
     "12/05/2026 08:12 " + T("fr") + " | PressReader\n\nL'Est Républicain\n\n" + T("fr") + "\nPar Julien Marchal\n12 mai 2026\n\n" + body("fr")
     + "\n\nhttps://www.pressreader.example/france/lest-republicain/20260512/281736977412345 1/1\n",
     exp("fr", source="L'Est Républicain"))

# ======================= staff credits =======================
case("target_staff_reporter_en", "staffCredits (`By a Staff Reporter`: the paper's staff, no writer, no publication)",
     art("en", byline="By a Staff Reporter"),
     exp("en", authors=[], source=None))
case("target_staff_di_redazione_it", "staffCredits (`di Redazione`: the newsroom as a site's author field)",
     art("it", byline="di Redazione"),
     exp("it", authors=[], source=None))
case("lookalike_staff_korrespondent_named_de", "staffCredits (`Von unserem Korrespondenten Jan Becker`: the staff phrase names its writer)",
     art("de", byline="Von unserem Korrespondenten Jan Becker"),
     exp("de", authors=["Jan Becker"], source=None))
case("lookalike_staff_correspondant_named_fr", "staffCredits (`De notre correspondant Julien Marchal`: the staff phrase names its writer)",
     art("fr", byline="De notre correspondant Julien Marchal"),
     exp("fr", source=None))
case("lookalike_staff_stafford_en", "staffCredits (`By Stafford Lyle`: a writer whose given name opens with `staff`)",
     art("en", byline="By Stafford Lyle"),
     exp("en", authors=["Stafford Lyle"], source=None))

# ======================= several writers each with a role =======================
case("target_roles_de", "Bylines roles (`Von A, Redakteurin im Lokalressort, und B, Korrespondent in Stuttgart`)",
     art("de", byline="Von Miriam Köhler, Redakteurin im Lokalressort, und Jan Becker, Korrespondent in Stuttgart"),
     exp("de", authors=["Miriam Köhler", "Jan Becker"]))
case("target_roles_es", "Bylines roles (`Por A, redactora de Local, y B, corresponsal en Sevilla`)",
     art("es", byline="Por Rocío Gallardo, redactora de Local, y Álvaro Medina, corresponsal en Sevilla"),
     exp("es", authors=["Rocío Gallardo", "Álvaro Medina"]))
case("lookalike_roles_photographer_pt", "Bylines roles (`Por A, jornalista, e B, fotojornalista`: the second a photographer, no writer)",
     art("pt", byline="Por Joana Ferreira, jornalista, e Rui Carvalho, fotojornalista"),
     exp("pt"))

# ======================= a press release's parenthesised day =======================
case("target_release_es", "release's parenthesised day (`(Nota de prensa del Ayuntamiento de Cádiz, 12/05/2026)` closing a release)",
     T("es") + "\n\n" + body("es") + "\n\n(Nota de prensa del Ayuntamiento de Cádiz, 12/05/2026)\n",
     dict(title=T("es"), authors=[], published="2026-05-12", source=None))
case("target_release_en_dayfirst", "release's parenthesised day (a British council's `(Press release, 12/05/2026)`: day first)",
     T("en") + "\n\n" + body("en") + "\n\n(Press release, 12/05/2026)\n",
     dict(title=T("en"), authors=[], published="2026-05-12", source=None))
case("lookalike_release_under_article_de", "release's parenthesised day (a dated article noting the release it used, of the day before)",
     art("de", foot=["(Pressemitteilung der Stadt Heidelberg, 11.05.2026)"]),
     exp("de", source=None))

# ======================= underscore emphasis =======================
case("target_underscore_double_pt", "withoutInnerEmphasis (`__Diário de Coimbra__, 12 de maio de 2026`: double underscores)",
     T("pt") + "\n__Diário de Coimbra__, 12 de maio de 2026\nPor Joana Ferreira\n\n" + body("pt") + "\n",
     exp("pt", source="Diário de Coimbra"))
case("target_underscore_endash_it", "withoutInnerEmphasis (`_Il Piccolo_ – 12 maggio 2026`: an en dash)",
     T("it") + "\n_Il Piccolo_ – 12 maggio 2026\ndi Paolo Zanetti\n\n" + body("it") + "\n",
     exp("it", source="Il Piccolo"))
case("lookalike_underscore_update_es", "withoutInnerEmphasis (`_Actualizado el 13 de mayo de 2026, 09:10_` under the day: an update in italics)",
     T("es") + "\nPor Rocío Gallardo\n12 de mayo de 2026\n_Actualizado el 13 de mayo de 2026, 09:10_\n\n" + body("es") + "\n",
     exp("es", source=None))

# ======================= isOpinionPiece =======================
case("target_opinion_editoriale_it", "isOpinionPiece (`Editoriale` opening the file, `Il Piccolo` alone at the foot)",
     "Editoriale\nIl Molo Audace è di tutti, anche d'estate\n\n" + body("it") + "\n\nIl Piccolo\n",
     dict(title="Il Molo Audace è di tutti, anche d'estate", authors=[], source="Il Piccolo"))
case("target_opinion_bio_note_pt", "isOpinionPiece (`Opinião`, the writer's note `* Rui Carvalho é arquiteto…` above `Observador` at the foot)",
     "Opinião\nO mercado que Coimbra merece\n\n" + body("pt")
     + "\n\n* Rui Carvalho é arquiteto e professor no Departamento de Arquitetura da Universidade de Coimbra.\n\nObservador\n",
     dict(title="O mercado que Coimbra merece", authors=["Rui Carvalho"], source="Observador"))
case("lookalike_opinion_direccion_es", "isOpinionPiece (an editorial signed `La Dirección` at its foot: the paper's management, no publication)",
     "Editorial\nLa muralla no puede esperar\n\n" + body("es") + "\n\nLa Dirección\n",
     dict(title="La muralla no puede esperar", authors=[], source=None))

# ======================= DeskServices: OpenProject =======================
def op_links(author, assignee, project):
    return {"self": {"href": "/api/v3/work_packages/4172"}, "author": {"href": "/api/v3/users/12", "title": author},
            "assignee": {"href": "/api/v3/users/31", "title": assignee}, "project": {"href": "/api/v3/projects/7", "title": project},
            "status": {"href": "/api/v3/statuses/1", "title": "New"}}

case("target_openproject_collection_de", "DeskServices OpenProject (a collection's `_embedded.elements`, a `# ` heading, `_Rhein-Neckar-Zeitung_, day` under it)",
     "$ curl -s -u \"apikey:$OP_TOKEN\" 'https://projekte.redaktion.example/api/v3/projects/pressespiegel/work_packages?filters=%5B%7B%22id%22%3A%7B%22operator%22%3A%22%3D%22%2C%22values%22%3A%5B%224172%22%5D%7D%7D%5D' | jq .\n"
     + js({"_type": "WorkPackageCollection", "total": 1, "count": 1, "pageSize": 20, "offset": 1, "_embedded": {"elements": [{
         "_type": "WorkPackage", "id": 4172, "lockVersion": 3, "subject": "Pressespiegel: " + T("de"),
         "description": {"format": "markdown", "raw": "# " + T("de") + "\n\n_Rhein-Neckar-Zeitung_, 12. Mai 2026\nVon Miriam Köhler\n\n" + body("de")
                         + "\n\nhttps://www.rnz.example/region/heidelberg_artikel,-parkhaus-p12-wird-wohnhaus-_arid,1187734.html",
                         "html": "<h1>" + T("de") + "</h1>"},
         "scheduleManually": False, "startDate": "2026-05-13", "dueDate": "2026-05-13", "derivedStartDate": None, "derivedDueDate": None,
         "estimatedTime": None, "percentageDone": 0, "createdAt": "2026-05-13T06:58:12.114Z", "updatedAt": "2026-05-13T07:10:44.908Z",
         "_links": op_links("Jan Becker", "Lena Vogt", "Pressespiegel")}]},
         "_links": {"self": {"href": "/api/v3/projects/pressespiegel/work_packages"}}}) + "\n",
     exp("de", source="Rhein-Neckar-Zeitung"))
case("lookalike_openproject_task_en", "DeskServices OpenProject (a follow-up task whose description opens with a bold line over prose notes: no article)",
     "$ curl -s -u \"apikey:$OP_TOKEN\" https://projects.newsdesk.example/api/v3/work_packages/4190 | jq .\n"
     + js({"_type": "WorkPackage", "id": 4190, "lockVersion": 1, "subject": "Follow-up: Anglia Square build timetable",
           "description": {"format": "markdown", "raw": "**Follow-up: Anglia Square build timetable**\n\n"
                           "Ask the council's housing company when the demolition of Sovereign House is scheduled and whether the Magdalen Street stalls will have to move during the works. Megan has the contacts from yesterday's committee meeting.\n\n"
                           "We also need a photographer for the site visit on Thursday and a short explainer on the social-rent share for the website, ideally before the weekend edition goes to print.",
                           "html": "<p><strong>Follow-up: Anglia Square build timetable</strong></p>"},
           "startDate": "2026-05-13", "dueDate": "2026-05-15", "createdAt": "2026-05-13T08:02:40.551Z", "updatedAt": "2026-05-13T08:02:40.551Z",
           "_links": op_links("Sam Patel", "Megan Holloway", "City desk")}) + "\n",
     NONE)

# ======================= DeskServices: isql-fb =======================
def isql(db, user, select, rows, blob):
    lines = ["$ isql-fb -user " + user + " -password \"$ISC_PASSWORD\" " + db, "Database: " + db + ", User: " + user, "SQL> set list on;", "SQL> " + select, ""]
    lines += [k.ljust(32) + v for k, v in rows]
    lines += [blob, "", "SQL> quit;"]
    return "\n".join(lines) + "\n"

case("target_isql_it", "DeskServices isql-fb (`set list on;` in lower case, Italian columns, the blob's text under its id, the entry's moment and login)",
     isql("archivio.redazione.example:/srv/firebird/rassegna.fdb", "RASSEGNA", "select * from RITAGLI where ID = 88120;",
          [("ID", "88120"), ("TESTATA", "Il Piccolo"), ("TITOLO", T("it")), ("AUTORE", "Paolo Zanetti"), ("DATA_PUBBLICAZIONE", "2026-05-12"),
           ("PAGINA", "21"), ("INSERITO_IL", "2026-05-13 08:41:12.3310"), ("INSERITO_DA", "GBENEDETTI"), ("TESTO", "1a:2f")], body("it")),
     exp("it", source="Il Piccolo"))
case("lookalike_isql_event_es", "DeskServices isql-fb (a row of the agenda table: a title, a place and a description in prose, no article)",
     isql("agenda.mesa.example:/srv/firebird/agenda.fdb", "MESA", "SELECT * FROM AGENDA WHERE ID = 311;",
          [("ID", "311"), ("TITULO", "Visita guiada a la muralla de San Carlos"), ("FECHA", "2026-05-23"), ("HORA", "10:30"),
           ("LUGAR", "Baluarte de San Carlos"), ("ORGANIZA", "Delegación de Patrimonio"), ("DESCRIPCION", "0:9c")],
          "Los técnicos municipales mostrarán a los vecinos el estado del tramo de muralla que da a la Alameda Apodaca y explicarán las fases de la restauración. "
          "La visita es gratuita, con aforo limitado a treinta personas, y es necesario inscribirse en la oficina de Patrimonio antes del jueves."),
     NONE)

# ======================= DeskServices: Umbraco =======================
case("target_umbraco_query_pt", "DeskServices Umbraco (a query's `items`, Portuguese property names, the rich text's `markup`, the clipper beside them)",
     "$ curl -s -H \"Api-Key: $UMBRACO_KEY\" 'https://intranet.redacao.example/umbraco/delivery/api/v2/content?filter=contentType:recorte&sort=createDate:desc&take=1' | jq .\n"
     + js({"total": 1, "items": [{"contentType": "recorte", "name": T("pt"), "createDate": "2026-05-13T09:02:11.5200000",
                                  "updateDate": "2026-05-13T09:05:40.1030000", "route": {"path": "/recortes/coimbra-mercado-municipal/", "startItem": {"id": "5b1f0c2e-8e9a-4d7b-9a51-2c7e0f3b6a11", "path": "intranet"}},
                                  "id": "c3d9a2f4-1b6e-4f0a-8c2d-7e5b9a1f4d22",
                                  "properties": {"jornal": "Diário de Coimbra", "autores": ["Joana Ferreira"], "dataPublicacao": "2026-05-12T00:00:00Z",
                                                 "pagina": 7, "recortadoPor": "Carla Sousa", "corpo": {"markup": html(paras("pt")), "blocks": []}},
                                  "cultures": {}}]}) + "\n",
     exp("pt", source="Diário de Coimbra"))

# ======================= DeskServices: listmonk =======================
def listmonk(cmd, data):
    return cmd + "\n" + js({"data": data}) + "\n"

case("target_listmonk_markdown_es", "DeskServices listmonk (a listing's `results`, `content_type` markdown: `## Headline`, `*Diario de Cádiz, day*`)",
     listmonk("$ curl -s -u \"mesa:$LISTMONK_TOKEN\" 'https://listas.mesa.example/api/campaigns?status=finished&per_page=1' | jq .", {
         "results": [{"id": 412, "created_at": "2026-05-13T08:20:11.402113+02:00", "updated_at": "2026-05-13T08:31:55.018722+02:00",
                      "views": 41, "clicks": 3, "lists": [{"id": 2, "name": "Resumen – dirección"}], "started_at": "2026-05-13T08:31:50.114+02:00",
                      "to_send": 18, "sent": 18, "uuid": "6a2b7c1e-0d4f-4e8a-9b3c-5f1d2e7a8b90", "type": "regular", "name": "Alerta prensa 2026-05-13",
                      "subject": "Alerta de prensa: " + T("es"), "from_email": "Resumen de prensa <resumen@mesa.example>",
                      "body": "## " + T("es") + "\n\n*Diario de Cádiz, 12 de mayo de 2026*\n\nPor Rocío Gallardo\n\n" + body("es"),
                      "send_at": "2026-05-13T08:30:00+02:00", "status": "finished", "content_type": "markdown", "tags": ["patrimonio"],
                      "template_id": 3, "messenger": "email"}],
         "query": "", "total": 1, "per_page": 1, "page": 1}),
     exp("es", source="Diario de Cádiz"))
case("lookalike_listmonk_digest_en", "DeskServices listmonk (the morning digest: a heading over teasers of several stories, no article)",
     listmonk("$ curl -s -u \"desk:$LISTMONK_TOKEN\" https://lists.newsdesk.example/api/campaigns/518 | jq .", {
         "id": 518, "created_at": "2026-05-13T06:10:02.771+01:00", "updated_at": "2026-05-13T06:31:40.220+01:00",
         "lists": [{"id": 1, "name": "Newsroom – all staff"}], "name": "Morning briefing 2026-05-13", "subject": "Morning briefing: Wednesday 13 May",
         "from_email": "City desk <citydesk@newsdesk.example>",
         "body": "<h2>Today's stories</h2>\n<p><strong>Norwich approves 300 homes on Anglia Square site</strong> – the council backed its housing company's scheme last night; Megan Holloway has reaction from the Magdalen Street traders and a timetable for the demolition.</p>\n"
                 "<p><strong>Ring road works extended to July</strong> – the county council says the resurfacing between Sprowston and Mile Cross will take four weeks longer than planned because of drainage repairs.</p>\n"
                 "<p>All stories are on the intranet; the news conference is at 10am in the boardroom.</p>",
         "send_at": "2026-05-13T06:30:00+01:00", "status": "finished", "content_type": "richtext", "template_id": 1, "messenger": "email"}),
     NONE)

# ======================= DeskServices: Grist =======================
case("target_grist_fr", "DeskServices Grist (French columns, a list cell `[\"L\", …]`, `Parution` as Grist's epoch seconds, the entry's moment and colleague)",
     "$ curl -s -H \"Authorization: Bearer $GRIST_API_KEY\" 'https://grist.redaction.example/api/docs/4mPq8zXnJ2aKwQe7Rb1Tfc/tables/Revue/records?filter=%7B%22id%22%3A%5B212%5D%7D' | jq .\n"
     + js({"records": [{"id": 212, "fields": {"Titre": T("fr"), "Journal": "L'Est Républicain", "Auteurs": ["L", "Julien Marchal"], "Parution": 1778544000,
                                             "Page": 14, "Texte": body("fr"), "Lien": "https://www.estrepublicain.example/culture/2026/05/12/nancy-mediatheque-manufacture",
                                             "Ajoute_par": "Camille Roy", "Ajoute_le": 1778658060}}]}) + "\n",
     exp("fr", source="L'Est Républicain"))

# ======================= DeskServices: Etherpad =======================
EP = "https://pad.redazione.example/api/1.2.15"
case("target_etherpad_it", "DeskServices Etherpad (API 1.2.15, no `$ PAD=` line, the pad id in the URL, a colleague's closing note after an em dash)",
     "$ curl -s \"" + EP + "/getText?apikey=$EP_APIKEY&padID=rassegna-2026-05-13\" | jq .\n"
     + js({"code": 0, "message": "ok", "data": {"text": T("it") + "\nIl Piccolo, 12 maggio 2026\ndi Paolo Zanetti\n\n" + body("it")
                                                 + "\n\n— G. Benedetti: va in pagina domani, tagliare l'ultimo capoverso se serve\n"}}) + "\n"
     "$ curl -s \"" + EP + "/getLastEdited?apikey=$EP_APIKEY&padID=rassegna-2026-05-13\" | jq .\n"
     + js({"code": 0, "message": "ok", "data": {"lastEdited": 1778659200123}}) + "\n",
     exp("it", source="Il Piccolo"))
case("lookalike_etherpad_minutes_pt", "DeskServices Etherpad (the pad holds the newsroom meeting's minutes in prose under a heading: no article)",
     "$ curl -s \"https://pad.redacao.example/api/1.3.0/getText?apikey=$EP_APIKEY&padID=reuniao-2026-05-13\" | jq .\n"
     + js({"code": 0, "message": "ok", "data": {"text": "Reunião de redação — 13 de maio\n\n"
           "Estiveram presentes a Joana, o Rui e a Carla. Discutimos a cobertura das obras do Mercado Municipal e decidimos fazer uma reportagem com os comerciantes na próxima semana, com fotografias do Rui.\n\n"
           "A Carla vai pedir à Câmara os valores das rendas e o calendário do mercado provisório antes de sexta-feira, para fecharmos a página de sábado.\n"}}) + "\n",
     NONE)

# ======================= DeskServices: s-nail / mailx =======================
case("target_mailx_pt", "DeskServices s-nail (Heirloom mailx: `& p 2`, `Message 2:`, an `ENC:` subject, a Portuguese forward banner, mailx's `& q` after it)",
     "$ mailx -f ~/Mail/recortes\nHeirloom mailx version 12.5 7/5/10.  Type ? for help.\n\"/home/carla/Mail/recortes\": 2 messages 1 new\n"
     "    1 Joana Ferreira     Tue May 12 18:40  42/2011  Mercado: números da Câmara\n"
     ">N  2 Rui Carvalho       Wed May 13 08:55  61/3120  ENC: " + T("pt") + "\n"
     "& p 2\nMessage 2:\nFrom rcarvalho@diariodecoimbra.example  Wed May 13 08:55:12 2026\nDate: Wed, 13 May 2026 08:55:12 +0100\n"
     "From: Rui Carvalho <rcarvalho@diariodecoimbra.example>\nTo: recortes@diariodecoimbra.example\nSubject: ENC: " + T("pt") + "\n"
     "Content-Type: text/plain; charset=UTF-8\n\nPara a revista de amanhã.\n\n-------- Mensagem encaminhada --------\nAssunto: " + T("pt") + "\n"
     "Data: 12/05/2026 19:02\nDe: Diário de Coimbra <newsletter@diariodecoimbra.example>\n\n"
     + T("pt") + "\nDiário de Coimbra, 12 de maio de 2026\nPor Joana Ferreira\n\n" + body("pt") + "\n\n& q\nHeld 2 messages in /home/carla/Mail/recortes\n",
     exp("pt", source="Diário de Coimbra"))
case("lookalike_snail_invitation_fr", "DeskServices s-nail (the city's invitation to a site visit, its subject repeated as the body's heading: no article)",
     "$ s-nail -f ~/Mail/redaction\ns-nail version v14.9.24.  Type `?' for help\n\"/home/camille/Mail/redaction\": 2 messages 1 new\n"
     "    1 Julien Marchal     2026-05-12 17:02   30/1180  Médiathèque : chiffres\n"
     ">N  2 Ville de Nancy     2026-05-13 09:12   38/1702  Invitation : visite du chantier de la médiathèque\n"
     "? p 2\n[-- Message  2 -- 38 lines, 1702 bytes --]:\nDate: Wed, 13 May 2026 09:12:40 +0200\nFrom: Ville de Nancy <presse@nancy.example>\n"
     "To: redaction@estrepublicain.example\nSubject: Invitation : visite du chantier de la médiathèque\n\nMadame, Monsieur,\n\n"
     "Invitation : visite du chantier de la médiathèque\n\n"
     "La Ville de Nancy a le plaisir de vous convier à une visite du futur chantier d'extension de la médiathèque de la Manufacture, le mercredi 20 mai à 10 heures, en présence de l'adjointe au maire déléguée à la culture. Les architectes présenteront les plans de la salle de lecture et de l'auditorium.\n\n"
     "Merci de confirmer votre présence avant le lundi 18 mai auprès du service communication.\n\n-- \nService communication\nVille de Nancy\n? q\nHeld 2 messages in /home/camille/Mail/redaction\n",
     NONE)

# ======================= DeskServices: Zammad =======================
ZAMMAD = "$ curl -s -H \"Authorization: Token token=$ZAMMAD_TOKEN\" 'https://helpdesk.{host}/api/v1/ticket_articles/by_ticket/{n}?expand=true' | jq ."
case("target_zammad_html_en", "DeskServices Zammad (an HTML body: the forward's header block in `<br>` lines, the headline in `<h2>`, an internal note after it)",
     ZAMMAD.format(host="newsdesk.example", n=58812) + "\n" + js([
         {"id": 702114, "ticket_id": 58812, "type_id": 1, "sender_id": 2, "from": "Sam Patel <spatel@newsdesk.example>", "to": "cuttings@newsdesk.example",
          "cc": None, "subject": "Fwd: " + T("en"), "message_id": "<CAF3x9@mail.newsdesk.example>", "content_type": "text/html",
          "body": "<div>For the council file, see below.</div><div><br></div><div>---------- Forwarded message ---------<br>From: <strong>Eastern Daily Press</strong> &lt;newsletters@edp.example&gt;<br>"
                  "Date: Tue, 12 May 2026 at 18:05<br>Subject: " + T("en") + "<br>To: &lt;spatel@newsdesk.example&gt;<br></div><br>"
                  "<h2>" + T("en") + "</h2><p>Eastern Daily Press, 12 May 2026</p><p>By Megan Holloway</p>" + html(paras("en")),
          "internal": False, "created_at": "2026-05-13T07:12:40.120Z", "updated_at": "2026-05-13T07:12:40.120Z", "type": "email", "sender": "Customer",
          "created_by": "spatel@newsdesk.example", "attachments": []},
         {"id": 702131, "ticket_id": 58812, "type_id": 10, "sender_id": 1, "from": "Lena Hart", "to": None, "subject": None, "content_type": "text/html",
          "body": "<p>Filed under Anglia Square, thanks.</p>", "internal": True, "created_at": "2026-05-13T07:40:02.881Z", "type": "note", "sender": "Agent",
          "created_by": "lhart@newsdesk.example", "attachments": []}]) + "\n",
     exp("en", source="Eastern Daily Press"))
case("lookalike_zammad_reader_letter_it", "DeskServices Zammad (a reader's letter answering the article: `R: headline`, the headline quoted over the reader's prose: no article)",
     ZAMMAD.format(host="redazione.example", n=30417) + "\n" + js([
         {"id": 311902, "ticket_id": 30417, "type_id": 1, "sender_id": 2, "from": "Marco Bernardi <marco.bernardi@posta.example>", "to": "lettere@ilpiccolo.example",
          "subject": "R: " + T("it"), "content_type": "text/plain",
          "body": T("it") + "\n\nGentile redazione, ho letto l'articolo di ieri sul Molo Audace e vorrei segnalare che la chiusura durante l'estate penalizza soprattutto gli anziani che ogni sera ci vanno a passeggiare. "
                  "Non si poteva lavorare d'inverno, quando il molo è quasi deserto? Chiedo che il Comune almeno lasci aperta la parte finale nei fine settimana.\n\nCordiali saluti,\nMarco Bernardi",
          "internal": False, "created_at": "2026-05-13T10:04:51.337Z", "type": "email", "sender": "Customer", "created_by": "marco.bernardi@posta.example"}]) + "\n",
     NONE)

# ======================= DeskArchives: unzip of a word processor's file =======================
def w_p(text, style=None, italic=False):
    props = ('<w:pPr><w:pStyle w:val="' + style + '"/></w:pPr>') if style else ""
    run = "<w:rPr><w:i/></w:rPr>" if italic else ""
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    return '<w:p w:rsidR="00C41A7E" w:rsidRDefault="00C41A7E">' + props + "<w:r>" + run + '<w:t xml:space="preserve">' + esc + "</w:t></w:r></w:p>"

def docx_xml(ps):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + "".join(ps)
            + '<w:sectPr w:rsidR="00C41A7E"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"/></w:sectPr></w:body></w:document>')

def listing(name, size):
    return ("$ unzip -l " + name + "\nArchive:  " + name + "\n  Length      Date    Time    Name\n---------  ---------- -----   ----\n"
            "     1312  2026-05-13 08:47   [Content_Types].xml\n      590  2026-05-13 08:47   _rels/.rels\n"
            "     " + str(size) + "  2026-05-13 08:47   word/document.xml\n      731  2026-05-13 08:47   docProps/core.xml\n"
            "---------                     -------\n     " + str(size + 2633) + "                     4 files\n")

_de_doc = [w_p(T("de"), "berschrift1"), w_p("Rhein-Neckar-Zeitung, 12. Mai 2026", italic=True), w_p("Von Miriam Köhler")] + [w_p(p) for p in paras("de")]
case("target_unzip_docx_de", "DeskArchives unzip (a German Word's style id `berschrift1` for the headline, `unzip -l` then `unzip -p … word/document.xml`)",
     listing("Pressespiegel_2026-05-13.docx", 4410) + "$ unzip -p Pressespiegel_2026-05-13.docx word/document.xml\n" + docx_xml(_de_doc) + "\n$ \n",
     exp("de", source="Rhein-Neckar-Zeitung"))
case("target_unzip_odt_it", "DeskArchives unzip (`unzip -p ritaglio.odt content.xml`: `text:h`, the writer's name in a `text:span`)",
     "$ unzip -p ritaglio_molo_audace.odt content.xml\n"
     '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>'
     '<text:h text:style-name="Heading_20_1" text:outline-level="1">' + T("it") + "</text:h>"
     '<text:p text:style-name="P1">Il Piccolo, 12 maggio 2026</text:p><text:p text:style-name="P2">di <text:span text:style-name="T1">Paolo Zanetti</text:span></text:p>'
     + "".join('<text:p text:style-name="Standard">' + p + "</text:p>" for p in paras("it")) + "</office:text></office:body></office:document-content>\n",
     exp("it", source="Il Piccolo"))
_fr_memo = [w_p("Note à la rédaction : organisation pendant le chantier de la médiathèque", "Titre"),
            w_p("À partir du 1er juin, le parking de la rue Baron-Louis sera fermé pendant toute la durée du chantier de la médiathèque. Les journalistes qui viennent en voiture sont priés d'utiliser le parking Saint-Sébastien, dont les abonnements seront pris en charge par la direction."),
            w_p("Le service photo gardera son accès par la cour intérieure. Pour toute question, adressez-vous au secrétariat de rédaction.")]
case("lookalike_unzip_memo_fr", "DeskArchives unzip (the desk's own memo in a Word file, a `Titre` style over prose: no article)",
     listing("note_redaction_parking.docx", 2980) + "$ unzip -p note_redaction_parking.docx word/document.xml\n" + docx_xml(_fr_memo) + "\n$ \n",
     NONE)

# ======================= DeskArchives: a Rev.com transcript =======================
def rev(first, turns):
    out = [first, "Transcript by Rev.com", ""]
    for speaker, stamp, text in turns:
        out += [speaker + " (" + stamp + "):", text, ""]
    return "\n".join(out)

case("target_rev_es", "DeskArchives Rev (a Spanish audio edition: `Esta es la edición en audio de …`, `Por`, `Publicado el`, `Leído por`, the outro)",
     rev(T("es") + " - audio.mp3 (Completed 05/13/26)", [
         ("Speaker 1", "00:00", "Esta es la edición en audio de Diario de Cádiz. " + T("es") + ". Por Rocío Gallardo. Publicado el 12 de mayo de 2026. Leído por Carmen Ruiz."),
         ("Speaker 1", "00:14", paras("es")[0]), ("Speaker 1", "00:31", paras("es")[1]), ("Speaker 1", "00:47", paras("es")[2]),
         ("Speaker 1", "01:05", "Ha escuchado la edición en audio de Diario de Cádiz.")]),
     exp("es", source="Diario de Cádiz"))
case("lookalike_rev_briefing_en", "DeskArchives Rev (a council briefing's transcript whose file name the leader reads out: no article)",
     rev("Anglia Square briefing.m4a (Completed 05/12/26)", [
         ("Mike Stonard", "00:00", "Good morning everyone and welcome to this Anglia Square briefing. I'm going to set out what last night's decision means for residents and traders, and then I'll take your questions."),
         ("Mike Stonard", "00:21", "The housing company will start the demolition of Sovereign House in the autumn, and we have agreed with the Magdalen Street traders that the market stalls stay where they are for the first phase of the works."),
         ("Megan Holloway", "02:14", "Megan Holloway, Eastern Daily Press. Can you say how many of the 300 homes will be for social rent, and when the first tenants can move in?"),
         ("Mike Stonard", "02:20", "A third of them, so around a hundred homes, and we expect the first block to be finished in 2029 if the contractor keeps to the programme.")]),
     NONE)

# ======================= DeskArchives: a MARC 21 record =======================
case("target_marc_it", "DeskArchives MARC (catalogued in Italian, `245 $c di …`, `773 $t Il Piccolo $g 12/05/2026, p. 21`, `Testo completo:` over the text)",
     "LDR  00000naa a2200000 i 4500\n001  TSA0098812\n005  20260513094512.0\n008  260513s2026    it ||||| |||||||||||ita d\n"
     "040  $a IT-TS0123 $b ita $c IT-TS0123 $e reicat\n100 1_ $a Zanetti, Paolo $4 aut\n"
     "245 10 $a " + T("it") + " / $c di Paolo Zanetti\n336  $a testo $b txt $2 rdacontent\n"
     "773 08 $i In: $t Il Piccolo $g 12/05/2026, p. 21\n856 4_ $u https://ilpiccolo.example/trieste/molo-audace-restauro-1.188120\n\n"
     "Testo completo:\n\n" + body("it") + "\n",
     exp("it", source="Il Piccolo"))
case("lookalike_marc_book_pt", "DeskArchives MARC (a book's record with the publisher's summary pasted under `Resumo:`: no article)",
     "LDR  01023nam a2200289 i 4500\n001  PTBN001234567\n005  20260513101122.0\n008  250311s2025    po a          000 0 por d\n"
     "020  $a 9789722712345\n040  $a PT-LsBN $b por $c PT-LsBN $e rda\n100 1_ $a Carvalho, Rui $4 aut\n"
     "245 10 $a Mercados de Coimbra : $b arquitetura e comércio, 1867-2025 / $c Rui Carvalho\n"
     "264 _1 $a Coimbra : $b Imprensa da Universidade de Coimbra, $c 2025\n300  $a 212 p. : $b il. ; $c 24 cm\n"
     "650 _4 $a Mercados $z Coimbra $x História\n\nResumo:\n\n"
     "Este livro percorre a história dos mercados de Coimbra desde a inauguração do primeiro mercado coberto, em 1867, até aos projetos de requalificação mais recentes. "
     "O autor analisa a arquitetura do Mercado Municipal D. Pedro V e as transformações do comércio na Baixa ao longo de século e meio, com mais de cem fotografias de arquivo.\n",
     NONE)

# ======================= DeskArchives: a ZCZC telex =======================
def upper_noacc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").upper()

case("target_telex_fr", "DeskArchives telex (AFP in French without accents: slug, headline, `PAR …`, `NANCY, 12 MAI 2026 (AFP) - `, initials, stamp, `NNNN`)",
     "ZCZC\nAFP382 4 CLT 0412 /AFP-XQ27\nNANCY-MEDIATHEQUE\n" + upper_noacc(T("fr")) + "\nPAR JULIEN MARCHAL\n"
     "NANCY, 12 MAI 2026 (AFP) - " + upper_noacc(paras("fr")[0]) + "\n\n" + upper_noacc(paras("fr")[1]) + "\n\n" + upper_noacc(paras("fr")[2])
     + "\n\nJM/FB\nAFP 121634 GMT MAI 26\nNNNN\n",
     dict(title=upper_noacc(T("fr")), published="2026-05-12", source="AFP"))
case("lookalike_telex_daybook_es", "DeskArchives telex (EFE's regional daybook: a heading and the next day's appointments, no article)",
     "ZCZC\nEFE105 4 AGE 0298 /EFE-AV02\nPREVISIONES-ANDALUCIA\nPREVISIONES INFORMATIVAS DE EFE ANDALUCIA PARA EL MARTES 12 DE MAYO\n"
     "SEVILLA, 11 MAY (EFE) - PRINCIPALES CITAS INFORMATIVAS PREVISTAS PARA MAÑANA EN ANDALUCIA:\n\n"
     "CADIZ.- 10.00 HORAS.- EL ALCALDE PRESENTA EL PROYECTO DE RESTAURACION DE LA MURALLA DE SAN CARLOS. LUGAR: BALUARTE DE SAN CARLOS.\n\n"
     "SEVILLA.- 11.30 HORAS.- RUEDA DE PRENSA DEL CONSEJERO DE CULTURA SOBRE EL PLAN DE FORTIFICACIONES. LUGAR: PALACIO DE SAN TELMO.\n\n"
     "MALAGA.- 12.00 HORAS.- PRESENTACION DEL CALENDARIO DE OBRAS DEL PUERTO. LUGAR: EDIFICIO DE LA AUTORIDAD PORTUARIA.\n\n"
     "AV/MR\nEFE 111800 GMT MAY 26\nNNNN\n",
     NONE)

# ======================= DeskArchives: a routing slip =======================
case("target_slip_es", "DeskArchives routing slip (Spanish `Para:/De:/Fecha:/Asunto:`, a rule of `=`, the article with `Diario de Cádiz — day` and a byline)",
     "Para: Dirección de Comunicación\nDe: Lucía Ortega\nFecha: 13/05/2026\nAsunto: resumen de prensa\n" + "=" * 40 + "\n\n"
     + T("es") + "\nDiario de Cádiz — 12 de mayo de 2026\nPor Rocío Gallardo\n\n" + body("es") + "\n",
     exp("es", source="Diario de Cádiz"))
case("lookalike_slip_memo_fr", "DeskArchives routing slip (`À : / De : / Date : / Objet : note de service`, a rule, a memo under it: no article)",
     "À : Ensemble de la rédaction\nDe : Camille Roy\nDate : 13/05/2026\nObjet : note de service\n" + "-" * 40 + "\n\n"
     "Organisation pendant les travaux de la médiathèque\n\n"
     "À partir du 1er juin, le parking de la rue Baron-Louis sera fermé pendant toute la durée du chantier de la médiathèque de la Manufacture. Les journalistes qui viennent en voiture sont priés d'utiliser le parking Saint-Sébastien.\n\n"
     "Le service photo gardera son accès par la cour intérieure. Pour toute question, adressez-vous au secrétariat de rédaction.\n",
     NONE)
