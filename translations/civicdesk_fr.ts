<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressCsvMapping</name>
    <message>
        <location filename="../core/geo/addresscsvmapping.cpp" line="+32"/>
        <source>%1:%2: %3: &quot;%4&quot; is not a number</source>
        <translation>%1:%2&#xa0;: %3&#xa0;: « %4 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
</context>
<context>
    <name>AddressSuggestionModel</name>
    <message>
        <location filename="../core/intake/addresssuggestionmodel.cpp" line="+40"/>
        <source>%1 (outside the jurisdiction)</source>
        <translation>%1 (hors du territoire)</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../core/tickets/auditfield.cpp" line="+23"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal note added</source>
        <translation>Note interne ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status notes</source>
        <translation>Notes de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service notice</source>
        <translation>Avis du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address id</source>
        <translation>Id de l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s phone</source>
        <translation>Téléphone de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s email</source>
        <translation>Courriel de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s first name</source>
        <translation>Prénom de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s last name</source>
        <translation>Nom de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s language</source>
        <translation>Langue de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous caller</source>
        <translation>Appelant anonyme</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../core/intake/callsession.cpp" line="+76"/>
        <source>is not a CivicDesk call session</source>
        <translation>n&apos;est pas une session d&apos;appel CivicDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a UUID</source>
        <translation>n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list of values</source>
        <translation>doit être une liste de valeurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a ticket id</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de demande</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse courriel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latitude and longitude go together</source>
        <translation>la latitude et la longitude doivent être fournies ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a service type</source>
        <translation>choisissez un type de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a place: type the address or put a pin on the map</source>
        <translation>%1 doit avoir un lieu&#xa0;: saisissez l&apos;adresse ou placez un repère sur la carte</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../core/intake/callerhistorymodel.cpp" line="+35"/>
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
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>CannedResponseLibrary</name>
    <message>
        <location filename="../core/commands/cannedresponselibrary.cpp" line="+67"/>
        <source>only an administrator edits canned responses (you are: %1)</source>
        <translation>seul un administrateur modifie les réponses types (vous êtes&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be 1 to 200 characters</source>
        <translation>doit compter de 1 à 200 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 1 to 4000 characters</source>
        <translation>doit compter de 1 à 4000 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown placeholder %1 (known: %2)</source>
        <translation>variable inconnue %1 (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no service %1 in the catalogue</source>
        <translation>aucun service %1 au catalogue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown status %1</source>
        <translation>statut inconnu %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(no target date)</source>
        <translation>(aucune date cible)</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../core/catalog/catalogjson.cpp" line="+33"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes de caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a time like 08:30</source>
        <translation>doit être une heure, par exemple 08:30</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object of languages</source>
        <translation>doit être un objet de langues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a two-letter language code (es, fr)</source>
        <translation>« %1 » n&apos;est pas un code de langue à deux lettres (es, fr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English is the plain field, not a translation</source>
        <translation>L&apos;anglais va dans le champ simple, pas dans une traduction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a translated field (%1)</source>
        <translation>n&apos;est pas un champ traduisible (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown datatype &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</source>
        <translation>type de données inconnu &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a list attribute needs at least one value</source>
        <translation>un attribut de type liste doit avoir au moins une valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an informational attribute (variable=false) cannot be required</source>
        <translation>un attribut informatif (variable=false) ne peut pas être obligatoire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>is longer than 4,000 characters</source>
        <translation>dépasse 4&#xa0;000 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be realtime, batch or blackbox</source>
        <translation>doit être realtime, batch ou blackbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>organisme inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be low, normal, high or urgent</source>
        <translation>doit être low, normal, high ou urgent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be business or calendar</source>
        <translation>doit être business ou calendar</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+128"/>
        <location line="+101"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>duplicate attribute code &quot;%1&quot;</source>
        <translation>code d&apos;attribut en double &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must be &quot;civicdesk-catalog&quot;</source>
        <translation>doit être &quot;civicdesk-catalog&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>la version %1 n&apos;est pas prise en charge (version attendue&#xa0;: 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate service code &quot;%1&quot;</source>
        <translation>code de service en double &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+10"/>
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
        <location filename="../core/geo/citylayerstore.cpp" line="+258"/>
        <source>not a line</source>
        <translation>n&apos;est pas une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a polygon</source>
        <translation>n&apos;est pas un polygone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing to import into the %2 layer</source>
        <translation>%1&#xa0;: rien à importer dans la couche %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no &quot;%1&quot; property</source>
        <translation>aucune propriété &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no known area kind (kind, leisure, natural, landuse or building)</source>
        <translation>aucun type de zone connu (kind, leisure, natural, landuse ou building)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a point</source>
        <translation>n&apos;est pas un point</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+26"/>
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
    <name>CsvMappingProposal</name>
    <message>
        <location filename="../core/csvimport/csvmappingproposal.cpp" line="+231"/>
        <source>dates like %1</source>
        <translation>dates comme %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>by name</source>
        <translation>par nom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>by content: the first date column; %1</source>
        <translation>par contenu&#xa0;: la première colonne de dates; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>by content: every value is unique</source>
        <translation>par contenu&#xa0;: chaque valeur est unique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>by content: points</source>
        <translation>par contenu&#xa0;: points</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Proposed for %1</source>
        <translation>Proposé pour %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guessed from the header and the first rows: check each column, set time_zone to the source&apos;s, fill in what could not be guessed, then delete could_not_guess and check.</source>
        <translation>Déduit de l&apos;en-tête et des premières lignes&#xa0;: vérifiez chaque colonne, réglez time_zone sur le fuseau de la source, complétez ce qui n&apos;a pas pu être déduit, puis supprimez could_not_guess et vérifiez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>proposed mapping for %1:
</source>
        <translation>correspondance proposée pour %1&#xa0;:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every field was guessed; check the mapping before using it
</source>
        <translation>tous les champs ont été déduits; vérifiez la correspondance avant de l&apos;utiliser
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not guess: %1 (fill these in before using the mapping)
</source>
        <translation>impossible de déduire&#xa0;: %1 (complétez-les avant d&apos;utiliser la correspondance)
</translation>
    </message>
</context>
<context>
    <name>CsvProfile</name>
    <message>
        <location filename="../core/csvimport/csvprofile.cpp" line="+159"/>
        <source>--profile: &quot;%1&quot; is neither a built-in profile (%2) nor a readable mapping file: %3</source>
        <translation>--profile&#xa0;: &quot;%1&quot; n&apos;est ni un profil intégré (%2) ni un fichier de correspondance lisible&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field (one of: %1)</source>
        <translation>champ inconnu (valeurs possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service_code or service_name is required</source>
        <translation>service_code ou service_name est obligatoire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a CivicDesk status (one of: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut CivicDesk (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a CivicDesk channel (one of: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal CivicDesk (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a CivicDesk channel</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal CivicDesk</translation>
    </message>
</context>
<context>
    <name>CsvProfileDetector</name>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="+27"/>
        <location line="+9"/>
        <source>API export</source>
        <translation>export de l&apos;API</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>portal export</source>
        <translation>export du portail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower-cased headers</source>
        <translation>en-têtes en minuscules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>headers spelt differently</source>
        <translation>en-têtes orthographiés différemment</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2): its columns all match, but none of the first rows&apos; &quot;%3&quot; values is a date in a known format</source>
        <translation>%1 (%2)&#xa0;: toutes ses colonnes correspondent, mais aucune des valeurs &quot;%3&quot; des premières lignes n&apos;est une date dans un format connu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), which has %3 of its columns but not %4</source>
        <translation>%1 (%2), qui a %3 de ses colonnes mais pas %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1:1: the header fits more than one built-in profile (%2), so auto cannot choose; name one: %3</source>
        <translation>%1:1&#xa0;: l&apos;en-tête correspond à plusieurs profils intégrés (%2), auto ne peut donc pas choisir; indiquez-en un&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: no built-in profile (%2) fits this file</source>
        <translation>%1:1&#xa0;: aucun profil intégré (%2) ne correspond à ce fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the nearest: %1</source>
        <translation>; le plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Write a mapping file for it (docs/open311.md, &quot;Mapping files&quot;); --write-mapping FILE writes a proposal from the header and the first rows.
</source>
        <translation>. Écrivez un fichier de correspondance pour lui (docs/open311.md, &quot;Mapping files&quot;); --write-mapping FILE écrit une proposition à partir de l&apos;en-tête et des premières lignes.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no built-in profile fits</source>
        <translation>aucun profil intégré ne correspond</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>looks like %1</source>
        <translation>ressemble à %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csvimport/csvreader.cpp" line="+85"/>
        <source>the file is UTF-16; save it as UTF-8 and import again</source>
        <translation>le fichier est en UTF-16; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field %1 is not UTF-8 (byte 0x%2 in &quot;%3&quot;); the file looks like Latin-1 or Windows-1252. Convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8, and import again</source>
        <translation>le champ %1 n&apos;est pas en UTF-8 (octet 0x%2 dans &quot;%3&quot;); le fichier semble être en Latin-1 ou Windows-1252. Convertissez-le, par exemple avec iconv -f WINDOWS-1252 -t UTF-8, puis importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file ends inside a quoted field that starts on this line (truncated file?)</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets qui commence à cette ligne (fichier tronqué?)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>a record longer than %1 bytes; refused (a missing closing quote, or not a CSV file)</source>
        <translation>un enregistrement de plus de %1 octets; refusé (guillemet fermant manquant, ou pas un fichier CSV)</translation>
    </message>
</context>
<context>
    <name>CsvRowMapper</name>
    <message>
        <location filename="../core/csvimport/csvrowmapper.cpp" line="+154"/>
        <source>%1:1: the header has no column %2 that profile &quot;%3&quot; needs; is this the right profile?</source>
        <translation>%1:1&#xa0;: l&apos;en-tête n&apos;a pas la colonne %2 requise par le profil &quot;%3&quot;; est-ce le bon profil?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing columns</source>
        <translation>colonnes manquantes</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both match &quot;%3&quot; (%4)</source>
        <translation>les colonnes &quot;%1&quot; et &quot;%2&quot; correspondent toutes deux à &quot;%3&quot; (%4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:1: %2; names match whatever their case, spaces, underscores, dots and hyphens, so rename or remove one of each pair</source>
        <translation>%1:1&#xa0;: %2; les noms correspondent quels que soient la casse, les espaces, les traits de soulignement, les points et les tirets&#xa0;: renommez ou supprimez une colonne de chaque paire</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a date in any known format (%2)</source>
        <translation>&quot;%1&quot; n&apos;est une date dans aucun format connu (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 fields; the header has %2</source>
        <translation>compte %1 champs; l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="-75"/>
        <location filename="../core/csvimport/csvrowmapper.cpp" line="-86"/>
        <source>ambiguous columns</source>
        <translation>colonnes ambiguës</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <location filename="../core/dashboard/dashboardreport.cpp" line="+105"/>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(unknown service)</source>
        <translation>(service inconnu)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>0-2 days</source>
        <translation>0-2 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-7 days</source>
        <translation>3-7 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-30 days</source>
        <translation>8-30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 30 days</source>
        <translation>plus de 30 jours</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+132"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable</source>
        <translation>%1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot open the local store %1: %2</source>
        <translation>impossible d&apos;ouvrir le stockage local %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). Update CivicDesk or use another profile.</source>
        <translation>%1 a été écrit par une version plus récente de CivicDesk (schéma %2; cette version prend en charge jusqu&apos;au schéma %3). Mettez à jour CivicDesk ou utilisez un autre profil.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../core/dashboard/daterange.cpp" line="+12"/>
        <source>date range: give both a first and a last day</source>
        <translation>plage de dates&#xa0;: indiquez le premier et le dernier jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date range: %1 is after %2</source>
        <translation>plage de dates&#xa0;: %1 est postérieur à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the first day</source>
        <translation>est antérieur au premier jour</translation>
    </message>
</context>
<context>
    <name>DemoProfileBuilder</name>
    <message>
        <location filename="../core/demo/demoprofilebuilder.cpp" line="+180"/>
        <source>%1 already holds a profile; give a new or empty folder</source>
        <translation>%1 contient déjà un profil; indiquez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--tickets must not be negative</source>
        <translation>--tickets ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>City of %1</source>
        <translation>Ville de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fictional city (CivicDesk demo)</source>
        <translation>Ville fictive (démo CivicDesk)</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <location filename="../core/demo/demosandbox.cpp" line="+63"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot write the demo&apos;s initial snapshot</source>
        <translation>%1&#xa0;: impossible d&apos;écrire l&apos;instantané initial de la démo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot remove it to reset the demo</source>
        <translation>%1&#xa0;: impossible de le supprimer pour réinitialiser la démo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds a live profile, not a demo; the demo needs a folder of its own</source>
        <translation>%1 contient un profil réel, pas une démo; la démo a besoin de son propre dossier</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidateModel</name>
    <message>
        <location filename="../core/intake/duplicatecandidatemodel.cpp" line="+46"/>
        <source>%1, %2 away, reported %3 ago at %4</source>
        <translation>%1, à %2, signalée il y a %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
        <location filename="../core/intake/emergencydetector.cpp" line="+80"/>
        <location line="+1"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid pattern &quot;%1&quot;: %2</source>
        <translation>motif non valide &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid pattern</source>
        <translation>motif non valide</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be &quot;civicdesk-emergency-triggers&quot;</source>
        <translation>doit être &quot;civicdesk-emergency-triggers&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>needs patterns or services</source>
        <translation>doit comporter des motifs ou des services</translation>
    </message>
</context>
<context>
    <name>EmergencyPhrases</name>
    <message>
        <location filename="../core/intake/emergencyphrases.cpp" line="+23"/>
        <source>&quot;%1&quot; is neither emergency nor lookalike</source>
        <translation>&quot;%1&quot; n&apos;est ni une urgence ni une formulation semblable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no text after the tab</source>
        <translation>aucun texte après la tabulation</translation>
    </message>
</context>
<context>
    <name>FormEditCommand</name>
    <message>
        <location filename="../widgets/intake/formeditcommand.cpp" line="+14"/>
        <source>form change</source>
        <translation>modification du formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change to %1</source>
        <translation>modification de %1</translation>
    </message>
</context>
<context>
    <name>GeoCsvReader</name>
    <message>
        <location filename="../core/geo/geocsvreader.cpp" line="+13"/>
        <source>%1: the file is empty (no header line)</source>
        <translation>%1&#xa0;: le fichier est vide (aucune ligne d’en-tête)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: the header has no column &quot;%3&quot; (%4; columns: %5)</source>
        <translation>%1:%2&#xa0;: l&apos;en-tête n&apos;a pas de colonne « %3 » (%4 ; colonnes&#xa0;: %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such column</source>
        <translation>colonne inexistante</translation>
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
    <name>HelpTopics</name>
    <message>
        <location filename="../widgets/help/helptopics.cpp" line="+12"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a call</source>
        <translation>Prendre un appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a knowledge-base answer</source>
        <translation>Trouver une réponse dans la base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor queue and bulk actions</source>
        <translation>File d&apos;attente du superviseur et actions groupées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket map</source>
        <translation>Carte des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo city and training</source>
        <translation>Ville de démonstration et formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance and accessibility</source>
        <translation>Apparence et accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../core/interop/importformat.cpp" line="+27"/>
        <source>%1 with service requests</source>
        <translation>%1 avec des demandes de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with services</source>
        <translation>%1 avec des services</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CSV with the columns of %1</source>
        <translation>CSV avec les colonnes de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <location filename="../core/store/importjournal.cpp" line="+32"/>
        <source>cannot create the import lock %1 in the profile folder</source>
        <translation>impossible de créer le verrou d&apos;importation %1 dans le dossier de profil</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../core/interop/importsummary.cpp" line="+16"/>
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
        <location filename="../core/intake/intakeservice.cpp" line="+117"/>
        <source>the ticket this call was linked to no longer exists</source>
        <translation>la demande à laquelle cet appel était lié n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk is full: the ticket was not saved. The call is kept as a draft; free some disk space (or call support) and save again.</source>
        <translation>Le disque est plein&#xa0;: la demande n&apos;a pas été enregistrée. L&apos;appel est conservé comme brouillon; libérez de l&apos;espace disque (ou appelez le soutien) et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say where the call was transferred</source>
        <translation>indiquez vers où l&apos;appel a été transféré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say what the caller asked, or confirm logging the call without a reason</source>
        <translation>indiquez ce que l&apos;appelant a demandé, ou confirmez l&apos;enregistrement de l&apos;appel sans motif</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../core/kb/kbformats.cpp" line="+32"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to be a knowledge base (%2 MB)</source>
        <translation>%1 est trop volumineux pour être une base de connaissances (%2 Mo)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2: malformed quoted text</source>
        <translation>%1&#xa0;: %2&#xa0;: texte entre guillemets mal formé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed quoted text</source>
        <translation>texte entre guillemets mal formé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1:%2: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1:%2&#xa0;: UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1&#xa0;: UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: empty file; the first line must name the columns</source>
        <translation>%1&#xa0;: fichier vide; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:1: unknown column &quot;%2&quot; (columns: %3)</source>
        <translation>%1:1&#xa0;: colonne inconnue &quot;%2&quot; (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 cells, but the header names %3 columns</source>
        <translation>%1&#xa0;: %2 cellules, mais l&apos;en-tête nomme %3 colonnes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1:1: must start with front matter (a line &quot;---&quot;, fields, then &quot;---&quot;)</source>
        <translation>%1:1&#xa0;: doit commencer par un en-tête de métadonnées (une ligne &quot;---&quot;, des champs, puis &quot;---&quot;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a list item outside a list field</source>
        <translation>%1&#xa0;: un élément de liste hors d&apos;un champ de liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected &quot;field: value&quot;</source>
        <translation>%1&#xa0;: &quot;champ: valeur&quot; attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2: malformed list</source>
        <translation>%1&#xa0;: %2&#xa0;: liste mal formée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed list</source>
        <translation>liste mal formée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the front matter is never closed with &quot;---&quot;</source>
        <translation>%1&#xa0;: l&apos;en-tête de métadonnées n&apos;est jamais fermé par &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no .md files</source>
        <translation>%1 ne contient aucun fichier .md</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>%1:%2: expected &quot;query&lt;TAB&gt;expected id or title&quot;</source>
        <translation>%1:%2&#xa0;: attendu &quot;requête&lt;TAB&gt;id ou titre attendu&quot;</translation>
    </message>
</context>
<context>
    <name>KbRepository</name>
    <message>
        <location filename="../core/kb/kbrepository.cpp" line="+255"/>
        <source>an article with id %1 already exists</source>
        <translation>un article d’identifiant %1 existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+41"/>
        <source>no article with id %1</source>
        <translation>aucun article ne porte l&apos;id %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
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
        <location line="+53"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the comment is too long (at most 4000 characters)</source>
        <translation>le commentaire est trop long (4 000 caractères au plus)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+24"/>
        <source>%1 may not edit the knowledge base</source>
        <translation>%1 ne peut pas modifier la base de connaissances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a knowledge-base editor</source>
        <translation>pas éditeur de la base de connaissances</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the built-in knowledge base is missing from this build</source>
        <translation>la base de connaissances intégrée est absente de cette version</translation>
    </message>
</context>
<context>
    <name>KbServiceIndex</name>
    <message>
        <location filename="../core/kb/kbserviceindex.cpp" line="+15"/>
        <source>cannot create a temporary folder for the service index</source>
        <translation>impossible de créer un dossier temporaire pour l&apos;index des services</translation>
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
    <name>LocalAccounts</name>
    <message>
        <location filename="../core/accounts/localaccounts.cpp" line="+18"/>
        <source>accounts: the password library (libsodium) could not start</source>
        <translation>accounts&#xa0;: la bibliothèque de mots de passe (libsodium) n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password: at least 8 characters</source>
        <translation>password&#xa0;: au moins 8 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: at most 1024 characters</source>
        <translation>password&#xa0;: au plus 1024 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>password: out of memory while hashing</source>
        <translation>password&#xa0;: mémoire insuffisante pendant le hachage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name: 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>name&#xa0;: de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name: an account %1 already exists</source>
        <translation>name&#xa0;: un compte %1 existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>name: no account %1</source>
        <translation>name&#xa0;: aucun compte %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>LocalSignIn</name>
    <message>
        <location filename="../core/accounts/localsignin.cpp" line="+16"/>
        <source>sign in: this profile has accounts; give a user name and password</source>
        <translation>connexion&#xa0;: ce profil a des comptes; indiquez un nom d&apos;utilisateur et un mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign in: wrong name or password</source>
        <translation>connexion&#xa0;: nom ou mot de passe erroné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong name or password</source>
        <translation>nom ou mot de passe erroné</translation>
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
    <name>MapPicture</name>
    <message>
        <location filename="../map/render/mappicture.cpp" line="+40"/>
        <source>the centre is not a latitude and longitude</source>
        <translation>le centre n&apos;est pas une latitude et une longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a position</source>
        <translation>pas une position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zoom %1: a number from 2 to 20</source>
        <translation>zoom %1&#xa0;: un nombre de 2 à 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 2 to 20</source>
        <translation>de 2 à 20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size %1x%2: from 16x16 to 8192x8192</source>
        <translation>taille %1x%2&#xa0;: de 16x16 à 8192x8192</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from 16x16 to 8192x8192</source>
        <translation>de 16x16 à 8192x8192</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale %1: from 1 to 4</source>
        <translation>échelle %1&#xa0;: de 1 à 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 1 to 4</source>
        <translation>de 1 à 4</translation>
    </message>
</context>
<context>
    <name>MbTilesFile</name>
    <message>
        <location filename="../map/tiles/mbtilesfile.cpp" line="+35"/>
        <source>%1: no such MBTiles file</source>
        <translation>%1&#xa0;: fichier MBTiles introuvable</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: not an MBTiles file (not an SQLite database)</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier MBTiles (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not an MBTiles file: the &quot;%2&quot; table is missing</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier MBTiles&#xa0;: la table &quot;%2&quot; est absente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing table</source>
        <translation>table absente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: metadata: the required key &quot;%2&quot; is missing (MBTiles 1.3)</source>
        <translation>%1&#xa0;: metadata&#xa0;: la clé obligatoire &quot;%2&quot; est absente (MBTiles 1.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing metadata</source>
        <translation>métadonnées absentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: metadata: format &quot;%2&quot; is not a raster format CivicDesk reads (png or jpg)</source>
        <translation>%1&#xa0;: metadata&#xa0;: le format &quot;%2&quot; n&apos;est pas un format matriciel lu par CivicDesk (png ou jpg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: tile %2 (tile_row %3): the data is not a readable PNG or JPEG image (%4 bytes)</source>
        <translation>%1&#xa0;: tuile %2 (tile_row %3)&#xa0;: les données ne sont pas une image PNG ou JPEG lisible (%4 octets)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: tile %2 does not exist at its zoom level</source>
        <translation>%1&#xa0;: la tuile %2 n&apos;existe pas à son niveau de zoom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: tile %2: the image could not be encoded</source>
        <translation>%1&#xa0;: tuile %2&#xa0;: l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
</context>
<context>
    <name>MigrationFolder</name>
    <message>
        <location filename="../core/store/migrationfolder.cpp" line="+34"/>
        <source>missing migration %1</source>
        <translation>migration %1 manquante</translation>
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
        <location line="+103"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location filename="../core/open311/open311writer.cpp" line="+441"/>
        <location line="+19"/>
        <source>export: cannot write: %1</source>
        <translation>export&#xa0;: impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+10"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile/profile.cpp" line="+44"/>
        <source>cannot create the profile folder %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile folder %1 is not writable</source>
        <translation>le dossier de profil %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local store %1 is not writable</source>
        <translation>le stockage local %1 n&apos;est pas accessible en écriture</translation>
    </message>
</context>
<context>
    <name>ProfileLocation</name>
    <message>
        <location filename="../core/settings/profilelocation.cpp" line="+46"/>
        <source>the profile folder must be a full path: %1</source>
        <translation>le dossier du profil doit être un chemin complet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a full path</source>
        <translation>pas un chemin complet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
</context>
<context>
    <name>PushStream</name>
    <message>
        <location filename="../core/sync/serverconnection.cpp" line="+36"/>
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
    <name>QueueColumn</name>
    <message>
        <location filename="../core/queue/queuecolumn.cpp" line="+24"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service code</source>
        <translation>Code de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
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
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller phone</source>
        <translation>Téléphone de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller e-mail</source>
        <translation>Courriel de l&apos;appelant</translation>
    </message>
</context>
<context>
    <name>QueueCsvExport</name>
    <message>
        <location filename="../core/exports/queuecsvexport.cpp" line="+37"/>
        <source>columns: unknown column &quot;%1&quot;</source>
        <translation>columns&#xa0;: colonne inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caller details: a %1 may not export them</source>
        <translation>coordonnées de l&apos;appelant&#xa0;: le rôle %1 ne peut pas les exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such folder</source>
        <translation>dossier inexistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder not writable</source>
        <translation>dossier non accessible en écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire (%2)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
</context>
<context>
    <name>QueuePdf</name>
    <message>
        <location filename="../widgets/queue/queuepdf.cpp" line="+22"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder not writable</source>
        <translation>dossier non accessible en écriture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write</source>
        <translation>%1&#xa0;: impossible d&apos;écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (internal)</source>
        <translation> (interne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First %1 of %2 tickets; export CSV for all of them.</source>
        <translation>%1 premières demandes sur %2; exportez en CSV pour les obtenir toutes.</translation>
    </message>
</context>
<context>
    <name>QueueQuery</name>
    <message>
        <location filename="../core/queue/queuequery.cpp" line="+27"/>
        <source>unknown value &quot;%1&quot; (one of: %2)</source>
        <translation>valeur inconnue &quot;%1&quot; (parmi&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the range is reversed (%1 is after %2)</source>
        <translation>la plage est inversée (%1 est postérieur à %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the range is empty; give FROM..TO, FROM.. or ..TO</source>
        <translation>la plage est vide; indiquez DU..AU, DU.. ou ..AU</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>must be between 0 and 8784 hours</source>
        <translation>doit être compris entre 0 et 8784 heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>colonne inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer than 200 characters</source>
        <translation>dépasse 200 caractères</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a view starts with %1?</source>
        <translation>une vue commence par %1?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown parameter (known: %1)</source>
        <translation>paramètre inconnu (connus&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number of hours</source>
        <translation>doit être un nombre d&apos;heures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;only&quot; or &quot;originals&quot;</source>
        <translation>doit être &quot;only&quot; ou &quot;originals&quot;</translation>
    </message>
</context>
<context>
    <name>QueueSql</name>
    <message>
        <location filename="../core/queue/queuesql.cpp" line="+88"/>
        <source>the view names service %1, which the catalogue no longer has</source>
        <translation>la vue indique le service %1, qui n&apos;est plus au catalogue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the view names service group %1, which the catalogue no longer has</source>
        <translation>la vue indique le groupe de services %1, qui n&apos;est plus au catalogue</translation>
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
        <location filename="../core/interop/requestimporter.cpp" line="+43"/>
        <source>service_request_id %1 appears twice (first at %2)</source>
        <translation>service_request_id %1 apparaît deux fois (la première à %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service_request_id %1 is already in the store</source>
        <translation>service_request_id %1 existe déjà dans le stockage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2: service_code: unknown service &quot;%3&quot;; a strict import accepts only services in the catalogue, so nothing was imported</source>
        <translation>%1%2&#xa0;: service_code&#xa0;: service inconnu &quot;%3&quot;; une importation stricte n&apos;accepte que les services du catalogue, rien n&apos;a donc été importé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown service</source>
        <translation>service inconnu</translation>
    </message>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="-50"/>
        <location filename="../core/interop/requestimporter.cpp" line="+30"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/interop/requestimporter.cpp" line="+7"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importation annulée; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: %3; no date in the file fits, so nothing was imported (add its format to &quot;date_formats&quot; in a mapping file)</source>
        <translation>%1:%2&#xa0;: %3; aucune date du fichier ne correspond, rien n&apos;a donc été importé (ajoutez son format à &quot;date_formats&quot; dans un fichier de correspondance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a header and no rows</source>
        <translation>%1 a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>request %1 (%2)</source>
        <translation>demande %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/accounts/role.cpp" line="+38"/>
        <source>Call taker</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
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
    <name>SavedViewListModel</name>
    <message>
        <location filename="../core/queue/savedviewlistmodel.cpp" line="+123"/>
        <source>%1 (cannot open)</source>
        <translation>%1 (ouverture impossible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <location filename="../core/queue/savedviewrepository.cpp" line="+49"/>
        <source>name: 1 to 200 characters</source>
        <translation>name&#xa0;: de 1 à 200 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owner: is required</source>
        <translation>owner&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared: a %1 may not share views</source>
        <translation>shared&#xa0;: le rôle %1 ne peut pas partager de vues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>view: no view of yours with id %1</source>
        <translation>view&#xa0;: vous n&apos;avez aucune vue avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>ScenarioGrader</name>
    <message>
        <location filename="../core/training/scenariograder.cpp" line="+18"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no ticket</source>
        <translation>aucune demande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service: %1, as expected</source>
        <translation>service&#xa0;: %1, comme prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service: %1, expected %2</source>
        <translation>service&#xa0;: %1, attendu %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>location: outside the city, no request made, as expected</source>
        <translation>emplacement&#xa0;: hors de la ville, aucune demande créée, comme prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location: the address is outside the city, but request %1 was made for &quot;%2&quot;</source>
        <translation>emplacement&#xa0;: l&apos;adresse est hors de la ville, mais la demande %1 a été créée pour &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>location: no position on the ticket, expected %1 (within %2 m)</source>
        <translation>emplacement&#xa0;: aucune position sur la demande, attendu %1 (à moins de %2 m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the caller&apos;s location</source>
        <translation>l&apos;emplacement de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>location: %1 m from the expected spot (within %2 m)</source>
        <translation>emplacement&#xa0;: à %1 m du point attendu (maximum %2 m)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>location: &quot;%1&quot; is %2 m from %3, more than %4 m</source>
        <translation>emplacement&#xa0;: &quot;%1&quot; est à %2 m de %3, plus de %4 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expected spot</source>
        <translation>le point attendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; not answered</source>
        <translation>&quot;%1&quot; sans réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; answered %2, expected %3</source>
        <translation>&quot;%1&quot;&#xa0;: réponse %2, attendu %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required answers</source>
        <translation>Réponses obligatoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: every required answer given</source>
        <translation>attributs&#xa0;: toutes les réponses obligatoires sont données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: %1</source>
        <translation>attributs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: no request made, so no answers recorded</source>
        <translation>attributs&#xa0;: aucune demande créée, donc aucune réponse enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge base: article %1 used</source>
        <translation>base de connaissances&#xa0;: article %1 utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge base: no article used, expected %1</source>
        <translation>base de connaissances&#xa0;: aucun article utilisé, attendu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge base: article %1 used, expected %2</source>
        <translation>base de connaissances&#xa0;: article %1 utilisé, attendu %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: linked to the existing request</source>
        <translation>doublon&#xa0;: liée à la demande existante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: an open request already exists nearby and was not linked</source>
        <translation>doublon&#xa0;: une demande ouverte existe déjà à proximité et n&apos;a pas été liée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate: correctly not linked</source>
        <translation>doublon&#xa0;: à juste titre non liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate: linked, but this call is a new problem</source>
        <translation>doublon&#xa0;: liée, mais cet appel signale un nouveau problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>911 transfer</source>
        <translation>Transfert au 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: transferred, as the emergency required</source>
        <translation>911&#xa0;: transféré, comme l&apos;exigeait l&apos;urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: this was an emergency and was not transferred to 911</source>
        <translation>911&#xa0;: c&apos;était une urgence et l&apos;appel n&apos;a pas été transféré au 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: correctly not transferred</source>
        <translation>911&#xa0;: à juste titre non transféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>911: transferred, but this was not an emergency</source>
        <translation>911&#xa0;: transféré, mais ce n&apos;était pas une urgence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrap-up</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrap-up: %1</source>
        <translation>conclusion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrap-up: %1, expected %2</source>
        <translation>conclusion&#xa0;: %1, attendu %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time: %1, within %2</source>
        <translation>durée&#xa0;: %1, dans la limite de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time: %1, over the limit of %2</source>
        <translation>durée&#xa0;: %1, au-delà de la limite de %2</translation>
    </message>
</context>
<context>
    <name>ScenarioJson</name>
    <message>
        <location filename="../core/training/scenariojson.cpp" line="+29"/>
        <source>unknown field (known: %1)</source>
        <translation>champ inconnu (connus&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+136"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a time such as &quot;0:40&quot; or a number of seconds</source>
        <translation>doit être une durée comme &quot;0:40&quot; ou un nombre de secondes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: line %2: not valid JSON (%3)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: JSON non valide (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the scenario must be a JSON object</source>
        <translation>%1&#xa0;: le scénario doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;civicdesk-scenario&quot;</source>
        <translation>doit être &quot;civicdesk-scenario&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 1</source>
        <translation>doit être 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use lower-case letters, digits and dashes (at most 80)</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets (80 au plus)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be beginner, intermediate or advanced</source>
        <translation>doit être beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+85"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>must be a non-empty list of lines</source>
        <translation>doit être une liste non vide de répliques</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs exactly one of &quot;say&quot; and &quot;event&quot;</source>
        <translation>doit avoir exactement un des champs &quot;say&quot; et &quot;event&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: the outcomes the call is graded on</source>
        <translation>manquant&#xa0;: les résultats sur lesquels l&apos;appel est évalué</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown service &quot;%1&quot; (not in the catalogue)</source>
        <translation>service inconnu &quot;%1&quot; (absent du catalogue)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs expected.service_code: attributes belong to a service</source>
        <translation>expected.service_code est requis&#xa0;: les attributs appartiennent à un service</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a value key (a string), or &quot;&quot; for any answer</source>
        <translation>doit être une clé de valeur (une chaîne), ou &quot;&quot; pour toute réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of attribute codes or an object of code: value</source>
        <translation>doit être une liste de codes d&apos;attribut ou un objet code: valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service %1 has no attribute &quot;%2&quot;</source>
        <translation>le service %1 n&apos;a pas d&apos;attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of the attribute&apos;s values</source>
        <translation>&quot;%1&quot; ne fait pas partie des valeurs de l&apos;attribut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be between 0 and 5000 metres</source>
        <translation>doit être compris entre 0 et 5000 mètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lat/lon out of range</source>
        <translation>lat/lon hors limites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an address of this city</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de cette ville</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs an address, lat and lon, or outside_city</source>
        <translation>doit avoir une adresse, lat et lon, ou outside_city</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown knowledge-base article &quot;%1&quot;</source>
        <translation>article de la base de connaissances inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown wrap-up code &quot;%1&quot;</source>
        <translation>code de conclusion inconnu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <location filename="../core/training/scenariolibrary.cpp" line="+78"/>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: impossible de lire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: larger than 1 MB, not a scenario</source>
        <translation>%1&#xa0;: plus de 1 Mo, ce n&apos;est pas un scénario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../core/sync/serverconnection.cpp" line="+11"/>
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
        <location line="+26"/>
        <source>no server is configured for this profile</source>
        <translation>aucun serveur n&apos;est configuré pour ce profil</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server %1 has no CivicDesk schema; an administrator runs &quot;civicdesk-cli server init&quot; first</source>
        <translation>le serveur %1 n&apos;a pas de schéma CivicDesk; un administrateur doit d&apos;abord exécuter &quot;civicdesk-cli server init&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server %1 has schema %2, older than this CivicDesk needs (%3); an administrator runs &quot;civicdesk-cli server init&quot; to upgrade it</source>
        <translation>le serveur %1 a le schéma %2, plus ancien que celui dont cette version de CivicDesk a besoin (%3)&#xa0;; un administrateur doit exécuter &quot;civicdesk-cli server init&quot; pour le mettre à jour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server %1 has schema %2, newer than this CivicDesk understands (up to %3); update CivicDesk on this workstation</source>
        <translation>le serveur %1 a le schéma %2, plus récent que ce que comprend cette version de CivicDesk (jusqu&apos;au %3); mettez à jour CivicDesk sur ce poste de travail</translation>
    </message>
</context>
<context>
    <name>ServerMigrator</name>
    <message>
        <location filename="../core/sync/servermigrator.cpp" line="+63"/>
        <source>the server has schema %1, newer than this CivicDesk understands (up to %2); use a newer civicdesk-cli</source>
        <translation>le serveur a le schéma %1, plus récent que ce que comprend cette version de CivicDesk (jusqu&apos;au %2); utilisez un civicdesk-cli plus récent</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>server migration %1, line %2: %3</source>
        <translation>migration du serveur %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server migration %1: %2</source>
        <translation>migration de serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server migration %1 ends the migrator&apos;s transaction itself (remove its BEGIN/COMMIT)</source>
        <translation>la migration du serveur %1 termine elle-même la transaction du migrateur (retirez son BEGIN/COMMIT)</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>ServerPublisher</name>
    <message>
        <location filename="../core/sync/serverpublisher.cpp" line="+38"/>
        <source>%1: id: is required</source>
        <translation>%1 : id : est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../core/sync/serversettings.cpp" line="+35"/>
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
        <location line="+31"/>
        <source>%1 is a training sandbox: it never connects to a server</source>
        <translation>%1 est un environnement de formation&#xa0;: il ne se connecte jamais à un serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the settings file %1</source>
        <translation>impossible d&apos;écrire le fichier de paramètres %1</translation>
    </message>
</context>
<context>
    <name>ServiceImporter</name>
    <message>
        <location filename="../core/interop/serviceimporter.cpp" line="+22"/>
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
        <location filename="../core/intake/servicematchmodel.cpp" line="+28"/>
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
    <name>ShortcutReference</name>
    <message>
        <location filename="../widgets/help/shortcutreference.cpp" line="+42"/>
        <source>On the screen</source>
        <translation>À l&apos;écran</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <location filename="../core/sla/slaclock.cpp" line="+70"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused, %1 left</source>
        <translation>en pause, %1 restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed by %1</source>
        <translation>dépassé de %1</translation>
    </message>
</context>
<context>
    <name>SqliteMigrator</name>
    <message>
        <location filename="../core/store/sqlitemigrator.cpp" line="+37"/>
        <source>migration %1: %2</source>
        <translation>migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migration %1 ends the migrator&apos;s transaction itself (remove its BEGIN/COMMIT)</source>
        <translation>la migration %1 termine elle-même la transaction du migrateur (retirez son BEGIN/COMMIT)</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <location filename="../core/store/storebackup.cpp" line="+43"/>
        <source>%1: cannot start the backup: %2</source>
        <translation>%1&#xa0;: impossible de lancer la sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the backup failed: %2</source>
        <translation>%1&#xa0;: la sauvegarde a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot create: %2</source>
        <translation>%1&#xa0;: impossible de créer&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot rename the finished backup</source>
        <translation>%1&#xa0;: impossible de renommer la sauvegarde terminée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a sound CivicDesk store: %2</source>
        <translation>%1 n&apos;est pas un stockage CivicDesk sain&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot copy %1 into the profile %2</source>
        <translation>impossible de copier %1 dans le profil %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot move the store %1 aside</source>
        <translation>impossible de mettre de côté le stockage %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot put the restored store in place at %1</source>
        <translation>impossible de mettre en place le stockage restauré à %1</translation>
    </message>
</context>
<context>
    <name>StoreRecoveryPrompt</name>
    <message>
        <location filename="../widgets/shell/storerecoveryprompt.cpp" line="+19"/>
        <source>The local store %1 is damaged and was not opened.

SQLite&apos;s check reported: %2</source>
        <translation>Le stockage local %1 est endommagé et n&apos;a pas été ouvert.

La vérification de SQLite a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>There is no good backup in %1. Call support before you use this profile again.</source>
        <translation>Il n&apos;y a aucune sauvegarde saine dans %1. Appelez le soutien avant de réutiliser ce profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the newest good backup, from %1? Changes the damaged store still holds and that have not reached the server yet are carried over. The damaged file is kept beside it.</source>
        <translation>Restaurer la sauvegarde saine la plus récente, du %1? Les modifications que le stockage endommagé contient encore et qui ne sont pas encore parvenues au serveur sont reportées. Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup from %1 was restored; %2 unsynced change(s) were carried over.</source>
        <translation>La sauvegarde du %1 a été restaurée; %2 modification(s) non synchronisée(s) reportée(s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be restored: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <location filename="../core/sync/syncsession.cpp" line="+105"/>
        <source>the server did not answer for change %1</source>
        <translation>le serveur n&apos;a pas répondu pour la modification %1</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>server catalogue version %1</source>
        <translation>version du catalogue du serveur %1</translation>
    </message>
</context>
<context>
    <name>ThemeSetting</name>
    <message>
        <location filename="../core/appearance/themesetting.cpp" line="+20"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot write the settings file %1</source>
        <translation>impossible d&apos;écrire le fichier de paramètres %1</translation>
    </message>
</context>
<context>
    <name>TicketActionCommand</name>
    <message>
        <location filename="../widgets/queue/ticketactioncommand.cpp" line="+29"/>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <location filename="../core/commands/ticketcommands.cpp" line="+79"/>
        <source>note: the text is empty</source>
        <translation>note&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>note: longer than %1 characters</source>
        <translation>note&#xa0;: dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+110"/>
        <location line="+14"/>
        <source>too long</source>
        <translation>trop longue</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>a %1 may not do this</source>
        <translation>le rôle %1 ne peut pas faire cela</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a %1 may change only one ticket at a time</source>
        <translation>le rôle %1 ne peut modifier qu&apos;une demande à la fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tickets given</source>
        <translation>aucune demande indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no such ticket</source>
        <translation>demande inexistante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed meanwhile (version %1, expected %2)</source>
        <translation>modifiée entre-temps (version %1, attendu %2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>assignee: longer than 200 characters</source>
        <translation>assignee&#xa0;: dépasse 200 caractères</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>parent: no ticket with reference %1</source>
        <translation>parent&#xa0;: aucune demande avec la référence %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>parent: %1 is itself a duplicate; merge into its original</source>
        <translation>parent&#xa0;: %1 est elle-même un doublon; fusionnez dans sa demande d&apos;origine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a duplicate</source>
        <translation>est un doublon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is the parent itself</source>
        <translation>est la demande d&apos;origine elle-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already merged into %1</source>
        <translation>déjà fusionnée dans %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>canned response: no response with id %1</source>
        <translation>réponse type&#xa0;: aucune réponse avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response &quot;%1&quot; is for service %2</source>
        <translation>la réponse &quot;%1&quot; est destinée au service %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing to undo: notes stay, they are insert-only</source>
        <translation>rien à annuler&#xa0;: les notes restent, on ne peut qu&apos;en ajouter</translation>
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
    <name>TicketSaveWorker</name>
    <message>
        <location filename="../core/intake/ticketsaveworker.cpp" line="+42"/>
        <source>the ticket was not saved: %1</source>
        <translation>la demande n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+57"/>
        <source>requested_datetime: is required when service_request_id is given</source>
        <translation>requested_datetime&#xa0;: est obligatoire lorsque service_request_id est fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+125"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>id: ticket %1 is already in this store</source>
        <translation>id&#xa0;: la demande %1 existe déjà dans ce stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>service_request_id: %1 is already in this store</source>
        <translation>service_request_id&#xa0;: %1 existe déjà dans ce stockage</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+13"/>
        <source>ticket %1: %2</source>
        <translation>demande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an imported ticket needs its id and service_request_id</source>
        <translation>une demande importée doit avoir son id et son service_request_id</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>ticket %1 (%2): %3</source>
        <translation>demande %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importation annulée; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>no ticket with reference %1</source>
        <translation>aucune demande ne porte la référence %1</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../core/domain/ticketstatus.cpp" line="+10"/>
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
        <location line="+2"/>
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
    <name>TicketTarget</name>
    <message>
        <location filename="../core/commands/tickettarget.cpp" line="+17"/>
        <source>ticket &quot;%1&quot;: the version after @ must be a positive number</source>
        <translation>demande &quot;%1&quot;&#xa0;: la version après @ doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad version</source>
        <translation>version incorrecte</translation>
    </message>
</context>
<context>
    <name>TicketValidator</name>
    <message>
        <location filename="../core/tickets/ticketvalidator.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a question of service %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une question du service %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>takes one value, not %1</source>
        <translation>n&apos;accepte qu&apos;une valeur, pas %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not one of the listed values</source>
        <translation>&quot;%1&quot; ne fait pas partie des valeurs de la liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>must be plain text, not HTML</source>
        <translation>doit être du texte brut, pas du HTML</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+61"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown service code &quot;%1&quot;</source>
        <translation>code de service inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is %1 characters; the limit is %2</source>
        <translation>compte %1 caractères; la limite est de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than 64 characters</source>
        <translation>dépasse 64 caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse courriel valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lat and long go together</source>
        <translation>lat et long doivent être fournies ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range (-90 to 90)</source>
        <translation>%1 est hors limites (de -90 à 90)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (-180 to 180)</source>
        <translation>%1 est hors limites (de -180 à 180)</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <location filename="../map/tiles/tileloader.cpp" line="+137"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>TilePyramid</name>
    <message>
        <location filename="../map/render/tilepyramid.cpp" line="+19"/>
        <source>the area to render is empty</source>
        <translation>la zone à dessiner est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zoom %1-%2: levels from 0 to %3, lowest first</source>
        <translation>zoom %1-%2&#xa0;: niveaux de 0 à %3, le plus bas d&apos;abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 0 to 20</source>
        <translation>de 0 à 20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tile scale %1: 1 or 2</source>
        <translation>échelle des tuiles %1&#xa0;: 1 ou 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 or 2</source>
        <translation>1 ou 2</translation>
    </message>
</context>
<context>
    <name>TrainingAttempt</name>
    <message>
        <location filename="../core/training/trainingattempt.cpp" line="+15"/>
        <source>no call %1 in the call log</source>
        <translation>aucun appel %1 dans le journal des appels</translation>
    </message>
</context>
<context>
    <name>TrainingResultLog</name>
    <message>
        <location filename="../core/training/trainingresultlog.cpp" line="+23"/>
        <source>%1: cannot save the training result: %2</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le résultat de formation&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../core/settings/uilanguage.cpp" line="+54"/>
        <source>unknown language &quot;%1&quot; in the settings; the system language is used</source>
        <translation>langue inconnue « %1 » dans les réglages ; la langue du système est utilisée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the translation %1 is missing or damaged; English is used</source>
        <translation>la traduction %1 est absente ou endommagée ; l&apos;anglais est utilisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the English translation in %1 is missing or damaged too; plural forms may read &quot;(s)&quot;</source>
        <translation>la traduction anglaise de %1 est aussi absente ou endommagée ; les pluriels peuvent s&apos;afficher « (s) »</translation>
    </message>
</context>
<context>
    <name>WrapUpCode</name>
    <message>
        <location filename="../core/intake/wrapupcode.cpp" line="+10"/>
        <source>Ticket created</source>
        <translation>Demande créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on call</source>
        <translation>Résolu pendant l&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information only</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/models/audittrailmodel.cpp" line="+30"/>
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
        <location filename="../core/sync/conflictlistmodel.cpp" line="+89"/>
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
        <location filename="../core/interop/importpreviewmodel.cpp" line="+34"/>
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
        <location line="+8"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (time zone %2)</source>
        <translation>%1 (fuseau horaire %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location filename="../core/models/ticketlistmodel.cpp" line="+72"/>
        <source>Past its expected date</source>
        <translation>Date prévue dépassée</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../core/models/ticketnotesmodel.cpp" line="+15"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>civicdesk::widgets::AppearanceMenu</name>
    <message>
        <location filename="../widgets/appearance/appearancemenu.cpp" line="+18"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Suivre les couleurs claires ou sombres du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White on black with yellow focus and selection</source>
        <translation>Blanc sur noir, avec le focus et la sélection en jaune</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AttributeForm</name>
    <message>
        <location filename="../widgets/intake/attributeform.cpp" line="+57"/>
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
        <location line="+64"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Type a number, e.g. 3</source>
        <translation>Tapez un nombre, par ex. 3</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallHeader</name>
    <message>
        <location filename="../widgets/intake/callheader.cpp" line="+18"/>
        <source>Call timer</source>
        <translation>Minuterie d&apos;appel</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallPages</name>
    <message>
        <location filename="../widgets/intake/callpages.cpp" line="+20"/>
        <source>&lt;p style=&apos;font-size:16pt&apos;&gt;No call in progress.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;%1&lt;/b&gt; to take a new call.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:16pt&apos;&gt;Aucun appel en cours.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;%1&lt;/b&gt; pour prendre un nouvel appel.&lt;/p&gt;</translation>
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
        <location line="+121"/>
        <source>History appears when the number is entered.</source>
        <translation>L&apos;historique s&apos;affiche une fois le numéro saisi.</translation>
    </message>
    <message>
        <location line="-103"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
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
    <name>civicdesk::widgets::DashboardView</name>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="+35"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the charts to</source>
        <translation>Exporter les graphiques vers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Click a bar to open its tickets</source>
        <translation>Cliquez sur une barre pour ouvrir ses demandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0-2 days</source>
        <translation>0-2 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-7 days</source>
        <translation>3-7 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8-30 days</source>
        <translation>8-30 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over 30 days</source>
        <translation>plus de 30 jours</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open backlog by age</source>
        <translation>Demandes ouvertes par ancienneté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backlog</source>
        <translation>Arriéré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tickets · closed within SLA: %2 · SLA consumed (open): %3</source>
        <translation>%1 demandes · fermées dans le délai SLA&#xa0;: %2 · SLA consommé (ouvertes)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets by day</source>
        <translation>Demandes par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>tickets</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tickets by week</source>
        <translation>Demandes par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by hour of day</source>
        <translation>Demandes par heure de la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by service group</source>
        <translation>Demandes par groupe de services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by channel</source>
        <translation>Demandes par canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% closed within SLA by agency</source>
        <translation>% fermées dans le délai SLA par organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>% closed within SLA by service</source>
        <translation>% fermées dans le délai SLA par service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median hours to close</source>
        <translation>Médiane des heures avant fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>90th percentile hours to close</source>
        <translation>90e centile des heures avant fermeture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (avg %2 s)</source>
        <translation>%1 (moy. %2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls by call taker</source>
        <translation>Appels par opérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap-up codes</source>
        <translation>Codes de conclusion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the folder is not writable</source>
        <translation>%1&#xa0;: le dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write</source>
        <translation>%1&#xa0;: impossible d&apos;écrire</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DemoConsole</name>
    <message>
        <location filename="../widgets/training/democonsole.cpp" line="+72"/>
        <source>The demo profile cannot be opened:

%1

Reset the demo? Everything done in it is lost; training results are kept.</source>
        <translation>Le profil de la démo ne peut pas être ouvert&#xa0;:

%1

Réinitialiser la démo? Tout ce qui y a été fait est perdu; les résultats de formation sont conservés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>Resetting the demo…</source>
        <translation>Réinitialisation de la démo…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The reset failed:

%1</source>
        <translation>La réinitialisation a échoué&#xa0;:

%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the demo city (a few seconds, only the first time)…</source>
        <translation>Création de la ville de démonstration (quelques secondes, la première fois seulement)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo could not be prepared:

%1</source>
        <translation>La démo n&apos;a pas pu être préparée&#xa0;:

%1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The training sandbox never connects to a server</source>
        <translation>L&apos;environnement de formation ne se connecte jamais à un serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;raining</source>
        <translation>F&amp;ormation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &amp;player</source>
        <translation>Lecteur de &amp;scénarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainer&apos;s &amp;results…</source>
        <translation>&amp;Résultats du formateur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;demo…</source>
        <translation>Réinitialiser la &amp;démo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the demo city back as it was generated (training results are kept)</source>
        <translation>Remettre la ville de démonstration dans son état d&apos;origine (les résultats de formation sont conservés)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reset demo</source>
        <translation>Réinitialiser la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the demo city back as it was generated? Tickets, calls and knowledge-base edits made since are lost; training results are kept.</source>
        <translation>Remettre la ville de démonstration dans son état d&apos;origine? Les demandes, appels et modifications de la base de connaissances faits depuis sont perdus; les résultats de formation sont conservés.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DescriptionEdit</name>
    <message>
        <location filename="../widgets/intake/descriptionedit.cpp" line="+19"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the caller says, in their words</source>
        <translation>Ce que dit l&apos;appelant, dans ses mots</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../widgets/intake/emergencybanner.cpp" line="+17"/>
        <source>Emergency: transfer to 911</source>
        <translation>Urgence&#xa0;: transférer au 911</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>Transferred to 911</source>
        <translation>Transféré au 911</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Not an emergency</source>
        <translation>Pas une urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this warning for the words shown</source>
        <translation>Masquer cet avertissement pour les mots affichés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Possible emergency: %1. Transfer the caller to 911 now.</source>
        <translation>Urgence possible&#xa0;: %1. Transférez l&apos;appelant au 911 maintenant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transfer to 911 logged</source>
        <translation>Transfert au 911 consigné</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EmergencyMonitor</name>
    <message>
        <location filename="../widgets/intake/emergencymonitor.cpp" line="+46"/>
        <source>Transfer not logged</source>
        <translation>Transfert non consigné</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EscalationButton</name>
    <message numerus="yes">
        <location filename="../widgets/queue/escalationbutton.cpp" line="+37"/>
        <source>Overdue tickets and those due within %n hour(s)</source>
        <translation>
            <numerusform>Demandes en retard et celles dont l&apos;échéance tombe dans moins de %n heure</numerusform>
            <numerusform>Demandes en retard et celles dont l&apos;échéance tombe dans moins de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations: …</source>
        <translation>Escalades&#xa0;: …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalations: %1</source>
        <translation>Escalades&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ExportDialog</name>
    <message>
        <location filename="../widgets/interop/exportdialog.cpp" line="+34"/>
        <location line="+110"/>
        <location line="+46"/>
        <source>Export requests</source>
        <translation>Exporter des demandes</translation>
    </message>
    <message>
        <location line="-154"/>
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
        <location line="+89"/>
        <source>Choose a file to write first.</source>
        <translation>Choisissez d&apos;abord un fichier à écrire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not exported: %1 was kept.</source>
        <translation>Non exporté&#xa0;: %1 a été conservé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 existe déjà. Le remplacer par cette exportation?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::HelpController</name>
    <message>
        <location filename="../widgets/help/helpcontroller.cpp" line="+17"/>
        <source>&amp;Quick reference</source>
        <translation>&amp;Aide-mémoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflows and shortcuts, opened at the screen you are on</source>
        <translation>Procédures et raccourcis, ouverts à l&apos;écran où vous êtes</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::HelpWindow</name>
    <message>
        <location filename="../widgets/help/helpwindow.cpp" line="+22"/>
        <location line="+89"/>
        <source>CivicDesk quick reference</source>
        <translation>Aide-mémoire de CivicDesk</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Help topics</source>
        <translation>Rubriques d&apos;aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help page</source>
        <translation>Page d&apos;aide</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the menus as they are now, so changed keys show here.</source>
        <translation>Lus dans les menus tels qu&apos;ils sont maintenant&#xa0;: les touches modifiées s&apos;affichent donc ici.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no shortcut)</source>
        <translation>(aucun raccourci)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ImportDialog</name>
    <message>
        <location filename="../widgets/interop/importdialog.cpp" line="+32"/>
        <location line="+99"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>CSV: detect the city&apos;s export (auto)</source>
        <translation>CSV&#xa0;: détecter l&apos;export de la ville (automatique)</translation>
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
        <location line="+6"/>
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
        <location line="+21"/>
        <location line="+4"/>
        <source>a CSV file; its columns are matched when it is read</source>
        <translation>un fichier CSV; ses colonnes sont mises en correspondance à la lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format not recognised: choose it below.</source>
        <translation>Format non reconnu&#xa0;: choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised: %1</source>
        <translation>Reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IncomingCallBar</name>
    <message>
        <location filename="../widgets/intake/incomingcallbar.cpp" line="+22"/>
        <source>Park current call</source>
        <translation>Mettre l&apos;appel en cours en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the open call as an unfinished call and take the incoming one</source>
        <translation>Garder l&apos;appel ouvert comme appel inachevé et prendre l&apos;appel entrant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on the current call; the incoming number is not opened</source>
        <translation>Rester sur l&apos;appel en cours; le numéro entrant n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming call %1 — Park current call (%2) or Ignore</source>
        <translation>Appel entrant %1 — Mettre l&apos;appel en cours en attente (%2) ou Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(number withheld)</source>
        <translation>(numéro masqué)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeActions</name>
    <message>
        <location filename="../widgets/intake/intakeactions.cpp" line="+15"/>
        <source>&amp;New call</source>
        <translation>&amp;Nouvel appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new call: timer, caller and request</source>
        <translation>Commencer un nouvel appel&#xa0;: minuterie, appelant et demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save request</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and save the request, then read back the reference</source>
        <translation>Vérifier et enregistrer la demande, puis lire la référence à voix haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Information only…</source>
        <translation>Rense&amp;ignement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a call that was only a question; no ticket</source>
        <translation>Terminer un appel qui n&apos;était qu&apos;une question; aucune demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wrap up without ticket…</source>
        <translation>&amp;Conclure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call: resolved, transferred, duplicate, hung up…</source>
        <translation>Terminer l&apos;appel&#xa0;: résolu, transféré, en double, raccroché…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transferred to 911</source>
        <translation>&amp;Transféré au 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log on this call that the caller was transferred to 911</source>
        <translation>Consigner dans cet appel que l&apos;appelant a été transféré au 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard call…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this call&apos;s form (asks first)</source>
        <translation>Jeter le formulaire de cet appel (demande confirmation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo in form</source>
        <translation>Ann&amp;uler dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change in the call form</source>
        <translation>Annuler la dernière modification du formulaire d&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;do in form</source>
        <translation>Ré&amp;tablir dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change just undone in the call form</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée dans le formulaire de l&apos;appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore unfinished call</source>
        <translation>&amp;Restaurer l&apos;appel inachevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the call that was open when CivicDesk stopped</source>
        <translation>Rouvrir l&apos;appel qui était ouvert à l&apos;arrêt de CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link as &amp;duplicate</source>
        <translation>Lier en &amp;doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this request as a duplicate of the chosen nearby ticket; the caller still gets a reference number</source>
        <translation>Enregistrer cette demande comme doublon de la demande voisine choisie; l&apos;appelant reçoit quand même un numéro de référence</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeForm</name>
    <message>
        <location filename="../widgets/intake/intakeform.cpp" line="+40"/>
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
        <location line="+149"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Descri&amp;ption (plain text):</source>
        <translation>Descr&amp;iption (texte brut)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Knowledge base article used: %1</source>
        <translation>Article de la base de connaissances utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeWidget</name>
    <message>
        <location filename="../widgets/intake/intakewidget.cpp" line="+233"/>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Draft not saved: %1</source>
        <translation>Brouillon non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Transferred to 911 (logged). Wrap up with %1.</source>
        <translation>Transféré au 911 (consigné). Concluez avec %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved. The call is still open.</source>
        <translation>Non enregistrée. L’appel est toujours ouvert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1. Read it back, then finish the call.</source>
        <translation>%1 enregistrée. Lisez la référence à voix haute, puis terminez l&apos;appel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1, a duplicate of %2. Read it back.</source>
        <translation>%1 enregistrée, en double de %2. Lisez la référence à voix haute.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::KbEditorDialog</name>
    <message>
        <location filename="../widgets/kb/kbeditordialog.cpp" line="+49"/>
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
        <location line="+12"/>
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
        <location line="+20"/>
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
        <location line="+105"/>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../widgets/kb/kbpanel.cpp" line="+81"/>
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
        <location line="+159"/>
        <source>Type the caller&apos;s words</source>
        <translation>Tapez les mots de l&apos;appelant</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Search the knowledge base as you type</source>
        <translation>Chercher dans la base de connaissances pendant la saisie</translation>
    </message>
    <message>
        <location line="-149"/>
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
        <location line="+4"/>
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
        <location line="+10"/>
        <source>Matching articles</source>
        <translation>Articles correspondants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+143"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say:</source>
        <translation>Dites&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer to:</source>
        <translation>Transférer à&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Flag as outdated</source>
        <translation>Signaler comme périmé</translation>
    </message>
    <message>
        <location line="+0"/>
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
    <name>civicdesk::widgets::LikelyDuplicatePrompt</name>
    <message>
        <location filename="../widgets/intake/likelyduplicateprompt.cpp" line="+12"/>
        <source>Same problem?</source>
        <translation>Même problème?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as a duplicate of the existing ticket</source>
        <translation>Enregistrer comme doublon de la demande existante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;new</source>
        <translation>Enregistrer comme &amp;nouvelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Same problem as %1 (%2, %3)?</source>
        <translation>Même problème que %1 (%2, %3)?</translation>
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
        <location line="+20"/>
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
        <location line="+5"/>
        <source>%1 (service default)</source>
        <translation>%1 (par défaut pour le service)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open request of this kind nearby.</source>
        <translation>Aucune demande ouverte de ce type à proximité.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open request nearby. The same problem? Link this call to it.</source>
        <translation>
            <numerusform>%n demande ouverte à proximité. Même problème? Liez-y cet appel.</numerusform>
            <numerusform>%n demandes ouvertes à proximité. Même problème? Liez cet appel à l&apos;une d&apos;elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="+12"/>
        <location line="+48"/>
        <source>Type an address and press Enter, or click the map.</source>
        <translation>Tapez une adresse et appuyez sur Entrée, ou cliquez sur la carte.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Address suggestions</source>
        <translation>Suggestions d&apos;adresses</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No city map is imported: type the coordinates, or import the city layers (civicdesk-cli geo import).</source>
        <translation>Aucune carte de la ville n&apos;est importée&#xa0;: tapez les coordonnées ou importez les couches de la ville (civicdesk-cli geo import).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+31"/>
        <source>Found: %1</source>
        <translation>Trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <location line="+9"/>
        <source>%1 is outside the jurisdiction</source>
        <translation>%1 est hors du territoire</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No match for &quot;%1&quot;: the previous pin was removed. Check the address, or click the map.</source>
        <translation>Aucun résultat pour &quot;%1&quot;&#xa0;: le repère précédent a été retiré. Vérifiez l&apos;adresse ou cliquez sur la carte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No match for &quot;%1&quot;: check the address, or click the map</source>
        <translation>Aucun résultat pour &quot;%1&quot;&#xa0;: vérifiez l&apos;adresse ou cliquez sur la carte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No city map is imported, so addresses cannot be placed: type the coordinates.</source>
        <translation>Aucune carte de la ville n&apos;est importée, les adresses ne peuvent donc pas être placées&#xa0;: tapez les coordonnées.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../widgets/intake/locationsection.cpp" line="+21"/>
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
        <location line="+12"/>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lat&amp;itude:</source>
        <translation>Latit&amp;ude&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude&#xa0;:</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+68"/>
        <source>Latitude: %1</source>
        <translation>Latitude&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <source>Longitude: %1</source>
        <translation>Longitude&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+61"/>
        <location line="+445"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location line="-407"/>
        <location line="+22"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 enregistrée</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location line="+3"/>
        <source>Reload the ticket list</source>
        <translation>Recharger la liste des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Open311 or 311 CSV requests and services</source>
        <translation>Importer des demandes et des services Open311 ou CSV 311</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export requests as Open311 JSON, XML or CSV</source>
        <translation>Exporter les demandes en Open311 JSON, XML ou CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find by reference…</source>
        <translation>&amp;Rechercher par référence…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a note on the selected ticket</source>
        <translation>Rédiger une note sur la demande sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the status of the selected ticket</source>
        <translation>Changer le statut de la demande sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the reference number to the clipboard</source>
        <translation>Copier le numéro de référence dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket &amp;list</source>
        <translation>&amp;Liste des demandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status &amp;filter</source>
        <translation>&amp;Filtre de statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket map</source>
        <translation>Carte des demandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket &amp;map</source>
        <translation>&amp;Carte des demandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show knowledge &amp;base panel</source>
        <translation>Afficher le &amp;panneau de la base de connaissances</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>À &amp;propos de CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: </source>
        <translation>Statut&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only tickets with this status</source>
        <translation>Afficher seulement les demandes à ce statut</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find by reference</source>
        <translation>Rechercher par référence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No ticket with reference %1</source>
        <translation>Aucune demande ne porte la référence %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Note added to %1</source>
        <translation>Note ajoutée à %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is now %2</source>
        <translation>%1 a maintenant le statut %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tickets not counted: %1</source>
        <translation>Demandes non comptées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
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
        <location line="+267"/>
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
    <name>civicdesk::widgets::PreferencesController</name>
    <message>
        <location filename="../widgets/settings/preferencescontroller.cpp" line="+32"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available (%1). The password is kept for this session only and asked for at the next start.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (%1). Le mot de passe est conservé pour cette session seulement et sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maps opened from now on use the new map source.</source>
        <translation>Les cartes ouvertes à partir de maintenant utilisent la nouvelle source de carte.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::PreferencesDialog</name>
    <message>
        <location filename="../widgets/settings/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;911 triggers</source>
        <translation>Déclencheurs &amp;911</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;hortcuts</source>
        <translation>&amp;Raccourcis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile&apos;s 911 triggers do not load (%1); the built-in list is shown.</source>
        <translation>Les déclencheurs 911 du profil ne se chargent pas (%1); la liste intégrée est affichée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Profile folder</source>
        <translation>Dossier du profil</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the profile folder</source>
        <translation>Choisir le dossier du profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Profile folder:</source>
        <translation>&amp;Dossier du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the local store and these settings. A new folder is used from the next start; --profile and CIVICDESK_PROFILE still win over it. The current profile is %1.</source>
        <translation>Contient le stockage local et ces paramètres. Un nouveau dossier est utilisé à partir du prochain démarrage; --profile et CIVICDESK_PROFILE restent prioritaires sur lui. Le profil actuel est %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console switches language at once; an open call stays as it is.</source>
        <translation>La console change de langue immédiatement; un appel en cours reste tel quel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;City renderer (offline, from the imported city layers)</source>
        <translation>Rendu de la &amp;ville (hors ligne, à partir des couches importées de la ville)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: offline city renderer</source>
        <translation>Source de la carte&#xa0;: rendu de la ville hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB&amp;Tiles file</source>
        <translation>Fichier MB&amp;Tiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: MBTiles file</source>
        <translation>Source de la carte&#xa0;: fichier MBTiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Online tile server (XYZ)</source>
        <translation>Serveur de tuiles en &amp;ligne (XYZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: online tile server</source>
        <translation>Source de la carte&#xa0;: serveur de tuiles en ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>MBTiles file</source>
        <translation>Fichier MBTiles</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the MBTiles file</source>
        <translation>Choisir le fichier MBTiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tile URL template</source>
        <translation>Modèle d&apos;URL des tuiles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tile attribution</source>
        <translation>Attribution des tuiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest zoom level of the tile server</source>
        <translation>Niveau de zoom maximal du serveur de tuiles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attribution:</source>
        <translation>&amp;Attribution&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest &amp;zoom:</source>
        <translation>&amp;Zoom maximal&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training sandbox: the online tile server stays off.</source>
        <translation>Ceci est un environnement de formation&#xa0;: le serveur de tuiles en ligne reste désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The online source needs the network and shows the provider&apos;s attribution. Maps opened after OK use the new source.</source>
        <translation>La source en ligne nécessite le réseau et affiche l&apos;attribution du fournisseur. Les cartes ouvertes après OK utilisent la nouvelle source.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ProblemsLabel</name>
    <message>
        <location filename="../widgets/intake/problemslabel.cpp" line="+23"/>
        <source>&lt;b&gt;Not saved. Still needed:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Non enregistrée. Il manque&#xa0;:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ProgressChart</name>
    <message>
        <location filename="../widgets/training/progresschart.cpp" line="+13"/>
        <source>Scores over time</source>
        <translation>Scores au fil du temps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores in percent, oldest first: %1</source>
        <translation>Scores en pourcentage, du plus ancien au plus récent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No graded calls yet</source>
        <translation>Aucun appel évalué pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::QueueFilterBar</name>
    <message>
        <location filename="../widgets/queue/queuefilterbar.cpp" line="+50"/>
        <source>%1: any</source>
        <translation>%1&#xa0;: indifférent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search reference, address, description</source>
        <translation>Rechercher une référence, une adresse, une description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Created from</source>
        <translation>Créée du</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created to</source>
        <translation>Créée jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due within hours</source>
        <translation>Échéance dans (heures)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due within: any</source>
        <translation>Échéance dans&#xa0;: toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within </source>
        <translation>Échéance dans </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates only</source>
        <translation>Doublons seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals only</source>
        <translation>Demandes d&apos;origine seulement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Le premier jour (%1) est postérieur au dernier jour (%2).</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::QueueView</name>
    <message>
        <location filename="../widgets/queue/queueview.cpp" line="+56"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open link…</source>
        <translation>Ouvrir un lien…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status…</source>
        <translation>Statut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority…</source>
        <translation>Priorité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respond…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>View &quot;%1&quot;: %2</source>
        <translation>Vue &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View &quot;%1&quot; cannot open: %2</source>
        <translation>La vue &quot;%1&quot; ne peut pas s&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the view &quot;%1&quot;</source>
        <translation>Vue &quot;%1&quot; enregistrée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select tickets first.</source>
        <translation>Sélectionnez d&apos;abord des demandes.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n ticket(s) changed</source>
        <translation>
            <numerusform>%1&#xa0;: %n demande modifiée</numerusform>
            <numerusform>%1&#xa0;: %n demandes modifiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; not changed: %1</source>
        <translation>; non modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassign</source>
        <translation>Retirer l&apos;attribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge into %1</source>
        <translation>Fusionner dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public note</source>
        <translation>Note publique</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+136"/>
        <source>Canned response</source>
        <translation>Réponse type</translation>
    </message>
    <message numerus="yes">
        <location line="-124"/>
        <source>%n ticket(s) exported to %1</source>
        <translation>
            <numerusform>%n demande exportée vers %1</numerusform>
            <numerusform>%n demandes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue: %1</source>
        <translation>File d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue printed to %1</source>
        <translation>File d&apos;attente imprimée dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Assign %n ticket(s) to (empty: unassign):</source>
        <translation>
            <numerusform>Attribuer %n demande à (vide&#xa0;: retirer l&apos;attribution)&#xa0;:</numerusform>
            <numerusform>Attribuer %n demandes à (vide&#xa0;: retirer l&apos;attribution)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New status:</source>
        <translation>Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public note (optional):</source>
        <translation>Note publique (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New priority:</source>
        <translation>Nouvelle priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference of the original ticket:</source>
        <translation>Référence de la demande d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Note for %n ticket(s):</source>
        <translation>
            <numerusform>Note pour %n demande&#xa0;:</numerusform>
            <numerusform>Note pour %n demandes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this note internal (not shown to the public)?</source>
        <translation>Garder cette note interne (non visible par le public)?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no canned responses yet; an administrator adds them.</source>
        <translation>Il n&apos;y a encore aucune réponse type; un administrateur les ajoute.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a byte order mark for Excel?</source>
        <translation>Ajouter une marque d&apos;ordre des octets (BOM) pour Excel?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include the callers&apos; names and numbers?</source>
        <translation>Inclure les noms et numéros des appelants?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share this view with the team?</source>
        <translation>Partager cette vue avec l&apos;équipe?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the link to this view</source>
        <translation>Lien vers cette vue copié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A view link (civicdesk:queue?…):</source>
        <translation>Un lien de vue (civicdesk:queue?…)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ReferenceReadback</name>
    <message>
        <location filename="../widgets/intake/referencereadback.cpp" line="+25"/>
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
        <location line="+9"/>
        <source>Finish call (Enter)</source>
        <translation>Terminer l&apos;appel (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the end of the call (Enter)</source>
        <translation>Consigner la fin de l&apos;appel (Entrée)</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>civicdesk::widgets::RestoreBar</name>
    <message>
        <location filename="../widgets/intake/restorebar.cpp" line="+25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard call</source>
        <translation>Abandonner l&apos;appel</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>civicdesk::widgets::ScenarioPlayer</name>
    <message>
        <location filename="../widgets/training/scenarioplayer.cpp" line="+44"/>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location: outside the city (no request)</source>
        <translation>Emplacement&#xa0;: hors de la ville (aucune demande)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1 (within %2 m)</source>
        <translation>Emplacement&#xa0;: %1 (à moins de %2 m)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: %1 = %2</source>
        <translation>Réponse&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any)</source>
        <translation>(toute réponse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base: %1</source>
        <translation>Base de connaissances&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as duplicate</source>
        <translation>Lier en doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer to 911</source>
        <translation>Transférer au 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up: %1</source>
        <translation>Conclusion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit: %1</source>
        <translation>Durée maximale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Stagiaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenarios:</source>
        <translation>S&amp;cénarios&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the expected outcomes (trainer only)</source>
        <translation>Afficher les résultats attendus (formateur seulement)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start the &amp;call</source>
        <translation>Commencer l&apos;&amp;appel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the &amp;transcript</source>
        <translation>Afficher la &amp;transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the call in the Call tab. Wrap it up (save and finish, or a wrap-up code) to get the score card.</source>
        <translation>Prenez l&apos;appel dans l&apos;onglet Appel. Concluez-le (enregistrer et terminer, ou un code de conclusion) pour obtenir la fiche d&apos;évaluation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next line</source>
        <translation>&amp;Réplique suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip ahead to the caller&apos;s next line</source>
        <translation>Passer à la réplique suivante de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;scenario…</source>
        <translation>Enregistrer comme scé&amp;nario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this call, as it was handled, as a new scenario</source>
        <translation>Conserver cet appel, tel qu&apos;il a été traité, comme nouveau scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Another call</source>
        <translation>Un a&amp;utre appel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Some scenarios were not loaded:
%1</source>
        <translation>Certains scénarios n&apos;ont pas été chargés&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scenario &quot;%1&quot;.</source>
        <translation>Aucun scénario &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick or type the trainee&apos;s name first.</source>
        <translation>Choisissez ou saisissez d&apos;abord le nom du stagiaire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call time %1</source>
        <translation>Durée de l&apos;appel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caller: </source>
        <translation>Appelant&#xa0;: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The call could not be graded: %1</source>
        <translation>L&apos;appel n&apos;a pas pu être évalué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Export score card</source>
        <translation>Exporter la fiche d&apos;évaluation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Save as scenario</source>
        <translation>Enregistrer comme scénario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Title of the new scenario:</source>
        <translation>Titre du nouveau scénario&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (recorded)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ScoreCardView</name>
    <message>
        <location filename="../widgets/training/scorecardview.cpp" line="+38"/>
        <source>Score card</source>
        <translation>Fiche d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;CivicDesk training score card&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Scenario:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Trainee:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Played:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Score:&lt;/b&gt; %4&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th&gt;Points&lt;/th&gt;&lt;th&gt;Explanation&lt;/th&gt;&lt;/tr&gt;%5&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Fiche d&apos;évaluation de formation CivicDesk&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Scénario&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Stagiaire&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Joué le&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Score&#xa0;:&lt;/b&gt; %4&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Critère&lt;/th&gt;&lt;th&gt;Points&lt;/th&gt;&lt;th&gt;Explication&lt;/th&gt;&lt;/tr&gt;%5&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score card: %1</source>
        <translation>Fiche d&apos;évaluation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServerPage</name>
    <message>
        <location filename="../widgets/settings/serverpage.cpp" line="+36"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>inchangé (conservé dans le trousseau du système)</translation>
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
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat d&apos;AC</translation>
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
        <location line="+17"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Utilisat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>Fichier d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the server connection</source>
        <translation>Tester la connexion au serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a training sandbox: it never connects to a server.</source>
        <translation>Ceci est un environnement de formation&#xa0;: il ne se connecte jamais à un serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in the system keychain, never in a file. Sync uses the new settings as soon as you press OK.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier. La synchronisation utilise les nouveaux paramètres dès que vous appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected (%1 s): %2</source>
        <translation>Connecté (%1 s)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed after %1 s: %2</source>
        <translation>Échec après %1 s&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServicePickerEdit</name>
    <message>
        <location filename="../widgets/intake/servicepickeredit.cpp" line="+21"/>
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
        <location line="+66"/>
        <source>✔ %1 (%2), %3</source>
        <translation>✔ %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ShortcutTable</name>
    <message>
        <location filename="../widgets/settings/shortcuttable.cpp" line="+21"/>
        <source>Actions and their shortcuts</source>
        <translation>Actions et leurs raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortcut of the selected action</source>
        <translation>Raccourci de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hortcut:</source>
        <translation>Racc&amp;ourci&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No shortcut</source>
        <translation>Aucu&amp;n raccourci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the shortcut of the selected action</source>
        <translation>Retirer le raccourci de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;fault</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default shortcut of the selected action</source>
        <translation>Rétablir le raccourci par défaut de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already the shortcut of &quot;%2&quot;. Change that one first.</source>
        <translation>%1 est déjà le raccourci de « %2 ». Modifiez d&apos;abord celui-là.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has no shortcut now.</source>
        <translation>« %1 » n&apos;a plus de raccourci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>Le raccourci de « %1 » est maintenant %2.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SignInDialog</name>
    <message>
        <location filename="../widgets/shell/signindialog.cpp" line="+18"/>
        <source>Sign in to CivicDesk</source>
        <translation>Se connecter à CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
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
    <name>civicdesk::widgets::SupervisorConsole</name>
    <message>
        <location filename="../widgets/queue/supervisorconsole.cpp" line="+25"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
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
        <source>Push local changes and pull the server&apos;s now</source>
        <translation>Envoyer maintenant les changements locaux et récupérer ceux du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+0"/>
        <source>Syncing without TLS…</source>
        <translation>Synchronisation sans TLS…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online without TLS</source>
        <translation>En ligne sans TLS</translation>
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
        <location filename="../widgets/shell/ticketdetailview.cpp" line="+72"/>
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
        <location line="+3"/>
        <source>New &amp;note:</source>
        <translation>Nouvelle &amp;note&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
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
        <location line="+3"/>
        <source>A&amp;udit trail</source>
        <translation>&amp;Piste de vérification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a note, then press %1</source>
        <translation>Tapez une note, puis appuyez sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note to this ticket (%1)</source>
        <translation>Ajouter la note à cette demande (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+2"/>
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
        <location filename="../widgets/map/ticketmappanel.cpp" line="+71"/>
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
        <location line="+202"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="-196"/>
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
        <location line="+3"/>
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
        <location line="+96"/>
        <source>Loading tickets…</source>
        <translation>Chargement des demandes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clustering tickets…</source>
        <translation>Regroupement des demandes…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 of %Ln located ticket(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln demande localisée affichée</numerusform>
            <numerusform>%1 sur %Ln demandes localisées affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TrainerResultsDialog</name>
    <message>
        <location filename="../widgets/training/trainerresultsdialog.cpp" line="+26"/>
        <source>Training results</source>
        <translation>Résultats de formation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Stagiaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Played</source>
        <translation>Joué le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Export score card</source>
        <translation>Exporter la fiche d&apos;évaluation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No graded calls yet.</source>
        <translation>Aucun appel évalué pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n call(s) graded; %1 of %2 criteria met; first %3 %, latest %4 %.</source>
        <translation>
            <numerusform>%n appel évalué; %1 critères sur %2 atteints; premier %3 %, dernier %4 %.</numerusform>
            <numerusform>%n appels évalués; %1 critères sur %2 atteints; premier %3 %, dernier %4 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TrainingBanner</name>
    <message>
        <location filename="../widgets/training/trainingbanner.cpp" line="+41"/>
        <source>TRAINING – not live</source>
        <translation>FORMATION – hors production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[TRAINING – not live]</source>
        <translation>[FORMATION – hors production]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TriggerListEditor</name>
    <message>
        <location filename="../widgets/settings/triggerlisteditor.cpp" line="+38"/>
        <source>911 triggers</source>
        <translation>Déclencheurs 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;riggers:</source>
        <translation>&amp;Déclencheurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a trigger</source>
        <translation>Ajouter un déclencheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected trigger</source>
        <translation>Retirer le déclencheur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to &amp;built-in</source>
        <translation>Rétablir la liste &amp;intégrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the triggers to the built-in list</source>
        <translation>Remettre les déclencheurs à la liste intégrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger key</source>
        <translation>Clé du déclencheur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trigger label</source>
        <translation>Libellé du déclencheur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that raise the alert, one regular expression per line</source>
        <translation>Phrases qui déclenchent l&apos;alerte, une expression régulière par ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases one of which must also be said, one per line</source>
        <translation>Phrases dont l&apos;une doit aussi être prononcée, une par ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that do not count, one per line</source>
        <translation>Phrases qui ne comptent pas, une par ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service codes that raise the alert, comma separated</source>
        <translation>Codes de service qui déclenchent l&apos;alerte, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>Li&amp;bellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>&amp;Phrases&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;also:</source>
        <translation>Exige a&amp;ussi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcept:</source>
        <translation>E&amp;xcepté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service codes:</source>
        <translation>C&amp;odes de service&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phrases are case-insensitive regular expressions, one per line; \b marks a word edge. A phrase inside an exception, or right after &quot;no&quot; or &quot;not&quot;, does not count.</source>
        <translation>Les phrases sont des expressions régulières insensibles à la casse, une par ligne; \b marque une limite de mot. Une phrase à l&apos;intérieur d&apos;une exception, ou juste après « no » ou « not », ne compte pas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New trigger</source>
        <translation>Nouveau déclencheur</translation>
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
    <name>civicdesk::widgets::WrapUpFlow</name>
    <message>
        <location filename="../widgets/intake/wrapupflow.cpp" line="+74"/>
        <source>Wrap-up: %1</source>
        <translation>Conclusion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller: %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: none</source>
        <translation>Motif&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article used: %1</source>
        <translation>Article utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time: %1</source>
        <translation>Durée de traitement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log without a reason?</source>
        <translation>Consigner sans motif?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log without reason</source>
        <translation>&amp;Consigner sans motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a reason</source>
        <translation>&amp;Ajouter un motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reason was given. The call log will record:</source>
        <translation>Aucun motif n&apos;a été indiqué. Le journal des appels consignera&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>Discard call</source>
        <translation>Abandonner l&apos;appel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Discard this call? Everything typed is lost; the call log records it as discarded.</source>
        <translation>Abandonner cet appel? Tout ce qui a été saisi sera perdu; le journal des appels le consigne comme abandonné.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+174"/>
        <source>civicdesk: CivicDesk is already open on the profile %1 (process %2); that window was brought to the front</source>
        <translation>civicdesk&#xa0;: CivicDesk est déjà ouvert sur le profil %1 (processus %2); cette fenêtre a été mise au premier plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>civicdesk: another CivicDesk holds the profile %1 (process %2) but did not answer</source>
        <translation>civicdesk&#xa0;: une autre instance de CivicDesk détient le profil %1 (processus %2) mais n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CivicDesk cannot open its profile:

%1</source>
        <translation>CivicDesk ne peut pas ouvrir son profil&#xa0;:

%1</translation>
    </message>
</context>
</TS>
