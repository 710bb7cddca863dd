# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD, or the stamp as the parser prints it when the
# text states a time of day, or None), source (str or None).
# Look-alikes first (ordinary clippings, or texts that are no clipping, brushing against one of the new readers
# of 1f1ee8c..2d2f83c), then the readers' own shapes written fresh in other languages or shapes ("target:").
# Written by the reviewer; nothing taken from .eval or from the clipping_layouts batches.
CASES = [
# ---- EnclosedTexts: a mail forwarded under a dash line, a tech article quoting a new file's diff, a reply that attaches the request ----
("pgp_forwarded_dashes_de", "EnclosedTexts.signedMessage (lead '-')", """---------- Weitergeleitete Nachricht ---------
Von: Petra Lang <p.lang@beispiel.example>
Datum: Do., 5. März 2026 um 08:12
Betreff: Artikel für die Presseschau
An: Redaktion <redaktion@beispiel.example>

Bahn kündigt neue Sprinter zwischen Hamburg und Berlin an

Von Jonas Keller

Die Deutsche Bahn will ab Dezember stündlich Sprinterzüge zwischen Hamburg und Berlin einsetzen. Die Fahrzeit soll auf eine Stunde und 35 Minuten sinken.

Fahrgastverbände begrüßten den Schritt, forderten aber mehr Verlässlichkeit im Regionalverkehr.
""", dict(title="Bahn kündigt neue Sprinter zwischen Hamburg und Berlin an", authors=["Jonas Keller"])),
("patch_quoted_in_article_en", "EnclosedTexts.addedFile (lead 'F')", """Firefox adds a built-in PDF signer in version 140

By Sam Okafor

Mozilla has added a tool for signing PDF documents to Firefox, the company said on Tuesday. The feature arrives with version 140, due next week.

The change was first proposed on the project's mailing list last autumn. Its first patch did little more than create a settings file:

--- /dev/null
+++ b/toolkit/pdfsign/prefs.js
@@ -0,0 +1,4 @@
+// PDF signing preferences
+pref("pdfjs.signing.enabled", false);
+pref("pdfjs.signing.showPanel", true);
+pref("pdfjs.signing.maxFileSize", 52428800);

Engineers then spent months on the interface. "Signing a form should take three clicks," one of them wrote.
""", dict(title="Firefox adds a built-in PDF signer in version 140", authors=["Sam Okafor"])),
("bounce_reply_attaches_request_es", "EnclosedTexts.returnedMessage (lead 'F')", """From: Marta Ruiz <marta.ruiz@diario.example>
To: Documentación <docu@diario.example>
Subject: Re: Petición de artículo
Date: Thu, 5 Mar 2026 11:40:12 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XyZ"

--XyZ
Content-Type: text/plain; charset=utf-8

Hola, aquí tenéis el artículo que pedisteis.

El Gobierno aprueba el plan de vivienda asequible

Por Pablo Ortega

Madrid, 4 de marzo de 2026

El Consejo de Ministros aprobó este martes un plan para construir 180.000 viviendas asequibles en cinco años, la mitad de ellas en suelo público.

Las comunidades autónomas tendrán que aportar el 30 por ciento de la financiación.

--XyZ
Content-Type: message/rfc822

From: Documentación <docu@diario.example>
To: Marta Ruiz <marta.ruiz@diario.example>
Subject: Petición de artículo
Date: Wed, 4 Mar 2026 17:02:44 +0100

Marta, ¿nos puedes mandar el texto sobre el plan de vivienda para el archivo?
Gracias.
--XyZ--
""", dict(title="El Gobierno aprueba el plan de vivienda asequible", authors=["Pablo Ortega"], published="2026-03-04")),
# ---- XMLRecords.plain: XML that holds no article ----
("xml_config_en", "XMLRecords.plain", """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <appSettings>
    <description>This service polls the wire feeds every five minutes and stores each new item in the archive database. Items older than thirty days are moved to cold storage by the nightly job.</description>
    <notice>Do not change the polling interval without asking the platform team first: the agencies limit how often we may call their servers.</notice>
    <add key="PollMinutes" value="5"/>
    <add key="ArchiveDays" value="30"/>
  </appSettings>
</configuration>
""", dict(title=None, authors=[], published=None, source=None)),
("xml_android_strings_pt", "XMLRecords.plain", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Notícias Locais</string>
    <string name="onboarding_title">Bem-vindo às Notícias Locais</string>
    <string name="onboarding_text">Receba todas as manhãs as notícias da sua cidade, escolhidas pela nossa redação. Pode mudar os temas a qualquer momento nas definições.</string>
    <string name="error_network">Não foi possível carregar as notícias. Verifique a sua ligação à internet e tente novamente.</string>
</resources>
""", dict(title=None, authors=[], published=None, source=None)),
# ---- TeletextPages: a weekly's page header with a dd.mm.yy day ----
("tt_weekly_page_header_de", "TeletextPages", """104  Kasseler Wochenblatt  Do 05.03.26

Neue Ampel an der Wilhelmshöher Allee

Von Peter Krause

Nach mehreren Unfällen bekommt die Kreuzung an der Wilhelmshöher Allee eine Ampel. Der Bauausschuss stimmte am Mittwoch einstimmig zu.

Die Arbeiten sollen im Mai beginnen und rund sechs Wochen dauern.
""", dict(title="Neue Ampel an der Wilhelmshöher Allee", authors=["Peter Krause"], published="2026-03-05", source="Kasseler Wochenblatt")),
# ---- LogRecords: a log that is only a log; clippings quoting title="…" attributes ----
("log_only_a_log_en", "LogRecords", """2026-03-05 06:00:01,002 INFO crawler: start run 8812 (feeds=3)
2026-03-05 06:00:02,417 INFO extract: url='https://news.example/a/1' title='Markets open higher' published='2026-03-05'
2026-03-05 06:00:02,980 INFO extract: url='https://news.example/a/2' title='Rain expected in the north' published='2026-03-05'
2026-03-05 06:00:03,114 WARN extract: url='https://news.example/a/3' title='' published=None (no body)

2026-03-05 06:00:03,120 INFO store: 2 items written to clippings/2026/03/05/
2026-03-05 06:00:03,121 INFO crawler: run 8812 done in 2.1 s
2026-03-05 06:05:00,001 INFO scheduler: next run at 06:05:00
""", dict(title=None, authors=[], published=None, source=None)),
("log_html_title_attribute_de", "LogRecords (lead digit)", """5 Regeln für barrierefreie Links

Von Miriam Vogt

Viele Webseiten verstecken wichtige Hinweise im title-Attribut. Screenreader lesen es aber oft gar nicht vor. Ein Beispiel, wie man es nicht machen sollte:

<a href="/kontakt" title="Kontakt aufnehmen">hier</a>

Besser ist ein Linktext, der für sich spricht: „Kontakt aufnehmen“ statt „hier“. Auch Bilder brauchen einen Alternativtext.
""", dict(title="5 Regeln für barrierefreie Links", authors=["Miriam Vogt"])),
("log_abbr_title_date_first_fr", "LogRecords (lead digit)", """05.03.2026

Pourquoi les infobulles nuisent à l'accessibilité

Par Claire Morel

Sur de nombreux sites publics, les sigles sont expliqués dans une infobulle, par exemple <abbr title='Règlement général sur la protection des données'>RGPD</abbr>. Or ces textes n'apparaissent qu'au survol de la souris.

Les personnes qui naviguent au clavier ou sur mobile ne les voient jamais. Mieux vaut écrire le sigle en toutes lettres à sa première occurrence.
""", dict(title="Pourquoi les infobulles nuisent à l'accessibilité", authors=["Claire Morel"], published="2026-03-05")),
# ---- MeetingTranscripts: transcripts (and an article printing one) whose turns hold `in X: …` ----
("mt_sales_meeting_no_article_en", "MeetingTranscripts", """Weekly sales sync-20260303_100212-Meeting Recording
March 3, 2026, 10:02AM
24m 11s

Dana Whitfield   0:03
Morning, everyone. Let's get going, we have a lot to cover.

Dana Whitfield   0:11
First the numbers. Revenue in March: up four percent on last year, mostly from the new accounts.

Raj Patel   0:40
That's better than we planned. Subscriptions held up too.

Dana Whitfield   1:02
Good. Next week we look at the renewals.
""", dict(authors=[], source=None)),
("mt_podcast_article_de", "MeetingTranscripts", """Podcast „Stimmen der Stadt“: Folge 12 zum Mietendeckel

Von Lena Hoffmann

Anna Berg  0:00
Willkommen zu einer neuen Folge. Heute in Berlin: der Streit um den Mietendeckel, mit meinem Kollegen Paul.

Paul Simon  0:15
Hallo Anna. Ja, das Thema beschäftigt die Stadt seit Wochen.

Anna Berg  0:21
Fangen wir vorne an. Was hat der Senat beschlossen?

Paul Simon  0:26
Der Senat will die Mieten in 340.000 Wohnungen für fünf Jahre einfrieren. Vermieter haben schon Klagen angekündigt.
""", dict(title="Podcast „Stimmen der Stadt“: Folge 12 zum Mietendeckel", authors=["Lena Hoffmann"], source=None)),
("mt_comite_no_article_fr", "MeetingTranscripts", """Comité de rédaction-20260304_083000-Enregistrement de la réunion
4 mars 2026, 08:30
18 min 40 s

Hélène Roux  0:02
Bonjour à tous. On commence par le budget.

Hélène Roux  0:09
Les chiffres en Île-de-France : hausse de 3 % des abonnements numériques, baisse du papier.

Marc Lefèvre  0:35
C'est mieux que prévu. Et en région ?

Hélène Roux  0:41
Stable. On en reparle la semaine prochaine.
""", dict(authors=[], source=None)),
# ---- ServiceChats: an article quoting chat messages; a support chat quoting a button ----
("chat_scam_article_de", "ServiceChats", """„Mama, ich habe eine neue Nummer“: So funktioniert die Betrugsmasche

Von Miriam Vogt

Die Nachrichten kommen meist abends. So begann der Chat, den uns eine Leserin aus Hannover gezeigt hat:

[19:42] Unbekannt: Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer.
[19:43] Leserin: Wer ist da?
[19:45] Unbekannt: „Dein Sohn“ natürlich. Kannst du mir schnell 1.400 Euro überweisen?

Die Frau wurde misstrauisch und rief ihren Sohn auf der alten Nummer an. Er saß zu Hause beim Abendessen.

Die Polizei rät, bei solchen Nachrichten immer zurückzurufen.
""", dict(title="„Mama, ich habe eine neue Nummer“: So funktioniert die Betrugsmasche", authors=["Miriam Vogt"], source=None)),
("chat_support_quote_en", "ServiceChats", """Live chat — Acme Cloud Support
Customer: Laura Benson
Agent: Max (Acme Cloud)
Started: March 5, 2026 14:02

[14:02] Max: Hi Laura, how can I help today?
[14:03] Laura Benson: My nightly backup failed again.
[14:04] Max: When you open the job, does it say "Quota exceeded" at the top?
[14:05] Laura Benson: Yes. Here is the full message:

Job backup-nightly failed at 02:00:14
Reason: storage quota exceeded (500 GB of 500 GB used)
Next attempt: 03:00:00

[14:06] Max: Thanks. I've raised your quota to 750 GB, the next run should work.
""", dict(authors=[], published=None, source=None)),
("chat_sms_article_fr", "ServiceChats", """Harcèlement scolaire : les messages qui ont alerté les parents

Par Claire Morel

Pendant des semaines, Léa, 13 ans, a reçu des messages sur son téléphone. Sa mère nous a montré l'un des échanges :

[22:14] Inconnu : T'es qui pour parler comme ça ?
[22:15] Inconnu : Tout le monde sait ce que t'as fait, « la balance ».
[22:31] Léa : Laisse-moi tranquille.

Les parents ont porté plainte le lendemain. Le collège a convoqué trois élèves.

La cellule d'écoute du rectorat rappelle qu'un numéro gratuit, le 3018, est ouvert sept jours sur sept.
""", dict(title="Harcèlement scolaire : les messages qui ont alerté les parents", authors=["Claire Morel"], source=None)),
# ---- WikiPages: a wiki article's list-defined references; titles holding ` | ` or `=` ----
("wiki_article_list_refs_en", "WikiPages (<ref> lines)", """Kessel Valley Railway

The Kessel Valley Railway is a heritage railway in the south of the county. It reopened in 2019 after a ten-year volunteer campaign.<ref name="post" />

== History ==
The line closed to passengers in 1963 and to freight in 1971.<ref name="herald" /> Volunteers bought the trackbed in 2008 and relaid the first mile of track in 2014.

== References ==
<references>
<ref name="post">{{cite news |last=Hale |first=Tom |title=Steam returns to Kessel Valley |work=The Evening Post |date=12 May 2019}}</ref>
<ref name="herald">{{cite news |last=Ames |first=Rachel |title=Last train leaves Kessel |work=The Herald |date=4 June 1963}}</ref>
</references>
""", dict(title="Kessel Valley Railway", authors=[], published=None, source=None)),
("title_with_pipe_fr", "WikiPages (title | site)", """Paris | Berlin : le couple franco-allemand à l'épreuve

Par Hélène Roux

Le chancelier et le président se retrouvent jeudi à Paris pour un conseil des ministres commun, sur fond de désaccords sur la défense et l'énergie.

Les deux capitales peinent à s'entendre sur le financement d'un nouvel avion de combat.
""", dict(title="Paris | Berlin : le couple franco-allemand à l'épreuve", authors=["Hélène Roux"])),
("title_with_equals_en", "LogRecords / WikiPages (`=` in a title)", """1 + 1 = 3? Why mergers rarely pay off

By Tom Hale

Two out of three corporate mergers destroy value for shareholders, according to a study of 2,000 deals published on Monday by a London business school.

The authors blame overconfident executives and the cost of merging computer systems.
""", dict(title="1 + 1 = 3? Why mergers rarely pay off", authors=["Tom Hale"])),
# ---- BracketLabels: editor's notes, a review's bracketed fact box under the text, a radio script ----
("br_note_lines_en", "BracketLabels", """Council delays vote on city centre parking charges

By Rachel Ames

The city council has postponed a vote on new parking charges in the centre until April, after traders complained they had not been consulted.

Councillor Mark Price said the delay would allow "a proper conversation" with businesses.

[Note]  An earlier version of this story gave the wrong date for the vote.
[Note]  Rachel Ames is our local democracy reporter.
""", dict(title="Council delays vote on city centre parking charges", authors=["Rachel Ames"])),
("br_exhibition_box_de", "BracketLabels (titled run at the foot)", """Zweig und die Welt von gestern

Von Anna Weber

Das Jüdische Museum zeigt Briefe, Fotografien und Manuskripte aus Stefan Zweigs letzten Lebensjahren. Die Schau ist klug gebaut und bewegend.

Besonders eindrücklich ist der Raum mit den Abschiedsbriefen aus Petrópolis.

[Titel]  Stefan Zweig. Die Welt von gestern
[Ort]  Jüdisches Museum Wien
[Bis]  30. Juni 2026
""", dict(title="Zweig und die Welt von gestern", authors=["Anna Weber"])),
("br_book_box_it", "BracketLabels (titled run at the foot)", """Eco, la biblioteca come labirinto

di Giulia Ferri

A quarant'anni dalla prima edizione, il romanzo torna in libreria con una nuova prefazione e le note dell'autore. Rileggerlo oggi è un piacere intatto.

Il monastero, i delitti, la biblioteca proibita: tutto funziona ancora come un orologio.

[Titolo]  Il nome della rosa
[Autore]  Umberto Eco
[Editore]  Bompiani
[Pagine]  624
""", dict(title="Eco, la biblioteca come labirinto", authors=["Giulia Ferri"])),
("br_radio_script_fr", "BracketLabels", """Journal de 8 heures : la grève des contrôleurs aériens

Par Hélène Roux

[Présentatrice]  Bonjour. Les contrôleurs aériens sont en grève ce jeudi, et les annulations se multiplient.
[Journaliste]  À Orly, un vol sur deux est annulé. Les passagers ont été prévenus la veille.
[Son]  Témoignage d'un passager bloqué à Orly.

La DGAC recommande aux voyageurs de vérifier l'état de leur vol avant de se rendre à l'aéroport.
""", dict(title="Journal de 8 heures : la grève des contrôleurs aériens", authors=["Hélène Roux"])),
# ---- ArchiveRecords: labelled heads above a rule that are the article's or a document's own ----
("ar_press_release_de", "ArchiveRecords", """PRESSEMITTEILUNG
Datum:        05.03.2026
Kontakt:      Sabine Roth
Telefon:      0561 123-456
==========================================

Stadtwerke senken Strompreis zum 1. April

Die Stadtwerke Kassel senken den Arbeitspreis für Strom zum 1. April um 2,1 Cent je Kilowattstunde. Ein Durchschnittshaushalt spart damit rund 60 Euro im Jahr.

Der Gaspreis bleibt unverändert.
""", dict(title="Stadtwerke senken Strompreis zum 1. April", published="2026-03-05")),
("ar_monitoring_record_de", "ArchiveRecords", """Medienbeobachtung Nord – Clipping 2026/0412
Kunde:              Klinikum Nordstadt
Suchbegriff:        Notaufnahme
Titel:              Hannoversche Rundschau
Erscheinungstag:    05.03.2026
Seite:              9
------------------------------------------------------------

Lange Wartezeiten in der Notaufnahme

Von Tobias Brandt

Patienten warten in der Notaufnahme des Klinikums Nordstadt im Schnitt fast vier Stunden. Das geht aus einer Antwort der Stadt auf eine Anfrage der Grünen hervor.

Die Klinikleitung verweist auf fehlendes Personal und kündigt eine zweite Triage-Stelle an.
""", dict(title="Lange Wartezeiten in der Notaufnahme", authors=["Tobias Brandt"], published="2026-03-05", source="Hannoversche Rundschau")),
("ar_memo_en", "ArchiveRecords", """MEMORANDUM
TO:      All newsroom staff
CC:      Managing editors
DATE:    March 5, 2026
RE:      Office move on March 16
------------------------------------------------------------

The newsroom will move to the fourth floor over the weekend of March 14-15. Please pack your desks by Friday 5 p.m.; crates will be delivered on Wednesday.

IT will reconnect all workstations on Sunday. If your equipment is not working on Monday morning, call the help desk on extension 4400.

Thank you for your patience.
""", dict(title="Office move on March 16", published="2026-03-05", source=None)),
("ar_circolare_it", "ArchiveRecords", """CIRCOLARE INTERNA N. 14
Oggetto:       Nuove regole per le trasferte
Data:          5 marzo 2026
Destinatari:   Tutto il personale della redazione
-------------------------------------------------------

Dal 1° aprile le richieste di trasferta dovranno essere inviate almeno cinque giorni prima della partenza, attraverso il nuovo modulo online.

Le spese di vitto saranno rimborsate fino a 45 euro al giorno, dietro presentazione delle ricevute.

La direzione amministrativa
""", dict(title="Nuove regole per le trasferte", published="2026-03-05", source=None)),
# ---- ArchiveRecords.order: orders that name no article ----
("ord_book_order_de", "ArchiveRecords.order", """Buchhandlung Lesezeichen – Bestellbestätigung
Bestellnummer:   LZ-20931
Bestelldatum:    5. März 2026
Artikel:         „Die Mittagsfrau“
Autorin:         Julia Franck
Ausgabe:         Taschenbuch, 3. Auflage (2024)
Preis:           14,00 €
----------------------------------------------------

Die Mittagsfrau

Roman, 430 Seiten.
Die Lieferung erfolgt voraussichtlich am 9. März 2026.
Vielen Dank für Ihre Bestellung!
""", dict(published=None, source=None)),
("ord_ticket_booking_en", "ArchiveRecords.order", """Royal Opera House — Booking confirmation
Booking ref:   ROH-77120
Booked on:     5 March 2026
Event:         «Tosca»
Performance:   Saturday 21 March 2026, 19:00
Venue:         Main Stage (Entrance 2)
Seats:         K14, K15
----------------------------------------------------

Tosca

Puccini's thriller returns in a classic staging. Sung in Italian with English surtitles.
Running time about 2 hours 50 minutes, including two intervals.
Please arrive 30 minutes before the start.
""", dict(authors=[], published=None, source=None)),
# ---- SpacedMastheads.folio: numbered caps headlines, a chart's rows, a year's kicker ----
("folio_numbered_caps_head_en", "SpacedMastheads.folio", """1  FARMERS BLOCK MOTORWAYS OVER FUEL DUTY

Hundreds of tractors brought traffic to a standstill on the M4 and M5 on Thursday morning as farmers protested against a rise in red diesel duty.

Police said the protest was peaceful. The National Farmers' Union has called for talks with the Treasury.
""", dict(title="FARMERS BLOCK MOTORWAYS OVER FUEL DUTY", source=None, published=None)),
("folio_chart_rows_es", "SpacedMastheads.folio (a table row)", """1  BAD BUNNY  «Debí tirar más fotos»
2  ROSALÍA  «Berghain»
3  QUEVEDO  «Buenas noches»

Bad Bunny no suelta el número uno

Por Álvaro Gil

El puertorriqueño encadena su duodécima semana en lo más alto de la lista de álbumes más vendidos en España, según los datos de Promusicae.

Rosalía, que lanzó su disco en noviembre, se mantiene en segunda posición.
""", dict(title="Bad Bunny no suelta el número uno", authors=["Álvaro Gil"], source=None, published=None)),
("folio_numbered_caps_head_it", "SpacedMastheads.folio", """3  SCIOPERO GENERALE, TRENI FERMI VENERDÌ

di Marco Bellini

I sindacati di base hanno proclamato uno sciopero generale di 24 ore per venerdì. A rischio treni regionali e a lunga percorrenza, dalle 21 di giovedì.

Trenitalia garantisce le fasce di tutela dalle 6 alle 9 e dalle 18 alle 21.
""", dict(title="SCIOPERO GENERALE, TRENI FERMI VENERDÌ", authors=["Marco Bellini"], source=None)),
("folio_year_kicker_de", "SpacedMastheads.folio", """2025  IM RÜCKBLICK

Das Jahr, in dem die Bahn pünktlicher wurde

Von Jonas Keller

Zum ersten Mal seit 2019 kamen im vergangenen Jahr wieder mehr als zwei Drittel der Fernzüge pünktlich an. Die Bahn führt das auf weniger Baustellen zurück.

Fahrgastverbände sind vorsichtig: Der Winter habe gezeigt, wie anfällig das Netz bleibe.
""", dict(title="Das Jahr, in dem die Bahn pünktlicher wurde", authors=["Jonas Keller"], source=None)),
# ---- QuotedReferences.footnote: a study quoted in a foot's Source line ----
("src_report_crosshead_fr", "QuotedReferences.footnote", """Les assureurs face à la facture climatique

Par Hélène Roux

Sécheresses, inondations, grêle : en 2025, les catastrophes naturelles ont coûté 6,5 milliards d'euros aux assureurs français, selon un rapport publié mardi.

Climat et assurance

Le rapport, rédigé par la fédération du secteur, prévoit un doublement des sinistres d'ici à 2050. Les zones littorales sont les plus exposées.

« Certaines communes deviendront inassurables », prévient un actuaire.

Source : France Assureurs, « Climat et assurance », rapport annuel, mars 2026.
""", dict(title="Les assureurs face à la facture climatique", authors=["Hélène Roux"], source=None)),
("src_chart_note_de", "QuotedReferences.footnote", """Deutsche fahren wieder mehr Bahn

Von Jonas Keller

Berlin, 5. März 2026

Die Deutschen sind im vergangenen Jahr so viel Bahn gefahren wie nie. Im Fernverkehr zählte die Bahn 150 Millionen Fahrgäste, acht Prozent mehr als im Vorjahr.

Das Deutschlandticket habe vor allem den Nahverkehr belebt, heißt es in dem Bericht.

Quelle: Umweltbundesamt, „Verkehr in Zahlen 2025“, Tabelle 3.2
""", dict(title="Deutsche fahren wieder mehr Bahn", authors=["Jonas Keller"], published="2026-03-05", source=None)),
# ---- OriginNotes credits (`An article published in X on …`): a lead reporting on another publication's article ----
("cred_lead_lancet_en", "OriginNotes (an article … published in)", """Daily aspirin no longer advised for healthy over-60s

By Sam Okafor

LONDON, March 5, 2026

An article published in The Lancet on March 2, 2026 found that the risk of bleeding outweighs the benefit for people without heart disease.

The NHS said it would update its guidance next month.
""", dict(title="Daily aspirin no longer advised for healthy over-60s", authors=["Sam Okafor"], published="2026-03-05", source=None)),
("cred_lead_le_monde_fr", "OriginNotes (un article … paru dans)", """Retraites : la réforme de nouveau contestée

Par Claire Morel

Paris, le 5 mars 2026

Un article paru dans Le Monde le 2 mars 2026 a relancé la polémique sur le financement des retraites. Selon le quotidien, le déficit serait deux fois plus élevé que prévu.

Le gouvernement a démenti ces chiffres mercredi.
""", dict(title="Retraites : la réforme de nouveau contestée", authors=["Claire Morel"], published="2026-03-05", source=None)),
("cred_lead_nature_es", "OriginNotes (un artículo … publicado en)", """La dieta mediterránea reduce el riesgo de demencia

Por Lucía Romero

Madrid, 5 de marzo de 2026

Un artículo publicado en Nature Medicine el 2 de marzo de 2026 concluye que quienes siguen la dieta mediterránea tienen un 23 por ciento menos de riesgo de demencia.

Los autores siguieron a 60.000 adultos británicos durante nueve años.
""", dict(title="La dieta mediterránea reduce el riesgo de demencia", authors=["Lucía Romero"], published="2026-03-05", source=None)),
("cred_foot_science_it", "OriginNotes (un articolo … pubblicato su, at the foot)", """Api, il glifosato riduce la memoria degli insetti

di Giulia Ferri

Roma, 5 marzo 2026

Uno studio dell'Università di Padova mostra che anche piccole dosi dell'erbicida compromettono la capacità delle api di ritrovare l'alveare.

I ricercatori chiedono limiti più severi vicino ai campi in fiore.

Un articolo pubblicato su Science il 27 febbraio 2026 aveva già segnalato effetti simili sui bombi.
""", dict(title="Api, il glifosato riduce la memoria degli insetti", authors=["Giulia Ferri"], published="2026-03-05", source=None)),
("cred_lead_science_pt", "OriginNotes (um artigo … publicado na)", """Corais do Brasil resistem melhor ao calor do que se pensava

Por Rui Almeida

Rio de Janeiro, 5 de março de 2026

Um artigo publicado na revista Science em 2 de março de 2026 mostra que os corais de Abrolhos recuperaram de três ondas de calor seguidas.

Os cientistas atribuem a resistência às águas turvas da região.
""", dict(title="Corais do Brasil resistem melhor ao calor do que se pensava", authors=["Rui Almeida"], published="2026-03-05", source=None)),
("cred_lead_nature_de", "OriginNotes (ein Artikel … erschienen in)", """Schlafmangel lässt das Gehirn schneller altern

Von Anna Weber

Berlin, 5. März 2026

Ein Artikel von Forschern der Charité, erschienen in Nature am 2. März 2026, zeigt, dass schon fünf Nächte mit wenig Schlaf messbare Spuren hinterlassen.

Die Forscher untersuchten 120 gesunde Erwachsene im Schlaflabor.
""", dict(title="Schlafmangel lässt das Gehirn schneller altern", authors=["Anna Weber"], published="2026-03-05", source=None)),
# ==== targets: the new readers' own shapes, written fresh ====
("target_pgp_signed_en", "target: EnclosedTexts.signedMessage", """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

Court blocks sale of port operator to overseas fund

By Kirsty Allan

GLASGOW, March 4, 2026

A judge at the Court of Session has halted the sale of the Clyde port operator to an overseas investment fund pending a review of national security concerns.

The fund said it was "disappointed" and would appeal.
-----BEGIN PGP SIGNATURE-----

iQEzBAEBCAAdFiEE3u1v0Wq0b2ZzZ0e7xW8bX9nJv2gFAmXmAbEACgkQW8bX9nJv
2gH3pAf/ZmFrZXNpZ25hdHVyZWZvcnRlc3Rpbmdvbmx5YWJjZGVmZ2hpamtsbW5v
=Xk3d
-----END PGP SIGNATURE-----
""", dict(title="Court blocks sale of port operator to overseas fund", authors=["Kirsty Allan"], published="2026-03-04")),
("target_pgp_signed_dash_escaped_pt", "target: EnclosedTexts.signedMessage (dash-escaped line)", """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

Governo aprova aumento do salário mínimo para 920 euros

Por Ana Sousa

Lisboa, 4 de março de 2026

O Conselho de Ministros aprovou esta quarta-feira o aumento do salário mínimo nacional para 920 euros a partir de abril.

A medida abrange cerca de 800 mil trabalhadores, segundo o Ministério do Trabalho.

- -- 
Enviado pelo serviço de arquivo da redação
-----BEGIN PGP SIGNATURE-----

iHUEARYKAB0WIQTa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8ACgkQa1b2c3d4
=pQ2r
-----END PGP SIGNATURE-----
""", dict(title="Governo aprova aumento do salário mínimo para 920 euros", authors=["Ana Sousa"], published="2026-03-04")),
("target_patch_format_patch_es", "target: EnclosedTexts.addedFile", """From 3f2a9c1e7d0b4a5f6e8c9d0a1b2c3d4e5f6a7b8c Mon Sep 17 00:00:00 2001
From: Lucía Romero <lucia@recortes.example>
Date: Tue, 3 Mar 2026 18:22:10 +0100
Subject: [PATCH] recortes: añade el artículo sobre la sequía

---
 recortes/2026/sequia.txt | 9 +++++++++
 1 file changed, 9 insertions(+)
 create mode 100644 recortes/2026/sequia.txt

diff --git a/recortes/2026/sequia.txt b/recortes/2026/sequia.txt
new file mode 100644
index 0000000..4b1c2d3
--- /dev/null
+++ b/recortes/2026/sequia.txt
@@ -0,0 +1,9 @@
+Cataluña declara la emergencia por sequía en 200 municipios
+
+Por Jordi Puig
+
+Barcelona, 2 de marzo de 2026
+
+El Govern ha aprobado este lunes el decreto de emergencia, que limita el consumo de agua a 200 litros por habitante y día.
+
+Los agricultores tendrán que reducir el riego un 40 por ciento.
-- 
2.43.0
""", dict(title="Cataluña declara la emergencia por sequía en 200 municipios", authors=["Jordi Puig"], published="2026-03-02")),
("target_patch_two_files_it", "target: EnclosedTexts.addedFile (diff --git, an index changed first)", """diff --git a/indice.md b/indice.md
index 1a2b3c4..5d6e7f8 100644
--- a/indice.md
+++ b/indice.md
@@ -3,3 +3,4 @@
 - 2026-03-02 mercato-auto.txt
 - 2026-03-03 scuola-riforma.txt
+- 2026-03-04 ponte-stretto.txt
diff --git a/ritagli/2026-03-04/ponte-stretto.txt b/ritagli/2026-03-04/ponte-stretto.txt
new file mode 100644
index 0000000..9f8e7d6
--- /dev/null
+++ b/ritagli/2026-03-04/ponte-stretto.txt
@@ -0,0 +1,9 @@
+Ponte sullo Stretto, il Cipess approva il progetto definitivo
+
+di Marco Bellini
+
+Roma, 4 marzo 2026
+
+Il Comitato interministeriale ha dato il via libera al progetto definitivo del ponte sullo Stretto di Messina. I lavori potrebbero partire entro l'estate.
+
+Le associazioni ambientaliste annunciano ricorso al Tar.
""", dict(title="Ponte sullo Stretto, il Cipess approva il progetto definitivo", authors=["Marco Bellini"], published="2026-03-04")),
("target_bounce_de", "target: EnclosedTexts.returnedMessage", """Return-Path: <>
Received: from mx.zeitung.example by mail.beispiel.example
Date: Mon, 9 Mar 2026 10:14:02 +0100
From: Mail Delivery System <MAILER-DAEMON@mail.beispiel.example>
To: redaktion@beispiel.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.beispiel.example.
Your message could not be delivered to archiv@zeitung.example: mailbox full.

--B1
Content-Type: message/rfc822

From: Anna Schmidt <anna@beispiel.example>
To: archiv@zeitung.example
Subject: Artikel: Stadtrat beschließt neue Radwege
Date: Fri, 6 Mar 2026 09:00:00 +0100

Stadtrat beschließt neue Radwege

Von Peter Krause

Kassel, 5. März 2026

Der Stadtrat hat am Donnerstag den Bau von zwölf Kilometern neuer Radwege beschlossen. Die ersten Abschnitte sollen noch in diesem Sommer fertig werden.

Die Opposition kritisierte die Kosten von 8,4 Millionen Euro.
--B1--
""", dict(title="Stadtrat beschließt neue Radwege", authors=["Peter Krause"], published="2026-03-05")),
("target_bounce_params_fr", "target: EnclosedTexts.returnedMessage (Content-Type with a name parameter)", """Return-Path: <>
Date: Thu, 5 Mar 2026 16:20:11 +0100
From: postmaster@journal.example
To: documentation@journal.example
Subject: Non remis : Article Libération – loyers à Lyon
Content-Type: multipart/report; report-type=delivery-status; boundary="=_frontiere"

--=_frontiere
Content-Type: text/plain; charset=utf-8

Votre message n'a pas pu être remis à archives@groupe.example : boîte pleine.

--=_frontiere
Content-Type: message/rfc822; name="message-original.eml"
Content-Disposition: attachment

From: Documentation <documentation@journal.example>
To: archives@groupe.example
Subject: Article Libération – loyers à Lyon
Date: Thu, 5 Mar 2026 16:20:05 +0100

Les loyers flambent à Lyon, la métropole veut les encadrer

Par Claire Morel

Lyon, le 4 mars 2026

Les loyers ont augmenté de 9 % en deux ans dans la métropole lyonnaise, selon l'observatoire local. Le président de la métropole demande l'encadrement dès l'été.

Les propriétaires dénoncent une mesure « contre-productive ».
--=_frontiere--
""", dict(title="Les loyers flambent à Lyon, la métropole veut les encadrer", authors=["Claire Morel"], published="2026-03-04")),
("target_xml_ssml_fr", "target: XMLRecords.plain (SSML)", """<?xml version="1.0" encoding="UTF-8"?>
<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="fr-FR">
  <p><s>La Seine rouvre à la baignade dans trois nouveaux sites parisiens</s></p>
  <break time="700ms"/>
  <p><s>Par Hélène Roux, le 4 mars 2026.</s></p>
  <break time="500ms"/>
  <p><s>La mairie de Paris a annoncé mercredi l'ouverture de trois nouveaux sites de baignade dans la Seine à partir du mois de juin.</s><s>Les analyses de l'eau réalisées depuis l'été dernier sont jugées satisfaisantes.</s></p>
  <p><s>Les sites seront surveillés par des maîtres-nageurs et fermés en cas de fortes pluies.</s></p>
</speak>
""", dict(title="La Seine rouvre à la baignade dans trois nouveaux sites parisiens", authors=["Hélène Roux"], published="2026-03-04")),
("target_xml_xliff_es", "target: XMLRecords.plain (XLIFF, a header's note)", """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="articulo-alquiler.txt" source-language="es" target-language="en" datatype="plaintext">
    <header>
      <note>Este artículo de Pablo Ortega fue publicado en El País el 3 de marzo de 2026.</note>
    </header>
    <body>
      <trans-unit id="t1"><source>El alquiler sube un 11 % en las grandes ciudades</source><target/></trans-unit>
      <trans-unit id="p1"><source>El precio medio del alquiler subió un 11 % en Madrid, Barcelona y Valencia durante el último año, según el informe trimestral de un portal inmobiliario.</source><target/></trans-unit>
      <trans-unit id="p2"><source>Los expertos atribuyen la subida a la falta de oferta y al aumento de los pisos turísticos.</source><target/></trans-unit>
    </body>
  </file>
</xliff>
""", dict(title="El alquiler sube un 11 % en las grandes ciudades", authors=["Pablo Ortega"], published="2026-03-03", source="El País")),
("target_xml_ssml_de", "target: XMLRecords.plain (SSML, no prolog)", """<speak xml:lang="de-DE">
  <p>Orkan „Zoltan“ legt den Bahnverkehr im Norden lahm</p>
  <break time="1s"/>
  <p>Von Jonas Keller, 5. März 2026</p>
  <p>Wegen umgestürzter Bäume hat die Deutsche Bahn den Fernverkehr zwischen Hamburg und Bremen am Donnerstag eingestellt. <emphasis>Reisende sollten ihre Fahrt verschieben</emphasis>, teilte das Unternehmen mit.</p>
  <p>Der Deutsche Wetterdienst warnt vor Böen von bis zu 140 Kilometern pro Stunde.</p>
</speak>
""", dict(title="Orkan „Zoltan“ legt den Bahnverkehr im Norden lahm", authors=["Jonas Keller"], published="2026-03-05")),
("target_teletext_de", "target: TeletextPages (leading spaces, wrapped headline)", """ P121  ARD-Text  Do 05.03.26  20:14:33

 WIRTSCHAFT

 Lufthansa streicht am Freitag
 Hunderte Flüge

 Wegen eines Warnstreiks des Boden-
 personals hat die Lufthansa für Freitag
 rund 600 Flüge in Frankfurt und München
 gestrichen. Betroffen sind etwa 70.000
 Passagiere.

 Verdi fordert zwölf Prozent mehr Lohn.

 Inland 120  Ausland 130  Übersicht 100
""", dict(title="Lufthansa streicht am Freitag Hunderte Flüge", authors=[], source="ARD-Text")),
("target_teletext_it", "target: TeletextPages", """101  RAI Televideo  Gio 05.03.26  13:22:10

Maltempo, allerta rossa
in Emilia-Romagna

La Protezione civile ha diramato
l'allerta rossa per domani su gran
parte dell'Emilia-Romagna. Scuole
chiuse a Bologna e a Modena.

Indice 100  Cronaca 120  Meteo 400
""", dict(title="Maltempo, allerta rossa in Emilia-Romagna", authors=[], source="RAI Televideo")),
("target_teletext_single_spaced_es", "target: TeletextPages (header with single spaces)", """P100 TVE Teletexto Jue 05.03.26 21:03:44

NACIONAL

El Congreso aprueba la ley
de familias

El pleno del Congreso aprobó este
jueves la ley de familias con el voto
a favor de la mayoría de los grupos.
La norma amplía los permisos por
cuidado de hijos.

Portada 100  Deportes 200
""", dict(title="El Congreso aprueba la ley de familias", authors=[], source="TVE Teletexto")),
("target_log_rule_pt", "target: LogRecords (a rule naming the stored file)", """2026-03-05 08:14:02,118 INFO fetch: GET https://www.jornal.example/lisboa/metro 200 (83 KB)
2026-03-05 08:14:02,540 INFO extract: title='Lisboa vai ter mais 12 estações de metro até 2030' authors=['Ana Sousa', 'Rui Almeida'] published='2026-03-04' site_name='Observador'
2026-03-05 08:14:02,541 INFO store: clippings/2026/03/metro.txt
----- clippings/2026/03/metro.txt -----
Lisboa vai ter mais 12 estações de metro até 2030

O Metropolitano de Lisboa apresentou esta quarta-feira o plano de expansão da rede, que prevê doze novas estações e a ligação a Loures.

A obra custa 1,2 mil milhões de euros e será financiada em parte por fundos europeus.
""", dict(title="Lisboa vai ter mais 12 estações de metro até 2030", authors=["Ana Sousa", "Rui Almeida"], published="2026-03-04", source="Observador")),
("target_log_double_quotes_it", "target: LogRecords ([stamp], double quotes, author=, date=)", """[2026-03-05 09:30:12] INFO  scraper.extract  url="https://www.giornale.example/a/1234" title="Milano, la nuova linea M4 arriva a San Cristoforo" author="Giulia Ferri" date="2026-03-04T18:05:00+01:00" source="Il Giorno"
[2026-03-05 09:30:12] INFO  scraper.store  ritagli/2026-03-05/m4.txt

Milano, la nuova linea M4 arriva a San Cristoforo

Da sabato la metropolitana blu collega Linate a San Cristoforo. Il viaggio dall'aeroporto al centro dura dodici minuti.

Il Comune prevede 86 milioni di passeggeri l'anno.
""", dict(title="Milano, la nuova linea M4 arriva a San Cristoforo", authors=["Giulia Ferri"], published="2026-03-04T18:05:00+01:00", source="Il Giorno")),
("target_log_title_equals_de", "target: LogRecords (`=` inside the quoted title)", """2026-03-05T07:02:11Z extractor[412]: ok url='https://www.zeitung.example/wissen/formel' title='E = mc²: Was Einsteins Formel wirklich bedeutet' authors=['Anna Weber'] date='2026-03-03' publisher='Die Zeit'

E = mc²: Was Einsteins Formel wirklich bedeutet

Von Anna Weber

Kaum eine Gleichung ist so berühmt und so selten verstanden. Sie sagt, dass Masse und Energie zwei Seiten derselben Sache sind.

Ohne sie gäbe es weder Kernkraftwerke noch das Leuchten der Sonne, wie wir es erklären.
""", dict(title="E = mc²: Was Einsteins Formel wirklich bedeutet", authors=["Anna Weber"], published="2026-03-03", source="Die Zeit")),
("target_meeting_hms_en", "target: MeetingTranscripts (h:mm:ss)", """Morning news meeting-20260306_083004-Meeting Recording
March 6, 2026, 8:30AM
1h 4m 12s

Priya Nair   0:00:04
Right, let's start. Lots to get through.

Priya Nair   0:00:10
Next, the piece by Tom Hale in The Guardian on March 5, 2026, headline: Water bills in England to rise by a fifth. I'll read it out.

Priya Nair   0:00:25
Household water bills in England will rise by an average of 21 percent from April, the regulator Ofwat said on Thursday.

Priya Nair   0:00:48
Companies say the money is needed to cut sewage spills and fix leaking pipes.

Owen Brady   0:01:15
Thanks. Do we have a local angle on that?
""", dict(title="Water bills in England to rise by a fifth", authors=["Tom Hale"], published="2026-03-05", source="The Guardian")),
("target_meeting_fr", "target: MeetingTranscripts (paru dans, « : »)", """Revue de presse-20260305_090000-Enregistrement de la réunion
5 mars 2026, 09:00
32 min 05 s

Hélène Roux  0:03
Bonjour à tous, on y va.

Hélène Roux  0:10
Ensuite, l'article de Claire Morel paru dans Libération le 4 mars 2026, titré : Les cantines passent au bio à Bordeaux. Je vous le lis.

Hélène Roux  0:24
Dès la rentrée, toutes les cantines scolaires de Bordeaux serviront des repas entièrement bio, a annoncé la mairie mardi.

Hélène Roux  0:51
Le surcoût, estimé à 1,8 million d'euros par an, sera pris en charge par la ville.

Marc Lefèvre  1:20
Merci. On peut faire un papier sur nos cantines ?
""", dict(title="Les cantines passent au bio à Bordeaux", authors=["Claire Morel"], published="2026-03-04", source="Libération")),
("target_meeting_es", "target: MeetingTranscripts (en X del DATE, titular:)", """Revista de prensa-20260305_091500-Grabación de la reunión
5 de marzo de 2026, 9:15
42 min 10 s

Lucía Romero   0:04
Buenos días a todos. Empezamos.

Lucía Romero   0:12
A continuación, el artículo de Pablo Ortega en El Mundo del 4 de marzo de 2026, titular: El Supremo avala la ley de amnistía. Os lo leo.

Lucía Romero   0:31
El Tribunal Supremo ha rechazado los recursos contra la ley de amnistía y la considera ajustada a la Constitución.

Lucía Romero   1:02
La decisión se adoptó por siete votos contra cinco.

Carlos Vega   2:05
Gracias, Lucía.
""", dict(title="El Supremo avala la ley de amnistía", authors=["Pablo Ortega"], published="2026-03-04", source="El Mundo")),
("target_meeting_im_de", "target: MeetingTranscripts (im X vom DATE, Überschrift:)", """Presseschau-20260305_080000-Besprechungsaufzeichnung
5. März 2026, 08:00
27 Min. 30 Sek.

Sabine Roth  0:02
Guten Morgen zusammen.

Sabine Roth  0:07
Als Nächstes der Artikel von Jonas Keller im Handelsblatt vom 4. März 2026, Überschrift: Nordsee-Krabben werden knapp. Ich lese ihn vor.

Sabine Roth  0:20
Die Fänge der Krabbenfischer an der Nordseeküste sind im Winter um ein Drittel eingebrochen. Viele Betriebe bangen um ihre Existenz.

Sabine Roth  0:45
Forscher machen die Erwärmung des Wattenmeers verantwortlich.

Tobias Brandt  1:10
Danke. Das nehmen wir für die Wochenendausgabe.
""", dict(title="Nordsee-Krabben werden knapp", authors=["Jonas Keller"], published="2026-03-04", source="Handelsblatt")),
("target_chat_en", "target: ServiceChats", """Chat transcript — The Courier Archive Support
Visitor: Tom Miller
Agent: Sofia (The Courier)
Date: March 6, 2026

[14:28] Tom Miller: Hi, I'm looking for a story about a toy factory in Virginia from a few weeks ago.
[14:29] Sofia: Sure, let me check.
[14:30] Sofia: Is it this one: “Toy maker to build its first US factory in Virginia”, published on February 11, 2026, by Daniel Reyes?
[14:31] Tom Miller: Yes! Can you paste it?
[14:31] Sofia: Here it is:

Toy maker to build its first US factory in Virginia

The Danish toy maker will invest $1 billion in a plant near Richmond, creating 1,700 jobs by 2028, the company said on Wednesday.

Production is due to start in 2027.
""", dict(title="Toy maker to build its first US factory in Virginia", authors=["Daniel Reyes"], published="2026-02-11", source="The Courier")),
("target_chat_de", "target: ServiceChats („…“, von A)", """Chatprotokoll – Leserservice
Besucherin: Karin Schulz
Mitarbeiter: Felix (Süddeutsche Zeitung)
Datum: 05.03.2026

[10:02] Karin Schulz: Guten Tag, ich suche einen Artikel über Wölfe in Bayern, vermutlich aus dem Februar.
[10:03] Felix: Guten Tag! Einen Moment, ich schaue nach.
[10:05] Felix: Meinen Sie diesen: „Die Rückkehr der Wölfe“, erschienen am 12. Februar 2026, von Lena Hoffmann?
[10:05] Karin Schulz: Ja, genau den!
[10:06] Felix: Hier ist der Text:

Die Rückkehr der Wölfe

In Bayern leben inzwischen wieder mindestens 14 Wolfsrudel. Das Landesamt für Umwelt zählte im vergangenen Jahr 42 gerissene Nutztiere.

Viele Almbauern fordern, Problemwölfe schneller abschießen zu dürfen.
""", dict(title="Die Rückkehr der Wölfe", authors=["Lena Hoffmann"], published="2026-02-12", source="Süddeutsche Zeitung")),
("target_chat_seconds_pt", "target: ServiceChats ([hh:mm:ss], por A)", """Atendimento ao assinante
Cliente: Marcos Lima
Atendente: Joana (Folha de S.Paulo)

[09:10:02] Marcos Lima: Bom dia, procuro uma reportagem sobre o temporal em São Paulo.
[09:10:40] Joana: Bom dia! É esta: “Temporal deixa 300 mil imóveis sem luz em São Paulo”, publicada em 3 de março de 2026, por Rui Almeida?
[09:11:05] Marcos Lima: Essa mesmo.
[09:11:30] Joana: Segue o texto:

Temporal deixa 300 mil imóveis sem luz em São Paulo

A forte chuva de segunda-feira derrubou árvores e deixou cerca de 300 mil imóveis sem energia elétrica na capital paulista.

A concessionária prevê restabelecer o serviço até quarta-feira.
""", dict(title="Temporal deixa 300 mil imóveis sem luz em São Paulo", authors=["Rui Almeida"], published="2026-03-03", source="Folha de S.Paulo")),
("target_wiki_ref_last1_en", "target: WikiPages (<ref>, last1/first1, newspaper=)", """Rents in Bristol outpace wages for a fifth year

Private rents in Bristol rose by 9 percent last year, more than twice as fast as local wages, according to figures from the Office for National Statistics.

The council said it would press the government for powers to cap rent rises.

<ref>{{cite news |last1=Hale |first1=Tom |title=Rents in Bristol outpace wages for a fifth year |newspaper=The Observer |date=1 March 2026 |access-date=5 March 2026}}</ref>
""", dict(title="Rents in Bristol outpace wages for a fifth year", authors=["Tom Hale"], published="2026-03-01", source="The Observer")),
("target_wiki_ref_cita_es", "target: WikiPages (<ref>, apellido/nombre, periódico=)", """La España vacía se llena de placas solares

Las grandes plantas fotovoltaicas se multiplican en Teruel, Soria y Cuenca, donde el suelo es barato y el sol abunda.

Algunos vecinos celebran los ingresos; otros temen por el paisaje y la agricultura.

<ref>{{cita noticia |apellido=Romero |nombre=Lucía |título=La España vacía se llena de placas solares |periódico=El País |fecha=2 de marzo de 2026 |fechaacceso=5 de marzo de 2026}}</ref>
""", dict(title="La España vacía se llena de placas solares", authors=["Lucía Romero"], published="2026-03-02", source="El País")),
("target_wiki_ref_article_fr", "target: WikiPages (<ref name=…>, nom1/prénom1, périodique=)", """Les abeilles sauvages reculent dans les campagnes françaises

Un tiers des espèces d'abeilles sauvages a vu ses populations diminuer depuis vingt ans, selon un inventaire du Muséum national d'histoire naturelle.

Les pesticides et la disparition des haies sont en cause.

<ref name="lm">{{Article |prénom1=Claire |nom1=Morel |titre=Les abeilles sauvages reculent dans les campagnes françaises |périodique=Le Monde |date=3 mars 2026 |lire en ligne=https://www.journal.example/planete/abeilles |consulté le=5 mars 2026}}</ref>
""", dict(title="Les abeilles sauvages reculent dans les campagnes françaises", authors=["Claire Morel"], published="2026-03-03", source="Le Monde")),
("target_bracket_signage_en", "target: BracketLabels (a playlist above the fields)", """Lobby display — Screen 2 — Playlist "Morning"
Slot 08:00–10:00, Mon–Fri

[Headline]  Rail strike called off after late-night pay deal
[Teaser]  Unions and operators agree a 4.5 percent rise
[Body]  Tuesday's national rail strike has been called off after unions and train operators reached a pay deal shortly before midnight. Services will run normally.
[Footer]  Reuters · 5 March 2026
""", dict(title="Rail strike called off after late-night pay deal", published="2026-03-05", source="Reuters")),
("target_bracket_de", "target: BracketLabels ([Titel], [Quelle])", """[Titel]  Hamburg bekommt einen zweiten Konzertsaal am Hafen
[Text]  Der Senat hat am Mittwoch den Bau eines zweiten Konzertsaals in der Hafencity beschlossen. Er soll 2031 eröffnen und 1.200 Plätze haben.
[Quelle]  dpa, 4. März 2026
[QR Code]  https://www.zeitung.example/hamburg/konzertsaal
""", dict(title="Hamburg bekommt einen zweiten Konzertsaal am Hafen", published="2026-03-04", source="dpa")),
("target_bracket_pt", "target: BracketLabels ([Título], [Fonte])", """[Título]  Porto inaugura a nova ponte sobre o Douro
[Resumo]  A travessia liga Campanhã a Oliveira do Douro
[Texto]  A nova ponte rodoviária entre o Porto e Gaia abriu ao trânsito esta terça-feira, depois de três anos de obras. Deverá aliviar a Ponte do Freixo.
[Fonte]  Lusa · 3 de março de 2026
""", dict(title="Porto inaugura a nova ponte sobre o Douro", published="2026-03-03", source="Lusa")),
("target_archive_captured_en", "target: ArchiveRecords (---- Captured content ----)", """Northgate Records Archive
Record ID:     NRA-2026-03-000918
Captured:      2026-03-06 07:20 UTC
Retention:     10 years
Custodian:     Legal & Compliance

---- Captured content ----
Bank of England holds rates at 4.25%

By Rachel Ames

March 5, 2026

The Bank of England kept its main interest rate unchanged on Thursday, saying inflation was still too high to cut borrowing costs.

Seven of the nine members of the Monetary Policy Committee voted to hold.

---- Captured content ----
Reviewed by M. Grant on 2026-03-07
""", dict(title="Bank of England holds rates at 4.25%", authors=["Rachel Ames"], published="2026-03-05")),
("target_archive_reading_room_fr", "target: ArchiveRecords (reading room's Titre : the paper)", """Bibliothèque municipale de Lyon — Salle de presse
Titre :           Le Progrès
Cote :            JX 114/2026
Impression :      06/03/2026
==================================================

LA CROIX-ROUSSE DIT NON AU PARKING SOUTERRAIN

Les habitants du plateau ont voté massivement contre le projet de parking de 600 places lors de la consultation organisée par la mairie d'arrondissement.

Le maire de Lyon a promis de respecter le résultat.

Le projet devait coûter 35 millions d'euros.
""", dict(title="LA CROIX-ROUSSE DIT NON AU PARKING SOUTERRAIN", source="Le Progrès")),
("target_archive_hemeroteca_es", "target: ArchiveRecords (Título: the paper)", """Hemeroteca Municipal de Madrid
Signatura:      AH-2026/388
Título:         ABC
Reproducción:   06/03/2026
---------------------------------------------

El Prado abre una sala dedicada a Sorolla

Por Álvaro Gil

Madrid, 5 de marzo de 2026

El Museo del Prado inaugurará en abril una sala permanente con 30 obras de Joaquín Sorolla, muchas de ellas cedidas por la familia del pintor.

La sala ocupará el antiguo espacio de la librería.
""", dict(title="El Prado abre una sala dedicada a Sorolla", authors=["Álvaro Gil"], published="2026-03-05", source="ABC")),
("target_order_en", "target: ArchiveRecords.order", """Clipshop Archive Services — Order confirmation
Order no.:     CS-448812
Order date:    6 March 2026
Article:       «Ever Given freed after six days in the Suez Canal»
Published:     29 March 2021 in Lloyd's List (page 4)
Author:        Helen Marsh
Price:         £3.95
----------------------------------------------------

Ever Given freed after six days in the Suez Canal

The container ship Ever Given was refloated on Monday, six days after it ran aground and blocked one of the world's busiest trade routes.

More than 400 ships were waiting to pass through the canal.
""", dict(title="Ever Given freed after six days in the Suez Canal", authors=["Helen Marsh"], published="2021-03-29", source="Lloyd's List")),
("target_order_fr", "target: ArchiveRecords.order (« … », dans X (page N))", """Archives Presse Boutique — Confirmation de commande
N° de commande :   APB-20931
Date :             6 mars 2026
Article :          « Les loups s'installent dans le Jura »
Parution :         3 mars 2026 dans Le Monde (page 12)
Auteur :           Claire Morel
Montant :          4,50 €
--------------------------------------------------

Les loups s'installent dans le Jura

Au moins trois meutes vivent désormais dans le massif, selon l'Office français de la biodiversité.

Les éleveurs réclament des tirs de défense plus nombreux.
""", dict(title="Les loups s'installent dans le Jura", authors=["Claire Morel"], published="2026-03-03", source="Le Monde")),
("target_order_der_faz_de", "target: ArchiveRecords.order (in der X (Seite N))", """Pressearchiv-Shop – Ihre Bestellung
Bestellnummer:   PA-77310
Bestellt am:     6. März 2026
Artikel:         „Die Bahn bestellt 200 neue ICE“
Erschienen:      4. März 2026 in der FAZ (Seite 19)
Autor:           Jonas Keller
----------------------------------------------------

Die Bahn bestellt 200 neue ICE

Die Deutsche Bahn hat bei Siemens 200 neue Hochgeschwindigkeitszüge bestellt. Der Auftrag hat einen Wert von rund sechs Milliarden Euro.

Die ersten Züge sollen 2029 fahren.
""", dict(title="Die Bahn bestellt 200 neue ICE", authors=["Jonas Keller"], published="2026-03-04", source="FAZ")),
("target_folio_fr", "target: SpacedMastheads.folio (a column's bar under it)", """5  LE FIGARO  jeudi 5 mars 2026
|
Les agriculteurs bloquent à nouveau le périphérique

Par Jean Dupont

Plusieurs centaines de tracteurs ont convergé mercredi soir vers Paris. La circulation était très perturbée jeudi matin sur le périphérique.

Les syndicats agricoles réclament une baisse des charges et des contrôles moins nombreux.
""", dict(title="Les agriculteurs bloquent à nouveau le périphérique", authors=["Jean Dupont"], published="2026-03-05", source="LE FIGARO")),
("target_folio_es", "target: SpacedMastheads.folio", """12  EL PAÍS  jueves 5 de marzo de 2026

El Ebro se desborda a su paso por Zaragoza

Por Lucía Romero

Las intensas lluvias de los últimos días han provocado el desbordamiento del Ebro en varios barrios de Zaragoza. El Ayuntamiento ha cerrado los parques de la ribera.

La Confederación Hidrográfica prevé que el caudal baje el fin de semana.
""", dict(title="El Ebro se desborda a su paso por Zaragoza", authors=["Lucía Romero"], published="2026-03-05", source="EL PAÍS")),
("target_folio_de", "target: SpacedMastheads.folio (a long name, a weekday with a comma)", """24  FRANKFURTER ALLGEMEINE ZEITUNG  Donnerstag, 5. März 2026

Die Buchmesse zieht in neue Hallen

Von Anna Weber

Die Frankfurter Buchmesse wird von 2027 an in zwei neuen Hallen im Westen des Geländes stattfinden. Die Verlage hatten über zu enge Gänge geklagt.

Der Umzug kostet rund 40 Millionen Euro.
""", dict(title="Die Buchmesse zieht in neue Hallen", authors=["Anna Weber"], published="2026-03-05", source="FRANKFURTER ALLGEMEINE ZEITUNG")),
("target_folio_reversed_en", "target: SpacedMastheads.folio (the day first, the page last)", """Thursday, March 5, 2026  THE TIMES  7

Heathrow third runway wins final approval

By Sam Okafor

The government has given final approval to a third runway at Heathrow, ending a battle that has lasted more than two decades.

Campaigners said they would challenge the decision in the courts.
""", dict(title="Heathrow third runway wins final approval", authors=["Sam Okafor"], published="2026-03-05", source="THE TIMES")),
("target_source_foot_fr", "target: QuotedReferences.footnote (extraits)", """Document 2

Les jeunes et l'information

Les 18-24 ans s'informent désormais majoritairement sur les réseaux sociaux, loin devant la télévision. Mais ils se disent aussi plus méfiants à l'égard des contenus qu'ils y voient.

Beaucoup déclarent vérifier une information auprès d'un média traditionnel avant de la partager.

Source : Marie Dupont, « Les jeunes et l'information », Le Monde, 3 mars 2026 (extraits).
""", dict(title="Les jeunes et l'information", authors=["Marie Dupont"], published="2026-03-03", source="Le Monde")),
("target_source_foot_de", "target: QuotedReferences.footnote (Quelle:, gekürzt)", """Text B

Warum wir weniger lesen

Im Schnitt lesen die Deutschen nur noch 18 Minuten am Tag Bücher, Zeitungen oder Zeitschriften. Vor zehn Jahren waren es fast doppelt so viele.

Das Smartphone frisst die Zeit, die früher dem Lesen gehörte.

Quelle: Anna Weber, „Warum wir weniger lesen“, Die Zeit, 5. März 2026 (gekürzt)
""", dict(title="Warum wir weniger lesen", authors=["Anna Weber"], published="2026-03-05", source="Die Zeit")),
("target_source_foot_it", "target: QuotedReferences.footnote (Fonte:, adattato)", """Testo 1

Il ritorno dei treni notturni

Dopo anni di tagli, i treni notturni tornano a collegare l'Italia con il resto d'Europa. Da giugno partirà un nuovo collegamento tra Roma e Monaco di Baviera.

Le cuccette sono già quasi esaurite per l'estate.

Fonte: Giulia Ferri, «Il ritorno dei treni notturni», Corriere della Sera, 4 marzo 2026 (testo adattato)
""", dict(title="Il ritorno dei treni notturni", authors=["Giulia Ferri"], published="2026-03-04", source="Corriere della Sera")),
("target_credit_story_en", "target: OriginNotes (A story by A, published in X on DATE.)", """How a small town in Maine saved its newspaper

When the owners of the town's weekly said they would close it, readers formed a cooperative and bought it for one dollar.

Two years later the paper has 4,000 subscribers and three full-time reporters.

A story by Nora Blake, published in The Atlantic on March 3, 2026.
""", dict(title="How a small town in Maine saved its newspaper", authors=["Nora Blake"], published="2026-03-03", source="The Atlantic")),
("target_credit_artikel_de", "target: OriginNotes (Ein Artikel von A, erschienen in X am DATE.)", """Wie ein Dorf in der Eifel sein Freibad rettete

Als die Gemeinde das Freibad schließen wollte, gründeten die Bewohner einen Verein. Heute betreiben 200 Ehrenamtliche das Bad.

Im vergangenen Sommer kamen mehr Gäste als je zuvor.

Ein Artikel von Jonas Keller, erschienen in Die Zeit am 4. März 2026.
""", dict(title="Wie ein Dorf in der Eifel sein Freibad rettete", authors=["Jonas Keller"], published="2026-03-04", source="Die Zeit")),
("target_credit_artigo_pt", "target: OriginNotes (Um artigo de A, publicado no X em DATE.)", """A aldeia que voltou a ter escola

Depois de dez anos fechada, a escola primária de uma aldeia de Trás-os-Montes reabriu com nove alunos, todos filhos de famílias que se mudaram da cidade.

A autarquia pagou as obras e o transporte.

Um artigo de Ana Sousa, publicado no Observador em 4 de março de 2026.
""", dict(title="A aldeia que voltou a ter escola", authors=["Ana Sousa"], published="2026-03-04", source="Observador")),
]
