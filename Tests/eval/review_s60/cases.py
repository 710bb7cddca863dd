# Review of stop 55's reader rules (bbf9a80..352a776) on main's build: look-alikes first in each rule, then fresh targets,
# six desk languages, six articles none of review_s58's or review_s59's.
import json, base64, quopri

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def js(value):
    return json.dumps(value, ensure_ascii=False, indent=2)

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

ARTS = {
 "en": ("Bristol harbour ferries to run again from April", "By Owen Pritchard", "2026-03-12", "12 March 2026", [
    "Bristol's harbour ferries will carry passengers again from the first weekend of April, the city council said on Thursday, after a winter of repairs to three landing stages.",
    "The service, run by a community company since 2019, stopped in November when engineers found rotten timber under the pontoons at Hotwells and Temple Meads.",
    "The repairs cost about £1.2m. Commuters who use the boats between the station and the city centre asked for an earlier first crossing on weekdays."]),
 "fr": ("À Grenoble, la piscine Jean-Bron rouvrira en juin", "Par Élise Garnier", "2026-03-13", "13 mars 2026", [
    "La piscine Jean-Bron, fermée depuis deux ans pour des travaux de rénovation énergétique, rouvrira ses bassins au public le 15 juin, a annoncé vendredi la ville de Grenoble.",
    "Le chantier, d'un montant de 9,8 millions d'euros, a permis de remplacer la toiture et d'installer des pompes à chaleur qui doivent réduire de moitié la facture de gaz.",
    "Les clubs de natation, contraints de s'entraîner à Échirolles pendant les travaux, réclament des créneaux supplémentaires le soir dès la rentrée de septembre."]),
 "de": ("Leipzig baut drei neue Grundschulen bis 2029", "Von Katrin Seidel", "2026-03-12", "12. März 2026", [
    "Der Leipziger Stadtrat hat am Mittwochabend den Bau von drei neuen Grundschulen in Grünau, Paunsdorf und Connewitz beschlossen, die bis zum Schuljahr 2029 fertig sein sollen.",
    "Die Kosten von zusammen rund 96 Millionen Euro trägt zu einem Drittel der Freistaat Sachsen, den Rest finanziert die Stadt über Kredite.",
    "Elternvertreter begrüßten die Entscheidung, kritisierten aber, dass die Containerklassen an mehreren Schulen noch mindestens drei Jahre stehen bleiben müssen."]),
 "es": ("Valencia recupera el tranvía nocturno los fines de semana", "Por Javier Soler", "2026-03-13", "13 de marzo de 2026", [
    "Metrovalencia volverá a ofrecer servicio nocturno en las líneas 4 y 6 del tranvía los viernes y sábados a partir del 3 de abril, según anunció este viernes la Generalitat.",
    "El servicio, suprimido durante la pandemia, funcionará hasta las tres de la madrugada con una frecuencia de treinta minutos y costará 1,2 millones de euros al año.",
    "Las asociaciones vecinales de la Malva-rosa y Benimaclet llevaban dos años reclamando su vuelta, sobre todo para los trabajadores de la hostelería."]),
 "it": ("Bologna, nuove piste ciclabili sui viali entro l'estate", "di Chiara Ferri", "2026-03-12", "12 marzo 2026", [
    "Il Comune di Bologna completerà entro luglio le piste ciclabili protette su tutto l'anello dei viali di circonvallazione, ha annunciato giovedì l'assessora alla Mobilità.",
    "I lavori, finanziati con 11 milioni di euro del Piano nazionale di ripresa, prevedono cordoli in cemento e semafori dedicati agli incroci più pericolosi.",
    "I commercianti di via Saragozza temono la perdita di posti auto, mentre le associazioni di ciclisti chiedono di estendere il progetto alle strade della periferia."]),
 "pt": ("Braga abre novo centro de saúde em Gualtar", "Por Inês Carvalho", "2026-03-13", "13 de março de 2026", [
    "O novo centro de saúde de Gualtar, em Braga, abre portas na próxima segunda-feira e vai servir cerca de 18 mil utentes das freguesias do norte do concelho, anunciou a ULS.",
    "O edifício custou 4,6 milhões de euros, financiados pelo Plano de Recuperação e Resiliência, e terá uma unidade de saúde familiar e uma equipa de cuidados continuados.",
    "Os utentes que até agora se deslocavam ao centro da cidade pediram mais ligações de autocarro ao novo edifício, sobretudo ao início da manhã."]),
}
NAMES = {"en": "Owen Pritchard", "fr": "Élise Garnier", "de": "Katrin Seidel", "es": "Javier Soler", "it": "Chiara Ferri", "pt": "Inês Carvalho"}

def body(lang):
    return "\n\n".join(ARTS[lang][4])

def art(lang, title=None, head=None, foot=(), drop_by=False, drop_day=False):
    T, by, iso, day, paras = ARTS[lang]
    lines = [title or T] + ([] if drop_by else [by]) + ([] if drop_day else [day])
    if head: lines = list(head) + lines
    return "\n".join(lines) + "\n\n" + "\n\n".join(list(paras) + list(foot)) + "\n"

def exp(lang, **over):
    T, by, iso, day, paras = ARTS[lang]
    e = dict(title=T, authors=[NAMES[lang]], published=iso)
    e.update(over)
    return e

# ======================= DeskFetches =======================
def vertical(cmd, rows):
    w = max(len(k) for k, _ in rows) + 1
    return "$ " + cmd + "\nRow 1:\n──────\n" + "\n".join((k + ":").ljust(w) + " " + v for k, v in rows) + "\n"
def mysqlg(cmd, rows):
    w = max(len(k) for k, _ in rows)
    return "$ " + cmd + "\n*************************** 1. row ***************************\n" + "\n".join(k.rjust(w) + ": " + v for k, v in rows) + "\n"

case("lookalike_clickhouse_orders_en", "DeskFetches verticalRecord (ClickHouse Vertical of a shop's orders row: no article)",
     vertical("clickhouse-client --query \"SELECT * FROM shop.orders WHERE order_id = 88231 FORMAT Vertical\"", [
        ("order_id", "88231"), ("customer", "Owen Pritchard"), ("title", "Annual digital subscription"), ("status", "refunded"),
        ("note", "Customer says he was charged twice for the annual plan after the renewal e-mail on 3 March and asked for the second payment to be refunded to the same card, which support confirmed."),
        ("amount", "89.00"), ("created_at", "2026-03-12 09:41:07")]),
     dict(title=None))
case("lookalike_mysql_g_comment_es", "DeskFetches verticalRecord (MySQL \\G of a reader's comment row: no article)",
     mysqlg("mysql -e 'SELECT * FROM web.comentarios WHERE id=551902\\G'", [
        ("id", "551902"), ("articulo_id", "40417"), ("autor", "Vicent M."), ("titulo", "Por fin"),
        ("texto", "Llevo dos años volviendo a casa andando desde el centro los sábados porque no había tranvía después de medianoche. Ojalá esta vez lo mantengan y no lo vuelvan a quitar en cuanto bajen los viajeros en verano."),
        ("fecha", "2026-03-13 10:02:44"), ("aprobado", "1")]),
     dict(title=None))
case("lookalike_clickhouse_product_it", "DeskFetches verticalRecord (ClickHouse Vertical of a product row with title and description: no article)",
     vertical("clickhouse-client -q \"SELECT * FROM negozio.prodotti WHERE sku = 'BICI-204' FORMAT Vertical\"", [
        ("sku", "BICI-204"), ("titolo", "City bike Bologna 28 pollici, telaio in alluminio"), ("marca", "Ciclofficina Emiliana"),
        ("descrizione", "Bicicletta da città con telaio leggero in alluminio, cambio a sette velocità, portapacchi posteriore e luci a dinamo. Ideale per gli spostamenti quotidiani sulle nuove piste ciclabili dei viali, consegna gratuita in tutta la provincia."),
        ("prezzo", "449.00"), ("data", "2026-03-12")]),
     dict(title=None))
case("lookalike_svn_log_only_fr", "DeskFetches svn (svn log of the desk's repository, no file printed: no article)",
     "$ svn log -l 3 https://svn.desk.example.fr/archives/trunk\n" + "-" * 72 +
     "\nr1204 | egarnier | 2026-03-13 11:02:19 +0100 (ven. 13 mars 2026) | 1 line\n\nAjout de l'article sur la piscine Jean-Bron\n" + "-" * 72 +
     "\nr1203 | mroux | 2026-03-12 17:40:03 +0100 (jeu. 12 mars 2026) | 2 lines\n\nCorrection des accents dans les brèves de Grenoble\net renommage du dossier sport\n" + "-" * 72 +
     "\nr1202 | egarnier | 2026-03-12 09:15:51 +0100 (jeu. 12 mars 2026) | 1 line\n\nRevue de presse du jeudi\n" + "-" * 72 + "\n",
     dict(title=None))
case("lookalike_svn_cat_readme_en", "DeskFetches svn (svn log then svn cat of the archive's README.txt: no article)",
     "$ svn log -v -l 1 https://svn.desk.example.co.uk/clips/trunk/README.txt\n" + "-" * 72 +
     "\nr88 | opritchard | 2026-03-12 16:20:11 +0000 (Thu, 12 Mar 2026) | 1 line\nChanged paths:\n   M /trunk/README.txt\n\nNaming rules\n" + "-" * 72 +
     "\n$ svn cat https://svn.desk.example.co.uk/clips/trunk/README.txt\nClippings archive\n\n"
     "Every clipping goes into a folder named after the year and month it was published, and the file is named after the publication and a short slug of the headline.\n\n"
     "Please commit clippings as plain text in UTF-8, with the headline on the first line and the byline and date under it. Scans go to the separate scans repository, never here.\n",
     dict(title=None))
case("lookalike_rclone_lsl_photos_pt", "DeskFetches rclone (rclone lsl of a photo folder, nothing printed: no article)",
     "$ rclone lsl fotos:braga/2026-03-13\n  4823112 2026-03-13 09:12:40.000000000 gualtar-fachada-01.jpg\n  5120876 2026-03-13 09:13:02.000000000 gualtar-fachada-02.jpg\n"
     "  3987210 2026-03-13 09:20:55.000000000 gualtar-interior-consultorio.jpg\n  4410032 2026-03-13 09:31:18.000000000 presidente-camara-visita.jpg\n",
     dict(title=None))
case("lookalike_ytdlp_lecture_en", "DeskFetches yt-dlp --dump-json (a university lecture with a long description: no article)",
     "$ yt-dlp -j https://www.youtube.com/watch?v=kL9pQ2xV7rE\n" + js({"id": "kL9pQ2xV7rE", "title": "Lecture 14: Tidal flows in estuaries and harbours",
        "uploader": "University of Bristol", "channel": "University of Bristol", "upload_date": "20260310", "duration": 3120, "categories": ["Education"],
        "description": "In this lecture of the second-year coastal engineering course, we look at how tides drive flows in estuaries and enclosed harbours, with the Avon and Bristol's Floating Harbour as worked examples. We derive the tidal prism, discuss locks and sluices, and finish with the problem sheet for week eight. Slides and the problem sheet are on the course page.",
        "webpage_url": "https://www.youtube.com/watch?v=kL9pQ2xV7rE", "extractor": "youtube", "view_count": 812}) + "\n",
     dict(title=None))
case("lookalike_ytdlp_recipe_fr", "DeskFetches yt-dlp --dump-json (a cookery video described at length: no article)",
     "$ yt-dlp --dump-json --skip-download https://www.youtube.com/watch?v=Gr7nB1tA0sQ\n" + js({"id": "Gr7nB1tA0sQ", "title": "Le gratin dauphinois de ma grand-mère, la vraie recette",
        "uploader": "Cuisine des Alpes", "upload_date": "20260308", "duration": 734, "categories": ["Howto & Style"],
        "description": "Aujourd'hui je vous montre le vrai gratin dauphinois, sans fromage et sans œufs, comme on le fait chez nous à Grenoble depuis toujours. Il vous faut un kilo de pommes de terre à chair ferme, un demi-litre de lait entier, vingt centilitres de crème, une gousse d'ail et de la muscade. Abonnez-vous pour ne rater aucune recette !",
        "webpage_url": "https://www.youtube.com/watch?v=Gr7nB1tA0sQ", "extractor": "youtube"}) + "\n",
     dict(title=None))
case("lookalike_curl_i_404_de", "DeskFetches httpResponse (curl -i of an API's 404 error: no article)",
     "$ curl -i https://api.lvz.example.de/v2/articles/leipzig-grundschulen-2029\nHTTP/2 404\ncontent-type: application/json\ndate: Thu, 12 Mar 2026 14:03:11 GMT\n\n"
     + js({"status": 404, "error": "Not Found", "title": "Artikel nicht gefunden",
           "message": "Der angeforderte Artikel existiert nicht oder wurde depubliziert. Bitte prüfen Sie die ID oder wenden Sie sich an den Support der Redaktion."}) + "\n",
     dict(title=None))
case("lookalike_http_list_es", "DeskFetches httpResponse (HTTPie answer with a list of three articles' summaries: no single article)",
     "$ http GET 'https://api.levante.example.es/v1/articulos?seccion=valencia&limit=3'\nHTTP/1.1 200 OK\nContent-Type: application/json\nDate: Fri, 13 Mar 2026 12:00:00 GMT\n\n"
     + js({"total": 1240, "resultados": [
          {"id": 9911, "titulo": ARTS["es"][0], "autor": "Javier Soler", "fecha": "2026-03-13", "resumen": ARTS["es"][4][0]},
          {"id": 9908, "titulo": "El Ayuntamiento amplía la zona de bajas emisiones a Campanar", "autor": "Marta Vidal", "fecha": "2026-03-12", "resumen": "La ordenanza entrará en vigor en septiembre y afectará a unos 40.000 vehículos."},
          {"id": 9902, "titulo": "La Albufera registra su mejor nivel de agua en una década", "autor": "Pau Ferrer", "fecha": "2026-03-12", "resumen": "Las lluvias de febrero han llenado el lago por encima de la media."}]}) + "\n",
     dict(title=None))
case("lookalike_http_comment_de", "DeskFetches httpResponse (HTTPie answer of a reader's comment with author and body: no article)",
     "$ http https://cms.lvz.example.de/api/comments/778120\nHTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n"
     + js({"id": 778120, "article_id": 30117, "author": "Klaus M.", "created_at": "2026-03-12T19:44:02+01:00", "status": "published",
           "body": "Schön und gut, aber in Grünau warten wir seit zehn Jahren auf eine neue Schule. Die Containerklassen sollten nur zwei Jahre stehen, jetzt sind es schon sieben. Ich glaube erst an die Eröffnung 2029, wenn mein Enkel dort eingeschult wird, und nicht einen Tag früher."}) + "\n",
     dict(title=None))
case("lookalike_himalaya_it_notice_de", "DeskFetches himalaya (a forwarded IT maintenance notice of 60+ words: no article)",
     "$ himalaya message read 318\nFrom: Tobias Roth <troth@desk.example.de>\nTo: redaktion@desk.example.de\nSubject: WG: Wartungsarbeiten am Redaktionssystem\n\nZur Info, bitte vorher alles speichern.\n\nTobias\n\n"
     "---------- Weitergeleitete Nachricht ---------\nFrom: IT-Service <it-service@desk.example.de>\nDate: Wed, 11 Mar 2026 16:20\nSubject: Wartungsarbeiten am Redaktionssystem\nTo: <troth@desk.example.de>\n\n"
     "Liebe Kolleginnen und Kollegen,\n\nam Samstag, 14. März, ist das Redaktionssystem zwischen 22 Uhr und 2 Uhr nicht erreichbar, weil wir die Datenbank auf neue Server umziehen. "
     "Bitte speichern Sie offene Texte vorher und melden Sie sich ab. Die Agenturmeldungen laufen in dieser Zeit weiter in den Eingangskorb und werden danach automatisch übernommen. "
     "Bei Fragen erreichen Sie uns unter der bekannten Durchwahl.\n\nIhr IT-Service\n",
     dict(title=None))
case("lookalike_linkwarden_shop_pt", "DeskFetches Linkwarden (a saved shop page with 40+ words of product text: no article)",
     "$ curl -s -H \"Authorization: Bearer 9f8e7d\" https://links.desk.example.pt/api/v1/links/77\n" + js({"response": {
        "id": 77, "name": "Cadeira de escritório ergonómica Lisboa Pro", "type": "url", "description": "", "url": "https://loja.example.pt/cadeira-lisboa-pro",
        "textContent": "Loja Escritório Total\nCadeira de escritório ergonómica Lisboa Pro\nA cadeira Lisboa Pro tem apoio lombar ajustável, braços reguláveis em quatro direções e um assento em espuma de alta densidade que se mantém confortável durante todo o dia de trabalho. Entrega gratuita em Portugal continental em 48 horas e devolução grátis durante trinta dias.\nPreço: 189,90 €",
        "collectionId": 4, "createdAt": "2026-03-13T10:00:00.000Z", "collection": {"id": 4, "name": "Compras", "ownerId": 1}}}) + "\n",
     dict(title=None))
# targets
case("target_clickhouse_article_pt", "DeskFetches verticalRecord (ClickHouse Vertical of an articles row, Portuguese columns, a byline array)",
     vertical("clickhouse-client --query \"SELECT * FROM imprensa.artigos WHERE id = 20417 FORMAT Vertical\"", [
        ("id", "20417"), ("titulo", ARTS["pt"][0]), ("autores", "['Inês Carvalho']"), ("jornal", "Correio do Minho"),
        ("publicado", "2026-03-13"), ("texto", " ".join(ARTS["pt"][4])), ("importado_em", "2026-03-14 06:00:12")]),
     dict(title=ARTS["pt"][0], authors=["Inês Carvalho"], published="2026-03-13", source="Correio do Minho"))
case("target_mysql_g_article_fr", "DeskFetches verticalRecord (MySQL \\G of an articles row, French columns)",
     mysqlg("mysql -u desk -p revue -e 'SELECT * FROM articles WHERE id=7710\\G'", [
        ("id", "7710"), ("titre", ARTS["fr"][0]), ("auteur", "Élise Garnier"), ("journal", "Le Dauphiné libéré"),
        ("date_publication", "2026-03-13"), ("texte", " ".join(ARTS["fr"][4])), ("saisi_le", "2026-03-14 08:12:40")]),
     dict(title=ARTS["fr"][0], authors=["Élise Garnier"], published="2026-03-13", source="Le Dauphiné libéré"))
case("target_curl_i_schema_en", "DeskFetches httpResponse (curl -i of a CMS article in schema.org keys: headline, author object, datePublished)",
     "$ curl -i https://cms.bristolpost.example.co.uk/api/content/harbour-ferries-april\nHTTP/1.1 200 OK\nContent-Type: application/json\nLast-Modified: Sat, 14 Mar 2026 08:00:00 GMT\n\n"
     + js({"@type": "NewsArticle", "headline": ARTS["en"][0], "author": {"@type": "Person", "name": "Owen Pritchard"},
           "datePublished": "2026-03-12", "publisher": {"@type": "Organization", "name": "Bristol Post"}, "articleBody": " ".join(ARTS["en"][4])}) + "\n",
     dict(title=ARTS["en"][0], authors=["Owen Pritchard"], published="2026-03-12", source="Bristol Post"))
case("target_http_nested_data_it", "DeskFetches httpResponse (HTTPie answer of a headless CMS: {data: {attributes: …}})",
     "$ http GET https://cms.corrieredibologna.example.it/api/articoli/3321\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n"
     + js({"data": {"id": 3321, "attributes": {"titolo": ARTS["it"][0], "autore": "Chiara Ferri", "testata": "Corriere di Bologna",
           "data_pubblicazione": "2026-03-12", "testo": " ".join(ARTS["it"][4])}}, "meta": {}}) + "\n",
     dict(title=ARTS["it"][0], authors=["Chiara Ferri"], published="2026-03-12", source="Corriere di Bologna"))
case("target_rclone_cat_it", "DeskFetches rclone (rclone lsjson, then rclone cat of the clipping under its masthead)",
     "$ rclone lsjson archivio:ritagli/2026/03 --include 'bologna-*'\n" + js([{"Path": "bologna-ciclabili.txt", "Name": "bologna-ciclabili.txt", "Size": 1622,
        "MimeType": "text/plain; charset=utf-8", "ModTime": "2026-03-14T07:30:00Z", "IsDir": False}]) +
     "\n$ rclone cat archivio:ritagli/2026/03/bologna-ciclabili.txt\nCORRIERE DI BOLOGNA\n\n" + ARTS["it"][0] + "\ndi Chiara Ferri\n12 marzo 2026\n\n" + body("it") + "\n",
     dict(title=ARTS["it"][0], authors=["Chiara Ferri"], published="2026-03-12", source="CORRIERE DI BOLOGNA"))
case("target_svn_cat_de", "DeskFetches svn (svn log -v, then svn cat of the clipping: publication and day under the headline)",
     "$ svn log -v -l 1 svn://archiv.desk.example.de/ausschnitte/2026/leipzig-schulen.txt\n" + "-" * 72 +
     "\nr5120 | kseidel | 2026-03-13 08:01:44 +0100 (Fr, 13. Mär 2026) | 1 line\nGeänderte Pfade:\n   A /2026/leipzig-schulen.txt\n\nAusschnitt LVZ\n" + "-" * 72 +
     "\n$ svn cat svn://archiv.desk.example.de/ausschnitte/2026/leipzig-schulen.txt\n" + ARTS["de"][0] + "\nLeipziger Volkszeitung, 12. März 2026\nVon Katrin Seidel\n\n" + body("de") + "\n",
     dict(title=ARTS["de"][0], authors=["Katrin Seidel"], published="2026-03-12", source="Leipziger Volkszeitung"))
case("target_ytdlp_news_de", "DeskFetches yt-dlp --dump-json (a broadcaster's news video, credit line, 60+ words)",
     "$ yt-dlp --dump-json https://www.youtube.com/watch?v=Ls3Gr8nUw2c\n" + js({"id": "Ls3Gr8nUw2c", "title": "Leipzig: Drei neue Grundschulen bis 2029",
        "uploader": "MDR SACHSEN", "channel": "MDR SACHSEN", "upload_date": "20260312", "duration": 118, "categories": ["News & Politics"],
        "description": "Ein Beitrag von Katrin Seidel\n\n" + ARTS["de"][4][0] + " " + ARTS["de"][4][1],
        "webpage_url": "https://www.youtube.com/watch?v=Ls3Gr8nUw2c", "extractor": "youtube"}) + "\n",
     dict(title="Leipzig: Drei neue Grundschulen bis 2029", authors=["Katrin Seidel"], published="2026-03-12", source="MDR SACHSEN"))
case("target_ytdlp_short_news_es", "DeskFetches yt-dlp --dump-json (a news clip with a two-sentence, 32-word description)",
     "$ yt-dlp -j https://www.youtube.com/watch?v=Vt9nC4aQe1o\n" + js({"id": "Vt9nC4aQe1o", "title": "Vuelve el tranvía nocturno a Valencia",
        "uploader": "À Punt Notícies", "upload_date": "20260313", "duration": 95, "categories": ["News & Politics"],
        "description": "Metrovalencia recupera desde el 3 de abril el servicio nocturno de las líneas 4 y 6 los viernes y sábados. Las asociaciones vecinales llevaban dos años reclamando su vuelta tras la pandemia.",
        "webpage_url": "https://www.youtube.com/watch?v=Vt9nC4aQe1o", "extractor": "youtube"}) + "\n",
     dict(title="Vuelve el tranvía nocturno a Valencia", published="2026-03-13", source="À Punt Notícies"))
case("target_himalaya_forward_pt", "DeskFetches himalaya (a forwarded newsletter article, Portuguese forward mark)",
     "$ himalaya message read 902\nFrom: Rui Matos <rmatos@desk.example.pt>\nTo: redacao@desk.example.pt\nSubject: Enc: " + ARTS["pt"][0] + "\n\nPara a revista de imprensa.\n\nRui\n\n"
     "---------- Mensagem encaminhada ---------\nFrom: Correio do Minho <newsletter@correiodominho.example.pt>\nDate: Fri, 13 Mar 2026 07:00\nSubject: " + ARTS["pt"][0] +
     "\nTo: <rmatos@desk.example.pt>\n\n" + ARTS["pt"][0] + "\nPor Inês Carvalho\n13 de março de 2026\n\n" + body("pt") + "\n",
     dict(title=ARTS["pt"][0], authors=["Inês Carvalho"], published="2026-03-13", source="Correio do Minho"))
case("target_rdrview_es", "DeskFetches rdrview (-M fields over the page html2text printed)",
     "$ rdrview -M https://www.levante.example.es/valencia/tranvia-nocturno\nTitle: " + ARTS["es"][0] + "\nByline: Javier Soler\nExcerpt: " + ARTS["es"][4][0] +
     "\n$ rdrview -T sitename,title,byline,body -H https://www.levante.example.es/valencia/tranvia-nocturno | html2text -utf8\nLevante-EMV\n\n****** " + ARTS["es"][0] +
     " ******\n\nJavier Soler\n\n13 de marzo de 2026\n\n" + body("es") + "\n",
     dict(title=ARTS["es"][0], authors=["Javier Soler"], published="2026-03-13", source="Levante-EMV"))
case("target_linkwarden_fr", "DeskFetches Linkwarden (a saved link with its readable text under the site's name)",
     "$ curl -s -H \"Authorization: Bearer 0a9b8c\" https://links.desk.example.fr/api/v1/links/415\n" + js({"response": {
        "id": 415, "name": ARTS["fr"][0], "type": "url", "description": "", "url": "https://www.ledauphine.example.fr/isere/piscine-jean-bron",
        "textContent": "\n".join(["Le Dauphiné libéré", ARTS["fr"][0], "Par Élise Garnier", "13 mars 2026"] + ARTS["fr"][4]),
        "collectionId": 9, "createdAt": "2026-03-14T09:00:00.000Z", "collection": {"id": 9, "name": "Revue de presse", "ownerId": 1}}}) + "\n",
     dict(title=ARTS["fr"][0], authors=["Élise Garnier"], published="2026-03-13", source="Le Dauphiné libéré"))

# ======================= IssueReferences.readMastheadLine =======================
case("lookalike_masthead_comic_issue_it", "IssueReferences.readMastheadLine (a comic's issue box at a review's foot: TEX — N. 785 — marzo 2026 — Prezzo 4,40 euro)",
     art("it", title="Tex compie 78 anni e cambia disegnatore", foot=["TEX — N. 785 — marzo 2026 — Prezzo 4,40 euro"]),
     dict(title="Tex compie 78 anni e cambia disegnatore", authors=["Chiara Ferri"], published="2026-03-12", source=None))
case("lookalike_masthead_book_series_fr", "IssueReferences.readMastheadLine (a paperback series' box at a book review's foot)",
     art("fr", title="Un polar grenoblois au bord des piscines", foot=["FOLIO POLICIER — N° 1024 — mars 2026 — 352 pages — Prix : 9,20 €"]),
     dict(title="Un polar grenoblois au bord des piscines", authors=["Élise Garnier"], published="2026-03-13", source=None))
case("lookalike_masthead_goal_kicker_pt", "IssueReferences.readMastheadLine (a sports kicker in capitals over the headline: a goal's number and the day)",
     t("SC BRAGA — Nº 100 — 13 de março de 2026 — GOLO DE RICARDO HORTA", "Horta chega aos cem golos pelo Braga na vitória sobre o Famalicão", "Por Inês Carvalho",
       "Ricardo Horta marcou esta sexta-feira o centésimo golo com a camisola do Sporting de Braga, aos 63 minutos, num remate de fora da área que deu a vitória à equipa de Carlos Carvalhal.",
       "O capitão, que chegou a Braga em 2017, é o primeiro jogador do clube a atingir a marca na era moderna e recebeu uma ovação de pé no Estádio Municipal."),
     dict(title="Horta chega aos cem golos pelo Braga na vitória sobre o Famalicão", authors=["Inês Carvalho"], published="2026-03-13", source=None))
case("target_masthead_anno_numero_it", "IssueReferences.readMastheadLine (an Italian masthead: CORRIERE DI BOLOGNA — Anno 31 — N. 60 — giovedì 12 marzo 2026 — € 1,70)",
     t("CORRIERE DI BOLOGNA — Anno 31 — N. 60 — giovedì 12 marzo 2026 — € 1,70", ARTS["it"][0], "di Chiara Ferri", body("it")),
     dict(title=ARTS["it"][0], authors=["Chiara Ferri"], published="2026-03-12", source="CORRIERE DI BOLOGNA"))
case("target_masthead_weekly_zeit_de", "IssueReferences.readMastheadLine (a weekly's masthead: two-digit issue number)",
     t("DIE ZEIT — Nr. 11 — 12. März 2026 — Preis 6,90 €", ARTS["de"][0], "Von Katrin Seidel", body("de")),
     dict(title=ARTS["de"][0], authors=["Katrin Seidel"], published="2026-03-12", source="DIE ZEIT"))
case("target_masthead_dotted_number_pt", "IssueReferences.readMastheadLine (PÚBLICO — N.º 12.721 — Sexta-feira, 13 de março de 2026 — Preço 1,80 €)",
     t("PÚBLICO — N.º 12.721 — Sexta-feira, 13 de março de 2026 — Preço 1,80 €", ARTS["pt"][0], "Por Inês Carvalho", body("pt")),
     dict(title=ARTS["pt"][0], authors=["Inês Carvalho"], published="2026-03-13", source="PÚBLICO"))
case("target_masthead_price_only_en", "IssueReferences.readMastheadLine (THE BRISTOL POST — No. 42318 — Thursday, March 12, 2026 — £1.40: the price without its word)",
     t("THE BRISTOL POST — No. 42318 — Thursday, March 12, 2026 — £1.40", ARTS["en"][0], "By Owen Pritchard", body("en")),
     dict(title=ARTS["en"][0], authors=["Owen Pritchard"], published="2026-03-12", source="THE BRISTOL POST"))

# ======================= IndexEntries.numberedItem, long date in the headline's parenthesis =======================
case("lookalike_numbered_planning_list_de", "IndexEntries.numberedItem (the desk's planning list: 1. Leipzig, 12.03.2026 — Pressekonferenz …: no article)",
     t("1. Leipzig, 12.03.2026 — Pressekonferenz Schulbauprogramm, Neues Rathaus, 10 Uhr (Seidel)\n2. Leipzig, 12.03.2026 — Stadtrat, Abstimmung Haushalt, ab 14 Uhr (Roth)\n"
       "3. Markkleeberg, 13.03.2026 — Eröffnung Kita Am Auenwald, 9 Uhr (Foto: Lange)\n4. Leipzig, 14.03.2026 — Frühjahrsputz Clara-Zetkin-Park (nur Bild)"),
     dict(title=None))
case("lookalike_numbered_fixtures_pt", "IndexEntries.numberedItem (a club's fixture list opening the clipping, the article under it)",
     t("1. Famalicão, 13/03/2026 — Estádio Municipal, 20h15\n2. Porto, 21/03/2026 — Estádio do Dragão, 18h00\n3. Gil Vicente, 04/04/2026 — Estádio Cidade de Barcelos, 15h30",
       ARTS["pt"][0], "Por Inês Carvalho", "13 de março de 2026", body("pt")),
     exp("pt"))
case("lookalike_paren_event_weekday_en", "IndexEntries (headline closed by an event's day with its weekday: (Saturday, July 18, 2026): no publication)",
     art("en", title="Bristol Harbour Festival returns with a night-time ferry parade (Saturday, July 18, 2026)"),
     dict(title="Bristol Harbour Festival returns with a night-time ferry parade (Saturday, July 18, 2026)", authors=["Owen Pritchard"], published="2026-03-12", source=None))
case("lookalike_paren_session_weekday_de", "IndexEntries (headline closed by a council session and its day: (Sondersitzung, Mittwoch, 11. März 2026))",
     art("de", title="Was der Stadtrat zum Schulbau beschlossen hat (Sondersitzung, Mittwoch, 11. März 2026)"),
     dict(title="Was der Stadtrat zum Schulbau beschlossen hat (Sondersitzung, Mittwoch, 11. März 2026)", authors=["Katrin Seidel"], published="2026-03-12", source=None))
case("lookalike_paren_super_tuesday_en", "IndexEntries (headline closed by an election's name and day: (Super Tuesday, March 3, 2026))",
     art("en", title="Bristol's American voters queue at the consulate (Super Tuesday, March 3, 2026)"),
     dict(title="Bristol's American voters queue at the consulate (Super Tuesday, March 3, 2026)", authors=["Owen Pritchard"], published="2026-03-12", source=None))
case("lookalike_paren_conseil_fr", "IndexEntries (headline closed by a council meeting and its day, no comma in the day: (Conseil municipal, lundi 16 mars 2026))",
     art("fr", title="Ce que la ville va voter pour ses piscines (Conseil municipal, lundi 16 mars 2026)"),
     dict(title="Ce que la ville va voter pour ses piscines (Conseil municipal, lundi 16 mars 2026)", authors=["Élise Garnier"], published="2026-03-13", source=None))
case("target_numbered_it_three_parts", "IndexEntries.numberedItem (4. Corriere di Bologna, 12 marzo 2026, pag. 5 — Title)",
     t("Rassegna stampa — Mobilità", "4. Corriere di Bologna, 12 marzo 2026, pag. 5 — " + ARTS["it"][0], "di Chiara Ferri", body("it")),
     dict(title=ARTS["it"][0], authors=["Chiara Ferri"], published="2026-03-12", source="Corriere di Bologna"))
case("target_numbered_es_brand", "IndexEntries.numberedItem (2) elDiario.es, 13/03/2026 – Title: a brand in one lowercase-led word)",
     t("Resumen de prensa — Transporte", "2) elDiario.es, 13/03/2026 – " + ARTS["es"][0], "Javier Soler", body("es")),
     dict(title=ARTS["es"][0], authors=["Javier Soler"], published="2026-03-13", source="elDiario.es"))
case("target_numbered_fr_page_only", "IndexEntries.numberedItem (5. Le Dauphiné libéré, p. 4 — Title: a page, no day)",
     t("Revue de presse — Isère", "5. Le Dauphiné libéré, p. 4 — " + ARTS["fr"][0], "Par Élise Garnier", "13 mars 2026", body("fr")),
     dict(title=ARTS["fr"][0], authors=["Élise Garnier"], published="2026-03-13", source="Le Dauphiné libéré"))
case("target_paren_ap_long_date_en", "IndexEntries (Title (AP, March 12, 2026): an agency and a long date with its comma)",
     ARTS["en"][0] + " (AP, March 12, 2026)\nBy Owen Pritchard\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], authors=["Owen Pritchard"], published="2026-03-12", source="AP"))
case("target_paren_weekday_date_en", "IndexEntries (Title (The Guardian, Thursday, March 12, 2026): four comma parts)",
     ARTS["en"][0] + " (The Guardian, Thursday, March 12, 2026)\nBy Owen Pritchard\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], authors=["Owen Pritchard"], published="2026-03-12", source="The Guardian"))

# ======================= SourceLines filing stamp =======================
case("target_stamp_filed_on_en", "SourceLines filing stamp (Source: X — filed on day: the name, not the day)",
     art("en", foot=["Source: Bristol Post — filed on 14 March 2026"]),
     exp("en", source="Bristol Post"))
case("target_stamp_guardado_es", "SourceLines filing stamp (Fuente: Levante-EMV — guardado el day)",
     art("es", foot=["Fuente: Levante-EMV — guardado el 15/03/2026"]),
     exp("es", source="Levante-EMV"))
case("target_stamp_eingegangen_de", "SourceLines filing stamp (Quelle: LVZ – eingegangen am day, the head without a day)",
     art("de", drop_day=True, foot=["Quelle: Leipziger Volkszeitung – eingegangen am 14.03.2026"]),
     dict(title=ARTS["de"][0], authors=["Katrin Seidel"], published=None, source="Leipziger Volkszeitung"))
case("lookalike_stamp_edition_day_fr", "SourceLines filing stamp (Source : X – édition du day: the paper's day, kept)",
     art("fr", drop_day=True, foot=["Source : Le Dauphiné libéré – édition du 13/03/2026"]),
     dict(title=ARTS["fr"][0], authors=["Élise Garnier"], published="2026-03-13", source="Le Dauphiné libéré"))

# ======================= LayoutReader.placedDate =======================
def placed(lang, opening, title=None, drop_day=True):
    T, by, iso, day, paras = ARTS[lang]
    return (title or T) + "\n" + by + ("" if drop_day else "\n" + day) + "\n\n" + opening + "\n\n" + "\n\n".join(paras[1:]) + "\n"
case("lookalike_placed_history_de", "LayoutReader.placedDate (a remembered day opening an undated feature: Leipzig, 9. Oktober 1989 – …)",
     t("Leipzig plant ein Denkmal für die Friedliche Revolution", "Von Katrin Seidel",
       "Leipzig, 9. Oktober 1989 – Mehr als 70.000 Menschen ziehen an diesem Montagabend über den Ring, vorbei an der Stasi-Zentrale, und rufen „Wir sind das Volk“.",
       "Mehr als dreißig Jahre später soll auf dem Wilhelm-Leuschner-Platz endlich das Denkmal entstehen, über das die Stadt seit 2008 streitet. Der Stadtrat hat am Mittwoch einen neuen Wettbewerb beschlossen."),
     dict(title="Leipzig plant ein Denkmal für die Friedliche Revolution", authors=["Katrin Seidel"], published=None))
case("lookalike_placed_agenda_weekday_fr", "LayoutReader.placedDate (an agenda item opening an undated listing: Samedi, 21 mars – …)",
     t("Les rendez-vous du week-end à Grenoble", "Par Élise Garnier",
       "Samedi, 21 mars – Portes ouvertes à la piscine Jean-Bron, de 10 heures à 17 heures, avec visite du chantier et démonstrations des clubs de natation.",
       "Dimanche, 22 mars – Marché aux plantes sur l'esplanade, puis concert de l'harmonie municipale au kiosque du Jardin de ville à 16 heures."),
     dict(title="Les rendez-vous du week-end à Grenoble", authors=["Élise Garnier"], published=None))
case("lookalike_placed_match_report_it", "LayoutReader.placedDate (an undated feature opening on a past match: Bologna, 7 giugno 1964 – …)",
     t("Sessant'anni dopo, i viali tornano dei ciclisti", "di Chiara Ferri",
       "Bologna, 7 giugno 1964 - Il Bologna di Bernardini vince lo spareggio con l'Inter all'Olimpico e la città scende in strada sui viali, in bicicletta, fino all'alba.",
       ARTS["it"][4][0], ARTS["it"][4][1]),
     dict(title="Sessant'anni dopo, i viali tornano dei ciclisti", authors=["Chiara Ferri"], published=None))
case("target_placed_three_words_de", "LayoutReader.placedDate (Frankfurt am Main, 12. März 2026 – …: a town with a lowercase word)",
     placed("de", "Frankfurt am Main, 12. März 2026 – " + ARTS["de"][4][0]), exp("de"))
case("target_placed_rio_pt", "LayoutReader.placedDate (Rio de Janeiro, 13 de março de 2026 — …)",
     placed("pt", "Rio de Janeiro, 13 de março de 2026 — " + ARTS["pt"][4][0]), exp("pt"))
case("target_placed_le_day_fr", "LayoutReader.placedDate (Grenoble, le 13 mars 2026 — …: the French article before the day)",
     placed("fr", "Grenoble, le 13 mars 2026 — " + ARTS["fr"][4][0]), exp("fr"))
case("target_placed_caps_it", "LayoutReader.placedDate (BOLOGNA, 12 marzo 2026 - …)",
     placed("it", "BOLOGNA, 12 marzo 2026 - " + ARTS["it"][4][0]), exp("it"))
case("target_placed_us_en", "LayoutReader.placedDate (BRISTOL, England, March 12, 2026 — …: town, country, the long date with its comma)",
     placed("en", "BRISTOL, England, March 12, 2026 — " + ARTS["en"][4][0]), exp("en"))

# ======================= LayoutReader.narrowTitle =======================
def wide(lang):
    return "\n\n".join(ARTS[lang][4])
case("lookalike_narrow_inviato_it", "LayoutReader.narrowTitle (a headline over `dal nostro inviato`, a lowercase line, then the name)",
     t("Bologna, nuove piste ciclabili sui viali\ndal nostro inviato a Bologna\nChiara Ferri\n12 marzo 2026", wide("it")),
     dict(title="Bologna, nuove piste ciclabili sui viali", authors=["Chiara Ferri"], published="2026-03-12"))
case("lookalike_narrow_via_en", "LayoutReader.narrowTitle (a headline over an aggregator's `via Bristol Post` line)",
     t("Bristol harbour ferries to run again in April\nvia Bristol Post\nBy Owen Pritchard\n12 March 2026", wide("en")),
     dict(title="Bristol harbour ferries to run again in April", authors=["Owen Pritchard"], published="2026-03-12"))
case("lookalike_narrow_envoyee_fr", "LayoutReader.narrowTitle (a headline over `de notre envoyée spéciale`, then the name)",
     t("Grenoble rouvre sa piscine Jean-Bron en juin\nde notre envoyée spéciale à Grenoble\nÉlise Garnier\n13 mars 2026", wide("fr")),
     dict(title="Grenoble rouvre sa piscine Jean-Bron en juin", authors=["Élise Garnier"], published="2026-03-13"))
case("target_narrow_pt_three", "LayoutReader.narrowTitle (a headline wrapped over three narrow lines above the byline)",
     t("Braga abre novo centro de saúde em\nGualtar para servir as freguesias do\nnorte do concelho\nPor Inês Carvalho\n13 de março de 2026", wide("pt")),
     dict(title="Braga abre novo centro de saúde em Gualtar para servir as freguesias do norte do concelho", authors=["Inês Carvalho"], published="2026-03-13"))
case("target_narrow_en_proper_noun", "LayoutReader.narrowTitle (a break after `the`, the next line a proper noun)",
     t("Council agrees to reopen the ferry stop at the\nCottage Inn landing after winter repairs\nBy Owen Pritchard\n12 March 2026", wide("en")),
     dict(title="Council agrees to reopen the ferry stop at the Cottage Inn landing after winter repairs", authors=["Owen Pritchard"], published="2026-03-12"))

# ======================= CreditLines Berichterstattung =======================
case("lookalike_berichterstattung_agencies_de", "CreditLines (Berichterstattung: dpa, epd at the foot under a byline: agencies, no writers)",
     art("de", foot=["Berichterstattung: dpa, epd"]), exp("de"))
case("target_berichterstattung_von_de", "CreditLines (Berichterstattung von A und B at the foot, no byline)",
     art("de", drop_by=True, foot=["Berichterstattung von Katrin Seidel und Tobias Roth"]),
     exp("de", authors=["Katrin Seidel", "Tobias Roth"]))

# ======================= ArticleMarkers sheet's Original: =======================
case("lookalike_original_ressort_de", "ArticleMarkers (`Ressort: Kultur` first, then an article with a paragraph `Das Original:` in its first 12 lines)",
     t("Ressort: Kultur", "Leipzigs Stadtbibliothek zeigt eine Kopie der Gutenberg-Bibel\nVon Katrin Seidel\n12. März 2026",
       "Die Leipziger Stadtbibliothek stellt ab Samstag eine originalgetreue Kopie der Gutenberg-Bibel aus, die eine Druckerei aus Mainz in drei Jahren angefertigt hat.",
       "Das Original:", "Eines der wenigen erhaltenen Exemplare auf Pergament liegt in der Deutschen Nationalbibliothek und wird nur alle paar Jahre für Fachleute geöffnet."),
     dict(title="Leipzigs Stadtbibliothek zeigt eine Kopie der Gutenberg-Bibel", authors=["Katrin Seidel"], published="2026-03-12"))
case("lookalike_original_rubrica_it", "ArticleMarkers (`Rubrica: Arte` first, a paragraph `L'originale:` in the first 12 lines)",
     t("Rubrica: Arte", "A Bologna la copia del Nettuno torna in piazza\ndi Chiara Ferri\n12 marzo 2026",
       "La copia in resina del Nettuno del Giambologna, usata durante il restauro, sarà esposta da sabato nel cortile di Palazzo d'Accursio.",
       "L'originale:", "La statua in bronzo, restaurata nel 2019, resta al suo posto sulla fontana di piazza del Nettuno."),
     dict(title="A Bologna la copia del Nettuno torna in piazza", authors=["Chiara Ferri"], published="2026-03-12"))
case("lookalike_original_section_en", "ArticleMarkers (`Section: Arts` first, `The original:` as a paragraph label in a short piece)",
     t("Section: Arts", "Bristol museum shows a replica of the Banksy girl\nBy Owen Pritchard\n12 March 2026",
       "Bristol Museum will show a full-size replica of the mural from Saturday, made by students at the city's art school.",
       "The original:", "The mural itself, on a wall near the harbour, is now behind glass and can be seen from the ferry."),
     dict(title="Bristol museum shows a replica of the Banksy girl", authors=["Owen Pritchard"], published="2026-03-12"))
case("target_original_sheet_pt", "ArticleMarkers (a translation request sheet, then `Original:` and the Spanish article)",
     t("Título traduzido: Valência recupera o elétrico noturno aos fins de semana", "Tradutora: Marta Lopes", "Pedido por: secção Internacional", "Original:",
       ARTS["es"][0] + "\nPor Javier Soler\n13 de marzo de 2026", wide("es")),
     exp("es"))
case("target_original_version_fr", "ArticleMarkers (a sheet, then `Version originale :` and the Italian article)",
     t("Titre traduit : Bologne, de nouvelles pistes cyclables sur les boulevards", "Traductrice : Anne Morel", "Version originale :",
       ARTS["it"][0] + "\ndi Chiara Ferri\n12 marzo 2026", wide("it")),
     exp("it"))

# ======================= TerminalSessions =======================
case("lookalike_dump_breaking_brief_de", "TerminalSessions (a lynx dump of a 22-word breaking brief: an article all the same)",
     t("$ lynx -dump -nolist https://www.lvz.example.de/leipzig/grundschulen-2029",
       "   Startseite • Leipzig • Region • Sport • Kultur",
       "                  " + ARTS["de"][0], "   Katrin Seidel | 12.03.2026",
       "   Der Leipziger Stadtrat hat am Mittwoch den Bau von drei neuen Grundschulen in Grünau, Paunsdorf und Connewitz beschlossen. Sie sollen 2029 eröffnen."),
     dict(title=ARTS["de"][0], published="2026-03-12"))
case("lookalike_dump_short_paragraphs_en", "TerminalSessions (a w3m dump of a live-blog update: seven one-line paragraphs, 36 words, 21 in lines of 5+ words)",
     t("$ w3m -dump https://www.bristolpost.example.co.uk/news/ferries-live",
       "Home News Sport What's On", ARTS["en"][0], "By Owen Pritchard | 12 March 2026",
       "Ferries return in April.", "Three landing stages repaired.", "Repairs cost £1.2m.", "Hotwells stop reopens first.",
       "Temple Meads stop follows a week later.", "Weekday first crossing stays at 7.30am.", "Council says fares will not rise this year."),
     dict(title=ARTS["en"][0], authors=["Owen Pritchard"], published="2026-03-12"))
case("target_dump_html2text_pipe_es", "TerminalSessions (curl -sL URL | html2text -width 100: html2text after a pipe)",
     t("$ curl -sL https://www.levante.example.es/valencia/tranvia-nocturno | html2text -width 100",
       "****** " + ARTS["es"][0] + " ******", "Javier Soler | Valencia | 13 de marzo de 2026", body("es")),
     dict(title=ARTS["es"][0], authors=["Javier Soler"], published="2026-03-13"))
case("target_dump_elinks_menu_fr", "TerminalSessions (elinks --dump with a bulleted menu as its own paragraph)",
     t("$ elinks --dump https://www.ledauphine.example.fr/isere/piscine-jean-bron",
       "   • Accueil • Isère • Grenoble • Sports • Loisirs", "   " + ARTS["fr"][0], "   Par Élise Garnier, le 13 mars 2026",
       "   " + ARTS["fr"][4][0], "   " + ARTS["fr"][4][1], "   " + ARTS["fr"][4][2]),
     dict(title=ARTS["fr"][0], authors=["Élise Garnier"], published="2026-03-13"))
case("target_dump_lynx_numbered_pt", "TerminalSessions (lynx -dump -width=100: numbered menu, byline with a link number, References)",
     t("$ lynx -dump -width=100 https://www.correiodominho.example.pt/braga/centro-saude-gualtar",
       "   [1]Início • [2]Braga • [3]Minho • [4]Desporto • [5]Opinião", "   " + ARTS["pt"][0],
       "   Por [6]Inês Carvalho • 13 de março de 2026", "   " + ARTS["pt"][4][0], "   " + ARTS["pt"][4][1], "   " + ARTS["pt"][4][2],
       "References\n\n   1. https://www.correiodominho.example.pt/\n   2. https://www.correiodominho.example.pt/braga\n   3. https://www.correiodominho.example.pt/minho\n   4. https://www.correiodominho.example.pt/desporto\n   5. https://www.correiodominho.example.pt/opiniao\n   6. https://www.correiodominho.example.pt/autor/ines-carvalho"),
     dict(title=ARTS["pt"][0], authors=["Inês Carvalho"], published="2026-03-13"))

# ======================= Bylines: Interview conducted by =======================
QA_EN = ["Bristol's harbour master on the ferries' return", "By Owen Pritchard", "12 March 2026",
         "Captain Ruth Elms has run Bristol's harbour for six years. We asked her about the winter's repairs and the ferries' return in April.",
         "Why did the repairs take all winter? The timber under the pontoons had to be replaced piece by piece, and we could only work at low tide.",
         "Will the ferries run more often? Not at first. The company wants an earlier crossing on weekdays, and we are looking at the timetable with them."]
case("lookalike_interview_by_email_en", "Bylines (`Interview conducted by email and edited for length.` at the foot: no writer named)",
     "\n".join(QA_EN[:3]) + "\n\n" + "\n\n".join(QA_EN[3:] + ["Interview conducted by email and edited for length and clarity."]) + "\n",
     dict(title=QA_EN[0], authors=["Owen Pritchard"], published="2026-03-12"))
case("target_interview_conducted_en", "Bylines (`Interview conducted by A and B.` at the foot, no byline)",
     QA_EN[0] + "\n" + QA_EN[2] + "\n\n" + "\n\n".join(QA_EN[3:] + ["Interview conducted by Owen Pritchard and Sara Okafor."]) + "\n",
     dict(title=QA_EN[0], authors=["Owen Pritchard", "Sara Okafor"], published="2026-03-12"))

# ======================= Gotify =======================
def gotify(title, message):
    return "$ curl -s https://push.desk.example.org/message?limit=1\n" + js({"messages": [{"id": 4410, "appid": 2, "title": title, "message": message,
        "priority": 5, "extras": {}, "date": "2026-03-13T06:02:11.118203+01:00"}], "paging": {"size": 1, "limit": 1, "since": 0}}) + "\n"
case("lookalike_gotify_backup_report_en", "DeskAnswers gotifyMessage (a backup job's report in two long sentences, 36 words: no article)",
     gotify("Nightly backup: desk-db", "Nightly backup of desk-db completed successfully in 14 minutes. 212 GB were copied to the offsite bucket, 3 files were skipped because they were locked, and the oldest snapshot from 12 February was pruned as planned."),
     dict(title=None))
case("lookalike_gotify_cert_warning_de", "DeskAnswers gotifyMessage (a certificate monitor's warning in sentences, 33 words: no article)",
     gotify("Zertifikat läuft ab: cms.desk.example.de", "Das TLS-Zertifikat für cms.desk.example.de läuft in 7 Tagen ab. Die automatische Verlängerung über Let's Encrypt ist zweimal fehlgeschlagen, weil der DNS-Eintrag nicht erreichbar war. Bitte prüfen Sie die Konfiguration des Servers vor dem Wochenende."),
     dict(title=None))
case("target_gotify_short_lead_fr", "DeskAnswers gotifyMessage (a news alert: headline and a one-sentence lead of 28 words, no bold head)",
     gotify(ARTS["fr"][0], ARTS["fr"][4][0]),
     dict(title=ARTS["fr"][0]))
case("target_gotify_lead_pt", "DeskAnswers gotifyMessage (a news alert: headline and a two-paragraph lead, no bold head)",
     gotify(ARTS["pt"][0], ARTS["pt"][4][0] + "\n\n" + ARTS["pt"][4][1]),
     dict(title=ARTS["pt"][0]))

# ======================= DeskExports =======================
def s3(meta, text):
    head = {"AcceptRanges": "bytes", "LastModified": "2026-03-14T09:12:41+00:00", "ContentLength": 1400, "ETag": "\"5e1f0c2a9b\"", "ContentType": "text/plain", "Metadata": meta}
    return "$ aws s3api head-object --bucket archivo-prensa --key recortes/2026/valencia-tranvia.txt\n" + js(head) + "\n$ aws s3 cp s3://archivo-prensa/recortes/2026/valencia-tranvia.txt -\n" + text + "\n"
case("target_s3_empty_headline_es", "DeskExports s3 (head-object metadata with an empty headline key: the object's first line is the headline)",
     s3({"titular": "", "medio": "Levante-EMV", "recortado-por": "msanz"}, ARTS["es"][0] + "\nPor Javier Soler\n13 de marzo de 2026\n\n" + body("es")),
     dict(title=ARTS["es"][0], authors=["Javier Soler"], published="2026-03-13", source="Levante-EMV"))
nm_root = {"id": "r1@desk.example.it", "match": False, "excluded": False, "timestamp": 1773300000, "headers": {"Subject": "Piste ciclabili?", "From": "Luca Neri <lneri@desk.example.it>", "Date": "Thu, 12 Mar 2026 08:00:00 +0100"},
           "body": [{"id": 1, "content-type": "text/plain", "content": "Qualcuno ha il pezzo sulle ciclabili dei viali?"}]}
nm_reply = {"id": "r2@desk.example.it", "match": True, "excluded": False, "timestamp": 1773303600, "headers": {"Subject": "Re: Piste ciclabili?", "From": "Sara Bassi <sbassi@desk.example.it>", "Date": "Thu, 12 Mar 2026 09:00:00 +0100"},
            "body": [{"id": 1, "content-type": "text/plain", "content": "Eccolo:\n\n" + ARTS["it"][0] + "\ndi Chiara Ferri\n12 marzo 2026\n\n" + body("it")}]}
case("target_notmuch_matched_reply_it", "DeskExports notmuch (notmuch show --format=json of a thread: the matched reply pastes the article)",
     "$ notmuch show --format=json id:r2@desk.example.it\n" + json.dumps([[[nm_root, [[nm_reply, []]]]]], ensure_ascii=False) + "\n",
     dict(title=ARTS["it"][0], authors=["Chiara Ferri"], published="2026-03-12"))

# ======================= MailBodies / MIMEParts =======================
def qenc(s):
    return "=?utf-8?Q?" + quopri.encodestring(s.encode(), header=True).decode().replace("\n", "") + "?="
def benc(s, cs="utf-8"):
    return "=?" + cs + "?B?" + base64.b64encode(s.encode(cs)).decode() + "?="
def qp(s):
    return quopri.encodestring(s.encode()).decode()
ES_TEXT = ARTS["es"][0] + "\nPor Javier Soler\n13 de marzo de 2026\n\n" + body("es") + "\n"
DE_TEXT = ARTS["de"][0] + "\nVon Katrin Seidel\n12. März 2026\n\n" + body("de") + "\n"
FR_TEXT = ARTS["fr"][0] + "\nPar Élise Garnier\n13 mars 2026\n\n" + body("fr") + "\n"
IT_TEXT = ARTS["it"][0] + "\ndi Chiara Ferri\n12 marzo 2026\n\n" + body("it") + "\n"
PT_TEXT = ARTS["pt"][0] + "\nPor Inês Carvalho\n13 de março de 2026\n\n" + body("pt") + "\n"
EN_TEXT = ARTS["en"][0] + "\nBy Owen Pritchard\n12 March 2026\n\n" + body("en") + "\n"
def html(text):
    paras = text.strip().split("\n\n")
    head = paras[0].split("\n")
    return "<html><body><h1>" + head[0] + "</h1><p>" + "<br>".join(head[1:]) + "</p>" + "".join("<p>" + p + "</p>" for p in paras[1:]) + "</body></html>\n"

case("lookalike_mail_attachment_de", "MailBodies (multipart/mixed: a two-line cover note, the article as a text/plain attachment)",
     "From: Tobias Roth <troth@desk.example.de>\nTo: archiv@desk.example.de\nSubject: Ausschnitt LVZ Schulbau\nDate: Thu, 12 Mar 2026 11:20:00 +0100\nMIME-Version: 1.0\n"
     "Content-Type: multipart/mixed; boundary=\"b1_att\"\n\n--b1_att\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nHallo, anbei der Artikel für das Archiv.\nTobias\n\n"
     "--b1_att\nContent-Type: text/plain; charset=utf-8; name=\"lvz-schulbau.txt\"\nContent-Disposition: attachment; filename=\"lvz-schulbau.txt\"\nContent-Transfer-Encoding: base64\n\n"
     + base64.encodebytes(DE_TEXT.encode()).decode() + "--b1_att--\n",
     exp("de"))
case("lookalike_mail_forwarded_rfc822_fr", "MailBodies (a cover note, then the newsletter forwarded as message/rfc822 holding the article)",
     "From: Marc Roux <mroux@desk.example.fr>\nTo: revue@desk.example.fr\nSubject: " + qenc("Tr : " + ARTS["fr"][0]) + "\nDate: Fri, 13 Mar 2026 09:05:00 +0100\nMIME-Version: 1.0\n"
     "Content-Type: multipart/mixed; boundary=\"fwd42\"\n\n--fwd42\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp("Pour la revue de presse de ce matin.\nMarc\n") +
     "\n--fwd42\nContent-Type: message/rfc822\nContent-Disposition: inline\n\nFrom: Le Dauphiné libéré <newsletter@ledauphine.example.fr>\nTo: mroux@desk.example.fr\nSubject: " + qenc(ARTS["fr"][0]) +
     "\nDate: Fri, 13 Mar 2026 06:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(FR_TEXT) + "\n--fwd42--\n",
     exp("fr"))
case("lookalike_mail_plain_stub_html_article_en", "MailBodies (multipart/alternative: the plain part a 'view in your browser' stub, the article in the HTML part)",
     "From: Bristol Post <newsletter@bristolpost.example.co.uk>\nTo: desk@desk.example.org\nSubject: " + qenc("Morning briefing: " + ARTS["en"][0]) + "\nDate: Thu, 12 Mar 2026 06:30:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: multipart/alternative; boundary=\"alt77\"\n\n--alt77\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nThis newsletter is best viewed in HTML. View it in your browser: https://bristolpost.example.co.uk/nl/0312\n\n"
     "--alt77\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html(EN_TEXT)) + "\n--alt77--\n",
     exp("en"))
case("lookalike_mail_signed_smime_it", "MailBodies (multipart/signed: the plain article part, then the S/MIME signature)",
     "From: Sara Bassi <sbassi@desk.example.it>\nTo: archivio@desk.example.it\nSubject: " + qenc(ARTS["it"][0]) + "\nDate: Thu, 12 Mar 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
     "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"sig9\"\n\n--sig9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(IT_TEXT) +
     "\n--sig9\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"smime.p7s\"\n\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCCAzQw\n--sig9--\n",
     exp("it"))
case("target_mail_nested_alternative_pt", "MailBodies (multipart/mixed > multipart/alternative (plain QP + HTML) > an image attachment; base64 Latin-1 subject)",
     "From: Correio do Minho <newsletter@correiodominho.example.pt>\nTo: redacao@desk.example.pt\nSubject: " + benc(ARTS["pt"][0], "iso-8859-1") + "\nDate: Fri, 13 Mar 2026 07:00:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: multipart/mixed; boundary=\"mix1\"\n\n--mix1\nContent-Type: multipart/alternative; boundary=\"alt1\"\n\n--alt1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(PT_TEXT) +
     "\n--alt1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html(PT_TEXT)) + "\n--alt1--\n\n--mix1\nContent-Type: image/jpeg; name=\"gualtar.jpg\"\nContent-Disposition: attachment; filename=\"gualtar.jpg\"\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a\n--mix1--\n",
     exp("pt"))
case("target_mail_apple_order_es", "MailBodies (Apple Mail: the part's transfer encoding before its type, QP plain then HTML)",
     "From: Javier Soler <jsoler@desk.example.es>\nTo: archivo@desk.example.es\nSubject: " + qenc(ARTS["es"][0]) + "\nDate: Fri, 13 Mar 2026 12:40:00 +0100\nMime-Version: 1.0 (Mac OS X Mail 16.0)\n"
     "Content-Type: multipart/alternative; boundary=\"Apple-Mail=_5B2A\"\n\n--Apple-Mail=_5B2A\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/plain;\n\tcharset=utf-8\n\n" + qp(ES_TEXT) +
     "\n--Apple-Mail=_5B2A\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/html;\n\tcharset=utf-8\n\n" + qp(html(ES_TEXT)) + "\n--Apple-Mail=_5B2A--\n",
     exp("es"))
case("target_mail_single_8bit_encoded_subject_it", "MailBodies (a single-part 8-bit mail with a B-encoded subject: the subject decoded)",
     "From: Luca Neri <lneri@desk.example.it>\nTo: desk@desk.example.it\nSubject: " + benc("I: " + ARTS["it"][0]) + "\nDate: Thu, 12 Mar 2026 13:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + IT_TEXT,
     exp("it"))
case("target_mail_bounce_report_en", "MailBodies (multipart/report: a delivery failure returning the desk's mail that pasted the article)",
     "From: Mail Delivery System <MAILER-DAEMON@mx.desk.example.org>\nTo: opritchard@desk.example.org\nSubject: Undelivered Mail Returned to Sender\nDate: Thu, 12 Mar 2026 12:01:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=delivery-status; boundary=\"rep5\"\n\n--rep5\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.desk.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<archive@old-desk.example.org>: host not found\n\n"
     "--rep5\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.desk.example.org\nFinal-Recipient: rfc822; archive@old-desk.example.org\nAction: failed\nStatus: 5.4.4\n\n"
     "--rep5\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\nFrom: Owen Pritchard <opritchard@desk.example.org>\nTo: archive@old-desk.example.org\nSubject: " + ARTS["en"][0] + "\nDate: Thu, 12 Mar 2026 12:00:40 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + EN_TEXT + "\n--rep5--\n",
     exp("en"))
