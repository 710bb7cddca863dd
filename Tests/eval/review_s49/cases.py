# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Look-alikes first (ordinary clippings, or texts that are no clipping, brushing against one of the new rules of
# aaeeb52..2573384: IssueReferences.readIssueLine, HeadReferences, the footnote's mark and OriginNotes' `* `/`*) `,
# ExportLines.isMembersBulletin, LayoutReader.publicationBesideTagline/sectionedMasthead, Bylines.withoutPlace,
# ExportLines.isFaxHeader, ExportLines.isDeskCredit, RelatedLists.withoutTrailingList, MarkdownArticle.tabTitle and
# `author: By A`, the JSON containers GraphMessages, SheetValues, NotionPages, Strapi, Unstructured, Webz.io), then the
# rules' own shapes written fresh in other languages or variants ("target_"). Written by the reviewer; nothing taken
# from .eval or from the clipping_layouts batches.
import json

def j(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"

CASES = [
# ---- IssueReferences.readIssueLine: issue lines that cite an old issue, a law's gazette, a museum's exhibit ----
("issue_caption_stern_de", "readIssueLine (a picture's caption citing an old issue)", """Vierzig Jahre nach dem Skandal um die gefälschten Tagebücher

Von Miriam Hoffmann

4. März 2026

Aus: Stern Nr. 18/1983 vom 28. April 1983

Das Titelbild ging um die Welt: „Hitlers Tagebücher entdeckt“. Zwei Wochen später war klar, dass alles gefälscht war. Eine Ausstellung in Hamburg erzählt jetzt die Geschichte der Fälschung.

Die Schau ist bis Ende Juni zu sehen.
""", dict(title="Vierzig Jahre nach dem Skandal um die gefälschten Tagebücher", authors=["Miriam Hoffmann"], published="2026-03-04", source=None)),
("issue_auction_lot_en", "readIssueLine (an auction lot naming an old issue)", """Rare cartoons fetch record prices at Bonhams

By Oliver Grant

March 5, 2026

From Punch No. 4120 of 3 March 1920

The original drawing above, one of 60 lots from a private collection, sold for £18,000 on Wednesday, three times its estimate.

Dealers said demand for early twentieth-century satire had never been higher.
""", dict(title="Rare cartoons fetch record prices at Bonhams", authors=["Oliver Grant"], published="2026-03-05", source=None)),
("issue_museum_label_fr", "readIssueLine (a museum's label: 'Du Petit Journal n° 1 du …')", """Le musée de la Presse rouvre ses portes à Lille

Par Camille Bertrand

6 mars 2026

Du Petit Journal n° 1 du 1er février 1863

C'est par cette une, la toute première du quotidien à un sou, que s'ouvre le parcours. Le musée a été entièrement rénové pendant deux ans.

L'entrée est gratuite le premier dimanche du mois.
""", dict(title="Le musée de la Presse rouvre ses portes à Lille", authors=["Camille Bertrand"], published="2026-03-06", source=None)),
("issue_gazette_law_pt", "readIssueLine (a law's publication in the official gazette)", """Novas regras para as trotinetas entram em vigor em abril

6 de março de 2026

Publicado em Diário da República n.º 45, de 5 de março de 2026

O decreto-lei limita a velocidade das trotinetas elétricas a 20 quilómetros por hora e torna obrigatório o seguro de responsabilidade civil.

As câmaras terão seis meses para criar zonas de estacionamento.
""", dict(title="Novas regras para as trotinetas entram em vigor em abril", authors=[], published="2026-03-06", source=None)),
("issue_boe_decree_es", "readIssueLine (a decree's line in the BOE)", """El Gobierno amplía el bono de alquiler joven hasta 2027

Por Laura Campos

8 de marzo de 2026

Publicado en BOE núm. 58, de 7 de marzo de 2026

El real decreto mantiene la ayuda de 250 euros mensuales para menores de 35 años con ingresos inferiores a tres veces el IPREM.

Las comunidades autónomas gestionarán las solicitudes.
""", dict(title="El Gobierno amplía el bono de alquiler joven hasta 2027", authors=["Laura Campos"], published="2026-03-08", source=None)),
("issue_comic_caption_it", "readIssueLine (a comic's cover cited in a caption)", """Topolino compie 77 anni e torna in edicola con un albo speciale

Di Sara Fontana

9 marzo 2026

Da Topolino n. 3000 del 10 aprile 2013

La copertina del numero tremila, disegnata da Giorgio Cavazzano, sarà ristampata in allegato al nuovo albo. La tiratura prevista è di 120 mila copie.

L'albo sarà in vendita da mercoledì.
""", dict(title="Topolino compie 77 anni e torna in edicola con un albo speciale", authors=["Sara Fontana"], published="2026-03-09", source=None)),
# ---- HeadReferences: a line quoting the title above it that is no reference to the article ----
("headref_book_review_en", "HeadReferences (a review's book facts above a headline that is the book's title)", """Lauren Groff, “The Vaster Wilds.” Riverhead Books, 3 Mar. 2026, 272 pp.

The Vaster Wilds

Reviewed by Thomas Hale

March 6, 2026

A servant girl flees a starving colony into the winter forest. Groff's novel is short, brutal and astonishing in its attention to the natural world.

It is the best thing she has written.
""", dict(title="The Vaster Wilds", authors=["Thomas Hale"], published="2026-03-06", source=None)),
("headref_speech_fr", "HeadReferences (a speech's reference above the report's headline)", """Discours de la présidente de la Commission, « Une Europe qui protège. » Parlement européen, 3 mars 2026.

Une Europe qui protège

Par Antoine Meunier

4 mars 2026

Devant les eurodéputés, la présidente a défendu mardi un plan de 150 milliards d'euros pour la défense commune. Les Verts ont dénoncé une course aux armements.

Le vote aura lieu en avril.
""", dict(title="Une Europe qui protège", authors=["Antoine Meunier"], published="2026-03-04", source=None)),
("headref_pull_quote_de", "HeadReferences (a pull quote above the headline that repeats it)", """„Wir bauen keine Mauern.“ Bürgermeisterin Anke Vogt, Stadtrat Görlitz, 3. März 2026.

Wir bauen keine Mauern

Von Felix Krämer

5. März 2026

Görlitz lehnt einen Zaun an der Neiße ab. Der Stadtrat stimmte mit großer Mehrheit gegen den Antrag der AfD-Fraktion.

Die Landesregierung will den Beschluss prüfen.
""", dict(title="Wir bauen keine Mauern", authors=["Felix Krämer"], published="2026-03-05", source=None)),
("headref_exhibition_es", "HeadReferences (an exhibition's facts above its review)", """Exposición: Joaquín Sorolla, «Sorolla en el mar». Museo del Prado, 3 de marzo de 2026.

Sorolla en el mar

Por Elena Marín

7 de marzo de 2026

El Prado reúne ochenta lienzos del pintor valenciano dedicados al Mediterráneo. La luz, como siempre, es la protagonista.

La muestra podrá verse hasta el 30 de junio.
""", dict(title="Sorolla en el mar", authors=["Elena Marín"], published="2026-03-07", source=None)),
("headref_film_card_it", "HeadReferences (a film's card above its review)", """Sorrentino, Paolo. «Parthenope.» Pathé, 24 ott. 2024, 136 minuti.

Parthenope

Di Chiara Valli

10 marzo 2026

Il film torna nelle sale per una settimana, restaurato. Napoli non è mai stata così bella né così crudele.

Da non perdere sul grande schermo.
""", dict(title="Parthenope", authors=["Chiara Valli"], published="2026-03-10", source=None)),
# ---- footnote mark and OriginNotes' `* ` / `*) `: notes that are no origin ----
("star_list_papers_en", "OriginNotes `* ` (a bulleted list of a scientist's papers)", """The glaciologist who saw it coming

By Ruth Adeyemi

March 3, 2026

Twenty years ago, Karin Lund predicted the collapse of the Thwaites ice shelf within a generation. Few listened. Now she is in demand everywhere.

Her three most cited papers:

* Published in Nature in 2006, on warm water under the shelf
* Published in Science in 2011, on the grounding line
* Published in The Cryosphere in 2019, on the calving front
""", dict(title="The glaciologist who saw it coming", authors=["Ruth Adeyemi"], published="2026-03-03", source=None)),
("star_partnership_en", "footnote mark + OriginNotes (a partnership note)", """Inside the clinics treating long Covid*

By Daniel Ruiz

March 4, 2026

In a converted warehouse in Bristol, doctors see forty patients a day who have been ill for more than two years. Waiting lists run to eleven months.

The NHS has promised new funding but no figure.

* Published in partnership with the Pulitzer Center on Crisis Reporting.
""", dict(title="Inside the clinics treating long Covid", authors=["Daniel Ruiz"], published="2026-03-04", source=None)),
("star_price_note_fr", "footnote mark (a price's note with a day)", """Le forfait mobile à 4,99 €*

Par Hugo Lemaire

5 mars 2026

Un nouvel opérateur propose depuis mardi un forfait de 80 Go pour moins de cinq euros par mois, sans engagement. Les concurrents ont aussitôt réagi.

* Prix indicatif constaté le 2 mars 2026, hors promotions.
""", dict(title="Le forfait mobile à 4,99 €", authors=["Hugo Lemaire"], published="2026-03-05", source=None)),
("star_paren_series_de", "OriginNotes `*) ` (an academic footnote naming a book series)", """Die Brücken der Stadt Halle im 19. Jahrhundert

Von Dr. Sabine Koch

Mit der Eisenbahn kam die Eisenbrücke: Zwischen 1840 und 1890 entstanden in Halle elf neue Übergänge über die Saale.*

Die meisten wurden im Krieg zerstört.

*) Erschienen in der Reihe „Beiträge zur Stadtgeschichte“, Band 12, Halle 2019.
""", dict(title="Die Brücken der Stadt Halle im 19. Jahrhundert", authors=["Sabine Koch"], source=None)),
("star_license_it", "OriginNotes `* ` (a licence note)", """Le api di città producono più miele di quelle di campagna*

Di Luca Ferraris

11 marzo 2026

Uno studio dell'Università di Torino ha confrontato 40 alveari urbani e 40 rurali. In città la produzione è superiore del 20 per cento.

Merito della varietà dei fiori nei parchi e nei balconi.

* Pubblicato su licenza Creative Commons BY 4.0.
""", dict(title="Le api di città producono più miele di quelle di campagna", authors=["Luca Ferraris"], published="2026-03-11", source=None)),
("star_agreement_es", "OriginNotes `* ` (an agreement's note)", """Granada estudia la sequía en la Alpujarra*

Por Marta Iglesias

12 de marzo de 2026

Un equipo de geógrafos mide desde hace dos años el caudal de las acequias de la Alpujarra. Algunas han perdido la mitad del agua.

Los regantes piden ayudas para modernizarlas.

* Publicado en el marco del convenio de divulgación con la Universidad de Granada.
""", dict(title="Granada estudia la sequía en la Alpujarra", authors=["Marta Iglesias"], published="2026-03-12", source=None)),
("star_coauthor_pt", "OriginNotes `*) ` (a co-authorship note)", """O português é a quarta língua mais falada na internet*)

Por Rui Tavares Neto

13 de março de 2026

Um relatório sobre o uso das línguas na rede coloca o português atrás do inglês, do espanhol e do chinês. O Brasil responde por quase 80 por cento dos utilizadores.

*) Publicado em coautoria com o Instituto Camões.
""", dict(authors=["Rui Tavares Neto"], published="2026-03-13", source=None)),
("star_disclaimer_en", "footnote mark + OriginNotes (an investment disclaimer)", """Five stocks to watch this spring*

By Priya Natarajan

March 2, 2026

Chipmakers, two utilities and a shipping company top our analysts' list for the quarter. All five trade below their ten-year average valuation.

* Published for information only; this is not investment advice.
""", dict(title="Five stocks to watch this spring", authors=["Priya Natarajan"], published="2026-03-02", source=None)),
# ---- ExportLines.isMembersBulletin: a bulletin that is the publication itself ----
("bulletin_own_piece_fr", "isMembersBulletin + OriginNotes (the bulletin's own piece, a support note)", """La Lettre des adhérents

Nos sentiers balisés*

Par Yvonne Le Goff

Cette année, nos bénévoles ont repeint les balises de 140 kilomètres de sentiers entre Morlaix et Carhaix. Merci à toutes et à tous !

* Publié avec le soutien de la Région Bretagne.
""", dict(title="Nos sentiers balisés", authors=["Yvonne Le Goff"], source="La Lettre des adhérents")),
# ---- sectionedMasthead / publicationBesideTagline: a section beside a club, a company, a person ----
("section_club_en", "sectionedMasthead section first (`Sport | a football club`)", """Sport | Manchester United

United appoint new sporting director

By Kieran Walsh

March 4, 2026

Manchester United have appointed a former Brighton executive as sporting director, the club said on Wednesday. He starts in June.

Fans reacted with cautious optimism.
""", dict(title="United appoint new sporting director", authors=["Kieran Walsh"], published="2026-03-04", source=None)),
("section_orchestra_de", "sectionedMasthead section first (`Kultur | an orchestra`)", """Kultur | Berliner Philharmoniker

Kirill Petrenko verlängert bis 2032

Von Judith Lang

5. März 2026

Der Chefdirigent bleibt den Berliner Philharmonikern sechs weitere Jahre erhalten. Das Orchester bestätigte am Mittwoch die Vertragsverlängerung.

Die Musikerinnen und Musiker hatten einstimmig für ihn votiert.
""", dict(title="Kirill Petrenko verlängert bis 2032", authors=["Judith Lang"], published="2026-03-05", source=None)),
("section_company_fr", "sectionedMasthead section first (`Économie | a carmaker`)", """Économie | Renault

Renault rappelle 40 000 Clio pour un défaut de freinage

Par Nicolas Perrot

6 mars 2026

Le constructeur a annoncé jeudi le rappel de véhicules produits entre mars et septembre 2025. Aucun accident n'a été signalé.

Les réparations prendront une heure en concession.
""", dict(title="Renault rappelle 40 000 Clio pour un défaut de freinage", authors=["Nicolas Perrot"], published="2026-03-06", source=None)),
("section_singer_es", "sectionedMasthead section first (`Cultura | a singer`)", """Cultura | Rosalía

Rosalía anuncia tres conciertos en el Bernabéu

Por Irene Soler

7 de marzo de 2026

La cantante actuará en Madrid los días 10, 11 y 12 de julio. Las entradas salen a la venta el viernes.

Se esperan colas virtuales de horas.
""", dict(title="Rosalía anuncia tres conciertos en el Bernabéu", authors=["Irene Soler"], published="2026-03-07", source=None)),
("section_club_it", "sectionedMasthead section first (`Calcio | a club`)", """Calcio | Juventus

La Juventus ritrova Vlahovic per il derby

Di Matteo Gallo

8 marzo 2026

L'attaccante serbo è tornato ad allenarsi con il gruppo e sarà convocato per sabato. Resta in dubbio il difensore brasiliano.

Lo stadio sarà esaurito.
""", dict(title="La Juventus ritrova Vlahovic per il derby", authors=["Matteo Gallo"], published="2026-03-08", source=None)),
("section_company_pt", "sectionedMasthead section first (`Economia | an oil company`)", """Economia | Petrobras

Petrobras anuncia nova descoberta na Bacia de Santos

Por Tiago Moreira

9 de março de 2026

A estatal informou que o poço tem potencial para 300 milhões de barris. A produção só deve começar em 2031.

As ações subiram 3 por cento.
""", dict(title="Petrobras anuncia nova descoberta na Bacia de Santos", authors=["Tiago Moreira"], published="2026-03-09", source=None)),
("tagline_person_blog_en", "publicationBesideTagline (a person's name over a blog's tagline)", """Paul Krugman — The economics blog

Tariffs are a tax, and we are paying it

March 3, 2026

Prices of imported washing machines rose 12 percent in the first month of the new tariffs. Domestic makers raised theirs too.

Nobody should be surprised.
""", dict(title="Tariffs are a tax, and we are paying it", published="2026-03-03", source=None)),
("tagline_person_blog_fr", "publicationBesideTagline (a person's name over a blog's tagline)", """Thomas Lemoine — Le blog économie

Pourquoi l'inflation ne baisse pas dans les services

4 mars 2026

Les prix des biens ont reculé depuis un an, pas ceux des services. La raison tient surtout aux salaires.

Les chiffres de l'Insee le confirment.
""", dict(title="Pourquoi l'inflation ne baisse pas dans les services", published="2026-03-04", source=None)),
# ---- Bylines.withoutPlace: a photo's caption naming a person and a place ----
("caption_place_en", "Bylines.withoutPlace (a photo caption under the headline)", """EU leaders agree on new sanctions package

Ursula von der Leyen in Strasbourg

March 4, 2026

The 27 member states agreed on Wednesday on a new round of sanctions targeting shipping and banks. Hungary dropped its objections at the last minute.

The measures take effect next week.
""", dict(title="EU leaders agree on new sanctions package", authors=[], published="2026-03-04")),
("caption_place_fr", "Bylines.withoutPlace (a photo caption under the headline)", """Le président annonce un plan pour les quartiers nord

Emmanuel Macron à Marseille

5 mars 2026

Le chef de l'État a présenté mercredi un plan de 5 milliards d'euros sur dix ans pour les écoles, les transports et la sécurité.

Les élus locaux restent prudents.
""", dict(title="Le président annonce un plan pour les quartiers nord", authors=[], published="2026-03-05")),
("caption_place_es", "Bylines.withoutPlace (a photo caption under the headline)", """España pide en Bruselas más fondos para la sequía

Pedro Sánchez en Bruselas

6 de marzo de 2026

El Gobierno reclamó el jueves un fondo europeo de emergencia para los agricultores afectados por la sequía. Italia y Portugal apoyan la propuesta.

La Comisión estudiará la petición.
""", dict(title="España pide en Bruselas más fondos para la sequía", authors=[], published="2026-03-06")),
("caption_place_it", "Bylines.withoutPlace (`a` before a place in a caption)", """Meloni incontra il presidente americano alla Casa Bianca

Giorgia Meloni a Washington

7 marzo 2026

Al centro del colloquio i dazi sulle esportazioni europee e la guerra in Ucraina. Il vertice è durato due ore.

Una conferenza stampa congiunta non è prevista.
""", dict(title="Meloni incontra il presidente americano alla Casa Bianca", authors=[], published="2026-03-07")),
("caption_place_pt", "Bylines.withoutPlace (a caption naming the president)", """Governo brasileiro lança programa de habitação

Luiz Inácio Lula da Silva em Brasília

8 de março de 2026

O programa prevê a construção de 500 mil casas até 2028, com prioridade para famílias de baixa renda.

A oposição critica o custo.
""", dict(title="Governo brasileiro lança programa de habitação", authors=[], published="2026-03-08")),
("caption_place_de", "Bylines.withoutPlace (a caption above a byline)", """Außenministerin reist überraschend nach Kiew

Annalena Baerbock in Kiew

Von Jan Petersen

9. März 2026

Die Ministerin sagte weitere Hilfe für die Luftverteidigung zu. Es ist ihr neunter Besuch in der Ukraine seit Kriegsbeginn.

Details nannte sie nicht.
""", dict(title="Außenministerin reist überraschend nach Kiew", authors=["Jan Petersen"], published="2026-03-09")),
("byline_name_en_fragment_en", "Bylines.withoutPlace (`in` inside a byline's role)", """How a small bakery survived the energy crisis

By Maria Costa in association with Leeds Trinity University

March 10, 2026

When gas prices tripled, the Dalby family turned off two of their three ovens and started baking at night. Their bills fell by half.

The bakery now sells out by ten.
""", dict(title="How a small bakery survived the energy crisis", authors=["Maria Costa"], published="2026-03-10")),
# ---- ExportLines.isFaxHeader: a timetable line shaped like a fax header ----
("fax_like_schedule_en", "isFaxHeader (a timetable's line under the headline)", """Night trains return between London and Edinburgh

Mon 23:45  London Euston  Edinburgh  Page 1/2

By Fiona Reid

March 11, 2026

The sleeper service will run six nights a week from May, with new cabins and a restaurant car. Tickets start at £65.

Demand has doubled since 2019.
""", dict(title="Night trains return between London and Edinburgh", authors=["Fiona Reid"], published="2026-03-11")),
# ---- ExportLines.isDeskCredit: a department's name in prose, as a short headline ----
("desk_subject_fr", "isDeskCredit (`Le service Économie` as a sentence's subject)", """La mairie réorganise ses services

Par Sandrine Collet

12 mars 2026

Le service Économie
de la ville de Rennes rejoindra la métropole au 1er juillet, a annoncé le maire jeudi.

Les vingt agents concernés garderont leur statut.
""", dict(title="La mairie réorganise ses services", authors=["Sandrine Collet"], published="2026-03-12")),
("desk_signed_de", "isDeskCredit (a department beside a writer's name)", """Neue Radwege für die Innenstadt

Julia Brenner, Lokalredaktion

13. März 2026

Die Stadt baut bis zum Herbst vier Kilometer geschützte Radwege entlang der Hauptstraße. Parkplätze fallen weg.

Der Einzelhandel protestiert.
""", dict(title="Neue Radwege für die Innenstadt", authors=["Julia Brenner"], published="2026-03-13")),
# ---- RelatedLists.withoutTrailingList: a closing list that is the text's own, with its writer or day under it ----
("related_saiba_mais_credit_pt", "RelatedLists (a leaflet's `Saiba mais` with the writer's credit under it)", """Como proteger-se do calor extremo

Beba água ao longo do dia, mesmo sem sede, e evite sair entre as 11 e as 17 horas. Os idosos e as crianças são os mais vulneráveis.

Saiba mais
Linha SNS 24: 808 24 24 24
Portal da Direção-Geral da Saúde
Texto: Joana Reis
""", dict(title="Como proteger-se do calor extremo", authors=["Joana Reis"])),
("related_mas_informacion_date_es", "RelatedLists (a press release's contacts, its place and day under them)", """El Ayuntamiento abre 2.000 plazas en campamentos de verano

Las inscripciones podrán hacerse del 1 al 15 de abril en la sede electrónica municipal. Las familias con menos ingresos tendrán prioridad.

Más información
Gabinete de Comunicación
Tel. 955 47 00 00
Sevilla, 3 de marzo de 2026
""", dict(title="El Ayuntamiento abre 2.000 plazas en campamentos de verano", published="2026-03-03", source=None)),
("related_see_also_signature_en", "RelatedLists (an explainer's `See also` then its signature and day)", """What is a heat dome?

A heat dome forms when high pressure traps warm air over a region for days. The air sinks, warms further and clears the sky of clouds.

See also
Jet stream
Urban heat island
Tom Hale, March 3, 2026
""", dict(title="What is a heat dome?", authors=["Tom Hale"], published="2026-03-03")),
("related_lire_aussi_signature_fr", "RelatedLists (a column's reading list, the columnist's signature under it)", """Ce que les archives disent de nos hivers

Les registres paroissiaux du XVIIe siècle racontent des hivers où le vin gelait dans les caves. Notre mémoire du froid est courte.

À lire aussi
Le Petit Âge glaciaire, d'Emmanuel Le Roy Ladurie
Histoire du climat, de Pascal Acot
Marie Lefèvre, historienne
""", dict(title="Ce que les archives disent de nos hivers", authors=["Marie Lefèvre"])),
("related_lesen_sie_auch_byline_de", "RelatedLists (`Lesen Sie auch` then the writer's byline at the foot)", """Warum die Bienen früher ausfliegen

Die milden Winter bringen den Rhythmus der Völker durcheinander. Imker in Brandenburg melden Flugbetrieb schon im Februar.

Lesen Sie auch
Insektensterben: Was Gärten tun können
Die Rückkehr des Feldhamsters
Von Jonas Weber
""", dict(title="Warum die Bienen früher ausfliegen", authors=["Jonas Weber"])),
("related_recommended_reviewer_en", "RelatedLists (a reviewer's own `Recommended` list, then the credit)", """Five albums for a rainy March

Spring is late, so here is music to stay in with: quiet records, mostly, and one loud one for Saturday night.

Recommended
Adrianne Lenker – Bright Future
Nala Sinephro – Endlessness
Fontaines D.C. – Romance
Reviewed by Dan Cole
""", dict(title="Five albums for a rainy March", authors=["Dan Cole"])),
# ---- MarkdownArticle: a tab title whose tail is the headline's own, `author:` as a reference manager writes it ----
("md_tab_headline_dash_de", "MarkdownArticle.tabTitle (the headline's own ` - ` tail spelling the host)", """---
created: 2026-03-10T09:12:00+01:00
source: https://www.berlin.de/sen/verkehr/nachtzug-paris-berlin
---

# Nachtzug Paris - Berlin

Ab Mai fährt der Nachtzug zwischen Paris und Berlin wieder täglich. Die Fahrt dauert knapp 15 Stunden.

Tickets gibt es ab 49 Euro im Sitzwagen.
""", dict(title="Nachtzug Paris - Berlin")),
("md_tab_derby_fr", "MarkdownArticle.tabTitle (a match's ` - ` tail, the host starting with a club's city)", """---
created: 2026-03-09T21:40:00+01:00
source: https://www.lyonmag.com/article/141210/derby-saint-etienne-lyon
---

# Derby : Saint-Étienne - Lyon

Les Verts ont battu l'OL 2-1 dimanche soir dans un stade Geoffroy-Guichard plein. Le second but est tombé dans les arrêts de jeu.

Lyon recule à la sixième place.
""", dict(title="Derby : Saint-Étienne - Lyon")),
("md_author_inverted_en", "MarkdownArticle `author:` through Bylines.read (a reference manager's `Last, First`)", """---
title: "The last lighthouse keepers of Scotland"
author: "Mackenzie, Isla"
date: 2026-03-02
---

The last lighthouse keepers of Scotland

Automation came to every light by 1998, but a handful of former keepers still live beside their towers. They remember the storms.

Most are now in their eighties.
""", dict(title="The last lighthouse keepers of Scotland", authors=["Isla Mackenzie"], published="2026-03-02")),
("md_author_inverted_es", "MarkdownArticle `author:` through Bylines.read (`Apellidos, Nombre`)", """---
title: "La última librería de viejo de Lavapiés"
author: "García Ortega, Lucía"
date: 2026-03-05
---

La última librería de viejo de Lavapiés

Tras cincuenta años, la librería de la calle Argumosa cierra en abril. Sus dueños no han encontrado relevo.

Los vecinos han organizado una despedida.
""", dict(title="La última librería de viejo de Lavapiés", authors=["Lucía García Ortega"], published="2026-03-05")),
# ---- JSON containers: documents with the keys but no article ----
("json_graph_event_en", "GraphMessages (a Graph calendar event: subject and body, no article)", j({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('a1')/events/$entity",
  "id": "AAMkAGI2TG93AAA=",
  "createdDateTime": "2026-03-02T09:10:00Z",
  "subject": "Quarterly budget review",
  "bodyPreview": "Agenda: 1. Q1 figures 2. Travel budget 3. AOB",
  "body": {"contentType": "text", "content": "Agenda:\r\n1. Q1 figures\r\n2. Travel budget\r\n3. AOB\r\n\r\nPlease bring your laptops."},
  "start": {"dateTime": "2026-03-05T10:00:00.0000000", "timeZone": "UTC"},
  "end": {"dateTime": "2026-03-05T11:00:00.0000000", "timeZone": "UTC"},
  "location": {"displayName": "Room 4.12"},
  "organizer": {"emailAddress": {"name": "Karen Holt", "address": "kholt@example.org"}}
}), dict(title=None, authors=[], published=None, source=None)),
("json_strapi_own_post_en", "Strapi (a site's own post: `publishedAt` is its publication day)", j({
  "data": {"id": 42, "attributes": {
    "title": "Our new community garden opens on Saturday",
    "content": "After two years of planning, the garden on Mill Lane opens to all residents this Saturday at 10am.\n\nThere are 30 plots, a tool shed and a pond.",
    "slug": "community-garden-opens",
    "createdAt": "2026-02-27T14:02:11.120Z",
    "updatedAt": "2026-03-03T08:30:40.512Z",
    "publishedAt": "2026-03-03T08:30:40.498Z",
    "author": {"data": {"id": 2, "attributes": {"name": "Ellen Park"}}}
  }},
  "meta": {}
}), dict(title="Our new community garden opens on Saturday", authors=["Ellen Park"], published="2026-03-03")),
("json_webz_forum_page_en", "Webz.io (a forum thread's tab title ending `- Page 3`)", j({
  "posts": [{
    "thread": {"uuid": "c1", "url": "https://forums.example.net/t/euro-and-oil/812?page=3", "site_full": "forums.example.net",
               "site": "example.net", "site_section": "https://forums.example.net/c/economy", "section_title": "Economy",
               "title": "Oil prices and the euro", "title_full": "Oil prices and the euro - Page 3",
               "published": "2026-03-04T11:00:00.000+02:00", "site_type": "discussions"},
    "uuid": "c1-p41", "url": "https://forums.example.net/t/euro-and-oil/812?page=3#p41", "author": "frankfurt_trader",
    "published": "2026-03-04T11:00:00.000+02:00", "title": "Oil prices and the euro",
    "text": "If Brent stays above 90 the ECB will not cut in June, whatever the doves say.\n\nWatch the April inflation print.",
    "language": "english", "crawled": "2026-03-04T12:00:00.000+02:00"
  }],
  "totalResults": 1, "moreResultsAvailable": 0
}), dict(source=None)),
("json_notion_meeting_fr", "NotionPages (a meeting's notes, no article)", j({
  "object": "page", "id": "1a2b", "created_time": "2026-03-02T08:00:00.000Z", "last_edited_time": "2026-03-02T09:00:00.000Z",
  "properties": {
    "Nom": {"id": "title", "type": "title", "title": [{"type": "text", "text": {"content": "Réunion d'équipe du lundi"}, "plain_text": "Réunion d'équipe du lundi"}]},
    "Date": {"id": "d1", "type": "date", "date": {"start": "2026-03-02"}},
    "Statut": {"id": "s1", "type": "status", "status": {"name": "Terminé"}}
  },
  "blocks": {"object": "list", "results": [
    {"object": "block", "type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": "Planning des congés à rendre vendredi"}]}},
    {"object": "block", "type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": "Nouvelle imprimante au deuxième étage"}]}}
  ]}
}), dict(title=None, authors=[], published=None, source=None)),
("json_unstructured_minutes_fr", "Unstructured (a council's minutes, the header a city and its section)", j([
  {"type": "Header", "element_id": "h1", "text": "Ville de Nantes – Culture", "metadata": {"page_number": 1, "filetype": "application/pdf"}},
  {"type": "Title", "element_id": "t1", "text": "Compte rendu du conseil municipal du 2 mars 2026", "metadata": {"page_number": 1}},
  {"type": "NarrativeText", "element_id": "n1", "text": "Le conseil a adopté à l'unanimité la subvention de 40 000 euros au festival des Rencontres de Sable.", "metadata": {"page_number": 1, "parent_id": "t1"}},
  {"type": "NarrativeText", "element_id": "n2", "text": "La séance est levée à 21 h 40.", "metadata": {"page_number": 1, "parent_id": "t1"}},
  {"type": "PageNumber", "element_id": "p1", "text": "1", "metadata": {"page_number": 1}}
]), dict(source=None)),
("json_sheets_budget_en", "SheetValues (a budget sheet with a Date and a Title column, no article)", j({
  "range": "'Budget 2026'!A1:D4", "majorDimension": "ROWS",
  "values": [["Date", "Title", "Amount", "Paid by"],
             ["3/2/2026", "Printer toner", "84.50", "Karen"],
             ["3/4/2026", "Team lunch", "212.00", "Ahmed"],
             ["3/6/2026", "Train tickets Leeds", "96.40", "Karen"]]
}), dict(title=None, authors=[], published=None, source=None)),
# ---- targets: a weekly's issue line with its day ----
("target_issue_line_fr", "readIssueLine (`Paru dans X n° N du DATE`)", """Paru dans Le Point n° 2790 du 5 mars 2026

Les secrets de la réforme des retraites

Par Étienne Vallet

Depuis trois mois, un petit groupe de conseillers travaille à Matignon sur une nouvelle version du texte. L'âge légal ne bougerait pas.

Les syndicats n'ont pas été consultés.
""", dict(title="Les secrets de la réforme des retraites", authors=["Étienne Vallet"], published="2026-03-05", source="Le Point")),
("target_issue_line_en", "readIssueLine (`From X, No. N, issue of DATE`)", """From The Spectator, No. 10234, issue of March 7, 2026

The strange death of the village pub

By Harriet Lowe

Four hundred pubs closed in England last year, most of them in villages. Those that survive have become cafés, shops and post offices.

The landlords are tired.
""", dict(title="The strange death of the village pub", authors=["Harriet Lowe"], published="2026-03-07", source="The Spectator")),
("target_issue_line_crlf_de", "readIssueLine (`Aus: X Nr. N/YYYY vom DATE`, CRLF)", "Aus: Die Zeit Nr. 11/2026 vom 5. März 2026\r\n\r\nDie Vermessung der Müdigkeit\r\n\r\nVon Katrin Schulte\r\n\r\nJeder dritte Erwachsene schläft weniger als sechs Stunden. Schlafforscher warnen vor den Folgen für Herz und Gehirn.\r\n\r\nDie Krankenkassen wollen reagieren.\r\n", dict(title="Die Vermessung der Müdigkeit", authors=["Katrin Schulte"], published="2026-03-05", source="Die Zeit")),
("target_issue_line_it", "readIssueLine (`Da X n. N del DATE`)", """Da Internazionale n. 1652 del 6 marzo 2026

Il ritorno dei lupi nelle Alpi francesi

Di Pauline Girard

Gli allevatori della Savoia contano più di trecento pecore uccise nel 2025. Il governo promette nuovi abbattimenti.

Gli ambientalisti protestano.
""", dict(title="Il ritorno dei lupi nelle Alpi francesi", authors=["Pauline Girard"], published="2026-03-06", source="Internazionale")),
("target_issue_line_es", "readIssueLine (`Publicado en X n.º N, del DATE`)", """Publicado en El Jueves n.º 2450, del 4 de marzo de 2026

Cuarenta años riéndonos de todo

Por Marcos Vidal

La revista que nunca pidió perdón celebra su aniversario con un número especial de cien páginas. Los dibujantes de siempre vuelven a sus viñetas.

El número costará cinco euros.
""", dict(title="Cuarenta años riéndonos de todo", authors=["Marcos Vidal"], published="2026-03-04", source="El Jueves")),
("target_issue_line_undated_pt", "readIssueLine (`Publicado em X n.º N`, no day)", """Publicado em Visão n.º 1710

A geração que não sai de casa dos pais

Por Sofia Matos

Os jovens portugueses saem de casa, em média, aos 29 anos. Só a Croácia e a Eslováquia os ultrapassam na União Europeia.

As rendas explicam quase tudo.
""", dict(title="A geração que não sai de casa dos pais", authors=["Sofia Matos"], published=None, source="Visão")),
# ---- targets: an MLA reference above the title ----
("target_headref_mla_en", "HeadReferences (MLA `Last, First. “Title.” X, D Mon. YYYY, p. N.`)", """Okafor, Chidi. “Lagos bets on a metro to end its traffic jams.” The Economist, 5 Mar. 2026, p. 41.

Lagos bets on a metro to end its traffic jams

The Blue Line carries 150,000 people a day, a fraction of the 20m who live in the city. A second line opens next year.

Drivers are sceptical.
""", dict(title="Lagos bets on a metro to end its traffic jams", authors=["Chidi Okafor"], published="2026-03-05", source="The Economist")),
("target_headref_heading_fr", "HeadReferences (a heading with a colon, then `« Titre. » X, DATE.`)", """Référence pour la revue :
« Les vignerons bordelais arrachent leurs vignes. » Le Monde, 4 mars 2026.

Les vignerons bordelais arrachent leurs vignes

Huit mille hectares seront arrachés d'ici l'été, avec une aide de l'État de 6 000 euros par hectare. La crise de surproduction dure depuis cinq ans.

Les négociants s'inquiètent pour l'image du vignoble.
""", dict(title="Les vignerons bordelais arrachent leurs vignes", authors=[], published="2026-03-04", source="Le Monde")),
("target_headref_de", "HeadReferences (`Nachname, Vorname. „Titel.“ X, D. Monat YYYY, S. N.`)", """Weber, Jonas. „Die Bahn streicht Verbindungen im Osten.“ Die Zeit, 5. März 2026, S. 12.

Die Bahn streicht Verbindungen im Osten

Ab Juni fallen in Sachsen und Thüringen zwölf Regionalzüge am Tag weg. Die Länder wollen nicht mehr zahlen.

Pendler müssen auf Busse umsteigen.
""", dict(title="Die Bahn streicht Verbindungen im Osten", authors=["Jonas Weber"], published="2026-03-05", source="Die Zeit")),
("target_headref_es", "HeadReferences (`Apellido, Nombre. «Título». X, DATE.`)", """Ortega, Lucía. «Valencia recupera la huerta perdida». El País, 3 de marzo de 2026.

Valencia recupera la huerta perdida

La Generalitat comprará 300 hectáreas de campos abandonados para devolverlas al cultivo. Los jóvenes agricultores tendrán alquileres bajos.

Los primeros contratos se firmarán en otoño.
""", dict(title="Valencia recupera la huerta perdida", authors=["Lucía Ortega"], published="2026-03-03", source="El País")),
("target_headref_pt", "HeadReferences (`Apelido, Nome. “Título.” X, DATE.`)", """Fonseca, Marta. “Lisboa vai ter mais 40 quilómetros de ciclovias.” Público, 6 de março de 2026.

Lisboa vai ter mais 40 quilómetros de ciclovias

A câmara aprovou o plano que liga Alcântara ao Parque das Nações. As obras começam no verão.

Os comerciantes da Avenida da Liberdade estão contra.
""", dict(title="Lisboa vai ter mais 40 quilómetros de ciclovias", authors=["Marta Fonseca"], published="2026-03-06", source="Público")),
# ---- targets: a footnote's mark after the headline, its note at the foot (under a members' bulletin or not) ----
("target_footnote_es", "footnote mark + OriginNotes (`* Publicado en X el DATE.`)", """Los pueblos que pagan por tener vecinos*

Por Carmen Ruiz

Varios municipios de Teruel ofrecen hasta 10.000 euros a las familias que se instalen en ellos. Ya han llegado veinte.

La escuela de Alcalá de la Selva ha reabierto.

* Publicado en El Mundo el 3 de marzo de 2026.
""", dict(title="Los pueblos que pagan por tener vecinos", authors=["Carmen Ruiz"], published="2026-03-03", source="El Mundo")),
("target_footnote_paren_de", "footnote mark + OriginNotes (`*) Erschienen in X am DATE.`)", """Mitgliederbrief

Der Streit um das Wasser der Elbe*

Die Landwirtschaft braucht mehr, die Schifffahrt auch, und die Flussauen trocknen aus. Ein Kompromiss ist nicht in Sicht.

*) Erschienen in der Süddeutschen Zeitung am 4. März 2026.
""", dict(title="Der Streit um das Wasser der Elbe", published="2026-03-04", source="Süddeutsche Zeitung")),
("target_footnote_bulletin_fr", "isMembersBulletin + footnote (`* Paru dans X le DATE.`)", """Bulletin des adhérents

Le retour du loup dans le Jura*

Par Pierre Mougin

Une meute de cinq loups a été photographiée dans la forêt du Risoux. Les éleveurs demandent des tirs de défense.

* Paru dans Le Progrès le 3 mars 2026.
""", dict(title="Le retour du loup dans le Jura", authors=["Pierre Mougin"], published="2026-03-03", source="Le Progrès")),
("target_footnote_bulletin_it", "isMembersBulletin + footnote (`*) Pubblicato su X il DATE.`)", """Notiziario dei soci

Le botteghe storiche di Genova rischiano di chiudere*

Di Anna Parodi

Affitti raddoppiati in cinque anni e pochi giovani disposti a imparare il mestiere. In centro storico ne restano novanta.

*) Pubblicato su Il Secolo XIX il 5 marzo 2026.
""", dict(title="Le botteghe storiche di Genova rischiano di chiudere", authors=["Anna Parodi"], published="2026-03-05", source="Il Secolo XIX")),
("target_footnote_bulletin_en", "isMembersBulletin + footnote (`* First published in X on DATE.`), CRLF", "Members' newsletter\r\n\r\nWhy the canal towpaths are crumbling*\r\n\r\nBy George Whitby\r\n\r\nA third of the towpaths on the Leeds and Liverpool Canal need urgent repair, the trust says. Cyclists are being asked to slow down.\r\n\r\n* First published in The Yorkshire Post on March 2, 2026.\r\n", dict(title="Why the canal towpaths are crumbling", authors=["George Whitby"], published="2026-03-02", source="The Yorkshire Post")),
("target_footnote_bulletin_pt", "isMembersBulletin + footnote (`* Publicado no X em DATE.`)", """Boletim dos associados

O regresso do lince ao Alentejo*

Por Helena Costa

Há hoje mais de 300 linces-ibéricos em Portugal, quase todos no vale do Guadiana. Há vinte anos não havia nenhum.

* Publicado no Expresso em 6 de março de 2026.
""", dict(title="O regresso do lince ao Alentejo", authors=["Helena Costa"], published="2026-03-06", source="Expresso")),
# ---- targets: a section before the publication, a blog's tagline after it ----
("target_section_first_fr", "sectionedMasthead section first (`Sport | L'Équipe`)", """Sport | L'Équipe

Le PSG s'impose à Munich et file en quarts

Par Romain Dufour

Les Parisiens ont gagné 2-0 mardi soir grâce à un doublé de leur attaquant. Ils affronteront l'Inter en avril.

Le club n'avait plus gagné en Bavière depuis 2017.
""", dict(title="Le PSG s'impose à Munich et file en quarts", authors=["Romain Dufour"], source="L'Équipe")),
("target_section_first_de", "sectionedMasthead section first (`Wirtschaft | Handelsblatt`)", """Wirtschaft | Handelsblatt

Siemens Energy verdoppelt den Gewinn

Von Thomas Berger

5. März 2026

Der Konzern profitiert vom Ausbau der Stromnetze. Die Aktie stieg am Donnerstag um acht Prozent.

Die Windkraftsparte bleibt das Sorgenkind.
""", dict(title="Siemens Energy verdoppelt den Gewinn", authors=["Thomas Berger"], published="2026-03-05", source="Handelsblatt")),
("target_section_first_es", "sectionedMasthead section first (`Economía | El Confidencial`)", """Economía | El Confidencial

Las hipotecas a tipo fijo vuelven a bajar

Por Javier Molina

6 de marzo de 2026

Los bancos ofrecen ya préstamos por debajo del 2,5 por ciento. La guerra comercial por captar clientes se intensifica.

Los expertos recomiendan comparar.
""", dict(title="Las hipotecas a tipo fijo vuelven a bajar", authors=["Javier Molina"], published="2026-03-06", source="El Confidencial")),
("target_blog_tagline_en", "publicationBesideTagline (`X — The politics blog`)", """The Guardian — The politics blog

Why the spring statement will disappoint everyone

By Rowena Clarke

March 3, 2026

The chancellor has no money to spend and no appetite for tax rises. Expect tweaks, not a plan.

Backbenchers are restless.
""", dict(title="Why the spring statement will disappoint everyone", authors=["Rowena Clarke"], published="2026-03-03", source="The Guardian")),
("target_blog_tagline_de", "publicationBesideTagline (`X – Das Klimablog`)", """Der Spiegel – Das Klimablog

Der Winter, der keiner war

Von Lena Hartmann

4. März 2026

In Hamburg fiel an keinem einzigen Tag Schnee. Der Februar war der wärmste seit Beginn der Aufzeichnungen.

Meteorologen sprechen von einem Trend.
""", dict(title="Der Winter, der keiner war", authors=["Lena Hartmann"], published="2026-03-04", source="Der Spiegel")),
("target_blog_tagline_it", "publicationBesideTagline (`X · Il blog dell'economia`)", """Corriere della Sera · Il blog dell'economia

Perché i prezzi del caffè non scendono

Di Marco Sala

5 marzo 2026

Il raccolto brasiliano è stato scarso per il secondo anno. Le torrefazioni italiane hanno alzato i listini del 15 per cento.

Al bar la tazzina costa ormai 1,40 euro.
""", dict(title="Perché i prezzi del caffè non scendono", authors=["Marco Sala"], published="2026-03-05", source="Corriere della Sera")),
# ---- targets: writers' places after their names ----
("target_place_two_en", "Bylines.withoutPlace (two writers, each with a place)", """Ukraine and Russia agree to a prisoner exchange

By Sam Fleming in Brussels, Isabel Gordon in Kyiv

March 4, 2026

Both sides will release 300 prisoners on Friday, the Ukrainian president said. The exchange was brokered by the United Arab Emirates.

It would be the largest swap since 2022.
""", dict(title="Ukraine and Russia agree to a prisoner exchange", authors=["Sam Fleming", "Isabel Gordon"], published="2026-03-04")),
("target_place_fr", "Bylines.withoutPlace (`Par A à Bruxelles`)", """Bruxelles s'attaque aux emballages plastiques

Par Clément Lacombe à Bruxelles

5 mars 2026

La Commission propose d'interdire les emballages à usage unique pour les fruits et légumes dès 2028. Les industriels demandent un délai.

Le Parlement votera à l'automne.
""", dict(title="Bruxelles s'attaque aux emballages plastiques", authors=["Clément Lacombe"], published="2026-03-05")),
("target_place_es", "Bylines.withoutPlace (`Por A en La Haya`)", """La Corte Internacional abre el juicio por el Esequibo

Por Isabel Ferrer en La Haya

6 de marzo de 2026

Venezuela y Guyana exponen desde el lunes sus argumentos sobre el territorio en disputa. La sentencia tardará meses.

Caracas no reconoce la jurisdicción del tribunal.
""", dict(title="La Corte Internacional abre el juicio por el Esequibo", authors=["Isabel Ferrer"], published="2026-03-06")),
("target_place_it", "Bylines.withoutPlace (`Di A a Bruxelles`)", """L'Europa rinvia lo stop alle auto a benzina

Di Marco Bresolin a Bruxelles

7 marzo 2026

La Commissione concede due anni in più ai costruttori per rispettare i limiti di emissioni. L'Italia esulta.

Gli ambientalisti parlano di un passo indietro.
""", dict(title="L'Europa rinvia lo stop alle auto a benzina", authors=["Marco Bresolin"], published="2026-03-07")),
("target_place_de", "Bylines.withoutPlace (`Von A aus Brüssel`)", """EU einigt sich auf Lieferkettengesetz light

Von Hendrik Kafsack aus Brüssel

8. März 2026

Nur noch Unternehmen mit mehr als 5000 Beschäftigten sollen haften. Die Wirtschaft begrüßt die Einigung.

Menschenrechtler sind enttäuscht.
""", dict(title="EU einigt sich auf Lieferkettengesetz light", authors=["Hendrik Kafsack"], published="2026-03-08")),
("target_place_pt", "Bylines.withoutPlace (`Por A em Bruxelas`)", """Portugal recebe mais 2 mil milhões do PRR

Por Ana Gomes em Bruxelas

9 de março de 2026

A Comissão Europeia aprovou o quinto pedido de pagamento do Plano de Recuperação. O dinheiro chega em abril.

O Governo promete acelerar as obras.
""", dict(title="Portugal recebe mais 2 mil milhões do PRR", authors=["Ana Gomes"], published="2026-03-09")),
# ---- targets: a fax's header as furniture ----
("target_fax_fr", "isFaxHeader (`DD/MM/YYYY HH:MM  +33 …  SERVICE  P.001/003`)", """04/03/2026 09:12  +33 4 78 00 00 00  ARGUS REVUE DE PRESSE  P.001/003

LE PROGRÈS — Mercredi 4 mars 2026

Lyon ferme le tunnel de la Croix-Rousse cet été

Par Julien Ferrand

Les travaux de rénovation dureront huit semaines, de juillet à août. Les bus seront déviés par les quais.

La métropole promet des navettes gratuites.
""", dict(title="Lyon ferme le tunnel de la Croix-Rousse cet été", authors=["Julien Ferrand"], published="2026-03-04", source="LE PROGRÈS")),
("target_fax_de", "isFaxHeader (`DD.MM.YYYY HH:MM  …  Seite 1/2`)", """05.03.2026 16:40  +49 89 000000  MEDIENBEOBACHTUNG SÜD  Seite 1/2

Süddeutsche Zeitung, 5. März 2026

München plant eine Seilbahn über den Frankenschnellweg

Von Anna Huber

Die Stadt lässt eine Seilbahn zwischen Moosach und dem Olympiapark prüfen. Sie könnte 4000 Fahrgäste pro Stunde befördern.

Der Stadtrat entscheidet im Mai.
""", dict(title="München plant eine Seilbahn über den Frankenschnellweg", authors=["Anna Huber"], published="2026-03-05", source="Süddeutsche Zeitung")),
# ---- targets: a department credited for an unsigned piece ----
("target_desk_fr", "isDeskCredit (`Le service Politique` under a masthead)", """Le Figaro

Le Sénat rejette la taxe sur les hauts patrimoines

Le service Politique

4 mars 2026

Les sénateurs ont voté mardi contre l'amendement par 201 voix contre 120. Le texte retourne à l'Assemblée.

La gauche dénonce un cadeau aux plus riches.
""", dict(title="Le Sénat rejette la taxe sur les hauts patrimoines", authors=[], published="2026-03-04", source="Le Figaro")),
("target_desk_es", "isDeskCredit (`Redacción de Deportes`)", """Marca

El Atlético ficha a un central uruguayo

Redacción de Deportes

5 de marzo de 2026

El club rojiblanco pagará 25 millones por el defensor de 21 años, que firmará hasta 2031. Llegará en julio.

Es el tercer fichaje del verano.
""", dict(title="El Atlético ficha a un central uruguayo", authors=[], published="2026-03-05", source="Marca")),
("target_desk_de", "isDeskCredit (`Kulturredaktion`)", """Frankfurter Rundschau

Die Buchmesse bekommt einen neuen Direktor

Kulturredaktion

6. März 2026

Der bisherige Verlagsleiter übernimmt im Herbst. Er will die Messe jünger und digitaler machen.

Der Vertrag läuft fünf Jahre.
""", dict(title="Die Buchmesse bekommt einen neuen Direktor", authors=[], published="2026-03-06", source="Frankfurter Rundschau")),
("target_desk_en", "isDeskCredit (`Politics desk`)", """The Independent

Councils warn of bankruptcy wave

Politics desk

March 7, 2026

One in ten English councils expects to issue a section 114 notice within two years, a survey found. Social care costs are the main cause.

Ministers promised a review.
""", dict(title="Councils warn of bankruptcy wave", authors=[], published="2026-03-07", source="The Independent")),
# ---- targets: a closing list of related articles ----
("target_related_en", "RelatedLists (`Related` and dated items, a copyright under them)", """Spain's tomato growers turn to robots

By Elena Pardo

March 4, 2026

In Almería's greenhouses, machines now pick a quarter of the crop. Growers say they cannot find workers.

Unions fear for 20,000 jobs.

Related
Morocco's tomato exports hit a record — Ahmed Benali, February 12, 2026
Why Europe's greenhouses are going dark — Sarah Cole, January 30, 2026

© 2026 Reuters
""", dict(title="Spain's tomato growers turn to robots", authors=["Elena Pardo"], published="2026-03-04")),
("target_related_pt", "RelatedLists (`Leia também`, items with writers and days, no byline)", """Porto proíbe novos alojamentos locais no centro histórico

A câmara aprovou por maioria a suspensão de novas licenças durante dois anos. Os proprietários vão contestar em tribunal.

Leia também
Lisboa limita tuk-tuks na Baixa — Rui Almeida, 19 de janeiro de 2026
Rendas sobem 8 por cento em 2025 — Inês Faria, 2 de fevereiro de 2026
""", dict(title="Porto proíbe novos alojamentos locais no centro histórico", authors=[], published=None)),
("target_related_crlf_it", "RelatedLists (`Leggi anche:`, CRLF)", "Milano, i tram storici tornano in servizio\r\n\r\nDi Paolo Ghezzi\r\n\r\n8 marzo 2026\r\n\r\nDa aprile le vetture Carrelli del 1928 torneranno sulla linea 1, restaurate. Saranno quindici.\r\n\r\nLeggi anche:\r\nTorino, la metro 2 slitta al 2033 — Giulia Rosso, 3 febbraio 2026\r\nRoma, il bus elettrico arriva a Ostia — Franco Neri, 20 gennaio 2026\r\n", dict(title="Milano, i tram storici tornano in servizio", authors=["Paolo Ghezzi"], published="2026-03-08")),
# ---- targets: a web clipper's tab title split by the source address's host, `author: By A` ----
("target_md_tab_fr", "MarkdownArticle.tabTitle (`# Titre - Le Monde`, `author: Par A`)", """---
created: 2026-03-05T07:30:00 (UTC +01:00)
source: https://www.lemonde.fr/planete/article/2026/03/05/secheresse
author: Par Jean Dupuis
---

# La sécheresse s'installe dans le Sud-Ouest - Le Monde

> ## Excerpt
> Les nappes phréatiques sont au plus bas.

---
Les nappes phréatiques du Sud-Ouest sont à leur plus bas niveau depuis 1976 pour un mois de mars. Les préfets préparent des restrictions.
""", dict(title="La sécheresse s'installe dans le Sud-Ouest", authors=["Jean Dupuis"], source="Le Monde")),
("target_md_tab_de", "MarkdownArticle.tabTitle (`# Titel | tagesschau.de`, `author: Von A`)", """---
created: 2026-03-06T08:00:00 (UTC +01:00)
source: https://www.tagesschau.de/inland/bahnstreik-100.html
author: Von Petra Lorenz
---

# GDL kündigt neuen Bahnstreik an | tagesschau.de

Die Lokführergewerkschaft will ab Montag 48 Stunden streiken. Die Bahn spricht von einer Zumutung.
""", dict(title="GDL kündigt neuen Bahnstreik an", authors=["Petra Lorenz"], source="tagesschau.de")),
("target_md_tab_es", "MarkdownArticle.tabTitle (`# Titular · elDiario.es`)", """---
created: 2026-03-07T10:15:00 (UTC +01:00)
source: https://www.eldiario.es/sociedad/vivienda-alquiler_1_1234.html
author: By Ana Requena
---

# El alquiler sube un 11% en un año · elDiario.es

El precio medio del alquiler en España alcanzó en febrero los 13,5 euros por metro cuadrado, según los portales inmobiliarios.
""", dict(title="El alquiler sube un 11% en un año", authors=["Ana Requena"], source="elDiario.es")),
# ---- targets: JSON containers ----
("target_json_graph_fr", "GraphMessages (a colleague's mail, text body with CRLF, the article pasted)", j({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('b2')/messages/$entity",
  "id": "AAMkAD", "sentDateTime": "2026-03-06T07:58:00Z", "receivedDateTime": "2026-03-06T07:58:02Z",
  "subject": "Pour la revue de presse de lundi",
  "from": {"emailAddress": {"name": "Hélène Marchand", "address": "hmarchand@example.org"}},
  "body": {"contentType": "text", "content": "Bonjour,\r\n\r\nà mettre dans la revue, merci.\r\n\r\nLa Poste ferme 300 bureaux en zone rurale\r\n\r\nOuest-France, 5 mars 2026\r\n\r\nPar Gaël Le Bris\r\n\r\nLa Poste va transformer 300 bureaux en agences communales d'ici 2028. Les maires craignent une dégradation du service.\r\n\r\nLes syndicats appellent à la grève le 20 mars.\r\n\r\nHélène"}
}), dict(title="La Poste ferme 300 bureaux en zone rurale", authors=["Gaël Le Bris"], published="2026-03-05", source="Ouest-France")),
("target_json_sheets_columns_es", "SheetValues (COLUMNS, a Spanish tracker)", j({
  "range": "Prensa!A1:E2", "majorDimension": "COLUMNS",
  "values": [["Fecha", "05/03/2026"], ["Medio", "La Vanguardia"], ["Titular", "Barcelona limita los pisos turísticos"],
             ["Autor", "Jordi Puig"], ["Texto", "El Ayuntamiento no renovará 10.000 licencias de pisos turísticos en 2028. El sector recurrirá."]]
}), dict(title="Barcelona limita los pisos turísticos", authors=["Jordi Puig"], published="2026-03-05", source="La Vanguardia")),
("target_json_notion_it", "NotionPages (Italian property names, blocks)", j({
  "page": {"object": "page", "id": "77aa", "created_time": "2026-03-09T08:00:00.000Z",
           "properties": {
             "Titolo": {"id": "title", "type": "title", "title": [{"plain_text": "Venezia, il ticket d'ingresso raddoppia"}]},
             "Testata": {"id": "t1", "type": "select", "select": {"name": "la Repubblica"}},
             "Autore": {"id": "a1", "type": "rich_text", "rich_text": [{"plain_text": "Giulia Neri"}]},
             "Data di pubblicazione": {"id": "d1", "type": "date", "date": {"start": "2026-03-08"}},
             "Inserito da": {"id": "c1", "type": "created_by", "created_by": {"object": "user", "id": "u1", "name": "Paolo Serra"}}
           }},
  "blocks": {"object": "list", "results": [
    {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"plain_text": "Dal prossimo aprile il contributo d'accesso salirà a 10 euro nei giorni di punta."}]}},
    {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"plain_text": "Gli albergatori sono divisi."}]}}
  ]}
}), dict(title="Venezia, il ticket d'ingresso raddoppia", authors=["Giulia Neri"], published="2026-03-08", source="la Repubblica")),
("target_json_strapi_pt", "Strapi (`articleDate`, a relation for the writer, publishedAt the CMS's)", j({
  "data": {"id": 310, "attributes": {
    "headline": "Seca obriga Évora a racionar a água", "outlet": "Diário de Notícias", "articleDate": "2026-03-04",
    "body": "A barragem do Monte Novo está a 18 por cento. A câmara corta o abastecimento à noite a partir de segunda-feira.\n\nOs agricultores pedem apoios.",
    "createdAt": "2026-03-06T10:00:00.000Z", "updatedAt": "2026-03-06T10:05:00.000Z", "publishedAt": "2026-03-06T10:05:00.000Z",
    "writer": {"data": {"id": 8, "attributes": {"name": "Teresa Alves"}}}
  }}, "meta": {}
}), dict(title="Seca obriga Évora a racionar a água", published="2026-03-04", source="Diário de Notícias")),
("target_json_webz_de", "Webz.io (`title_full` `Titel | X`)", j({
  "posts": [{
    "thread": {"uuid": "d4", "url": "https://www.faz.net/aktuell/wirtschaft/zinsen-123.html", "site_full": "www.faz.net", "site": "faz.net",
               "section_title": "Wirtschaft - FAZ", "title": "EZB senkt die Zinsen erneut",
               "title_full": "EZB senkt die Zinsen erneut | FAZ.NET", "published": "2026-03-05T14:30:00.000+01:00", "site_type": "news"},
    "uuid": "d4", "author": "Maja Brankovic", "published": "2026-03-05T14:30:00.000+01:00", "title": "EZB senkt die Zinsen erneut",
    "text": "Die Europäische Zentralbank senkt den Leitzins um 0,25 Prozentpunkte auf 1,75 Prozent.\n\nEs ist die achte Senkung in Folge.",
    "language": "german", "crawled": "2026-03-05T15:00:00.000+01:00"
  }], "totalResults": 1
}), dict(title="EZB senkt die Zinsen erneut", authors=["Maja Brankovic"], published="2026-03-05", source="FAZ.NET")),
("target_json_unstructured_fr", "Unstructured (a header `X – Section`, the headline the most elements hang from)", j([
  {"type": "Header", "element_id": "h1", "text": "Les Echos – Entreprises", "metadata": {"page_number": 1}},
  {"type": "Title", "element_id": "t0", "text": "INDUSTRIE", "metadata": {"page_number": 1}},
  {"type": "Title", "element_id": "t1", "text": "Airbus relève ses objectifs de livraisons", "metadata": {"page_number": 1}},
  {"type": "UncategorizedText", "element_id": "u1", "text": "Par Anne Bauer", "metadata": {"page_number": 1, "parent_id": "t1"}},
  {"type": "UncategorizedText", "element_id": "u2", "text": "5 mars 2026", "metadata": {"page_number": 1, "parent_id": "t1"}},
  {"type": "NarrativeText", "element_id": "n1", "text": "L'avionneur vise 820 livraisons cette année, contre 766 en 2025. Les fournisseurs de moteurs restent le goulet d'étranglement.", "metadata": {"page_number": 1, "parent_id": "t1"}},
  {"type": "Footer", "element_id": "f1", "text": "lesechos.fr 1/1", "metadata": {"page_number": 1}}
]), dict(title="Airbus relève ses objectifs de livraisons", authors=["Anne Bauer"], published="2026-03-05", source="Les Echos")),
]
