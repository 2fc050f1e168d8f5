<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../core/catalog/catalogjson.cpp" line="+31"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>must be an array of strings</source>
        <translation>debe ser un arreglo de cadenas de texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a time like 08:30</source>
        <translation>debe ser una hora como 08:30</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown datatype &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</source>
        <translation>tipo de dato desconocido &quot;%1&quot; (string, number, datetime, text, singlevaluelist, multivaluelist)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list attribute needs at least one value</source>
        <translation>un atributo de lista necesita al menos un valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an informational attribute (variable=false) cannot be required</source>
        <translation>un atributo informativo (variable=false) no puede ser obligatorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is longer than 4,000 characters</source>
        <translation>tiene más de 4000 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be realtime, batch or blackbox</source>
        <translation>debe ser realtime, batch o blackbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>organismo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be low, normal, high or urgent</source>
        <translation>debe ser low, normal, high o urgent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be business or calendar</source>
        <translation>debe ser business o calendar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+70"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>duplicate attribute code &quot;%1&quot;</source>
        <translation>código de atributo duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be &quot;civicdesk-catalog&quot;</source>
        <translation>debe ser &quot;civicdesk-catalog&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>la versión %1 no es compatible (se esperaba la 1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an array</source>
        <translation>debe ser un arreglo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate service code &quot;%1&quot;</source>
        <translation>código de servicio duplicado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+15"/>
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
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+49"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot open the local store %1: %2</source>
        <translation>no se puede abrir el almacenamiento local %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). Update CivicDesk or use another profile.</source>
        <translation>%1 fue creado por una versión más reciente de CivicDesk (esquema %2; esta versión admite hasta el %3). Actualice CivicDesk o use otro perfil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing migration %1</source>
        <translation>falta la migración %1</translation>
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
    <name>LocalStore</name>
    <message>
        <location filename="../core/store/localstore.cpp" line="+42"/>
        <source>workstation code &quot;%1&quot; must be 3 characters from %2</source>
        <translation>el código de estación de trabajo &quot;%1&quot; debe tener 3 caracteres de entre %2</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+9"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
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
        <translation>no se puede crear la carpeta del perfil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta del perfil %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local store %1 is not writable</source>
        <translation>no se puede escribir en el almacenamiento local %1</translation>
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
        <location line="+82"/>
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
        <location line="+9"/>
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
    <name>TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+46"/>
        <source>requested_datetime: is required when service_request_id is given</source>
        <translation>requested_datetime: es obligatorio cuando se indica service_request_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>id: ticket %1 is already in this store</source>
        <translation>id: el caso %1 ya existe en este almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>service_request_id: %1 is already in this store</source>
        <translation>service_request_id: %1 ya existe en este almacenamiento</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+11"/>
        <source>ticket %1: %2</source>
        <translation>caso %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no ticket with reference %1</source>
        <translation>no hay ningún caso con la referencia %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: the text is empty</source>
        <translation>note: el texto está vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>note: longer than %1 characters</source>
        <translation>note: tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../core/domain/ticketstatus.cpp" line="+17"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not our responsibility</source>
        <translation>Fuera de nuestra competencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>TicketValidator</name>
    <message>
        <location filename="../core/tickets/ticketvalidator.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a question of service %2</source>
        <translation>&quot;%1&quot; no es una pregunta del servicio %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required: %1</source>
        <translation>es obligatorio: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>takes one value, not %1</source>
        <translation>admite un solo valor, no %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not one of the listed values</source>
        <translation>&quot;%1&quot; no es uno de los valores de la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>must be plain text, not HTML</source>
        <translation>debe ser texto sin formato, no HTML</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown service code &quot;%1&quot;</source>
        <translation>código de servicio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is longer than 64 characters</source>
        <translation>tiene más de 64 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lat and long go together</source>
        <translation>lat y long deben indicarse juntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-90 to 90)</source>
        <translation>%1 está fuera del rango (-90 a 90)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (-180 to 180)</source>
        <translation>%1 está fuera del rango (-180 a 180)</translation>
    </message>
</context>
<context>
    <name>civicdesk::core::AuditTrailModel</name>
    <message>
        <location filename="../core/models/audittrailmodel.cpp" line="+52"/>
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
    <name>civicdesk::core::TicketListModel</name>
    <message>
        <location filename="../core/models/ticketlistmodel.cpp" line="+69"/>
        <source>Past its expected date</source>
        <translation>Fecha prevista vencida</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../core/models/ticketnotesmodel.cpp" line="+36"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+2"/>
        <source>Reload the ticket list</source>
        <translation>Volver a cargar la lista de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find by reference…</source>
        <translation>&amp;Buscar por referencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note on the selected ticket</source>
        <translation>Escribir una nota en el caso seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the status of the selected ticket</source>
        <translation>Cambiar el estado del caso seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copiar referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reference number to the clipboard</source>
        <translation>Copiar el número de referencia al portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;list</source>
        <translation>&amp;Lista de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status &amp;filter</source>
        <translation>&amp;Filtro de estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Acerca de CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: </source>
        <translation>Estado: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tickets with this status (%1)</source>
        <translation>Mostrar solo los casos con este estado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find by reference</source>
        <translation>Buscar por referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number (%1)</source>
        <translation>Número de referencia (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket with reference %1</source>
        <translation>No hay ningún caso con la referencia %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local store only (no server configured)</source>
        <translation>Solo almacenamiento local (no hay ningún servidor configurado)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Note added to %1</source>
        <translation>Nota agregada a %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is now %2</source>
        <translation>%1 ahora tiene el estado %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1+ tickets</source>
        <translation>%1+ casos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
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
    <name>civicdesk::widgets::TicketDetailView</name>
    <message>
        <location filename="../widgets/shell/ticketdetailview.cpp" line="+47"/>
        <source>Select a ticket to see its details.</source>
        <translation>Seleccione un caso para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;note:</source>
        <translation>Nueva &amp;nota:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a note, then press Ctrl+Enter</source>
        <translation>Escriba una nota y luego presione Ctrl+Enter</translation>
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
        <location line="+1"/>
        <source>Add the note to this ticket (Ctrl+Enter)</source>
        <translation>Agregar la nota a este caso (Ctrl+Enter)</translation>
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
        <location line="+1"/>
        <source>A&amp;udit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status notes</source>
        <translation>Notas del estado</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
        <source>CivicDesk cannot open its profile:

%1</source>
        <translation>CivicDesk no puede abrir su perfil:

%1</translation>
    </message>
</context>
</TS>
