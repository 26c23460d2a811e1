<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="263"/>
        <source>Loading face search…</source>
        <translation>Chargement de la recherche par visage…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="283"/>
        <source>Face search ready</source>
        <translation>Recherche par visage prête</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="293"/>
        <source>Face search is not available: {reason}</source>
        <translation>La recherche par visage n&apos;est pas disponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="301"/>
        <source>Registrar closed while a registration was being saved. It WAS saved: {ids}. Check that record before registering the person again.</source>
        <translation>Registrar s&apos;est fermé pendant la sauvegarde d&apos;un enregistrement. Il A BIEN été sauvegardé : {ids}. Vérifiez ce dossier avant d&apos;enregistrer de nouveau la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="306"/>
        <source>Registrar closed while a registration was being saved. It was NOT saved: register the person again.</source>
        <translation>Registrar s&apos;est fermé pendant la sauvegarde d&apos;un enregistrement. Il n&apos;a PAS été sauvegardé : enregistrez de nouveau la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="310"/>
        <source>Last registration</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="352"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="188"/>
        <source>Registrar - first start</source>
        <translation>Registrar - premier démarrage</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Creating the encrypted vault…</source>
        <translation>Création du coffre-fort chiffré…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../ui/login.py" line="36"/>
        <source>Registrar - unlock</source>
        <translation>Registrar - déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="44"/>
        <source>your operator name</source>
        <translation>votre nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100"/>
        <source>Type your operator name and your password.</source>
        <translation>Saisissez votre nom d&apos;opérateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Register</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Register a person.</source>
        <translation>Enregistrer une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Find people by name, registration id or document number.</source>
        <translation>Rechercher des personnes par nom, numéro d&apos;enregistrement ou numéro de document.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Supervisors review possible duplicates here. This screen arrives with the supervisor&apos;s workbench; the number of cases waiting is in the status bar.</source>
        <translation>Les superviseurs examinent ici les doublons possibles. Cet écran arrivera avec l&apos;espace de travail des superviseurs ; le nombre de cas en attente figure dans la barre d&apos;état.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Send records to the hub, over the network or on a USB stick. This screen arrives with the hub; records wait safely in the encrypted vault.</source>
        <translation>Envoyer les dossiers au serveur central, par le réseau ou sur une clé USB. Cet écran arrivera avec le serveur central ; d&apos;ici là, les dossiers attendent en sécurité dans le coffre-fort chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Station, operators and thresholds.</source>
        <translation>Poste, opérateurs et seuils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>officer</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>{operator} ({role}) at {site}</source>
        <translation>{operator} ({role}) à {site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>{n} waiting for sync</source>
        <translation>{n} en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>{n} cases to review</source>
        <translation>{n} cas à examiner</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people_page.py" line="313"/>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="314"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="315"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="316"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="317"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="318"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="319"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="320"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="336"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people_page.py" line="538"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="547"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="550"/>
        <source>Name, registration id or document number</source>
        <translation>Nom, numéro d&apos;enregistrement ou numéro de document</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="551"/>
        <source>Find people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="553"/>
        <source>Type a name, a registration id or a document number. Press Down to go to the results and Enter to open a person.</source>
        <translation>Saisissez un nom, un numéro d&apos;enregistrement ou un numéro de document. Appuyez sur la flèche Bas pour aller aux résultats et sur Entrée pour ouvrir une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="560"/>
        <source>Search by &amp;photo…</source>
        <translation>Rechercher par &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="562"/>
        <source>Find people whose face matches a photo file</source>
        <translation>Rechercher les personnes dont le visage correspond à un fichier photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="563"/>
        <source>Search by &amp;camera…</source>
        <translation>Rechercher par &amp;caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="565"/>
        <source>Photograph the person and find matching faces</source>
        <translation>Photographier la personne et rechercher les visages correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="577"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="605"/>
        <source>Enter or double-click opens the selected person.</source>
        <translation>Entrée ou un double-clic ouvre la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="684"/>
        <source>The check character does not match: check the id for a typo. The last character of a registration id is computed from the others.</source>
        <translation>Le caractère de contrôle ne correspond pas : vérifiez que le numéro ne contient pas de faute de frappe. Le dernier caractère d&apos;un numéro d&apos;enregistrement est calculé à partir des autres.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="691"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="722"/>
        <source>Scroll down for more.</source>
        <translation>Faites défiler vers le bas pour en voir plus.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="725"/>
        <source>No one is registered yet.</source>
        <translation>Personne n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="728"/>
        <source>The {n} most recent registrations, newest first.</source>
        <translation>Les {n} enregistrements les plus récents, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="731"/>
        <source>Found by registration id.</source>
        <translation>Trouvé par numéro d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="734"/>
        <source>No one found for “{text}”.</source>
        <translation>Personne n&apos;a été trouvé pour « {text} ».</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="737"/>
        <source>{d} person(s) hold a document with this number; {n} found in all (document number or name).</source>
        <translation>Personnes détenant un document portant ce numéro : {d} ; résultats au total : {n} (numéro de document ou nom).</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="744"/>
        <source>{n} found by name.</source>
        <translation>Trouvées par nom : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="748"/>
        <source>No person with this registration id in this vault.</source>
        <translation>Aucune personne n&apos;a ce numéro d&apos;enregistrement dans ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="751"/>
        <source>The check character does not match: check the id for a typo.</source>
        <translation>Le caractère de contrôle ne correspond pas : vérifiez que le numéro ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="760"/>
        <source>{n} people in this vault</source>
        <translation>Personnes dans ce coffre-fort : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="808"/>
        <source>Search by photo</source>
        <translation>Rechercher par photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="810"/>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="820"/>
        <source>Search by camera</source>
        <translation>Rechercher par caméra</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="821"/>
        <source>Ask the person to look at the camera, then take the picture.</source>
        <translation>Demandez à la personne de regarder la caméra, puis prenez la photo.</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="266"/>
        <source>Person record</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="298"/>
        <source>&amp;Details</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="301"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="304"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="305"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="308"/>
        <source>History of this record</source>
        <translation>Historique de ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="313"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="315"/>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifier les informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="320"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="344"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="345"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="346"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="347"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="348"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="349"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="350"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="351"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="352"/>
        <source>Specific needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="353"/>
        <source>Registered</source>
        <translation>Date d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="381"/>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="382"/>
        <source>Year of birth estimated</source>
        <translation>Année de naissance estimée</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="383"/>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="386"/>
        <source>year-month-day, e.g. 1990-04-21</source>
        <translation>année-mois-jour, p. ex. 1990-04-21</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="395"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Sauvegarder comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="398"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="409"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="410"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="411"/>
        <source>&amp;Other names:</source>
        <translation>A&amp;utres noms :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="412"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="413"/>
        <source>&amp;Birth:</source>
        <translation>Na&amp;issance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="414"/>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="415"/>
        <source>Year of birth:</source>
        <translation>Année de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="416"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="430"/>
        <source>Other members of the household</source>
        <translation>Autres membres du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="432"/>
        <source>Enter or double-click opens a member&apos;s record.</source>
        <translation>Entrée ou un double-clic ouvre le dossier d&apos;un membre.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="453"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="472"/>
        <source>This person is no longer in the vault.</source>
        <translation>Cette personne ne figure plus dans le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="485"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="487"/>
        <source>{state} · version {version} · last change {when} by {who}</source>
        <translation>{state} · version {version} · dernière modification le {when} par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="497"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="502"/>
        <source>Face photo</source>
        <translation>Photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="503"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="514"/>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="524"/>
        <source>Photos ({n})</source>
        <translation>Photos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="525"/>
        <source>Documents ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="526"/>
        <source>Household ({n})</source>
        <translation>Ménage ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="528"/>
        <source>History ({n})</source>
        <translation>Historique ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="534"/>
        <source>No face photo recorded.</source>
        <translation>Aucune photo du visage enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="539"/>
        <source>Face photo {n}</source>
        <translation>Photo du visage {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="544"/>
        <source>Taken {when}</source>
        <translation>Prise le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="554"/>
        <source>No document recorded.</source>
        <translation>Aucun document enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="569"/>
        <source>Number: {number}</source>
        <translation>Numéro : {number}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="571"/>
        <source>Issued by: {country}</source>
        <translation>Délivré par : {country}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="575"/>
        <source>Expired on {date}</source>
        <translation>Expiré le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="577"/>
        <source>Valid until {date}</source>
        <translation>Valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="582"/>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="592"/>
        <source>Not recorded in a household.</source>
        <translation>Non rattaché(e) à un ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="595"/>
        <source>This person: {relationship}. Other members: {n}.</source>
        <translation>Cette personne : {relationship}. Autres membres : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="603"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="618"/>
        <source>Version {n}: registered</source>
        <translation>Version {n} : enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="621"/>
        <source>Version {n}: changed {fields}</source>
        <translation>Version {n} : modifications ({fields})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="623"/>
        <source>nothing in the details</source>
        <translation>aucune dans les informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="697"/>
        <source>Give a given name or a family name.</source>
        <translation>Indiquez un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="708"/>
        <source>Write the date of birth as year-month-day, for example 1990-04-21.</source>
        <translation>Écrivez la date de naissance sous la forme année-mois-jour, par exemple 1990-04-21.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="739"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="751"/>
        <source>Saved as version {n}.</source>
        <translation>Sauvegardé comme version {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="762"/>
        <source>This person was changed meanwhile — reloaded. Look at the record and make your change again if it is still needed.</source>
        <translation>Cette personne a été modifiée entre-temps — le dossier a été rechargé. Consultez-le et refaites votre modification si elle est toujours nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="778"/>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="779"/>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="780"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="784"/>
        <source>Check the {name}: at most {n} characters and no control characters.</source>
        <translation>Vérifiez le champ « {name} » : {n} caractères au maximum et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="788"/>
        <source>The date of birth is in the future or more than 130 years ago.</source>
        <translation>La date de naissance est dans le futur ou remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="792"/>
        <source>The year of birth is in the future or more than 130 years ago.</source>
        <translation>L&apos;année de naissance est dans le futur ou remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="796"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces, + ( ) et -.</translation>
    </message>
</context>
<context>
    <name>PhotoSearchDialog</name>
    <message>
        <location filename="../../ui/people_page.py" line="475"/>
        <source>Search by photo</source>
        <translation>Rechercher par photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="478"/>
        <source>Search with another photo…</source>
        <translation>Rechercher avec une autre photo…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="482"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="501"/>
        <source>{n} registered person(s) may match this photo. Compare the photos before you open a record.</source>
        <translation>Personnes enregistrées pouvant correspondre à cette photo : {n}. Comparez les photos avant d&apos;ouvrir un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="508"/>
        <source>No registered person matches this photo.</source>
        <translation>Aucune personne enregistrée ne correspond à cette photo.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="512"/>
        <source>Searched photo</source>
        <translation>Photo recherchée</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Qt reads this: RTL lays the whole application out right to left, LTR does not.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <source>Site and station</source>
        <translation>Site et poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source> minutes without use</source>
        <translation> minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Take the photo &amp;automatically when the face is good</source>
        <translation>Prendre la photo &amp;automatiquement quand le visage est bon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>How long the face must stay good before the photo is taken.</source>
        <translation>Durée pendant laquelle le visage doit rester bon avant la prise de la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>&amp;Lock the station after</source>
        <translation>&amp;Verrouiller le poste après</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>&amp;Hold a good face for</source>
        <translation>&amp;Maintenir un bon visage pendant</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>&amp;Strong match at or below</source>
        <translation>Correspondance &amp;forte jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>&amp;Possible match at or below</source>
        <translation>Correspondance &amp;possible jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Only a supervisor can change settings.</source>
        <translation>Seul un superviseur peut modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147"/>
        <source>&amp;Save</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="222"/>
        <source>Loading the settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="260"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="281"/>
        <source>No band edges are set for the deciding score ({score}).</source>
        <translation>Aucune limite de tranche n&apos;est définie pour le score décisif ({score}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="289"/>
        <source>Decided by {score}. A new face at or below the strong edge is a strong match; at or below the possible edge, a possible match. Both go to a supervisor to compare. Lower edges raise fewer cases and miss more.</source>
        <translation>Décision fondée sur {score}. Un nouveau visage dont la valeur est inférieure ou égale à la limite forte est une correspondance forte ; inférieure ou égale à la limite possible, une correspondance possible. Dans les deux cas, un superviseur compare les photos. Des limites plus basses signalent moins de cas, mais en manquent davantage.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="298"/>
        <source>the SFace distance</source>
        <translation>la distance SFace</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="299"/>
        <source>the dlib distance</source>
        <translation>la distance dlib</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="300"/>
        <source>the fused score of both models</source>
        <translation>le score combiné des deux modèles</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="369"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="384"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>La limite possible doit être supérieure ou égale à la limite forte.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="393"/>
        <source>Settings saved</source>
        <translation>Paramètres sauvegardés</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>If every password is lost, this key opens the vault. It is shown only now. Write it down and lock it away.</source>
        <translation>Si tous les mots de passe sont perdus, cette clé ouvre le coffre-fort. Elle n&apos;est affichée que maintenant. Notez-la et mettez-la sous clé.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Save as PDF…</source>
        <translation>Sauvegarder en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>I wrote the recovery key down and checked it</source>
        <translation>J&apos;ai noté la clé de récupération et je l&apos;ai vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>Save the recovery key</source>
        <translation>Sauvegarder la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Registrar recovery key</source>
        <translation>Clé de récupération de Registrar</translation>
    </message>
</context>
<context>
    <name>_SitePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>The site code and station number start every registration id made here, for example KAK01-000123-4.</source>
        <translation>Le code du site et le numéro du poste figurent au début de chaque numéro d&apos;enregistrement créé ici, par exemple KAK01-000123-4.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>2-4 letters, e.g. KAK</source>
        <translation>2 à 4 lettres, p. ex. KAK</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>e.g. Registration desk 1</source>
        <translation>p. ex. Guichet d&apos;enregistrement 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>&amp;Site code</source>
        <translation>Code du &amp;site</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Station &amp;number</source>
        <translation>&amp;Numéro du poste</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Station n&amp;ame</source>
        <translation>N&amp;om du poste</translation>
    </message>
</context>
<context>
    <name>_SupervisorPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="73"/>
        <source>The first supervisor</source>
        <translation>Le premier superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>Supervisors add the other operators. Choose a password of at least {n} characters.</source>
        <translation>Les superviseurs ajoutent les autres opérateurs. Choisissez un mot de passe d&apos;au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Names are lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Les noms se composent de lettres minuscules, de chiffres, de points, de tirets ou de tirets bas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>The password is too short.</source>
        <translation>Le mot de passe est trop court.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../ui/camera_view.py" line="72"/>
        <source>No face found: look at the camera</source>
        <translation>Aucun visage détecté : regardez la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="73"/>
        <source>Only one person may be in the photo</source>
        <translation>Une seule personne doit figurer sur la photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="74"/>
        <source>Move closer to the camera</source>
        <translation>Rapprochez-vous de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="75"/>
        <source>The face is not clear: look straight at the camera</source>
        <translation>Le visage n&apos;est pas net : regardez droit vers la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="76"/>
        <source>Blurred: hold still</source>
        <translation>Image floue : ne bougez pas</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="77"/>
        <source>Too dark: add light in front of the face</source>
        <translation>Trop sombre : éclairez le visage de face</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="78"/>
        <source>Too bright: move away from direct light</source>
        <translation>Trop lumineux : éloignez-vous de la lumière directe</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="79"/>
        <source>Too bright: part of the face is washed out</source>
        <translation>Trop lumineux : une partie du visage est surexposée</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="80"/>
        <source>Hold your head straight</source>
        <translation>Tenez la tête droite</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="81"/>
        <source>Turn your head to face the camera</source>
        <translation>Tournez la tête face à la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="82"/>
        <source>Move to the centre of the picture</source>
        <translation>Placez-vous au centre de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="83"/>
        <source>The whole face must be in the picture</source>
        <translation>Le visage entier doit être dans l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="298"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="386"/>
        <source>&amp;Take the picture</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="390"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>candidates</name>
    <message>
        <location filename="../../ui/candidates.py" line="136"/>
        <source>Strong match: very probably the same person</source>
        <translation>Correspondance forte : très probablement la même personne</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="138"/>
        <source>Possible match: could be the same person</source>
        <translation>Correspondance possible : il pourrait s&apos;agir de la même personne</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="139"/>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="159"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="192"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="193"/>
        <source>Registered on {date}</source>
        <translation>Enregistré(e) le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="196"/>
        <source>Recorded sex differs</source>
        <translation>Le sexe enregistré diffère</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="198"/>
        <source>Ages differ by {n} years</source>
        <translation>Écart d&apos;âge : {n} ans</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="203"/>
        <source>Open record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="206"/>
        <source>Open the record of {name}</source>
        <translation>Ouvrir le dossier de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="255"/>
        <source>Checking for an earlier registration…</source>
        <translation>Recherche d&apos;un enregistrement antérieur…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="267"/>
        <source>No earlier registration found for this face.</source>
        <translation>Aucun enregistrement antérieur trouvé pour ce visage.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="272"/>
        <source>This person may already be registered ({n} candidate(s)). Compare the photos. If you continue, a supervisor will review the case.</source>
        <translation>Cette personne est peut-être déjà enregistrée ({n} candidat(s)). Comparez les photos. Si vous continuez, un superviseur examinera le cas.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="282"/>
        <source>New photo</source>
        <translation>Nouvelle photo</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents_step.py" line="69"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="70"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="71"/>
        <source>Refugee or asylum card</source>
        <translation>Carte de réfugié ou de demandeur d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="72"/>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="73"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="74"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="75"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="123"/>
        <source>Page photo: click the four corners of the page</source>
        <translation>Photo de la page : cliquez sur les quatre coins de la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="177"/>
        <source>Mark the page</source>
        <translation>Délimiter la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="180"/>
        <source>The page was not found automatically. Click its four corners, or keep the whole photo.</source>
        <translation>La page n&apos;a pas été détectée automatiquement. Cliquez sur ses quatre coins ou conservez la photo entière.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="188"/>
        <source>&amp;Use these corners</source>
        <translation>&amp;Utiliser ces coins</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="192"/>
        <source>Keep the &amp;whole photo</source>
        <translation>Conserver la photo &amp;entière</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="231"/>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="232"/>
        <source>Remo&amp;ve document</source>
        <translation>Reti&amp;rer le document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="244"/>
        <source>YYYY-MM-DD (if it has one)</source>
        <translation>AAAA-MM-JJ (le cas échéant)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="247"/>
        <source>&amp;Photograph a page…</source>
        <translation>&amp;Photographier une page…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="249"/>
        <source>Add page from &amp;file…</source>
        <translation>Ajouter une page depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="251"/>
        <source>&amp;Add this document</source>
        <translation>&amp;Ajouter ce document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="264"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="265"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="266"/>
        <source>Issuing &amp;country:</source>
        <translation>Pa&amp;ys de délivrance :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="267"/>
        <source>&amp;Expiry date:</source>
        <translation>Date d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="272"/>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="274"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="281"/>
        <source>Add each identity document the person shows. This step may stay empty.</source>
        <translation>Ajoutez chaque pièce d&apos;identité présentée par la personne. Cette étape peut rester vide.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="297"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <location filename="../../ui/documents_step.py" line="386"/>
        <source>{n} page(s) ready</source>
        <translation>{n} page(s) prête(s)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <source>No pages</source>
        <translation>Aucune page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Add a page photo</source>
        <translation>Ajouter la photo d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="330"/>
        <source>Photograph the page</source>
        <translation>Photographier la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="331"/>
        <source>Lay the page flat on a dark surface, fill the picture with it.</source>
        <translation>Posez la page à plat sur une surface sombre et cadrez-la pour qu&apos;elle remplisse l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="339"/>
        <source>Looking for the page…</source>
        <translation>Recherche de la page…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="351"/>
        <source>The page was not added.</source>
        <translation>La page n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="368"/>
        <source>Page added, straightened and compressed.</source>
        <translation>Page ajoutée, redressée et compressée.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="410"/>
        <source>The expiry date is not a date: write it as 2030-12-31.</source>
        <translation>La date d&apos;expiration n&apos;est pas une date valide : écrivez-la sous la forme 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="431"/>
        <source>Document added.</source>
        <translation>Document ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="461"/>
        <source>Wait until the page is ready.</source>
        <translation>Attendez que la page soit prête.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="463"/>
        <source>Add the document you started (Add this document), or clear its number.</source>
        <translation>Ajoutez le document commencé (Ajouter ce document) ou effacez son numéro.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>expired {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>valid until {date}</source>
        <translation>valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="478"/>
        <source>{n} page(s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="485"/>
        <source>Write the document number (1 to 40 characters).</source>
        <translation>Écrivez le numéro du document (1 à 40 caractères).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="486"/>
        <source>Choose the document type.</source>
        <translation>Choisissez le type de document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="487"/>
        <source>Choose the issuing country from the list.</source>
        <translation>Choisissez le pays de délivrance dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Take photo of the page</source>
        <translation type="vanished">&amp;Prendre la photo de la page</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
</context>
<context>
    <name>face</name>
    <message>
        <location filename="../../ui/face_step.py" line="114"/>
        <source>&amp;Take photo (Space)</source>
        <translation>&amp;Prendre la photo (Espace)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="118"/>
        <source>&amp;Import photo from file…</source>
        <translation>&amp;Importer une photo depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="120"/>
        <source>&amp;Automatic when the face is good</source>
        <translation>&amp;Automatique quand le visage est bon</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="158"/>
        <source>Face photo</source>
        <translation>Photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="180"/>
        <source>No camera is set up on this laptop. Import a photo from a file.</source>
        <translation>Aucune caméra n&apos;est configurée sur cet ordinateur portable. Importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="182"/>
        <location filename="../../ui/face_step.py" line="228"/>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="187"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="202"/>
        <source>Live camera, {fps:.0f} frames a second</source>
        <translation>Caméra en direct, {fps:.0f} images par seconde</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="204"/>
        <source>Live camera</source>
        <translation>Caméra en direct</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="220"/>
        <source>Good: take the photo</source>
        <translation>Bien : prenez la photo</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="227"/>
        <source>Import a photo from a file.</source>
        <translation>Importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="240"/>
        <source>The camera has not shown a picture yet.</source>
        <translation>La caméra n&apos;a encore affiché aucune image.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="243"/>
        <source>The face is not usable</source>
        <translation>Le visage n&apos;est pas exploitable</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="246"/>
        <source>Cannot take this photo: {reason}.</source>
        <translation>Impossible de prendre cette photo : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="259"/>
        <source>Import a face photo</source>
        <translation>Importer une photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="261"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="268"/>
        <source>Reading the photo…</source>
        <translation>Lecture de la photo…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="305"/>
        <source>The person did not agree to the duplicate check: the photo is kept on the record, and no search was run.</source>
        <translation>La personne n&apos;a pas consenti au contrôle des doublons : la photo est conservée dans le dossier et aucune recherche n&apos;a été lancée.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="322"/>
        <source>Take the photo again.</source>
        <translation>Reprenez la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="346"/>
        <source>Photo taken</source>
        <translation>Photo prise</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="374"/>
        <source>Wait for the duplicate check to finish.</source>
        <translation>Attendez la fin du contrôle des doublons.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="376"/>
        <source>Take the face photo, or import one from a file.</source>
        <translation>Prenez la photo du visage ou importez-en une depuis un fichier.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>Something went wrong inside Registrar. Nothing was saved by the failed step. Please tell your supervisor; the details are in the log file.</source>
        <translation>Une erreur interne s&apos;est produite dans Registrar. L&apos;étape qui a échoué n&apos;a rien sauvegardé. Veuillez prévenir votre superviseur ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>The operator name or the password is wrong.</source>
        <translation>Le nom d&apos;opérateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>Attendez {seconds} secondes avant le prochain essai.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>Trop de mots de passe erronés. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The file that holds the passwords is damaged. Nothing was changed. A supervisor can restore it from its backup or open the vault with the recovery key.</source>
        <translation>Le fichier qui contient les mots de passe est endommagé. Rien n&apos;a été modifié. Un superviseur peut le restaurer à partir de sa sauvegarde ou ouvrir le coffre-fort avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The file that holds the passwords is missing. A supervisor can open the vault with the recovery key.</source>
        <translation>Le fichier qui contient les mots de passe est introuvable. Un superviseur peut ouvrir le coffre-fort avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The vault file is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>Le fichier du coffre-fort est endommagé. Rien n&apos;a été modifié. N&apos;utilisez pas cet ordinateur portable pour l&apos;enregistrement ; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The vault&apos;s journal is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>Le journal du coffre-fort est endommagé. Rien n&apos;a été modifié. N&apos;utilisez pas cet ordinateur portable pour l&apos;enregistrement ; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Passwords need at least 10 characters.</source>
        <translation>Les mots de passe doivent comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Operator names are 2-32 lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Les noms d&apos;opérateur comportent de 2 à 32 caractères : lettres minuscules, chiffres, point, tiret ou tiret bas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Only a supervisor may do this.</source>
        <translation>Seul un superviseur peut effectuer cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>The recovery key has a typo. It has 8 groups of 4 letters and digits.</source>
        <translation>La clé de récupération contient une faute de frappe. Elle comporte 8 groupes de 4 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>This is not the recovery key of this vault.</source>
        <translation>Ce n&apos;est pas la clé de récupération de ce coffre-fort.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../ui/people_page.py" line="431"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="432"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="433"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="434"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="440"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="441"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="442"/>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="443"/>
        <source>Sent to the hub</source>
        <translation>Envoyé au serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="451"/>
        <source>about {year}</source>
        <translation>vers {year}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="452"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>person_detail</name>
    <message>
        <location filename="../../ui/person_detail.py" line="137"/>
        <source>relationship not recorded</source>
        <translation>lien non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="139"/>
        <source>head of household</source>
        <translation>chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="140"/>
        <source>spouse</source>
        <translation>conjoint(e)</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="141"/>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="142"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="143"/>
        <source>brother or sister</source>
        <translation>frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="144"/>
        <source>grandchild</source>
        <translation>petit-enfant</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="145"/>
        <source>grandparent</source>
        <translation>grand-parent</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="146"/>
        <source>other relative</source>
        <translation>autre membre de la famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="147"/>
        <source>not related</source>
        <translation>sans lien de parenté</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="153"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="154"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="155"/>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="156"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="157"/>
        <source>Travel document</source>
        <translation>Titre de voyage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="158"/>
        <source>Refugee certificate</source>
        <translation>Certificat de réfugié</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="164"/>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="165"/>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="166"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="167"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="168"/>
        <location filename="../../ui/person_detail.py" line="169"/>
        <location filename="../../ui/person_detail.py" line="170"/>
        <source>birth</source>
        <translation>naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="171"/>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="172"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="173"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="174"/>
        <source>specific needs</source>
        <translation>besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="175"/>
        <location filename="../../ui/person_detail.py" line="176"/>
        <source>household</source>
        <translation>ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="192"/>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="193"/>
        <source>Details changed</source>
        <translation>Informations modifiées</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="194"/>
        <source>Record state changed</source>
        <translation>État du dossier modifié</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="195"/>
        <source>Face photo added and searched</source>
        <translation>Photo du visage ajoutée et recherchée</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="216"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../ui/proof.py" line="94"/>
        <location filename="../../ui/proof.py" line="418"/>
        <source>Proof of registration</source>
        <translation>Attestation d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="95"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="96"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="97"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="98"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="99"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="100"/>
        <source>Registered on</source>
        <translation>Enregistré(e) le</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="101"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="102"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="103"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="104"/>
        <source>Keep this paper. Show it at every visit.</source>
        <translation>Conservez ce document. Présentez-le à chaque visite.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../../ui/register_page.py" line="120"/>
        <source>about {year}</source>
        <translation>vers {year}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="133"/>
        <source>Check everything with the person, then save.</source>
        <translation>Vérifiez tout avec la personne, puis sauvegardez.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="137"/>
        <source>Review and save</source>
        <translation>Vérifier et sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="157"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="158"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="159"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="160"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="161"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="162"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="163"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="164"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="168"/>
        <location filename="../../ui/register_page.py" line="173"/>
        <location filename="../../ui/register_page.py" line="180"/>
        <location filename="../../ui/register_steps.py" line="220"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="168"/>
        <source>New household, as its head</source>
        <translation>Nouveau ménage, en tant que chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="174"/>
        <source>Joins {name} ({rid}) as: {rel}</source>
        <translation>Rejoint le ménage de {name} ({rid}) en tant que : {rel}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="180"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="183"/>
        <source>Consent to registration</source>
        <translation>Consentement à l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="184"/>
        <source>Consent to the duplicate check</source>
        <translation>Consentement au contrôle des doublons</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="190"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="190"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>read in {lang}</source>
        <translation>lu en {lang}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="205"/>
        <source>Possible earlier registration, a supervisor will review:</source>
        <translation>Enregistrement antérieur possible, un superviseur l&apos;examinera :</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="209"/>
        <source>No earlier registration found for this face.</source>
        <translation>Aucun enregistrement antérieur trouvé pour ce visage.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="213"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="215"/>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="246"/>
        <source>Save proof as &amp;PDF…</source>
        <translation>Sauvegarder l&apos;attestation en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="248"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;Imprimer l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="250"/>
        <source>Register the &amp;next person</source>
        <translation>Enregistrer la personne &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="280"/>
        <source>{name} is registered.</source>
        <translation>{name} est enregistré(e).</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="283"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="285"/>
        <source>{n} possible earlier registration(s) went to a supervisor for review.</source>
        <translation>Enregistrements antérieurs possibles transmis à un superviseur pour examen : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="317"/>
        <source>Writing the proof of registration…</source>
        <translation>Création de l&apos;attestation d&apos;enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="322"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire le fichier PDF : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="328"/>
        <source>Proof of registration saved as {path}.</source>
        <translation>Attestation d&apos;enregistrement sauvegardée sous {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="338"/>
        <source>Save the proof of registration</source>
        <translation>Sauvegarder l&apos;attestation d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="363"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="402"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="406"/>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="492"/>
        <source>Saved</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="504"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Étape {n} sur {total} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="509"/>
        <source>&amp;Save</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="509"/>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="556"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="557"/>
        <source>Discard everything entered for this person? Nothing has been saved.</source>
        <translation>Abandonner tout ce qui a été saisi pour cette personne ? Rien n&apos;a été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="580"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="616"/>
        <source>Nothing was saved; correct it and save again.</source>
        <translation>Rien n&apos;a été sauvegardé ; corrigez l&apos;erreur et sauvegardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="127"/>
        <source>Head of household</source>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="128"/>
        <source>Spouse or partner</source>
        <translation>Conjoint(e) ou partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="129"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="130"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="131"/>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="132"/>
        <source>Grandchild</source>
        <translation>Petit-enfant</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="133"/>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="134"/>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="135"/>
        <source>Not related</source>
        <translation>Sans lien de parenté</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="165"/>
        <source>&amp;Not part of a household</source>
        <translation>&amp;Ne fait partie d&apos;aucun ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="167"/>
        <source>Start a &amp;new household: this person is its head</source>
        <translation>Créer un nouveau &amp;ménage : cette personne en est le chef</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="169"/>
        <source>&amp;Join the household of someone registered</source>
        <translation>&amp;Rejoindre le ménage d&apos;une personne enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="178"/>
        <source>Name or registration id of a household member</source>
        <translation>Nom ou numéro d&apos;enregistrement d&apos;un membre du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="179"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="183"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="189"/>
        <source>&amp;Relationship to the head of household:</source>
        <translation>&amp;Lien avec le chef de ménage :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="195"/>
        <source>Household to join</source>
        <translation>Ménage à rejoindre</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="207"/>
        <source>Does this person belong to a household?</source>
        <translation>Cette personne fait-elle partie d&apos;un ménage ?</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="238"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="253"/>
        <source>Choose the household member, then the relationship.</source>
        <translation>Choisissez le membre du ménage, puis le lien de parenté.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="255"/>
        <source>Nobody registered matches this search.</source>
        <translation>Aucune personne enregistrée ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="270"/>
        <source>Search for a registered household member and choose them.</source>
        <translation>Recherchez un membre du ménage déjà enregistré et sélectionnez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="372"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="373"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="374"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="375"/>
        <source>Not stated</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="401"/>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="404"/>
        <source>Date of birth &amp;unknown: estimate the age</source>
        <translation>Date de naissance &amp;inconnue : estimer l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="409"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="413"/>
        <source>Type a language, then Enter</source>
        <translation>Saisissez une langue, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="416"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="418"/>
        <source>Remove language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="429"/>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="436"/>
        <source>&amp;Given name {req}:</source>
        <translation>&amp;Prénom {req} :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="437"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="438"/>
        <source>&amp;Other names:</source>
        <translation>A&amp;utres noms :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="439"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="446"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="450"/>
        <source>Estimated &amp;age:</source>
        <translation>Âge &amp;estimé :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="451"/>
        <source>&amp;Nationality:</source>
        <translation>Nati&amp;onalité :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="460"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="463"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="464"/>
        <source>Give a given name or a family name; everything else may stay empty.</source>
        <translation>Indiquez un prénom ou un nom de famille ; tout le reste peut rester vide.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="481"/>
        <source>Personal details</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="577"/>
        <source>not a date yet</source>
        <translation>pas encore une date valide</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="603"/>
        <source>The date of birth is not a date: write it as 1990-04-02.</source>
        <translation>La date de naissance n&apos;est pas une date valide : écrivez-la sous la forme 1990-04-02.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="652"/>
        <source>Write a given name or a family name.</source>
        <translation>Écrivez un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="653"/>
        <source>The date of birth is in the future, too far back, or not a date.</source>
        <translation>La date de naissance est dans le futur, trop ancienne ou n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="654"/>
        <source>The estimated age is not possible.</source>
        <translation>L&apos;âge estimé n&apos;est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="655"/>
        <source>Choose the nationality from the list.</source>
        <translation>Choisissez la nationalité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="656"/>
        <source>Choose languages from the list.</source>
        <translation>Choisissez les langues dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="657"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces, + ( ) et -.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="678"/>
        <source>Read in &amp;language:</source>
        <translation>Lu dans la &amp;langue :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="702"/>
        <source>Yes, agrees</source>
        <translation>Oui, la personne consent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="704"/>
        <source>No, does not agree</source>
        <translation>Non, la personne ne consent pas</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="722"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="778"/>
        <source>No text in this language yet: the English text is shown; interpret it.</source>
        <translation>Pas encore de texte dans cette langue : le texte anglais est affiché ; traduisez-le oralement.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="814"/>
        <source>Record an answer for each purpose.</source>
        <translation>Indiquez une réponse pour chaque finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="816"/>
        <source>Without consent to registration the person cannot be registered. Explain what happens next, or cancel this registration.</source>
        <translation>Sans consentement à l&apos;enregistrement, la personne ne peut pas être enregistrée. Expliquez-lui la suite ou annulez cet enregistrement.</translation>
    </message>
</context>
</TS>
