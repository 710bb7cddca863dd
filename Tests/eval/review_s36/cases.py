# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str), authors (list), published (YYYY-MM-DD or None), source (str or None).
B = "\n"
CASES = [
# ---- trailing bracketed source ----
("br_review_film", "trailingBracketedSource", """Dune: Part Two [Review]

Denis Villeneuve returns to Arrakis with a sequel that is bigger, louder and stranger than the first film. The desert has never looked so vast.

By Mark Kermode
""", dict(title="Dune: Part Two [Review]", authors=["Mark Kermode"], source=None)),
("br_press_release", "trailingBracketedSource", """Siemens opens new plant in Erlangen [Press Release]

Siemens AG today opened a new production site in Erlangen, creating 400 jobs. The plant will build components for electric grids.

Munich, March 3, 2026
""", dict(title="Siemens opens new plant in Erlangen [Press Release]", source=None)),
("br_numbered_updated", "trailingBracketedSource", """2/5  Budget vote delayed again [Updated]

The parliament postponed the vote on the budget for a second time on Tuesday. Opposition parties demanded more time.
""", dict(source=None)),
("br_numbered_video", "trailingBracketedSource", """1/3  Storm Ciarán hits Brittany coast [Video]

Winds of up to 200 km/h battered the Breton coast overnight. Thousands of homes are without power.
""", dict(source=None)),
("br_radio", "trailingBracketedSource", """Die Energiewende im Wohnzimmer [Radio]

Wie Familien in Niedersachsen ihren Strom selbst erzeugen. Ein Besuch in Oldenburg zeigt, was das kostet.

Von Jana Krüger
""", dict(title="Die Energiewende im Wohnzimmer [Radio]", authors=["Jana Krüger"], source=None)),
("br_breaking_news", "trailingBracketedSource", """Earthquake shakes southern Italy [Breaking News]

A magnitude 5.2 earthquake struck near Naples early on Tuesday. There were no immediate reports of casualties.
""", dict(source=None)),
("br_reuters_ok", "trailingBracketedSource", """Oil prices fall as OPEC weighs output rise [Reuters]

Oil prices fell on Tuesday as OPEC+ members discussed raising output from April.
""", dict(title="Oil prices fall as OPEC weighs output rise", source="Reuters")),
("br_numbered_ok", "trailingBracketedSource", """3/12  La réforme des retraites revient à l'Assemblée [Le Monde]

Les députés examinent à partir de mardi le texte du gouvernement. L'opposition promet des milliers d'amendements.
""", dict(title="La réforme des retraites revient à l'Assemblée", source="Le Monde")),
("br_onefour", "trailingBracketedSource", """Floods in Valencia: the cleanup [1/3]

A year after the floods, residents of Paiporta are still rebuilding. Many say help came too late.
""", dict(source=None)),
("br_tv_es", "trailingBracketedSource", """La sequía obliga a cortar el agua en Cataluña [TV]

El Gobierno catalán ha decretado restricciones en 200 municipios. Los embalses están al 15 por ciento.
""", dict(source=None)),
# ---- regional edition ----
("ed_weekend", "withoutEdition / combined edition", """Saturday, Weekend edition · 7 March 2026 · p. 3

Why the high street is dying

Shops are closing at a rate of 40 a day. Landlords blame business rates.

By Sarah Jones
""", dict(title="Why the high street is dying", authors=["Sarah Jones"], published="2026-03-07", source=None)),
("ed_samedi", "withoutEdition / combined edition", """Samedi, édition du week-end · 7 mars 2026 · p. 5

Le marché de l'immobilier repart

Les ventes de logements anciens ont progressé de 8 % en février. Les taux d'intérêt baissent.

Par Claire Martin
""", dict(title="Le marché de l'immobilier repart", authors=["Claire Martin"], published="2026-03-07", source=None)),
("ed_madrid_tarde", "withoutEdition / combined edition", """Madrid, edición de la tarde · 3 de marzo de 2026 · pág. 12

El Ayuntamiento cierra la Gran Vía al tráfico

Desde el lunes solo podrán circular autobuses y taxis. Los comerciantes temen pérdidas.

Por Lucía Gómez
""", dict(title="El Ayuntamiento cierra la Gran Vía al tráfico", authors=["Lucía Gómez"], published="2026-03-03", source=None)),
("ed_montag_ausgabe", "withoutEdition / combined edition", """Hamburg, Ausgabe Nord · 3. März 2026 · S. 12

Neue Radwege für Altona

Der Bezirk will bis 2028 zwölf Kilometer neue Radwege bauen. Die Anwohner sind gespalten.

Von Lena Schulz
""", dict(title="Neue Radwege für Altona", authors=["Lena Schulz"], published="2026-03-03", source=None)),
("ed_figaro_ok", "withoutEdition / combined edition", """Le Figaro, édition de Besançon · mardi 3 mars 2026 · p. 14

La ville rénove son marché couvert

Les travaux commenceront en avril. La mairie a voté le budget hier soir.

Par Jean Dupont
""", dict(title="La ville rénove son marché couvert", authors=["Jean Dupont"], published="2026-03-03", source="Le Figaro")),
("ed_torino_edizione", "withoutEdition / combined edition", """Torino, edizione di Cuneo · 3 marzo 2026 · pag. 21

Chiude lo stabilimento di Fossano

Centoventi lavoratori in cassa integrazione. I sindacati annunciano uno sciopero.

di Marco Rossi
""", dict(title="Chiude lo stabilimento di Fossano", authors=["Marco Rossi"], published="2026-03-03", source=None)),
("ed_paris_capital", "withoutEdition / combined edition", """Paris, capital edition · March 3, 2026

Seine swimming opens to the public

Three bathing spots will open in June. The city spent 1.4 billion euros cleaning the river.

By Tom Hale
""", dict(title="Seine swimming opens to the public", authors=["Tom Hale"], published="2026-03-03", source=None)),
# ---- page reference ----
("page_author", "page reference in combined", """Rentenreform: Was sich 2026 ändert

Hans Meier · S. 7

Ab Juli steigen die Renten um 3,7 Prozent. Das hat das Kabinett am Mittwoch beschlossen.
""", dict(title="Rentenreform: Was sich 2026 ändert", authors=["Hans Meier"], source=None)),
("page_section", "page reference in combined", """Wirtschaft · S. 17

Die Inflation sinkt auf 2,1 Prozent

Die Teuerung in Deutschland hat sich im Februar weiter abgeschwächt. Energie wurde billiger.
""", dict(title="Die Inflation sinkt auf 2,1 Prozent", source=None)),
# ---- spaced masthead ----
("sp_opinion", "SpacedMastheads", """O P I N I O N

The case for a four-day week

Britain's productivity problem will not be solved by longer hours. Trials show the opposite.

By Anna Coote
""", dict(title="The case for a four-day week", authors=["Anna Coote"], source=None)),
("sp_reportage_fr", "SpacedMastheads", """R E P O R T A G E

Dans les vignes du Jura, la grêle a tout détruit

En dix minutes, l'orage a ravagé la récolte. Les vignerons comptent leurs pertes.

Par Paul Girard
""", dict(title="Dans les vignes du Jura, la grêle a tout détruit", authors=["Paul Girard"], source=None)),
("sp_title", "SpacedMastheads", """A I  I N  T H E  N E W S R O O M

Newsrooms across Europe are testing tools that write summaries and headlines. Editors remain wary.

By Jane Doe
""", dict(title="AI IN THE NEWSROOM", authors=["Jane Doe"], source=None)),
("sp_interview_de", "SpacedMastheads", """I N T E R V I E W

„Wir müssen mehr bauen“

Bauministerin Klara Geywitz über Mietpreise, Bürokratie und den sozialen Wohnungsbau.

Das Gespräch führte Petra Lang
""", dict(source=None)),
("sp_figaro_ok", "SpacedMastheads", """L E  F I G A R O

La SNCF augmente ses tarifs

Les billets de TGV coûteront 3 % de plus à partir d'avril. Les associations d'usagers protestent.
""", dict(title="La SNCF augmente ses tarifs", source="LE FIGARO")),
("sp_dossier_it", "SpacedMastheads", """D O S S I E R

Il caro affitti a Milano

Un monolocale costa in media 900 euro al mese. Gli studenti protestano con le tende.

di Giulia Bianchi
""", dict(title="Il caro affitti a Milano", authors=["Giulia Bianchi"], source=None)),
# ---- masthead over rule ----
("rule_title_caps", "masthead over rule", """INFLATION
=========

Prices rose by 2.4 percent in the year to February, the Office for National Statistics said on Wednesday. Food prices drove the rise.

By Chris Giles
""", dict(title="INFLATION", authors=["Chris Giles"], source=None)),
("rule_section_caps", "masthead over rule", """SPORT
-----

Bayern verliert in Leverkusen

Der Rekordmeister unterlag am Samstag mit 0:2. Wirtz traf doppelt.
""", dict(title="Bayern verliert in Leverkusen", source=None)),
("rule_title_two_words", "masthead over rule", """ÉNERGIE NUCLÉAIRE
=================

Le gouvernement veut construire six nouveaux réacteurs d'ici 2035. Le chantier de Penly commence cette année.

Par Sophie Blanc
""", dict(title="ÉNERGIE NUCLÉAIRE", authors=["Sophie Blanc"], source=None)),
("rule_figaro_ok", "masthead over rule", """LE FIGARO
------------------------------

Les agriculteurs bloquent l'autoroute A7

Des centaines de tracteurs ont convergé vers Lyon lundi matin. Ils dénoncent les normes européennes.
""", dict(title="Les agriculteurs bloquent l'autoroute A7", source="LE FIGARO")),
# ---- halved title ----
("half_de_auf", "halvedTitle", """Verdi ruft zum Warnstreik auf
Busse und Bahnen stehen am Montag still

Die Gewerkschaft Verdi hat die Beschäftigten im Nahverkehr zu einem ganztägigen Warnstreik aufgerufen. Betroffen sind alle großen Städte.

Von Anna Huber
""", dict(title="Verdi ruft zum Warnstreik auf", authors=["Anna Huber"])),
("half_de_an", "halvedTitle", """Die Inflation zieht wieder an
Lebensmittel werden deutlich teurer

Die Verbraucherpreise sind im Februar um 2,8 Prozent gestiegen. Das teilte das Statistische Bundesamt mit.
""", dict(title="Die Inflation zieht wieder an")),
("half_en_for", "halvedTitle", """Budget 2026: what to look out for
The key measures and who pays for them

The chancellor will deliver her budget on Wednesday. Here is what we know so far.

By Larry Elliott
""", dict(title="Budget 2026: what to look out for", authors=["Larry Elliott"])),
("half_en_in", "halvedTitle", """Reality sinks in
Carmakers face a brutal year

Europe's carmakers are cutting jobs as sales of electric cars stall. Volkswagen leads the cuts.
""", dict(title="Reality sinks in")),
("half_en_ios", "halvedTitle", """Apple rushes out a fix for older phones
iOS update stops battery drain on iPhone

Apple released an update on Tuesday after users complained their batteries drained overnight.

By Jane Doe
""", dict(title="Apple rushes out a fix for older phones", authors=["Jane Doe"])),
("half_caps_deck", "halvedTitle", """STRIKE SHUTS DOWN PORTS
UNIONS VOW TO CONTINUE WALKOUT

Dock workers in Antwerp and Rotterdam walked out on Monday, halting container traffic across the North Sea.
""", dict(title="STRIKE SHUTS DOWN PORTS")),
("half_caps_staff", "halvedTitle", """COUNCIL APPROVES NEW BUDGET
FROM OUR CORRESPONDENT

The city council approved a budget of 1.2 billion euros on Thursday after a six-hour debate.
""", dict(title="COUNCIL APPROVES NEW BUDGET", authors=[])),
("half_de_ok", "halvedTitle", """Radfahren in der
Stadt Salzburg

Die Stadt plant neue Radwege. Das sagte der Bürgermeister am Montag.

Von Anna Huber
""", dict(title="Radfahren in der Stadt Salzburg", authors=["Anna Huber"])),
("half_it_e", "halvedTitle", """Salvini e Meloni, la lite sui dazi
il governo cerca una linea comune

Il vicepremier attacca Bruxelles, la premier frena. Oggi vertice a Palazzo Chigi.
""", dict(title="Salvini e Meloni, la lite sui dazi")),
("half_fr_en", "halvedTitle", """Nucléaire : la France relance la machine
six nouveaux EPR d'ici à 2035

Le gouvernement a confirmé le calendrier. Le premier réacteur doit être mis en service en 2035.
""", dict(title="Nucléaire : la France relance la machine")),
("half_pt_do", "halvedTitle", """Lisboa fecha o centro ao trânsito
medida entra em vigor em junho

A Câmara de Lisboa aprovou o plano. Só autocarros e táxis poderão circular na Baixa.
""", dict(title="Lisboa fecha o centro ao trânsito")),
# ---- publication alone at the end ----
("end_mehr_nachrichten", "publicationAlone", """Neue Radwege für Altona

Der Bezirk will bis 2028 zwölf Kilometer neue Radwege bauen. Die Anwohner sind gespalten.

Weitere Nachrichten
""", dict(title="Neue Radwege für Altona", source=None)),
("end_more_news", "publicationAlone", """Seine swimming opens to the public

Three bathing spots will open in June. The city spent 1.4 billion euros cleaning the river.

More News
""", dict(title="Seine swimming opens to the public", source=None)),
("end_altre_news", "publicationAlone", """Chiude lo stabilimento di Fossano

Centoventi lavoratori in cassa integrazione. I sindacati annunciano uno sciopero.

Altre news
""", dict(title="Chiude lo stabilimento di Fossano", source=None)),
("end_press_release", "publicationAlone", """Company statement on the Erlangen site

We regret to announce that the Erlangen plant will close at the end of the year. Affected staff will be offered positions elsewhere.

Press Office
""", dict(source=None)),
("end_photo_credit", "publicationAlone", """Der letzte Bergbauer im Kaunertal

Seit vierzig Jahren bewirtschaftet Alois Rauch den Hof allein. Nachfolger gibt es keinen.

Süddeutsche Zeitung Photo
""", dict(title="Der letzte Bergbauer im Kaunertal", source=None)),
("end_sz_ok", "publicationAlone", """Der letzte Bergbauer im Kaunertal

Seit vierzig Jahren bewirtschaftet Alois Rauch den Hof allein. Nachfolger gibt es keinen.

Süddeutsche Zeitung
""", dict(title="Der letzte Bergbauer im Kaunertal", source="Süddeutsche Zeitung")),
("end_ap_photo", "publicationAlone", """Wildfires spread across Los Angeles county

Firefighters battled three blazes on Tuesday as winds picked up again. Thousands were evacuated.

AP Photo/Jae C. Hong
""", dict(source=None)),
("end_radio_tip", "publicationAlone", """Wie klingt der Klimawandel?

Ein Komponist hat Messdaten aus der Arktis in Musik übersetzt. Das Stück wird am Sonntag uraufgeführt.

Deutschlandfunk Kultur Radio
""", dict(title="Wie klingt der Klimawandel?")),
# ---- origin notes ----
("origin_section_top", "OriginNotes source precedence", """World News

Why the Arctic is warming four times faster

The loss of sea ice exposes dark ocean water that absorbs more heat, scientists say.

This article was originally published in The Conversation.
""", dict(title="Why the Arctic is warming four times faster", source="The Conversation")),
("origin_blog_top", "OriginNotes source precedence", """Naked Capitalism

Why the Arctic is warming four times faster

The loss of sea ice exposes dark ocean water that absorbs more heat, scientists say.

This article was originally published on The Conversation.
""", dict(title="Why the Arctic is warming four times faster")),
("origin_and_is", "OriginNotes stops", """The hidden cost of fast fashion

Most clothes end up in landfill within a year. Recycling remains rare.

This article was first published by Yale Environment 360 and is republished here with permission.
""", dict(title="The hidden cost of fast fashion", source="Yale Environment 360")),
# ---- translators ----
("tr_byline_translated", "CreditLines translators", """The night I met my father

By Haruki Murakami
Translated by Jay Rubin

It was raining in Kobe when the letter came. I had not seen him in twenty years.
""", dict(title="The night I met my father", authors=["Haruki Murakami"])),
("tr_de", "CreditLines translators", """Mein Jahr in Kiew

Von Serhij Zhadan
Übersetzt von Claudia Dathe

Der Winter war lang. Der Strom fiel jeden Tag für Stunden aus.
""", dict(title="Mein Jahr in Kiew", authors=["Serhij Zhadan"])),
# ---- blog owner ----
("blog_person", "blogOwner", """Free Lunch — a blog by Martin Sandbu

Why Europe should borrow for defence

Joint debt worked in the pandemic. It can work again, if governments are willing.
""", dict(title="Why Europe should borrow for defence", source=None)),
("blog_guardian_ok", "blogOwner", """Free Thinking — a blog by The Guardian

Why Europe should borrow for defence

Joint debt worked in the pandemic. It can work again, if governments are willing.
""", dict(title="Why Europe should borrow for defence", source="The Guardian")),
# ---- regional programmes ----
("reg_caps_paper", "regional programme names removal", """Regionales · LA VOZ DE GALICIA · 3 de marzo de 2026

El temporal deja sin luz a 20.000 hogares

Las rachas de viento superaron los 140 km/h en la costa de Lugo.
""", dict(title="El temporal deja sin luz a 20.000 hogares", published="2026-03-03", source="LA VOZ DE GALICIA")),
("reg_local_news_caps", "regional programme names removal", """Local news | YORKSHIRE POST | 3 March 2026

Floods close A64 near Malton

The road will stay shut until Thursday, the council said.
""", dict(title="Floods close A64 near Malton", published="2026-03-03", source="YORKSHIRE POST")),
# ---- TV crew labels ----
("lab_report_headline", "ClippingLabels report credit", """Report: Apple plans a foldable iPhone for 2026

Apple is working on a foldable iPhone that could launch next autumn, according to people familiar with the plans.

By Mark Gurman
""", dict(title="Report: Apple plans a foldable iPhone for 2026", authors=["Mark Gurman"])),
("lab_images_headline", "ClippingLabels crew", """Images: Webb telescope captures a dying star

The James Webb Space Telescope has photographed the final stages of a star 2,000 light years away.
""", dict(title="Images: Webb telescope captures a dying star")),
("lab_edicion_es", "ClippingLabels crew", """El Gobierno aprueba la reforma laboral

Edición: 3 de marzo de 2026

El Consejo de Ministros aprobó ayer la reforma. Los sindicatos la apoyan.
""", dict(title="El Gobierno aprueba la reforma laboral", published="2026-03-03")),
("lab_edicao_pt", "ClippingLabels crew", """Governo aprova novo aeroporto

Edição: 12 de março de 2026

O Conselho de Ministros aprovou ontem a localização em Alcochete.
""", dict(title="Governo aprova novo aeroporto", published="2026-03-12")),
("lab_informacion", "ClippingLabels report credit", """Información: la Junta abre el plazo de ayudas

Los agricultores podrán pedir las ayudas hasta el 30 de abril. La Junta destina 40 millones.
""", dict(title="Información: la Junta abre el plazo de ayudas", authors=[])),
("lab_tv_ok", "ClippingLabels crew", """Hochwasser in Passau

Bericht: Anna Huber · Kamera: Jan Kock · Schnitt: Eva Roth

Die Donau hat in Passau die Marke von neun Metern überschritten. Die Altstadt ist überflutet.
""", dict(title="Hochwasser in Passau", authors=["Anna Huber"])),
# ---- Servizio di ----
("serv_title", "Bylines servizio di", """Servizio di leva, Berlino ci ripensa

Il governo tedesco vuole reintrodurre la leva obbligatoria dal 2027. L'opposizione è contraria.
""", dict(title="Servizio di leva, Berlino ci ripensa", authors=[])),
("serv_ok", "Bylines servizio di", """Alluvione in Emilia, i danni

Servizio di Giulia Bianchi

Le acque del Reno hanno invaso le campagne di Budrio. Centinaia gli sfollati.
""", dict(title="Alluvione in Emilia, i danni", authors=["Giulia Bianchi"])),
# ---- reading time / app share ----
("rt_adam_smith", "reading-time author", """Why rent controls fail

Adam Smith Institute · 4 min read

Every city that has tried rent controls has seen supply shrink. Berlin is the latest example.
""", dict(title="Why rent controls fail", authors=[])),
("rt_charles_schwab", "reading-time author", """What a Fed rate cut means for your savings

Charles Schwab · 5 min read

Lower rates mean lower yields on cash. Here is how to think about your portfolio.
""", dict(title="What a Fed rate cut means for your savings", authors=[])),
("rt_morgan_stanley", "reading-time author", """Five themes for markets in 2026

Morgan Stanley · 6 min read

Our strategists expect slower growth and a weaker dollar. Equities may still rise.
""", dict(title="Five themes for markets in 2026", authors=[])),
("rt_person_ok", "reading-time author", """Why rent controls fail

Jane Doe · 4 min read

Every city that has tried rent controls has seen supply shrink. Berlin is the latest example.
""", dict(title="Why rent controls fail", authors=["Jane Doe"])),
("app_title_over", "app link masthead", """Why the Fed will cut in June
Open in app

Inflation is falling faster than expected. Markets now price three cuts this year.

By Paul Krugman
""", dict(title="Why the Fed will cut in June", authors=["Paul Krugman"], source=None)),
("app_boing_ok", "app link masthead", """Boing Boing
Open in the app ›

The strange history of the lava lamp

It was invented in a pub in Dorset in 1963. Sixty years later, it still sells.
""", dict(title="The strange history of the lava lamp", source="Boing Boing")),
# ---- correction notes ----
("corr_only_article", "correction furniture", """Rectificatif

Rectificatif : dans notre édition du 2 mars, nous avons indiqué à tort que le maire de Dijon était candidat aux sénatoriales.
""", dict(title="Rectificatif")),
("corr_dated_ok", "correction furniture", """Bank of England holds rates

Correction, March 5, 2026: An earlier version of this article misstated the inflation rate.

The Bank of England held interest rates at 4 percent on Thursday.

By Jane Doe
March 3, 2026
""", dict(title="Bank of England holds rates", authors=["Jane Doe"], published="2026-03-03")),
("corr_brief_en", "correction furniture", """Correction

Correction: A story published on March 2 misstated the age of the mayor of Leeds. He is 54, not 45.
""", dict(title="Correction")),
("corr_berichtigung_de", "correction furniture", """Berichtigung

Berichtigung: In unserem Artikel vom 2. März über den Hafen Kiel hieß es, die Stadt sei Eigentümerin. Das ist falsch.
""", dict(title="Berichtigung")),
("rt_stratechery", "reading-time author", """Apple's AI problem

Stratechery by Ben Thompson · 8 min read

Apple has the best distribution in tech. It does not yet have a model worth distributing.
""", dict(title="Apple's AI problem", authors=["Ben Thompson"])),
("page_author_fr", "page reference in combined", """Les communes face à la sécheresse

Marie Durand · p. 17

Dans le Var, une commune sur trois a déjà restreint l'usage de l'eau. Les maires s'inquiètent pour l'été.
""", dict(title="Les communes face à la sécheresse", authors=["Marie Durand"], source=None)),
]
