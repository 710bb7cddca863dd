# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Second review of the previous stop's reader changes (4cfce39..97b082e): WebArchive (MHTML), ExportLines.isReceptionStamp
# run in, LayoutReader.isStandingMasthead / isMastheadOverTitle / isMastheadAboveSignedTitle, DateVocabulary.dateLineWords
# (erschienen/publiziert/paru/publicada/pubblicata), ConsoleRecords (mongosh, redis-cli HGETALL, `$` JSON answers: DynamoDB,
# kcat, ntfy, Feedbin), MailBodies (8/7-bit plain part), DisclosureNotes (ownership verb + owner), ExportLines.isBureau,
# ClippingLabels `Lines:` count, RuledNotes.hasOwnHead's price, containers with no article refused (Firestore, Prismic,
# psql, HAR), HAR answers in order, JSONMending, PsqlRecords' non-ASCII column names.
# Look-alikes first, then the rules' own shapes ("target_"). Written by the reviewer for this set; different texts from
# review_s53 (and nothing taken from .eval, the clipping_layouts batches or earlier review sets).
import base64, json, quopri

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def qp(html, charset="utf-8"):
    return quopri.encodestring(html.encode(charset)).decode("ascii")

def b64(html, charset="utf-8"):
    return base64.encodebytes(html.encode(charset)).decode("ascii")

def js(value):
    return json.dumps(value, ensure_ascii=False, indent=2)

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

def article_html(title, byline, iso, day, paras, lang="en", meta=True):
    head = '<meta charset="utf-8">' if meta else ""
    by = f'<p class="byline">{byline}</p>\n' if byline else ""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}<title>{title}</title></head>\n<body>\n'
            f'<article>\n<h1>{title}</h1>\n{by}<time datetime="{iso}">{day}</time>\n{body}</article>\n</body></html>\n')

def archive(parts, url, boundary="----MultipartBoundary--Zk81LmQw7rTy3Vb0pXs2----", line_end="\r\n", top_type="multipart/related"):
    """An MHTML file; parts: (content-type, transfer-encoding, body, location)."""
    out = ("From: <Saved by Blink>\nSnapshot-Content-Location: " + url + "\nSubject: saved\nDate: Mon, 9 Mar 2026 18:02:11 -0000\n"
           f'MIME-Version: 1.0\nContent-Type: {top_type};\n\ttype="text/html";\n\tboundary="{boundary}"\n\n\n')
    for ctype, enc, body, loc in parts:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {enc}\nContent-Location: {loc}\n\n{body}\n"
    out += f"--{boundary}--\n"
    return out.replace("\r\n", "\n").replace("\n", line_end)

def mail(headers, parts, boundary="=_Part_4471_9921.1741", top="multipart/alternative"):
    """A multipart mail; parts: (content-type, transfer-encoding, body)."""
    out = "\n".join(headers) + f'\nMIME-Version: 1.0\nContent-Type: {top}; boundary="{boundary}"\n\n'
    for ctype, enc, body in parts:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n\n{body}\n\n"
    return out + f"--{boundary}--\n"

def redis_quoted(prompt, key, pairs):
    flat = [x for p in pairs for x in p]
    def q(s):
        out = ""
        for b in s.encode("utf-8"):
            if b >= 0x80: out += "\\x%02x" % b
            elif b == 0x0A: out += "\\n"
            elif b == 0x22: out += '\\"'
            else: out += chr(b)
        return '"' + out + '"'
    w = len(str(len(flat)))
    lines = [f"{prompt}> HGETALL {key}"] + [f"{str(i + 1).rjust(w)}) {q(v)}" for i, v in enumerate(flat)] + [f"{prompt}> "]
    return "\n".join(lines) + "\n"

CASES = [
# ======== look-alikes ========
# ---- isStandingMasthead / isMastheadOverTitle / isMastheadAboveSignedTitle: a kicker, rubric or section over a title ----
("kicker_online_exclusive_en", "isMastheadOverTitle (`Online Exclusive` kicker right over the headline)", t(
    "Online Exclusive\nInside the warehouse that stores Britain's lost luggage",
    "By Tom Farrell", "9 March 2026",
    "Every year about 80,000 suitcases that never find their owners end up in a hangar outside Stoke-on-Trent."),
 dict(title="Inside the warehouse that stores Britain's lost luggage", authors=["Tom Farrell"], published="2026-03-09", source=None)),
("rubric_post_mortem_en", "isMastheadAboveSignedTitle (a column's name `Post Mortem` alone, blank, title, byline)", t(
    "Post Mortem",
    "What the collapse of Thameside Water tells us about regulation\nBy Helen Okafor",
    "When the utility entered special administration last month, the regulator had warned of its debts for six years."),
 dict(title="What the collapse of Thameside Water tells us about regulation", authors=["Helen Okafor"], source=None)),
("rubric_tv_review_en", "isMastheadOverTitle (`TV Review` section over the title)", t(
    "TV Review\nThe Long Night at Ward Nine",
    "By Gareth Lyle", "March 8, 2026",
    "Channel 4's three-part drama follows a junior doctor through a single winter shift in a Leeds hospital."),
 dict(title="The Long Night at Ward Nine", authors=["Gareth Lyle"], published="2026-03-08", source=None)),
("rubric_radio_silence_en", "isMastheadAboveSignedTitle (a column `Radio Silence` alone over a dated title)", t(
    "Radio Silence",
    "The week the pirate stations went quiet\nMarch 4, 2026",
    "For seven days in February, not one of the unlicensed stations on the Tottenham dial broadcast a note."),
 dict(title="The week the pirate stations went quiet", published="2026-03-04", source=None)),
("place_newport_news_en", "isMastheadAboveSignedTitle (a town `Newport News` alone over a signed title)", t(
    "Newport News",
    "Shipyard hires 3,000 welders for submarine work\nBy Carla Mendez",
    "Huntington Ingalls said on Friday it would add the jobs over two years as the Navy speeds up orders."),
 dict(title="Shipyard hires 3,000 welders for submarine work", authors=["Carla Mendez"], source=None)),
("place_post_falls_en", "isMastheadOverTitle (a town `Post Falls` right over a headline)", t(
    "Post Falls\nCity council approves new water tower on Prairie Avenue",
    "By Ben Aldous", "March 3, 2026",
    "The $4.2 million tank will hold a million gallons and should be finished by the end of 2027."),
 dict(title="City council approves new water tower on Prairie Avenue", authors=["Ben Aldous"], published="2026-03-03", source=None)),
("rubric_presse_etrangere_fr", "isMastheadOverTitle (rubrique `Presse étrangère` over the title)", t(
    "Presse étrangère\nCe que les journaux allemands retiennent du sommet de Bruxelles",
    "Par Hélène Marchal", "7 mars 2026",
    "Outre-Rhin, la plupart des quotidiens saluent un compromis « à l'arraché » sur le budget de la défense."),
 dict(title="Ce que les journaux allemands retiennent du sommet de Bruxelles", authors=["Hélène Marchal"], published="2026-03-07", source=None)),
("rubric_tribune_libre_fr", "isMastheadAboveSignedTitle (rubrique `Tribune` alone over a signed title)", t(
    "Tribune",
    "L'école rurale mérite mieux qu'une fermeture de classe\nPar Jean-Marc Poulain",
    "Chaque fermeture de classe dans un village est vécue comme un abandon, et elle l'est souvent."),
 dict(title="L'école rurale mérite mieux qu'une fermeture de classe", authors=["Jean-Marc Poulain"], source=None)),
("rubric_hebdo_fr", "isMastheadOverTitle (rubrique `Hebdo Culture` over the title)", t(
    "Hebdo Culture\nLa Comédie de Saint-Étienne rouvre sa grande salle",
    "Par Manon Vidal", "6 mars 2026",
    "Après dix-huit mois de travaux, le théâtre accueille de nouveau le public à partir du 14 mars."),
 dict(title="La Comédie de Saint-Étienne rouvre sa grande salle", authors=["Manon Vidal"], published="2026-03-06", source=None)),
("rubric_magazin_de", "isMastheadAboveSignedTitle (Ressort `Magazin` alone over a signed title)", t(
    "Magazin",
    "Die letzten Kohlenträger von Gelsenkirchen\nVon Birgit Sommer",
    "Noch vier Männer liefern in der Stadt Briketts aus, Sack für Sack, bis in den vierten Stock."),
 dict(title="Die letzten Kohlenträger von Gelsenkirchen", authors=["Birgit Sommer"], source=None)),
("rubric_nachrichten_kompakt_de", "isMastheadOverTitle (`Nachrichten kompakt` over a headline)", t(
    "Nachrichten kompakt\nBahn sperrt Strecke zwischen Hamm und Bielefeld",
    "Von Olaf Brandt", "4. März 2026",
    "Wegen Bauarbeiten fallen von Freitagabend bis Montagfrüh alle Regionalzüge aus, teilte die Bahn mit."),
 dict(title="Bahn sperrt Strecke zwischen Hamm und Bielefeld", authors=["Olaf Brandt"], published="2026-03-04", source=None)),
("rubric_report_de", "isMastheadAboveSignedTitle (`Der Report` alone over a dated title)", t(
    "Der Report",
    "Warum die Pflegeheime im Harz leer stehen\n5. März 2026",
    "In Wernigerode sind drei von elf Heimen nur zur Hälfte belegt, obwohl die Wartelisten lang sind."),
 dict(title="Warum die Pflegeheime im Harz leer stehen", published="2026-03-05", source=None)),
("place_pais_vasco_es", "isMastheadAboveSignedTitle (sección `País Vasco` alone over a signed title)", t(
    "País Vasco",
    "El Gobierno vasco aprueba el plan de vivienda para jóvenes\nPor Ane Etxeberria",
    "El programa prevé 4.000 pisos de alquiler asequible en Bilbao, Vitoria y San Sebastián hasta 2030."),
 dict(title="El Gobierno vasco aprueba el plan de vivienda para jóvenes", authors=["Ane Etxeberria"], source=None)),
("rubric_mundo_laboral_es", "isMastheadOverTitle (sección `Mundo laboral` over the title)", t(
    "Mundo laboral\nLos repartidores de Valencia firman su primer convenio",
    "Por Lucía Ferrer", "5 de marzo de 2026",
    "El acuerdo fija un salario base de 1.300 euros y limita la jornada a cuarenta horas semanales."),
 dict(title="Los repartidores de Valencia firman su primer convenio", authors=["Lucía Ferrer"], published="2026-03-05", source=None)),
("rubric_radio_es", "isMastheadAboveSignedTitle (sección `Radio y TV` alone over a dated title)", t(
    "Radio y TV",
    "La radio pública estrena un informativo en euskera\n6 de marzo de 2026",
    "El programa se emitirá de lunes a viernes a las siete de la mañana desde los estudios de Bilbao."),
 dict(title="La radio pública estrena un informativo en euskera", published="2026-03-06", source=None)),
("rubric_stampa_estera_it", "isMastheadOverTitle (rubrica `Stampa estera` over the title)", t(
    "Stampa estera\nCosa scrivono i giornali spagnoli sul caso Almaviva",
    "Di Paolo Ferri", "7 marzo 2026",
    "A Madrid il licenziamento dei duemila operatori di call center è finito in prima pagina su tutti i quotidiani."),
 dict(title="Cosa scrivono i giornali spagnoli sul caso Almaviva", authors=["Paolo Ferri"], published="2026-03-07", source=None)),
("rubric_corriere_tv_it", "isMastheadAboveSignedTitle (rubrica `Radio Tivù` alone over a signed title)", t(
    "Radio Tivù",
    "Sanremo, la Rai conferma la diretta dal Casinò\nDi Marta Colombo",
    "Per la prima volta dal 1977 una serata del festival sarà trasmessa dalla sala storica della città."),
 dict(title="Sanremo, la Rai conferma la diretta dal Casinò", authors=["Marta Colombo"], source=None)),
("rubric_correio_sentimental_pt", "isMastheadOverTitle (rubrica `Correio Sentimental` over the title)", t(
    "Correio Sentimental\nO meu marido quer mudar-se para o Alentejo",
    "Por Teresa Vaz", "8 de março de 2026",
    "Cara Teresa, estamos casados há vinte anos e ele fala agora de vender a casa de Lisboa."),
 dict(title="O meu marido quer mudar-se para o Alentejo", authors=["Teresa Vaz"], published="2026-03-08", source=None)),
("place_mundo_novo_pt", "isMastheadAboveSignedTitle (a town `Mundo Novo` alone over a signed title)", t(
    "Mundo Novo",
    "Seca obriga produtores de cacau a vender o gado\nPor Renato Alves",
    "No interior da Bahia, a chuva não chega há cinco meses e os açudes estão quase vazios."),
 dict(title="Seca obriga produtores de cacau a vender o gado", authors=["Renato Alves"], source=None)),
("rubric_diario_intimo_pt", "isMastheadAboveSignedTitle (crónica `Diário Íntimo` alone over a dated title)", t(
    "Diário Íntimo",
    "A última sessão do cinema Londres\n2 de março de 2026",
    "Fui ao cinema Londres pela primeira vez em 1974, com o meu pai, ver um filme de que já não me lembro."),
 dict(title="A última sessão do cinema Londres", published="2026-03-02", source=None)),
("headline_guardian_en", "isMastheadAboveSignedTitle (a one-line feature headline `Guardian Angels` then its deck and byline)", t(
    "Guardian Angels",
    "The volunteers who patrol the canal towpath at night\nBy Sian Rees",
    "They wear orange jackets and carry torches, and in three years they have pulled eleven people from the water."),
 dict(authors=["Sian Rees"], source=None)),
# ---- isReceptionStamp: intake-like lines that are no stamp ----
("stamp_headline_eingang_de", "isReceptionStamp (a headline `Eingang 3. März 2026 · …` is the title)", t(
    "Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt",
    "Von Tanja Roth",
    "Wer in Bochum einen Antrag per Post schickt, muss Geduld haben: Der Eingangsstempel allein dauert Wochen."),
 dict(title="Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt", authors=["Tanja Roth"])),
("stamp_headline_recebido_pt", "isReceptionStamp (a headline `Recebido em 2 de março | …`)", t(
    "Recebido em 2 de março | O primeiro lote de vacinas chega a Faro",
    "Por Inês Matos", "3 de março de 2026",
    "As 12 mil doses foram distribuídas pelos centros de saúde do Algarve ao longo da tarde de segunda-feira."),
 dict(title="Recebido em 2 de março | O primeiro lote de vacinas chega a Faro", authors=["Inês Matos"], published="2026-03-03")),
("stamp_first_sentence_en", "isReceptionStamp (the article's first line is a timeline `Received 4 March 2026 | …`)", t(
    "Tenants' complaint went unanswered for a year",
    "By Mark Hewitt\n10 March 2026",
    "Received 4 March 2025 | acknowledged 12 May | escalated 3 November | still open.",
    "That is the history of a damp complaint filed by a family in a council flat in Hackney."),
 dict(title="Tenants' complaint went unanswered for a year", authors=["Mark Hewitt"], published="2026-03-10")),
("stamp_recu_courrier_fr", "isReceptionStamp (`Reçu le 5 mars 2026 · …` in a reader's letter, under a dated head)", t(
    "Courrier des lecteurs : la ligne 12 ne passe plus",
    "9 mars 2026",
    "Reçu le 5 mars 2026 · Marie-Claude B., Villeurbanne",
    "Depuis janvier, le bus de 7 h 10 ne s'arrête plus devant le collège de mes enfants."),
 dict(title="Courrier des lecteurs : la ligne 12 ne passe plus", published="2026-03-09")),
("stamp_pervenuto_timeline_it", "isReceptionStamp (a ruling's `Pervenuto il 2 febbraio 2026 | …` line in the body)", t(
    "Il Tar annulla la gara per le mense scolastiche",
    "Di Giulia Serra", "8 marzo 2026",
    "Pervenuto il 2 febbraio 2026 | depositato il 4 | deciso il 6 marzo: il ricorso ha avuto una corsia veloce.",
    "I giudici hanno accolto le ragioni della cooperativa esclusa per un errore nella busta economica."),
 dict(title="Il Tar annulla la gara per le mense scolastiche", authors=["Giulia Serra"], published="2026-03-08")),
# ---- dateLineWords: paru/erschienen/publiziert/publicada/pubblicata about a book, a study or a law ----
("paru_book_line_head_fr", "dateLineWords (`Paru le …` of a novel under its notice; the review dated at the head)", t(
    "Un été à Douarnenez, le roman des sardinières",
    "Par Anne Le Goff", "4 mars 2026",
    "« Les Pennsardin », de Gaëlle Riou, Éditions du Rouergue, 320 pages, 21 euros.\nParu le 7 janvier 2026",
    "Gaëlle Riou raconte la grève de 1924 à travers trois ouvrières de la conserverie Chancerelle."),
 dict(title="Un été à Douarnenez, le roman des sardinières", authors=["Anne Le Goff"], published="2026-03-04")),
("erschienen_foot_de", "dateLineWords (`Erschienen am …` of a book at the foot; the review dated at its head)", t(
    "Ein Dorf erzählt seine Flucht",
    "Von Martin Kühn", "6. März 2026",
    "Der Historiker Peter Lang hat mit sechzig Bewohnern von Seelow gesprochen, die 1945 Kinder waren.",
    "Peter Lang: „Die Oderbrücke“. Ch. Links Verlag, 288 Seiten, 25 Euro.\nErschienen am 9. Januar 2026"),
 dict(title="Ein Dorf erzählt seine Flucht", authors=["Martin Kühn"], published="2026-03-06")),
("publiziert_study_nohead_de", "dateLineWords (a study's `Publiziert: …` line in an undated report)", t(
    "Mikroplastik im Bodensee nimmt zu",
    "Von Sabine Egli",
    "Forschende der Eawag haben an zwölf Stellen des Sees Proben genommen und fanden doppelt so viele Partikel wie 2019.",
    "Die Studie „Microplastics in Lake Constance“ (Water Research):\nPubliziert: 12. Februar 2026"),
 dict(title="Mikroplastik im Bodensee nimmt zu", authors=["Sabine Egli"], published=None)),
("publicada_boe_es", "dateLineWords (a decree's `Publicada en el BOE el …` under a dated report)", t(
    "La nueva ley de pesca obliga a registrar cada captura",
    "Por Xabier Otero", "5 de marzo de 2026",
    "Los pescadores recreativos tendrán que declarar sus capturas mediante una aplicación móvil a partir de julio.",
    "Ley 5/2026, de pesca sostenible.\nPublicada el 3 de marzo de 2026"),
 dict(title="La nueva ley de pesca obliga a registrar cada captura", authors=["Xabier Otero"], published="2026-03-05")),
("pubblicata_gazzetta_nohead_it", "dateLineWords (a decree's `Pubblicata il …` at the foot of an undated piece)", t(
    "Bonus caldaie, ecco chi può chiederlo",
    "Di Stefano Riva",
    "Il contributo copre fino al 65 per cento della spesa per le pompe di calore installate nel 2026.",
    "Decreto ministeriale 14/2026.\nPubblicata il 27 febbraio 2026"),
 dict(title="Bonus caldaie, ecco chi può chiederlo", authors=["Stefano Riva"], published=None)),
("parue_revue_nohead_fr", "dateLineWords (`Parue le …` of a journal's issue, undated interview)", t(
    "« La haie est une infrastructure agricole »",
    "Propos recueillis par Lucie Bernard",
    "L'agronome Paul Roussel a dirigé le numéro spécial de la revue Paysans consacré au bocage.",
    "Paysans, n° 412, « Haies vives ».\nParue le 20 février 2026"),
 dict(authors=["Lucie Bernard"], published=None)),
# ---- DisclosureNotes: an ownership sentence about a company the article covers ----
("disclosure_company_fund_en", "DisclosureNotes (`Disclosure: Northvolt belongs to … fund …`: a company the article covers)", t(
    "Battery maker cuts 1,600 jobs in Sweden",
    "By Erik Lund", "March 6, 2026",
    "Northvolt said on Thursday it would close two lines at its Skellefteå plant after losing a BMW order.",
    "Disclosure: Northvolt belongs to the portfolio of a pension fund that also holds shares in our parent company."),
 dict(title="Battery maker cuts 1,600 jobs in Sweden", authors=["Erik Lund"], published="2026-03-06", source=None)),
("disclosure_company_konzern_de", "DisclosureNotes (`Transparenzhinweis: Flink gehört … Konzern …`)", t(
    "Lieferdienst Flink schließt Lager in Köln",
    "Von Jana Weiß", "5. März 2026",
    "Rund 300 Fahrer verlieren ihre Arbeit, das Unternehmen will sich auf Berlin und Hamburg konzentrieren.",
    "Transparenzhinweis: Flink gehört mehrheitlich dem Lieferkonzern Getir, an dem auch ein Fonds unseres Verlags beteiligt ist."),
 dict(title="Lieferdienst Flink schließt Lager in Köln", authors=["Jana Weiß"], published="2026-03-05", source=None)),
("disclosure_company_fonds_fr", "DisclosureNotes (`Transparence : Doctolib appartient en partie au fonds …`)", t(
    "Doctolib lance la téléconsultation en pharmacie",
    "Par Claire Méry", "4 mars 2026",
    "La plateforme équipera 2 000 officines de cabines de consultation d'ici à la fin de l'année.",
    "Transparence : Doctolib appartient en partie au fonds Eurazeo, actionnaire minoritaire de notre groupe."),
 dict(title="Doctolib lance la téléconsultation en pharmacie", authors=["Claire Méry"], published="2026-03-04", source=None)),
("disclosure_company_grupo_es", "DisclosureNotes (`Nota de transparencia: Cabify pertenece … grupo …`)", t(
    "Cabify sale de Argentina tras doce años",
    "Por Diego Salas", "6 de marzo de 2026",
    "La empresa dejará de operar en Buenos Aires y Córdoba el 31 de marzo y despedirá a 140 empleados.",
    "Nota de transparencia: Cabify pertenece en parte al grupo Rakuten, que también es accionista de la empresa editora."),
 dict(title="Cabify sale de Argentina tras doce años", authors=["Diego Salas"], published="2026-03-06", source=None)),
("disclosure_company_gruppo_it", "DisclosureNotes (`Trasparenza: Satispay fa parte del gruppo …`)", t(
    "Satispay sbarca in Germania",
    "Di Luca Bassi", "5 marzo 2026",
    "L'app di pagamenti milanese è attiva da lunedì in 3.000 negozi di Monaco e Berlino.",
    "Trasparenza: Satispay fa parte del gruppo di aziende finanziate da Tencent, socio di minoranza del nostro editore."),
 dict(title="Satispay sbarca in Germania", authors=["Luca Bassi"], published="2026-03-05", source=None)),
("disclosure_company_familia_pt", "DisclosureNotes (`Nota de transparência: A Galp pertence … família …`)", t(
    "Galp vende refinaria de Sines",
    "Por Rui Moreira", "7 de março de 2026",
    "A petrolífera anunciou na sexta-feira a venda da unidade a um consórcio saudita por 1,4 mil milhões de euros.",
    "Nota de transparência: A Galp pertence em 7% à família Amorim, que não tem qualquer participação neste jornal."),
 dict(title="Galp vende refinaria de Sines", authors=["Rui Moreira"], published="2026-03-07", source=None)),
# ---- isBureau: `<words> office` that is no newsroom's office ----
("bureau_home_office_mail_en", "isBureau (a Home Office press mail, its address not spelling the name)", crlf(
    "From: Home Office <newsdesk@homeoffice.example.gov.uk>\nTo: desk@example.org\nSubject: Visa fees to rise from April\n"
    "Date: Tue, 3 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "Visa fees to rise from April\n\nFees for work and study visas will rise by 7% from 9 April, the Home Office announced today.\n"),
 dict(title="Visa fees to rise from April", authors=[])),
("bureau_oval_office_line_en", "isBureau (`Oval Office` as a feature's one-line kicker over the title)", t(
    "Oval Office",
    "The desk that has seen nine presidents\nBy Amy Carter",
    "The Resolute desk was carved from the timbers of a British ship found abandoned in the Arctic."),
 dict(title="The desk that has seen nine presidents", authors=["Amy Carter"], source=None)),
("bureau_box_office_en", "isBureau (`Box Office` as a chart's heading in a film column)", t(
    "Cinemas post best February since 2019",
    "By Nadia Hollis", "March 2, 2026",
    "Box Office",
    "UK cinemas took £84m in February, with the animated sequel leading for a third weekend."),
 dict(title="Cinemas post best February since 2019", authors=["Nadia Hollis"], published="2026-03-02", source=None)),
("bureau_glasgow_office_mail_en", "isBureau (a newsroom's `Glasgow office` as sender: no source)", crlf(
    "From: Glasgow office <glasgow@newsdesk.example.co.uk>\nTo: copy@newsdesk.example.co.uk\nSubject: Clyde ferry contract delayed again\n"
    "Date: Wed, 4 Mar 2026 16:40:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "Clyde ferry contract delayed again\n\nBy Fiona Grant\n\nThe two vessels ordered in 2015 will not enter service before 2027, ministers admitted.\n"),
 dict(title="Clyde ferry contract delayed again", authors=["Fiona Grant"], source=None)),
# ---- ClippingLabels `Lines:`: a count after it is a header ----
("lines_poem_year_en", "`Lines:` with a count (a poem titled `Lines: 1916` on a literary page)", t(
    "Lines: 1916",
    "By Owen Price",
    "My grandfather went out at dawn\nwith a tin of tea and a borrowed coat,\nand the sea took him before the rain."),
 dict(title="Lines: 1916", authors=["Owen Price"])),
# ---- RuledNotes.hasOwnHead's price: an article's own deck with a figure and a currency ----
("ruled_deck_price_de", "RuledNotes.hasOwnHead (a recommended article whose deck holds a sum in euros)", t(
    "Empfohlen von Jana Ohm, 4. März 2026",
    "----------------------------------------",
    "Bahn saniert 40 Hauptstrecken\nKosten bis 2030: 27 Milliarden Euro",
    "Von Peter Hahn",
    "Die Deutsche Bahn will bis zum Ende des Jahrzehnts 40 stark befahrene Korridore komplett erneuern."),
 dict(title="Bahn saniert 40 Hauptstrecken", authors=["Peter Hahn"])),
("ruled_deck_price_en", "RuledNotes.hasOwnHead (a recommended article whose deck is `£4bn …`)", t(
    "Recommended by Sarah Collins, March 3, 2026",
    "________________________________________",
    "Council approves tram extension\n£410m line to reach the airport by 2029",
    "By Neil Harper",
    "The extension will add six stops between the city centre and the terminal, the council said."),
 dict(title="Council approves tram extension", authors=["Neil Harper"])),
# ---- WebArchive: archives whose first HTML part is not the article ----
("mht_frameset_first_en", "WebArchive (IE .mht of a frameset: the first HTML part is the frameset, the article a later part)",
 archive([
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp('<html><head><title>Evening Star</title></head><frameset cols="20%,80%"><frame src="nav.htm"><frame src="story.htm"></frameset></html>'), "http://archive.example.com/index.htm"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp('<html><body><ul><li><a href="story.htm">Today</a></li><li><a href="x.htm">Sport</a></li></ul></body></html>'), "http://archive.example.com/nav.htm"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(article_html("Harbour bridge to close for six weeks", "By Karen Doyle", "2026-03-05", "March 5, 2026",
        ["The swing bridge over the inner harbour will close on April 1 so its 1930s gears can be replaced.", "Drivers will be sent round the ring road, adding about ten minutes to a journey."])), "http://archive.example.com/story.htm"),
 ], "http://archive.example.com/index.htm"),
 dict(title="Harbour bridge to close for six weeks", authors=["Karen Doyle"], published="2026-03-05")),
("mht_ad_iframe_first_de", "WebArchive (an archive whose first HTML part is an ad's iframe, the page after it)",
 archive([
    ("text/html", "quoted-printable", qp('<html><body><a href="https://ads.example.net/c?id=7"><img src="https://ads.example.net/b.gif" width="300"></a></body></html>'), "https://ads.example.net/frame.html"),
    ("text/html", "quoted-printable", qp(article_html("Kreis Plön baut vier neue Radwege", "Von Anke Jessen", "2026-03-04", "4. März 2026",
        ["Insgesamt 18 Kilometer sollen bis 2027 entstehen, das Land übernimmt drei Viertel der Kosten.", "Die erste Strecke führt von Preetz nach Schellhorn."], lang="de")), "https://www.example-kn.de/ploen/radwege"),
 ], "https://www.example-kn.de/ploen/radwege"),
 dict(title="Kreis Plön baut vier neue Radwege", authors=["Anke Jessen"], published="2026-03-04")),
("mht_cookie_first_fr", "WebArchive (the first HTML part a consent iframe, the article after it, LF)",
 archive([
    ("text/html", "quoted-printable", qp('<html><head><title>Vos choix</title></head><body><h2>Nous respectons votre vie privée</h2><button>Tout accepter</button></body></html>'), "https://consent.example.fr/cmp.html"),
    ("text/html", "base64", b64(article_html("Le port de Sète accueille son premier paquebot électrique", "Par Louis Bonnet", "2026-03-06", "6 mars 2026",
        ["Le navire de 140 mètres a été branché au quai d'Alger pendant toute son escale de dix heures.", "La région a financé l'équipement à hauteur de 12 millions d'euros."], lang="fr")), "https://www.example-midi.fr/sete"),
 ], "https://www.example-midi.fr/sete", line_end="\n"),
 dict(title="Le port de Sète accueille son premier paquebot électrique", authors=["Louis Bonnet"], published="2026-03-06")),
("mail_related_not_archive_es", "WebArchive (a newsletter mail, multipart/related, From and Subject: the HTML is its body)", crlf(
    "From: Boletín Ayuntamiento de Gijón <boletin@gijon.example.es>\nTo: redaccion@example.es\nSubject: Gijón amplía el horario de las bibliotecas\n"
    "Date: Mon, 2 Mar 2026 09:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"rel_77\"\n\n"
    "--rel_77\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp("<html><body><img src=\"cid:escudo\"><h1>Gijón amplía el horario de las bibliotecas</h1><p>Desde el 9 de marzo, las seis bibliotecas municipales abrirán también los sábados por la tarde.</p></body></html>")
    + "\n--rel_77\nContent-Type: image/png\nContent-ID: <escudo>\nContent-Transfer-Encoding: base64\n\n" + PNG + "\n--rel_77--\n"),
 dict(title="Gijón amplía el horario de las bibliotecas")),
# ---- MailBodies: a multipart mail whose plain part is no article ----
("mail_plain_signature_html_article_en", "MailBodies (8bit plain part is a client's stub; the article is in the HTML part)", crlf(mail(
    ["From: Priya Nair <priya.nair@example.org>", "To: desk@example.org", "Subject: FW: clipping for Monday", "Date: Sun, 8 Mar 2026 21:14:00 +0000"],
    [("text/plain; charset=utf-8", "8bit", "This message is in HTML. Please view it in an HTML-capable mail client.\n\n--\nPriya Nair\nSent from my iPhone"),
     ("text/html; charset=utf-8", "quoted-printable", qp("<html><body><h1>Ferry fares frozen for islanders</h1><p>By Callum Reid</p><p>March 6, 2026</p>"
        "<p>Residents of Arran and Bute will pay the same fares until 2028, the transport minister said.</p></body></html>"))])),
 dict(title="Ferry fares frozen for islanders")),
("mail_plain_note_de", "MailBodies (7bit plain part holds only the sender's note; the clipping in HTML)", crlf(mail(
    ["From: Lars Engel <l.engel@example.de>", "To: archiv@example.de", "Subject: Artikel", "Date: Fri, 6 Mar 2026 08:01:00 +0100"],
    [("text/plain; charset=us-ascii", "7bit", "Siehe unten.\n\nGruss Lars"),
     ("text/html; charset=utf-8", "quoted-printable", qp("<html><body><p>Siehe unten.</p><h2>Lübeck verbietet Laubbläser</h2><p>Von Heike Brandt</p>"
        "<p>Ab Oktober dürfen in der Altstadt keine benzinbetriebenen Laubbläser mehr eingesetzt werden.</p></body></html>"))])),
 dict(title="Lübeck verbietet Laubbläser")),
("mail_plain_calendar_fr", "MailBodies (a meeting invitation: 8bit plain part and a text/calendar part)", crlf(mail(
    ["From: Secrétariat de rédaction <sr@example.fr>", "To: redaction@example.fr", "Subject: Conférence de rédaction jeudi 10 h", "Date: Tue, 3 Mar 2026 17:30:00 +0100"],
    [("text/plain; charset=utf-8", "8bit", "Conférence de rédaction jeudi à 10 h, salle Jaurès.\nOrdre du jour : plan du week-end, budget photo."),
     ("text/calendar; charset=utf-8; method=REQUEST", "7bit", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260305T090000Z\nSUMMARY:Conférence de rédaction\nEND:VEVENT\nEND:VCALENDAR")],
    top="multipart/mixed")),
 dict(authors=[], published=None)),
# ---- ConsoleRecords: prints of stores that hold no article ----
("mongo_users_en", "ConsoleRecords.mongoDocument (a users collection: no article)",
 "newsroom> db.users.find({ role: 'editor' })\n[\n  {\n    _id: ObjectId('65f0c1d2e3f4a5b6c7d8e9f0'),\n    name: 'Rachel Moss',\n"
 "    email: 'rmoss@example.org',\n    role: 'editor',\n    title: 'Deputy News Editor',\n    createdAt: ISODate('2023-11-02T09:15:00.000Z')\n  },\n"
 "  {\n    _id: ObjectId('65f0c1d2e3f4a5b6c7d8e9f1'),\n    name: 'Idris Khan',\n    email: 'ikhan@example.org',\n    role: 'editor',\n"
 "    title: 'Night Editor',\n    createdAt: ISODate('2024-01-15T18:40:00.000Z')\n  }\n]\nnewsroom> \n",
 dict(title=None)),
("mongo_comment_fr", "ConsoleRecords.mongoDocument (a reader's comment with author and date: no article)",
 "site> db.commentaires.findOne({ articleId: 'a8812' })\n{\n  _id: ObjectId('65f3aa01bc02cd03de04ef05'),\n  articleId: 'a8812',\n"
 "  auteur: 'Jacques D.',\n  texte: 'Encore une fois, personne ne parle des riverains de la rocade.',\n"
 "  date: ISODate('2026-03-05T20:11:00.000Z'),\n  modere: true\n}\n",
 dict(title=None)),
("redis_session_en", "ConsoleRecords.redisHash (a web session hash: no article)",
 redis_quoted("127.0.0.1:6379", "session:3f9a1c", [("user_id", "88213"), ("name", "Rachel Moss"), ("last_page", "/politics/budget-vote-live"),
     ("page_title", "Budget vote: live updates"), ("created_at", "1741430000"), ("expires", "1741516400")]),
 dict(title=None)),
("redis_raw_cache_de", "ConsoleRecords.redisHash (--raw: a rate limiter's hash, no article)",
 "$ redis-cli --raw HGETALL ratelimit:api:203.0.113.7\ncount\n118\nwindow_start\n1741431600\nlimit\n120\nblocked\n0\n$ \n",
 dict(title=None)),
("dynamo_order_en", "ConsoleRecords.answers + ServiceDocuments.dynamoItem (a bookshop's order item with a `title`: no article)",
 "$ aws dynamodb get-item --table-name Orders --key '{\"order_id\": {\"S\": \"O-55120\"}}'\n" + js({"Item": {
    "order_id": {"S": "O-55120"}, "customer": {"S": "Laura Bennett"}, "title": {"S": "The Salt Path"}, "author": {"S": "Raynor Winn"},
    "quantity": {"N": "2"}, "price": {"N": "9.99"}, "ordered_at": {"S": "2026-03-04T11:20:00Z"}, "status": {"S": "SHIPPED"}}}) + "\n",
 dict(title=None)),
("dynamo_event_es", "ConsoleRecords.answers (a DynamoDB query of an events table: no article)",
 "$ aws dynamodb query --table-name Agenda --key-condition-expression \"ciudad = :c\"\n" + js({"Items": [{
    "ciudad": {"S": "Zaragoza"}, "nombre": {"S": "Feria del libro antiguo"}, "lugar": {"S": "Plaza de los Sitios"},
    "inicio": {"S": "2026-04-10"}, "fin": {"S": "2026-04-19"}}], "Count": 1, "ScannedCount": 1}) + "\n",
 dict(title=None)),
("kcat_metric_en", "ConsoleRecords.answers + kafkaPayload (a metrics topic: no article)",
 "$ kcat -C -b broker:9092 -t host-metrics -o -1 -e -J\n" + json.dumps({"topic": "host-metrics", "partition": 2, "offset": 99120, "tstype": "create",
    "ts": 1741432000123, "key": "web-3", "payload": json.dumps({"host": "web-3", "metric": "cpu_load", "value": 0.93, "unit": "ratio", "at": "2026-03-08T11:06:40Z"})})
 + "\n% Reached end of topic host-metrics [2] at offset 99121: exiting\n",
 dict(title=None)),
("kcat_pageview_de", "ConsoleRecords.answers + kafkaPayload (a page-view event naming an article's title: no article)",
 "$ kcat -C -b kafka:9092 -t pageviews -c 1 -J\n" + json.dumps({"topic": "pageviews", "partition": 0, "offset": 5512, "tstype": "create",
    "ts": 1741432100456, "key": None, "payload": json.dumps({"event": "page_view", "title": "Bahn sperrt Strecke zwischen Hamm und Bielefeld",
    "path": "/nrw/bahn-sperrung", "user": "anon-71c2", "viewedAt": "2026-03-08T11:08:20Z"}, ensure_ascii=False)}, ensure_ascii=False) + "\n",
 dict(title=None)),
("ntfy_alert_en", "ConsoleRecords.answers + isNtfyMessage (a server alert: no article)",
 "$ curl -s \"https://ntfy.example.org/ops-alerts/json?poll=1\"\n" + json.dumps({"id": "aX81kLq2", "time": 1741432500, "expires": 1741475700,
    "event": "message", "topic": "ops-alerts", "title": "Disk almost full on cms-db-2", "message": "/var/lib/postgresql at 94% (38.2 of 40 GiB). Autovacuum lagging.",
    "priority": 4, "tags": ["warning"]}) + "\n",
 dict(title=None)),
("ntfy_reminder_it", "ConsoleRecords.answers + isNtfyMessage (a desk reminder: no article)",
 "$ curl -s ntfy.sh/redazione-promemoria/json?poll=1\n" + json.dumps({"id": "Qm2b9Zr", "time": 1741433000, "event": "open", "topic": "redazione-promemoria"}) + "\n"
 + json.dumps({"id": "Qm2b9Zs", "time": 1741433010, "event": "message", "topic": "redazione-promemoria", "title": "Chiusura pagine",
    "message": "Le pagine di cronaca chiudono alle 22:30 stasera, non alle 23."}, ensure_ascii=False) + "\n",
 dict(title=None)),
("feedbin_podcast_en", "ConsoleRecords.known + feedbinEntry (a podcast episode's entry: the show is no writer)",
 "$ curl -s -u desk@example.org:*** https://api.feedbin.com/v2/entries/4419021.json\n" + js({"id": 4419021, "feed_id": 2207, "title": "Episode 212: The Lighthouse Keepers",
    "url": "https://pod.example.com/212", "extracted_content_url": "https://extract.feedbin.com/parser/feedbin/abc", "author": "Coastal Stories Podcast",
    "content": "<p>This week we visit the last manned lighthouse in England and talk to the people who kept the lamps lit.</p><p>Music by Ana Ruiz.</p>",
    "summary": "This week we visit the last manned lighthouse in England.", "published": "2026-03-03T05:00:00.000000Z", "created_at": "2026-03-03T05:12:40.118263Z",
    "enclosure": {"enclosure_url": "https://pod.example.com/212.mp3", "enclosure_type": "audio/mpeg", "itunes_duration": "00:41:12"}}) + "\n",
 dict(authors=[])),
("curl_weather_fr", "ConsoleRecords.answers (a weather API's answer under `$ curl`: no article)",
 "$ curl -s \"https://api.example-meteo.fr/v1/previsions?ville=Brest\"\n" + js({"ville": "Brest", "mise_a_jour": "2026-03-08T06:00:00+01:00",
    "titre": "Prévisions à 3 jours", "jours": [{"date": "2026-03-08", "ciel": "averses", "tmin": 6, "tmax": 11}, {"date": "2026-03-09", "ciel": "éclaircies", "tmin": 5, "tmax": 12}]}) + "\n",
 dict(title=None)),
("shell_cat_article_en", "ConsoleRecords.answers (a `$ cat` of a clipping: the text under the command is the article)",
 "$ cat clippings/2026-03-05-ferry.txt\n\nIsland ferry returns after four-month repair\n\nBy Moira Shaw\nMarch 5, 2026\n\n"
 "The MV Loch Seaforth resumed sailings to Stornoway on Thursday after engine repairs that cost £3.1m.\n",
 dict(title="Island ferry returns after four-month repair", authors=["Moira Shaw"], published="2026-03-05")),
# ---- containers that hold no article (Firestore, Prismic, psql, HAR) ----
("psql_events_pt", "PsqlRecords.opensSession (an events table's record: no article)",
 "agenda=# \\x\nExpanded display is on.\nagenda=# SELECT * FROM eventos WHERE id = 71;\n-[ RECORD 1 ]----------------------------------\n"
 "id          | 71\ntítulo      | Feira do Livro do Porto\nlocal       | Jardins do Palácio de Cristal\ninício      | 2026-08-29\nfim         | 2026-09-14\n\n",
 dict(title=None)),
("har_login_json_en", "ServiceDocuments.harAnswers (a HAR of a login API: no article)",
 js({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
    {"request": {"method": "POST", "url": "https://accounts.example.com/api/session"},
     "response": {"status": 200, "content": {"size": 120, "mimeType": "application/json",
        "text": json.dumps({"user": {"id": 8812, "name": "Rachel Moss", "title": "Deputy News Editor"}, "token": "eyJhbGciOi", "expires": "2026-03-09T10:00:00Z"})}}}]}}) + "\n",
 dict(title=None)),
]

CASES += [
# ======== targets: the rules' own shapes, written fresh ========
# ---- mastheads ----
("target_masthead_signed_caps_fr", "isMastheadAboveSignedTitle (`LE SOIR` alone, blank, title, byline)", t(
    "LE SOIR",
    "Bruxelles ferme trois tunnels pour l'été\nPar Benoît Lambert",
    "Les tunnels Léopold II, Belliard et Montgomery seront fermés de nuit pendant huit semaines."),
 dict(title="Bruxelles ferme trois tunnels pour l'été", authors=["Benoît Lambert"], source="LE SOIR")),
("target_masthead_signed_de", "isMastheadAboveSignedTitle (`Der Standard` alone, blank, title, day)", t(
    "Der Standard",
    "Wien verlängert die U2 bis Gudrunstraße\n5. März 2026",
    "Die neue Endstation soll 2028 eröffnen, die Kosten steigen auf 1,1 Milliarden Euro."),
 dict(title="Wien verlängert die U2 bis Gudrunstraße", published="2026-03-05", source="Der Standard")),
("target_masthead_signed_it_crlf", "isMastheadAboveSignedTitle (`IL MESSAGGERO` alone over a signed title, CRLF)", crlf(t(
    "IL MESSAGGERO",
    "Roma, la metro C arriva a piazza Venezia\nDi Chiara Vitale",
    "Il cantiere della stazione sotto il Vittoriano si chiuderà entro il 2032, secondo il nuovo cronoprogramma.")),
 dict(title="Roma, la metro C arriva a piazza Venezia", authors=["Chiara Vitale"], source="IL MESSAGGERO")),
("target_masthead_over_title_en", "isMastheadOverTitle (`Irish Independent` right over the title, no byline)", t(
    "Irish Independent\nDublin Port to double cruise ship fees",
    "Cruise lines will pay €9 a passenger from next year, up from €4.50, the port company said on Tuesday."),
 dict(title="Dublin Port to double cruise ship fees", source="Irish Independent")),
("target_masthead_over_title_es", "isMastheadOverTitle (`El Periódico` right over the title)", t(
    "El Periódico\nBarcelona limita los pisos turísticos en Gràcia",
    "El Ayuntamiento no concederá nuevas licencias en el distrito durante los próximos cinco años."),
 dict(title="Barcelona limita los pisos turísticos en Gràcia", source="El Periódico")),
("target_masthead_over_title_pt", "isMastheadOverTitle (`Diário Económico` right over the title, a day under)", t(
    "Diário Económico\nCTT fecham 30 lojas no interior",
    "4 de março de 2026",
    "A empresa diz que as lojas serão substituídas por postos em juntas de freguesia e papelarias."),
 dict(title="CTT fecham 30 lojas no interior", published="2026-03-04", source="Diário Económico")),
# ---- intake stamps run in ----
("target_stamp_runin_pipe_en", "isReceptionStamp run in (`RECEIVED APR 2 1991 | REFER: CITY DESK`)", t(
    "RECEIVED APR 2 1991 | REFER: CITY DESK",
    "Mayor Names New Police Chief\nBy Arthur Greene",
    "Mayor Helen Dyson on Monday named Deputy Chief Ray Morales to lead the city's 900-officer department."),
 dict(title="Mayor Names New Police Chief", authors=["Arthur Greene"])),
("target_stamp_runin_de_crlf", "isReceptionStamp run in (`Eingang 14. Mai 1992 · Wv. 21.5. · Verkehr`, CRLF)", crlf(t(
    "Eingang 14. Mai 1992 · Wv. 21.5. · Verkehr",
    "Stadtbahn soll bis Hochheim fahren\nVon Gerd Maurer",
    "Der Magistrat hat am Dienstag die Pläne für die Verlängerung der Linie um drei Kilometer gebilligt.")),
 dict(title="Stadtbahn soll bis Hochheim fahren", authors=["Gerd Maurer"])),
("target_stamp_runin_it", "isReceptionStamp run in (`Pervenuto il 3 febbraio 1994 | Archivio: Sanità`)", t(
    "Pervenuto il 3 febbraio 1994 | Archivio: Sanità",
    "Chiude il reparto di maternità di Cittiglio\nDi Franco Bossi",
    "Da lunedì le partorienti dovranno rivolgersi all'ospedale di Varese, a trenta chilometri."),
 dict(title="Chiude il reparto di maternità di Cittiglio", authors=["Franco Bossi"])),
("target_stamp_runin_pt", "isReceptionStamp run in (`Recebido em 11 de junho de 1990 · Arquivo: Economia`)", t(
    "Recebido em 11 de junho de 1990 · Arquivo: Economia",
    "Governo privatiza a Unicer\nPor Manuel Sousa",
    "O Conselho de Ministros aprovou ontem a venda de 49 por cento do capital da cervejeira."),
 dict(title="Governo privatiza a Unicer", authors=["Manuel Sousa"])),
# ---- date lines ----
("target_paru_fr", "dateLineWords (`Paru le …` as the article's date line, a time after it)", t(
    "La Loire à vélo fête ses vingt ans",
    "Par Yann Guérin", "Paru le 7 mars 2026 à 06h45",
    "Depuis 2006, plus de dix millions de cyclistes ont parcouru les 900 kilomètres de l'itinéraire."),
 dict(title="La Loire à vélo fête ses vingt ans", authors=["Yann Guérin"], published="2026-03-07")),
("target_erschienen_de", "dateLineWords (`erschienen am …` as the date line)", t(
    "Hamburger Hafen verliert Marktanteile",
    "Von Nils Petersen", "erschienen am 6. März 2026",
    "Der Umschlag sank im vergangenen Jahr auf 7,3 Millionen Standardcontainer, Rotterdam und Antwerpen legten zu."),
 dict(title="Hamburger Hafen verliert Marktanteile", authors=["Nils Petersen"], published="2026-03-06")),
("target_publicada_es", "dateLineWords (`Publicada el …` as the date line, an hour after it)", t(
    "Sevilla planta 5.000 naranjos nuevos",
    "Por Rocío Márquez", "Publicada el 4 de marzo de 2026, 09:20",
    "El Ayuntamiento repondrá los árboles perdidos por la sequía en los barrios de Triana y Nervión."),
 dict(title="Sevilla planta 5.000 naranjos nuevos", authors=["Rocío Márquez"], published="2026-03-04")),
# ---- ConsoleRecords: articles in prints ----
("target_mongo_findone_fr", "ConsoleRecords.mongoDocument (findOne of an article, French fields)",
 "revue> db.coupures.findOne({ _id: ObjectId('65f4b1c2d3e4f5a6b7c8d9e0') })\n{\n  _id: ObjectId('65f4b1c2d3e4f5a6b7c8d9e0'),\n"
 "  titre: 'Le tramway de Tours prolongé jusqu’à Chambray',\n  auteurs: [ 'Élise Moreau' ],\n  source: 'La Nouvelle République',\n"
 "  datePublication: ISODate('2026-03-05T06:00:00.000Z'),\n"
 "  texte: 'La deuxième ligne desservira l’hôpital Trousseau dès 2028.\\n\\nLe chantier commence en septembre.',\n"
 "  ajoutePar: { nom: 'Hélène Roux', le: ISODate('2026-03-06T08:12:00.000Z') }\n}\nrevue> \n",
 dict(title="Le tramway de Tours prolongé jusqu’à Chambray", authors=["Élise Moreau"], published="2026-03-05T06:00:00Z", source="La Nouvelle République")),
("target_mongo_find_es_crlf", "ConsoleRecords.mongoDocument (find() list, backtick string, CRLF)", crlf(
 "prensa> db.articulos.find({ medio: 'La Voz de Galicia' }).limit(1)\n[\n  {\n    _id: ObjectId('65f4b1c2d3e4f5a6b7c8d9e1'),\n"
 "    titular: 'Vigo recupera el tranvía eléctrico',\n    autor: 'Breixo Castro',\n    medio: 'La Voz de Galicia',\n"
 "    fecha: ISODate('2026-03-03T07:30:00.000Z'),\n    cuerpo: `El Concello aprobó el proyecto de una primera línea entre Bouzas y la estación de Urzáiz.`,\n"
 "    guardado: ISODate('2026-03-07T10:00:00.000Z')\n  }\n]\n"),
 dict(title="Vigo recupera el tranvía eléctrico", authors=["Breixo Castro"], published="2026-03-03T07:30:00Z", source="La Voz de Galicia")),
("target_redis_quoted_it", "ConsoleRecords.redisHash (quoted, \\xNN escapes for accents)",
 redis_quoted("cache:6379", "articolo:5521", [("titolo", "Bologna, più corse notturne per i bus"), ("autore", "Elena Galli"),
     ("testata", "Corriere di Bologna"), ("data_pubblicazione", "2026-03-06"), ("testo", "Da aprile le linee 13 e 27 passeranno ogni venti minuti fino alle due di notte."),
     ("salvato_il", "1741512000")]),
 dict(title="Bologna, più corse notturne per i bus", authors=["Elena Galli"], published="2026-03-06", source="Corriere di Bologna")),
("target_redis_raw_pt", "ConsoleRecords.redisHash (--raw, a value over two lines)",
 "$ redis-cli --raw HGETALL noticia:907\ntitulo\nPorto alarga a zona de emissões reduzidas\nautor\nCatarina Lopes\nfonte\nJornal de Notícias\n"
 "data\n2026-03-04\ncorpo\nA partir de junho, os carros anteriores a 2000 não poderão circular na Baixa.\nA multa será de 60 euros.\n$ \n",
 dict(title="Porto alarga a zona de emissões reduzidas", authors=["Catarina Lopes"], published="2026-03-04", source="Jornal de Notícias")),
("target_dynamo_de", "ConsoleRecords.answers + dynamoItem (get-item of an article, German fields)",
 "$ aws dynamodb get-item --table-name Artikel --key '{\"id\": {\"S\": \"k-88\"}}'\n" + js({"Item": {
    "id": {"S": "k-88"}, "ueberschrift": {"S": "Kiel baut Landstrom für Fähren aus"}, "autoren": {"L": [{"S": "Jens Carstens"}]},
    "quelle": {"S": "Kieler Nachrichten"}, "veroeffentlicht": {"S": "2026-03-05"},
    "text": {"S": "Ab Sommer können auch die Schwedenfähren am Norwegenkai Strom von Land beziehen."}, "gespeichert": {"N": "1741600000"}}}) + "\n",
 dict(title="Kiel baut Landstrom für Fähren aus", authors=["Jens Carstens"], published="2026-03-05", source="Kieler Nachrichten")),
("target_kcat_fr", "ConsoleRecords.answers + kafkaPayload (kcat -J, paragraphs list in the payload)",
 "$ kcat -C -b kafka:9092 -t depeches -o -1 -e -J\n" + json.dumps({"topic": "depeches", "partition": 1, "offset": 3310, "tstype": "create", "ts": 1741600500000,
    "key": "d-3310", "payload": json.dumps({"titre": "La SNCF rouvre la ligne Clermont-Béziers", "auteurs": ["Sophie Andrieu"], "source": "La Montagne",
    "datePublication": "2026-03-06T05:30:00+01:00", "texte": ["Les trains de l'Aubrac circuleront de nouveau à partir du 6 avril.", "La région a financé 80 % des travaux."]},
    ensure_ascii=False)}, ensure_ascii=False) + "\n% Reached end of topic depeches [1] at offset 3311: exiting\n",
 dict(title="La SNCF rouvre la ligne Clermont-Béziers", authors=["Sophie Andrieu"], published="2026-03-06T05:30:00+01:00", source="La Montagne")),
("target_ntfy_es", "ConsoleRecords.answers + isNtfyMessage (a news alert: headline and lines under it)",
 "$ curl -s \"https://ntfy.example.es/alertas-prensa/json?poll=1&since=1h\"\n" + json.dumps({"id": "Lk2mR8", "time": 1741601000, "event": "message", "topic": "alertas-prensa",
    "title": "Murcia declara la emergencia hídrica", "message": "Por Antonio Belmonte\nLa Verdad, 7 de marzo de 2026\nEl Gobierno regional restringirá el riego en el Campo de Cartagena desde el lunes."},
    ensure_ascii=False) + "\n",
 dict(title="Murcia declara la emergencia hídrica", authors=["Antonio Belmonte"], published="2026-03-07")),
("target_feedbin_de", "ConsoleRecords.known (a Feedbin entry and the subscriptions list: the feed's title is the source)",
 "$ curl -s -u desk:*** https://api.feedbin.com/v2/entries/5120077.json\n" + js({"id": 5120077, "feed_id": 3301, "title": "Hannover verschiebt die Stadtbahn nach Misburg",
    "url": "https://www.example-haz.de/hannover/stadtbahn", "author": "Maike Dreyer", "content": "<p>Die Verlängerung der Linie 4 verzögert sich um mindestens zwei Jahre.</p>",
    "summary": "Die Verlängerung der Linie 4 verzögert sich.", "published": "2026-03-05T16:00:00.000000Z", "created_at": "2026-03-05T16:07:12.551000Z"})
 + "\n$ curl -s -u desk:*** https://api.feedbin.com/v2/subscriptions.json\n" + js([{"id": 99, "created_at": "2024-01-02T00:00:00Z", "feed_id": 3301,
    "title": "Hannoversche Allgemeine", "feed_url": "https://www.example-haz.de/rss", "site_url": "https://www.example-haz.de"}]) + "\n",
 dict(title="Hannover verschiebt die Stadtbahn nach Misburg", authors=["Maike Dreyer"], published="2026-03-05T16:00:00Z", source="Hannoversche Allgemeine")),
# ---- MailBodies: an 8/7-bit plain part ----
("target_mail_8bit_plain_it", "MailBodies (an Outlook .eml: 8bit plain part, its HTML alternative)", crlf(mail(
    ["Received: from MBX2.example.it (10.0.0.2) by HUB1.example.it; Mon, 9 Mar 2026 08:02:00 +0100",
     "From: Rassegna <rassegna@example.it>", "To: Redazione <redazione@example.it>", "Subject: I: rassegna", "Date: Mon, 9 Mar 2026 08:02:00 +0100",
     "Thread-Topic: rassegna", "Content-Language: it-IT"],
    [("text/plain; charset=\"utf-8\"", "8bit", "Torino, il Comune raddoppia le piste ciclabili\n\nDi Valeria Conti\n\n6 marzo 2026\n\n"
        "Entro il 2028 la rete passerà da 230 a 460 chilometri, con un investimento di 40 milioni di euro."),
     ("text/html; charset=\"utf-8\"", "quoted-printable", qp("<html><body><p class=\"MsoNormal\">Torino, il Comune raddoppia le piste ciclabili</p></body></html>"))],
    boundary="_000_MBX2EXAMPLEIT8812_")),
 dict(title="Torino, il Comune raddoppia le piste ciclabili", authors=["Valeria Conti"], published="2026-03-06")),
("target_mail_7bit_plain_en", "MailBodies (7bit plain part in multipart/alternative, LF)", mail(
    ["From: Clippings <clips@example.org>", "To: desk@example.org", "Subject: clipping", "Date: Sun, 8 Mar 2026 07:00:00 +0000"],
    [("text/plain; charset=us-ascii", "7bit", "Scottish Water to replace 400 miles of pipes\n\nBy Ewan Fraser\nMarch 6, 2026\n\n"
        "The utility will spend 1.2 billion pounds over five years on mains that date from the 1900s."),
     ("text/html; charset=us-ascii", "7bit", "<html><body><h1>Scottish Water to replace 400 miles of pipes</h1></body></html>")]),
 dict(title="Scottish Water to replace 400 miles of pipes", authors=["Ewan Fraser"], published="2026-03-06")),
# ---- WebArchive ----
("target_mhtml_iso_qp_es", "WebArchive (QP, part charset iso-8859-1, HTML declares none, CRLF)",
 archive([("text/html; charset=\"iso-8859-1\"", "quoted-printable", qp(article_html("Cádiz prohíbe los patinetes en el casco antiguo", "Por Manuel Jiménez",
    "2026-03-05", "5 de marzo de 2026", ["La ordenanza entra en vigor el 1 de abril y prevé multas de hasta 200 euros.", "Los vecinos llevaban dos años pidiéndolo."], lang="es", meta=False), "iso-8859-1"),
    "https://www.example-cadiz.es/patinetes"),
    ("image/png", "base64", PNG, "https://www.example-cadiz.es/logo.png")], "https://www.example-cadiz.es/patinetes"),
 dict(title="Cádiz prohíbe los patinetes en el casco antiguo", authors=["Manuel Jiménez"], published="2026-03-05")),
("target_mhtml_b64_pt", "WebArchive (base64 UTF-8, a stylesheet and an image first, LF)",
 archive([("text/css", "7bit", "article { max-width: 40em; }", "https://www.example.pt/s.css"), ("image/png", "base64", PNG, "https://www.example.pt/l.png"),
    ("text/html", "base64", b64(article_html("Coimbra recupera o Mosteiro de Santa Clara-a-Velha", "Por Sofia Ramos", "2026-03-04", "4 de março de 2026",
        ["As obras custam 6 milhões de euros e duram dois anos.", "O mosteiro esteve inundado durante três séculos."], lang="pt")), "https://www.example.pt/coimbra")],
    "https://www.example.pt/coimbra", line_end="\n"),
 dict(title="Coimbra recupera o Mosteiro de Santa Clara-a-Velha", authors=["Sofia Ramos"], published="2026-03-04")),
# ---- DisclosureNotes: the note naming its own publication ----
("target_disclosure_de", "DisclosureNotes (`Transparenzhinweis: Der Tagesspiegel gehört zur … Gruppe`)", t(
    "Berlin streicht Zuschüsse für Kiezkantinen",
    "Von Lea Hofmann", "4. März 2026",
    "Ab Juli fallen die Mittel für 22 Kantinen in Neukölln und Wedding weg, teilte die Senatsverwaltung mit.",
    "Transparenzhinweis: Der Tagesspiegel gehört wie die Kantinenbetreiberin zur Holtzbrinck-Gruppe."),
 dict(title="Berlin streicht Zuschüsse für Kiezkantinen", authors=["Lea Hofmann"], published="2026-03-04", source="Der Tagesspiegel")),
("target_disclosure_pt", "DisclosureNotes (`Nota de transparência: O Público pertence à Sonae`)", t(
    "Sonae compra cadeia de farmácias",
    "Por Ricardo Leite", "5 de março de 2026",
    "O grupo paga 210 milhões de euros por 90 farmácias no Norte e no Centro do país.",
    "Nota de transparência: O Público pertence à Sonae, tal como a empresa compradora."),
 dict(title="Sonae compra cadeia de farmácias", authors=["Ricardo Leite"], published="2026-03-05", source="Público")),
# ---- containers ----
("target_psql_umlaut_de", "PsqlRecords (expanded record, column names not ASCII: `überschrift`, `größe`)",
 "archiv=# \\x\nExpanded display is on.\narchiv=# SELECT * FROM artikel WHERE id = 4410;\n-[ RECORD 1 ]---------------------------------------------------------------\n"
 "id          | 4410\nüberschrift | Erfurt bekommt eine neue Straßenbahnlinie\nautor       | Thomas Rühl\nquelle      | Thüringer Allgemeine\n"
 "datum       | 2026-03-05\ngröße       | 2840\ntext        | Die Linie 7 soll ab 2029 den Hauptbahnhof mit dem Wiesenhügel verbinden.\n\n",
 dict(title="Erfurt bekommt eine neue Straßenbahnlinie", authors=["Thomas Rühl"], published="2026-03-05", source="Thüringer Allgemeine")),
("target_har_config_then_article_fr", "ServiceDocuments.harAnswers (a HAR: the site's config answer, then the article API's)",
 js({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "entries": [
    {"request": {"method": "GET", "url": "https://www.example-ouest.fr/api/config"}, "response": {"status": 200, "content": {"mimeType": "application/json",
        "text": json.dumps({"site": "Ouest Example", "locale": "fr-FR", "features": {"paywall": True}, "updatedAt": "2026-03-01T00:00:00Z"})}}},
    {"request": {"method": "GET", "url": "https://www.example-ouest.fr/api/articles/77120"}, "response": {"status": 200, "content": {"mimeType": "application/json; charset=utf-8",
        "text": json.dumps({"headline": "Rennes : la deuxième ligne de métro a transporté 20 millions de voyageurs", "authors": [{"name": "Gaëlle Le Bihan"}],
            "datePublished": "2026-03-06T07:00:00+01:00", "body": "Deux ans et demi après sa mise en service, la ligne b dépasse les prévisions de 15 %."}, ensure_ascii=False)}}}]}}) + "\n",
 dict(title="Rennes : la deuxième ligne de métro a transporté 20 millions de voyageurs", authors=["Gaëlle Le Bihan"], published="2026-03-06T07:00:00+01:00")),
("target_json_lone_surrogate_en", "JSONMending (a JSON article whose body holds a lone surrogate escape)",
 '{"headline": "Lake District car park charges to double", "author": "Ruth Dalton", "datePublished": "2026-03-04", '
 '"publisher": "Westmorland Gazette", "articleBody": "The national park authority says the \\ud83d money will repair paths on Helvellyn."}\n',
 dict(title="Lake District car park charges to double", authors=["Ruth Dalton"], published="2026-03-04")),
]

# Trimmed to 90 before the first run (redundant shapes, chosen without looking at any parser's output).
_DROPPED = {"rubric_report_de", "rubric_corriere_tv_it", "bureau_box_office_en", "mail_related_not_archive_es", "curl_weather_fr",
            "dynamo_event_es", "headline_guardian_en"}
CASES = [c for c in CASES if c[0] not in _DROPPED]

# Added after the first run (the first run showed that a multipart mail with `<html` in its first 4 KiB is read as an HTML page
# before MailBodies is asked, and that psql's record line has no `+` when the column names are narrower than its label):
# the same rules asked through the shapes that do reach them.
CASES.insert(next(i for i, c in enumerate(CASES) if c[0] == "mongo_users_en"),
("mail_plain_stub_div_html_en", "MailBodies (7bit plain part a client's stub; the article in a Gmail-style `<div>` HTML part, no `<html>` tag)", crlf(mail(
    ["From: Owen Blake <owen.blake@example.org>", "To: desk@example.org", "Subject: Fwd: tolls story", "Date: Sat, 7 Mar 2026 19:40:00 +0000"],
    [("text/plain; charset=\"UTF-8\"", "7bit", "Your mail program cannot show this message. Open it in a browser."),
     ("text/html; charset=\"UTF-8\"", "quoted-printable", qp('<div dir="ltr"><h2>Severn bridge tolls return for lorries</h2><div>By Gwen Harries</div>'
        '<div>March 5, 2026</div><div>Hauliers will pay \u00a36.80 a crossing from June under plans published by the Welsh Government.</div></div>'))])),
 dict(title="Severn bridge tolls return for lorries")))
CASES += [
("target_mail_8bit_plain_div_de", "MailBodies (8bit plain part, its HTML alternative a `<div>` fragment with no `<html>` tag)", crlf(mail(
    ["From: Pressespiegel <spiegel@example.de>", "To: Redaktion <redaktion@example.de>", "Subject: WG: Artikel", "Date: Mon, 9 Mar 2026 07:55:00 +0100"],
    [("text/plain; charset=\"utf-8\"", "8bit", "Rostock verlängert die Warnow-Fähre bis Mitternacht\n\nVon Karin Vogt\n\n6. März 2026\n\n"
        "Ab April fährt die Fähre zwischen Gehlsdorf und dem Stadthafen auch am späten Abend, teilte die Rostocker Straßenbahn AG mit."),
     ("text/html; charset=\"utf-8\"", "8bit", '<div class="WordSection1"><p class="MsoNormal">Rostock verlängert die Warnow-Fähre bis Mitternacht</p></div>')],
    boundary="_000_PSP0912EXDE_")),
 dict(title="Rostock verlängert die Warnow-Fähre bis Mitternacht", authors=["Karin Vogt"], published="2026-03-06")),
("target_psql_umlaut_wide_de", "PsqlRecords (column names not ASCII, names wider than the record label: `+` on the record line)",
 "archiv=# \\x\nExpanded display is on.\narchiv=# SELECT * FROM artikel WHERE id = 4411;\n-[ RECORD 1 ]-+------------------------------------------------------------\n"
 "id            | 4411\nüberschrift   | Gera saniert das Theater für 60 Millionen Euro\nautor         | Sandra Kühn\nquelle        | Ostthüringer Zeitung\n"
 "datum         | 2026-03-04\ngröße         | 3120\ntext          | Das Haus schließt im Sommer 2027 für drei Jahre, gespielt wird dann in einem Zelt am Hofwiesenpark.\n\n",
 dict(title="Gera saniert das Theater für 60 Millionen Euro", authors=["Sandra Kühn"], published="2026-03-04", source="Ostthüringer Zeitung")),
]
