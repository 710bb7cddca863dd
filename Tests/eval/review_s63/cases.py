# Review of stop 57's reader rules (21a6e66..5231bee) on main's build: DeskStores (sfeed, JMAP, cbq, the HBase shell,
# mdb-export, Drafts, etcdctl), PastedRows, ClippingFacts' publishing sentence, parenthesised reference and trailing
# writers, parenthesised writers at the foot, introductions only above the text, LayoutReader.stackedFoot,
# trailingBracketedReference, the update stamp alone, KeyedHeads (a masthead without a publication's word beside its
# day and writers; a section's or town's key), namesPublication (hyphenated parts, new words), MailBodies' decoding
# budget, DeskFetches' prefixes, DeskDumps.article. Six desk languages, six articles none of review_s58's..s62's;
# look-alikes first in each rule, then targets.
import base64, json

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

ARTS = {
 "en": ("Belfast to restore Ormeau Park's Victorian bandstand", "By Ciara Doherty", "2026-03-18", "18 March 2026", [
    "Belfast City Council has approved a £1.4m plan to restore the Victorian bandstand in Ormeau Park, which has stood fenced off since a storm damaged its roof in 2023.",
    "The work, due to start in May, will replace the cast-iron columns and the slate roof and add ramps so that the stage can be reached by wheelchair users for the first time.",
    "Residents of the Ormeau Road, who collected more than four thousand signatures for the repair, hope to see brass bands playing again by the end of the summer."]),
 "fr": ("Strasbourg ouvre une voie express vélo vers Illkirch", "Par Claire Muller", "2026-03-17", "17 mars 2026", [
    "L'Eurométropole de Strasbourg a inauguré mardi le premier tronçon de la voie express vélo qui reliera la gare centrale à Illkirch-Graffenstaden, un axe de neuf kilomètres séparé de la circulation automobile.",
    "Le chantier, estimé à 14 millions d'euros, doit s'achever en 2027 avec la construction d'une passerelle au-dessus du canal du Rhône au Rhin, près du quartier de la Meinau.",
    "Les associations de cyclistes saluent un itinéraire attendu depuis dix ans, mais les commerçants de la route de Lyon redoutent la disparition d'une partie des places de livraison."]),
 "de": ("Münster erweitert die Radstation am Hauptbahnhof", "Von Jonas Hoffmann", "2026-03-18", "18. März 2026", [
    "Die Stadt Münster will die Radstation am Hauptbahnhof um 1.400 Stellplätze erweitern, das hat der Rat am Mittwochabend mit großer Mehrheit beschlossen.",
    "Der Neubau auf der Ostseite des Bahnhofs soll rund 9,5 Millionen Euro kosten und bis zum Herbst 2028 fertig sein, den größten Teil tragen Bund und Land.",
    "Schon heute ist die bestehende Station mit ihren 3.300 Plätzen an Werktagen oft bis zum Mittag voll, viele Pendler stellen ihre Räder deshalb auf den Gehwegen ab."]),
 "es": ("Bilbao tendrá una nueva pasarela hacia Zorrotzaurre", "Por Laura Martínez", "2026-03-18", "18 de marzo de 2026", [
    "El Ayuntamiento de Bilbao construirá una nueva pasarela peatonal y ciclista entre Deusto y la isla de Zorrotzaurre, según anunció este miércoles el alcalde tras la junta de gobierno.",
    "La obra, con un presupuesto de 8,2 millones de euros, comenzará en otoño y tendrá una longitud de 76 metros, con un tramo móvil para permitir el paso de las embarcaciones por el canal.",
    "Los vecinos de la isla, que hasta ahora solo cuentan con dos puentes para salir del barrio, reclamaban desde hace años una conexión directa con la estación de metro de Deusto."]),
 "it": ("Napoli, la funicolare di Chiaia riapre dopo otto mesi", "di Francesca Esposito", "2026-03-18", "18 marzo 2026", [
    "La funicolare di Chiaia tornerà in servizio sabato, dopo otto mesi di chiusura per la sostituzione delle funi e il rifacimento delle cabine, ha annunciato mercoledì l'Azienda napoletana mobilità.",
    "I lavori, costati 6 milioni di euro finanziati in gran parte dal Comune, hanno riguardato anche le stazioni di piazza Amedeo e del Parco Margherita, ora dotate di ascensori.",
    "Durante la chiusura migliaia di residenti del Vomero hanno dovuto usare le altre due funicolari o gli autobus sostitutivi, spesso in ritardo nelle ore di punta."]),
 "pt": ("Lisboa vai reabrir o Elevador da Bica em maio", "Por Rita Carvalho", "2026-03-18", "18 de março de 2026", [
    "O Elevador da Bica, parado desde setembro para obras de manutenção, vai voltar a funcionar em maio, anunciou esta quarta-feira a Carris, depois de concluída a inspeção aos carris e aos travões.",
    "A reparação custou cerca de 1,8 milhões de euros e incluiu a substituição dos cabos de tração e a instalação de um novo sistema de travagem de emergência nas duas cabinas.",
    "Os comerciantes da Rua da Bica de Duarte Belo queixam-se de ter perdido metade dos clientes durante a paragem, sobretudo os turistas que sobem a colina a partir do Cais do Sodré."]),
}
NAMES = {"en": "Ciara Doherty", "fr": "Claire Muller", "de": "Jonas Hoffmann", "es": "Laura Martínez", "it": "Francesca Esposito", "pt": "Rita Carvalho"}

def T(lang): return ARTS[lang][0]
def body(lang, n=3): return "\n\n".join(ARTS[lang][4][:n])
def joined(lang): return " ".join(ARTS[lang][4])

def art(lang, title=None, head=(), under=None, foot=(), drop_by=False, drop_day=False):
    t, by, iso, day, paras = ARTS[lang]
    lines = list(head) + [title or t] + ([] if drop_by else [by]) + ([] if drop_day else [day]) + list(under or [])
    return "\n".join(lines) + "\n\n" + "\n\n".join(list(paras) + list(foot)) + "\n"

def exp(lang, **over):
    t, by, iso, day, paras = ARTS[lang]
    e = dict(title=t, authors=[NAMES[lang]], published=iso)
    e.update(over)
    return e

NONE = dict(title=None)

def js(value, indent=2):
    return json.dumps(value, ensure_ascii=False, indent=indent)

# ======================= DeskStores =======================
def feed_line(time, title, link, content, ctype, author, category):
    esc = content.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return "\t".join([time, title, link, esc, ctype, link, author, "", category])

case("lookalike_sfeed_planning_en", "DeskStores.sfeed (an item of the council's planning-applications feed: a notice, no article)",
     "$ grep -F 'LA04/2026/0412/F' ~/.sfeed/feeds/belfast-planning\n"
     + feed_line("1772449200", "LA04/2026/0412/F - Restoration of bandstand, Ormeau Park", "https://planningregister.example/LA04-2026-0412-F",
                 "Proposal: Restoration of existing bandstand including replacement of cast-iron columns, new slate roof and access ramps.\nLocation: Ormeau Park, Ormeau Road, Belfast BT7.\nApplicant: Belfast City Council.\nStatus: Pending consideration.\nDate received: 02/03/2026. Neighbour notification expires 23/03/2026.",
                 "plain", "Planning Service", "Applications") + "\n",
     NONE)
case("target_sfeed_awk_pt", "DeskStores.sfeed (awk picking one item by its title from the feed file `Público`; HTML content)",
     "$ awk -F'\\t' '$2 ~ /Elevador da Bica/' ~/.sfeed/feeds/Público\n"
     + feed_line("1773826200", T("pt"), "https://www.publico.example/2026/03/18/local/noticia/lisboa-reabrir-elevador-bica-maio-2112233",
                 "".join("<p>" + p + "</p>" for p in ARTS["pt"][4]), "html", "Rita Carvalho", "Local") + "\n",
     exp("pt", source="Público"))

def jmap(subject, sender, addr, body_text):
    email = {"id": "M8c21", "threadId": "T51aa", "receivedAt": "2026-03-18T09:40:12Z", "sentAt": "2026-03-18T09:40:09+00:00",
             "from": [{"name": sender, "email": addr}], "to": [{"name": None, "email": "mesa@desk.example"}],
             "subject": subject, "textBody": [{"partId": "1", "type": "text/plain"}],
             "bodyValues": {"1": {"value": body_text, "isEncodingProblem": False, "isTruncated": False}}}
    resp = {"methodResponses": [["Email/get", {"accountId": "u7", "state": "4410", "list": [email], "notFound": []}, "0"]], "sessionState": "9c1e"}
    return "$ curl -s -u desk -d @get.json https://jmap.desk.example/api/ | jq .\n" + js(resp) + "\n"

case("lookalike_jmap_confirm_en", "DeskStores JMAP (a newsletter's subscription confirmation, its subject repeated over prose: no article)",
     jmap("Confirm your subscription to The Irish News Morning Briefing", "The Irish News", "newsletters@irishnews.example",
          "Confirm your subscription to The Irish News Morning Briefing\n\nThank you for signing up to our morning newsletter. Before we can send it to you, we need to check that this address belongs to you and that you really asked for it. Please click the button below within the next 48 hours to confirm your subscription. If you did not sign up, you can safely ignore this email and you will not hear from us again.\n\nYou can change your preferences or unsubscribe at any time from the link at the bottom of every issue.\n"),
     NONE)
case("target_jmap_forward_de", "DeskStores JMAP (a German forward: `Weitergeleitete Nachricht`, `Von:`, `Datum:`, `Betreff:`, `An:`)",
     jmap("WG: " + T("de"), "Ingrid Brandt", "i.brandt@stadt.example",
          "Für den Pressespiegel morgen.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Westfälische Nachrichten <newsletter@wn.example>\nDatum: Mi., 18. März 2026 um 06:30\nBetreff: " + T("de") + "\nAn: <presse@stadt.example>\n\n"
          + T("de") + "\nWestfälische Nachrichten, 18. März 2026\nVon Jonas Hoffmann\n\n" + body("de") + "\n"),
     exp("de", source="Westfälische Nachrichten"))
case("target_jmap_reply_it", "DeskStores JMAP (Italian reply-forward subject `R: I: …`, the article pasted under its headline, no forward mark)",
     jmap("R: I: " + T("it"), "Paolo Ferri", "p.ferri@redazione.example",
          "Ecco il pezzo che cercavi.\n\n" + T("it") + "\nIl Mattino, 18 marzo 2026\ndi Francesca Esposito\n\n" + body("it") + "\n"),
     exp("it", source="Il Mattino"))

def cbq(query, results):
    resp = {"requestID": "0f3c9a1e-77d2-4b8e-a1c5-5e2d9b7f4c10", "signature": {"*": "*"}, "results": results, "status": "success",
            "metrics": {"elapsedTime": "5.1ms", "executionTime": "4.8ms", "resultCount": len(results), "resultSize": 1024}}
    return "\n".join(["$ cbq -e couchbase://db.mesa.example -u hemeroteca", "Enter Password: ",
                      " Connected to : http://db.mesa.example:8091/. Type Ctrl-D or \\QUIT to exit.", "", "cbq> " + query, js(resp), "cbq> "]) + "\n"

case("lookalike_cbq_event_es", "DeskStores cbq (an agenda document: an event's title and description, no article)",
     cbq("SELECT * FROM mesa._default.agenda USE KEYS \"evento::311\";", [{"agenda": {
         "type": "evento", "title": "Visita guiada a las obras de Zorrotzaurre", "date": "2026-04-11", "place": "Deusto, embarcadero",
         "organizer": "Bilbao Ekintza",
         "description": "Recorrido a pie de dos horas por la isla con los técnicos municipales para conocer el avance de las obras y el trazado de la futura pasarela. Plazas limitadas, inscripción previa en la web municipal hasta el 8 de abril."}}]),
     NONE)
case("target_cbq_fr", "DeskStores cbq (`SELECT c.*`: the document unwrapped, French keys, the entry's moment and colleague beside it)",
     cbq("SELECT c.* FROM revue._default.coupures c WHERE META(c).id = \"coupure::412\";", [{
         "titre": T("fr"), "auteurs": ["Claire Muller"], "journal": "Dernières Nouvelles d'Alsace", "parution": "2026-03-17",
         "texte": body("fr"), "saisi_le": "2026-03-18T08:02:00Z", "saisi_par": "Ingrid"}]),
     exp("fr", source="Dernières Nouvelles d'Alsace"))

def hb(text):
    return "".join(c if 0x20 <= ord(c) < 0x7F else "".join("\\x%02X" % b for b in c.encode()) for c in text)

def hbase_get(prompt, cells, footer):
    lines = [prompt, "COLUMN".ljust(39) + "CELL"] + [" " + k.ljust(38) + "timestamp=1773826512000, value=" + hb(v) for k, v in cells] + footer
    return "\n".join(lines) + "\n"

case("lookalike_hbase_alert_en", "DeskStores HBase shell (a row of the desk's alerts table: a title and a body, no article)",
     hbase_get("hbase:004:0> get 'desk:alerts', 'ingest-20260318'", [
         ("info:body", "The ingest cluster will be down for scheduled maintenance on Thursday night between 23:00 and 01:00. Clippings sent during that window will be queued and processed when the service is back."),
         ("info:created_by", "Ops Team"), ("info:severity", "notice"), ("info:title", "Scheduled maintenance of the ingest cluster")],
         ["1 row(s)", "Took 0.0187 seconds"]),
     NONE)
case("target_hbase_es_old_prompt", "DeskStores HBase shell (HBase 1.x prompt `hbase(main):002:0>`, `1 row(s) in … seconds`, Spanish qualifiers, escaped bytes)",
     hbase_get("hbase(main):002:0> get 'hemeroteca:recortes', 'elcorreo-20260318-0412'", [
         ("m:autor", "Laura Martínez"), ("m:fecha", "2026-03-18"), ("m:guardado_por", "Maite Urrutia"), ("m:medio", "El Correo"),
         ("t:cuerpo", body("es")), ("t:titular", T("es"))],
         ["1 row(s) in 0.0380 seconds"]),
     exp("es", source="El Correo"))

case("lookalike_mdb_events_de", "DeskStores mdb-export (the press office's events table: a title and a description, no article)",
     "$ mdb-export presse.mdb Termine\nID,Titel,Datum,Ort,Beschreibung\n"
     "17,\"Baustellenführung Radstation\",03/25/26 00:00:00,\"Bahnhofstraße, Ostausgang\",\"Die Stadtwerke und das Amt für Mobilität zeigen interessierten Bürgerinnen und Bürgern die Baustelle der neuen Radstation. Treffpunkt ist der Ostausgang des Hauptbahnhofs, die Führung dauert etwa eine Stunde. Eine Anmeldung ist nicht erforderlich.\"\n",
     NONE)
case("target_mdb_de_semicolon", "DeskStores mdb-export (`-d ';' -D '%d.%m.%Y'`, German columns, an entry moment beside the day)",
     "$ mdb-export -d ';' -D '%d.%m.%Y' archiv.mdb Artikel\nNr;Zeitung;Titel;Autor;Datum;Erfasst;Text\n"
     "88;\"Westfälische Nachrichten\";\"" + T("de") + "\";\"Jonas Hoffmann\";18.03.2026;19.03.2026;\"" + body("de") + "\"\n",
     exp("de", source="Westfälische Nachrichten"))

def draft_print(cmd, uuid, content):
    return "$ " + cmd + "\n" + js({"uuid": uuid, "content": content, "flagged": False, "tags": ["revue"], "created_at": "2026-03-17T16:40:02Z",
                                   "modified_at": "2026-03-17T16:52:10Z", "accessed_at": "2026-03-18T07:30:00Z",
                                   "created_latitude": 48.58, "created_longitude": 7.75}) + "\n"

case("lookalike_drafts_notes_fr", "DeskStores Drafts (a reporter's notes of a phone call, in prose: no article)",
     draft_print("jq '.[] | select(.tags | index(\"revue\"))' DraftsExport.json", "7B2E41C9-0D3A-4F55-9E81-3C6A2B7D8E90",
                 "Appel avec Jean-Marc Weber (CADR67) – voie express vélo\n\nIl dit que l'association suit le projet depuis 2016 et qu'elle a demandé dès le départ une séparation complète avec les voitures. Inquiet pour la passerelle de la Meinau : retard probable d'un an selon lui. Rappeler la semaine prochaine pour les chiffres de fréquentation, et demander à l'Eurométropole le calendrier exact des travaux sur la route de Lyon. Voir aussi les commerçants avant jeudi."),
     NONE)
case("target_drafts_it", "DeskStores Drafts (`jq '.[3]'` of the export; a Markdown `# ` headline, the publication and day, `di …`)",
     draft_print("jq '.[3]' ~/Documents/DraftsExport.json", "E41A9C02-5B7D-4E36-8F10-2C9D7A6B3E54",
                 "# " + T("it") + "\n\nIl Mattino, 18 marzo 2026\ndi Francesca Esposito\n\n" + body("it")),
     exp("it", source="Il Mattino"))

case("lookalike_etcd_template_en", "DeskStores etcdctl (the newsletter template's keys: a title and a body with placeholders, no article)",
     "$ etcdctl get --prefix /desk/templates/briefing/\n/desk/templates/briefing/body\nGood morning {{first_name}}, here are the stories from Belfast and the north that our desk is following today. Each item links to the original article; reply to this email to suggest a story for tomorrow's edition.\n/desk/templates/briefing/sender\ndesk@irishnews.example\n/desk/templates/briefing/title\nMorning briefing for {{date}}\n",
     NONE)
def b64(s): return base64.b64encode(s.encode()).decode()
case("target_etcd_json_es", "DeskStores etcdctl (`--write-out=json` after the key, Spanish keys, `guardado_en` the desk's)",
     "$ etcdctl get /hemeroteca/recortes/412/ --prefix --write-out=json\n" + json.dumps({
         "header": {"cluster_id": 14841639068965178418, "member_id": 10276657743932975437, "revision": 5120, "raft_term": 4},
         "kvs": [{"key": b64("/hemeroteca/recortes/412/" + k), "create_revision": 5100 + i, "mod_revision": 5100 + i, "version": 1, "value": b64(v)}
                 for i, (k, v) in enumerate([("autor", "Laura Martínez"), ("cuerpo", body("es")), ("fecha", "2026-03-18"), ("guardado_en", "2026-03-18T10:05:00Z"),
                                             ("medio", "El Correo"), ("titular", T("es"))])], "count": 6}) + "\n",
     exp("es", source="El Correo"))

# ======================= PastedRows =======================
case("lookalike_row_section_de", "PastedRows (the desk sheet's section, day and page: `Lokales⇥18.03.2026⇥S. 13`, no publication)",
     "Lokales\t18.03.2026\tS. 13\n\n" + art("de", drop_day=True),
     exp("de", source=None))
case("lookalike_row_writer_first_en", "PastedRows (a sheet keyed writer, day, page: the first cell is the writer, not a publication)",
     "Ciara Doherty\t18/03/2026\tp. 9\n\n" + art("en", drop_by=True, drop_day=True),
     exp("en", source=None))
case("lookalike_row_figures_pt", "PastedRows (a table of figures pasted above the article: header and two rows)",
     "Ano\tPassageiros\tVariação\n2024\t3.412.000\t+2,1%\n2025\t3.118.000\t-8,6%\n\n" + art("pt"),
     exp("pt", source=None))
case("lookalike_row_primo_piano_it", "PastedRows (`Primo piano⇥18/03/2026⇥p. 2`: the page's section, no publication)",
     "Primo piano\t18/03/2026\tp. 2\n\n" + art("it", drop_day=True),
     exp("it", source=None))
case("target_row_fr", "PastedRows (`DNA⇥17/03/2026⇥Muller, Claire⇥p. 23`)",
     "DNA\t17/03/2026\tMuller, Claire\tp. 23\n\n" + art("fr", drop_by=True, drop_day=True),
     exp("fr", source="DNA"))
case("target_row_es_two", "PastedRows (two writers surname first apart by `;`, `pág. 6`)",
     "El Correo\tMartínez, Laura; Ruiz, Pablo\t18/03/2026\tpág. 6\n\n" + art("es", drop_by=True, drop_day=True),
     exp("es", authors=["Laura Martínez", "Pablo Ruiz"], source="El Correo"))
case("target_row_de_no_day", "PastedRows (`Westfälische Nachrichten⇥Seite 13⇥Hoffmann, Jonas`: no day, the head's day stands)",
     "Westfälische Nachrichten\tSeite 13\tHoffmann, Jonas\n\n" + art("de", drop_by=True),
     exp("de", source="Westfälische Nachrichten"))

# ======================= ArticleIntros.publishingSentence (ClippingFacts.plainFacts) =======================
case("lookalike_pubsentence_category_de", "publishingSentence (a WordPress footer: `Veröffentlicht am … in Allgemein`, the blog's category)",
     art("de", foot=["Veröffentlicht am 18. März 2026 in Allgemein"]),
     exp("de", source=None))
case("lookalike_pubsentence_category_fr", "publishingSentence (`Publié le … dans Non classé`: WordPress's default category)",
     art("fr", foot=["Publié le 17 mars 2026 dans Non classé"]),
     exp("fr", source=None))
case("lookalike_pubsentence_region_es", "publishingSentence (`Publicado el … en Bizkaia`: the site's regional section, under the headline)",
     T("es") + "\nPublicado el 18 de marzo de 2026 en Bizkaia\nPor Laura Martínez\n\n" + body("es") + "\n",
     exp("es", source=None))
case("lookalike_pubsentence_category_it", "publishingSentence (`Pubblicato il … in Senza categoria`)",
     art("it", foot=["Pubblicato il 18 marzo 2026 in Senza categoria"]),
     exp("it", source=None))
case("lookalike_pubsentence_town_pt", "publishingSentence (`Publicado em … em Lisboa`: a town, under the headline)",
     T("pt") + "\nPublicado em 18 de março de 2026 em Lisboa\nPor Rita Carvalho\n\n" + body("pt") + "\n",
     exp("pt", source=None))
case("target_pubsentence_es_weekday", "publishingSentence (`Publicado el miércoles, 18 de marzo de 2026, en El Correo` at the foot)",
     art("es", drop_day=True, foot=["Publicado el miércoles, 18 de marzo de 2026, en El Correo"]),
     exp("es", source="El Correo"))
case("target_pubsentence_it_su", "publishingSentence (`Pubblicato il … su Il Mattino` under the byline)",
     T("it") + "\ndi Francesca Esposito\nPubblicato il 18 marzo 2026 su Il Mattino\n\n" + body("it") + "\n",
     exp("it", source="Il Mattino"))
case("target_pubsentence_de_den", "publishingSentence (`Erschienen am … in den Westfälischen Nachrichten`: the dative plural article)",
     art("de", drop_day=True, foot=["Erschienen am 18. März 2026 in den Westfälischen Nachrichten"]),
     exp("de", source="Westfälische Nachrichten"))
case("target_pubsentence_fr_les", "publishingSentence (`Publié le mardi … dans les Dernières Nouvelles d'Alsace`: lowercase `les`)",
     art("fr", drop_day=True, foot=["Publié le mardi 17 mars 2026 dans les Dernières Nouvelles d'Alsace"]),
     exp("fr", source="Dernières Nouvelles d'Alsace"))

# ======================= ClippingFacts.plainFacts: a parenthesised reference alone =======================
case("lookalike_parenref_release_de", "parenthesised reference (`(Pressemitteilung, 18.03.2026)` under the headline: a press release)",
     T("de") + "\n(Pressemitteilung, 18.03.2026)\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=[], published="2026-03-18", source=None))
case("lookalike_parenref_comunicato_it", "parenthesised reference (`(Comunicato stampa, 18 marzo 2026)` under the headline)",
     T("it") + "\n(Comunicato stampa, 18 marzo 2026)\n\n" + body("it") + "\n",
     dict(title=T("it"), authors=[], published="2026-03-18", source=None))
case("lookalike_parenref_file_photo_en", "parenthesised reference (a caption's `(File photo, 12 June 2022)` at the foot)",
     art("en", foot=["The bandstand before the storm, photographed from the Ormeau Road.", "(File photo, 12 June 2022)"]),
     exp("en", source=None))
case("target_parenref_es_head", "parenthesised reference (`(El Correo, 18 de marzo de 2026)` under the headline, byline under it)",
     T("es") + "\n(El Correo, 18 de marzo de 2026)\nPor Laura Martínez\n\n" + body("es") + "\n",
     exp("es", source="El Correo"))
case("target_parenref_pt_foot", "parenthesised reference (`(Público, 18/03/2026)` at the foot)",
     art("pt", drop_day=True, foot=["(Público, 18/03/2026)"]),
     exp("pt", source="Público"))

# ======================= ClippingFacts.plainFacts: a reference line closing with its writers =======================
case("lookalike_trailwriters_related_fr", "trailingWriters (a related article's reference under `À lire aussi`, its own writer)",
     art("fr", drop_by=True, foot=["À lire aussi\nPistes cyclables : la carte des chantiers, Rue89 Strasbourg, 12 mars 2026, article de Thomas Keller"]),
     dict(title=T("fr"), authors=[], published="2026-03-17", source=None))
case("lookalike_trailwriters_siehe_de", "trailingWriters (`Siehe auch: …, WN, 04.02.2026, S. 15, Artikel von Lukas Weber.`: an earlier article)",
     art("de", drop_by=True, foot=["Siehe auch: Fahrradparkhaus am Bremer Platz wird saniert, WN, 04.02.2026, S. 15, Artikel von Lukas Weber."]),
     dict(title=T("de"), authors=[], published="2026-03-18"))
case("target_trailwriters_es", "trailingWriters (`Fuente: El Correo, 18/03/2026, pág. 6, artículo de Laura Martínez.`)",
     art("es", drop_by=True, drop_day=True, foot=["Fuente: El Correo, 18/03/2026, pág. 6, artículo de Laura Martínez."]),
     exp("es", source="El Correo"))
case("target_trailwriters_it_two", "trailingWriters (`Fonte: Il Mattino, 18/03/2026, p. 21, articolo di A e B`)",
     art("it", drop_by=True, drop_day=True, foot=["Fonte: Il Mattino, 18/03/2026, p. 21, articolo di Francesca Esposito e Giulia Romano"]),
     exp("it", authors=["Francesca Esposito", "Giulia Romano"], source="Il Mattino"))

# ======================= ClippingFacts.flaggedFacts: parenthesised writers at the foot =======================
case("lookalike_parenwriter_photographer_fr", "parenthesised writers (a photo caption, then its photographer in parentheses)",
     art("fr", drop_by=True, foot=["Les premiers cyclistes sur la voie express, mardi matin, à hauteur de la Meinau.", "(Thierry Gachon)"]),
     exp("fr", authors=[]))
case("lookalike_parenwriter_quoted_de", "parenthesised writers (a pull quote, then the quoted commuter and her role in parentheses)",
     art("de", drop_by=True, foot=["ZITAT", "„Wer morgens um halb acht kommt, findet schon jetzt keinen Platz mehr.“", "(Sabine Kröger, Pendlerin)"]),
     exp("de", authors=[]))
case("lookalike_parenwriter_song_en", "parenthesised writers (a song of the week and its performer's stage name in parentheses)",
     art("en", drop_by=True, foot=["Song of the week on the Ormeau Road: \"Cyprus Avenue\"", "(Van Morrison)"]),
     exp("en", authors=[]))
case("target_parenwriter_es_two", "parenthesised writers (`(Laura Martínez y Pablo Ruiz)`)",
     art("es", drop_by=True, foot=["(Laura Martínez y Pablo Ruiz)"]),
     exp("es", authors=["Laura Martínez", "Pablo Ruiz"]))
case("target_parenwriter_pt", "parenthesised writers (`(Rita Carvalho)`)",
     art("pt", drop_by=True, foot=["(Rita Carvalho)"]),
     exp("pt"))

# ======================= ArticleIntros (only above the text; words naming no writer) =======================
case("lookalike_intro_foot_es", "ArticleIntros at the foot (an introduction naming another article, over its link)",
     art("es", foot=["Artículo de Pablo Ruiz publicado en Deia el 4 de marzo de 2026:", "https://www.deia.example/bizkaia/2026/03/04/zorrotzaurre-puentes"]),
     exp("es", source=None))
case("lookalike_intro_segnalato_it", "ArticleIntros (`Articolo segnalato da …`: the colleague who flagged it, not the writer)",
     "Articolo segnalato da Giulia Romano, uscito su Il Mattino il 18 marzo 2026:\n\n" + art("it", drop_by=True, drop_day=True),
     exp("it", authors=[], source="Il Mattino"))
case("target_intro_pt_opiniao", "ArticleIntros (`Artigo de opinião de A publicado no Público a …`)",
     "Artigo de opinião de Rita Carvalho publicado no Público a 18 de março de 2026:\n\n" + art("pt", drop_by=True, drop_day=True),
     exp("pt", source="Público"))
case("target_intro_de_veroeffentlicht", "ArticleIntros (`Beitrag von A, veröffentlicht in der Münsterland Zeitung am …`)",
     "Beitrag von Jonas Hoffmann, veröffentlicht in der Münsterland Zeitung am 18. März 2026:\n\n" + art("de", drop_by=True, drop_day=True),
     exp("de", source="Münsterland Zeitung"))
case("target_intro_fr_les", "ArticleIntros (`Article de A publié dans les DNA le …` : lowercase `les` before the name)",
     "Article de Claire Muller publié dans les DNA le 17 mars 2026 :\n\n" + art("fr", drop_by=True, drop_day=True),
     exp("fr", source="DNA"))
case("target_intro_it_sul", "ArticleIntros (`uscito sul Mattino`: the masthead's article merged into `sul`)",
     "Articolo di Francesca Esposito uscito sul Mattino il 18 marzo 2026:\n\n" + art("it", drop_by=True, drop_day=True),
     exp("it", source="Il Mattino"))

# ======================= LayoutReader.stackedFoot =======================
case("lookalike_stacked_signature_fr", "stackedFoot (an op-ed's signature block: name, role, day)",
     art("fr", drop_by=True, foot=["Claire Muller\nPrésidente de Vélo Strasbourg\n17 mars 2026"]),
     dict(title=T("fr"), authors=["Claire Muller"], published="2026-03-17", source=None))
case("lookalike_stacked_press_office_es", "stackedFoot (a press office's sign-off: officer, office, day)",
     art("es", drop_by=True, foot=["Pablo Ruiz\nGabinete de Prensa\n18/03/2026"]),
     dict(title=T("es"), published="2026-03-18", source=None))
case("lookalike_stacked_related_de", "stackedFoot (a related article's teaser and its day closing a web page)",
     art("de", foot=["Neue Fahrradstraße in Hiltrup\n12.03.2026"]),
     exp("de", source=None))
case("lookalike_stacked_photo_credit_en", "stackedFoot (a caption, then the photographer, the photo agency and the day it was taken)",
     art("en", foot=["The bandstand's cast-iron columns will be recast in a foundry in Co Antrim.", "Kevin Scott\nPacemaker Press\n17 March 2026"]),
     exp("en", source=None))
case("lookalike_stacked_related_it", "stackedFoot (a related article's headline and day at the foot)",
     art("it", foot=["Riapre la Funicolare Centrale\n12/03/2026"]),
     exp("it", source=None))
case("target_stacked_es_four", "stackedFoot (writer, publication, day, page)",
     art("es", drop_by=True, drop_day=True, foot=["Laura Martínez\nEl Correo\n18/03/2026\npág. 6"]),
     exp("es", source="El Correo"))
case("target_stacked_pt_order", "stackedFoot (publication, writer, long day)",
     art("pt", drop_by=True, drop_day=True, foot=["Público\nRita Carvalho\n18 de março de 2026"]),
     exp("pt", source="Público"))
case("target_stacked_it_two_page", "stackedFoot (two writers, publication, page; no day)",
     art("it", drop_by=True, drop_day=True, foot=["Francesca Esposito\nGiulia Romano\nIl Mattino\np. 21"]),
     exp("it", authors=["Francesca Esposito", "Giulia Romano"], published=None, source="Il Mattino"))

# ======================= LayoutReader.trailingBracketedReference =======================
case("lookalike_bracket_rectificacion_es", "trailingBracketedReference (`[Rectificación, 19/03/2026]`: a correction's tag)",
     art("es", title=T("es") + " [Rectificación, 19/03/2026]"),
     dict(published="2026-03-18", source=None))
case("lookalike_bracket_clarification_en", "trailingBracketedReference (`[Clarification, 19 March 2026]`)",
     art("en", title=T("en") + " [Clarification, 19 March 2026]"),
     dict(published="2026-03-18", source=None))
case("lookalike_bracket_video_de", "trailingBracketedReference (`[Video, 18.03.2026]`: a media tag)",
     art("de", title=T("de") + " [Video, 18.03.2026]"),
     dict(published="2026-03-18", source=None))
case("lookalike_bracket_esclarecimento_pt", "trailingBracketedReference (`[Esclarecimento, 19/03/2026]`)",
     art("pt", title=T("pt") + " [Esclarecimento, 19/03/2026]"),
     dict(published="2026-03-18", source=None))
case("target_bracket_it_page", "trailingBracketedReference (`[Il Mattino, 18/03/2026, p. 21]`)",
     art("it", title=T("it") + " [Il Mattino, 18/03/2026, p. 21]", drop_day=True),
     exp("it", source="Il Mattino"))
case("target_bracket_fr_acronym", "trailingBracketedReference (`[DNA, 17/03/2026]`)",
     art("fr", title=T("fr") + " [DNA, 17/03/2026]", drop_day=True),
     exp("fr", source="DNA"))
case("target_bracket_en_dot", "trailingBracketedReference (`[The Irish News · 18 March 2026]`)",
     art("en", title=T("en") + " [The Irish News · 18 March 2026]", drop_day=True),
     exp("en", source="The Irish News"))
case("target_bracket_de_long_day", "trailingBracketedReference (`[Westfälische Nachrichten, 18. März 2026, S. 13]`)",
     art("de", title=T("de") + " [Westfälische Nachrichten, 18. März 2026, S. 13]", drop_day=True),
     exp("de", source="Westfälische Nachrichten"))

# ======================= An update stamp alone =======================
case("lookalike_update_stand_de", "update stamp (`Stand: 18.03.2026, 07:12 Uhr`: a news site's only day, the version cited)",
     T("de") + "\nStand: 18.03.2026, 07:12 Uhr\nVon Jonas Hoffmann\n\n" + body("de") + "\n",
     exp("de"))
case("lookalike_update_first_published_en", "update stamp (`Updated … (first published …)`: the publication's day on the same line)",
     T("en") + "\nBy Ciara Doherty\nUpdated 19 March 2026 (first published 18 March 2026)\n\n" + body("en") + "\n",
     exp("en"))
case("lookalike_update_both_it", "update stamp (`Aggiornato il … – Pubblicato il …`)",
     T("it") + "\ndi Francesca Esposito\nAggiornato il 19/03/2026 – Pubblicato il 18/03/2026\n\n" + body("it") + "\n",
     exp("it"))
case("target_update_fr_foot", "update stamp (`Mis à jour le 19 mars 2026 à 11h02` at the foot, no other day)",
     art("fr", drop_day=True, foot=["Mis à jour le 19 mars 2026 à 11h02"]),
     exp("fr", published=None))
case("target_update_es_head", "update stamp (`Actualizado: 20/03/2026 09:15` under the byline, no other day)",
     T("es") + "\nPor Laura Martínez\nActualizado: 20/03/2026 09:15\n\n" + body("es") + "\n",
     exp("es", published=None))

# ======================= KeyedHeads (keyedSubject) =======================
case("lookalike_keyed_town_en", "keyedSubject (`BELFAST 18/03/2026 – writer – headline`: a town's dateline keyed with day and writer)",
     "BELFAST 18/03/2026 – Ciara Doherty – " + T("en") + "\n\n" + body("en") + "\n",
     exp("en", source=None))
case("lookalike_keyed_town_it", "keyedSubject (`NAPOLI 18/03/2026 – writer – headline`)",
     "NAPOLI 18/03/2026 – Francesca Esposito – " + T("it") + "\n\n" + body("it") + "\n",
     exp("it", source=None))
case("lookalike_keyed_newsletter_en", "keyedSubject (`MORNING BRIEFING 18/03/2026 – compiler – headline`: a newsletter's subject line)",
     "MORNING BRIEFING 18/03/2026 – Ciara Doherty – " + T("en") + "\n\n" + body("en") + "\n",
     dict(title=T("en"), source=None))
case("lookalike_keyed_boletin_es", "keyedSubject (`BOLETÍN MUNICIPAL 18/03/2026 – editor – headline`: a council bulletin's subject)",
     "BOLETÍN MUNICIPAL 18/03/2026 – Laura Martínez – " + T("es") + "\n\n" + body("es") + "\n",
     dict(title=T("es"), source=None))
case("target_keyed_it_mattino", "keyedSubject (`IL MATTINO 18/03/2026 – writer – headline`: no publication's word)",
     "IL MATTINO 18/03/2026 – Francesca Esposito – " + T("it") + "\n\n" + body("it") + "\n",
     exp("it", source="IL MATTINO"))
case("target_keyed_es_two", "keyedSubject (`EL CORREO 18/03/2026 – A, B – headline`)",
     "EL CORREO 18/03/2026 – Laura Martínez, Pablo Ruiz – " + T("es") + "\n\n" + body("es") + "\n",
     exp("es", authors=["Laura Martínez", "Pablo Ruiz"], source="EL CORREO"))
case("target_keyed_de_town_key", "keyedSubject (`WESTFÄLISCHE NACHRICHTEN 18.03.2026 – Münster – headline`: the town's key dropped)",
     "WESTFÄLISCHE NACHRICHTEN 18.03.2026 – Münster – " + T("de") + "\n\n" + body("de") + "\n",
     exp("de", authors=[], source="WESTFÄLISCHE NACHRICHTEN"))
case("target_keyed_fr_acronym_town", "keyedSubject (`DNA 17/03/2026 – Strasbourg – headline`: an acronym masthead, a town's key)",
     "DNA 17/03/2026 – Strasbourg – " + T("fr") + "\n\n" + body("fr") + "\n",
     exp("fr", authors=[], source="DNA"))

# ======================= namesPublication (closingPublication, keyedSubject) =======================
case("lookalike_names_dispatch_en", "namesPublication via closingPublication (`— Weekend Dispatch`: a newsletter's section)",
     "Ormeau bandstand to ring with brass bands again — Weekend Dispatch\nBy Ciara Doherty\n18 March 2026\n\n" + body("en") + "\n",
     dict(source=None, authors=["Ciara Doherty"], published="2026-03-18"))
case("lookalike_names_leser_echo_de", "namesPublication via closingPublication (`— Leser-Echo`: the letters column, hyphenated)",
     "Radstation: Endlich mehr Platz — Leser-Echo\nSabine Kröger, Hiltrup\n18. März 2026\n\n" + body("de", 2) + "\n",
     dict(source=None, published="2026-03-18"))
case("target_names_volkszeitung_de", "namesPublication via closingPublication (`— Emsdettener Volkszeitung`: the word inside a compound)",
     T("de") + " — Emsdettener Volkszeitung\nVon Jonas Hoffmann\n18. März 2026\n\n" + body("de") + "\n",
     exp("de", source="Emsdettener Volkszeitung"))
case("target_names_echo_keyed_en", "namesPublication via keyedSubject (`IRISH ECHO – headline`, byline and day under it)",
     "IRISH ECHO – " + T("en") + "\nBy Ciara Doherty\n18 March 2026\n\n" + body("en") + "\n",
     exp("en", source="IRISH ECHO"))
case("target_names_mattino_it", "namesPublication via closingPublication (`— Il Mattino`)",
     T("it") + " — Il Mattino\ndi Francesca Esposito\n18 marzo 2026\n\n" + body("it") + "\n",
     exp("it", source="Il Mattino"))

# ======================= DeskFetches (himalaya prefixes) / MailBodies (decoding budget) =======================
case("target_himalaya_res_enc_pt", "DeskFetches.himalaya (`Res: Enc: …` subject, the article pasted under it)",
     "$ himalaya message read 4127\nFrom: Joana Pires <joana.pires@redacao.example>\nTo: revista@redacao.example\nSubject: Res: Enc: " + T("pt")
     + "\nDate: Wed, 18 Mar 2026 10:12:00 +0000\n\nSegue o artigo, como pediste.\n\n" + T("pt") + "\nPúblico, 18 de março de 2026\nPor Rita Carvalho\n\n" + body("pt") + "\n",
     exp("pt", source="Público"))
_xline = " ".join(["=?UTF-8?Q?Pressespiegel_M=C3=BCnster_Verkehr?="] * 160)
case("target_mail_budget_de", "MailBodies (ten long encoded `X-` header lines before the encoded subject)",
     "Return-Path: <newsletter@wn.example>\n" + "".join("X-Archiv-Stichwort-%d: %s\n" % (i, _xline) for i in range(10))
     + "From: =?UTF-8?Q?Westf=C3=A4lische_Nachrichten?= <newsletter@wn.example>\nTo: presse@stadt.example\n"
     + "Subject: =?UTF-8?Q?M=C3=BCnster_erweitert_die_Radstation_am_Hauptbahnhof?=\nDate: Wed, 18 Mar 2026 06:30:00 +0100\n"
     + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nVon Jonas Hoffmann\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=["Jonas Hoffmann"]))

# ======================= DeskDumps (article(), values(), wordPress, restic, Discourse) =======================
def flatten(cmd, rows):
    w = max(len(k) for k, _ in rows) + 2
    return "$ " + cmd + "\n" + "\n".join(k.ljust(w) + v for k, v in rows) + "\n"
def line_mode(cmd, rows):
    w = max(len(k) for k, _ in rows)
    return "$ " + cmd + "\n" + "\n".join(k.rjust(w) + " = " + v for k, v in rows) + "\n"

case("lookalike_qsv_job_de", "DeskDumps.article (qsv flatten of a job advert: title, company, a description of prose)",
     flatten("qsv slice -i 2 stellen.csv | qsv flatten", [("id", "2"), ("title", "Redakteur (m/w/d) für die Lokalredaktion Münster"), ("company", "Aschendorff Medien"),
        ("location", "Münster"), ("description", "Wir suchen zum 1. Juni eine Redakteurin oder einen Redakteur für unsere Lokalredaktion in Münster. Sie recherchieren eigene Themen aus Stadtpolitik, Verkehr und Kultur, schreiben für Print und online und arbeiten eng mit Fotografen und der Social-Media-Redaktion zusammen. Wir bieten eine unbefristete Stelle in Vollzeit, Bezahlung nach Tarif und ein engagiertes Team. Bewerbungen bitte bis zum 15. April über unser Karriereportal."),
        ("posted", "2026-03-18")]),
     NONE)
case("lookalike_sqlite_book_fr", "DeskDumps.article (sqlite3 -line of a library's book row: title, author, blurb)",
     line_mode("sqlite3 -line bibliotheque.db \"SELECT * FROM livres WHERE id = 88\"", [("id", "88"), ("titre", "Strasbourg à vélo : trente balades dans l'Eurométropole"), ("auteur", "Claire Muller"),
        ("editeur", "La Nuée Bleue"), ("annee", "2026"), ("isbn", "978-2-7165-0931-4"),
        ("description", "Des berges de l'Ill aux forêts rhénanes, trente itinéraires à parcourir en famille ou entre amis, avec pour chacun une carte détaillée, la durée, le dénivelé et les adresses où faire une pause. L'autrice, cycliste quotidienne depuis vingt ans, raconte aussi l'histoire des pistes de l'agglomération et donne ses conseils pour rouler en sécurité en ville, même en hiver.")]),
     NONE)
case("lookalike_gron_event_en", "DeskDumps.article (gron of an event's JSON: title, date, organiser, description of prose)",
     "$ curl -s https://events.belfastcity.example/api/events/5521 | gron\njson = {};\njson.date = \"2026-08-23\";\n"
     "json.description = \"Brass bands from across Belfast return to the restored bandstand for an afternoon of free music. Bring a picnic: the lawn in front of the stage will be open from noon, with food stalls by the park gates and a children's corner run by the library. The concert ends at six with a joint performance of all four bands, and the park stays open until nine.\";\n"
     "json.organiser = \"Belfast City Council\";\njson.title = \"Brass bands return to Ormeau Park\";\njson.venue = \"Ormeau Park bandstand\";\n",
     NONE)
case("lookalike_wp_post_list_es", "DeskDumps.wordPress (`wp post list`: a table of titles, no post)",
     "$ wp post list --post_type=post --posts_per_page=3\n"
     "+-----+-----------------------------------------------------+-------------------------------------------+---------------------+-------------+\n"
     "| ID  | post_title                                          | post_name                                 | post_date           | post_status |\n"
     "+-----+-----------------------------------------------------+-------------------------------------------+---------------------+-------------+\n"
     "| 915 | Bilbao tendrá una nueva pasarela hacia Zorrotzaurre | bilbao-nueva-pasarela-zorrotzaurre        | 2026-03-18 10:02:11 | publish     |\n"
     "| 912 | El metro de Deusto amplía su horario nocturno       | metro-deusto-horario-nocturno             | 2026-03-16 08:40:00 | publish     |\n"
     "| 909 | Zorrotzaurre, diez años después                     | zorrotzaurre-diez-anos-despues            | 2026-03-12 19:15:42 | publish     |\n"
     "+-----+-----------------------------------------------------+-------------------------------------------+---------------------+-------------+\n",
     NONE)
case("target_recsel_repeated_authors_es", "DeskDumps.values (recsel: `Autor` repeated, one name twice; the next prompt under the record)",
     "$ recsel -t Recorte -e \"Titular ~ 'Zorrotzaurre'\" hemeroteca.rec\nTitular: " + T("es") + "\nAutor: Laura Martínez\nAutor: Pablo Ruiz\nAutor: Laura Martínez\nMedio: El Correo\nFecha: 2026-03-18\nTexto: "
     + ARTS["es"][4][0] + "\n+ \n+ " + ARTS["es"][4][1] + "\n+ \n+ " + ARTS["es"][4][2] + "\nmaite@mesa:~$ \n",
     exp("es", authors=["Laura Martínez", "Pablo Ruiz"], source="El Correo"))
case("target_restic_second_dump_fr", "DeskDumps.restic (a short note dumped first, then the clipping)",
     "$ restic -r /srv/sauvegarde dump latest /home/revue/notes/a-faire.txt\nAppeler la CTS pour les chiffres de fréquentation.\n"
     "$ restic -r /srv/sauvegarde dump latest /home/revue/2026/03/voie-express-velo.txt\n" + T("fr") + "\nDNA, 17 mars 2026\nPar Claire Muller\n\n" + body("fr") + "\n",
     exp("fr", source="DNA"))
case("target_discourse_topic_pt", "DeskDumps.discourse (a topic's JSON, `post_stream.posts`: the first post quoting the article in Markdown)",
     "$ curl -s https://forum.lisboaciclavel.example/t/733.json\n" + js({"id": 733, "title": "Elevador da Bica volta em maio", "posts_count": 2, "post_stream": {"posts": [
         {"id": 9120, "name": "Miguel", "username": "miguel_l", "created_at": "2026-03-18T12:00:00Z", "post_number": 1, "topic_id": 733,
          "cooked": "<p>Notícia de hoje no Público:</p><blockquote><p><strong>" + T("pt") + "</strong></p></blockquote><p>Finalmente!</p>",
          "raw": "Notícia de hoje no Público:\n\n> **" + T("pt") + "**  \n> Por Rita Carvalho  \n> Público, 18 de março de 2026\n>\n" + "\n>\n".join("> " + p for p in ARTS["pt"][4]) + "\n\nFinalmente!"},
         {"id": 9121, "name": "Sofia", "username": "sofia_r", "created_at": "2026-03-18T12:30:00Z", "post_number": 2, "topic_id": 733,
          "cooked": "<p>Já não era sem tempo.</p>", "raw": "Já não era sem tempo."}], "stream": [9120, 9121]}}) + "\n",
     exp("pt", source="Público"))

# ======================= Added after the first run (see README's honest history) =======================
def _folded(name, words):
    out, line = [], name + ":"
    for w in words:
        if len(line) + 1 + len(w) > 78:
            out.append(line); line = " " + w
        else:
            line += " " + w
    out.append(line)
    return "\n".join(out) + "\n"
case("target_mail_budget_folded_de", "MailBodies (ten long encoded `X-` headers folded at 78 characters, as RFC 5322 asks, before the encoded subject)",
     "Return-Path: <newsletter@wn.example>\n" + "".join(_folded("X-Archiv-Stichwort-%d" % i, ["=?UTF-8?Q?Pressespiegel_M=C3=BCnster_Verkehr?="] * 160) for i in range(10))
     + "From: =?UTF-8?Q?Westf=C3=A4lische_Nachrichten?= <newsletter@wn.example>\nTo: presse@stadt.example\n"
     + "Subject: =?UTF-8?Q?M=C3=BCnster_erweitert_die_Radstation_am_Hauptbahnhof?=\nDate: Wed, 18 Mar 2026 06:30:00 +0100\n"
     + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nVon Jonas Hoffmann\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=["Jonas Hoffmann"]))
