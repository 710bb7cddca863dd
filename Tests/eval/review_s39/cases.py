# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Look-alikes first (ordinary clippings, or texts that are no clipping, brushing against one of the new rules of
# baa0d86..10799fe: LayoutReader.lastResortTitle, AttributionLines, OriginNotes' new subjects and phrases,
# HeadlineNotes' greeting, German perfect, piece noun and masthead names), then the rules' own shapes written fresh
# in other languages or variants ("target_"). Written by the reviewer; nothing taken from .eval or from the
# clipping_layouts batches.
CASES = [
# ---- AttributionLines: epigraphs and quotation attributions in ordinary articles ----
("epigraph_einstein_top_en", "AttributionLines (epigraph, role)", """The quiet return of the slide rule

By Hannah Price

March 4, 2026

"Imagination is more important than knowledge."
— Albert Einstein, Physicist

In a small workshop in Leeds, three engineers have started making slide rules again. Their first batch of 400 sold out in a week, mostly to schools.

"Children understand logarithms when they can hold them," said Tom Hale, one of the founders.
""", dict(title="The quiet return of the slide rule", authors=["Hannah Price"], published="2026-03-04", source=None)),
("epigraph_hugo_book_fr", "AttributionLines (epigraph, book title)", """Les Misérables revient au théâtre du Châtelet

Par Claire Morel

Publié le 3 mars 2026

« Il n'y a ni mauvaises herbes ni mauvais hommes. Il n'y a que de mauvais cultivateurs. »
— Victor Hugo, Les Misérables

La comédie musicale revient à Paris pour quarante représentations à partir du 12 avril. La production, entièrement renouvelée, compte trente-deux interprètes.

Les billets seront mis en vente lundi.
""", dict(title="Les Misérables revient au théâtre du Châtelet", authors=["Claire Morel"], published="2026-03-03", source=None)),
("epigraph_goethe_foot_de", "AttributionLines (quotation at the foot, book title)", """Weimar feiert ein Jahr der Klassik

Von Lukas Brandt

5. März 2026

Mit mehr als 200 Veranstaltungen will Weimar in diesem Jahr an seine Klassiker erinnern. Den Auftakt macht am Samstag eine Lesung im Nationaltheater.

Die Stadt erwartet rund eine Million Besucher. Zum Abschluss zitierte der Oberbürgermeister:

„Es irrt der Mensch, so lang er strebt.“
— Johann Wolfgang Goethe, Faust
""", dict(title="Weimar feiert ein Jahr der Klassik", authors=["Lukas Brandt"], published="2026-03-05", source=None)),
("epigraph_marquez_es", "AttributionLines (epigraph, novel)", """Aracataca abre la casa museo renovada

Por Andrés Villa

4 de marzo de 2026

«La vida no es la que uno vivió, sino la que uno recuerda y cómo la recuerda para contarla.»
— Gabriel García Márquez, Vivir Para Contarla

La casa natal del escritor reabre este sábado tras dos años de obras. El museo suma ahora tres salas y un jardín.

La alcaldía espera duplicar las visitas.
""", dict(title="Aracataca abre la casa museo renovada", authors=["Andrés Villa"], published="2026-03-04", source=None)),
("epigraph_dante_it", "AttributionLines (epigraph, poem)", """Firenze, al via le letture della Commedia in piazza

Di Giulia Neri

6 marzo 2026

«Fatti non foste a viver come bruti, ma per seguir virtute e canoscenza.»
— Dante Alighieri, Divina Commedia

Da aprile a settembre, ogni domenica, un attore leggerà un canto in piazza della Signoria. L'ingresso è libero.

Il comune ha stanziato 80 mila euro.
""", dict(title="Firenze, al via le letture della Commedia in piazza", authors=["Giulia Neri"], published="2026-03-06", source=None)),
("epigraph_pessoa_pt", "AttributionLines (epigraph, book)", """Lisboa abre a Casa Pessoa ao fim de semana

Por Inês Carvalho

7 de março de 2026

«O poeta é um fingidor. Finge tão completamente que chega a fingir que é dor a dor que deveras sente.»
— Fernando Pessoa, Cancioneiro

A Casa Fernando Pessoa passa a abrir aos sábados e domingos a partir de abril. A entrada será gratuita no primeiro domingo de cada mês.

A câmara quer atrair mais turistas ao bairro de Campo de Ourique.
""", dict(title="Lisboa abre a Casa Pessoa ao fim de semana", authors=["Inês Carvalho"], published="2026-03-07", source=None)),
("epigraph_churchill_dated_en", "AttributionLines (epigraph with a place and a date)", """Dover marks the anniversary of the little ships

By Peter Lowe

March 5, 2026

"We shall fight on the beaches."
— Winston Churchill, House of Commons, 4 June 1940

Dozens of the small boats that crossed the Channel in 1940 will sail again from Dover in May. Only 20 of them are still seaworthy.

The organisers hope to raise £50,000 for their upkeep.
""", dict(title="Dover marks the anniversary of the little ships", authors=["Peter Lowe"], published="2026-03-05", source=None)),
("quote_role_caps_en", "AttributionLines (quoted person, capitalised role)", """Rail firm promises refunds after week of delays

By Aisha Rahman

March 3, 2026

Northern Lines will refund every season-ticket holder for a week of travel after signal failures disrupted services across the region.

"We let our passengers down and we are sorry."
— Mark Ellison, Chief Executive
""", dict(title="Rail firm promises refunds after week of delays", authors=["Aisha Rahman"], published="2026-03-03", source=None)),
("quote_role_caps_fr", "AttributionLines (quoted person, capitalised role)", """La piscine municipale fermera tout l'été

Par Julien Perrin

4 mars 2026

Les travaux de rénovation du bassin olympique dureront jusqu'en septembre. Les nageurs seront accueillis à Villeneuve.

« Nous n'avions pas le choix, la structure est fragilisée. »
— Sophie Lambert, Adjointe Aux Sports
""", dict(title="La piscine municipale fermera tout l'été", authors=["Julien Perrin"], published="2026-03-04", source=None)),
("reader_letter_city_de", "AttributionLines (reader's letter signed with a city)", """Leserbriefe: Zu viel Verkehr in der Altstadt

5. März 2026

Seit Monaten fahren Lieferwagen durch die Fußgängerzone, als gäbe es keine Regeln. Die Stadt sieht zu.

Wer abends nach Hause will, muss sich zwischen Transportern durchschlängeln.
— Hans Meier, Kassel
""", dict(title="Leserbriefe: Zu viel Verkehr in der Altstadt", published="2026-03-05", source=None)),
("guest_column_dateline_de", "AttributionLines (signature, place, date)", """Warum wir mehr Bibliotheken brauchen

Bibliotheken sind die letzten Orte, an denen man sein darf, ohne etwas zu kaufen. Trotzdem schließen jedes Jahr Dutzende.

Wer sie schließt, spart wenig und verliert viel.
— Sarah Klein, Leipzig, 3. März 2026
""", dict(title="Warum wir mehr Bibliotheken brauchen", authors=["Sarah Klein"], published="2026-03-03", source=None)),
("interview_dash_answers_fr", "AttributionLines (interview answers opening with a dash)", """« Je lis encore le journal papier tous les matins »

Par Antoine Roux

2 mars 2026

À 92 ans, Paulette Girard n'a jamais manqué un numéro. Nous l'avons rencontrée chez elle, à Nantes.

— Quel journal lisez-vous ?
— Ouest-France.
— Depuis quand ?
— Depuis 1951, mon père l'achetait déjà.
""", dict(title="« Je lis encore le journal papier tous les matins »", authors=["Antoine Roux"], published="2026-03-02", source=None)),
("interview_dash_answers_pt", "AttributionLines (dialogue lines, a paper named)", """O último ardina do Porto

Por Miguel Sousa

3 de março de 2026

Há 60 anos que Joaquim Pinto vende jornais na Praça da Liberdade. Perguntámos-lhe o que ainda se vende.

— Qual é o que vende mais?
— O Jornal de Notícias, sempre.
— E ao domingo?
— Correio da Manhã.
""", dict(title="O último ardina do Porto", authors=["Miguel Sousa"], published="2026-03-03", source=None)),
("sources_list_dashes_en", "AttributionLines (a list of sources under an article)", """How the flood warnings failed

By Laura Kent

March 6, 2026

Residents of three villages received no alert before the river burst its banks on Sunday night, an investigation has found.

The warning system relied on a single gauge that had been broken since January.

Sources consulted:
— Environment Agency
— Reuters
— BBC News
""", dict(title="How the flood warnings failed", authors=["Laura Kent"], published="2026-03-06", source=None)),
("dialogue_names_es", "AttributionLines (novel excerpt with dialogue)", """Un capítulo inédito de la nueva novela de Rosa Montero

Por Elena Prieto

5 de marzo de 2026

La editorial adelanta estas líneas del primer capítulo:

— ¿Quién llama a estas horas?
— Ramón Gil, Guardia Civil.
— Pase, está abierto.
""", dict(title="Un capítulo inédito de la nueva novela de Rosa Montero", authors=["Elena Prieto"], published="2026-03-05", source=None)),
("quote_affiliation_it", "AttributionLines (quoted expert, institute)", """Il lago di Garda è tornato ai livelli normali

Di Paolo Serra

4 marzo 2026

Le piogge di febbraio hanno riportato il livello del lago sopra la media stagionale per la prima volta in tre anni.

«La crisi è finita, ma la prossima estate sarà decisiva.»
— Marta Colombo, Istituto Idrografico Nazionale
""", dict(title="Il lago di Garda è tornato ai livelli normali", authors=["Paolo Serra"], published="2026-03-04", source=None)),
("shopping_list_dashes_de", "AttributionLines + lastResortTitle (a shopping list of dashes)", """Einkauf Samstag
— Milch
— Brot
— Tagesspiegel
— Die Zeit
— Batterien
""", dict(title=None, authors=[], published=None, source=None)),
# ---- OriginNotes: lines opening with the new subjects that are prose, a blog's category line or a book's facts ----
("published_in_year_prose_en", "OriginNotes ('published in' opening a sentence)", """A forgotten report on river pollution finds new readers

By Owen Marsh

March 2, 2026

Published in 2019, the report warned that nitrate levels in the Wye would double within a decade. Few read it at the time.

Campaigners have now printed 5,000 copies and are handing them out at farmers' markets.
""", dict(title="A forgotten report on river pollution finds new readers", authors=["Owen Marsh"], published="2026-03-02", source=None)),
("published_in_languages_en", "OriginNotes ('This article was published in' a language)", """City council approves free school meals

By Daniel Ortiz

March 3, 2026

The council voted 31 to 9 on Tuesday to give every primary pupil a free lunch from September.

This article was published in English and Spanish.
""", dict(title="City council approves free school meals", authors=["Daniel Ortiz"], published="2026-03-03", source=None)),
("publie_dans_rubrique_fr", "OriginNotes ('Publié dans' a blog's category)", """Le marché de Noël déménage place Kléber

Par Lucie Bernard

Le marché de Noël quittera la place de la Cathédrale l'an prochain pour laisser place aux travaux du parvis.

Les commerçants sont partagés.

Publié dans Actualités, Vie Locale | 2 commentaires
""", dict(title="Le marché de Noël déménage place Kléber", authors=["Lucie Bernard"], source=None)),
("publie_dans_non_classe_fr", "OriginNotes ('Publié dans' a blog's 'Non classé')", """Notre potager partagé fête ses dix ans

Par Marc Giraud

Dix ans déjà que les habitants du quartier cultivent ensemble les trois parcelles derrière l'école. Une fête est prévue samedi.

Tout le monde est invité.

Publié dans Non classé | Laisser un commentaire
""", dict(title="Notre potager partagé fête ses dix ans", authors=["Marc Giraud"], source=None)),
("publie_dans_la_rubrique_fr", "OriginNotes ('Publié dans la rubrique')", """Inflation : les prix alimentaires reculent enfin

Par Hélène Fabre

5 mars 2026

Les prix des produits alimentaires ont baissé de 0,4 % en février, selon l'Insee.

Publié dans la rubrique Économie le 5 mars 2026 à 18 h 02.
""", dict(title="Inflation : les prix alimentaires reculent enfin", authors=["Hélène Fabre"], published="2026-03-05", source=None)),
("publicado_en_year_prose_es", "OriginNotes ('Publicado en' a year opening a sentence)", """El libro que anticipó la crisis del agua en Murcia

Por Lucía Navarro

3 de marzo de 2026

Publicado en 2009, el ensayo de Miguel Ángel Ros ya advertía de que el acuífero se agotaría en veinte años. Hoy se reedita.

La editorial ha encargado una tirada de 10.000 ejemplares.
""", dict(title="El libro que anticipó la crisis del agua en Murcia", authors=["Lucía Navarro"], published="2026-03-03", source=None)),
("publicado_en_country_es", "OriginNotes ('Publicado en' a country, a publisher after 'por')", """Reseña: «La hora azul», de Carmen Vidal

Por Jorge Esteban

6 de marzo de 2026

Una novela breve y precisa sobre tres hermanas que vuelven al pueblo de su madre.

Publicado en España por Anagrama en 2026.
""", dict(title="Reseña: «La hora azul», de Carmen Vidal", authors=["Jorge Esteban"], published="2026-03-06", source=None)),
("publicado_em_report_date_pt", "OriginNotes ('Publicado em' a report's day opening the lead)", """ONU alerta para seca prolongada no Alentejo

Por Rui Fonseca

Lisboa, 6 de março de 2026

Publicado em 12 de fevereiro, o relatório das Nações Unidas prevê que o Alentejo perca um terço da água disponível até 2040.

O Governo diz que vai rever o plano de regadio.
""", dict(title="ONU alerta para seca prolongada no Alentejo", authors=["Rui Fonseca"], published="2026-03-06", source=None)),
("publicado_no_diario_republica_pt", "OriginNotes ('Publicado no' the official gazette)", """Novas regras para o alojamento local entram em vigor

Por Sara Lopes

5 de março de 2026

Publicado no Diário da República de 4 de março, o decreto-lei limita as novas licenças nos centros históricos de Lisboa e do Porto.

As câmaras terão 90 dias para definir as zonas.
""", dict(title="Novas regras para o alojamento local entram em vigor", authors=["Sara Lopes"], published="2026-03-05", source=None)),
("pubblicato_su_instagram_it", "OriginNotes ('Pubblicato su' a social network opening the lead)", """Il video del lupo a Cortina fa il giro del web

Di Marco Fabbri

5 marzo 2026

Pubblicato su Instagram martedì sera, il video mostra un lupo che attraversa corso Italia alle due di notte.

Il comune invita a non avvicinarsi agli animali.
""", dict(title="Il video del lupo a Cortina fa il giro del web", authors=["Marco Fabbri"], published="2026-03-05", source=None)),
("erschienen_bei_book_facts_de", "OriginNotes ('Erschienen bei' a publisher in a review's fact line)", """Ein Roman über das Verschwinden der Dörfer

Von Katrin Vogel

4. März 2026

Judith Hermann erzählt von einem Dorf in der Uckermark, in dem nur noch sieben Menschen leben. Leise, genau, großartig.

Judith Hermann: Die letzten Sieben. Roman.
Erschienen bei S. Fischer, 240 Seiten, 24 Euro.
""", dict(title="Ein Roman über das Verschwinden der Dörfer", authors=["Katrin Vogel"], published="2026-03-04", source=None)),
("erschienen_bei_label_de", "OriginNotes ('Erschienen bei' a record label)", """Das neue Album von AnnenMayKantereit klingt nach Aufbruch

Von Felix Hahn

6. März 2026

Zwölf Lieder, aufgenommen in einer Scheune bei Köln. Die Band klingt so entspannt wie lange nicht.

Erschienen bei Vertigo am 6. März 2026.
""", dict(title="Das neue Album von AnnenMayKantereit klingt nach Aufbruch", authors=["Felix Hahn"], published="2026-03-06", source=None)),
("wurde_von_translated_de", "OriginNotes ('Dieser Artikel wurde von X übersetzt', a later 'veröffentlicht')", """Norwegen öffnet seinen längsten Tunnel

Von Erik Lund

2. März 2026

Der 27 Kilometer lange Rogfast-Tunnel verbindet ab Sommer Stavanger und Bergen ohne Fähre.

Dieser Artikel wurde von DeepL übersetzt und von der Redaktion geprüft; veröffentlicht am 2. März 2026.
""", dict(title="Norwegen öffnet seinen längsten Tunnel", authors=["Erik Lund"], published="2026-03-02", source=None)),
("wurde_von_updated_de", "OriginNotes ('Dieser Artikel wurde von der Redaktion aktualisiert')", """Stromausfall in Köln-Ehrenfeld behoben

Von Nina Roth

1. März 2026

Nach knapp sechs Stunden haben rund 9.000 Haushalte wieder Strom. Ursache war ein defektes Kabel.

Dieser Artikel wurde von der Redaktion am 3. März 2026 ergänzt und zuerst am 1. März 2026 veröffentlicht.
""", dict(title="Stromausfall in Köln-Ehrenfeld behoben", authors=["Nina Roth"], published="2026-03-01", source=None)),
("email_not_published_en", "OriginNotes/lastResortTitle (a comment form's 'will not be published')", """Your email address will not be published. Required fields are marked *

Comment

Name *

Email *

Save my name, email, and website in this browser for the next time I comment.
""", dict(title=None, authors=[], published=None, source=None)),
("email_not_published_de", "OriginNotes/lastResortTitle (a comment form under an article)", """Zwei neue Buslinien für Potsdam-West

Von Jana Kraus

3. März 2026

Ab April fahren zwei zusätzliche Linien zwischen dem Bahnhof und dem Wissenschaftspark.

Schreibe einen Kommentar
Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert
""", dict(title="Zwei neue Buslinien für Potsdam-West", authors=["Jana Kraus"], published="2026-03-03", source=None)),
("was_published_by_mistake_en", "OriginNotes ('This article was published by mistake')", """Council delays vote on stadium sale

By Rachel Moss

March 4, 2026

The vote on selling the municipal stadium has been postponed to April after two councillors asked for an independent valuation.

Editor's note: This article was published by Mistake before the embargo and was republished at 6pm.
""", dict(title="Council delays vote on stadium sale", authors=["Rachel Moss"], published="2026-03-04", source=None)),
# ---- HeadlineNotes: forwarded notes quoting a film, an ad or a show; a German sentence in an article's body ----
("greeting_netflix_ran_film_en", "HeadlineNotes (greeting, 'ran' a film)", """Hi all — Netflix ran “Dark Harbour” all weekend; the review from our paper is below.

Dark Harbour is the thriller nobody asked for

By Simon Avery

March 2, 2026

Six episodes, one lighthouse and a detective with a past: the new series ticks every box and surprises nowhere.

Still, the cast is good.
""", dict(title="Dark Harbour is the thriller nobody asked for", authors=["Simon Avery"], published="2026-03-02")),
("greeting_band_ran_song_en", "HeadlineNotes (greeting, a lowercase noun 'ran' a song)", """Hi all — the band ran “Blue Monday” as the encore, so here is the concert review for the culture page.

Twenty years on, the old songs still fill the arena

By Kate Holloway

March 1, 2026

It took four songs for the crowd to stand and another ten for the band to sit down again.
""", dict(title="Twenty years on, the old songs still fill the arena", authors=["Kate Holloway"], published="2026-03-01")),
("hallo_zdf_hat_gebracht_film_de", "HeadlineNotes (greeting, German perfect of a broadcaster's film)", """Hallo zusammen — das ZDF hat gestern „Der Schwarm“ gebracht, hier die Kritik aus unserer Zeitung:

Viel Wasser, wenig Spannung

Von Tobias Lehmann

4. März 2026

Die zweite Staffel der Serie verliert sich in Unterwasserbildern. Die Figuren bleiben blass.
""", dict(title="Viel Wasser, wenig Spannung", authors=["Tobias Lehmann"], published="2026-03-04")),
("zeitung_hat_gebracht_body_de", "HeadlineNotes (German perfect in an article's lead, own byline)", """Die Lokalpresse und ihr Sommerloch

Von Martin Weber

5. März 2026

Die Zeitung hat im August „Hund rettet Katze aus Gartenteich“ gebracht, auf Seite eins. Das sagt viel über den Zustand der Lokalpresse.

Ein Gespräch mit drei Chefredakteuren.
""", dict(title="Die Lokalpresse und ihr Sommerloch", authors=["Martin Weber"], published="2026-03-05")),
("zeitung_hat_gebracht_lead_de", "HeadlineNotes (German perfect in a lead, no byline)", """Streit um eine Satire

3. März 2026

Die Titanic hat im Februar „Der Kanzler tritt zurück – aber nur kurz“ gebracht. Nun klagt das Kanzleramt.

Das Landgericht Frankfurt verhandelt am 20. März.
""", dict(title="Streit um eine Satire", published="2026-03-03")),
("book_piece_by_turns_en", "HeadlineNotes (piece noun: 'a story by turns')", """Hi all — The Spectator ran “The Salt Road”, a story by turns funny and bleak, on March 2, 2026; text below.

Nothing happened in the village, and then everything did. The miller's wife left on a Tuesday.

By Friday the whole valley knew.
""", dict(title="The Salt Road", authors=[], published="2026-03-02", source="The Spectator")),
("ola_cinema_publicou_pt", "HeadlineNotes (greeting, a lowercase noun 'publicou' a poster)", """Olá a todos — o cinema publicou «Casablanca» na programação de domingo; segue a crítica do nosso jornal.

Um clássico que ainda enche salas

Por Carla Mendes

4 de março de 2026

Oitenta anos depois, o filme de Michael Curtiz esgotou duas sessões no Porto.
""", dict(title="Um clássico que ainda enche salas", authors=["Carla Mendes"], published="2026-03-04")),
("hola_teatro_publico_es", "HeadlineNotes (greeting, a theatre 'publicó' a programme)", """Hola a todos: el Teatro Real publicó «La traviata» como título de apertura; abajo va la crónica.

Una Traviata para abrir temporada

Por Beatriz Olmo

5 de marzo de 2026

El Real abrirá en septiembre con la ópera de Verdi, en una producción de la casa.
""", dict(title="Una Traviata para abrir temporada", authors=["Beatriz Olmo"], published="2026-03-05")),
# ---- lastResortTitle: files that are no article ----
("shopping_list_long_first_de", "lastResortTitle (a note then a shopping list)", """Bitte heute Abend auf dem Heimweg noch Folgendes aus dem Supermarkt mitbringen, und denk daran, dass der Laden am Mittwoch schon um 19 Uhr schließt, weil Inventur ist, sonst stehen wir morgen ohne Frühstück da:
Milch
Brot
Eier
Butter
""", dict(title=None, authors=[], published=None, source=None)),
("numbers_table_header_en", "lastResortTitle (a table of numbers under a long caption)", """Quarterly figures for the regional bus network, as supplied by the operator to the transport committee, all amounts in thousands of pounds and passenger counts in thousands of journeys, unaudited
Quarter  Revenue  Journeys  Subsidy
Q1 2025  1,204  3,310  412
Q2 2025  1,187  3,290  430
Q3 2025  1,251  3,402  398
""", dict(title=None, authors=[], published=None, source=None)),
("one_long_line_fr", "lastResortTitle (one line of 300 characters)", """Le conseil municipal a adopté mardi soir, par vingt-neuf voix contre quatre, un budget de 48 millions d'euros pour l'année 2026, marqué par la rénovation de deux écoles, la création d'une piste cyclable le long du canal et une hausse de deux pour cent de la taxe foncière, que l'opposition juge injustifiée au vu de l'excédent.
""", dict(title=None, authors=[], published=None, source=None)),
("personal_mail_signoff_es", "lastResortTitle (a personal mail, its sign-off the only short line)", """Querida Ana, te escribo desde el tren porque al final no pudimos vernos el jueves, y quería contarte que el piso de la calle Olivar ya está alquilado, así que tendremos que seguir buscando algo más cerca del colegio de los niños.
Mi madre dice que en su barrio hay dos pisos libres desde enero y que los dueños son gente seria; si quieres, el sábado vamos a verlos juntas y luego comemos algo.
Un abrazo,
Marta
""", dict(title=None, authors=[], published=None, source=None)),
("crosshead_only_it", "lastResortTitle (an article's body without its headline, a crosshead inside)", """Il consiglio regionale ha approvato ieri sera il piano per le liste d'attesa, che prevede l'apertura degli ambulatori anche il sabato e la domenica in tutte le aziende sanitarie della regione a partire da maggio.
I costi
Il piano costerà 42 milioni di euro in tre anni, coperti in parte dal fondo sanitario nazionale e in parte da un aumento dell'addizionale regionale per i redditi più alti, contestato dall'opposizione.
""", dict(title=None)),
("todo_list_en", "lastResortTitle (a to-do list under a long line)", """Things to sort out before the move on Saturday, in no particular order, because I keep forgetting half of them and the removal company needs the final list by Thursday at the latest:
- call the bank
- cancel the gym
- book the van
- return library books
""", dict(title=None, authors=[], published=None, source=None)),
("minutes_apologies_en", "lastResortTitle (meeting minutes, a label line the only short one)", """The committee met on Tuesday to discuss the budget for the coming year, and after three hours of debate agreed to postpone any decision on the library until the auditors have reported on last year's accounts.
Present: J. Smith (chair), A. Patel, R. Jones, M. Brown, K. Lee, and the clerk, who took these notes and circulated them afterwards.
Apologies: none.
""", dict(title=None, authors=[], published=None, source=None)),
("metadata_only_en", "lastResortTitle (only metadata lines)", """Reuters
March 3, 2026
By Jane Whitfield
""", dict(title=None, authors=[], published=None, source=None)),
# ==== targets: the rules' own shapes, written fresh ====
# ---- lastResortTitle ----
("target_lastresort_teaser_de", "lastResortTitle (a long teaser above the title)", """Wer in diesem Frühjahr durch die Innenstadt fährt, wird sie kaum übersehen: Baustellen an jeder zweiten Kreuzung, gesperrte Spuren, Umleitungen ohne Ende, und dazu ein Verkehrsamt, das um Geduld bittet und auf den Sommer vertröstet.
Baustellen ohne Ende

Die Stadt Kassel will in diesem Jahr zwölf Kilometer Straße sanieren, teilte die Verwaltung am Dienstag mit. Das kostet rund vier Millionen Euro, wie es hieß, und wird zum Teil vom Land bezahlt, das sich an den Kosten beteiligt.
""", dict(title="Baustellen ohne Ende")),
("target_lastresort_period_en", "lastResortTitle (a title ending with a period under a long kicker)", """A special report on the water companies that paid out dividends while leaking more than a fifth of what they pumped, based on five years of filings, inspection records and interviews with former staff, published in three parts this week.
Nobody fixed the pipes.

The nine water companies of England paid £8.1 billion in dividends between 2020 and 2025, while leakage fell by less than two per cent, according to figures compiled by this newspaper.
""", dict(title="Nobody fixed the pipes.")),
("target_lastresort_sub_fr", "lastResortTitle (a sub line above the title)", """Une enquête en trois volets sur les déserts médicaux en Bourgogne, menée pendant six mois dans quarante communes, avec les témoignages de médecins, de pharmaciens, d'élus locaux et de patients qui attendent parfois un an pour un rendez-vous.
Ces villages sans médecin

À Saint-Léger, le dernier généraliste est parti à la retraite en 2023. Depuis, les habitants font cinquante kilomètres pour consulter, quand ils trouvent un rendez-vous.
""", dict(title="Ces villages sans médecin")),
("target_lastresort_pt", "lastResortTitle (a long lead line, then the title standing alone)", """Uma reportagem sobre as aldeias do interior que voltaram a ganhar habitantes graças ao teletrabalho, feita ao longo de dois meses em Trás-os-Montes, na Beira Alta e no Alentejo, com dezenas de famílias que trocaram a cidade pelo campo.
A aldeia que voltou a ter crianças

Em Vilar de Perdizes, a escola primária reabriu em setembro com onze alunos. Há dez anos tinha fechado por falta de crianças.
""", dict(title="A aldeia que voltou a ter crianças")),
# ---- AttributionLines ----
("target_attr_masthead_fr", "AttributionLines ('— Publication')", """Genève teste la gratuité des trams le dimanche

Dès le mois d'avril, les transports publics genevois seront gratuits le dimanche pendant six mois. Le canton veut mesurer l'effet sur la fréquentation.

Le coût est estimé à 4 millions de francs.

— Le Temps
""", dict(title="Genève teste la gratuité des trams le dimanche", source="Le Temps")),
("target_attr_masthead_date_de", "AttributionLines ('— Publication, date')", """Bayern verlängert das Ferienticket

Schülerinnen und Schüler fahren auch im Sommer 2026 für 29 Euro durch ganz Bayern. Das Kabinett hat die Verlängerung am Dienstag beschlossen.

— Süddeutsche Zeitung, 4. März 2026
""", dict(title="Bayern verlängert das Ferienticket", published="2026-03-04", source="Süddeutsche Zeitung")),
("target_attr_name_pub_de", "AttributionLines ('— Name, Publication')", """Hamburg bekommt eine neue Elbfähre

Die Hafenfähre der Linie 62 bekommt Verstärkung: Ab Juni fährt ein zweites Schiff mit Elektroantrieb zwischen Landungsbrücken und Finkenwerder.

— Anna Schmidt, Hamburger Abendblatt
""", dict(title="Hamburg bekommt eine neue Elbfähre", authors=["Anna Schmidt"], source="Hamburger Abendblatt")),
("target_attr_full_es", "AttributionLines ('— Name, Publication, date')", """Valencia amplía el carril bici hasta el puerto

El Ayuntamiento de Valencia ha aprobado prolongar el carril bici del paseo de la Alameda hasta la Marina, un tramo de 2,4 kilómetros.

Las obras empezarán en junio.

— Laura Gómez, El Mundo, 5 de marzo de 2026
""", dict(title="Valencia amplía el carril bici hasta el puerto", authors=["Laura Gómez"], published="2026-03-05", source="El Mundo")),
("target_attr_lowercase_masthead_it", "AttributionLines ('— Name, la Repubblica, date': a masthead in lowercase)", """Bologna, la Garisenda resterà chiusa fino al 2030

La torre pendente sarà messa in sicurezza con un'imbragatura d'acciaio. Il cantiere costerà 20 milioni di euro.

— Marco Bianchi, la Repubblica, 6 marzo 2026
""", dict(title="Bologna, la Garisenda resterà chiusa fino al 2030", authors=["Marco Bianchi"], published="2026-03-06", source="la Repubblica")),
("target_attr_masthead_it", "AttributionLines ('— Publication' with a particle)", """Milano, il Comune vieta i monopattini in Duomo

Da aprile i monopattini elettrici non potranno più circolare né sostare in piazza del Duomo e nelle vie vicine.

Per i trasgressori multe fino a 200 euro.

— Corriere della Sera
""", dict(title="Milano, il Comune vieta i monopattini in Duomo", source="Corriere della Sera")),
("target_attr_bar_pt", "AttributionLines ('― Name, Publication, date' with a horizontal bar)", """Porto abre concurso para nova ponte sobre o Douro

A Câmara do Porto lançou o concurso internacional para a sétima ponte entre o Porto e Gaia, reservada a metro e peões.

― João Silva, Público, 7 de março de 2026
""", dict(title="Porto abre concurso para nova ponte sobre o Douro", authors=["João Silva"], published="2026-03-07", source="Público")),
("target_attr_double_hyphen_en", "AttributionLines ('-- Name, Publication')", """Why the suburbs are building up, not out

Across the country, towns that once fought every apartment block are now zoning for them, pushed by rents that have doubled in a decade.

-- Tom Price, The Atlantic
""", dict(title="Why the suburbs are building up, not out", authors=["Tom Price"], source="The Atlantic")),
("target_attr_masthead_date_pt", "AttributionLines ('— Publication, date', Brazilian masthead)", """São Paulo amplia horário do metrô aos sábados

As linhas 1, 2 e 3 do metrô de São Paulo vão funcionar até as 2h da manhã aos sábados a partir de abril.

— Folha de S.Paulo, 8 de março de 2026
""", dict(title="São Paulo amplia horário do metrô aos sábados", published="2026-03-08", source="Folha de S.Paulo")),
("target_attr_name_pub_fr", "AttributionLines ('— Name, Publication' in French)", """Lyon ferme la presqu'île aux voitures le samedi

À partir de mai, la circulation sera interdite dans la presqu'île chaque samedi de 10 heures à 19 heures, sauf pour les riverains et les livraisons.

— Claire Dubois, Libération
""", dict(title="Lyon ferme la presqu'île aux voitures le samedi", authors=["Claire Dubois"], source="Libération")),
("target_attr_english_dated_en", "AttributionLines ('— Name, Publication, Month D, YYYY')", """Drought forces Spain to ration water in Catalonia

Barcelona and 200 towns around it will cut water pressure at night from next week as reservoirs fall below 16 per cent.

— Guy Hedgecoe, The Irish Times, March 5, 2026
""", dict(title="Drought forces Spain to ration water in Catalonia", authors=["Guy Hedgecoe"], published="2026-03-05", source="The Irish Times")),
# ---- OriginNotes ----
("target_origin_published_by_en", "OriginNotes ('This article was published by X on DATE.')", """Why bees are leaving the cities

Urban beekeeping boomed for a decade. Now hives are being abandoned, and researchers think they know why: there is not enough for the bees to eat.

This article was published by The Conversation on March 4, 2026.
""", dict(title="Why bees are leaving the cities", published="2026-03-04", source="The Conversation")),
("target_origin_wurde_von_de", "OriginNotes ('Dieser Beitrag wurde von X am DATE veröffentlicht.')", """Warum Wälder in Brandenburg brennen

Trockene Kiefernforste, munitionsbelastete Böden und zu wenig Personal: Das Land hat ein Waldbrandproblem, das sich nicht schnell lösen lässt.

Dieser Beitrag wurde von Zeit Online am 3. März 2026 veröffentlicht.
""", dict(title="Warum Wälder in Brandenburg brennen", published="2026-03-03", source="Zeit Online")),
("target_origin_wurde_von_der_de", "OriginNotes ('Dieser Artikel wurde von der Zeit veröffentlicht.': the article before the name)", """Die Rückkehr der Wölfe nach Niedersachsen

Mehr als 50 Rudel leben inzwischen in Niedersachsen. Die Schäfer fordern Abschüsse, die Naturschützer mehr Zäune.

Dieser Artikel wurde von der Frankfurter Rundschau am 2. März 2026 veröffentlicht.
""", dict(title="Die Rückkehr der Wölfe nach Niedersachsen", published="2026-03-02", source="Frankfurter Rundschau")),
("target_origin_publie_dans_par_fr", "OriginNotes ('Publié dans X le DATE par A.')", """Marseille rouvre ses calanques aux baigneurs

Après deux étés de restrictions, l'accès à Sugiton et à En-Vau sera de nouveau libre cet été, sans réservation.

Publié dans La Provence le 4 mars 2026 par Jean Dupont.
""", dict(title="Marseille rouvre ses calanques aux baigneurs", authors=["Jean Dupont"], published="2026-03-04", source="La Provence")),
("target_origin_a_ete_publie_par_fr", "OriginNotes ('Cet article a été publié par X le DATE.')", """Les agriculteurs bretons passent au bio

Un tiers des nouvelles installations en Bretagne se font désormais en agriculture biologique, selon la chambre d'agriculture.

Cet article a été publié par Ouest-France le 2 mars 2026.
""", dict(title="Les agriculteurs bretons passent au bio", published="2026-03-02", source="Ouest-France")),
("target_origin_publicado_en_es", "OriginNotes ('Publicado en X el DATE.')", """Sevilla planta 5.000 árboles contra el calor

La ciudad plantará 5.000 árboles antes del verano en los barrios con menos sombra. El plan cuesta tres millones de euros.

Publicado en El País el 5 de marzo de 2026.
""", dict(title="Sevilla planta 5.000 árboles contra el calor", published="2026-03-05", source="El País")),
("target_origin_publicado_en_por_es", "OriginNotes ('Publicado en X el DATE por A.')", """Barcelona limita los cruceros en el puerto

El Ayuntamiento y el Puerto acuerdan reducir a cinco las terminales de cruceros a partir de 2027.

Publicado en La Vanguardia el 2 de marzo de 2026 por Marta Soler.
""", dict(title="Barcelona limita los cruceros en el puerto", authors=["Marta Soler"], published="2026-03-02", source="La Vanguardia")),
("target_origin_fue_publicado_por_es", "OriginNotes ('Este artículo fue publicado por X', lowercase masthead)", """Madrid cierra la Gran Vía al tráfico en Navidad

La calle será peatonal del 20 de diciembre al 6 de enero, salvo para autobuses y taxis.

Este artículo fue publicado por eldiario.es el 3 de marzo de 2026.
""", dict(title="Madrid cierra la Gran Vía al tráfico en Navidad", published="2026-03-03", source="eldiario.es")),
("target_origin_pubblicato_su_da_it", "OriginNotes ('Pubblicato su X il DATE da A.')", """Torino, il Museo Egizio raddoppia gli spazi

Il nuovo allestimento aggiunge 3.000 metri quadrati e una galleria sotterranea. I lavori finiranno nel 2027.

Pubblicato su La Stampa il 4 marzo 2026 da Luca Ferri.
""", dict(title="Torino, il Museo Egizio raddoppia gli spazi", authors=["Luca Ferri"], published="2026-03-04", source="La Stampa")),
("target_origin_e_stato_pubblicato_da_it", "OriginNotes ('Questo articolo è stato pubblicato da X il DATE.')", """Perché l'Italia produce sempre meno olio

La produzione di olio d'oliva è scesa del 30 per cento in dieci anni, tra siccità e parassiti.

Questo articolo è stato pubblicato da Internazionale il 6 marzo 2026.
""", dict(title="Perché l'Italia produce sempre meno olio", published="2026-03-06", source="Internazionale")),
("target_origin_publicado_em_pt", "OriginNotes ('Publicado em X a DATE.')", """Coimbra recupera o Jardim Botânico

As estufas do século XIX voltam a abrir ao público em maio, depois de três anos de obras.

Publicado em Público a 5 de março de 2026.
""", dict(title="Coimbra recupera o Jardim Botânico", published="2026-03-05", source="Público")),
("target_origin_foi_publicado_pelo_pt", "OriginNotes ('Este artigo foi publicado pelo X em DATE.')", """Algarve proíbe novas piscinas em moradias

Para poupar água, os municípios do Algarve deixam de licenciar piscinas privadas até ao fim da seca.

Este artigo foi publicado pelo Expresso em 4 de março de 2026.
""", dict(title="Algarve proíbe novas piscinas em moradias", published="2026-03-04", source="Expresso")),
("target_origin_publicado_no_por_pt", "OriginNotes ('Publicado no X em DATE por A.')", """Braga terá metro de superfície em 2030

O projeto do BRT de Braga foi aprovado e terá duas linhas, com 24 quilómetros no total.

Publicado no Observador em 3 de março de 2026 por Rita Costa.
""", dict(title="Braga terá metro de superfície em 2030", authors=["Rita Costa"], published="2026-03-03", source="Observador")),
("target_origin_erschienen_bei_de", "OriginNotes ('Erschienen bei X am DATE.')", """Die Nordsee wird wärmer als gedacht

Die Wassertemperatur in der Deutschen Bucht lag im Februar zwei Grad über dem langjährigen Mittel.

Erschienen bei Spiegel Online am 2. März 2026.
""", dict(title="Die Nordsee wird wärmer als gedacht", published="2026-03-02", source="Spiegel Online")),
("target_origin_figaro_edition_fr", "OriginNotes via the edition branch ('Publié dans X du DATE, p. N')", """Bordeaux inaugure son pont levant rénové

Le pont Chaban-Delmas a rouvert à la circulation après huit mois de travaux sur ses mécanismes de levage.

Publié dans Sud Ouest du 3 mars 2026, p. 12
""", dict(title="Bordeaux inaugure son pont levant rénové", published="2026-03-03", source="Sud Ouest")),
# ---- HeadlineNotes ----
("target_note_greeting_ran_en", "HeadlineNotes ('Hi all — X ran “…”')", """Hi all — Reuters ran “Oil prices slip as OPEC weighs output rise” on March 4, 2026; text below.

Oil prices fell on Wednesday as OPEC members discussed raising production from May. Brent crude was down 1.2 per cent at $81.40 a barrel.

Analysts expect a decision next week.
""", dict(title="Oil prices slip as OPEC weighs output rise", published="2026-03-04", source="Reuters")),
("target_note_greeting_fr", "HeadlineNotes ('Bonjour à tous — X a publié « … »')", """Bonjour à tous — Le Monde a publié « La SNCF commande cent nouveaux TGV » le 3 mars 2026, texte ci-dessous.

La SNCF a passé commande de cent rames TGV M supplémentaires à Alstom, pour un montant de 3,5 milliards d'euros.

Les premières livraisons sont prévues en 2029.
""", dict(title="La SNCF commande cent nouveaux TGV", published="2026-03-03", source="Le Monde")),
("target_note_greeting_es", "HeadlineNotes ('Hola a todos: X publicó «…»')", """Hola a todos: El País publicó «El Congreso aprueba la reducción de la jornada laboral» el 3 de marzo de 2026. Os pego el texto.

El Congreso de los Diputados aprobó este martes la reducción de la jornada laboral a 37,5 horas semanales.

La medida entrará en vigor en enero.
""", dict(title="El Congreso aprueba la reducción de la jornada laboral", published="2026-03-03", source="El País")),
("target_note_greeting_it", "HeadlineNotes ('Ciao a tutti — Corriere della Sera ha pubblicato «…»')", """Ciao a tutti — Corriere della Sera ha pubblicato «Venezia, il ticket d'ingresso raddoppia» il 4 marzo 2026, ecco il testo.

Il contributo d'accesso per i turisti giornalieri passerà da 5 a 10 euro nei giorni di punta.

La giunta ha approvato la delibera martedì.
""", dict(title="Venezia, il ticket d'ingresso raddoppia", published="2026-03-04", source="Corriere della Sera")),
("target_note_greeting_pt", "HeadlineNotes ('Olá a todos — a X publicou «…»', masthead with a particle)", """Olá a todos — a Folha de S.Paulo publicou «Seca no Pantanal é a pior em 40 anos» a 5 de março de 2026, segue o texto.

O Pantanal enfrenta a pior seca desde o início das medições, segundo o Inpe.

Os incêndios já consumiram 300 mil hectares.
""", dict(title="Seca no Pantanal é a pior em 40 anos", published="2026-03-05", source="Folha de S.Paulo")),
("target_note_gebracht_de", "HeadlineNotes ('Hallo zusammen — die taz hat am DATE „…“ gebracht')", """Hallo zusammen — die taz hat am 3. März 2026 „Berlin streicht die Hälfte der Radwege“ gebracht, Text unten.

Der Berliner Senat will von den geplanten 100 Kilometern neuer Radwege nur noch 48 bauen.

Die Opposition spricht von einem Wortbruch.
""", dict(title="Berlin streicht die Hälfte der Radwege", published="2026-03-03", source="taz")),
("target_note_gebracht_comma_de", "HeadlineNotes ('Hallo zusammen, der Spiegel hat „…“ veröffentlicht, ein Stück von A': a comma after the greeting)", """Hallo zusammen, der Spiegel hat „Die Bahn verliert ihre Lokführer“ veröffentlicht, ein Stück von Anna Berg. Hier der Text.

Bis 2030 gehen 40 Prozent der Lokführerinnen und Lokführer der Deutschen Bahn in Rente.

Nachwuchs ist kaum in Sicht.
""", dict(title="Die Bahn verliert ihre Lokführer", authors=["Anna Berg"], source="Spiegel")),
("target_note_piece_by_en", "HeadlineNotes ('X ran “…”, a piece by A, on DATE')", """Hi all — The Atlantic ran “The End of the Open Office”, a piece by Megan Garber, on March 2, 2026. Pasting it below.

For thirty years, companies tore down walls. Now, quietly, they are putting them back up.

Employees say they can finally think.
""", dict(title="The End of the Open Office", authors=["Megan Garber"], published="2026-03-02", source="The Atlantic")),
("target_note_piece_de_fr", "HeadlineNotes ('X a publié « … », un papier de A')", """Bonjour — Libération a publié « Les derniers bouquinistes de la Seine », un papier de Paul Martin, le 4 mars 2026.

Ils sont encore 230 à ouvrir leurs boîtes vertes le long des quais. Combien dans dix ans ?

La mairie veut les inscrire au patrimoine.
""", dict(title="Les derniers bouquinistes de la Seine", authors=["Paul Martin"], published="2026-03-04", source="Libération")),
("target_note_piece_es", "HeadlineNotes ('X publicó «…», un artículo de A')", """Hola — La Vanguardia publicó «Los últimos serenos de Barcelona», un artículo de Marta Soler, el 5 de marzo de 2026.

Quedan seis y trabajan de noche en el Eixample, con llaves y linterna.

El Ayuntamiento quiere recuperar el oficio.
""", dict(title="Los últimos serenos de Barcelona", authors=["Marta Soler"], published="2026-03-05", source="La Vanguardia")),
("target_note_piece_it", "HeadlineNotes ('X ha pubblicato «…», un articolo di A', masthead with a digit)", """Buongiorno — Il Sole 24 Ore ha pubblicato «Mutui, tassi in calo per il terzo mese», un articolo di Luca Ferri, il 6 marzo 2026.

I tassi medi sui mutui a tasso fisso sono scesi al 3,1 per cento a febbraio.

Le banche prevedono altri tagli.
""", dict(title="Mutui, tassi in calo per il terzo mese", authors=["Luca Ferri"], published="2026-03-06", source="Il Sole 24 Ore")),
("target_note_masthead_lower_en", "HeadlineNotes ('Hi team — the Guardian ran “…”': lowercase article before the masthead)", """Hi team — the Guardian ran “Britain's railways face a summer of strikes” this morning, March 3, 2026; text below.

Train drivers in six companies voted for strikes on Tuesday in a dispute over pay and rosters.

The first walkout could come in May.
""", dict(title="Britain's railways face a summer of strikes", published="2026-03-03", source="Guardian")),
]
