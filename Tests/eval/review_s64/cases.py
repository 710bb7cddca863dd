# Review of stop 58's reader rules (5231bee..a9f402c) on main's build: DeskShells (file and a converter, a Syncthing
# copy, arangosh, SQL*Plus's CSV markup, Trilium over ETAPI, mu view, a Threema export); RecordKeys' source_date /
# source_authors; ClippingFacts.slashedLabels, italicPublication and withoutInnerEmphasis, isPlausiblePublication (the
# publishing sentence, a parenthesised reference, a stacked foot), a release word's day-only parenthesised reference,
# RelatedLists.opensWithHeading before trailingWriters, two or three writers in parentheses, isHeadlineWithReference;
# HeadReferences.selfTitled; isAgencyCredit above a masthead's unsigned title; publicationAlone(signed:);
# stackedFoot's office words and page; KeyedHeads' newsletter; BracketedTrailers' correction words, cues and
# publication articles; ExportLines.isExtensionHeader and publishedBesideUpdate; the weekday before an ambiguous numeric
# day; PastedRows' section in the first cell. Six desk languages, six articles none of review_s50's..s63's; look-alikes
# first in each rule, then targets. Expectations written before any run.
import base64, json, textwrap

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

ARTS = {
 "en": ("Aberdeen approves new swimming pool for Torry", "By Callum Fraser", "2026-04-09", "9 April 2026", [
    "Aberdeen City Council has approved plans for a £22m swimming pool and leisure centre in Torry, the first new public pool to be built in the city for more than twenty years.",
    "The centre, to be built on the site of the former Victoria Road school, will have a 25-metre pool, a learner pool and a gym, and is due to open in the spring of 2028.",
    "Residents have campaigned for a pool in the area since the old Torry baths closed in 2004, and many families currently cross the Dee to swim at the Beach Leisure Centre."]),
 "fr": ("Dijon étend son réseau de chaleur au quartier des Grésilles", "Par Élodie Bernard", "2026-04-09", "9 avril 2026", [
    "Dijon Métropole a lancé jeudi les travaux d'extension de son réseau de chaleur urbain vers le quartier des Grésilles, où près de 3 000 logements seront raccordés d'ici à la fin de l'année 2027.",
    "Le chantier, estimé à 18 millions d'euros, prévoit la pose de sept kilomètres de canalisations sous les boulevards et la construction d'une nouvelle chaufferie au bois près de la rocade.",
    "Les bailleurs sociaux espèrent une baisse d'environ 20 % des charges de chauffage pour leurs locataires, tandis que les riverains redoutent des mois de circulation perturbée avenue du Drapeau."]),
 "de": ("Regensburg saniert die Eiserne Brücke", "Von Tobias Wagner", "2026-04-09", "9. April 2026", [
    "Die Stadt Regensburg lässt die Eiserne Brücke über die Donau von Juni an für rund zwölf Millionen Euro sanieren, das hat der Stadtrat am Donnerstag einstimmig beschlossen.",
    "Während der Arbeiten, die bis Ende 2027 dauern sollen, bleibt die Brücke für Autos gesperrt, Fußgänger und Radfahrer können einen provisorischen Steg auf der Ostseite nutzen.",
    "Die Stahlkonstruktion ist stark verrostet, bei einer Prüfung im vergangenen Herbst hatten Gutachter Risse an mehreren Trägern und an den Lagern der Pfeiler festgestellt."]),
 "es": ("Gijón cubrirá la piscina exterior de El Llano", "Por Nuria Álvarez", "2026-04-09", "9 de abril de 2026", [
    "El Ayuntamiento de Gijón cubrirá la piscina exterior del complejo deportivo de El Llano para que pueda utilizarse durante todo el año, según anunció este jueves la concejala de Deportes tras la junta de gobierno.",
    "La obra, presupuestada en 3,4 millones de euros, incluye una cubierta desmontable, un nuevo sistema de climatización y la reforma de los vestuarios, y se licitará antes del verano.",
    "Los clubes de natación del barrio, que cada invierno tienen que repartirse las calles de la piscina cubierta, llevan más de una década reclamando más espacio para entrenar."]),
 "it": ("Bari, il lungomare di San Girolamo avrà una pista ciclabile", "di Antonio Lorusso", "2026-04-09", "9 aprile 2026", [
    "Il Comune di Bari realizzerà una pista ciclabile lungo tutto il waterfront di San Girolamo, tre chilometri dal porticciolo di Santo Spirito fino a Fesca, ha annunciato giovedì l'assessore alla Mobilità.",
    "I lavori, finanziati con 4,2 milioni di euro di fondi europei, partiranno a settembre e prevedono anche nuove alberature, panchine e un'illuminazione a basso consumo.",
    "Le associazioni di ciclisti chiedono da anni un collegamento sicuro tra i quartieri a nord della città e il centro, mentre i residenti temono la riduzione dei parcheggi."]),
 "pt": ("Évora vai recuperar o Aqueduto da Água de Prata", "Por Inês Matos", "2026-04-09", "9 de abril de 2026", [
    "A Câmara Municipal de Évora vai investir 5,6 milhões de euros na recuperação do Aqueduto da Água de Prata, anunciou esta quinta-feira o presidente da autarquia, depois da aprovação do projeto pela Direção-Geral do Património Cultural.",
    "As obras, que deverão começar no outono e durar cerca de dois anos, incluem a consolidação dos arcos junto à Rua do Cano e a limpeza das condutas ao longo dos nove quilómetros do monumento.",
    "Os moradores das casas construídas entre os arcos, no centro histórico, temem ter de sair durante os trabalhos, mas a autarquia garante que ninguém será obrigado a abandonar a sua habitação."]),
}
NAMES = {"en": "Callum Fraser", "fr": "Élodie Bernard", "de": "Tobias Wagner", "es": "Nuria Álvarez", "it": "Antonio Lorusso", "pt": "Inês Matos"}
PUBS = {"en": "The Press and Journal", "fr": "Le Bien Public", "de": "Mittelbayerische Zeitung", "es": "El Comercio",
        "it": "La Gazzetta del Mezzogiorno", "pt": "Diário do Sul"}

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

def wrapped(paragraphs, width=76):
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)

# ======================= DeskShells: file and a converter =======================
def cdf(name, title, author, saved_by, created, saved):
    return (f"{name}: Composite Document File V2 Document, Little Endian, Os: Windows, Version 10.0, Code page: 1252, Title: {title}, "
            f"Author: {author}, Template: Normal.dotm, Last Saved By: {saved_by}, Revision Number: 3, Name of Creating Application: "
            f"Microsoft Office Word, Total Editing Time: 00:06:00, Create Time/Date: {created}, Last Saved Time/Date: {saved}, "
            "Number of Pages: 1, Number of Words: 240, Number of Characters: 1402, Security: 0")

case("lookalike_antiword_invitation_de", "DeskShells.wordDocument (antiword of the city's invitation to a site visit: a letter in prose, no article)",
     "$ file Presse/Einladung_Ortstermin_Eiserne_Bruecke.doc\n"
     + cdf("Presse/Einladung_Ortstermin_Eiserne_Bruecke.doc", "Einladung", "Pressestelle", "Lukas Brandl", "Mon Apr  6 14:02:00 2026", "Tue Apr  7 09:31:00 2026")
     + "\n$ antiword Presse/Einladung_Ortstermin_Eiserne_Bruecke.doc\n[pic]\n\nEinladung zum Ortstermin an der Eisernen Brücke\n\n"
     + wrapped(["Sehr geehrte Damen und Herren,",
                "zum Beginn der Sanierungsarbeiten an der Eisernen Brücke laden wir Sie herzlich zu einem Ortstermin am Montag, 15. Juni 2026, um 10 Uhr ein. Treffpunkt ist der Brückenkopf am Donaumarkt, das Tiefbauamt erläutert dort den Ablauf der Arbeiten und die Umleitungen für den Verkehr.",
                "Wir bitten um Anmeldung bis Freitag, 12. Juni, per E-Mail an die Pressestelle. Festes Schuhwerk wird empfohlen.",
                "Mit freundlichen Grüßen", "Pressestelle der Stadt Regensburg"]) + "\n",
     NONE)
case("target_docx2txt_en", "DeskShells.wordDocument (`file` of a .docx, `Microsoft Word 2007+`, then `docx2txt FILE -`: blank lines between paragraphs)",
     "$ file clips/2026-04-09_pj_torry_pool.docx\nclips/2026-04-09_pj_torry_pool.docx: Microsoft Word 2007+\n$ docx2txt clips/2026-04-09_pj_torry_pool.docx -\n"
     + T("en") + "\n\nThe Press and Journal, 9 April 2026\n\nBy Callum Fraser\n\n" + body("en") + "\n\n",
     exp("en", source="The Press and Journal"))
case("target_catdoc_pt_unsigned", "DeskShells.wordDocument (`catdoc -w` of an unsigned clipping; the summary's Author and times the colleague's)",
     "$ file recortes/diario_do_sul_aqueduto.doc\n"
     + cdf("recortes/diario_do_sul_aqueduto.doc", "Recortes abril", "Carla Sousa", "Carla Sousa", "Fri Apr 10 09:02:00 2026", "Fri Apr 10 09:08:00 2026")
     + "\n$ catdoc -w recortes/diario_do_sul_aqueduto.doc\n" + T("pt") + "\nDiário do Sul, 9 de abril de 2026\n\n" + body("pt") + "\n",
     exp("pt", authors=[], source="Diário do Sul"))

# ======================= DeskShells: a synced folder =======================
case("lookalike_syncthing_planning_fr", "DeskShells.syncedCopy (a conflict copy of the desk's weekly planning note, in prose: no article)",
     "$ ls -l ~/Sync/Redaction/\ntotal 8\n-rw-r--r-- 1 claire claire 1204 10 avril 09:14 planning-semaine-15.md\n"
     "-rw-r--r-- 1 claire claire 1187 10 avril 09:12 planning-semaine-15.sync-conflict-20260410-091208-7QXK2ML.md\n"
     "$ cat ~/Sync/Redaction/planning-semaine-15.sync-conflict-20260410-091208-7QXK2ML.md\n# Planning semaine 15\n\n"
     "Réseau de chaleur aux Grésilles : Élodie suit le dossier, papier prévu pour jeudi si la métropole confirme le calendrier des travaux. Prévoir un encadré sur les charges des locataires et une carte du tracé.\n\n"
     "Piscine du Carrousel : rien de neuf, relancer le service des sports lundi. Penser à demander les chiffres de fréquentation de l'été dernier avant la réunion de rédaction.\n",
     NONE)
case("target_syncthing_it_diff", "DeskShells.syncedCopy (`ls -la` with `.stfolder`, a `## ` heading, the publication and day joined by an en dash, `diff -u` of the colleagues' notes)",
     "$ ls -la ~/Sync/Rassegna/\ntotale 20\ndrwxr-xr-x 3 chiara chiara 4096 10 apr 09:20 .\ndrwxr-xr-x 9 chiara chiara 4096  2 apr 18:01 ..\n"
     "drwxr-xr-x 2 chiara chiara 4096  2 apr 18:01 .stfolder\n-rw-r--r-- 1 chiara chiara 1630 10 apr 09:19 bari-ciclabile.md\n"
     "-rw-r--r-- 1 chiara chiara 1641 10 apr 09:17 bari-ciclabile.sync-conflict-20260410-091702-K4PL2QW.md\n"
     "$ cat ~/Sync/Rassegna/bari-ciclabile.sync-conflict-20260410-091702-K4PL2QW.md\n## " + T("it") + "\n\nLa Gazzetta del Mezzogiorno – 9 aprile 2026\ndi Antonio Lorusso\n\n"
     + body("it") + "\n\nNota (C. Rinaldi): in pagina venerdì, con foto\n"
     "$ diff -u ~/Sync/Rassegna/bari-ciclabile.md ~/Sync/Rassegna/bari-ciclabile.sync-conflict-20260410-091702-K4PL2QW.md\n"
     "--- /home/chiara/Sync/Rassegna/bari-ciclabile.md\t2026-04-10 09:19:44.120931337 +0200\n"
     "+++ /home/chiara/Sync/Rassegna/bari-ciclabile.sync-conflict-20260410-091702-K4PL2QW.md\t2026-04-10 09:17:02.000000000 +0200\n"
     "@@ -9 +9 @@\n-Nota (P. Greco): da tagliare a 2.000 battute\n+Nota (C. Rinaldi): in pagina venerdì, con foto\n",
     exp("it", source="La Gazzetta del Mezzogiorno"))

# ======================= DeskShells: arangosh =======================
def ara(v, ind=0):
    pad = "  " * (ind + 1)
    if isinstance(v, dict):
        return "{ \n" + ", \n".join(pad + json.dumps(k, ensure_ascii=False) + " : " + ara(x, ind + 1) for k, x in v.items()) + " \n" + "  " * ind + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ \n" + ", \n".join(pad + ara(x, ind + 1) for x in v) + " \n" + "  " * ind + "]"
    return json.dumps(v, ensure_ascii=False)

def arangosh(endpoint, db, prompt_host, query, value):
    prompt = f"{prompt_host}@{db}> "
    return "\n".join([f"$ arangosh --server.endpoint {endpoint} --server.database {db} --quiet", "Please specify a password: ",
                      prompt + query, ara(value), prompt]) + "\n"

case("lookalike_arangosh_event_es", "DeskShells.arangoDocument (the agenda's event document: a title and a description in prose, no article)",
     arangosh("tcp://127.0.0.1:8529", "mesa", "127.0.0.1:8529", 'db.agenda.document("3114")', {
         "_key": "3114", "_id": "agenda/3114", "_rev": "_hZ3k--B---", "title": "Jornada de puertas abiertas en la piscina de El Llano",
         "date": "2026-04-18", "place": "Complejo deportivo de El Llano", "organizer": "Patronato Deportivo Municipal",
         "description": "Los vecinos podrán recorrer las instalaciones con los técnicos municipales y conocer el proyecto de cubierta de la piscina exterior. Habrá actividades para niños en la piscina cubierta y una charla sobre los horarios de la próxima temporada. La entrada es libre hasta completar el aforo."}),
     NONE)
case("target_arangosh_query_pt", "DeskShells.arangoDocument (`db._query(…).toArray()`: a list printed, Portuguese keys, `guardado_em`/`guardado_por` the desk's)",
     arangosh("ssl://arango.redacao.example:8529", "revista", "arango.redacao.example:8529",
              "db._query('FOR r IN recortes FILTER r._key == \"88412\" RETURN r').toArray()", [{
         "_key": "88412", "_id": "recortes/88412", "_rev": "_hZ3pQ2a---", "jornal": "Diário do Sul", "titulo": T("pt"),
         "autores": ["Inês Matos"], "publicado_em": "2026-04-09", "texto": body("pt"), "guardado_em": "2026-04-10T09:14:02Z",
         "guardado_por": "Carla Sousa"}]),
     exp("pt", source="Diário do Sul"))
case("target_arangosh_fr_null", "DeskShells.arangoDocument (French keys, `parution` null and no writer; the saving moment and colleague beside it)",
     arangosh("tcp://arango.revue.example:8529", "revue", "arango.revue.example:8529", 'db.coupures.document("2291")', {
         "_key": "2291", "_id": "coupures/2291", "_rev": "_hZ3qA1C---", "journal": "Le Bien Public", "titre": T("fr"), "auteurs": [],
         "parution": None, "texte": body("fr"), "saisi_le": "2026-04-10T08:47:19Z", "saisi_par": "Claire Lemoine"}),
     exp("fr", authors=[], published=None, source="Le Bien Public"))

# ======================= DeskShells: SQL*Plus =======================
def csvq(v): return '"' + v.replace('"', '""') + '"'

case("lookalike_sqlplus_event_es", "DeskShells.sqlPlus (`-M \"CSV ON\"`: a row of the events table, a title and a description in prose, no article)",
     "$ sqlplus -S -M \"CSV ON\" agenda/\"$ORA_PW\"@AGENDA @acto.sql\n\n\"ID\",\"TITULO\",\"DESCRIPCION\",\"FECHA\",\"LUGAR\"\n"
     + ",".join(["311", csvq("Jornada de puertas abiertas en la piscina de El Llano"),
                 csvq("Los vecinos podrán recorrer las instalaciones con los técnicos municipales y conocer el proyecto de cubierta de la piscina exterior. Habrá actividades para niños y una charla sobre los horarios de la próxima temporada."),
                 csvq("18-APR-26"), csvq("Complejo deportivo de El Llano")]) + "\n",
     NONE)
case("target_sqlplus_pt_semicolon", "DeskShells.sqlPlus (the script `cat` printed: `SET MARKUP CSV ON DELIMITER ; QUOTE ON`, Portuguese columns, `DD-MON-RR`, an entry TIMESTAMP)",
     "$ cat recorte.sql\nSET MARKUP CSV ON DELIMITER ; QUOTE ON\nSET LONG 200000\nSET LINESIZE 32767\nSET FEEDBACK OFF\n"
     "SELECT id, jornal, titulo, autores, publicado, inserido_em, inserido_por, texto FROM recortes WHERE id = 5120;\nEXIT\n"
     "$ sqlplus -S revista/\"$ORA_PW\"@ARQUIVO @recorte.sql\n\n"
     + ";".join(csvq(h) for h in ["ID", "JORNAL", "TITULO", "AUTORES", "PUBLICADO", "INSERIDO_EM", "INSERIDO_POR", "TEXTO"]) + "\n"
     + ";".join(["5120", csvq("Diário do Sul"), csvq(T("pt")), csvq("Inês Matos"), csvq("09-APR-26"), csvq("10-APR-26 09.12.07.000000 AM"),
                 csvq("C. SOUSA"), csvq(body("pt"))]) + "\n",
     exp("pt", source="Diário do Sul"))
case("target_sqlplus_en_quote_off", "DeskShells.sqlPlus (`sqlplus -s -M \"CSV ON DELIMITER | QUOTE OFF\"`, a four-digit Oracle year, English columns)",
     "$ sqlplus -s -M \"CSV ON DELIMITER | QUOTE OFF\" archive/\"$ORA_PW\"@CLIPS @clip.sql\n\n"
     "ID|PUBLICATION|HEADLINE|BYLINE|PUB_DATE|LOADED_AT|LOADED_BY|TEXT\n"
     "7781|The Press and Journal|" + T("en") + "|Callum Fraser|09-APR-2026|10-APR-26 08.02.55.000000 AM|FINNES|" + joined("en") + "\n",
     exp("en", source="The Press and Journal"))

# ======================= DeskShells: Trilium over ETAPI =======================
case("lookalike_trilium_planning_it", "DeskShells.etapiNote (the desk's own planning note in prose, its content printed: no article)",
     "$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" https://note.redazione.example/etapi/notes/pV2kQw9LmX1c | jq .\n" + js({
         "noteId": "pV2kQw9LmX1c", "isProtected": False, "title": "Idee per lo speciale mobilità", "type": "text", "mime": "text/html",
         "blobId": "Q8wzL1", "dateCreated": "2026-04-10 09:40:12.118+0200", "dateModified": "2026-04-10 09:52:40.007+0200",
         "utcDateCreated": "2026-04-10 07:40:12.118Z", "utcDateModified": "2026-04-10 07:52:40.007Z", "parentNoteIds": ["root"],
         "childNoteIds": [], "parentBranchIds": ["root_pV2kQw9LmX1c"], "childBranchIds": [], "attributes": []}) + "\n"
     "$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" https://note.redazione.example/etapi/notes/pV2kQw9LmX1c/content\n"
     "<p>Per lo speciale di maggio potremmo partire dalla nuova ciclabile di San Girolamo e confrontarla con quelle di Lecce e di Taranto, chiedendo ai Comuni i dati sui passaggi giornalieri.</p>"
     "<p>Antonio propone un'intervista all'assessore e un giro in bici con le associazioni; serve anche un fotografo per il sabato mattina. Da decidere alla riunione di lunedì.</p>\n",
     NONE)
case("target_trilium_xh_de", "DeskShells.etapiNote (`xh -b` instead of curl, the title ending ` - Mittelbayerische Zeitung`, the content repeating the headline in `<h1>`, the publication and day after a comma)",
     "$ xh -b GET https://notizen.redaktion.example/etapi/notes/Qm3xR8aLk2Tz Authorization:$TRILIUM_ETAPI_TOKEN\n" + js({
         "noteId": "Qm3xR8aLk2Tz", "isProtected": False, "title": T("de") + " - Mittelbayerische Zeitung", "type": "text", "mime": "text/html",
         "blobId": "z7TqP0", "dateCreated": "2026-04-10 10:03:51.402+0200", "dateModified": "2026-04-10 10:03:51.519+0200",
         "utcDateCreated": "2026-04-10 08:03:51.402Z", "utcDateModified": "2026-04-10 08:03:51.519Z", "parentNoteIds": ["Wq2Pressespiegel"],
         "attributes": [{"attributeId": "a81kT", "noteId": "Qm3xR8aLk2Tz", "type": "label", "name": "clipType", "value": "page", "position": 10, "isInheritable": False},
                        {"attributeId": "a81kU", "noteId": "Qm3xR8aLk2Tz", "type": "label", "name": "pageUrl", "value": "https://www.mittelbayerische.example/lokales/stadt-regensburg/eiserne-bruecke-sanierung-16651234", "position": 20, "isInheritable": False}]}, indent=4) + "\n"
     "$ xh -b GET https://notizen.redaktion.example/etapi/notes/Qm3xR8aLk2Tz/content Authorization:$TRILIUM_ETAPI_TOKEN\n"
     "<h1>" + T("de") + "</h1><p>Mittelbayerische Zeitung, 9. April 2026</p><p>Von Tobias Wagner</p>" + "".join("<p>" + p + "</p>" for p in ARTS["de"][4]) + "\n",
     exp("de", source="Mittelbayerische Zeitung"))

# ======================= DeskShells: mu view =======================
case("lookalike_mu_invitation_pt", "DeskShells.muView (the council's press office invites to a visit, its subject repeated as the body's heading: no article)",
     "$ mu view ~/Maildir/redacao/cur/1775812361.M201P4411.mesa,U=812:2,S\nFrom: Gabinete de Comunicação <comunicacao@cm-evora.example>\n"
     "To: redacao@diariodosul.example\nSubject: Visita às obras do Aqueduto da Água de Prata\nDate: sex 10 abr 2026 09:12:41 WEST\n\n"
     "Exmos. Senhores,\n\nVisita às obras do Aqueduto da Água de Prata\n\n"
     "A Câmara Municipal de Évora convida os órgãos de comunicação social a acompanhar a visita do presidente da autarquia ao troço do aqueduto junto à Rua do Cano, na próxima terça-feira, às 10h30. Os técnicos do município vão apresentar o calendário das obras e as medidas previstas para os moradores.\n\n"
     "Agradecemos a confirmação da presença até segunda-feira.\n\n-- \nGabinete de Comunicação\nCâmara Municipal de Évora\n",
     NONE)
case("target_mu_view_es_rv", "DeskShells.muView (`RV:` subject, Cc and the date in the desk's Spanish locale, the colleague's note, the pasted article, the signature)",
     "$ mu view ~/Maildir/mesa/cur/1775812441.M88P2210.redaccion,U=1204:2,S\nFrom: Lucía Menéndez <lmenendez@mesa.example>\n"
     "To: resumen@mesa.example\nCc: deportes@mesa.example\nSubject: RV: " + T("es") + "\nDate: vie 10 abr 2026 09:14:01 CEST\n\n"
     "Para el resumen de mañana, sección de deportes.\n\n" + T("es") + "\nEl Comercio, 9 de abril de 2026\nPor Nuria Álvarez\n\n" + body("es")
     + "\n\n-- \nLucía Menéndez\nMesa de edición\n",
     exp("es", source="El Comercio"))

# ======================= DeskShells: a Threema export =======================
def threema(name, messages):
    return "$ cat 'messages-" + name + ".txt'\n" + "\r\n".join(m.replace("\n", "\r\n") for m in messages) + "\r\n"

case("lookalike_threema_call_notes_en", "DeskShells.chatExport (a colleague's long message of prose about a call: no article)",
     threema("Fiona Innes", [
         "<<< 10 April 2026 at 09:12:07 BST: Just off the phone with the council press office about the Torry pool. They say the contract will go out to tender in June and the design is the one shown to the community council last autumn, so no surprises there for tomorrow's follow-up. They would not give a figure for running costs.",
         ">>> 10 April 2026 at 09:15:40 BST: Thanks, can you ask them about the opening date again?",
         "<<< 10 April 2026 at 09:16:02 BST: Will do."]),
     NONE)
case("target_threema_it", "DeskShells.chatExport (Italian moments `alle ore`, CRLF throughout, the article pasted in the second message)",
     threema("Chiara Rinaldi", [
         "<<< 10 aprile 2026 alle ore 09:12:07 CEST: Per la rassegna di domani",
         "<<< 10 aprile 2026 alle ore 09:13:41 CEST: " + T("it") + "\nLa Gazzetta del Mezzogiorno, 9 aprile 2026\ndi Antonio Lorusso\n\n" + body("it"),
         ">>> 10 aprile 2026 alle ore 09:20:02 CEST: Grazie, la metto in pagina."]),
     exp("it", source="La Gazzetta del Mezzogiorno"))
case("target_threema_sent_fr", "DeskShells.chatExport (the article in a sent `>>>` message, unsigned and undated under its publication; the reply after it)",
     threema("Claire Lemoine", [
         ">>> 10 avr. 2026 à 09:13:41 UTC+2: " + T("fr") + "\nLe Bien Public\n\n" + body("fr"),
         "<<< 10 avr. 2026 à 09:20:02 UTC+2: Merci, je le mets dans la revue de demain."]),
     exp("fr", authors=[], published=None, source="Le Bien Public"))

# ======================= RecordKeys: source_date / source_authors =======================
case("target_wagtail_es", "RecordKeys source_date / source_authors (Wagtail's API v2: a later `first_published_at`, `source_name`, `source_date`, `source_authors`, `clipped_by`)",
     "$ curl -s 'https://intranet.mesa.example/api/v2/pages/1187/?fields=*' | jq .\n" + js({
         "id": 1187, "meta": {"type": "resumen.RecortePage", "detail_url": "https://intranet.mesa.example/api/v2/pages/1187/",
                              "html_url": "https://intranet.mesa.example/resumen/gijon-cubrira-piscina-exterior-llano/", "slug": "gijon-cubrira-piscina-exterior-llano",
                              "show_in_menus": False, "seo_title": "", "search_description": "", "first_published_at": "2026-04-10T08:31:12.412907Z",
                              "alias_of": None, "parent": {"id": 14, "meta": {"type": "resumen.ResumenIndexPage", "detail_url": "https://intranet.mesa.example/api/v2/pages/14/",
                                                                              "html_url": "https://intranet.mesa.example/resumen/"}, "title": "Resumen de prensa"}, "locale": "es"},
         "title": T("es"), "source_name": "El Comercio", "source_date": "2026-04-09", "source_authors": ["Nuria Álvarez"],
         "source_url": "https://www.elcomercio.example/gijon/piscina-exterior-llano-cubierta-20260409.html", "clipped_by": "Lucía Menéndez",
         "body": "".join("<p>" + p + "</p>" for p in ARTS["es"][4])}) + "\n",
     exp("es", source="El Comercio"))
case("target_directus_de", "RecordKeys source_published / source_authors (Directus `items`: `date_created` the desk's, `source_name`, `source_published`, `source_authors`)",
     "$ curl -s -H \"Authorization: Bearer $DIRECTUS_TOKEN\" https://cms.redaktion.example/items/ausschnitte/412 | jq .\n" + js({"data": {
         "id": 412, "status": "published", "user_created": "6f0c1b2e-3f44-4a8e-9d51-0b7c2a8e4f10", "date_created": "2026-04-10T07:58:04.000Z",
         "user_updated": None, "date_updated": None, "titel": T("de"), "source_name": "Mittelbayerische Zeitung", "source_published": "2026-04-09",
         "source_authors": ["Tobias Wagner"], "text": body("de"), "ressort": "Lokales"}}) + "\n",
     exp("de", source="Mittelbayerische Zeitung"))

# ======================= ClippingFacts.slashedLabels =======================
case("lookalike_slashed_fotos_grafik_de", "slashedLabels (`Fotos/Grafik: A / MZ-Grafik` under the byline: a photographer and a graphics desk, no writer, no publication)",
     art("de", under=["Fotos/Grafik: Anna Huber / MZ-Grafik"]),
     exp("de", source=None))
case("lookalike_slashed_texto_edicao_pt", "slashedLabels (`Texto/Edição: A / B`: the writer and the editor; only the writer signs)",
     T("pt") + "\nTexto/Edição: Inês Matos / Rui Almeida\n9 de abril de 2026\n\n" + body("pt") + "\n",
     exp("pt"))
case("target_slashed_fr_foot", "slashedLabels (`Source / Date / Page : …` at the foot, French spacing before the colon)",
     art("fr", drop_day=True, foot=["Source / Date / Page : Le Bien Public / 09/04/2026 / 6"]),
     exp("fr", source="Le Bien Public"))
case("target_slashed_es_head", "slashedLabels (`Medio/Fecha/Autora: … / … / …` under the headline, no other byline or day)",
     T("es") + "\nMedio/Fecha/Autora: El Comercio / 09/04/2026 / Nuria Álvarez\n\n" + body("es") + "\n",
     exp("es", source="El Comercio"))
case("target_slashed_it_two", "slashedLabels (`Testata/Data: … / 9 aprile 2026` at the foot)",
     art("it", drop_day=True, foot=["Testata/Data: La Gazzetta del Mezzogiorno / 9 aprile 2026"]),
     exp("it", source="La Gazzetta del Mezzogiorno"))

# ======================= ClippingFacts.italicPublication / withoutInnerEmphasis =======================
case("lookalike_italic_series_en", "italicPublication (`*The Big Read*` under the headline: the paper's series, no publication)",
     T("en") + "\n*The Big Read*\nBy Callum Fraser\n9 April 2026\n\n" + body("en") + "\n",
     exp("en", source=None))
case("lookalike_italic_newsletter_de", "italicPublication (`_Der Tag in Regensburg_`: the newsletter the article was pasted from)",
     T("de") + "\n_Der Tag in Regensburg_\nVon Tobias Wagner\n9. April 2026\n\n" + body("de") + "\n",
     exp("de", source=None))
case("target_italic_underscore_es", "italicPublication (`_El Comercio_` alone under the headline, in underscores)",
     T("es") + "\n_El Comercio_\nPor Nuria Álvarez\n9 de abril de 2026\n\n" + body("es") + "\n",
     exp("es", source="El Comercio"))
case("target_italic_underscore_dated_fr", "italicPublication / withoutInnerEmphasis (`_Le Bien Public_, 9 avril 2026` under the byline)",
     T("fr") + "\nPar Élodie Bernard\n_Le Bien Public_, 9 avril 2026\n\n" + body("fr") + "\n",
     exp("fr", source="Le Bien Public"))
case("target_italic_dash_it", "withoutInnerEmphasis (`*La Gazzetta del Mezzogiorno* — 9 aprile 2026`)",
     T("it") + "\n*La Gazzetta del Mezzogiorno* — 9 aprile 2026\ndi Antonio Lorusso\n\n" + body("it") + "\n",
     exp("it", source="La Gazzetta del Mezzogiorno"))
case("target_inner_bold_byline_pt", "withoutInnerEmphasis (`9 de abril de 2026 — por **Inês Matos**`)",
     T("pt") + "\n9 de abril de 2026 — por **Inês Matos**\n\n" + body("pt") + "\n",
     exp("pt"))

# ======================= ArticleIntros.publishingSentence (isPlausiblePublication, category words, den/les) =======================
case("lookalike_pubsentence_local_news_en", "publishingSentence (`Published on … in Local News`: the blog's category, capitalised)",
     art("en", foot=["Published on 9 April 2026 in Local News"]),
     exp("en", source=None))
case("lookalike_pubsentence_stadtgeschehen_de", "publishingSentence (`Veröffentlicht am … in Stadtgeschehen`: a category word not in the list)",
     art("de", foot=["Veröffentlicht am 9. April 2026 in Stadtgeschehen"]),
     exp("de", source=None))
case("lookalike_pubsentence_provincia_it", "publishingSentence (`Pubblicato il … in Bari e Provincia`: a local site's category)",
     art("it", foot=["Pubblicato il 9 aprile 2026 in Bari e Provincia"]),
     exp("it", source=None))
case("target_pubsentence_den_de", "publishingSentence (`Erschienen am … in den Nürnberger Nachrichten`: `den`, a plural masthead that does not decline)",
     art("de", drop_day=True, foot=["Erschienen am 9. April 2026 in den Nürnberger Nachrichten"]),
     exp("de", source="Nürnberger Nachrichten"))
case("target_pubsentence_paru_fr", "publishingSentence (`Paru le jeudi … dans Le Bien Public`)",
     art("fr", drop_day=True, foot=["Paru le jeudi 9 avril 2026 dans Le Bien Public"]),
     exp("fr", source="Le Bien Public"))
case("target_pubsentence_es_head", "publishingSentence (`Publicado el … en La Nueva España` under the headline, no publication's word)",
     T("es") + "\nPublicado el 9 de abril de 2026 en La Nueva España\nPor Nuria Álvarez\n\n" + body("es") + "\n",
     exp("es", source="La Nueva España"))

# ======================= A parenthesised reference (isPlausiblePublication, a release word's day) =======================
case("lookalike_parenref_foto_archivo_es", "parenthesised reference (a caption, then `(Foto de archivo, 15 de julio de 2023)`)",
     art("es", foot=["La piscina exterior de El Llano, en una imagen del verano pasado.", "(Foto de archivo, 15 de julio de 2023)"]),
     exp("es", source=None))
case("lookalike_parenref_immagine_it", "parenthesised reference (a caption, then `(Immagine d'archivio, 12 agosto 2024)`)",
     art("it", foot=["Il lungomare di San Girolamo in una foto della scorsa estate.", "(Immagine d'archivio, 12 agosto 2024)"]),
     exp("it", source=None))
case("target_parenref_nota_imprensa_pt", "parenthesised reference (`(Nota de imprensa, 09/04/2026)` under the headline: the day, no publication)",
     T("pt") + "\n(Nota de imprensa, 09/04/2026)\n\n" + body("pt") + "\n",
     dict(title=T("pt"), authors=[], published="2026-04-09", source=None))
case("target_parenref_communique_fr", "parenthesised reference (`(Communiqué de presse, 9 avril 2026)` under the headline)",
     T("fr") + "\n(Communiqué de presse, 9 avril 2026)\n\n" + body("fr") + "\n",
     dict(title=T("fr"), authors=[], published="2026-04-09", source=None))
case("target_parenref_pressemitteilung_stadt_de", "parenthesised reference (`(Pressemitteilung der Stadt Regensburg, 09.04.2026)`: the release word opening a longer sender)",
     T("de") + "\n(Pressemitteilung der Stadt Regensburg, 09.04.2026)\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=[], published="2026-04-09", source=None))

# ======================= RelatedLists.opensWithHeading (trailingWriters) =======================
case("lookalike_related_also_read_en", "opensWithHeading (`Also read: …, Evening Express, …, article by …`: another article's reference and writer)",
     art("en", drop_by=True, foot=["Also read: Torry community council backs pool plan, Evening Express, 12/03/2026, article by Kirsty Reid."]),
     exp("en", authors=[], source=None))
case("lookalike_related_zum_thema_de", "opensWithHeading (`Zum Thema: …, MZ, 02.03.2026, S. 23, Artikel von …`)",
     art("de", drop_by=True, foot=["Zum Thema: Steinerne Brücke wieder für Busse frei, MZ, 02.03.2026, S. 23, Artikel von Anna Huber."]),
     exp("de", authors=[], source=None))
case("lookalike_related_vedi_anche_it", "opensWithHeading (`Vedi anche: …, articolo di …`: a heading in the new list)",
     art("it", drop_by=True, foot=["Vedi anche: Lungomare, via ai lavori a Torre a Mare, La Gazzetta del Mezzogiorno, 02/03/2026, p. 9, articolo di Giulia Ferrante."]),
     exp("it", authors=[], source=None))
case("target_trailwriters_source_fr", "trailingWriters (`Source : Le Bien Public, …, p. 6, article d'Élodie Bernard.`: the elided `d'`)",
     art("fr", drop_by=True, drop_day=True, foot=["Source : Le Bien Public, 09/04/2026, p. 6, article d'Élodie Bernard."]),
     exp("fr", source="Le Bien Public"))

# ======================= Two or three writers in parentheses at the foot =======================
case("lookalike_parenwriters_photographers_es", "parenthesised writers (a caption, then its two photographers in parentheses)",
     art("es", drop_by=True, foot=["Vista de la piscina exterior de El Llano, que se cubrirá a partir del otoño.", "(Marcos León y Pablo Suárez)"]),
     exp("es", authors=[]))
case("lookalike_parenwriters_residents_de", "parenthesised writers (a quote, then the two residents who said it and their street)",
     art("de", drop_by=True, foot=["„Wir warten seit Jahren auf diese Sanierung.“", "(Anna Huber und Josef Bauer, Anwohner am Donaumarkt)"]),
     exp("de", authors=[]))
case("target_parenwriters_it_two", "parenthesised writers (`(Antonio Lorusso e Giulia Ferrante)`)",
     art("it", drop_by=True, foot=["(Antonio Lorusso e Giulia Ferrante)"]),
     exp("it", authors=["Antonio Lorusso", "Giulia Ferrante"]))
case("target_parenwriters_pt_three", "parenthesised writers (`(Inês Matos, João Pires e Rui Almeida)`: three)",
     art("pt", drop_by=True, foot=["(Inês Matos, João Pires e Rui Almeida)"]),
     exp("pt", authors=["Inês Matos", "João Pires", "Rui Almeida"]))
case("target_parenwriters_de_und", "parenthesised writers (`(Tobias Wagner und Anna Huber)`)",
     art("de", drop_by=True, foot=["(Tobias Wagner und Anna Huber)"]),
     exp("de", authors=["Tobias Wagner", "Anna Huber"]))

# ======================= HeadReferences.selfTitled =======================
case("lookalike_selftitled_pullquote_fr", "selfTitled (a pull quote and who said it to the paper opening the file, the headline under it)",
     "« Ce réseau va diviser les factures par deux », assure au Bien Public le directeur de l'office HLM.\n\n" + art("fr"),
     exp("fr"))
case("lookalike_selftitled_epigraph_pt", "selfTitled (an epigraph quoting a book opening the file, the headline under it)",
     "«O aqueduto é a espinha dorsal de Évora», Túlio Espanca, Inventário Artístico de Portugal, 1966.\n\n" + art("pt"),
     exp("pt"))
case("target_selftitled_es", "selfTitled (`«Headline», El Comercio, 9 de abril de 2026, pág. 12.` over the text)",
     "«" + T("es") + "», El Comercio, 9 de abril de 2026, pág. 12.\n\n" + body("es") + "\n",
     exp("es", authors=[], source="El Comercio"))
case("target_selftitled_de_in", "selfTitled (`WAGNER, Tobias: „Headline“. In: Mittelbayerische Zeitung, 09.04.2026, S. 21.`)",
     "WAGNER, Tobias: „" + T("de") + "“. In: Mittelbayerische Zeitung, 09.04.2026, S. 21.\n\n" + body("de") + "\n",
     exp("de", source="Mittelbayerische Zeitung"))
case("target_selftitled_mla_en", "selfTitled (MLA: `Fraser, Callum. \"Headline.\" The Press and Journal, 9 Apr. 2026, p. 7.`)",
     "Fraser, Callum. \"Aberdeen Approves New Swimming Pool for Torry.\" The Press and Journal, 9 Apr. 2026, p. 7.\n\n" + body("en") + "\n",
     exp("en", title="Aberdeen Approves New Swimming Pool for Torry", source="The Press and Journal"))

# ======================= isAgencyCredit (isMastheadAboveSignedTitle) =======================
case("lookalike_agency_credit_section_de", "isAgencyCredit (`Aktuelle Nachrichten`, a portal's section heading, above an agency-credited piece)",
     "Aktuelle Nachrichten\n\n" + T("de") + "\nMit Material von dpa\n\n" + body("de") + "\n",
     dict(title=T("de"), authors=[], source=None))
case("lookalike_agency_credit_section_en", "isAgencyCredit (`Scotland News`, a site's section, above `Additional reporting by PA Media`)",
     "Scotland News\n\n" + T("en") + "\nAdditional reporting by PA Media\n\n" + body("en") + "\n",
     dict(title=T("en"), authors=[], source=None))
case("target_agency_credit_es", "isAgencyCredit (`El Mundo` above the headline and `Con información de Europa Press`: a two-word agency last)",
     "El Mundo\n\n" + T("es") + "\nCon información de Europa Press\n\n" + body("es") + "\n",
     dict(title=T("es"), authors=[], source="El Mundo"))
case("target_agency_credit_pt", "isAgencyCredit (`Público` above the headline and `Com Lusa`)",
     "Público\n\n" + T("pt") + "\nCom Lusa\n\n" + body("pt") + "\n",
     dict(title=T("pt"), authors=[], source="Público"))

# ======================= publicationAlone(signed:) / isSignedTextsPublication =======================
case("lookalike_pubalone_getty_en", "publicationAlone(signed:) (`Getty Images` alone at the foot of a signed text: a picture agency's credit)",
     art("en", foot=["Getty Images"]),
     exp("en", source=None))
case("lookalike_pubalone_maps_de", "publicationAlone(signed:) (`Google Maps` alone at the foot: a map's caption)",
     art("de", foot=["Google Maps"]),
     exp("de", source=None))
case("lookalike_pubalone_aviso_es", "publicationAlone(signed:) (`Aviso Legal` alone at the foot: the page's footer link)",
     art("es", foot=["Aviso Legal"]),
     exp("es", source=None))
case("target_pubalone_es", "publicationAlone(signed:) (`La Nueva España` alone at the foot of a signed text)",
     art("es", foot=["La Nueva España"]),
     exp("es", source="La Nueva España"))
case("target_pubalone_it_di", "publicationAlone(signed:) (`Quotidiano di Puglia`: a lowercase particle inside the name)",
     art("it", foot=["Quotidiano di Puglia"]),
     exp("it", source="Quotidiano di Puglia"))
case("target_pubalone_fr", "publicationAlone(signed:) (`Le Bien Public` alone at the foot)",
     art("fr", foot=["Le Bien Public"]),
     exp("fr", source="Le Bien Public"))

# ======================= LayoutReader.stackedFoot (office words, paged) =======================
case("lookalike_stacked_concejala_es", "stackedFoot (name, `Concejala de Deportes`, day: an office not in the list)",
     art("es", drop_by=True, foot=["Marta Suárez\nConcejala de Deportes\n09/04/2026"]),
     dict(title=T("es"), published="2026-04-09", source=None))
case("lookalike_stacked_councillor_en", "stackedFoot (name, `Councillor for Torry and Ferryhill`, day)",
     art("en", drop_by=True, foot=["Alex McLellan\nCouncillor for Torry and Ferryhill\n9 April 2026"]),
     dict(title=T("en"), published="2026-04-09", source=None))
case("lookalike_stacked_assessora_it", "stackedFoot (name, `Assessora alla Mobilità`, day)",
     art("it", drop_by=True, foot=["Giulia Ferrante\nAssessora alla Mobilità\n09/04/2026"]),
     dict(title=T("it"), published="2026-04-09", source=None))
case("target_stacked_it_writer", "stackedFoot (writer, `Quotidiano di Puglia`, day)",
     art("it", drop_by=True, drop_day=True, foot=["Antonio Lorusso\nQuotidiano di Puglia\n09/04/2026"]),
     exp("it", source="Quotidiano di Puglia"))
case("target_stacked_pt_paged", "stackedFoot (publication and page only: no writer, no day)",
     art("pt", drop_day=True, foot=["Diário do Sul\np. 5"]),
     exp("pt", published=None, source="Diário do Sul"))

# ======================= KeyedHeads (keyedSubject's newsletter) =======================
case("lookalike_keyed_rassegna_it", "keyedSubject (`RASSEGNA STAMPA 10/04/2026 – compiler – headline`: `stampa` names a publication's word)",
     "RASSEGNA STAMPA 10/04/2026 – Chiara Rinaldi – " + T("it") + "\n\n" + body("it") + "\n",
     dict(title=T("it"), source=None))
case("lookalike_keyed_daily_briefing_en", "keyedSubject (`DAILY BRIEFING 10/04/2026 – compiler – headline`: `daily` a publication's word)",
     "DAILY BRIEFING 10/04/2026 – Fiona Innes – " + T("en") + "\n\n" + body("en") + "\n",
     dict(title=T("en"), source=None))
case("lookalike_keyed_revista_pt", "keyedSubject (`REVISTA DE IMPRENSA 10/04/2026 – compiler – headline`: a press review's name)",
     "REVISTA DE IMPRENSA 10/04/2026 – Carla Sousa – " + T("pt") + "\n\n" + body("pt") + "\n",
     dict(title=T("pt"), source=None))
case("target_keyed_mz_de", "keyedSubject (`MITTELBAYERISCHE 09.04.2026 – writer – headline`: a masthead's short name)",
     "MITTELBAYERISCHE 09.04.2026 – Tobias Wagner – " + T("de") + "\n\n" + body("de") + "\n",
     exp("de", source="MITTELBAYERISCHE"))
case("target_keyed_fr", "keyedSubject (`LE BIEN PUBLIC 09/04/2026 – writer – headline`)",
     "LE BIEN PUBLIC 09/04/2026 – Élodie Bernard – " + T("fr") + "\n\n" + body("fr") + "\n",
     exp("fr", source="LE BIEN PUBLIC"))

# ======================= BracketedTrailers / trailingBracketedReference / isHeadlineWithReference =======================
case("lookalike_bracket_podcast_de", "trailingBracketedReference (`[Podcast, 09.04.2026]`: a media tag)",
     art("de", title=T("de") + " [Podcast, 09.04.2026]"),
     dict(published="2026-04-09", source=None))
case("lookalike_bracket_infografia_pt", "trailingBracketedReference (`[Infografia, 09/04/2026]`: a media tag)",
     art("pt", title=T("pt") + " [Infografia, 09/04/2026]"),
     dict(published="2026-04-09", source=None))
case("lookalike_bracket_corrected_en", "trailingBracketedReference (`[Corrected, 10 April 2026]`: a correction's word not in the list)",
     art("en", title=T("en") + " [Corrected, 10 April 2026]"),
     dict(published="2026-04-09", source=None))
case("lookalike_headref_dateline_en", "isHeadlineWithReference (the day line with a bracketed update: `9 April 2026 [updated 10 April 2026, 08:15]`)",
     T("en") + "\nBy Callum Fraser\n9 April 2026 [updated 10 April 2026, 08:15]\n\n" + body("en") + "\n",
     exp("en"))
case("lookalike_headref_byline_de", "isHeadlineWithReference (a byline with a bracketed update: `Von A [aktualisiert 10.04.2026, 08:15 Uhr]`)",
     T("de") + "\nVon Tobias Wagner [aktualisiert 10.04.2026, 08:15 Uhr]\n9. April 2026\n\n" + body("de") + "\n",
     exp("de"))
case("target_bracket_la_es", "BracketedTrailers (`[La Nueva España, 09/04/2026]`: `La` and capitals, a person's form)",
     art("es", title=T("es") + " [La Nueva España, 09/04/2026]", drop_day=True),
     exp("es", source="La Nueva España"))
case("target_bracket_le_fr", "BracketedTrailers (`[Le Bien Public · 9 avril 2026]`)",
     art("fr", title=T("fr") + " [Le Bien Public · 9 avril 2026]", drop_day=True),
     exp("fr", source="Le Bien Public"))
case("target_bracket_paged_pt", "isHeadlineWithReference (`[Diário do Sul, 9 de abril de 2026, p. 5]`: the page form)",
     art("pt", title=T("pt") + " [Diário do Sul, 9 de abril de 2026, p. 5]", drop_day=True),
     exp("pt", source="Diário do Sul"))

# ======================= ExportLines (isExtensionHeader, publishedBesideUpdate) =======================
_b64 = base64.b64encode(("Aberdeen Torry pool press and journal newsletter " * 12).encode()).decode()
case("lookalike_xheader_title_en", "isExtensionHeader (a headline opening `X-Ray: …`: a column's explainer, no mail header)",
     "X-Ray: why Torry waited twenty years for a pool\nBy Callum Fraser\n9 April 2026\n\n" + body("en") + "\n",
     dict(title="X-Ray: why Torry waited twenty years for a pool", authors=["Callum Fraser"], published="2026-04-09"))
case("target_xheader_exchange_en", "isExtensionHeader (a raw mail with unfolded `X-Microsoft-Antispam-…` and `X-Forefront-…` lines of 300-700 bytes)",
     "Received: from EUR03-AM7-obe.outbound.protection.outlook.example (2a01:111:f403:c200::3) by mx.desk.example; Thu, 9 Apr 2026 05:30:04 +0000\n"
     "X-MS-Exchange-Organization-AuthAs: Anonymous\n"
     "X-Microsoft-Antispam-Message-Info: " + _b64 + "\n"
     "X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:GB;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:AM7PR03MB6610.eurprd03.prod.outlook.example;PTR:;CAT:NONE;"
     + "SFS:" + "".join("(%d)" % (13230040 + 7 * i) for i in range(30)) + ";DIR:OUT;SFP:1101;\n"
     "From: The Press and Journal <newsletters@pressandjournal.example>\nTo: desk@desk.example\nSubject: " + T("en") + "\n"
     "Date: Thu, 09 Apr 2026 06:30:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nBy Callum Fraser\n\n" + body("en") + "\n",
     dict(title=T("en"), authors=["Callum Fraser"]))
case("target_updated_published_fr", "publishedBesideUpdate (`Mis à jour le … | Publié le …` under the byline)",
     T("fr") + "\nPar Élodie Bernard\nMis à jour le 10/04/2026 à 08h15 | Publié le 09/04/2026 à 18h02\n\n" + body("fr") + "\n",
     exp("fr"))
case("target_updated_published_es", "publishedBesideUpdate (`Actualizado … · Publicado …`)",
     T("es") + "\nPor Nuria Álvarez\nActualizado 10/04/2026 08:15h · Publicado 09/04/2026 18:02h\n\n" + body("es") + "\n",
     exp("es"))
case("target_updated_published_pt", "publishedBesideUpdate (`Atualizado a 10 abr 2026, 08:15 · Publicado a 9 abr 2026, 18:02`)",
     T("pt") + "\nPor Inês Matos\nAtualizado a 10 abr 2026, 08:15 · Publicado a 9 abr 2026, 18:02\n\n" + body("pt") + "\n",
     exp("pt"))

# ======================= DateReading: a weekday before an ambiguous numeric day =======================
case("target_weekday_en_head", "weekday order (`Thursday, 09/04/2026` under an English byline: 9 April was a Thursday, 4 September a Friday)",
     T("en") + "\nBy Callum Fraser\nThursday, 09/04/2026\n\n" + body("en") + "\n",
     exp("en"))
case("target_weekday_en_foot_short_year", "weekday order (`The Press and Journal, Thu 09/04/26, p. 7` at the foot: a two-digit year)",
     art("en", drop_day=True, foot=["The Press and Journal, Thu 09/04/26, p. 7"]),
     exp("en", source="The Press and Journal"))
case("target_weekday_es_english_tool", "weekday order (a monitoring tool's English-locale `Thu, 04/09/2026` under a Spanish byline: month first)",
     T("es") + "\nPor Nuria Álvarez\nThu, 04/09/2026 08:30 AM\n\n" + body("es") + "\n",
     exp("es"))

# ======================= PastedRows (a section in the first cell) =======================
case("lookalike_row_cronaca_it", "PastedRows (`Cronaca di Bari⇥09/04/2026⇥p. 5`: the local pages' section)",
     "Cronaca di Bari\t09/04/2026\tp. 5\n\n" + art("it", drop_day=True),
     exp("it", source=None))
case("lookalike_row_region_es", "PastedRows (`Asturias⇥09/04/2026⇥pág. 14`: the paper's regional section)",
     "Asturias\t09/04/2026\tpág. 14\n\n" + art("es", drop_day=True),
     exp("es", source=None))
case("target_row_fr", "PastedRows (`Le Bien Public⇥09/04/2026⇥Bernard, Élodie⇥p. 6`)",
     "Le Bien Public\t09/04/2026\tBernard, Élodie\tp. 6\n\n" + art("fr", drop_by=True, drop_day=True),
     exp("fr", source="Le Bien Public"))
case("target_row_pt", "PastedRows (`Diário do Sul⇥Matos, Inês⇥09/04/2026⇥p. 3`: writer before day)",
     "Diário do Sul\tMatos, Inês\t09/04/2026\tp. 3\n\n" + art("pt", drop_by=True, drop_day=True),
     exp("pt", source="Diário do Sul"))
