# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Look-alikes first (ordinary clippings brushing against one of stop 39's rules), then the rules' own shapes ("target:").
B = "\n"
CASES = [
# ---- FootPanels: fact boxes under reviews, spec sheets, job ads ----
("fp_book_review_de", "FootPanels", """Eine Familie, zwei Kriege und das Schweigen dazwischen

Von Anna Weber

Julia Franck erzählt in ihrem neuen Roman von einer Mutter, die ihr Kind am Bahnhof zurücklässt. Es ist ein stilles Buch, das lange nachhallt.

Die Sprache ist karg, fast spröde. Gerade darin liegt ihre Kraft: Franck vertraut ihren Figuren und dem Leser.

Titel     Die Mittagsfrau
Autorin   Julia Franck
Verlag    Suhrkamp
Seiten    430
Preis     22 Euro
""", dict(title="Eine Familie, zwei Kriege und das Schweigen dazwischen", authors=["Anna Weber"], source=None, published=None)),
("fp_film_review_fr", "FootPanels", """Justine Triet, la Palme d'or et le doute

Par Claire Morel

Avec « Anatomie d'une chute », la réalisatrice signe un film de procès d'une précision redoutable. Sandra Hüller y est impériale.

Le film ne tranche jamais : il laisse au spectateur le soin de juger, et c'est là sa plus grande audace.

Titre          Anatomie d'une chute
Réalisation    Justine Triet
Avec           Sandra Hüller, Swann Arlaud
Durée          2 h 31
Sortie         23 août 2023
""", dict(title="Justine Triet, la Palme d'or et le doute", authors=["Claire Morel"], source=None, published=None)),
("fp_album_review_en", "FootPanels", """Beyoncé rides into country with ambition to spare

By Tom Hale

Cowboy Carter is long, restless and often thrilling. It borrows from a century of American music and makes no apology for it.

Not every song lands, but the ones that do are among the best of her career.

Title       Cowboy Carter
Artist      Beyoncé
Label       Columbia
Released    March 29, 2024
Length      78 min
""", dict(title="Beyoncé rides into country with ambition to spare", authors=["Tom Hale"], source=None, published=None)),
("fp_book_review_es", "FootPanels", """Murakami vuelve a la ciudad amurallada

Por Lucía Romero

Cuarenta años después de un relato que nunca quiso reeditar, el escritor japonés regresa a aquella ciudad sin sombras. El resultado es una novela lenta y hipnótica.

Título      La ciudad y sus muros inciertos
Autor       Haruki Murakami
Editorial   Tusquets
Páginas     592
Precio      23,90 euros
""", dict(title="Murakami vuelve a la ciudad amurallada", authors=["Lucía Romero"], source=None)),
("fp_game_review_it", "FootPanels", """Un gioco di ruolo che premia la pazienza

di Marco Bellini

Dopo sei anni di sviluppo, lo studio belga consegna un'avventura enorme e generosa. Le prime ore sono lente, poi il gioco si apre.

Titolo          Baldur's Gate 3
Sviluppatore    Larian Studios
Piattaforme     PC, PS5
Prezzo          59,99 euro
""", dict(title="Un gioco di ruolo che premia la pazienza", authors=["Marco Bellini"], source=None)),
("fp_exhibition_pt", "FootPanels", """Tarsila do Amaral enche o museu de cor

Por Beatriz Santos

A exposição reúne mais de 200 obras da pintora modernista, algumas nunca vistas em São Paulo. As filas começam cedo.

Título      Tarsila Popular
Local       MASP, São Paulo
Até         28 de julho
Ingresso    R$ 60
""", dict(title="Tarsila do Amaral enche o museu de cor", authors=["Beatriz Santos"], source=None)),
("fp_job_ad_en", "FootPanels", """Local paper expands newsroom despite industry gloom

By Rachel Ames

The Bristol Courier will hire six reporters this year, its editor said on Monday, bucking a decade of cuts across the regional press.

"We think local news can pay for itself," she said.

We're hiring
Title       Senior Reporter
Location    Bristol
Salary      Competitive
Closing     April 30
""", dict(title="Local paper expands newsroom despite industry gloom", authors=["Rachel Ames"])),
("fp_spec_sheet_en", "FootPanels", """iPhone 15 Pro review: lighter, faster, pricier

By Sam Okafor

Apple's titanium frame shaves weight off its flagship, and the new chip is very fast. Battery life is merely fine.

Display     6.1in OLED
Processor   A17 Pro
Storage     128GB
Battery     3274mAh
Price       999 pounds
""", dict(title="iPhone 15 Pro review: lighter, faster, pricier", authors=["Sam Okafor"])),
("fp_qa_tail_de", "FootPanels", """Wie gefährlich ist das neue Virus?

Von Jonas Keller

Die wichtigsten Fragen und Antworten zum Ausbruch in Nordrhein-Westfalen. Das Gesundheitsamt rät zur Ruhe.

Zur Person
Name        Christian Drosten
Titel       Professor für Virologie
Institut    Charité Berlin
Alter       53
""", dict(title="Wie gefährlich ist das neue Virus?", authors=["Jonas Keller"])),
# ---- NewsTickers: schedules, timetables, live blogs ----
("nt_tv_tonight_de", "NewsTickers", """Was läuft heute Abend? Unsere Tipps

Von Lena Hoffmann

Ein Krimi, eine Talkshow und ein Klassiker: Das sind die Höhepunkte des Fernsehabends.

20:15  Tatort: Die Rache an der Welt (ARD)
21:45  Tagesthemen (ARD)
22:15  Maischberger (ARD)
23:30  Casablanca (Arte)

Wer lieber streamt, findet den Tatort auch in der Mediathek.
""", dict(title="Was läuft heute Abend? Unsere Tipps", authors=["Lena Hoffmann"])),
("nt_train_strike_fr", "NewsTickers", """Grève SNCF : les trains maintenus mardi entre Paris et Lyon

La SNCF a publié lundi soir la liste des TGV qui circuleront malgré le mouvement social.

06:12  Paris-Gare-de-Lyon – Lyon-Part-Dieu
09:04  Paris-Gare-de-Lyon – Lyon-Part-Dieu
16:02  Paris-Gare-de-Lyon – Lyon-Part-Dieu
19:58  Paris-Gare-de-Lyon – Lyon-Part-Dieu

Les voyageurs sont invités à reporter leur déplacement. Les billets sont échangeables sans frais.
""", dict(title="Grève SNCF : les trains maintenus mardi entre Paris et Lyon")),
("nt_liveblog_en", "NewsTickers", """Live: Storm Eunice batters southern England

By Harriet Cole

Winds of up to 100mph have been recorded on the Isle of Wight. Follow our live coverage.

16:02  Trains halted across the south east
Network Rail has suspended all services south of London until further notice.

15:40  Roof torn off in Brixton
Residents were evacuated after part of a roof was blown onto the street.

15:12  Red warning extended
The Met Office has extended its red warning to 9pm.
""", dict(title="Live: Storm Eunice batters southern England", authors=["Harriet Cole"])),
("nt_liga_schedule_es", "NewsTickers", """La Liga se juega en sábado: horarios de la jornada 28

Por Álvaro Gil

La jornada llega cargada de derbis. El Sevilla recibe al Betis en el partido más esperado.

14:00  Getafe – Osasuna
16:15  Sevilla – Betis
18:30  Real Madrid – Girona
21:00  Barcelona – Valencia

Todos los partidos se podrán ver en Movistar.
""", dict(title="La Liga se juega en sábado: horarios de la jornada 28", authors=["Álvaro Gil"])),
("nt_conference_agenda_en", "NewsTickers", """Ministers to meet in Brussels on energy prices

EU energy ministers will gather on Thursday for an emergency meeting on gas prices, the Council said.

The agenda published on Tuesday reads:

09:00  Arrival of ministers
09:30  Opening remarks by the Presidency
11:00  Debate on price caps
13:00  Press conference

Diplomats expect no final deal before the summer.
""", dict(title="Ministers to meet in Brussels on energy prices")),
("nt_tab_timetable_it", "NewsTickers", """Frecce, cambia l'orario: ecco i nuovi treni tra Milano e Roma

di Giulia Ferri

Dal 15 dicembre entra in vigore il nuovo orario invernale. Trenitalia aggiunge quattro corse al giorno.

6.00\tMilano Centrale – Roma Termini
7.10\tMilano Centrale – Roma Termini
8:00\tMilano Centrale – Roma Termini
9:10\tMilano Centrale – Roma Termini

I biglietti sono già in vendita.
""", dict(title="Frecce, cambia l'orario: ecco i nuovi treni tra Milano e Roma", authors=["Giulia Ferri"])),
("nt_election_night_pt", "NewsTickers", """Noite eleitoral: a contagem hora a hora

Por Rui Almeida

Acompanhe os principais momentos da noite em que o país escolheu um novo Parlamento.

20:00  Fecham as urnas no continente
21:30  Primeiras projeções dão vitória à AD
23:15  Líder do PS reconhece derrota
Foi uma noite longa para os socialistas, que perderam mais de 40 deputados.
""", dict(title="Noite eleitoral: a contagem hora a hora", authors=["Rui Almeida"])),
("nt_marathon_times_en", "NewsTickers", """Kiptum smashes marathon world record in Chicago

Kelvin Kiptum ran the Chicago Marathon in 2:00:35 on Sunday, the fastest time ever over the distance.

Splits:
1:00  Start
0:14  5 km
0:28  10 km
0:59  Half way

He is the first man to break 2:01 in a record-eligible race.
""", dict(title="Kiptum smashes marathon world record in Chicago")),
# ---- RunInHeads: columns of briefs, capital headlines with dashes ----
("rh_caps_headline_dash_de", "RunInHeads", """KURZ NOTIERT

KLIMASCHUTZ – WAS JETZT ZU TUN IST

Der Bundestag hat am Donnerstag das neue Klimaschutzgesetz beschlossen. Die Opposition kritisiert die Aufweichung der Sektorziele.
""", dict(title="KLIMASCHUTZ – WAS JETZT ZU TUN IST")),
("rh_caps_headline_dash_fr", "RunInHeads", """EN BREF

RETRAITES – LE GOUVERNEMENT RECULE

Le texte ne sera finalement pas examiné avant l'été, a annoncé Matignon mercredi soir.
""", dict(title="RETRAITES – LE GOUVERNEMENT RECULE")),
("rh_dateline_under_headline_en", "RunInHeads", """Council approves new bus lanes

MANCHESTER – The city council voted on Tuesday to create six new bus lanes in the city centre, despite opposition from shopkeepers.

Work will begin in September.
""", dict(title="Council approves new bus lanes")),
("rh_dateline_caps_head_es", "RunInHeads", """Notas

HUELGA EN EL METRO DE MADRID

MADRID – Los maquinistas del Metro de Madrid irán a la huelga el lunes. La empresa ha fijado servicios mínimos del 50 por ciento.
""", dict(title="HUELGA EN EL METRO DE MADRID")),
("rh_section_heading_it", "RunInHeads", """In breve

SCIOPERO DEI TRENI – VENERDÌ A RISCHIO LE CORSE REGIONALI

Lo sciopero nazionale proclamato dai sindacati di base durerà dalle 21 di giovedì alle 21 di venerdì.
""", dict(title="SCIOPERO DEI TRENI – VENERDÌ A RISCHIO LE CORSE REGIONALI")),
("rh_meldungen_kicker_de", "RunInHeads", """Meldungen

Neuer Chef für die Bundesbank

FRANKFURT – Joachim Nagel übernimmt zum 1. Januar die Leitung der Bundesbank. Das Kabinett stimmte am Mittwoch zu.
""", dict(title="Neuer Chef für die Bundesbank")),
# ---- QuotedReferences: epigraphs, quoted leads, a book's reference above a review ----
("qr_epigraph_es", "QuotedReferences", """El teatro del Siglo de Oro vuelve a Almagro

«La vida es sueño». Calderón de la Barca.

El festival de Almagro abre este jueves su 47ª edición con un programa dedicado a los clásicos. Más de 60 compañías actuarán durante tres semanas.
""", dict(title="El teatro del Siglo de Oro vuelve a Almagro")),
("qr_quote_lead_es", "QuotedReferences", """Hacienda descarta subir el IVA en 2026

«No vamos a subir el IVA». Así de tajante se mostró ayer la ministra de Hacienda en el Congreso.

La ministra defendió que la recaudación crece sin necesidad de nuevas subidas.
""", dict(title="Hacienda descarta subir el IVA en 2026")),
("qr_caption_reuters_en", "QuotedReferences", """Valencia residents still rebuilding a year after floods

“The water came in minutes.” Photo: Reuters.

A year after the floods, residents of Paiporta say help came too late. Many homes are still empty.
""", dict(title="Valencia residents still rebuilding a year after floods")),
("qr_quote_then_agency_en", "QuotedReferences", """Fed holds rates steady

“We are prepared to adjust policy as appropriate”. Reuters.

The Federal Reserve left interest rates unchanged on Wednesday, as expected.
""", dict(title="Fed holds rates steady")),
("qr_pullquote_fr", "QuotedReferences", """Les agriculteurs bloquent l'A7 près de Valence

« On ne lâchera rien ». Le mot d'ordre des manifestants, lundi matin.

Plusieurs centaines de tracteurs ont bloqué l'autoroute dans les deux sens. La préfecture a annoncé des déviations.
""", dict(title="Les agriculteurs bloquent l'A7 près de Valence")),
("qr_wir_schaffen_das_de", "QuotedReferences", """Zehn Jahre nach dem Flüchtlingssommer

„Wir schaffen das.“ Dieser Satz von Angela Merkel prägte das Jahr 2015.

Zehn Jahre später ziehen Helfer, Kommunen und Geflüchtete Bilanz. Vieles ist gelungen, manches nicht.
""", dict(title="Zehn Jahre nach dem Flüchtlingssommer")),
("qr_quote_lead_it", "QuotedReferences", """Manovra, il governo tira dritto

«Non è finita». Lo ha detto ieri il presidente del Consiglio a Bruxelles, al termine del vertice.

Il governo conferma l'impianto della legge di bilancio nonostante le critiche di Bankitalia.
""", dict(title="Manovra, il governo tira dritto")),
("qr_quote_lead_pt", "QuotedReferences", """Governo mantém meta do défice

«Não há plano B». Palavra do ministro das Finanças, ontem, no Parlamento.

O ministro garantiu que a meta de 0,3 por cento será cumprida.
""", dict(title="Governo mantém meta do défice")),
("qr_book_ref_review_en", "QuotedReferences", """A family saga that never raises its voice

Anne Tyler, “French Braid.” Knopf, 2022.

Anne Tyler's 24th novel follows the Garrett family of Baltimore across six decades. Nothing much happens, and everything does.

By Helen Park
""", dict(title="A family saga that never raises its voice", authors=["Helen Park"], source=None)),
("qr_book_ref_review_de", "QuotedReferences", """Zwei Schwestern, ein Haus am See

Julia Franck: „Welten auseinander“. S. Fischer, 2021.

Julia Franck erzählt von ihrer Kindheit zwischen Ost und West. Es ist ihr persönlichstes Buch.

Von Karin Lenz
""", dict(title="Zwei Schwestern, ein Haus am See", authors=["Karin Lenz"], source=None)),
("qr_bibliography_short_en", "QuotedReferences", """Coral reefs may recover faster than feared

By Priya Nair

A new study suggests reefs in the western Pacific can regrow within a decade if water quality improves.

Further reading

Hughes, T. “Global warming transforms coral reef assemblages.” Nature, 2018.

Smith, J. “Reef recovery after bleaching.” Science, 2021.
""", dict(title="Coral reefs may recover faster than feared", authors=["Priya Nair"], source=None)),
# ---- ArticleMarkers: an original text quoted in an article, a licence letter ----
("am_original_text_en", "ArticleMarkers", """Berlin mayor apologises for remarks on refugees

By Chris Wendt

Berlin's mayor apologised on Monday for a post in which he called for "fewer arrivals". He later deleted it.

Original text:

„Wir brauchen weniger Ankünfte, nicht mehr.“

Opposition parties called for his resignation.
""", dict(title="Berlin mayor apologises for remarks on refugees", authors=["Chris Wendt"])),
("am_texto_original_es", "ArticleMarkers", """El Papa pide una tregua en Gaza durante la Navidad

Por Marta Ruiz

El pontífice hizo el llamamiento durante el Ángelus del domingo, en italiano.

Texto original:

«Chiedo un cessate il fuoco immediato.»

El Vaticano no precisó si hubo contactos con las partes.
""", dict(title="El Papa pide una tregua en Gaza durante la Navidad", authors=["Marta Ruiz"])),
("am_testo_originale_it", "ArticleMarkers", """Il ministro risponde alla lettera degli studenti

La lettera, pubblicata domenica, chiedeva più fondi per le borse di studio.

Testo originale:

Caro ministro, siamo studenti fuori sede e non riusciamo a pagare l'affitto.

Il ministro ha promesso un incontro entro marzo.
""", dict(title="Il ministro risponde alla lettera degli studenti")),
("am_article_legal_fr", "ArticleMarkers", """Le Conseil constitutionnel censure l'article 12

Par Sophie Leroy

Les Sages ont censuré jeudi une disposition phare de la loi immigration.

L'article :

« Le séjour irrégulier est puni d'une amende de 3 750 euros. »

Le gouvernement a pris acte de la décision.
""", dict(title="Le Conseil constitutionnel censure l'article 12", authors=["Sophie Leroy"])),
("am_full_article_link_en", "ArticleMarkers", """Why Britain's trains are always late

By Oliver Grant

Delays on Britain's railways have risen for the third year running, according to new figures.

Full article:
https://example.com/rail-delays

Network Rail blamed ageing infrastructure.
""", dict(title="Why Britain's trains are always late", authors=["Oliver Grant"])),
# ---- HeadlineNotes: titles quoted in ordinary articles ----
("hn_film_titled_en", "HeadlineNotes.citing", """Cannes opens with a quiet surprise

The jury president's own new film, titled “The Long Winter”, premiered in Cannes on May 14, 2025, to a standing ovation that lasted eleven minutes.

Critics were less enthusiastic than the audience. Several called it slow.
""", dict(title="Cannes opens with a quiet surprise", source=None)),
("hn_article_was_published_en", "HeadlineNotes (article noun)", """Newspaper apologises over flawed climate report

The article “Arctic ice is growing again” was published by the Daily Record on March 3, 2026, and shared more than 40,000 times.

The paper said on Friday it had failed to check the figures. The piece has been removed.
""", dict(title="Newspaper apologises over flawed climate report", source=None, published=None)),
("hn_article_publie_fr", "HeadlineNotes (article noun)", """Un quotidien condamné pour diffamation

L'article « Les dessous d'un marché public » a été publié sur Mediapart le 2 mars 2024 et visait le maire de la commune.

Le tribunal a jugé jeudi que l'enquête manquait de base factuelle suffisante.
""", dict(title="Un quotidien condamné pour diffamation", source=None, published=None)),
("hn_buch_titel_de", "HeadlineNotes.citing", """Daniel Kehlmann schreibt über Hollywood

Der Autor von „Die Vermessung der Welt“ hat einen neuen Roman geschrieben: Sein Buch mit dem Titel „Lichtspiel“ erscheint am 10. Oktober 2023 bei Rowohlt.

Es geht um den Regisseur G. W. Pabst und seine Jahre im nationalsozialistischen Deutschland.
""", dict(title="Daniel Kehlmann schreibt über Hollywood", source=None, published=None)),
("hn_serie_titulada_es", "HeadlineNotes.citing", """Netflix rueda en Cádiz su nueva serie española

La plataforma ha confirmado que la serie, titulada «Mar de fondo», se estrenará en Netflix el 4 de abril de 2026 en 190 países.

El rodaje ha durado cinco meses y ha empleado a más de 300 técnicos andaluces.
""", dict(title="Netflix rueda en Cádiz su nueva serie española", source=None, published=None)),
("hn_mostra_intitolata_it", "HeadlineNotes.citing", """Milano celebra Boccioni a cento anni dalla morte

La mostra, intitolata «Boccioni. Prospettive futuriste», apre a Palazzo Reale il 5 marzo 2026 e resterà aperta fino a luglio.

In esposizione oltre 90 opere, molte provenienti da collezioni private.
""", dict(title="Milano celebra Boccioni a cento anni dalla morte", source=None, published=None)),
("hn_livro_intitulado_pt", "HeadlineNotes.citing", """Valter Hugo Mãe regressa ao romance

O novo livro do escritor, intitulado «Educação da tristeza», chega às livrarias em 12 de maio de 2026 pela Porto Editora.

É o primeiro romance do autor em cinco anos.
""", dict(title="Valter Hugo Mãe regressa ao romance", source=None, published=None)),
("hn_single_called_en", "HeadlineNotes.citing", """Teenage singer tops the charts with debut

Her first single, called “Midnight Train”, was released on Friday by Sony Music and has been streamed 12 million times.

She wrote the song at 15 in her bedroom in Leeds.
""", dict(title="Teenage singer tops the charts with debut", source=None)),
("hn_guardian_ran_en", "HeadlineNotes (publishing verb)", """Minister resigns after leaked emails

The Guardian ran “The minister's secret lobbying” on its front page on Saturday, and by Monday the minister had gone.

Downing Street said the prime minister had accepted the resignation with regret.
""", dict(title="Minister resigns after leaked emails", source=None)),
("hn_wrapped_prize_en", "HeadlineNotes (wrapped paragraph)", """Local reporters win national investigative prize

The story “Inside the Harbour Cartel”, published in the Portside Herald on
March 2, 2025, won the national prize for investigative reporting on Thursday.
The judges praised its use of court records.

The two reporters spent eight months on the project.
""", dict(title="Local reporters win national investigative prize", source=None, published=None)),
("hn_wrapped_letter_de", "HeadlineNotes (wrapped paragraph)", """Leserbriefe: Zum Thema Tempolimit

Zu dem Artikel „Freie Fahrt für freie Bürger?“ von Jan Berger in der Ausgabe
vom 2. März 2026: Ich fahre seit 40 Jahren Auto und halte ein Tempolimit für
überfällig.

Hans Meier, Kassel
""", dict(title="Leserbriefe: Zum Thema Tempolimit")),
("hn_reuters_publica_es", "HeadlineNotes (opening publisher)", """La prensa internacional se hace eco del apagón

REUTERS publica un análisis titulado «Spain's blackout exposes grid weakness» y el Financial Times dedica su editorial al suministro eléctrico europeo.

El Gobierno ha pedido calma y ha prometido una investigación independiente.
""", dict(title="La prensa internacional se hace eco del apagón")),
("hn_headline_called_first_en", "HeadlineNotes.read (first line)", """Streaming service orders second season of show called “Dark Harbour”

By Nina Patel

The thriller, set on a Scottish island, was the most watched series on the platform last year.
""", dict(title="Streaming service orders second season of show called “Dark Harbour”", authors=["Nina Patel"])),
("hn_byline_article_mentions_fr", "HeadlineNotes.citing", """Le Monde fête ses 80 ans

Par Paul Girard

Le premier article du journal, intitulé « Une nouvelle étape », avait paru le 19 décembre 1944 sous la plume d'Hubert Beuve-Méry.

Le quotidien publie un numéro spécial ce week-end.
""", dict(title="Le Monde fête ses 80 ans", authors=["Paul Girard"])),
# ---- ClippingFacts: issue numbers, numbered mastheads, addresses ----
("cf_from_paris_signoff_en", "ClippingFacts.withoutIssueNumber", """Letter from a city in waiting

The cafés are full again, the Seine is swimmable and the rents are out of reach. Paris has rarely seemed so pleased with itself.

From Paris, 12/2026
""", dict(title="Letter from a city in waiting", source=None)),
("cf_aus_berlin_de", "ClippingFacts.withoutIssueNumber", """Berliner Notizen: Der Winter kommt spät

Aus Berlin, 1/2026

In der Hauptstadt blühen im Januar die Forsythien. Die Stadtgärtner sind ratlos.
""", dict(title="Berliner Notizen: Der Winter kommt spät", source=None)),
("cf_da_roma_it", "ClippingFacts.withoutIssueNumber", """Cartoline dal Tevere

Da Roma, 3/2026

Il fiume è tornato navigabile dopo vent'anni. I romani lo riscoprono in battello.
""", dict(title="Cartoline dal Tevere", source=None)),
("cf_report_ref_en", "ClippingFacts.withoutIssueNumber", """Hospital waiting lists hit record high

By Emma Clarke

The number of patients waiting more than a year for treatment rose again in February, official figures show.

Source: NHS England, 3/2026
""", dict(title="Hospital waiting lists hit record high", authors=["Emma Clarke"])),
("cf_via_address_it", "ClippingFacts.numberedMasthead", """Nuovo centro per l'impiego a Bologna

Il Comune ha inaugurato lunedì il nuovo centro per l'impiego nel quartiere San Donato. Gli sportelli saranno aperti dal lunedì al venerdì.

Ufficio stampa
Via Garibaldi, n. 12
""", dict(title="Nuovo centro per l'impiego a Bologna", source=None)),
("cf_calle_address_es", "ClippingFacts.numberedMasthead", """La biblioteca municipal amplía su horario

La biblioteca abrirá también los domingos a partir de abril, anunció el Ayuntamiento.

Más información:
Calle Mayor, núm. 12
""", dict(title="La biblioteca municipal amplía su horario", source=None)),
("cf_series_number_fr", "ClippingFacts.numberedMasthead", """Chroniques d'été, n° 3

Sur la plage de Biarritz, les surfeurs du matin

Par Léa Fournier

À six heures, l'océan appartient aux habitués. Ils se saluent d'un signe de tête et attendent la vague.
""", dict(title="Sur la plage de Biarritz, les surfeurs du matin", authors=["Léa Fournier"], source=None)),
("cf_beethoven_no_de", "ClippingFacts.numberedMasthead", """Ein Abend für Beethoven in der Elbphilharmonie

Von Paul Brandt

Das Programm:
Klaviersonate, Nr. 14
Klaviersonate, Nr. 23

Igor Levit spielte am Sonntag zwei der bekanntesten Sonaten. Das Publikum feierte ihn minutenlang.
""", dict(title="Ein Abend für Beethoven in der Elbphilharmonie", authors=["Paul Brandt"], source=None)),
("cf_volume_no_en", "ClippingFacts.numberedMasthead", """The Paris Review turns 70

By Ana Lima

The literary magazine published its first issue in 1953. Its editors still read every submission.

Vintage copies sell online. The Paris Review, no. 1
is the rarest of all.
""", dict(title="The Paris Review turns 70", authors=["Ana Lima"])),
# ---- ClippingLabels / alert services: mails from colleagues, alerts, dance ----
("al_urgent_colleague_en", "ClippingLabels.alertPrefix", """From: Sarah Collins <s.collins@pressdesk.example>
To: Review team <review@pressdesk.example>
Subject: URGENT: please clip for tomorrow's review
Date: Tue, 3 Mar 2026 16:40:12 +0000

Hi all, this one needs to go in tomorrow.

Bank of England holds rates at 4.5%

By David Milliken

The Bank of England kept interest rates on hold on Thursday, as expected.
""", dict(title="Bank of England holds rates at 4.5%", authors=["David Milliken"])),
("al_breaking_dance_en", "ClippingLabels.alertPrefix", """From: Culture Desk <culture@weeklyarts.example>
To: Newsletter subscribers <list@weeklyarts.example>
Subject: Breaking: the Olympic debut of a street dance
Date: Fri, 9 Aug 2024 08:00:00 +0000

Breaking: the Olympic debut of a street dance

By Maya Jones

B-girls and b-boys took the stage at the Place de la Concorde on Friday in front of a sold-out crowd.
""", dict(title="Breaking: the Olympic debut of a street dance", authors=["Maya Jones"])),
("al_breaking_hyphen_en", "ClippingLabels.alertPrefix", """From: Media Weekly <news@mediaweekly.example>
Subject: Breaking-news desk moves to Berlin
Date: Mon, 2 Mar 2026 09:12:00 +0000

The agency's breaking-news desk will move from London to Berlin by the end of the year, its editor-in-chief told staff on Monday.
""", dict(title="Breaking-news desk moves to Berlin")),
("al_google_alerts_en", "ClippingFacts.withoutAlertService", """From: Google Alerts <googlealerts-noreply@google.com>
To: press@company.example
Subject: Google Alert - offshore wind
Date: Wed, 4 Mar 2026 07:01:00 +0000

Offshore wind farm approved off Norfolk coast

The government has approved a 1.5GW wind farm 40 km off the Norfolk coast, the developer said on Tuesday.
""", dict(title="Offshore wind farm approved off Norfolk coast")),
("al_alerta_sender_es", "ClippingFacts.withoutAlertService", """De: Sistema de Alerta <avisos@aemet.example>
Para: redaccion@diario.example
Asunto: Aviso rojo por lluvias en Valencia
Fecha: 29 oct 2024 06:30

La Agencia Estatal de Meteorología ha activado el aviso rojo por lluvias torrenciales en el litoral sur de Valencia.
""", dict(title="Aviso rojo por lluvias en Valencia", source=None)),
("al_urgente_colega_pt", "ClippingLabels.alertPrefix", """De: Ana Ferreira <ana.ferreira@agencia.example>
Para: Equipa de clipping <clipping@agencia.example>
Assunto: URGENTE: falta o artigo do Público na revista de imprensa
Data: 5 de março de 2026 09:15

Bom dia, falta este artigo na revista de hoje. Obrigada.

Governo aprova novo aeroporto em Alcochete

Por João Pedro Henriques

O Conselho de Ministros aprovou esta quinta-feira a localização do novo aeroporto de Lisboa.
""", dict(title="Governo aprova novo aeroporto em Alcochete", authors=["João Pedro Henriques"])),
("al_urgent_care_en", "ClippingLabels.alertPrefix", """From: Health Desk <health@citypaper.example>
Subject: Urgent care closures hit rural towns
Date: Thu, 5 Mar 2026 11:00:00 +0000

Three urgent care clinics in rural Somerset will close by June, the health board said on Wednesday.
""", dict(title="Urgent care closures hit rural towns")),
# ---- targeted shapes, written fresh ----
("target_ticker_fr", "target: NewsTickers", """Le Monde › En continu

Mercredi 4 mars 2026

17:05  Le Sénat adopte la loi sur l'eau
16:48  Incendie dans un entrepôt à Lyon
16:30  Grève reconduite à la RATP jeudi

Les syndicats ont appelé à prolonger le mouvement. La direction prévoit un trafic très perturbé sur les lignes 4 et 13.

16:12  Le CAC 40 termine en hausse
""", dict(title="Grève reconduite à la RATP jeudi", published="2026-03-04", source="Le Monde")),
("target_ticker_en", "target: NewsTickers", """Reuters › World

Tuesday, March 3, 2026

14:22  EU agrees new sanctions package
14:05  Quake of magnitude 6.1 hits Chile
13:50  Dutch court blocks F-35 parts exports

A Dutch appeals court ordered the government to halt exports of F-35 fighter jet parts, citing the risk of violations of international law.

13:31  Oil steady ahead of OPEC meeting
""", dict(title="Dutch court blocks F-35 parts exports", published="2026-03-03", source="Reuters")),
("target_footpanel_en", "target: FootPanels", """Ministers unveil plan to cut hospital waiting times

Hospitals in England will be told to publish waiting times for every procedure online, ministers said on Tuesday.

The plan also promises 40,000 extra appointments a week.

Info
Title          Ministers unveil plan to cut hospital waiting times
Author         Jane Kirby
Site name      The Independent
Published      Mar 3, 2026
Saved          Mar 4, 2026, 8:02 AM
""", dict(title="Ministers unveil plan to cut hospital waiting times", authors=["Jane Kirby"], published="2026-03-03", source="The Independent")),
("target_footpanel_de", "target: FootPanels", """Bahn streicht Verbindungen im Harz

Die Deutsche Bahn stellt ab Juni drei Regionalverbindungen im Harz ein. Die Landkreise protestieren.

Titel           Bahn streicht Verbindungen im Harz
Autor           Martin Vogel
Site name       Mitteldeutsche Zeitung
Published       Mar 2, 2026
Last opened     Mar 5, 2026
""", dict(title="Bahn streicht Verbindungen im Harz", authors=["Martin Vogel"], published="2026-03-02", source="Mitteldeutsche Zeitung")),
("target_runin_de", "target: RunInHeads", """KURZ NOTIERT

BAHNSTREIK IN NORDRHEIN-WESTFALEN – Die Gewerkschaft GDL hat für Donnerstag zu einem ganztägigen Streik im Regionalverkehr aufgerufen. Betroffen sind vor allem Pendler im Ruhrgebiet.
""", dict(title="BAHNSTREIK IN NORDRHEIN-WESTFALEN")),
("target_runin_es", "target: RunInHeads", """BREVES

NUEVO HOSPITAL EN LEÓN – El consejero de Sanidad ha anunciado que las obras del nuevo hospital comenzarán en otoño. La inversión prevista supera los 200 millones.
""", dict(title="NUEVO HOSPITAL EN LEÓN")),
("target_quotedref_es", "target: QuotedReferences", """«EL GOBIERNO APRUEBA LA REFORMA DE LAS PENSIONES». El País, 3 de marzo de 2026.

El Consejo de Ministros aprobó este martes la reforma del sistema de pensiones. La ministra defendió que garantiza la sostenibilidad del sistema.
""", dict(title="EL GOBIERNO APRUEBA LA REFORMA DE LAS PENSIONES", published="2026-03-03", source="El País")),
("target_quotedref_en", "target: QuotedReferences", """Jane Doe, “Water bills to rise by a fifth,” The Guardian, March 3, 2026.

Water bills in England and Wales will rise by an average of 20% from April, the regulator said on Tuesday.
""", dict(title="Water bills to rise by a fifth", authors=["Jane Doe"], published="2026-03-03", source="The Guardian")),
("target_quotedref_de", "target: QuotedReferences", """„Mietpreisbremse verlängert“. In: Süddeutsche Zeitung, 4. März 2026.

Der Bundestag hat die Mietpreisbremse um vier Jahre verlängert. Mieterverbände begrüßen den Schritt.
""", dict(title="Mietpreisbremse verlängert", published="2026-03-04", source="Süddeutsche Zeitung")),
("target_note_en", "target: HeadlineNotes", """Hi all, below is the piece Maria Lopez wrote in the Financial Times, headline “Europe's banks brace for a long winter”. Could someone add it to the review?

Europe's largest lenders are setting aside more money for bad loans as the economy slows, according to results published this week.
""", dict(title="Europe's banks brace for a long winter", authors=["Maria Lopez"], source="Financial Times")),
("target_note_fr", "target: HeadlineNotes", """Bonjour, ci-dessous le papier de Jean Martin paru dans Libération le 3 mars 2026, titré « Les urgences au bord de la rupture ». Merci de l'ajouter à la revue.

Dans les hôpitaux de province, les services d'urgence ferment la nuit faute de médecins.
""", dict(title="Les urgences au bord de la rupture", authors=["Jean Martin"], published="2026-03-03", source="Libération")),
("target_marker_en", "target: ArticleMarkers", """Media analysis – prepared by K. Ito, 4 March 2026
Tone: negative. Reach: high.

Original article:

Ryanair cuts summer flights from Berlin

By Tom Fisher

Ryanair will cut a fifth of its summer flights from Berlin, blaming high airport fees.
""", dict(title="Ryanair cuts summer flights from Berlin", authors=["Tom Fisher"])),
("target_licence_en", "target: ArticleMarkers (text label)", """Dear Ms Hale,

We are pleased to grant you a licence to reproduce the article below in your internal newsletter for a period of twelve months.

Licensed text:

Scotland to ban new oil boilers from 2028

By Kirsty Allan

New homes in Scotland will have to use clean heating systems from 2028, the Scottish government announced on Tuesday.
""", dict(title="Scotland to ban new oil boilers from 2028", authors=["Kirsty Allan"])),
("target_issue_line_en", "target: ClippingFacts.publishedIn (issue)", """From Der Spiegel, issue 11/2026

The quiet return of nuclear power

By Felix Brandt

Germany shut its last reactors in 2023. Now a growing number of politicians want them back.
""", dict(title="The quiet return of nuclear power", authors=["Felix Brandt"], source="Der Spiegel")),
("target_numbered_masthead_fr", "target: ClippingFacts.numberedMasthead", """Le Monde, no. 24567

La Bretagne face à la montée des eaux

Par Yann Le Gall

Sur la côte nord, des maisons menacées par l'érosion devront être détruites d'ici dix ans.
""", dict(title="La Bretagne face à la montée des eaux", authors=["Yann Le Gall"], source="Le Monde")),
("target_alert_mail_en", "target: alertPrefix / withoutAlertService", """From: Reuters Breaking News <alerts@reuters.example>
Subject: BREAKING: Swiss National Bank cuts rates to zero
Date: Thu, 5 Mar 2026 08:30:00 +0000

The Swiss National Bank cut its policy rate to zero on Thursday, citing low inflation and a strong franc.
""", dict(title="Swiss National Bank cuts rates to zero", source="Reuters")),
("target_alert_mail_de", "target: alertPrefix", """Von: tagesschau Eilmeldung <eilmeldung@tagesschau.example>
Betreff: EILMELDUNG: Bundestag wählt neuen Kanzler
Datum: 6. Mai 2025 10:12

Der Bundestag hat im zweiten Wahlgang einen neuen Bundeskanzler gewählt.
""", dict(title="Bundestag wählt neuen Kanzler", source="tagesschau")),
("target_licence_quoted_en", "target: ArticleMarkers.annex (text label) under HeadlineNotes.citing", """Dear Ms Hale,

We are pleased to grant you a licence to reproduce the article “Scotland to ban new oil boilers from 2028” by Kirsty Allan, published in The Herald on March 3, 2026, in your internal newsletter for twelve months.

Licensed text:

New homes in Scotland will have to use clean heating systems from 2028, the Scottish government announced on Tuesday.
""", dict(title="Scotland to ban new oil boilers from 2028", authors=["Kirsty Allan"], published="2026-03-03", source="The Herald")),
("target_wrapped_question_en", "target: HeadlineNotes (wrapped paragraph)", """Written question to the Commission

Subject: Press freedom in member states

With reference to the article “Journalists under pressure in Europe” by Anna
Berg published in Politico Europe on March 2, 2026, can the Commission say
what steps it will take to protect reporters?

Journalists in several member states report growing pressure from governments.
""", dict(title="Journalists under pressure in Europe", authors=["Anna Berg"], published="2026-03-02", source="Politico Europe")),
]
