<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressSuggestionModel</name>
    <message>
        <location filename="../core/intake/addresssuggestionmodel.cpp" line="+50"/>
        <source>%1 (outside the jurisdiction)</source>
        <translation>%1 (hors du territoire)</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../core/intake/callsession.cpp" line="+73"/>
        <source>is not a CivicDesk call session</source>
        <translation>n&apos;est pas une session d&apos;appel CivicDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a UUID</source>
        <translation>n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a list of values</source>
        <translation>doit être une liste de valeurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a ticket id</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de demande</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse courriel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latitude and longitude go together</source>
        <translation>la latitude et la longitude doivent être fournies ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a service type</source>
        <translation>choisissez un type de service</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../core/intake/callerhistorymodel.cpp" line="+34"/>
        <source> to %1</source>
        <translation> vers %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../widgets/intake/callerpanel.cpp" line="+27"/>
        <source>Not asked</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation>Créole haïtien</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../core/catalog/catalogjson.cpp" line="+31"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes de caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a time like 08:30</source>
        <translation>doit être une heure, par exemple 08:30</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown datatype &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</source>
        <translation>type de données inconnu &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list attribute needs at least one value</source>
        <translation>un attribut de type liste doit avoir au moins une valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an informational attribute (variable=false) cannot be required</source>
        <translation>un attribut informatif (variable=false) ne peut pas être obligatoire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is longer than 4,000 characters</source>
        <translation>dépasse 4&#xa0;000 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be realtime, batch or blackbox</source>
        <translation>doit être realtime, batch ou blackbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>organisme inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be low, normal, high or urgent</source>
        <translation>doit être low, normal, high ou urgent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be business or calendar</source>
        <translation>doit être business ou calendar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+70"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>duplicate attribute code &quot;%1&quot;</source>
        <translation>code d&apos;attribut en double &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be &quot;civicdesk-catalog&quot;</source>
        <translation>doit être &quot;civicdesk-catalog&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>la version %1 n&apos;est pas prise en charge (version attendue&#xa0;: 1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate service code &quot;%1&quot;</source>
        <translation>code de service en double &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+15"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Médias sociaux</translation>
    </message>
</context>
<context>
    <name>CityLayerStore</name>
    <message>
        <location filename="../core/geo/citylayerstore.cpp" line="+248"/>
        <source>not a line</source>
        <translation>n&apos;est pas une ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a polygon</source>
        <translation>n&apos;est pas un polygone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing to import into the %2 layer</source>
        <translation>%1&#xa0;: rien à importer dans la couche %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no &quot;%1&quot; property</source>
        <translation>aucune propriété &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no known area kind (kind, leisure, natural, landuse or building)</source>
        <translation>aucun type de zone connu (kind, leisure, natural, landuse ou building)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a point</source>
        <translation>n&apos;est pas un point</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no house number</source>
        <translation>aucun numéro civique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no street name</source>
        <translation>aucun nom de rue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks projected (EPSG:3857?)</source>
        <translation>semble projeté (EPSG:3857?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no address point to import (each needs a house number and a street)</source>
        <translation>%1&#xa0;: aucun point d&apos;adresse à importer (chacun doit avoir un numéro civique et une rue)</translation>
    </message>
</context>
<context>
    <name>CoordinateInput</name>
    <message>
        <location filename="../core/intake/coordinateinput.cpp" line="+26"/>
        <source>%1 is not a direction for %2</source>
        <translation>%1 n&apos;est pas un point cardinal valide pour la %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number of degrees</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre de degrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (-%2 to %2)</source>
        <translation>%1 est hors limites (de -%2 à %2)</translation>
    </message>
</context>
<context>
    <name>CsvProfile</name>
    <message>
        <location filename="../core/csvimport/csvprofile.cpp" line="+136"/>
        <source>--profile: &quot;%1&quot; is neither a built-in profile (%2) nor a readable mapping file: %3</source>
        <translation>--profile&#xa0;: &quot;%1&quot; n&apos;est ni un profil intégré (%2) ni un fichier de correspondance lisible&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field (one of: %1)</source>
        <translation>champ inconnu (valeurs possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service_code or service_name is required</source>
        <translation>service_code ou service_name est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a CivicDesk status (one of: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut CivicDesk (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a CivicDesk channel (one of: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal CivicDesk (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a CivicDesk channel</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal CivicDesk</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csvimport/csvreader.cpp" line="+83"/>
        <source>the file is UTF-16; save it as UTF-8 and import again</source>
        <translation>le fichier est en UTF-16; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>field %1 is not UTF-8 (byte 0x%2 in &quot;%3&quot;); the file looks like Latin-1 or Windows-1252. Convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8, and import again</source>
        <translation>le champ %1 n&apos;est pas en UTF-8 (octet 0x%2 dans &quot;%3&quot;); le fichier semble être en Latin-1 ou Windows-1252. Convertissez-le, par exemple avec iconv -f WINDOWS-1252 -t UTF-8, puis importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file ends inside a quoted field that starts on this line (truncated file?)</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets qui commence à cette ligne (fichier tronqué?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a record longer than %1 bytes; refused (a missing closing quote, or not a CSV file)</source>
        <translation>un enregistrement de plus de %1 octets; refusé (guillemet fermant manquant, ou pas un fichier CSV)</translation>
    </message>
</context>
<context>
    <name>CsvRowMapper</name>
    <message>
        <location filename="../core/csvimport/csvrowmapper.cpp" line="+131"/>
        <source>%1:1: the header has no column %2 that profile &quot;%3&quot; needs; is this the right profile?</source>
        <translation>%1:1&#xa0;: l&apos;en-tête n&apos;a pas la colonne %2 requise par le profil &quot;%3&quot;; est-ce le bon profil?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing columns</source>
        <translation>colonnes manquantes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a date in the expected format (%2)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date au format attendu (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>has %1 fields; the header has %2</source>
        <translation>compte %1 champs; l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../core/geo/csvtable.cpp" line="+32"/>
        <source>%1: the file is empty (no header line)</source>
        <translation>%1&#xa0;: le fichier est vide (aucune ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: --%2: no column &quot;%3&quot; (columns: %4)</source>
        <translation>%1&#xa0;: --%2&#xa0;: aucune colonne &quot;%3&quot; (colonnes&#xa0;: %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such column</source>
        <translation>colonne inexistante</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+49"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable</source>
        <translation>%1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot open the local store %1: %2</source>
        <translation>impossible d&apos;ouvrir le stockage local %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). Update CivicDesk or use another profile.</source>
        <translation>%1 a été écrit par une version plus récente de CivicDesk (schéma %2; cette version prend en charge jusqu&apos;au schéma %3). Mettez à jour CivicDesk ou utilisez un autre profil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing migration %1</source>
        <translation>migration %1 manquante</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidateModel</name>
    <message>
        <location filename="../core/intake/duplicatecandidatemodel.cpp" line="+56"/>
        <source>%1, %2 away, reported %3 ago at %4</source>
        <translation>%1, à %2, signalée il y a %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyDetector</name>
    <message>
        <location filename="../core/intake/emergencydetector.cpp" line="+53"/>
        <location line="+1"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid pattern &quot;%1&quot;: %2</source>
        <translation>motif non valide &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid pattern</source>
        <translation>motif non valide</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be &quot;civicdesk-emergency-triggers&quot;</source>
        <translation>doit être &quot;civicdesk-emergency-triggers&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>needs patterns or services</source>
        <translation>doit comporter des motifs ou des services</translation>
    </message>
</context>
<context>
    <name>GeoImportReport</name>
    <message>
        <location filename="../core/geo/geoimportreport.cpp" line="+24"/>
        <source>imported %1 of %2 %3 from %4</source>
        <translation>%1 sur %2 importés (%3) depuis %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; skipped %1: %2</source>
        <translation>; ignorés %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GeoJsonReader</name>
    <message>
        <location filename="../core/geo/geojsonreader.cpp" line="+29"/>
        <location line="+3"/>
        <source>invalid position</source>
        <translation>position non valide</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a position must be [longitude, latitude]</source>
        <translation>une position doit être [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a coordinate is not a finite number</source>
        <translation>une coordonnée n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looks projected (EPSG:3857?)</source>
        <translation>semble projeté (EPSG:3857?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 are not degrees of longitude and latitude</source>
        <translation>%1, %2 ne sont pas des degrés de longitude et de latitude</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>invalid coordinates</source>
        <translation>coordonnées non valides</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected an array of positions</source>
        <translation>tableau de positions attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array of rings</source>
        <translation>tableau d&apos;anneaux attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+66"/>
        <location line="+34"/>
        <location line="+33"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>unclosed ring</source>
        <translation>anneau non fermé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first and last positions of ring %1 differ</source>
        <translation>la première et la dernière position de l&apos;anneau %1 diffèrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring has fewer than 4 positions</source>
        <translation>l&apos;anneau compte moins de 4 positions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-intersecting ring</source>
        <translation>anneau auto-sécant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two edges of ring %1 cross</source>
        <translation>deux arêtes de l&apos;anneau %1 se croisent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no &quot;coordinates&quot; array</source>
        <translation>aucun tableau &quot;coordinates&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is %2; CivicDesk reads GeoJSON of at most %3 at once. Split it into smaller files (for example with ogr2ogr -spat) and import them one by one.</source>
        <translation>%1&#xa0;: le fichier fait %2; CivicDesk lit au plus %3 de GeoJSON à la fois. Divisez-le en fichiers plus petits (par exemple avec ogr2ogr -spat) et importez-les un par un.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the document is larger than %2</source>
        <translation>%1&#xa0;: le document dépasse %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: features: a FeatureCollection needs a &quot;features&quot; array</source>
        <translation>%1&#xa0;: features&#xa0;: une FeatureCollection doit avoir un tableau &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing or not an array</source>
        <translation>manquant ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: type: expected &quot;FeatureCollection&quot;, &quot;Feature&quot; or a geometry, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: type&#xa0;: &quot;FeatureCollection&quot;, &quot;Feature&quot; ou une géométrie attendu, &quot;%2&quot; trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON</source>
        <translation>n&apos;est pas du GeoJSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a Feature object</source>
        <translation>n&apos;est pas un objet Feature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;geometry&quot; is missing or null</source>
        <translation>&quot;geometry&quot; est manquant ou nul</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no usable feature among %2: %3 (%4)</source>
        <translation>%1&#xa0;: aucun élément utilisable parmi %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>line has fewer than 2 positions</source>
        <translation>la ligne compte moins de 2 positions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GeometryCollection is not supported</source>
        <translation>GeometryCollection n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown geometry type</source>
        <translation>type de géométrie inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <location filename="../core/geo/geometry.cpp" line="+81"/>
        <source>a stored geometry is damaged; import the layer again</source>
        <translation>une géométrie enregistrée est endommagée; importez de nouveau la couche</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../core/interop/importsummary.cpp" line="+14"/>
        <source>  ... and %1 more skipped
</source>
        <translation>  ... et %1 autres ignorés
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1 imported service types to the catalogue
</source>
        <translation>%1 types de service importés ajoutés au catalogue
</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <location filename="../core/intake/intakeservice.cpp" line="+99"/>
        <source>the ticket this call was linked to no longer exists</source>
        <translation>la demande à laquelle cet appel était lié n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where the call was transferred</source>
        <translation>indiquez vers où l&apos;appel a été transféré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what the caller asked</source>
        <translation>indiquez ce que l&apos;appelant a demandé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the reference of the existing ticket</source>
        <translation>indiquez la référence de la demande existante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ticket with reference %1</source>
        <translation>aucune demande ne porte la référence %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <location filename="../core/json/jsontext.cpp" line="+17"/>
        <source>%1: the file is not valid UTF-8</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: expected a JSON object</source>
        <translation>%1&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON array</source>
        <translation>%1&#xa0;: tableau JSON attendu</translation>
    </message>
</context>
<context>
    <name>KbFormats</name>
    <message>
        <location filename="../core/kb/kbformats.cpp" line="+30"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to be a knowledge base (%2 MB)</source>
        <translation>%1 est trop volumineux pour être une base de connaissances (%2 Mo)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2: malformed quoted text</source>
        <translation>%1&#xa0;: %2&#xa0;: texte entre guillemets mal formé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>malformed quoted text</source>
        <translation>texte entre guillemets mal formé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1:%2&#xa0;: UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1&#xa0;: UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: empty file; the first line must name the columns</source>
        <translation>%1&#xa0;: fichier vide; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:1: unknown column &quot;%2&quot; (columns: %3)</source>
        <translation>%1:1&#xa0;: colonne inconnue &quot;%2&quot; (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 cells, but the header names %3 columns</source>
        <translation>%1&#xa0;: %2 cellules, mais l&apos;en-tête nomme %3 colonnes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1:1: must start with front matter (a line &quot;---&quot;, fields, then &quot;---&quot;)</source>
        <translation>%1:1&#xa0;: doit commencer par un en-tête de métadonnées (une ligne &quot;---&quot;, des champs, puis &quot;---&quot;)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a list item outside a list field</source>
        <translation>%1&#xa0;: un élément de liste hors d&apos;un champ de liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected &quot;field: value&quot;</source>
        <translation>%1&#xa0;: &quot;champ: valeur&quot; attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2: malformed list</source>
        <translation>%1&#xa0;: %2&#xa0;: liste mal formée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>malformed list</source>
        <translation>liste mal formée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the front matter is never closed with &quot;---&quot;</source>
        <translation>%1&#xa0;: l&apos;en-tête de métadonnées n&apos;est jamais fermé par &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no .md files</source>
        <translation>%1 ne contient aucun fichier .md</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: unknown format; use .jsonl, .csv, .md or a folder of .md files</source>
        <translation>%1&#xa0;: format inconnu; utilisez .jsonl, .csv, .md ou un dossier de fichiers .md</translation>
    </message>
</context>
<context>
    <name>KbJson</name>
    <message>
        <location filename="../core/kb/kbjson.cpp" line="+26"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes de caractères</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown field (see docs/kb.md for the format)</source>
        <translation>champ inconnu (voir docs/kb.md pour le format)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be made from this title; give an id</source>
        <translation>ne peut pas être formé à partir de ce titre; indiquez un id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be at most 120 characters without spaces or slashes</source>
        <translation>&quot;%1&quot; doit compter au plus 120 caractères, sans espaces ni barres obliques</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>article is too large (%1 characters; the limit is %2)</source>
        <translation>l&apos;article est trop volumineux (%1 caractères; la limite est de %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>id en double &quot;%1&quot; (utilisé une première fois à %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line is too large (%2 bytes; an article may have at most %3 characters)</source>
        <translation>%1&#xa0;: la ligne est trop longue (%2 octets; un article peut compter au plus %3 caractères)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1&#xa0;: UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: malformed JSON: %3</source>
        <translation>%1:%2&#xa0;: JSON mal formé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: each line must be one JSON object</source>
        <translation>%1&#xa0;: chaque ligne doit être un objet JSON</translation>
    </message>
</context>
<context>
    <name>KbRelevance</name>
    <message>
        <location filename="../core/kb/kbrelevance.cpp" line="+22"/>
        <source>%1:%2: expected &quot;query&lt;TAB&gt;expected_id&quot;</source>
        <translation>%1:%2&#xa0;: &quot;requête&lt;TAB&gt;id_attendu&quot; attendu</translation>
    </message>
</context>
<context>
    <name>KbRepository</name>
    <message>
        <location filename="../core/kb/kbrepository.cpp" line="+331"/>
        <location line="+40"/>
        <source>no article with id %1</source>
        <translation>aucun article ne porte l&apos;id %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>unknown article</source>
        <translation>article inconnu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>feedback must be one of %1</source>
        <translation>l&apos;avis doit être l&apos;un de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what is outdated in the comment</source>
        <translation>indiquez dans le commentaire ce qui est périmé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>the comment is too long (at most 4000 characters)</source>
        <translation>le commentaire est trop long (4 000 caractères au plus)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a synonym needs a term and a different word or phrase</source>
        <translation>un synonyme doit avoir un terme et un mot ou une expression différente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a synonym term may have at most two words</source>
        <translation>le terme d&apos;un synonyme peut compter au plus deux mots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too many words</source>
        <translation>trop de mots</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the built-in knowledge base is missing from this build</source>
        <translation>la base de connaissances intégrée est absente de cette version</translation>
    </message>
</context>
<context>
    <name>KbSyncSink</name>
    <message>
        <location filename="../core/kb/kbsyncsink.cpp" line="+25"/>
        <source>server article %1</source>
        <translation>article du serveur %1</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../core/store/localstore.cpp" line="+42"/>
        <source>workstation code &quot;%1&quot; must be 3 characters from %2</source>
        <translation>le code de poste de travail &quot;%1&quot; doit comporter 3 caractères parmi %2</translation>
    </message>
</context>
<context>
    <name>MbTilesFile</name>
    <message>
        <location filename="../map/tiles/mbtilesfile.cpp" line="+28"/>
        <source>%1: no such MBTiles file</source>
        <translation>%1&#xa0;: fichier MBTiles introuvable</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: not an MBTiles file (not an SQLite database)</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier MBTiles (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an MBTiles file: the &quot;%2&quot; table is missing</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier MBTiles&#xa0;: la table &quot;%2&quot; est absente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing table</source>
        <translation>table absente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: metadata: the required key &quot;%2&quot; is missing (MBTiles 1.3)</source>
        <translation>%1&#xa0;: metadata&#xa0;: la clé obligatoire &quot;%2&quot; est absente (MBTiles 1.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing metadata</source>
        <translation>métadonnées absentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: metadata: format &quot;%2&quot; is not a raster format CivicDesk reads (png or jpg)</source>
        <translation>%1&#xa0;: metadata&#xa0;: le format &quot;%2&quot; n&apos;est pas un format matriciel lu par CivicDesk (png ou jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: tile %2 (tile_row %3): the data is not a readable PNG or JPEG image (%4 bytes)</source>
        <translation>%1&#xa0;: tuile %2 (tile_row %3)&#xa0;: les données ne sont pas une image PNG ou JPEG lisible (%4 octets)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: tile %2 does not exist at its zoom level</source>
        <translation>%1&#xa0;: la tuile %2 n&apos;existe pas à son niveau de zoom</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: tile %2: the image could not be encoded</source>
        <translation>%1&#xa0;: tuile %2&#xa0;: l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
</context>
<context>
    <name>Open311Document</name>
    <message>
        <location filename="../core/open311/open311document.cpp" line="+11"/>
        <source>a service list</source>
        <translation>une liste de services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a service definition</source>
        <translation>une définition de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of service requests</source>
        <translation>une liste de demandes de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request reply (ids and tokens)</source>
        <translation>une réponse aux demandes (ids et jetons)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an error reply</source>
        <translation>une réponse d&apos;erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a discovery document</source>
        <translation>un document de découverte</translation>
    </message>
</context>
<context>
    <name>Open311Reader</name>
    <message>
        <location filename="../core/open311/open311reader.cpp" line="+39"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+98"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not realtime, batch or blackbox</source>
        <translation>&quot;%1&quot; n&apos;est ni realtime, ni batch, ni blackbox</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown datatype &quot;%1&quot; (expected string, number, datetime, text, singlevaluelist or multivaluelist)</source>
        <translation>type de données inconnu &quot;%1&quot; (string, number, datetime, text, singlevaluelist ou multivaluelist attendu)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service_request_id: is required</source>
        <translation>service_request_id&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service_code: is required</source>
        <translation>service_code&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status: &quot;%1&quot; is not open or closed</source>
        <translation>status&#xa0;: &quot;%1&quot; n&apos;est ni open ni closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requested_datetime: is required</source>
        <translation>requested_datetime&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>extended_attributes.channel: unknown channel &quot;%1&quot;</source>
        <translation>extended_attributes.channel&#xa0;: canal inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>extended_attributes.status: unknown status &quot;%1&quot;</source>
        <translation>extended_attributes.status&#xa0;: statut inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extended_attributes.priority: unknown priority &quot;%1&quot;</source>
        <translation>extended_attributes.priority&#xa0;: priorité inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: not an Open311 document (expected services, service_definition, service_requests, errors or discovery%2)</source>
        <translation>%1&#xa0;: n&apos;est pas un document Open311 (services, service_definition, service_requests, errors ou discovery attendu%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the root is &lt;%1&gt;</source>
        <translation>; la racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: line %2: elements nested deeper than %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: éléments imbriqués sur plus de %3 niveaux</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+38"/>
        <source>%1: line %2: DTDs and entity declarations are refused (they allow entity-expansion attacks and Open311 never needs them)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: les DTD et les déclarations d&apos;entités sont refusées (elles permettent des attaques par expansion d&apos;entités et Open311 n&apos;en a jamais besoin)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+67"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1: the file holds no XML element</source>
        <translation>%1&#xa0;: le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>line %1, column %2: number %3 has leading zeros; read as the string &quot;%3&quot;</source>
        <translation>ligne %1, colonne %2&#xa0;: le nombre %3 commence par des zéros; lu comme la chaîne &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: neither JSON nor XML (the file is empty or starts with something else)</source>
        <translation>%1&#xa0;: ni JSON ni XML (le fichier est vide ou commence par autre chose)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file is an Open311 error reply, not %2: %3</source>
        <translation>%1&#xa0;: le fichier est une réponse d&apos;erreur Open311, pas %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is %2, not %3</source>
        <translation>%1&#xa0;: le fichier est %2, pas %3</translation>
    </message>
</context>
<context>
    <name>Open311Writer</name>
    <message>
        <location filename="../core/open311/open311writer.cpp" line="+462"/>
        <location line="+18"/>
        <source>export: cannot write: %1</source>
        <translation>export&#xa0;: impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+9"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile/profile.cpp" line="+38"/>
        <source>cannot create the profile folder %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile folder %1 is not writable</source>
        <translation>le dossier de profil %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local store %1 is not writable</source>
        <translation>le stockage local %1 n&apos;est pas accessible en écriture</translation>
    </message>
</context>
<context>
    <name>PushStream</name>
    <message>
        <location filename="../core/sync/pushstream.cpp" line="+46"/>
        <source>the server connection is not a PostgreSQL one</source>
        <translation>la connexion au serveur n&apos;est pas une connexion PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to the server</source>
        <translation>aucune connexion au serveur</translation>
    </message>
</context>
<context>
    <name>Readback</name>
    <message>
        <location filename="../core/intake/readback.cpp" line="+12"/>
        <source>expected by %1</source>
        <translation>date prévue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceNumber</name>
    <message>
        <location filename="../core/domain/referencenumber.cpp" line="+73"/>
        <source>workstation code &quot;%1&quot; must be 3 characters from %2</source>
        <translation>le code de poste de travail &quot;%1&quot; doit comporter 3 caractères parmi %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date %1 is outside the reference range</source>
        <translation>la date %1 est hors de la plage des numéros de référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this workstation has used all %1 reference numbers for %2</source>
        <translation>ce poste de travail a utilisé les %1 numéros de référence disponibles pour %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>dash</source>
        <translation>tiret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as in %2</source>
        <translation>%1 comme %2</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../core/interop/requestexporter.cpp" line="+35"/>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>RequestImporter</name>
    <message>
        <location filename="../core/interop/requestimporter.cpp" line="+37"/>
        <source>service_request_id %1 appears twice (first at %2)</source>
        <translation>service_request_id %1 apparaît deux fois (la première à %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service_request_id %1 is already in the store</source>
        <translation>service_request_id %1 existe déjà dans le stockage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2: service_code: unknown service &quot;%3&quot;; a strict import accepts only services in the catalogue, so nothing was imported</source>
        <translation>%1%2&#xa0;: service_code&#xa0;: service inconnu &quot;%3&quot;; une importation stricte n&apos;accepte que les services du catalogue, rien n&apos;a donc été importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown service</source>
        <translation>service inconnu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importation annulée; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>request %1 (%2)</source>
        <translation>demande %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <location filename="../core/geo/routingrules.cpp" line="+26"/>
        <source>%1: rules: expected an array of rules</source>
        <translation>%1&#xa0;: rules&#xa0;: tableau de règles attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2: each rule must be an object</source>
        <translation>%1&#xa0;: %2&#xa0;: chaque règle doit être un objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2: expected a non-empty text</source>
        <translation>%1&#xa0;: %2&#xa0;: texte non vide attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2: a second rule for service %3 in district %4</source>
        <translation>%1&#xa0;: %2&#xa0;: une deuxième règle pour le service %3 dans le district %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate rule</source>
        <translation>règle en double</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../core/sync/serverconnection.cpp" line="+38"/>
        <source>the server %1 refused the user name or password; check them in the connection settings</source>
        <translation>le serveur %1 a refusé le nom d&apos;utilisateur ou le mot de passe; vérifiez-les dans les paramètres de connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection to %1 was lost; your work is kept and will sync when it is back</source>
        <translation>la connexion à %1 a été perdue; votre travail est conservé et sera synchronisé à son retour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the secure connection to %1 failed (TLS verification): %2</source>
        <translation>la connexion sécurisée à %1 a échoué (vérification TLS)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server %1 cannot be reached; your work is kept and will sync when it is back</source>
        <translation>le serveur %1 est injoignable; votre travail est conservé et sera synchronisé à son retour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server %1 has no such database: %2</source>
        <translation>le serveur %1 n&apos;a pas cette base de données&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server %1 reported: %2</source>
        <translation>le serveur %1 a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no server is configured for this profile</source>
        <translation>aucun serveur n&apos;est configuré pour ce profil</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server %1 has no CivicDesk schema; an administrator runs &quot;civicdesk-cli server init&quot; first</source>
        <translation>le serveur %1 n&apos;a pas de schéma CivicDesk; un administrateur doit d&apos;abord exécuter &quot;civicdesk-cli server init&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server %1 has schema %2, older than this CivicDesk needs (%3); an administrator runs &quot;civicdesk-cli server init&quot; to upgrade it</source>
        <translation>le serveur %1 a le schéma %2, plus ancien que celui dont cette version de CivicDesk a besoin (%3)&#xa0;; un administrateur doit exécuter &quot;civicdesk-cli server init&quot; pour le mettre à jour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server %1 has schema %2, newer than this CivicDesk understands (up to %3); update CivicDesk on this workstation</source>
        <translation>le serveur %1 a le schéma %2, plus récent que ce que comprend cette version de CivicDesk (jusqu&apos;au %3); mettez à jour CivicDesk sur ce poste de travail</translation>
    </message>
</context>
<context>
    <name>ServerMigrator</name>
    <message>
        <location filename="../core/sync/servermigrator.cpp" line="+49"/>
        <source>the server has schema %1, newer than this CivicDesk understands (up to %2); use a newer civicdesk-cli</source>
        <translation>le serveur a le schéma %1, plus récent que ce que comprend cette version de CivicDesk (jusqu&apos;au %2); utilisez un civicdesk-cli plus récent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing server migration %1</source>
        <translation>migration de serveur %1 manquante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server migration %1: %2</source>
        <translation>migration de serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>password: must not be empty</source>
        <translation>password&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../core/sync/serversettings.cpp" line="+23"/>
        <source>server URL &quot;%1&quot; must look like postgresql://host:5432/database</source>
        <translation>l&apos;URL du serveur &quot;%1&quot; doit avoir la forme postgresql://host:5432/database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a postgresql:// URL</source>
        <translation>n&apos;est pas une URL postgresql://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sslmode &quot;%1&quot; must be one of %2</source>
        <translation>sslmode &quot;%1&quot; doit être l&apos;un de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mode</source>
        <translation>mode inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sslmode %1 needs a CA certificate file</source>
        <translation>sslmode %1 exige un fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required for %1</source>
        <translation>est obligatoire pour %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot write the settings file %1</source>
        <translation>impossible d&apos;écrire le fichier de paramètres %1</translation>
    </message>
</context>
<context>
    <name>ServiceImporter</name>
    <message>
        <location filename="../core/interop/serviceimporter.cpp" line="+21"/>
        <source>service %1 (%2)</source>
        <translation>service %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service_code %1 appears twice</source>
        <translation>service_code %1 apparaît deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>description: longer than 4,000 characters</source>
        <translation>description&#xa0;: dépasse 4 000 caractères</translation>
    </message>
</context>
<context>
    <name>ServiceMatchModel</name>
    <message>
        <location filename="../core/intake/servicematchmodel.cpp" line="+34"/>
        <source>%1  (&quot;%2&quot;)</source>
        <translation>%1  (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <location filename="../core/sync/syncsession.cpp" line="+101"/>
        <source>the server did not answer for change %1</source>
        <translation>le serveur n&apos;a pas répondu pour la modification %1</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>server catalogue version %1</source>
        <translation>version du catalogue du serveur %1</translation>
    </message>
</context>
<context>
    <name>TicketJson</name>
    <message>
        <location filename="../core/tickets/ticketjson.cpp" line="+31"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no time zone (add Z or an offset such as -05:00)</source>
        <translation>&quot;%1&quot; n&apos;a pas de fuseau horaire (ajoutez Z ou un décalage comme -05:00)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-%2 to %2)</source>
        <translation>%1 est hors limites (de -%2 à %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown status &quot;%1&quot; (one of: %2)</source>
        <translation>statut inconnu &quot;%1&quot; (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lat and long go together</source>
        <translation>lat et long doivent être fournies ensemble</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown channel &quot;%1&quot; (one of: %2)</source>
        <translation>canal inconnu &quot;%1&quot; (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown priority &quot;%1&quot; (low, normal, high, urgent)</source>
        <translation>priorité inconnue &quot;%1&quot; (low, normal, high, urgent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object of attribute code to value</source>
        <translation>doit être un objet associant chaque code d&apos;attribut à sa valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values must be strings or numbers</source>
        <translation>les valeurs doivent être des chaînes de caractères ou des nombres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a string, a number or an array</source>
        <translation>doit être une chaîne de caractères, un nombre ou un tableau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a note needs text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+48"/>
        <source>requested_datetime: is required when service_request_id is given</source>
        <translation>requested_datetime&#xa0;: est obligatoire lorsque service_request_id est fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>id: ticket %1 is already in this store</source>
        <translation>id&#xa0;: la demande %1 existe déjà dans ce stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>service_request_id: %1 is already in this store</source>
        <translation>service_request_id&#xa0;: %1 existe déjà dans ce stockage</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>ticket %1: %2</source>
        <translation>demande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an imported ticket needs its id and service_request_id</source>
        <translation>une demande importée doit avoir son id et son service_request_id</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>ticket %1 (%2): %3</source>
        <translation>demande %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importation annulée; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no ticket with reference %1</source>
        <translation>aucune demande ne porte la référence %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: the text is empty</source>
        <translation>note&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>note: longer than %1 characters</source>
        <translation>note&#xa0;: dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../core/domain/ticketstatus.cpp" line="+17"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action scheduled</source>
        <translation>Intervention planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>En double</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not our responsibility</source>
        <translation>Hors de notre compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>TicketValidator</name>
    <message>
        <location filename="../core/tickets/ticketvalidator.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a question of service %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une question du service %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required: %1</source>
        <translation>est obligatoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>takes one value, not %1</source>
        <translation>n&apos;accepte qu&apos;une valeur, pas %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not one of the listed values</source>
        <translation>&quot;%1&quot; ne fait pas partie des valeurs de la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>must be plain text, not HTML</source>
        <translation>doit être du texte brut, pas du HTML</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown service code &quot;%1&quot;</source>
        <translation>code de service inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters; the limit is %2</source>
        <translation>compte %1 caractères; la limite est de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is longer than 64 characters</source>
        <translation>dépasse 64 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse courriel valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lat and long go together</source>
        <translation>lat et long doivent être fournies ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-90 to 90)</source>
        <translation>%1 est hors limites (de -90 à 90)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-180 to 180)</source>
        <translation>%1 est hors limites (de -180 à 180)</translation>
    </message>
</context>
<context>
    <name>WrapUpCode</name>
    <message>
        <location filename="../core/intake/wrapupcode.cpp" line="+15"/>
        <source>Ticket created</source>
        <translation>Demande créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on call</source>
        <translation>Résolu pendant l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of an existing ticket</source>
        <translation>Double d&apos;une demande existante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller hung up</source>
        <translation>L&apos;appelant a raccroché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::AuditTrailModel</name>
    <message>
        <location filename="../core/models/audittrailmodel.cpp" line="+52"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::ConflictListModel</name>
    <message>
        <location filename="../core/sync/conflictlistmodel.cpp" line="+103"/>
        <source>Ticket</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the server refused it</source>
        <translation>Motif du refus du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::ImportPreviewModel</name>
    <message>
        <location filename="../core/interop/importpreviewmodel.cpp" line="+33"/>
        <source>Open311 GeoReport v2: %1</source>
        <translation>Open311 GeoReport v2&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repaired: %1</source>
        <translation>réparé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (time zone %2)</source>
        <translation>%1 (fuseau horaire %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped because</source>
        <translation>Ignorée car</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::TicketListModel</name>
    <message>
        <location filename="../core/models/ticketlistmodel.cpp" line="+69"/>
        <source>Past its expected date</source>
        <translation>Date prévue dépassée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::TicketNotesModel</name>
    <message>
        <location filename="../core/models/ticketnotesmodel.cpp" line="+36"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="+14"/>
        <source>About CivicDesk</source>
        <translation>À propos de CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;CivicDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for 311 call centres.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CivicDesk %1&lt;/h2&gt;&lt;p&gt;Une console de bureau pour les centres d&apos;appels 311.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;CivicDesk&lt;/h3&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0. You may not use this program except in compliance with the License. Distributed on an &quot;AS IS&quot; BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.&lt;/p&gt;&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;The Qt Toolkit is used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt is a trademark of The Qt Company Ltd.&lt;/p&gt;&lt;h3&gt;SQLite&lt;/h3&gt;&lt;p&gt;SQLite is in the public domain.&lt;/p&gt;&lt;h3&gt;Map data&lt;/h3&gt;&lt;p&gt;Maps drawn from OpenStreetMap data: © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk&lt;/h3&gt;&lt;p&gt;Distribué selon les termes de l&apos;Apache License, Version 2.0. Vous ne pouvez utiliser ce programme que conformément à la licence. Distribué &quot;EN L&apos;ÉTAT&quot;, SANS GARANTIE NI CONDITION D&apos;AUCUNE SORTE.&lt;/p&gt;&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;La boîte à outils Qt est utilisée selon les termes de la GNU Lesser General Public License, version 3 (LGPL-3.0). Qt est une marque de commerce de The Qt Company Ltd.&lt;/p&gt;&lt;h3&gt;SQLite&lt;/h3&gt;&lt;p&gt;SQLite est dans le domaine public.&lt;/p&gt;&lt;h3&gt;Données cartographiques&lt;/h3&gt;&lt;p&gt;Cartes produites à partir des données d&apos;OpenStreetMap&#xa0;: © les contributeurs d&apos;OpenStreetMap, disponibles selon les termes de l&apos;Open Database License (ODbL 1.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AttributeForm</name>
    <message>
        <location filename="../widgets/intake/attributeform.cpp" line="+55"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not given (Space: now)</source>
        <translation>Non indiqué (Espace&#xa0;: maintenant)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type a number, e.g. 3</source>
        <translation>Tapez un nombre, par ex. 3</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallerPanel</name>
    <message>
        <location filename="../widgets/intake/callerpanel.cpp" line="+8"/>
        <source>Caller phone number</source>
        <translation>Téléphone de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(555) 123-4567</source>
        <translation>(555) 123-4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller first name</source>
        <translation>Prénom de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller last name</source>
        <translation>Nom de famille de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller email</source>
        <translation>Courriel de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anonymous caller</source>
        <translation>Appelant anon&amp;yme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous caller</source>
        <translation>Appelant anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller does not give a name or email; neither goes on the ticket</source>
        <translation>L&apos;appelant ne donne ni son nom ni son courriel; aucun des deux ne figure sur la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller history</source>
        <translation>Historique de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+119"/>
        <source>History appears when the number is entered.</source>
        <translation>L&apos;historique s&apos;affiche une fois le numéro saisi.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name (first, last):</source>
        <translation>&amp;Nom (prénom, nom)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not a valid phone number</source>
        <translation>Numéro de téléphone non valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a valid email address</source>
        <translation>Adresse courriel non valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First call from %1.</source>
        <translation>Premier appel du %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n earlier ticket(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n demande antérieure</numerusform>
            <numerusform>%1&#xa0;: %n demandes antérieures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n call(s)</source>
        <translation>
            <numerusform>, %n appel</numerusform>
            <numerusform>, %n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ConflictsDialog</name>
    <message>
        <location filename="../widgets/sync/conflictsdialog.cpp" line="+19"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused these changes. The rest of your work synced. Send one again after the cause is fixed, or discard it.</source>
        <translation>Le serveur a refusé ces modifications. Le reste de votre travail a été synchronisé. Renvoyez-en une après avoir corrigé la cause, ou abandonnez-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the change back in the outbox (Alt+A)</source>
        <translation>Remettre la modification dans la boîte d&apos;envoi (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this change; the server&apos;s version stays (Alt+D)</source>
        <translation>Oublier cette modification; la version du serveur est conservée (Alt+A)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DescriptionEdit</name>
    <message>
        <location filename="../widgets/intake/descriptionedit.cpp" line="+18"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the caller says, in their words</source>
        <translation>Ce que dit l&apos;appelant, dans ses mots</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long by %1 characters</source>
        <translation>%1 caractères de trop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML is not accepted; type plain text</source>
        <translation>Le HTML n&apos;est pas accepté; tapez du texte brut</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EmergencyBanner</name>
    <message>
        <location filename="../widgets/intake/emergencybanner.cpp" line="+13"/>
        <source>Emergency: transfer to 911</source>
        <translation>Urgence&#xa0;: transférer au 911</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transferred to 911</source>
        <translation>Transféré au 911</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an emergency</source>
        <translation>Pas une urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this warning for the words shown</source>
        <translation>Masquer cet avertissement pour les mots affichés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible emergency: %1. Transfer the caller to 911 now.</source>
        <translation>Urgence possible&#xa0;: %1. Transférez l&apos;appelant au 911 maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transfer to 911 logged</source>
        <translation>Transfert au 911 consigné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transferred to 911 (%1)</source>
        <translation>Transféré au 911 (%1)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ExportDialog</name>
    <message>
        <location filename="../widgets/interop/exportdialog.cpp" line="+31"/>
        <location line="+103"/>
        <source>Export requests</source>
        <translation>Exporter des demandes</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 JSON</source>
        <translation>Open311 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 XML</source>
        <translation>Open311 XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed only</source>
        <translation>Fermées seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;since:</source>
        <translation>Demandées &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested since</source>
        <translation>Demandées depuis le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extensions: public notes, channel, district, duplicate parent</source>
        <translation>E&amp;xtensions&#xa0;: notes publiques, canal, district, demande d&apos;origine des doublons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the first requests</source>
        <translation>Aperçu des premières demandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (first 3 requests):</source>
        <translation>Aperçu (3 premières demandes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a file to write first.</source>
        <translation>Choisissez d&apos;abord un fichier à écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ImportDialog</name>
    <message>
        <location filename="../widgets/interop/importdialog.cpp" line="+31"/>
        <location line="+93"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 service requests (JSON or XML)</source>
        <translation>Demandes de service Open311 (JSON ou XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 services or service definition</source>
        <translation>Services ou définition de service Open311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: NYC Open Data 311</source>
        <translation>CSV&#xa0;: NYC Open Data 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: DataSF 311 Cases</source>
        <translation>CSV&#xa0;: DataSF 311 Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: Boston 311</source>
        <translation>CSV&#xa0;: Boston 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: LA MyLA311</source>
        <translation>CSV&#xa0;: LA MyLA311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: CivicDesk export</source>
        <translation>CSV&#xa0;: exportation CivicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: with a mapping file</source>
        <translation>CSV&#xa0;: avec un fichier de correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping file (JSON), for &quot;CSV: with a mapping file&quot;</source>
        <translation>Fichier de correspondance (JSON), pour &quot;CSV&#xa0;: avec un fichier de correspondance&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strict: refuse the import if a service is not in the catalogue</source>
        <translation>Mode &amp;strict&#xa0;: refuser l&apos;importation si un service n&apos;est pas au catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (first %1 rows):</source>
        <translation>Aperçu (%1 premières lignes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open311 and CSV files (*.json *.xml *.csv);;All files (*)</source>
        <translation>Fichiers Open311 et CSV (*.json *.xml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeWidget</name>
    <message>
        <location filename="../widgets/intake/intakewidget.cpp" line="+84"/>
        <source>&amp;New call</source>
        <translation>&amp;Nouvel appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new call: timer, caller and request</source>
        <translation>Commencer un nouvel appel&#xa0;: minuterie, appelant et demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save request</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check and save the request, then read back the reference</source>
        <translation>Vérifier et enregistrer la demande, puis lire la référence à voix haute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Information only…</source>
        <translation>Rense&amp;ignement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End a call that was only a question; no ticket</source>
        <translation>Terminer un appel qui n&apos;était qu&apos;une question; aucune demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wrap up without ticket…</source>
        <translation>&amp;Conclure…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call: resolved, transferred, duplicate, hung up…</source>
        <translation>Terminer l&apos;appel&#xa0;: résolu, transféré, en double, raccroché…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard call…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw away this call&apos;s form (asks first)</source>
        <translation>Jeter le formulaire de cet appel (demande confirmation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transferred to 911</source>
        <translation>&amp;Transféré au 911</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log on this call that the caller was transferred to 911</source>
        <translation>Consigner dans cet appel que l&apos;appelant a été transféré au 911</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo in form</source>
        <translation>Ann&amp;uler dans le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change in the call form</source>
        <translation>Annuler la dernière modification du formulaire d&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore unfinished call</source>
        <translation>&amp;Restaurer l&apos;appel inachevé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the call that was open when CivicDesk stopped</source>
        <translation>Rouvrir l&apos;appel qui était ouvert à l&apos;arrêt de CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link as &amp;duplicate</source>
        <translation>Lier en &amp;doublon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this request as a duplicate of the chosen nearby ticket; the caller still gets a reference number</source>
        <translation>Enregistrer cette demande comme doublon de la demande voisine choisie; l&apos;appelant reçoit quand même un numéro de référence</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Call timer</source>
        <translation>Minuterie d&apos;appel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service type *</source>
        <translation>Type de ser&amp;vice *</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+361"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Descri&amp;ption (plain text):</source>
        <translation>Descr&amp;iption (texte brut)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p style=&apos;font-size:16pt&apos;&gt;No call in progress.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;%1&lt;/b&gt; to take a new call.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:16pt&apos;&gt;Aucun appel en cours.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;%1&lt;/b&gt; pour prendre un nouvel appel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+423"/>
        <source>Knowledge base article used: %1</source>
        <translation>Article de la base de connaissances utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Draft not saved: %1</source>
        <translation>Brouillon non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Transfer not logged</source>
        <translation>Transfert non consigné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transferred to 911 (logged). Wrap up with %1.</source>
        <translation>Transféré au 911 (consigné). Concluez avec %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Not saved. Still needed:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Non enregistrée. Il manque&#xa0;:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved %1. Read it back, then finish the call.</source>
        <translation>%1 enregistrée. Lisez la référence à voix haute, puis terminez l&apos;appel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1, a duplicate of %2. Read it back.</source>
        <translation>%1 enregistrée, en double de %2. Lisez la référence à voix haute.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+12"/>
        <location line="+74"/>
        <source>Discard call</source>
        <translation>Abandonner l&apos;appel</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Discard this call? Everything typed is lost; the call log records it as discarded.</source>
        <translation>Abandonner cet appel? Tout ce qui a été saisi sera perdu; le journal des appels le consigne comme abandonné.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown number</source>
        <translation>numéro inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unfinished call was found: started %1, caller %2%3. Restore it (%4)?</source>
        <translation>Un appel inachevé a été trouvé&#xa0;: commencé %1, appelant %2%3. Le restaurer (%4)?</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::KbEditorDialog</name>
    <message>
        <location filename="../widgets/kb/kbeditordialog.cpp" line="+50"/>
        <source>Knowledge base editor</source>
        <translation>Éditeur de la base de connaissances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Article id</source>
        <translation>Id de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question variants</source>
        <translation>Variantes de la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One way callers ask it per line</source>
        <translation>Une formulation de l&apos;appelant par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call-taker script</source>
        <translation>Texte du préposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service codes</source>
        <translation>Codes de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer number</source>
        <translation>Numéro de transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review by</source>
        <translation>À réviser d&apos;ici le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions:</source>
        <translation>Q&amp;uestions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scr&amp;ipt:</source>
        <translation>&amp;Script&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>Or&amp;ganisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice codes:</source>
        <translation>Codes de ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans&amp;fer number:</source>
        <translation>Numéro de trans&amp;fert&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation o&amp;f:</source>
        <translation>Tra&amp;duction de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review by:</source>
        <translation>À révis&amp;er d&apos;ici le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer (Markdown)</source>
        <translation>Réponse (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer preview</source>
        <translation>Aperçu de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer (Markdown) and preview:</source>
        <translation>Réponse (Mar&amp;kdown) et aperçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in this version</source>
        <translation>Modifications dans cette version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes:</source>
        <translation>&amp;Modifications&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Reviews due</source>
        <translation>Révisions à faire</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark reviewed (next review in a year)</source>
        <translation>Mar&amp;quer comme révisé (prochaine révision dans un an)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews &amp;due (overdue first):</source>
        <translation>Révisions à &amp;faire (en retard d&apos;abord)&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+68"/>
        <source>%1 may not edit the knowledge base</source>
        <translation>%1 ne peut pas modifier la base de connaissances</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>an article with id %1 already exists</source>
        <translation>un article portant l&apos;id %1 existe déjà</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, flagged outdated</source>
        <translation>, signalé comme périmé</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::KbPanel</name>
    <message>
        <location filename="../widgets/kb/kbpanel.cpp" line="+60"/>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the caller&apos;s words (Ctrl+K)</source>
        <translation>Tapez les mots de l&apos;appelant (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the knowledge base as you type (Ctrl+K)</source>
        <translation>Rechercher dans la base de connaissances pendant la saisie (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation>Filtre d&apos;organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gency:</source>
        <translation>Or&amp;ganisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agencies</source>
        <translation>Tout organisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience filter</source>
        <translation>Filtre de public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Au&amp;dience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All audiences</source>
        <translation>Tout public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current (not retired)</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matching articles</source>
        <translation>Articles correspondants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Use in call</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this article on the current call</source>
        <translation>Consigner cet article dans l&apos;appel en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;request</source>
        <translation>Créer une de&amp;mande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the intake with this article&apos;s service chosen</source>
        <translation>Ouvrir le formulaire d&apos;appel avec le service de cet article déjà choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not helpful</source>
        <translation>Pas utile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdated…</source>
        <translation>Périmé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag this article as outdated and say what is wrong</source>
        <translation>Signaler cet article comme périmé et préciser ce qui ne va pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit articles, see their history and the reviews due</source>
        <translation>Modifier les articles, voir leur historique et les révisions à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say:</source>
        <translation>Dites&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer to:</source>
        <translation>Transférer à&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Flag as outdated</source>
        <translation>Signaler comme périmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is out of date in &quot;%1&quot;?</source>
        <translation>Qu&apos;est-ce qui est périmé dans &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you: your feedback on &quot;%1&quot; was recorded.</source>
        <translation>Merci&#xa0;: votre avis sur &quot;%1&quot; a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationInsightPanel</name>
    <message>
        <location filename="../widgets/intake/locationinsightpanel.cpp" line="+30"/>
        <source>Routing and possible duplicates</source>
        <translation>Acheminement et doublons possibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>District:</source>
        <translation>District&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible &amp;duplicates (open, within %1, last %2):</source>
        <translation>Doublons &amp;possibles (ouverts, à moins de %1, datant de moins de %2)&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no location yet</source>
        <translation>pas encore d&apos;emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside every district</source>
        <translation>hors de tout district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a service type</source>
        <translation>choisissez un type de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (service default)</source>
        <translation>%1 (par défaut pour le service)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open request of this kind nearby.</source>
        <translation>Aucune demande ouverte de ce type à proximité.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open request nearby. The same problem? Link this call to it.</source>
        <translation>
            <numerusform>%n demande ouverte à proximité. Même problème? Liez-y cet appel.</numerusform>
            <numerusform>%n demandes ouvertes à proximité. Même problème? Liez cet appel à l&apos;une d&apos;elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open requests nearby. The same problem? Select it and link.</source>
        <translation>
            <numerusform>%n demande ouverte à proximité. Même problème? Sélectionnez-la et liez.</numerusform>
            <numerusform>%n demandes ouvertes à proximité. Même problème? Sélectionnez-la et liez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationMap</name>
    <message>
        <location filename="../widgets/intake/locationmap.cpp" line="+26"/>
        <source>Location map</source>
        <translation>Carte de l&apos;emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to place the pin, or drag the pin: the address is looked up from the map</source>
        <translation>Cliquez pour placer le repère, ou faites-le glisser&#xa0;: l&apos;adresse est trouvée à partir de la carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>Type an address and press Enter, or click the map.</source>
        <translation>Tapez une adresse et appuyez sur Entrée, ou cliquez sur la carte.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Address suggestions</source>
        <translation>Suggestions d&apos;adresses</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No city map is imported: type the coordinates, or import the city layers (civicdesk-cli geo import).</source>
        <translation>Aucune carte de la ville n&apos;est importée&#xa0;: tapez les coordonnées ou importez les couches de la ville (civicdesk-cli geo import).</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+19"/>
        <source>Found: %1</source>
        <translation>Trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>%1 is outside the jurisdiction</source>
        <translation>%1 est hors du territoire</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No match for &quot;%1&quot;: check the address, or click the map</source>
        <translation>Aucun résultat pour &quot;%1&quot;&#xa0;: vérifiez l&apos;adresse ou cliquez sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No city map is imported, so addresses cannot be placed: type the coordinates.</source>
        <translation>Aucune carte de la ville n&apos;est importée, les adresses ne peuvent donc pas être placées&#xa0;: tapez les coordonnées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nearest address: %1</source>
        <translation>Adresse la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address near this point; the coordinates are kept</source>
        <translation>Aucune adresse près de ce point; les coordonnées sont conservées</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationSection</name>
    <message>
        <location filename="../widgets/intake/locationsection.cpp" line="+20"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number and street, or an intersection</source>
        <translation>Numéro et rue, ou une intersection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40.7128</source>
        <translation>par ex. 40.7128</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal degrees; N/S suffix allowed</source>
        <translation>Degrés décimaux; suffixe N/S accepté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. -74.0060</source>
        <translation>par ex. -74.0060</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal degrees; E/W suffix allowed</source>
        <translation>Degrés décimaux; suffixe E/W accepté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lat&amp;itude:</source>
        <translation>Latit&amp;ude&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude&#xa0;:</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+59"/>
        <source>Latitude: %1</source>
        <translation>Latitude&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+59"/>
        <source>Longitude: %1</source>
        <translation>Longitude&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+54"/>
        <location line="+392"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+21"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 enregistrée</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the ticket list</source>
        <translation>Recharger la liste des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Open311 or 311 CSV requests and services</source>
        <translation>Importer des demandes et des services Open311 ou CSV 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export requests as Open311 JSON, XML or CSV</source>
        <translation>Exporter les demandes en Open311 JSON, XML ou CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find by reference…</source>
        <translation>&amp;Rechercher par référence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a note on the selected ticket</source>
        <translation>Rédiger une note sur la demande sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the status of the selected ticket</source>
        <translation>Changer le statut de la demande sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reference number to the clipboard</source>
        <translation>Copier le numéro de référence dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket &amp;list</source>
        <translation>&amp;Liste des demandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status &amp;filter</source>
        <translation>&amp;Filtre de statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket map</source>
        <translation>Carte des demandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket &amp;map</source>
        <translation>&amp;Carte des demandes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show knowledge &amp;base panel</source>
        <translation>Afficher le &amp;panneau de la base de connaissances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>À &amp;propos de CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: </source>
        <translation>Statut&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tickets with this status (%1)</source>
        <translation>Afficher seulement les demandes ayant ce statut (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find by reference</source>
        <translation>Rechercher par référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number (%1)</source>
        <translation>Numéro de référence (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket with reference %1</source>
        <translation>Aucune demande ne porte la référence %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Note added to %1</source>
        <translation>Note ajoutée à %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is now %2</source>
        <translation>%1 a maintenant le statut %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1+ tickets</source>
        <translation>%1+ demandes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::MapView</name>
    <message>
        <location filename="../widgets/map/mapview.cpp" line="+32"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, mouse wheel or + and - to zoom, arrow keys to move</source>
        <translation>Faites glisser pour vous déplacer; molette ou + et - pour zoomer; flèches pour bouger</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ReferenceReadback</name>
    <message>
        <location filename="../widgets/intake/referencereadback.cpp" line="+24"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reference number (Alt+O)</source>
        <translation>Copier le numéro de référence (Alt+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy reference number</source>
        <translation>Copier le numéro de référence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish call (Enter)</source>
        <translation>Terminer l&apos;appel (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the end of the call (Enter)</source>
        <translation>Consigner la fin de l&apos;appel (Entrée)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 request saved. Read the reference number to the caller:</source>
        <translation>Demande %1 enregistrée. Lisez le numéro de référence à l&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number %1</source>
        <translation>Numéro de référence %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expected date for this service</source>
        <translation>Aucune date prévue pour ce service</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServerSettingsDialog</name>
    <message>
        <location filename="../widgets/sync/serversettingsdialog.cpp" line="+20"/>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file (Alt+B)</source>
        <translation>Choisir le fichier de certificat d&apos;AC (Alt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Utilisat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;A&amp;C&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServicePickerEdit</name>
    <message>
        <location filename="../widgets/intake/servicepickeredit.cpp" line="+20"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the caller describes: &quot;pot hole&quot;, &quot;trash&quot;, &quot;street light&quot;…</source>
        <translation>Tapez ce que décrit l&apos;appelant&#xa0;: &quot;pot hole&quot;, &quot;trash&quot;, &quot;street light&quot;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search; Up/Down to move, Enter to choose</source>
        <translation>Tapez pour chercher; Haut/Bas pour vous déplacer, Entrée pour choisir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching service types</source>
        <translation>Types de service correspondants</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>✔ %1 (%2), %3</source>
        <translation>✔ %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::StatusDialog</name>
    <message>
        <location filename="../widgets/shell/statusdialog.cpp" line="+13"/>
        <source>Change status of %1</source>
        <translation>Changer le statut de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status note</source>
        <translation>Note de statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional. Shown to the public as the status notes.</source>
        <translation>Facultatif. Affichée au public comme notes de statut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SyncController</name>
    <message>
        <location filename="../widgets/sync/synccontroller.cpp" line="+34"/>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push local changes and pull the server&apos;s now (%1)</source>
        <translation>Envoyer les modifications locales et recevoir celles du serveur maintenant (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain holds the password for %1.
Password (kept for this session only):</source>
        <translation>Aucun trousseau du système ne contient le mot de passe de %1.
Mot de passe (conservé pour cette session seulement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available (%1). The password is kept for this session only and asked for at the next start.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (%1). Le mot de passe est conservé pour cette session seulement et sera redemandé au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SyncStatusWidget</name>
    <message>
        <location filename="../widgets/sync/syncstatuswidget.cpp" line="+17"/>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe erroné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server unreachable, will retry</source>
        <translation>serveur injoignable, nouvelle tentative prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS verification failed</source>
        <translation>échec de la vérification TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server is newer: update CivicDesk</source>
        <translation>le serveur est plus récent&#xa0;: mettez à jour CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server not set up</source>
        <translation>serveur non initialisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the connection settings</source>
        <translation>vérifiez les paramètres de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>see details</source>
        <translation>voir les détails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the server refused: open the conflicts list</source>
        <translation>Modifications refusées par le serveur&#xa0;: ouvrir la liste des conflits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local store only (no server configured)</source>
        <translation>Stockage local seulement (sans serveur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline (%1)</source>
        <translation>Hors ligne (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TicketDetailView</name>
    <message>
        <location filename="../widgets/shell/ticketdetailview.cpp" line="+48"/>
        <source>Select a ticket to see its details.</source>
        <translation>Sélectionnez une demande pour en voir les détails.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;note:</source>
        <translation>Nouvelle &amp;note&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a note, then press Ctrl+Enter</source>
        <translation>Tapez une note, puis appuyez sur Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Internal (not shown to the public)</source>
        <translation>&amp;Interne (non visible par le public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note to this ticket (Ctrl+Enter)</source>
        <translation>Ajouter la note à cette demande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udit trail</source>
        <translation>&amp;Piste de vérification</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status notes</source>
        <translation>Notes de statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a ticket not in this store</source>
        <translation>un ticket absent du stockage local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TicketMapPanel</name>
    <message>
        <location filename="../widgets/map/ticketmappanel.cpp" line="+68"/>
        <source>Online map tiles are off: %1</source>
        <translation>Les tuiles de carte en ligne sont désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Service:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service filter</source>
        <translation>Filtre de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+189"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (any open status)</source>
        <translation>Ouvertes (tout statut ouvert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Requested from</source>
        <translation>De&amp;mandées du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by requested date</source>
        <translation>Filtrer par date de la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested from</source>
        <translation>Demandées du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested to</source>
        <translation>Demandées jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Carte de chaleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the heatmap</source>
        <translation>Afficher la carte de chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where tickets concentrate instead of pins (supervisor view)</source>
        <translation>Montrer où se concentrent les demandes au lieu des repères (vue superviseur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the ticket map</source>
        <translation>Recharger la carte des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the tickets again from the local store</source>
        <translation>Relire les demandes depuis le stockage local</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Loading tickets…</source>
        <translation>Chargement des demandes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clustering tickets…</source>
        <translation>Regroupement des demandes…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 of %n located ticket(s) shown</source>
        <translation>
            <numerusform>%1 sur %n demande localisée affichée</numerusform>
            <numerusform>%1 sur %n demandes localisées affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::WrapUpDialog</name>
    <message>
        <location filename="../widgets/intake/wrapupdialog.cpp" line="+18"/>
        <source>Wrap up call</source>
        <translation>Conclure l&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap-up code</source>
        <translation>Code de conclusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+85"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>What the caller asked or what was done</source>
        <translation>Ce que l&apos;appelant a demandé ou ce qui a été fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>Transferred to</source>
        <translation>Transféré à</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>e.g. 911, Water Department, Animal Control</source>
        <translation>par ex. 911, Service de l&apos;eau, Contrôle animalier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing ticket reference</source>
        <translation>Référence de la demande existante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;How did the call end?</source>
        <translation>&amp;Issue de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transferred to:</source>
        <translation>&amp;Transféré à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate of ticket:</source>
        <translation>&amp;Double de la demande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article used:</source>
        <translation>Article utilisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End call</source>
        <translation>Te&amp;rminer l&apos;appel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Duplicate of ticket</source>
        <translation>Double de la demande</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+111"/>
        <source>CivicDesk cannot open its profile:

%1</source>
        <translation>CivicDesk ne peut pas ouvrir son profil&#xa0;:

%1</translation>
    </message>
</context>
</TS>
