<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressCsvMapping</name>
    <message>
        <location filename="../core/geo/addresscsvmapping.cpp" line="+32"/>
        <source>%1:%2: %3: &quot;%4&quot; is not a number</source>
        <translation>%1:%2: %3: «%4» no es un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>AddressSuggestionModel</name>
    <message>
        <location filename="../core/intake/addresssuggestionmodel.cpp" line="+40"/>
        <source>%1 (outside the jurisdiction)</source>
        <translation>%1 (fuera de la jurisdicción)</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../core/tickets/auditfield.cpp" line="+23"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Nota agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal note added</source>
        <translation>Nota interna agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status notes</source>
        <translation>Notas del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service notice</source>
        <translation>Aviso del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address id</source>
        <translation>Id de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Archivos multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s phone</source>
        <translation>Teléfono del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s email</source>
        <translation>Correo electrónico del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s first name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s last name</source>
        <translation>Apellido del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s language</source>
        <translation>Idioma del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous caller</source>
        <translation>Solicitante anónimo</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../core/intake/callsession.cpp" line="+76"/>
        <source>is not a CivicDesk call session</source>
        <translation>no es una sesión de llamada de CivicDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a UUID</source>
        <translation>no es un UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list of values</source>
        <translation>debe ser una lista de valores</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a ticket id</source>
        <translation>&quot;%1&quot; no es un id de solicitud</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latitude and longitude go together</source>
        <translation>la latitud y la longitud deben indicarse juntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a service type</source>
        <translation>elija un tipo de servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a place: type the address or put a pin on the map</source>
        <translation>%1 necesita un lugar: escriba la dirección o coloque un marcador en el mapa</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../core/intake/callerhistorymodel.cpp" line="+35"/>
        <source> to %1</source>
        <translation> a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../widgets/intake/callerpanel.cpp" line="+27"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
</context>
<context>
    <name>CannedResponseLibrary</name>
    <message>
        <location filename="../core/commands/cannedresponselibrary.cpp" line="+67"/>
        <source>only an administrator edits canned responses (you are: %1)</source>
        <translation>solo un administrador edita las respuestas predefinidas (usted es: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be 1 to 200 characters</source>
        <translation>debe tener de 1 a 200 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 1 to 4000 characters</source>
        <translation>debe tener de 1 a 4000 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown placeholder %1 (known: %2)</source>
        <translation>marcador de posición desconocido %1 (conocidos: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no service %1 in the catalogue</source>
        <translation>no existe el servicio %1 en el catálogo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown status %1</source>
        <translation>estado desconocido %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(no target date)</source>
        <translation>(sin fecha objetivo)</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../core/catalog/catalogjson.cpp" line="+33"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>must be an array of strings</source>
        <translation>debe ser un arreglo de cadenas de texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a time like 08:30</source>
        <translation>debe ser una hora como 08:30</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object of languages</source>
        <translation>debe ser un objeto de idiomas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a two-letter language code (es, fr)</source>
        <translation>&quot;%1&quot; no es un código de idioma de dos letras (es, fr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English is the plain field, not a translation</source>
        <translation>El inglés va en el campo simple, no como traducción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a translated field (%1)</source>
        <translation>no es un campo traducible (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown datatype &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</source>
        <translation>tipo de dato desconocido &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a list attribute needs at least one value</source>
        <translation>un atributo de lista necesita al menos un valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an informational attribute (variable=false) cannot be required</source>
        <translation>un atributo informativo (variable=false) no puede ser obligatorio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>is longer than 4,000 characters</source>
        <translation>tiene más de 4000 caracteres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be realtime, batch or blackbox</source>
        <translation>debe ser realtime, batch o blackbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>organismo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be low, normal, high or urgent</source>
        <translation>debe ser low, normal, high o urgent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be business or calendar</source>
        <translation>debe ser business o calendar</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+128"/>
        <location line="+101"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>duplicate attribute code &quot;%1&quot;</source>
        <translation>código de atributo duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must be &quot;civicdesk-catalog&quot;</source>
        <translation>debe ser &quot;civicdesk-catalog&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>la versión %1 no es compatible (se esperaba la 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an array</source>
        <translation>debe ser un arreglo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate service code &quot;%1&quot;</source>
        <translation>código de servicio duplicado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+10"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
</context>
<context>
    <name>CityLayerStore</name>
    <message>
        <location filename="../core/geo/citylayerstore.cpp" line="+258"/>
        <source>not a line</source>
        <translation>no es una línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a polygon</source>
        <translation>no es un polígono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing to import into the %2 layer</source>
        <translation>%1: no hay nada que importar en la capa %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no &quot;%1&quot; property</source>
        <translation>no tiene la propiedad &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no known area kind (kind, leisure, natural, landuse or building)</source>
        <translation>ningún tipo de zona conocido (kind, leisure, natural, landuse o building)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a point</source>
        <translation>no es un punto</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no house number</source>
        <translation>sin número de casa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no street name</source>
        <translation>sin nombre de calle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks projected (EPSG:3857?)</source>
        <translation>parece proyectado (¿EPSG:3857?)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: no address point to import (each needs a house number and a street)</source>
        <translation>%1: no hay ningún punto de dirección que importar (cada uno necesita un número de casa y una calle)</translation>
    </message>
</context>
<context>
    <name>CoordinateInput</name>
    <message>
        <location filename="../core/intake/coordinateinput.cpp" line="+26"/>
        <source>%1 is not a direction for %2</source>
        <translation>%1 no es un punto cardinal válido para la %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number of degrees</source>
        <translation>&quot;%1&quot; no es un número de grados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (-%2 to %2)</source>
        <translation>%1 está fuera del rango (-%2 a %2)</translation>
    </message>
</context>
<context>
    <name>CsvMappingProposal</name>
    <message>
        <location filename="../core/csvimport/csvmappingproposal.cpp" line="+231"/>
        <source>dates like %1</source>
        <translation>fechas como %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>by content: the first date column; %1</source>
        <translation>por contenido: la primera columna de fechas; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>by content: every value is unique</source>
        <translation>por contenido: todos los valores son únicos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>by content: points</source>
        <translation>por contenido: puntos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Proposed for %1</source>
        <translation>Propuesto para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guessed from the header and the first rows: check each column, set time_zone to the source&apos;s, fill in what could not be guessed, then delete could_not_guess and check.</source>
        <translation>Deducido del encabezado y de las primeras filas: revise cada columna, ajuste time_zone a la zona horaria del origen, complete lo que no se pudo deducir, luego elimine could_not_guess y revise.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>proposed mapping for %1:
</source>
        <translation>mapeo propuesto para %1:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every field was guessed; check the mapping before using it
</source>
        <translation>se dedujeron todos los campos; revise el mapeo antes de usarlo
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not guess: %1 (fill these in before using the mapping)
</source>
        <translation>no se pudo deducir: %1 (complételos antes de usar el mapeo)
</translation>
    </message>
</context>
<context>
    <name>CsvProfile</name>
    <message>
        <location filename="../core/csvimport/csvprofile.cpp" line="+159"/>
        <source>--profile: &quot;%1&quot; is neither a built-in profile (%2) nor a readable mapping file: %3</source>
        <translation>--profile: &quot;%1&quot; no es un perfil integrado (%2) ni un archivo de mapeo legible: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field (one of: %1)</source>
        <translation>campo desconocido (valores posibles: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service_code or service_name is required</source>
        <translation>se requiere service_code o service_name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a CivicDesk status (one of: %2)</source>
        <translation>&quot;%1&quot; no es un estado de CivicDesk (valores posibles: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a CivicDesk channel (one of: %2)</source>
        <translation>&quot;%1&quot; no es un canal de CivicDesk (valores posibles: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a CivicDesk channel</source>
        <translation>&quot;%1&quot; no es un canal de CivicDesk</translation>
    </message>
</context>
<context>
    <name>CsvProfileDetector</name>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="+27"/>
        <location line="+9"/>
        <source>API export</source>
        <translation>exportación de la API</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>portal export</source>
        <translation>exportación del portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower-cased headers</source>
        <translation>encabezados en minúsculas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>headers spelt differently</source>
        <translation>encabezados escritos de otra forma</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2): its columns all match, but none of the first rows&apos; &quot;%3&quot; values is a date in a known format</source>
        <translation>%1 (%2): todas sus columnas coinciden, pero ninguno de los valores de &quot;%3&quot; de las primeras filas es una fecha en un formato conocido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), which has %3 of its columns but not %4</source>
        <translation>%1 (%2), que tiene %3 de sus columnas pero no %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1:1: the header fits more than one built-in profile (%2), so auto cannot choose; name one: %3</source>
        <translation>%1:1: el encabezado coincide con más de un perfil integrado (%2), así que auto no puede elegir; indique uno: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: no built-in profile (%2) fits this file</source>
        <translation>%1:1: ningún perfil integrado (%2) corresponde a este archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the nearest: %1</source>
        <translation>; el más cercano: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Write a mapping file for it (docs/open311.md, &quot;Mapping files&quot;); --write-mapping FILE writes a proposal from the header and the first rows.
</source>
        <translation>. Escriba un archivo de mapeo para él (docs/open311.md, &quot;Mapping files&quot;); --write-mapping FILE escribe una propuesta a partir del encabezado y de las primeras filas.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no built-in profile fits</source>
        <translation>ningún perfil integrado corresponde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>looks like %1</source>
        <translation>parece %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csvimport/csvreader.cpp" line="+85"/>
        <source>the file is UTF-16; save it as UTF-8 and import again</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8 y vuelva a importarlo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field %1 is not UTF-8 (byte 0x%2 in &quot;%3&quot;); the file looks like Latin-1 or Windows-1252. Convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8, and import again</source>
        <translation>el campo %1 no está en UTF-8 (byte 0x%2 en &quot;%3&quot;); el archivo parece estar en Latin-1 o Windows-1252. Conviértalo, p. ej. con iconv -f WINDOWS-1252 -t UTF-8, y vuelva a importarlo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file ends inside a quoted field that starts on this line (truncated file?)</source>
        <translation>el archivo termina dentro de un campo entre comillas que empieza en esta línea (¿archivo truncado?)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>a record longer than %1 bytes; refused (a missing closing quote, or not a CSV file)</source>
        <translation>un registro de más de %1 bytes; rechazado (falta una comilla de cierre o no es un archivo CSV)</translation>
    </message>
</context>
<context>
    <name>CsvRowMapper</name>
    <message>
        <location filename="../core/csvimport/csvrowmapper.cpp" line="+154"/>
        <source>%1:1: the header has no column %2 that profile &quot;%3&quot; needs; is this the right profile?</source>
        <translation>%1:1: el encabezado no tiene la columna %2 que necesita el perfil &quot;%3&quot;; ¿es el perfil correcto?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing columns</source>
        <translation>faltan columnas</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both match &quot;%3&quot; (%4)</source>
        <translation>las columnas &quot;%1&quot; y &quot;%2&quot; coinciden con &quot;%3&quot; (%4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:1: %2; names match whatever their case, spaces, underscores, dots and hyphens, so rename or remove one of each pair</source>
        <translation>%1:1: %2; los nombres coinciden sin importar mayúsculas, espacios, guiones bajos, puntos y guiones, así que cambie el nombre o elimine una columna de cada par</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a date in any known format (%2)</source>
        <translation>&quot;%1&quot; no es una fecha en ningún formato conocido (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 fields; the header has %2</source>
        <translation>tiene %1 campos; el encabezado tiene %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>estado desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="-75"/>
        <location filename="../core/csvimport/csvrowmapper.cpp" line="-86"/>
        <source>ambiguous columns</source>
        <translation>columnas ambiguas</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <location filename="../core/dashboard/dashboardreport.cpp" line="+105"/>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(unknown service)</source>
        <translation>(servicio desconocido)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>0-2 days</source>
        <translation>0-2 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-7 days</source>
        <translation>3-7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-30 days</source>
        <translation>8-30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 30 days</source>
        <translation>más de 30 días</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+132"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot open the local store %1: %2</source>
        <translation>no se puede abrir el almacenamiento local %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). Update CivicDesk or use another profile.</source>
        <translation>%1 fue creado por una versión más reciente de CivicDesk (esquema %2; esta versión admite hasta el %3). Actualice CivicDesk o use otro perfil.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../core/dashboard/daterange.cpp" line="+12"/>
        <source>date range: give both a first and a last day</source>
        <translation>rango de fechas: indique el primer y el último día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date range: %1 is after %2</source>
        <translation>rango de fechas: %1 es posterior a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the first day</source>
        <translation>es anterior al primer día</translation>
    </message>
</context>
<context>
    <name>DemoProfileBuilder</name>
    <message>
        <location filename="../core/demo/demoprofilebuilder.cpp" line="+180"/>
        <source>%1 already holds a profile; give a new or empty folder</source>
        <translation>%1 ya contiene un perfil; indique una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--tickets must not be negative</source>
        <translation>--tickets no debe ser negativo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>City of %1</source>
        <translation>Ciudad de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fictional city (CivicDesk demo)</source>
        <translation>Ciudad ficticia (demo de CivicDesk)</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <location filename="../core/demo/demosandbox.cpp" line="+63"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot write the demo&apos;s initial snapshot</source>
        <translation>%1: no se puede escribir la instantánea inicial de la demo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot remove it to reset the demo</source>
        <translation>%1: no se puede eliminar para restablecer la demo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds a live profile, not a demo; the demo needs a folder of its own</source>
        <translation>%1 contiene un perfil real, no una demo; la demo necesita su propia carpeta</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidateModel</name>
    <message>
        <location filename="../core/intake/duplicatecandidatemodel.cpp" line="+46"/>
        <source>%1, %2 away, reported %3 ago at %4</source>
        <translation>%1, a %2, notificada hace %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>sin dirección</translation>
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
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyDetector</name>
    <message>
        <location filename="../core/intake/emergencydetector.cpp" line="+80"/>
        <location line="+1"/>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas de texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid pattern &quot;%1&quot;: %2</source>
        <translation>patrón no válido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid pattern</source>
        <translation>patrón no válido</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be &quot;civicdesk-emergency-triggers&quot;</source>
        <translation>debe ser &quot;civicdesk-emergency-triggers&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>needs patterns or services</source>
        <translation>necesita patrones o servicios</translation>
    </message>
</context>
<context>
    <name>EmergencyPhrases</name>
    <message>
        <location filename="../core/intake/emergencyphrases.cpp" line="+23"/>
        <source>&quot;%1&quot; is neither emergency nor lookalike</source>
        <translation>&quot;%1&quot; no es ni de emergencia ni similar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no text after the tab</source>
        <translation>no hay texto después del tabulador</translation>
    </message>
</context>
<context>
    <name>FormEditCommand</name>
    <message>
        <location filename="../widgets/intake/formeditcommand.cpp" line="+14"/>
        <source>form change</source>
        <translation>cambio en el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change to %1</source>
        <translation>cambio de %1</translation>
    </message>
</context>
<context>
    <name>GeoCsvReader</name>
    <message>
        <location filename="../core/geo/geocsvreader.cpp" line="+13"/>
        <source>%1: the file is empty (no header line)</source>
        <translation>%1: el archivo está vacío (sin línea de encabezado)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: the header has no column &quot;%3&quot; (%4; columns: %5)</source>
        <translation>%1:%2: la cabecera no tiene la columna «%3» (%4; columnas: %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such column</source>
        <translation>no existe esa columna</translation>
    </message>
</context>
<context>
    <name>GeoImportReport</name>
    <message>
        <location filename="../core/geo/geoimportreport.cpp" line="+24"/>
        <source>imported %1 of %2 %3 from %4</source>
        <translation>importados %1 de %2 (%3) desde %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; skipped %1: %2</source>
        <translation>; omitidos %1: %2</translation>
    </message>
</context>
<context>
    <name>GeoJsonReader</name>
    <message>
        <location filename="../core/geo/geojsonreader.cpp" line="+29"/>
        <location line="+3"/>
        <source>invalid position</source>
        <translation>posición no válida</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a position must be [longitude, latitude]</source>
        <translation>una posición debe ser [longitud, latitud]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a coordinate is not a finite number</source>
        <translation>una coordenada no es un número finito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looks projected (EPSG:3857?)</source>
        <translation>parece proyectado (¿EPSG:3857?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 are not degrees of longitude and latitude</source>
        <translation>%1, %2 no son grados de longitud y latitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>invalid coordinates</source>
        <translation>coordenadas no válidas</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected an array of positions</source>
        <translation>se esperaba un arreglo de posiciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array of rings</source>
        <translation>se esperaba un arreglo de anillos</translation>
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
        <translation>geometría vacía</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>unclosed ring</source>
        <translation>anillo no cerrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first and last positions of ring %1 differ</source>
        <translation>la primera y la última posición del anillo %1 son distintas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring has fewer than 4 positions</source>
        <translation>el anillo tiene menos de 4 posiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-intersecting ring</source>
        <translation>anillo que se interseca a sí mismo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two edges of ring %1 cross</source>
        <translation>dos aristas del anillo %1 se cruzan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no &quot;coordinates&quot; array</source>
        <translation>no hay arreglo &quot;coordinates&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is %2; CivicDesk reads GeoJSON of at most %3 at once. Split it into smaller files (for example with ogr2ogr -spat) and import them one by one.</source>
        <translation>%1: el archivo ocupa %2; CivicDesk lee GeoJSON de %3 como máximo a la vez. Divídalo en archivos más pequeños (por ejemplo con ogr2ogr -spat) e impórtelos uno por uno.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the document is larger than %2</source>
        <translation>%1: el documento ocupa más de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: features: a FeatureCollection needs a &quot;features&quot; array</source>
        <translation>%1: features: una FeatureCollection necesita un arreglo &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing or not an array</source>
        <translation>falta o no es un arreglo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: type: expected &quot;FeatureCollection&quot;, &quot;Feature&quot; or a geometry, found &quot;%2&quot;</source>
        <translation>%1: type: se esperaba &quot;FeatureCollection&quot;, &quot;Feature&quot; o una geometría; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON</source>
        <translation>no es GeoJSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a Feature object</source>
        <translation>no es un objeto Feature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;geometry&quot; is missing or null</source>
        <translation>&quot;geometry&quot; falta o es nulo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no usable feature among %2: %3 (%4)</source>
        <translation>%1: ningún elemento utilizable entre %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>line has fewer than 2 positions</source>
        <translation>la línea tiene menos de 2 posiciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GeometryCollection is not supported</source>
        <translation>GeometryCollection no es compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown geometry type</source>
        <translation>tipo de geometría desconocido</translation>
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
        <translation>una geometría almacenada está dañada; vuelva a importar la capa</translation>
    </message>
</context>
<context>
    <name>HelpTopics</name>
    <message>
        <location filename="../widgets/help/helptopics.cpp" line="+12"/>
        <source>Overview</source>
        <translation>Descripción general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a call</source>
        <translation>Atender una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a knowledge-base answer</source>
        <translation>Encontrar una respuesta en la base de conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor queue and bulk actions</source>
        <translation>Cola del supervisor y acciones masivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket map</source>
        <translation>Mapa de solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo city and training</source>
        <translation>Ciudad de demostración y formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance and accessibility</source>
        <translation>Apariencia y accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../core/interop/importformat.cpp" line="+27"/>
        <source>%1 with service requests</source>
        <translation>%1 con solicitudes de servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with services</source>
        <translation>%1 con servicios</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CSV with the columns of %1</source>
        <translation>CSV con las columnas de %1</translation>
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
        <translation>no se puede crear el bloqueo de importación %1 en la carpeta del perfil</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../core/interop/importsummary.cpp" line="+16"/>
        <source>  ... and %1 more skipped
</source>
        <translation>  ... y %1 más omitidos
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1 imported service types to the catalogue
</source>
        <translation>se agregaron %1 tipos de servicio importados al catálogo
</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <location filename="../core/intake/intakeservice.cpp" line="+117"/>
        <source>the ticket this call was linked to no longer exists</source>
        <translation>la solicitud a la que estaba vinculada esta llamada ya no existe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk is full: the ticket was not saved. The call is kept as a draft; free some disk space (or call support) and save again.</source>
        <translation>El disco está lleno: la solicitud no se guardó. La llamada se conserva como borrador; libere espacio en disco (o llame a soporte) y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say where the call was transferred</source>
        <translation>indique a dónde se transfirió la llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say what the caller asked, or confirm logging the call without a reason</source>
        <translation>indique lo que pidió el solicitante, o confirme que registra la llamada sin motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the reference of the existing ticket</source>
        <translation>indique la referencia de la solicitud existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ticket with reference %1</source>
        <translation>no hay ninguna solicitud con la referencia %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <location filename="../core/json/jsontext.cpp" line="+17"/>
        <source>%1: the file is not valid UTF-8</source>
        <translation>%1: el archivo no está en UTF-8 válido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON array</source>
        <translation>%1: se esperaba un arreglo JSON</translation>
    </message>
</context>
<context>
    <name>KbFormats</name>
    <message>
        <location filename="../core/kb/kbformats.cpp" line="+32"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to be a knowledge base (%2 MB)</source>
        <translation>%1 es demasiado grande para ser una base de conocimientos (%2 MB)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2: malformed quoted text</source>
        <translation>%1: %2: texto entre comillas mal formado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed quoted text</source>
        <translation>texto entre comillas mal formado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1:%2: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1:%2: UTF-8 no válido (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1: UTF-8 no válido (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: empty file; the first line must name the columns</source>
        <translation>%1: archivo vacío; la primera línea debe nombrar las columnas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:1: unknown column &quot;%2&quot; (columns: %3)</source>
        <translation>%1:1: columna desconocida &quot;%2&quot; (columnas: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column</source>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 cells, but the header names %3 columns</source>
        <translation>%1: %2 celdas, pero el encabezado nombra %3 columnas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1:1: must start with front matter (a line &quot;---&quot;, fields, then &quot;---&quot;)</source>
        <translation>%1:1: debe empezar con metadatos iniciales (una línea &quot;---&quot;, campos y luego &quot;---&quot;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a list item outside a list field</source>
        <translation>%1: un elemento de lista fuera de un campo de lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected &quot;field: value&quot;</source>
        <translation>%1: se esperaba &quot;campo: valor&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2: malformed list</source>
        <translation>%1: %2: lista mal formada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed list</source>
        <translation>lista mal formada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the front matter is never closed with &quot;---&quot;</source>
        <translation>%1: los metadatos iniciales nunca se cierran con &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no .md files</source>
        <translation>%1 no contiene archivos .md</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: unknown format; use .jsonl, .csv, .md or a folder of .md files</source>
        <translation>%1: formato desconocido; use .jsonl, .csv, .md o una carpeta de archivos .md</translation>
    </message>
</context>
<context>
    <name>KbJson</name>
    <message>
        <location filename="../core/kb/kbjson.cpp" line="+26"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>must be an array of strings</source>
        <translation>debe ser un arreglo de cadenas de texto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown field (see docs/kb.md for the format)</source>
        <translation>campo desconocido (consulte docs/kb.md para ver el formato)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be made from this title; give an id</source>
        <translation>no se puede generar a partir de este título; indique un id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be at most 120 characters without spaces or slashes</source>
        <translation>&quot;%1&quot; debe tener como máximo 120 caracteres, sin espacios ni barras</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>article is too large (%1 characters; the limit is %2)</source>
        <translation>el artículo es demasiado grande (%1 caracteres; el límite es %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>id duplicado &quot;%1&quot; (usado por primera vez en %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line is too large (%2 bytes; an article may have at most %3 characters)</source>
        <translation>%1: la línea es demasiado grande (%2 bytes; un artículo puede tener como máximo %3 caracteres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: invalid UTF-8 (save the file as UTF-8)</source>
        <translation>%1: UTF-8 no válido (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: malformed JSON: %3</source>
        <translation>%1:%2: JSON mal formado: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: each line must be one JSON object</source>
        <translation>%1: cada línea debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>KbRelevance</name>
    <message>
        <location filename="../core/kb/kbrelevance.cpp" line="+22"/>
        <source>%1:%2: expected &quot;query&lt;TAB&gt;expected id or title&quot;</source>
        <translation>%1:%2: se esperaba &quot;consulta&lt;TAB&gt;id o título esperado&quot;</translation>
    </message>
</context>
<context>
    <name>KbRepository</name>
    <message>
        <location filename="../core/kb/kbrepository.cpp" line="+255"/>
        <source>an article with id %1 already exists</source>
        <translation>ya existe un artículo con el id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+41"/>
        <source>no article with id %1</source>
        <translation>no hay ningún artículo con el id %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>unknown article</source>
        <translation>artículo desconocido</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>feedback must be one of %1</source>
        <translation>la opinión debe ser una de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what is outdated in the comment</source>
        <translation>indique en el comentario qué está obsoleto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the comment is too long (at most 4000 characters)</source>
        <translation>el comentario es demasiado largo (4000 caracteres como máximo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a synonym needs a term and a different word or phrase</source>
        <translation>un sinónimo necesita un término y otra palabra o frase distinta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a synonym term may have at most two words</source>
        <translation>el término de un sinónimo puede tener como máximo dos palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too many words</source>
        <translation>demasiadas palabras</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 may not edit the knowledge base</source>
        <translation>%1 no puede editar la base de conocimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a knowledge-base editor</source>
        <translation>no es editor de la base de conocimientos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the built-in knowledge base is missing from this build</source>
        <translation>falta la base de conocimientos integrada en esta compilación</translation>
    </message>
</context>
<context>
    <name>KbServiceIndex</name>
    <message>
        <location filename="../core/kb/kbserviceindex.cpp" line="+15"/>
        <source>cannot create a temporary folder for the service index</source>
        <translation>no se puede crear una carpeta temporal para el índice de servicios</translation>
    </message>
</context>
<context>
    <name>KbSyncSink</name>
    <message>
        <location filename="../core/kb/kbsyncsink.cpp" line="+25"/>
        <source>server article %1</source>
        <translation>artículo del servidor %1</translation>
    </message>
</context>
<context>
    <name>LocalAccounts</name>
    <message>
        <location filename="../core/accounts/localaccounts.cpp" line="+18"/>
        <source>accounts: the password library (libsodium) could not start</source>
        <translation>accounts: no se pudo iniciar la biblioteca de contraseñas (libsodium)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password: at least 8 characters</source>
        <translation>password: al menos 8 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: at most 1024 characters</source>
        <translation>password: como máximo 1024 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>demasiado larga</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>password: out of memory while hashing</source>
        <translation>password: memoria insuficiente al calcular el hash</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name: 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>name: de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name: an account %1 already exists</source>
        <translation>name: ya existe una cuenta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>name: no account %1</source>
        <translation>name: no existe la cuenta %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
</context>
<context>
    <name>LocalSignIn</name>
    <message>
        <location filename="../core/accounts/localsignin.cpp" line="+16"/>
        <source>sign in: this profile has accounts; give a user name and password</source>
        <translation>inicio de sesión: este perfil tiene cuentas; indique un nombre de usuario y una contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign in: wrong name or password</source>
        <translation>inicio de sesión: nombre o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong name or password</source>
        <translation>nombre o contraseña incorrectos</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../core/store/localstore.cpp" line="+42"/>
        <source>workstation code &quot;%1&quot; must be 3 characters from %2</source>
        <translation>el código de estación de trabajo &quot;%1&quot; debe tener 3 caracteres de entre %2</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <location filename="../map/render/mappicture.cpp" line="+40"/>
        <source>the centre is not a latitude and longitude</source>
        <translation>el centro no es una latitud y longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a position</source>
        <translation>no es una posición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zoom %1: a number from 2 to 20</source>
        <translation>zoom %1: un número de 2 a 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 2 to 20</source>
        <translation>de 2 a 20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size %1x%2: from 16x16 to 8192x8192</source>
        <translation>tamaño %1x%2: de 16x16 a 8192x8192</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from 16x16 to 8192x8192</source>
        <translation>de 16x16 a 8192x8192</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale %1: from 1 to 4</source>
        <translation>escala %1: de 1 a 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 1 to 4</source>
        <translation>de 1 a 4</translation>
    </message>
</context>
<context>
    <name>MbTilesFile</name>
    <message>
        <location filename="../map/tiles/mbtilesfile.cpp" line="+35"/>
        <source>%1: no such MBTiles file</source>
        <translation>%1: no existe ese archivo MBTiles</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: not an MBTiles file (not an SQLite database)</source>
        <translation>%1: no es un archivo MBTiles (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not an MBTiles file: the &quot;%2&quot; table is missing</source>
        <translation>%1: no es un archivo MBTiles: falta la tabla &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing table</source>
        <translation>falta la tabla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: metadata: the required key &quot;%2&quot; is missing (MBTiles 1.3)</source>
        <translation>%1: metadata: falta la clave obligatoria &quot;%2&quot; (MBTiles 1.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing metadata</source>
        <translation>faltan metadatos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: metadata: format &quot;%2&quot; is not a raster format CivicDesk reads (png or jpg)</source>
        <translation>%1: metadata: el formato &quot;%2&quot; no es un formato ráster que CivicDesk pueda leer (png o jpg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported</source>
        <translation>no compatible</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: tile %2 (tile_row %3): the data is not a readable PNG or JPEG image (%4 bytes)</source>
        <translation>%1: tesela %2 (tile_row %3): los datos no son una imagen PNG o JPEG legible (%4 bytes)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: tile %2 does not exist at its zoom level</source>
        <translation>%1: la tesela %2 no existe en su nivel de zoom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: tile %2: the image could not be encoded</source>
        <translation>%1: tesela %2: no se pudo codificar la imagen</translation>
    </message>
</context>
<context>
    <name>MigrationFolder</name>
    <message>
        <location filename="../core/store/migrationfolder.cpp" line="+34"/>
        <source>missing migration %1</source>
        <translation>falta la migración %1</translation>
    </message>
</context>
<context>
    <name>Open311Document</name>
    <message>
        <location filename="../core/open311/open311document.cpp" line="+11"/>
        <source>a service list</source>
        <translation>una lista de servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a service definition</source>
        <translation>una definición de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of service requests</source>
        <translation>una lista de solicitudes de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request reply (ids and tokens)</source>
        <translation>una respuesta a solicitudes (ids y tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an error reply</source>
        <translation>una respuesta de error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a discovery document</source>
        <translation>un documento de descubrimiento</translation>
    </message>
</context>
<context>
    <name>Open311Reader</name>
    <message>
        <location filename="../core/open311/open311reader.cpp" line="+39"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+103"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not realtime, batch or blackbox</source>
        <translation>&quot;%1&quot; no es realtime, batch ni blackbox</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown datatype &quot;%1&quot; (expected string, number, datetime, text, singlevaluelist or multivaluelist)</source>
        <translation>tipo de dato desconocido &quot;%1&quot; (se esperaba string, number, datetime, text, singlevaluelist o multivaluelist)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time</source>
        <translation>%1: &quot;%2&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service_request_id: is required</source>
        <translation>service_request_id: es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service_code: is required</source>
        <translation>service_code: es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status: &quot;%1&quot; is not open or closed</source>
        <translation>status: &quot;%1&quot; no es open ni closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requested_datetime: is required</source>
        <translation>requested_datetime: es obligatorio</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>extended_attributes.channel: unknown channel &quot;%1&quot;</source>
        <translation>extended_attributes.channel: canal desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>extended_attributes.status: unknown status &quot;%1&quot;</source>
        <translation>extended_attributes.status: estado desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extended_attributes.priority: unknown priority &quot;%1&quot;</source>
        <translation>extended_attributes.priority: prioridad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: not an Open311 document (expected services, service_definition, service_requests, errors or discovery%2)</source>
        <translation>%1: no es un documento Open311 (se esperaba services, service_definition, service_requests, errors o discovery%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the root is &lt;%1&gt;</source>
        <translation>; la raíz es &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: line %2: elements nested deeper than %3</source>
        <translation>%1: línea %2: elementos anidados a más de %3 niveles</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+38"/>
        <source>%1: line %2: DTDs and entity declarations are refused (they allow entity-expansion attacks and Open311 never needs them)</source>
        <translation>%1: línea %2: se rechazan los DTD y las declaraciones de entidades (permiten ataques de expansión de entidades y Open311 nunca los necesita)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+67"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1: the file holds no XML element</source>
        <translation>%1: el archivo no contiene ningún elemento XML</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>line %1, column %2: number %3 has leading zeros; read as the string &quot;%3&quot;</source>
        <translation>línea %1, columna %2: el número %3 tiene ceros a la izquierda; se lee como la cadena &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: neither JSON nor XML (the file is empty or starts with something else)</source>
        <translation>%1: no es JSON ni XML (el archivo está vacío o empieza con otra cosa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file is an Open311 error reply, not %2: %3</source>
        <translation>%1: el archivo es una respuesta de error de Open311, no %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is %2, not %3</source>
        <translation>%1: el archivo es %2, no %3</translation>
    </message>
</context>
<context>
    <name>Open311Writer</name>
    <message>
        <location filename="../core/open311/open311writer.cpp" line="+441"/>
        <location line="+19"/>
        <source>export: cannot write: %1</source>
        <translation>export: no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+10"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
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
        <translation>no se puede crear la carpeta del perfil %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta del perfil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local store %1 is not writable</source>
        <translation>no se puede escribir en el almacenamiento local %1</translation>
    </message>
</context>
<context>
    <name>ProfileLocation</name>
    <message>
        <location filename="../core/settings/profilelocation.cpp" line="+46"/>
        <source>the profile folder must be a full path: %1</source>
        <translation>la carpeta del perfil debe ser una ruta completa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a full path</source>
        <translation>no es una ruta completa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>no guardado</translation>
    </message>
</context>
<context>
    <name>PushStream</name>
    <message>
        <location filename="../core/sync/serverconnection.cpp" line="+36"/>
        <source>the server connection is not a PostgreSQL one</source>
        <translation>la conexión al servidor no es de PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>QueueColumn</name>
    <message>
        <location filename="../core/queue/queuecolumn.cpp" line="+24"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service code</source>
        <translation>Código de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller phone</source>
        <translation>Teléfono del solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller e-mail</source>
        <translation>Correo del solicitante</translation>
    </message>
</context>
<context>
    <name>QueueCsvExport</name>
    <message>
        <location filename="../core/exports/queuecsvexport.cpp" line="+37"/>
        <source>columns: unknown column &quot;%1&quot;</source>
        <translation>columns: columna desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column</source>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caller details: a %1 may not export them</source>
        <translation>datos del solicitante: el rol %1 no puede exportarlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1: no se puede escribir en la carpeta %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
</context>
<context>
    <name>QueuePdf</name>
    <message>
        <location filename="../widgets/queue/queuepdf.cpp" line="+22"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1: no se puede escribir en la carpeta %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write</source>
        <translation>%1: no se puede escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (internal)</source>
        <translation> (interna)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First %1 of %2 tickets; export CSV for all of them.</source>
        <translation>Primeras %1 de %2 solicitudes; exporte a CSV para verlas todas.</translation>
    </message>
</context>
<context>
    <name>QueueQuery</name>
    <message>
        <location filename="../core/queue/queuequery.cpp" line="+27"/>
        <source>unknown value &quot;%1&quot; (one of: %2)</source>
        <translation>valor desconocido &quot;%1&quot; (uno de: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the range is reversed (%1 is after %2)</source>
        <translation>el rango está invertido (%1 es posterior a %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the range is empty; give FROM..TO, FROM.. or ..TO</source>
        <translation>el rango está vacío; indique DESDE..HASTA, DESDE.. o ..HASTA</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>must be between 0 and 8784 hours</source>
        <translation>debe estar entre 0 y 8784 horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>columna desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer than 200 characters</source>
        <translation>tiene más de 200 caracteres</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a view starts with %1?</source>
        <translation>¿una vista empieza con %1?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown parameter (known: %1)</source>
        <translation>parámetro desconocido (conocidos: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number of hours</source>
        <translation>debe ser un número de horas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;only&quot; or &quot;originals&quot;</source>
        <translation>debe ser &quot;only&quot; u &quot;originals&quot;</translation>
    </message>
</context>
<context>
    <name>QueueSql</name>
    <message>
        <location filename="../core/queue/queuesql.cpp" line="+88"/>
        <source>the view names service %1, which the catalogue no longer has</source>
        <translation>la vista indica el servicio %1, que ya no está en el catálogo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the view names service group %1, which the catalogue no longer has</source>
        <translation>la vista indica el grupo de servicios %1, que ya no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>Readback</name>
    <message>
        <location filename="../core/intake/readback.cpp" line="+12"/>
        <source>expected by %1</source>
        <translation>fecha prevista: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceNumber</name>
    <message>
        <location filename="../core/domain/referencenumber.cpp" line="+73"/>
        <source>workstation code &quot;%1&quot; must be 3 characters from %2</source>
        <translation>el código de estación de trabajo &quot;%1&quot; debe tener 3 caracteres de entre %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date %1 is outside the reference range</source>
        <translation>la fecha %1 está fuera del rango de los números de referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this workstation has used all %1 reference numbers for %2</source>
        <translation>esta estación de trabajo ya usó los %1 números de referencia disponibles para %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>dash</source>
        <translation>guion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as in %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../core/interop/requestexporter.cpp" line="+35"/>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>RequestImporter</name>
    <message>
        <location filename="../core/interop/requestimporter.cpp" line="+43"/>
        <source>service_request_id %1 appears twice (first at %2)</source>
        <translation>service_request_id %1 aparece dos veces (la primera en %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service_request_id %1 is already in the store</source>
        <translation>service_request_id %1 ya existe en el almacenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2: service_code: unknown service &quot;%3&quot;; a strict import accepts only services in the catalogue, so nothing was imported</source>
        <translation>%1%2: service_code: servicio desconocido &quot;%3&quot;; una importación estricta solo acepta servicios del catálogo, así que no se importó nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown service</source>
        <translation>servicio desconocido</translation>
    </message>
    <message>
        <location filename="../core/csvimport/csvprofiledetector.cpp" line="-50"/>
        <location filename="../core/interop/requestimporter.cpp" line="+30"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/interop/requestimporter.cpp" line="+7"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importación cancelada; no se importó nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: %3; no date in the file fits, so nothing was imported (add its format to &quot;date_formats&quot; in a mapping file)</source>
        <translation>%1:%2: %3; ninguna fecha del archivo corresponde, así que no se importó nada (agregue su formato a &quot;date_formats&quot; en un archivo de mapeo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a header and no rows</source>
        <translation>%1 tiene un encabezado y ninguna fila</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>request %1 (%2)</source>
        <translation>solicitud %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/accounts/role.cpp" line="+38"/>
        <source>Call taker</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <location filename="../core/geo/routingrules.cpp" line="+26"/>
        <source>%1: rules: expected an array of rules</source>
        <translation>%1: rules: se esperaba un arreglo de reglas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2: each rule must be an object</source>
        <translation>%1: %2: cada regla debe ser un objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2: expected a non-empty text</source>
        <translation>%1: %2: se esperaba un texto no vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2: a second rule for service %3 in district %4</source>
        <translation>%1: %2: una segunda regla para el servicio %3 en el distrito %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate rule</source>
        <translation>regla duplicada</translation>
    </message>
</context>
<context>
    <name>SavedViewListModel</name>
    <message>
        <location filename="../core/queue/savedviewlistmodel.cpp" line="+123"/>
        <source>%1 (cannot open)</source>
        <translation>%1 (no se puede abrir)</translation>
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
        <translation>name: de 1 a 200 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owner: is required</source>
        <translation>owner: es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared: a %1 may not share views</source>
        <translation>shared: el rol %1 no puede compartir vistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>view: no view of yours with id %1</source>
        <translation>view: no tiene ninguna vista con el id %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
</context>
<context>
    <name>ScenarioGrader</name>
    <message>
        <location filename="../core/training/scenariograder.cpp" line="+18"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no ticket</source>
        <translation>ninguna solicitud</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service: %1, as expected</source>
        <translation>servicio: %1, como se esperaba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service: %1, expected %2</source>
        <translation>servicio: %1, se esperaba %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>location: outside the city, no request made, as expected</source>
        <translation>ubicación: fuera de la ciudad, no se creó ninguna solicitud, como se esperaba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location: the address is outside the city, but request %1 was made for &quot;%2&quot;</source>
        <translation>ubicación: la dirección está fuera de la ciudad, pero se creó la solicitud %1 para &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>location: no position on the ticket, expected %1 (within %2 m)</source>
        <translation>ubicación: la solicitud no tiene posición, se esperaba %1 (a menos de %2 m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the caller&apos;s location</source>
        <translation>la ubicación del solicitante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>location: %1 m from the expected spot (within %2 m)</source>
        <translation>ubicación: a %1 m del punto esperado (máximo %2 m)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>location: &quot;%1&quot; is %2 m from %3, more than %4 m</source>
        <translation>ubicación: &quot;%1&quot; está a %2 m de %3, más de %4 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expected spot</source>
        <translation>el punto esperado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; not answered</source>
        <translation>&quot;%1&quot; sin respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; answered %2, expected %3</source>
        <translation>&quot;%1&quot; respondida con %2, se esperaba %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required answers</source>
        <translation>Respuestas obligatorias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: every required answer given</source>
        <translation>atributos: se dieron todas las respuestas obligatorias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: %1</source>
        <translation>atributos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attributes: no request made, so no answers recorded</source>
        <translation>atributos: no se creó ninguna solicitud, así que no se registraron respuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge base: article %1 used</source>
        <translation>base de conocimientos: se usó el artículo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge base: no article used, expected %1</source>
        <translation>base de conocimientos: no se usó ningún artículo, se esperaba %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge base: article %1 used, expected %2</source>
        <translation>base de conocimientos: se usó el artículo %1, se esperaba %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: linked to the existing request</source>
        <translation>duplicado: vinculada a la solicitud existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: an open request already exists nearby and was not linked</source>
        <translation>duplicado: ya existe una solicitud abierta cerca y no se vinculó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate: correctly not linked</source>
        <translation>duplicado: correctamente no vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate: linked, but this call is a new problem</source>
        <translation>duplicado: vinculada, pero esta llamada es un problema nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>911 transfer</source>
        <translation>Transferencia al 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: transferred, as the emergency required</source>
        <translation>911: transferida, como exigía la emergencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: this was an emergency and was not transferred to 911</source>
        <translation>911: era una emergencia y no se transfirió al 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>911: correctly not transferred</source>
        <translation>911: correctamente no transferida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>911: transferred, but this was not an emergency</source>
        <translation>911: transferida, pero no era una emergencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrap-up: %1</source>
        <translation>cierre: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrap-up: %1, expected %2</source>
        <translation>cierre: %1, se esperaba %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time: %1, within %2</source>
        <translation>tiempo: %1, dentro de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time: %1, over the limit of %2</source>
        <translation>tiempo: %1, supera el límite de %2</translation>
    </message>
</context>
<context>
    <name>ScenarioJson</name>
    <message>
        <location filename="../core/training/scenariojson.cpp" line="+29"/>
        <source>unknown field (known: %1)</source>
        <translation>campo desconocido (conocidos: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+136"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a time such as &quot;0:40&quot; or a number of seconds</source>
        <translation>debe ser una duración como &quot;0:40&quot; o un número de segundos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: line %2: not valid JSON (%3)</source>
        <translation>%1: línea %2: JSON no válido (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the scenario must be a JSON object</source>
        <translation>%1: el escenario debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;civicdesk-scenario&quot;</source>
        <translation>debe ser &quot;civicdesk-scenario&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use lower-case letters, digits and dashes (at most 80)</source>
        <translation>use letras minúsculas, dígitos y guiones (como máximo 80)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be beginner, intermediate or advanced</source>
        <translation>debe ser beginner, intermediate o advanced</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+85"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>must be a non-empty list of lines</source>
        <translation>debe ser una lista no vacía de líneas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs exactly one of &quot;say&quot; and &quot;event&quot;</source>
        <translation>necesita exactamente uno de &quot;say&quot; y &quot;event&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: the outcomes the call is graded on</source>
        <translation>falta: los resultados con los que se evalúa la llamada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown service &quot;%1&quot; (not in the catalogue)</source>
        <translation>servicio desconocido &quot;%1&quot; (no está en el catálogo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs expected.service_code: attributes belong to a service</source>
        <translation>necesita expected.service_code: los atributos pertenecen a un servicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a value key (a string), or &quot;&quot; for any answer</source>
        <translation>debe ser una clave de valor (una cadena), o &quot;&quot; para cualquier respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of attribute codes or an object of code: value</source>
        <translation>debe ser una lista de códigos de atributo o un objeto código: valor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service %1 has no attribute &quot;%2&quot;</source>
        <translation>el servicio %1 no tiene el atributo &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of the attribute&apos;s values</source>
        <translation>&quot;%1&quot; no es uno de los valores del atributo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be between 0 and 5000 metres</source>
        <translation>debe estar entre 0 y 5000 metros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lat/lon out of range</source>
        <translation>lat/lon fuera de rango</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an address of this city</source>
        <translation>&quot;%1&quot; no es una dirección de esta ciudad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs an address, lat and lon, or outside_city</source>
        <translation>necesita una dirección, lat y lon, u outside_city</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown knowledge-base article &quot;%1&quot;</source>
        <translation>artículo de la base de conocimientos desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown wrap-up code &quot;%1&quot;</source>
        <translation>código de cierre desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <location filename="../core/training/scenariolibrary.cpp" line="+78"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: larger than 1 MB, not a scenario</source>
        <translation>%1: mayor de 1 MB, no es un escenario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../core/sync/serverconnection.cpp" line="+11"/>
        <source>the server %1 refused the user name or password; check them in the connection settings</source>
        <translation>el servidor %1 rechazó el nombre de usuario o la contraseña; revíselos en la configuración de la conexión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection to %1 was lost; your work is kept and will sync when it is back</source>
        <translation>se perdió la conexión con %1; su trabajo se conserva y se sincronizará cuando vuelva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the secure connection to %1 failed (TLS verification): %2</source>
        <translation>falló la conexión segura con %1 (verificación TLS): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server %1 cannot be reached; your work is kept and will sync when it is back</source>
        <translation>no se puede acceder al servidor %1; su trabajo se conserva y se sincronizará cuando vuelva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server %1 has no such database: %2</source>
        <translation>el servidor %1 no tiene esa base de datos: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server %1 reported: %2</source>
        <translation>el servidor %1 informó: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no server is configured for this profile</source>
        <translation>no hay ningún servidor configurado para este perfil</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server %1 has no CivicDesk schema; an administrator runs &quot;civicdesk-cli server init&quot; first</source>
        <translation>el servidor %1 no tiene el esquema de CivicDesk; un administrador debe ejecutar primero &quot;civicdesk-cli server init&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server %1 has schema %2, older than this CivicDesk needs (%3); an administrator runs &quot;civicdesk-cli server init&quot; to upgrade it</source>
        <translation>el servidor %1 tiene el esquema %2, anterior al que necesita esta versión de CivicDesk (%3); un administrador debe ejecutar &quot;civicdesk-cli server init&quot; para actualizarlo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server %1 has schema %2, newer than this CivicDesk understands (up to %3); update CivicDesk on this workstation</source>
        <translation>el servidor %1 tiene el esquema %2, más reciente de lo que entiende esta versión de CivicDesk (hasta el %3); actualice CivicDesk en esta estación de trabajo</translation>
    </message>
</context>
<context>
    <name>ServerMigrator</name>
    <message>
        <location filename="../core/sync/servermigrator.cpp" line="+63"/>
        <source>the server has schema %1, newer than this CivicDesk understands (up to %2); use a newer civicdesk-cli</source>
        <translation>el servidor tiene el esquema %1, más reciente de lo que entiende esta versión de CivicDesk (hasta el %2); use un civicdesk-cli más reciente</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>server migration %1, line %2: %3</source>
        <translation>migración del servidor %1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server migration %1: %2</source>
        <translation>migración de servidor %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server migration %1 ends the migrator&apos;s transaction itself (remove its BEGIN/COMMIT)</source>
        <translation>la migración del servidor %1 termina ella misma la transacción del migrador (quite su BEGIN/COMMIT)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>password: must not be empty</source>
        <translation>password: no debe estar vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
</context>
<context>
    <name>ServerPublisher</name>
    <message>
        <location filename="../core/sync/serverpublisher.cpp" line="+38"/>
        <source>%1: id: is required</source>
        <translation>%1: id: es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../core/sync/serversettings.cpp" line="+35"/>
        <source>server URL &quot;%1&quot; must look like postgresql://host:5432/database</source>
        <translation>la URL del servidor &quot;%1&quot; debe tener la forma postgresql://host:5432/database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a postgresql:// URL</source>
        <translation>no es una URL postgresql://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sslmode &quot;%1&quot; must be one of %2</source>
        <translation>sslmode &quot;%1&quot; debe ser uno de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mode</source>
        <translation>modo desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sslmode %1 needs a CA certificate file</source>
        <translation>sslmode %1 necesita un archivo de certificado de CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required for %1</source>
        <translation>es obligatorio para %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is a training sandbox: it never connects to a server</source>
        <translation>%1 es un entorno de formación: nunca se conecta a un servidor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the settings file %1</source>
        <translation>no se puede escribir el archivo de configuración %1</translation>
    </message>
</context>
<context>
    <name>ServiceImporter</name>
    <message>
        <location filename="../core/interop/serviceimporter.cpp" line="+22"/>
        <source>service %1 (%2)</source>
        <translation>servicio %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service_code %1 appears twice</source>
        <translation>service_code %1 aparece dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>description: longer than 4,000 characters</source>
        <translation>description: tiene más de 4000 caracteres</translation>
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
        <translation>En la pantalla</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <location filename="../core/sla/slaclock.cpp" line="+70"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>quedan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %1</source>
        <translation>vencida hace %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused, %1 left</source>
        <translation>en pausa, quedan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed by %1</source>
        <translation>incumplido por %1</translation>
    </message>
</context>
<context>
    <name>SqliteMigrator</name>
    <message>
        <location filename="../core/store/sqlitemigrator.cpp" line="+37"/>
        <source>migration %1: %2</source>
        <translation>migración %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migration %1 ends the migrator&apos;s transaction itself (remove its BEGIN/COMMIT)</source>
        <translation>la migración %1 termina ella misma la transacción del migrador (quite su BEGIN/COMMIT)</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <location filename="../core/store/storebackup.cpp" line="+43"/>
        <source>%1: cannot start the backup: %2</source>
        <translation>%1: no se puede iniciar la copia de seguridad: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the backup failed: %2</source>
        <translation>%1: falló la copia de seguridad: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: no se puede crear: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot rename the finished backup</source>
        <translation>%1: no se puede cambiar el nombre de la copia de seguridad terminada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a sound CivicDesk store: %2</source>
        <translation>%1 no es un almacenamiento de CivicDesk en buen estado: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot copy %1 into the profile %2</source>
        <translation>no se puede copiar %1 en el perfil %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot move the store %1 aside</source>
        <translation>no se puede apartar el almacenamiento %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot put the restored store in place at %1</source>
        <translation>no se puede colocar el almacenamiento restaurado en %1</translation>
    </message>
</context>
<context>
    <name>StoreRecoveryPrompt</name>
    <message>
        <location filename="../widgets/shell/storerecoveryprompt.cpp" line="+19"/>
        <source>The local store %1 is damaged and was not opened.

SQLite&apos;s check reported: %2</source>
        <translation>El almacenamiento local %1 está dañado y no se abrió.

La comprobación de SQLite informó: %2</translation>
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
        <translation>No hay ninguna copia de seguridad en buen estado en %1. Llame a soporte antes de volver a usar este perfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the newest good backup, from %1? Changes the damaged store still holds and that have not reached the server yet are carried over. The damaged file is kept beside it.</source>
        <translation>¿Restaurar la copia de seguridad en buen estado más reciente, del %1? Se trasladan los cambios que aún contiene el almacenamiento dañado y que todavía no han llegado al servidor. El archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup from %1 was restored; %2 unsynced change(s) were carried over.</source>
        <translation>Se restauró la copia de seguridad del %1; se trasladaron %2 cambio(s) sin sincronizar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <location filename="../core/sync/syncsession.cpp" line="+105"/>
        <source>the server did not answer for change %1</source>
        <translation>el servidor no respondió al cambio %1</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>server catalogue version %1</source>
        <translation>versión del catálogo del servidor %1</translation>
    </message>
</context>
<context>
    <name>ThemeSetting</name>
    <message>
        <location filename="../core/appearance/themesetting.cpp" line="+20"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot write the settings file %1</source>
        <translation>no se puede escribir el archivo de configuración %1</translation>
    </message>
</context>
<context>
    <name>TicketActionCommand</name>
    <message>
        <location filename="../widgets/queue/ticketactioncommand.cpp" line="+29"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <location filename="../core/commands/ticketcommands.cpp" line="+79"/>
        <source>note: the text is empty</source>
        <translation>note: el texto está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>note: longer than %1 characters</source>
        <translation>note: tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+110"/>
        <location line="+14"/>
        <source>too long</source>
        <translation>demasiado larga</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>a %1 may not do this</source>
        <translation>el rol %1 no puede hacer esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a %1 may change only one ticket at a time</source>
        <translation>el rol %1 solo puede cambiar una solicitud a la vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tickets given</source>
        <translation>no se indicó ninguna solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no such ticket</source>
        <translation>no existe esa solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed meanwhile (version %1, expected %2)</source>
        <translation>modificada mientras tanto (versión %1, se esperaba %2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>assignee: longer than 200 characters</source>
        <translation>assignee: tiene más de 200 caracteres</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>parent: no ticket with reference %1</source>
        <translation>parent: no hay ninguna solicitud con la referencia %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>parent: %1 is itself a duplicate; merge into its original</source>
        <translation>parent: %1 es a su vez un duplicado; fusione en su original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a duplicate</source>
        <translation>es un duplicado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is the parent itself</source>
        <translation>es la propia solicitud original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already merged into %1</source>
        <translation>ya se fusionó en %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>canned response: no response with id %1</source>
        <translation>respuesta predefinida: no hay ninguna respuesta con el id %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response &quot;%1&quot; is for service %2</source>
        <translation>la respuesta &quot;%1&quot; es para el servicio %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing to undo: notes stay, they are insert-only</source>
        <translation>no hay nada que deshacer: las notas se conservan, solo se pueden agregar</translation>
    </message>
</context>
<context>
    <name>TicketJson</name>
    <message>
        <location filename="../core/tickets/ticketjson.cpp" line="+31"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no time zone (add Z or an offset such as -05:00)</source>
        <translation>&quot;%1&quot; no tiene zona horaria (agregue Z o un desfase como -05:00)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-%2 to %2)</source>
        <translation>%1 está fuera del rango (-%2 a %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; no es un UUID</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown status &quot;%1&quot; (one of: %2)</source>
        <translation>estado desconocido &quot;%1&quot; (valores posibles: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lat and long go together</source>
        <translation>lat y long deben indicarse juntas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown channel &quot;%1&quot; (one of: %2)</source>
        <translation>canal desconocido &quot;%1&quot; (valores posibles: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown priority &quot;%1&quot; (low, normal, high, urgent)</source>
        <translation>prioridad desconocida &quot;%1&quot; (low, normal, high, urgent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object of attribute code to value</source>
        <translation>debe ser un objeto que asocie cada código de atributo con su valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values must be strings or numbers</source>
        <translation>los valores deben ser cadenas de texto o números</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a string, a number or an array</source>
        <translation>debe ser una cadena de texto, un número o un arreglo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a note needs text</source>
        <translation>una nota necesita texto</translation>
    </message>
</context>
<context>
    <name>TicketSaveWorker</name>
    <message>
        <location filename="../core/intake/ticketsaveworker.cpp" line="+42"/>
        <source>the ticket was not saved: %1</source>
        <translation>la solicitud no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+57"/>
        <source>requested_datetime: is required when service_request_id is given</source>
        <translation>requested_datetime: es obligatorio cuando se indica service_request_id</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+125"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>id: ticket %1 is already in this store</source>
        <translation>id: la solicitud %1 ya existe en este almacenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>service_request_id: %1 is already in this store</source>
        <translation>service_request_id: %1 ya existe en este almacenamiento</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+13"/>
        <source>ticket %1: %2</source>
        <translation>solicitud %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an imported ticket needs its id and service_request_id</source>
        <translation>una solicitud importada necesita su id y su service_request_id</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>ticket %1 (%2): %3</source>
        <translation>solicitud %1 (%2): %3</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>import cancelled; nothing was imported</source>
        <translation>importación cancelada; no se importó nada</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>no ticket with reference %1</source>
        <translation>no hay ninguna solicitud con la referencia %1</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../core/domain/ticketstatus.cpp" line="+10"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action scheduled</source>
        <translation>Acción programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not our responsibility</source>
        <translation>Fuera de nuestra competencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TicketTarget</name>
    <message>
        <location filename="../core/commands/tickettarget.cpp" line="+17"/>
        <source>ticket &quot;%1&quot;: the version after @ must be a positive number</source>
        <translation>solicitud &quot;%1&quot;: la versión después de @ debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad version</source>
        <translation>versión incorrecta</translation>
    </message>
</context>
<context>
    <name>TicketValidator</name>
    <message>
        <location filename="../core/tickets/ticketvalidator.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a question of service %2</source>
        <translation>&quot;%1&quot; no es una pregunta del servicio %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>takes one value, not %1</source>
        <translation>admite un solo valor, no %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not one of the listed values</source>
        <translation>&quot;%1&quot; no es uno de los valores de la lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>must be plain text, not HTML</source>
        <translation>debe ser texto sin formato, no HTML</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+61"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown service code &quot;%1&quot;</source>
        <translation>código de servicio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is %1 characters; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than 64 characters</source>
        <translation>tiene más de 64 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lat and long go together</source>
        <translation>lat y long deben indicarse juntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range (-90 to 90)</source>
        <translation>%1 está fuera del rango (-90 a 90)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (-180 to 180)</source>
        <translation>%1 está fuera del rango (-180 a 180)</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <location filename="../map/tiles/tileloader.cpp" line="+137"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>TilePyramid</name>
    <message>
        <location filename="../map/render/tilepyramid.cpp" line="+19"/>
        <source>the area to render is empty</source>
        <translation>la zona que dibujar está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zoom %1-%2: levels from 0 to %3, lowest first</source>
        <translation>zoom %1-%2: niveles de 0 a %3, el más bajo primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 0 to 20</source>
        <translation>de 0 a 20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tile scale %1: 1 or 2</source>
        <translation>escala de tesela %1: 1 o 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 or 2</source>
        <translation>1 o 2</translation>
    </message>
</context>
<context>
    <name>TrainingAttempt</name>
    <message>
        <location filename="../core/training/trainingattempt.cpp" line="+15"/>
        <source>no call %1 in the call log</source>
        <translation>no existe la llamada %1 en el registro de llamadas</translation>
    </message>
</context>
<context>
    <name>TrainingResultLog</name>
    <message>
        <location filename="../core/training/trainingresultlog.cpp" line="+23"/>
        <source>%1: cannot save the training result: %2</source>
        <translation>%1: no se puede guardar el resultado de la formación: %2</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../core/settings/uilanguage.cpp" line="+54"/>
        <source>unknown language &quot;%1&quot; in the settings; the system language is used</source>
        <translation>idioma desconocido «%1» en la configuración; se usa el idioma del sistema</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the translation %1 is missing or damaged; English is used</source>
        <translation>la traducción %1 falta o está dañada; se usa el inglés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the English translation in %1 is missing or damaged too; plural forms may read &quot;(s)&quot;</source>
        <translation>la traducción inglesa de %1 también falta o está dañada; los plurales pueden leerse «(s)»</translation>
    </message>
</context>
<context>
    <name>WrapUpCode</name>
    <message>
        <location filename="../core/intake/wrapupcode.cpp" line="+10"/>
        <source>Ticket created</source>
        <translation>Solicitud creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on call</source>
        <translation>Resuelta en la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information only</source>
        <translation>Solo consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of an existing ticket</source>
        <translation>Duplicado de una solicitud existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller hung up</source>
        <translation>El solicitante colgó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::AuditTrailModel</name>
    <message>
        <location filename="../core/models/audittrailmodel.cpp" line="+30"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::ConflictListModel</name>
    <message>
        <location filename="../core/sync/conflictlistmodel.cpp" line="+89"/>
        <source>Ticket</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the server refused it</source>
        <translation>Motivo del rechazo del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::ImportPreviewModel</name>
    <message>
        <location filename="../core/interop/importpreviewmodel.cpp" line="+34"/>
        <source>Open311 GeoReport v2: %1</source>
        <translation>Open311 GeoReport v2: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repaired: %1</source>
        <translation>reparado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (time zone %2)</source>
        <translation>%1 (zona horaria %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped because</source>
        <translation>Omitida por</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::TicketListModel</name>
    <message>
        <location filename="../core/models/ticketlistmodel.cpp" line="+72"/>
        <source>Past its expected date</source>
        <translation>Fecha prevista vencida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::TicketNotesModel</name>
    <message>
        <location filename="../core/models/ticketnotesmodel.cpp" line="+15"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="+14"/>
        <source>About CivicDesk</source>
        <translation>Acerca de CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;CivicDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for 311 call centres.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CivicDesk %1&lt;/h2&gt;&lt;p&gt;Una consola de escritorio para centros de llamadas 311.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;CivicDesk&lt;/h3&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0. You may not use this program except in compliance with the License. Distributed on an &quot;AS IS&quot; BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.&lt;/p&gt;&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;The Qt Toolkit is used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt is a trademark of The Qt Company Ltd.&lt;/p&gt;&lt;h3&gt;SQLite&lt;/h3&gt;&lt;p&gt;SQLite is in the public domain.&lt;/p&gt;&lt;h3&gt;Map data&lt;/h3&gt;&lt;p&gt;Maps drawn from OpenStreetMap data: © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk&lt;/h3&gt;&lt;p&gt;Distribuido bajo la Apache License, Version 2.0. Solo puede usar este programa de conformidad con la licencia. Se distribuye &quot;TAL CUAL&quot;, SIN GARANTÍAS NI CONDICIONES DE NINGÚN TIPO.&lt;/p&gt;&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;El kit de herramientas Qt se usa bajo la GNU Lesser General Public License, versión 3 (LGPL-3.0). Qt es una marca comercial de The Qt Company Ltd.&lt;/p&gt;&lt;h3&gt;SQLite&lt;/h3&gt;&lt;p&gt;SQLite es de dominio público.&lt;/p&gt;&lt;h3&gt;Datos de mapas&lt;/h3&gt;&lt;p&gt;Mapas elaborados con datos de OpenStreetMap: © colaboradores de OpenStreetMap, disponibles bajo la Open Database License (ODbL 1.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AppearanceMenu</name>
    <message>
        <location filename="../widgets/appearance/appearancemenu.cpp" line="+18"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Seguir los colores claros u oscuros del escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White on black with yellow focus and selection</source>
        <translation>Blanco sobre negro, con el foco y la selección en amarillo</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::AttributeForm</name>
    <message>
        <location filename="../widgets/intake/attributeform.cpp" line="+57"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not given (Space: now)</source>
        <translation>Sin indicar (Espacio: ahora)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Type a number, e.g. 3</source>
        <translation>Escriba un número, p. ej. 3</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallHeader</name>
    <message>
        <location filename="../widgets/intake/callheader.cpp" line="+18"/>
        <source>Call timer</source>
        <translation>Cronómetro de la llamada</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallPages</name>
    <message>
        <location filename="../widgets/intake/callpages.cpp" line="+20"/>
        <source>&lt;p style=&apos;font-size:16pt&apos;&gt;No call in progress.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;%1&lt;/b&gt; to take a new call.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:16pt&apos;&gt;No hay ninguna llamada en curso.&lt;/p&gt;&lt;p&gt;Presione &lt;b&gt;%1&lt;/b&gt; para atender una nueva llamada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::CallerPanel</name>
    <message>
        <location filename="../widgets/intake/callerpanel.cpp" line="+8"/>
        <source>Caller phone number</source>
        <translation>Teléfono del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(555) 123-4567</source>
        <translation>(555) 123-4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller first name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller last name</source>
        <translation>Apellido del solicitante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller email</source>
        <translation>Correo electrónico del solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anonymous caller</source>
        <translation>Solicitante anóni&amp;mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous caller</source>
        <translation>Solicitante anónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller does not give a name or email; neither goes on the ticket</source>
        <translation>El solicitante no da su nombre ni su correo electrónico; ninguno de los dos figura en la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller history</source>
        <translation>Historial del solicitante</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+121"/>
        <source>History appears when the number is entered.</source>
        <translation>El historial aparece al introducir el número.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name (first, last):</source>
        <translation>N&amp;ombre y apellido:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not a valid phone number</source>
        <translation>Número de teléfono no válido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a valid email address</source>
        <translation>Dirección de correo electrónico no válida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First call from %1.</source>
        <translation>Primera llamada desde %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n earlier ticket(s)</source>
        <translation>
            <numerusform>%1: %n solicitud anterior</numerusform>
            <numerusform>%1: %n solicitudes anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n call(s)</source>
        <translation>
            <numerusform>, %n llamada</numerusform>
            <numerusform>, %n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ConflictsDialog</name>
    <message>
        <location filename="../widgets/sync/conflictsdialog.cpp" line="+19"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused these changes. The rest of your work synced. Send one again after the cause is fixed, or discard it.</source>
        <translation>El servidor rechazó estos cambios. El resto de su trabajo se sincronizó. Vuelva a enviar uno cuando se haya corregido la causa, o descártelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send &amp;again</source>
        <translation>Reenvi&amp;ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the change back in the outbox (Alt+A)</source>
        <translation>Volver a poner el cambio en la bandeja de salida (Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this change; the server&apos;s version stays (Alt+D)</source>
        <translation>Olvidar este cambio; se conserva la versión del servidor (Alt+D)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DashboardView</name>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="+35"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the charts to</source>
        <translation>Exportar los gráficos a</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Click a bar to open its tickets</source>
        <translation>Haga clic en una barra para abrir sus solicitudes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0-2 days</source>
        <translation>0-2 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-7 days</source>
        <translation>3-7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8-30 days</source>
        <translation>8-30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over 30 days</source>
        <translation>más de 30 días</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open backlog by age</source>
        <translation>Solicitudes abiertas por antigüedad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backlog</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tickets · closed within SLA: %2 · SLA consumed (open): %3</source>
        <translation>%1 solicitudes · cerradas dentro del SLA: %2 · SLA consumido (abiertas): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets by day</source>
        <translation>Solicitudes por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>tickets</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tickets by week</source>
        <translation>Solicitudes por semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by hour of day</source>
        <translation>Solicitudes por hora del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by service group</source>
        <translation>Solicitudes por grupo de servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets by channel</source>
        <translation>Solicitudes por canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% closed within SLA by agency</source>
        <translation>% cerradas dentro del SLA por organismo</translation>
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
        <translation>% cerradas dentro del SLA por servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median hours to close</source>
        <translation>Mediana de horas hasta el cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>90th percentile hours to close</source>
        <translation>Percentil 90 de horas hasta el cierre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (avg %2 s)</source>
        <translation>%1 (prom. %2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls by call taker</source>
        <translation>Llamadas por operador</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap-up codes</source>
        <translation>Códigos de cierre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the folder is not writable</source>
        <translation>%1: no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write</source>
        <translation>%1: no se puede escribir</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DemoConsole</name>
    <message>
        <location filename="../widgets/training/democonsole.cpp" line="+72"/>
        <source>The demo profile cannot be opened:

%1

Reset the demo? Everything done in it is lost; training results are kept.</source>
        <translation>No se puede abrir el perfil de la demo:

%1

¿Restablecer la demo? Se pierde todo lo hecho en ella; los resultados de formación se conservan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>Resetting the demo…</source>
        <translation>Restableciendo la demo…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The reset failed:

%1</source>
        <translation>No se pudo restablecer:

%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the demo city (a few seconds, only the first time)…</source>
        <translation>Creando la ciudad de demostración (unos segundos, solo la primera vez)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo could not be prepared:

%1</source>
        <translation>No se pudo preparar la demo:

%1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The training sandbox never connects to a server</source>
        <translation>El entorno de formación nunca se conecta a un servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;raining</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &amp;player</source>
        <translation>Reproductor de &amp;escenarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainer&apos;s &amp;results…</source>
        <translation>&amp;Resultados del instructor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;demo…</source>
        <translation>Restablecer &amp;demo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the demo city back as it was generated (training results are kept)</source>
        <translation>Devolver la ciudad de demostración a su estado inicial (los resultados de formación se conservan)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reset demo</source>
        <translation>Restablecer demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the demo city back as it was generated? Tickets, calls and knowledge-base edits made since are lost; training results are kept.</source>
        <translation>¿Devolver la ciudad de demostración a su estado inicial? Se pierden las solicitudes, llamadas y ediciones de la base de conocimientos hechas desde entonces; los resultados de formación se conservan.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::DescriptionEdit</name>
    <message>
        <location filename="../widgets/intake/descriptionedit.cpp" line="+19"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the caller says, in their words</source>
        <translation>Lo que dice el solicitante, en sus propias palabras</translation>
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
        <translation>Sobran %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML is not accepted; type plain text</source>
        <translation>No se acepta HTML; escriba texto sin formato</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EmergencyBanner</name>
    <message>
        <location filename="../widgets/intake/emergencybanner.cpp" line="+17"/>
        <source>Emergency: transfer to 911</source>
        <translation>Emergencia: transferir al 911</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>Transferred to 911</source>
        <translation>Transferida al 911</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Not an emergency</source>
        <translation>No es una emergencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this warning for the words shown</source>
        <translation>Ocultar esta advertencia para las palabras mostradas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Possible emergency: %1. Transfer the caller to 911 now.</source>
        <translation>Posible emergencia: %1. Transfiera al solicitante al 911 ahora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transfer to 911 logged</source>
        <translation>Transferencia al 911 registrada</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EmergencyMonitor</name>
    <message>
        <location filename="../widgets/intake/emergencymonitor.cpp" line="+46"/>
        <source>Transfer not logged</source>
        <translation>Transferencia no registrada</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::EscalationButton</name>
    <message numerus="yes">
        <location filename="../widgets/queue/escalationbutton.cpp" line="+37"/>
        <source>Overdue tickets and those due within %n hour(s)</source>
        <translation>
            <numerusform>Solicitudes vencidas y las que vencen en menos de %n hora</numerusform>
            <numerusform>Solicitudes vencidas y las que vencen en menos de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations: …</source>
        <translation>Escalamientos: …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalations: %1</source>
        <translation>Escalamientos: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Escalations</source>
        <translation>Escalamientos</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ExportDialog</name>
    <message>
        <location filename="../widgets/interop/exportdialog.cpp" line="+34"/>
        <location line="+110"/>
        <location line="+46"/>
        <source>Export requests</source>
        <translation>Exportar solicitudes</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>File to write</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Formato</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>Solo abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed only</source>
        <translation>Solo cerradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;since:</source>
        <translation>Solicitadas &amp;desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested since</source>
        <translation>Solicitadas desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extensions: public notes, channel, district, duplicate parent</source>
        <translation>Exte&amp;nsiones: notas públicas, canal, distrito, solicitud original de los duplicados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the first requests</source>
        <translation>Vista previa de las primeras solicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (first 3 requests):</source>
        <translation>Vista previa (primeras 3 solicitudes):</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a file to write first.</source>
        <translation>Primero elija un archivo de destino.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not exported: %1 was kept.</source>
        <translation>No se exportó: se conservó %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::HelpController</name>
    <message>
        <location filename="../widgets/help/helpcontroller.cpp" line="+17"/>
        <source>&amp;Quick reference</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflows and shortcuts, opened at the screen you are on</source>
        <translation>Flujos de trabajo y atajos, abiertos en la pantalla en la que está</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::HelpWindow</name>
    <message>
        <location filename="../widgets/help/helpwindow.cpp" line="+22"/>
        <location line="+89"/>
        <source>CivicDesk quick reference</source>
        <translation>Guía rápida de CivicDesk</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help page</source>
        <translation>Página de ayuda</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the menus as they are now, so changed keys show here.</source>
        <translation>Se leen de los menús tal como están ahora, así que aquí aparecen las teclas cambiadas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no shortcut)</source>
        <translation>(sin atajo)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ImportDialog</name>
    <message>
        <location filename="../widgets/interop/importdialog.cpp" line="+32"/>
        <location line="+99"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 service requests (JSON or XML)</source>
        <translation>Solicitudes de servicio Open311 (JSON o XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311 services or service definition</source>
        <translation>Servicios o definición de servicio Open311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: detect the city&apos;s export (auto)</source>
        <translation>CSV: detectar la exportación de la ciudad (automático)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: NYC Open Data 311</source>
        <translation>CSV: NYC Open Data 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: DataSF 311 Cases</source>
        <translation>CSV: DataSF 311 Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: Boston 311</source>
        <translation>CSV: Boston 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: LA MyLA311</source>
        <translation>CSV: LA MyLA311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: CivicDesk export</source>
        <translation>CSV: exportación de CivicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: with a mapping file</source>
        <translation>CSV: con un archivo de mapeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file</source>
        <translation>Archivo de mapeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping file (JSON), for &quot;CSV: with a mapping file&quot;</source>
        <translation>Archivo de mapeo (JSON), para &quot;CSV: con un archivo de mapeo&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strict: refuse the import if a service is not in the catalogue</source>
        <translation>&amp;Estricta: rechazar la importación si un servicio no está en el catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapeo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (first %1 rows):</source>
        <translation>Vista previa (primeras %1 filas):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open311 and CSV files (*.json *.xml *.csv);;All files (*)</source>
        <translation>Archivos Open311 y CSV (*.json *.xml *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>a CSV file; its columns are matched when it is read</source>
        <translation>un archivo CSV; sus columnas se asocian al leerlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format not recognised: choose it below.</source>
        <translation>Formato no reconocido: elíjalo abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised: %1</source>
        <translation>Reconocido: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IncomingCallBar</name>
    <message>
        <location filename="../widgets/intake/incomingcallbar.cpp" line="+22"/>
        <source>Park current call</source>
        <translation>Poner en espera la llamada actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the open call as an unfinished call and take the incoming one</source>
        <translation>Guardar la llamada abierta como llamada sin terminar y atender la entrante</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on the current call; the incoming number is not opened</source>
        <translation>Seguir en la llamada actual; el número entrante no se abre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming call %1 — Park current call (%2) or Ignore</source>
        <translation>Llamada entrante %1 — Poner en espera la llamada actual (%2) o Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(number withheld)</source>
        <translation>(número oculto)</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeActions</name>
    <message>
        <location filename="../widgets/intake/intakeactions.cpp" line="+15"/>
        <source>&amp;New call</source>
        <translation>&amp;Nueva llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new call: timer, caller and request</source>
        <translation>Iniciar una nueva llamada: cronómetro, solicitante y solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save request</source>
        <translation>&amp;Guardar solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and save the request, then read back the reference</source>
        <translation>Verificar y guardar la solicitud, y luego leer la referencia en voz alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Information only…</source>
        <translation>Solo c&amp;onsulta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a call that was only a question; no ticket</source>
        <translation>Terminar una llamada que solo fue una consulta; sin solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wrap up without ticket…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call: resolved, transferred, duplicate, hung up…</source>
        <translation>Terminar la llamada: resuelta, transferida, duplicada, colgó…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transferred to 911</source>
        <translation>&amp;Transferida al 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log on this call that the caller was transferred to 911</source>
        <translation>Registrar en esta llamada que el solicitante fue transferido al 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard call…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this call&apos;s form (asks first)</source>
        <translation>Desechar el formulario de esta llamada (pide confirmación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo in form</source>
        <translation>Des&amp;hacer en el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change in the call form</source>
        <translation>Deshacer el último cambio en el formulario de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;do in form</source>
        <translation>Re&amp;hacer en el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change just undone in the call form</source>
        <translation>Rehacer el cambio que se acaba de deshacer en el formulario de la llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore unfinished call</source>
        <translation>&amp;Restaurar llamada sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the call that was open when CivicDesk stopped</source>
        <translation>Volver a abrir la llamada que estaba abierta cuando CivicDesk se detuvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link as &amp;duplicate</source>
        <translation>&amp;Vincular como duplicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this request as a duplicate of the chosen nearby ticket; the caller still gets a reference number</source>
        <translation>Guardar esta solicitud como duplicada de la solicitud cercana elegida; el solicitante recibe igualmente un número de referencia</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeForm</name>
    <message>
        <location filename="../widgets/intake/intakeform.cpp" line="+40"/>
        <source>Caller</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service type *</source>
        <translation>Ti&amp;po de servicio *</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+149"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Descri&amp;ption (plain text):</source>
        <translation>&amp;Descripción (texto sin formato):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Knowledge base article used: %1</source>
        <translation>Artículo de la base de conocimientos usado: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::IntakeWidget</name>
    <message>
        <location filename="../widgets/intake/intakewidget.cpp" line="+233"/>
        <source>Call in progress</source>
        <translation>Llamada en curso</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Draft not saved: %1</source>
        <translation>Borrador no guardado: %1</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Transferred to 911 (logged). Wrap up with %1.</source>
        <translation>Transferida al 911 (registrado). Finalice con %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved. The call is still open.</source>
        <translation>No se guardó. La llamada sigue abierta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1. Read it back, then finish the call.</source>
        <translation>Se guardó %1. Lea la referencia en voz alta y luego finalice la llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1, a duplicate of %2. Read it back.</source>
        <translation>Se guardó %1, duplicada de %2. Lea la referencia en voz alta.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::KbEditorDialog</name>
    <message>
        <location filename="../widgets/kb/kbeditordialog.cpp" line="+49"/>
        <source>Knowledge base editor</source>
        <translation>Editor de la base de conocimientos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New article</source>
        <translation>&amp;Nuevo artículo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Article id</source>
        <translation>Id del artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question variants</source>
        <translation>Variantes de la pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One way callers ask it per line</source>
        <translation>Una forma de preguntarlo por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call-taker script</source>
        <translation>Guion del agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service codes</source>
        <translation>Códigos de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer number</source>
        <translation>Número de transferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review by</source>
        <translation>Revisión hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scr&amp;ipt:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>Palabras &amp;clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>Categ&amp;oría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>Organis&amp;mo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice codes:</source>
        <translation>Códigos de ser&amp;vicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trans&amp;fer number:</source>
        <translation>Número de trans&amp;ferencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>Pú&amp;blico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation o&amp;f:</source>
        <translation>T&amp;raducción de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review by:</source>
        <translation>Revisión &amp;hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Responsab&amp;le:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer (Markdown)</source>
        <translation>Respuesta (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer preview</source>
        <translation>Vista previa de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer (Markdown) and preview:</source>
        <translation>Resp&amp;uesta (Markdown) y vista previa:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in this version</source>
        <translation>Cambios en esta versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes:</source>
        <translation>&amp;Cambios:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Reviews due</source>
        <translation>Revisiones pendientes</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark reviewed (next review in a year)</source>
        <translation>Marcar como revi&amp;sado (próxima revisión en un año)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews &amp;due (overdue first):</source>
        <translation>Revisiones &amp;pendientes (vencidas primero):</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Version %1, %2, %3</source>
        <translation>Versión %1, %2, %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, flagged outdated</source>
        <translation>, marcado como obsoleto</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::KbPanel</name>
    <message>
        <location filename="../widgets/kb/kbpanel.cpp" line="+81"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Type the caller&apos;s words</source>
        <translation>Escriba las palabras de quien llama</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Search the knowledge base as you type</source>
        <translation>Buscar en la base de conocimientos mientras escribe</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Todo idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation>Filtro de organismo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agencies</source>
        <translation>Todo organismo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience filter</source>
        <translation>Filtro de público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Au&amp;dience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All audiences</source>
        <translation>Todo público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current (not retired)</source>
        <translation>Vigentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching articles</source>
        <translation>Artículos coincidentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Use in call</source>
        <translation>Usa&amp;r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this article on the current call</source>
        <translation>Registrar este artículo en la llamada actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;request</source>
        <translation>&amp;Crear solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the intake with this article&apos;s service chosen</source>
        <translation>Abrir el formulario de llamada con el servicio de este artículo ya elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not helpful</source>
        <translation>No es útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdated…</source>
        <translation>Obsoleto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag this article as outdated and say what is wrong</source>
        <translation>Marcar este artículo como obsoleto e indicar qué está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit articles, see their history and the reviews due</source>
        <translation>Editar artículos, ver su historial y las revisiones pendientes</translation>
    </message>
    <message numerus="yes">
        <location line="+143"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n artículo encontrado</numerusform>
            <numerusform>%n artículos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say:</source>
        <translation>Diga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer to:</source>
        <translation>Transferir a:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Flag as outdated</source>
        <translation>Marcar como obsoleto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is out of date in &quot;%1&quot;?</source>
        <translation>¿Qué está obsoleto en &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you: your feedback on &quot;%1&quot; was recorded.</source>
        <translation>Gracias: se registró su opinión sobre &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LikelyDuplicatePrompt</name>
    <message>
        <location filename="../widgets/intake/likelyduplicateprompt.cpp" line="+12"/>
        <source>Same problem?</source>
        <translation>¿El mismo problema?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as a duplicate of the existing ticket</source>
        <translation>Guardar como duplicado de la solicitud existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;new</source>
        <translation>Guardar como &amp;nueva</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Same problem as %1 (%2, %3)?</source>
        <translation>¿El mismo problema que %1 (%2, %3)?</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationInsightPanel</name>
    <message>
        <location filename="../widgets/intake/locationinsightpanel.cpp" line="+30"/>
        <source>Routing and possible duplicates</source>
        <translation>Asignación y posibles duplicados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>District:</source>
        <translation>Distrito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible &amp;duplicates (open, within %1, last %2):</source>
        <translation>Posibles d&amp;uplicados (abiertos, a menos de %1, últimos %2):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no location yet</source>
        <translation>aún sin ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside every district</source>
        <translation>fuera de todo distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a service type</source>
        <translation>elija un tipo de servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (service default)</source>
        <translation>%1 (predeterminada del servicio)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open request of this kind nearby.</source>
        <translation>No hay ninguna solicitud abierta de este tipo cerca.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open request nearby. The same problem? Link this call to it.</source>
        <translation>
            <numerusform>%n solicitud abierta cerca. ¿Es el mismo problema? Vincule esta llamada a ella.</numerusform>
            <numerusform>%n solicitudes abiertas cerca. ¿Es el mismo problema? Vincule esta llamada a una de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open requests nearby. The same problem? Select it and link.</source>
        <translation>
            <numerusform>%n solicitud abierta cerca. ¿Es el mismo problema? Selecciónela y vincule.</numerusform>
            <numerusform>%n solicitudes abiertas cerca. ¿Es el mismo problema? Selecciónela y vincule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationMap</name>
    <message>
        <location filename="../widgets/intake/locationmap.cpp" line="+26"/>
        <source>Location map</source>
        <translation>Mapa de ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to place the pin, or drag the pin: the address is looked up from the map</source>
        <translation>Haga clic para colocar el marcador, o arrástrelo: la dirección se obtiene del mapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+48"/>
        <source>Type an address and press Enter, or click the map.</source>
        <translation>Escriba una dirección y pulse Enter, o haga clic en el mapa.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Address suggestions</source>
        <translation>Sugerencias de direcciones</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No city map is imported: type the coordinates, or import the city layers (civicdesk-cli geo import).</source>
        <translation>No se ha importado ningún mapa de la ciudad: escriba las coordenadas o importe las capas de la ciudad (civicdesk-cli geo import).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+31"/>
        <source>Found: %1</source>
        <translation>Encontrada: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <location line="+9"/>
        <source>%1 is outside the jurisdiction</source>
        <translation>%1 está fuera de la jurisdicción</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No match for &quot;%1&quot;: the previous pin was removed. Check the address, or click the map.</source>
        <translation>No hay coincidencias para &quot;%1&quot;: se quitó el marcador anterior. Revise la dirección o haga clic en el mapa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No match for &quot;%1&quot;: check the address, or click the map</source>
        <translation>Sin resultados para &quot;%1&quot;: revise la dirección o haga clic en el mapa</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No city map is imported, so addresses cannot be placed: type the coordinates.</source>
        <translation>No se ha importado ningún mapa de la ciudad, así que no se pueden ubicar direcciones: escriba las coordenadas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nearest address: %1</source>
        <translation>Dirección más cercana: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address near this point; the coordinates are kept</source>
        <translation>No hay ninguna dirección cerca de este punto; se conservan las coordenadas</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::LocationSection</name>
    <message>
        <location filename="../widgets/intake/locationsection.cpp" line="+21"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number and street, or an intersection</source>
        <translation>Número y calle, o una intersección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40.7128</source>
        <translation>p. ej. 40.7128</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal degrees; N/S suffix allowed</source>
        <translation>Grados decimales; se admite el sufijo N/S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. -74.0060</source>
        <translation>p. ej. -74.0060</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal degrees; E/W suffix allowed</source>
        <translation>Grados decimales; se admite el sufijo E/W</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A&amp;ddress:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lat&amp;itude:</source>
        <translation>Latit&amp;ud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitud:</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+68"/>
        <source>Latitude: %1</source>
        <translation>Latitud: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <source>Longitude: %1</source>
        <translation>Longitud: %1</translation>
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
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the ticket list</source>
        <translation>Volver a cargar la lista de solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Open311 or 311 CSV requests and services</source>
        <translation>Importar solicitudes y servicios de Open311 o de CSV de 311</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export requests as Open311 JSON, XML or CSV</source>
        <translation>Exportar solicitudes como Open311 JSON, XML o CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find by reference…</source>
        <translation>&amp;Buscar por referencia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a note on the selected ticket</source>
        <translation>Escribir una nota en la solicitud seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the status of the selected ticket</source>
        <translation>Cambiar el estado de la solicitud seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copiar referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the reference number to the clipboard</source>
        <translation>Copiar el número de referencia al portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tickets</source>
        <translation>S&amp;olicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket &amp;list</source>
        <translation>Lis&amp;ta de solicitudes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status &amp;filter</source>
        <translation>&amp;Filtro de estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket map</source>
        <translation>Mapa de solicitudes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket &amp;map</source>
        <translation>&amp;Mapa de solicitudes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de conocimientos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show knowledge &amp;base panel</source>
        <translation>Mostrar &amp;panel de la base de conocimientos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Acerca de CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: </source>
        <translation>Estado: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only tickets with this status</source>
        <translation>Mostrar solo las solicitudes con este estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find by reference</source>
        <translation>Buscar por referencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No ticket with reference %1</source>
        <translation>No hay ninguna solicitud con la referencia %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Note added to %1</source>
        <translation>Nota agregada a %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is now %2</source>
        <translation>%1 ahora tiene el estado %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tickets not counted: %1</source>
        <translation>Solicitudes no contabilizadas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::MapView</name>
    <message>
        <location filename="../widgets/map/mapview.cpp" line="+32"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, mouse wheel or + and - to zoom, arrow keys to move</source>
        <translation>Arrastre para desplazar; rueda del ratón o + y - para el zoom; teclas de flecha para moverse</translation>
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
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server connection</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available (%1). The password is kept for this session only and asked for at the next start.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). La contraseña se conserva solo durante esta sesión y se volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maps opened from now on use the new map source.</source>
        <translation>Los mapas que se abran a partir de ahora usan la nueva fuente de mapa.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::PreferencesDialog</name>
    <message>
        <location filename="../widgets/settings/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;911 triggers</source>
        <translation>Disparadores del &amp;911</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;hortcuts</source>
        <translation>Ata&amp;jos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile&apos;s 911 triggers do not load (%1); the built-in list is shown.</source>
        <translation>Los disparadores del 911 del perfil no se cargan (%1); se muestra la lista integrada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Profile folder</source>
        <translation>Carpeta del perfil</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the profile folder</source>
        <translation>Elegir la carpeta del perfil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Profile folder:</source>
        <translation>&amp;Carpeta del perfil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the local store and these settings. A new folder is used from the next start; --profile and CIVICDESK_PROFILE still win over it. The current profile is %1.</source>
        <translation>Contiene el almacenamiento local y esta configuración. Una carpeta nueva se usa a partir del próximo inicio; --profile y CIVICDESK_PROFILE siguen teniendo prioridad sobre ella. El perfil actual es %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console switches language at once; an open call stays as it is.</source>
        <translation>La consola cambia de idioma de inmediato; una llamada abierta se queda como está.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;City renderer (offline, from the imported city layers)</source>
        <translation>&amp;Renderizador de la ciudad (sin conexión, a partir de las capas importadas de la ciudad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: offline city renderer</source>
        <translation>Fuente del mapa: renderizador de la ciudad sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB&amp;Tiles file</source>
        <translation>Archivo MB&amp;Tiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: MBTiles file</source>
        <translation>Fuente del mapa: archivo MBTiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Online tile server (XYZ)</source>
        <translation>Servidor de teselas en &amp;línea (XYZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map source: online tile server</source>
        <translation>Fuente del mapa: servidor de teselas en línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>MBTiles file</source>
        <translation>Archivo MBTiles</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the MBTiles file</source>
        <translation>Elegir el archivo MBTiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tile URL template</source>
        <translation>Plantilla de URL de las teselas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tile attribution</source>
        <translation>Atribución de las teselas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest zoom level of the tile server</source>
        <translation>Nivel de zoom máximo del servidor de teselas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attribution:</source>
        <translation>Atri&amp;bución:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest &amp;zoom:</source>
        <translation>&amp;Zoom máximo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training sandbox: the online tile server stays off.</source>
        <translation>Este es un entorno de formación: el servidor de teselas en línea permanece desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The online source needs the network and shows the provider&apos;s attribution. Maps opened after OK use the new source.</source>
        <translation>La fuente en línea necesita la red y muestra la atribución del proveedor. Los mapas que se abran después de pulsar Aceptar usan la nueva fuente.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ProblemsLabel</name>
    <message>
        <location filename="../widgets/intake/problemslabel.cpp" line="+23"/>
        <source>&lt;b&gt;Not saved. Still needed:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;No se guardó. Falta:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ProgressChart</name>
    <message>
        <location filename="../widgets/training/progresschart.cpp" line="+13"/>
        <source>Scores over time</source>
        <translation>Puntuaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores in percent, oldest first: %1</source>
        <translation>Puntuaciones en porcentaje, de la más antigua a la más reciente: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No graded calls yet</source>
        <translation>Aún no hay llamadas evaluadas</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::QueueFilterBar</name>
    <message>
        <location filename="../widgets/queue/queuefilterbar.cpp" line="+50"/>
        <source>%1: any</source>
        <translation>%1: cualquiera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search reference, address, description</source>
        <translation>Buscar referencia, dirección, descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
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
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Work queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Created from</source>
        <translation>Creada desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created to</source>
        <translation>Creada hasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due within hours</source>
        <translation>Vencen en (horas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due within: any</source>
        <translation>Vencen en: cualquier plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within </source>
        <translation>Vencen en </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates only</source>
        <translation>Solo duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals only</source>
        <translation>Solo originales</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>El primer día (%1) es posterior al último día (%2).</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::QueueView</name>
    <message>
        <location filename="../widgets/queue/queueview.cpp" line="+56"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open link…</source>
        <translation>Abrir enlace…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status…</source>
        <translation>Estado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority…</source>
        <translation>Prioridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respond…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>View &quot;%1&quot;: %2</source>
        <translation>Vista &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View &quot;%1&quot; cannot open: %2</source>
        <translation>No se puede abrir la vista &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the view &quot;%1&quot;</source>
        <translation>Se guardó la vista &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select tickets first.</source>
        <translation>Seleccione primero las solicitudes.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n ticket(s) changed</source>
        <translation>
            <numerusform>%1: %n solicitud modificada</numerusform>
            <numerusform>%1: %n solicitudes modificadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; not changed: %1</source>
        <translation>; sin modificar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign to %1</source>
        <translation>Asignar a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge into %1</source>
        <translation>Fusionar en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public note</source>
        <translation>Nota pública</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+136"/>
        <source>Canned response</source>
        <translation>Respuesta predefinida</translation>
    </message>
    <message numerus="yes">
        <location line="-124"/>
        <source>%n ticket(s) exported to %1</source>
        <translation>
            <numerusform>%n solicitud exportada a %1</numerusform>
            <numerusform>%n solicitudes exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue printed to %1</source>
        <translation>Cola impresa en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Assign %n ticket(s) to (empty: unassign):</source>
        <translation>
            <numerusform>Asignar %n solicitud a (vacío: quitar asignación):</numerusform>
            <numerusform>Asignar %n solicitudes a (vacío: quitar asignación):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New status:</source>
        <translation>Nuevo estado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public note (optional):</source>
        <translation>Nota pública (opcional):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New priority:</source>
        <translation>Nueva prioridad:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference of the original ticket:</source>
        <translation>Referencia de la solicitud original:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Note for %n ticket(s):</source>
        <translation>
            <numerusform>Nota para %n solicitud:</numerusform>
            <numerusform>Nota para %n solicitudes:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this note internal (not shown to the public)?</source>
        <translation>¿Mantener esta nota como interna (no se muestra al público)?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no canned responses yet; an administrator adds them.</source>
        <translation>Aún no hay respuestas predefinidas; las agrega un administrador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a byte order mark for Excel?</source>
        <translation>¿Agregar una marca de orden de bytes (BOM) para Excel?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include the callers&apos; names and numbers?</source>
        <translation>¿Incluir los nombres y números de los solicitantes?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share this view with the team?</source>
        <translation>¿Compartir esta vista con el equipo?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the link to this view</source>
        <translation>Se copió el enlace a esta vista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A view link (civicdesk:queue?…):</source>
        <translation>Un enlace de vista (civicdesk:queue?…):</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ReferenceReadback</name>
    <message>
        <location filename="../widgets/intake/referencereadback.cpp" line="+25"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reference number (Alt+O)</source>
        <translation>Copiar el número de referencia (Alt+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy reference number</source>
        <translation>Copiar número de referencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish call (Enter)</source>
        <translation>Finalizar llamada (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the end of the call (Enter)</source>
        <translation>Registrar el fin de la llamada (Enter)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 request saved. Read the reference number to the caller:</source>
        <translation>Solicitud de %1 guardada. Lea el número de referencia al solicitante:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number %1</source>
        <translation>Número de referencia %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expected date for this service</source>
        <translation>Este servicio no tiene fecha prevista</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::RestoreBar</name>
    <message>
        <location filename="../widgets/intake/restorebar.cpp" line="+25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard it</source>
        <translation>Descartarla</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard call</source>
        <translation>Descartar llamada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown number</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unfinished call was found: started %1, caller %2%3. Restore it (%4)?</source>
        <translation>Se encontró una llamada sin terminar: iniciada %1, solicitante %2%3. ¿Restaurarla (%4)?</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ScenarioPlayer</name>
    <message>
        <location filename="../widgets/training/scenarioplayer.cpp" line="+44"/>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location: outside the city (no request)</source>
        <translation>Ubicación: fuera de la ciudad (sin solicitud)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1 (within %2 m)</source>
        <translation>Ubicación: %1 (a menos de %2 m)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: %1 = %2</source>
        <translation>Respuesta: %1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base: %1</source>
        <translation>Base de conocimientos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as duplicate</source>
        <translation>Vincular como duplicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duplicate</source>
        <translation>No es un duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer to 911</source>
        <translation>Transferir al 911</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up: %1</source>
        <translation>Cierre: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit: %1</source>
        <translation>Tiempo límite: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trainee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Aprendiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenarios:</source>
        <translation>&amp;Escenarios:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the expected outcomes (trainer only)</source>
        <translation>Mostrar los resultados esperados (solo instructor)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start the &amp;call</source>
        <translation>Iniciar la &amp;llamada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the &amp;transcript</source>
        <translation>Mostrar la &amp;transcripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the call in the Call tab. Wrap it up (save and finish, or a wrap-up code) to get the score card.</source>
        <translation>Atienda la llamada en la pestaña Llamada. Finalícela (guardar y terminar, o un código de cierre) para obtener la hoja de evaluación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next line</source>
        <translation>Línea &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip ahead to the caller&apos;s next line</source>
        <translation>Avanzar a la siguiente línea del solicitante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;scenario…</source>
        <translation>Guardar como es&amp;cenario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this call, as it was handled, as a new scenario</source>
        <translation>Conservar esta llamada, tal como se atendió, como un escenario nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Another call</source>
        <translation>&amp;Otra llamada</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Some scenarios were not loaded:
%1</source>
        <translation>No se cargaron algunos escenarios:
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
        <translation>No existe el escenario &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick or type the trainee&apos;s name first.</source>
        <translation>Primero elija o escriba el nombre del aprendiz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call time %1</source>
        <translation>Tiempo de llamada %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caller: </source>
        <translation>Solicitante: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The call could not be graded: %1</source>
        <translation>No se pudo evaluar la llamada: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Export score card</source>
        <translation>Exportar hoja de evaluación</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Save as scenario</source>
        <translation>Guardar como escenario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Title of the new scenario:</source>
        <translation>Título del escenario nuevo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (recorded)</source>
        <translation>%1 (grabado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>Se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ScoreCardView</name>
    <message>
        <location filename="../widgets/training/scorecardview.cpp" line="+38"/>
        <source>Score card</source>
        <translation>Hoja de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;CivicDesk training score card&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Scenario:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Trainee:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Played:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Score:&lt;/b&gt; %4&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th&gt;Points&lt;/th&gt;&lt;th&gt;Explanation&lt;/th&gt;&lt;/tr&gt;%5&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Hoja de evaluación de formación de CivicDesk&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Escenario:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Aprendiz:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Realizado:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Puntuación:&lt;/b&gt; %4&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Criterio&lt;/th&gt;&lt;th&gt;Puntos&lt;/th&gt;&lt;th&gt;Explicación&lt;/th&gt;&lt;/tr&gt;%5&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score card: %1</source>
        <translation>Hoja de evaluación: %1</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServerPage</name>
    <message>
        <location filename="../widgets/settings/serverpage.cpp" line="+36"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo de certificado de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Usu&amp;ario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>Arch&amp;ivo de CA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the server connection</source>
        <translation>Probar la conexión con el servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a training sandbox: it never connects to a server.</source>
        <translation>Este es un entorno de formación: nunca se conecta a un servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in the system keychain, never in a file. Sync uses the new settings as soon as you press OK.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo. La sincronización usa la nueva configuración en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected (%1 s): %2</source>
        <translation>Conectado (%1 s): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed after %1 s: %2</source>
        <translation>Falló después de %1 s: %2</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::ServicePickerEdit</name>
    <message>
        <location filename="../widgets/intake/servicepickeredit.cpp" line="+21"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the caller describes: &quot;pot hole&quot;, &quot;trash&quot;, &quot;street light&quot;…</source>
        <translation>Escriba lo que describe el solicitante: &quot;pot hole&quot;, &quot;trash&quot;, &quot;street light&quot;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search; Up/Down to move, Enter to choose</source>
        <translation>Escriba para buscar; Arriba/Abajo para moverse, Enter para elegir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching service types</source>
        <translation>Tipos de servicio coincidentes</translation>
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
        <translation>Acciones y sus atajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Actions:</source>
        <translation>&amp;Acciones:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortcut of the selected action</source>
        <translation>Atajo de la acción seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hortcut:</source>
        <translation>A&amp;tajo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No shortcut</source>
        <translation>Si&amp;n atajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the shortcut of the selected action</source>
        <translation>Quitar el atajo de la acción seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;fault</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default shortcut of the selected action</source>
        <translation>Restaurar el atajo predeterminado de la acción seleccionada</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already the shortcut of &quot;%2&quot;. Change that one first.</source>
        <translation>%1 ya es el atajo de «%2». Cambie ese primero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has no shortcut now.</source>
        <translation>«%1» ya no tiene atajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>El atajo de «%1» ahora es %2.</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SignInDialog</name>
    <message>
        <location filename="../widgets/shell/signindialog.cpp" line="+18"/>
        <source>Sign in to CivicDesk</source>
        <translation>Iniciar sesión en CivicDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::StatusDialog</name>
    <message>
        <location filename="../widgets/shell/statusdialog.cpp" line="+13"/>
        <source>Change status of %1</source>
        <translation>Cambiar el estado de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status note</source>
        <translation>Nota de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional. Shown to the public as the status notes.</source>
        <translation>Opcional. Se muestra al público como notas del estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SupervisorConsole</name>
    <message>
        <location filename="../widgets/queue/supervisorconsole.cpp" line="+25"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SyncController</name>
    <message>
        <location filename="../widgets/sync/synccontroller.cpp" line="+34"/>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push local changes and pull the server&apos;s now</source>
        <translation>Enviar ahora los cambios locales y traer los del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &amp;settings…</source>
        <translation>Con&amp;figuración de la conexión…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain holds the password for %1.
Password (kept for this session only):</source>
        <translation>Ningún llavero del sistema guarda la contraseña de %1.
Contraseña (solo se conserva durante esta sesión):</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::SyncStatusWidget</name>
    <message>
        <location filename="../widgets/sync/syncstatuswidget.cpp" line="+17"/>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server unreachable, will retry</source>
        <translation>servidor inaccesible; se reintentará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS verification failed</source>
        <translation>falló la verificación TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server is newer: update CivicDesk</source>
        <translation>el servidor es más reciente: actualice CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server not set up</source>
        <translation>servidor sin configurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the connection settings</source>
        <translation>revise la configuración de la conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>see details</source>
        <translation>vea los detalles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync state</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the server refused: open the conflicts list</source>
        <translation>Cambios que rechazó el servidor: abrir la lista de conflictos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local store only (no server configured)</source>
        <translation>Solo almacenamiento local (sin servidor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline (%1)</source>
        <translation>Sin conexión (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing without TLS…</source>
        <translation>Sincronizando sin TLS…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online without TLS</source>
        <translation>En línea sin TLS</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync %1</source>
        <translation>última sincronización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TicketDetailView</name>
    <message>
        <location filename="../widgets/shell/ticketdetailview.cpp" line="+72"/>
        <source>Select a ticket to see its details.</source>
        <translation>Seleccione una solicitud para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note:</source>
        <translation>Nueva &amp;nota:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Internal (not shown to the public)</source>
        <translation>&amp;Interna (no se muestra al público)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>A&amp;gregar nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;udit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a note, then press %1</source>
        <translation>Escriba una nota y pulse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note to this ticket (%1)</source>
        <translation>Agregar la nota a esta solicitud (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status notes</source>
        <translation>Notas del estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a ticket not in this store</source>
        <translation>un ticket que no está en el almacenamiento local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Caller</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TicketMapPanel</name>
    <message>
        <location filename="../widgets/map/ticketmappanel.cpp" line="+71"/>
        <source>Online map tiles are off: %1</source>
        <translation>Las teselas de mapa en línea están desactivadas: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Service:</source>
        <translation>Servi&amp;cio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service filter</source>
        <translation>Filtro de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+202"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open (any open status)</source>
        <translation>Abiertas (cualquier estado abierto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Requested from</source>
        <translation>Solicitadas &amp;desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by requested date</source>
        <translation>Filtrar por fecha de solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested from</source>
        <translation>Solicitadas desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested to</source>
        <translation>Solicitadas hasta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Mapa de calor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the heatmap</source>
        <translation>Mostrar el mapa de calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where tickets concentrate instead of pins (supervisor view)</source>
        <translation>Mostrar dónde se concentran las solicitudes en lugar de marcadores (vista de supervisor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the ticket map</source>
        <translation>Recargar el mapa de solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the tickets again from the local store</source>
        <translation>Volver a leer las solicitudes del almacenamiento local</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Loading tickets…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clustering tickets…</source>
        <translation>Agrupando solicitudes…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 of %Ln located ticket(s) shown</source>
        <translation>
            <numerusform>Se muestra %1 de %Ln solicitud con ubicación</numerusform>
            <numerusform>Se muestran %1 de %Ln solicitudes con ubicación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TrainerResultsDialog</name>
    <message>
        <location filename="../widgets/training/trainerresultsdialog.cpp" line="+26"/>
        <source>Training results</source>
        <translation>Resultados de formación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Aprendiz:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Played</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Export score card</source>
        <translation>Exportar hoja de evaluación</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No graded calls yet.</source>
        <translation>Aún no hay llamadas evaluadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n call(s) graded; %1 of %2 criteria met; first %3 %, latest %4 %.</source>
        <translation>
            <numerusform>%n llamada evaluada; %1 de %2 criterios cumplidos; primera %3 %, última %4 %.</numerusform>
            <numerusform>%n llamadas evaluadas; %1 de %2 criterios cumplidos; primera %3 %, última %4 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TrainingBanner</name>
    <message>
        <location filename="../widgets/training/trainingbanner.cpp" line="+41"/>
        <source>TRAINING – not live</source>
        <translation>FORMACIÓN – sin efecto real</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[TRAINING – not live]</source>
        <translation>[FORMACIÓN – sin efecto real]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::TriggerListEditor</name>
    <message>
        <location filename="../widgets/settings/triggerlisteditor.cpp" line="+38"/>
        <source>911 triggers</source>
        <translation>Disparadores del 911</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;riggers:</source>
        <translation>&amp;Disparadores:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a trigger</source>
        <translation>Agregar un disparador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected trigger</source>
        <translation>Quitar el disparador seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to &amp;built-in</source>
        <translation>Restablecer lista &amp;integrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the triggers to the built-in list</source>
        <translation>Restablecer los disparadores a la lista integrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger key</source>
        <translation>Clave del disparador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trigger label</source>
        <translation>Etiqueta del disparador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that raise the alert, one regular expression per line</source>
        <translation>Frases que activan la alerta, una expresión regular por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases one of which must also be said, one per line</source>
        <translation>Frases de las que también debe decirse al menos una, una por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that do not count, one per line</source>
        <translation>Frases que no cuentan, una por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service codes that raise the alert, comma separated</source>
        <translation>Códigos de servicio que activan la alerta, separados por comas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>&amp;Frases:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;also:</source>
        <translation>Requiere &amp;también:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcept:</source>
        <translation>E&amp;xcepto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service codes:</source>
        <translation>&amp;Códigos de servicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phrases are case-insensitive regular expressions, one per line; \b marks a word edge. A phrase inside an exception, or right after &quot;no&quot; or &quot;not&quot;, does not count.</source>
        <translation>Las frases son expresiones regulares que no distinguen mayúsculas de minúsculas, una por línea; \b marca el límite de una palabra. Una frase dentro de una excepción, o justo después de «no» o «not», no cuenta.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New trigger</source>
        <translation>Nuevo disparador</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::WrapUpDialog</name>
    <message>
        <location filename="../widgets/intake/wrapupdialog.cpp" line="+18"/>
        <source>Wrap up call</source>
        <translation>Finalizar llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap-up code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+85"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>What the caller asked or what was done</source>
        <translation>Qué preguntó el solicitante o qué se hizo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>Transferred to</source>
        <translation>Transferida a</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>e.g. 911, Water Department, Animal Control</source>
        <translation>p. ej. 911, Departamento de Agua, Control Animal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing ticket reference</source>
        <translation>Referencia de la solicitud existente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;How did the call end?</source>
        <translation>¿&amp;Cómo terminó la llamada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transferred to:</source>
        <translation>&amp;Transferida a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate of ticket:</source>
        <translation>&amp;Duplicado de la solicitud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article used:</source>
        <translation>Artículo usado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End call</source>
        <translation>&amp;Finalizar llamada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Duplicate of ticket</source>
        <translation>Duplicado de la solicitud</translation>
    </message>
</context>
<context>
    <name>civicdesk::widgets::WrapUpFlow</name>
    <message>
        <location filename="../widgets/intake/wrapupflow.cpp" line="+74"/>
        <source>Wrap-up: %1</source>
        <translation>Cierre: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller: %1</source>
        <translation>Solicitante: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: none</source>
        <translation>Motivo: ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article used: %1</source>
        <translation>Artículo usado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time: %1</source>
        <translation>Tiempo de atención: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log without a reason?</source>
        <translation>¿Registrar sin motivo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log without reason</source>
        <translation>&amp;Registrar sin motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a reason</source>
        <translation>&amp;Agregar un motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reason was given. The call log will record:</source>
        <translation>No se indicó ningún motivo. El registro de llamadas guardará:</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>Discard call</source>
        <translation>Descartar llamada</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Discard this call? Everything typed is lost; the call log records it as discarded.</source>
        <translation>¿Descartar esta llamada? Se pierde todo lo escrito; el registro de llamadas la anota como descartada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+174"/>
        <source>civicdesk: CivicDesk is already open on the profile %1 (process %2); that window was brought to the front</source>
        <translation>civicdesk: CivicDesk ya está abierto con el perfil %1 (proceso %2); esa ventana se trajo al frente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>civicdesk: another CivicDesk holds the profile %1 (process %2) but did not answer</source>
        <translation>civicdesk: otra instancia de CivicDesk tiene el perfil %1 (proceso %2) pero no respondió</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CivicDesk cannot open its profile:

%1</source>
        <translation>CivicDesk no puede abrir su perfil:

%1</translation>
    </message>
</context>
</TS>
