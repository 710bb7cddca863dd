# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Look-alikes first (ordinary clippings, or texts that are no clipping, brushing against one of the new rules of
# 2573384..05c6e3e: LineFacts.citesIssue, IssueReferences.isOfficialGazette, HeadReferences.opensReference,
# ClippingFacts.editionReference, `Head:`, labelsTitle, GalleryCaptions, the members' bulletin as masthead,
# RelatedLists' closing lines, MarkdownArticle.tabTitle, staff phrases, Bylines.withoutPictureCredits,
# Bylines.placesWriters, isDeskCredit for a sender, Bylines.invertedName, OriginNotes.nominative, KeptPages,
# NotionPages/SheetValues guards, MongoDB `$date`, HTTPRequests), then the rules' own shapes written fresh ("target_").
# Written by the reviewer; nothing taken from .eval or from the clipping_layouts batches.
import json

def j(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def crlf(text):
    return text.replace("\n", "\r\n")

CASES = [
# ---- LineFacts.citesIssue: the print issue is the article's own, dated a day after its online day ----
("cites_own_issue_zeit_de", "citesIssue (own print issue dated after the online day)", t(
    "Die Vermessung der Müdigkeit", "Von Katrin Schulte", "4. März 2026",
    "Aus: Die Zeit Nr. 11/2026 vom 5. März 2026",
    "Jeder dritte Erwachsene schläft weniger als sechs Stunden. Schlafforscher warnen vor den Folgen für Herz und Gehirn.",
    "Die Krankenkassen wollen reagieren."),
 dict(title="Die Vermessung der Müdigkeit", authors=["Katrin Schulte"], source="Die Zeit")),
("cites_own_issue_spectator_en", "citesIssue (a weekly's issue dated on its Saturday, posted Thursday)", t(
    "The quiet collapse of the English pub", "By Harriet Cole", "March 5, 2026",
    "From The Spectator, No. 10234, issue of March 7, 2026",
    "Five pubs a week are closing in England and Wales, according to the British Beer and Pub Association.",
    "Landlords blame energy bills and business rates."),
 dict(title="The quiet collapse of the English pub", authors=["Harriet Cole"], source="The Spectator")),
("cites_own_issue_point_fr", "citesIssue (a weekly's print issue dated the day after its web day)", t(
    "Les agriculteurs face au mur de la dette", "Par Julien Marchal", "4 mars 2026",
    "Paru dans Le Point n° 2790 du 5 mars 2026",
    "Un exploitant sur cinq consacre plus de la moitié de son revenu au remboursement de ses emprunts.",
    "Le ministère promet un plan d'urgence."),
 dict(title="Les agriculteurs face au mur de la dette", authors=["Julien Marchal"], source="Le Point")),
("cites_own_issue_internazionale_it", "citesIssue (the weekly's print issue, its web day the day before)", t(
    "Il lungo inverno dei fiumi europei", "Di Sara Fontana", "5 marzo 2026",
    "Da Internazionale n. 1652 del 6 marzo 2026",
    "Il Po, il Reno e il Danubio hanno toccato livelli minimi mai registrati a febbraio.",
    "Le chiatte viaggiano a mezzo carico."),
 dict(title="Il lungo inverno dei fiumi europei", authors=["Sara Fontana"], source="Internazionale")),
("cites_own_edition_pais_es", "editionReference (the paper's own print edition, a day after the web day)", t(
    "Valencia recupera la huerta perdida", "Por Lucía Ortega", "7 de marzo de 2026",
    "El País, edición del 8 de marzo de 2026",
    "Más de 400 hectáreas de cultivo volverán a regarse con agua de las acequias históricas.",
    "Los agricultores celebran la medida."),
 dict(title="Valencia recupera la huerta perdida", authors=["Lucía Ortega"], source="El País")),
# ---- ClippingFacts.editionReference: a line naming another paper's edition, a guide's, a broadcast's, a book's ----
("edition_caption_times_en", "editionReference (an anniversary piece's caption citing another paper's front page)", t(
    "Forty-seven years since the winter of discontent ended at the ballot box", "By Oliver Grant", "March 4, 2026",
    "The Times, edition of 4 May 1979",
    "The front page above, kept in the archive of the Museum of London, announced a new prime minister and a new era.",
    "Historians still argue about what changed."),
 dict(title="Forty-seven years since the winter of discontent ended at the ballot box", authors=["Oliver Grant"], published="2026-03-04", source=None)),
("edition_caption_figaro_fr", "editionReference (a press-history piece's caption)", t(
    "Il y a quarante ans, la première cohabitation", "Par Camille Bertrand", "6 mars 2026",
    "Le Figaro, édition du 17 mars 1986",
    "Au lendemain des législatives, la une du quotidien annonçait déjà la nomination de Jacques Chirac à Matignon.",
    "Les archives racontent une période inédite."),
 dict(title="Il y a quarante ans, la première cohabitation", authors=["Camille Bertrand"], published="2026-03-06", source=None)),
("edition_broadcast_tagesschau_de", "editionReference (a media critique citing a broadcast's edition)", t(
    "Wie die Nachrichten über die Bahnstreiks berichteten", "Von Felix Krämer", "6. März 2026",
    "Tagesschau, Ausgabe vom 4. März 2026, 20 Uhr",
    "Zwölf Minuten, drei Schalten, kein Wort zu den Forderungen der Gewerkschaft: Die Sendung zeigt, wie einseitig berichtet wurde.",
    "Der NDR widerspricht."),
 dict(title="Wie die Nachrichten über die Bahnstreiks berichteten", authors=["Felix Krämer"], published="2026-03-06", source=None)),
("edition_broadcast_bbc_en", "editionReference (a TV review citing a programme's edition)", t(
    "The night the news forgot the weather", "By Dan Cole", "March 5, 2026",
    "BBC News at Ten, edition of March 3, 2026",
    "For nine minutes the storm that flooded half of Cumbria did not exist. Then it led the bulletin.",
    "Viewers complained in their hundreds."),
 dict(title="The night the news forgot the weather", authors=["Dan Cole"], published="2026-03-05", source=None)),
("edition_michelin_es", "editionReference (a restaurant guide's edition)", t(
    "Un pequeño bar de Soria gana su primera estrella", "Por Elena Marín", "5 de marzo de 2026",
    "Guía Michelin, edición del 25 de noviembre de 2025",
    "El local, con doce mesas, no tiene carta: el menú cambia cada semana según lo que llega del mercado.",
    "La reserva tiene lista de espera hasta mayo."),
 dict(title="Un pequeño bar de Soria gana su primera estrella", authors=["Elena Marín"], published="2026-03-05", source=None)),
("edition_michelin_it", "editionReference (a restaurant guide's edition)", t(
    "La trattoria di montagna che ha conquistato gli ispettori", "Di Chiara Valli", "8 marzo 2026",
    "Guida Michelin, edizione del 12 novembre 2025",
    "Sei tavoli, una stufa a legna e un menu che cambia ogni giorno: la stella è arrivata al primo tentativo.",
    "Prenotazioni solo al telefono."),
 dict(title="La trattoria di montagna che ha conquistato gli ispettori", authors=["Chiara Valli"], published="2026-03-08", source=None)),
("edition_michelin_pt", "editionReference (a restaurant guide's edition)", t(
    "Uma tasca de Braga entra no guia pela primeira vez", "Por Marta Fonseca", "11 de março de 2026",
    "Guia Michelin, edição de 10 de março de 2026",
    "O restaurante tem oito mesas e serve apenas ao almoço. A distinção apanhou os donos de surpresa.",
    "As reservas esgotaram em duas horas."),
 dict(title="Uma tasca de Braga entra no guia pela primeira vez", authors=["Marta Fonseca"], published="2026-03-11", source=None)),
("edition_book_gallimard_fr", "editionReference (a book's facts line in a review)", t(
    "Le roman qui ose la lenteur", "Par Antoine Meunier", "7 mars 2026",
    "Gallimard, édition du 5 mars 2026, 288 pages",
    "Trois cents pages pour une seule journée d'été : le pari est risqué, il est gagné.",
    "Un livre à lire sans se presser."),
 dict(title="Le roman qui ose la lenteur", authors=["Antoine Meunier"], published="2026-03-07", source=None)),
("edition_almanack_en", "editionReference (an almanac's edition named as a source of figures)", t(
    "England's batting collapse, in numbers", "By Tom Hale", "March 9, 2026",
    "Wisden Cricketers' Almanack, edition of April 10, 2025",
    "Only twice in 150 years has England lost ten wickets for fewer runs in an away Test.",
    "Both times it was in Australia."),
 dict(title="England's batting collapse, in numbers", authors=["Tom Hale"], published="2026-03-09", source=None)),
# ---- IssueReferences.isOfficialGazette: a town's bulletin that is the publication; a gazette quoted beside a real one ----
("gazette_amtsblatt_own_de", "isOfficialGazette in OriginNotes (a town's Amtsblatt is the piece's publication)", t(
    "Neue Kita im Stadtteil Stetten eröffnet", "Von Jana Roth",
    "Nach zwei Jahren Bauzeit haben am Montag die ersten 60 Kinder die neue Kita am Rheinufer bezogen. Die Stadt investierte 4,2 Millionen Euro.",
    "Ein Tag der offenen Tür folgt im April.",
    "* Erschienen im Amtsblatt der Stadt Lörrach am 5. März 2026."),
 dict(title="Neue Kita im Stadtteil Stetten eröffnet", authors=["Jana Roth"], published="2026-03-05", source="Amtsblatt der Stadt Lörrach")),
("gazette_boe_beside_paper_es", "isOfficialGazette (a decree's BOE line, the article's own note below)", t(
    "El Gobierno amplía el bono de alquiler joven hasta 2027", "Por Laura Campos",
    "Publicado en BOE núm. 58, de 7 de marzo de 2026",
    "El real decreto mantiene la ayuda de 250 euros mensuales para menores de 35 años.",
    "Las comunidades autónomas gestionarán las solicitudes.",
    "* Publicado en El Confidencial el 8 de marzo de 2026."),
 dict(title="El Gobierno amplía el bono de alquiler joven hasta 2027", authors=["Laura Campos"], published="2026-03-08", source="El Confidencial")),
("gazette_jo_under_masthead_fr", "isOfficialGazette (a law's JO line under a paper's masthead)", t(
    "Ouest-France",
    "Location meublée : la fin de la niche fiscale", "Par Yann Le Goff", "7 mars 2026",
    "Publié au Journal officiel du 6 mars 2026",
    "Le décret supprime l'abattement de 50 % sur les revenus des meublés de tourisme à partir de 2027.",
    "Les propriétaires bretons s'inquiètent."),
 dict(title="Location meublée : la fin de la niche fiscale", authors=["Yann Le Goff"], published="2026-03-07", source="Ouest-France")),
("gazette_gu_under_masthead_it", "isOfficialGazette (a law's Gazzetta line under a paper's masthead)", t(
    "Il Sole 24 Ore",
    "Bonus edilizi, arriva la stretta sulle cessioni", "Di Marco Rinaldi", "8 marzo 2026",
    "Pubblicato in Gazzetta Ufficiale n. 55 del 7 marzo 2026",
    "Il decreto vieta la cessione dei crediti per i lavori avviati dopo il primo aprile.",
    "Le imprese edili chiedono un periodo transitorio."),
 dict(title="Bonus edilizi, arriva la stretta sulle cessioni", authors=["Marco Rinaldi"], published="2026-03-08", source="Il Sole 24 Ore")),
# ---- HeadReferences.opensReference: a card opening with the quoted title, an inverted name in a book's reference ----
("headref_film_card_quote_en", "HeadReferences (a film's card opening with the quoted title above the review)", t(
    "“Anora.” Dir. Sean Baker. Neon, 18 Oct. 2024.",
    "Anora", "Reviewed by Harriet Cole", "March 6, 2026",
    "Sean Baker's Palme d'Or winner returns to cinemas after its Oscar sweep. It has lost none of its nerve.",
    "See it on the biggest screen you can."),
 dict(title="Anora", authors=["Harriet Cole"], published="2026-03-06", source=None)),
("headref_speech_quote_fr", "HeadReferences (a speech's reference opening with the quote)", t(
    "« Une Europe qui protège. » Discours de la présidente de la Commission, Parlement européen, 3 mars 2026.",
    "Une Europe qui protège", "Par Antoine Meunier", "4 mars 2026",
    "Devant les eurodéputés, la présidente a défendu un plan de 150 milliards d'euros pour la défense commune.",
    "Le vote aura lieu en avril."),
 dict(title="Une Europe qui protège", authors=["Antoine Meunier"], published="2026-03-04", source=None)),
("headref_speech_inverted_de", "HeadReferences (a speech cited with the speaker's inverted name)", t(
    "Vogt, Anke. „Wir bauen keine Mauern.“ Rede im Stadtrat Görlitz, 3. März 2026.",
    "Wir bauen keine Mauern", "Von Felix Krämer", "5. März 2026",
    "Görlitz lehnt einen Zaun an der Neiße ab. Der Stadtrat stimmte mit großer Mehrheit gegen den Antrag.",
    "Die Landesregierung will den Beschluss prüfen."),
 dict(title="Wir bauen keine Mauern", authors=["Felix Krämer"], published="2026-03-05", source=None)),
("headref_album_quote_es", "HeadReferences (an album's card opening with the quoted title)", t(
    "«Lux». Rosalía. Columbia Records, 7 de noviembre de 2025.",
    "Lux", "Por Elena Marín", "6 de marzo de 2026",
    "Cuatro meses después, el disco sigue creciendo con cada escucha. Es el trabajo más ambicioso de la cantante.",
    "La gira llega a Madrid en junio."),
 dict(title="Lux", authors=["Elena Marín"], published="2026-03-06", source=None)),
("headref_book_inverted_it", "HeadReferences (a book's reference, author inverted, above a rereading)", t(
    "Ferrante, Elena. «L'amica geniale». Edizioni E/O, 19 ottobre 2011.",
    "L'amica geniale", "Di Chiara Valli", "9 marzo 2026",
    "Quindici anni dopo, il primo volume della saga napoletana si rilegge come un romanzo storico.",
    "Lila e Lenù non sono invecchiate."),
 dict(title="L'amica geniale", authors=["Chiara Valli"], published="2026-03-09", source=None)),
("headref_book_quote_pt", "HeadReferences (a book's card opening with the quoted title)", t(
    "“Ensaio sobre a cegueira.” José Saramago. Caminho, 1 de outubro de 1995.",
    "Ensaio sobre a cegueira", "Por Rui Almeida", "8 de março de 2026",
    "Trinta anos depois, o romance de Saramago volta às livrarias numa edição ilustrada.",
    "A tradução inglesa também será reeditada."),
 dict(title="Ensaio sobre a cegueira", authors=["Rui Almeida"], published="2026-03-08", source=None)),
# ---- `Head:` as a title label; a capitals heading over a label block holding a title label ----
("head_label_beer_en", "`Head:` label (a beer's tasting notes)", t(
    "The best new pale ale in Yorkshire comes from a garage", "By George Whitby", "March 5, 2026",
    "Colour: deep amber\nHead: thick, creamy and lasting\nAroma: pine and grapefruit\nStrength: 5.4%",
    "Brewed in batches of 200 litres behind a terraced house in Otley, it has won two regional awards.",
    "It sells out within a day of each release."),
 dict(title="The best new pale ale in Yorkshire comes from a garage", authors=["George Whitby"], published="2026-03-05")),
("head_label_department_en", "`Head:` label (a department's facts in a closure story)", t(
    "University to close its classics department", "By Anna Price", "March 6, 2026",
    "Department: Classics and Ancient History\nHead: Professor Ruth Allen\nStaff: 14\nStudents: 230",
    "The university says the department has lost money for six years. Students have started a petition.",
    "A final decision is due in May."),
 dict(title="University to close its classics department", authors=["Anna Price"], published="2026-03-06")),
("caps_heading_topic_en", "labelsTitle (a capitals headline over a desk's labels, one of them `Topic:`)", t(
    "HOSPITAL WAITING LISTS FALL FOR THIRD MONTH",
    "Topic: Health\nDesk: Home news\nDate: 4 March 2026\nStatus: filed\nWords: 412",
    "By Sarah Kim",
    "Waiting lists in England fell to 7.3 million in January, the third monthly fall in a row.",
    "Ministers said the trend was encouraging."),
 dict(authors=["Sarah Kim"], published="2026-03-04")),
("caps_heading_thema_de", "labelsTitle (a capitals headline over a desk's labels, one of them `Thema:`)", t(
    "GRUNDSTEUER: STÄDTE ERHÖHEN HEBESÄTZE",
    "Thema: Kommunen\nRessort: Wirtschaft\nDatum: 5. März 2026\nStatus: freigegeben\nZeilen: 80",
    "Von Jana Roth",
    "Jede dritte Großstadt hat die Hebesätze für die Grundsteuer zum Jahresbeginn angehoben.",
    "Mieter zahlen über die Nebenkosten mit."),
 dict(authors=["Jana Roth"], published="2026-03-05")),
("caps_heading_sujet_fr", "labelsTitle (a capitals headline over a desk's labels, one of them `Sujet :`)", t(
    "LA SNCF SUPPRIME DES TGV EN AVRIL",
    "Sujet : Transports\nRubrique : Économie\nDate : 6 mars 2026\nStatut : validé\nSignes : 2400",
    "Par Yann Le Goff",
    "Une vingtaine de trains par jour seront supprimés entre Paris et la Bretagne pendant les travaux.",
    "Les abonnés seront remboursés."),
 dict(authors=["Yann Le Goff"], published="2026-03-06")),
# ---- GalleryCaptions: a count line whose paragraph is the byline (the pictures did not copy) ----
("gallery_count_byline_de", "GalleryCaptions (count line over the byline and day in one paragraph)", t(
    "Sturmflut an der Ostsee: Die Bilder", "Bild 1 von 12\nVon Jan Petersen\n4. März 2026",
    "In Flensburg stand das Wasser am Dienstagabend 1,80 Meter über dem Normalstand. Mehrere Keller liefen voll.",
    "Der Deutsche Wetterdienst warnt vor einer weiteren Flut."),
 dict(title="Sturmflut an der Ostsee: Die Bilder", authors=["Jan Petersen"], published="2026-03-04")),
("gallery_count_byline_en", "GalleryCaptions (count line over the byline in one paragraph)", t(
    "In pictures: the Highlands under snow", "Image 1 of 9\nBy Sarah Kim\nMarch 6, 2026",
    "The heaviest snowfall for a decade closed the A9 for two days. Villages were cut off.",
    "The thaw is expected at the weekend."),
 dict(title="In pictures: the Highlands under snow", authors=["Sarah Kim"], published="2026-03-06")),
("gallery_count_byline_es", "GalleryCaptions (count line over the byline in one paragraph)", t(
    "Las Fallas, en imágenes", "Imagen 1 de 20\nPor Lucía Ortega\n16 de marzo de 2026",
    "Más de 700 monumentos ocupan ya las calles de Valencia. La cremà será el jueves por la noche.",
    "El Ayuntamiento espera un millón de visitantes."),
 dict(title="Las Fallas, en imágenes", authors=["Lucía Ortega"], published="2026-03-16")),
("gallery_count_byline_pt", "GalleryCaptions (count line over the byline in one paragraph)", t(
    "O Carnaval de Torres Vedras em fotografias", "Foto 1 de 15\nTexto: Joana Reis\n4 de março de 2026",
    "Mais de 300 mil pessoas passaram pela vila durante os seis dias de festa, um novo recorde.",
    "A câmara já prepara a edição do próximo ano."),
 dict(title="O Carnaval de Torres Vedras em fotografias", authors=["Joana Reis"], published="2026-03-04")),
# ---- a members' bulletin's name as a masthead: a short headline about a bulletin, its standfirst under it ----
("bulletin_headline_en", "members' bulletin as masthead (a headline about a bulletin, a standfirst under it)", t(
    "Members' newsletter goes digital",
    "The RSPB will stop printing its quarterly magazine for members from the summer, saving 40 tonnes of paper a year.",
    "By Anna Price", "March 6, 2026",
    "Members who want a paper copy can still ask for one, the charity said.",
    "About 1.2 million copies are printed each quarter."),
 dict(title="Members' newsletter goes digital", authors=["Anna Price"], published="2026-03-06", source=None)),
("bulletin_headline_es", "members' bulletin as masthead (a headline about a club's bulletin)", t(
    "Nuevo boletín para socios",
    "El Athletic enviará cada semana un resumen con las entradas disponibles y las noticias de la cantera.",
    "Por Iker Etxeberria", "5 de marzo de 2026",
    "El club espera reducir las colas en las taquillas de San Mamés.",
    "El primer envío será el lunes."),
 dict(title="Nuevo boletín para socios", authors=["Iker Etxeberria"], published="2026-03-05", source=None)),
# ---- RelatedLists: a related list whose items carry their own writers and days ----
("related_items_bylines_de", "RelatedLists closing (items with their own bylines under each headline)", t(
    "Bahn streicht Nachtzüge nach Österreich",
    "Berlin (dpa) - Die Deutsche Bahn stellt zum Fahrplanwechsel zwei Nachtzugverbindungen nach Wien ein. Die Auslastung sei zu gering gewesen.",
    "Fahrgastverbände kritisieren die Entscheidung.",
    "Mehr zum Thema\nNeue ICE-Strecke verzögert sich\nVon Jonas Weber\nPendler warten auf mehr Züge\nVon Lena Vogt"),
 dict(title="Bahn streicht Nachtzüge nach Österreich", authors=[])),
("related_items_days_en", "RelatedLists closing (items with their own days under each headline)", t(
    "Oil slips as traders weigh OPEC output",
    "Brent crude fell 2 per cent on Thursday after reports that OPEC members would raise output in April.",
    "Analysts expect prices to stay volatile.",
    "Read more\nGas prices ease in Europe\nMarch 1, 2026\nWhy the pound is rising\nFebruary 27, 2026"),
 dict(title="Oil slips as traders weigh OPEC output", authors=[], published=None)),
("related_items_bylines_pt", "RelatedLists closing (items with their own writers)", t(
    "Lisboa aprova taxa turística mais alta",
    "A câmara aprovou esta quarta-feira o aumento da taxa turística para quatro euros por noite a partir de junho.",
    "A oposição votou contra.",
    "Leia também\nPorto estuda limite a alojamentos\nPor Rui Almeida\nSintra fecha acesso a autocarros\nPor Ana Lima"),
 dict(title="Lisboa aprova taxa turística mais alta", authors=[])),
# ---- MarkdownArticle.tabTitle: a headline's ` - ` tail equal to one of the host's names ----
("md_tab_derby_sevilla_es", "tabTitle (a match's tail equals the host's city subdomain)", """---
title: "Derbi: Betis - Sevilla"
source: https://sevilla.abc.es/deportes/derbi-betis-sevilla-20260308.html
author: Por Manuel Ruiz
---

# Derbi: Betis - Sevilla

El Betis ganó 2-1 en el Villamarín con un gol en el último minuto. El Sevilla se queda a tres puntos del descenso.

La afición celebró hasta la madrugada.
""", dict(title="Derbi: Betis - Sevilla", authors=["Manuel Ruiz"])),
("md_tab_derby_roma_it", "tabTitle (a match's tail equals the host's city subdomain)", """---
title: "Derby della Capitale: Lazio - Roma"
source: https://roma.corriere.it/sport/26_marzo_08/derby-lazio-roma.shtml
author: Di Paolo Ghezzi
---

# Derby della Capitale: Lazio - Roma

Finisce 1-1 all'Olimpico, con due rigori. La Roma resta quarta, la Lazio perde il treno europeo.

In curva qualche tensione prima del fischio d'inizio.
""", dict(title="Derby della Capitale: Lazio - Roma", authors=["Paolo Ghezzi"])),
("md_tab_club_site_en", "tabTitle (a preview's tail equals the club site's host)", """---
title: "Preview: Chelsea - Arsenal"
source: https://www.arsenal.com/news/preview-chelsea-arsenal
---

# Preview: Chelsea - Arsenal

Mikel Arteta has a fully fit squad for Sunday's trip to Stamford Bridge. Both sides need the points.

Kick-off is at 4.30pm.
""", dict(title="Preview: Chelsea - Arsenal")),
# ---- staff phrases in prose; picture credits that are an agency ----
("staff_phrase_obituary_de", "correspondentPhrases (`Von unserem Mitarbeiter` in a company's farewell)", t(
    "Abschied von einem Gründer",
    "Von unserem Mitarbeiter Hans Müller mussten wir uns in dieser Woche verabschieden",
    "Er war 41 Jahre im Betrieb, zuletzt als Leiter der Lehrwerkstatt. Generationen von Auszubildenden hat er geprägt.",
    "Die Trauerfeier findet am Samstag statt."),
 dict(title="Abschied von einem Gründer", authors=[])),
("staff_phrase_quote_fr", "correspondentPhrases (`De nos collaborateurs` opening a boss's words)", t(
    "Télétravail : la banque fait marche arrière",
    "De nos collaborateurs nous attendons trois jours au bureau",
    "C'est le message adressé lundi par la direction aux 12 000 salariés du groupe. Les syndicats dénoncent un recul.",
    "Une grève est envisagée."),
 dict(title="Télétravail : la banque fait marche arrière", authors=[])),
("staff_phrase_unsigned_en", "correspondentPhrases (`From our staff reporters and agencies`)", t(
    "Floods force thousands from homes in Valencia",
    "From our staff reporters and agencies",
    "More than 4,000 people were evacuated on Tuesday as the Turia burst its banks south of the city.",
    "Rain is forecast to continue until Friday."),
 dict(title="Floods force thousands from homes in Valencia", authors=[])),
("picture_credit_map_agency_fr", "withoutPictureCredits (`(MAP)`: Maghreb Arabe Presse, not a map)", t(
    "Le Maroc lance son premier TGV vers Marrakech", "Par Karim Benali (MAP)", "5 mars 2026",
    "La ligne à grande vitesse reliera Tanger à Marrakech en moins de quatre heures à partir de 2029.",
    "Le chantier emploiera 12 000 personnes."),
 dict(title="Le Maroc lance son premier TGV vers Marrakech", authors=["Karim Benali"], published="2026-03-05")),
("picture_credit_text_photos_fr", "withoutPictureCredits (a writer credited for text and photos)", t(
    "Sur la route des derniers bergers des Pyrénées", "Par Hélène Roux (texte et photos)", "7 mars 2026",
    "Ils ne sont plus qu'une trentaine à monter les brebis en estive à pied. Nous avons suivi l'un d'eux pendant trois jours.",
    "La transhumance commence en juin."),
 dict(title="Sur la route des derniers bergers des Pyrénées", authors=["Hélène Roux"], published="2026-03-07")),
("picture_credit_text_fotos_de", "withoutPictureCredits (a writer credited for text and photos)", t(
    "Die letzten Fährleute der Elbe", "Von Lena Vogt (Text und Fotos)", "8. März 2026",
    "Zwischen Dresden und Hamburg setzen noch elf Gierseilfähren über den Fluss. Wir sind mit dreien gefahren.",
    "Im Sommer fahren sie bis 22 Uhr."),
 dict(title="Die letzten Fährleute der Elbe", authors=["Lena Vogt"], published="2026-03-08")),
# ---- Bylines.placesWriters: two placed writers on lines of their own ----
("placed_two_paragraphs_en", "placesWriters (two placed writers, each line its own paragraph)", t(
    "EU and UK agree on fishing rights until 2032",
    "Jennifer Rankin in Brussels", "Jon Henley in Paris", "Thu 5 Mar 2026 17.01 CET",
    "The deal gives EU boats access to British waters for six more years in return for lower tariffs on fish.",
    "Scottish fishers said they had been sold out."),
 dict(title="EU and UK agree on fishing rights until 2032", authors=["Jennifer Rankin", "Jon Henley"])),
("placed_two_paragraphs_es", "placesWriters (two placed writers, each line its own paragraph)", t(
    "Bruselas y Madrid pactan el reparto de fondos para la sequía",
    "Lucía Abellán en Bruselas", "Manuel Ruiz en Madrid", "5 de marzo de 2026",
    "La Comisión adelantará 800 millones del fondo de solidaridad para Andalucía y Murcia.",
    "Los regantes piden más."),
 dict(title="Bruselas y Madrid pactan el reparto de fondos para la sequía", authors=["Lucía Abellán", "Manuel Ruiz"], published="2026-03-05")),
# ---- isDeskCredit for a mail's sender: a publication named like a desk ----
("desk_sender_publication_en", "isDeskCredit for a mail's sender (`The Business Desk`, a publication)", t(
    "From: The Business Desk <news@thebusinessdesk.com>\nTo: newsroom@example.org\nSubject: Manchester Airport posts record profit\nDate: Thu, 5 Mar 2026 07:02:11 +0000",
    "Manchester Airport posts record profit",
    "The airports group reported pre-tax profits of £420m for 2025, up 18 per cent, as passenger numbers passed pre-pandemic levels.",
    "It plans to spend £1bn on a new terminal."),
 dict(title="Manchester Airport posts record profit", source="The Business Desk")),
# ---- Bylines.invertedName in front matter: a name and a place that is also a given name ----
("md_author_place_sydney_en", "FrontMatter.list invertedName (`Name, Sydney`: a place that is a given name)", """---
title: "Sydney's harbour ferries to run on batteries"
author: "Tom Hale, Sydney"
date: 2026-03-05
---

# Sydney's harbour ferries to run on batteries

The state government will replace the whole fleet by 2032. The first electric ferry enters service in May.

Unions welcomed the plan.
""", dict(title="Sydney's harbour ferries to run on batteries", authors=["Tom Hale"], published="2026-03-05")),
("md_author_place_florence_fr", "FrontMatter.list invertedName (`Nom, Florence`: a city that is a given name)", """---
title: "Les Offices limitent l'accès aux groupes"
author: "Marie Dubois, Florence"
date: 2026-03-06
---

# Les Offices limitent l'accès aux groupes

Le musée florentin n'acceptera plus de groupes de plus de vingt personnes à partir d'avril.

Les guides protestent.
""", dict(title="Les Offices limitent l'accès aux groupes", authors=["Marie Dubois"], published="2026-03-06")),
# ---- OriginNotes.nominative: a masculine name in the dative, a name with a lowercase word ----
("nominative_masculine_de", "OriginNotes.nominative (`in dem Trierischen Volksfreund`: masculine, `-er` in the nominative)", t(
    "Mitgliederbrief", "Weinbau an der Mosel: Die Jungen kommen zurück*", "Von Jana Roth",
    "Jeder vierte neue Betrieb an der Mosel wird von unter 30-Jährigen geführt. Viele haben vorher in der Stadt gearbeitet.",
    "*) Erschienen in dem Trierischen Volksfreund am 4. März 2026."),
 dict(title="Weinbau an der Mosel: Die Jungen kommen zurück", authors=["Jana Roth"], published="2026-03-04", source="Trierischer Volksfreund")),
("nominative_lowercase_word_de", "OriginNotes.nominative (`in der Welt am Sonntag`: a lowercase word in the name)", t(
    "Mitgliederbrief", "Warum die Orgelbauer keinen Nachwuchs finden*", "Von Felix Krämer",
    "In Deutschland gibt es noch 400 Orgelbaubetriebe, aber kaum Auszubildende. Das Handwerk ist seit 2017 Weltkulturerbe.",
    "*) Erschienen in der Welt am Sonntag am 1. März 2026."),
 dict(title="Warum die Orgelbauer keinen Nachwuchs finden", authors=["Felix Krämer"], published="2026-03-01", source="Welt am Sonntag")),
# ---- JSON: a wiki page that is the colleague's own, a Notion listicle, a tracker without a source column, a clipping day ----
("json_wiki_own_page_en", "KeptPages (a Wiki.js page that is the desk's own style note, no article pasted)", j({"data": {"pages": {"single": {
    "id": 41, "path": "style/dates", "title": "Style guide: dates and numbers", "contentType": "markdown",
    "content": "## Dates\n\nWrite 5 March 2026, never 5th March or March 5.\n\n## Numbers\n\nSpell out one to nine; use figures from 10.\n\nUse per cent, not %, in running text.\n",
    "authorName": "Hélène Roux", "creatorName": "Hélène Roux", "isPublished": True,
    "createdAt": "2026-02-02T10:00:00Z", "updatedAt": "2026-03-04T09:00:00Z"}}}}),
 dict(title="Style guide: dates and numbers", source=None)),
("json_notion_listicle_en", "NotionPages meeting guard (an article clipped as bullet points, no source property)", j({
    "object": "page", "id": "a1b2", "created_time": "2026-03-06T08:00:00.000Z", "last_edited_time": "2026-03-06T08:10:00.000Z",
    "properties": {
        "Name": {"type": "title", "title": [{"plain_text": "Ten things to know about the new rail timetable"}]},
        "Date": {"type": "date", "date": {"start": "2026-03-05"}}},
    "blocks": [{"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": s}]}} for s in [
        "Trains between Leeds and Manchester will run every 15 minutes from May.",
        "The last train from London to Edinburgh leaves half an hour later.",
        "Sunday services are extended on eight lines.",
        "Fares rise by 4.6 per cent on average."]]}),
 dict(title="Ten things to know about the new rail timetable", published="2026-03-05")),
("json_sheets_no_source_column_en", "SheetValues guard (a tracker with Date, Headline, Link, Reporter columns)", j({
    "range": "Clips!A1:D2", "majorDimension": "ROWS",
    "values": [["Date", "Headline", "Link", "Reporter"],
               ["2026-03-05", "Council approves new cycle lanes on Hills Road", "https://www.cambridge-news.co.uk/news/cycle-lanes-hills-road", "Anna Price"]]}),
 dict(title="Council approves new cycle lanes on Hills Road", authors=["Anna Price"], published="2026-03-05")),
("json_mongo_clipped_only_en", "MongoDB `$date` (only the clipping's moment wrapped, no publication day)", j({
    "_id": {"$oid": "65f1a2b3c4d5e6f708192a3b"}, "headline": "Port of Dover braces for Easter queues",
    "outlet": "Kent Online", "text": "Freight and holiday traffic are expected to meet on the M20 on Thursday.\n\nPolice will run Operation Brock from Wednesday.\n\nDrivers are told to carry water.",
    "clippedBy": "Hélène Roux", "clippedAt": {"$date": "2026-03-20T09:00:00.000Z"}}),
 dict(title="Port of Dover braces for Easter queues", source="Kent Online", published=None)),
("json_http_contact_form_en", "HTTPRequests (a website's contact form posted as multipart, no mail)", crlf(
    "POST /contact HTTP/1.1\nHost: www.example-paper.co.uk\nContent-Type: multipart/form-data; boundary=----f7\n\n"
    "------f7\nContent-Disposition: form-data; name=\"name\"\n\nPeter Walsh\n"
    "------f7\nContent-Disposition: form-data; name=\"email\"\n\npeter.walsh@example.com\n"
    "------f7\nContent-Disposition: form-data; name=\"text\"\n\nDear editor,\nyour report on the bypass got the cost wrong.\nIt is £48m, not £84m.\nRegards, Peter Walsh\n"
    "------f7--\n"),
 dict(authors=[], source=None, published=None)),
# ======== targets: the rules' own shapes, written fresh ========
("target_edition_fr", "editionReference (`X, édition du DATE` at the top)", t(
    "Le Monde, édition du 5 mars 2026", "La Loire au plus bas depuis un siècle", "Par Julien Marchal",
    "À Orléans, le fleuve ne mesure plus que 40 centimètres de profondeur. Les bateaux de promenade restent à quai.",
    "Les agriculteurs redoutent l'été."),
 dict(title="La Loire au plus bas depuis un siècle", authors=["Julien Marchal"], published="2026-03-05", source="Le Monde")),
("target_edition_de", "editionReference (`X, Ausgabe vom DATE`)", t(
    "Süddeutsche Zeitung, Ausgabe vom 4. März 2026", "Münchens Mieten steigen langsamer", "Von Katrin Schulte",
    "Erstmals seit zehn Jahren sind die Angebotsmieten in München weniger stark gestiegen als die Löhne.",
    "Der Mieterverein bleibt skeptisch."),
 dict(title="Münchens Mieten steigen langsamer", authors=["Katrin Schulte"], published="2026-03-04", source="Süddeutsche Zeitung")),
("target_edition_es", "editionReference (`X, edición del DATE`)", t(
    "La Vanguardia, edición del 6 de marzo de 2026", "Barcelona limita los cruceros en el puerto", "Por Marc Puig",
    "A partir de 2027 solo podrán atracar cinco cruceros al día en la terminal de la ciudad.",
    "Las navieras estudian recurrir."),
 dict(title="Barcelona limita los cruceros en el puerto", authors=["Marc Puig"], published="2026-03-06", source="La Vanguardia")),
("target_edition_it", "editionReference (`X, edizione del DATE`)", t(
    "Corriere della Sera, edizione del 7 marzo 2026", "Milano, i tram storici tornano in servizio", "Di Paolo Ghezzi",
    "Da aprile le vetture del 1928 torneranno sulla linea 1, restaurate.",
    "Saranno quindici."),
 dict(title="Milano, i tram storici tornano in servizio", authors=["Paolo Ghezzi"], published="2026-03-07", source="Corriere della Sera")),
("target_edition_pt", "editionReference (`X, edição de DATE`)", t(
    "Público, edição de 8 de março de 2026", "Lisboa vai ter mais 40 quilómetros de ciclovias", "Por Marta Fonseca",
    "A câmara aprovou o plano que liga Belém ao Parque das Nações até 2028.",
    "Os comerciantes pedem estacionamento."),
 dict(title="Lisboa vai ter mais 40 quilómetros de ciclovias", authors=["Marta Fonseca"], published="2026-03-08", source="Público")),
("target_edition_crlf_en", "editionReference (`X, edition of DATE`, CRLF)", crlf(t(
    "The Guardian, edition of 9 March 2026", "Wales to scrap 20mph limit on main roads", "By Steven Morris",
    "The Welsh government will restore 30mph on about a third of the roads it slowed in 2023.",
    "Campaigners called it a retreat.")),
 dict(title="Wales to scrap 20mph limit on main roads", authors=["Steven Morris"], published="2026-03-09", source="The Guardian")),
("target_copy_sheet_en", "copy sheet (capitals heading, `For: X, edition of DATE`, `Head:`)", t(
    "COPY TAKEN BY TELEPHONE\nTaken by: Mary Hughes, 21.40\nFrom: Northern office\nFor: The Times, edition of Friday, March 6, 2026\nCatchline: FLOODS\nHead: Hundreds rescued as Ouse bursts its banks",
    "Copy:",
    "Firefighters used boats to rescue more than 300 people from homes in York overnight after the river rose four metres.",
    "ENDS"),
 dict(title="Hundreds rescued as Ouse bursts its banks", published="2026-03-06", source="The Times")),
("target_copy_sheet_fr", "copy sheet (capitals heading, `Pour : X, édition du DATE`, `Titre :`)", t(
    "COPIE DICTÉE PAR TÉLÉPHONE\nPrise par : Sylvie Morel, 22 h 10\nDe : Bureau de Lyon\nPour : Le Progrès, édition du 7 mars 2026\nRubrique : Faits divers\nTitre : Incendie dans une usine de Vénissieux",
    "Texte :",
    "Un violent incendie a ravagé vendredi soir un entrepôt de produits chimiques. Aucun blessé n'est à déplorer.",
    "FIN"),
 dict(title="Incendie dans une usine de Vénissieux", published="2026-03-07", source="Le Progrès")),
("target_copy_sheet_de", "copy sheet (capitals heading, `Für: X, Ausgabe vom DATE`, `Titel:`)", t(
    "TELEFONISCH DURCHGEGEBEN\nAufgenommen von: Petra Lang, 21.15\nVon: Büro Hannover\nFür: Hannoversche Allgemeine, Ausgabe vom 6. März 2026\nStichwort: BRAND\nTitel: Großbrand in Lagerhalle in Laatzen",
    "Text:",
    "Ein Feuer in einer Lagerhalle hat am Donnerstagabend einen Schaden von mehreren Millionen Euro verursacht.",
    "ENDE"),
 dict(title="Großbrand in Lagerhalle in Laatzen", published="2026-03-06", source="Hannoversche Allgemeine")),
("target_cites_issue_de", "citesIssue (a caption's issue line under the article's day)", t(
    "Als die Quick die Kanzlerwahl vorhersagte", "Von Miriam Hoffmann", "5. März 2026",
    "Aus: Quick Nr. 12/1964 vom 18. März 1964",
    "Die Illustrierte lag mit ihrer Prognose daneben, wie die Ausstellung im Haus der Geschichte zeigt.",
    "Die Schau läuft bis Juli."),
 dict(title="Als die Quick die Kanzlerwahl vorhersagte", authors=["Miriam Hoffmann"], published="2026-03-05", source=None)),
("target_cites_issue_fr", "citesIssue (a caption's issue line under the article's day)", t(
    "Paris Match, soixante-dix-sept ans de unes", "Par Camille Bertrand", "6 mars 2026",
    "Paru dans Paris Match n° 1 du 25 mars 1949",
    "Le premier numéro, consacré à Winston Churchill, ouvre l'exposition de l'Hôtel de Ville.",
    "Entrée libre jusqu'en juin."),
 dict(title="Paris Match, soixante-dix-sept ans de unes", authors=["Camille Bertrand"], published="2026-03-06", source=None)),
("target_cites_issue_it", "citesIssue (a caption's issue line under the article's day)", t(
    "Epoca, il settimanale che raccontò l'Italia", "Di Sara Fontana", "9 marzo 2026",
    "Da Epoca n. 1 del 14 ottobre 1950",
    "Una mostra a Milano ripercorre i quarantaquattro anni del settimanale Mondadori.",
    "Ingresso gratuito."),
 dict(title="Epoca, il settimanale che raccontò l'Italia", authors=["Sara Fontana"], published="2026-03-09", source=None)),
("target_gazette_pt", "isOfficialGazette (a decree's line in the Diário da República)", t(
    "Salário mínimo sobe para 920 euros", "12 de março de 2026",
    "Publicado em Diário da República n.º 50, de 11 de março de 2026",
    "O decreto-lei fixa o novo valor com efeitos a partir de abril.",
    "As confederações patronais criticam o calendário."),
 dict(title="Salário mínimo sobe para 920 euros", published="2026-03-12", source=None)),
("target_gazette_fr", "isOfficialGazette (`Publié au Journal officiel du DATE`)", t(
    "Le chèque énergie prolongé jusqu'en 2027", "Par Yann Le Goff", "7 mars 2026",
    "Publié au Journal officiel du 6 mars 2026",
    "Le décret maintient l'aide pour 5,6 millions de foyers modestes.",
    "Le montant moyen reste de 150 euros."),
 dict(title="Le chèque énergie prolongé jusqu'en 2027", authors=["Yann Le Goff"], published="2026-03-07", source=None)),
("target_gazette_de", "isOfficialGazette (`Veröffentlicht im Bundesgesetzblatt`)", t(
    "Neues Heizungsgesetz tritt im Mai in Kraft", "Von Jonas Weber", "6. März 2026",
    "Veröffentlicht im Bundesgesetzblatt Nr. 70 vom 5. März 2026",
    "Die Pflicht zu 65 Prozent erneuerbarer Wärme gilt künftig erst ab 2030.",
    "Die Grünen sprechen von einem Rückschritt."),
 dict(title="Neues Heizungsgesetz tritt im Mai in Kraft", authors=["Jonas Weber"], published="2026-03-06", source=None)),
("target_gazette_note_es", "isOfficialGazette in OriginNotes (`* Publicado en el BOE`)", t(
    "Las ayudas al coche eléctrico vuelven en abril*", "Por Laura Campos", "9 de marzo de 2026",
    "El plan Moves IV contará con 400 millones de euros.",
    "* Publicado en el Boletín Oficial del Estado el 8 de marzo de 2026."),
 dict(title="Las ayudas al coche eléctrico vuelven en abril", authors=["Laura Campos"], published="2026-03-09", source=None)),
("target_headref_mla_en", "HeadReferences (MLA reference opening with the inverted name)", t(
    "Price, Anna. “Councils brace for a summer of potholes.” The Observer, 8 Mar. 2026, p. 14.",
    "Councils brace for a summer of potholes",
    "Road repair budgets in England have fallen by a fifth in real terms since 2020, the Local Government Association says.",
    "Drivers paid £1.7bn in damage last year."),
 dict(title="Councils brace for a summer of potholes", authors=["Anna Price"], published="2026-03-08", source="The Observer")),
("target_headref_it", "HeadReferences (`Cognome, Nome. «Titolo». X, DATA.`)", t(
    "Rinaldi, Marco. «Le Dolomiti senza neve». la Repubblica, 5 marzo 2026.",
    "Le Dolomiti senza neve",
    "Gli impianti di Cortina hanno chiuso con tre settimane di anticipo. Gli albergatori contano le perdite.",
    "La Regione promette aiuti."),
 dict(title="Le Dolomiti senza neve", authors=["Marco Rinaldi"], published="2026-03-05", source="la Repubblica")),
("target_headref_quote_fr", "HeadReferences (a reference opening with the quoted title)", t(
    "« Les vignerons bordelais arrachent leurs vignes. » Sud Ouest, 6 mars 2026, p. 3.",
    "Les vignerons bordelais arrachent leurs vignes",
    "Huit mille hectares seront arrachés d'ici l'été avec l'aide de l'État. La surcapacité n'a jamais été aussi forte.",
    "La prime est de 6 000 euros par hectare."),
 dict(title="Les vignerons bordelais arrachent leurs vignes", published="2026-03-06", source="Sud Ouest")),
("target_gallery_fr", "GalleryCaptions (`Image 1 sur 2` captions under the title)", t(
    "Le Monde", "Le Mont-Saint-Michel encerclé par la grande marée",
    "Image 1 sur 2\nLe Mont-Saint-Michel, 28 février 2026 : la baie à marée haute. Photo : Paul Martin/AFP",
    "Image 2 sur 2\nAvranches, 27 février 2026 : des curieux sur la digue. Photo : Katrin Vogel/Reuters",
    "Par Julien Marchal", "3 mars 2026",
    "Avec un coefficient de 118, la marée a attiré plus de 20 000 visiteurs en deux jours.",
    "La prochaine est attendue en septembre."),
 dict(title="Le Mont-Saint-Michel encerclé par la grande marée", authors=["Julien Marchal"], published="2026-03-03", source="Le Monde")),
("target_gallery_es", "GalleryCaptions (`Imagen 1 de 2` captions)", t(
    "El Mundo", "La nieve cubre la sierra de Madrid",
    "Imagen 1 de 2\nNavacerrada, 1 de marzo de 2026: esquiadores en la estación. Foto: Pablo Ruiz/EFE",
    "Imagen 2 de 2\nMadrid, 28 de febrero de 2026: quitanieves en la A-6. Foto: Ana Gil",
    "Por Elena Marín", "2 de marzo de 2026",
    "La nevada obligó a cortar tres puertos de montaña durante la mañana del domingo.",
    "Se esperan más nevadas."),
 dict(title="La nieve cubre la sierra de Madrid", authors=["Elena Marín"], published="2026-03-02", source="El Mundo")),
("target_gallery_it", "GalleryCaptions (`Immagine 1 di 2` captions)", t(
    "La Stampa", "Torino, il Po esonda ai Murazzi",
    "Immagine 1 di 2\nTorino, 4 marzo 2026: i Murazzi allagati. Foto: Luca Bini/Ansa",
    "Immagine 2 di 2\nMoncalieri, 3 marzo 2026: la piena sotto il ponte. Foto: Anna Neri",
    "Di Paolo Ghezzi", "5 marzo 2026",
    "Il fiume ha superato i cinque metri a Torino per la prima volta dal 2016.",
    "Chiuse le scuole lungo il fiume."),
 dict(title="Torino, il Po esonda ai Murazzi", authors=["Paolo Ghezzi"], published="2026-03-05", source="La Stampa")),
("target_gallery_pt", "GalleryCaptions (`Imagem 1 de 2` captions)", t(
    "Expresso", "A Nazaré recebe a maior onda do inverno",
    "Imagem 1 de 2\nNazaré, 2 de março de 2026: um surfista na Praia do Norte. Foto: Rui Costa/Lusa",
    "Imagem 2 de 2\nNazaré, 1 de março de 2026: público no farol. Foto: Ana Lima",
    "Por Rui Almeida", "3 de março de 2026",
    "A onda terá ultrapassado os 25 metros, segundo os organizadores da prova.",
    "A medição será validada em abril."),
 dict(title="A Nazaré recebe a maior onda do inverno", authors=["Rui Almeida"], published="2026-03-03", source="Expresso")),
("target_gallery_crlf_en", "GalleryCaptions (`Image 1 of 2` captions, CRLF)", crlf(t(
    "The Scotsman", "Edinburgh's Old Town under fresh snow",
    "Image 1 of 2\nEdinburgh, 4 March 2026: Victoria Street at dawn. Photo: Mary Hughes/PA",
    "Image 2 of 2\nEdinburgh, 3 March 2026: gritters on the Royal Mile. Photo: Tom Hale",
    "By Sarah Kim", "5 March 2026",
    "Ten centimetres fell overnight, closing schools across the Lothians.",
    "More is forecast for Friday.")),
 dict(title="Edinburgh's Old Town under fresh snow", authors=["Sarah Kim"], published="2026-03-05", source="The Scotsman")),
("target_bulletin_es", "members' bulletin as masthead + OriginNotes (`Boletín de socios`)", t(
    "Boletín de socios", "Los pueblos que pagan por tener vecinos*", "Por Javier Gil",
    "Una veintena de municipios de Teruel ofrecen casa y trabajo a familias con hijos.",
    "* Publicado en Heraldo de Aragón el 3 de marzo de 2026."),
 dict(title="Los pueblos que pagan por tener vecinos", authors=["Javier Gil"], published="2026-03-03", source="Heraldo de Aragón")),
("target_bulletin_nominative_de", "members' bulletin as masthead + OriginNotes.nominative (`in der Badischen Zeitung`)", t(
    "Rundbrief für Mitglieder", "Die Rückkehr der Störche an den Oberrhein*", "Von Jana Roth",
    "Im Kreis Emmendingen brüten wieder über hundert Storchenpaare, so viele wie seit 1950 nicht mehr.",
    "*) Erschienen in der Badischen Zeitung am 2. März 2026."),
 dict(title="Die Rückkehr der Störche an den Oberrhein", authors=["Jana Roth"], published="2026-03-02", source="Badische Zeitung")),
("target_nominative_faz_de", "OriginNotes.nominative (`in der Frankfurter Allgemeinen Zeitung`)", t(
    "Mitgliederbrief", "Wie Hessen seine Wälder umbaut*", "Von Felix Krämer",
    "Auf einem Viertel der Fläche sollen bis 2040 Eichen und Douglasien die Fichten ersetzen.",
    "*) Erschienen in der Frankfurter Allgemeinen Zeitung am 3. März 2026."),
 dict(title="Wie Hessen seine Wälder umbaut", authors=["Felix Krämer"], published="2026-03-03", source="Frankfurter Allgemeine Zeitung")),
("target_nominative_nzz_de", "OriginNotes.nominative (`in der Neuen Zürcher Zeitung`, CRLF)", crlf(t(
    "Mitgliederbrief", "Die Schweiz und ihre Gletscher*", "Von Katrin Schulte",
    "Seit 2000 haben die Gletscher der Schweiz ein Drittel ihres Volumens verloren.",
    "*) Erschienen in der Neuen Zürcher Zeitung am 6. März 2026.")),
 dict(title="Die Schweiz und ihre Gletscher", authors=["Katrin Schulte"], published="2026-03-06", source="Neue Zürcher Zeitung")),
("target_staff_de", "correspondentPhrases (`Von unserem Redakteur A`)", t(
    "Hafen Hamburg verliert Marktanteile", "Von unserem Redakteur Max Berger",
    "Rotterdam und Antwerpen haben ihren Vorsprung im Containerumschlag 2025 weiter ausgebaut.",
    "Der Senat will gegensteuern."),
 dict(title="Hafen Hamburg verliert Marktanteile", authors=["Max Berger"])),
("target_staff_fr", "correspondentPhrases (`De notre collaboratrice A`)", t(
    "Les vendanges avancent encore en Champagne", "De notre collaboratrice Claire Dubois",
    "Pour la troisième année, les premières grappes pourraient être coupées en août.",
    "Les maisons s'adaptent."),
 dict(title="Les vendanges avancent encore en Champagne", authors=["Claire Dubois"])),
("target_staff_es", "correspondentPhrases (`De nuestro redactor A`)", t(
    "Cádiz recupera su flota de almadrabas", "De nuestro redactor Javier Gil",
    "Las cuatro almadrabas de la provincia capturaron 1.200 toneladas de atún rojo en 2025.",
    "La campaña empieza en abril."),
 dict(title="Cádiz recupera su flota de almadrabas", authors=["Javier Gil"])),
("target_staff_it", "correspondentPhrases (`Dai nostri redattori A e B`)", t(
    "Venezia, il ticket d'ingresso raddoppia", "Dai nostri redattori Anna Neri e Luca Bini",
    "Dal 2026 il contributo d'accesso passa a dieci euro nei giorni di punta.",
    "I commercianti sono divisi."),
 dict(title="Venezia, il ticket d'ingresso raddoppia", authors=["Anna Neri", "Luca Bini"])),
("target_staff_pt", "correspondentPhrases (`Do nosso redator A`)", t(
    "Algarve com menos turistas britânicos", "Do nosso redator João Pinto",
    "As dormidas de britânicos caíram 8% em fevereiro, segundo o INE.",
    "Os hoteleiros apostam nos americanos."),
 dict(title="Algarve com menos turistas britânicos", authors=["João Pinto"])),
("target_staff_en", "correspondentPhrases (`From our staff correspondent A`)", t(
    "Lagos bets on a metro to end its traffic jams", "From our staff correspondent Chidi Okafor",
    "The second line of the city's rail network opens next month after a decade of delays.",
    "Fares will be capped for a year."),
 dict(title="Lagos bets on a metro to end its traffic jams", authors=["Chidi Okafor"])),
("target_picture_credits_de", "withoutPictureCredits (`A (Text) und B (Fotos)`)", t(
    "Auf den Spuren der Wölfe in der Lausitz", "Von Lena Vogt (Text) und Tim Bauer (Fotos)",
    "In der Lausitz leben inzwischen 30 Rudel. Wir haben einen Ranger eine Woche lang begleitet.",
    "Die Schäfer fordern mehr Schutz."),
 dict(title="Auf den Spuren der Wölfe in der Lausitz", authors=["Lena Vogt"])),
("target_picture_credits_es", "withoutPictureCredits (`A (texto) y B (fotografías)`)", t(
    "Los últimos pastores trashumantes de León", "Por Ana Gil (texto) y Pablo Ruiz (fotografías)",
    "Cada junio, Ramón sube 1.500 ovejas a los puertos de Babia. Es uno de los doce que quedan.",
    "El viaje dura nueve días."),
 dict(title="Los últimos pastores trashumantes de León", authors=["Ana Gil"])),
("target_picture_credits_pt", "withoutPictureCredits (`A (texto) e B (ilustração)`)", t(
    "Como será Lisboa em 2050", "Por Rui Costa (texto) e Ana Lima (ilustração)",
    "O plano diretor prevê mais 60 mil habitantes e metade do trânsito automóvel.",
    "A consulta pública termina em abril."),
 dict(title="Como será Lisboa em 2050", authors=["Rui Costa"])),
("target_picture_credits_it", "withoutPictureCredits (`A (testo), B (foto) e C (grafica)`)", t(
    "La rinascita dei borghi dell'Appennino", "Di Anna Neri (testo), Luca Bini (foto) e Sara Fontana (grafica)",
    "In cinque anni, quaranta borghi hanno guadagnato abitanti grazie al lavoro a distanza.",
    "Mancano però i servizi."),
 dict(title="La rinascita dei borghi dell'Appennino", authors=["Anna Neri"])),
("target_placed_caption_fr", "placesWriters (a placed name alone over the byline in the next paragraph: a caption)", t(
    "Le président annonce un plan pour les quartiers nord",
    "Emmanuel Macron à Marseille",
    "Par Julien Marchal", "4 mars 2026",
    "Le chef de l'État a promis cinq milliards d'euros sur dix ans pour la rénovation des écoles et des logements.",
    "Les élus locaux restent prudents."),
 dict(title="Le président annonce un plan pour les quartiers nord", authors=["Julien Marchal"], published="2026-03-04")),
("target_placed_alone_en", "placesWriters (a placed writer alone over its day signs)", t(
    "Belgium to extend nuclear plants by ten years",
    "Jennifer Rankin in Brussels",
    "Fri 6 Mar 2026 11.20 CET",
    "The government reached a deal with Engie to keep Doel 4 and Tihange 3 running until 2035.",
    "Greens called it a mistake."),
 dict(title="Belgium to extend nuclear plants by ten years", authors=["Jennifer Rankin"])),
("target_desk_sender_en", "isDeskCredit for a mail's sender (`Foreign desk`)", t(
    "From: Foreign desk\nTo: Night editor\nSubject: Quake toll rises\nDate: Fri, 6 Mar 2026 22:10:00 +0000",
    "Quake toll rises to 140 in eastern Turkey",
    "Rescuers pulled two children alive from the rubble in Malatya on Friday, 30 hours after the earthquake.",
    "Aftershocks continued through the night."),
 dict(title="Quake toll rises to 140 in eastern Turkey", source=None)),
("target_desk_sender_es", "isDeskCredit for a mail's sender (`Sección de Internacional`)", t(
    "De: Sección de Internacional\nPara: Cierre\nAsunto: Elecciones en Portugal\nFecha: 8 de marzo de 2026",
    "Portugal vota en las terceras elecciones en tres años",
    "Los sondeos dan una ligera ventaja a la Alianza Democrática sobre los socialistas.",
    "Los colegios cierran a las 19.00."),
 dict(title="Portugal vota en las terceras elecciones en tres años", source=None)),
("target_section_etranger_fr", "section words (`Étranger` kicker above the masthead's title)", t(
    "Étranger", "La Pologne construit un mur à la frontière biélorusse", "Par Antoine Meunier", "5 mars 2026",
    "Le chantier de 180 kilomètres doit s'achever en 2027. Varsovie invoque la sécurité.",
    "Minsk dénonce une provocation."),
 dict(title="La Pologne construit un mur à la frontière biélorusse", authors=["Antoine Meunier"], published="2026-03-05", source=None)),
("target_section_foreign_en", "section words (`Foreign` kicker)", t(
    "Foreign", "Japan's rice price doubles in a year", "By Tom Hale", "March 6, 2026",
    "A poor harvest and hoarding have pushed the price of a 5kg bag above ¥4,000 for the first time.",
    "The government will release reserves."),
 dict(title="Japan's rice price doubles in a year", authors=["Tom Hale"], published="2026-03-06", source=None)),
("target_md_inverted_es", "FrontMatter.list invertedName (`author: \"García Ortega, Lucía\"`)", """---
title: "Valencia recupera la huerta perdida"
author: "García Ortega, Lucía"
date: 2026-03-03
---

# Valencia recupera la huerta perdida

Más de 400 hectáreas de cultivo volverán a regarse con agua de las acequias históricas.

Los agricultores celebran la medida.
""", dict(title="Valencia recupera la huerta perdida", authors=["Lucía García Ortega"], published="2026-03-03")),
("target_md_inverted_de", "FrontMatter.list invertedName (`author: Weber, Jonas`)", """---
title: Die Bahn streicht Verbindungen im Osten
author: Weber, Jonas
date: 2026-03-05
---

# Die Bahn streicht Verbindungen im Osten

Zwölf Regionalzüge in Sachsen-Anhalt fallen ab Juni weg. Die Länder wollen klagen.

Die Bahn verweist auf fehlende Mittel.
""", dict(title="Die Bahn streicht Verbindungen im Osten", authors=["Jonas Weber"], published="2026-03-05")),
("target_md_tab_lemonde_fr", "tabTitle (`# Titre - Le Monde`, host lemonde.fr)", """---
title: "La Loire au plus bas depuis un siècle - Le Monde"
source: https://www.lemonde.fr/planete/article/2026/03/05/la-loire-au-plus-bas_123.html
---

# La Loire au plus bas depuis un siècle - Le Monde

À Orléans, le fleuve ne mesure plus que 40 centimètres de profondeur.

Les bateaux de promenade restent à quai.
""", dict(title="La Loire au plus bas depuis un siècle")),
("target_json_wiki_pasted_fr", "KeptPages (a Wiki.js page holding a pasted article)", j({"data": {"pages": {"single": {
    "id": 7, "path": "revue/2026-03-05", "title": "Revue de presse du 5 mars", "contentType": "markdown",
    "content": "# La Loire au plus bas depuis un siècle\n\n*Le Monde · 5 mars 2026*\n\nPar Julien Marchal\n\nÀ Orléans, le fleuve ne mesure plus que 40 centimètres de profondeur. Les bateaux de promenade restent à quai.\n\nLes agriculteurs redoutent l'été.\n",
    "authorName": "Hélène Roux", "isPublished": True, "createdAt": "2026-03-05T07:00:00Z", "updatedAt": "2026-03-05T07:30:00Z"}}}}),
 dict(title="La Loire au plus bas depuis un siècle", authors=["Julien Marchal"], published="2026-03-05", source="Le Monde")),
("target_json_standard_notes_de", "KeptPages (a Standard Notes backup's note, the note-taker's signature under a lead-in)", j({
    "version": "004", "items": [
        {"uuid": "x1", "content_type": "SN|ItemsKey", "content": {}},
        {"uuid": "x2", "content_type": "Note", "created_at": "2026-03-06T08:00:00.000Z", "content": {
            "title": "Für die Konferenz",
            "text": "Für die Konferenz morgen:\n\nMünchens Mieten steigen langsamer\n\nSüddeutsche Zeitung, 4. März 2026\n\nVon Katrin Schulte\n\nErstmals seit zehn Jahren sind die Angebotsmieten in München weniger stark gestiegen als die Löhne.\n\nDer Mieterverein bleibt skeptisch.\n\n— Jana Roth"}}]}),
 dict(title="Münchens Mieten steigen langsamer", authors=["Katrin Schulte"], published="2026-03-04", source="Süddeutsche Zeitung")),
("target_json_mongo_numberlong_it", "MongoDB `$date` with `$numberLong`", j({
    "_id": {"$oid": "65f1a2b3c4d5e6f708192a99"}, "titolo": "Venezia, il ticket d'ingresso raddoppia", "testata": "Il Gazzettino",
    "autore": "Anna Neri", "data": {"$date": {"$numberLong": "1772841600000"}},
    "testo": "Dal 2026 il contributo d'accesso passa a dieci euro nei giorni di punta.\n\nI commercianti sono divisi."}),
 dict(title="Venezia, il ticket d'ingresso raddoppia", authors=["Anna Neri"], published="2026-03-07", source="Il Gazzettino")),
("target_json_mongo_pt", "MongoDB `$date` (ISO string)", j({
    "_id": {"$oid": "65f1a2b3c4d5e6f708192a77"}, "headline": "Algarve com menos turistas britânicos", "outlet": "Observador",
    "authors": ["João Pinto"], "publishedAt": {"$date": "2026-03-04T10:15:00.000Z"},
    "text": "As dormidas de britânicos caíram 8% em fevereiro, segundo o INE.\n\nOs hoteleiros apostam nos americanos.",
    "clippedAt": {"$date": "2026-03-10T09:00:00.000Z"}}),
 dict(title="Algarve com menos turistas britânicos", authors=["João Pinto"], published="2026-03-04", source="Observador")),
("target_http_sendgrid_fr", "HTTPRequests (SendGrid Inbound Parse, CRLF, a colleague's forward)", crlf(
    "POST /hooks/inbound HTTP/1.1\nHost: desk.example.org\nUser-Agent: Sendlib/1.0\nContent-Type: multipart/form-data; boundary=xYzZY\n\n"
    "--xYzZY\nContent-Disposition: form-data; name=\"headers\"\n\nFrom: Hélène Roux <hroux@example.org>\nSubject: Fwd: à lire\n"
    "--xYzZY\nContent-Disposition: form-data; name=\"subject\"\n\nFwd: à lire\n"
    "--xYzZY\nContent-Disposition: form-data; name=\"from\"\n\nHélène Roux <hroux@example.org>\n"
    "--xYzZY\nContent-Disposition: form-data; name=\"text\"\n\nLes vendanges avancent encore en Champagne\n\nL'Union, 6 mars 2026\n\nPar Claire Dubois\n\nPour la troisième année, les premières grappes pourraient être coupées en août.\n\nLes maisons s'adaptent.\n"
    "--xYzZY--\n"),
 dict(title="Les vendanges avancent encore en Champagne", authors=["Claire Dubois"], published="2026-03-06", source="L'Union")),
("target_http_mailgun_en", "HTTPRequests (Mailgun route, `body-plain`)", (
    "POST /mailgun/inbound HTTP/1.1\nHost: desk.example.org\nContent-Type: multipart/form-data; boundary=\"b1a2\"\n\n"
    "--b1a2\nContent-Disposition: form-data; name=\"sender\"\n\ntom.hale@example.org\n"
    "--b1a2\nContent-Disposition: form-data; name=\"subject\"\n\nworth a look\n"
    "--b1a2\nContent-Disposition: form-data; name=\"body-plain\"\n\nWales to scrap 20mph limit on main roads\n\nBy Steven Morris\n\nThe Guardian, 9 March 2026\n\nThe Welsh government will restore 30mph on about a third of the roads it slowed in 2023.\n\nCampaigners called it a retreat.\n"
    "--b1a2--\n"),
 dict(title="Wales to scrap 20mph limit on main roads", authors=["Steven Morris"], published="2026-03-09", source="The Guardian")),
("target_json_mercury_en", "Mercury Parser JSON (domain, a tab title ending with the publication)", j({
    "title": "Councils brace for a summer of potholes | The Observer", "author": "Anna Price", "date_published": "2026-03-08T06:00:00.000Z",
    "domain": "www.theguardian.com", "url": "https://www.theguardian.com/world/2026/mar/08/potholes",
    "content": "<p>The Observer</p><p>Road repair budgets in England have fallen by a fifth in real terms since 2020.</p><p>Drivers paid £1.7bn in damage last year.</p>",
    "excerpt": "Road repair budgets in England have fallen", "word_count": 28}),
 dict(title="Councils brace for a summer of potholes", authors=["Anna Price"], published="2026-03-08")),
("target_json_solr_es", "Solr response (`response.docs`)", j({
    "responseHeader": {"status": 0, "QTime": 3}, "response": {"numFound": 1, "start": 0, "docs": [{
        "id": "lv-2026-0306-12", "title": "Barcelona limita los cruceros en el puerto", "author": "Marc Puig",
        "source": "La Vanguardia", "pub_date": "2026-03-06T00:00:00Z",
        "body": "A partir de 2027 solo podrán atracar cinco cruceros al día en la terminal de la ciudad.\n\nLas navieras estudian recurrir."}]}}),
 dict(title="Barcelona limita los cruceros en el puerto", authors=["Marc Puig"], published="2026-03-06", source="La Vanguardia")),
("target_json_algolia_de", "Algolia response (`hits`)", j({
    "hits": [{"objectID": "hh-8812", "title": "Hafen Hamburg verliert Marktanteile", "author": "Max Berger", "publisher": "Hamburger Abendblatt",
              "published_at": "2026-03-05", "content": "Rotterdam und Antwerpen haben ihren Vorsprung im Containerumschlag 2025 weiter ausgebaut.\n\nDer Senat will gegensteuern.",
              "_highlightResult": {"title": {"value": "<em>Hafen</em> Hamburg verliert Marktanteile"}}}],
    "nbHits": 1, "page": 0, "hitsPerPage": 20, "query": "Hafen"}),
 dict(title="Hafen Hamburg verliert Marktanteile", authors=["Max Berger"], published="2026-03-05", source="Hamburger Abendblatt")),
]
