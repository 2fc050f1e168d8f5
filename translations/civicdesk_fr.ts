<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>dépasse 4 000 caractères</translation>
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
        <translation>la version %1 n&apos;est pas prise en charge (version attendue : 1)</translation>
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
        <translation>impossible d&apos;ouvrir le stockage local %1 : %2</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <name>JsonText</name>
    <message>
        <location filename="../core/json/jsontext.cpp" line="+17"/>
        <source>%1: the file is not valid UTF-8</source>
        <translation>%1 : le fichier n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: expected a JSON object</source>
        <translation>%1 : objet JSON attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON array</source>
        <translation>%1 : tableau JSON attendu</translation>
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
        <location line="+82"/>
        <source>unknown status &quot;%1&quot; (one of: %2)</source>
        <translation>statut inconnu &quot;%1&quot; (valeurs possibles : %2)</translation>
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
        <translation>canal inconnu &quot;%1&quot; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown priority &quot;%1&quot; (low, normal, high, urgent)</source>
        <translation>priorité inconnue &quot;%1&quot; (low, normal, high, urgent)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../core/tickets/ticketservice.cpp" line="+46"/>
        <source>requested_datetime: is required when service_request_id is given</source>
        <translation>requested_datetime : est obligatoire lorsque service_request_id est fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>id: ticket %1 is already in this store</source>
        <translation>id : la demande %1 existe déjà dans ce stockage</translation>
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
        <translation>service_request_id : %1 existe déjà dans ce stockage</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+11"/>
        <source>ticket %1: %2</source>
        <translation>demande %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no ticket with reference %1</source>
        <translation>aucune demande ne porte la référence %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: the text is empty</source>
        <translation>note : le texte est vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>note: longer than %1 characters</source>
        <translation>note : dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="-22"/>
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
        <translation>est obligatoire : %1</translation>
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
        <translation>&lt;h3&gt;CivicDesk&lt;/h3&gt;&lt;p&gt;Distribué selon les termes de l&apos;Apache License, Version 2.0. Vous ne pouvez utiliser ce programme que conformément à la licence. Distribué &quot;EN L&apos;ÉTAT&quot;, SANS GARANTIE NI CONDITION D&apos;AUCUNE SORTE.&lt;/p&gt;&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;La boîte à outils Qt est utilisée selon les termes de la GNU Lesser General Public License, version 3 (LGPL-3.0). Qt est une marque de commerce de The Qt Company Ltd.&lt;/p&gt;&lt;h3&gt;SQLite&lt;/h3&gt;&lt;p&gt;SQLite est dans le domaine public.&lt;/p&gt;&lt;h3&gt;Données cartographiques&lt;/h3&gt;&lt;p&gt;Cartes produites à partir des données d&apos;OpenStreetMap : © les contributeurs d&apos;OpenStreetMap, disponibles selon les termes de l&apos;Open Database License (ODbL 1.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+40"/>
        <location line="+236"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Ticket &amp;list</source>
        <translation>&amp;Liste des demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status &amp;filter</source>
        <translation>&amp;Filtre de statut</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <translation>Statut : </translation>
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
        <translation>Profil : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local store only (no server configured)</source>
        <translation>Stockage local seulement (aucun serveur configuré)</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <translation>&amp;Statut :</translation>
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
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TicketDetailView</name>
    <message>
        <location filename="../widgets/shell/ticketdetailview.cpp" line="+47"/>
        <source>Select a ticket to see its details.</source>
        <translation>Sélectionnez une demande pour en voir les détails.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>Nouvelle &amp;note :</translation>
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
        <location line="+1"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
        <source>CivicDesk cannot open its profile:

%1</source>
        <translation>CivicDesk ne peut pas ouvrir son profil :

%1</translation>
    </message>
</context>
</TS>
