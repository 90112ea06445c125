<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+30"/>
        <source>About Diaspora Desk</source>
        <translation>Acerca de Diaspora Desk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Diaspora associations, focal points, consultations with a transparent selection of participants, and printable flyers — offline first.</source>
        <translation>Asociaciones de la diáspora, puntos focales, consultas con una selección transparente de participantes y folletos para imprimir, pensado para trabajar sin conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+80"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+128"/>
        <source>New association</source>
        <translation>Nueva asociación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit association</source>
        <translation>Editar asociación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last status change: {when} by {who}</source>
        <translation>Último cambio de estado: {when}, por {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The association</source>
        <translation>La asociación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation>Nombre completo, tal como lo escribe la asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation>— ninguna (nacional) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation>p. ej., 2004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of members</source>
        <translation>Número de miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation>p. ej., 120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;País de residencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>Ci&amp;udad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation>&amp;Región de origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation>&amp;Año de fundación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>Número de re&amp;gistro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation>Número de &amp;miembros:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation>p. ej., +39 347 123 4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;person:</source>
        <translation>Persona &amp;de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation>Ámbitos de actuación (marque todos los que correspondan):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation>Ámbitos de actuación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation>&amp;Sectores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation>&amp;La asociación acepta que se publiquen su nombre y sus datos de contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to publish</source>
        <translation>Consentimiento de publicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Linked focal points</source>
        <translation>Puntos focales vinculados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link focal points</source>
        <translation>Vincular puntos focales</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save ({keys})</source>
        <translation>Guardar ({keys})</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+51"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Will be saved as {phone}</source>
        <translation>Se guardará como {phone}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
</context>
<context>
    <name>AssociationList</name>
    <message>
        <location filename="../desktop/views/association_list.py" line="+76"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founded</source>
        <translation>Fundada en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement areas</source>
        <translation>Ámbitos de actuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
</context>
<context>
    <name>AssociationPicker</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+120"/>
        <source>Type to search associations (leave empty if none)</source>
        <translation>Escriba para buscar una asociación (déjelo vacío si no hay)</translation>
    </message>
</context>
<context>
    <name>AssociationStatus</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+146"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+290"/>
        <source>Unknown status: {status}</source>
        <translation>Estado desconocido: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+69"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation>Asociaciones de la diáspora en el extranjero. Escriba para filtrar; elija un país, región, estado, ámbito de actuación o sector para acotar la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation>Filtrar por nombre, sigla, ciudad, contacto, correo o teléfono ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation>Filtrar asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation>Ámbito de actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation>Todos los ámbitos de actuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New association…</source>
        <translation>&amp;Nueva asociación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation>Registrar una nueva asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation>Abrir la asociación seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation>&amp;Cambiar estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation>Cambiar el estado de las asociaciones seleccionadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation>Mover las asociaciones seleccionadas a la papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation>Asociaciones eliminadas, para restaurarlas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>National (no origin region)</source>
        <translation>Nacional (sin región de origen)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation>Asociaciones: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation>{shown} de {total} asociaciones</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation>1 asociación movida a la papelera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation>Asociaciones movidas a la papelera: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation>Seleccione primero una o varias asociaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation>¿Cambiar el estado de {count} asociaciones a «{status}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln association(s) set to “{status}”.</source>
        <translation>
            <numerusform>%Ln asociación pasó a «{status}».</numerusform>
            <numerusform>%Ln asociaciones pasaron a «{status}».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted associations</source>
        <translation>Asociaciones eliminadas</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../desktop/views/flyers_batch.py" line="+54"/>
        <source>Print flyers for several regions</source>
        <translation>Imprimir folletos para varias regiones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;No seleccionar nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Regions:</source>
        <translation>&amp;Regiones:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lan&amp;guages:</source>
        <translation>I&amp;diomas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print to PDF files</source>
        <translation>&amp;Imprimir en archivos PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points and the default texts of the language.</source>
        <translation>Cada región recibe su propio folleto en cada idioma elegido, con sus puntos focales y los textos predeterminados del idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points. Colours, picture, web address and print options come from the selected flyer; its texts are used for its own language and the other languages get their default texts.</source>
        <translation>Cada región recibe su propio folleto en cada idioma elegido, con sus puntos focales. Los colores, la imagen, la dirección web y las opciones de impresión proceden del folleto seleccionado; sus textos se usan para su propio idioma y los demás idiomas reciben sus textos predeterminados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the flyers</source>
        <translation>Carpeta de los folletos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one region.</source>
        <translation>Elija al menos una región.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the flyers.</source>
        <translation>Elija la carpeta de los folletos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {count} flyers…</source>
        <translation>Imprimiendo folletos ({count})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} flyers were written to {folder}.</source>
        <translation>Folletos escritos en {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them have preflight problems (text that does not fit, characters that cannot print…); open them in the editor to see what.</source>
        <translation>De ellos, {count} tienen problemas de comprobación previa (texto que no cabe, caracteres que no se pueden imprimir…); ábralos en el editor para verlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers printed</source>
        <translation>Folletos impresos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flyers could not be written: {error}</source>
        <translation>No se pudieron escribir los folletos: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The flyers already written are complete; the others were not made.</source>
        <translation>Cancelado. Los folletos ya escritos están completos; los demás no se han generado.</translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+120"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation>Registrar que estas {count} personas dieron su consentimiento, en los términos de abajo, el mismo día y de la misma forma (por ejemplo, una hoja firmada en un acto).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+77"/>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not set —</source>
        <translation>— sin indicar —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>e.g. 1987</source>
        <translation>p. ej., 1987</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>Año &amp;de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;País de residencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Ciudadanía:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation>&amp;Generación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation>Nivel de &amp;estudios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Ocupación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation>Co&amp;mpetencias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation>Temas para &amp;los que se ofrece:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation>&amp;Asociación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation>&amp;Región de origen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 347 123 4567</source>
        <translation>+39 347 123 4567</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation>Consentimiento para ser invitado/a</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consents of this person</source>
        <translation>Consentimientos de esta persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirar el consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation>La persona retiró este consentimiento: no se la volverá a invitar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation>Registrar un nuevo consentimiento al guardar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Consent withdrawn.</source>
        <translation>Consentimiento retirado.</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+40"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people were imported. Did they give their consent to be invited (for example on the form the list comes from)? Record it now; without it they cannot be selected.</source>
        <translation>Personas importadas: {count}. ¿Dieron su consentimiento para ser invitadas (por ejemplo, en el formulario del que procede la lista)? Regístrelo ahora; sin él no se las puede seleccionar.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../desktop/services/candidates.py" line="+90"/>
        <source>Origin-country citizenship only</source>
        <translation>Solo ciudadanía del país de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination-country citizenship only</source>
        <translation>Solo ciudadanía del país de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship (origin and destination)</source>
        <translation>Doble ciudadanía (origen y destino)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First generation (born in the origin country)</source>
        <translation>Primera generación (nacida en el país de origen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second generation</source>
        <translation>Segunda generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third generation or later</source>
        <translation>Tercera generación o posterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Educación primaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>Educación secundaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Grado universitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Industria manufacturera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and retail</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotels and restaurants</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and logistics</source>
        <translation>Transporte y logística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care</source>
        <translation>Sanidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and domestic work</source>
        <translation>Cuidados y trabajo doméstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Informática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and insurance</source>
        <translation>Finanzas y seguros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts and culture</source>
        <translation>Artes y cultura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and science</source>
        <translation>Investigación y ciencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Jubilado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not working</source>
        <translation>Sin empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+37"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Es demasiado largo: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Candidates must be at least {age} years old; check the year.</source>
        <translation>Los candidatos deben tener al menos {age} años; revise el año.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the year: this person would be over 110.</source>
        <translation>Revise el año: esta persona tendría más de 110 años.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender: {text}.</source>
        <translation>Género desconocido: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown citizenship: {text}. Use origin, destination or dual.</source>
        <translation>Ciudadanía desconocida: {text}. Use origin, destination o dual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown generation: {text}. Use first, second or third_plus.</source>
        <translation>Generación desconocida: {text}. Use first, second o third_plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown education level: {text}.</source>
        <translation>Nivel de estudios desconocido: {text}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No association called {text} is registered; register it first or leave this empty.</source>
        <translation>No hay ninguna asociación registrada con el nombre {text}; regístrela primero o deje este campo vacío.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person is no longer in the database.</source>
        <translation>Esta persona ya no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This person&apos;s data was erased and cannot be edited.</source>
        <translation>Los datos de esta persona se borraron y no se pueden editar.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+258"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation>Miembros de la diáspora que se han ofrecido para ser invitados a consultas. Solo se puede seleccionar a personas con un consentimiento vigente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation>Filtrar por nombre, correo, teléfono, país, asociación, tema…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation>Filtrar candidatos</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+172"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation>Consentimiento vigente (puede ser seleccionado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation>Sin consentimiento vigente</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+26"/>
        <location line="+149"/>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Doble</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st</source>
        <translation>1.ª</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2.ª</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3.ª o más</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nuevo candidato…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate</source>
        <translation>Registrar un nuevo candidato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected candidate</source>
        <translation>Abrir el candidato seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected candidates to the trash</source>
        <translation>Mover los candidatos seleccionados a la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted candidates: restore them</source>
        <translation>Candidatos eliminados: restaurarlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Registrar consentimiento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the same consent for the selected people</source>
        <translation>Registrar el mismo consentimiento para las personas seleccionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport personal data…</source>
        <translation>Exportar datos &amp;personales…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation>Todo lo que se conserva sobre la persona seleccionada, en PDF y JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation>Borrar los datos personales de la persona seleccionada (las estadísticas se conservan)</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln candidate(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln candidato movido a la papelera.</numerusform>
            <numerusform>%Ln candidatos movidos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted candidates</source>
        <translation>Candidatos eliminados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} candidates</source>
        <translation>Candidatos: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} de {total} candidatos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent recorded for {count} people.</source>
        <translation>Consentimiento registrado para {count} personas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation>Personas borradas o eliminadas omitidas: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one person to erase.</source>
        <translation>Seleccione una persona para borrar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="+69"/>
        <source>Resolve conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is no longer open.</source>
        <translation>Este conflicto ya no está abierto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve conflict: {kind} “{title}”</source>
        <translation>Resolver el conflicto: {kind} «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed on this computer and, in another office, on the server, before the two changes could meet (noticed {when}). For each field, choose the version to keep. Until you decide, both versions are kept; fields changed on only one side are merged on their own.</source>
        <translation>Este registro se cambió en este equipo y, en otra oficina, en el servidor, antes de que ambos cambios pudieran juntarse (detectado el {when}). Elija para cada campo la versión que desea conservar. Hasta que decida, se conservan ambas versiones; los campos cambiados en un solo lado se fusionan solos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (this computer)</source>
        <translation>Lo mío (este equipo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (server)</source>
        <translation>Lo del servidor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: keep mine</source>
        <translation>{field}: conservar lo mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: take theirs</source>
        <translation>{field}: tomar lo del servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep all &amp;mine</source>
        <translation>&amp;Conservar todo lo mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>&amp;Tomar todo lo del servidor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use these choices</source>
        <translation>&amp;Usar estas opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values; they are sent at the next sync (Enter)</source>
        <translation>Conservar los valores elegidos; se enviarán en la próxima sincronización (Intro)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please choose a version for every field.</source>
        <translation>Elija una versión para cada campo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your choice is kept and will be sent at the next sync.</source>
        <translation>Su elección se conserva y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record has no sync conflict.</source>
        <translation>El registro seleccionado no tiene conflictos de sincronización.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve sync &amp;conflict…</source>
        <translation>&amp;Resolver el conflicto de sincronización…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../desktop/services/consent.py" line="+50"/>
        <source>I agree that the diaspora-relations bureau keeps my name, contact details and the profile I gave (country of residence, citizenship, generation, education, occupation, languages, association) in order to invite me to consultation meetings. I know that participants are chosen by a public random draw, that I can see everything held about me, and that I can withdraw this consent at any time, after which I will not be invited again.</source>
        <translation>Acepto que la oficina de relaciones con la diáspora conserve mi nombre, mis datos de contacto y el perfil que he facilitado (país de residencia, ciudadanía, generación, estudios, ocupación, idiomas, asociación) para invitarme a reuniones de consulta. Sé que los participantes se eligen por sorteo público, que puedo ver todo lo que se conserva sobre mí y que puedo retirar este consentimiento en cualquier momento, tras lo cual no se me volverá a invitar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I agree to receive information from the diaspora-relations bureau about programmes, events and services for the diaspora. I can withdraw this consent at any time.</source>
        <translation>Acepto recibir de la oficina de relaciones con la diáspora información sobre programas, actividades y servicios para la diáspora. Puedo retirar este consentimiento en cualquier momento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown consent purpose: {purpose}</source>
        <translation>Finalidad de consentimiento desconocida: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation to consultations</source>
        <translation>Invitación a consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information about programmes</source>
        <translation>Información sobre programas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper form</source>
        <translation>Formulario en papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formulario en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported list</source>
        <translation>Lista importada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This person is not in the database.</source>
        <translation>Esta persona no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>Los datos de esta persona se borraron; regístrela de nuevo como persona nueva.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose how the consent was given.</source>
        <translation>Elija cómo se dio el consentimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>La fecha del consentimiento no puede ser futura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>El consentimiento debe caducar después del día en que se dio.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This consent record no longer exists.</source>
        <translation>Este registro de consentimiento ya no existe.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-124"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation>Forma en que se dio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation>F&amp;inalidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation>&amp;Dado el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation>&amp;Recogido por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Caduca el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>Texto mostrado:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version}: {text}</source>
        <translation>Versión {version}: {text}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-399"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>ConsentWay</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+59"/>
        <source>Signed form</source>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person, witnessed</source>
        <translation>En persona, ante testigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formulario en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>ConsultationDetail</name>
    <message>
        <location filename="../desktop/views/consultations_detail.py" line="+74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this step is not possible</source>
        <translation>Por qué este paso no es posible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Guardar los datos (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Pool</source>
        <translation>&amp;2 Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Criteria</source>
        <translation>&amp;3 Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Selection</source>
        <translation>&amp;4 Selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5 Invitations</source>
        <translation>&amp;5 Invitaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6 Follow-up</source>
        <translation>&amp;6 Seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a consultation in the list, or create one with New consultation (Ctrl+N).</source>
        <translation>Elija una consulta de la lista o cree una con Nueva consulta (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>date not set</source>
        <translation>fecha sin fijar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {when} · {seats} seats · Status: {status}</source>
        <translation>{kind} · {when} · plazas: {seats} · Estado: {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Details saved.</source>
        <translation>Datos guardados.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+131"/>
        <source>Close the consultation</source>
        <translation>Cerrar la consulta</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pool</source>
        <translation>Abrir el grupo de candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as held</source>
        <translation>Marcar como celebrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as followed up</source>
        <translation>Marcar con seguimiento hecho</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Close this consultation? Nothing can be changed afterwards.</source>
        <translation>¿Cerrar esta consulta? Después no se podrá cambiar nada.</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation>p. ej., Invertir en el país: ¿qué garantías?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation>Nacional (todas las regiones)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation>Dirección del lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation>https://… (para reuniones en línea)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation>Reservas &amp;deseadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation>Cuántas personas participan. Queda fijado tras el sorteo de los participantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation>Las cartas de invitación y el informe «Ustedes dijeron, nosotros hicimos» se redactan en este idioma.</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../desktop/services/consultations.py" line="+95"/>
        <source>Roundtable</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening exercise</source>
        <translation>Sesión de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>Grupo focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile counselling</source>
        <translation>Asesoramiento itinerante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online meeting</source>
        <translation>Reunión en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool open</source>
        <translation>Grupo de candidatos abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants selected</source>
        <translation>Participantes seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the pool</source>
        <translation>En el grupo de candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This consultation is no longer in the database.</source>
        <translation>Esta consulta ya no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the consultation a title.</source>
        <translation>Dé un título a la consulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title can have at most 300 characters.</source>
        <translation>El título puede tener como máximo 300 caracteres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the kind of consultation.</source>
        <translation>Elija el tipo de consulta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters can be written in English, French, Spanish, Romanian, Russian or Arabic.</source>
        <translation>Las cartas pueden redactarse en inglés, francés, español, rumano, ruso o árabe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Es demasiado largo: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A consultation needs at least one seat.</source>
        <translation>Una consulta necesita al menos una plaza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An online meeting needs the link to join it.</source>
        <translation>Una reunión en línea necesita el enlace para unirse.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seats cannot change after the participants were drawn.</source>
        <translation>Las plazas no pueden cambiar después del sorteo de los participantes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region cannot change after the participants were drawn.</source>
        <translation>La región no puede cambiar después del sorteo de los participantes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a consultation whose participants were not drawn yet can be deleted; close it instead.</source>
        <translation>Solo se puede eliminar una consulta cuyos participantes aún no se han sorteado; ciérrela en su lugar.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+471"/>
        <source>Unknown status: {status}.</source>
        <translation>Estado desconocido: {status}.</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>A consultation cannot go from “{old}” to “{new}”.</source>
        <translation>Una consulta no puede pasar de «{old}» a «{new}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the number of seats first.</source>
        <translation>Indique primero el número de plazas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants are selected by running the draw (Selection), never by hand.</source>
        <translation>Los participantes se eligen mediante el sorteo (Selección), nunca a mano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark at least one selected person as invited first.</source>
        <translation>Marque primero como invitada al menos a una persona seleccionada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record at least one commitment (what was said and what will be done) first.</source>
        <translation>Registre primero al menos un compromiso (lo que se dijo y lo que se hará).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This consultation cannot be closed while {count} commitment(s) are still open: {names}</source>
        <translation>Esta consulta no se puede cerrar mientras queden compromisos abiertos ({count}): {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more.</source>
        <translation>y {count} más.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} added to the pool.</source>
        <translation>Añadidos al grupo de candidatos: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} were already in it.</source>
        <translation>Ya estaban: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out: no valid consent to be invited, or their data was erased.</source>
        <translation>Excluidos: {count} (sin consentimiento válido para ser invitados o con datos borrados).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ids are not in the database.</source>
        <translation>Identificadores que no están en la base de datos: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pool is fixed once participants are drawn; it can no longer change.</source>
        <translation>El grupo de candidatos queda fijado tras el sorteo; ya no puede cambiar.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read {path}: {error}</source>
        <translation>No se puede leer {path}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not a text file.</source>
        <translation>El archivo no es un archivo de texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate ids were found in the file.</source>
        <translation>No se ha encontrado ningún identificador de candidato en el archivo.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This participant is no longer in the consultation.</source>
        <translation>Este participante ya no forma parte de la consulta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A participant cannot go from “{old}” to “{new}”.</source>
        <translation>Un participante no puede pasar de «{old}» a «{new}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance is recorded after the consultation is marked as held.</source>
        <translation>La asistencia se registra cuando la consulta se marca como celebrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations are handled between the draw and the consultation.</source>
        <translation>Las invitaciones se gestionan entre el sorteo y la consulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>This consultation is closed.</source>
        <translation>Esta consulta está cerrada.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>All {seats} seats are taken (a reserve may already have taken this place). Someone must decline before another person can be seated.</source>
        <translation>Los {seats} puestos están ocupados (quizá un suplente ya ocupó este lugar). Alguien debe declinar antes de que otra persona pueda ocupar un puesto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person is not a reserve.</source>
        <translation>Esta persona no está en la reserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the consultation.</source>
        <translation>Esta persona no forma parte de la consulta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+39"/>
        <source>Write down what was committed to.</source>
        <translation>Anote lo que se acordó.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This commitment is no longer in the database.</source>
        <translation>Este compromiso ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../desktop/views/consultations.py" line="+50"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Meetings with the diaspora. Participants are drawn by a fair, public lottery from a pool of volunteers, within quotas that keep the panel representative.</source>
        <translation>Reuniones con la diáspora. Los participantes se eligen por sorteo público y justo entre un grupo de voluntarios, con cuotas que mantienen la representatividad del panel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Nueva consulta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a new consultation (Ctrl+N)</source>
        <translation>Planificar una nueva consulta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a consultation whose participants were not drawn yet (Del)</source>
        <translation>Eliminar una consulta cuyos participantes aún no se han sorteado (Supr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter consultations</source>
        <translation>Filtrar consultas</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Delete consultation</source>
        <translation>Eliminar la consulta</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this consultation and its pool? You can undo right after (Ctrl+Z).</source>
        <translation>¿Eliminar esta consulta y su grupo de candidatos? Puede deshacerlo justo después (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consultation deleted. Press Ctrl+Z to undo.</source>
        <translation>Consulta eliminada. Pulse Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+101"/>
        <source>Type to search countries</source>
        <translation>Escriba para buscar un país</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+50"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenting people</source>
        <translation>Personas que consintieron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part</source>
        <translation>Participaron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats held</source>
        <translation>Plazas ocupadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard from (%)</source>
        <translation>Escuchados (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
</context>
<context>
    <name>CoverageControls</name>
    <message>
        <location filename="../desktop/views/criteria_coverage.py" line="+34"/>
        <source>Propose quotas from &amp;coverage</source>
        <translation>Proponer cuotas según la &amp;participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give more seats to the groups heard less than their share of the pool in the months chosen here</source>
        <translation>Dar más plazas a los grupos escuchados menos que su proporción en el grupo de candidatos durante los meses elegidos aquí</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Months of coverage looked at</source>
        <translation>Meses de participación examinados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out people seated in the &amp;last</source>
        <translation>Excluir a quienes ocuparon una plaza en los ú&amp;ltimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who held a seat at another consultation in these months are taken out of the pool before the draw; the audit report lists them</source>
        <translation>Las personas que ocuparon una plaza en otra consulta durante estos meses se retiran del grupo antes del sorteo; el informe de auditoría las enumera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months a seat keeps someone out</source>
        <translation>Meses durante los que una plaza excluye a una persona</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} left out: seated since {date}</source>
        <translation>{count} excluidas: ocuparon una plaza desde el {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from {seats} seats held in the last {months} months.</source>
        <translation>Propuesto a partir de {seats} plazas ocupadas en los últimos {months} meses.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+16"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>¿A quién no hemos escuchado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who took part in consultations, against everyone who agreed to be consulted and every registered association. Groups in red were never heard in the period; the lists on the right show who is consulted again and again.</source>
        <translation>Las personas que participaron en consultas, frente a todas las que aceptaron ser consultadas y todas las asociaciones registradas. Los grupos en rojo no fueron escuchados nunca en el periodo; las listas de la derecha muestran a quién se consulta una y otra vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last</source>
        <translation>Ú&amp;ltimos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months looked back</source>
        <translation>Meses examinados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group people by</source>
        <translation>Agrupar a las personas por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups and how often they were heard</source>
        <translation>Grupos y con qué frecuencia se les escuchó</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>People seated at two or more consultations</source>
        <translation>Personas que ocuparon plaza en dos o más consultas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Associations whose members held the most seats</source>
        <translation>Asociaciones cuyos miembros ocuparon más plazas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} of {total} associations never heard</source>
        <translation>{count} de {total} asociaciones nunca escuchadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} groups with consenting people never heard</source>
        <translation>{count} grupos con personas que consintieron nunca escuchados</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../desktop/services/consultation_criteria.py" line="+53"/>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective (engagement area)</source>
        <translation>Objetivo (ámbito de actuación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration generation</source>
        <translation>Generación migratoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin-country citizenship</source>
        <translation>Ciudadanía del país de origen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination-country citizenship</source>
        <translation>Ciudadanía del país de destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship (origin, destination or dual)</source>
        <translation>Ciudadanía (origen, destino o doble)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First language listed</source>
        <translation>Primer idioma indicado</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Under 18</source>
        <translation>Menos de 18 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 29</source>
        <translation>De 18 a 29 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 to 44</source>
        <translation>De 30 a 44 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45 to 59</source>
        <translation>De 45 a 59 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 años o más</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not stated</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holds it</source>
        <translation>La tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not hold it</source>
        <translation>No la tiene</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{name}: the minimum {min} is above the maximum {max}.</source>
        <translation>{name}: el mínimo {min} supera el máximo {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the minimum {min} is more than the {count} people in the pool.</source>
        <translation>{name}: el mínimo {min} supera las {count} personas del grupo de candidatos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation needs at least one seat.</source>
        <translation>La consulta necesita al menos una plaza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool has {count} people for {seats} seats.</source>
        <translation>El grupo de candidatos tiene {count} personas para {seats} plazas.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="+137"/>
        <source>Feature</source>
        <translation>Característica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>En el grupo</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of the pool</source>
        <translation>Proporción del grupo de candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest seats people with this value must get</source>
        <translation>Mínimo de plazas que deben obtener las personas con este valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most seats people with this value may get</source>
        <translation>Máximo de plazas que pueden obtener las personas con este valor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a number of seats; Enter to confirm, Escape to cancel.</source>
        <translation>Escriba un número de plazas; Intro para confirmar, Esc para cancelar.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Can the quotas all hold?</source>
        <translation>¿Se pueden cumplir todas las cuotas?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the quotas cannot all hold</source>
        <translation>Por qué no se pueden cumplir todas las cuotas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Features</source>
        <translation>&amp;Características</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with quotas</source>
        <translation>Características con cuotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotas (seats per value)</source>
        <translation>Cuotas (plazas por &amp;valor)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill &amp;proportionally to the pool</source>
        <translation>&amp;Rellenar en proporción al grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value gets its share of the seats, as in the pool</source>
        <translation>Cada valor recibe su parte de las plazas, como en el grupo de candidatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from population &amp;shares…</source>
        <translation>Rellenar &amp;según la proporción de población…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the seats as the diaspora is spread (e.g. by destination country)</source>
        <translation>Repartir las plazas según la distribución de la diáspora (p. ej., por país de destino)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender balance</source>
        <translation>&amp;Paridad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the seats for women, half for men</source>
        <translation>La mitad de las plazas para mujeres y la mitad para hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leeway ±</source>
        <translation>&amp;Margen ±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leeway in seats</source>
        <translation>Margen en plazas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen each filled quota by this many seats on both sides, which makes the quotas easier to satisfy</source>
        <translation>Ampliar cada cuota rellenada en este número de plazas por ambos lados, lo que facilita cumplir las cuotas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At &amp;most</source>
        <translation>C&amp;omo máximo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most people from one association</source>
        <translation>Máximo de personas de una misma asociación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people from one association</source>
        <translation>personas de una misma asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people from one household (same address or phone)</source>
        <translation>personas de un mismo hogar (misma dirección o teléfono)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the cap counts</source>
        <translation>Qué cuenta el límite</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{pool} people can be drawn for {seats} seats.</source>
        <translation>Personas que pueden sortearse: {pool}, para {seats} plazas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({count} left out: consent no longer valid)</source>
        <translation>(excluidas: {count}, consentimiento no vigente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria are fixed: the participants were drawn with them.</source>
        <translation>Los criterios están fijados: los participantes se sortearon con ellos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published criteria</source>
        <translation>Criterios publicados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Otros campos</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Criteria saved.</source>
        <translation>Criterios guardados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No quotas: everyone has the same chance.</source>
        <translation>Sin cuotas: todos tienen la misma probabilidad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not decided in time (a large pool); the selection will say if the quotas cannot hold.</source>
        <translation>No se ha decidido a tiempo (grupo grande); la selección indicará si las cuotas no se pueden cumplir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Feasible: the quotas can all hold</source>
        <translation>● Factible: todas las cuotas se pueden cumplir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Not feasible: the quotas cannot all hold</source>
        <translation>● No factible: no se pueden cumplir todas las cuotas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a consultation</source>
        <translation>Elija una consulta</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+48"/>
        <source>Show in Associations</source>
        <translation>Mostrar en Asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Focal points</source>
        <translation>Mostrar en Puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Regions</source>
        <translation>Mostrar en Regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Candidates</source>
        <translation>Mostrar en Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Consultations</source>
        <translation>Mostrar en Consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the promise ledger</source>
        <translation>Mostrar en el registro de compromisos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>Oficina de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+78"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="-6"/>
        <location filename="../desktop/views/home.py" line="+74"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+310"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="+57"/>
        <location line="+45"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La lista está vacía: no hay nada que exportar.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %Ln record(s)</source>
        <translation>
            <numerusform>Exportar %Ln registro</numerusform>
            <numerusform>Exportar %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} records exported to {file}</source>
        <translation>Registros exportados a {file}: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported on</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone on {date}</source>
        <translation>Deshecha el {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since; cannot be undone</source>
        <translation>Cambiada desde entonces; no se puede deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be undone</source>
        <translation>Se puede deshacer</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent i&amp;mports…</source>
        <translation>Importaciones &amp;recientes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Buscar duplicados…</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+794"/>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name, words in another order</source>
        <translation>mismo nombre, palabras en otro orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>nombre similar en un {percent} % tras la transliteración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same website</source>
        <translation>mismo sitio web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same registration number</source>
        <translation>mismo número de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same acronym and country</source>
        <translation>misma sigla y mismo país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city and country</source>
        <translation>misma ciudad y mismo país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city: {first} / {second}</source>
        <translation>misma ciudad: {first} / {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same contact person</source>
        <translation>misma persona de contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same region</source>
        <translation>misma región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same institution</source>
        <translation>misma institución</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Looking for duplicates</source>
        <translation>Buscando duplicados</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_dedupe.py" line="+67"/>
        <source>different names</source>
        <translation>nombres distintos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth year ({year})</source>
        <translation>mismo año de nacimiento ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth years one apart ({first} / {second})</source>
        <translation>años de nacimiento con un año de diferencia ({first} / {second})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>born in different years ({first} / {second})</source>
        <translation>nacidos en años distintos ({first} / {second})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same country of residence</source>
        <translation>mismo país de residencia</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+284"/>
        <source>Public digest: you said, we did</source>
        <translation>Resumen público: ustedes dijeron, nosotros hicimos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the commitments of the consultations held in the period, with what was done. Commitments are printed as typed.</source>
        <translation>Enumera los compromisos de las consultas celebradas en el periodo, con lo que se hizo. Los compromisos se imprimen tal como se escribieron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file when it is written</source>
        <translation>Abrir el archivo cuando esté escrito</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the digest</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path} ({count} commitments)</source>
        <translation>Guardado {path} ({count} compromisos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the digest…</source>
        <translation>Escribiendo el resumen…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region directory</source>
        <translation>Directorio de la región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation>Los puntos de información de una región: puntos focales activos en la fecha, incluidos en los folletos y que han dado su consentimiento para publicar sus datos de contacto. Los folletos imprimen exactamente esta lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation>En la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation>&amp;En la fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation>Puntos de información</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory summary</source>
        <translation>Resumen del directorio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation>Todavía no hay regiones.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln information point(s) on the flyers of this region.</source>
        <translation>
            <numerusform>%Ln punto de información en los folletos de esta región.</numerusform>
            <numerusform>%Ln puntos de información en los folletos de esta región.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation>Puntos focales activos que faltan porque no consta su consentimiento de publicación: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation>Puntos focales activos con consentimiento pero no incluidos en los folletos: {count}.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+26"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records listed: {count}.</source>
        <translation>Registros mostrados: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} are listed.</source>
        <translation>Solo se muestran los primeros {count}.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+69"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation>Escriba un nombre, correo o teléfono para comprobar si ya existen registros.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not check for duplicates: {error}</source>
        <translation>No se pudieron buscar duplicados: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No similar records found.</source>
        <translation>No se han encontrado registros similares.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation>Estos registros existentes se parecen. Abra uno para comprobarlo antes de guardar un registro nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These records look like this one. Merge them if they are the same, or mark them as different.</source>
        <translation>Estos registros se parecen a este. Fusiónelos si son el mismo o márquelos como distintos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{score} % alike</source>
        <translation>Similares en un {score} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation>Fusionar con {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation>No es un duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation>Recordar que son registros distintos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: {name}</source>
        <translation>Posible duplicado: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../desktop/views/duplicates_dialog.py" line="+37"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Likely duplicates</source>
        <translation>Duplicados probables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Likely duplicate pairs</source>
        <translation>Pares de duplicados probables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records, picking each field (Enter)</source>
        <translation>Fusionar los dos registros eligiendo cada campo (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;No es un duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember that these are two different records, so they are not proposed again</source>
        <translation>Recordar que son dos registros distintos para que no se vuelvan a proponer</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>No se pudieron buscar duplicados: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} likely duplicate pairs. Check each one: merge it, or mark it as not a duplicate.</source>
        <translation>Pares de duplicados probables: {count}. Revise cada uno: fusiónelo o márquelo como no duplicado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No likely duplicates found.</source>
        <translation>No se han encontrado duplicados probables.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{first}” and “{second}” will no longer be proposed as duplicates.</source>
        <translation>«{first}» y «{second}» ya no se propondrán como duplicados.</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../desktop/services/importing/encodings.py" line="+69"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>Europa occidental</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Central European, Romanian</source>
        <translation>Europa central, rumano</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cyrillic</source>
        <translation>cirílico</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Central European</source>
        <translation>Europa central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
</context>
<context>
    <name>EngagementArea</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="-59"/>
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of skills</source>
        <translation>Transferencia de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural diversity</source>
        <translation>Diversidad cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philanthropy</source>
        <translation>Filantropía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation</source>
        <translation>Innovación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrepreneurship</source>
        <translation>Emprendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of ideas</source>
        <translation>Transferencia de ideas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>Inversiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarianism</source>
        <translation>Acción humanitaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peacebuilding</source>
        <translation>Consolidación de la paz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental initiatives</source>
        <translation>Iniciativas ambientales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora diplomacy</source>
        <translation>Diplomacia de la diáspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth empowerment</source>
        <translation>Empoderamiento juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis relief</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic engagement</source>
        <translation>Participación cívica</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+86"/>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>¿Borrar los datos personales de {name}?

Su nombre, datos de contacto, año de nacimiento, competencias, idiomas, temas, asociación y notas se eliminan definitivamente y se retiran sus consentimientos. El género, el país de residencia, la generación, la ciudadanía, los estudios, la ocupación y la región de origen se conservan, para que las estadísticas y las selecciones anteriores sigan cuadrando.

Esto no se puede deshacer. Exporte primero sus datos si la persona pidió una copia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation>Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../desktop/views/errors.py" line="+62"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong, but your data is safe and you can keep working.</source>
        <translation>Algo ha fallado, pero sus datos están a salvo y puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{summary}

Details were written to:
{log}</source>
        <translation>{summary}

Los detalles se han guardado en:
{log}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/importing/export.py" line="+116"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Elija un nombre de archivo que termine en .csv o .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write {file}: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+95"/>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file (any usual encoding, separated by ; , or tabs) or an Excel workbook (.xlsx) whose first row names the columns.</source>
        <translation>Un archivo CSV (cualquier codificación habitual, separado por ; , o tabuladores) o un libro de Excel (.xlsx) cuya primera fila nombra las columnas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a path or choose a file</source>
        <translation>Escriba una ruta o elija un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Tablas ({patterns});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+65"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bienvenido a Diaspora Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a &amp;new database</source>
        <translation>Crear una base de datos &amp;nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an existing server</source>
        <translation>&amp;Unirse a un servidor existente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>Indique a qué país atiende su oficina y quién usa este equipo. Las regiones del país se rellenan automáticamente; más adelante podrá añadir, renombrar o dar de baja regiones en Regiones.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your office, country and regions come from your account on the server, and your office&apos;s data is downloaded now. Ask your administrator for the server address and your user name.</source>
        <translation>Su oficina, el país y sus regiones se toman de su cuenta en el servidor, y los datos de su oficina se descargan ahora. Pida a su administrador la dirección del servidor y su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>Dirección de&amp;l servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining {server}</source>
        <translation>Uniéndose a {server}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. Nothing is lost: what was downloaded is kept, and the next sync goes on from there.</source>
        <translation>Detenido. No se pierde nada: lo descargado se conserva y la próxima sincronización continúa desde ahí.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../desktop/views/home.py" line="-277"/>
        <source>Nothing to show yet: start here</source>
        <translation>Todavía no hay nada que mostrar: empiece aquí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Import or add diaspora associations</source>
        <translation>1. Importar o añadir asociaciones de la diáspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in your spreadsheet of associations (Associations → Import…) or add them one by one.</source>
        <translation>Traiga su hoja de cálculo de asociaciones (Asociaciones → Importar…) o añádalas una a una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add focal points</source>
        <translation>2. Añadir puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who act as information points in each region; those who agree are printed on flyers.</source>
        <translation>Las personas que actúan como puntos de información en cada región; las que lo aceptan aparecen en los folletos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Register people who agree to be consulted</source>
        <translation>3. Registrar a las personas que aceptan ser consultadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each person&apos;s consent; only they can be drawn for a consultation.</source>
        <translation>Registre el consentimiento de cada persona; solo ellas pueden ser sorteadas para una consulta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Plan a consultation</source>
        <translation>4. Planificar una consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set its quotas, draw a fair panel and record what was promised.</source>
        <translation>Fije sus cuotas, sortee un panel equitativo y registre lo prometido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Print a flyer</source>
        <translation>5. Imprimir un folleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the diaspora where to find their focal point.</source>
        <translation>Indique a la diáspora dónde encontrar su punto focal.</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <location filename="../desktop/views/flyers_editor.py" line="+255"/>
        <source>The theme&apos;s colour</source>
        <translation>El color del tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+532"/>
        <source>Flyer</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+347"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Made from region, language and format</source>
        <translation>Formado a partir de la región, el idioma y el formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer name</source>
        <translation>Nombre del folleto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National (no region)</source>
        <translation>Nacional (sin región)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headline:</source>
        <translation>T&amp;itular:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short sentences read best. Printed as typed.</source>
        <translation>Las frases cortas se leen mejor. Se imprime tal como se escribe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body text:</source>
        <translation>&amp;Texto principal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body text</source>
        <translation>Texto principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call to action:</source>
        <translation>&amp;Llamada a la acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s address; the QR code opens it.</source>
        <translation>La dirección de la plataforma; el código QR la abre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default texts of this language</source>
        <translation>&amp;Usar los textos predeterminados de este idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace headline, body and call to action with the standard texts in the flyer&apos;s language</source>
        <translation>Sustituir el titular, el texto principal y la llamada a la acción por los textos estándar en el idioma del folleto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture or logo:</source>
        <translation>Imagen o logotipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture or logo</source>
        <translation>Imagen o logotipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour &amp;theme:</source>
        <translation>Tem&amp;a de colores:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Tema de colores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main colour…</source>
        <translation>Color principal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour…</source>
        <translation>Color de acento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the custom colours and use the theme&apos;s</source>
        <translation>Olvidar los colores propios y usar los del tema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colours:</source>
        <translation>Colores propios:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own colours</source>
        <translation>Colores propios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a print shop</source>
        <translation>Para una imprenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 mm &amp;bleed (backgrounds run past the cut)</source>
        <translation>&amp;Sangrado de 3 mm (los fondos sobrepasan el corte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cr&amp;op marks</source>
        <translation>Marcas de c&amp;orte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;MYK colours</source>
        <translation>&amp;Colores CMYK</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview of the printed flyer</source>
        <translation>Vista previa del folleto impreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight results</source>
        <translation>Resultados de la comprobación previa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the flyer as a PDF file (Ctrl+E)</source>
        <translation>Guardar el folleto como archivo PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>Imprimir en una impresora de este equipo (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flyer (Ctrl+S)</source>
        <translation>Guardar el folleto (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor (Esc)</source>
        <translation>Cerrar el editor (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A national flyer lists no focal points.</source>
        <translation>Un folleto nacional no incluye puntos focales.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln focal point(s) of this region will be printed: those active, listed on flyers and with recorded consent.</source>
        <translation>
            <numerusform>Se imprimirá %Ln punto focal de esta región: los activos, incluidos en los folletos y con consentimiento registrado.</numerusform>
            <numerusform>Se imprimirán %Ln puntos focales de esta región: los activos, incluidos en los folletos y con consentimiento registrado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No focal point of this region can be printed yet (they need to be active, listed on flyers and have recorded consent).</source>
        <translation>Todavía no se puede imprimir ningún punto focal de esta región (deben estar activos, incluidos en los folletos y con consentimiento registrado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New flyer</source>
        <translation>Nuevo folleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer – {name}</source>
        <translation>Folleto – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>No se pudo dibujar la vista previa: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview up to date.</source>
        <translation>Vista previa actualizada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preflight: no problems found.</source>
        <translation>Comprobación previa: ningún problema.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flyer not ready</source>
        <translation>Folleto no listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flyer could not be drawn: {error}</source>
        <translation>No se pudo dibujar el folleto: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture or logo</source>
        <translation>Elegir una imagen o un logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was saved: {problems}</source>
        <translation>No se ha guardado nada: {problems}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flyer saved.</source>
        <translation>Folleto guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preflight found problems</source>
        <translation>La comprobación previa ha encontrado problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

{action} anyway?</source>
        <translation>{problems}

¿{action} de todos modos?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyer exported to {path}.</source>
        <translation>Folleto exportado a {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print flyer</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this flyer before closing?</source>
        <translation>¿Guardar los cambios de este folleto antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>FlyerLanguages</name>
    <message>
        <location filename="../desktop/services/flyers/labels.py" line="+36"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
</context>
<context>
    <name>FlyerTemplates</name>
    <message>
        <location filename="../desktop/services/flyers/templates.py" line="+60"/>
        <source>A5 leaflet</source>
        <translation>Folleto A5 plegable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 flyer</source>
        <translation>Folleto A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter flyer</source>
        <translation>Folleto carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3 poster</source>
        <translation>Cartel A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll-up banner 85 × 200 cm</source>
        <translation>Roll-up 85 × 200 cm</translation>
    </message>
</context>
<context>
    <name>FlyerThemes</name>
    <message>
        <location filename="../desktop/services/flyers/themes.py" line="+34"/>
        <source>Blue and gold</source>
        <translation>Azul y oro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and sun</source>
        <translation>Verde y sol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burgundy and sand</source>
        <translation>Burdeos y arena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal and coral</source>
        <translation>Verde azulado y coral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plum and amber</source>
        <translation>Ciruela y ámbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal and mint</source>
        <translation>Antracita y menta</translation>
    </message>
</context>
<context>
    <name>Flyers</name>
    <message>
        <location filename="../desktop/services/flyers/images.py" line="+41"/>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>La imagen es demasiado grande ({w} × {h} píxeles).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an image that can be printed (use PNG or JPEG).</source>
        <translation>Este archivo no es una imagen que se pueda imprimir (use PNG o JPEG).</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/batch.py" line="+90"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>Regiones desconocidas: {codes}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/preflight.py" line="+55"/>
        <source>region line</source>
        <translation>línea de la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body text</source>
        <translation>texto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call to action</source>
        <translation>llamada a la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points heading</source>
        <translation>título de los puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points</source>
        <translation>puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points note</source>
        <translation>nota sobre los puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR caption</source>
        <translation>Leyenda del código QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help office line</source>
        <translation>línea de la oficina de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{language} flyer, {block}: no font can print {chars}; they would come out as &quot;?&quot;. Remove or replace them.</source>
        <translation>Folleto en {language}, {block}: ninguna fuente puede imprimir {chars}; saldrían como «?». Elimínelos o sustitúyalos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {block} does not fit even at {size} pt: {lines} line(s) are left out (the printed text ends with &quot;…&quot;). Shorten it or choose a larger format.</source>
        <translation>El bloque «{block}» no cabe ni siquiera a {size} pt: líneas omitidas: {lines} (el texto impreso termina en «…»). Acórtelo o elija un formato mayor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{missing} of {total} focal points do not fit on this format and are left out. Choose a larger format.</source>
        <translation>{missing} de {total} puntos focales no caben en este formato y se omiten. Elija un formato mayor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The QR code&apos;s squares are {size} mm wide; below {minimum} mm phones may not read it once printed. Use a shorter web address or a larger format.</source>
        <translation>Los cuadrados del código QR miden {size} mm; por debajo de {minimum} mm puede que los teléfonos no lo lean una vez impreso. Use una dirección web más corta o un formato mayor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The QR code is {size} mm wide; people scan this format from about {distance} cm, which needs at least {needed} mm.</source>
        <translation>El código QR mide {size} mm de ancho; este formato se escanea a unos {distance} cm, lo que requiere al menos {needed} mm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code has only {modules} modules of white margin around it; scanners need {needed}.</source>
        <translation>El código QR solo tiene {modules} módulos de margen blanco alrededor; los lectores necesitan {needed}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below {minimum} dpi it looks blurred. Use a larger image.</source>
        <translation>La imagen se imprime a {dpi} ppp ({w} × {h} píxeles en {mw} × {mh} mm); por debajo de {minimum} ppp se ve borrosa. Use una imagen más grande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no web address, so the flyer has no QR code. Type the platform&apos;s address.</source>
        <translation>No hay dirección web, así que el folleto no tiene código QR. Escriba la dirección de la plataforma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address is the example {url}; type your platform&apos;s address.</source>
        <translation>La dirección web es el ejemplo {url}; escriba la dirección de su plataforma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address must start with https:// (or http://) and name a server, or phones cannot open the registration form.</source>
        <translation>La dirección web debe empezar por https:// (o http://) e indicar un servidor; si no, los teléfonos no pueden abrir el formulario de inscripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This flyer has no campaign code yet (it gets one when saved), so registrations it brings cannot be counted for it.</source>
        <translation>Este folleto aún no tiene código de campaña (lo recibe al guardarlo), así que las inscripciones que genere no se le pueden atribuir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign code {code} is not valid: use 4 to 12 letters and digits.</source>
        <translation>El código de campaña {code} no es válido: use de 4 a 12 letras y cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline is empty.</source>
        <translation>El titular está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No focal point of this region can be printed (none is active, listed on flyers and with recorded consent to publish). The flyer points people to the help office instead.</source>
        <translation>No se puede imprimir ningún punto focal de esta región (ninguno está activo, figura en los folletos y tiene registrado el consentimiento de publicación). El folleto remite en su lugar a la oficina de atención.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/store.py" line="+110"/>
        <location line="+126"/>
        <source>This flyer no longer exists (it may have been deleted).</source>
        <translation>Este folleto ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown format {value}; choose one of {choices}.</source>
        <translation>Formato desconocido: {value}; elija uno de {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language {value}; choose one of {choices}.</source>
        <translation>Idioma desconocido: {value}; elija uno de {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region {value}.</source>
        <translation>Región desconocida: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown colour theme {value}.</source>
        <translation>Tema de colores desconocido: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colour is written like #1D4E89.</source>
        <translation>Un color se escribe así: #1D4E89.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture is larger than 15 MB; use a smaller file.</source>
        <translation>La imagen supera los 15 MB; use un archivo más pequeño.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A campaign code has 4 to 12 letters and digits.</source>
        <translation>Un código de campaña tiene de 4 a 12 letras y cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {limit} characters.</source>
        <translation>Como máximo {limit} caracteres.</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <location filename="../desktop/views/flyers.py" line="+41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unknown code)</source>
        <translation>(código desconocido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>None given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flyers</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyers, posters and banners in six languages with the region&apos;s focal points and a QR code. Open one to edit it with a live preview; print it here or export a PDF for a print shop.</source>
        <translation>Folletos, carteles y roll-ups en seis idiomas con los puntos focales de la región y un código QR. Abra uno para editarlo con vista previa en directo; imprímalo aquí o exporte un PDF para una imprenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New flyer…</source>
        <translation>&amp;Nuevo folleto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a flyer (Ctrl+N)</source>
        <translation>Crear un folleto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected flyer in the editor (Enter)</source>
        <translation>Abrir el folleto seleccionado en el editor (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new flyer from the selected one, e.g. for another language or region</source>
        <translation>Crear un folleto nuevo a partir del seleccionado, p. ej. para otro idioma o región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flyer (Del); you can undo it</source>
        <translation>Eliminar el folleto seleccionado (Supr); puede deshacerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print for several &amp;regions…</source>
        <translation>&amp;Imprimir para varias regiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One flyer per region and language into a folder</source>
        <translation>Un folleto por región e idioma en una carpeta</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Filter flyers</source>
        <translation>Filtrar folletos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted flyer back (Ctrl+Z)</source>
        <translation>Recuperar el folleto eliminado (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved flyers</source>
        <translation>Folletos guardados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flyer yet. Press “New flyer…” to make one: it starts with ready-made texts in the language you choose.</source>
        <translation>Todavía no hay folletos. Pulse «Nuevo folleto…» para crear uno: empieza con textos ya preparados en el idioma que elija.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrations that came through the flyers&apos; QR codes</source>
        <translation>Inscripciones llegadas por los códigos QR de los folletos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations per flyer</source>
        <translation>Inscripciones por folleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations per region</source>
        <translation>Inscripciones por región</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“{name}” was deleted.</source>
        <translation>«{name}» se ha eliminado.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+238"/>
        <source>Flyer</source>
        <translation>Folleto</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+42"/>
        <source>New focal point</source>
        <translation>Nuevo punto focal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit focal point</source>
        <translation>Editar punto focal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— sin indicar —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+361"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation>p. ej., Consejo del distrito de Cahul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Cargo o puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation>— nacional (sin región) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>F&amp;unción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation>Cargo &amp;o puesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation>p. ej., 0 299 12 345 o +373 299 12 345</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages spoken:</source>
        <translation>Idiomas &amp;que habla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation>Período de actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>Activo &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation>Activo &amp;hasta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation>Publicación en los folletos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation>Los folletos solo imprimen los datos de contacto de una persona con su consentimiento. Indique cuándo y cómo lo dio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation>Forma en que se dio el consentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation>p. ej., formulario firmado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given &amp;on:</source>
        <translation>Consentimiento dado &amp;el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;Forma en que se dio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation>Incluir &amp;a esta persona en los folletos como punto de información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation>Figura en los folletos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirar el consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation>La persona ya no está de acuerdo: borra el consentimiento y la retira de los folletos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked associations</source>
        <translation>Asociaciones vinculadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link associations</source>
        <translation>Vincular asociaciones</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save ({keys})</source>
        <translation>Guardar ({keys})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation>Para incluir a esta persona en los folletos, registre primero la fecha y la forma en que dio su consentimiento.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Will be saved as {phone}</source>
        <translation>Se guardará como {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
</context>
<context>
    <name>FocalPointList</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+34"/>
        <location line="+10"/>
        <source>Listed</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not listed</source>
        <translation>No incluido</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+68"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
</context>
<context>
    <name>FocalPointRole</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+56"/>
        <source>Elected official</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government officer</source>
        <translation>Funcionario del gobierno local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical focal point</source>
        <translation>Punto focal técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular officer</source>
        <translation>Funcionario consular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association liaison</source>
        <translation>Enlace con asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+86"/>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation>Personas que actúan como puntos de información: cargos electos, personal de la administración local, puntos focales técnicos y consulares, enlaces de asociaciones.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation>Filtrar por nombre, institución, cargo, correo o teléfono ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter focal points</source>
        <translation>Filtrar puntos focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>Incluidos o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Incluidos en los folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation>No incluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation>Sin consentimiento registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active or not</source>
        <translation>Activo o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation>Activo hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation>No activo hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New focal point…</source>
        <translation>&amp;Nuevo punto focal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a focal point</source>
        <translation>Añadir un punto focal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected focal point</source>
        <translation>Abrir el punto focal seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected focal points to the trash</source>
        <translation>Mover los puntos focales seleccionados a la papelera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted focal points, to restore them</source>
        <translation>Puntos focales eliminados, para restaurarlos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>National (no region)</source>
        <translation>Nacional (sin región)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation>Puntos focales: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation>{shown} de {total} puntos focales</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation>1 punto focal movido a la papelera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation>Puntos focales movidos a la papelera: {count}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted focal points</source>
        <translation>Puntos focales eliminados</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+86"/>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation>Lo que pidieron los participantes y lo que se prometió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation>Lo que se hizo (se imprime en el informe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Compromiso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="-61"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Añadir compromiso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation>&amp;Informe «Ustedes dijeron, nosotros hicimos»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation>Un PDF con los compromisos y su resultado, en el idioma de la consulta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation>Compromisos: {total}; abiertos: {open}. La consulta se podrá cerrar cuando no quede ninguno abierto.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete commitment</source>
        <translation>Eliminar compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation>¿Eliminar este compromiso?

{text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation>Informe «Ustedes dijeron, nosotros hicimos»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, we did</source>
        <translation>Ustedes dijeron, nosotros hicimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>Redactando el informe…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+22"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/views/help_viewer.py" line="+55"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — guía de uso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía de uso en esta instalación.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/services/history.py" line="+87"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link added</source>
        <translation>Vínculo añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>Vínculo eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish recorded</source>
        <translation>Consentimiento de publicación registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish withdrawn</source>
        <translation>Consentimiento de publicación retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Incluido en los folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off flyers</source>
        <translation>Retirado de los folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+170"/>
        <source> ({count} fields)</source>
        <translation> (campos: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — {what} (by {who})</source>
        <translation>{when} — {what} (por {who})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+34"/>
        <source>National bureau of {country}</source>
        <translation>Oficina nacional — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for {region}, {country}</source>
        <translation>Oficina de ayuda de {region}, {country}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise ledger</source>
        <translation>Registro de compromisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>¿A quién no hemos escuchado?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as a spreadsheet (.xlsx)…</source>
        <translation>Cifras en hoja de cálculo (.xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report (PDF)…</source>
        <translation>Informe para donantes (PDF)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Associations by region and status</source>
        <translation>Asociaciones por región y estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants against the consenting pool, by gender (%)</source>
        <translation>Participantes frente al grupo que consintió, por género (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants against the consenting pool, by generation (%)</source>
        <translation>Participantes frente al grupo que consintió, por generación (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments by status</source>
        <translation>Compromisos por estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By region: the national level first, then the regions that hold data</source>
        <translation>Por región: primero el nivel nacional, luego las regiones con datos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures by region</source>
        <translation>Cifras por región</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of {time}; counting again…</source>
        <translation>Cifras de las {time}; volviendo a calcular…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consenting pool</source>
        <translation>Grupo que consintió</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Hoja de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Exportar las cifras</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+518"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+313"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/engine.py" line="+140"/>
        <source>The file has no column for {fields}. Name a column {titles} (or choose it in the import wizard).</source>
        <translation>El archivo no tiene ninguna columna para {fields}. Llame a una columna {titles} (o elíjala en el asistente de importación).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a header but no rows to import.</source>
        <translation>El archivo tiene encabezado, pero ninguna fila que importar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking rows</source>
        <translation>Comprobando las filas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looks like the existing record “{name}” ({score} %: {reasons}).</source>
        <translation>Se parece al registro existente «{name}» ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like line {line} of this file ({score} %: {reasons}).</source>
        <translation>Se parece a la línea {line} de este archivo ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no import {batch}.</source>
        <translation>No existe la importación {batch}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This import was already undone.</source>
        <translation>Esta importación ya se ha deshecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import can no longer be undone: {count} of its records were changed since (edited, deleted, merged or linked). Delete the records you do not want from the list instead.</source>
        <translation>Esta importación ya no se puede deshacer: {count} de sus registros han cambiado desde entonces (editados, eliminados, fusionados o vinculados). Elimine de la lista los registros que no quiera.</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/readers.py" line="+85"/>
        <source>The file {file} does not exist.</source>
        <translation>El archivo {file} no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>No se puede abrir el archivo {file}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row must be 1 or more.</source>
        <translation>La fila de encabezado debe ser 1 o más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>{file} es un libro de Excel antiguo (.xls). Ábralo en Excel o LibreOffice, guárdelo como .xlsx o .csv e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no row {row}: its last row is {last}.</source>
        <translation>{file} no tiene fila {row}: su última fila es la {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of {file} is empty; choose the row that names the columns.</source>
        <translation>La fila {row} de {file} está vacía; elija la fila que nombra las columnas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a totals row (“{text}”), not data</source>
        <translation>una fila de totales («{text}»), no datos</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo {file}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The file {file} is empty.</source>
        <translation>El archivo {file} está vacío.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file} is not a text (CSV) file. Save the table as CSV or XLSX and import that file.</source>
        <translation>{file} no es un archivo de texto (CSV). Guarde la tabla como CSV o XLSX e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as CSV: {reason}</source>
        <translation>{file} no se puede leer como CSV: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx). It may be damaged or of another kind.</source>
        <translation>{file} no se puede leer como libro de Excel (.xlsx). Puede estar dañado o ser de otro tipo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook {file} is empty.</source>
        <translation>El libro {file} está vacío.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="-284"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-434"/>
        <location line="+221"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+21"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-204"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+154"/>
        <location line="+98"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics volunteered for</source>
        <translation>Temas para los que se ofrece</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-229"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+65"/>
        <location line="+161"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-160"/>
        <location line="+161"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-73"/>
        <location line="+158"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="-351"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Founding year</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement areas</source>
        <translation>Ámbitos de actuación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to publish</source>
        <translation>Consentimiento de publicación</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed on flyers</source>
        <translation>Figura en los folletos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent given how</source>
        <translation>Forma del consentimiento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-53"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Import {what}</source>
        <translation>Importar: {what}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators/__init__.py" line="+54"/>
        <source>Unknown region: {code}.</source>
        <translation>Región desconocida: {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/files.py" line="+51"/>
        <source>The report can be written as .xlsx or .pdf, not {suffix}.</source>
        <translation>El informe puede escribirse en .xlsx o .pdf, no en {suffix}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Up to {end}</source>
        <translation>Hasta el {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National level only</source>
        <translation>Solo el nivel nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diaspora engagement: monitoring report</source>
        <translation>Vinculación con la diáspora: informe de seguimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States such as valid consent and overdue commitments are taken on {date}.</source>
        <translation>Los estados como el consentimiento vigente o los compromisos vencidos se toman al {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/services/indicators/labels.py" line="+26"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who consented</source>
        <translation>Personas que consintieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who took part, against who could</source>
        <translation>Quién participó, frente a quién podía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry and consultations</source>
        <translation>Registro y consultas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People who consented to be consulted, in groups from which nobody took part in the period.</source>
        <translation>Personas que aceptaron ser consultadas, en grupos de los que nadie participó en el periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report produced on {date}.</source>
        <translation>Informe elaborado el {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/labels.py" line="-7"/>
        <source>Associations in the registry</source>
        <translation>Asociaciones en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active focal points</source>
        <translation>Puntos focales activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points listed on flyers</source>
        <translation>Puntos focales en los folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions without a focal point</source>
        <translation>Regiones sin punto focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who consented to be consulted</source>
        <translation>Personas que aceptaron ser consultadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents ending in the next 90 days</source>
        <translation>Consentimientos que vencen en los próximos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations held</source>
        <translation>Consultas celebradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women among participants (%)</source>
        <translation>Mujeres entre los participantes (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments made</source>
        <translation>Compromisos asumidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments overdue</source>
        <translation>Compromisos vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept on time (%)</source>
        <translation>Compromisos cumplidos a tiempo (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups not heard from</source>
        <translation>Grupos no escuchados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seated more than once</source>
        <translation>Personas que ocuparon plaza más de una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st generation</source>
        <translation>1.ª generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd generation</source>
        <translation>2.ª generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd generation or later</source>
        <translation>3.ª generación o posterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Doble</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New in the period</source>
        <translation>Nuevas en el periodo</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/model.py" line="+54"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>El periodo empieza ({start}) después de terminar ({end}).</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../desktop/views/consultations_invitations.py" line="+51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve rank</source>
        <translation>Puesto en la reserva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants and reserves</source>
        <translation>Participantes y reservas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;invited</source>
        <translation>&amp;Marcar como invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>&amp;Rechazó…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person cannot come; the next suitable reserve is offered</source>
        <translation>La persona no puede asistir; se ofrece la siguiente reserva adecuada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttended</source>
        <translation>&amp;Asistió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did &amp;not come</source>
        <translation>&amp;No asistió</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation &amp;letters (PDF)…</source>
        <translation>Cartas &amp;de invitación (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected or invited person, in the consultation&apos;s language</source>
        <translation>Una carta por persona seleccionada o invitada, en el idioma de la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export invitee &amp;list…</source>
        <translation>&amp;Exportar la lista de invitados…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one is selected yet: run the selection first.</source>
        <translation>Todavía no hay nadie seleccionado: realice primero la selección.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No suitable reserve</source>
        <translation>Ninguna reserva adecuada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. No reserve can take the seat without breaking a quota; the seat stays empty unless you draw again with a larger pool.</source>
        <translation>{name} ha rechazado. Ninguna reserva puede ocupar la plaza sin incumplir una cuota; la plaza queda vacía salvo que se haga un nuevo sorteo con un grupo de candidatos mayor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer the seat to a reserve</source>
        <translation>Ofrecer la plaza a una reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. The next reserve who keeps every quota is {reserve}. Give them the seat?</source>
        <translation>{name} ha rechazado. La siguiente reserva que respeta todas las cuotas es {reserve}. ¿Darle la plaza?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reserve} takes the seat; invite them now.</source>
        <translation>{reserve} ocupa la plaza; invítela ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>Cartas de invitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} letters written to {path}.</source>
        <translation>Cartas guardadas en {path}: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the letters…</source>
        <translation>Redactando las cartas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export invitee list</source>
        <translation>Exportar la lista de invitados</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invitees</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} people written to {path}.</source>
        <translation>Personas guardadas en {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+283"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Puesto en la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>Probabilidad de selección</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invitees</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Elija un nombre de archivo que termine en .csv o .xlsx.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="-300"/>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Hecho en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (evidence)</source>
        <translation>Lo que se hizo (evidencia)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+396"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>Todavía no hay nadie seleccionado ni invitado, así que no hay ninguna carta que escribir.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-91"/>
        <source>None yet.</source>
        <translation>Ninguno por ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation>Añadir vínculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-81"/>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation>Registros que coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+68"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>&amp;Acerca de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — no sync server configured</source>
        <translation>Sin conexión: no hay servidor de sincronización configurado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Diaspora Desk backup</source>
        <translation>Copia de seguridad de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db)</source>
        <translation>Base de datos SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart now?</source>
        <translation>¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after a restart. Restart now? Diaspora Desk reopens on this page; open forms ask about unsaved changes first.</source>
        <translation>El nuevo idioma se aplica tras reiniciar. ¿Reiniciar ahora? Diaspora Desk se volverá a abrir en esta página; los formularios abiertos preguntan antes qué hacer con los cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-638"/>
        <source>Match the columns</source>
        <translation>Relacionar las columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file goes into the field chosen next to it. Columns set to “Do not import” are left out.</source>
        <translation>Cada columna del archivo va al campo elegido a su lado. Las columnas marcadas como «No importar» se omiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>&amp;Correspondencias guardadas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings</source>
        <translation>Correspondencias guardadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen saved mapping for this file</source>
        <translation>Usar la correspondencia guardada elegida para este archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar correspondencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these choices to reuse them for the next file from the same source</source>
        <translation>Guardar estas opciones para reutilizarlas con el próximo archivo de la misma fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete mapping</source>
        <translation>&amp;Eliminar correspondencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Header on row:</source>
        <translation>E&amp;ncabezado en la fila:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row that names the columns</source>
        <translation>Fila que nombra las columnas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{rows} rows read from {file} ({encoding}, separated by {separator}).</source>
        <translation>Filas leídas de {file}: {rows} ({encoding}, separadas por {separator}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{rows} rows read from sheet “{sheet}” of {file}.</source>
        <translation>Filas leídas de la hoja «{sheet}» de {file}: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not data, left out: {rows}.</source>
        <translation>No son datos, se omiten: {rows}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({reason})</source>
        <translation>fila {line} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field for column {column}</source>
        <translation>Campo para la columna {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Do not import —</source>
        <translation>— No importar —</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{field}” is chosen for more than one column ({columns}); choose it for one only.</source>
        <translation>«{field}» está elegido para más de una columna ({columns}); elíjalo solo para una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Elija la columna que contiene: {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this mapping:</source>
        <translation>Nombre de esta correspondencia:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete mapping</source>
        <translation>Eliminar correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>¿Eliminar la correspondencia guardada «{name}»?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../desktop/services/merge.py" line="+116"/>
        <source>One of the records no longer exists (it may have been deleted or merged already).</source>
        <translation>Uno de los registros ya no existe (puede que ya se haya eliminado o fusionado).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Un registro no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>These choices do not make a valid record: {problems}</source>
        <translation>Estas opciones no forman un registro válido: {problems}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/views/merge_dialog.py" line="+53"/>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use all from &amp;left</source>
        <translation>&amp;Usar todo de la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every value of the record on the left</source>
        <translation>Conservar todos los valores del registro de la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use all from &amp;right</source>
        <translation>Usar &amp;todo de la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every differing value from the record on the right</source>
        <translation>Tomar todos los valores distintos del registro de la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Swap records</source>
        <translation>&amp;Intercambiar registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the record on the right instead, and merge the left one into it</source>
        <translation>Conservar en su lugar el registro de la derecha y fusionar en él el de la izquierda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../desktop/views/registrations.py" line="+226"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the two records ({key})</source>
        <translation>Fusionar los dos registros ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For each field that differs, pick the value to keep. “{other}” will be merged into “{keep}”: its links and history move over, and it is removed (it stays in the trash, marked as merged).</source>
        <translation>Para cada campo distinto, elija el valor que se conserva. «{other}» se fusionará en «{keep}»: sus vínculos e historial pasan a este y se retira (queda en la papelera, marcado como fusionado).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/views/registrations.py" line="-26"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept record (left)</source>
        <translation>Registro conservado (izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record (right)</source>
        <translation>Registro fusionado (derecha)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../desktop/views/registrations.py" line="+15"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records have the same values; merging keeps the left one and moves the other&apos;s links and history to it.</source>
        <translation>Los dos registros tienen los mismos valores; al fusionar se conserva el de la izquierda y se le trasladan los vínculos y el historial del otro.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merged “{other}” into “{keep}”.</source>
        <translation>«{other}» fusionado en «{keep}».</translation>
    </message>
    <message>
        <location filename="../desktop/views/registrations.py" line="-23"/>
        <source>Merge registration into {name}</source>
        <translation>Fusionar la inscripción con {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, field by field, which value the record keeps. Fields where both are the same are not shown.</source>
        <translation>Elija, campo por campo, qué valor conserva el registro. No se muestran los campos iguales en ambos lados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From the form</source>
        <translation>Del formulario</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>In the record</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to merge</source>
        <translation>Campos que fusionar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep for {field}</source>
        <translation>Valor conservado para {field}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+95"/>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../desktop/views/office_picker.py" line="+30"/>
        <source>Home country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;country:</source>
        <translation>&amp;País de origen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;national bureau (sees every region)</source>
        <translation>La oficina &amp;nacional (ve todas las regiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region&apos;s help office:</source>
        <translation>La oficina de atención de una &amp;región:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region of this help office</source>
        <translation>Región de esta oficina de atención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop is used by:</source>
        <translation>Este equipo lo usa:</translation>
    </message>
</context>
<context>
    <name>OfficeProfileFields</name>
    <message>
        <location filename="../desktop/views/office_profile_fields.py" line="+32"/>
        <source>Office profile (printed on letters, reports and flyers)</source>
        <translation>Perfil de la oficina (impreso en cartas, informes y folletos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters, the selection audit report and the footer of flyers show these details, so that people know whom to contact. Leave a field empty to leave it out.</source>
        <translation>Las cartas de invitación, el informe de auditoría de la selección y el pie de los folletos muestran estos datos, para que la gente sepa a quién contactar. Deje un campo vacío para omitirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Cahul Help Office for Migrants</source>
        <translation>p. ej. Oficina de ayuda a migrantes de Cahul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. +373 299 12 345</source>
        <translation>p. ej. +373 299 12 345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ana Rusu, Head of office</source>
        <translation>p. ej. Ana Rusu, jefa de oficina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>Dirección de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone</source>
        <translation>Teléfono de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail</source>
        <translation>Correo electrónico de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office na&amp;me:</source>
        <translation>No&amp;mbre de la oficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the office logo</source>
        <translation>Elegir el logotipo de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>Ese archivo no es una imagen PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../desktop/views/operations.py" line="+91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+183"/>
        <source>e.g. {date}</source>
        <translation>p. ej. {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Type the date or pick it from the calendar; Delete clears it.</source>
        <translation>Escriba la fecha o elíjala en el calendario; Supr la borra.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Pick from the calendar</source>
        <translation>Elegir en el calendario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick {field} from the calendar</source>
        <translation>Elegir {field} en el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {field}</source>
        <translation>Borrar {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a date. Write it like {example}.</source>
        <translation>No es una fecha. Escríbala como {example}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/views/sync_page.py" line="+76"/>
        <source>Log in to the sync server</source>
        <translation>Iniciar sesión en el servidor de sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in to {server} as {user}.</source>
        <translation>Iniciar sesión en {server} como {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is kept in this computer&apos;s password store (keyring), not the password itself.</source>
        <translation>La sesión se guarda en el almacén de contraseñas de este equipo (keyring), no la contraseña en sí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring): the password is kept in memory only, until Diaspora Desk is closed.</source>
        <translation>Este equipo no tiene almacén de contraseñas (keyring): la contraseña solo se guarda en memoria hasta cerrar Diaspora Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../desktop/services/personal_data.py" line="+149"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics volunteered for</source>
        <translation>Temas para los que se ofrece</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>Última modificación el</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <source>Everything we hold about you</source>
        <translation>Todo lo que conservamos sobre usted</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This document lists every record the diaspora-relations bureau keeps about this person: their details, their consents, the consultations they were part of, and commitments that mention them. Exported on {date}.</source>
        <translation>Este documento recoge todos los datos que la oficina de relaciones con la diáspora conserva sobre esta persona: sus datos, sus consentimientos, las consultas en las que participó y los compromisos que la mencionan. Exportado el {date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text agreed to on {date} (version {version}):</source>
        <translation>Texto aceptado el {date} (versión {version}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent is recorded.</source>
        <translation>No consta ningún consentimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your place</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of being selected</source>
        <translation>Probabilidad de ser seleccionado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation status</source>
        <translation>Estado de la consulta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person has not been part of any consultation.</source>
        <translation>Esta persona no ha participado en ninguna consulta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments that mention this person</source>
        <translation>Compromisos que mencionan a esta persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Los datos de esta persona ya se borraron.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erased person</source>
        <translation>Persona borrada</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-62"/>
        <source>Export personal data</source>
        <translation>Exportar los datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation>Datos personales guardados en {pdf} y {json}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the personal data export…</source>
        <translation>Escribiendo la exportación de datos personales…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The personal data of {name} was erased.</source>
        <translation>Se han borrado los datos personales de {name}.</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+168"/>
        <source>Add people to the pool</source>
        <translation>Añadir personas al grupo de candidatos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation>Se añade a todas las personas con consentimiento vigente que cumplan todos los filtros elegidos (un filtro vacío incluye a todos).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topics volunteered for</source>
        <translation>Temas para los que se ofrece</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of residence</source>
        <translation>Países de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation>Regiones de origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topics volunteered for</source>
        <translation>&amp;Temas para los que se ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation>&amp;Países de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation>&amp;Regiones de origen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Genders</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenships</source>
        <translation>Ciudadanías</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation>Ge&amp;neración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Ciudadanía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members of the association</source>
        <translation>Miembros de la asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association (type to search)</source>
        <translation>Cualquier asociación (escriba para buscar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the a&amp;ssociation:</source>
        <translation>Miembros de la a&amp;sociación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or e-mail contains</source>
        <translation>El nombre o el correo contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation>&amp;El nombre o el correo contiene:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation>C&amp;ontar coincidencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to pool</source>
        <translation>&amp;Añadir al grupo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} people with a valid consent match.</source>
        <translation>Personas con consentimiento vigente que coinciden: {count}.</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="-198"/>
        <source>1st</source>
        <translation>1.ª</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2.ª</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3.ª o más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be selected</source>
        <translation>Puede ser seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: consent not valid</source>
        <translation>No: consentimiento no vigente</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Result of the last change</source>
        <translation>Resultado del último cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation>Filtrar el grupo de candidatos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation>Miembros del grupo de candidatos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation>&amp;Añadir por filtros…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation>Añadir a todas las personas con consentimiento vigente que coincidan (p. ej., que se ofrecieron para este tema)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from a &amp;file of ids…</source>
        <translation>Añadir &amp;desde un archivo de identificadores…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation>Un CSV con una columna «id» (o solo identificadores, uno por línea), p. ej. exportado de otra herramienta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import new people…</source>
        <translation>&amp;Importar personas nuevas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list of volunteers (CSV or Excel) as candidates, record their consent, and add them to this pool</source>
        <translation>Importar una lista de voluntarios (CSV o Excel) como candidatos, registrar su consentimiento y añadirlos a este grupo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar lo seleccionado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} people in the pool.</source>
        <translation>Personas en el grupo de candidatos: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation>De ellas, {count} ya no pueden ser seleccionadas (consentimiento retirado o caducado); el sorteo las excluye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation>El grupo de candidatos está fijado: los participantes ya se sortearon.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+38"/>
        <source>Pool</source>
        <translation>Grupo de candidatos</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Adding to the pool…</source>
        <translation>Añadiendo al grupo de candidatos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people from a file of ids</source>
        <translation>Añadir personas desde un archivo de identificadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove from the pool</source>
        <translation>Quitar del grupo de candidatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation>¿Quitar a {count} personas del grupo? Siguen en la lista de candidatos y pueden volver a añadirse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} removed from the pool.</source>
        <translation>Quitadas del grupo de candidatos: {count}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+84"/>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked with the same rules as the form. Nothing is imported before you press Import.</source>
        <translation>Cada fila se comprueba con las mismas reglas que el formulario. No se importa nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows left out, with the line, column and reason, to a CSV file you can correct and import again</source>
        <translation>Escribir las filas omitidas, con la línea, la columna y el motivo, en un archivo CSV que pueda corregir e importar de nuevo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file cannot be imported: {error}</source>
        <translation>El archivo no se puede importar: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{read} rows read: {good} can be imported.</source>
        <translation>Filas leídas: {read}; se pueden importar: {good}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bad} rows will be left out; the reasons are listed below.</source>
        <translation>Filas que se omitirán: {bad}; los motivos se indican abajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{flagged} rows look like records already in the register; they will be imported, check them afterwards.</source>
        <translation>Filas que se parecen a registros ya existentes: {flagged}; se importarán, revíselas después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Columnas no importadas: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows left out ({count})</source>
        <translation>Filas omitidas ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates ({count})</source>
        <translation>Posibles duplicados ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {error}</source>
        <translation>No se pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows written to {file}</source>
        <translation>Filas rechazadas guardadas en {file}: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseLedgerPage</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+51"/>
        <source>Promise ledger</source>
        <translation>Registro de compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commitment made at a consultation: what was promised, to whom, who is responsible, by when, and what was done. Overdue ones are in red.</source>
        <translation>Cada compromiso asumido en una consulta: qué se prometió, a quién, quién es responsable, para cuándo y qué se hizo. Los vencidos aparecen en rojo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search promises, owners, evidence…</source>
        <translation>Buscar compromisos, responsables, evidencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All consultations</source>
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Editar compromiso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;digest (PDF)…</source>
        <translation>&amp;Resumen público (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“You said … / We did …” for one region and period, in any of the six languages, to hand out at the next consultation</source>
        <translation>«Ustedes dijeron … / Nosotros hicimos …» para una región y un periodo, en cualquiera de los seis idiomas, para repartir en la próxima consulta</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} commitments shown, {overdue} overdue</source>
        <translation>{shown} compromisos mostrados, {overdue} vencidos</translation>
    </message>
</context>
<context>
    <name>QuotaFields</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+170"/>
        <source>Some details are not set</source>
        <translation>Faltan algunos datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection quotas use these details, which are not set: {fields}.

Ask the person if you can. Saved without them, the person counts as “not stated” in quotas. Save anyway?</source>
        <translation>Las cuotas de la selección usan estos datos, que no están indicados: {fields}.

Pregúnteselos a la persona si puede. Si se guarda sin ellos, la persona cuenta como «sin indicar» en las cuotas. ¿Guardar de todos modos?</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="-146"/>
        <location line="+18"/>
        <source>Recent imports</source>
        <translation>Importaciones recientes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An import can be undone as long as none of its records was changed, deleted, merged or linked since.</source>
        <translation>Una importación se puede deshacer mientras ninguno de sus registros se haya cambiado, eliminado, fusionado o vinculado desde entonces.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the records of the selected import to the trash</source>
        <translation>Mover a la papelera los registros de la importación seleccionada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move the {count} records imported from {file} to the trash?</source>
        <translation>¿Mover a la papelera los {count} registros importados de {file}?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import undone: {count} records moved to the trash.</source>
        <translation>Importación deshecha: registros movidos a la papelera: {count}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/views/record_form.py" line="+56"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Hay cambios sin guardar. ¿Cerrar el formulario y perderlos?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation>Guarde o deshaga sus cambios antes de fusionar.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../desktop/services/links.py" line="+161"/>
        <source>Unknown kind of record: {entity}</source>
        <translation>Tipo de registro desconocido: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="+35"/>
        <source>Nothing was saved: {problems}</source>
        <translation>No se ha guardado nada: {problems}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record no longer exists (it may have been deleted or merged).</source>
        <translation>Este registro ya no existe (puede que se haya eliminado o fusionado).</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../desktop/views/regions.py" line="+65"/>
        <source>Edit region</source>
        <translation>Editar región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region code</source>
        <translation>Código de la región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name</source>
        <translation>Nombre de la región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office name</source>
        <translation>Nombre de la oficina de atención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help office:</source>
        <translation>&amp;Oficina de atención:</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../desktop/services/regions.py" line="+91"/>
        <source>Unknown country code: {code}</source>
        <translation>Código de país desconocido: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Unknown region: {code}</source>
        <translation>Región desconocida: {code}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>A region needs a name.</source>
        <translation>Una región necesita un nombre.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A region code looks like {example} (country, dash, letters or digits).</source>
        <translation>Un código de región tiene la forma {example} (país, guion, letras o cifras).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used.</source>
        <translation>El código {code} ya está en uso.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../desktop/views/regions.py" line="-39"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office</source>
        <translation>Oficina de atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+24"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Origin regions of the home country and their help offices. Retired regions stay attached to old records but are no longer offered in forms.</source>
        <translation>Regiones de origen del país y sus oficinas de atención. Las regiones dadas de baja siguen vinculadas a los registros antiguos, pero ya no se ofrecen en los formularios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter regions</source>
        <translation>Filtrar regiones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add region…</source>
        <translation>&amp;Añadir región…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region ({keys})</source>
        <translation>Añadir una región ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Retire</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Regions are kept by the national bureau; this help office receives them when it syncs.</source>
        <translation>Las regiones las gestiona la oficina nacional; esta oficina de atención las recibe al sincronizar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retire region</source>
        <translation>Dar de baja la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Its records stay; it will no longer be offered in forms. You can restore it later.</source>
        <translation>¿Dar de baja {name}? Sus registros se conservan; ya no se ofrecerá en los formularios. Puede restablecerla más adelante.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../desktop/services/registrations.py" line="+177"/>
        <source>Keep rejected registrations between 1 and {max} days.</source>
        <translation>Conserve las inscripciones rechazadas entre 1 y {max} días.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No registration has this id or reference.</source>
        <translation>Ninguna inscripción tiene este identificador o referencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No registration has this id or reference: {key}.</source>
        <translation>Ninguna inscripción tiene este identificador o referencia: {key}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The record to merge into no longer exists (it may have been deleted).</source>
        <translation>El registro con el que fusionar ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Registration {reference} was already reviewed.</source>
        <translation>La inscripción {reference} ya fue revisada.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Registration {reference} has no data left to accept.</source>
        <translation>La inscripción {reference} ya no tiene datos que aceptar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registered through the online form (reference {reference}).</source>
        <translation>Inscrito mediante el formulario en línea (referencia {reference}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the checks did not accept:</source>
        <translation>Respuestas que los controles no aceptaron:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Say why the registration is rejected.</source>
        <translation>Indique por qué se rechaza la inscripción.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/views/registrations.py" line="-149"/>
        <location line="+180"/>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being listed</source>
        <translation>Figurar en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being invited to consultations</source>
        <translation>Ser invitado/a a consultas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving information</source>
        <translation>Recibir información</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Región de origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyer code</source>
        <translation>Código del folleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(personal data erased)</source>
        <translation>(datos personales borrados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent as shown on the form</source>
        <translation>Consentimiento tal como se mostró en el formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>No dado</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+33"/>
        <location line="+99"/>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>People and associations who registered through the form on the flyers&apos; QR code. Check the possible duplicates, then accept, merge or reject each one.</source>
        <translation>Personas y asociaciones inscritas mediante el formulario del código QR de los folletos. Revise los posibles duplicados y luego acepte, fusione o rechace cada una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Registration details</source>
        <translation>Detalles de la inscripción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the association or person from this registration, with its consent</source>
        <translation>Crear la asociación o la persona a partir de esta inscripción, con su consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the answers to the possible duplicate</source>
        <translation>Añadir las respuestas al posible duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} shown</source>
        <translation>{count} mostradas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved. Some answers did not pass the checks and were kept in the record&apos;s notes:
{answers}</source>
        <translation>Guardado. Algunas respuestas no superaron los controles y se conservaron en las notas del registro:
{answers}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record is the same as this registration?</source>
        <translation>¿Qué registro corresponde a esta inscripción?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reject registration</source>
        <translation>Rechazar la inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this registration rejected? (Its personal data is erased after the retention period set in Settings.)</source>
        <translation>¿Por qué se rechaza esta inscripción? (Sus datos personales se borran tras el período de conservación fijado en Configuración).</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+66"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo ({keys})</source>
        <translation>Deshacer ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of records shown</source>
        <translation>Número de registros mostrados</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Filtering… {shown} found so far</source>
        <translation>Filtrando… {shown} encontrados hasta ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — cargando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>Deshecho: registros restablecidos: {count}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} Pulse {keys} para deshacer.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+17"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the records this import added (possible as long as none of them was changed since)</source>
        <translation>Quitar los registros que añadió esta importación (posible mientras ninguno haya cambiado desde entonces)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {count} rows…</source>
        <translation>Importando filas ({count})…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{imported} records imported from {file}; {rejected} rows were left out. You can undo this import now, or later from “Recent imports” as long as none of its records was changed.</source>
        <translation>Registros importados de {file}: {imported}; filas omitidas: {rejected}. Puede deshacer esta importación ahora, o más tarde desde «Importaciones recientes», mientras no haya cambiado ninguno de sus registros.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} records imported.</source>
        <translation>Registros importados: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was imported: {error}</source>
        <translation>La importación ha fallado y no se ha importado nada: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se ha cancelado; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the {count} records this import added?</source>
        <translation>¿Quitar los {count} registros que añadió esta importación?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {count} records were removed.</source>
        <translation>Se ha deshecho la importación: registros quitados: {count}.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../desktop/views/save_dialog.py" line="+110"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/sections.py" line="+50"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Region directory</source>
        <translation>Directorio regional</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise ledger</source>
        <translation>Registro de compromisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="-484"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Juventud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sport</source>
        <translation>Deporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Informática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts</source>
        <translation>Artes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation>Derechos de las mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../desktop/services/consultation_selection.py" line="+151"/>
        <source>household</source>
        <translation>hogar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The criteria are fixed once the participants are drawn.</source>
        <translation>Los criterios quedan fijados tras el sorteo de los participantes.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Participants can be drawn only while the pool is open (and only once).</source>
        <translation>Los participantes solo pueden sortearse mientras el grupo está abierto (y solo una vez).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pool holds {count} pairs of likely duplicate people (e.g. {first} / {second}). Merge each pair or mark it “not the same person” before the draw.</source>
        <translation>El grupo contiene {count} pares de personas probablemente duplicadas (p. ej. {first} / {second}). Fusione cada par o márquelo como «no es la misma persona» antes del sorteo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This consultation has no recorded draw.</source>
        <translation>Esta consulta no tiene ningún sorteo registrado.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/audit.py" line="+158"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection is confirmed.</source>
        <translation>La selección está confirmada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection is NOT confirmed.</source>
        <translation>La selección NO está confirmada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file format</source>
        <translation>Formato del archivo de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a selection audit record</source>
        <translation>esto no es un registro de auditoría de selección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Diaspora Desk</source>
        <translation>escrito por una versión más reciente de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the record is incomplete or damaged ({error})</source>
        <translation>el registro está incompleto o dañado ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the pool and quotas</source>
        <translation>Huella del grupo y de las cuotas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded {recorded}, computed {actual}</source>
        <translation>registrado {recorded}, calculado {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorded problem</source>
        <translation>El problema registrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the groups of interchangeable people do not match the pool</source>
        <translation>los grupos de personas intercambiables no coinciden con el grupo de candidatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a panel breaks the quotas</source>
        <translation>un panel incumple las cuotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights are not positive or do not add up</source>
        <translation>los pesos no son positivos o no suman lo debido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every panel of the distribution meets the quotas</source>
        <translation>Cada panel de la distribución cumple las cuotas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The published probabilities are the distribution&apos;s</source>
        <translation>Las probabilidades publicadas son las de la distribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they differ from what the panels and weights give</source>
        <translation>difieren de lo que dan los paneles y los pesos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel meets the quotas</source>
        <translation>El panel cumple las cuotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-running the draw with the seed</source>
        <translation>Repetir el sorteo con la semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw with the seed gives the published panel</source>
        <translation>Repetir el sorteo con la semilla da el panel publicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seed gives a different panel ({count} people differ)</source>
        <translation>la semilla da un panel distinto ({count} personas difieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw gives the published reserves, in order</source>
        <translation>Repetir el sorteo da las reservas publicadas, en orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the seed gives a different reserve list</source>
        <translation>la semilla da una lista de reservas distinta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The distribution is as fair as the engine can make it</source>
        <translation>La distribución es tan justa como el motor puede hacerla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record claims a smallest probability of {claimed:.6f}, but its lottery gives {actual:.6f}</source>
        <translation>el registro declara una probabilidad mínima de {claimed:.6f}, pero su lotería da {actual:.6f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fairer lottery exists: its smallest probability is {best:.6f}, the record&apos;s {recorded:.6f}</source>
        <translation>existe una lotería más justa: su probabilidad mínima es {best:.6f}, la del registro {recorded:.6f}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>re-solved until the time limit: no fairer lottery found (smallest probability {recorded:.6f}, at most {bound:.6f} is possible)</source>
        <translation>recalculado hasta el límite de tiempo: no se encontró una lotería más justa (probabilidad mínima {recorded:.6f}, como máximo es posible {bound:.6f})</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>re-solved: the sorted probabilities match (largest shortfall {gap:.2e})</source>
        <translation>resuelto de nuevo: las probabilidades ordenadas coinciden (mayor diferencia {gap:.2e})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fairer distribution exists: someone&apos;s probability falls short by {gap:.2e}</source>
        <translation>existe una distribución más justa: la probabilidad de alguien se queda corta en {gap:.2e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-solved: smallest probability {recorded:.6f}, best possible {best:.6f}</source>
        <translation>resuelto de nuevo: menor probabilidad {recorded:.6f}, mejor posible {best:.6f}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/draw.py" line="+49"/>
        <source>The seed is empty: type one in or generate one.</source>
        <translation>La semilla está vacía: escriba una o genere una.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not in the pool: {ids}.</source>
        <translation>No están en el grupo: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone appears twice on the panel.</source>
        <translation>Alguien aparece dos veces en el panel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel has {count} people for {seats} seats.</source>
        <translation>El panel tiene {count} personas para {seats} plazas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people with &apos;{value}&apos; ({feature}); the quota is {min} to {max}.</source>
        <translation>Personas con «{value}» ({feature}): {count}; la cuota es de {min} a {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} people from group &apos;{group}&apos;; the cap is {cap}.</source>
        <translation>Personas del grupo «{group}»: {count}; el tope es {cap}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The panel has people who are not in the pool.</source>
        <translation>El panel incluye personas que no están en el grupo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/feasibility.py" line="+50"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest changes that make the quotas hold:</source>
        <translation>Cambios mínimos para que se cumplan las cuotas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{value}&apos; ({feature})</source>
        <translation>«{value}» ({feature})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 candidate</source>
        <translation>1 candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} candidates</source>
        <translation>Candidatos: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool has only {pool} people for {seats} seats.</source>
        <translation>El grupo solo tiene {pool} personas para {seats} plazas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {people} have {value}, but the minimum is {min}.</source>
        <translation>Solo {people} personas tienen {value}, pero el mínimo es {min}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum for {value} is {min}, more than the {seats} seats.</source>
        <translation>El mínimo para {value} es {min}, más que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimums for &apos;{feature}&apos; add up to {total}, more than the {seats} seats.</source>
        <translation>Los mínimos para «{feature}» suman {total}, más que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the maximums for &apos;{feature}&apos; (and with the {other} people whose value has no quota) at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Con los máximos para «{feature}» (y las {other} personas cuyo valor no tiene cuota) se pueden cubrir como máximo {total} plazas, menos que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the maximums for &apos;{feature}&apos; at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Con los máximos para «{feature}» se pueden cubrir como máximo {total} plazas, menos que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With at most 1 person from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Con como máximo 1 persona por grupo, se pueden ocupar como máximo {total} plazas, menos que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With at most {cap} people from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Con un máximo de {cap} personas por grupo se pueden cubrir como máximo {total} plazas, menos que las {seats} plazas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The quotas could not be checked.</source>
        <translation>No se pudieron comprobar las cuotas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+269"/>
        <source>The quotas can be met.</source>
        <translation>Las cuotas se pueden cumplir.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Not decided yet: the check ran out of time.</source>
        <translation>Aún sin decidir: la comprobación se ha quedado sin tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quotas cannot all be met together; for example, {change}.</source>
        <translation>No se pueden cumplir todas las cuotas a la vez; por ejemplo: {change}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quotas cannot all be met together.</source>
        <translation>No se pueden cumplir todas las cuotas a la vez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>raise the cap per group from {old} to {new}</source>
        <translation>subir el tope por grupo de {old} a {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lower the minimum for {value} from {old} to {new}</source>
        <translation>bajar el mínimo para {value} de {old} a {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the maximum for {value} from {old} to {new}</source>
        <translation>subir el máximo para {value} de {old} a {new}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>at most {cap} people from any one group</source>
        <translation>como máximo {cap} personas de un mismo grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least {min} seats for {value} ({people} in the pool)</source>
        <translation>al menos {min} plazas para {value} ({people} en el grupo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {max} seats for {value} ({people} in the pool)</source>
        <translation>como máximo {max} plazas para {value} ({people} en el grupo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{both} of the {total} candidates with {value} also have {other}, which is limited to {max} seats</source>
        <translation>{both} de los {total} candidatos con {value} también tienen {other}, que está limitado a {max} plazas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{both} of the {total} candidates with {value} also have {other}</source>
        <translation>{both} de los {total} candidatos con {value} también tienen {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only {both} of the {total} candidates with {value} has {other}</source>
        <translation>solo {both} de los {total} candidatos con {value} tiene {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {both} of the {total} candidates with {value} have {other}</source>
        <translation>solo {both} de los {total} candidatos con {value} tienen {other}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These quotas cannot all hold together: {parts}.</source>
        <translation>Estas cuotas no se pueden cumplir todas a la vez: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quotas cannot all hold together.</source>
        <translation>Las cuotas no se pueden cumplir todas a la vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are {seats} seats in all.</source>
        <translation>Hay {seats} plazas en total.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/files.py" line="+67"/>
        <source>{file} has no &apos;id&apos; column (the header row must name one column &apos;id&apos;).</source>
        <translation>{file} no tiene columna «id» (la fila de encabezado debe llamar «id» a una columna).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the header row names the column &apos;{name}&apos; twice; which one is meant?</source>
        <translation>{file}: la fila de encabezado nombra dos veces la columna «{name}»; ¿cuál se quiere usar?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has a column &apos;role&apos;, which the panel file uses for &apos;selected&apos; and &apos;reserve-1&apos;, &apos;reserve-2&apos; …; rename that column.</source>
        <translation>{file} tiene una columna «role», que el archivo del panel usa para «selected» y «reserve-1», «reserve-2»…; cambie el nombre de esa columna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no people in it: the pool is empty.</source>
        <translation>{file} no contiene personas: el grupo está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: no id on line(s) {lines}.</source>
        <translation>{file}: sin identificador en las líneas {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the id &apos;{id}&apos; appears more than once (lines {lines}).</source>
        <translation>{file}: el identificador «{id}» aparece más de una vez (líneas {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} needs the columns feature, value, min and max; missing: {missing}.</source>
        <translation>{file} necesita las columnas feature, value, min y max; faltan: {missing}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: no feature.</source>
        <translation>{where}: sin característica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: min and max must be whole numbers (found &apos;{min}&apos; and &apos;{max}&apos;).</source>
        <translation>{where}: min y max deben ser números enteros (se encontró «{min}» y «{max}»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: min and max cannot be negative.</source>
        <translation>{where}: min y max no pueden ser negativos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the minimum {min} for &apos;{value}&apos; ({feature}) is more than its maximum {max}.</source>
        <translation>{where}: el mínimo {min} para «{value}» ({feature}) es mayor que su máximo {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; ({feature}) already has a quota on line {other}.</source>
        <translation>{where}: «{value}» ({feature}) ya tiene una cuota en la línea {other}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no quotas in it.</source>
        <translation>{file} no contiene cuotas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which is not a column of {file}.</source>
        <translation>Las cuotas usan la característica «{feature}», que no es una columna de {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one in {file} has &apos;{value}&apos; for &apos;{feature}&apos;, but the quotas give it {min} to {max} seats.</source>
        <translation>Nadie en {file} tiene «{value}» en «{feature}», pero las cuotas le asignan de {min} a {max} plazas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give both --cap-feature and --cap, or neither.</source>
        <translation>Indique --cap-feature y --cap a la vez, o ninguno de los dos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap feature &apos;{feature}&apos; is not a column of {file}.</source>
        <translation>La característica del tope «{feature}» no es una columna de {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap must be at least 1.</source>
        <translation>El tope debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1.</source>
        <translation>El número de plazas debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/problem.py" line="+98"/>
        <source>The pool is empty: there is no one to select from.</source>
        <translation>El grupo está vacío: no hay nadie entre quien elegir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1 (it is {seats}).</source>
        <translation>El número de plazas debe ser al menos 1 (es {seats}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap per group must be at least 1 (it is {cap}).</source>
        <translation>El tope por grupo debe ser al menos 1 (es {cap}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some ids appear more than once in the pool: {ids}.</source>
        <translation>Algunos identificadores aparecen más de una vez en el grupo: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some pool members have no id.</source>
        <translation>Algunos miembros del grupo no tienen identificador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which no pool member has.</source>
        <translation>Las cuotas usan la característica «{feature}», que ningún miembro del grupo tiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is negative.</source>
        <translation>El mínimo para «{value}» ({feature}) es negativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is {min}, more than its maximum {max}.</source>
        <translation>El mínimo para «{value}» ({feature}) es {min}, mayor que su máximo {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are two quotas for &apos;{value}&apos; ({feature}).</source>
        <translation>Hay dos cuotas para «{value}» ({feature}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/report.py" line="+103"/>
        <location line="+171"/>
        <source>Selection audit report</source>
        <translation>Informe de auditoría de la selección</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>This report shows how the participants were chosen: a lottery that gives every person in the pool a chance, as equal as the quotas allow, and that anyone can re-run with the seed below to obtain exactly the same panel.</source>
        <translation>Este informe muestra cómo se eligió a los participantes: una lotería que da a cada persona del grupo una probabilidad, tan igual como permiten las cuotas, y que cualquiera puede repetir con la semilla de abajo para obtener exactamente el mismo panel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maximin: the smallest selection probability of anyone in the pool is as large as possible</source>
        <translation>maximin: la menor probabilidad de selección de cualquier persona del grupo es lo más alta posible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leximin: the smallest probability is as large as possible, then the next smallest, and so on</source>
        <translation>leximin: la menor probabilidad es lo más alta posible, luego la siguiente, y así sucesivamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {cap} per &apos;{feature}&apos;</source>
        <translation>como máximo {cap} por «{feature}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no (time limit; gap to the upper bound: {gap})</source>
        <translation>no (tiempo máximo; diferencia con la cota superior: {gap})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (time limit)</source>
        <translation>no (tiempo máximo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora Desk selection engine {version}, solver {solver}</source>
        <translation>Motor de selección de Diaspora Desk {version}, solucionador {solver}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on</source>
        <translation>Sorteado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the pool</source>
        <translation>Personas en el grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per group</source>
        <translation>Tope por grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest probability</source>
        <translation>Menor probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound (no lottery can beat it)</source>
        <translation>Cota superior (ninguna lotería puede superarla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal</source>
        <translation>Óptimo demostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotation rule</source>
        <translation>Regla de rotación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People seated at another consultation from {start} to {end} ({months} months) were left out before the draw: {count}.</source>
        <translation>Personas que ocuparon plaza en otra consulta del {start} al {end} ({months} meses), excluidas antes del sorteo: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>Cómo comprobarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is the SHA-256 of the pool and quotas in canonical JSON (ids sorted, only the values the quotas use). Anyone with the audit file can run: diaspora-desk select verify AUDIT.json — it recomputes the fingerprint, checks every panel of the lottery against the quotas, recomputes the probabilities, re-runs the draw with the seed and re-solves the lottery to confirm it is the fairest.</source>
        <translation>La huella es el SHA-256 del grupo y las cuotas en JSON canónico (identificadores ordenados, solo los valores que usan las cuotas). Cualquiera con el archivo de auditoría puede ejecutar: diaspora-desk select verify AUDIT.json — recalcula la huella, comprueba cada panel de la lotería frente a las cuotas, recalcula las probabilidades, repite el sorteo con la semilla y vuelve a resolver la lotería para confirmar que es la más justa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draw uses SHA-256 in counter mode: block i of a stream is SHA-256(&quot;diaspora-desk/v1/&quot; + stream + &quot;/&quot; + seed + &quot;/&quot; + i); a number below m is the first block value v under 2^256 - (2^256 mod m), taken modulo m. One number below the total weight picks the panel; then, for each group of interchangeable people, a partial Fisher-Yates shuffle of their ids picks who sits on it. Reserves come from the stream &quot;reserves&quot;.</source>
        <translation>El sorteo usa SHA-256 en modo contador: el bloque i de un flujo es SHA-256(&quot;diaspora-desk/v1/&quot; + flujo + &quot;/&quot; + semilla + &quot;/&quot; + i); un número menor que m es el primer valor de bloque v inferior a 2^256 - (2^256 mod m), tomado módulo m. Un número menor que el peso total elige el panel; luego, para cada grupo de personas intercambiables, una mezcla parcial de Fisher-Yates de sus identificadores elige quién ocupa la plaza. Las reservas proceden del flujo &quot;reserves&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria, pool and panel</source>
        <translation>Criterios, grupo de candidatos y panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>En el grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of pool</source>
        <translation>% del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On panel</source>
        <translation>En el panel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The panel ({count} people)</source>
        <translation>El panel ({count} personas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserves, in order ({count})</source>
        <translation>Reservas, en orden ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When someone declines, their seat goes to the first reserve in this order who keeps every quota.</source>
        <translation>Cuando alguien rechaza, su plaza pasa a la primera reserva de este orden que respete todas las cuotas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reserves were drawn.</source>
        <translation>No se ha sorteado ninguna reserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection probability of every person in the pool</source>
        <translation>Probabilidad de selección de cada persona del grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By pseudonymous id, sorted by id. These are the chances each person had before the draw; people with equal values on every criterion have equal chances.</source>
        <translation>Por identificador seudónimo, ordenados por identificador. Son las probabilidades que tenía cada persona antes del sorteo; las personas con los mismos valores en todos los criterios tienen la misma probabilidad.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selection audit — seed {seed} — fingerprint {short}… — page {page}</source>
        <translation>Auditoría de la selección — semilla {seed} — huella {short}… — página {page}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/solver.py" line="+326"/>
        <location line="+105"/>
        <source>The solver could not compute the lottery (status: {status}).</source>
        <translation>El solucionador no pudo calcular la lotería (estado: {status}).</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Leximin stage {stage}: best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Etapa leximin {stage}: mejor hasta ahora {best:.4%}, cota superior {upper:.4%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Mejor hasta ahora {best:.4%}, cota superior {upper:.4%}</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Unknown algorithm &apos;{name}&apos;: use maximin or leximin.</source>
        <translation>Algoritmo desconocido «{name}»: use maximin o leximin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the quotas…</source>
        <translation>Comprobando las cuotas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No panel meeting the quotas was found within the time limit; allow more time.</source>
        <translation>No se encontró ningún panel que cumpla las cuotas dentro del tiempo máximo; conceda más tiempo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the lottery: {share:.0%} done</source>
        <translation>Construyendo el sorteo: {share:.0%} hecho</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The leximin refinement stopped at stage {stage} after a numerical difficulty; the lottery is the one of the stage before.</source>
        <translation>El refinamiento leximin se detuvo en la etapa {stage} tras una dificultad numérica; la lotería es la de la etapa anterior.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+176"/>
        <source>Stopped at the time limit before the optimum was proven.</source>
        <translation>Detenido al llegar al tiempo máximo antes de demostrar el óptimo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 person cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>1 persona no puede formar parte de ningún panel que cumpla las cuotas: su probabilidad es 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>{count} personas no pueden formar parte de ningún panel que cumpla las cuotas: su probabilidad es 0.</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../desktop/views/selection_dialog.py" line="+71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Sorteado como</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run the selection</source>
        <translation>Realizar la selección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw {seats} participants and {reserves} reserves for “{title}” from the {pool} people in its pool.</source>
        <translation>Sortear {seats} participantes y {reserves} reservas para «{title}» entre las {pool} personas de su grupo de candidatos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks before the draw</source>
        <translation>Comprobaciones antes del sorteo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;duplicates…</source>
        <translation>Resolver &amp;duplicados…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type numbers drawn in public (e.g. lottery balls), or generate one. The same seed always gives the same panel.</source>
        <translation>Escriba números sorteados en público (p. ej., bolas de lotería) o genere uno. La misma semilla siempre da el mismo panel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairest chance for everyone</source>
        <translation>La oportunidad más justa para todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairest chance, refined further (slower)</source>
        <translation>La oportunidad más justa, afinada (más lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in seconds</source>
        <translation>Tiempo máximo en segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When time runs out, the best distribution found so far is used</source>
        <translation>Cuando se agota el tiempo, se usa la mejor distribución encontrada hasta entonces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Tiempo máximo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best so far and upper bound</source>
        <translation>Mejor resultado hasta ahora y cota superior</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each pool member&apos;s chance</source>
        <translation>Probabilidad de cada miembro del grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;audit report…</source>
        <translation>Exportar el &amp;informe de auditoría…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} pool members are left out: their consent is no longer valid.</source>
        <translation>Miembros del grupo excluidos: {count} (su consentimiento ya no es vigente).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} / {second} ({reasons})</source>
        <translation>{first} / {second} ({reasons})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool holds {count} pairs of likely duplicate people: {pairs}. The draw waits until each is merged or marked “not the same person”.</source>
        <translation>El grupo contiene {count} pares de personas probablemente duplicadas: {pairs}. El sorteo espera hasta que cada uno se fusione o se marque como «no es la misma persona».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {cap} per household will be drawn.</source>
        <translation>Se sortearán como máximo {cap} por hogar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No household rule is set.</source>
        <translation>No hay ninguna regla por hogar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} households have several people in the pool (same address or phone). {rule}</source>
        <translation>{count} hogares tienen varias personas en el grupo (misma dirección o teléfono). {rule}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a seed or press Generate.</source>
        <translation>Escriba una semilla o pulse Generar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quotas cannot all hold: {why} Change them in the Criteria tab.</source>
        <translation>No se pueden cumplir todas las cuotas: {why} Cámbielas en la pestaña Criterios.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing everyone&apos;s chance…</source>
        <translation>Calculando la probabilidad de cada persona…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing everyone&apos;s chance… {seconds} s</source>
        <translation>Calculando la probabilidad de cada persona… {seconds} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best guarantee so far: {best} · upper bound: {upper} · {seconds} s</source>
        <translation>Mejor garantía hasta ahora: {best} · cota superior: {upper} · {seconds} s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: nothing was drawn.</source>
        <translation>Cancelado: no se ha sorteado nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in the pool had at least a {minimum} chance ({algorithm}).</source>
        <translation>Sorteo con la semilla {seed}: {seats} participantes y {reserves} reservas. Cada persona del grupo tenía una probabilidad de al menos {minimum} ({algorithm}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve {rank}</source>
        <translation>Reserva {rank}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done in {seconds} s.</source>
        <translation>Hecho en {seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method: maximin — the smallest chance of anyone in the pool is made as large as the quotas allow.</source>
        <translation>Método: maximin — la oportunidad más pequeña de cualquier persona del grupo se hace tan grande como lo permiten las cuotas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: leximin — as maximin, then the next smallest chance, and so on.</source>
        <translation>Método: leximin — como maximin y luego la siguiente oportunidad más pequeña, y así sucesivamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit report</source>
        <translation>Exportar el informe de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Auditoría de la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SelectionTab</name>
    <message>
        <location filename="../desktop/views/consultations_selection.py" line="+56"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in the audit</source>
        <translation>Identificador en la auditoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance of selection</source>
        <translation>Probabilidad de selección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Sorteado como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve {rank}</source>
        <translation>Reserva {rank}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of pool and quotas:</source>
        <translation>Huella del grupo y de las cuotas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest chance of anyone:</source>
        <translation>Menor probabilidad individual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn:</source>
        <translation>Sorteo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each pool member&apos;s chance of selection</source>
        <translation>Probabilidad de selección de cada miembro del grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the selection…</source>
        <translation>&amp;Realizar la selección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute everyone&apos;s chance within the quotas, then draw the panel and reserves with a public seed</source>
        <translation>Calcular la probabilidad de cada persona dentro de las cuotas y luego sortear el panel y las reservas con una semilla pública</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;audit report…</source>
        <translation>&amp;Exportar el informe de auditoría…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit report as PDF, and the same as JSON so anyone can re-run the draw</source>
        <translation>El informe de auditoría en PDF, y el mismo en JSON para que cualquiera pueda repetir el sorteo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the draw</source>
        <translation>&amp;Verificar el sorteo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the draw from the record and compare</source>
        <translation>Repetir el sorteo a partir del registro y comparar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The participants were drawn. Everything needed to check the draw is in the audit report.</source>
        <translation>Los participantes ya se sortearon. Todo lo necesario para comprobar el sorteo está en el informe de auditoría.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{when} by {who}</source>
        <translation>{when}, por {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the criteria, then run the selection: it computes every pool member&apos;s chance within the quotas, and draws the panel and the reserves with a seed you can announce in public.</source>
        <translation>Defina los criterios y realice la selección: calcula la probabilidad de cada miembro del grupo dentro de las cuotas y sortea el panel y las reservas con una semilla que puede anunciar en público.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the pool and add people to it first.</source>
        <translation>Abra primero el grupo de candidatos y añada personas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit report</source>
        <translation>Exportar el informe de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Auditoría de la selección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Verify the draw</source>
        <translation>Verificar el sorteo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-running the draw from its record…</source>
        <translation>Repitiendo el sorteo a partir de su registro…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit report written to {pdf} and {json}.</source>
        <translation>Informe de auditoría guardado en {pdf} y {json}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the audit report…</source>
        <translation>Redactando el informe de auditoría…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+40"/>
        <location line="+99"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies after a restart; you are offered one when you save, and the window reopens where it was.</source>
        <translation>Un nuevo idioma se aplica tras reiniciar; se le ofrece al guardar y la ventana vuelve a abrirse donde estaba.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rejected registrations for</source>
        <translation>Conservar las inscripciones rechazadas durante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this many days, the personal data of a rejected registration from the public form is erased (here and, after the next sync, on the server).</source>
        <translation>Tras este número de días se borran los datos personales de una inscripción rechazada del formulario público (aquí y, tras la próxima sincronización, en el servidor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep rejected registrations:</source>
        <translation>&amp;Conservar inscripciones rechazadas:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change home country</source>
        <translation>Cambiar el país de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the home country? The new country&apos;s regions are added; existing regions and records stay and can be retired by hand.</source>
        <translation>¿Cambiar el país de origen? Se añaden las regiones del nuevo país; las regiones y los registros existentes se conservan y pueden darse de baja a mano.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="-515"/>
        <source>Fill from population shares</source>
        <translation>Rellenar según la proporción de población</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type how big each group is in the whole diaspora (people or percentages; only the proportions count). Seats are shared out in the same proportions. Values left empty are not limited.</source>
        <translation>Escriba el tamaño de cada grupo en toda la diáspora (personas o porcentajes; solo cuentan las proporciones). Las plazas se reparten en las mismas proporciones. Los valores vacíos no se limitan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature</source>
        <translation>Característica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature:</source>
        <translation>&amp;Característica:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>En el grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population share</source>
        <translation>Proporción de población</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population shares</source>
        <translation>Proporciones de población</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not limited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population share of {value}</source>
        <translation>Proporción de población de {value}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>Inicie sesión en {server} como {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+209"/>
        <source>Changed here and on the server: {fields}</source>
        <translation>Cambiado aquí y en el servidor: {fields}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This conflict is no longer open.</source>
        <translation>Este conflicto ya no está abierto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose a version for: {fields}</source>
        <translation>Elija una versión para: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record no longer exists here.</source>
        <translation>Este registro ya no existe aquí.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown kind of record.</source>
        <translation>Tipo de registro desconocido.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="+24"/>
        <source>The server cannot be reached right now ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>No se puede contactar con el servidor en este momento ({reason}). Sus cambios se conservan y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login has expired. Please log in again; your changes are kept.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión; sus cambios se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: {detail}</source>
        <translation>El servidor lo ha rechazado: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: {detail}</source>
        <translation>La dirección del servidor no es válida: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem ({detail}). Your changes are kept; please try again later.</source>
        <translation>El servidor ha tenido un problema ({detail}). Sus cambios se conservan; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: {detail}</source>
        <translation>Sincronización detenida: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/pull.py" line="+311"/>
        <source>Received {count} records</source>
        <translation>Registros recibidos: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+241"/>
        <source>This record cannot be sent: {reason}</source>
        <translation>Este registro no se puede enviar: {reason}</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The server refused this change.</source>
        <translation>El servidor ha rechazado este cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>El servidor no ha podido aceptar este cambio.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Sent {done} of {total} changes</source>
        <translation>Cambios enviados: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/identity.py" line="+68"/>
        <source>{server} is not the server this computer&apos;s data is kept in step with. Nothing was sent or received. To work with {server}, start Diaspora Desk with a new data folder; to go on with your data, use the address of your usual server.</source>
        <translation>{server} no es el servidor con el que se sincronizan los datos de este equipo. No se ha enviado ni recibido nada. Para trabajar con {server}, inicie Diaspora Desk con una carpeta de datos nueva; para seguir con sus datos, use la dirección de su servidor habitual.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/join.py" line="+49"/>
        <source>The server does not know its country yet (no regions and no regional users). Start a new database and choose the country, then sync.</source>
        <translation>El servidor aún no conoce su país (no hay regiones ni usuarios regionales). Cree una base de datos nueva, elija el país y luego sincronice.</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-359"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association link</source>
        <translation>Vínculo con una asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entry</source>
        <translation>Entrada del historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding year</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member count</source>
        <translation>Número de miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement areas</source>
        <translation>Ámbitos de actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed at</source>
        <translation>Estado cambiado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed by</source>
        <translation>Estado cambiado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Consentimiento de publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch</source>
        <translation>Lote de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation sector</source>
        <translation>Sector de ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased at</source>
        <translation>Borrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Versión del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves wanted</source>
        <translation>Reservas deseadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Texto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image name</source>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Marcas de corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMYK colours</source>
        <translation>Colores CMYK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Figura en los folletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication consent given on</source>
        <translation>Consentimiento de publicación dado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How publication consent was given</source>
        <translation>Forma en que se dio el consentimiento de publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Puesto en la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office name</source>
        <translation>Nombre de la oficina de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired at</source>
        <translation>Dada de baja el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="-176"/>
        <location filename="../desktop/views/sync_page.py" line="+102"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../desktop/views/sync_page.py" line="-76"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Send this office&apos;s changes to the central server and receive the other offices&apos; work. Everything keeps working without a connection; sync whenever you are online. Nothing typed is ever thrown away: when two offices changed the same field, you choose which version to keep.</source>
        <translation>Envíe los cambios de esta oficina al servidor central y reciba el trabajo de las demás oficinas. Todo sigue funcionando sin conexión; sincronice cuando esté en línea. Nunca se pierde nada de lo escrito: cuando dos oficinas cambian el mismo campo, usted elige qué versión conservar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>Dirección de&amp;l servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password store (keyring) was found on this computer. Your password is kept only while Diaspora Desk runs, so you will be asked for it once per session.</source>
        <translation>No se ha encontrado ningún almacén de contraseñas (keyring) en este equipo. Su contraseña solo se conserva mientras Diaspora Desk está abierto, así que se le pedirá una vez por sesión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Enviar y recibir cambios ahora (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically every</source>
        <translation>Sincronizar &amp;automáticamente cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between automatic syncs</source>
        <translation>Minutos entre sincronizaciones automáticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns automatic sync off</source>
        <translation>0 desactiva la sincronización automática</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync summary</source>
        <translation>Resumen de la sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of yours kept over another office&apos;s</source>
        <translation>Sus valores conservados frente a los de otra oficina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current step; what was already sent and received is kept</source>
        <translation>Detener tras el paso actual; se conserva lo ya enviado y recibido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that need your attention</source>
        <translation>Cambios que requieren su atención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose, field by field, which version to keep</source>
        <translation>Elegir, campo por campo, qué versión conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard my change…</source>
        <translation>&amp;Descartar mi cambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this computer&apos;s change and go back to the server&apos;s version</source>
        <translation>Descartar el cambio de este equipo y volver a la versión del servidor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync: {server} (last sync: {when})</source>
        <translation>Sincronización: {server} (última: {when})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+46"/>
        <source>Enter the server address and your user name first.</source>
        <translation>Introduzca primero la dirección del servidor y su nombre de usuario.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not logged in: {reason}</source>
        <translation>Sin iniciar sesión: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}. Press Sync now to send and receive changes.</source>
        <translation>Sesión iniciada como {user}. Pulse Sincronizar ahora para enviar y recibir los cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to {server}</source>
        <translation>Sesión iniciada en {server}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged out. Your changes stay on this computer until the next sync.</source>
        <translation>Sesión cerrada. Sus cambios se quedan en este equipo hasta la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic sync is waiting for you to log in.</source>
        <translation>La sincronización automática espera a que inicie sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with {server}…</source>
        <translation>Sincronizando con {server}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced at {when}: sent {sent} changes, received {received} records.</source>
        <translation>Sincronizado el {when}: cambios enviados: {sent}; registros recibidos: {received}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} changes need your attention below.</source>
        <translation>Cambios que requieren su atención abajo: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office proposed other values for {count} of your records; yours were kept (see below).</source>
        <translation>Otra oficina propuso otros valores para {count} de sus registros; se conservaron los suyos (véase abajo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online — last sync {when}</source>
        <translation>En línea: última sincronización {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — will sync when the server can be reached</source>
        <translation>Sin conexión: se sincronizará cuando se pueda contactar con el servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync paused — please log in again</source>
        <translation>Sincronización en pausa: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed — see the Sync page</source>
        <translation>La sincronización ha fallado: consulte la página Sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped. What was already sent and received is kept; the next sync continues from there.</source>
        <translation>Sincronización detenida. Se conserva lo ya enviado y recibido; la próxima sincronización continuará desde ahí.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server address and your user name.</source>
        <translation>Introduzca la dirección del servidor y su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as {user} (regional office: {regions}).</source>
        <translation>Sesión iniciada como {user} (oficina regional: {regions}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}.</source>
        <translation>Sesión iniciada como {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: {conflicts} · Refused: {refused}</source>
        <translation>Última sincronización: {when} · Cambios pendientes de envío: {pending} · Conflictos: {conflicts} · Rechazados: {refused}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your value was kept: {record} ({fields}); {user} proposed another and decides on their side.</source>
        <translation>Se conservó su valor: {record} ({fields}); {user} propuso otro y decide por su parte.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{record} is not on the server, or no longer belongs to your offices. Discarding your change deletes it from this computer. Discard it?</source>
        <translation>{record} no está en el servidor o ya no pertenece a sus oficinas. Descartar su cambio lo elimina de este equipo. ¿Descartarlo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard your change to {record} and go back to the server&apos;s version?</source>
        <translation>¿Descartar su cambio en {record} y volver a la versión del servidor?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record} and go back to its original values?</source>
        <translation>¿Descartar su cambio en {record} y volver a sus valores originales?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record}? The next sync downloads the server&apos;s version again.</source>
        <translation>¿Descartar su cambio en {record}? La próxima sincronización volverá a descargar la versión del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my change</source>
        <translation>Descartar mi cambio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be discarded: {reason}</source>
        <translation>No se pudo descartar el cambio: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change was discarded.</source>
        <translation>Se ha descartado su cambio.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+103"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="-333"/>
        <source>Type and press Enter to add</source>
        <translation>Escriba y pulse Intro para añadir</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Quitar {tag}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/views/trash.py" line="+71"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>Los registros eliminados se quedan aquí hasta que los restaure. Al restaurarlo, un registro vuelve con sus vínculos y su historial.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>Filtrar los registros eliminados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurar lo seleccionado</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln registro restaurado.</numerusform>
            <numerusform>%Ln registros restaurados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <location filename="../desktop/services/validation.py" line="+560"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>Solo puede figurar en los folletos una vez registrado el consentimiento de la persona para publicar sus datos de contacto (fecha y forma en que lo dio).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="-453"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Una dirección de correo electrónico no puede contener espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address needs an @, like name@example.org.</source>
        <translation>Una dirección de correo electrónico necesita una @, como nombre@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is missing before the @.</source>
        <translation>Falta algo antes de la @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @ needs a dot and an ending, like example.org.</source>
        <translation>La parte posterior a la @ necesita un punto y una terminación, como example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like an e-mail address; check it, e.g. name@example.org.</source>
        <translation>Esto no parece una dirección de correo electrónico; revísela, p. ej. nombre@example.org.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A phone number can contain only digits, spaces and + - ( ) /.</source>
        <translation>Un número de teléfono solo puede contener cifras, espacios y + - ( ) /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the international prefix (for example +39 for Italy), or choose the country first.</source>
        <translation>Añada el prefijo internacional (por ejemplo, +39 para Italia) o elija primero el país.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a phone number.</source>
        <translation>Esto no es un número de teléfono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid phone number for {country}; check the digits and the prefix.</source>
        <translation>No es un número de teléfono válido para {country}; revise las cifras y el prefijo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number; check the digits and the prefix.</source>
        <translation>No es un número de teléfono válido; revise las cifras y el prefijo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A web address cannot contain spaces.</source>
        <translation>Una dirección web no puede contener espacios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>Una dirección web empieza por http:// o https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This does not look like a web address; check it, e.g. www.example.org.</source>
        <translation>Esto no parece una dirección web; revísela, p. ej. www.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Introduzca un número entero.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number, using digits only.</source>
        <translation>Introduzca un número entero, solo con cifras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number of at least {min}.</source>
        <translation>Introduzca un número igual o mayor que {min}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of at most {max}.</source>
        <translation>Introduzca un número igual o menor que {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the year with four digits, like 2004.</source>
        <translation>Introduzca el año con cuatro cifras, como 2004.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year cannot be before {year}.</source>
        <translation>El año no puede ser anterior a {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year cannot be in the future.</source>
        <translation>El año no puede ser futuro.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a date like 2024-03-31.</source>
        <translation>Introduzca una fecha como 2024-03-31.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.</source>
        <translation>Introduzca una fecha como 2024-03-31 (año-mes-día) o 31.03.2024.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer yes or no.</source>
        <translation>Responda sí o no.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each entry can have at most {max} characters.</source>
        <translation>Cada entrada puede tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown engagement area: {names}.</source>
        <translation>Ámbito de actuación desconocido: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown country: {text}. Pick one from the list.</source>
        <translation>País desconocido: {text}. Elija uno de la lista.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A region code looks like MD-CA.</source>
        <translation>Un código de región tiene la forma MD-CA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown region: {text}.</source>
        <translation>Región desconocida: {text}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Es demasiado largo: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown value: {text}.</source>
        <translation>Valor desconocido: {text}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the association&apos;s name.</source>
        <translation>Introduzca el nombre de la asociación.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The consent date cannot be in the future.</source>
        <translation>La fecha del consentimiento no puede ser futura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how the consent was given (for example: signed form, e-mail).</source>
        <translation>Indique cómo se dio el consentimiento (por ejemplo: formulario firmado, correo electrónico).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given.</source>
        <translation>Introduzca la fecha en que se dio el consentimiento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
</context>
</TS>
