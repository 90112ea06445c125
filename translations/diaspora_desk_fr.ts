<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+30"/>
        <source>About Diaspora Desk</source>
        <translation>À propos de Diaspora Desk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Diaspora associations, focal points, consultations with a transparent selection of participants, and printable flyers — offline first.</source>
        <translation>Associations de la diaspora, points focaux, consultations avec une sélection transparente des participants et dépliants à imprimer — d&apos;abord hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+80"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+128"/>
        <source>New association</source>
        <translation>Nouvelle association</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit association</source>
        <translation>Modifier l&apos;association</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last status change: {when} by {who}</source>
        <translation>Dernier changement de statut&#xa0;: {when} par {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The association</source>
        <translation>L&apos;association</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation>Nom complet, tel que l&apos;association l&apos;écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation>— aucune (national) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation>Année de fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation>p. ex. 2004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of members</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation>p. ex. 120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nom (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;Pays de résidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation>&amp;Région d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation>&amp;Année de fondation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>N° d&apos;enre&amp;gistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation>Nombre de &amp;membres&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation>p. ex. +39 347 123 4567</translation>
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
        <translation>Personne &amp;de contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation>Domaines d&apos;engagement (cochez tous ceux qui s&apos;appliquent)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation>Domaines d&apos;engagement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation>Secte&amp;urs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation>L&apos;association accepte &amp;que son nom et ses coordonnées soient publiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to publish</source>
        <translation>Consentement à la publication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>R&amp;emarques&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Linked focal points</source>
        <translation>Points focaux liés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link focal points</source>
        <translation>Lier des points focaux</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save ({keys})</source>
        <translation>Enregistrer ({keys})</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+51"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Will be saved as {phone}</source>
        <translation>Sera enregistré sous la forme {phone}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
</context>
<context>
    <name>AssociationList</name>
    <message>
        <location filename="../desktop/views/association_list.py" line="+76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founded</source>
        <translation>Fondée en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement areas</source>
        <translation>Domaines d&apos;engagement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>AssociationPicker</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+120"/>
        <source>Type to search associations (leave empty if none)</source>
        <translation>Tapez pour chercher une association (laisser vide si aucune)</translation>
    </message>
</context>
<context>
    <name>AssociationStatus</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+146"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+290"/>
        <source>Unknown status: {status}</source>
        <translation>Statut inconnu&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+69"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation>Associations de la diaspora à l&apos;étranger. Tapez pour filtrer&#x202f;; choisissez un pays, une région, un statut, un domaine d&apos;engagement ou un secteur pour affiner la liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation>Filtrer par nom, sigle, ville, contact, courriel ou téléphone ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation>Filtrer les associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation>Domaine d&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation>Tous les domaines d&apos;engagement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New association…</source>
        <translation>&amp;Nouvelle association…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation>Enregistrer une nouvelle association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation>Ouvrir l&apos;association sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation>Changer &amp;le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation>Changer le statut des associations sélectionnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation>Placer les associations sélectionnées dans la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation>Associations supprimées, pour les restaurer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>National (no origin region)</source>
        <translation>National (sans région d&apos;origine)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation>Associations&#xa0;: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation>{shown} associations sur {total}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation>1 association placée dans la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation>Associations placées dans la corbeille&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs associations.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation>Passer {count} associations au statut «&#xa0;{status}&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln association(s) set to “{status}”.</source>
        <translation>
            <numerusform>%Ln association passée à « {status} ».</numerusform>
            <numerusform>%Ln associations passées à « {status} ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted associations</source>
        <translation>Associations supprimées</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../desktop/views/flyers_batch.py" line="+54"/>
        <source>Print flyers for several regions</source>
        <translation>Imprimer des dépliants pour plusieurs régions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print to PDF files</source>
        <translation>&amp;Imprimer en fichiers PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points and the default texts of the language.</source>
        <translation>Chaque région reçoit son propre dépliant dans chaque langue choisie, avec ses points focaux et les textes par défaut de la langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points. Colours, picture, web address and print options come from the selected flyer; its texts are used for its own language and the other languages get their default texts.</source>
        <translation>Chaque région reçoit son propre dépliant dans chaque langue choisie, avec ses points focaux. Les couleurs, l&apos;image, l&apos;adresse web et les options d&apos;impression viennent du dépliant sélectionné&#x202f;; ses textes servent pour sa propre langue et les autres langues reçoivent leurs textes par défaut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the flyers</source>
        <translation>Dossier des dépliants</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one region.</source>
        <translation>Choisissez au moins une région.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the flyers.</source>
        <translation>Choisissez le dossier des dépliants.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {count} flyers…</source>
        <translation>Impression des dépliants ({count})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} flyers were written to {folder}.</source>
        <translation>Dépliants écrits dans {folder}&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them have preflight problems (text that does not fit, characters that cannot print…); open them in the editor to see what.</source>
        <translation>Parmi eux, {count} présentent des problèmes de contrôle avant impression (texte qui ne tient pas, caractères non imprimables…)&#x202f;; ouvrez-les dans l&apos;éditeur pour les voir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers printed</source>
        <translation>Dépliants imprimés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flyers could not be written: {error}</source>
        <translation>Impossible d&apos;écrire les dépliants&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The flyers already written are complete; the others were not made.</source>
        <translation>Annulé. Les dépliants déjà écrits sont complets&#x202f;; les autres n&apos;ont pas été produits.</translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+120"/>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation>Enregistrer que ces {count} personnes ont donné leur consentement, dans les termes ci-dessous, le même jour et de la même manière (par exemple une feuille signée lors d&apos;un événement).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Enregistrer le consentement</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+77"/>
        <source>Edit candidate</source>
        <translation>Modifier le candidat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>e.g. 1987</source>
        <translation>p. ex. 1987</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>Année &amp;de naissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;Pays de résidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Citoyenneté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation>&amp;Génération&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation>N&amp;iveau d&apos;études&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Secteur d&apos;activité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation>Co&amp;mpétences&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation>T&amp;hèmes proposés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation>&amp;Association&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation>&amp;Région d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 347 123 4567</source>
        <translation>+39 347 123 4567</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-&amp;mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>R&amp;emarques&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation>Consentement à être invité(e)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consents of this person</source>
        <translation>Consentements de cette personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation>La personne a retiré ce consentement&#xa0;: elle ne sera plus invitée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation>Enregistrer un nouveau consentement à l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+40"/>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people were imported. Did they give their consent to be invited (for example on the form the list comes from)? Record it now; without it they cannot be selected.</source>
        <translation>Personnes importées&#xa0;: {count}. Ont-elles consenti à être invitées (par exemple sur le formulaire d&apos;où vient la liste)&#x202f;? Enregistrez-le maintenant&#x202f;; sans cela, elles ne peuvent pas être sélectionnées.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../desktop/services/candidates.py" line="+90"/>
        <source>Origin-country citizenship only</source>
        <translation>Citoyenneté du pays d&apos;origine uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination-country citizenship only</source>
        <translation>Citoyenneté du pays de destination uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship (origin and destination)</source>
        <translation>Double citoyenneté (origine et destination)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First generation (born in the origin country)</source>
        <translation>Première génération (née dans le pays d&apos;origine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second generation</source>
        <translation>Deuxième génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third generation or later</source>
        <translation>Troisième génération ou suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>École primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>Enseignement secondaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Licence</translation>
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
        <translation>Agriculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and retail</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotels and restaurants</source>
        <translation>Hôtellerie et restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and domestic work</source>
        <translation>Soins et travail domestique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and insurance</source>
        <translation>Finance et assurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts and culture</source>
        <translation>Arts et culture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and science</source>
        <translation>Recherche et sciences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Étudiant(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retraité(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not working</source>
        <translation>Sans emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+37"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>C&apos;est trop long&#xa0;: {max} caractères au maximum.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Candidates must be at least {age} years old; check the year.</source>
        <translation>Les candidats doivent avoir au moins {age} ans&#x202f;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the year: this person would be over 110.</source>
        <translation>Vérifiez l&apos;année&#xa0;: cette personne aurait plus de 110 ans.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender: {text}.</source>
        <translation>Genre inconnu&#xa0;: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown citizenship: {text}. Use origin, destination or dual.</source>
        <translation>Citoyenneté inconnue&#xa0;: {text}. Utilisez origin, destination ou dual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown generation: {text}. Use first, second or third_plus.</source>
        <translation>Génération inconnue&#xa0;: {text}. Utilisez first, second ou third_plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown education level: {text}.</source>
        <translation>Niveau d&apos;études inconnu&#xa0;: {text}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No association called {text} is registered; register it first or leave this empty.</source>
        <translation>Aucune association nommée {text} n&apos;est enregistrée&#x202f;; enregistrez-la d&apos;abord ou laissez ce champ vide.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person is no longer in the database.</source>
        <translation>Cette personne n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This person&apos;s data was erased and cannot be edited.</source>
        <translation>Les données de cette personne ont été effacées et ne peuvent pas être modifiées.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+258"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation>Membres de la diaspora volontaires pour être invités aux consultations. Seules les personnes ayant un consentement valide peuvent être sélectionnées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation>Filtrer par nom, courriel, téléphone, pays, association, thème…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation>Filtrer les candidats</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+172"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation>Consentement valide (peut être sélectionné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation>Pas de consentement valide</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+26"/>
        <location line="+149"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Double</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st</source>
        <translation>1re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3e et +</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate</source>
        <translation>Enregistrer un nouveau candidat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected candidate</source>
        <translation>Ouvrir le candidat sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected candidates to the trash</source>
        <translation>Placer les candidats sélectionnés dans la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted candidates: restore them</source>
        <translation>Candidats supprimés : les restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer &amp;un consentement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the same consent for the selected people</source>
        <translation>Enregistrer le même consentement pour les personnes sélectionnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport personal data…</source>
        <translation>Exporter &amp;les données personnelles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation>Tout ce qui est conservé sur la personne sélectionnée, en PDF et JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation>Effacer les données personnelles de la personne sélectionnée (les statistiques restent)</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln candidate(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln candidat mis à la corbeille.</numerusform>
            <numerusform>%Ln candidats mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted candidates</source>
        <translation>Candidats supprimés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} candidates</source>
        <translation>Candidats&#xa0;: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} candidats sur {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent recorded for {count} people.</source>
        <translation>Consentement enregistré pour {count} personnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation>Personnes effacées ou supprimées ignorées&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one person to erase.</source>
        <translation>Sélectionnez une personne à effacer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="+69"/>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is no longer open.</source>
        <translation>Ce conflit n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve conflict: {kind} “{title}”</source>
        <translation>Résoudre le conflit&#xa0;: {kind} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed on this computer and, in another office, on the server, before the two changes could meet (noticed {when}). For each field, choose the version to keep. Until you decide, both versions are kept; fields changed on only one side are merged on their own.</source>
        <translation>Cette fiche a été modifiée sur cet ordinateur et, dans un autre bureau, sur le serveur, avant que les deux modifications ne se rejoignent (constaté le {when}). Pour chaque champ, choisissez la version à garder. Tant que vous n&apos;avez pas décidé, les deux versions sont conservées&#x202f;; les champs modifiés d&apos;un seul côté sont fusionnés automatiquement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (this computer)</source>
        <translation>Les miennes (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (server)</source>
        <translation>Celles du serveur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: keep mine</source>
        <translation>{field}&#xa0;: garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: take theirs</source>
        <translation>{field}&#xa0;: prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep all &amp;mine</source>
        <translation>&amp;Garder toutes mes valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>&amp;Prendre toutes celles du serveur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use these choices</source>
        <translation>&amp;Utiliser ces choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values; they are sent at the next sync (Enter)</source>
        <translation>Garder les valeurs choisies&#x202f;; elles seront envoyées à la prochaine synchronisation (Entrée)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please choose a version for every field.</source>
        <translation>Veuillez choisir une version pour chaque champ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your choice is kept and will be sent at the next sync.</source>
        <translation>Votre choix est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record has no sync conflict.</source>
        <translation>La fiche sélectionnée n&apos;a pas de conflit de synchronisation.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve sync &amp;conflict…</source>
        <translation>&amp;Résoudre le conflit de synchronisation…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../desktop/services/consent.py" line="+50"/>
        <source>I agree that the diaspora-relations bureau keeps my name, contact details and the profile I gave (country of residence, citizenship, generation, education, occupation, languages, association) in order to invite me to consultation meetings. I know that participants are chosen by a public random draw, that I can see everything held about me, and that I can withdraw this consent at any time, after which I will not be invited again.</source>
        <translation>J&apos;accepte que le bureau des relations avec la diaspora conserve mon nom, mes coordonnées et le profil que j&apos;ai fourni (pays de résidence, citoyenneté, génération, niveau d&apos;études, secteur d&apos;activité, langues, association) afin de m&apos;inviter à des réunions de consultation. Je sais que les participants sont choisis par un tirage au sort public, que je peux consulter tout ce qui est conservé à mon sujet et que je peux retirer ce consentement à tout moment, après quoi je ne serai plus invité(e).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I agree to receive information from the diaspora-relations bureau about programmes, events and services for the diaspora. I can withdraw this consent at any time.</source>
        <translation>J&apos;accepte de recevoir du bureau des relations avec la diaspora des informations sur les programmes, événements et services destinés à la diaspora. Je peux retirer ce consentement à tout moment.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown consent purpose: {purpose}</source>
        <translation>Finalité de consentement inconnue&#xa0;: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation to consultations</source>
        <translation>Invitation aux consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information about programmes</source>
        <translation>Information sur les programmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Par courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported list</source>
        <translation>Liste importée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Aucun consentement</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This person is not in the database.</source>
        <translation>Cette personne n&apos;est pas dans la base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>Les données de cette personne ont été effacées&#x202f;; enregistrez-la de nouveau comme nouvelle personne.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose how the consent was given.</source>
        <translation>Choisissez comment le consentement a été donné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>La date du consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>Le consentement doit expirer après le jour où il a été donné.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This consent record no longer exists.</source>
        <translation>Cet enregistrement de consentement n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-124"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation>Manière dont il a été donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation>&amp;Donné le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Manière&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation>&amp;Recueilli par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Expire le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>Texte présenté&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version}: {text}</source>
        <translation>Version {version}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-399"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How</source>
        <translation>Manière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ConsentWay</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+59"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person, witnessed</source>
        <translation>En personne, devant témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre</translation>
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
        <translation>Pourquoi cette étape n&apos;est pas possible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save details</source>
        <translation>&amp;Enregistrer les détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Enregistrer les détails (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Pool</source>
        <translation>&amp;2 Vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Criteria</source>
        <translation>&amp;3 Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Selection</source>
        <translation>&amp;4 Sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5 Invitations</source>
        <translation>&amp;5 Invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6 Follow-up</source>
        <translation>&amp;6 Suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a consultation in the list, or create one with New consultation (Ctrl+N).</source>
        <translation>Choisissez une consultation dans la liste ou créez-en une avec Nouvelle consultation (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>date not set</source>
        <translation>date non fixée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {when} · {seats} seats · Status: {status}</source>
        <translation>{kind} · {when} · places&#xa0;: {seats} · Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Details saved.</source>
        <translation>Détails enregistrés.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+131"/>
        <source>Close the consultation</source>
        <translation>Clôturer la consultation</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Back to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pool</source>
        <translation>Ouvrir le vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as followed up</source>
        <translation>Marquer comme suivie</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Close this consultation? Nothing can be changed afterwards.</source>
        <translation>Clôturer cette consultation&#x202f;? Plus rien ne pourra être modifié ensuite.</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation>p. ex. Investir au pays&#xa0;: quelles garanties&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation>National (toutes les régions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation>Adresse du lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation>https://… (pour les réunions en ligne)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>Titr&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation>Réserves &amp;souhaitées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>L&amp;angue des lettres&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Re&amp;marques&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation>Nombre de participants. Figé une fois les participants tirés au sort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation>Les lettres d&apos;invitation et le rapport «&#xa0;Vous avez dit, nous avons fait&#xa0;» sont rédigés dans cette langue.</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../desktop/services/consultations.py" line="+95"/>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening exercise</source>
        <translation>Séance d&apos;écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile counselling</source>
        <translation>Permanence mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online meeting</source>
        <translation>Réunion en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool open</source>
        <translation>Vivier ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants selected</source>
        <translation>Participants sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the pool</source>
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Sélectionné(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmé(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Absent(e)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This consultation is no longer in the database.</source>
        <translation>Cette consultation n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the consultation a title.</source>
        <translation>Donnez un titre à la consultation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title can have at most 300 characters.</source>
        <translation>Le titre peut compter au plus 300 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the kind of consultation.</source>
        <translation>Choisissez le type de consultation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters can be written in English, French, Spanish, Romanian, Russian or Arabic.</source>
        <translation>Les lettres peuvent être rédigées en anglais, français, espagnol, roumain, russe ou arabe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>C&apos;est trop long&#xa0;: {max} caractères au maximum.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A consultation needs at least one seat.</source>
        <translation>Une consultation doit compter au moins une place.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An online meeting needs the link to join it.</source>
        <translation>Une réunion en ligne nécessite le lien pour la rejoindre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seats cannot change after the participants were drawn.</source>
        <translation>Le nombre de places ne peut plus changer une fois les participants tirés au sort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region cannot change after the participants were drawn.</source>
        <translation>La région ne peut plus changer une fois les participants tirés au sort.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a consultation whose participants were not drawn yet can be deleted; close it instead.</source>
        <translation>Seule une consultation dont les participants n&apos;ont pas encore été tirés au sort peut être supprimée&#x202f;; clôturez-la plutôt.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+471"/>
        <source>Unknown status: {status}.</source>
        <translation>Statut inconnu&#xa0;: {status}.</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>A consultation cannot go from “{old}” to “{new}”.</source>
        <translation>Une consultation ne peut pas passer de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the number of seats first.</source>
        <translation>Indiquez d&apos;abord le nombre de places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants are selected by running the draw (Selection), never by hand.</source>
        <translation>Les participants sont sélectionnés par le tirage au sort (Sélection), jamais à la main.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark at least one selected person as invited first.</source>
        <translation>Marquez d&apos;abord au moins une personne sélectionnée comme invitée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record at least one commitment (what was said and what will be done) first.</source>
        <translation>Enregistrez d&apos;abord au moins un engagement (ce qui a été dit et ce qui sera fait).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This consultation cannot be closed while {count} commitment(s) are still open: {names}</source>
        <translation>Cette consultation ne peut pas être clôturée tant que des engagements restent ouverts ({count})&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more.</source>
        <translation>et {count} autre(s).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} added to the pool.</source>
        <translation>Ajoutés au vivier&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} were already in it.</source>
        <translation>Déjà présents&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out: no valid consent to be invited, or their data was erased.</source>
        <translation>Écartés&#xa0;: {count} (pas de consentement valide à être invité, ou données effacées).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ids are not in the database.</source>
        <translation>Identifiants absents de la base de données&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pool is fixed once participants are drawn; it can no longer change.</source>
        <translation>Le vivier est figé une fois les participants tirés au sort&#x202f;; il ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not a text file.</source>
        <translation>Le fichier n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate ids were found in the file.</source>
        <translation>Aucun identifiant de candidat n&apos;a été trouvé dans le fichier.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This participant is no longer in the consultation.</source>
        <translation>Ce participant ne fait plus partie de la consultation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A participant cannot go from “{old}” to “{new}”.</source>
        <translation>Un participant ne peut pas passer de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance is recorded after the consultation is marked as held.</source>
        <translation>La présence est enregistrée une fois la consultation marquée comme tenue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations are handled between the draw and the consultation.</source>
        <translation>Les invitations se gèrent entre le tirage au sort et la consultation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>This consultation is closed.</source>
        <translation>Cette consultation est clôturée.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>All {seats} seats are taken (a reserve may already have taken this place). Someone must decline before another person can be seated.</source>
        <translation>Les {seats} places sont toutes prises (un suppléant a peut-être déjà pris cette place). Quelqu&apos;un doit se désister avant qu&apos;une autre personne puisse prendre place.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person is not a reserve.</source>
        <translation>Cette personne n&apos;est pas en réserve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the consultation.</source>
        <translation>Cette personne ne fait pas partie de la consultation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+39"/>
        <source>Write down what was committed to.</source>
        <translation>Notez ce qui a été promis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This commitment is no longer in the database.</source>
        <translation>Cet engagement n&apos;est plus dans la base de données.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../desktop/views/consultations.py" line="+50"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Meetings with the diaspora. Participants are drawn by a fair, public lottery from a pool of volunteers, within quotas that keep the panel representative.</source>
        <translation>Réunions avec la diaspora. Les participants sont tirés au sort de manière équitable et publique dans un vivier de volontaires, selon des quotas qui garantissent la représentativité du panel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Nouvelle consultation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a new consultation (Ctrl+N)</source>
        <translation>Planifier une nouvelle consultation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a consultation whose participants were not drawn yet (Del)</source>
        <translation>Supprimer une consultation dont les participants n&apos;ont pas encore été tirés au sort (Suppr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter consultations</source>
        <translation>Filtrer les consultations</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Delete consultation</source>
        <translation>Supprimer la consultation</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this consultation and its pool? You can undo right after (Ctrl+Z).</source>
        <translation>Supprimer cette consultation et son vivier&#x202f;? Vous pourrez annuler juste après (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consultation deleted. Press Ctrl+Z to undo.</source>
        <translation>Consultation supprimée. Appuyez sur Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+101"/>
        <source>Type to search countries</source>
        <translation>Tapez pour chercher un pays</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+50"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenting people</source>
        <translation>Personnes consentantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part</source>
        <translation>Ont participé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats held</source>
        <translation>Places occupées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard from (%)</source>
        <translation>Entendus (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
</context>
<context>
    <name>CoverageControls</name>
    <message>
        <location filename="../desktop/views/criteria_coverage.py" line="+34"/>
        <source>Propose quotas from &amp;coverage</source>
        <translation>Proposer des quotas selon la &amp;participation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give more seats to the groups heard less than their share of the pool in the months chosen here</source>
        <translation>Donner plus de places aux groupes moins entendus que leur part du vivier pendant les mois choisis ici</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Months of coverage looked at</source>
        <translation>Mois de participation examinés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out people seated in the &amp;last</source>
        <translation>Écarter les personnes ayant siégé ces &amp;derniers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who held a seat at another consultation in these months are taken out of the pool before the draw; the audit report lists them</source>
        <translation>Les personnes qui ont siégé à une autre consultation pendant ces mois sont retirées du vivier avant le tirage ; le rapport d&apos;audit les énumère</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months a seat keeps someone out</source>
        <translation>Mois pendant lesquels une place écarte une personne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} left out: seated since {date}</source>
        <translation>{count} écartées&#xa0;: ont siégé depuis le {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from {seats} seats held in the last {months} months.</source>
        <translation>Proposé d&apos;après {seats} places occupées ces {months} derniers mois.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+16"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Qui n&apos;avons-nous pas entendu&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who took part in consultations, against everyone who agreed to be consulted and every registered association. Groups in red were never heard in the period; the lists on the right show who is consulted again and again.</source>
        <translation>Les personnes qui ont participé aux consultations, comparées à toutes celles qui ont accepté d&apos;être consultées et à toutes les associations enregistrées. Les groupes en rouge n&apos;ont jamais été entendus pendant la période ; les listes de droite montrent qui est consulté encore et encore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last</source>
        <translation>&amp;Derniers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months looked back</source>
        <translation>Mois examinés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group people by</source>
        <translation>Regrouper les personnes par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups and how often they were heard</source>
        <translation>Groupes et fréquence à laquelle ils ont été entendus</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>People seated at two or more consultations</source>
        <translation>Personnes ayant siégé à deux consultations ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Associations whose members held the most seats</source>
        <translation>Associations dont les membres ont occupé le plus de places</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} of {total} associations never heard</source>
        <translation>{count} associations sur {total} jamais entendues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} groups with consenting people never heard</source>
        <translation>{count} groupes de personnes consentantes jamais entendus</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../desktop/services/consultation_criteria.py" line="+53"/>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective (engagement area)</source>
        <translation>Objectif (domaine d&apos;engagement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration generation</source>
        <translation>Génération migratoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin-country citizenship</source>
        <translation>Citoyenneté du pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination-country citizenship</source>
        <translation>Citoyenneté du pays de destination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship (origin, destination or dual)</source>
        <translation>Citoyenneté (origine, destination ou double)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First language listed</source>
        <translation>Première langue indiquée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 29</source>
        <translation>18 à 29 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 to 44</source>
        <translation>30 à 44 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45 to 59</source>
        <translation>45 à 59 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holds it</source>
        <translation>L&apos;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not hold it</source>
        <translation>Ne l&apos;a pas</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{name}: the minimum {min} is above the maximum {max}.</source>
        <translation>{name}&#xa0;: le minimum {min} dépasse le maximum {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the minimum {min} is more than the {count} people in the pool.</source>
        <translation>{name}&#xa0;: le minimum {min} dépasse le nombre de personnes dans le vivier ({count}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation needs at least one seat.</source>
        <translation>La consultation doit compter au moins une place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool has {count} people for {seats} seats.</source>
        <translation>Le vivier compte {count} personnes pour {seats} places.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="+137"/>
        <source>Feature</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of the pool</source>
        <translation>Part du vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest seats people with this value must get</source>
        <translation>Nombre minimal de places que doivent obtenir les personnes ayant cette valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most seats people with this value may get</source>
        <translation>Nombre maximal de places que peuvent obtenir les personnes ayant cette valeur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share</source>
        <translation>Part</translation>
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
        <translation>Saisissez un nombre de places&#x202f;; Entrée pour confirmer, Échap pour annuler.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Can the quotas all hold?</source>
        <translation>Les quotas peuvent-ils tous être respectés&#x202f;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the quotas cannot all hold</source>
        <translation>Pourquoi les quotas ne peuvent pas tous être respectés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Features</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with quotas</source>
        <translation>Critères avec quotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotas (seats per value)</source>
        <translation>&amp;Quotas (places par valeur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill &amp;proportionally to the pool</source>
        <translation>&amp;Remplir proportionnellement au vivier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value gets its share of the seats, as in the pool</source>
        <translation>Chaque valeur reçoit sa part des places, comme dans le vivier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from population &amp;shares…</source>
        <translation>Remplir &amp;d&apos;après les parts de la population…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the seats as the diaspora is spread (e.g. by destination country)</source>
        <translation>Répartir les places selon la répartition de la diaspora (p. ex. par pays de destination)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender balance</source>
        <translation>&amp;Parité femmes-hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the seats for women, half for men</source>
        <translation>La moitié des places pour les femmes, la moitié pour les hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leeway ±</source>
        <translation>&amp;Marge ±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leeway in seats</source>
        <translation>Marge en places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen each filled quota by this many seats on both sides, which makes the quotas easier to satisfy</source>
        <translation>Élargir chaque quota rempli de ce nombre de places de part et d&apos;autre, ce qui rend les quotas plus faciles à respecter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At &amp;most</source>
        <translation>&amp;Au plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most people from one association</source>
        <translation>Nombre maximal de personnes d&apos;une même association</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people from one association</source>
        <translation>personnes d&apos;une même association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people from one household (same address or phone)</source>
        <translation>personnes d’un même foyer (même adresse ou téléphone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the cap counts</source>
        <translation>Ce que compte le plafond</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{pool} people can be drawn for {seats} seats.</source>
        <translation>Personnes pouvant être tirées au sort&#xa0;: {pool}, pour {seats} places.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({count} left out: consent no longer valid)</source>
        <translation>(écartées&#xa0;: {count}, consentement plus valide)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria are fixed: the participants were drawn with them.</source>
        <translation>Les critères sont figés&#xa0;: les participants ont été tirés au sort avec eux.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published criteria</source>
        <translation>Critères publiés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Criteria saved.</source>
        <translation>Critères enregistrés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No quotas: everyone has the same chance.</source>
        <translation>Aucun quota&#xa0;: tout le monde a la même chance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not decided in time (a large pool); the selection will say if the quotas cannot hold.</source>
        <translation>Pas de réponse à temps (vivier important)&#x202f;; la sélection indiquera si les quotas ne peuvent pas être respectés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Feasible: the quotas can all hold</source>
        <translation>● Réalisable&#xa0;: tous les quotas peuvent être respectés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Not feasible: the quotas cannot all hold</source>
        <translation>● Irréalisable&#xa0;: les quotas ne peuvent pas tous être respectés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a consultation</source>
        <translation>Choisissez une consultation</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+48"/>
        <source>Show in Associations</source>
        <translation>Afficher dans Associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Focal points</source>
        <translation>Afficher dans Points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Regions</source>
        <translation>Afficher dans Régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Candidates</source>
        <translation>Afficher dans Candidats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Consultations</source>
        <translation>Afficher dans Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the promise ledger</source>
        <translation>Afficher dans le registre des engagements</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>Bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+78"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="-6"/>
        <location filename="../desktop/views/home.py" line="+74"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+310"/>
        <source>{value} %</source>
        <translation>{value}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="+57"/>
        <location line="+45"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La liste est vide&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %Ln record(s)</source>
        <translation>
            <numerusform>Exporter %Ln fiche</numerusform>
            <numerusform>Exporter %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} records exported to {file}</source>
        <translation>Fiches exportées dans {file}&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export: {error}</source>
        <translation>Impossible d&apos;exporter&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone on {date}</source>
        <translation>Annulée le {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since; cannot be undone</source>
        <translation>Modifiée depuis&#x202f;; ne peut plus être annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be undone</source>
        <translation>Peut être annulée</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent i&amp;mports…</source>
        <translation>I&amp;mportations récentes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Rechercher les doublons…</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+794"/>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name, words in another order</source>
        <translation>même nom, mots dans un autre ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>nom semblable à {percent} % après translittération</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same registration number</source>
        <translation>même numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same acronym and country</source>
        <translation>même sigle et même pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city and country</source>
        <translation>même ville et même pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city: {first} / {second}</source>
        <translation>même ville&#xa0;: {first} / {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same contact person</source>
        <translation>même personne de contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same region</source>
        <translation>même région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same institution</source>
        <translation>même institution</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Looking for duplicates</source>
        <translation>Recherche de doublons</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_dedupe.py" line="+67"/>
        <source>different names</source>
        <translation>noms différents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth year ({year})</source>
        <translation>même année de naissance ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth years one apart ({first} / {second})</source>
        <translation>années de naissance à un an d’écart ({first} / {second})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>born in different years ({first} / {second})</source>
        <translation>nés des années différentes ({first} / {second})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same country of residence</source>
        <translation>même pays de résidence</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+284"/>
        <source>Public digest: you said, we did</source>
        <translation>Synthèse publique&#xa0;: vous avez dit, nous avons fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the commitments of the consultations held in the period, with what was done. Commitments are printed as typed.</source>
        <translation>Énumère les engagements des consultations tenues pendant la période, avec ce qui a été fait. Les engagements sont imprimés tels que saisis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file when it is written</source>
        <translation>Ouvrir le fichier une fois écrit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the digest</source>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path} ({count} commitments)</source>
        <translation>{path} enregistré ({count} engagements)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the digest…</source>
        <translation>Écriture de la synthèse…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region directory</source>
        <translation>Annuaire de la région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation>Les points d&apos;information d&apos;une région&#xa0;: points focaux actifs à la date choisie, inscrits pour les dépliants et ayant consenti à la publication de leurs coordonnées. Les dépliants impriment exactement cette liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation>À &amp;la date du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation>Points d&apos;information</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory summary</source>
        <translation>Résumé de l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation>Il n&apos;y a pas encore de régions.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln information point(s) on the flyers of this region.</source>
        <translation>
            <numerusform>%Ln point d&apos;information sur les dépliants de cette région.</numerusform>
            <numerusform>%Ln points d&apos;information sur les dépliants de cette région.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation>Points focaux actifs absents faute de consentement à la publication enregistré&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation>Points focaux actifs ayant donné leur consentement mais non inscrits pour les dépliants&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+26"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records listed: {count}.</source>
        <translation>Fiches affichées&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} are listed.</source>
        <translation>Seuls les {count} premiers sont affichés.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+69"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation>Tapez un nom, un courriel ou un téléphone pour vérifier si des fiches existent déjà.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not check for duplicates: {error}</source>
        <translation>Impossible de rechercher les doublons&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No similar records found.</source>
        <translation>Aucune fiche semblable trouvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation>Ces fiches existantes se ressemblent. Ouvrez-en une pour la vérifier avant d&apos;enregistrer une nouvelle fiche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These records look like this one. Merge them if they are the same, or mark them as different.</source>
        <translation>Ces fiches ressemblent à celle-ci. Fusionnez-les s&apos;il s&apos;agit de la même, ou indiquez qu&apos;elles sont différentes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{score} % alike</source>
        <translation>Similaires à {score} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation>Retenir que ces fiches sont différentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: {name}</source>
        <translation>Doublon possible&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../desktop/views/duplicates_dialog.py" line="+37"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for duplicates…</source>
        <translation>Recherche de doublons…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Likely duplicate pairs</source>
        <translation>Paires de doublons probables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records, picking each field (Enter)</source>
        <translation>Fusionner les deux fiches en choisissant chaque champ (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember that these are two different records, so they are not proposed again</source>
        <translation>Retenir que ce sont deux fiches différentes, pour qu&apos;elles ne soient plus proposées</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Impossible de rechercher les doublons&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} likely duplicate pairs. Check each one: merge it, or mark it as not a duplicate.</source>
        <translation>Paires de doublons probables&#xa0;: {count}. Vérifiez chacune&#xa0;: fusionnez-la ou indiquez qu&apos;il ne s&apos;agit pas d&apos;un doublon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No likely duplicates found.</source>
        <translation>Aucun doublon probable trouvé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{first}” and “{second}” will no longer be proposed as duplicates.</source>
        <translation>«&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» ne seront plus proposés comme doublons.</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../desktop/services/importing/encodings.py" line="+69"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>Europe occidentale</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Central European, Romanian</source>
        <translation>Europe centrale, roumain</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Central European</source>
        <translation>Europe centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
</context>
<context>
    <name>EngagementArea</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="-59"/>
        <source>Remittances</source>
        <translation>Transferts de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of skills</source>
        <translation>Transfert de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Tourisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural diversity</source>
        <translation>Diversité culturelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philanthropy</source>
        <translation>Philanthropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrepreneurship</source>
        <translation>Entrepreneuriat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of ideas</source>
        <translation>Transfert d&apos;idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarianism</source>
        <translation>Action humanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peacebuilding</source>
        <translation>Consolidation de la paix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental initiatives</source>
        <translation>Initiatives environnementales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora diplomacy</source>
        <translation>Diplomatie de la diaspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth empowerment</source>
        <translation>Autonomisation des jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis relief</source>
        <translation>Secours en cas de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic engagement</source>
        <translation>Engagement civique</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+86"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>Effacer les données personnelles de {name}&#x202f;?

Son nom, ses coordonnées, son année de naissance, ses compétences, ses langues, ses thèmes, son association et les remarques sont définitivement supprimés, et ses consentements sont retirés. Le genre, le pays de résidence, la génération, la citoyenneté, le niveau d&apos;études, le secteur d&apos;activité et la région d&apos;origine sont conservés, pour que les statistiques et les sélections passées restent cohérentes.

Cette opération est irréversible. Exportez d&apos;abord ses données si la personne en a demandé une copie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../desktop/views/errors.py" line="+62"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong, but your data is safe and you can keep working.</source>
        <translation>Un problème est survenu, mais vos données sont en sécurité et vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{summary}

Details were written to:
{log}</source>
        <translation>{summary}

Les détails ont été enregistrés dans&#xa0;:
{log}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/importing/export.py" line="+116"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Choisissez un nom de fichier se terminant par .csv ou .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+95"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file (any usual encoding, separated by ; , or tabs) or an Excel workbook (.xlsx) whose first row names the columns.</source>
        <translation>Un fichier CSV (tout encodage courant, séparé par&#x202f;; , ou des tabulations) ou un classeur Excel (.xlsx) dont la première ligne nomme les colonnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a path or choose a file</source>
        <translation>Tapez un chemin ou choisissez un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Tableaux ({patterns});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+65"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bienvenue dans Diaspora Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a &amp;new database</source>
        <translation>Créer une &amp;nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an existing server</source>
        <translation>&amp;Rejoindre un serveur existant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>Indiquez le pays que sert votre bureau et qui utilise ce poste. Les régions du pays sont ajoutées pour vous&#x202f;; vous pourrez en ajouter, les renommer ou les désactiver plus tard dans Régions.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your office, country and regions come from your account on the server, and your office&apos;s data is downloaded now. Ask your administrator for the server address and your user name.</source>
        <translation>Votre bureau, le pays et ses régions viennent de votre compte sur le serveur, et les données de votre bureau sont téléchargées maintenant. Demandez à votre administrateur l&apos;adresse du serveur et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>Adr&amp;esse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining {server}</source>
        <translation>Connexion à {server}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. Nothing is lost: what was downloaded is kept, and the next sync goes on from there.</source>
        <translation>Arrêté. Rien n&apos;est perdu&#xa0;: ce qui a été téléchargé est conservé, et la prochaine synchronisation reprend à partir de là.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../desktop/views/home.py" line="-277"/>
        <source>Nothing to show yet: start here</source>
        <translation>Rien à afficher pour l&apos;instant&#xa0;: commencez ici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Import or add diaspora associations</source>
        <translation>1. Importer ou ajouter des associations de la diaspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in your spreadsheet of associations (Associations → Import…) or add them one by one.</source>
        <translation>Importez votre tableur d&apos;associations (Associations → Importer…) ou ajoutez-les une à une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add focal points</source>
        <translation>2. Ajouter des points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who act as information points in each region; those who agree are printed on flyers.</source>
        <translation>Les personnes qui servent de points d&apos;information dans chaque région&#xa0;; celles qui l&apos;acceptent figurent sur les dépliants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Register people who agree to be consulted</source>
        <translation>3. Inscrire les personnes qui acceptent d&apos;être consultées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each person&apos;s consent; only they can be drawn for a consultation.</source>
        <translation>Enregistrez le consentement de chaque personne&#xa0;; seules ces personnes peuvent être tirées au sort pour une consultation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Plan a consultation</source>
        <translation>4. Préparer une consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set its quotas, draw a fair panel and record what was promised.</source>
        <translation>Fixez ses quotas, tirez au sort un panel équitable et notez ce qui a été promis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Print a flyer</source>
        <translation>5. Imprimer un dépliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the diaspora where to find their focal point.</source>
        <translation>Indiquez à la diaspora où trouver son point focal.</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <location filename="../desktop/views/flyers_editor.py" line="+255"/>
        <source>The theme&apos;s colour</source>
        <translation>La couleur du thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+532"/>
        <source>Flyer</source>
        <translation>Dépliant</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+347"/>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Made from region, language and format</source>
        <translation>Composé à partir de la région, de la langue et du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer name</source>
        <translation>Nom du dépliant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National (no region)</source>
        <translation>National (sans région)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer language</source>
        <translation>Langue du dépliant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headline:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short sentences read best. Printed as typed.</source>
        <translation>Les phrases courtes se lisent mieux. Imprimé tel que saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body text:</source>
        <translation>&amp;Texte principal&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body text</source>
        <translation>Texte principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call to action:</source>
        <translation>&amp;Appel à l&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Appel à l&apos;action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s address; the QR code opens it.</source>
        <translation>L&apos;adresse de la plateforme&#x202f;; le QR code l&apos;ouvre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default texts of this language</source>
        <translation>&amp;Utiliser les textes par défaut de cette langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace headline, body and call to action with the standard texts in the flyer&apos;s language</source>
        <translation>Remplacer le titre, le texte principal et l&apos;appel à l&apos;action par les textes standard dans la langue du dépliant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture or logo:</source>
        <translation>Image ou logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture or logo</source>
        <translation>Image ou logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour &amp;theme:</source>
        <translation>Thème &amp;de couleurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main colour…</source>
        <translation>Couleur principale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour…</source>
        <translation>Couleur d&apos;accent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the custom colours and use the theme&apos;s</source>
        <translation>Oublier les couleurs personnalisées et utiliser celles du thème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colours:</source>
        <translation>Couleurs personnalisées&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own colours</source>
        <translation>Couleurs personnalisées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a print shop</source>
        <translation>Pour un imprimeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 mm &amp;bleed (backgrounds run past the cut)</source>
        <translation>Fond &amp;perdu de 3 mm (les fonds débordent de la coupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cr&amp;op marks</source>
        <translation>Trait&amp;s de coupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;MYK colours</source>
        <translation>&amp;Couleurs CMJN</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview of the printed flyer</source>
        <translation>Aperçu du dépliant imprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight results</source>
        <translation>Résultats du contrôle avant impression</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the flyer as a PDF file (Ctrl+E)</source>
        <translation>Écrire le dépliant dans un fichier PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>Imprimer sur une imprimante de cet ordinateur (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flyer (Ctrl+S)</source>
        <translation>Enregistrer le dépliant (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor (Esc)</source>
        <translation>Fermer l&apos;éditeur (Échap)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A national flyer lists no focal points.</source>
        <translation>Un dépliant national ne mentionne aucun point focal.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln focal point(s) of this region will be printed: those active, listed on flyers and with recorded consent.</source>
        <translation>
            <numerusform>%Ln point focal de cette région sera imprimé : ceux qui sont actifs, inscrits sur les dépliants et dont le consentement est enregistré.</numerusform>
            <numerusform>%Ln points focaux de cette région seront imprimés : ceux qui sont actifs, inscrits sur les dépliants et dont le consentement est enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No focal point of this region can be printed yet (they need to be active, listed on flyers and have recorded consent).</source>
        <translation>Aucun point focal de cette région ne peut encore être imprimé (il doit être actif, inscrit pour les dépliants et avoir un consentement enregistré).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New flyer</source>
        <translation>Nouveau dépliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer – {name}</source>
        <translation>Dépliant – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>Impossible de dessiner l&apos;aperçu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview up to date.</source>
        <translation>Aperçu à jour.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preflight: no problems found.</source>
        <translation>Contrôle avant impression&#xa0;: aucun problème.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flyer not ready</source>
        <translation>Dépliant pas prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flyer could not be drawn: {error}</source>
        <translation>Impossible de dessiner le dépliant&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture or logo</source>
        <translation>Choisir une image ou un logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flyer saved.</source>
        <translation>Dépliant enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preflight found problems</source>
        <translation>Le contrôle avant impression a trouvé des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

{action} anyway?</source>
        <translation>{problems}

{action} quand même&#x202f;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyer exported to {path}.</source>
        <translation>Dépliant exporté dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print flyer</source>
        <translation>Imprimer le dépliant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this flyer before closing?</source>
        <translation>Enregistrer les modifications de ce dépliant avant de fermer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>FlyerLanguages</name>
    <message>
        <location filename="../desktop/services/flyers/labels.py" line="+36"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
</context>
<context>
    <name>FlyerTemplates</name>
    <message>
        <location filename="../desktop/services/flyers/templates.py" line="+60"/>
        <source>A5 leaflet</source>
        <translation>Dépliant A5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 flyer</source>
        <translation>Prospectus A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter flyer</source>
        <translation>Prospectus US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3 poster</source>
        <translation>Affiche A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll-up banner 85 × 200 cm</source>
        <translation>Kakémono 85 × 200 cm</translation>
    </message>
</context>
<context>
    <name>FlyerThemes</name>
    <message>
        <location filename="../desktop/services/flyers/themes.py" line="+34"/>
        <source>Blue and gold</source>
        <translation>Bleu et or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and sun</source>
        <translation>Vert et soleil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burgundy and sand</source>
        <translation>Bordeaux et sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal and coral</source>
        <translation>Bleu canard et corail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plum and amber</source>
        <translation>Prune et ambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal and mint</source>
        <translation>Anthracite et menthe</translation>
    </message>
</context>
<context>
    <name>Flyers</name>
    <message>
        <location filename="../desktop/services/flyers/images.py" line="+41"/>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>L&apos;image est trop grande ({w} × {h} pixels).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an image that can be printed (use PNG or JPEG).</source>
        <translation>Ce fichier n&apos;est pas une image imprimable (utilisez PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/batch.py" line="+90"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>Région(s) inconnue(s)&#xa0;: {codes}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/preflight.py" line="+55"/>
        <source>region line</source>
        <translation>ligne de la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body text</source>
        <translation>texte principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call to action</source>
        <translation>appel à l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points heading</source>
        <translation>titre des points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points</source>
        <translation>points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points note</source>
        <translation>note sur les points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR caption</source>
        <translation>Légende du QR code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help office line</source>
        <translation>ligne du bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{language} flyer, {block}: no font can print {chars}; they would come out as &quot;?&quot;. Remove or replace them.</source>
        <translation>Dépliant en {language}, {block}&#xa0;: aucune police ne peut imprimer {chars}&#x202f;; ces caractères sortiraient en «&#x202f;?&#xa0;». Supprimez-les ou remplacez-les.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {block} does not fit even at {size} pt: {lines} line(s) are left out (the printed text ends with &quot;…&quot;). Shorten it or choose a larger format.</source>
        <translation>Le bloc «&#xa0;{block}&#xa0;» ne tient pas, même en {size} pt&#xa0;: lignes omises&#xa0;: {lines} (le texte imprimé se termine par «&#xa0;…&#xa0;»). Raccourcissez-le ou choisissez un format plus grand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{missing} of {total} focal points do not fit on this format and are left out. Choose a larger format.</source>
        <translation>{missing} points focaux sur {total} ne tiennent pas dans ce format et sont omis. Choisissez un format plus grand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The QR code&apos;s squares are {size} mm wide; below {minimum} mm phones may not read it once printed. Use a shorter web address or a larger format.</source>
        <translation>Les carrés du QR code mesurent {size} mm&#x202f;; en dessous de {minimum} mm, les téléphones risquent de ne pas le lire une fois imprimé. Utilisez une adresse web plus courte ou un format plus grand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The QR code is {size} mm wide; people scan this format from about {distance} cm, which needs at least {needed} mm.</source>
        <translation>Le QR code mesure {size} mm de large&#x202f;; ce format se scanne à environ {distance} cm, ce qui demande au moins {needed} mm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code has only {modules} modules of white margin around it; scanners need {needed}.</source>
        <translation>Le QR code n&apos;a que {modules} modules de marge blanche autour de lui&#x202f;; les lecteurs en ont besoin de {needed}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below {minimum} dpi it looks blurred. Use a larger image.</source>
        <translation>L&apos;image s&apos;imprime à {dpi} ppp ({w} × {h} pixels sur {mw} × {mh} mm)&#x202f;; en dessous de {minimum} ppp, elle paraît floue. Utilisez une image plus grande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no web address, so the flyer has no QR code. Type the platform&apos;s address.</source>
        <translation>Il n&apos;y a pas d&apos;adresse web&#xa0;: le dépliant n&apos;a donc pas de QR code. Saisissez l&apos;adresse de la plateforme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address is the example {url}; type your platform&apos;s address.</source>
        <translation>L&apos;adresse web est l&apos;exemple {url}&#x202f;; saisissez l&apos;adresse de votre plateforme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address must start with https:// (or http://) and name a server, or phones cannot open the registration form.</source>
        <translation>L&apos;adresse web doit commencer par https:// (ou http://) et nommer un serveur, sinon les téléphones ne peuvent pas ouvrir le formulaire d&apos;inscription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This flyer has no campaign code yet (it gets one when saved), so registrations it brings cannot be counted for it.</source>
        <translation>Ce dépliant n&apos;a pas encore de code de campagne (il en reçoit un à l&apos;enregistrement)&#xa0;: les inscriptions qu&apos;il apporte ne peuvent donc pas lui être attribuées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign code {code} is not valid: use 4 to 12 letters and digits.</source>
        <translation>Le code de campagne {code} n&apos;est pas valide&#xa0;: utilisez de 4 à 12 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No focal point of this region can be printed (none is active, listed on flyers and with recorded consent to publish). The flyer points people to the help office instead.</source>
        <translation>Aucun point focal de cette région ne peut être imprimé (aucun n&apos;est actif, inscrit pour les dépliants et avec un consentement à la publication enregistré). Le dépliant renvoie plutôt vers le bureau d&apos;aide.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/store.py" line="+110"/>
        <location line="+126"/>
        <source>This flyer no longer exists (it may have been deleted).</source>
        <translation>Ce dépliant n&apos;existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown format {value}; choose one of {choices}.</source>
        <translation>Format inconnu&#xa0;: {value}&#x202f;; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language {value}; choose one of {choices}.</source>
        <translation>Langue inconnue&#xa0;: {value}&#x202f;; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region {value}.</source>
        <translation>Région inconnue&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown colour theme {value}.</source>
        <translation>Thème de couleurs inconnu&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colour is written like #1D4E89.</source>
        <translation>Une couleur s&apos;écrit comme #1D4E89.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture is larger than 15 MB; use a smaller file.</source>
        <translation>L&apos;image dépasse 15 Mo&#x202f;; utilisez un fichier plus petit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A campaign code has 4 to 12 letters and digits.</source>
        <translation>Un code de campagne compte de 4 à 12 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {limit} characters.</source>
        <translation>{limit} caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <location filename="../desktop/views/flyers.py" line="+41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unknown code)</source>
        <translation>(code inconnu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>None given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyers, posters and banners in six languages with the region&apos;s focal points and a QR code. Open one to edit it with a live preview; print it here or export a PDF for a print shop.</source>
        <translation>Dépliants, affiches et kakémonos en six langues, avec les points focaux de la région et un QR code. Ouvrez-en un pour le modifier avec un aperçu en direct&#x202f;; imprimez-le ici ou exportez un PDF pour un imprimeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New flyer…</source>
        <translation>&amp;Nouveau dépliant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a flyer (Ctrl+N)</source>
        <translation>Créer un dépliant (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected flyer in the editor (Enter)</source>
        <translation>Ouvrir le dépliant sélectionné dans l&apos;éditeur (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new flyer from the selected one, e.g. for another language or region</source>
        <translation>Créer un nouveau dépliant à partir de celui sélectionné, p. ex. pour une autre langue ou région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flyer (Del); you can undo it</source>
        <translation>Supprimer le dépliant sélectionné (Suppr)&#x202f;; vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print for several &amp;regions…</source>
        <translation>&amp;Imprimer pour plusieurs régions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One flyer per region and language into a folder</source>
        <translation>Un dépliant par région et par langue dans un dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Filter flyers</source>
        <translation>Filtrer les dépliants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted flyer back (Ctrl+Z)</source>
        <translation>Rétablir le dépliant supprimé (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved flyers</source>
        <translation>Dépliants enregistrés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flyer yet. Press “New flyer…” to make one: it starts with ready-made texts in the language you choose.</source>
        <translation>Aucun dépliant pour l&apos;instant. Appuyez sur «&#xa0;Nouveau dépliant…&#xa0;» pour en créer un&#xa0;: il commence avec des textes prêts à l&apos;emploi dans la langue choisie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrations that came through the flyers&apos; QR codes</source>
        <translation>Inscriptions arrivées par les QR codes des dépliants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations per flyer</source>
        <translation>Inscriptions par dépliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations per region</source>
        <translation>Inscriptions par région</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“{name}” was deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+238"/>
        <source>Flyer</source>
        <translation>Dépliant</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+42"/>
        <source>New focal point</source>
        <translation>Nouveau point focal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit focal point</source>
        <translation>Modifier le point focal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+361"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation>p. ex. Conseil du district de Cahul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Fonction ou poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation>— national (sans région) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nom (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation>Fonction &amp;ou poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation>p. ex. 0 299 12 345 ou +373 299 12 345</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Langues parlées&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation>Période d&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Actif depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>&amp;Actif depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation>Actif &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation>Publication sur les dépliants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation>Les dépliants n&apos;impriment les coordonnées d&apos;une personne qu&apos;avec son consentement. Indiquez quand et comment elle l&apos;a donné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation>Manière dont le consentement a été donné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation>p. ex. formulaire signé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given &amp;on:</source>
        <translation>Consentement &amp;donné le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;Manière dont il a été donné&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation>&amp;Faire figurer cette personne sur les dépliants comme point d&apos;information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation>Figure sur les dépliants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation>R&amp;etirer le consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation>La personne n&apos;est plus d&apos;accord&#xa0;: efface le consentement et la retire des dépliants</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>Remar&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked associations</source>
        <translation>Associations liées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link associations</source>
        <translation>Lier des associations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save ({keys})</source>
        <translation>Enregistrer ({keys})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation>Pour faire figurer cette personne sur les dépliants, indiquez d&apos;abord la date et la manière dont elle a donné son consentement.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Will be saved as {phone}</source>
        <translation>Sera enregistré sous la forme {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
</context>
<context>
    <name>FocalPointList</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+34"/>
        <location line="+10"/>
        <source>Listed</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not listed</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+68"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>FocalPointRole</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+56"/>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government officer</source>
        <translation>Agent de l&apos;administration locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical focal point</source>
        <translation>Point focal technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular officer</source>
        <translation>Agent consulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association liaison</source>
        <translation>Liaison associative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+86"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation>Personnes qui servent de points d&apos;information&#xa0;: élus, agents des collectivités locales, points focaux techniques et consulaires, référents des associations.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation>Filtrer par nom, institution, fonction, courriel ou téléphone ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter focal points</source>
        <translation>Filtrer les points focaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>Inscrits ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Inscrits sur les dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation>Non inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active or not</source>
        <translation>Actif ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation>Actif aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation>Inactif aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New focal point…</source>
        <translation>&amp;Nouveau point focal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a focal point</source>
        <translation>Ajouter un point focal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected focal point</source>
        <translation>Ouvrir le point focal sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected focal points to the trash</source>
        <translation>Placer les points focaux sélectionnés dans la corbeille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted focal points, to restore them</source>
        <translation>Points focaux supprimés, pour les restaurer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>National (no region)</source>
        <translation>National (sans région)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation>Points focaux&#xa0;: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation>{shown} points focaux sur {total}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation>1 point focal placé dans la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation>Points focaux placés dans la corbeille&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted focal points</source>
        <translation>Points focaux supprimés</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+86"/>
        <source>Edit commitment</source>
        <translation>Modifier l&apos;engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation>Ce que les participants ont demandé et ce qui a été promis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation>Qui est responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation>Ce qui a été fait (imprimé dans le rapport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="-61"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation>&amp;Rapport «&#xa0;Vous avez dit, nous avons fait&#xa0;»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation>Un PDF des engagements et de leur résultat, dans la langue de la consultation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation>Engagements&#xa0;: {total}, dont {open} encore ouverts. La consultation pourra être clôturée quand aucun ne sera ouvert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete commitment</source>
        <translation>Supprimer l&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation>Supprimer cet engagement&#x202f;?

{text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation>Rapport «&#xa0;Vous avez dit, nous avons fait&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, we did</source>
        <translation>Vous avez dit, nous avons fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+22"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/views/help_viewer.py" line="+55"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide d&apos;utilisation manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/services/history.py" line="+87"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link added</source>
        <translation>Lien ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>Lien supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish recorded</source>
        <translation>Consentement à la publication enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish withdrawn</source>
        <translation>Consentement à la publication retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Inscrit sur les dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off flyers</source>
        <translation>Retiré des dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+170"/>
        <source> ({count} fields)</source>
        <translation> (champs&#xa0;: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — {what} (by {who})</source>
        <translation>{when} — {what} (par {who})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+34"/>
        <source>National bureau of {country}</source>
        <translation>Bureau national — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for {region}, {country}</source>
        <translation>Bureau d&apos;aide pour {region}, {country}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise ledger</source>
        <translation>Registre des engagements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Qui n&apos;avons-nous pas entendu&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as a spreadsheet (.xlsx)…</source>
        <translation>Chiffres en tableur (.xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report (PDF)…</source>
        <translation>Rapport pour les bailleurs (PDF)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Associations by region and status</source>
        <translation>Associations par région et statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants against the consenting pool, by gender (%)</source>
        <translation>Participants face au vivier consentant, par genre (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants against the consenting pool, by generation (%)</source>
        <translation>Participants face au vivier consentant, par génération (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments by status</source>
        <translation>Engagements par statut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By region: the national level first, then the regions that hold data</source>
        <translation>Par région&#xa0;: le niveau national d&apos;abord, puis les régions qui ont des données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures by region</source>
        <translation>Chiffres par région</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of {time}; counting again…</source>
        <translation>Chiffres de {time}&#xa0;; nouveau calcul en cours…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consenting pool</source>
        <translation>Vivier consentant</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tableur (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+518"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+313"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/engine.py" line="+140"/>
        <source>The file has no column for {fields}. Name a column {titles} (or choose it in the import wizard).</source>
        <translation>Le fichier n&apos;a pas de colonne pour&#xa0;: {fields}. Nommez une colonne {titles} (ou choisissez-la dans l&apos;assistant d&apos;importation).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a header but no rows to import.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking rows</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looks like the existing record “{name}” ({score} %: {reasons}).</source>
        <translation>Ressemble à la fiche existante «&#xa0;{name}&#xa0;» ({score} %&#xa0;: {reasons}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like line {line} of this file ({score} %: {reasons}).</source>
        <translation>Ressemble à la ligne {line} de ce fichier ({score} %&#xa0;: {reasons}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no import {batch}.</source>
        <translation>Il n&apos;existe aucune importation {batch}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This import was already undone.</source>
        <translation>Cette importation a déjà été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import can no longer be undone: {count} of its records were changed since (edited, deleted, merged or linked). Delete the records you do not want from the list instead.</source>
        <translation>Cette importation ne peut plus être annulée&#xa0;: {count} de ses fiches ont été modifiées depuis (éditées, supprimées, fusionnées ou liées). Supprimez plutôt de la liste les fiches dont vous ne voulez pas.</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/readers.py" line="+85"/>
        <source>The file {file} does not exist.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir le fichier {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row must be 1 or more.</source>
        <translation>La ligne d’en-tête doit être 1 ou plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>{file} est un ancien classeur Excel (.xls). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx ou .csv, puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no row {row}: its last row is {last}.</source>
        <translation>{file} n’a pas de ligne {row}&#xa0;: sa dernière ligne est la {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of {file} is empty; choose the row that names the columns.</source>
        <translation>La ligne {row} de {file} est vide&#xa0;; choisissez la ligne qui nomme les colonnes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a totals row (“{text}”), not data</source>
        <translation>une ligne de totaux («&#xa0;{text}&#xa0;»), pas des données</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Impossible de lire le fichier {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The file {file} is empty.</source>
        <translation>Le fichier {file} est vide.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file} is not a text (CSV) file. Save the table as CSV or XLSX and import that file.</source>
        <translation>{file} n&apos;est pas un fichier texte (CSV). Enregistrez le tableau en CSV ou XLSX et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as CSV: {reason}</source>
        <translation>Impossible de lire {file} comme fichier CSV&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx). It may be damaged or of another kind.</source>
        <translation>Impossible de lire {file} comme classeur Excel (.xlsx). Il est peut-être endommagé ou d&apos;un autre type.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook {file} is empty.</source>
        <translation>Le classeur {file} est vide.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="-284"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-434"/>
        <location line="+221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+21"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-204"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Occupation</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+154"/>
        <location line="+98"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics volunteered for</source>
        <translation>Thèmes proposés par la personne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-229"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+65"/>
        <location line="+161"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-160"/>
        <location line="+161"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-73"/>
        <location line="+158"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="-351"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Founding year</source>
        <translation>Année de fondation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement areas</source>
        <translation>Domaines d&apos;engagement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to publish</source>
        <translation>Consentement à la publication</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed on flyers</source>
        <translation>Figure sur les dépliants</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent given how</source>
        <translation>Manière de donner le consentement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active from</source>
        <translation>Actif depuis le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-53"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Import {what}</source>
        <translation>Importer&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators/__init__.py" line="+54"/>
        <source>Unknown region: {code}.</source>
        <translation>Région inconnue&#xa0;: {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/files.py" line="+51"/>
        <source>The report can be written as .xlsx or .pdf, not {suffix}.</source>
        <translation>Le rapport peut être écrit en .xlsx ou en .pdf, pas en {suffix}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Up to {end}</source>
        <translation>Jusqu&apos;au {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region: {region}</source>
        <translation>Région&#xa0;: {region}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National level only</source>
        <translation>Niveau national uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diaspora engagement: monitoring report</source>
        <translation>Engagement de la diaspora&#xa0;: rapport de suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States such as valid consent and overdue commitments are taken on {date}.</source>
        <translation>Les états comme le consentement valide ou les engagements en retard sont pris au {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/services/indicators/labels.py" line="+26"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who consented</source>
        <translation>Personnes consentantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who took part, against who could</source>
        <translation>Qui a participé, face à qui aurait pu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry and consultations</source>
        <translation>Registre et consultations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People who consented to be consulted, in groups from which nobody took part in the period.</source>
        <translation>Personnes ayant accepté d&apos;être consultées, dans les groupes dont personne n&apos;a participé pendant la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report produced on {date}.</source>
        <translation>Rapport établi le {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/labels.py" line="-7"/>
        <source>Associations in the registry</source>
        <translation>Associations au registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active focal points</source>
        <translation>Points focaux actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points listed on flyers</source>
        <translation>Points focaux figurant sur les dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions without a focal point</source>
        <translation>Régions sans point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who consented to be consulted</source>
        <translation>Personnes ayant accepté d&apos;être consultées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents ending in the next 90 days</source>
        <translation>Consentements expirant dans les 90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations held</source>
        <translation>Consultations tenues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women among participants (%)</source>
        <translation>Femmes parmi les participants (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments made</source>
        <translation>Engagements pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments overdue</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept on time (%)</source>
        <translation>Engagements tenus à temps (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups not heard from</source>
        <translation>Groupes non entendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seated more than once</source>
        <translation>Personnes ayant siégé plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st generation</source>
        <translation>1re génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd generation</source>
        <translation>2e génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd generation or later</source>
        <translation>3e génération ou plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin country</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Double</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New in the period</source>
        <translation>Nouvelles sur la période</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/model.py" line="+54"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>La période commence ({start}) après sa fin ({end}).</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../desktop/views/consultations_invitations.py" line="+51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve rank</source>
        <translation>Rang de réserve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants and reserves</source>
        <translation>Participants et réserves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;invited</source>
        <translation>&amp;Marquer comme invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>&amp;A décliné…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person cannot come; the next suitable reserve is offered</source>
        <translation>La personne ne peut pas venir&#x202f;; la réserve adaptée suivante est proposée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttended</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did &amp;not come</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation &amp;letters (PDF)…</source>
        <translation>&amp;Lettres d&apos;invitation (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected or invited person, in the consultation&apos;s language</source>
        <translation>Une lettre par personne sélectionnée ou invitée, dans la langue de la consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export invitee &amp;list…</source>
        <translation>&amp;Exporter la liste des invités…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one is selected yet: run the selection first.</source>
        <translation>Personne n&apos;est encore sélectionné&#xa0;: lancez d&apos;abord la sélection.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No suitable reserve</source>
        <translation>Aucune réserve adaptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. No reserve can take the seat without breaking a quota; the seat stays empty unless you draw again with a larger pool.</source>
        <translation>{name} a décliné. Aucune réserve ne peut prendre la place sans enfreindre un quota&#x202f;; la place reste vide, sauf nouveau tirage avec un vivier plus large.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer the seat to a reserve</source>
        <translation>Proposer la place à une réserve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. The next reserve who keeps every quota is {reserve}. Give them the seat?</source>
        <translation>{name} a décliné. La réserve suivante qui respecte tous les quotas est {reserve}. Lui attribuer la place&#x202f;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reserve} takes the seat; invite them now.</source>
        <translation>{reserve} prend la place&#x202f;; invitez cette personne maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>Lettres d&apos;invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} letters written to {path}.</source>
        <translation>Lettres enregistrées dans {path}&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export invitee list</source>
        <translation>Exporter la liste des invités</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} people written to {path}.</source>
        <translation>Personnes enregistrées dans {path}&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+283"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Rang de réserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>Probabilité de sélection</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invitees</source>
        <translation>Personnes invitées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Choisissez un nom de fichier se terminant par .csv ou .xlsx.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="-300"/>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Pris lors de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (evidence)</source>
        <translation>Ce qui a été fait (preuves)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+396"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>Personne n&apos;est encore sélectionné ni invité&#xa0;: il n&apos;y a donc aucune lettre à rédiger.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-91"/>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-81"/>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation>Fiches correspondantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+68"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>À &amp;propos de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — no sync server configured</source>
        <translation>Hors ligne — aucun serveur de synchronisation configuré</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Diaspora Desk backup</source>
        <translation>Sauvegarde Diaspora Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db)</source>
        <translation>Base de données SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after a restart. Restart now? Diaspora Desk reopens on this page; open forms ask about unsaved changes first.</source>
        <translation>La nouvelle langue s&apos;applique après un redémarrage. Redémarrer maintenant&#xa0;? Diaspora Desk se rouvrira sur cette page&#xa0;; les formulaires ouverts demandent d&apos;abord quoi faire des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-638"/>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file goes into the field chosen next to it. Columns set to “Do not import” are left out.</source>
        <translation>Chaque colonne du fichier va dans le champ choisi en regard. Les colonnes réglées sur «&#xa0;Ne pas importer&#xa0;» sont ignorées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>&amp;Correspondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings</source>
        <translation>Correspondances enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen saved mapping for this file</source>
        <translation>Utiliser la correspondance enregistrée choisie pour ce fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these choices to reuse them for the next file from the same source</source>
        <translation>Enregistrer ces choix pour les réutiliser avec le prochain fichier de même provenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete mapping</source>
        <translation>&amp;Supprimer la correspondance</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Header on row:</source>
        <translation>En-&amp;tête à la ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row that names the columns</source>
        <translation>Ligne qui nomme les colonnes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{rows} rows read from {file} ({encoding}, separated by {separator}).</source>
        <translation>Lignes lues dans {file}&#xa0;: {rows} ({encoding}, séparées par des {separator}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{rows} rows read from sheet “{sheet}” of {file}.</source>
        <translation>Lignes lues dans la feuille «&#xa0;{sheet}&#xa0;» de {file}&#xa0;: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not data, left out: {rows}.</source>
        <translation>Pas des données, laissées de côté&#xa0;: {rows}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({reason})</source>
        <translation>ligne {line} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field for column {column}</source>
        <translation>Champ pour la colonne {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Do not import —</source>
        <translation>— Ne pas importer —</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{field}” is chosen for more than one column ({columns}); choose it for one only.</source>
        <translation>«&#xa0;{field}&#xa0;» est choisi pour plusieurs colonnes ({columns})&#x202f;; choisissez-le pour une seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Choisissez la colonne qui contient&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this mapping:</source>
        <translation>Nom de cette correspondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete mapping</source>
        <translation>Supprimer la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Supprimer la correspondance enregistrée «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../desktop/services/merge.py" line="+116"/>
        <source>One of the records no longer exists (it may have been deleted or merged already).</source>
        <translation>L&apos;une des fiches n&apos;existe plus (elle a peut-être déjà été supprimée ou fusionnée).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>These choices do not make a valid record: {problems}</source>
        <translation>Ces choix ne donnent pas une fiche valide&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/views/merge_dialog.py" line="+53"/>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use all from &amp;left</source>
        <translation>&amp;Tout prendre à gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every value of the record on the left</source>
        <translation>Conserver toutes les valeurs de la fiche de gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use all from &amp;right</source>
        <translation>Tout &amp;prendre à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every differing value from the record on the right</source>
        <translation>Prendre toutes les valeurs différentes de la fiche de droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Swap records</source>
        <translation>&amp;Inverser les fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the record on the right instead, and merge the left one into it</source>
        <translation>Conserver plutôt la fiche de droite et y fusionner celle de gauche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../desktop/views/registrations.py" line="+226"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the two records ({key})</source>
        <translation>Fusionner les deux fiches ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For each field that differs, pick the value to keep. “{other}” will be merged into “{keep}”: its links and history move over, and it is removed (it stays in the trash, marked as merged).</source>
        <translation>Pour chaque champ différent, choisissez la valeur à conserver. «&#xa0;{other}&#xa0;» sera fusionnée dans «&#xa0;{keep}&#xa0;»&#xa0;: ses liens et son historique sont transférés, puis elle est retirée (elle reste dans la corbeille, marquée comme fusionnée).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/views/registrations.py" line="-26"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept record (left)</source>
        <translation>Fiche conservée (gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record (right)</source>
        <translation>Fiche fusionnée (droite)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../desktop/views/registrations.py" line="+15"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records have the same values; merging keeps the left one and moves the other&apos;s links and history to it.</source>
        <translation>Les deux fiches ont les mêmes valeurs&#x202f;; la fusion conserve celle de gauche et lui transfère les liens et l&apos;historique de l&apos;autre.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merged “{other}” into “{keep}”.</source>
        <translation>«&#xa0;{other}&#xa0;» fusionnée dans «&#xa0;{keep}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../desktop/views/registrations.py" line="-23"/>
        <source>Merge registration into {name}</source>
        <translation>Fusionner l&apos;inscription dans {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, field by field, which value the record keeps. Fields where both are the same are not shown.</source>
        <translation>Choisissez, champ par champ, la valeur que garde la fiche. Les champs identiques des deux côtés ne sont pas affichés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From the form</source>
        <translation>Du formulaire</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>In the record</source>
        <translation>Dans la fiche</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to merge</source>
        <translation>Champs à fusionner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep for {field}</source>
        <translation>Valeur gardée pour {field}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+95"/>
        <source>New consultation</source>
        <translation>Nouvelle consultation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../desktop/views/office_picker.py" line="+30"/>
        <source>Home country</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;country:</source>
        <translation>&amp;Pays d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;national bureau (sees every region)</source>
        <translation>Le bureau &amp;national (voit toutes les régions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region&apos;s help office:</source>
        <translation>Le bureau d&apos;aide d&apos;une &amp;région&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region of this help office</source>
        <translation>Région de ce bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop is used by:</source>
        <translation>Ce poste est utilisé par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficeProfileFields</name>
    <message>
        <location filename="../desktop/views/office_profile_fields.py" line="+32"/>
        <source>Office profile (printed on letters, reports and flyers)</source>
        <translation>Profil du bureau (imprimé sur les lettres, rapports et dépliants)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters, the selection audit report and the footer of flyers show these details, so that people know whom to contact. Leave a field empty to leave it out.</source>
        <translation>Les lettres d&apos;invitation, le rapport d&apos;audit de la sélection et le pied des dépliants affichent ces informations, pour que chacun sache qui contacter. Laissez un champ vide pour ne pas l&apos;imprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Cahul Help Office for Migrants</source>
        <translation>p. ex. Bureau d&apos;accueil des migrants de Cahul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. +373 299 12 345</source>
        <translation>p. ex. +373 299 12 345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ana Rusu, Head of office</source>
        <translation>p. ex. Ana Rusu, cheffe de bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>Adresse du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail</source>
        <translation>Courriel du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office na&amp;me:</source>
        <translation>No&amp;m du bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the office logo</source>
        <translation>Choisir le logo du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>Ce fichier n&apos;est pas une image PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../desktop/views/operations.py" line="+91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+183"/>
        <source>e.g. {date}</source>
        <translation>p. ex. {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Type the date or pick it from the calendar; Delete clears it.</source>
        <translation>Tapez la date ou choisissez-la dans le calendrier&#xa0;; Suppr l&apos;efface.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Pick from the calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick {field} from the calendar</source>
        <translation>Choisir {field} dans le calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {field}</source>
        <translation>Effacer {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a date. Write it like {example}.</source>
        <translation>Ce n&apos;est pas une date. Écrivez-la comme {example}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/views/sync_page.py" line="+76"/>
        <source>Log in to the sync server</source>
        <translation>Connexion au serveur de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in to {server} as {user}.</source>
        <translation>Connexion à {server} en tant que {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is kept in this computer&apos;s password store (keyring), not the password itself.</source>
        <translation>La connexion est conservée dans le trousseau de mots de passe de cet ordinateur, pas le mot de passe lui-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring): the password is kept in memory only, until Diaspora Desk is closed.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe&#xa0;: le mot de passe n&apos;est gardé qu&apos;en mémoire, jusqu&apos;à la fermeture de Diaspora Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your password.</source>
        <translation>Veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../desktop/services/personal_data.py" line="+149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics volunteered for</source>
        <translation>Thèmes proposés par la personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>Dernière modification le</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <source>Everything we hold about you</source>
        <translation>Tout ce que nous conservons à votre sujet</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This document lists every record the diaspora-relations bureau keeps about this person: their details, their consents, the consultations they were part of, and commitments that mention them. Exported on {date}.</source>
        <translation>Ce document recense toutes les données que le bureau des relations avec la diaspora conserve sur cette personne&#xa0;: ses coordonnées, ses consentements, les consultations auxquelles elle a pris part et les engagements qui la mentionnent. Exporté le {date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Manière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text agreed to on {date} (version {version}):</source>
        <translation>Texte accepté le {date} (version {version})&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent is recorded.</source>
        <translation>Aucun consentement n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your place</source>
        <translation>Votre situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of being selected</source>
        <translation>Probabilité d&apos;être sélectionné(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation status</source>
        <translation>Statut de la consultation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person has not been part of any consultation.</source>
        <translation>Cette personne n&apos;a participé à aucune consultation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments that mention this person</source>
        <translation>Engagements qui mentionnent cette personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Les données de cette personne ont déjà été effacées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-62"/>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation>Données personnelles écrites dans {pdf} et {json}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the personal data export…</source>
        <translation>Écriture de l&apos;export des données personnelles…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The personal data of {name} was erased.</source>
        <translation>Les données personnelles de {name} ont été effacées.</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+168"/>
        <source>Add people to the pool</source>
        <translation>Ajouter des personnes au vivier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation>Toute personne ayant un consentement valide et correspondant à tous les filtres choisis est ajoutée (un filtre laissé vide correspond à tout le monde).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topics volunteered for</source>
        <translation>Thèmes proposés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation>Régions d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topics volunteered for</source>
        <translation>&amp;Thèmes proposés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation>&amp;Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation>&amp;Régions d&apos;origine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Genders</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenships</source>
        <translation>Citoyennetés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation>Gé&amp;nération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Citoyenneté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members of the association</source>
        <translation>Membres de l&apos;association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association (type to search)</source>
        <translation>Toute association (tapez pour chercher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the a&amp;ssociation:</source>
        <translation>Membres de l&apos;a&amp;ssociation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or e-mail contains</source>
        <translation>Le nom ou le courriel contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation>&amp;Le nom ou le courriel contient&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation>C&amp;ompter les correspondances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>Personnes correspondantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to pool</source>
        <translation>&amp;Ajouter au vivier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} people with a valid consent match.</source>
        <translation>Personnes correspondantes avec un consentement valide&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="-198"/>
        <source>1st</source>
        <translation>1re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3e et +</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be selected</source>
        <translation>Peut être sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: consent not valid</source>
        <translation>Non&#xa0;: consentement non valide</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Result of the last change</source>
        <translation>Résultat de la dernière modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation>Filtrer le vivier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation>Membres du vivier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation>&amp;Ajouter par filtres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation>Ajouter toutes les personnes ayant un consentement valide qui correspondent (p. ex. volontaires pour ce thème)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from a &amp;file of ids…</source>
        <translation>Ajouter &amp;depuis un fichier d&apos;identifiants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation>Un CSV avec une colonne «&#xa0;id&#xa0;» (ou seulement des identifiants, un par ligne), p. ex. exporté d&apos;un autre outil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import new people…</source>
        <translation>&amp;Importer de nouvelles personnes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list of volunteers (CSV or Excel) as candidates, record their consent, and add them to this pool</source>
        <translation>Importer une liste de volontaires (CSV ou Excel) comme candidats, enregistrer leur consentement et les ajouter à ce vivier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} people in the pool.</source>
        <translation>Personnes dans le vivier&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation>Parmi elles, {count} ne peuvent plus être sélectionnées (consentement retiré ou expiré)&#x202f;; le tirage les écarte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation>Le vivier est figé&#xa0;: les participants y ont été tirés au sort.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+38"/>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Adding to the pool…</source>
        <translation>Ajout au vivier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people from a file of ids</source>
        <translation>Ajouter des personnes depuis un fichier d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove from the pool</source>
        <translation>Retirer du vivier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation>Retirer {count} personnes du vivier&#x202f;? Elles restent dans la liste des candidats et peuvent être ajoutées de nouveau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} removed from the pool.</source>
        <translation>Retirées du vivier&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+84"/>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked with the same rules as the form. Nothing is imported before you press Import.</source>
        <translation>Chaque ligne est vérifiée avec les mêmes règles que le formulaire. Rien n&apos;est importé avant que vous n&apos;appuyiez sur Importer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;rejected rows…</source>
        <translation>&amp;Enregistrer les lignes écartées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows left out, with the line, column and reason, to a CSV file you can correct and import again</source>
        <translation>Écrire les lignes écartées, avec la ligne, la colonne et le motif, dans un fichier CSV que vous pourrez corriger et importer de nouveau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file cannot be imported: {error}</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{read} rows read: {good} can be imported.</source>
        <translation>Lignes lues&#xa0;: {read}&#x202f;; lignes importables&#xa0;: {good}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bad} rows will be left out; the reasons are listed below.</source>
        <translation>Lignes qui seront écartées&#xa0;: {bad}&#x202f;; les motifs sont indiqués ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{flagged} rows look like records already in the register; they will be imported, check them afterwards.</source>
        <translation>Lignes qui ressemblent à des fiches déjà présentes dans le registre&#xa0;: {flagged}&#x202f;; elles seront importées, vérifiez-les ensuite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows left out ({count})</source>
        <translation>Lignes écartées ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates ({count})</source>
        <translation>Doublons possibles ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes écartées</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {error}</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows written to {file}</source>
        <translation>Lignes écartées enregistrées dans {file}&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseLedgerPage</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+51"/>
        <source>Promise ledger</source>
        <translation>Registre des engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commitment made at a consultation: what was promised, to whom, who is responsible, by when, and what was done. Overdue ones are in red.</source>
        <translation>Chaque engagement pris lors d&apos;une consultation&#xa0;: ce qui a été promis, à qui, qui en est responsable, pour quand, et ce qui a été fait. Ceux en retard sont en rouge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search promises, owners, evidence…</source>
        <translation>Rechercher engagements, responsables, preuves…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All consultations</source>
        <translation>Toutes les consultations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Modifier l&apos;engagement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;digest (PDF)…</source>
        <translation>&amp;Synthèse publique (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“You said … / We did …” for one region and period, in any of the six languages, to hand out at the next consultation</source>
        <translation>«&#xa0;Vous avez dit … / Nous avons fait …&#xa0;» pour une région et une période, dans l&apos;une des six langues, à distribuer à la prochaine consultation</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} commitments shown, {overdue} overdue</source>
        <translation>{shown} engagements affichés, {overdue} en retard</translation>
    </message>
</context>
<context>
    <name>QuotaFields</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+170"/>
        <source>Some details are not set</source>
        <translation>Certaines informations manquent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection quotas use these details, which are not set: {fields}.

Ask the person if you can. Saved without them, the person counts as “not stated” in quotas. Save anyway?</source>
        <translation>Les quotas de la sélection utilisent ces informations, qui ne sont pas renseignées&#xa0;: {fields}.

Demandez-les à la personne si possible. Enregistrée sans elles, la personne compte comme «&#xa0;non précisé&#xa0;» dans les quotas. Enregistrer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="-146"/>
        <location line="+18"/>
        <source>Recent imports</source>
        <translation>Importations récentes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An import can be undone as long as none of its records was changed, deleted, merged or linked since.</source>
        <translation>Une importation peut être annulée tant qu&apos;aucune de ses fiches n&apos;a été modifiée, supprimée, fusionnée ou liée depuis.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the records of the selected import to the trash</source>
        <translation>Placer les fiches de l&apos;importation sélectionnée dans la corbeille</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move the {count} records imported from {file} to the trash?</source>
        <translation>Placer dans la corbeille les {count} fiches importées depuis {file}&#x202f;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import undone: {count} records moved to the trash.</source>
        <translation>Importation annulée&#xa0;: fiches placées dans la corbeille&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/views/record_form.py" line="+56"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Certaines modifications ne sont pas enregistrées. Fermer le formulaire et les perdre&#x202f;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation>Enregistrez ou annulez vos modifications avant de fusionner.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../desktop/services/links.py" line="+161"/>
        <source>Unknown kind of record: {entity}</source>
        <translation>Type de fiche inconnu&#xa0;: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="+35"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record no longer exists (it may have been deleted or merged).</source>
        <translation>Cette fiche n&apos;existe plus (elle a peut-être été supprimée ou fusionnée).</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../desktop/views/regions.py" line="+65"/>
        <source>Edit region</source>
        <translation>Modifier la région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region code</source>
        <translation>Code de la région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name</source>
        <translation>Nom de la région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office name</source>
        <translation>Nom du bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help office:</source>
        <translation>&amp;Bureau d&apos;aide&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../desktop/services/regions.py" line="+91"/>
        <source>Unknown country code: {code}</source>
        <translation>Code de pays inconnu&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Unknown region: {code}</source>
        <translation>Région inconnue&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>A region needs a name.</source>
        <translation>Une région doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A region code looks like {example} (country, dash, letters or digits).</source>
        <translation>Un code de région ressemble à {example} (pays, tiret, lettres ou chiffres).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used.</source>
        <translation>Le code {code} est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../desktop/views/regions.py" line="-39"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office</source>
        <translation>Bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+24"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Origin regions of the home country and their help offices. Retired regions stay attached to old records but are no longer offered in forms.</source>
        <translation>Régions d&apos;origine du pays et leurs bureaux d&apos;aide. Les régions désactivées restent liées aux anciennes fiches mais ne sont plus proposées dans les formulaires.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter regions</source>
        <translation>Filtrer les régions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add region…</source>
        <translation>&amp;Ajouter une région…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region ({keys})</source>
        <translation>Ajouter une région ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Retire</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Regions are kept by the national bureau; this help office receives them when it syncs.</source>
        <translation>Les régions sont gérées par le bureau national&#x202f;; ce bureau d&apos;aide les reçoit lors de la synchronisation.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retire region</source>
        <translation>Désactiver la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Its records stay; it will no longer be offered in forms. You can restore it later.</source>
        <translation>Désactiver {name}&#x202f;? Ses fiches sont conservées&#x202f;; elle ne sera plus proposée dans les formulaires. Vous pourrez la réactiver plus tard.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../desktop/services/registrations.py" line="+177"/>
        <source>Keep rejected registrations between 1 and {max} days.</source>
        <translation>Gardez les inscriptions refusées entre 1 et {max} jours.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No registration has this id or reference.</source>
        <translation>Aucune inscription n&apos;a cet identifiant ou cette référence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No registration has this id or reference: {key}.</source>
        <translation>Aucune inscription n&apos;a cet identifiant ou cette référence&#xa0;: {key}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The record to merge into no longer exists (it may have been deleted).</source>
        <translation>La fiche dans laquelle fusionner n&apos;existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Registration {reference} was already reviewed.</source>
        <translation>L&apos;inscription {reference} a déjà été examinée.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Registration {reference} has no data left to accept.</source>
        <translation>L&apos;inscription {reference} n&apos;a plus de données à accepter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registered through the online form (reference {reference}).</source>
        <translation>Inscrit par le formulaire en ligne (référence {reference}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the checks did not accept:</source>
        <translation>Réponses refusées par les contrôles&#xa0;:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Say why the registration is rejected.</source>
        <translation>Indiquez pourquoi l&apos;inscription est refusée.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/views/registrations.py" line="-149"/>
        <location line="+180"/>
        <source>Waiting for review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being listed</source>
        <translation>Figurer dans le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being invited to consultations</source>
        <translation>Être invité(e) aux consultations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving information</source>
        <translation>Recevoir des informations</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyer code</source>
        <translation>Code du dépliant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(personal data erased)</source>
        <translation>(données personnelles effacées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent as shown on the form</source>
        <translation>Consentement tel qu&apos;affiché dans le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+33"/>
        <location line="+99"/>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>People and associations who registered through the form on the flyers&apos; QR code. Check the possible duplicates, then accept, merge or reject each one.</source>
        <translation>Personnes et associations inscrites par le formulaire du QR code des dépliants. Vérifiez les doublons possibles, puis acceptez, fusionnez ou refusez chaque inscription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Registration details</source>
        <translation>Détails de l&apos;inscription</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the association or person from this registration, with its consent</source>
        <translation>Créer l&apos;association ou la personne à partir de cette inscription, avec son consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the answers to the possible duplicate</source>
        <translation>Ajouter les réponses au doublon possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} shown</source>
        <translation>{count} affichée(s)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved. Some answers did not pass the checks and were kept in the record&apos;s notes:
{answers}</source>
        <translation>Enregistré. Certaines réponses n&apos;ont pas passé les contrôles et ont été conservées dans les notes de la fiche&#xa0;:
{answers}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record is the same as this registration?</source>
        <translation>Quelle fiche correspond à cette inscription&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reject registration</source>
        <translation>Refuser l&apos;inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this registration rejected? (Its personal data is erased after the retention period set in Settings.)</source>
        <translation>Pourquoi cette inscription est-elle refusée&#xa0;? (Ses données personnelles sont effacées après la durée de conservation fixée dans les Paramètres.)</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+66"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo ({keys})</source>
        <translation>Annuler ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of records shown</source>
        <translation>Nombre de fiches affichées</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Filtering… {shown} found so far</source>
        <translation>Filtrage… {shown} trouvées jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>Annulé&#xa0;: fiches rétablies&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} Appuyez sur {keys} pour annuler.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+17"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the records this import added (possible as long as none of them was changed since)</source>
        <translation>Retirer les fiches ajoutées par cette importation (possible tant qu&apos;aucune n&apos;a été modifiée depuis)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {count} rows…</source>
        <translation>Importation des lignes ({count})…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{imported} records imported from {file}; {rejected} rows were left out. You can undo this import now, or later from “Recent imports” as long as none of its records was changed.</source>
        <translation>Fiches importées depuis {file}&#xa0;: {imported}&#x202f;; lignes écartées&#xa0;: {rejected}. Vous pouvez annuler cette importation maintenant, ou plus tard depuis «&#xa0;Importations récentes&#xa0;», tant qu&apos;aucune de ses fiches n&apos;a été modifiée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} records imported.</source>
        <translation>Fiches importées&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was imported: {error}</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été importé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the {count} records this import added?</source>
        <translation>Retirer les {count} fiches ajoutées par cette importation&#x202f;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {count} records were removed.</source>
        <translation>L&apos;importation a été annulée&#xa0;: fiches retirées&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../desktop/views/save_dialog.py" line="+110"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/sections.py" line="+50"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Region directory</source>
        <translation>Annuaire des régions</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise ledger</source>
        <translation>Registre des engagements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="-484"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jeunesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation>Droits des femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Tourisme</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../desktop/services/consultation_selection.py" line="+151"/>
        <source>household</source>
        <translation>foyer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The criteria are fixed once the participants are drawn.</source>
        <translation>Les critères sont figés une fois les participants tirés au sort.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Participants can be drawn only while the pool is open (and only once).</source>
        <translation>Les participants ne peuvent être tirés au sort que tant que le vivier est ouvert (et une seule fois).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pool holds {count} pairs of likely duplicate people (e.g. {first} / {second}). Merge each pair or mark it “not the same person” before the draw.</source>
        <translation>Le vivier contient {count} paires de personnes probablement en double (p. ex. {first} / {second}). Fusionnez chaque paire ou marquez-la «&#xa0;pas la même personne&#xa0;» avant le tirage.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This consultation has no recorded draw.</source>
        <translation>Cette consultation n&apos;a pas de tirage au sort enregistré.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/audit.py" line="+158"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection is confirmed.</source>
        <translation>La sélection est confirmée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection is NOT confirmed.</source>
        <translation>La sélection n&apos;est PAS confirmée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file format</source>
        <translation>Format du fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a selection audit record</source>
        <translation>ceci n&apos;est pas un enregistrement d&apos;audit de sélection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Diaspora Desk</source>
        <translation>écrit par une version plus récente de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the record is incomplete or damaged ({error})</source>
        <translation>l&apos;enregistrement est incomplet ou endommagé ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the pool and quotas</source>
        <translation>Empreinte du vivier et des quotas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded {recorded}, computed {actual}</source>
        <translation>enregistré {recorded}, calculé {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorded problem</source>
        <translation>Le problème enregistré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the groups of interchangeable people do not match the pool</source>
        <translation>les groupes de personnes interchangeables ne correspondent pas au vivier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a panel breaks the quotas</source>
        <translation>un panel enfreint les quotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights are not positive or do not add up</source>
        <translation>les poids ne sont pas positifs ou leur somme est incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every panel of the distribution meets the quotas</source>
        <translation>Chaque panel de la distribution respecte les quotas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The published probabilities are the distribution&apos;s</source>
        <translation>Les probabilités publiées sont celles de la distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they differ from what the panels and weights give</source>
        <translation>elles diffèrent de ce que donnent les panels et les poids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel meets the quotas</source>
        <translation>Le panel respecte les quotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-running the draw with the seed</source>
        <translation>Refaire le tirage avec la graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw with the seed gives the published panel</source>
        <translation>Refaire le tirage avec la graine donne le panel publié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seed gives a different panel ({count} people differ)</source>
        <translation>la graine donne un panel différent ({count} personnes diffèrent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw gives the published reserves, in order</source>
        <translation>Refaire le tirage donne les réserves publiées, dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the seed gives a different reserve list</source>
        <translation>la graine donne une liste de réserves différente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The distribution is as fair as the engine can make it</source>
        <translation>La distribution est aussi équitable que le moteur peut la rendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record claims a smallest probability of {claimed:.6f}, but its lottery gives {actual:.6f}</source>
        <translation>l&apos;enregistrement annonce une plus petite probabilité de {claimed:.6f}, mais sa loterie donne {actual:.6f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fairer lottery exists: its smallest probability is {best:.6f}, the record&apos;s {recorded:.6f}</source>
        <translation>une loterie plus équitable existe : sa plus petite probabilité est {best:.6f}, celle de l&apos;enregistrement {recorded:.6f}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>re-solved until the time limit: no fairer lottery found (smallest probability {recorded:.6f}, at most {bound:.6f} is possible)</source>
        <translation>recalculé jusqu&apos;à la limite de temps : aucune loterie plus équitable trouvée (plus petite probabilité {recorded:.6f}, au plus {bound:.6f} est possible)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>re-solved: the sorted probabilities match (largest shortfall {gap:.2e})</source>
        <translation>résolu de nouveau&#xa0;: les probabilités triées concordent (écart maximal {gap:.2e})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fairer distribution exists: someone&apos;s probability falls short by {gap:.2e}</source>
        <translation>une distribution plus équitable existe&#xa0;: la probabilité d&apos;une personne est inférieure de {gap:.2e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-solved: smallest probability {recorded:.6f}, best possible {best:.6f}</source>
        <translation>résolu de nouveau&#xa0;: plus petite probabilité {recorded:.6f}, meilleure possible {best:.6f}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/draw.py" line="+49"/>
        <source>The seed is empty: type one in or generate one.</source>
        <translation>La graine est vide&#xa0;: saisissez-en une ou générez-en une.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not in the pool: {ids}.</source>
        <translation>Absents du vivier&#xa0;: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone appears twice on the panel.</source>
        <translation>Une personne figure deux fois dans le panel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel has {count} people for {seats} seats.</source>
        <translation>Le panel compte {count} personnes pour {seats} places.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people with &apos;{value}&apos; ({feature}); the quota is {min} to {max}.</source>
        <translation>Personnes avec «&#xa0;{value}&#xa0;» ({feature})&#xa0;: {count}&#x202f;; le quota est de {min} à {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} people from group &apos;{group}&apos;; the cap is {cap}.</source>
        <translation>Personnes du groupe «&#xa0;{group}&#xa0;»&#xa0;: {count}&#x202f;; le plafond est de {cap}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The panel has people who are not in the pool.</source>
        <translation>Le panel comprend des personnes absentes du vivier.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/feasibility.py" line="+50"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest changes that make the quotas hold:</source>
        <translation>Plus petites modifications qui permettent de respecter les quotas&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{value}&apos; ({feature})</source>
        <translation>«&#xa0;{value}&#xa0;» ({feature})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 candidate</source>
        <translation>1 candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} candidates</source>
        <translation>Candidats&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool has only {pool} people for {seats} seats.</source>
        <translation>Le vivier ne compte que {pool} personnes pour {seats} places.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {people} have {value}, but the minimum is {min}.</source>
        <translation>Seules {people} personnes ont {value}, mais le minimum est de {min}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum for {value} is {min}, more than the {seats} seats.</source>
        <translation>Le minimum pour {value} est de {min}, plus que les {seats} places.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimums for &apos;{feature}&apos; add up to {total}, more than the {seats} seats.</source>
        <translation>Les minimums pour «&#xa0;{feature}&#xa0;» totalisent {total}, plus que les {seats} places.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the maximums for &apos;{feature}&apos; (and with the {other} people whose value has no quota) at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Avec les maximums pour «&#xa0;{feature}&#xa0;» (et les {other} personnes dont la valeur n&apos;a pas de quota), au plus {total} places peuvent être pourvues, moins que les {seats} places.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the maximums for &apos;{feature}&apos; at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Avec les maximums pour «&#xa0;{feature}&#xa0;», au plus {total} places peuvent être pourvues, moins que les {seats} places.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With at most 1 person from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Avec au plus 1 personne par groupe, au plus {total} sièges peuvent être pourvus, moins que les {seats} sièges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With at most {cap} people from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Avec au plus {cap} personnes par groupe, au plus {total} places peuvent être pourvues, moins que les {seats} places.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The quotas could not be checked.</source>
        <translation>Les quotas n&apos;ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+269"/>
        <source>The quotas can be met.</source>
        <translation>Les quotas peuvent être respectés.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Not decided yet: the check ran out of time.</source>
        <translation>Pas encore décidé&#xa0;: la vérification a manqué de temps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quotas cannot all be met together; for example, {change}.</source>
        <translation>Les quotas ne peuvent pas tous être respectés ensemble&#x202f;; par exemple&#xa0;: {change}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quotas cannot all be met together.</source>
        <translation>Les quotas ne peuvent pas tous être respectés ensemble.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>raise the cap per group from {old} to {new}</source>
        <translation>relever le plafond par groupe de {old} à {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lower the minimum for {value} from {old} to {new}</source>
        <translation>abaisser le minimum pour {value} de {old} à {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the maximum for {value} from {old} to {new}</source>
        <translation>relever le maximum pour {value} de {old} à {new}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>at most {cap} people from any one group</source>
        <translation>au plus {cap} personnes d&apos;un même groupe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least {min} seats for {value} ({people} in the pool)</source>
        <translation>au moins {min} places pour {value} ({people} dans le vivier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {max} seats for {value} ({people} in the pool)</source>
        <translation>au plus {max} places pour {value} ({people} dans le vivier)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{both} of the {total} candidates with {value} also have {other}, which is limited to {max} seats</source>
        <translation>{both} des {total} candidats avec {value} ont aussi {other}, limité à {max} places</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{both} of the {total} candidates with {value} also have {other}</source>
        <translation>{both} des {total} candidats avec {value} ont aussi {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only {both} of the {total} candidates with {value} has {other}</source>
        <translation>seuls {both} des {total} candidats avec {value} ont {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {both} of the {total} candidates with {value} have {other}</source>
        <translation>seuls {both} des {total} candidats avec {value} ont {other}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These quotas cannot all hold together: {parts}.</source>
        <translation>Ces quotas ne peuvent pas tous être respectés ensemble&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quotas cannot all hold together.</source>
        <translation>Les quotas ne peuvent pas tous tenir ensemble.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are {seats} seats in all.</source>
        <translation>Il y a {seats} places en tout.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/files.py" line="+67"/>
        <source>{file} has no &apos;id&apos; column (the header row must name one column &apos;id&apos;).</source>
        <translation>{file} n&apos;a pas de colonne «&#xa0;id&#xa0;» (la ligne d&apos;en-tête doit nommer une colonne «&#xa0;id&#xa0;»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the header row names the column &apos;{name}&apos; twice; which one is meant?</source>
        <translation>{file} : la ligne d&apos;en-tête nomme deux fois la colonne « {name} » ; laquelle faut-il prendre ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has a column &apos;role&apos;, which the panel file uses for &apos;selected&apos; and &apos;reserve-1&apos;, &apos;reserve-2&apos; …; rename that column.</source>
        <translation>{file} a une colonne « role », que le fichier du panel utilise pour « selected » et « reserve-1 », « reserve-2 »… ; renommez cette colonne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no people in it: the pool is empty.</source>
        <translation>{file} ne contient personne&#xa0;: le vivier est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: no id on line(s) {lines}.</source>
        <translation>{file}&#xa0;: pas d&apos;identifiant à la ou aux lignes {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the id &apos;{id}&apos; appears more than once (lines {lines}).</source>
        <translation>{file}&#xa0;: l&apos;identifiant «&#xa0;{id}&#xa0;» apparaît plusieurs fois (lignes {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} needs the columns feature, value, min and max; missing: {missing}.</source>
        <translation>{file} doit comporter les colonnes feature, value, min et max&#x202f;; manquantes&#xa0;: {missing}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: no feature.</source>
        <translation>{where}&#xa0;: aucun critère.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: min and max must be whole numbers (found &apos;{min}&apos; and &apos;{max}&apos;).</source>
        <translation>{where}&#xa0;: min et max doivent être des nombres entiers (trouvé «&#xa0;{min}&#xa0;» et «&#xa0;{max}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: min and max cannot be negative.</source>
        <translation>{where}&#xa0;: min et max ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the minimum {min} for &apos;{value}&apos; ({feature}) is more than its maximum {max}.</source>
        <translation>{where}&#xa0;: le minimum {min} pour «&#xa0;{value}&#xa0;» ({feature}) dépasse son maximum {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; ({feature}) already has a quota on line {other}.</source>
        <translation>{where}&#xa0;: «&#xa0;{value}&#xa0;» ({feature}) a déjà un quota à la ligne {other}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no quotas in it.</source>
        <translation>{file} ne contient aucun quota.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which is not a column of {file}.</source>
        <translation>Les quotas utilisent le critère «&#xa0;{feature}&#xa0;», qui n&apos;est pas une colonne de {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one in {file} has &apos;{value}&apos; for &apos;{feature}&apos;, but the quotas give it {min} to {max} seats.</source>
        <translation>Personne dans {file} n&apos;a «&#xa0;{value}&#xa0;» pour «&#xa0;{feature}&#xa0;», mais les quotas lui attribuent de {min} à {max} places.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give both --cap-feature and --cap, or neither.</source>
        <translation>Indiquez à la fois --cap-feature et --cap, ou aucun des deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap feature &apos;{feature}&apos; is not a column of {file}.</source>
        <translation>Le critère de plafond «&#xa0;{feature}&#xa0;» n&apos;est pas une colonne de {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap must be at least 1.</source>
        <translation>Le plafond doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1.</source>
        <translation>Le nombre de places doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/problem.py" line="+98"/>
        <source>The pool is empty: there is no one to select from.</source>
        <translation>Le vivier est vide&#xa0;: il n&apos;y a personne à sélectionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1 (it is {seats}).</source>
        <translation>Le nombre de places doit être d&apos;au moins 1 (il est de {seats}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap per group must be at least 1 (it is {cap}).</source>
        <translation>Le plafond par groupe doit être d&apos;au moins 1 (il est de {cap}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some ids appear more than once in the pool: {ids}.</source>
        <translation>Certains identifiants figurent plusieurs fois dans le vivier&#xa0;: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some pool members have no id.</source>
        <translation>Certains membres du vivier n&apos;ont pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which no pool member has.</source>
        <translation>Les quotas utilisent le critère «&#xa0;{feature}&#xa0;», qu&apos;aucun membre du vivier ne possède.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is negative.</source>
        <translation>Le minimum pour «&#xa0;{value}&#xa0;» ({feature}) est négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is {min}, more than its maximum {max}.</source>
        <translation>Le minimum pour «&#xa0;{value}&#xa0;» ({feature}) est de {min}, plus que son maximum {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are two quotas for &apos;{value}&apos; ({feature}).</source>
        <translation>Il y a deux quotas pour «&#xa0;{value}&#xa0;» ({feature}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/report.py" line="+103"/>
        <location line="+171"/>
        <source>Selection audit report</source>
        <translation>Rapport d&apos;audit de la sélection</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>This report shows how the participants were chosen: a lottery that gives every person in the pool a chance, as equal as the quotas allow, and that anyone can re-run with the seed below to obtain exactly the same panel.</source>
        <translation>Ce rapport montre comment les participants ont été choisis&#xa0;: une loterie qui donne à chaque personne du vivier une chance, aussi égale que les quotas le permettent, et que chacun peut refaire avec la graine ci-dessous pour obtenir exactement le même panel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maximin: the smallest selection probability of anyone in the pool is as large as possible</source>
        <translation>maximin&#xa0;: la plus petite probabilité de sélection d&apos;une personne du vivier est aussi grande que possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leximin: the smallest probability is as large as possible, then the next smallest, and so on</source>
        <translation>leximin&#xa0;: la plus petite probabilité est aussi grande que possible, puis la suivante, et ainsi de suite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {cap} per &apos;{feature}&apos;</source>
        <translation>au plus {cap} par «&#xa0;{feature}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no (time limit; gap to the upper bound: {gap})</source>
        <translation>non (durée maximale atteinte&#xa0;; écart à la borne supérieure&#xa0;: {gap})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (time limit)</source>
        <translation>non (durée maximale atteinte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora Desk selection engine {version}, solver {solver}</source>
        <translation>Moteur de sélection de Diaspora Desk {version}, solveur {solver}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on</source>
        <translation>Tiré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the pool</source>
        <translation>Personnes dans le vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per group</source>
        <translation>Plafond par groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest probability</source>
        <translation>Plus petite probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound (no lottery can beat it)</source>
        <translation>Borne supérieure (aucune loterie ne peut faire mieux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal</source>
        <translation>Optimalité prouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotation rule</source>
        <translation>Règle de rotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People seated at another consultation from {start} to {end} ({months} months) were left out before the draw: {count}.</source>
        <translation>Personnes ayant siégé à une autre consultation du {start} au {end} ({months} mois), écartées avant le tirage&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>Comment vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is the SHA-256 of the pool and quotas in canonical JSON (ids sorted, only the values the quotas use). Anyone with the audit file can run: diaspora-desk select verify AUDIT.json — it recomputes the fingerprint, checks every panel of the lottery against the quotas, recomputes the probabilities, re-runs the draw with the seed and re-solves the lottery to confirm it is the fairest.</source>
        <translation>L&apos;empreinte est le SHA-256 du vivier et des quotas en JSON canonique (identifiants triés, seulement les valeurs utilisées par les quotas). Toute personne disposant du fichier d&apos;audit peut lancer&#xa0;: diaspora-desk select verify AUDIT.json — la commande recalcule l&apos;empreinte, vérifie chaque panel de la loterie au regard des quotas, recalcule les probabilités, refait le tirage avec la graine et résout de nouveau la loterie pour confirmer qu&apos;elle est la plus équitable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draw uses SHA-256 in counter mode: block i of a stream is SHA-256(&quot;diaspora-desk/v1/&quot; + stream + &quot;/&quot; + seed + &quot;/&quot; + i); a number below m is the first block value v under 2^256 - (2^256 mod m), taken modulo m. One number below the total weight picks the panel; then, for each group of interchangeable people, a partial Fisher-Yates shuffle of their ids picks who sits on it. Reserves come from the stream &quot;reserves&quot;.</source>
        <translation>Le tirage utilise SHA-256 en mode compteur&#xa0;: le bloc i d&apos;un flux vaut SHA-256(&quot;diaspora-desk/v1/&quot; + flux + &quot;/&quot; + graine + &quot;/&quot; + i)&#x202f;; un nombre inférieur à m est la première valeur de bloc v inférieure à 2^256 - (2^256 mod m), prise modulo m. Un nombre inférieur au poids total choisit le panel&#x202f;; puis, pour chaque groupe de personnes interchangeables, un mélange de Fisher-Yates partiel de leurs identifiants désigne qui y siège. Les réserves proviennent du flux &quot;reserves&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria, pool and panel</source>
        <translation>Critères, vivier et panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of pool</source>
        <translation>% du vivier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On panel</source>
        <translation>Dans le panel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The panel ({count} people)</source>
        <translation>Le panel ({count} personnes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserves, in order ({count})</source>
        <translation>Réserves, dans l&apos;ordre ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When someone declines, their seat goes to the first reserve in this order who keeps every quota.</source>
        <translation>Quand une personne décline, sa place revient à la première réserve de cette liste qui respecte tous les quotas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reserves were drawn.</source>
        <translation>Aucune réserve n&apos;a été tirée au sort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection probability of every person in the pool</source>
        <translation>Probabilité de sélection de chaque personne du vivier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By pseudonymous id, sorted by id. These are the chances each person had before the draw; people with equal values on every criterion have equal chances.</source>
        <translation>Par identifiant pseudonyme, triés par identifiant. Ce sont les chances qu&apos;avait chaque personne avant le tirage&#x202f;; les personnes ayant les mêmes valeurs pour chaque critère ont les mêmes chances.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selection audit — seed {seed} — fingerprint {short}… — page {page}</source>
        <translation>Audit de la sélection — graine {seed} — empreinte {short}… — page {page}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/solver.py" line="+326"/>
        <location line="+105"/>
        <source>The solver could not compute the lottery (status: {status}).</source>
        <translation>Le solveur n&apos;a pas pu calculer la loterie (état : {status}).</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Leximin stage {stage}: best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Étape leximin {stage}&#xa0;: meilleur jusqu&apos;ici {best:.4%}, borne supérieure {upper:.4%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Meilleur jusqu&apos;ici {best:.4%}, borne supérieure {upper:.4%}</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Unknown algorithm &apos;{name}&apos;: use maximin or leximin.</source>
        <translation>Algorithme inconnu «&#xa0;{name}&#xa0;»&#xa0;: utilisez maximin ou leximin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the quotas…</source>
        <translation>Vérification des quotas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No panel meeting the quotas was found within the time limit; allow more time.</source>
        <translation>Aucun panel respectant les quotas n’a été trouvé dans la durée maximale&#xa0;; accordez plus de temps.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the lottery: {share:.0%} done</source>
        <translation>Construction du tirage : {share:.0%} effectué</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The leximin refinement stopped at stage {stage} after a numerical difficulty; the lottery is the one of the stage before.</source>
        <translation>L&apos;affinage leximin s&apos;est arrêté à l&apos;étape {stage} après une difficulté numérique ; la loterie est celle de l&apos;étape précédente.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+176"/>
        <source>Stopped at the time limit before the optimum was proven.</source>
        <translation>Arrêté à la durée maximale avant que l&apos;optimum soit prouvé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 person cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>1 personne ne peut figurer dans aucun panel qui respecte les quotas : sa probabilité est nulle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>{count} personnes ne peuvent figurer dans aucun panel qui respecte les quotas : leur probabilité est nulle.</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../desktop/views/selection_dialog.py" line="+71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Tiré comme</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run the selection</source>
        <translation>Lancer la sélection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw {seats} participants and {reserves} reserves for “{title}” from the {pool} people in its pool.</source>
        <translation>Tirer au sort {seats} participants et {reserves} réserves pour «&#xa0;{title}&#xa0;» parmi les {pool} personnes de son vivier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks before the draw</source>
        <translation>Vérifications avant le tirage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;duplicates…</source>
        <translation>Régler les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type numbers drawn in public (e.g. lottery balls), or generate one. The same seed always gives the same panel.</source>
        <translation>Saisissez des nombres tirés en public (p. ex. des boules de loterie) ou générez-en un. La même graine donne toujours le même panel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed:</source>
        <translation>G&amp;raine&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairest chance for everyone</source>
        <translation>La chance la plus équitable pour chacun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairest chance, refined further (slower)</source>
        <translation>La chance la plus équitable, affinée (plus lent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in seconds</source>
        <translation>Durée maximale en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When time runs out, the best distribution found so far is used</source>
        <translation>Quand le temps est écoulé, la meilleure répartition trouvée jusque-là est utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Durée maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best so far and upper bound</source>
        <translation>Meilleur résultat actuel et borne supérieure</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each pool member&apos;s chance</source>
        <translation>Chance de chaque membre du vivier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;audit report…</source>
        <translation>&amp;Exporter le rapport d&apos;audit…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} pool members are left out: their consent is no longer valid.</source>
        <translation>Membres du vivier écartés&#xa0;: {count} (leur consentement n&apos;est plus valide).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} / {second} ({reasons})</source>
        <translation>{first} / {second} ({reasons})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool holds {count} pairs of likely duplicate people: {pairs}. The draw waits until each is merged or marked “not the same person”.</source>
        <translation>Le vivier contient {count} paires de personnes probablement en double&#xa0;: {pairs}. Le tirage attend que chacune soit fusionnée ou marquée «&#xa0;pas la même personne&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {cap} per household will be drawn.</source>
        <translation>Au plus {cap} par foyer seront tirés au sort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No household rule is set.</source>
        <translation>Aucune règle par foyer n’est fixée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} households have several people in the pool (same address or phone). {rule}</source>
        <translation>{count} foyers ont plusieurs personnes dans le vivier (même adresse ou téléphone). {rule}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a seed or press Generate.</source>
        <translation>Saisissez une graine ou appuyez sur Générer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quotas cannot all hold: {why} Change them in the Criteria tab.</source>
        <translation>Les quotas ne peuvent pas tous être respectés&#xa0;: {why} Modifiez-les dans l&apos;onglet Critères.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing everyone&apos;s chance…</source>
        <translation>Calcul de la chance de chacun…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing everyone&apos;s chance… {seconds} s</source>
        <translation>Calcul de la chance de chacun… {seconds} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best guarantee so far: {best} · upper bound: {upper} · {seconds} s</source>
        <translation>Meilleure garantie jusqu&apos;ici&#xa0;: {best} · borne supérieure&#xa0;: {upper} · {seconds} s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: nothing was drawn.</source>
        <translation>Annulé&#xa0;: aucun tirage n&apos;a été effectué.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in the pool had at least a {minimum} chance ({algorithm}).</source>
        <translation>Tirage avec la graine {seed}&#xa0;: {seats} participants et {reserves} réserves. Chaque membre du vivier avait une chance d&apos;au moins {minimum} ({algorithm}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected</source>
        <translation>Sélectionné(e)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve {rank}</source>
        <translation>Réserve {rank}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done in {seconds} s.</source>
        <translation>Terminé en {seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method: maximin — the smallest chance of anyone in the pool is made as large as the quotas allow.</source>
        <translation>Méthode&#xa0;: maximin — la plus petite chance parmi les personnes du vivier est rendue aussi grande que les quotas le permettent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: leximin — as maximin, then the next smallest chance, and so on.</source>
        <translation>Méthode&#xa0;: leximin — comme maximin, puis la chance suivante la plus petite, et ainsi de suite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Audit de la sélection</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in the audit</source>
        <translation>Identifiant dans l&apos;audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance of selection</source>
        <translation>Chance d&apos;être sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Tiré comme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected</source>
        <translation>Sélectionné(e)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve {rank}</source>
        <translation>Réserve {rank}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of pool and quotas:</source>
        <translation>Empreinte du vivier et des quotas&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest chance of anyone:</source>
        <translation>Plus petite chance individuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn:</source>
        <translation>Tirage&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each pool member&apos;s chance of selection</source>
        <translation>Chance de sélection de chaque membre du vivier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the selection…</source>
        <translation>&amp;Lancer la sélection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute everyone&apos;s chance within the quotas, then draw the panel and reserves with a public seed</source>
        <translation>Calculer la chance de chacun dans le respect des quotas, puis tirer au sort le panel et les réserves avec une graine publique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;audit report…</source>
        <translation>&amp;Exporter le rapport d&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit report as PDF, and the same as JSON so anyone can re-run the draw</source>
        <translation>Le rapport d&apos;audit en PDF, et le même en JSON pour que chacun puisse refaire le tirage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the draw</source>
        <translation>&amp;Vérifier le tirage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the draw from the record and compare</source>
        <translation>Refaire le tirage à partir de l&apos;enregistrement et comparer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The participants were drawn. Everything needed to check the draw is in the audit report.</source>
        <translation>Les participants ont été tirés au sort. Tout ce qu&apos;il faut pour vérifier le tirage figure dans le rapport d&apos;audit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the criteria, then run the selection: it computes every pool member&apos;s chance within the quotas, and draws the panel and the reserves with a seed you can announce in public.</source>
        <translation>Définissez les critères, puis lancez la sélection&#xa0;: elle calcule la chance de chaque membre du vivier dans le respect des quotas, et tire au sort le panel et les réserves avec une graine que vous pouvez annoncer publiquement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the pool and add people to it first.</source>
        <translation>Ouvrez d&apos;abord le vivier et ajoutez-y des personnes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Audit de la sélection</translation>
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
        <translation>Vérifier le tirage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-running the draw from its record…</source>
        <translation>Nouvelle exécution du tirage à partir de son enregistrement…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit report written to {pdf} and {json}.</source>
        <translation>Rapport d&apos;audit écrit dans {pdf} et {json}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the audit report…</source>
        <translation>Rédaction du rapport d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+40"/>
        <location line="+99"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies after a restart; you are offered one when you save, and the window reopens where it was.</source>
        <translation>Une nouvelle langue s&apos;applique après un redémarrage&#xa0;; il vous est proposé à l&apos;enregistrement et la fenêtre se rouvre là où elle était.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rejected registrations for</source>
        <translation>Garder les inscriptions refusées pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this many days, the personal data of a rejected registration from the public form is erased (here and, after the next sync, on the server).</source>
        <translation>Après ce nombre de jours, les données personnelles d&apos;une inscription refusée venue du formulaire public sont effacées (ici et, après la prochaine synchronisation, sur le serveur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep rejected registrations:</source>
        <translation>&amp;Garder les inscriptions refusées&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change home country</source>
        <translation>Changer de pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the home country? The new country&apos;s regions are added; existing regions and records stay and can be retired by hand.</source>
        <translation>Changer de pays d&apos;origine&#x202f;? Les régions du nouveau pays sont ajoutées&#x202f;; les régions et fiches existantes sont conservées et peuvent être désactivées à la main.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="-515"/>
        <source>Fill from population shares</source>
        <translation>Remplir d&apos;après les parts de la population</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type how big each group is in the whole diaspora (people or percentages; only the proportions count). Seats are shared out in the same proportions. Values left empty are not limited.</source>
        <translation>Indiquez la taille de chaque groupe dans l&apos;ensemble de la diaspora (personnes ou pourcentages&#x202f;; seules les proportions comptent). Les places sont réparties dans les mêmes proportions. Les valeurs laissées vides ne sont pas limitées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature:</source>
        <translation>&amp;Critère&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population share</source>
        <translation>Part de la population</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population shares</source>
        <translation>Parts de la population</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not limited</source>
        <translation>non limité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population share of {value}</source>
        <translation>Part de la population pour {value}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>Veuillez vous connecter à {server} en tant que {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+209"/>
        <source>Changed here and on the server: {fields}</source>
        <translation>Modifié ici et sur le serveur&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This conflict is no longer open.</source>
        <translation>Ce conflit n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose a version for: {fields}</source>
        <translation>Veuillez choisir une version pour&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record no longer exists here.</source>
        <translation>Cette fiche n&apos;existe plus ici.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown kind of record.</source>
        <translation>Type de fiche inconnu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="+24"/>
        <source>The server cannot be reached right now ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>Le serveur est injoignable pour le moment ({reason}). Vos modifications sont conservées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login has expired. Please log in again; your changes are kept.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter&#x202f;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: {detail}</source>
        <translation>Le serveur a refusé&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: {detail}</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem ({detail}). Your changes are kept; please try again later.</source>
        <translation>Le serveur a rencontré un problème ({detail}). Vos modifications sont conservées&#x202f;; veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: {detail}</source>
        <translation>Synchronisation interrompue&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/pull.py" line="+311"/>
        <source>Received {count} records</source>
        <translation>Fiches reçues&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+241"/>
        <source>This record cannot be sent: {reason}</source>
        <translation>Cette fiche ne peut pas être envoyée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>Le serveur n&apos;a pas pu accepter cette modification.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Sent {done} of {total} changes</source>
        <translation>Modifications envoyées&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/identity.py" line="+68"/>
        <source>{server} is not the server this computer&apos;s data is kept in step with. Nothing was sent or received. To work with {server}, start Diaspora Desk with a new data folder; to go on with your data, use the address of your usual server.</source>
        <translation>{server} n&apos;est pas le serveur avec lequel les données de cet ordinateur sont synchronisées. Rien n&apos;a été envoyé ni reçu. Pour travailler avec {server}, démarrez Diaspora Desk avec un nouveau dossier de données&#xa0;; pour continuer avec vos données, utilisez l&apos;adresse de votre serveur habituel.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/join.py" line="+49"/>
        <source>The server does not know its country yet (no regions and no regional users). Start a new database and choose the country, then sync.</source>
        <translation>Le serveur ne connaît pas encore son pays (aucune région ni aucun utilisateur régional). Créez une nouvelle base de données, choisissez le pays, puis synchronisez.</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-359"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association link</source>
        <translation>Lien avec une association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer</source>
        <translation>Dépliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entry</source>
        <translation>Entrée d&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding year</source>
        <translation>Année de fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member count</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement areas</source>
        <translation>Domaines d&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed at</source>
        <translation>Statut modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed by</source>
        <translation>Statut modifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Consentement à la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionné avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch</source>
        <translation>Lot d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Autres détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased at</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves wanted</source>
        <translation>Réserves souhaitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Texte principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Appel à l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image name</source>
        <translation>Nom de l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed</source>
        <translation>Fond perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMYK colours</source>
        <translation>Couleurs CMJN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Figure sur les dépliants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication consent given on</source>
        <translation>Consentement à la publication donné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How publication consent was given</source>
        <translation>Manière dont le consentement à la publication a été donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>Actif depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Rang de réserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office name</source>
        <translation>Nom du bureau d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired at</source>
        <translation>Désactivée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="-176"/>
        <location filename="../desktop/views/sync_page.py" line="+102"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../desktop/views/sync_page.py" line="-76"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Send this office&apos;s changes to the central server and receive the other offices&apos; work. Everything keeps working without a connection; sync whenever you are online. Nothing typed is ever thrown away: when two offices changed the same field, you choose which version to keep.</source>
        <translation>Envoyez les modifications de ce bureau au serveur central et recevez le travail des autres bureaux. Tout continue de fonctionner sans connexion&#x202f;; synchronisez dès que vous êtes en ligne. Rien de ce qui a été saisi n&apos;est jamais perdu&#xa0;: quand deux bureaux ont modifié le même champ, vous choisissez la version à garder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>Adr&amp;esse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password store (keyring) was found on this computer. Your password is kept only while Diaspora Desk runs, so you will be asked for it once per session.</source>
        <translation>Aucun trousseau de mots de passe n&apos;a été trouvé sur cet ordinateur. Votre mot de passe n&apos;est conservé que pendant l&apos;exécution de Diaspora Desk&#xa0;: il vous sera demandé une fois par session.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Envoyer et recevoir les modifications maintenant (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically every</source>
        <translation>Synchroniser automatiquement &amp;toutes les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes entre deux synchronisations automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns automatic sync off</source>
        <translation>0 désactive la synchronisation automatique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync summary</source>
        <translation>Résumé de la synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of yours kept over another office&apos;s</source>
        <translation>Vos valeurs conservées face à celles d&apos;un autre bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current step; what was already sent and received is kept</source>
        <translation>Arrêter après l&apos;étape en cours&#x202f;; ce qui a déjà été envoyé et reçu est conservé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that need your attention</source>
        <translation>Modifications qui demandent votre attention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose, field by field, which version to keep</source>
        <translation>Choisir, champ par champ, la version à garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard my change…</source>
        <translation>Abandonner &amp;ma modification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this computer&apos;s change and go back to the server&apos;s version</source>
        <translation>Abandonner la modification de cet ordinateur et revenir à la version du serveur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync: {server} (last sync: {when})</source>
        <translation>Synchronisation&#xa0;: {server} (dernière&#xa0;: {when})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+46"/>
        <source>Enter the server address and your user name first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not logged in: {reason}</source>
        <translation>Non connecté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}. Press Sync now to send and receive changes.</source>
        <translation>Connecté en tant que {user}. Cliquez sur Synchroniser maintenant pour envoyer et recevoir les modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to {server}</source>
        <translation>Connecté à {server}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged out. Your changes stay on this computer until the next sync.</source>
        <translation>Déconnecté. Vos modifications restent sur cet ordinateur jusqu&apos;à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic sync is waiting for you to log in.</source>
        <translation>La synchronisation automatique attend que vous vous connectiez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with {server}…</source>
        <translation>Synchronisation avec {server}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced at {when}: sent {sent} changes, received {received} records.</source>
        <translation>Synchronisé le {when}&#xa0;: modifications envoyées&#xa0;: {sent}&#x202f;; fiches reçues&#xa0;: {received}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} changes need your attention below.</source>
        <translation>Modifications qui demandent votre attention ci-dessous&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office proposed other values for {count} of your records; yours were kept (see below).</source>
        <translation>Un autre bureau a proposé d&apos;autres valeurs pour {count} de vos fiches&#xa0;; les vôtres ont été conservées (voir ci-dessous).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online — last sync {when}</source>
        <translation>En ligne — dernière synchronisation {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — will sync when the server can be reached</source>
        <translation>Hors ligne — synchronisation dès que le serveur sera joignable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync paused — please log in again</source>
        <translation>Synchronisation en pause — veuillez vous reconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed — see the Sync page</source>
        <translation>Échec de la synchronisation — voir la page Synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped. What was already sent and received is kept; the next sync continues from there.</source>
        <translation>Synchronisation arrêtée. Ce qui a déjà été envoyé et reçu est conservé&#x202f;; la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server address and your user name.</source>
        <translation>Saisissez l&apos;adresse du serveur et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as {user} (regional office: {regions}).</source>
        <translation>Connecté en tant que {user} (bureau régional&#xa0;: {regions}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}.</source>
        <translation>Connecté en tant que {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: {conflicts} · Refused: {refused}</source>
        <translation>Dernière synchronisation&#xa0;: {when} · Modifications en attente d&apos;envoi&#xa0;: {pending} · Conflits&#xa0;: {conflicts} · Refusées&#xa0;: {refused}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your value was kept: {record} ({fields}); {user} proposed another and decides on their side.</source>
        <translation>Votre valeur a été conservée&#xa0;: {record} ({fields})&#xa0;; {user} en a proposé une autre et décide de son côté.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{record} is not on the server, or no longer belongs to your offices. Discarding your change deletes it from this computer. Discard it?</source>
        <translation>{record} n&apos;est pas sur le serveur ou n&apos;appartient plus à vos bureaux. Abandonner votre modification la supprime de cet ordinateur. L&apos;abandonner&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard your change to {record} and go back to the server&apos;s version?</source>
        <translation>Abandonner votre modification de {record} et revenir à la version du serveur&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record} and go back to its original values?</source>
        <translation>Abandonner votre modification de {record} et revenir à ses valeurs d&apos;origine&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record}? The next sync downloads the server&apos;s version again.</source>
        <translation>Abandonner votre modification de {record}&#x202f;? La prochaine synchronisation téléchargera de nouveau la version du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my change</source>
        <translation>Abandonner ma modification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be discarded: {reason}</source>
        <translation>Impossible d&apos;abandonner la modification&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change was discarded.</source>
        <translation>Votre modification a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+103"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="-333"/>
        <source>Type and press Enter to add</source>
        <translation>Tapez puis appuyez sur Entrée pour ajouter</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Retirer {tag}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/views/trash.py" line="+71"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>Les fiches supprimées restent ici jusqu&apos;à ce que vous les restauriez. Une fiche restaurée revient avec ses liens et son historique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>Filtrer les fiches supprimées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurer la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln fiche restaurée.</numerusform>
            <numerusform>%Ln fiches restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <location filename="../desktop/services/validation.py" line="+560"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>Ne peut figurer sur les dépliants qu&apos;une fois enregistré le consentement de la personne à la publication de ses coordonnées (date et manière dont il a été donné).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="-453"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Une adresse électronique ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address needs an @, like name@example.org.</source>
        <translation>Une adresse électronique doit contenir un @, comme nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is missing before the @.</source>
        <translation>Il manque quelque chose avant le @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @ needs a dot and an ending, like example.org.</source>
        <translation>La partie après le @ doit contenir un point et une terminaison, comme example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like an e-mail address; check it, e.g. name@example.org.</source>
        <translation>Cela ne ressemble pas à une adresse électronique&#x202f;; vérifiez-la, par ex. nom@example.org.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A phone number can contain only digits, spaces and + - ( ) /.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces et + - ( ) /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the international prefix (for example +39 for Italy), or choose the country first.</source>
        <translation>Ajoutez l&apos;indicatif international (par exemple +39 pour l&apos;Italie) ou choisissez d&apos;abord le pays.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid phone number for {country}; check the digits and the prefix.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone valide pour&#xa0;: {country}&#x202f;; vérifiez les chiffres et l&apos;indicatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number; check the digits and the prefix.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone valide&#x202f;; vérifiez les chiffres et l&apos;indicatif.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A web address cannot contain spaces.</source>
        <translation>Une adresse web ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>Une adresse web commence par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This does not look like a web address; check it, e.g. www.example.org.</source>
        <translation>Cela ne ressemble pas à une adresse web&#x202f;; vérifiez-la, par ex. www.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number, using digits only.</source>
        <translation>Saisissez un nombre entier, uniquement avec des chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number of at least {min}.</source>
        <translation>Saisissez un nombre supérieur ou égal à {min}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of at most {max}.</source>
        <translation>Saisissez un nombre inférieur ou égal à {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the year with four digits, like 2004.</source>
        <translation>Saisissez l&apos;année sur quatre chiffres, comme 2004.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year cannot be before {year}.</source>
        <translation>L&apos;année ne peut pas être antérieure à {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year cannot be in the future.</source>
        <translation>L&apos;année ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a date like 2024-03-31.</source>
        <translation>Saisissez une date comme 2024-03-31.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.</source>
        <translation>Saisissez une date comme 2024-03-31 (année-mois-jour) ou 31.03.2024.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each entry can have at most {max} characters.</source>
        <translation>Chaque entrée peut compter au plus {max} caractères.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown engagement area: {names}.</source>
        <translation>Domaine d&apos;engagement inconnu&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown country: {text}. Pick one from the list.</source>
        <translation>Pays inconnu&#xa0;: {text}. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A region code looks like MD-CA.</source>
        <translation>Un code de région ressemble à MD-CA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown region: {text}.</source>
        <translation>Région inconnue&#xa0;: {text}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>C&apos;est trop long&#xa0;: {max} caractères au maximum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown value: {text}.</source>
        <translation>Valeur inconnue&#xa0;: {text}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the association&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;association.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The consent date cannot be in the future.</source>
        <translation>La date du consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how the consent was given (for example: signed form, e-mail).</source>
        <translation>Indiquez comment le consentement a été donné (par exemple&#xa0;: formulaire signé, courriel).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given.</source>
        <translation>Saisissez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
</context>
</TS>
