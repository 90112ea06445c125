<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+64"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+57"/>
        <source>ConsentWay</source>
        <comment>E-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConsentWay</source>
        <comment>In person, witnessed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ConsentWay</source>
        <comment>Online form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConsentWay</source>
        <comment>Letter</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+25"/>
        <source>About Diaspora Desk</source>
        <translation>Despre Diaspora Desk</translation>
    </message>
    <message>
        <location line="-16"/>
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
        <location line="+3"/>
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
        <location filename="../desktop/app.py" line="+95"/>
        <source>Cannot open the database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+23"/>
        <source>New association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last status change: {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished">Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation type="unfinished">Acronim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation type="unfinished">Țara de reședință</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation type="unfinished">Oraș</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation type="unfinished">Anul înființării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation type="unfinished">Număr de înregistrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation type="unfinished">Persoană de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation type="unfinished">Domenii de implicare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation type="unfinished">Sectoare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Languages</source>
        <translation type="unfinished">Limbi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to publish</source>
        <translation type="unfinished">Consimțământ pentru publicare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+47"/>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Will be saved as {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Association</source>
        <translation type="unfinished">Asociație</translation>
    </message>
</context>
<context>
    <name>AssociationPicker</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+90"/>
        <source>Type to search associations (leave empty if none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+264"/>
        <source>Unknown status: {status}</source>
        <translation>Statut necunoscut: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+62"/>
        <source>Associations</source>
        <translation type="unfinished">Asociații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished">Țară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New association…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>National (no origin region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} association(s) set to “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted associations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+117"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+65"/>
        <source>Edit candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gender</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1987</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation type="unfinished">Cetățenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation type="unfinished">Generație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consents of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+179"/>
        <source>Candidates</source>
        <translation type="unfinished">Candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation type="unfinished">Consimțământ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected candidates to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the same consent for the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{count} candidate(s) moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{total} candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent recorded for {count} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one person to erase.</source>
        <translation type="unfinished"></translation>
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
        <location line="+2"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>Datele acestei persoane au fost șterse definitiv; înregistrați-o din nou ca persoană nouă.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Choose how the consent was given.</source>
        <translation>Alegeți cum a fost dat consimțământul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>Data consimțământului nu poate fi în viitor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>Consimțământul trebuie să expire după ziua în care a fost dat.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This consent record no longer exists.</source>
        <translation>Această înregistrare de consimțământ nu mai există.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-77"/>
        <source>Purpose</source>
        <translation type="unfinished">Scop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation type="unfinished">Colectat de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation type="unfinished">Expiră la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-292"/>
        <source>Purpose</source>
        <translation type="unfinished">Scop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation type="unfinished">Dat la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation type="unfinished">Colectat de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation type="unfinished">Expiră la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished">Stare</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+67"/>
        <source>Type to search countries</source>
        <translation>Tastați pentru a căuta o țară</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+644"/>
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
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>nume asemănător în proporție de {percent} % după transliterare</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+145"/>
        <source>Looking for duplicates</source>
        <translation>Se caută duplicatele</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+66"/>
        <source>Region directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directory summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{listed} information point(s) on the flyers of this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+67"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check for duplicates: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No similar records found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{score} % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicate: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+75"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
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
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+16"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bun venit în Diaspora Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>Spuneți-ne ce țară deservește biroul dumneavoastră și cine folosește acest calculator. Regiunile țării sunt completate automat; le puteți adăuga, redenumi sau retrage mai târziu, în Regiuni.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Start</source>
        <translation>Înce&amp;pe</translation>
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
        <location filename="../desktop/services/flyers/themes.py" line="+32"/>
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
        <location filename="../desktop/services/flyers/batch.py" line="+86"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>Regiuni necunoscute: {codes}.</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+23"/>
        <source>New focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished">Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Instituție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Languages spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation type="unfinished">Activ de la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation type="unfinished">Activ până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent given &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation type="unfinished">Apare pe pliante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Will be saved as {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Focal point</source>
        <translation type="unfinished">Punct focal</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+152"/>
        <source>Focal points</source>
        <translation type="unfinished">Puncte focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation type="unfinished">Apare pe pliante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation type="unfinished">Activă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New focal point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected focal points to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted focal points, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>National (no region)</source>
        <translation type="unfinished">Național (fără regiune)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted focal points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+71"/>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Rezultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="+53"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+168"/>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+27"/>
        <source>Associations</source>
        <translation>Asociații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points</source>
        <translation>Puncte focale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Consultări</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (no region)</source>
        <translation>Național (fără regiune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>Birou de asistență</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>National bureau of {country}</source>
        <translation>Biroul național — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for region {region}, {country}</source>
        <translation>Biroul de asistență al regiunii {region}, {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Prezentare generală</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Records per region</source>
        <translation>Înregistrări pe regiuni</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+185"/>
        <source>Associations</source>
        <translation>Asociații</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>Puncte focale</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+110"/>
        <source>Candidates</source>
        <translation>Candidați</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+216"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+0"/>
        <source>Reserve rank</source>
        <translation>Locul pe lista de rezervă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>Probabilitatea de selecție</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Invitees</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Alegeți un nume de fișier care se termină cu .csv sau .xlsx.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+279"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>Nimeni nu este încă selectat sau invitat, deci nu există nicio scrisoare de redactat.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-89"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-70"/>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+51"/>
        <source>Sections</source>
        <translation>Secțiuni</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location line="+24"/>
        <source>Settings saved.</source>
        <translation>Setările au fost salvate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Back up database</source>
        <translation>Copie de siguranță a bazei de date</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>SQLite database (*.db)</source>
        <translation>Bază de date SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>Copia de siguranță a fost scrisă în {path}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+93"/>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../desktop/views/form_widgets.py" line="+236"/>
        <source>not set</source>
        <translation>nestabilită</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear {field}</source>
        <translation>Golește {field}</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+129"/>
        <source>Add people to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topics volunteered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name or e-mail contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} people with a valid consent match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="+24"/>
        <source>Result of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add from a &amp;file of ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} people in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <location line="+26"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Adding to the pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add people from a file of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} removed from the pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="-490"/>
        <source>ConsentWay</source>
        <comment>Signed form</comment>
        <translation type="unfinished"></translation>
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
        <location filename="../desktop/services/records.py" line="+34"/>
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
        <location filename="../desktop/views/regions.py" line="+67"/>
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
        <location filename="../desktop/services/regions.py" line="+69"/>
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
        <location line="+51"/>
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
        <location line="+20"/>
        <source>&amp;Add region…</source>
        <translation>&amp;Adaugă o regiune…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region (Ctrl+N)</source>
        <translation>Adaugă o regiune (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo ({keys})</source>
        <translation>Anulează ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of records shown</source>
        <translation>Numărul de înregistrări afișate</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — se încarcă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>Anulat: înregistrări restabilite: {count}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} Apăsați {keys} pentru a anula.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/home.py" line="+32"/>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <location filename="../desktop/views/regions.py" line="+14"/>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <location filename="../desktop/views/associations.py" line="+12"/>
        <source>Associations</source>
        <translation type="unfinished">Asociații</translation>
    </message>
    <message>
        <location filename="../desktop/views/candidates.py" line="+9"/>
        <source>Candidates</source>
        <translation type="unfinished">Candidați</translation>
    </message>
    <message>
        <location filename="../desktop/views/directory.py" line="+20"/>
        <source>Region directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+11"/>
        <source>Focal points</source>
        <translation type="unfinished">Puncte focale</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+33"/>
        <location line="+70"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>Limba nouă se aplică după repornire.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+25"/>
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
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>Conectați-vă la {server} ca {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+208"/>
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
        <location line="+60"/>
        <source>Unknown kind of record.</source>
        <translation>Tip de înregistrare necunoscut.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../desktop/services/sync/messages.py" line="+22"/>
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
        <location filename="../desktop/services/sync/pull.py" line="+195"/>
        <source>Received {count} records</source>
        <translation>Înregistrări primite: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+204"/>
        <source>This record cannot be sent: {field}: {reason}</source>
        <translation>Această înregistrare nu poate fi trimisă: {field}: {reason}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The server refused this change.</source>
        <translation>Serverul a refuzat această modificare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>Serverul nu a putut accepta această modificare.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Sent {done} of {total} changes</source>
        <translation>Modificări trimise: {done} din {total}</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-338"/>
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
        <translation>Acțiune de follow-up</translation>
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
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+99"/>
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
        <location filename="../desktop/views/form_widgets.py" line="-111"/>
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
        <location filename="../desktop/views/trash.py" line="+67"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>Înregistrările șterse rămân aici până le restaurați. O înregistrare restaurată revine cu legăturile și istoricul ei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation>Filtrează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>Filtrează înregistrările șterse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The trash is empty.</source>
        <translation>Coșul de gunoi este gol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurează selecția</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} record(s) restored.</source>
        <translation>Înregistrări restaurate: {count}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>Poate apărea pe pliante doar după ce este înregistrat consimțământul persoanei pentru publicarea datelor de contact (data și modul în care a fost dat).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-48"/>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the personal data export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The personal data of {name} was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
