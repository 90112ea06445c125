<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+30"/>
        <source>About Diaspora Desk</source>
        <translation>Despre Diaspora Desk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Diaspora associations, focal points, consultations with a transparent selection of participants, and printable flyers — offline first.</source>
        <translation>Asociații ale diasporei, puncte focale, consultări cu o selecție transparentă a participanților și pliante de tipărit — în primul rând fără conexiune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licență: GNU General Public License, versiunea 3 sau ulterioară.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licență</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+80"/>
        <source>Cannot open the database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+128"/>
        <source>New association</source>
        <translation>Asociație nouă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit association</source>
        <translation>Modifică asociația</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last status change: {when} by {who}</source>
        <translation>Ultima schimbare de statut: {when}, de către {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The association</source>
        <translation>Asociația</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation>Numele complet, așa cum îl scrie asociația</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation>— niciuna (național) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation>Anul înființării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation>de ex. 2004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of members</source>
        <translation>Număr de membri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation>de ex. 120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation>Nume (&amp;obligatoriu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>Țara &amp;de reședință:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Oraș:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation>&amp;Regiunea de origine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation>A&amp;nul înființării:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>N&amp;umăr de înregistrare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation>Număr de &amp;membri:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nume@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation>de ex. +39 347 123 4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persoană de contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation>Domenii de implicare (bifați toate cele potrivite):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation>Domenii de implicare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation>Sectoare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation>Se&amp;ctoare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Limbi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>Registru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation>Asoc&amp;iația este de acord ca numele și datele sale de contact să fie publicate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to publish</source>
        <translation>Consimțământ pentru publicare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Linked focal points</source>
        <translation>Puncte focale legate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link focal points</source>
        <translation>Leagă puncte focale</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save ({keys})</source>
        <translation>Salvează ({keys})</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+51"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corectați câmpurile marcate cu roșu.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Will be saved as {phone}</source>
        <translation>Va fi salvat ca {phone}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {name}.</source>
        <translation>{name} a fost salvat.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
</context>
<context>
    <name>AssociationList</name>
    <message>
        <location filename="../desktop/views/association_list.py" line="+76"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founded</source>
        <translation>Înființată în</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement areas</source>
        <translation>Domenii de implicare</translation>
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
        <translation>Tastați pentru a căuta o asociație (lăsați gol dacă nu există)</translation>
    </message>
</context>
<context>
    <name>AssociationStatus</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+146"/>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactivă</translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+290"/>
        <source>Unknown status: {status}</source>
        <translation>Statut necunoscut: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+69"/>
        <source>Associations</source>
        <translation>Asociații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation>Asociații ale diasporei din străinătate. Tastați pentru a filtra; alegeți o țară, o regiune, un statut, un domeniu de implicare sau un sector pentru a restrânge lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation>Filtrează după nume, acronim, oraș, contact, e-mail sau telefon ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation>Filtrează asociațiile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation>Domeniu de implicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Toate statuturile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation>Toate domeniile de implicare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Toate țările</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>Toate sectoarele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Golește filtrele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New association…</source>
        <translation>&amp;Asociație nouă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation>Înregistrează o asociație nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation>Deschide asociația selectată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation>&amp;Setează statutul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation>Schimbă statutul asociațiilor selectate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation>Mută asociațiile selectate în coșul de gunoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Coș de gunoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation>Asociațiile șterse, pentru a le restaura</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>National (no origin region)</source>
        <translation>Național (fără regiune de origine)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation>Asociații: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation>{shown} din {total} asociații</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation>1 asociație a fost mutată în coșul de gunoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation>Asociații mutate în coșul de gunoi: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation>Setează statutul</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation>Selectați mai întâi una sau mai multe asociații.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation>Setați statutul a {count} asociații la „{status}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln association(s) set to “{status}”.</source>
        <translation>
            <numerusform>%Ln asociație trecută la „{status}”.</numerusform>
            <numerusform>%Ln asociații trecute la „{status}”.</numerusform>
            <numerusform>%Ln de asociații trecute la „{status}”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted associations</source>
        <translation>Asociații șterse</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../desktop/views/flyers_batch.py" line="+54"/>
        <source>Print flyers for several regions</source>
        <translation>Tipărește pliante pentru mai multe regiuni</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>&amp;Selectează tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>Desele&amp;ctează tot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Regions:</source>
        <translation>R&amp;egiuni:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Limbi:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Dosarul de ieșire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older:</source>
        <translation>D&amp;osar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print to PDF files</source>
        <translation>&amp;Tipărește în fișiere PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points and the default texts of the language.</source>
        <translation>Fiecare regiune primește propriul pliant în fiecare limbă aleasă, cu punctele sale focale și textele implicite ale limbii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points. Colours, picture, web address and print options come from the selected flyer; its texts are used for its own language and the other languages get their default texts.</source>
        <translation>Fiecare regiune primește propriul pliant în fiecare limbă aleasă, cu punctele sale focale. Culorile, imaginea, adresa web și opțiunile de tipărire provin din pliantul selectat; textele lui se folosesc pentru limba lui, iar celelalte limbi primesc textele implicite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the flyers</source>
        <translation>Dosarul pliantelor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one region.</source>
        <translation>Alegeți cel puțin o regiune.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one language.</source>
        <translation>Alegeți cel puțin o limbă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the flyers.</source>
        <translation>Alegeți dosarul pentru pliante.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {count} flyers…</source>
        <translation>Se tipăresc pliantele ({count})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} flyers were written to {folder}.</source>
        <translation>Pliante scrise în {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them have preflight problems (text that does not fit, characters that cannot print…); open them in the editor to see what.</source>
        <translation>Dintre ele, {count} au probleme la verificarea de dinaintea tipăririi (text care nu încape, caractere care nu pot fi tipărite…); deschideți-le în editor pentru a vedea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers printed</source>
        <translation>Pliante tipărite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Deschide dosarul</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flyers could not be written: {error}</source>
        <translation>Pliantele nu au putut fi scrise: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The flyers already written are complete; the others were not made.</source>
        <translation>Anulat. Pliantele deja scrise sunt complete; celelalte nu au fost realizate.</translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+120"/>
        <source>Record consent</source>
        <translation>Înregistrare consimțământ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation>Înregistrați că aceste {count} persoane și-au dat consimțământul, în termenii de mai jos, în aceeași zi și în același mod (de exemplu, o foaie semnată la un eveniment).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record consent</source>
        <translation>Înregistrează &amp;consimțământul</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+77"/>
        <source>Edit candidate</source>
        <translation>Modifică candidatul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New candidate</source>
        <translation>Candidat nou</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not set —</source>
        <translation>— necompletat —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>e.g. 1987</source>
        <translation>de ex. 1987</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Education</source>
        <translation>Studii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>Anul &amp;nașterii:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>Țara &amp;de reședință:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Cetățenie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation>Generaț&amp;ie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation>&amp;Studii:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Ocupație:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation>Co&amp;mpetențe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Limbi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation>Teme &amp;pentru care se oferă:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation>&amp;Asociație:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation>&amp;Regiunea de origine:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>nume@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 347 123 4567</source>
        <translation>+39 347 123 4567</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Adresă poștală:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation>Consimțământ pentru a fi invitat(ă)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consents of this person</source>
        <translation>Consimțămintele acestei persoane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retrage consimțământul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation>Persoana și-a retras acest consimțământ: nu va mai fi invitată.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation>Înregistrează un consimțământ nou la salvare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Consent withdrawn.</source>
        <translation>Consimțământ retras.</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+40"/>
        <source>Record consent</source>
        <translation>Înregistrează consimțământul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people were imported. Did they give their consent to be invited (for example on the form the list comes from)? Record it now; without it they cannot be selected.</source>
        <translation>Persoane importate: {count}. Și-au dat consimțământul pentru a fi invitate (de exemplu pe formularul din care provine lista)? Înregistrați-l acum; fără el nu pot fi selectate.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../desktop/services/candidates.py" line="+90"/>
        <source>Origin-country citizenship only</source>
        <translation>Doar cetățenia țării de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination-country citizenship only</source>
        <translation>Doar cetățenia țării de destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship (origin and destination)</source>
        <translation>Dublă cetățenie (origine și destinație)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First generation (born in the origin country)</source>
        <translation>Prima generație (născută în țara de origine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second generation</source>
        <translation>A doua generație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third generation or later</source>
        <translation>A treia generație sau următoarele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Școală primară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>Școală secundară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>Învățământ profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Licență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agriculture</source>
        <translation>Agricultură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>Construcții</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Industria prelucrătoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and retail</source>
        <translation>Comerț</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotels and restaurants</source>
        <translation>Hoteluri și restaurante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and logistics</source>
        <translation>Transport și logistică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and domestic work</source>
        <translation>Îngrijire și muncă casnică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Tehnologia informației</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and insurance</source>
        <translation>Finanțe și asigurări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>Administrație publică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts and culture</source>
        <translation>Arte și cultură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and science</source>
        <translation>Cercetare și știință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Pensionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not working</source>
        <translation>Fără loc de muncă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+37"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Este prea lung: cel mult {max} caractere.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Candidates must be at least {age} years old; check the year.</source>
        <translation>Candidații trebuie să aibă cel puțin {age} ani; verificați anul.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the year: this person would be over 110.</source>
        <translation>Verificați anul: această persoană ar avea peste 110 ani.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduceți numele persoanei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender: {text}.</source>
        <translation>Gen necunoscut: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown citizenship: {text}. Use origin, destination or dual.</source>
        <translation>Cetățenie necunoscută: {text}. Folosiți origin, destination sau dual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown generation: {text}. Use first, second or third_plus.</source>
        <translation>Generație necunoscută: {text}. Folosiți first, second sau third_plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown education level: {text}.</source>
        <translation>Nivel de studii necunoscut: {text}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No association called {text} is registered; register it first or leave this empty.</source>
        <translation>Nu este înregistrată nicio asociație cu numele {text}; înregistrați-o mai întâi sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person is no longer in the database.</source>
        <translation>Această persoană nu mai este în baza de date.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This person&apos;s data was erased and cannot be edited.</source>
        <translation>Datele acestei persoane au fost șterse definitiv și nu pot fi modificate.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+258"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation>Membri ai diasporei care s-au oferit să fie invitați la consultări. Pot fi selectate doar persoanele cu un consimțământ valabil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation>Filtrează după nume, e-mail, telefon, țară, asociație, subiect…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation>Filtrează candidații</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+172"/>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Toți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation>Consimțământ valabil (poate fi selectat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation>Fără consimțământ valabil</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+26"/>
        <location line="+149"/>
        <source>Erased</source>
        <translation>Șters definitiv</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>Născut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Dublă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>a II-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>a III-a+</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Candidat nou…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate</source>
        <translation>Înregistrează un candidat nou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected candidate</source>
        <translation>Deschide candidatul selectat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected candidates to the trash</source>
        <translation>Mută candidații selectați în coșul de gunoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Coș de gunoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted candidates: restore them</source>
        <translation>Candidați șterși: restaurați-i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>Î&amp;nregistrează consimțământul…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the same consent for the selected people</source>
        <translation>Înregistrează același consimțământ pentru persoanele selectate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Exportă datele personale…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation>Tot ce se păstrează despre persoana selectată, în PDF și JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase…</source>
        <translation>Șterge &amp;definitiv…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation>Șterge definitiv datele personale ale persoanei selectate (statisticile rămân)</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln candidate(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln candidat mutat în coșul de gunoi.</numerusform>
            <numerusform>%Ln candidați mutați în coșul de gunoi.</numerusform>
            <numerusform>%Ln de candidați mutați în coșul de gunoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted candidates</source>
        <translation>Candidați șterși</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} candidates</source>
        <translation>Candidați: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} din {total} candidați</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent recorded for {count} people.</source>
        <translation>Consimțământ înregistrat pentru {count} persoane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation>Persoane șterse omise: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Șterge definitiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one person to erase.</source>
        <translation>Selectați o persoană pentru ștergerea definitivă.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="+69"/>
        <source>Resolve conflict</source>
        <translation>Rezolvă conflictul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is no longer open.</source>
        <translation>Acest conflict nu mai este deschis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve conflict: {kind} “{title}”</source>
        <translation>Rezolvă conflictul: {kind} „{title}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed on this computer and, in another office, on the server, before the two changes could meet (noticed {when}). For each field, choose the version to keep. Until you decide, both versions are kept; fields changed on only one side are merged on their own.</source>
        <translation>Această înregistrare a fost modificată pe acest calculator și, într-un alt birou, pe server, înainte ca cele două modificări să se întâlnească (constatat la {when}). Pentru fiecare câmp, alegeți versiunea de păstrat. Până decideți, ambele versiuni sunt păstrate; câmpurile modificate doar într-o parte sunt comasate automat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>Înainte de ambele modificări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (this computer)</source>
        <translation>Ale mele (acest calculator)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (server)</source>
        <translation>Ale serverului</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: keep mine</source>
        <translation>{field}: păstrează varianta mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: take theirs</source>
        <translation>{field}: preia varianta serverului</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep all &amp;mine</source>
        <translation>&amp;Păstrează tot ce am eu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>Preia &amp;tot de pe server</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use these choices</source>
        <translation>&amp;Folosește aceste alegeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values; they are sent at the next sync (Enter)</source>
        <translation>Păstrează valorile alese; vor fi trimise la următoarea sincronizare (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please choose a version for every field.</source>
        <translation>Alegeți o versiune pentru fiecare câmp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your choice is kept and will be sent at the next sync.</source>
        <translation>Alegerea dumneavoastră este păstrată și va fi trimisă la următoarea sincronizare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record has no sync conflict.</source>
        <translation>Înregistrarea selectată nu are niciun conflict de sincronizare.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve sync &amp;conflict…</source>
        <translation>&amp;Rezolvă conflictul de sincronizare…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../desktop/services/consent.py" line="+50"/>
        <source>I agree that the diaspora-relations bureau keeps my name, contact details and the profile I gave (country of residence, citizenship, generation, education, occupation, languages, association) in order to invite me to consultation meetings. I know that participants are chosen by a public random draw, that I can see everything held about me, and that I can withdraw this consent at any time, after which I will not be invited again.</source>
        <translation>Sunt de acord ca biroul pentru relațiile cu diaspora să păstreze numele meu, datele mele de contact și profilul pe care l-am furnizat (țara de reședință, cetățenia, generația, studiile, ocupația, limbile, asociația) pentru a mă invita la întâlniri de consultare. Știu că participanții sunt aleși prin tragere la sorți publică, că pot vedea tot ce se păstrează despre mine și că îmi pot retrage oricând acest consimțământ, după care nu voi mai fi invitat(ă).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I agree to receive information from the diaspora-relations bureau about programmes, events and services for the diaspora. I can withdraw this consent at any time.</source>
        <translation>Sunt de acord să primesc de la biroul pentru relațiile cu diaspora informații despre programe, evenimente și servicii pentru diaspora. Îmi pot retrage oricând acest consimțământ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown consent purpose: {purpose}</source>
        <translation>Scop de consimțământ necunoscut: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation to consultations</source>
        <translation>Invitație la consultări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information about programmes</source>
        <translation>Informații despre programe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper form</source>
        <translation>Formular pe hârtie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formular online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>În persoană</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Telefonic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Prin e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported list</source>
        <translation>Listă importată</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid</source>
        <translation>Valabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Fără consimțământ</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This person is not in the database.</source>
        <translation>Această persoană nu este în baza de date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>Datele acestei persoane au fost șterse definitiv; înregistrați-o din nou ca persoană nouă.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose how the consent was given.</source>
        <translation>Alegeți cum a fost dat consimțământul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>Data consimțământului nu poate fi în viitor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>Consimțământul trebuie să expire după ziua în care a fost dat.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This consent record no longer exists.</source>
        <translation>Această înregistrare de consimțământ nu mai există.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-124"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation>Consimțământ dat la</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation>Modul în care a fost dat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation>Colectat de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation>Expiră la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Scop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation>&amp;Dat la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Mod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation>&amp;Colectat de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Expiră la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>Textul prezentat:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version}: {text}</source>
        <translation>Versiunea {version}: {text}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-399"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Colectat de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <translation>Expiră la</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>ConsentWay</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+59"/>
        <source>Signed form</source>
        <translation>Formular semnat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person, witnessed</source>
        <translation>În persoană, în prezența unui martor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formular online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
</context>
<context>
    <name>ConsultationDetail</name>
    <message>
        <location filename="../desktop/views/consultations_detail.py" line="+74"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this step is not possible</source>
        <translation>De ce acest pas nu este posibil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save details</source>
        <translation>&amp;Salvează detaliile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Salvează detaliile (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Detalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Pool</source>
        <translation>&amp;2 Lista de candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Criteria</source>
        <translation>&amp;3 Criterii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Selection</source>
        <translation>&amp;4 Selecție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5 Invitations</source>
        <translation>&amp;5 Invitații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6 Follow-up</source>
        <translation>&amp;6 Urmărire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a consultation in the list, or create one with New consultation (Ctrl+N).</source>
        <translation>Alegeți o consultare din listă sau creați una cu Consultare nouă (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>date not set</source>
        <translation>dată nestabilită</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {when} · {seats} seats · Status: {status}</source>
        <translation>{kind} · {when} · locuri: {seats} · Statut: {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Details saved.</source>
        <translation>Detaliile au fost salvate.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+131"/>
        <source>Close the consultation</source>
        <translation>Închide consultarea</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Back to draft</source>
        <translation>Înapoi la ciornă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pool</source>
        <translation>Deschide lista de candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitații trimise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as held</source>
        <translation>Marchează ca desfășurată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as followed up</source>
        <translation>Marchează ca urmărită</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Close this consultation? Nothing can be changed afterwards.</source>
        <translation>Închideți această consultare? După aceea nu se mai poate modifica nimic.</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation>de ex. Investiții acasă: ce garanții?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation>Național (toate regiunile)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation>Adresa locului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation>https://… (pentru întâlniri online)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itlu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>S&amp;ubiect:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regiune:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>L&amp;oc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation>Lo&amp;curi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation>R&amp;ezerve dorite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Limba &amp;scrisorilor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation>Câte persoane participă. Se fixează după tragerea la sorți a participanților.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation>Scrisorile de invitație și raportul „Ați spus, am făcut” sunt redactate în această limbă.</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../desktop/services/consultations.py" line="+95"/>
        <source>Roundtable</source>
        <translation>Masă rotundă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening exercise</source>
        <translation>Sesiune de ascultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>Focus grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile counselling</source>
        <translation>Consiliere mobilă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online meeting</source>
        <translation>Întâlnire online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool open</source>
        <translation>Listă de candidați deschisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants selected</source>
        <translation>Participanți selectați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitații trimise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Desfășurată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Urmărită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the pool</source>
        <translation>În lista de candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Selectat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Rezervă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>A refuzat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>A participat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Nu a venit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>În curs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This consultation is no longer in the database.</source>
        <translation>Această consultare nu mai este în baza de date.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the consultation a title.</source>
        <translation>Dați un titlu consultării.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title can have at most 300 characters.</source>
        <translation>Titlul poate avea cel mult 300 de caractere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the kind of consultation.</source>
        <translation>Alegeți tipul consultării.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters can be written in English, French, Spanish, Romanian, Russian or Arabic.</source>
        <translation>Scrisorile pot fi redactate în engleză, franceză, spaniolă, română, rusă sau arabă.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Este prea lung: cel mult {max} caractere.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A consultation needs at least one seat.</source>
        <translation>O consultare trebuie să aibă cel puțin un loc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An online meeting needs the link to join it.</source>
        <translation>O întâlnire online are nevoie de linkul de participare.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seats cannot change after the participants were drawn.</source>
        <translation>Numărul de locuri nu mai poate fi schimbat după tragerea la sorți a participanților.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region cannot change after the participants were drawn.</source>
        <translation>Regiunea nu mai poate fi schimbată după tragerea la sorți a participanților.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a consultation whose participants were not drawn yet can be deleted; close it instead.</source>
        <translation>Poate fi ștearsă doar o consultare ai cărei participanți nu au fost încă trași la sorți; închideți-o în schimb.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+471"/>
        <source>Unknown status: {status}.</source>
        <translation>Statut necunoscut: {status}.</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>A consultation cannot go from “{old}” to “{new}”.</source>
        <translation>O consultare nu poate trece din „{old}” în „{new}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the number of seats first.</source>
        <translation>Stabiliți mai întâi numărul de locuri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants are selected by running the draw (Selection), never by hand.</source>
        <translation>Participanții sunt selectați prin tragerea la sorți (Selecție), niciodată manual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark at least one selected person as invited first.</source>
        <translation>Marcați mai întâi cel puțin o persoană selectată ca invitată.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record at least one commitment (what was said and what will be done) first.</source>
        <translation>Înregistrați mai întâi cel puțin un angajament (ce s-a spus și ce se va face).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This consultation cannot be closed while {count} commitment(s) are still open: {names}</source>
        <translation>Această consultare nu poate fi închisă cât timp mai sunt angajamente deschise ({count}): {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more.</source>
        <translation>și încă {count}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} added to the pool.</source>
        <translation>Adăugați în lista de candidați: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} were already in it.</source>
        <translation>Erau deja incluși: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out: no valid consent to be invited, or their data was erased.</source>
        <translation>Excluși: {count} (fără consimțământ valabil pentru a fi invitați sau cu datele șterse).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ids are not in the database.</source>
        <translation>Identificatori care nu sunt în baza de date: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pool is fixed once participants are drawn; it can no longer change.</source>
        <translation>Lista de candidați este fixată după tragerea la sorți; nu mai poate fi modificată.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} nu poate fi citit: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not a text file.</source>
        <translation>Fișierul nu este un fișier text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate ids were found in the file.</source>
        <translation>Nu s-a găsit niciun identificator de candidat în fișier.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This participant is no longer in the consultation.</source>
        <translation>Acest participant nu mai face parte din consultare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A participant cannot go from “{old}” to “{new}”.</source>
        <translation>Un participant nu poate trece din „{old}” în „{new}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance is recorded after the consultation is marked as held.</source>
        <translation>Prezența se înregistrează după ce consultarea este marcată ca desfășurată.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations are handled between the draw and the consultation.</source>
        <translation>Invitațiile se gestionează între tragerea la sorți și consultare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>This consultation is closed.</source>
        <translation>Această consultare este închisă.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>All {seats} seats are taken (a reserve may already have taken this place). Someone must decline before another person can be seated.</source>
        <translation>Toate cele {seats} locuri sunt ocupate (poate un rezervist a luat deja acest loc). Cineva trebuie să renunțe înainte ca altă persoană să poată ocupa un loc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person is not a reserve.</source>
        <translation>Această persoană nu este pe lista de rezervă.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the consultation.</source>
        <translation>Această persoană nu face parte din consultare.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+39"/>
        <source>Write down what was committed to.</source>
        <translation>Notați la ce v-ați angajat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This commitment is no longer in the database.</source>
        <translation>Acest angajament nu mai este în baza de date.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../desktop/views/consultations.py" line="+50"/>
        <source>Consultation</source>
        <translation>Consultare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Consultations</source>
        <translation>Consultări</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Meetings with the diaspora. Participants are drawn by a fair, public lottery from a pool of volunteers, within quotas that keep the panel representative.</source>
        <translation>Întâlniri cu diaspora. Participanții sunt trași la sorți în mod echitabil și public dintr-o listă de voluntari, în limitele unor cote care păstrează reprezentativitatea grupului.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Consultare nouă…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a new consultation (Ctrl+N)</source>
        <translation>Planifică o consultare nouă (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a consultation whose participants were not drawn yet (Del)</source>
        <translation>Șterge o consultare ai cărei participanți nu au fost încă trași la sorți (Del)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter consultations</source>
        <translation>Filtrează consultările</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Delete consultation</source>
        <translation>Șterge consultarea</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this consultation and its pool? You can undo right after (Ctrl+Z).</source>
        <translation>Ștergeți această consultare și lista ei de candidați? Puteți anula imediat după (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consultation deleted. Press Ctrl+Z to undo.</source>
        <translation>Consultarea a fost ștearsă. Apăsați Ctrl+Z pentru a anula.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+101"/>
        <source>Type to search countries</source>
        <translation>Tastați pentru a căuta o țară</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+50"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenting people</source>
        <translation>Persoane care și-au dat acordul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part</source>
        <translation>Au participat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats held</source>
        <translation>Locuri ocupate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard from (%)</source>
        <translation>Ascultați (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultări</translation>
    </message>
</context>
<context>
    <name>CoverageControls</name>
    <message>
        <location filename="../desktop/views/criteria_coverage.py" line="+34"/>
        <source>Propose quotas from &amp;coverage</source>
        <translation>Propune cote după &amp;participare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give more seats to the groups heard less than their share of the pool in the months chosen here</source>
        <translation>Acordă mai multe locuri grupurilor ascultate mai puțin decât ponderea lor în rezervă în lunile alese aici</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>months</source>
        <translation>luni</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Months of coverage looked at</source>
        <translation>Luni de participare analizate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out people seated in the &amp;last</source>
        <translation>Exclude persoanele care au ocupat un loc în &amp;ultimele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who held a seat at another consultation in these months are taken out of the pool before the draw; the audit report lists them</source>
        <translation>Persoanele care au ocupat un loc la altă consultare în aceste luni sunt scoase din rezervă înainte de tragere; raportul de audit le enumeră</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months a seat keeps someone out</source>
        <translation>Luni în care un loc ocupat exclude persoana</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} left out: seated since {date}</source>
        <translation>{count} excluse: au ocupat un loc din {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from {seats} seats held in the last {months} months.</source>
        <translation>Propus pe baza a {seats} locuri ocupate în ultimele {months} luni.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+16"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Pe cine nu am ascultat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who took part in consultations, against everyone who agreed to be consulted and every registered association. Groups in red were never heard in the period; the lists on the right show who is consulted again and again.</source>
        <translation>Persoanele care au participat la consultări, comparate cu toți cei care au acceptat să fie consultați și cu toate asociațiile înregistrate. Grupurile cu roșu nu au fost ascultate deloc în perioadă; listele din dreapta arată cine este consultat iar și iar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last</source>
        <translation>&amp;Ultimele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>months</source>
        <translation>luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months looked back</source>
        <translation>Luni analizate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel național</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group people by</source>
        <translation>Grupează persoanele după</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups and how often they were heard</source>
        <translation>Grupuri și cât de des au fost ascultate</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>People seated at two or more consultations</source>
        <translation>Persoane care au participat la două sau mai multe consultări</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Associations whose members held the most seats</source>
        <translation>Asociațiile ai căror membri au ocupat cele mai multe locuri</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} of {total} associations never heard</source>
        <translation>{count} din {total} asociații niciodată ascultate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} groups with consenting people never heard</source>
        <translation>{count} grupuri cu persoane care și-au dat acordul, niciodată ascultate</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../desktop/services/consultation_criteria.py" line="+53"/>
        <source>Destination country</source>
        <translation>Țara de destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective (engagement area)</source>
        <translation>Obiectiv (domeniu de implicare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration generation</source>
        <translation>Generația de migrație</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin-country citizenship</source>
        <translation>Cetățenia țării de origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination-country citizenship</source>
        <translation>Cetățenia țării de destinație</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>Studii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship (origin, destination or dual)</source>
        <translation>Cetățenie (origine, destinație sau dublă)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First language listed</source>
        <translation>Prima limbă indicată</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Under 18</source>
        <translation>Sub 18 ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 29</source>
        <translation>18–29 de ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 to 44</source>
        <translation>30–44 de ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45 to 59</source>
        <translation>45–59 de ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 de ani și peste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holds it</source>
        <translation>O deține</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not hold it</source>
        <translation>Nu o deține</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{name}: the minimum {min} is above the maximum {max}.</source>
        <translation>{name}: minimul {min} depășește maximul {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the minimum {min} is more than the {count} people in the pool.</source>
        <translation>{name}: minimul {min} depășește cele {count} persoane din lista de candidați.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation needs at least one seat.</source>
        <translation>Consultarea trebuie să aibă cel puțin un loc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool has {count} people for {seats} seats.</source>
        <translation>Lista de candidați are {count} persoane pentru {seats} locuri.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="+137"/>
        <source>Feature</source>
        <translation>Criteriu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>În listă</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of the pool</source>
        <translation>Ponderea în lista de candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest seats people with this value must get</source>
        <translation>Numărul minim de locuri pe care trebuie să le primească persoanele cu această valoare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most seats people with this value may get</source>
        <translation>Numărul maxim de locuri pe care le pot primi persoanele cu această valoare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a number of seats; Enter to confirm, Escape to cancel.</source>
        <translation>Introduceți un număr de locuri; Enter pentru confirmare, Esc pentru anulare.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Can the quotas all hold?</source>
        <translation>Pot fi respectate toate cotele?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the quotas cannot all hold</source>
        <translation>De ce nu pot fi respectate toate cotele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Features</source>
        <translation>&amp;Criterii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with quotas</source>
        <translation>Criterii cu cote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotas (seats per value)</source>
        <translation>Cote (&amp;locuri pe valoare)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotas</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill &amp;proportionally to the pool</source>
        <translation>Completează &amp;proporțional cu lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value gets its share of the seats, as in the pool</source>
        <translation>Fiecare valoare primește partea sa de locuri, ca în lista de candidați</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from population &amp;shares…</source>
        <translation>Completează &amp;după ponderile populației…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the seats as the diaspora is spread (e.g. by destination country)</source>
        <translation>Împarte locurile după distribuția diasporei (de ex. pe țări de destinație)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender balance</source>
        <translation>&amp;Echilibru de gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the seats for women, half for men</source>
        <translation>Jumătate din locuri pentru femei, jumătate pentru bărbați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leeway ±</source>
        <translation>&amp;Marjă ±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leeway in seats</source>
        <translation>Marjă în locuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen each filled quota by this many seats on both sides, which makes the quotas easier to satisfy</source>
        <translation>Lărgește fiecare cotă completată cu acest număr de locuri în ambele sensuri, ceea ce face cotele mai ușor de respectat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At &amp;most</source>
        <translation>Cel m&amp;ult</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most people from one association</source>
        <translation>Numărul maxim de persoane din aceeași asociație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people from one association</source>
        <translation>persoane din aceeași asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people from one household (same address or phone)</source>
        <translation>persoane din aceeași gospodărie (aceeași adresă sau telefon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the cap counts</source>
        <translation>Ce numără plafonul</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{pool} people can be drawn for {seats} seats.</source>
        <translation>Persoane care pot fi trase la sorți: {pool}, pentru {seats} locuri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({count} left out: consent no longer valid)</source>
        <translation>(excluse: {count}, consimțământ nevalabil)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria are fixed: the participants were drawn with them.</source>
        <translation>Criteriile sunt fixate: participanții au fost trași la sorți cu ele.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published criteria</source>
        <translation>Criterii publicate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Alte câmpuri</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Criteria saved.</source>
        <translation>Criteriile au fost salvate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No quotas: everyone has the same chance.</source>
        <translation>Fără cote: toți au aceeași șansă.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not decided in time (a large pool); the selection will say if the quotas cannot hold.</source>
        <translation>Nu s-a decis la timp (listă mare); selecția va arăta dacă cotele nu pot fi respectate.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Feasible: the quotas can all hold</source>
        <translation>● Realizabil: toate cotele pot fi respectate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Not feasible: the quotas cannot all hold</source>
        <translation>● Nerealizabil: cotele nu pot fi respectate toate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a consultation</source>
        <translation>Alegeți o consultare</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+48"/>
        <source>Show in Associations</source>
        <translation>Arată în Asociații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Focal points</source>
        <translation>Arată în Puncte focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Regions</source>
        <translation>Arată în Regiuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Candidates</source>
        <translation>Arată în Candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Consultations</source>
        <translation>Arată în Consultări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the promise ledger</source>
        <translation>Arată în registrul angajamentelor</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>Birou de asistență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+78"/>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Ultimele 3 luni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>De la început</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Alegeți datele…</translation>
    </message>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="-6"/>
        <location filename="../desktop/views/home.py" line="+74"/>
        <source>Region</source>
        <translation>Regiune</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>Lista este goală: nu există nimic de exportat.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %Ln record(s)</source>
        <translation>
            <numerusform>Exportă %Ln înregistrare</numerusform>
            <numerusform>Exportă %Ln înregistrări</numerusform>
            <numerusform>Exportă %Ln de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;Fișier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} records exported to {file}</source>
        <translation>Înregistrări exportate în {file}: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export: {error}</source>
        <translation>Exportul a eșuat: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported on</source>
        <translation>Importat la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Omise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone on {date}</source>
        <translation>Anulat la {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since; cannot be undone</source>
        <translation>Modificat între timp; nu mai poate fi anulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be undone</source>
        <translation>Poate fi anulat</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent i&amp;mports…</source>
        <translation>Importuri &amp;recente…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Caută duplicate…</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+794"/>
        <source>same email</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>același telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>același nume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name, words in another order</source>
        <translation>același nume, cuvinte în altă ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>nume asemănător în proporție de {percent} % după transliterare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same website</source>
        <translation>același site web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same registration number</source>
        <translation>același număr de înregistrare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same acronym and country</source>
        <translation>același acronim și aceeași țară</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city and country</source>
        <translation>același oraș și aceeași țară</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city: {first} / {second}</source>
        <translation>același oraș: {first} / {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same contact person</source>
        <translation>aceeași persoană de contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same region</source>
        <translation>aceeași regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same institution</source>
        <translation>aceeași instituție</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Looking for duplicates</source>
        <translation>Se caută duplicatele</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_dedupe.py" line="+67"/>
        <source>different names</source>
        <translation>nume diferite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth year ({year})</source>
        <translation>același an de naștere ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth years one apart ({first} / {second})</source>
        <translation>ani de naștere la un an distanță ({first} / {second})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>born in different years ({first} / {second})</source>
        <translation>născuți în ani diferiți ({first} / {second})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same country of residence</source>
        <translation>aceeași țară de reședință</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+284"/>
        <source>Public digest: you said, we did</source>
        <translation>Rezumat public: ați spus, am făcut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel național</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regiunea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>Până &amp;la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the commitments of the consultations held in the period, with what was done. Commitments are printed as typed.</source>
        <translation>Enumeră angajamentele consultărilor ținute în perioadă, cu ce s-a făcut. Angajamentele sunt tipărite așa cum au fost scrise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file when it is written</source>
        <translation>Deschide fișierul după ce este scris</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the digest</source>
        <translation>Salvează rezumatul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path} ({count} commitments)</source>
        <translation>S-a salvat {path} ({count} angajamente)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the digest…</source>
        <translation>Se scrie rezumatul…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+41"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region directory</source>
        <translation>Lista regiunii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation>Punctele de informare ale unei regiuni: punctele focale active la data respectivă, incluse pe pliante și care și-au dat consimțământul pentru publicarea datelor de contact. Pliantele tipăresc exact această listă.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regiune:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation>La data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation>&amp;La data:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Astăzi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation>Puncte de informare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory summary</source>
        <translation>Rezumatul listei</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation>Nu există încă regiuni.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln information point(s) on the flyers of this region.</source>
        <translation>
            <numerusform>%Ln punct de informare pe pliantele acestei regiuni.</numerusform>
            <numerusform>%Ln puncte de informare pe pliantele acestei regiuni.</numerusform>
            <numerusform>%Ln de puncte de informare pe pliantele acestei regiuni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation>Puncte focale active care lipsesc deoarece consimțământul lor pentru publicare nu este înregistrat: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation>Puncte focale active care și-au dat consimțământul, dar nu sunt incluse pe pliante: {count}.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+26"/>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records listed: {count}.</source>
        <translation>Înregistrări afișate: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} are listed.</source>
        <translation>Sunt afișate doar primele {count}.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+69"/>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation>Tastați un nume, un e-mail sau un telefon pentru a verifica dacă există deja înregistrări.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not check for duplicates: {error}</source>
        <translation>Duplicatele nu au putut fi verificate: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No similar records found.</source>
        <translation>Nu s-au găsit înregistrări asemănătoare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation>Aceste înregistrări existente par asemănătoare. Deschideți una pentru a o verifica înainte de a salva o înregistrare nouă.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These records look like this one. Merge them if they are the same, or mark them as different.</source>
        <translation>Aceste înregistrări seamănă cu aceasta. Comasați-le dacă sunt aceeași sau marcați-le ca diferite.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{score} % alike</source>
        <translation>Asemănare {score} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation>Deschide {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Comasează…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation>Comasează cu {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation>Nu este duplicat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation>Reține că acestea sunt înregistrări diferite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: {name}</source>
        <translation>Posibil duplicat: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../desktop/views/duplicates_dialog.py" line="+37"/>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looks like</source>
        <translation>Seamănă cu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Likely duplicates</source>
        <translation>Duplicate probabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for duplicates…</source>
        <translation>Se caută duplicatele…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Likely duplicate pairs</source>
        <translation>Perechi de duplicate probabile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Comasează…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records, picking each field (Enter)</source>
        <translation>Comasează cele două înregistrări, alegând fiecare câmp (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Nu este duplicat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember that these are two different records, so they are not proposed again</source>
        <translation>Reține că acestea sunt două înregistrări diferite, ca să nu mai fie propuse</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Duplicatele nu au putut fi căutate: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} likely duplicate pairs. Check each one: merge it, or mark it as not a duplicate.</source>
        <translation>Perechi de duplicate probabile: {count}. Verificați-le pe fiecare: comasați-o sau marcați-o ca nefiind duplicat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No likely duplicates found.</source>
        <translation>Nu s-au găsit duplicate probabile.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{first}” and “{second}” will no longer be proposed as duplicates.</source>
        <translation>„{first}” și „{second}” nu vor mai fi propuse ca duplicate.</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../desktop/services/importing/encodings.py" line="+69"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>Europa de Vest</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Central European, Romanian</source>
        <translation>Europa Centrală, română</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cyrillic</source>
        <translation>chirilică</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Arabic</source>
        <translation>arabă</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Central European</source>
        <translation>Europa Centrală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>română</translation>
    </message>
</context>
<context>
    <name>EngagementArea</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="-59"/>
        <source>Remittances</source>
        <translation>Remitențe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of skills</source>
        <translation>Transfer de competențe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Comerț</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Turism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural diversity</source>
        <translation>Diversitate culturală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philanthropy</source>
        <translation>Filantropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation</source>
        <translation>Inovare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrepreneurship</source>
        <translation>Antreprenoriat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Cercetare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of ideas</source>
        <translation>Transfer de idei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>Investiții</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarianism</source>
        <translation>Acțiune umanitară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peacebuilding</source>
        <translation>Consolidarea păcii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental initiatives</source>
        <translation>Inițiative de mediu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora diplomacy</source>
        <translation>Diplomația diasporei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth empowerment</source>
        <translation>Abilitarea tinerilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis relief</source>
        <translation>Ajutor în situații de criză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic engagement</source>
        <translation>Implicare civică</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+86"/>
        <source>Erase personal data</source>
        <translation>Șterge definitiv datele personale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>Ștergeți definitiv datele personale ale lui {name}?

Numele, datele de contact, anul nașterii, competențele, limbile, temele, asociația și notele sunt șterse definitiv, iar consimțămintele sunt retrase. Genul, țara de reședință, generația, cetățenia, studiile, ocupația și regiunea de origine rămân, pentru ca statisticile și selecțiile anterioare să rămână coerente.

Operațiunea nu poate fi anulată. Exportați mai întâi datele dacă persoana a cerut o copie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERASE</source>
        <translation>ȘTERGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation>Tastați {word} pentru a confirma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation>Tastați {word} pentru a confirma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase</source>
        <translation>Șterge &amp;definitiv</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../desktop/views/errors.py" line="+62"/>
        <source>Unexpected error</source>
        <translation>Eroare neașteptată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong, but your data is safe and you can keep working.</source>
        <translation>Ceva nu a funcționat, dar datele dumneavoastră sunt în siguranță și puteți continua lucrul.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{summary}

Details were written to:
{log}</source>
        <translation>{summary}

Detaliile au fost scrise în:
{log}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/importing/export.py" line="+116"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Alegeți un nume de fișier care se termină cu .csv sau .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>Se exportă</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} nu a putut fi scris: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+95"/>
        <source>Choose the file</source>
        <translation>Alegeți fișierul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file (any usual encoding, separated by ; , or tabs) or an Excel workbook (.xlsx) whose first row names the columns.</source>
        <translation>Un fișier CSV (orice codificare uzuală, separat prin ; , sau tabulatori) sau un registru Excel (.xlsx) al cărui prim rând denumește coloanele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Fișierul de importat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a path or choose a file</source>
        <translation>Tastați o cale sau alegeți un fișier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to import</source>
        <translation>Alegeți fișierul de importat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Tabele ({patterns});;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+65"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bun venit în Diaspora Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a &amp;new database</source>
        <translation>Creează o bază de date &amp;nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an existing server</source>
        <translation>&amp;Alăturare la un server existent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>Spuneți-ne ce țară deservește biroul dumneavoastră și cine folosește acest calculator. Regiunile țării sunt completate automat; le puteți adăuga, redenumi sau retrage mai târziu, în Regiuni.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your office, country and regions come from your account on the server, and your office&apos;s data is downloaded now. Ask your administrator for the server address and your user name.</source>
        <translation>Biroul, țara și regiunile ei se iau din contul dumneavoastră de pe server, iar datele biroului se descarcă acum. Cereți administratorului adresa serverului și numele de utilizator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>Adresa ser&amp;verului:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nume de utilizator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining status</source>
        <translation>Starea conectării</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Start</source>
        <translation>Înce&amp;pe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>&amp;Alătură-te</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to {server}…</source>
        <translation>Conectare la {server}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining {server}</source>
        <translation>Alăturare la {server}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. Nothing is lost: what was downloaded is kept, and the next sync goes on from there.</source>
        <translation>Oprit. Nu se pierde nimic: ce s-a descărcat se păstrează, iar următoarea sincronizare continuă de acolo.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../desktop/views/home.py" line="-277"/>
        <source>Nothing to show yet: start here</source>
        <translation>Încă nu este nimic de afișat: începeți de aici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Import or add diaspora associations</source>
        <translation>1. Importați sau adăugați asociații ale diasporei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in your spreadsheet of associations (Associations → Import…) or add them one by one.</source>
        <translation>Aduceți foaia de calcul cu asociații (Asociații → Import…) sau adăugați-le una câte una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add focal points</source>
        <translation>2. Adăugați puncte focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who act as information points in each region; those who agree are printed on flyers.</source>
        <translation>Persoanele care sunt puncte de informare în fiecare regiune; cele care acceptă apar pe pliante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Register people who agree to be consulted</source>
        <translation>3. Înregistrați persoanele care acceptă să fie consultate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each person&apos;s consent; only they can be drawn for a consultation.</source>
        <translation>Înregistrați acordul fiecărei persoane; doar ele pot fi trase la sorți pentru o consultare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Plan a consultation</source>
        <translation>4. Planificați o consultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set its quotas, draw a fair panel and record what was promised.</source>
        <translation>Stabiliți cotele, trageți la sorți un grup echitabil și notați ce s-a promis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Print a flyer</source>
        <translation>5. Tipăriți un pliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the diaspora where to find their focal point.</source>
        <translation>Spuneți diasporei unde își găsește punctul focal.</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <location filename="../desktop/views/flyers_editor.py" line="+255"/>
        <source>The theme&apos;s colour</source>
        <translation>Culoarea temei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Alegeți o culoare</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+532"/>
        <source>Flyer</source>
        <translation>Pliant</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+347"/>
        <source>Updating the preview…</source>
        <translation>Se actualizează previzualizarea…</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Made from region, language and format</source>
        <translation>Format din regiune, limbă și format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer name</source>
        <translation>Numele pliantului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National (no region)</source>
        <translation>Național (fără regiune)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regiune:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>Li&amp;mbă:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer language</source>
        <translation>Limba pliantului</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headline:</source>
        <translation>T&amp;itlu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short sentences read best. Printed as typed.</source>
        <translation>Propozițiile scurte se citesc cel mai bine. Se tipărește așa cum este scris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body text:</source>
        <translation>&amp;Text principal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body text</source>
        <translation>Text principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call to action:</source>
        <translation>Îndemn &amp;la acțiune:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Îndemn la acțiune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s address; the QR code opens it.</source>
        <translation>Adresa platformei; codul QR o deschide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>&amp;Adresă web:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Adresă web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default texts of this language</source>
        <translation>F&amp;olosește textele implicite ale acestei limbi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace headline, body and call to action with the standard texts in the flyer&apos;s language</source>
        <translation>Înlocuiește titlul, textul principal și îndemnul la acțiune cu textele standard în limba pliantului</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hoose…</source>
        <translation>Ale&amp;ge…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture or logo:</source>
        <translation>Imagine sau siglă:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture or logo</source>
        <translation>Imagine sau siglă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour &amp;theme:</source>
        <translation>Temă de c&amp;ulori:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Temă de culori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main colour…</source>
        <translation>Culoare principală…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour…</source>
        <translation>Culoare de accent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the custom colours and use the theme&apos;s</source>
        <translation>Renunță la culorile proprii și folosește-le pe cele ale temei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colours:</source>
        <translation>Culori proprii:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own colours</source>
        <translation>Culori proprii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a print shop</source>
        <translation>Pentru o tipografie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 mm &amp;bleed (backgrounds run past the cut)</source>
        <translation>Margine &amp;de tăiere de 3 mm (fundalurile depășesc linia de tăiere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cr&amp;op marks</source>
        <translation>&amp;Semne de tăiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;MYK colours</source>
        <translation>&amp;Culori CMYK</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview of the printed flyer</source>
        <translation>Previzualizarea pliantului tipărit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight results</source>
        <translation>Rezultatele verificării de dinaintea tipăririi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportă PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the flyer as a PDF file (Ctrl+E)</source>
        <translation>Scrie pliantul ca fișier PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Ti&amp;părește…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>Tipărește la o imprimantă a acestui calculator (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flyer (Ctrl+S)</source>
        <translation>Salvează pliantul (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor (Esc)</source>
        <translation>Închide editorul (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A national flyer lists no focal points.</source>
        <translation>Un pliant național nu include puncte focale.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln focal point(s) of this region will be printed: those active, listed on flyers and with recorded consent.</source>
        <translation>
            <numerusform>Se va tipări %Ln punct focal al acestei regiuni: cei activi, incluși pe pliante și cu consimțământ înregistrat.</numerusform>
            <numerusform>Se vor tipări %Ln puncte focale ale acestei regiuni: cei activi, incluși pe pliante și cu consimțământ înregistrat.</numerusform>
            <numerusform>Se vor tipări %Ln de puncte focale ale acestei regiuni: cei activi, incluși pe pliante și cu consimțământ înregistrat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No focal point of this region can be printed yet (they need to be active, listed on flyers and have recorded consent).</source>
        <translation>Niciun punct focal al acestei regiuni nu poate fi încă tipărit (trebuie să fie activ, inclus pe pliante și cu consimțământ înregistrat).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New flyer</source>
        <translation>Pliant nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer – {name}</source>
        <translation>Pliant – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>Previzualizarea nu a putut fi desenată: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview up to date.</source>
        <translation>Previzualizare actualizată.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preflight: no problems found.</source>
        <translation>Verificare înainte de tipărire: nicio problemă.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flyer not ready</source>
        <translation>Pliantul nu este gata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flyer could not be drawn: {error}</source>
        <translation>Pliantul nu a putut fi desenat: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture or logo</source>
        <translation>Alegeți o imagine sau o siglă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Nu s-a salvat nimic: {problems}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flyer saved.</source>
        <translation>Pliantul a fost salvat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preflight found problems</source>
        <translation>Verificarea de dinaintea tipăririi a găsit probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

{action} anyway?</source>
        <translation>{problems}

{action} totuși?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>Neexportat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} nu a putut fi scris: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyer exported to {path}.</source>
        <translation>Pliantul a fost exportat în {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print flyer</source>
        <translation>Tipărește pliantul</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not printed</source>
        <translation>Netipărit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be started.</source>
        <translation>Imprimanta nu a putut fi pornită.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this flyer before closing?</source>
        <translation>Salvați modificările acestui pliant înainte de închidere?</translation>
    </message>
</context>
<context>
    <name>FlyerLanguages</name>
    <message>
        <location filename="../desktop/services/flyers/labels.py" line="+36"/>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spaniolă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rusă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabă</translation>
    </message>
</context>
<context>
    <name>FlyerTemplates</name>
    <message>
        <location filename="../desktop/services/flyers/templates.py" line="+60"/>
        <source>A5 leaflet</source>
        <translation>Pliant A5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 flyer</source>
        <translation>Fluturaș A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter flyer</source>
        <translation>Fluturaș US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3 poster</source>
        <translation>Afiș A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll-up banner 85 × 200 cm</source>
        <translation>Banner roll-up 85 × 200 cm</translation>
    </message>
</context>
<context>
    <name>FlyerThemes</name>
    <message>
        <location filename="../desktop/services/flyers/themes.py" line="+34"/>
        <source>Blue and gold</source>
        <translation>Albastru și auriu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and sun</source>
        <translation>Verde și soare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burgundy and sand</source>
        <translation>Bordo și nisipiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal and coral</source>
        <translation>Turcoaz închis și coral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plum and amber</source>
        <translation>Prună și chihlimbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal and mint</source>
        <translation>Antracit și mentă</translation>
    </message>
</context>
<context>
    <name>Flyers</name>
    <message>
        <location filename="../desktop/services/flyers/images.py" line="+41"/>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>Imaginea este prea mare ({w} × {h} pixeli).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an image that can be printed (use PNG or JPEG).</source>
        <translation>Acest fișier nu este o imagine care poate fi tipărită (folosiți PNG sau JPEG).</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/batch.py" line="+90"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>Regiuni necunoscute: {codes}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/preflight.py" line="+55"/>
        <source>region line</source>
        <translation>rândul regiunii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>titlul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body text</source>
        <translation>textul principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call to action</source>
        <translation>îndemnul la acțiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points heading</source>
        <translation>titlul punctelor focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points</source>
        <translation>punctele focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points note</source>
        <translation>nota despre punctele focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR caption</source>
        <translation>Legenda codului QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>adresa web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help office line</source>
        <translation>rândul biroului de asistență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>imaginea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>Cod QR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{language} flyer, {block}: no font can print {chars}; they would come out as &quot;?&quot;. Remove or replace them.</source>
        <translation>Pliant în {language}, {block}: niciun font nu poate tipări {chars}; ar apărea ca „?”. Eliminați-le sau înlocuiți-le.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {block} does not fit even at {size} pt: {lines} line(s) are left out (the printed text ends with &quot;…&quot;). Shorten it or choose a larger format.</source>
        <translation>Blocul „{block}” nu încape nici la {size} pt: rânduri omise: {lines} (textul tipărit se termină cu „…”). Scurtați-l sau alegeți un format mai mare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{missing} of {total} focal points do not fit on this format and are left out. Choose a larger format.</source>
        <translation>{missing} din {total} puncte focale nu încap în acest format și sunt omise. Alegeți un format mai mare.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The QR code&apos;s squares are {size} mm wide; below {minimum} mm phones may not read it once printed. Use a shorter web address or a larger format.</source>
        <translation>Pătratele codului QR au {size} mm; sub {minimum} mm, telefoanele s-ar putea să nu îl citească după tipărire. Folosiți o adresă web mai scurtă sau un format mai mare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The QR code is {size} mm wide; people scan this format from about {distance} cm, which needs at least {needed} mm.</source>
        <translation>Codul QR are {size} mm lățime; acest format se scanează de la aproximativ {distance} cm, ceea ce necesită cel puțin {needed} mm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code has only {modules} modules of white margin around it; scanners need {needed}.</source>
        <translation>Codul QR are doar {modules} module de margine albă în jur; cititoarele au nevoie de {needed}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below {minimum} dpi it looks blurred. Use a larger image.</source>
        <translation>Imaginea se tipărește la {dpi} dpi ({w} × {h} pixeli pe {mw} × {mh} mm); sub {minimum} dpi arată neclar. Folosiți o imagine mai mare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no web address, so the flyer has no QR code. Type the platform&apos;s address.</source>
        <translation>Nu există nicio adresă web, deci pliantul nu are cod QR. Introduceți adresa platformei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address is the example {url}; type your platform&apos;s address.</source>
        <translation>Adresa web este exemplul {url}; introduceți adresa platformei dumneavoastră.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address must start with https:// (or http://) and name a server, or phones cannot open the registration form.</source>
        <translation>Adresa web trebuie să înceapă cu https:// (sau http://) și să numească un server, altfel telefoanele nu pot deschide formularul de înregistrare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This flyer has no campaign code yet (it gets one when saved), so registrations it brings cannot be counted for it.</source>
        <translation>Acest pliant nu are încă un cod de campanie (primește unul când este salvat), deci înregistrările aduse de el nu pot fi numărate pentru el.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign code {code} is not valid: use 4 to 12 letters and digits.</source>
        <translation>Codul de campanie {code} nu este valid: folosiți între 4 și 12 litere și cifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline is empty.</source>
        <translation>Titlul este gol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No focal point of this region can be printed (none is active, listed on flyers and with recorded consent to publish). The flyer points people to the help office instead.</source>
        <translation>Niciun punct focal al acestei regiuni nu poate fi tipărit (niciunul nu este activ, marcat pentru pliante și cu consimțământ pentru publicare înregistrat). Pliantul îndrumă în schimb oamenii către biroul de asistență.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/store.py" line="+110"/>
        <location line="+126"/>
        <source>This flyer no longer exists (it may have been deleted).</source>
        <translation>Acest pliant nu mai există (poate a fost șters).</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown format {value}; choose one of {choices}.</source>
        <translation>Format necunoscut: {value}; alegeți unul dintre {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language {value}; choose one of {choices}.</source>
        <translation>Limbă necunoscută: {value}; alegeți una dintre {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region {value}.</source>
        <translation>Regiune necunoscută: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown colour theme {value}.</source>
        <translation>Temă de culori necunoscută: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colour is written like #1D4E89.</source>
        <translation>O culoare se scrie ca #1D4E89.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture is larger than 15 MB; use a smaller file.</source>
        <translation>Imaginea depășește 15 MB; folosiți un fișier mai mic.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A campaign code has 4 to 12 letters and digits.</source>
        <translation>Un cod de campanie are între 4 și 12 litere și cifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {limit} characters.</source>
        <translation>Cel mult {limit} caractere.</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <location filename="../desktop/views/flyers.py" line="+41"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unknown code)</source>
        <translation>(cod necunoscut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Received</source>
        <translation>Primite</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Accepted</source>
        <translation>Acceptate</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>None given</source>
        <translation>Neindicată</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flyers</source>
        <translation>Pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyers, posters and banners in six languages with the region&apos;s focal points and a QR code. Open one to edit it with a live preview; print it here or export a PDF for a print shop.</source>
        <translation>Pliante, afișe și bannere în șase limbi, cu punctele focale ale regiunii și un cod QR. Deschideți unul pentru a-l edita cu previzualizare directă; tipăriți-l aici sau exportați un PDF pentru o tipografie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New flyer…</source>
        <translation>&amp;Pliant nou…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a flyer (Ctrl+N)</source>
        <translation>Creează un pliant (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected flyer in the editor (Enter)</source>
        <translation>Deschide pliantul selectat în editor (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new flyer from the selected one, e.g. for another language or region</source>
        <translation>Pornește un pliant nou de la cel selectat, de ex. pentru altă limbă sau regiune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flyer (Del); you can undo it</source>
        <translation>Șterge pliantul selectat (Del); puteți anula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print for several &amp;regions…</source>
        <translation>Tipărește pentru &amp;mai multe regiuni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One flyer per region and language into a folder</source>
        <translation>Câte un pliant pentru fiecare regiune și limbă, într-un dosar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Filter flyers</source>
        <translation>Filtrează pliantele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted flyer back (Ctrl+Z)</source>
        <translation>Adu înapoi pliantul șters (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved flyers</source>
        <translation>Pliante salvate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flyer yet. Press “New flyer…” to make one: it starts with ready-made texts in the language you choose.</source>
        <translation>Nu există încă niciun pliant. Apăsați „Pliant nou…” pentru a crea unul: pornește cu texte gata făcute în limba aleasă.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrations that came through the flyers&apos; QR codes</source>
        <translation>Înregistrări venite prin codurile QR ale pliantelor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations per flyer</source>
        <translation>Înregistrări pe pliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations per region</source>
        <translation>Înregistrări pe regiune</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“{name}” was deleted.</source>
        <translation>„{name}” a fost șters.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+238"/>
        <source>Flyer</source>
        <translation>Pliant</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+42"/>
        <source>New focal point</source>
        <translation>Punct focal nou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit focal point</source>
        <translation>Modifică punctul focal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person</source>
        <translation>Persoana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Prenume și nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— necompletat —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+361"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation>de ex. Consiliul Raional Cahul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Funcție sau post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation>— național (fără regiune) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nume (obligatoriu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituție:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation>&amp;Funcție sau post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Regi&amp;une:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nume@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation>de ex. 0 299 12 345 sau +373 299 12 345</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken</source>
        <translation>Limbi vorbite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Limbi vorbite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation>Perioada de activitate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Activ de la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Activ până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>Activ &amp;de la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation>Activ &amp;până la:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation>Publicare pe pliante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation>Pliantele tipăresc datele de contact ale unei persoane doar cu consimțământul ei. Înregistrați când și cum l-a dat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent given on</source>
        <translation>Consimțământ dat la</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation>Modul în care a fost dat consimțământul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation>de ex. formular semnat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given &amp;on:</source>
        <translation>C&amp;onsimțământ dat la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;Modul în care a fost dat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation>Include &amp;această persoană pe pliante ca punct de informare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation>Apare pe pliante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation>Retrage &amp;consimțământul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation>Persoana nu mai este de acord: șterge consimțământul și o scoate de pe pliante</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked associations</source>
        <translation>Asociații legate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link associations</source>
        <translation>Leagă asociații</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save ({keys})</source>
        <translation>Salvează ({keys})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation>Pentru a include această persoană pe pliante, înregistrați mai întâi data și modul în care și-a dat consimțământul.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Will be saved as {phone}</source>
        <translation>Va fi salvat ca {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corectați câmpurile marcate cu roșu.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved {name}.</source>
        <translation>{name} a fost salvat.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Focal point</source>
        <translation>Punct focal</translation>
    </message>
</context>
<context>
    <name>FocalPointList</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+34"/>
        <location line="+10"/>
        <source>Listed</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not listed</source>
        <translation>Neinclus</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>No consent</source>
        <translation>Fără consimțământ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+68"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>Încă nu</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ended</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Pliante</translation>
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
        <translation>Ales local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government officer</source>
        <translation>Funcționar al administrației locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical focal point</source>
        <translation>Punct focal tehnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular officer</source>
        <translation>Funcționar consular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association liaison</source>
        <translation>Legătura cu asociațiile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+86"/>
        <source>Focal points</source>
        <translation>Puncte focale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation>Persoane care servesc drept puncte de informare: aleși locali, funcționari ai administrației locale, puncte focale tehnice și consulare, persoane de legătură ale asociațiilor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation>Filtrează după nume, instituție, funcție, e-mail sau telefon ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter focal points</source>
        <translation>Filtrează punctele focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Toate rolurile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Pliante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>Incluse sau nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Incluse pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation>Neincluse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation>Niciun consimțământ înregistrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active or not</source>
        <translation>Activ sau nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation>Activ astăzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation>Inactiv astăzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Golește filtrele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New focal point…</source>
        <translation>&amp;Punct focal nou…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a focal point</source>
        <translation>Adaugă un punct focal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected focal point</source>
        <translation>Deschide punctul focal selectat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected focal points to the trash</source>
        <translation>Mută punctele focale selectate în coșul de gunoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Coș de gunoi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted focal points, to restore them</source>
        <translation>Punctele focale șterse, pentru a le restaura</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>National (no region)</source>
        <translation>Național (fără regiune)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation>Puncte focale: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation>{shown} din {total} puncte focale</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation>1 punct focal a fost mutat în coșul de gunoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation>Puncte focale mutate în coșul de gunoi: {count}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted focal points</source>
        <translation>Puncte focale șterse</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+86"/>
        <source>Edit commitment</source>
        <translation>Modifică angajamentul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation>Angajament nou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation>Ce au cerut participanții și ce s-a promis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation>Cine este responsabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation>Ce s-a făcut (tipărit în raport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Angajament:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Cine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Termen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Rezultat:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="-61"/>
        <source>Commitment</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Commitments</source>
        <translation>Angajamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Adaugă un angajament…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation>&amp;Raportul „Ați spus, am făcut”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation>Un PDF cu angajamentele și rezultatul lor, în limba consultării</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation>Angajamente: {total}, dintre care {open} încă deschise. Consultarea poate fi închisă când niciunul nu mai este deschis.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete commitment</source>
        <translation>Șterge angajamentul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation>Ștergeți acest angajament?

{text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation>Raportul „Ați spus, am făcut”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, we did</source>
        <translation>Ați spus, am făcut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to {path}.</source>
        <translation>Raportul a fost scris în {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>Se scrie raportul…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+22"/>
        <source>Female</source>
        <translation>Femeie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Bărbat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/views/help_viewer.py" line="+55"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — ghidul utilizatorului</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Ghidul utilizatorului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>Îna&amp;poi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontents</source>
        <translation>&amp;Cuprins</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Ghidul utilizatorului lipsește din această instalare.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/services/history.py" line="+87"/>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut schimbat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Șters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link added</source>
        <translation>Legătură adăugată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>Legătură eliminată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish recorded</source>
        <translation>Consimțământ de publicare înregistrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish withdrawn</source>
        <translation>Consimțământ de publicare retras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Inclus pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off flyers</source>
        <translation>Scos de pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Combinat</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+170"/>
        <source> ({count} fields)</source>
        <translation> (câmpuri: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — {what} (by {who})</source>
        <translation>{when} — {what} (de către {who})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+34"/>
        <source>National bureau of {country}</source>
        <translation>Biroul național — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for {region}, {country}</source>
        <translation>Biroul de asistență pentru {region}, {country}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope:</source>
        <translation>Domeniu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel național</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise ledger</source>
        <translation>Registrul angajamentelor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Pe cine nu am ascultat?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as a spreadsheet (.xlsx)…</source>
        <translation>Cifre ca foaie de calcul (.xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report (PDF)…</source>
        <translation>Raport pentru donatori (PDF)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Associations by region and status</source>
        <translation>Asociații pe regiuni și stări</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants against the consenting pool, by gender (%)</source>
        <translation>Participanți față de rezerva care și-a dat acordul, pe gen (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants against the consenting pool, by generation (%)</source>
        <translation>Participanți față de rezerva care și-a dat acordul, pe generații (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments by status</source>
        <translation>Angajamente după stare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By region: the national level first, then the regions that hold data</source>
        <translation>Pe regiuni: întâi nivelul național, apoi regiunile care au date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures by region</source>
        <translation>Cifre pe regiuni</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of {time}; counting again…</source>
        <translation>Cifrele de la {time}; se recalculează…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consenting pool</source>
        <translation>Rezerva care și-a dat acordul</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Foaie de calcul (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Exportă cifrele</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {path}</source>
        <translation>S-a salvat {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>Se scrie raportul…</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Overview</source>
        <translation>Prezentare generală</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+518"/>
        <source>Associations</source>
        <translation>Asociații</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>Puncte focale</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+313"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/engine.py" line="+140"/>
        <source>The file has no column for {fields}. Name a column {titles} (or choose it in the import wizard).</source>
        <translation>Fișierul nu are nicio coloană pentru {fields}. Denumiți o coloană {titles} (sau alegeți-o în asistentul de import).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a header but no rows to import.</source>
        <translation>Fișierul are un antet, dar niciun rând de importat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking rows</source>
        <translation>Se verifică rândurile</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looks like the existing record “{name}” ({score} %: {reasons}).</source>
        <translation>Seamănă cu înregistrarea existentă „{name}” ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like line {line} of this file ({score} %: {reasons}).</source>
        <translation>Seamănă cu rândul {line} din acest fișier ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing</source>
        <translation>Se importă</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>line</source>
        <translation>rândul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>coloana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>motivul</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no import {batch}.</source>
        <translation>Nu există importul {batch}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This import was already undone.</source>
        <translation>Acest import a fost deja anulat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import can no longer be undone: {count} of its records were changed since (edited, deleted, merged or linked). Delete the records you do not want from the list instead.</source>
        <translation>Acest import nu mai poate fi anulat: {count} dintre înregistrările sale au fost modificate între timp (editate, șterse, comasate sau legate). Ștergeți în schimb din listă înregistrările pe care nu le doriți.</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/readers.py" line="+85"/>
        <source>The file {file} does not exist.</source>
        <translation>Fișierul {file} nu există.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} este un dosar, nu un fișier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Fișierul {file} nu poate fi deschis: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row must be 1 or more.</source>
        <translation>Rândul de antet trebuie să fie 1 sau mai mare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>{file} este un registru Excel vechi (.xls). Deschideți-l în Excel sau LibreOffice, salvați-l ca .xlsx sau .csv, apoi importați acel fișier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no row {row}: its last row is {last}.</source>
        <translation>{file} nu are rândul {row}: ultimul său rând este {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of {file} is empty; choose the row that names the columns.</source>
        <translation>Rândul {row} din {file} este gol; alegeți rândul care denumește coloanele.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a totals row (“{text}”), not data</source>
        <translation>un rând de totaluri („{text}”), nu date</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Fișierul {file} nu poate fi citit: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The file {file} is empty.</source>
        <translation>Fișierul {file} este gol.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file} is not a text (CSV) file. Save the table as CSV or XLSX and import that file.</source>
        <translation>{file} nu este un fișier text (CSV). Salvați tabelul ca CSV sau XLSX și importați acel fișier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as CSV: {reason}</source>
        <translation>{file} nu poate fi citit ca CSV: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Column {number}</source>
        <translation>Coloana {number}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx). It may be damaged or of another kind.</source>
        <translation>{file} nu poate fi citit ca registru Excel (.xlsx). Poate fi deteriorat sau de alt tip.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook {file} is empty.</source>
        <translation>Registrul de lucru {file} este gol.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="-284"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-434"/>
        <location line="+221"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+21"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth year</source>
        <translation>Anul nașterii</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-204"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>Studii</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Occupation</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skills</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+154"/>
        <location line="+98"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics volunteered for</source>
        <translation>Teme pentru care se oferă</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-229"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+65"/>
        <location line="+161"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-160"/>
        <location line="+161"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postal address</source>
        <translation>Adresă poștală</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-73"/>
        <location line="+158"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="-351"/>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Founding year</source>
        <translation>Anul înființării</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement areas</source>
        <translation>Domenii de implicare</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sectors</source>
        <translation>Sectoare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to publish</source>
        <translation>Consimțământ pentru publicare</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed on flyers</source>
        <translation>Apare pe pliante</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent date</source>
        <translation>Data consimțământului</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent given how</source>
        <translation>Modul de acordare a consimțământului</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active from</source>
        <translation>Activ de la</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active until</source>
        <translation>Activ până la</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-53"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>semicolons</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tabulatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>bare verticale</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Import {what}</source>
        <translation>Import: {what}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators/__init__.py" line="+54"/>
        <source>Unknown region: {code}.</source>
        <translation>Regiune necunoscută: {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/files.py" line="+51"/>
        <source>The report can be written as .xlsx or .pdf, not {suffix}.</source>
        <translation>Raportul poate fi scris ca .xlsx sau .pdf, nu ca {suffix}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Up to {end}</source>
        <translation>Până la {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region: {region}</source>
        <translation>Regiunea: {region}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National level only</source>
        <translation>Doar nivelul național</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diaspora engagement: monitoring report</source>
        <translation>Implicarea diasporei: raport de monitorizare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States such as valid consent and overdue commitments are taken on {date}.</source>
        <translation>Stările precum acordul valabil și angajamentele întârziate sunt luate la {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Cifre cheie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/services/indicators/labels.py" line="+26"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who consented</source>
        <translation>Persoane care și-au dat acordul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who took part, against who could</source>
        <translation>Cine a participat, față de cine ar fi putut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry and consultations</source>
        <translation>Registru și consultări</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By region</source>
        <translation>Pe regiuni</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People who consented to be consulted, in groups from which nobody took part in the period.</source>
        <translation>Persoane care au acceptat să fie consultate, din grupuri din care nimeni nu a participat în perioadă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report produced on {date}.</source>
        <translation>Raport întocmit la {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/labels.py" line="-7"/>
        <source>Associations in the registry</source>
        <translation>Asociații în registru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active focal points</source>
        <translation>Puncte focale active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points listed on flyers</source>
        <translation>Puncte focale afișate pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions without a focal point</source>
        <translation>Regiuni fără punct focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who consented to be consulted</source>
        <translation>Persoane care au acceptat să fie consultate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents ending in the next 90 days</source>
        <translation>Acorduri care expiră în următoarele 90 de zile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations held</source>
        <translation>Consultări ținute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women among participants (%)</source>
        <translation>Femei printre participanți (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments made</source>
        <translation>Angajamente luate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments overdue</source>
        <translation>Angajamente întârziate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept on time (%)</source>
        <translation>Angajamente îndeplinite la timp (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups not heard from</source>
        <translation>Grupuri neascultate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seated more than once</source>
        <translation>Persoane care au participat de mai multe ori</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st generation</source>
        <translation>Generația 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd generation</source>
        <translation>Generația a 2-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd generation or later</source>
        <translation>Generația a 3-a sau următoarele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin country</source>
        <translation>Țara de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Țara de destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Dublă</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National level</source>
        <translation>Nivel național</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New in the period</source>
        <translation>Noi în perioadă</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/model.py" line="+54"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>Perioada începe ({start}) după ce se termină ({end}).</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../desktop/views/consultations_invitations.py" line="+51"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve rank</source>
        <translation>Locul pe lista de rezervă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants and reserves</source>
        <translation>Participanți și rezerve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;invited</source>
        <translation>&amp;Marchează ca invitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>&amp;A refuzat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person cannot come; the next suitable reserve is offered</source>
        <translation>Persoana nu poate veni; se oferă următoarea rezervă potrivită</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttended</source>
        <translation>A &amp;participat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did &amp;not come</source>
        <translation>&amp;Nu a venit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation &amp;letters (PDF)…</source>
        <translation>&amp;Scrisori de invitație (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected or invited person, in the consultation&apos;s language</source>
        <translation>O scrisoare pentru fiecare persoană selectată sau invitată, în limba consultării</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export invitee &amp;list…</source>
        <translation>&amp;Exportă lista invitaților…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one is selected yet: run the selection first.</source>
        <translation>Nimeni nu este încă selectat: efectuați mai întâi selecția.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>Invitations</source>
        <translation>Invitații</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No suitable reserve</source>
        <translation>Nicio rezervă potrivită</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. No reserve can take the seat without breaking a quota; the seat stays empty unless you draw again with a larger pool.</source>
        <translation>{name} a refuzat. Nicio rezervă nu poate ocupa locul fără a încălca o cotă; locul rămâne liber, dacă nu trageți din nou la sorți cu o listă de candidați mai mare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer the seat to a reserve</source>
        <translation>Oferă locul unei rezerve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. The next reserve who keeps every quota is {reserve}. Give them the seat?</source>
        <translation>{name} a refuzat. Următoarea rezervă care respectă toate cotele este {reserve}. Îi dați locul?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reserve} takes the seat; invite them now.</source>
        <translation>{reserve} ocupă locul; invitați persoana acum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>Scrisori de invitație</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} letters written to {path}.</source>
        <translation>Scrisori scrise în {path}: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the letters…</source>
        <translation>Se scriu scrisorile…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export invitee list</source>
        <translation>Exportă lista invitaților</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invitees</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} people written to {path}.</source>
        <translation>Persoane scrise în {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+283"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Locul pe lista de rezervă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>Probabilitatea de selecție</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invitees</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Alegeți un nume de fișier care se termină cu .csv sau .xlsx.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="-300"/>
        <source>Promise</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Făcut la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Întârziat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (evidence)</source>
        <translation>Ce s-a făcut (dovezi)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+396"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>Nimeni nu este încă selectat sau invitat, deci nu există nicio scrisoare de redactat.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-91"/>
        <source>None yet.</source>
        <translation>Niciuna deocamdată.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation>Adaugă o legătură…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Elimină legătura</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-81"/>
        <source>Type part of the name</source>
        <translation>Tastați o parte din nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Caută după nume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation>Înregistrări potrivite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Leagă</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+68"/>
        <source>Sections</source>
        <translation>Secțiuni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>Salvează o &amp;copie a bazei de date…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Ghidul utilizatorului</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Deschide d&amp;osarul de date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>&amp;Despre Diaspora Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {path}</source>
        <translation>Baza de date: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — no sync server configured</source>
        <translation>Fără conexiune — niciun server de sincronizare configurat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved.</source>
        <translation>Setările au fost salvate.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>Copie de siguranță a bazei de date</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Diaspora Desk backup</source>
        <translation>Copie de siguranță Diaspora Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db)</source>
        <translation>Bază de date SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>Copia de siguranță a fost scrisă în {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart now?</source>
        <translation>Reporniți acum?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after a restart. Restart now? Diaspora Desk reopens on this page; open forms ask about unsaved changes first.</source>
        <translation>Noua limbă se aplică după repornire. Reporniți acum? Diaspora Desk se redeschide pe această pagină; formularele deschise întreabă mai întâi ce faceți cu modificările nesalvate.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-638"/>
        <source>Match the columns</source>
        <translation>Potriviți coloanele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file goes into the field chosen next to it. Columns set to “Do not import” are left out.</source>
        <translation>Fiecare coloană a fișierului merge în câmpul ales alături. Coloanele setate pe „Nu se importă” sunt omise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>C&amp;orespondențe salvate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings</source>
        <translation>Corespondențe salvate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen saved mapping for this file</source>
        <translation>Folosește corespondența salvată aleasă pentru acest fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Salvează corespondența…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these choices to reuse them for the next file from the same source</source>
        <translation>Salvați aceste alegeri pentru a le refolosi la următorul fișier din aceeași sursă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete mapping</source>
        <translation>Șterge &amp;corespondența</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Codificarea fișierului</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Header on row:</source>
        <translation>An&amp;tet pe rândul:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row that names the columns</source>
        <translation>Rândul care denumește coloanele</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{rows} rows read from {file} ({encoding}, separated by {separator}).</source>
        <translation>Rânduri citite din {file}: {rows} ({encoding}, separate prin {separator}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{rows} rows read from sheet “{sheet}” of {file}.</source>
        <translation>Rânduri citite din foaia „{sheet}” a fișierului {file}: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not data, left out: {rows}.</source>
        <translation>Nu sunt date, lăsate deoparte: {rows}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({reason})</source>
        <translation>rândul {line} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>Importă în</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field for column {column}</source>
        <translation>Câmpul pentru coloana {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Do not import —</source>
        <translation>— Nu se importă —</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{field}” is chosen for more than one column ({columns}); choose it for one only.</source>
        <translation>„{field}” este ales pentru mai multe coloane ({columns}); alegeți-l pentru una singură.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Alegeți coloana care conține: {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save mapping</source>
        <translation>Salvează corespondența</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this mapping:</source>
        <translation>Numele acestei corespondențe:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete mapping</source>
        <translation>Șterge corespondența</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Ștergeți corespondența salvată „{name}”?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../desktop/services/merge.py" line="+116"/>
        <source>One of the records no longer exists (it may have been deleted or merged already).</source>
        <translation>Una dintre înregistrări nu mai există (poate a fost deja ștearsă sau comasată).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A record cannot be merged with itself.</source>
        <translation>O înregistrare nu poate fi comasată cu ea însăși.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>These choices do not make a valid record: {problems}</source>
        <translation>Aceste alegeri nu formează o înregistrare validă: {problems}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/views/merge_dialog.py" line="+53"/>
        <source>Merge duplicates</source>
        <translation>Comasează duplicatele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use all from &amp;left</source>
        <translation>&amp;Folosește tot din stânga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every value of the record on the left</source>
        <translation>Păstrează toate valorile înregistrării din stânga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use all from &amp;right</source>
        <translation>Folosește &amp;tot din dreapta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every differing value from the record on the right</source>
        <translation>Preia toate valorile diferite din înregistrarea din dreapta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Swap records</source>
        <translation>&amp;Inversează înregistrările</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the record on the right instead, and merge the left one into it</source>
        <translation>Păstrează în schimb înregistrarea din dreapta și comasează-o pe cea din stânga în ea</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../desktop/views/registrations.py" line="+226"/>
        <source>&amp;Merge</source>
        <translation>&amp;Comasează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the two records ({key})</source>
        <translation>Comasează cele două înregistrări ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For each field that differs, pick the value to keep. “{other}” will be merged into “{keep}”: its links and history move over, and it is removed (it stays in the trash, marked as merged).</source>
        <translation>Pentru fiecare câmp diferit, alegeți valoarea de păstrat. „{other}” va fi comasată în „{keep}”: legăturile și istoricul ei sunt mutate, iar ea este eliminată (rămâne în coșul de gunoi, marcată drept comasată).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/views/registrations.py" line="-26"/>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept record (left)</source>
        <translation>Înregistrarea păstrată (stânga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record (right)</source>
        <translation>Înregistrarea comasată (dreapta)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../desktop/views/registrations.py" line="+15"/>
        <source>Both</source>
        <translation>Ambele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records have the same values; merging keeps the left one and moves the other&apos;s links and history to it.</source>
        <translation>Cele două înregistrări au aceleași valori; comasarea o păstrează pe cea din stânga și mută la ea legăturile și istoricul celeilalte.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merged “{other}” into “{keep}”.</source>
        <translation>„{other}” a fost comasată în „{keep}”.</translation>
    </message>
    <message>
        <location filename="../desktop/views/registrations.py" line="-23"/>
        <source>Merge registration into {name}</source>
        <translation>Contopiți înregistrarea în {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, field by field, which value the record keeps. Fields where both are the same are not shown.</source>
        <translation>Alegeți, câmp cu câmp, ce valoare păstrează fișa. Câmpurile identice în ambele părți nu sunt afișate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From the form</source>
        <translation>Din formular</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>In the record</source>
        <translation>În fișă</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to merge</source>
        <translation>Câmpuri de contopit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep for {field}</source>
        <translation>Valoarea păstrată pentru {field}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+95"/>
        <source>New consultation</source>
        <translation>Consultare nouă</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../desktop/views/office_picker.py" line="+30"/>
        <source>Home country</source>
        <translation>Țara de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;country:</source>
        <translation>Țara de &amp;origine:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;national bureau (sees every region)</source>
        <translation>Biroul &amp;național (vede toate regiunile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region&apos;s help office:</source>
        <translation>Biroul de asistență al unei &amp;regiuni:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region of this help office</source>
        <translation>Regiunea acestui birou de asistență</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop is used by:</source>
        <translation>Acest calculator este folosit de:</translation>
    </message>
</context>
<context>
    <name>OfficeProfileFields</name>
    <message>
        <location filename="../desktop/views/office_profile_fields.py" line="+32"/>
        <source>Office profile (printed on letters, reports and flyers)</source>
        <translation>Profilul biroului (tipărit pe scrisori, rapoarte și pliante)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters, the selection audit report and the footer of flyers show these details, so that people know whom to contact. Leave a field empty to leave it out.</source>
        <translation>Scrisorile de invitație, raportul de audit al selecției și subsolul pliantelor afișează aceste date, ca oamenii să știe pe cine să contacteze. Lăsați un câmp gol pentru a-l omite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Cahul Help Office for Migrants</source>
        <translation>de ex. Biroul de asistență pentru migranți Cahul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. +373 299 12 345</source>
        <translation>de ex. +373 299 12 345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>nume@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ana Rusu, Head of office</source>
        <translation>de ex. Ana Rusu, șefa biroului</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>Fără siglă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>Numele biroului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>Adresa biroului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone</source>
        <translation>Telefonul biroului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail</source>
        <translation>E-mailul biroului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Fișierul siglei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Semnatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a logo</source>
        <translation>Alegeți o siglă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo</source>
        <translation>Eliminați sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office na&amp;me:</source>
        <translation>Nu&amp;mele biroului:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresă:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Si&amp;glă:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatory:</source>
        <translation>&amp;Semnatar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the office logo</source>
        <translation>Alegeți sigla biroului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>Fișierul nu este o imagine PNG sau JPEG.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../desktop/views/operations.py" line="+91"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>Ceva nu a funcționat</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+183"/>
        <source>e.g. {date}</source>
        <translation>de ex. {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Type the date or pick it from the calendar; Delete clears it.</source>
        <translation>Tastați data sau alegeți-o din calendar; Delete o golește.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Pick from the calendar</source>
        <translation>Alegeți din calendar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick {field} from the calendar</source>
        <translation>Alegeți {field} din calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {field}</source>
        <translation>Golește {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a date. Write it like {example}.</source>
        <translation>Nu este o dată. Scrieți-o ca {example}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/views/sync_page.py" line="+76"/>
        <source>Log in to the sync server</source>
        <translation>Conectare la serverul de sincronizare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in to {server} as {user}.</source>
        <translation>Conectare la {server} ca {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is kept in this computer&apos;s password store (keyring), not the password itself.</source>
        <translation>Conectarea este păstrată în depozitul de parole al acestui calculator (keyring), nu parola propriu-zisă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring): the password is kept in memory only, until Diaspora Desk is closed.</source>
        <translation>Acest calculator nu are depozit de parole (keyring): parola este păstrată doar în memorie, până la închiderea Diaspora Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Log in</source>
        <translation>&amp;Conectează-te</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your password.</source>
        <translation>Introduceți parola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Se face conectarea…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../desktop/services/personal_data.py" line="+149"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Anul nașterii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Țara de reședință</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Education</source>
        <translation>Studii</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics volunteered for</source>
        <translation>Teme pentru care se oferă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on</source>
        <translation>Înregistrat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>Ultima modificare la</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <source>Everything we hold about you</source>
        <translation>Tot ce păstrăm despre dumneavoastră</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This document lists every record the diaspora-relations bureau keeps about this person: their details, their consents, the consultations they were part of, and commitments that mention them. Exported on {date}.</source>
        <translation>Acest document enumeră toate datele pe care biroul pentru relațiile cu diaspora le păstrează despre această persoană: datele sale, consimțămintele, consultările la care a participat și angajamentele care o menționează. Exportat la {date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consents</source>
        <translation>Consimțăminte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Colectat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Expiră la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text agreed to on {date} (version {version}):</source>
        <translation>Text acceptat la {date} (versiunea {version}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent is recorded.</source>
        <translation>Nu este înregistrat niciun consimțământ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultări</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consultation</source>
        <translation>Consultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your place</source>
        <translation>Situația dumneavoastră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of being selected</source>
        <translation>Probabilitatea de a fi selectat(ă)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation status</source>
        <translation>Statutul consultării</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person has not been part of any consultation.</source>
        <translation>Această persoană nu a participat la nicio consultare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments that mention this person</source>
        <translation>Angajamente care menționează această persoană</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Niciunul.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Datele acestei persoane au fost deja șterse definitiv.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erased person</source>
        <translation>Persoană ștearsă</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-62"/>
        <source>Export personal data</source>
        <translation>Exportă datele personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Date personale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation>Datele personale au fost scrise în {pdf} și {json}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the personal data export…</source>
        <translation>Se scrie exportul datelor personale…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Erase personal data</source>
        <translation>Șterge definitiv datele personale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The personal data of {name} was erased.</source>
        <translation>Datele personale ale lui {name} au fost șterse definitiv.</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+168"/>
        <source>Add people to the pool</source>
        <translation>Adaugă persoane în lista de candidați</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation>Se adaugă toate persoanele cu consimțământ valabil care corespund tuturor filtrelor alese (un filtru lăsat gol se potrivește tuturor).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topics volunteered for</source>
        <translation>Teme pentru care se oferă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of residence</source>
        <translation>Țări de reședință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation>Regiuni de origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topics volunteered for</source>
        <translation>&amp;Teme pentru care se oferă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation>Țări &amp;de reședință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation>&amp;Regiuni de origine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Genders</source>
        <translation>Genuri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation>Generații</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenships</source>
        <translation>Cetățenii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation>G&amp;enerație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Cetățenie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members of the association</source>
        <translation>Membri ai asociației</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association (type to search)</source>
        <translation>Orice asociație (tastați pentru a căuta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the a&amp;ssociation:</source>
        <translation>Membri ai a&amp;sociației:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or e-mail contains</source>
        <translation>Numele sau e-mailul conține</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation>&amp;Numele sau e-mailul conține:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation>Numără &amp;potrivirile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>Persoane potrivite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to pool</source>
        <translation>&amp;Adaugă în listă</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} people with a valid consent match.</source>
        <translation>Persoane potrivite cu consimțământ valabil: {count}.</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="-198"/>
        <source>1st</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>a II-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>a III-a+</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be selected</source>
        <translation>Poate fi selectat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: consent not valid</source>
        <translation>Nu: consimțământ nevalabil</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Result of the last change</source>
        <translation>Rezultatul ultimei modificări</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation>Filtrează lista de candidați</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation>Membrii listei de candidați</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation>&amp;Adaugă după filtre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation>Adaugă toate persoanele cu consimțământ valabil care corespund (de ex. care s-au oferit pentru acest subiect)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from a &amp;file of ids…</source>
        <translation>Adaugă &amp;dintr-un fișier de identificatori…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation>Un CSV cu o coloană „id” (sau doar identificatori, unul pe rând), de ex. exportat din alt program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import new people…</source>
        <translation>&amp;Importă persoane noi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list of volunteers (CSV or Excel) as candidates, record their consent, and add them to this pool</source>
        <translation>Importă o listă de voluntari (CSV sau Excel) ca și candidați, înregistrează consimțământul lor și adaugă-i în această listă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Elimină selecția</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} people in the pool.</source>
        <translation>Persoane în lista de candidați: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation>Dintre acestea, {count} nu mai pot fi selectate (consimțământ retras sau expirat); tragerea la sorți le exclude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation>Lista de candidați este fixată: participanții au fost trași la sorți din ea.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+38"/>
        <source>Pool</source>
        <translation>Listă de candidați</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Adding to the pool…</source>
        <translation>Se adaugă în lista de candidați…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people from a file of ids</source>
        <translation>Adaugă persoane dintr-un fișier de identificatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove from the pool</source>
        <translation>Elimină din lista de candidați</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation>Eliminați {count} persoane din listă? Ele rămân în lista candidaților și pot fi adăugate din nou.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} removed from the pool.</source>
        <translation>Eliminate din lista de candidați: {count}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+84"/>
        <source>Check before importing</source>
        <translation>Verificați înainte de import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked with the same rules as the form. Nothing is imported before you press Import.</source>
        <translation>Fiecare rând este verificat cu aceleași reguli ca formularul. Nimic nu se importă până nu apăsați Importă.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out</source>
        <translation>Rânduri omise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;rejected rows…</source>
        <translation>&amp;Salvează rândurile respinse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows left out, with the line, column and reason, to a CSV file you can correct and import again</source>
        <translation>Scrie rândurile omise, cu rândul, coloana și motivul, într-un fișier CSV pe care îl puteți corecta și importa din nou</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>Se verifică rândurile…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file cannot be imported: {error}</source>
        <translation>Fișierul nu poate fi importat: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{read} rows read: {good} can be imported.</source>
        <translation>Rânduri citite: {read}; pot fi importate: {good}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bad} rows will be left out; the reasons are listed below.</source>
        <translation>Rânduri care vor fi omise: {bad}; motivele sunt enumerate mai jos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{flagged} rows look like records already in the register; they will be imported, check them afterwards.</source>
        <translation>Rânduri care seamănă cu înregistrări deja existente în registru: {flagged}; vor fi importate, verificați-le după aceea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Coloane neimportate: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import.</source>
        <translation>Nu există nimic de importat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows left out ({count})</source>
        <translation>Rânduri omise ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates ({count})</source>
        <translation>Posibile duplicate ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Save the rejected rows</source>
        <translation>Salvați rândurile respinse</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {error}</source>
        <translation>{file} nu a putut fi scris: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows written to {file}</source>
        <translation>Rânduri respinse scrise în {file}: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseLedgerPage</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+51"/>
        <source>Promise ledger</source>
        <translation>Registrul angajamentelor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commitment made at a consultation: what was promised, to whom, who is responsible, by when, and what was done. Overdue ones are in red.</source>
        <translation>Fiecare angajament luat la o consultare: ce s-a promis, cui, cine răspunde, până când și ce s-a făcut. Cele întârziate sunt cu roșu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search promises, owners, evidence…</source>
        <translation>Căutați angajamente, responsabili, dovezi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Nivel național</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation</source>
        <translation>Consultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All consultations</source>
        <translation>Toate consultările</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Întârziate</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitments</source>
        <translation>Angajamente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Modifică angajamentul…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;digest (PDF)…</source>
        <translation>&amp;Rezumat public (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“You said … / We did …” for one region and period, in any of the six languages, to hand out at the next consultation</source>
        <translation>„Ați spus … / Am făcut …” pentru o regiune și o perioadă, în oricare dintre cele șase limbi, de împărțit la următoarea consultare</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} commitments shown, {overdue} overdue</source>
        <translation>{shown} angajamente afișate, {overdue} întârziate</translation>
    </message>
</context>
<context>
    <name>QuotaFields</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+170"/>
        <source>Some details are not set</source>
        <translation>Unele date lipsesc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection quotas use these details, which are not set: {fields}.

Ask the person if you can. Saved without them, the person counts as “not stated” in quotas. Save anyway?</source>
        <translation>Cotele selecției folosesc aceste date, care nu sunt completate: {fields}.

Întrebați persoana, dacă puteți. Salvată fără ele, persoana contează drept „nedeclarat” în cote. Salvați totuși?</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="-146"/>
        <location line="+18"/>
        <source>Recent imports</source>
        <translation>Importuri recente</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An import can be undone as long as none of its records was changed, deleted, merged or linked since.</source>
        <translation>Un import poate fi anulat cât timp niciuna dintre înregistrările sale nu a fost modificată, ștearsă, comasată sau legată între timp.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Anulează importul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the records of the selected import to the trash</source>
        <translation>Mută în coșul de gunoi înregistrările importului selectat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No imports yet.</source>
        <translation>Nu există încă importuri.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Undo import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move the {count} records imported from {file} to the trash?</source>
        <translation>Mutați în coșul de gunoi cele {count} înregistrări importate din {file}?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import undone: {count} records moved to the trash.</source>
        <translation>Import anulat: înregistrări mutate în coșul de gunoi: {count}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/views/record_form.py" line="+56"/>
        <source>Discard changes?</source>
        <translation>Renunțați la modificări?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Aveți modificări nesalvate. Închideți formularul și le pierdeți?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge</source>
        <translation>Comasează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation>Salvați sau anulați modificările înainte de comasare.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../desktop/services/links.py" line="+161"/>
        <source>Unknown kind of record: {entity}</source>
        <translation>Tip de înregistrare necunoscut: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="+35"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Nu s-a salvat nimic: {problems}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record no longer exists (it may have been deleted or merged).</source>
        <translation>Această înregistrare nu mai există (poate a fost ștearsă sau comasată).</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../desktop/views/regions.py" line="+65"/>
        <source>Edit region</source>
        <translation>Modifică regiunea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add region</source>
        <translation>Adaugă o regiune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region code</source>
        <translation>Codul regiunii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name</source>
        <translation>Numele regiunii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office name</source>
        <translation>Numele biroului de asistență</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help office:</source>
        <translation>Birou de &amp;asistență:</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../desktop/services/regions.py" line="+91"/>
        <source>Unknown country code: {code}</source>
        <translation>Cod de țară necunoscut: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Unknown region: {code}</source>
        <translation>Regiune necunoscută: {code}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>A region needs a name.</source>
        <translation>O regiune trebuie să aibă un nume.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A region code looks like {example} (country, dash, letters or digits).</source>
        <translation>Un cod de regiune arată ca {example} (țara, cratimă, litere sau cifre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used.</source>
        <translation>Codul {code} este deja folosit.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../desktop/views/regions.py" line="-39"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office</source>
        <translation>Birou de asistență</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retrasă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activă</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+24"/>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Origin regions of the home country and their help offices. Retired regions stay attached to old records but are no longer offered in forms.</source>
        <translation>Regiunile de origine ale țării și birourile lor de asistență. Regiunile retrase rămân legate de înregistrările vechi, dar nu mai sunt oferite în formulare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter regions</source>
        <translation>Filtrează regiunile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add region…</source>
        <translation>&amp;Adaugă o regiune…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region ({keys})</source>
        <translation>Adaugă o regiune ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retrage</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Regions are kept by the national bureau; this help office receives them when it syncs.</source>
        <translation>Regiunile sunt gestionate de biroul național; acest birou de asistență le primește la sincronizare.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restabilește</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retire region</source>
        <translation>Retrage regiunea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Its records stay; it will no longer be offered in forms. You can restore it later.</source>
        <translation>Retrageți {name}? Înregistrările ei rămân; nu va mai fi oferită în formulare. O puteți restabili mai târziu.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../desktop/services/registrations.py" line="+177"/>
        <source>Keep rejected registrations between 1 and {max} days.</source>
        <translation>Păstrați înregistrările respinse între 1 și {max} zile.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No registration has this id or reference.</source>
        <translation>Nicio înregistrare nu are acest identificator sau această referință.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No registration has this id or reference: {key}.</source>
        <translation>Nicio înregistrare nu are acest identificator sau această referință: {key}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The record to merge into no longer exists (it may have been deleted).</source>
        <translation>Fișa în care trebuia contopită nu mai există (poate a fost ștearsă).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Registration {reference} was already reviewed.</source>
        <translation>Înregistrarea {reference} a fost deja examinată.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Registration {reference} has no data left to accept.</source>
        <translation>Înregistrarea {reference} nu mai are date de acceptat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registered through the online form (reference {reference}).</source>
        <translation>Înregistrat prin formularul online (referința {reference}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the checks did not accept:</source>
        <translation>Răspunsuri neacceptate de verificări:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Say why the registration is rejected.</source>
        <translation>Spuneți de ce este respinsă înregistrarea.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/views/registrations.py" line="-149"/>
        <location line="+180"/>
        <source>Waiting for review</source>
        <translation>În așteptarea examinării</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Contopită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being listed</source>
        <translation>Includerea în registru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being invited to consultations</source>
        <translation>Invitarea la consultări</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving information</source>
        <translation>Primirea de informații</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Regiunea de origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyer code</source>
        <translation>Codul pliantului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(personal data erased)</source>
        <translation>(date personale șterse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers</source>
        <translation>Răspunsuri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent as shown on the form</source>
        <translation>Consimțământul așa cum a fost afișat în formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Nedat</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+33"/>
        <location line="+99"/>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>People and associations who registered through the form on the flyers&apos; QR code. Check the possible duplicates, then accept, merge or reject each one.</source>
        <translation>Persoane și asociații înregistrate prin formularul de la codul QR al pliantelor. Verificați posibilele duplicate, apoi acceptați, contopiți sau respingeți fiecare înregistrare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Decise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afișează:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Registration details</source>
        <translation>Detaliile înregistrării</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Acceptă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the association or person from this registration, with its consent</source>
        <translation>Creați asociația sau persoana din această înregistrare, cu consimțământul ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Contopește în…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the answers to the possible duplicate</source>
        <translation>Adăugați răspunsurile la posibilul duplicat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Respinge…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} shown</source>
        <translation>{count} afișate</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved. Some answers did not pass the checks and were kept in the record&apos;s notes:
{answers}</source>
        <translation>Salvat. Unele răspunsuri nu au trecut verificările și au fost păstrate în notele fișei:
{answers}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge into</source>
        <translation>Contopește în</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record is the same as this registration?</source>
        <translation>Ce fișă corespunde acestei înregistrări?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reject registration</source>
        <translation>Respinge înregistrarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this registration rejected? (Its personal data is erased after the retention period set in Settings.)</source>
        <translation>De ce este respinsă această înregistrare? (Datele ei personale sunt șterse după perioada de păstrare stabilită în Setări.)</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+66"/>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo ({keys})</source>
        <translation>Anulează ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of records shown</source>
        <translation>Numărul de înregistrări afișate</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Filtering… {shown} found so far</source>
        <translation>Se filtrează… {shown} găsite până acum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — se încarcă…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>Anulat: înregistrări restabilite: {count}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} Apăsați {keys} pentru a anula.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+17"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Anulează acest import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the records this import added (possible as long as none of them was changed since)</source>
        <translation>Elimină înregistrările adăugate de acest import (posibil cât timp niciuna nu a fost modificată între timp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {count} rows…</source>
        <translation>Se importă rândurile ({count})…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{imported} records imported from {file}; {rejected} rows were left out. You can undo this import now, or later from “Recent imports” as long as none of its records was changed.</source>
        <translation>Înregistrări importate din {file}: {imported}; rânduri omise: {rejected}. Puteți anula acest import acum sau mai târziu din „Importuri recente”, cât timp niciuna dintre înregistrările sale nu a fost modificată.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} records imported.</source>
        <translation>Înregistrări importate: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was imported: {error}</source>
        <translation>Importul a eșuat și nu s-a importat nimic: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importul a fost anulat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the {count} records this import added?</source>
        <translation>Eliminați cele {count} înregistrări adăugate de acest import?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {count} records were removed.</source>
        <translation>Importul a fost anulat: înregistrări eliminate: {count}.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../desktop/views/save_dialog.py" line="+110"/>
        <source>Replace the file?</source>
        <translation>Înlocuiți fișierul?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} există deja în {folder}. Îl înlocuiți?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/sections.py" line="+50"/>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Associations</source>
        <translation>Asociații</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Region directory</source>
        <translation>Lista pe regiuni</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Focal points</source>
        <translation>Puncte focale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultations</source>
        <translation>Consultări</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise ledger</source>
        <translation>Registrul angajamentelor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Participare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Pliante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="-484"/>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>Cultură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Afaceri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Tineret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Servicii sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Religie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Mass-media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Agricultură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Tehnologia informației</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Cercetare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts</source>
        <translation>Arte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation>Drepturile femeilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Asistență juridică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Turism</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../desktop/services/consultation_selection.py" line="+151"/>
        <source>household</source>
        <translation>gospodărie</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The criteria are fixed once the participants are drawn.</source>
        <translation>Criteriile se fixează după tragerea la sorți a participanților.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Participants can be drawn only while the pool is open (and only once).</source>
        <translation>Participanții pot fi trași la sorți doar cât timp lista este deschisă (și o singură dată).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pool holds {count} pairs of likely duplicate people (e.g. {first} / {second}). Merge each pair or mark it “not the same person” before the draw.</source>
        <translation>Lista conține {count} perechi de persoane probabil duplicate (de ex. {first} / {second}). Îmbinați fiecare pereche sau marcați-o „nu este aceeași persoană” înainte de tragere.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This consultation has no recorded draw.</source>
        <translation>Această consultare nu are nicio tragere la sorți înregistrată.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/audit.py" line="+158"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>EȘUAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection is confirmed.</source>
        <translation>Selecția este confirmată.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection is NOT confirmed.</source>
        <translation>Selecția NU este confirmată.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file format</source>
        <translation>Formatul fișierului de audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a selection audit record</source>
        <translation>aceasta nu este o înregistrare de audit al selecției</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Diaspora Desk</source>
        <translation>scris de o versiune mai nouă a Diaspora Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the record is incomplete or damaged ({error})</source>
        <translation>înregistrarea este incompletă sau deteriorată ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the pool and quotas</source>
        <translation>Amprenta listei și a cotelor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded {recorded}, computed {actual}</source>
        <translation>înregistrat {recorded}, calculat {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorded problem</source>
        <translation>Problema înregistrată</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the groups of interchangeable people do not match the pool</source>
        <translation>grupurile de persoane interschimbabile nu corespund listei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a panel breaks the quotas</source>
        <translation>un grup încalcă cotele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights are not positive or do not add up</source>
        <translation>ponderile nu sunt pozitive sau nu se adună corect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every panel of the distribution meets the quotas</source>
        <translation>Fiecare grup din distribuție respectă cotele</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The published probabilities are the distribution&apos;s</source>
        <translation>Probabilitățile publicate sunt cele ale distribuției</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they differ from what the panels and weights give</source>
        <translation>diferă de ce dau grupurile și ponderile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel meets the quotas</source>
        <translation>Grupul respectă cotele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-running the draw with the seed</source>
        <translation>Refacerea tragerii la sorți cu sămânța</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw with the seed gives the published panel</source>
        <translation>Refacerea tragerii la sorți cu sămânța dă grupul publicat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seed gives a different panel ({count} people differ)</source>
        <translation>sămânța dă un grup diferit ({count} persoane diferă)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw gives the published reserves, in order</source>
        <translation>Refacerea tragerii la sorți dă rezervele publicate, în ordine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the seed gives a different reserve list</source>
        <translation>sămânța dă o listă de rezerve diferită</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The distribution is as fair as the engine can make it</source>
        <translation>Distribuția este atât de echitabilă cât o poate face motorul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record claims a smallest probability of {claimed:.6f}, but its lottery gives {actual:.6f}</source>
        <translation>înregistrarea declară o probabilitate minimă de {claimed:.6f}, dar loteria ei dă {actual:.6f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fairer lottery exists: its smallest probability is {best:.6f}, the record&apos;s {recorded:.6f}</source>
        <translation>există o loterie mai echitabilă: probabilitatea ei minimă este {best:.6f}, a înregistrării {recorded:.6f}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>re-solved until the time limit: no fairer lottery found (smallest probability {recorded:.6f}, at most {bound:.6f} is possible)</source>
        <translation>recalculat până la limita de timp: nu s-a găsit o loterie mai echitabilă (probabilitate minimă {recorded:.6f}, cel mult {bound:.6f} este posibil)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>re-solved: the sorted probabilities match (largest shortfall {gap:.2e})</source>
        <translation>rezolvat din nou: probabilitățile sortate coincid (cea mai mare diferență {gap:.2e})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fairer distribution exists: someone&apos;s probability falls short by {gap:.2e}</source>
        <translation>există o distribuție mai echitabilă: probabilitatea cuiva este mai mică cu {gap:.2e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-solved: smallest probability {recorded:.6f}, best possible {best:.6f}</source>
        <translation>rezolvat din nou: cea mai mică probabilitate {recorded:.6f}, cea mai bună posibilă {best:.6f}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/draw.py" line="+49"/>
        <source>The seed is empty: type one in or generate one.</source>
        <translation>Sămânța este goală: introduceți una sau generați una.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not in the pool: {ids}.</source>
        <translation>Nu sunt în listă: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone appears twice on the panel.</source>
        <translation>O persoană apare de două ori în grup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel has {count} people for {seats} seats.</source>
        <translation>Grupul are {count} persoane pentru {seats} locuri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people with &apos;{value}&apos; ({feature}); the quota is {min} to {max}.</source>
        <translation>Persoane cu „{value}” ({feature}): {count}; cota este între {min} și {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} people from group &apos;{group}&apos;; the cap is {cap}.</source>
        <translation>Persoane din grupul „{group}”: {count}; plafonul este {cap}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The panel has people who are not in the pool.</source>
        <translation>Grupul conține persoane care nu sunt în listă.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/feasibility.py" line="+50"/>
        <source>Why:</source>
        <translation>De ce:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest changes that make the quotas hold:</source>
        <translation>Cele mai mici modificări care fac cotele respectabile:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{value}&apos; ({feature})</source>
        <translation>„{value}” ({feature})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 candidate</source>
        <translation>1 candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} candidates</source>
        <translation>Candidați: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool has only {pool} people for {seats} seats.</source>
        <translation>Lista are doar {pool} persoane pentru {seats} locuri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {people} have {value}, but the minimum is {min}.</source>
        <translation>Doar {people} persoane au {value}, dar minimul este {min}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum for {value} is {min}, more than the {seats} seats.</source>
        <translation>Minimul pentru {value} este {min}, mai mult decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimums for &apos;{feature}&apos; add up to {total}, more than the {seats} seats.</source>
        <translation>Minimurile pentru „{feature}” însumează {total}, mai mult decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the maximums for &apos;{feature}&apos; (and with the {other} people whose value has no quota) at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Cu maximurile pentru „{feature}” (și cu cele {other} persoane a căror valoare nu are cotă) pot fi ocupate cel mult {total} locuri, mai puține decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the maximums for &apos;{feature}&apos; at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Cu maximurile pentru „{feature}” pot fi ocupate cel mult {total} locuri, mai puține decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With at most 1 person from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Cu cel mult 1 persoană dintr-un grup, pot fi ocupate cel mult {total} locuri, mai puține decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With at most {cap} people from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Cu cel mult {cap} persoane dintr-un grup, pot fi ocupate cel mult {total} locuri, mai puține decât cele {seats} locuri.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The quotas could not be checked.</source>
        <translation>Cotele nu au putut fi verificate.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+269"/>
        <source>The quotas can be met.</source>
        <translation>Cotele pot fi respectate.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Not decided yet: the check ran out of time.</source>
        <translation>Nedecis încă: verificarea nu a avut timp suficient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quotas cannot all be met together; for example, {change}.</source>
        <translation>Cotele nu pot fi respectate toate împreună; de exemplu: {change}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quotas cannot all be met together.</source>
        <translation>Cotele nu pot fi respectate toate împreună.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>raise the cap per group from {old} to {new}</source>
        <translation>ridicați plafonul pe grup de la {old} la {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lower the minimum for {value} from {old} to {new}</source>
        <translation>coborâți minimul pentru {value} de la {old} la {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the maximum for {value} from {old} to {new}</source>
        <translation>ridicați maximul pentru {value} de la {old} la {new}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> and </source>
        <translation> și </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>at most {cap} people from any one group</source>
        <translation>cel mult {cap} persoane din același grup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least {min} seats for {value} ({people} in the pool)</source>
        <translation>cel puțin {min} locuri pentru {value} ({people} în listă)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {max} seats for {value} ({people} in the pool)</source>
        <translation>cel mult {max} locuri pentru {value} ({people} în listă)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{both} of the {total} candidates with {value} also have {other}, which is limited to {max} seats</source>
        <translation>{both} din cei {total} candidați cu {value} au și {other}, limitat la {max} locuri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{both} of the {total} candidates with {value} also have {other}</source>
        <translation>{both} din cei {total} candidați cu {value} au și {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only {both} of the {total} candidates with {value} has {other}</source>
        <translation>doar {both} din cei {total} candidați cu {value} au {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {both} of the {total} candidates with {value} have {other}</source>
        <translation>doar {both} din cei {total} candidați cu {value} au {other}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These quotas cannot all hold together: {parts}.</source>
        <translation>Aceste cote nu pot fi respectate toate împreună: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quotas cannot all hold together.</source>
        <translation>Cotele nu pot fi respectate toate împreună.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are {seats} seats in all.</source>
        <translation>Există {seats} locuri în total.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/files.py" line="+67"/>
        <source>{file} has no &apos;id&apos; column (the header row must name one column &apos;id&apos;).</source>
        <translation>{file} nu are coloana „id” (rândul de antet trebuie să denumească o coloană „id”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the header row names the column &apos;{name}&apos; twice; which one is meant?</source>
        <translation>{file}: rândul de antet numește de două ori coloana „{name}”; care dintre ele este cea dorită?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has a column &apos;role&apos;, which the panel file uses for &apos;selected&apos; and &apos;reserve-1&apos;, &apos;reserve-2&apos; …; rename that column.</source>
        <translation>{file} are o coloană „role”, pe care fișierul panelului o folosește pentru „selected” și „reserve-1”, „reserve-2” …; redenumiți acea coloană.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no people in it: the pool is empty.</source>
        <translation>{file} nu conține persoane: lista este goală.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: no id on line(s) {lines}.</source>
        <translation>{file}: fără identificator pe rândul/rândurile {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the id &apos;{id}&apos; appears more than once (lines {lines}).</source>
        <translation>{file}: identificatorul „{id}” apare de mai multe ori (rândurile {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} needs the columns feature, value, min and max; missing: {missing}.</source>
        <translation>{file} are nevoie de coloanele feature, value, min și max; lipsesc: {missing}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, line {line}</source>
        <translation>{file}, rândul {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: no feature.</source>
        <translation>{where}: niciun criteriu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: min and max must be whole numbers (found &apos;{min}&apos; and &apos;{max}&apos;).</source>
        <translation>{where}: min și max trebuie să fie numere întregi (s-a găsit „{min}” și „{max}”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: min and max cannot be negative.</source>
        <translation>{where}: min și max nu pot fi negative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the minimum {min} for &apos;{value}&apos; ({feature}) is more than its maximum {max}.</source>
        <translation>{where}: minimul {min} pentru „{value}” ({feature}) depășește maximul {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; ({feature}) already has a quota on line {other}.</source>
        <translation>{where}: „{value}” ({feature}) are deja o cotă pe rândul {other}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no quotas in it.</source>
        <translation>{file} nu conține cote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which is not a column of {file}.</source>
        <translation>Cotele folosesc criteriul „{feature}”, care nu este o coloană din {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one in {file} has &apos;{value}&apos; for &apos;{feature}&apos;, but the quotas give it {min} to {max} seats.</source>
        <translation>Nimeni din {file} nu are „{value}” la „{feature}”, dar cotele îi acordă între {min} și {max} locuri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give both --cap-feature and --cap, or neither.</source>
        <translation>Dați atât --cap-feature, cât și --cap, sau niciunul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap feature &apos;{feature}&apos; is not a column of {file}.</source>
        <translation>Criteriul de plafon „{feature}” nu este o coloană din {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap must be at least 1.</source>
        <translation>Plafonul trebuie să fie cel puțin 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1.</source>
        <translation>Numărul de locuri trebuie să fie cel puțin 1.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/problem.py" line="+98"/>
        <source>The pool is empty: there is no one to select from.</source>
        <translation>Lista este goală: nu are cine să fie selectat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1 (it is {seats}).</source>
        <translation>Numărul de locuri trebuie să fie cel puțin 1 (este {seats}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap per group must be at least 1 (it is {cap}).</source>
        <translation>Plafonul pe grup trebuie să fie cel puțin 1 (este {cap}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some ids appear more than once in the pool: {ids}.</source>
        <translation>Unii identificatori apar de mai multe ori în listă: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some pool members have no id.</source>
        <translation>Unii membri ai listei nu au identificator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which no pool member has.</source>
        <translation>Cotele folosesc criteriul „{feature}”, pe care nu îl are niciun membru al listei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is negative.</source>
        <translation>Minimul pentru „{value}” ({feature}) este negativ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is {min}, more than its maximum {max}.</source>
        <translation>Minimul pentru „{value}” ({feature}) este {min}, mai mare decât maximul {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are two quotas for &apos;{value}&apos; ({feature}).</source>
        <translation>Există două cote pentru „{value}” ({feature}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/report.py" line="+103"/>
        <location line="+171"/>
        <source>Selection audit report</source>
        <translation>Raportul de audit al selecției</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>This report shows how the participants were chosen: a lottery that gives every person in the pool a chance, as equal as the quotas allow, and that anyone can re-run with the seed below to obtain exactly the same panel.</source>
        <translation>Acest raport arată cum au fost aleși participanții: o loterie care oferă fiecărei persoane din listă o șansă, cât de egală permit cotele, și pe care oricine o poate reface cu sămânța de mai jos pentru a obține exact același grup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maximin: the smallest selection probability of anyone in the pool is as large as possible</source>
        <translation>maximin: cea mai mică probabilitate de selecție a oricui din listă este cât mai mare posibil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leximin: the smallest probability is as large as possible, then the next smallest, and so on</source>
        <translation>leximin: cea mai mică probabilitate este cât mai mare posibil, apoi următoarea și așa mai departe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {cap} per &apos;{feature}&apos;</source>
        <translation>cel mult {cap} pe „{feature}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no (time limit; gap to the upper bound: {gap})</source>
        <translation>nu (limită de timp; diferența față de limita superioară: {gap})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (time limit)</source>
        <translation>nu (limită de timp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora Desk selection engine {version}, solver {solver}</source>
        <translation>Motorul de selecție Diaspora Desk {version}, solver {solver}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on</source>
        <translation>Tras la sorți la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the pool</source>
        <translation>Persoane în listă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves</source>
        <translation>Rezerve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per group</source>
        <translation>Plafon pe grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest probability</source>
        <translation>Cea mai mică probabilitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound (no lottery can beat it)</source>
        <translation>Limita superioară (nicio loterie nu o poate depăși)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal</source>
        <translation>Optimalitate dovedită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Sămânță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Amprentă (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotation rule</source>
        <translation>Regula de rotație</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People seated at another consultation from {start} to {end} ({months} months) were left out before the draw: {count}.</source>
        <translation>Persoane care au ocupat un loc la altă consultare între {start} și {end} ({months} luni), excluse înainte de tragere: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>Cum se verifică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is the SHA-256 of the pool and quotas in canonical JSON (ids sorted, only the values the quotas use). Anyone with the audit file can run: diaspora-desk select verify AUDIT.json — it recomputes the fingerprint, checks every panel of the lottery against the quotas, recomputes the probabilities, re-runs the draw with the seed and re-solves the lottery to confirm it is the fairest.</source>
        <translation>Amprenta este SHA-256 al listei și al cotelor în JSON canonic (identificatori sortați, doar valorile folosite de cote). Oricine are fișierul de audit poate rula: diaspora-desk select verify AUDIT.json — acesta recalculează amprenta, verifică fiecare grup al loteriei față de cote, recalculează probabilitățile, reface tragerea la sorți cu sămânța și rezolvă din nou loteria pentru a confirma că este cea mai echitabilă.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draw uses SHA-256 in counter mode: block i of a stream is SHA-256(&quot;diaspora-desk/v1/&quot; + stream + &quot;/&quot; + seed + &quot;/&quot; + i); a number below m is the first block value v under 2^256 - (2^256 mod m), taken modulo m. One number below the total weight picks the panel; then, for each group of interchangeable people, a partial Fisher-Yates shuffle of their ids picks who sits on it. Reserves come from the stream &quot;reserves&quot;.</source>
        <translation>Tragerea la sorți folosește SHA-256 în mod contor: blocul i al unui flux este SHA-256(&quot;diaspora-desk/v1/&quot; + flux + &quot;/&quot; + sămânță + &quot;/&quot; + i); un număr sub m este prima valoare de bloc v sub 2^256 - (2^256 mod m), luată modulo m. Un număr sub ponderea totală alege grupul; apoi, pentru fiecare grup de persoane interschimbabile, o amestecare Fisher-Yates parțială a identificatorilor lor alege cine ocupă locul. Rezervele provin din fluxul &quot;reserves&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria, pool and panel</source>
        <translation>Criterii, listă de candidați și grup selectat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criteriu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>În listă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of pool</source>
        <translation>% din listă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On panel</source>
        <translation>În grup</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Id</source>
        <translation>Identificator</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Criteria</source>
        <translation>Criterii</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The panel ({count} people)</source>
        <translation>Grupul selectat ({count} persoane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserves, in order ({count})</source>
        <translation>Rezerve, în ordine ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When someone declines, their seat goes to the first reserve in this order who keeps every quota.</source>
        <translation>Când cineva refuză, locul său revine primei rezerve din această ordine care respectă toate cotele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reserves were drawn.</source>
        <translation>Nu au fost trase la sorți rezerve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection probability of every person in the pool</source>
        <translation>Probabilitatea de selecție a fiecărei persoane din listă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By pseudonymous id, sorted by id. These are the chances each person had before the draw; people with equal values on every criterion have equal chances.</source>
        <translation>După identificator pseudonim, sortat după identificator. Acestea sunt șansele pe care le avea fiecare persoană înainte de tragerea la sorți; persoanele cu aceleași valori la toate criteriile au șanse egale.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selection audit — seed {seed} — fingerprint {short}… — page {page}</source>
        <translation>Auditul selecției — sămânța {seed} — amprenta {short}… — pagina {page}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/solver.py" line="+326"/>
        <location line="+105"/>
        <source>The solver could not compute the lottery (status: {status}).</source>
        <translation>Rezolvitorul nu a putut calcula loteria (stare: {status}).</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Leximin stage {stage}: best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Etapa leximin {stage}: cel mai bun până acum {best:.4%}, limita superioară {upper:.4%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Cel mai bun până acum {best:.4%}, limita superioară {upper:.4%}</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Unknown algorithm &apos;{name}&apos;: use maximin or leximin.</source>
        <translation>Algoritm necunoscut „{name}”: folosiți maximin sau leximin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the quotas…</source>
        <translation>Se verifică cotele…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No panel meeting the quotas was found within the time limit; allow more time.</source>
        <translation>Nu s-a găsit niciun grup care să respecte cotele în limita de timp; acordați mai mult timp.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the lottery: {share:.0%} done</source>
        <translation>Se construiește tragerea la sorți: {share:.0%} gata</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The leximin refinement stopped at stage {stage} after a numerical difficulty; the lottery is the one of the stage before.</source>
        <translation>Rafinarea leximin s-a oprit la etapa {stage} după o dificultate numerică; loteria este cea de la etapa anterioară.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+176"/>
        <source>Stopped at the time limit before the optimum was proven.</source>
        <translation>Oprit la limita de timp înainte de a dovedi optimul.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 person cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>1 persoană nu poate face parte din niciun panel care respectă cotele: probabilitatea sa este 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>{count} persoane nu pot face parte din niciun panel care respectă cotele: probabilitatea lor este 0.</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../desktop/views/selection_dialog.py" line="+71"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance</source>
        <translation>Șansă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Tras la sorți ca</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run the selection</source>
        <translation>Efectuează selecția</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw {seats} participants and {reserves} reserves for “{title}” from the {pool} people in its pool.</source>
        <translation>Trageți la sorți {seats} participanți și {reserves} rezerve pentru „{title}” dintre cele {pool} persoane din lista de candidați.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks before the draw</source>
        <translation>Verificări înainte de tragere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;duplicates…</source>
        <translation>Rezolvați &amp;duplicatele…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Sămânță</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type numbers drawn in public (e.g. lottery balls), or generate one. The same seed always gives the same panel.</source>
        <translation>Introduceți numere trase în public (de ex. bile de loterie) sau generați unul. Aceeași sămânță dă mereu același grup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generează</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Sămânță:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairest chance for everyone</source>
        <translation>Cea mai echitabilă șansă pentru toți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairest chance, refined further (slower)</source>
        <translation>Cea mai echitabilă șansă, rafinată (mai lent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodă:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in seconds</source>
        <translation>Limită de timp în secunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When time runs out, the best distribution found so far is used</source>
        <translation>Când timpul expiră, se folosește cea mai bună distribuție găsită până atunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Limită de timp:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best so far and upper bound</source>
        <translation>Cel mai bun rezultat până acum și limita superioară</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each pool member&apos;s chance</source>
        <translation>Șansa fiecărui membru al listei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run</source>
        <translation>&amp;Pornește</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nulează</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;audit report…</source>
        <translation>&amp;Exportă raportul de audit…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} pool members are left out: their consent is no longer valid.</source>
        <translation>Membri ai listei excluși: {count} (consimțământul lor nu mai este valabil).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} / {second} ({reasons})</source>
        <translation>{first} / {second} ({reasons})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool holds {count} pairs of likely duplicate people: {pairs}. The draw waits until each is merged or marked “not the same person”.</source>
        <translation>Lista conține {count} perechi de persoane probabil duplicate: {pairs}. Tragerea așteaptă până când fiecare este îmbinată sau marcată „nu este aceeași persoană”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {cap} per household will be drawn.</source>
        <translation>Vor fi trase la sorți cel mult {cap} per gospodărie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No household rule is set.</source>
        <translation>Nu este stabilită nicio regulă pe gospodărie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} households have several people in the pool (same address or phone). {rule}</source>
        <translation>{count} gospodării au mai multe persoane în listă (aceeași adresă sau telefon). {rule}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a seed or press Generate.</source>
        <translation>Introduceți o sămânță sau apăsați Generează.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quotas cannot all hold: {why} Change them in the Criteria tab.</source>
        <translation>Cotele nu pot fi respectate toate: {why} Modificați-le în fila Criterii.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing everyone&apos;s chance…</source>
        <translation>Se calculează șansa fiecăruia…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing everyone&apos;s chance… {seconds} s</source>
        <translation>Se calculează șansa fiecăruia… {seconds} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best guarantee so far: {best} · upper bound: {upper} · {seconds} s</source>
        <translation>Cea mai bună garanție până acum: {best} · limită superioară: {upper} · {seconds} s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: nothing was drawn.</source>
        <translation>Anulat: nu s-a tras nimic la sorți.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in the pool had at least a {minimum} chance ({algorithm}).</source>
        <translation>Tragere la sorți cu sămânța {seed}: {seats} participanți și {reserves} rezerve. Fiecare persoană din listă a avut o șansă de cel puțin {minimum} ({algorithm}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected</source>
        <translation>Selectat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve {rank}</source>
        <translation>Rezerva {rank}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done in {seconds} s.</source>
        <translation>Gata în {seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>În&amp;chide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method: maximin — the smallest chance of anyone in the pool is made as large as the quotas allow.</source>
        <translation>Metodă: maximin — cea mai mică șansă a oricui din lista de candidați devine cât de mare permit cotele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: leximin — as maximin, then the next smallest chance, and so on.</source>
        <translation>Metodă: leximin — ca maximin, apoi următoarea cea mai mică șansă și așa mai departe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit report</source>
        <translation>Exportă raportul de audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Auditul selecției</translation>
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
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in the audit</source>
        <translation>Identificator în audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance of selection</source>
        <translation>Șansa de selecție</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Tras la sorți ca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected</source>
        <translation>Selectat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve {rank}</source>
        <translation>Rezerva {rank}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed:</source>
        <translation>Sămânță:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation>Algoritm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of pool and quotas:</source>
        <translation>Amprenta listei și a cotelor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest chance of anyone:</source>
        <translation>Cea mai mică șansă individuală:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn:</source>
        <translation>Tragere la sorți:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each pool member&apos;s chance of selection</source>
        <translation>Șansa de selecție a fiecărui membru al listei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the selection…</source>
        <translation>&amp;Efectuează selecția…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute everyone&apos;s chance within the quotas, then draw the panel and reserves with a public seed</source>
        <translation>Calculează șansa fiecăruia în limitele cotelor, apoi trage la sorți grupul și rezervele cu o sămânță publică</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;audit report…</source>
        <translation>Exportă &amp;raportul de audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit report as PDF, and the same as JSON so anyone can re-run the draw</source>
        <translation>Raportul de audit în PDF și același în JSON, ca oricine să poată reface tragerea la sorți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the draw</source>
        <translation>&amp;Verifică tragerea la sorți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the draw from the record and compare</source>
        <translation>Refă tragerea la sorți din înregistrare și compară</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The participants were drawn. Everything needed to check the draw is in the audit report.</source>
        <translation>Participanții au fost trași la sorți. Tot ce trebuie pentru verificarea tragerii la sorți se află în raportul de audit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{when} by {who}</source>
        <translation>{when}, de către {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the criteria, then run the selection: it computes every pool member&apos;s chance within the quotas, and draws the panel and the reserves with a seed you can announce in public.</source>
        <translation>Stabiliți criteriile, apoi efectuați selecția: ea calculează șansa fiecărui membru al listei în limitele cotelor și trage la sorți grupul și rezervele cu o sămânță pe care o puteți anunța public.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the pool and add people to it first.</source>
        <translation>Deschideți mai întâi lista de candidați și adăugați persoane.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit report</source>
        <translation>Exportă raportul de audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Auditul selecției</translation>
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
        <translation>Verifică tragerea la sorți</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-running the draw from its record…</source>
        <translation>Se reface tragerea la sorți din înregistrarea ei…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit report written to {pdf} and {json}.</source>
        <translation>Raportul de audit a fost scris în {pdf} și {json}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the audit report…</source>
        <translation>Se scrie raportul de audit…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+40"/>
        <location line="+99"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>System default</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies after a restart; you are offered one when you save, and the window reopens where it was.</source>
        <translation>O limbă nouă se aplică după repornire; vi se propune la salvare, iar fereastra se redeschide unde era.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data folder</source>
        <translation>Dosarul de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder:</source>
        <translation>Dosarul de date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rejected registrations for</source>
        <translation>Păstrează înregistrările respinse timp de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this many days, the personal data of a rejected registration from the public form is erased (here and, after the next sync, on the server).</source>
        <translation>După acest număr de zile, datele personale ale unei înregistrări respinse din formularul public sunt șterse (aici și, după următoarea sincronizare, pe server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep rejected registrations:</source>
        <translation>&amp;Păstrează înregistrările respinse:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change home country</source>
        <translation>Schimbă țara de origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the home country? The new country&apos;s regions are added; existing regions and records stay and can be retired by hand.</source>
        <translation>Schimbați țara de origine? Regiunile noii țări sunt adăugate; regiunile și înregistrările existente rămân și pot fi retrase manual.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="-515"/>
        <source>Fill from population shares</source>
        <translation>Completează după ponderile populației</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type how big each group is in the whole diaspora (people or percentages; only the proportions count). Seats are shared out in the same proportions. Values left empty are not limited.</source>
        <translation>Introduceți cât de mare este fiecare grup în întreaga diasporă (persoane sau procente; contează doar proporțiile). Locurile se împart în aceleași proporții. Valorile lăsate goale nu sunt limitate.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature</source>
        <translation>Criteriu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature:</source>
        <translation>&amp;Criteriu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>În listă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population share</source>
        <translation>Pondere în populație</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population shares</source>
        <translation>Ponderi ale populației</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplică</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not limited</source>
        <translation>nelimitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population share of {value}</source>
        <translation>Ponderea în populație pentru {value}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>Conectați-vă la {server} ca {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+209"/>
        <source>Changed here and on the server: {fields}</source>
        <translation>Modificat aici și pe server: {fields}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This conflict is no longer open.</source>
        <translation>Acest conflict nu mai este deschis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose a version for: {fields}</source>
        <translation>Alegeți o versiune pentru: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record no longer exists here.</source>
        <translation>Această înregistrare nu mai există aici.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown kind of record.</source>
        <translation>Tip de înregistrare necunoscut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted</source>
        <translation>Ștearsă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not deleted</source>
        <translation>Neștearsă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="+24"/>
        <source>The server cannot be reached right now ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>Serverul nu poate fi contactat acum ({reason}). Modificările dumneavoastră sunt păstrate și vor fi trimise la următoarea sincronizare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login has expired. Please log in again; your changes are kept.</source>
        <translation>Sesiunea dumneavoastră a expirat. Conectați-vă din nou; modificările sunt păstrate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșită.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: {detail}</source>
        <translation>Serverul a refuzat: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: {detail}</source>
        <translation>Adresa serverului nu este validă: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem ({detail}). Your changes are kept; please try again later.</source>
        <translation>Serverul a întâmpinat o problemă ({detail}). Modificările dumneavoastră sunt păstrate; încercați din nou mai târziu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: {detail}</source>
        <translation>Sincronizarea s-a oprit: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/pull.py" line="+311"/>
        <source>Received {count} records</source>
        <translation>Înregistrări primite: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+241"/>
        <source>This record cannot be sent: {reason}</source>
        <translation>Această înregistrare nu poate fi trimisă: {reason}</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The server refused this change.</source>
        <translation>Serverul a refuzat această modificare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>Serverul nu a putut accepta această modificare.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Sent {done} of {total} changes</source>
        <translation>Modificări trimise: {done} din {total}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/identity.py" line="+68"/>
        <source>{server} is not the server this computer&apos;s data is kept in step with. Nothing was sent or received. To work with {server}, start Diaspora Desk with a new data folder; to go on with your data, use the address of your usual server.</source>
        <translation>{server} nu este serverul cu care sunt sincronizate datele acestui calculator. Nu s-a trimis și nu s-a primit nimic. Pentru a lucra cu {server}, porniți Diaspora Desk cu un dosar de date nou; pentru a continua cu datele dumneavoastră, folosiți adresa serverului obișnuit.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/join.py" line="+49"/>
        <source>The server does not know its country yet (no regions and no regional users). Start a new database and choose the country, then sync.</source>
        <translation>Serverul nu își cunoaște încă țara (nu are regiuni și nici utilizatori regionali). Creați o bază de date nouă, alegeți țara, apoi sincronizați.</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-359"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association link</source>
        <translation>Legătură cu o asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer</source>
        <translation>Pliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Punct focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Acțiune de urmărire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entry</source>
        <translation>Intrare în istoric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding year</source>
        <translation>Anul înființării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member count</source>
        <translation>Număr de membri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement areas</source>
        <translation>Domenii de implicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed at</source>
        <translation>Statut modificat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed by</source>
        <translation>Statut modificat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Consimțământ pentru publicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Comasat în</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch</source>
        <translation>Lot de import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Alte detalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Punct focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Anul nașterii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Nivel de studii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation sector</source>
        <translation>Sector de activitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Subiecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased at</source>
        <translation>Șters definitiv la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Versiunea textului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Colectat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Expiră la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at</source>
        <translation>Retras la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Desfășurată la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves wanted</source>
        <translation>Rezerve dorite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Criterii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Selecție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Șablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Text principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Îndemn la acțiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresă web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image name</source>
        <translation>Numele imaginii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Culoare principală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Culoare de accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed</source>
        <translation>Bleed (margine de tăiere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Semne de tăiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMYK colours</source>
        <translation>Culori CMYK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Apare pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication consent given on</source>
        <translation>Consimțământ pentru publicare dat la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How publication consent was given</source>
        <translation>Modul în care a fost dat consimțământul pentru publicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>Activ de la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Activ până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Locul pe lista de rezervă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Tip de înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office name</source>
        <translation>Numele biroului de asistență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired at</source>
        <translation>Retrasă la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Șters</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="-176"/>
        <location filename="../desktop/views/sync_page.py" line="+102"/>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <location filename="../desktop/views/sync_page.py" line="-76"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Send this office&apos;s changes to the central server and receive the other offices&apos; work. Everything keeps working without a connection; sync whenever you are online. Nothing typed is ever thrown away: when two offices changed the same field, you choose which version to keep.</source>
        <translation>Trimiteți modificările acestui birou la serverul central și primiți munca celorlalte birouri. Totul funcționează și fără conexiune; sincronizați ori de câte ori sunteți online. Nimic din ce s-a scris nu se pierde: când două birouri au modificat același câmp, alegeți ce versiune păstrați.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>Adresa ser&amp;verului:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nume de utilizator:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Conectare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>&amp;Deconectare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password store (keyring) was found on this computer. Your password is kept only while Diaspora Desk runs, so you will be asked for it once per session.</source>
        <translation>Pe acest calculator nu s-a găsit niciun depozit de parole (keyring). Parola este păstrată doar cât rulează Diaspora Desk, deci vi se va cere o dată pe sesiune.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizează acum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Trimite și primește modificările acum (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically every</source>
        <translation>Sincronizează automat &amp;la fiecare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between automatic syncs</source>
        <translation>Minute între sincronizările automate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns automatic sync off</source>
        <translation>0 oprește sincronizarea automată</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync summary</source>
        <translation>Rezumatul sincronizării</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of yours kept over another office&apos;s</source>
        <translation>Valorile dumneavoastră păstrate în locul celor ale altui birou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progresul sincronizării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current step; what was already sent and received is kept</source>
        <translation>Oprește după pasul curent; ce s-a trimis și primit deja se păstrează</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention</source>
        <translation>Necesită atenția dumneavoastră</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that need your attention</source>
        <translation>Modificări care necesită atenția dumneavoastră</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resolve…</source>
        <translation>R&amp;ezolvă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose, field by field, which version to keep</source>
        <translation>Alegeți, câmp cu câmp, ce versiune să păstrați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard my change…</source>
        <translation>&amp;Renunță la modificarea mea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this computer&apos;s change and go back to the server&apos;s version</source>
        <translation>Renunță la modificarea de pe acest calculator și revino la versiunea serverului</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync: {server} (last sync: {when})</source>
        <translation>Sincronizare: {server} (ultima: {when})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+46"/>
        <source>Enter the server address and your user name first.</source>
        <translation>Introduceți mai întâi adresa serverului și numele de utilizator.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not logged in: {reason}</source>
        <translation>Neconectat: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}. Press Sync now to send and receive changes.</source>
        <translation>Conectat ca {user}. Apăsați Sincronizează acum pentru a trimite și primi modificările.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to {server}</source>
        <translation>Conectat la {server}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged out. Your changes stay on this computer until the next sync.</source>
        <translation>Deconectat. Modificările rămân pe acest calculator până la următoarea sincronizare.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic sync is waiting for you to log in.</source>
        <translation>Sincronizarea automată așteaptă să vă conectați.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with {server}…</source>
        <translation>Se sincronizează cu {server}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>Se oprește după pasul curent…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced at {when}: sent {sent} changes, received {received} records.</source>
        <translation>Sincronizat la {when}: modificări trimise: {sent}; înregistrări primite: {received}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} changes need your attention below.</source>
        <translation>Modificări care necesită atenția dumneavoastră mai jos: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office proposed other values for {count} of your records; yours were kept (see below).</source>
        <translation>Alt birou a propus alte valori pentru {count} dintre înregistrările dumneavoastră; s-au păstrat ale dumneavoastră (vedeți mai jos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online — last sync {when}</source>
        <translation>Online — ultima sincronizare {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — will sync when the server can be reached</source>
        <translation>Fără conexiune — se va sincroniza când serverul va putea fi contactat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync paused — please log in again</source>
        <translation>Sincronizare în pauză — conectați-vă din nou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed — see the Sync page</source>
        <translation>Sincronizarea a eșuat — vedeți pagina Sincronizare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped. What was already sent and received is kept; the next sync continues from there.</source>
        <translation>Sincronizarea s-a oprit. Ce s-a trimis și primit deja se păstrează; următoarea sincronizare continuă de acolo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server address and your user name.</source>
        <translation>Introduceți adresa serverului și numele de utilizator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in.</source>
        <translation>Neconectat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as {user} (regional office: {regions}).</source>
        <translation>Conectat ca {user} (birou regional: {regions}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}.</source>
        <translation>Conectat ca {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: {conflicts} · Refused: {refused}</source>
        <translation>Ultima sincronizare: {when} · Modificări care așteaptă trimiterea: {pending} · Conflicte: {conflicts} · Refuzate: {refused}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your value was kept: {record} ({fields}); {user} proposed another and decides on their side.</source>
        <translation>Valoarea dumneavoastră a fost păstrată: {record} ({fields}); {user} a propus alta și decide din partea sa.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{record} is not on the server, or no longer belongs to your offices. Discarding your change deletes it from this computer. Discard it?</source>
        <translation>{record} nu este pe server sau nu mai aparține birourilor dumneavoastră. Renunțarea la modificare o șterge de pe acest calculator. Renunțați?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard your change to {record} and go back to the server&apos;s version?</source>
        <translation>Renunțați la modificarea lui {record} și reveniți la versiunea de pe server?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record} and go back to its original values?</source>
        <translation>Renunțați la modificarea adusă {record} și reveniți la valorile inițiale?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record}? The next sync downloads the server&apos;s version again.</source>
        <translation>Renunțați la modificarea lui {record}? Următoarea sincronizare descarcă din nou versiunea de pe server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my change</source>
        <translation>Renunță la modificarea mea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be discarded: {reason}</source>
        <translation>Modificarea nu a putut fi abandonată: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change was discarded.</source>
        <translation>Modificarea dumneavoastră a fost abandonată.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+103"/>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>Sincronizat</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="-333"/>
        <source>Type and press Enter to add</source>
        <translation>Tastați și apăsați Enter pentru a adăuga</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Elimină {tag}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/views/trash.py" line="+71"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>Înregistrările șterse rămân aici până le restaurați. O înregistrare restaurată revine cu legăturile și istoricul ei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>Filtrează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>Filtrează înregistrările șterse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Ștearsă la</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The trash is empty.</source>
        <translation>Coșul de gunoi este gol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurează selecția</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln înregistrare restaurată.</numerusform>
            <numerusform>%Ln înregistrări restaurate.</numerusform>
            <numerusform>%Ln de înregistrări restaurate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <location filename="../desktop/services/validation.py" line="+560"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>Poate apărea pe pliante doar după ce este înregistrat consimțământul persoanei pentru publicarea datelor de contact (data și modul în care a fost dat).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="-453"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>O adresă de e-mail nu poate conține spații.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address needs an @, like name@example.org.</source>
        <translation>O adresă de e-mail trebuie să conțină @, ca nume@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is missing before the @.</source>
        <translation>Lipsește ceva înainte de @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @ needs a dot and an ending, like example.org.</source>
        <translation>Partea de după @ trebuie să conțină un punct și o terminație, ca example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like an e-mail address; check it, e.g. name@example.org.</source>
        <translation>Aceasta nu pare o adresă de e-mail; verificați-o, de ex. nume@example.org.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A phone number can contain only digits, spaces and + - ( ) /.</source>
        <translation>Un număr de telefon poate conține doar cifre, spații și + - ( ) /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the international prefix (for example +39 for Italy), or choose the country first.</source>
        <translation>Adăugați prefixul internațional (de exemplu +39 pentru Italia) sau alegeți mai întâi țara.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a phone number.</source>
        <translation>Acesta nu este un număr de telefon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid phone number for {country}; check the digits and the prefix.</source>
        <translation>Nu este un număr de telefon valid pentru {country}; verificați cifrele și prefixul.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number; check the digits and the prefix.</source>
        <translation>Nu este un număr de telefon valid; verificați cifrele și prefixul.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A web address cannot contain spaces.</source>
        <translation>O adresă web nu poate conține spații.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>O adresă web începe cu http:// sau https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This does not look like a web address; check it, e.g. www.example.org.</source>
        <translation>Aceasta nu pare o adresă web; verificați-o, de ex. www.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Introduceți un număr întreg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number, using digits only.</source>
        <translation>Introduceți un număr întreg, folosind doar cifre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number of at least {min}.</source>
        <translation>Introduceți un număr de cel puțin {min}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of at most {max}.</source>
        <translation>Introduceți un număr de cel mult {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the year with four digits, like 2004.</source>
        <translation>Introduceți anul cu patru cifre, de exemplu 2004.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year cannot be before {year}.</source>
        <translation>Anul nu poate fi înainte de {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year cannot be in the future.</source>
        <translation>Anul nu poate fi în viitor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a date like 2024-03-31.</source>
        <translation>Introduceți o dată ca 2024-03-31.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.</source>
        <translation>Introduceți o dată ca 2024-03-31 (an-lună-zi) sau 31.03.2024.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer yes or no.</source>
        <translation>Răspundeți cu da sau nu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each entry can have at most {max} characters.</source>
        <translation>Fiecare intrare poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown engagement area: {names}.</source>
        <translation>Domeniu de implicare necunoscut: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown country: {text}. Pick one from the list.</source>
        <translation>Țară necunoscută: {text}. Alegeți una din listă.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A region code looks like MD-CA.</source>
        <translation>Un cod de regiune arată ca MD-CA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown region: {text}.</source>
        <translation>Regiune necunoscută: {text}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Este prea lung: cel mult {max} caractere.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown value: {text}.</source>
        <translation>Valoare necunoscută: {text}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the association&apos;s name.</source>
        <translation>Introduceți numele asociației.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduceți numele persoanei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The consent date cannot be in the future.</source>
        <translation>Data consimțământului nu poate fi în viitor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how the consent was given (for example: signed form, e-mail).</source>
        <translation>Precizați cum a fost dat consimțământul (de exemplu: formular semnat, e-mail).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given.</source>
        <translation>Introduceți data la care a fost dat consimțământul.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>Data de sfârșit este înaintea datei de început.</translation>
    </message>
</context>
</TS>
